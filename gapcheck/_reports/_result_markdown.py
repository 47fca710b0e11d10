"""The single-country gap report as Markdown, to paste into a briefing note or convert with pandoc.

The order follows the way the report is read: the headline and caveat, the
scores by section, the action plan, then every recommendation by section
with its status, provisions and evidence. Text from the profile is escaped
so that a ``|`` or a line break inside a cell cannot break a table.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gapcheck._errors import Issue
from gapcheck._outputs import encoded
from gapcheck._profile import STATUSES
from gapcheck._reports._wording import (
    CONTEXT_STATUS,
    MODEL_DESCRIPTIONS,
    SCOPE_DESCRIPTIONS,
    SCORING_RULES,
    TREATY_NAMES,
    article_state,
    crosswalk_alignment,
    gain_text,
    headline,
    item_role,
    no_gaps_message,
    optional_sentence,
    percent,
    projection_note,
    provenance_label,
    reservations_sentence,
    section_titles,
    shows_as_context,
    status_label,
    text,
    weighting_sentence,
)
from gapcheck._version import __version__

if TYPE_CHECKING:
    from gapcheck._checklist import Checklist
    from gapcheck._result import Result


def write(result: Result, path: Path) -> None:
    """Write the report to ``path`` (the registry makes the write atomic)."""
    path.write_bytes(encoded(render(result)))


def render(result: Result) -> str:
    """The whole report as one Markdown string."""
    parts = [
        _heading(result),
        _statuses(result),
        _sections(result),
        _action_plan(result),
        _items(result),
        _crosswalk(result),
        _issues(result),
        _about(result),
    ]
    return "\n\n".join(parts) + "\n"


def cell(value: Any) -> str:
    """Text for a table cell: pipes escaped, line breaks kept as ``<br>``, no live HTML."""
    escaped = _no_html(text(value)).replace("\\", "\\\\").replace("|", "\\|")
    return "<br>".join(line.strip() for line in escaped.splitlines()) if escaped else ""


def inline(value: Any) -> str:
    """Text for a sentence or heading: on one line, whatever it held, no live HTML."""
    return " ".join(_no_html(text(value)).split())


def _no_html(value: str) -> str:
    """User text is shown, never rendered: a ``<script>`` in a note must not run where the report is viewed."""
    return value.replace("<", "&lt;").replace(">", "&gt;")


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    lines = ["| " + " | ".join(cell(header) for header in headers) + " |",
             "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell(value) for value in row) + " |" for row in rows]
    return "\n".join(lines)


def issues_table(issues: Iterable[Issue]) -> str:
    """The Input issues section of a comparison or progress report (empty when there were none), errors first."""
    ordered = sorted(issues, key=lambda issue: not issue.is_error)
    if not ordered:
        return ""
    return "## Input issues\n\n" + table(("Severity", "Code", "Where", "Problem", "What to do"),
                                         ((i.severity, i.code, i.location, i.message, i.hint) for i in ordered))


def _heading(result: Result) -> str:
    profile, jurisdiction, checklist = result.profile, result.jurisdiction, result.checklist
    facts = [
        ("Jurisdiction", jurisdiction.label + (f", {jurisdiction.group}" if jurisdiction.group else "")),
        ("Assessed on", profile.assessed_on.isoformat() if profile.assessed_on else "not stated"),
        ("Assessor", profile.assessor or "not stated"),
        ("Checklist", f"{checklist.title} ({checklist.ref})"),
        ("Scoring model", f"{result.model}: {MODEL_DESCRIPTIONS.get(result.model, '')}"),
        ("Scope", f"{result.scope}: {SCOPE_DESCRIPTIONS.get(result.scope, '')}"),
    ]
    lines = [f"# Gap report: {inline(jurisdiction.label)}", "", table(("", ""), facts), "",
             f"**{headline(result)}.**"]
    note = projection_note(result)
    if note:
        lines += ["", f"> **{inline(note)}**"]
    for sentence in (optional_sentence(result), reservations_sentence(result), weighting_sentence(result)):
        if sentence:
            lines += ["", inline(sentence)]
    if result.raw_score is not None:
        lines += ["", f"Raw score {percent(result.raw_score)} of a maximum of {percent(result.max_score)}."]
    lines += ["", f"> {inline(checklist.caveat)}"]
    return "\n".join(lines)


def _statuses(result: Result) -> str:
    rows = [(status_label(result.checklist, s), int(result.status_counts.get(s, 0))) for s in STATUSES]
    return "## Items by status\n\n" + table(("Status", "Scored items"), rows)


def _sections(result: Result) -> str:
    rows = [
        (row.title, percent(row.score), percent(row.score_upper), percent(row.coverage), row.scored_items)
        for row in result.sections.itertuples()
    ]
    return "## Score by section\n\n" + table(("Section", "Score", "Up to", "Assessed (%)", "Items scored"), rows)


def _action_plan(result: Result) -> str:
    parts = ["## Action plan"]
    if result.gaps.empty:
        parts.append(no_gaps_message(result) if result.to_assess.empty else
                     "No known gap: every assessed recommendation is fully met. See below what is still to assess.")
    else:
        rows = [_gap_row(result, gap) for gap in result.gaps.itertuples()]
        parts.append("Every known gap (partly met, planned, not met), ranked by gain: the points the score rises "
                     "if that recommendation alone becomes fully met.")
        parts.append(table(("Rank", "Item", "Recommendation", "Status", "Gain", "Next step", "Provisions", "Notes",
                            "Budapest", "UN"), rows))
    if not result.to_assess.empty:
        parts.append("### Assess first")
        parts.append(f"{len(result.to_assess)} scored recommendations have not been assessed. They count as not "
                     "met in the score, but nobody knows yet whether they are: check the law against them first. "
                     "Ranked by the points each could be worth.")
        parts.append(table(("Rank", "Item", "Recommendation", "Could gain", "Budapest", "UN"), (
            (int(r.rank), r.id, r.title, gain_text(r.gain), r.budapest, r.un) for r in result.to_assess.itertuples())))
    return "\n\n".join(parts)


def _gap_row(result: Result, gap: Any) -> tuple[Any, ...]:
    item = result.checklist[gap.id]
    return (int(gap.rank), item.id, item.title, status_label(result.checklist, gap.status), gain_text(gap.gain),
            gap.next_step, text(gap.provisions), text(gap.notes), ", ".join(item.crosswalk.budapest),
            ", ".join(item.crosswalk.un))


def _items(result: Result) -> str:
    parts = ["## Items by section"]
    headers = ("Item", "Recommendation", "Scored", "Status", "Points", "Provisions", "Evidence", "Notes")
    for section_id, title in section_titles(result.checklist).items():
        rows = [_item_row(result, row) for row in result.items.itertuples() if row.section == section_id]
        if rows:
            parts.append(f"### {inline(title)}\n\n" + table(headers, rows))
    return "\n\n".join(parts)


def _item_row(result: Result, row: Any) -> tuple[str, ...]:
    checklist = result.checklist
    item = checklist[row.id]
    answer = result.profile.answer(item.id)
    title = f"**{item.title}** (group)" if item.is_group else item.title
    return (
        item.id,
        title,
        item_role(checklist, item.id, bool(row.scored)),
        _item_status(checklist, item.id, item.is_group, row.status),
        f"{row.points:.1f}" if row.scored else "",
        "\n".join(answer.provisions),
        text(row.evidence),
        text(row.notes),
    )


def _item_status(checklist: Checklist, item_id: str, is_group: bool, status: Any) -> str:
    """Blank for a group, the context note for an unanswered context item, else the status's name."""
    if is_group:
        return ""
    if shows_as_context(checklist, item_id, status):
        return CONTEXT_STATUS
    return status_label(checklist, status)


def _crosswalk(result: Result) -> str:
    rows = [
        (TREATY_NAMES[article["treaty"]], article["article"], article["heading"],
         ", ".join(entry["id"] for entry in article["items"]), article_state(article) or percent(article["met"]),
         percent(article["assessed"]))
        for article in crosswalk_alignment(result)
    ]
    intro = ("Each treaty article a scored recommendation maps to; met is the weighted share of those "
             "recommendations met (partial counts half, unknown as not met), assessed the share that is not "
             "unknown. An article none of whose recommendations has been assessed reads \"not assessed\".")
    headers = ("Treaty", "Article", "Heading", "Items", "Met (%)", "Assessed (%)")
    return f"## Alignment with the treaties\n\n{intro}\n\n" + table(headers, rows)


def _issues(result: Result) -> str:
    if not result.issues:
        return "## Problems met while reading\n\nNo problems found."
    lines = [
        f"- **{issue.severity}** `{issue.code}`" + (f" at {inline(issue.location)}" if issue.location else "")
        + f": {inline(issue.message)}" + (f" {inline(issue.hint)}" if issue.hint else "")
        for issue in result.issues
    ]
    return "## Problems met while reading\n\n" + "\n".join(lines)


def _about(result: Result) -> str:
    checklist, source = result.checklist, result.checklist.source
    lines = [
        "## About this report",
        "",
        f"Written by gapcheck {__version__} from {inline(source.get('symbol', ''))} "
        f"({inline(source.get('date', ''))}), paragraphs {', '.join(source.get('paragraphs', ()))}.",
        "",
        "How the score is calculated:",
        "",
        *(f"- {rule}" for rule in SCORING_RULES),
        "",
        "Provenance:",
        "",
        *(f"- {inline(provenance_label(key))}: {inline(value) or '(none)'}"
          for key, value in result.provenance.items()),
        "",
        f"Checklist: {inline(checklist.title)} ({checklist.ref}).",
    ]
    return "\n".join(lines)
