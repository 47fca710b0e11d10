"""Plain text for a terminal: every document's summary, and issues as a table, fitted to a width.

The command line prints what these functions return; Python users can print
them too (``print(gapcheck.render_text(result))``). Tables wrap at spaces,
never inside a word, so that a code or a file name can always be found and
copied; issues are grouped by file, each group headed by the file's name, and
below :data:`NARROW` columns each issue is a short block instead of a row.
"""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from gapcheck._errors import Issue
from gapcheck._reports._wording import (
    headline,
    no_gaps_message,
    optional_sentence,
    percent,
    projection_note,
    reservations_sentence,
    status_label,
    weighting_sentence,
)

if TYPE_CHECKING:
    from gapcheck._checklist import Checklist
    from gapcheck._compare import Comparison
    from gapcheck._diff import ChecklistDiff
    from gapcheck._dual_criminality import DualCriminality
    from gapcheck._progress import Progress
    from gapcheck._projection import Projection
    from gapcheck._result import Result

NARROW = 100
"""Below this width the issues are listed one block each: five columns would leave a few letters per line."""

SHOWN_GAPS = 5
SHOWN_RANKS = 10
SHOWN_SHARED_GAPS = 5
SHOWN_WARNINGS = 20
_GLUE = "\u00a0"
"""Joins a location's "›" to the word before it, so that a wrapped location never starts a line with it."""


def terminal_width() -> int:
    return shutil.get_terminal_size((120, 24)).columns


# --- tables ------------------------------------------------------------------------------------


def render_table(headers: Sequence[str], rows: Iterable[Sequence[object]], max_width: int | None = None) -> str:
    """A plain text table that fits ``max_width``: the widest columns wrap at spaces, never inside a word.

    A column is not narrowed below its longest word (a code such as ``checklist-not-found`` stays whole); when
    even that does not fit, the table runs wider than asked rather than break a word. Headers wrap like cells.
    """
    body = [[_glued("" if cell is None else str(cell)) for cell in row] for row in rows]
    max_width = max_width or terminal_width()
    columns = [[h, *(row[i] for row in body)] for i, h in enumerate(headers)]
    widths = [max(len(line) for cell in column for line in cell.splitlines() or [""]) for column in columns]
    floors = [max(len(word) for cell in column for word in cell.split() or [""]) for column in columns]
    while sum(widths) + 2 * (len(widths) - 1) > max_width:
        narrowable = [i for i, w in enumerate(widths) if w > floors[i]]
        if not narrowable:
            break
        widths[max(narrowable, key=lambda i: widths[i])] -= 1
    lines = [*_row_lines(headers, widths), _join(["-" * w for w in widths], widths)]
    for row in body:
        lines.extend(_row_lines(row, widths))
    return "\n".join(line.rstrip().replace(_GLUE, " ") for line in lines)


def _row_lines(row: Sequence[str], widths: Sequence[int]) -> list[str]:
    wrapped = [_wrap(cell, width) for cell, width in zip(row, widths)]
    return [_join([parts[depth] if depth < len(parts) else "" for parts in wrapped], widths)
            for depth in range(max(len(parts) for parts in wrapped))]


def _glued(value: str) -> str:
    return value.replace(" › ", f"{_GLUE}› ")


def _wrap(cell: str, width: int) -> list[str]:
    return [part for line in cell.splitlines() or [""]
            for part in textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [""]]


def _join(cells: Sequence[str], widths: Sequence[int]) -> str:
    return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths))


# --- issues ------------------------------------------------------------------------------------


def render_issues(issues: Sequence[Issue], max_width: int | None = None, limit: int | None = None) -> str:
    """Every issue (errors first), grouped by file, then a one-line count; "" for none.

    With ``limit``, every error and at most ``limit`` warnings are listed, then how many more there are.
    """
    if not issues:
        return ""
    ordered = sorted(issues, key=lambda i: not i.is_error)
    errors = [i for i in ordered if i.is_error]
    warnings = [i for i in ordered if not i.is_error]
    shown = errors + (warnings if limit is None else warnings[:limit])
    text = issues_table(shown, max_width)
    if len(shown) < len(ordered):
        text += f"\n... and {len(ordered) - len(shown)} more warning(s), all in the report (Input issues)."
    return f"{text}\n{len(errors)} error(s), {len(warnings)} warning(s)"


def issues_table(issues: Sequence[Issue], max_width: int | None = None) -> str:
    """The issues grouped by file, each group headed by the file's name: a table, or blocks when narrow.

    A path is never put inside a column: in a narrow terminal it would wrap in the middle of the name, and the
    user could no longer find or copy it. Issues tied to no file (a bad option, say) come first.
    """
    max_width = max_width or terminal_width()
    headers = ("severity", "code", "where", "problem", "what to do")
    groups: list[str] = []
    for file in sorted(dict.fromkeys(i.file for i in issues), key=lambda f: f is not None):
        chosen = [i for i in issues if i.file == file]
        if max_width >= NARROW:
            body = render_table(headers, [(i.severity, i.code, i.place or ("whole file" if file else ""), i.message,
                                           i.hint) for i in chosen], max_width)
        else:
            body = _blocks([(i.severity, i.code, i.place, i.message, i.hint) for i in chosen], max_width)
        heading = f"In {file}:\n" if file else ""
        groups.append(heading + body)
    return "\n\n".join(groups)


def _blocks(rows: Sequence[Sequence[str]], width: int) -> str:
    """One issue a block: what and where on the first line, then the problem and what to do, indented."""
    blocks = []
    for severity, code, place, message, hint in rows:
        head = f"{severity} {code}" + (f" at {place}" if place else "")
        lines = [head, *textwrap.wrap(message, width, initial_indent="  ", subsequent_indent="  ",
                                      break_long_words=False, break_on_hyphens=False)]
        if hint:
            lines += textwrap.wrap(f"What to do: {hint}", width, initial_indent="  ", subsequent_indent="  ",
                                   break_long_words=False, break_on_hyphens=False)
        blocks.append("\n".join(lines))
    return "\n".join(blocks)


# --- documents ---------------------------------------------------------------------------------


def render_text(document: Any, max_width: int | None = None) -> str:
    """A document's summary as plain text: a Result, Comparison, Progress, DualCriminality, a Checklist (its
    items), a ChecklistDiff, or a list of checklists (the catalogue)."""
    from gapcheck._reports import unsupported_document

    kinds: dict[str, Callable[[Any, int | None], str]] = {
        "Result": _result, "Comparison": _comparison, "Progress": _progress, "DualCriminality": _dual_criminality,
        "Checklist": _checklist, "ChecklistDiff": _diff, "Projection": _projection}
    if isinstance(document, list) and all(type(c).__name__ == "Checklist" for c in document):
        return _catalogue(document, max_width)
    for kind in type(document).__mro__:
        found = kinds.get(kind.__name__)
        if found is not None:
            return found(document, max_width)
    raise unsupported_document(document, "text")


def _result(result: Result, width: int | None) -> str:
    profile, jurisdiction = result.profile, result.jurisdiction
    who = jurisdiction.label + (f", {jurisdiction.group}" if jurisdiction.group else "")
    when = f"assessed {profile.assessed_on.isoformat()}" if profile.assessed_on else "assessment date not stated"
    lines = [
        f"{who}: {when}" + (f" by {profile.assessor}" if profile.assessor else ""),
        f"Checklist {result.checklist.ref}, model {result.model}, scope {result.scope}"
        + (f", tailored: {result.checklist.tailoring.title}" if result.checklist.tailoring else ""),
        _wrapped(headline(result), width),
    ]
    for sentence in (projection_note(result), optional_sentence(result), reservations_sentence(result),
                     weighting_sentence(result)):
        if sentence:
            lines.append(_wrapped(sentence, width))
    lines.append("")
    gaps = result.gaps
    if gaps.empty:
        lines.append(no_gaps_message(result) if result.to_assess.empty else
                     "No known gap: every assessed recommendation is fully met.")
    else:
        lines.append(f"Top {min(SHOWN_GAPS, len(gaps))} of {len(gaps)} known gaps, by gain (the points the score "
                     "rises if that item alone is fully met):")
        lines.append(render_table(("rank", "item", "recommendation", "status", "gain"), [
            (int(g.rank), g.id, g.title, status_label(result.checklist, g.status), f"+{g.gain:.1f}")
            for g in gaps.head(SHOWN_GAPS).itertuples()], width))
    if not result.to_assess.empty:
        pending = result.to_assess
        lines += ["", f"Assess first: {len(pending)} scored item(s) not yet assessed, counted as not met. Top "
                      f"{min(SHOWN_GAPS, len(pending))} by what they could be worth:",
                  render_table(("rank", "item", "recommendation", "could gain"), [
                      (int(p.rank), p.id, p.title, f"+{p.gain:.1f}") for p in pending.head(SHOWN_GAPS).itertuples()],
                      width)]
    return "\n".join(lines)


def _wrapped(text: str, width: int | None) -> str:
    return "\n".join(textwrap.wrap(text, (width or terminal_width()) - 1, break_long_words=False,
                                   break_on_hyphens=False))


def _comparison(comparison: Comparison, width: int | None) -> str:
    overview = comparison.overview
    lines = [
        f"Compared {len(overview)} jurisdiction(s) on {comparison.checklist.ref}, model {comparison.model}, "
        f"scope {comparison.scope}" + (f", tailored: {comparison.checklist.tailoring.title}"
                                       if comparison.checklist.tailoring else ""),
        "",
    ]
    shown = overview if len(overview) <= 2 * SHOWN_RANKS else overview.head(SHOWN_RANKS)
    lines.append(render_table(
        ("rank", "could be", "jurisdiction", "code", "group", "score", "up to", "assessed %"),
        [(f"{int(r.rank)}{' *' if r.provisional else ''}", _rank_span(r), r.jurisdiction, r.code, r.group,
          percent(r.score), percent(r.score_upper), percent(r.coverage)) for r in shown.itertuples()], width))
    if len(shown) < len(overview):
        lines.append(f"... {len(overview) - len(shown)} more in the report (or add -o comparison.xlsx)")
    provisional = int(overview["provisional"].sum())
    if provisional:
        lines.append(_wrapped(f"* provisional: less than {comparison.min_coverage:g} % assessed ({provisional} "
                              "jurisdiction(s)); \"could be\" is the best and worst rank their bounds allow.", width))
    if not comparison.groups.empty:
        lines += ["", render_table(("group", "jurisdictions", "provisional", "median", "lowest", "highest"), [
            (g.group, int(g.jurisdictions), int(g.provisional), percent(g.median), percent(g.min), percent(g.max))
            for g in comparison.groups.itertuples()], width)]
    gaps = comparison.shared_gaps.head(SHOWN_SHARED_GAPS)
    if not gaps.empty:
        lines += ["", "Most shared gaps:", render_table(("item", "recommendation", "short", "share %"), [
            (g.id, g.title, int(g.short), percent(g.share)) for g in gaps.itertuples()], width)]
    errors = sum(issue.is_error for issue in comparison.issues)
    if errors:
        lines += ["", f"{errors} input problem(s) left inputs out of the comparison (listed above)."]
    return "\n".join(lines)


def _rank_span(row: Any) -> str:
    best, worst = int(row.rank_best), int(row.rank_worst)
    return str(best) if best == worst else f"{best}-{worst}"


def _progress(progress: Progress, width: int | None) -> str:
    from gapcheck._progress import PART_TITLES

    old, new = progress.old, progress.new
    when = " -> ".join(p.assessed_on.isoformat() if p.assessed_on else "no date" for p in (old, new))
    versions = progress.checklist.ref if progress.old_checklist.ref == progress.checklist.ref else \
        f"{progress.old_checklist.ref} -> {progress.checklist.ref}"
    lines = [
        f"{new.jurisdiction.label}: {when}, on {versions}, model {progress.model}, scope {progress.scope}",
        "",
        _wrapped(change_sentence(progress), width),
        "",
        render_table(("part of the change", "points"), [
            (PART_TITLES[name], f"{value:+.1f}") for name, value in progress.parts.items()], width),
        "",
        render_table(("figure", "old", "new", "change"), [
            (label, percent(before), percent(after), f"{after - before:+.1f}")
            for label, before, after in (("score", progress.score_old, progress.score_new),
                                         ("up to", progress.score_upper_old, progress.score_upper_new),
                                         ("assessed %", progress.coverage_old, progress.coverage_new))], width),
        "",
        ", ".join(f"{count} {kind}" for kind, count in progress.counts.items()),
    ]
    moved = progress.items[progress.items["change"] != "unchanged"]
    if not moved.empty:
        lines += ["", render_table(("item", "recommendation", "old", "new", "change"), [
            (r.id, r.title, status_label(progress.checklist, r.status_old),
             status_label(progress.checklist, r.status_new), r.change) for r in moved.itertuples()], width)]
    return "\n".join(lines)


def change_sentence(progress: Progress) -> str:
    """Where the change of score came from, in one sentence that leads every progress report."""
    from gapcheck._progress import PART_TITLES

    change = progress.score_change
    parts = {name: value for name, value in progress.parts.items() if round(value, 1) != 0}
    counts = progress.counts
    if not parts:
        text = f"The score is unchanged ({change:+.1f})"
    else:
        main = max(parts, key=lambda name: abs(parts[name]))
        text = f"The score changed by {change:+.1f}; {_share_of(parts[main], change)} came from {PART_TITLES[main]}"
        others = [f"{value:+.1f} from {PART_TITLES[name]}" for name, value in parts.items() if name != main]
        if others:
            text += " (" + "; ".join(others) + ")"
    bills = counts.get("bill tabled", 0)
    if bills:
        text += (f". {bills} item(s) moved from not met to planned: a bill exists, which is progress, but it is "
                 "worth no points until it is law")
    return text + "."


def _share_of(part: float, total: float) -> str:
    if round(part, 1) == round(total, 1):
        return "all of it"
    return f"{part:+.1f}"


def _dual_criminality(pair: DualCriminality, width: int | None) -> str:
    first, second = pair.a.jurisdiction.label, pair.b.jurisdiction.label
    labels = {status: status_label(pair.checklist, status) for status in pair.items["status_a"]} | {
        status: status_label(pair.checklist, status) for status in pair.items["status_b"]}
    lines = [f"Dual criminality between {first} and {second} ({pair.checklist.ref})", "",
             render_table(("item", "offence", first, second, "outcome"), [
                 (r.id, r.title, labels[r.status_a], labels[r.status_b], r.outcome) for r in pair.items.itertuples()],
                 width), ""]
    share = "no offences to compare" if pair.share != pair.share else f"{pair.share:.1f} %"
    lines.append(f"{pair.passing} of {len(pair.items)} offences pass ({share}). Obstacles: {first} lacks "
                 f"{pair.lacking('a')}, {second} lacks {pair.lacking('b')}; neither covers {pair.lacking('both')}.")
    return "\n".join(lines)


def _projection(projection: Projection, width: int | None) -> str:
    """What was projected onto what, how many items have a counterpart, the range, and the top gaps."""
    items = projection.items
    linked = int((items["from_items"].map(len) > 0).sum())
    filled = int((items["relation"] != "").sum())  # a counterpart the source did not assess fills nothing
    unassessed = f" (for the other {linked - filled}, the source item is not assessed)" if linked > filled else ""
    source = projection.source.jurisdiction.label
    lines = [
        f"Projected {source} from {projection.crosswalk.source} onto {projection.crosswalk.target}:",
        _wrapped(f"{linked} of {len(items)} items have a counterpart in the source and {filled} were filled from "
                 f"it{unassessed}; {len(items) - linked} have none and stay unknown. Every projected answer says "
                 "where it came from and must be confirmed.", width),
        "",
        _result(projection.result, width),
    ]
    return "\n".join(lines)


def _checklist(checklist: Checklist, width: int | None) -> str:
    from gapcheck._scoring import nominal_points

    points = nominal_points(checklist, "all")
    rows = [
        (
            item.id,
            ("  " if item.parent else "") + item.title,
            item.addressee.replace("_", " "),
            item.kind,
            "yes" if item.legislative else "no",
            "group" if item.is_group else ("yes" if item.counts("all") else
                                           "optional" if item.optional else "no"),
            f"{points.at[item.id, 'default']:.1f}" if item.id in points.index else "",
            f"{points.at[item.id, 'flat']:.1f}" if item.id in points.index else "",
        )
        for item in checklist.items
    ]
    head = f"{checklist.title} ({checklist.ref})\n" + _wrapped(checklist.caveat, width) + "\n"
    note = ("points: what a scored item adds to the 0-100 headline when fully met (nothing not applicable), "
            "under the default model and under the flat model.")
    return head + "\n" + render_table(("id", "title", "addressee", "kind", "legislative", "scored", "points",
                                       "flat"), rows, width) + "\n\n" + _wrapped(note, width)


def _catalogue(checklists: Sequence[Checklist], width: int | None) -> str:
    rows = [(c.id, c.version, c.title, len(c.answerable_items), len(c.scored_items)) for c in checklists]
    return render_table(("id", "version", "title", "items", "scored"), rows, width)


def _diff(diff: ChecklistDiff, width: int | None) -> str:
    if diff.is_empty:
        return f"{diff.old} -> {diff.new}: no item changed"
    head = f"{diff.old} -> {diff.new}\n" + "\n".join(textwrap.wrap(diff.summary(), width or terminal_width()))
    return f"{head}\n\n" + render_table(("change", "item", "what changed and why"), diff.rows(), width)
