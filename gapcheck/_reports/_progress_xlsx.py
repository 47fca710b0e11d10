"""Progress between two assessments as an Excel workbook: what moved since the last assessment.

Sheets: Summary (the two assessments, score, upper bound and coverage
before and after with the change, items by kind of change, the same three
figures per section, and a chart of old against new), Items (every compared
item, old and new status in colour, the change), Input issues and About
(provenance of both inputs).

The statuses keep their colours; a change is not a status, so it is not
painted green or red: "bill tabled" takes the blue-grey of planned, "newly
assessed" and "no longer assessed" the grey of not assessed, and the others
stay plain, improved and regressed in bold. The charts draw the old figure
in light slate and the new in slate, never in red. The Summary prints on
one page, no type on any page smaller than 7 points; a few input issues
print under About rather than on a page of their own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl.chart import BarChart, Reference
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from gapcheck._outputs import document_stamp, save_workbook
from gapcheck._progress import PART_TITLES
from gapcheck._reports._text import change_sentence
from gapcheck._reports._wording import MODEL_DESCRIPTIONS, SCOPE_DESCRIPTIONS, section_titles, status_label
from gapcheck._reports._xlsx_style import (
    FIGURE_COLOUR,
    FIGURE_SPAN_COLOUR,
    STATUS_COLOURS,
    UNIT_POINTS,
    Column,
    Layout,
    Look,
    Page,
    Rows,
    assessed_on,
    cell,
    chart_title,
    chart_type,
    header_cells,
    new_workbook,
    one_decimal,
    status_style,
    type_font,
    write_issues,
    write_table,
)
from gapcheck._version import __version__

if TYPE_CHECKING:
    from gapcheck._progress import Progress

SHEETS = ("Summary", "Items", "Input issues", "About")
CHANGE_COLOURS = {
    "bill tabled": STATUS_COLOURS["planned"],
    "newly assessed": STATUS_COLOURS["unknown"],
    "no longer assessed": STATUS_COLOURS["unknown"],
}
"""A change takes a status colour only where it means that status: a bill tabled is planned, an item newly or
no longer assessed was or is not assessed. Improved and regressed are not statuses: bold, not green or red."""
BOLD_CHANGES = ("improved", "regressed")
SIGNED = "+0.0;-0.0;0.0"
CHANGE_LOOKS = {
    **{f"change {change}": Look(fill=colour, border=True) for change, colour in CHANGE_COLOURS.items()},
    **{f"change {change}": Look(font=type_font(bold=True), border=True) for change in BOLD_CHANGES},
    "change": Look(border=True),
    "signed": Look(border=True, number_format=SIGNED),
}
"""The styles this workbook adds to the shared ones: a coloured change, a signed difference."""
_CHART_HEIGHT = 8.0
"""The charts' height in centimetres; the rows under them are left free (:func:`chart_rows`)."""


def write(progress: Progress, path: Path, paper: str = "a4") -> None:
    """Write the workbook to ``path`` (the registry makes the write atomic), to print on ``paper``."""
    page = Page(paper, progress.new.jurisdiction.label,
                assessed_on([progress.old.assessed_on, progress.new.assessed_on]))
    workbook = new_workbook(CHANGE_LOOKS)
    for title, build in zip(SHEETS, (_summary, _items, _issues, _about)):
        build(workbook.create_sheet(title), progress, page)
    fallback = date.fromisoformat(str(progress.checklist.source.get("date", "2018-04-13")))
    stamp = document_stamp(progress.new.assessed_on or progress.old.assessed_on, fallback)
    save_workbook(workbook, path, stamp, f"Progress: {progress.new.jurisdiction.label}")


def _change_style(change: str) -> str:
    """Blue-grey for a bill tabled, grey for newly and no longer assessed, bold for improved and regressed."""
    return f"change {change}" if change in CHANGE_COLOURS or change in BOLD_CHANGES else "change"


_SECTION_FIGURES = ("score_old", "score_new", "change", "score_upper_old", "score_upper_new", "score_upper_change",
                    "coverage_old", "coverage_new", "coverage_change")
_SECTION_HEADERS = ("Section", "Score, old", "Score, new", "Change", "Up to, old", "Up to, new", "Change",
                    "Assessed (%), old", "Assessed (%), new", "Change")
"""The section table: score old and new first (the chart reads those two columns), then upper bound and coverage."""


_SUMMARY_WIDTHS = (35, 16, 16, 10, 10, 10, 10, 10, 10, 10)
"""Labels and sections in A; old and new in B and C; the other figures in D to J. 137 characters: a portrait page
wide at 71 %, the least its type is scaled to."""


def _summary(sheet: WriteOnlyWorksheet, progress: Progress, page: Page) -> None:
    """Printed portrait on one page, its parts set off by half-line gaps."""
    rows = Rows(sheet, _SUMMARY_WIDTHS)
    layout = Layout("portrait", tall=1)
    page.setup(sheet, layout)
    old, new = progress.old, progress.new
    rows.title(f"Progress: {new.jurisdiction.label}")
    versions = progress.checklist.ref if progress.old_checklist.ref == progress.checklist.ref else \
        f"the old assessment on {progress.old_checklist.ref}, the new one on {progress.checklist.ref}"
    rows.note(f"{progress.checklist.title} ({versions}). Scoring model: {progress.model}; scope: {progress.scope}.")
    rows.space()
    rows.heading("Where the change came from")
    rows.note(change_sentence(progress), "label")
    rows.add(*header_cells(sheet, ("Part of the change", "Points")))
    for name, value in progress.parts.items():
        rows.add(cell(sheet, PART_TITLES[name].capitalize(), "wrapped"), cell(sheet, one_decimal(value), "signed"))
    rows.add(cell(sheet, "Change of score (the parts add up to it)", "label"),
             cell(sheet, one_decimal(progress.score_change), "signed"))
    rows.space()
    rows.add(*header_cells(sheet, ("Assessment", "Old", "New")))
    facts: tuple[tuple[str, object, object, str], ...] = (
        ("Jurisdiction", old.jurisdiction.label, new.jurisdiction.label, "wrapped"),
        ("Assessed on", old.assessed_on, new.assessed_on, "date"),
        ("Assessor", old.assessor, new.assessor, "wrapped"),
    )
    for label, before, after, style in facts:
        rows.add(cell(sheet, label, "label"), cell(sheet, before, style), cell(sheet, after, style))
    rows.space()
    rows.heading("Headline")
    first = rows.add(*header_cells(sheet, ("Figure", "Old", "New", "Change")))
    figures = (
        ("Score (0-100)", progress.score_old, progress.score_new),
        ("Upper bound, if every unknown is met", progress.score_upper_old, progress.score_upper_new),
        ("Assessed (% of the scored weight)", progress.coverage_old, progress.coverage_new),
    )
    for name, was, now in figures:
        rows.add(cell(sheet, name, "text"), cell(sheet, one_decimal(was), "percent"),
                 cell(sheet, one_decimal(now), "percent"), cell(sheet, one_decimal(now - was), "signed"))
    headline_rows = (first, rows.count)
    rows.space()
    rows.heading("Items by change")
    rows.add(*header_cells(sheet, ("Change", "Items")))
    for change, count in progress.counts.items():
        rows.add(cell(sheet, change, _change_style(change)), cell(sheet, count, "count"))
    rows.space()
    rows.heading("Score, upper bound and coverage by section")
    section_first = rows.add(*header_cells(sheet, _SECTION_HEADERS))
    for section in progress.sections.to_dict("records"):
        rows.add(cell(sheet, section["title"], "wrapped"), *(
            cell(sheet, one_decimal(section[column]), "signed" if column.endswith("change") else "percent")
            for column in _SECTION_FIGURES))
    charts = (_chart(sheet, "Headline, old and new (0-100)", headline_rows),
              _chart(sheet, "Sections, old and new (0-100)", (section_first, rows.count)))
    rows.space()
    top = rows.count + 1
    for chart, (start, end) in zip(charts, ((0, 3), (3, len(_SUMMARY_WIDTHS)))):
        chart.width = sum(_SUMMARY_WIDTHS[start:end]) * UNIT_POINTS / 72 * 2.54 - 0.5  # side by side, within the page
        sheet.add_chart(chart, f"{get_column_letter(start + 1)}{top}")
    rows.leave_room(top, _CHART_HEIGHT)
    rows.note(f"Caveat: {progress.checklist.caveat}")
    page.fit(sheet, layout, _SUMMARY_WIDTHS, rows.count)


def _chart(sheet: WriteOnlyWorksheet, title: str, rows: tuple[int, int]) -> BarChart:
    """Old against new for the figures in ``rows`` (header first), read from the table above: the old in light
    slate, the new in slate, figures in the neutral colours, not the red and green of a status."""
    chart = BarChart()
    chart.type = "bar"
    chart.title = chart_title(title)
    chart.add_data(Reference(sheet, min_col=2, max_col=3, min_row=rows[0], max_row=rows[1]), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=rows[0] + 1, max_row=rows[1]))
    for series, colour in zip(chart.series, (FIGURE_SPAN_COLOUR, FIGURE_COLOUR)):
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.solidFill = colour
    chart.x_axis.scaling.orientation = "maxMin"  # figures top-down, in table order
    chart.y_axis.number_format = "0"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 100
    chart.y_axis.majorUnit = 20
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend.position = "b"
    chart_type(chart)
    chart.height = _CHART_HEIGHT  # as wide as the columns it stands over (see _summary)
    return chart


_ITEM_COLUMNS = (
    Column("Item", 10), Column("Recommendation", 50, "wrapped"), Column("Section", 20, "wrapped"),
    Column("Old status", 14), Column("New status", 14), Column("Change", 18), Column("Weight", 8, "number"),
)


def _items(sheet: WriteOnlyWorksheet, progress: Progress, page: Page) -> None:
    titles, checklist = section_titles(progress.checklist), progress.checklist

    def status(value: str) -> Any:
        return cell(sheet, status_label(checklist, value), status_style(value))

    rows = ((r.id, r.title, titles.get(r.section, r.section), status(r.status_old), status(r.status_new),
             cell(sheet, r.change, _change_style(r.change)), float(r.weight))
            for r in progress.items.itertuples())
    write_table(sheet, _ITEM_COLUMNS, rows, page=page, layout=Layout("portrait", snug=True), freeze="C2",
                empty_message="No item is compared in this scope.")


def _issues(sheet: WriteOnlyWorksheet, progress: Progress, page: Page) -> None:
    write_issues(sheet, progress.issues, page)


def _about(sheet: WriteOnlyWorksheet, progress: Progress, page: Page) -> None:
    rows = Rows(sheet, (17, 24, 64, 12, 6, 14, 11, 20, 20))  # 188: a landscape page wide, a SHA-256 whole on its line
    layout = Layout("landscape")
    page.setup(sheet, layout)
    checklist = progress.checklist

    def field(label: str, value: Any) -> None:
        rows.field(label, value, "value wrapped")

    rows.title("About this report")
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
    rows.space()
    rows.issues(progress.issues)
    page.fit(sheet, layout, rows.widths, rows.count)
