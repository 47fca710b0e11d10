"""The comparison of many jurisdictions as an Excel workbook, for a technical-assistance team.

Sheets, in reading order: Overview (every jurisdiction with its score, upper
bound, coverage and rank; aggregates per group; a chart), Matrix
(jurisdictions x items, statuses in colour), Sections (section scores with a
colour scale), Shared gaps (where help is needed most), Peers (where a
jurisdiction is below the median of its group's other members, or of all the
others when it stands alone), Dual criminality (the pair matrix),
Obstacles (offences whose absence blocks cooperation), Input issues and
About (provenance of every input).

The big sheets hold plain values, coloured by conditional formats rather
than cell by cell: a workbook of 193 jurisdictions is written in about the
time it takes to write its bare cells, and the colours follow any status a
reader corrects by hand.
"""

from __future__ import annotations

import math
import re
import textwrap
from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import CellIsRule, ColorScaleRule
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from gapcheck._outputs import MAX_CELL_CHARS, document_stamp, is_formula_like, save_workbook
from gapcheck._profile import STATUSES
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
    STATUS_COLOURS,
    Column,
    Rows,
    cell,
    fit_row,
    header_cells,
    new_workbook,
    print_wide,
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
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_HEADER_ROW = 6  # the Overview's table header, under the title, the checklist line, the ranks note and the caveat
_GROUP_COLUMN = 14  # column N: the group aggregates stand beside the jurisdictions


def write(comparison: Comparison, path: Path) -> None:
    """Write the workbook to ``path`` (the registry makes the write atomic)."""
    from gapcheck._compare import PAIR_MATRIX_LIMIT

    workbook = new_workbook()
    builders = (_overview, _matrix, _sections, _shared_gaps, _peers,
                _pairs if len(comparison.profiles) <= PAIR_MATRIX_LIMIT else _pairs_by_group,
                _obstacles, _issues, _about)
    for title, build in zip(SHEETS, builders):
        build(workbook.create_sheet(title), comparison)
    days = [p.assessed_on for p in comparison.profiles if p.assessed_on]
    fallback = date.fromisoformat(str(comparison.checklist.source.get("date", "2018-04-13")))
    stamp = document_stamp(max(days) if days else None, fallback)
    save_workbook(workbook, path, stamp, f"Comparison of {_jurisdictions(len(comparison.profiles))}")


def _jurisdictions(count: int) -> str:
    return f"{count} jurisdiction" + ("" if count == 1 else "s")


# --- cells -------------------------------------------------------------------------------


def _plain(sheet: WriteOnlyWorksheet, value: Any) -> Any:
    """A value for a fast, unstyled cell; text that could become a formula is made inert text."""
    if isinstance(value, str):
        return cell(sheet, value) if _needs_protection(value) else value
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


@lru_cache(maxsize=65536)
def _needs_protection(text: str) -> bool:
    """Text a plain cell cannot hold as it is: a formula-like start, a control character, too long a text.

    Names and titles repeat on every row of the long sheets, so the answer is remembered.
    """
    return is_formula_like(text) or len(text) > MAX_CELL_CHARS or bool(_ILLEGAL.search(text))


def _one(value: Any) -> float | None:
    """A figure on 0-100 to one decimal, as the big sheets show it; blank when there is none."""
    number = float(value)
    return round(number, 1) if math.isfinite(number) else None


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


def _score_scale(sheet: WriteOnlyWorksheet, area: str) -> None:
    """Red at 0, amber at 50, green at 100."""
    sheet.conditional_formatting.add(area, ColorScaleRule(
        start_type="num", start_value=0, start_color="F8696B",
        mid_type="num", mid_value=50, mid_color="FFEB84",
        end_type="num", end_value=100, end_color="63BE7B"))


def _title(sheet: WriteOnlyWorksheet, text: str) -> list[Any]:
    return [cell(sheet, text, "title")]


def _heading(sheet: WriteOnlyWorksheet, text: str) -> list[Any]:
    return [cell(sheet, text, "heading")]


def _area(first_column: int, first_row: int, last_column: int, last_row: int) -> str:
    return f"{get_column_letter(first_column)}{first_row}:{get_column_letter(last_column)}{max(last_row, first_row)}"


def _short(comparison: Comparison) -> list[str]:
    """The short name of each jurisdiction, in overview order: its code, else its name."""
    return [code or name for code, name in zip(comparison.overview["code"], comparison.overview["jurisdiction"])]


# --- Overview ------------------------------------------------------------------------------

_OVERVIEW_COLUMNS = (
    Column("Rank", 6), Column("Could rank", 9), Column("Jurisdiction", 26), Column("Code", 8), Column("Group", 16),
    Column("Score", 8), Column("Up to", 8), Column("Not yet assessed (points)", 11), Column("Assessed (%)", 10),
    Column("Provisional", 11), Column("Assessed on", 11), Column("Checklist (as assessed)", 24), Column("", 3),
    Column("Group", 18), Column("Jurisdictions", 12), Column("Provisional", 11), Column("Median", 9),
    Column("Lowest", 9), Column("Highest", 9),
)
_TABLE_COLUMNS = 12
"""The jurisdictions' table; the group figures stand beside it, after one empty column."""


def _overview(sheet: WriteOnlyWorksheet, comparison: Comparison) -> None:
    set_widths(sheet, [column.width for column in _OVERVIEW_COLUMNS])
    sheet.freeze_panes = f"D{_HEADER_ROW + 1}"
    print_wide(sheet)
    checklist = comparison.checklist
    sheet.append(_title(sheet, f"Comparison of {_jurisdictions(len(comparison.profiles))}"))
    sheet.append([cell(sheet, f"{checklist.title} ({checklist.ref}). Scoring model: {comparison.model}; scope: "
                              f"{comparison.scope}.", "note")])
    sheet.append([cell(sheet, ranks_note(comparison), "note")])
    sheet.append([cell(sheet, f"Caveat: {checklist.caveat}", "note")])
    sheet.append([])
    groups = comparison.groups
    headers = [column.header for column in _OVERVIEW_COLUMNS]
    group_headers = header_cells(sheet, headers[_TABLE_COLUMNS + 1:]) if len(groups) else []
    sheet.append([*header_cells(sheet, headers[:_TABLE_COLUMNS]), None, *group_headers])
    group_rows = [[cell(sheet, str(g.group), "label" if g.group == "(all)" else "value"), int(g.jurisdictions),
                   int(g.provisional), *(cell(sheet, float(v), "value percent") for v in (g.median, g.min, g.max))]
                  for g in groups.itertuples()]
    for index, row in enumerate(comparison.overview.itertuples()):
        values = [int(row.rank), rank_span(row), _plain(sheet, row.jurisdiction), _plain(sheet, row.code),
                  _plain(sheet, row.group),
                  *(cell(sheet, _one(v), "value percent") for v in (row.score, row.score_upper)),
                  cell(sheet, _one(row.score_upper - row.score), "value percent"),
                  cell(sheet, _one(row.coverage), "value percent"),
                  cell(sheet, "provisional", status_style("unknown")) if row.provisional else None,
                  _date_cell(sheet, row.assessed_on), row.checklist]
        if index < len(group_rows):
            values += [None, *group_rows[index]]
        sheet.append(values)
    last = _HEADER_ROW + len(comparison.overview)
    sheet.auto_filter.ref = f"A{_HEADER_ROW}:{get_column_letter(_TABLE_COLUMNS)}{last}"
    chart_row = _HEADER_ROW + len(group_rows) + 2 if len(group_rows) else _HEADER_ROW
    sheet.add_chart(_score_chart(sheet, comparison, last), f"{get_column_letter(_GROUP_COLUMN)}{chart_row}")


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
    chart.title = "Score, and up to (if every unknown is met), by jurisdiction (0-100)"
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
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend.position = "b"
    chart.gapWidth = 40
    chart.width, chart.height = min(60.0, max(16.0, 0.3 * len(comparison.profiles))), 9.0
    return chart


# --- Matrix ----------------------------------------------------------------------------------


def _matrix(sheet: WriteOnlyWorksheet, comparison: Comparison) -> None:
    """Jurisdictions down, items across: ids in the first header row, titles in the second."""
    items = comparison.items
    widths = (28, 8, 14, 8, *(15 for _ in items))
    set_widths(sheet, widths)
    sheet.freeze_panes = "E3"
    sheet.page_setup.orientation = "landscape"
    sheet.print_title_rows, sheet.print_title_cols = "1:2", "A:A"
    sheet.append(header_cells(sheet, ("Jurisdiction", "Code", "Group", "Score", *(item.id for item in items))))
    titles = [cell(sheet, "Recommendation", "label"), None, None, cell(sheet, "(0-100)", "note"),
              *(cell(sheet, item.title, "value wrapped") for item in items)]
    fit_row(sheet, 2, titles, widths)
    sheet.append(titles)
    labels = {status: status_label(comparison.checklist, status) for status in STATUSES}
    statuses = comparison.statuses[[item.id for item in items]].to_numpy(dtype=object)
    overview = comparison.overview
    count = _rows(sheet, (
        (name, code, group, cell(sheet, _one(score), "value percent"), *(labels[s] for s in row))
        for name, code, group, score, row in zip(overview["jurisdiction"], overview["code"], overview["group"],
                                                  overview["score"], statuses)
    ))
    _status_colours(sheet, _area(5, 3, 4 + len(items), 2 + count), comparison)
    _score_scale(sheet, f"D3:D{max(3, 2 + count)}")


# --- Sections --------------------------------------------------------------------------------


def _sections(sheet: WriteOnlyWorksheet, comparison: Comparison) -> None:
    titles = section_titles(comparison.checklist)
    section_ids = [section.id for section in comparison.checklist.sections]
    columns = (Column("Jurisdiction", 28), Column("Code", 8), Column("Group", 14), Column("Overall score", 10),
               *(Column(titles[sid], 18) for sid in section_ids))
    table_header(sheet, columns, "D2")
    frame = comparison.sections
    count = _rows(sheet, (
        (name, code, group, *(cell(sheet, _one(v), "value percent") for v in figures))
        for name, code, group, figures in zip(frame["jurisdiction"], frame["code"], frame["group"],
                                              frame[["score", *section_ids]].to_numpy(dtype=float))
    ))
    _score_scale(sheet, _area(4, 2, len(columns), 1 + count))


# --- Shared gaps -----------------------------------------------------------------------------

_SHORT_STATUSES = ("partial", "planned", "none", "unknown")
"""The statuses below full that the Shared gaps sheet counts, each in a column of its own."""


def _shared_gap_columns(comparison: Comparison) -> tuple[Column, ...]:
    """The columns, each status headed by the checklist's own name for it ("Not met", not "None")."""
    return (
        Column("Rank", 6), Column("Item", 10), Column("Recommendation", 36, "wrapped"),
        Column("Section", 18, "wrapped"), Column("Jurisdictions short", 12), Column("Share (%)", 9, "percent"),
        *(Column(status_label(comparison.checklist, status), 10) for status in _SHORT_STATUSES),
        Column("Which jurisdictions", 70, "wrapped"),
    )


def _shared_gaps(sheet: WriteOnlyWorksheet, comparison: Comparison) -> None:
    titles = section_titles(comparison.checklist)
    rows = ((int(g.rank), g.id, g.title, titles.get(g.section, g.section), int(g.short), float(g.share),
             *(int(getattr(g, status)) for status in _SHORT_STATUSES), ", ".join(g.jurisdictions))
            for g in comparison.shared_gaps.itertuples())
    write_table(sheet, _shared_gap_columns(comparison), rows, freeze="C2",
                empty_message="No shared gaps: every jurisdiction meets every compared recommendation in full.")


# --- Peers -----------------------------------------------------------------------------------

_PEER_COLUMNS = (
    Column("Jurisdiction", 28), Column("Code", 8), Column("Compared with", 40), Column("Item", 10),
    Column("Recommendation", 64), Column("Status", 14), Column("Peers' median (full 1, partial 0.5)", 14),
)


def _peers(sheet: WriteOnlyWorksheet, comparison: Comparison) -> None:
    """Where each jurisdiction is below its peers' median: its group's other members, or all the others."""
    table_header(sheet, _PEER_COLUMNS, "B2")
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


# --- Dual criminality ------------------------------------------------------------------------


_NOTE_WIDTH = 110
"""Characters per line of a note above a table: a longer line would shrink the printed page to fit it."""


def _pair_intro(comparison: Comparison, what: str) -> list[str]:
    """The lines above the pair table, each short enough to print on a landscape page."""
    items = comparison.criminalization_items
    paragraphs = (
        f"{what} Extradition usually needs the conduct to be an offence in both States; an item passes when both "
        "cover it fully. The diagonal is a jurisdiction's own share.",
        f"{len(items)} criminalization items: {', '.join(item.id for item in items)}.",
        "The item-by-item detail for one pair: gapcheck dual-criminality A B. The Obstacles sheet lists the "
        "offences whose absence blocks cooperation.",
    )
    return [line for paragraph in paragraphs for line in textwrap.wrap(paragraph, _NOTE_WIDTH)]


def _write_intro(sheet: WriteOnlyWorksheet, lines: Sequence[str]) -> None:
    """Title, note lines and a blank row: the table header follows on row ``len(lines) + 3``."""
    sheet.append(_title(sheet, "Dual criminality"))
    for line in lines:
        sheet.append([cell(sheet, line, "note")])
    sheet.append([])


def _pairs(sheet: WriteOnlyWorksheet, comparison: Comparison) -> None:
    """The pair matrix: the share (%) of criminalization items both jurisdictions cover fully."""
    names = _short(comparison)
    intro = _pair_intro(comparison, "Share (%) of criminalization items that pass a dual-criminality test.")
    header = len(intro) + 3
    set_widths(sheet, (28, *(7 for _ in names)))
    sheet.freeze_panes = f"B{header + 1}"
    print_wide(sheet)
    _write_intro(sheet, intro)
    sheet.append(header_cells(sheet, ("Jurisdiction", *names)))
    shares = comparison.pairs.to_numpy(dtype=float).round(1)
    for label, row in zip(comparison.pairs.index, shares):
        sheet.append([_plain(sheet, label), *(v if v == v else None for v in row.tolist())])
    _score_scale(sheet, _area(2, header + 1, 1 + len(names), header + len(names)))


def _pairs_by_group(sheet: WriteOnlyWorksheet, comparison: Comparison) -> None:
    """Too many jurisdictions for a readable pair matrix: medians per jurisdiction and between groups."""
    summary = comparison.pair_summary()
    intro = _pair_intro(comparison, f"More than {len(comparison.profiles) - 1} partners each: the share (%) of "
                                    "criminalization items that pass, summarised per jurisdiction and between groups.")
    header = len(intro) + 3
    set_widths(sheet, (28, 8, 14, 12, 12, 12))
    sheet.freeze_panes = f"B{header + 1}"
    print_wide(sheet)
    _write_intro(sheet, intro)
    sheet.append(header_cells(sheet, ("Jurisdiction", "Code", "Group", "Median with others", "Lowest", "Highest")))
    overview = comparison.overview
    rows = [(name, code, group, *(_one(v) if v == v else None for v in (median, lowest, highest)))
            for name, code, group, median, lowest, highest in zip(
                overview["jurisdiction"], overview["code"], overview["group"], summary["median"], summary["lowest"],
                summary["highest"])]
    count = _rows(sheet, rows)
    _score_scale(sheet, f"D{header + 1}:F{header + count}")
    groups = summary["groups"]
    if not groups:
        return
    sheet.append([])
    sheet.append(_heading(sheet, "Median share between groups (%)"))
    sheet.append(header_cells(sheet, ("Group", *groups)))
    for first, values in zip(groups, summary["between"]):
        sheet.append([_plain(sheet, first), *(_plain(sheet, _one(v) if v == v else None) for v in values)])


# --- Obstacles -------------------------------------------------------------------------------

_OBSTACLE_COLUMNS = (
    Column("Jurisdiction lacking the offence", 28), Column("Code", 8), Column("Group", 14), Column("Item", 10),
    Column("Offence", 64), Column("Status", 14), Column("Partners that have it", 12),
    Column("Share of partners (%)", 12),
)


def _obstacles(sheet: WriteOnlyWorksheet, comparison: Comparison) -> None:
    """Each offence a jurisdiction does not cover fully, by how many cooperation pairs its absence blocks."""
    table_header(sheet, _OBSTACLE_COLUMNS, "B2")
    labels = {status: status_label(comparison.checklist, status) for status in STATUSES}
    count = _rows(sheet, (
        (row.jurisdiction, row.code, row.group, row.id, row.title, labels[row.status], int(row.partners_blocked),
         _one(row.share))
        for row in comparison.obstacles.itertuples()
    ))
    if not count:
        sheet.append([cell(sheet, "No obstacle: no jurisdiction lacks an offence a partner has.", "note")])
    sheet.auto_filter.ref = f"A1:H{max(count, 1) + 1}"
    _status_colours(sheet, f"F2:F{max(count, 1) + 1}", comparison)


# --- Input issues ------------------------------------------------------------------------------

# --- About -----------------------------------------------------------------------------------


def _issues(sheet: WriteOnlyWorksheet, comparison: Comparison) -> None:
    write_issues(sheet, comparison.issues)


def _about(sheet: WriteOnlyWorksheet, comparison: Comparison) -> None:
    rows = Rows(sheet, (40, 66, 28, 8, 14, 12, 26, 26))
    print_wide(sheet)
    checklist, source = comparison.checklist, comparison.checklist.source

    def field(label: str, value: Any) -> None:
        rows.field(label, value, "value wrapped")

    rows.add(*_title(sheet, "About this comparison"))
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
    _rows(sheet, ((*row[:5], _date_cell(sheet, row.assessed_on), *row[6:])
                  for row in comparison.inputs.itertuples(index=False)))
