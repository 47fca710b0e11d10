"""The look every gapcheck workbook shares: colours, named cell styles, tables with filters and frozen headers.

Workbooks are written in openpyxl's write-only mode, row by row, which is
fast and light on memory; that mode wants column widths and frozen panes set
before the first row, so :func:`write_table` does it in that order. Cells are
styled through named styles registered once per workbook (``gapcheck
header``, ``gapcheck status full``, ...): far faster than styling each cell
attribute by attribute, and a user can restyle every header of a report by
changing one style in Excel. Every string goes through
:func:`gapcheck._outputs.set_text`, so no text a user typed can become a live
formula, and text too long for a cell is cut with a visible marker.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from gapcheck._outputs import set_text

if TYPE_CHECKING:
    from gapcheck._errors import Issue

HEADER_BACKGROUND = "1F4E79"
HEADER_INK = "FFFFFF"
RULE = "BFBFBF"
MUTED = "595959"

STATUS_COLOURS = {
    "full": "C6EFCE",  # green
    "partial": "FFEB9C",  # amber
    "planned": "DDEBF7",  # light blue
    "none": "FFC7CE",  # red
    "not_applicable": "D9D9D9",  # grey
    "unknown": "F2F2F2",  # light grey
}
"""Fill colours of the six statuses, the traffic-light scheme a reader expects."""

FIGURE_COLOUR = "44546A"
"""A figure that is not a status (a score, an old or new value): a neutral slate, never red or green."""

FIGURE_SPAN_COLOUR = "ADB9CA"
"""The lighter shade of :data:`FIGURE_COLOUR`: what a figure could still become (up to its upper bound)."""

PERCENT = "0.0"
DATE = "yyyy-mm-dd"
COUNT = "0"
"""Counts and ranks are whole numbers: "41", never "41.0"."""

LINE_HEIGHT = 15.0
MAX_ROW_HEIGHT = 409.0
"""Excel's tallest row, in points."""

STYLE_PREFIX = "gapcheck "

@dataclass(frozen=True)
class Look:
    """How a named style looks; every look is top-aligned, and bordered when it sits in a table."""

    font: Font | None = None
    fill: str | None = None
    border: bool = False
    wrap: bool = False
    indent: int = 0
    number_format: str = "General"

    def named(self, name: str) -> NamedStyle:
        thin = Side(style="thin", color=RULE)
        style = NamedStyle(name=STYLE_PREFIX + name, number_format=self.number_format,
                           alignment=Alignment(wrap_text=self.wrap, vertical="top", indent=self.indent))
        if self.font is not None:
            style.font = self.font
        if self.fill is not None:
            style.fill = PatternFill("solid", fgColor=self.fill)
        if self.border:
            style.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        return style


_BOLD = Font(bold=True)
LOOKS: dict[str, Look] = {
    # outside tables: the Summary and About sheets
    "title": Look(font=Font(bold=True, size=16, color=HEADER_BACKGROUND)),
    "heading": Look(font=Font(bold=True, size=12, color=HEADER_BACKGROUND)),
    "note": Look(font=Font(italic=True, color=MUTED)),
    "label": Look(font=_BOLD),
    "value": Look(),
    "value wrapped": Look(wrap=True),
    "value number": Look(),
    "value count": Look(number_format=COUNT),
    "value percent": Look(number_format=PERCENT),
    "value date": Look(number_format=DATE),
    # inside tables
    "header": Look(font=Font(bold=True, color=HEADER_INK), fill=HEADER_BACKGROUND, border=True, wrap=True),
    "text": Look(border=True),
    "wrapped": Look(border=True, wrap=True),
    "number": Look(border=True),
    "count": Look(border=True, number_format=COUNT),
    "percent": Look(border=True, number_format=PERCENT),
    "date": Look(border=True, number_format=DATE),
    "group": Look(font=_BOLD, border=True, wrap=True),
    "sub-item": Look(border=True, wrap=True, indent=1),
    **{f"status {status}": Look(fill=colour, border=True) for status, colour in STATUS_COLOURS.items()},
    **{f"percent {status}": Look(fill=STATUS_COLOURS[status], border=True, number_format=PERCENT)
       for status in ("full", "partial", "none")},
}
"""The named styles every gapcheck workbook carries, by short name (registered as ``gapcheck <name>``)."""


@dataclass(frozen=True)
class Column:
    """A table column: its header, width in characters, and the style of its cells."""

    header: str
    width: float = 12
    style: str = "text"


def new_workbook(extra_looks: dict[str, Look] | None = None) -> Workbook:
    """An empty write-only workbook carrying gapcheck's named styles (and any extra ones)."""
    workbook = Workbook(write_only=True)
    for name, look in {**LOOKS, **(extra_looks or {})}.items():
        workbook.add_named_style(look.named(name))
    return workbook


def cell(sheet: WriteOnlyWorksheet, value: Any = None, style: str = "value") -> Cell:
    """A write-only cell in one of the named styles; text stays text, blanks (None, NaN) stay empty."""
    target = WriteOnlyCell(sheet)
    if isinstance(value, str):
        set_text(target, value)
    elif isinstance(value, float) and not math.isfinite(value):
        target.value = None
    else:
        target.value = value
    target.style = STYLE_PREFIX + style
    return target


def status_style(status: str | None) -> str:
    """The traffic-light style of a status; plain text for anything else (a group, a blank)."""
    return f"status {status}" if status in STATUS_COLOURS else "text"


def share_style(share: float | None, missing: str = "") -> str:
    """A percentage in green when everything mapped is met, red when nothing is, amber in between.

    A share that does not exist takes the grey of ``missing`` ("unknown" for
    "not assessed", "not_applicable"), so that it never reads as 0 % in red.
    """
    if share is None:
        return status_style(missing) if missing else "percent"
    return "percent " + ("full" if share >= 100 else "none" if share <= 0 else "partial")


def set_widths(sheet: WriteOnlyWorksheet, widths: Sequence[float]) -> None:
    """Column widths in characters, from column A on (before the first row is written)."""
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def print_wide(sheet: WriteOnlyWorksheet) -> None:
    """Print in landscape, as wide as one page, so that a printed table keeps all its columns."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


CHARS_PER_WIDTH = 1.05
"""Characters of ordinary text per unit of column width, on the safe side.

A column ``w`` wide holds about ``1.2 * w`` narrow characters, but whole words
wrap: a line ends early wherever the next word does not fit. Counting fewer
characters per line and wrapping word by word rather than dividing lengths
errs towards a row one line too tall, never towards text cut off unseen.
"""


def text_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes, at most, when wrapped in a column ``width`` characters wide.

    Each explicit line break starts a line of its own, an empty one included.
    """
    per_line = max(1, int(CHARS_PER_WIDTH * width))
    return sum(_wrapped_lines(part, per_line) for part in text.split("\n"))


def _wrapped_lines(line: str, per_line: int) -> int:
    """Lines of one paragraph wrapped word by word.

    Wrapping never takes fewer lines than the length divided by the line, so
    a paragraph that needs more lines than the tallest row holds anyway (an
    explanatory memorandum pasted whole) is not wrapped word by word.
    """
    if len(line) <= per_line:
        return 1
    at_least = math.ceil(len(line) / per_line)
    if at_least * LINE_HEIGHT >= MAX_ROW_HEIGHT:
        return at_least
    return _greedy_lines(line.split(), per_line)


def _greedy_lines(words: Sequence[str], per_line: int) -> int:
    """Lines taken by words laid out one after another, as a spreadsheet wraps them; a word too long for a line
    is broken across lines. Counted, not built: this runs for every wrapping cell of every report."""
    lines, used = 1, 0
    for word in words:
        size = len(word)
        if used and used + 1 + size <= per_line:
            used += 1 + size
            continue
        if used:
            lines += 1
        extra, used = divmod(size, per_line)
        if used == 0 and extra:
            extra, used = extra - 1, per_line
        lines += extra
    return lines


def fit_row(sheet: WriteOnlyWorksheet, row: int, values: Sequence[Any], widths: Sequence[float]) -> None:
    """Make row ``row`` tall enough for the text of its wrapping cells; call it before the row is written.

    Neither Excel nor LibreOffice grows a row for wrapped text it did not lay
    out itself: without a height, a long title or next step is cut to one
    line and overlaps the row below.
    """
    lines = 1
    for value, width in zip(values, widths):
        text = value.value if isinstance(value, Cell) else None
        if not isinstance(text, str) or (len(text) < width and "\n" not in text):
            continue  # most cells hold one short line: no need to ask for their style
        if value.alignment.wrap_text:
            lines = max(lines, text_lines(text, width))
    if lines > 1:
        sheet.row_dimensions[row].height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines)


class Rows:
    """Writes a free-form sheet (a summary, an About page) row by row: each row as tall as its wrapped
    text, and the number of the last row kept, for charts that refer back to a table."""

    def __init__(self, sheet: WriteOnlyWorksheet, widths: Sequence[float]) -> None:
        self.sheet = sheet
        self.widths = widths
        self.count = 0
        set_widths(sheet, widths)

    def add(self, *values: Any) -> int:
        fit_row(self.sheet, self.count + 1, values, self.widths)
        self.sheet.append(list(values))
        self.count += 1
        return self.count

    def field(self, label: str, value: Any, style: str = "value") -> int:
        return self.add(cell(self.sheet, label, "label"), cell(self.sheet, value, style))

    def heading(self, heading: str) -> int:
        return self.add(cell(self.sheet, heading, "heading"))


def header_cells(sheet: WriteOnlyWorksheet, headers: Iterable[str]) -> list[Cell]:
    return [cell(sheet, header, "header") for header in headers]


def table_header(sheet: WriteOnlyWorksheet, columns: Sequence[Column], freeze: str = "A2") -> list[float]:
    """Widths, frozen panes, print settings and the header row of a whole-sheet table; returns the widths."""
    widths = [column.width for column in columns]
    set_widths(sheet, widths)
    sheet.freeze_panes = freeze
    print_wide(sheet)
    sheet.print_title_rows = "1:1"
    header = header_cells(sheet, [column.header for column in columns])
    fit_row(sheet, 1, header, widths)
    sheet.append(header)
    return widths


def write_table(
    sheet: WriteOnlyWorksheet,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]],
    *,
    freeze: str = "A2",
    empty_message: str = "",
) -> int:
    """Write a whole-sheet table: widths, frozen header, header row, the rows, an autofilter.

    A value may be a ready-made cell (for a status colour); anything else is
    styled by its column. Returns the number of data rows written. With no
    rows, ``empty_message`` is written under the header instead.
    """
    widths = table_header(sheet, columns, freeze)
    count = 0
    for row in rows:
        cells = [value if isinstance(value, Cell) else cell(sheet, value, column.style)
                 for column, value in zip(columns, row)]
        fit_row(sheet, count + 2, cells, widths)
        sheet.append(cells)
        count += 1
    if count == 0 and empty_message:
        sheet.append([cell(sheet, empty_message, "note")])
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A1:{last}{max(count, 1) + 1}"
    return count


ISSUE_COLUMNS = (
    Column("Severity", 10), Column("Code", 24), Column("File", 40, "wrapped"), Column("Sheet", 14),
    Column("Row", 6), Column("Column or pointer", 18, "wrapped"), Column("Problem", 70, "wrapped"),
    Column("What to do", 60, "wrapped"),
)


def write_issues(sheet: WriteOnlyWorksheet, issues: Iterable[Issue]) -> int:
    """The Input issues sheet every workbook has: errors first, each located in its own columns for filtering."""
    ordered = sorted(issues, key=lambda issue: not issue.is_error)
    rows = (
        (cell(sheet, i.severity, "status none" if i.is_error else "status partial"), i.code, i.file or "",
         i.sheet or "", i.row, i.column or i.pointer or "", i.message, i.hint)
        for i in ordered
    )
    return write_table(sheet, ISSUE_COLUMNS, rows, empty_message="No problems found.")
