"""The single-country gap report as an Excel workbook, the file a ministry hands on.

Sheets, in reading order: Summary (who, when, the headline, counts by
status, a chart of section scores, the top gaps, the caveat), Items (every
recommendation with its status in colour), Gaps (the action plan, with
empty Owner and Target date columns to fill in), Crosswalk (alignment by
treaty article), Input issues (warnings met while reading) and About
(provenance and the scoring rules).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl.cell import Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from gapcheck._outputs import document_stamp, save_workbook
from gapcheck._profile import STATUSES
from gapcheck._reports._wording import (
    CONTEXT_STATUS,
    MODEL_DESCRIPTIONS,
    SCOPE_DESCRIPTIONS,
    SCORING_RULES,
    TREATY_NAMES,
    article_state,
    crosswalk_alignment,
    headline,
    is_number,
    item_role,
    no_gaps_message,
    number_or_none,
    provenance_label,
    section_titles,
    shows_as_context,
    status_label,
    text,
    weighting_sentence,
)
from gapcheck._reports._xlsx_style import (
    Column,
    Rows,
    cell,
    header_cells,
    new_workbook,
    print_wide,
    share_style,
    status_style,
    write_issues,
    write_table,
)
from gapcheck._version import __version__

if TYPE_CHECKING:
    from gapcheck._result import Result

SHEETS = ("Summary", "Items", "Gaps", "Assess first", "Crosswalk", "Input issues", "About")
TOP_GAPS = 10
TOP_TO_ASSESS = 5
_CHART_ROWS = 16  # rows left free under the section table for the chart


def write(result: Result, path: Path) -> None:
    """Write the workbook to ``path`` (the registry makes the write atomic)."""
    workbook = new_workbook()
    for title, build in zip(SHEETS, (_summary, _items, _gaps, _to_assess, _crosswalk, _issues, _about)):
        build(workbook.create_sheet(title), result)
    fallback = date.fromisoformat(str(result.checklist.source.get("date", "2018-04-13")))
    stamp = document_stamp(result.profile.assessed_on, fallback)
    save_workbook(workbook, path, stamp, f"Gap report: {result.jurisdiction.label}")


# --- Summary -------------------------------------------------------------------


def _summary(sheet: WriteOnlyWorksheet, result: Result) -> None:
    rows = Rows(sheet, (40, 14, 14, 14, 60))
    print_wide(sheet)
    rows.add(cell(sheet, f"Gap report: {result.jurisdiction.label}", "title"))
    rows.add(cell(sheet, result.checklist.title, "note"))
    rows.add()
    _summary_fields(rows, result)
    rows.add()
    _summary_headline(rows, result)
    rows.add()
    _summary_statuses(rows, result)
    rows.add()
    _summary_sections(rows, result)
    rows.add()
    _summary_gaps(rows, result)
    rows.add()
    _summary_to_assess(rows, result)
    rows.add()
    rows.add(cell(sheet, f"Caveat: {result.checklist.caveat}", "note"))


def _summary_fields(rows: Rows, result: Result) -> None:
    profile, jurisdiction = result.profile, result.jurisdiction
    rows.field("Jurisdiction", jurisdiction.name)
    rows.field("Code", jurisdiction.code)
    rows.field("Group", jurisdiction.group)
    rows.field("Assessed on", profile.assessed_on, "value date")
    rows.field("Assessor", profile.assessor)
    rows.field("Checklist", result.checklist.title)
    rows.field("Checklist reference", result.checklist.ref)
    rows.field("Scoring model", f"{result.model}: {MODEL_DESCRIPTIONS.get(result.model, '')}")
    rows.field("Scope", f"{result.scope}: {SCOPE_DESCRIPTIONS.get(result.scope, '')}")


def _summary_headline(rows: Rows, result: Result) -> None:
    rows.heading("Headline")
    rows.add(cell(rows.sheet, headline(result) + ".", "label"))
    weighting = weighting_sentence(result)
    if weighting:
        rows.add(cell(rows.sheet, weighting, "note"))
    rows.field("Score (0-100)", number_or_none(result.score), "value percent")
    rows.field("Upper bound, if every unknown is met", number_or_none(result.score_upper), "value percent")
    rows.field("Assessed (% of the scored weight)", number_or_none(result.coverage), "value percent")
    if result.raw_score is not None:
        rows.field("Raw score", _rounded(result.raw_score), "value number")
        rows.field("Maximum score", _rounded(result.max_score), "value number")


def _summary_statuses(rows: Rows, result: Result) -> None:
    sheet = rows.sheet
    rows.heading("Items by status")
    rows.add(*header_cells(sheet, ("Status", "Scored items")))
    for status in STATUSES:
        label = cell(sheet, status_label(result.checklist, status), status_style(status))
        rows.add(label, cell(sheet, int(result.status_counts.get(status, 0)), "count"))


def _summary_sections(rows: Rows, result: Result) -> None:
    sheet = rows.sheet
    rows.heading("Score by section")
    header = rows.add(*header_cells(sheet, ("Section", "Score", "Up to", "Assessed (%)", "Items scored")))
    for section in result.sections.itertuples():
        rows.add(
            cell(sheet, text(section.title), "text"),
            *(cell(sheet, number_or_none(value), "percent")
              for value in (section.score, section.score_upper, section.coverage)),
            cell(sheet, _count(section.scored_items), "count"),
        )
    sheet.add_chart(_section_chart(sheet, header, rows.count), f"A{rows.count + 2}")
    for _ in range(_CHART_ROWS):
        rows.add()


def _count(value: Any) -> int | None:
    return int(value) if is_number(value) else None


def _rounded(value: Any) -> float | None:
    """A raw figure to two decimals, as the JSON report gives it: 19.5, not 19.499999999."""
    return round(float(value), 2) if is_number(value) else None


def _section_chart(sheet: WriteOnlyWorksheet, header: int, last: int) -> BarChart:
    """Bars of each section's score and its upper bound, read from the table above."""
    chart = BarChart()
    chart.type = "bar"
    chart.title = "Score by section (0-100)"
    chart.add_data(Reference(sheet, min_col=2, max_col=3, min_row=header, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=header + 1, max_row=last))
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 100
    chart.y_axis.majorUnit = 20
    chart.x_axis.scaling.orientation = "maxMin"  # sections top-down, in checklist order
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend.position = "b"
    chart.width, chart.height = 16, 7.5
    return chart


def _summary_gaps(rows: Rows, result: Result) -> None:
    sheet = rows.sheet
    gaps = result.gaps.head(TOP_GAPS)
    rows.heading(f"Top {len(gaps)} of {len(result.gaps)} known gaps, by gain (the Gaps sheet holds the whole "
                 "action plan)" if len(gaps) else "Known gaps")
    rows.add(*header_cells(sheet, ("Recommendation", "Rank", "Status", "Gain", "Next step")))
    if gaps.empty:
        rows.add(cell(sheet, no_gaps_message(result) if result.to_assess.empty else
                      "No known gap: every assessed recommendation is fully met.", "note"))
    for gap in gaps.itertuples():
        rows.add(
            cell(sheet, f"{gap.id} {text(gap.title)}", "wrapped"),
            cell(sheet, int(gap.rank), "count"),
            _status_cell(sheet, result, gap.status),
            cell(sheet, _rounded(gap.gain), "number"),
            cell(sheet, text(gap.next_step), "wrapped"),
        )


def _summary_to_assess(rows: Rows, result: Result) -> None:
    sheet = rows.sheet
    pending = result.to_assess.head(TOP_TO_ASSESS)
    if pending.empty:
        return
    rows.heading(f"Assess first: top {len(pending)} of {len(result.to_assess)} items not yet assessed (the "
                 "Assess first sheet lists them all)")
    rows.add(*header_cells(sheet, ("Recommendation", "Rank", "", "Could gain", "Why first")))
    for entry in pending.itertuples():
        rows.add(
            cell(sheet, f"{entry.id} {text(entry.title)}", "wrapped"),
            cell(sheet, int(entry.rank), "count"),
            cell(sheet, None),
            cell(sheet, _rounded(entry.gain), "number"),
            cell(sheet, "Counts as not met until assessed; the law may already meet it.", "wrapped"),
        )


# --- Items ---------------------------------------------------------------------

_ITEM_COLUMNS = (
    Column("Item", 10), Column("Citation", 28, "wrapped"), Column("Section", 18, "wrapped"),
    Column("Title", 36, "wrapped"), Column("Requirement", 50, "wrapped"), Column("Kind", 16, "wrapped"),
    Column("Legislative", 11), Column("Scored", 22, "wrapped"), Column("Status", 14),
    Column("Value", 8, "number"), Column("Weight", 8, "number"), Column("Points", 8, "number"),
    Column("Provisions", 30, "wrapped"), Column("Evidence", 50, "wrapped"), Column("Notes", 40, "wrapped"),
    Column("Budapest (articles)", 14, "wrapped"), Column("UN (articles)", 14, "wrapped"),
    Column("Overlaps", 12, "wrapped"), Column("Tensions", 12, "wrapped"), Column("Alternatives", 12, "wrapped"),
)


def _items(sheet: WriteOnlyWorksheet, result: Result) -> None:
    write_table(sheet, _ITEM_COLUMNS, _item_rows(sheet, result), freeze="B2")


def _item_rows(sheet: WriteOnlyWorksheet, result: Result) -> Iterator[Sequence[Any]]:
    checklist, sections = result.checklist, section_titles(result.checklist)
    for row in result.items.itertuples():
        item = checklist[row.id]
        title_style = "group" if item.is_group else "sub-item" if item.parent else "wrapped"
        yield (
            cell(sheet, item.id, "group" if item.is_group else "text"),
            item.citation,
            sections.get(item.section, item.section),
            cell(sheet, item.title, title_style),
            item.requirement,
            ", ".join(item.kinds),
            "yes" if item.legislative else "no",
            item_role(checklist, item.id, bool(row.scored)),
            None if item.is_group else _item_status_cell(sheet, result, item.id, row.status),
            number_or_none(row.value),
            item.weight,
            _rounded(row.points) if row.scored else None,
            "\n".join(result.profile.answer(item.id).provisions),
            text(row.evidence),
            text(row.notes),
            ", ".join(item.crosswalk.budapest),
            ", ".join(item.crosswalk.un),
            ", ".join(item.overlaps),
            ", ".join(item.tensions),
            ", ".join(checklist.alternatives_of(item.id)),
        )


def _item_status_cell(sheet: WriteOnlyWorksheet, result: Result, item_id: str, status: Any) -> Cell:
    """The status of an item; an unanswered context item says it is context, not the grey "Unknown" of a gap."""
    if shows_as_context(result.checklist, item_id, status):
        return cell(sheet, CONTEXT_STATUS, "text")
    return _status_cell(sheet, result, status)


def _status_cell(sheet: WriteOnlyWorksheet, result: Result, status: Any) -> Cell:
    key = status if isinstance(status, str) else None
    return cell(sheet, status_label(result.checklist, key), status_style(key))


# --- Gaps ----------------------------------------------------------------------

_GAP_COLUMNS = (
    Column("Rank", 6, "count"), Column("Item", 10), Column("Recommendation", 36, "wrapped"),
    Column("Section", 18, "wrapped"), Column("Status", 14), Column("Gain", 8, "number"),
    Column("Next step", 60, "wrapped"), Column("Provisions", 30, "wrapped"), Column("Notes", 40, "wrapped"),
    Column("Budapest (articles)", 14, "wrapped"), Column("UN (articles)", 14, "wrapped"),
    Column("Owner", 20, "wrapped"), Column("Target date", 12, "date"),
)


def _gaps(sheet: WriteOnlyWorksheet, result: Result) -> None:
    empty = no_gaps_message(result) if result.to_assess.empty else \
        "No known gap: every assessed recommendation is fully met (see Assess first)."
    write_table(sheet, _GAP_COLUMNS, _gap_rows(sheet, result), freeze="C2", empty_message=empty)


def _gap_rows(sheet: WriteOnlyWorksheet, result: Result) -> Iterator[Sequence[Any]]:
    checklist, sections = result.checklist, section_titles(result.checklist)
    for gap in result.gaps.itertuples():
        item = checklist[gap.id]
        yield (
            int(gap.rank), item.id, item.title, sections.get(item.section, item.section),
            _status_cell(sheet, result, gap.status), _rounded(gap.gain), text(gap.next_step),
            text(gap.provisions).replace("; ", "\n"), text(gap.notes),
            ", ".join(item.crosswalk.budapest), ", ".join(item.crosswalk.un), None, None,
        )


# --- Assess first ------------------------------------------------------------------

_TO_ASSESS_COLUMNS = (
    Column("Rank", 6, "count"), Column("Item", 10), Column("Recommendation", 36, "wrapped"),
    Column("Section", 18, "wrapped"), Column("Could gain", 10, "number"), Column("Next step", 60, "wrapped"),
    Column("Budapest (articles)", 14, "wrapped"), Column("UN (articles)", 14, "wrapped"),
    Column("Owner", 20, "wrapped"), Column("Target date", 12, "date"),
)


def _to_assess(sheet: WriteOnlyWorksheet, result: Result) -> None:
    sections = section_titles(result.checklist)
    rows = ((int(r.rank), r.id, r.title, sections.get(r.section, r.section), _rounded(r.gain), text(r.next_step),
             r.budapest, r.un, None, None) for r in result.to_assess.itertuples())
    write_table(sheet, _TO_ASSESS_COLUMNS, rows, freeze="C2",
                empty_message="Every scored recommendation has been assessed.")


# --- Crosswalk -------------------------------------------------------------------

_CROSSWALK_COLUMNS = (
    Column("Treaty", 30, "wrapped"), Column("Article", 8), Column("Heading", 40, "wrapped"),
    Column("Items", 20, "wrapped"), Column("Items and status", 40, "wrapped"), Column("Met (%)", 12, "percent"),
    Column("Assessed (%)", 12, "percent"),
)


def _crosswalk(sheet: WriteOnlyWorksheet, result: Result) -> None:
    write_table(sheet, _CROSSWALK_COLUMNS, _crosswalk_rows(sheet, result), freeze="A2",
                empty_message="No scored recommendation maps to a treaty article.")


def _crosswalk_rows(sheet: WriteOnlyWorksheet, result: Result) -> Iterator[Sequence[Any]]:
    for article in crosswalk_alignment(result):
        mapped = article["items"]
        yield (
            TREATY_NAMES[article["treaty"]],
            article["article"],
            article["heading"],
            ", ".join(entry["id"] for entry in mapped),
            "\n".join(_mapped_line(result, article["article"], entry) for entry in mapped),
            _met_cell(sheet, article),
            number_or_none(article["assessed"]),
        )


def _met_cell(sheet: WriteOnlyWorksheet, article: dict[str, Any]) -> Cell:
    """The share met in traffic-light colours; in grey words when there is none, never a red 0."""
    state = article_state(article)
    if state:
        return cell(sheet, state, share_style(None, "unknown" if state == "not assessed" else "not_applicable"))
    return cell(sheet, article["met"], share_style(article["met"]))


def _mapped_line(result: Result, article: int, entry: dict[str, Any]) -> str:
    where = "" if entry["reference"] == str(article) else f" (art. {entry['reference']})"
    label = status_label(result.checklist, entry["status"]) or "no status"
    return f"{entry['id']}{where}: {label}"


# --- Input issues ------------------------------------------------------------------

# --- About -----------------------------------------------------------------------


def _issues(sheet: WriteOnlyWorksheet, result: Result) -> None:
    write_issues(sheet, result.issues)


def _about(sheet: WriteOnlyWorksheet, result: Result) -> None:
    rows = Rows(sheet, (34, 100))
    print_wide(sheet)
    checklist, source = result.checklist, result.checklist.source
    rows.add(cell(sheet, "About this report", "title"))
    rows.field("Written by", f"gapcheck {__version__}")
    rows.add()
    rows.heading("Provenance")
    for key, value in result.provenance.items():
        rows.field(provenance_label(key), _plain_text(value))
    for number, document in enumerate(result.profile.sources, start=1):
        rows.field(f"Assessment source {number}", document, "value wrapped")
    rows.add()
    rows.heading("How the score is calculated")
    rows.field("Scoring model", f"{result.model}: {MODEL_DESCRIPTIONS.get(result.model, '')}")
    rows.field("Scope", f"{result.scope}: {SCOPE_DESCRIPTIONS.get(result.scope, '')}")
    for number, rule in enumerate(SCORING_RULES, start=1):
        rows.field(f"Rule {number}", rule, "value wrapped")
    rows.add()
    rows.heading("Source")
    rows.field("Document", f"{source.get('symbol', '')}: {source.get('title', '')}")
    rows.field("Date", text(source.get("date")))
    rows.field("Paragraphs", ", ".join(source.get("paragraphs", ())))
    rows.field("Checklist", f"{checklist.title} ({checklist.ref})")
    rows.field("Checklist SHA-256", checklist.sha256)
    rows.field("Caveat", checklist.caveat, "value wrapped")


def _plain_text(value: Any) -> Any:
    """A provenance value for one cell: numbers stay numbers, lists are joined."""
    if is_number(value):
        return value
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    return text(value)
