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

Every sheet prints through one helper, :meth:`Page.setup`: the paper (A4 by
default, or Letter), the orientation chosen for the sheet, fit to the page
width, the header rows repeated on every page, the columns a reader needs on
paper, and a footer naming who the report is about, its date and "Page N of
M". A wide table prints its first columns, the ones chosen for paper; the
columns after them stay on screen for filtering and copying. No sheet is
scaled below :data:`MIN_ZOOM`, where its 10-point type prints at 7.1 points:
the printed columns of a sheet are at most as wide as :meth:`Page.room`, and a
wider one prints across pages (:meth:`Page.fit`). Rows are as tall as their
wrapped text, measured letter by letter in Arial (:func:`text_lines`), so the
pages a sheet takes are counted before it is written, and a sheet with nothing
of its own to print (every item to assess already on the Summary, a few input
issues printed under About) is left out of print.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from copy import copy
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.chart.text import RichText, Text
from openpyxl.chart.title import Title
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties, RegularTextRun
from openpyxl.drawing.text import Font as DrawingFont
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.page import PageMargins

from gapcheck._outputs import MARGINS, PAPERS, check_paper, footer_text, set_text
from gapcheck._reports._sheet_stream import StreamWorkbook

if TYPE_CHECKING:
    from gapcheck._errors import Issue

HEADER_BACKGROUND = "1F4E79"
HEADER_INK = "FFFFFF"
RULE = "BFBFBF"
MUTED = "595959"

STATUS_COLOURS = {
    "full": "C6EFCE",  # green: met
    "partial": "FFEB9C",  # amber: partly met
    "planned": "C5D3E3",  # blue-grey: planned (a bill tabled)
    "none": "FFC7CE",  # red: not met
    "not_applicable": "F2F2F2",  # a lighter neutral grey: not applicable
    "unknown": "D9D9D9",  # grey: unknown, not assessed
}
"""Fill colours of the six statuses, one meaning each, in every workbook: green met, amber partly, blue-grey
planned, red not met, grey unknown (or not assessed), a lighter grey not applicable. Red means "not met" and
nothing else: a figure that is not a status never takes these colours."""

FIGURE_COLOUR = "44546A"
"""A figure that is not a status (a score, an old or new value): a neutral slate, never red or green."""

FIGURE_SPAN_COLOUR = "ADB9CA"
"""The lighter shade of :data:`FIGURE_COLOUR`: what a figure could still become (up to its upper bound)."""

FIGURE_SCALE = ("FFFFFF", "ADB9CA")
"""The colour scale of a table of scores or shares: white at 0, light slate at 100.

One hue, darker for more: a score is a figure, not a status, so a low score is
not painted the red of "not met" (a desk review at 40 with most items unknown
is not a law that fails), and a high one is not the green of "met".
"""

PERCENT = "0.0"
"""Every figure on 0-100 (scores, bounds, coverage, shares, gains, points) shows one decimal: "50.0", never "50"."""
DATE = "yyyy-mm-dd"
COUNT = "0"
"""Counts and ranks are whole numbers: "41", never "41.0"."""

TYPEFACE = "Arial"
TYPE_SIZE = 10.0
"""Every workbook is set in 10-point Arial, the type a spreadsheet program shows at its default row height.

Arial is on every computer that runs Excel, and LibreOffice prints it in Liberation Sans, which has the same
widths letter for letter: a page prints the same in either. (Calibri, where it is missing, is replaced by a
far wider type, and every printed table shrank to fit its page.) Its digits are as wide as 11-point
Calibri's, so columns keep their widths on screen.
"""
LINE_HEIGHT = 12.75
"""The height of one line of 10-point type, in points: a spreadsheet program's default row."""
MAX_ROW_HEIGHT = 409.0
"""Excel's tallest row, in points."""
TITLE_HEIGHT = 21.0
HEADING_HEIGHT = 15.75
"""Rows holding a 14-point title or an 11-point heading: a row of the ordinary height would let the large type
run into the row below."""
SPACE_HEIGHT = 6.75
"""An empty row between two parts of a free-form sheet: half a line, a gap the eye sees without losing room."""

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
    horizontal: str | None = None

    def named(self, name: str) -> NamedStyle:
        thin = Side(style="thin", color=RULE)
        style = NamedStyle(name=STYLE_PREFIX + name, number_format=self.number_format,
                           alignment=Alignment(wrap_text=self.wrap, vertical="top", indent=self.indent,
                                               horizontal=self.horizontal))
        style.font = copy(self.font or BASE_FONT)
        if self.fill is not None:
            style.fill = PatternFill("solid", fgColor=self.fill)
        if self.border:
            style.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        return style


def type_font(**kwargs: Any) -> Font:
    """The workbooks' type (:data:`TYPEFACE` at :data:`TYPE_SIZE` points unless ``size`` says otherwise)."""
    return Font(name=TYPEFACE, size=kwargs.pop("size", TYPE_SIZE), family=2, **kwargs)


BASE_FONT = type_font()
_BOLD = type_font(bold=True)
_NOTE = type_font(italic=True, color=MUTED)
LOOKS: dict[str, Look] = {
    # outside tables: the Summary and About sheets
    "title": Look(font=type_font(bold=True, size=14, color=HEADER_BACKGROUND)),
    "heading": Look(font=type_font(bold=True, size=11, color=HEADER_BACKGROUND)),
    "note": Look(font=_NOTE),
    "note wrapped": Look(font=_NOTE, wrap=True),
    "label": Look(font=_BOLD),
    "label wrapped": Look(font=_BOLD, wrap=True),
    "value": Look(),
    "value wrapped": Look(wrap=True),
    "value number": Look(),
    "value count": Look(number_format=COUNT),
    "value percent": Look(number_format=PERCENT),
    "value date": Look(number_format=DATE, horizontal="left"),  # beside text values, not pushed to the right
    # inside tables
    "header": Look(font=type_font(bold=True, color=HEADER_INK), fill=HEADER_BACKGROUND, border=True, wrap=True),
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


# --- printing ------------------------------------------------------------------

FOOTER_SIZE = 10
"""The footer's size in points: the size of the sheet's own text, shrinking with it when a sheet is fitted to the
page (as both Excel and LibreOffice shrink it), so that it is never the smallest text on the page."""
PAGE_POINTS = {"a4": (595.3, 841.9), "letter": (612.0, 792.0)}
"""Each paper's width and height, portrait, in points."""
UNIT_POINTS = 5.56
"""A unit of column width in points: the width of a digit of 10-point Arial, the unit LibreOffice prints a column
width in (a column 10 wide is 55.6 points on paper at full size)."""
SMALLEST_TYPE = 7.0
"""No printed text is smaller than this, in points."""
MIN_ZOOM = round((SMALLEST_TYPE + 0.1) / TYPE_SIZE, 2)
"""The least a sheet is ever scaled down to on paper, 71 %: its 10-point type then prints at 7.1 points, a tenth over
:data:`SMALLEST_TYPE`, so that LibreOffice's rounding to a whole per cent never takes it below. A sheet too wide
for the page at this scale prints across more pages rather than smaller (see :meth:`Page.fit`)."""
SQUEEZE = 0.85
"""A table is scaled down to save a page by at most this much of the page width's zoom: a few lines spilling
onto one more page are pulled back, half a page is not."""
SQUEEZE_FLOOR = 0.74
"""A sheet is scaled down below the page width's zoom to save a page only if it then fits at this or more: the
pages are counted here from the rows' heights, and a spreadsheet program may need a per cent or two more."""
SHEET_LAST_ROW = 1_048_576
"""A spreadsheet's last row: a print area of whole columns ends there, and prints as far as the sheet goes."""


@dataclass(frozen=True)
class Layout:
    """How one sheet prints.

    ``orientation`` suits the sheet's shape (a long table portrait, a wide one
    landscape); ``columns`` is how many columns from A print (all when None);
    ``title_rows`` ("1:1") repeat on every page; ``wide`` and ``tall`` are the
    pages the sheet is fitted to (``tall=0``: as many as it takes at the page
    width; ``snug``: as few as the type allows, see :meth:`Page.fit`);
    ``printed=False`` leaves the sheet out when the workbook is printed (it
    stays on screen as it is); ``fill`` names the column (by index) that takes
    the width the page leaves beside the other printed columns, on either
    paper, then gives back what it can without adding a page (see
    :meth:`Page.filled` and :meth:`Page.balanced`).
    """

    orientation: str = "portrait"
    columns: int | None = None
    title_rows: str | None = None
    title_cols: str | None = None
    wide: int = 1
    tall: int = 0
    snug: bool = False
    printed: bool = True
    fill: int | None = None


@dataclass(frozen=True)
class Page:
    """How every sheet of one workbook prints: the paper, and who and what date its footer names.

    The footer reads, left to right, who the report is about (a jurisdiction, "Comparison of 5
    jurisdictions"), ``when`` (the date of the assessment, not of the printing: a page printed twice
    reads the same) and "Page N of M".
    """

    paper: str = "a4"
    who: str = ""
    when: str = ""

    def __post_init__(self) -> None:
        check_paper(self.paper)

    def setup(self, sheet: Any, layout: Layout = Layout()) -> None:
        """Paper, orientation, fit to width, repeated header rows, printed columns, margins and footer.

        Works on write-only and normal worksheets alike; call it any time before the workbook is saved, and
        :meth:`fit` once the sheet's rows are written.
        """
        sheet.sheet_format.defaultRowHeight = LINE_HEIGHT  # a row of the workbooks' type, on screen and paper
        setup = sheet.page_setup
        setup.paperSize = PAPERS[self.paper]
        setup.orientation = layout.orientation
        setup.fitToWidth = layout.wide
        setup.fitToHeight = layout.tall
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_options.horizontalCentered = True
        sheet.page_margins = PageMargins(**MARGINS)
        if layout.title_rows:
            sheet.print_title_rows = layout.title_rows
        if layout.title_cols:
            sheet.print_title_cols = layout.title_cols
        if not layout.printed:
            # An empty cell: LibreOffice leaves out a sheet with nothing to print, and its pages go uncounted.
            sheet.print_area = f"A{SHEET_LAST_ROW}"
        elif layout.columns:
            sheet.print_area = f"A1:{get_column_letter(layout.columns)}{SHEET_LAST_ROW}"
        footer = sheet.oddFooter
        footer.left.text = footer_text(self.who)
        if self.when:
            footer.center.text = footer_text(self.when)
        footer.right.text = "Page &P of &N"
        for part in (footer.left, footer.center, footer.right):
            part.font, part.size = f"{TYPEFACE},Regular", FOOTER_SIZE

    def area(self, orientation: str) -> tuple[float, float]:
        """The printable width and height of a page, in points, inside the margins."""
        width, height = PAGE_POINTS[self.paper]
        if orientation == "landscape":
            width, height = height, width
        return (width - 72 * (MARGINS["left"] + MARGINS["right"]),
                height - 72 * (MARGINS["top"] + MARGINS["bottom"]))

    def zoom(self, orientation: str, widths: Sequence[float]) -> float:
        """The scale columns of these widths print at, fitted to the page width: a whole per cent, as LibreOffice
        takes it, and never over 100 %."""
        return min(1.0, math.floor(100 * self.area(orientation)[0] / (UNIT_POINTS * sum(widths))) / 100)

    def room(self, orientation: str) -> int:
        """The widest a sheet's printed columns may be, in characters, to print one page wide at :data:`MIN_ZOOM`:
        139 on A4 and 144 on Letter, portrait; 202 on A4 and 189 on Letter, landscape."""
        return math.floor(self.area(orientation)[0] / (UNIT_POINTS * MIN_ZOOM))

    def filled(self, columns: Sequence[Column], layout: Layout) -> list[Column]:
        """The columns, the one ``layout.fill`` names as wide as the page leaves it beside the other printed ones.

        A long table prints most to a page in the smallest readable type, its columns as wide as the page: the
        text column that takes the spare width wraps to fewer lines."""
        if layout.fill is None:
            return list(columns)
        printed = columns[: layout.columns] if layout.columns else columns
        others = sum(column.width for index, column in enumerate(printed) if index != layout.fill)
        return [replace(column, width=self.room(layout.orientation) - others) if index == layout.fill else column
                for index, column in enumerate(columns)]

    def balanced(self, columns: Sequence[Column], layout: Layout, header: Sequence[Cell],
                 rows: Sequence[Sequence[Any]]) -> list[Column]:
        """The columns of a table :meth:`filled` to the page, the column ``layout.fill`` names then narrowed for
        as long as the table still prints on as few pages: its type grows, and its last page fills up.

        A table of three pages whose last holds two rows prints its three pages full, in larger type. Only a
        wrapping column is narrowed (its text takes more lines), and never below two thirds of its width.
        """
        fill = layout.fill
        if fill is None or columns[fill].style not in ("wrapped", "sub-item") or len(rows) > BALANCED_UP_TO:
            return list(columns)
        printed = layout.columns or len(columns)
        page_height = self.area(layout.orientation)[1]

        def pages(widths: list[float]) -> int:
            heights = [row_height(header, widths), *(row_height(row, widths) for row in rows)]
            return _count_pages(heights, (1, 1), page_height / self.zoom(layout.orientation, widths[:printed]))

        widths = [column.width for column in columns]
        least, best = pages(widths), widths[fill]
        for width in range(math.floor(widths[fill]) - 1, math.ceil(2 * widths[fill] / 3) - 1, -1):
            widths[fill] = width
            if pages(widths) > least:
                break
            best = width
        return [replace(column, width=best) if index == fill else column for index, column in enumerate(columns)]

    def fit(self, sheet: Any, layout: Layout, widths: Sequence[float], last_row: int) -> int:
        """Fit the sheet to its pages, never scaling its type below :data:`MIN_ZOOM`; returns the pages it takes.

        Call it after the last row is written. A sheet too wide for one page at that scale prints several
        pages across. Otherwise the rows' heights are known (each row is as tall as its wrapped text), so the
        pages are counted here as a spreadsheet program breaks them, a row never split, and the sheet is fitted
        to that many pages tall: a spreadsheet program scales it to the smaller of the zooms that fit the width
        and the height, and so prints it at the width's zoom. (Fitted to the width alone, LibreOffice scales a
        sheet of several pages down by a further 2 % where that saves its last page, below the least readable
        size.) ``tall=1`` (a summary) holds if the sheet fits one page at :data:`MIN_ZOOM` or more; ``snug``
        pulls a table's last few lines back onto the page before, scaled down by no more than :data:`SQUEEZE`
        and never below :data:`SQUEEZE_FLOOR`. A sheet that does not fit so prints on as many pages as it takes.
        """
        if not layout.printed:
            return 0
        printed = list(widths[: layout.columns] if layout.columns else widths)
        page_width, page_height = self.area(layout.orientation)
        setup = sheet.page_setup
        across = max(layout.wide, _pages_across(printed, _title_columns(layout.title_cols), page_width))
        setup.fitToWidth = across
        if across > 1:
            setup.fitToHeight = 0
            return 0  # counted by the spreadsheet program: how the columns split decides it
        natural = self.zoom(layout.orientation, printed)
        heights = [_row_height(sheet, row) for row in range(1, last_row + 1)]
        titles = _title_rows(layout.title_rows)
        pages = _count_pages(heights, titles, page_height / natural)
        if layout.tall:
            want, floor = layout.tall, MIN_ZOOM  # a summary on one page is worth the last per cents
        elif layout.snug:
            want = _count_pages(heights, titles, page_height / max(SQUEEZE_FLOOR, SQUEEZE * natural))
            floor = SQUEEZE_FLOOR
        else:
            want, floor = pages, natural
        if want >= pages or _count_pages(heights, titles, page_height / floor) > want:
            want = pages  # it fits at the width's zoom, or does not fit fewer pages at a readable size
        setup.fitToHeight = want
        return want


BALANCED_UP_TO = 2_000
"""Rows up to which a table's pages are balanced: past them a table prints on scores of pages, its last page
matters little, and measuring every row for every width would cost more than it saves."""


def _pages_across(widths: Sequence[float], titles: int, page_width: float) -> int:
    """How many pages wide the columns print at :data:`MIN_ZOOM`, the first ``titles`` repeated on each: counted
    at two per cent over it, which LibreOffice may take off such a sheet (see :meth:`Page.fit`)."""
    room = page_width / (UNIT_POINTS * MIN_ZOOM * 1.02)
    if sum(widths) <= page_width / (UNIT_POINTS * MIN_ZOOM):
        return 1
    repeated = sum(widths[:titles])
    pages, used = 1, repeated
    for width in widths[titles:]:
        if used + width > room and used > repeated:
            pages, used = pages + 1, repeated
        used += width
    return pages


def _count_pages(heights: Sequence[float], titles: tuple[int, int] | None, room: float) -> int:
    """How many pages rows of these heights fill, ``room`` points of rows to a page, no row split across two
    and the ``titles`` rows (first, last) repeated at the top of every page after the one they start on."""
    first, last = titles or (0, 0)
    repeated = sum(heights[first - 1: last]) if titles else 0.0
    pages, used = 1, 0.0
    for number, height in enumerate(heights, start=1):
        if used + height > room and used > 0 and number > last:
            pages, used = pages + 1, repeated
        used += height
    return pages


def _row_height(sheet: Any, row: int) -> float:
    dimension = sheet.row_dimensions.get(row)
    return float(dimension.height) if dimension is not None and dimension.height else LINE_HEIGHT


def _title_rows(rows: str | None) -> tuple[int, int] | None:
    """The first and last of the rows a print title like "1:1" or "6:6" repeats."""
    if not rows:
        return None
    first, last = rows.replace("$", "").split(":")
    return int(first), int(last)


def _title_columns(columns: str | None) -> int:
    """How many columns a print title like "A:B" repeats (they are counted from A)."""
    if not columns:
        return 0
    return column_index_from_string(columns.replace("$", "").split(":")[-1])


def assessed_on(days: Iterable[date | str | None]) -> str:
    """The date a footer gives: when the law was assessed ("Assessed 2021-02-01 to 2024-06-30" for several)."""
    known = sorted({day if isinstance(day, date) else date.fromisoformat(day) for day in days if day})
    if not known:
        return "Assessment date not given"
    if len(known) == 1:
        return f"Assessed on {known[0].isoformat()}"
    return f"Assessed {known[0].isoformat()} to {known[-1].isoformat()}"


def figure_scale(sheet: Any, area: str) -> None:
    """Shade the figures in ``area`` on :data:`FIGURE_SCALE`, by conditional format (it follows any edit)."""
    low, high = FIGURE_SCALE
    sheet.conditional_formatting.add(area, ColorScaleRule(start_type="num", start_value=0, start_color=low,
                                                          end_type="num", end_value=100, end_color=high))


def one_decimal(value: Any) -> float | None:
    """A figure on 0-100 as the workbooks write it: rounded to one decimal; blank when there is none."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return round(number, 1) if math.isfinite(number) else None


# --- tables --------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """A table column: its header, width in characters, and the style of its cells."""

    header: str
    width: float = 12
    style: str = "text"


def new_workbook(extra_looks: dict[str, Look] | None = None) -> Workbook:
    """An empty write-only workbook carrying gapcheck's named styles (and any extra ones), whose every cell goes
    to the file through the one checked, fast path of :mod:`gapcheck._reports._sheet_stream`."""
    workbook = StreamWorkbook()
    # The type of every cell without a style of its own (openpyxl offers no public way to set it), and its place:
    # at the top of its row, as every styled cell is, so that a row made tall by one wrapped cell reads across.
    workbook._fonts = IndexedList([copy(BASE_FONT)])
    workbook._alignments = IndexedList([Alignment(vertical="top")])
    workbook._named_styles["Normal"].font = copy(BASE_FONT)
    workbook._named_styles["Normal"].alignment = Alignment(vertical="top")
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
    workbook = sheet.parent
    if isinstance(workbook, StreamWorkbook):
        workbook.style_cell(target, STYLE_PREFIX + style)
    else:
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


TEXT_WIDTHS = (
    569, 569, 727, 1139, 1139, 1821, 1366, 391, 682, 682, 797, 1196, 569, 682, 569, 569,
    1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 569, 569, 1196, 1196, 1196, 1139,
    2079, 1366, 1366, 1479, 1479, 1366, 1251, 1593, 1479, 569, 1024, 1366, 1139, 1706, 1479, 1593,
    1366, 1593, 1479, 1366, 1251, 1479, 1366, 1933, 1366, 1366, 1251, 569, 569, 569, 961, 1139,
    682, 1139, 1139, 1024, 1139, 1139, 569, 1139, 1139, 455, 455, 1024, 455, 1706, 1139, 1139,
    1139, 1139, 682, 1024, 569, 1139, 1024, 1479, 1024, 1024, 1024, 684, 532, 684, 1196,
)
"""How wide Arial draws each printable ASCII character, space to tilde, in 2048ths of its size.

LibreOffice prints Arial in Liberation Sans, whose characters are exactly as wide, so a text's width on the
page is known here to the point, and so is the number of lines it wraps to."""
BOLD_TEXT_WIDTHS = (
    569, 682, 971, 1139, 1139, 1821, 1479, 487, 682, 682, 797, 1196, 569, 682, 569, 569,
    1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 682, 682, 1196, 1196, 1196, 1251,
    1997, 1479, 1479, 1479, 1479, 1366, 1251, 1593, 1479, 569, 1139, 1479, 1251, 1706, 1479, 1593,
    1366, 1593, 1479, 1366, 1251, 1479, 1366, 1933, 1366, 1366, 1251, 682, 569, 682, 1196, 1139,
    682, 1139, 1251, 1139, 1251, 1139, 682, 1251, 1251, 569, 569, 1139, 569, 1821, 1251, 1251,
    1251, 1251, 797, 1139, 682, 1251, 1139, 1593, 1139, 1139, 1024, 797, 573, 797, 1196,
)
"""The same for bold Arial (italic is as wide as upright)."""
_MORE_WIDTHS = {
    "\u2013": 1139, "\u2014": 2048, "\u2018": 569, "\u2019": 569, "\u201c": 1024, "\u201d": 1024, "\u2026": 2048,
    "\u2022": 717, "\u20ac": 1139, "\u2212": 1196, "\xa0": 569, "\xa7": 1139, "\xb0": 819, "\xdf": 1251,
    "\xe6": 1821, "\xf8": 1251, "\xc6": 2048, "\xd8": 1593, "\u0153": 1933, "\u0152": 2048,
}
"""Typographic quotes and dashes, and the Latin letters that are not an ASCII letter with an accent; any other
character is measured as its letter without the accent, or as wide as the type is tall (a Chinese character)."""

CELL_PADDING = 4.0
"""Points of a column's width that its text never uses: the margins LibreOffice leaves on either side."""
WRAP_MARGIN = 1.06
"""Text is measured this much wider than LibreOffice prints it: Excel lays a column out a few per cent narrower
on screen, and a row one line too tall is a blemish where one line too short hides text."""


class _Advances(dict[str, float]):
    """Each character's width in ems, worked out once and kept."""

    def __init__(self, table: Sequence[int]) -> None:
        super().__init__((chr(32 + index), width / 2048) for index, width in enumerate(table))

    def __missing__(self, char: str) -> float:
        base = unicodedata.normalize("NFD", char)[:1]
        width = (_MORE_WIDTHS[char] / 2048 if char in _MORE_WIDTHS
                 else self[base] if base != char and " " <= base <= "~" else 1.0)
        self[char] = width
        return width


_ADVANCES = {False: _Advances(TEXT_WIDTHS), True: _Advances(BOLD_TEXT_WIDTHS)}


def text_width(text: str, bold: bool = False) -> float:
    """How wide ``text`` is set in Arial, in ems (points at 1 point; 10-point text is ten times as wide)."""
    advances = _ADVANCES[bold]
    return sum(advances[char] for char in text)


def line_width(width: float, size: float = TYPE_SIZE) -> float:
    """How many ems of ``size``-point text a line of a column ``width`` characters wide holds, on the safe side."""
    return max(0.1, (UNIT_POINTS * width - CELL_PADDING) / (size * WRAP_MARGIN))


@lru_cache(maxsize=65536)
def text_lines(text: str, width: float, bold: bool = False, size: float = TYPE_SIZE) -> int:
    """How many lines ``text`` takes, at most, when wrapped in a column ``width`` characters wide.

    Each explicit line break starts a line of its own, an empty one included. Words are measured letter by
    letter in Arial and laid out one after another, as a spreadsheet wraps them; a line breaks only between
    words, so a spreadsheet that also breaks after a hyphen never needs more lines than this.
    """
    line = line_width(width, size)
    if len(text) * 1.02 <= line and "\n" not in text:
        return 1  # no character is wider than 1.02 ems: most cells are one short line
    advances = _ADVANCES[bold]
    return sum(_wrapped_lines(part, line, advances) for part in text.split("\n"))


def _wrapped_lines(paragraph: str, line: float, advances: _Advances) -> int:
    """Lines of one paragraph wrapped word by word.

    Wrapping never takes fewer lines than the paragraph's width divided by the line, so a paragraph that
    needs more lines than the tallest row holds anyway (an explanatory memorandum pasted whole) is not
    wrapped word by word.
    """
    words = []
    for word in paragraph.split():
        width = sum(advances[char] for char in word)
        if width <= line:
            words.append(width)
        else:  # too long for a line: a spreadsheet breaks it after a slash or a hyphen where it can
            words.extend(sum(advances[char] for char in part) for part in _BREAKS.findall(word))
    at_least = math.ceil((sum(words) + advances[" "] * max(0, len(words) - 1)) / line)
    if at_least <= 1 or at_least * LINE_HEIGHT >= MAX_ROW_HEIGHT:
        return max(1, at_least)
    return _greedy_lines(words, advances[" "], line)


_BREAKS = re.compile(r"[^/-]*[/-]|[^/-]+")
"""The parts of a word a line may end after, a path's folders or a hyphenated word's halves: measured as words
(a space between two on a line), they never take fewer lines than a spreadsheet breaking the word there."""


def _greedy_lines(words: Sequence[float], space: float, line: float) -> int:
    """Lines taken by words of these widths laid out one after another, a space between two on a line, as a
    spreadsheet wraps them; a word too long for a line is broken across lines. Counted, not built: this runs
    for every wrapping cell of every report."""
    lines, used = 1, 0.0
    for word in words:
        if used and used + space + word <= line:
            used += space + word
            continue
        if used:
            lines += 1
        extra = max(0, math.ceil(word / line) - 1)
        lines += extra
        used = word - extra * line
    return lines


def fit_row(sheet: WriteOnlyWorksheet, row: int, values: Sequence[Any], widths: Sequence[float]) -> None:
    """Make row ``row`` tall enough for the text of its wrapping cells; call it before the row is written.

    Neither Excel nor LibreOffice grows a row for wrapped text it did not lay
    out itself: without a height, a long title or next step is cut to one
    line and overlaps the row below.
    """
    height = row_height(values, widths)
    if height > LINE_HEIGHT:
        sheet.row_dimensions[row].height = height


def row_height(values: Sequence[Any], widths: Sequence[float]) -> float:
    """How tall a row of these cells must be, in points, for the text of its wrapping cells in these widths."""
    lines = 1
    for value, width in zip(values, widths):
        text = value.value if isinstance(value, Cell) else None
        if not isinstance(text, str) or (len(text) < width / 2 and "\n" not in text):
            continue  # most cells hold one short line: no need to ask for their style
        wraps, bold, size = _wrapping(value)
        if wraps:
            lines = max(lines, text_lines(text, width, bold, size))
    return min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines)


def _wrapping(value: Cell) -> tuple[bool, bool, float]:
    """Whether a cell's style wraps, is bold, and its type size; remembered per style in a workbook of ours
    (asking openpyxl for a cell's alignment and font builds new objects each time)."""
    workbook = value.parent.parent
    remembered = workbook.wrapping if isinstance(workbook, StreamWorkbook) else {}
    key = tuple(value._style)
    found = remembered.get(key)
    if found is None:
        font = value.font
        found = remembered[key] = (bool(value.alignment.wrap_text), bool(font.b), float(font.sz or TYPE_SIZE))
    return found


class Rows:
    """Writes a free-form sheet (a summary, an About page) row by row: each row as tall as its wrapped
    text, and the number of the last row kept, for charts that refer back to a table.

    A sentence (:meth:`note`) and a long field value (:meth:`field`) are merged across the columns to the
    right and wrapped there, so that they print whole inside the page rather than running off its edge.
    """

    def __init__(self, sheet: WriteOnlyWorksheet, widths: Sequence[float]) -> None:
        self.sheet = sheet
        self.widths = widths
        self.count = 0
        set_widths(sheet, widths)

    def add(self, *values: Any, span_from: int | None = None) -> int:
        """Append a row; with ``span_from``, the cell at that index is merged across the columns after it."""
        row = self.count + 1
        if span_from is None or span_from >= len(self.widths) - 1:
            fit_row(self.sheet, row, values, self.widths)
        else:
            widths = [*self.widths[:span_from], sum(self.widths[span_from:])]
            fit_row(self.sheet, row, values, widths)
            first, last = get_column_letter(span_from + 1), get_column_letter(len(self.widths))
            self.sheet.merged_cells.add(f"{first}{row}:{last}{row}")
        self.sheet.append(list(values))
        self.count += 1
        return self.count

    def field(self, label: str, value: Any, style: str = "value") -> int:
        """A label and its value; a value longer than its column wraps across the columns to the right, and a
        date spans them too (a date too wide for its column shows as "###")."""
        spans = len(self.widths) > 2 and (isinstance(value, date) or isinstance(value, str)
                                          and text_lines(value, self.widths[1]) > 1)
        if style == "value" and isinstance(value, str) and text_lines(value, self.widths[1]) > 1:
            style = "value wrapped"
        return self.add(cell(self.sheet, label, "label"), cell(self.sheet, value, style),
                        span_from=1 if spans else None)

    def issues(self, issues: Sequence[Issue]) -> None:
        """The input issues, for an About sheet: each located and with what to do, errors first, when there are
        few enough to print here (:func:`issues_elsewhere`); else where to find them."""
        self.heading("Input issues")
        if not issues:
            self.field("Problems found", "None: every input was read as it stands.")
            return
        if not issues_elsewhere(issues):
            self.field("Problems found", f"{len(issues)}: the Input issues sheet lists them.")
            return
        for issue in sorted(issues, key=lambda issue: not issue.is_error):
            where = ", ".join(str(part) for part in (
                issue.file, issue.sheet and f"sheet {issue.sheet}", issue.row and f"row {issue.row}",
                issue.column or issue.pointer) if part)
            text = " ".join(part for part in (issue.message, issue.hint and f"What to do: {issue.hint}",
                                              where and f"({where})") if part)
            label = cell(self.sheet, f"{issue.severity.capitalize()}: {issue.code}", "label wrapped")
            self.add(label, cell(self.sheet, text, "value wrapped"), span_from=1 if len(self.widths) > 2 else None)

    def height(self) -> float:
        """How tall the rows written so far are, in points."""
        return sum(_row_height(self.sheet, row) for row in range(1, self.count + 1))

    def title(self, title: str) -> int:
        title_row(self.sheet, self.count + 1)
        return self.add(cell(self.sheet, title, "title"))

    def leave_room(self, first: int, height_cm: float) -> None:
        """Empty rows until the rows from ``first`` on are as tall as a chart ``height_cm`` tall anchored at the
        top of that row, then a half-line gap: the next part of the sheet starts under the chart."""
        needed = height_cm / 2.54 * 72
        while sum(_row_height(self.sheet, row) for row in range(first, self.count + 1)) < needed:
            self.add()
        self.space()

    def space(self) -> int:
        """An empty row, half as tall as a line: it sets one part of a page off from the next."""
        self.sheet.row_dimensions[self.count + 1].height = SPACE_HEIGHT
        return self.add()

    def heading(self, heading: str) -> int:
        self.sheet.row_dimensions[self.count + 1].height = HEADING_HEIGHT
        return self.add(cell(self.sheet, heading, "heading"))

    def note(self, text: str, style: str = "note") -> int:
        """A sentence across the whole width, wrapped: a caveat, a headline, a note under a table."""
        return self.add(cell(self.sheet, text, f"{style} wrapped"), span_from=0)


def chart_title(text: str) -> Title:
    """A chart's title in the workbooks' type, bold: a spreadsheet program's own is larger and takes two lines."""
    props = CharacterProperties(sz=round(100 * TYPE_SIZE), b=True, latin=DrawingFont(typeface=TYPEFACE))
    paragraph = Paragraph(pPr=ParagraphProperties(defRPr=props), r=[RegularTextRun(rPr=props, t=text)])
    return Title(tx=Text(rich=RichText(p=[paragraph])), overlay=False)


def chart_type(chart: Any) -> None:
    """Set a chart's axes and legend in the workbooks' type, as its title is (:func:`chart_title`): left to
    itself, LibreOffice draws them in a type of its own."""
    props = CharacterProperties(sz=round(100 * TYPE_SIZE), latin=DrawingFont(typeface=TYPEFACE))
    for part in (chart.x_axis, chart.y_axis, chart.legend):
        if part is not None:
            part.txPr = RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=props), endParaRPr=props)])


def chart_rows(height_cm: float) -> int:
    """The rows of ordinary height a chart ``height_cm`` tall covers, and one more: left free under it."""
    return math.ceil(height_cm / 2.54 * 72 / LINE_HEIGHT) + 1


def title_row(sheet: WriteOnlyWorksheet, row: int) -> None:
    """Make a row tall enough for a title (before the row is written)."""
    sheet.row_dimensions[row].height = TITLE_HEIGHT


def header_cells(sheet: WriteOnlyWorksheet, headers: Iterable[str]) -> list[Cell]:
    return [cell(sheet, header, "header") for header in headers]


def table_header(sheet: WriteOnlyWorksheet, columns: Sequence[Column], freeze: str = "A2") -> list[float]:
    """Widths, frozen panes and the header row of a whole-sheet table; returns the widths."""
    widths = [column.width for column in columns]
    set_widths(sheet, widths)
    sheet.freeze_panes = freeze
    header = header_cells(sheet, [column.header for column in columns])
    fit_row(sheet, 1, header, widths)
    sheet.append(header)
    return widths


def write_table(
    sheet: WriteOnlyWorksheet,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]],
    *,
    page: Page,
    layout: Layout = Layout(),
    freeze: str = "A2",
    empty_message: str = "",
) -> int:
    """Write a whole-sheet table: widths, frozen header, header row, the rows, an autofilter, print settings.

    A value may be a ready-made cell (for a status colour); anything else is
    styled by its column. Returns the number of data rows written. With no
    rows, ``empty_message`` is written under the header instead. The header
    row repeats on every printed page. A table whose layout names a column
    to ``fill`` is measured before it is written, and that column made as
    wide as the page, then as narrow as its pages allow (:meth:`Page.balanced`).
    """
    layout = replace(layout, title_rows=layout.title_rows or "1:1")
    page.setup(sheet, layout)
    columns = page.filled(columns, layout)
    table: Iterable[list[Any]] = ([value if isinstance(value, Cell) else cell(sheet, value, column.style)
                                   for column, value in zip(columns, row)] for row in rows)
    if layout.fill is not None and layout.printed:  # measured before written, to balance its pages
        table = list(table)
        columns = page.balanced(columns, layout, header_cells(sheet, [column.header for column in columns]), table)
    widths = table_header(sheet, columns, freeze)
    count = 0
    for cells in table:
        fit_row(sheet, count + 2, cells, widths)
        sheet.append(cells)
        count += 1
    if count == 0 and empty_message:
        sheet.append([cell(sheet, empty_message, "note")])
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A1:{last}{max(count, 1) + 1}"
    page.fit(sheet, layout, widths, count + 1 + (count == 0 and bool(empty_message)))
    return count


ISSUE_COLUMNS = (
    Column("Severity", 8), Column("Code", 18, "wrapped"), Column("File", 28, "wrapped"), Column("Sheet", 12, "wrapped"),
    Column("Row", 5), Column("Column or pointer", 14, "wrapped"), Column("Problem", 55, "wrapped"),
    Column("What to do", 49, "wrapped"),
)
ISSUES_ELSEWHERE = 5
"""Up to this many input issues print under the About sheet, and the Input issues sheet is not printed: one or two
warnings are not worth a page of their own. More print on the Input issues sheet itself."""


def issues_elsewhere(issues: Sequence[Issue]) -> bool:
    """Whether the input issues print under About rather than on a page of their own (none found included)."""
    return len(issues) <= ISSUES_ELSEWHERE


def write_issues(sheet: WriteOnlyWorksheet, issues: Sequence[Issue], page: Page) -> int:
    """The Input issues sheet every workbook has: errors first, each located in its own columns for filtering.

    Printed landscape, every column, the problem taking the page's spare width: the problem and what to do are
    what the page is for. A few issues (or none) are printed under About instead (see :meth:`Rows.issues`), and
    this sheet stays on screen only.
    """
    ordered = sorted(issues, key=lambda issue: not issue.is_error)
    rows = (
        (cell(sheet, i.severity, "status none" if i.is_error else "status partial"), i.code, i.file or "",
         i.sheet or "", i.row, i.column or i.pointer or "", i.message, i.hint)
        for i in ordered
    )
    layout = Layout("landscape", snug=True, fill=6, printed=not issues_elsewhere(issues))
    return write_table(sheet, ISSUE_COLUMNS, rows, page=page, layout=layout, empty_message="No problems found.")
