"""The comparison of many jurisdictions as an Excel workbook, for a technical-assistance team.

Sheets, in reading order: Overview (every jurisdiction with its score, upper
bound, coverage and rank; aggregates per group; a chart), Matrix (items x
jurisdictions, statuses in colour), Sections (section scores, shaded by
size), Shared gaps (where help is needed most), Peers (where a jurisdiction
is below the median of its group's other members, or of all the others
when it stands alone), Dual criminality (the pair matrix), Obstacles
(offences whose absence blocks cooperation), Input issues and About
(provenance of every input).

The big sheets hold plain values, coloured by conditional formats rather
than cell by cell: a workbook of 193 jurisdictions is written in about the
time it takes to write its bare cells, and the colours follow any status a
reader corrects by hand. Scores and shares are figures, not statuses: they
are shaded in one neutral hue, darker for more, never in the red of "not met".

On paper (A4 unless asked otherwise) every sheet is as wide as the page,
its header rows on every page, in type no smaller than 7 points (a sheet
wider than that allows prints across pages); the comparison of a handful of
jurisdictions takes about one page a sheet, Peers two, and a few input issues
print under About rather than on a page of their own.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from gapcheck._outputs import document_stamp, save_workbook
from gapcheck._profile import STATUS_VALUES, STATUSES
from gapcheck._reports._wording import (
    MODEL_DESCRIPTIONS,
    SCOPE_DESCRIPTIONS,
    SCORING_RULES,
    compared_with,
    no_peers_message,
    rank_span,
    ranks_note,
    section_titles,
    status_label,
)
from gapcheck._reports._xlsx_style import (
    FIGURE_COLOUR,
    FIGURE_SPAN_COLOUR,
    HEADING_HEIGHT,
    STATUS_COLOURS,
    UNIT_POINTS,
    Column,
    Layout,
    Page,
    Rows,
    assessed_on,
    cell,
    chart_rows,
    chart_title,
    chart_type,
    figure_scale,
    fit_row,
    header_cells,
    new_workbook,
    one_decimal,
    set_widths,
    status_style,
    table_header,
    write_issues,
    write_table,
)
from gapcheck._version import __version__

if TYPE_CHECKING:
    from gapcheck._compare import Comparison

SHEETS = (
    "Overview", "Matrix", "Sections", "Shared gaps", "Peers", "Dual criminality", "Obstacles", "Input issues", "About",
)
_HEADER_ROW = 6  # the Overview's table header, under the title, the checklist line, the ranks note and the caveat
_GROUP_COLUMN = 14  # column N: the group aggregates stand beside the jurisdictions


def write(comparison: Comparison, path: Path, paper: str = "a4") -> None:
    """Write the workbook to ``path`` (the registry makes the write atomic), to print on ``paper``."""
    from gapcheck._compare import PAIR_MATRIX_LIMIT

    days = [p.assessed_on for p in comparison.profiles if p.assessed_on]
    page = Page(paper, f"Comparison of {_jurisdictions(len(comparison.profiles))}", assessed_on(days))
    workbook = new_workbook()
    builders = (_overview, _matrix, _sections, _shared_gaps, _peers,
                _pairs if len(comparison.profiles) <= PAIR_MATRIX_LIMIT else _pairs_by_group,
                _obstacles, _issues, _about)
    for title, build in zip(SHEETS, builders):
        build(workbook.create_sheet(title), comparison, page)
    fallback = date.fromisoformat(str(comparison.checklist.source.get("date", "2018-04-13")))
    stamp = document_stamp(max(days) if days else None, fallback)
    save_workbook(workbook, path, stamp, f"Comparison of {_jurisdictions(len(comparison.profiles))}")


def _jurisdictions(count: int) -> str:
    return f"{count} jurisdiction" + ("" if count == 1 else "s")


# --- cells -------------------------------------------------------------------------------


def _plain(sheet: WriteOnlyWorksheet, value: Any) -> Any:
    """A value for a fast, unstyled cell: text as it is (the sheet's one writing path makes it inert and
    storable), a number that is not finite as a blank."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _rows(sheet: WriteOnlyWorksheet, rows: Iterable[Sequence[Any]]) -> int:
    count = 0
    for row in rows:
        sheet.append([_plain(sheet, value) for value in row])
        count += 1
    return count


def _status_colours(sheet: WriteOnlyWorksheet, area: str, comparison: Comparison) -> None:
    """Colour each status label in ``area`` the traffic-light way, by conditional format."""
    for status in STATUSES:
        label = status_label(comparison.checklist, status).replace('"', '""')
        fill = PatternFill("solid", fgColor=STATUS_COLOURS[status], bgColor=STATUS_COLOURS[status])
        sheet.conditional_formatting.add(area, CellIsRule(operator="equal", formula=[f'"{label}"'], fill=fill))


def _heading(sheet: WriteOnlyWorksheet, text: str) -> list[Any]:
    return [cell(sheet, text, "heading")]


def _area(first_column: int, first_row: int, last_column: int, last_row: int) -> str:
    return f"{get_column_letter(first_column)}{first_row}:{get_column_letter(last_column)}{max(last_row, first_row)}"


def _short(comparison: Comparison) -> list[str]:
    """The short name of each jurisdiction, in overview order: its code, else its name."""
    return [code or name for code, name in zip(comparison.overview["code"], comparison.overview["jurisdiction"])]


# --- Overview ------------------------------------------------------------------------------

_OVERVIEW_COLUMNS = (
    Column("Rank", 5), Column("Could rank", 7), Column("Jurisdiction", 14), Column("Code", 6), Column("Group", 16),
    Column("Score", 7), Column("Up to", 7), Column("Not yet assessed (points)", 10), Column("Assessed (%)", 9),
    Column("Provisional", 11), Column("Assessed on", 11), Column("Checklist (as assessed)", 21), Column("", 2),
    Column("Group", 16), Column("Jurisdictions", 12), Column("Provisional", 11), Column("Median", 8),
    Column("Lowest", 8), Column("Highest", 8),
)
_TABLE_COLUMNS = 12
"""The jurisdictions' table; the group figures stand beside it, after one empty column. 189 characters in all:
a landscape page wide on Letter at 71 %, the least the type is scaled to (the headers wrap instead)."""


def _overview(sheet: WriteOnlyWorksheet, comparison: Comparison, page: Page) -> None:
    """Printed landscape, as wide as the page: the table, the group figures beside it and the chart under them."""
    rows = Rows(sheet, [column.width for column in _OVERVIEW_COLUMNS])
    sheet.freeze_panes = f"D{_HEADER_ROW + 1}"
    layout = Layout("landscape", columns=len(_OVERVIEW_COLUMNS), title_rows=f"{_HEADER_ROW}:{_HEADER_ROW}")
    page.setup(sheet, layout)
    checklist = comparison.checklist
    rows.title(f"Comparison of {_jurisdictions(len(comparison.profiles))}")
    rows.note(f"{checklist.title} ({checklist.ref}). Scoring model: {comparison.model}; scope: {comparison.scope}.")
    rows.note(ranks_note(comparison))
    rows.note(f"Caveat: {checklist.caveat}")
    rows.add()
    groups = comparison.groups
    headers = [column.header for column in _OVERVIEW_COLUMNS]
    group_headers = header_cells(sheet, headers[_TABLE_COLUMNS + 1:]) if len(groups) else []
    rows.add(*header_cells(sheet, headers[:_TABLE_COLUMNS]), None, *group_headers)
    group_rows = [[cell(sheet, str(g.group), "label" if g.group == "(all)" else "wrapped"), int(g.jurisdictions),
                   int(g.provisional),
                   *(cell(sheet, one_decimal(v), "value percent") for v in (g.median, g.min, g.max))]
                  for g in groups.itertuples()]
    for index, row in enumerate(comparison.overview.itertuples()):
        values = [int(row.rank), rank_span(row), cell(sheet, row.jurisdiction, "wrapped"), _plain(sheet, row.code),
                  cell(sheet, row.group, "wrapped"),
                  *(cell(sheet, one_decimal(v), "value percent") for v in (row.score, row.score_upper)),
                  cell(sheet, one_decimal(row.score_upper - row.score), "value percent"),
                  cell(sheet, one_decimal(row.coverage), "value percent"),
                  cell(sheet, "provisional", status_style("unknown")) if row.provisional else None,
                  _date_cell(sheet, row.assessed_on), row.checklist]
        if index < len(group_rows):
            values += [None, *group_rows[index]]
        rows.add(*values)  # as tall as a long name wraps: "Saint Vincent and the Grenadines" is never cut
    last = _HEADER_ROW + len(comparison.overview)
    sheet.auto_filter.ref = f"A{_HEADER_ROW}:{get_column_letter(_TABLE_COLUMNS)}{last}"
    chart = _score_chart(sheet, comparison, last)
    beside = sum(column.width for column in _OVERVIEW_COLUMNS[_GROUP_COLUMN - 1:]) * UNIT_POINTS / 72 * 2.54
    if chart.width <= beside:  # under the group figures, as wide as they are
        chart.width = beside - 0.5
        chart_row = _HEADER_ROW + len(group_rows) + 2 if len(group_rows) else _HEADER_ROW
        sheet.add_chart(chart, f"{get_column_letter(_GROUP_COLUMN)}{chart_row}")
        bottom = chart_row + chart_rows(chart.height)
    else:  # a large batch: under the table, no wider than the page
        chart.width = min(chart.width, sum(rows.widths) * UNIT_POINTS / 72 * 2.54)
        sheet.add_chart(chart, f"A{last + 2}")
        bottom = last + 2 + chart_rows(chart.height)
    page.fit(sheet, layout, rows.widths, max(last, bottom))


def _date_cell(sheet: WriteOnlyWorksheet, day: str, style: str = "value date") -> Any:
    """An assessment date as a real date, so that it sorts and filters as one (blank without a date)."""
    return cell(sheet, date.fromisoformat(day), style) if day else None


def _score_chart(sheet: WriteOnlyWorksheet, comparison: Comparison, last: int) -> BarChart:
    """Each jurisdiction's score, best first, and above it in a lighter shade the points not yet assessed.

    The two stack to the upper bound, so that a desk review with a low score and a high bound does not
    read as the worst in the group.
    """
    chart = BarChart()
    chart.type = "col"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.title = chart_title("Score, and up to (if every unknown is met), by jurisdiction (0-100)")
    chart.add_data(Reference(sheet, min_col=6, min_row=_HEADER_ROW, max_row=last), titles_from_data=True)
    chart.add_data(Reference(sheet, min_col=8, min_row=_HEADER_ROW, max_row=last), titles_from_data=True)
    named_by_code = all(comparison.overview["code"])
    chart.set_categories(Reference(sheet, min_col=4 if named_by_code else 3, min_row=_HEADER_ROW + 1, max_row=last))
    for series, colour in zip(chart.series, (FIGURE_COLOUR, FIGURE_SPAN_COLOUR)):
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.solidFill = colour
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 100
    chart.y_axis.majorUnit = 20
    chart.y_axis.number_format = "0"  # an axis of 0 to 100 in steps of 20: whole numbers
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend.position = "b"
    chart.gapWidth = 40
    chart_type(chart)
    chart.width, chart.height = max(10.0, 0.3 * len(comparison.profiles)), 9.0
    return chart


# --- Matrix ----------------------------------------------------------------------------------

_MATRIX_HEADER_ROWS = 4
"""Codes, names, groups and scores head the jurisdictions' columns; the items start on row 5."""
_MATRIX_ACROSS = {"portrait": 5, "landscape": 9}
"""Jurisdictions a printed page holds across, beside the item columns, in type as large as the other sheets': the
item columns and five a portrait page, nine a landscape one (139 and 187 characters, A4 and Letter alike)."""


def _matrix(sheet: WriteOnlyWorksheet, comparison: Comparison, page: Page) -> None:
    """Items down, jurisdictions across: one row per item, one column per jurisdiction, statuses in colour.

    Items down because the checklist is the spine of every gapcheck report (the gap report's Items, Gaps and
    Crosswalk list items down too), because an item's title needs a wide column to be read, and because the
    items are many and fixed while most comparisons hold a handful of jurisdictions: five fit on one
    printed page, where five jurisdictions by 47 items across took thirteen pages of four items each.
    A larger batch prints landscape, several pages across, the item columns repeated on each and nine
    jurisdictions to a page, in type as large as the other sheets'.
    """
    items, overview = comparison.items, comparison.overview
    count = len(overview)
    widths = (8, 71, *(12 for _ in range(count)))
    set_widths(sheet, widths)
    sheet.freeze_panes = f"C{_MATRIX_HEADER_ROWS + 1}"
    orientation = "portrait" if count <= _MATRIX_ACROSS["portrait"] else "landscape"
    layout = Layout(orientation, title_rows=f"1:{_MATRIX_HEADER_ROWS}", title_cols="A:B",
                    wide=max(1, math.ceil(count / _MATRIX_ACROSS[orientation])))
    page.setup(sheet, layout)
    header = header_cells(sheet, ("Item", "Recommendation", *_short(comparison)))
    fit_row(sheet, 1, header, widths)
    sheet.append(header)
    names = [None, cell(sheet, "Jurisdiction", "label"),
             *(cell(sheet, name, "value wrapped") for name in overview["jurisdiction"])]
    fit_row(sheet, 2, names, widths)
    sheet.append(names)
    groups = [None, cell(sheet, "Group", "label"),
              *(cell(sheet, group, "value wrapped") for group in overview["group"])]
    fit_row(sheet, 3, groups, widths)
    sheet.append(groups)
    sheet.append([None, cell(sheet, "Score (0-100)", "label"),
                  *(cell(sheet, one_decimal(score), "value percent") for score in overview["score"])])
    labels = {status: status_label(comparison.checklist, status) for status in STATUSES}
    statuses = comparison.statuses[[item.id for item in items]].to_numpy(dtype=object).T
    first = _MATRIX_HEADER_ROWS + 1
    for number, (item, row) in enumerate(zip(items, statuses), start=first):
        values = [item.id, cell(sheet, item.title, "value wrapped"), *(labels[s] for s in row)]
        fit_row(sheet, number, values, widths)
        sheet.append([_plain(sheet, value) for value in values])
    _status_colours(sheet, _area(3, first, 2 + count, first + len(items) - 1), comparison)
    page.fit(sheet, layout, widths, first + len(items) - 1)


# --- Sections --------------------------------------------------------------------------------


def _sections(sheet: WriteOnlyWorksheet, comparison: Comparison, page: Page) -> None:
    titles = section_titles(comparison.checklist)
    section_ids = [section.id for section in comparison.checklist.sections]
    columns = (Column("Jurisdiction", 28), Column("Code", 8), Column("Group", 15), Column("Overall score", 10),
               *(Column(titles[sid], 18) for sid in section_ids))
    width = sum(column.width for column in columns)
    layout = Layout("portrait" if width <= page.room("portrait") else "landscape", title_rows="1:1", title_cols="A:A",
                    snug=True)
    page.setup(sheet, layout)
    widths = table_header(sheet, columns, "D2")
    frame = comparison.sections
    count = _rows(sheet, (
        (name, code, group, *(cell(sheet, one_decimal(v), "value percent") for v in figures))
        for name, code, group, figures in zip(frame["jurisdiction"], frame["code"], frame["group"],
                                              frame[["score", *section_ids]].to_numpy(dtype=float))
    ))
    figure_scale(sheet, _area(4, 2, len(columns), 1 + count))
    page.fit(sheet, layout, widths, 1 + count)



# --- Shared gaps -----------------------------------------------------------------------------

_SHORT_STATUSES = ("partial", "planned", "none", "unknown")
"""The statuses below full that the Shared gaps sheet counts, each in a column of its own."""


def _shared_gap_columns(comparison: Comparison) -> tuple[Column, ...]:
    """The columns, each status headed by the checklist's own name for it ("Not met", not "None")."""
    return (
        Column("Rank", 5), Column("Item", 8), Column("Recommendation", 48, "wrapped"),
        Column("Jurisdictions short", 13, "count"), Column("Share (%)", 7, "percent"),
        *(Column(status_label(comparison.checklist, status), 9, "count") for status in _SHORT_STATUSES),
        Column("Which jurisdictions", 22, "wrapped"), Column("Section", 28, "wrapped"),
    )


_SHARED_GAPS_PRINTED = 10
"""On paper every column but the section, which follows on screen; the recommendation takes the width the page
leaves, so that most take one line."""


def _shared_gaps(sheet: WriteOnlyWorksheet, comparison: Comparison, page: Page) -> None:
    titles = section_titles(comparison.checklist)
    rows = ((int(g.rank), g.id, g.title, int(g.short), one_decimal(g.share),
             *(int(getattr(g, status)) for status in _SHORT_STATUSES), ", ".join(g.jurisdictions),
             titles.get(g.section, g.section))
            for g in comparison.shared_gaps.itertuples())
    write_table(sheet, _shared_gap_columns(comparison), rows, page=page,
                layout=Layout("portrait", columns=_SHARED_GAPS_PRINTED, snug=True, fill=2), freeze="C2",
                empty_message="No shared gaps: every jurisdiction meets every compared recommendation in full.")


# --- Peers -----------------------------------------------------------------------------------

_SCALE = ", ".join(f"{status} {value:g}" for status, value in STATUS_VALUES.items() if value)
"""The status scale as the Peers sheet states it ("full 1, partial 0.5"), from the one place it is defined."""

_PEER_COLUMNS = (
    Column("Jurisdiction", 12), Column("Code", 6), Column("Compared with", 42), Column("Item", 8),
    Column("Recommendation", 99), Column("Status", 11), Column(f"Peers' median ({_SCALE})", 11),
)
"""188 characters, the recommendation taking whatever width the page leaves: each line whole on one landscape line
(the cells do not wrap), at the least readable size."""


def _peers(sheet: WriteOnlyWorksheet, comparison: Comparison, page: Page) -> None:
    """Where each jurisdiction is below its peers' median: its group's other members, or all the others.

    Printed landscape: its lines are long (two recommendations joined, the peers named), one to a row."""
    layout = Layout("landscape", title_rows="1:1", snug=True, fill=4)
    page.setup(sheet, layout)
    widths = table_header(sheet, page.filled(_PEER_COLUMNS, layout), "B2")
    labels = {status: status_label(comparison.checklist, status) for status in STATUSES}
    frame = comparison.peers
    count = _rows(sheet, (
        (row.jurisdiction, row.code, compared_with(row.peers, row.group), row.id, row.title, labels[row.status],
         row.peer_median)
        for row in frame.itertuples()
    ))
    if not count:
        sheet.append([cell(sheet, no_peers_message(comparison), "note")])
    sheet.auto_filter.ref = f"A1:G{max(count, 1) + 1}"
    _status_colours(sheet, f"F2:F{max(count, 1) + 1}", comparison)
    page.fit(sheet, layout, widths, max(count, 1) + 1)


# --- Dual criminality ------------------------------------------------------------------------


def _pair_intro(comparison: Comparison, what: str) -> list[str]:
    """The paragraphs above the pair table."""
    items = comparison.criminalization_items
    return [
        f"{what} Extradition usually needs the conduct to be an offence in both States; an item passes when both "
        "cover it fully. The diagonal is a jurisdiction's own share.",
        f"{len(items)} criminalization items: {', '.join(item.id for item in items)}.",
        "The item-by-item detail for one pair: gapcheck dual-criminality A B. The Obstacles sheet lists the "
        "offences whose absence blocks cooperation.",
    ]


def _write_intro(rows: Rows, paragraphs: Sequence[str]) -> int:
    """Title, the paragraphs (each wrapped across the table's width, in a row tall enough for it) and a blank row;
    returns the row of the table header that follows."""
    rows.title("Dual criminality")
    for paragraph in paragraphs:
        rows.note(paragraph)
    rows.add()
    return rows.count + 1


_PAIRS_ACROSS = 12
"""Partners a printed page holds across, beside the names, before the matrix continues on the next page."""


def _pairs(sheet: WriteOnlyWorksheet, comparison: Comparison, page: Page) -> None:
    """The pair matrix: the share (%) of criminalization items both jurisdictions cover fully."""
    names = _short(comparison)
    rows = Rows(sheet, (28, *(9 for _ in names)))
    intro = _pair_intro(comparison, "Share (%) of criminalization items that pass a dual-criminality test.")
    header = len(intro) + 3
    sheet.freeze_panes = f"B{header + 1}"
    wide = max(1, math.ceil(len(names) / _PAIRS_ACROSS))
    layout = Layout("portrait" if wide == 1 else "landscape", title_rows=f"{header}:{header}", title_cols="A:A",
                    wide=wide)
    page.setup(sheet, layout)
    _write_intro(rows, intro)
    sheet.append(header_cells(sheet, ("Jurisdiction", *names)))
    shares = comparison.pairs.to_numpy(dtype=float).round(1)
    styled = [cell(sheet, None, "percent") for _ in names]  # one cell a column, refilled row by row: a write-only
    for label, row in zip(comparison.pairs.index, shares):  # sheet writes each row as it is appended
        for target, value in zip(styled, row.tolist()):
            target.value = value if value == value else None
        sheet.append([_plain(sheet, label), *styled])
    figure_scale(sheet, _area(2, header + 1, 1 + len(names), header + len(names)))
    page.fit(sheet, layout, rows.widths, header + len(names))


def _pairs_by_group(sheet: WriteOnlyWorksheet, comparison: Comparison, page: Page) -> None:
    """Too many jurisdictions for a readable pair matrix: medians per jurisdiction and between groups."""
    summary = comparison.pair_summary()
    groups = summary["groups"]
    rows = Rows(sheet, (28, 8, 14, 12, 12, 12, *(12 for _ in groups[5:])))
    intro = _pair_intro(comparison, f"More than {len(comparison.profiles) - 1} partners each: the share (%) of "
                                    "criminalization items that pass, summarised per jurisdiction and between groups.")
    header = len(intro) + 3
    sheet.freeze_panes = f"B{header + 1}"
    layout = Layout("portrait", title_rows=f"{header}:{header}")
    page.setup(sheet, layout)
    _write_intro(rows, intro)
    sheet.append(header_cells(sheet, ("Jurisdiction", "Code", "Group", "Median with others", "Lowest", "Highest")))
    overview = comparison.overview
    table = [(name, code, group, *(cell(sheet, one_decimal(v), "percent") for v in (median, lowest, highest)))
             for name, code, group, median, lowest, highest in zip(
                 overview["jurisdiction"], overview["code"], overview["group"], summary["median"], summary["lowest"],
                 summary["highest"])]
    count = _rows(sheet, table)
    figure_scale(sheet, f"D{header + 1}:F{header + count}")
    if not groups:
        page.fit(sheet, layout, rows.widths, header + count)
        return
    sheet.append([])
    sheet.row_dimensions[header + count + 2].height = HEADING_HEIGHT
    sheet.append(_heading(sheet, "Median share between groups (%)"))
    sheet.append(header_cells(sheet, ("Group", *groups)))
    for first, values in zip(groups, summary["between"]):
        sheet.append([_plain(sheet, first), *(cell(sheet, one_decimal(v), "percent") for v in values)])
    page.fit(sheet, layout, rows.widths, header + count + 3 + len(groups))


# --- Obstacles -------------------------------------------------------------------------------

_OBSTACLE_COLUMNS = (
    Column("Jurisdiction lacking the offence", 20), Column("Code", 6), Column("Group", 15), Column("Item", 8),
    Column("Offence", 61), Column("Status", 11), Column("Partners that have it", 9, "count"),
    Column("Share of partners (%)", 9, "percent"),
)
"""139 characters: a portrait page wide at the least readable size, every offence whole on its line."""


def _obstacles(sheet: WriteOnlyWorksheet, comparison: Comparison, page: Page) -> None:
    """Each offence a jurisdiction does not cover fully, by how many cooperation pairs its absence blocks."""
    layout = Layout("portrait", title_rows="1:1", snug=True)
    page.setup(sheet, layout)
    widths = table_header(sheet, _OBSTACLE_COLUMNS, "B2")
    labels = {status: status_label(comparison.checklist, status) for status in STATUSES}
    count = _rows(sheet, (
        (row.jurisdiction, row.code, row.group, row.id, row.title, labels[row.status], int(row.partners_blocked),
         cell(sheet, one_decimal(row.share), "value percent"))
        for row in comparison.obstacles.itertuples()
    ))
    if not count:
        sheet.append([cell(sheet, "No obstacle: no jurisdiction lacks an offence a partner has.", "note")])
    sheet.auto_filter.ref = f"A1:H{max(count, 1) + 1}"
    _status_colours(sheet, f"F2:F{max(count, 1) + 1}", comparison)
    page.fit(sheet, layout, widths, max(count, 1) + 1)


# --- Input issues and About ------------------------------------------------------------------


def _issues(sheet: WriteOnlyWorksheet, comparison: Comparison, page: Page) -> None:
    write_issues(sheet, comparison.issues, page)


def _about(sheet: WriteOnlyWorksheet, comparison: Comparison, page: Page) -> None:
    rows = Rows(sheet, (34, 64, 12, 6, 15, 11, 23, 23))  # 188: a landscape page wide, a SHA-256 whole on its line
    layout = Layout("landscape")
    page.setup(sheet, layout)
    checklist, source = comparison.checklist, comparison.checklist.source

    def field(label: str, value: Any) -> None:
        rows.field(label, value, "value wrapped")

    rows.title("About this comparison")
    field("Written by", f"gapcheck {__version__}")
    field("Compared on", f"{checklist.title} ({checklist.ref})")
    field("Checklist SHA-256", checklist.sha256)
    field("Source", f"{source.get('symbol', '')}: {source.get('title', '')}")
    field("Scoring model", f"{comparison.model}: {MODEL_DESCRIPTIONS.get(comparison.model, '')}")
    field("Scope", f"{comparison.scope}: {SCOPE_DESCRIPTIONS.get(comparison.scope, '')}")
    rows.field("Jurisdictions compared", len(comparison.profiles), "value count")
    field("Caveat", checklist.caveat)
    rows.add()
    rows.heading("How the comparison is made")
    notes = (
        *SCORING_RULES,
        "Every assessment is scored on the checklist version above; answers made against another version "
        "are carried over through the items' 'replaces' field, and items new in that version count as unknown.",
        "A jurisdiction assessed more than once is compared on its latest assessment; the others are listed "
        "under Input issues.",
        "Rank 1 is the highest score; equal scores (to a millionth of a point) share a rank.",
        "Shared gaps count a jurisdiction as short of an item when its status is below full (unknown included, "
        "not applicable excluded).",
        "Peers: an item is listed when the jurisdiction's value is below the median value of its peers, itself "
        "left out: the other members of its group, or every other jurisdiction when it has no group or is alone "
        "in its group; unknown counts as 0, not applicable is left out.",
        "Dual criminality: a criminalization item passes for a pair when both cover it fully.",
    )
    for number, note in enumerate(notes, start=1):
        field(f"Rule {number}", note)
    rows.add()
    rows.heading("Inputs")
    rows.add(*header_cells(sheet, ("File", "SHA-256", "Jurisdiction", "Code", "Group", "Assessed on",
                                   "Assessed against", "Compared on")))
    for row in comparison.inputs.itertuples(index=False):  # wrapped: a file's path is as long as its folders
        rows.add(*(cell(sheet, value, "wrapped") for value in row[:5]), _date_cell(sheet, row.assessed_on),
                 *(cell(sheet, value, "wrapped") for value in row[6:]))
    rows.space()
    rows.issues(comparison.issues)
    page.fit(sheet, layout, rows.widths, rows.count)
