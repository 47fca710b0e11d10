"""Progress between two assessments as an Excel workbook: what moved since the last assessment.

Sheets: Summary (the two assessments, score, upper bound and coverage
before and after with the change, items by kind of change, the same three
figures per section, and a chart of old against new), Items (every compared
item, old and new status in colour, the change), Input issues and About
(provenance of both inputs).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl.chart import BarChart, Reference
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from gapcheck._outputs import document_stamp, save_workbook
from gapcheck._progress import PART_TITLES
from gapcheck._reports._text import change_sentence
from gapcheck._reports._wording import MODEL_DESCRIPTIONS, SCOPE_DESCRIPTIONS, section_titles, status_label
from gapcheck._reports._xlsx_style import (
    STATUS_COLOURS,
    Column,
    Look,
    Rows,
    cell,
    header_cells,
    new_workbook,
    print_wide,
    status_style,
    write_issues,
    write_table,
)
from gapcheck._version import __version__

if TYPE_CHECKING:
    from gapcheck._progress import Progress

SHEETS = ("Summary", "Items", "Input issues", "About")
CHANGE_COLOURS = {
    "improved": STATUS_COLOURS["full"],
    "regressed": STATUS_COLOURS["none"],
    "newly assessed": STATUS_COLOURS["planned"],
    "no longer assessed": STATUS_COLOURS["partial"],
}
"""Green for better, red for worse, blue and amber for what was or is no longer assessed."""
SIGNED = "+0.0;-0.0;0.0"
CHANGE_LOOKS = {
    **{f"change {change}": Look(fill=colour, border=True) for change, colour in CHANGE_COLOURS.items()},
    "change": Look(border=True),
    "signed": Look(border=True, number_format=SIGNED),
}
"""The styles this workbook adds to the shared ones: a coloured change, a signed difference."""
_CHART_ROWS = 18


def write(progress: Progress, path: Path) -> None:
    """Write the workbook to ``path`` (the registry makes the write atomic)."""
    workbook = new_workbook(CHANGE_LOOKS)
    for title, build in zip(SHEETS, (_summary, _items, _issues, _about)):
        build(workbook.create_sheet(title), progress)
    fallback = date.fromisoformat(str(progress.checklist.source.get("date", "2018-04-13")))
    stamp = document_stamp(progress.new.assessed_on or progress.old.assessed_on, fallback)
    save_workbook(workbook, path, stamp, f"Progress: {progress.new.jurisdiction.label}")


def _change_style(change: str) -> str:
    """Green for improved, red for regressed, blue and amber for newly and no longer assessed."""
    return f"change {change}" if change in CHANGE_COLOURS else "change"


_SECTION_FIGURES = ("score_old", "score_new", "change", "score_upper_old", "score_upper_new", "score_upper_change",
                    "coverage_old", "coverage_new", "coverage_change")
_SECTION_HEADERS = ("Section", "Score, old", "Score, new", "Change", "Up to, old", "Up to, new", "Change",
                    "Assessed (%), old", "Assessed (%), new", "Change")
"""The section table: score old and new first (the chart reads those two columns), then upper bound and coverage."""


def _summary(sheet: WriteOnlyWorksheet, progress: Progress) -> None:
    rows = Rows(sheet, (40, 24, 24, 12, 12, 12, 12, 12, 12, 12))
    print_wide(sheet)
    old, new = progress.old, progress.new
    rows.add(cell(sheet, f"Progress: {new.jurisdiction.label}", "title"))
    versions = progress.checklist.ref if progress.old_checklist.ref == progress.checklist.ref else \
        f"the old assessment on {progress.old_checklist.ref}, the new one on {progress.checklist.ref}"
    rows.add(cell(sheet, f"{progress.checklist.title} ({versions}). Scoring model: {progress.model}; "
                         f"scope: {progress.scope}.", "note"))
    rows.add()
    rows.heading("Where the change came from")
    rows.add(cell(sheet, change_sentence(progress), "label"))
    rows.add(*header_cells(sheet, ("Part of the change", "Points")))
    for name, value in progress.parts.items():
        rows.add(cell(sheet, PART_TITLES[name].capitalize(), "text"), cell(sheet, value, "signed"))
    rows.add(cell(sheet, "Change of score (the parts add up to it)", "label"),
             cell(sheet, progress.score_change, "signed"))
    rows.add()
    rows.add(*header_cells(sheet, ("Assessment", "Old", "New")))
    facts: tuple[tuple[str, object, object, str], ...] = (
        ("Jurisdiction", old.jurisdiction.label, new.jurisdiction.label, "wrapped"),
        ("Assessed on", old.assessed_on, new.assessed_on, "date"),
        ("Assessor", old.assessor, new.assessor, "wrapped"),
    )
    for label, before, after, style in facts:
        rows.add(cell(sheet, label, "label"), cell(sheet, before, style), cell(sheet, after, style))
    rows.add()
    rows.heading("Headline")
    first = rows.add(*header_cells(sheet, ("Figure", "Old", "New", "Change")))
    figures = (
        ("Score (0-100)", progress.score_old, progress.score_new),
        ("Upper bound, if every unknown is met", progress.score_upper_old, progress.score_upper_new),
        ("Assessed (% of the scored weight)", progress.coverage_old, progress.coverage_new),
    )
    for name, was, now in figures:
        rows.add(cell(sheet, name, "text"), cell(sheet, was, "percent"), cell(sheet, now, "percent"),
                 cell(sheet, now - was, "signed"))
    headline_rows = (first, rows.count)
    rows.add()
    rows.heading("Items by change")
    rows.add(*header_cells(sheet, ("Change", "Items")))
    for change, count in progress.counts.items():
        rows.add(cell(sheet, change, _change_style(change)), cell(sheet, count, "count"))
    rows.add()
    rows.heading("Score, upper bound and coverage by section")
    section_first = rows.add(*header_cells(sheet, _SECTION_HEADERS))
    for section in progress.sections.to_dict("records"):
        rows.add(cell(sheet, section["title"], "text"), *(
            cell(sheet, float(section[column]), "signed" if column.endswith("change") else "percent")
            for column in _SECTION_FIGURES))
    sheet.add_chart(_chart(sheet, "Headline, old and new (0-100)", headline_rows), f"A{rows.count + 2}")
    sheet.add_chart(_chart(sheet, "Sections, old and new (0-100)", (section_first, rows.count)),
                    f"D{rows.count + 2}")
    for _ in range(_CHART_ROWS):
        rows.add()
    rows.add(cell(sheet, f"Caveat: {progress.checklist.caveat}", "note"))


def _chart(sheet: WriteOnlyWorksheet, title: str, rows: tuple[int, int]) -> BarChart:
    """Old against new for the figures in ``rows`` (header first), read from the table above."""
    chart = BarChart()
    chart.type = "bar"
    chart.title = title
    chart.add_data(Reference(sheet, min_col=2, max_col=3, min_row=rows[0], max_row=rows[1]), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=rows[0] + 1, max_row=rows[1]))
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 100
    chart.y_axis.majorUnit = 20
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend.position = "b"
    chart.width, chart.height = 16, 8  # columns A to C are about 16 cm wide: the second chart starts at D
    return chart


_ITEM_COLUMNS = (
    Column("Item", 10), Column("Recommendation", 50, "wrapped"), Column("Section", 20, "wrapped"),
    Column("Old status", 14), Column("New status", 14), Column("Change", 18), Column("Weight", 8, "number"),
)


def _items(sheet: WriteOnlyWorksheet, progress: Progress) -> None:
    titles, checklist = section_titles(progress.checklist), progress.checklist

    def status(value: str) -> Any:
        return cell(sheet, status_label(checklist, value), status_style(value))

    rows = ((r.id, r.title, titles.get(r.section, r.section), status(r.status_old), status(r.status_new),
             cell(sheet, r.change, _change_style(r.change)), float(r.weight))
            for r in progress.items.itertuples())
    write_table(sheet, _ITEM_COLUMNS, rows, freeze="C2", empty_message="No item is compared in this scope.")


def _issues(sheet: WriteOnlyWorksheet, progress: Progress) -> None:
    write_issues(sheet, progress.issues)


def _about(sheet: WriteOnlyWorksheet, progress: Progress) -> None:
    rows = Rows(sheet, (34, 66, 28, 8, 14, 12, 26, 26))
    print_wide(sheet)
    checklist = progress.checklist

    def field(label: str, value: Any) -> None:
        rows.field(label, value, "value wrapped")

    rows.add(cell(sheet, "About this report", "title"))
    field("Written by", f"gapcheck {__version__}")
    field("Scored on", f"{checklist.title} ({checklist.ref})")
    field("Checklist SHA-256", checklist.sha256)
    field("Scoring model", f"{progress.model}: {MODEL_DESCRIPTIONS.get(progress.model, '')}")
    field("Scope", f"{progress.scope}: {SCOPE_DESCRIPTIONS.get(progress.scope, '')}")
    field("How", "Both assessments are scored on the version above; answers made against another version are "
                 "carried over through the items' 'replaces' field, so the change is like for like. Improved and "
                 "regressed follow the scale none, planned, partial, full; changes to or from not applicable are "
                 "'reclassified'.")
    field("Caveat", checklist.caveat)
    rows.add()
    rows.heading("Inputs")
    rows.add(*header_cells(sheet, ("Role", "File", "SHA-256", "Jurisdiction", "Code", "Group", "Assessed on",
                                   "Assessed against", "Scored on")))
    for row in progress.inputs.to_dict("records"):
        rows.add(*(cell(sheet, date.fromisoformat(value), "date") if key == "assessed_on" and value
                   else cell(sheet, value, "wrapped") for key, value in row.items()))
