"""What the spreadsheet engine would make of a workbook's XML, worked out before it reads any of it.

python-calamine (quick-xml underneath) trusts the file: it places each cell
at its ``r`` reference (``<c r="B7">``) or, where a cell has none, one
column after the cell before it, in the row its ``<row>`` element set; then
it allocates the whole rectangle the cells span. Cells at A1 and
XFD1048576 make it ask for seventeen billion cells and abort the process,
which no ``except`` can catch. So the rectangle is measured here first, the
way the engine would lay it out, and so are the other things a hostile part
may hold (a DTD, which declares entities).

Measuring must cost little, because every profile is measured: C-speed
regular expressions over the raw bytes answer the common case, where every
cell carries a reference inside a small rectangle; only a sheet with cells
far out or without references is measured in full. The expressions look at
bytes wherever they are (text, comments, attribute values), so they may see
more references than the engine does, never fewer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html import unescape
from typing import Any

DTD = re.compile(rb"<!(?i:doctype|entity)")
"""A document type declaration (which may declare entities): spreadsheet programs never write one."""

SHEET_DATA = b"sheetData"
"""The engine reads cells only after a ``sheetData`` element: a part without these bytes has none."""

UTF16_STARTS = (b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")
"""How a part in UTF-16 begins: the engine reads bytes, so it would see none of the XML checked here."""

_COMMON_CELL_TAIL = rb"""\s++r="[A-Za-z]{1,2}+[0-9]{1,3}+"(?:\s++[^\sr=>/][^\s=>]*+="[^"]*+")*+\s*+/?>"""
_UNCOMMON_CELL = re.compile(rb"<c(?=[\s/>])(?!" + _COMMON_CELL_TAIL + rb")")
"""A ``<c>`` start tag other than the common form ``<c r="B7" s="1" t="s">``: its reference first, in
A1:ZZ999, the other attributes double-quoted and none named r. When every cell is in that form, and
none has a namespace prefix, every cell lies within A1:ZZ999, which is within the limits."""

_PREFIXED_CELL = re.compile(rb":c[\s/>]")

_KEY = rb"[^\s=>]++"
_VALUE = rb"""(?:"[^"]*+"|'[^']*+')"""
_NOT_REFERENCE = rb"\s*+(?!r\s*=)" + _KEY + rb"\s*+=\s*+" + _VALUE
_CELL_WITHOUT_REFERENCE = re.compile(rb"<(?:[^\s/<>:]*+:)*+c(?=\s|/?>)(?:" + _NOT_REFERENCE + rb")*+\s*+/?>")
"""A ``<c>`` start tag, with or without a namespace prefix, without an ``r`` attribute. As the engine's
parser allows, attribute names may hold any byte but space, ``=`` and ``>`` (``<`` and ``/`` too), and
need no space between them. The element's name ends at a space, ``>`` or ``/>``, as for the parser;
that also keeps the search linear, since no attribute name can then run past another cell's start."""

_REFERENCE = re.compile(rb"""r\s*=\s*["']([^"'=<>]*)["']""")
"""An ``r`` attribute anywhere (or a name ending in r): its value cannot hold a quote or ``=``, so no
match can swallow the start of a real one."""
_POSITION = re.compile(r"([A-Za-z]*)([0-9]+)")


@dataclass
class Extent:
    """The rectangle of cells a sheet spans, rows and columns numbered from 1 (0 while it holds none)."""

    first_row: int = 0
    last_row: int = 0
    first_column: int = 0
    last_column: int = 0

    def add(self, row: int, column: int) -> None:
        if not self.last_row:
            self.first_row = self.last_row = row
            self.first_column = self.last_column = column
            return
        self.first_row, self.last_row = min(self.first_row, row), max(self.last_row, row)
        self.first_column, self.last_column = min(self.first_column, column), max(self.last_column, column)

    @property
    def height(self) -> int:
        return self.last_row - self.first_row + 1 if self.last_row else 0

    @property
    def cells(self) -> int:
        return self.height * (self.last_column - self.first_column + 1) if self.last_row else 0


class Unreadable(Exception):
    """A worksheet the engine might lay out otherwise than measured here; the message says why."""


def sheet_extent(part: bytes, too_large: Callable[[Extent], bool]) -> Extent:
    """The cells a worksheet part spans, measured as the engine would lay them out.

    ``too_large(extent)`` stops the measuring as soon as the rectangle is
    known to be over a limit, since it can only grow. Raises
    :class:`Unreadable` for a part measured in full that is not well-formed
    XML, or nests cells and rows as no spreadsheet program does. Where every
    cell is in the common form (its reference first), the references alone
    are measured, at C speed; the rectangles of all sheets together are what
    reading the workbook costs.
    """
    if not _UNCOMMON_CELL.search(part) and not _PREFIXED_CELL.search(part):
        return _referenced_extent(part, too_large, _COMMON_REFERENCE)  # each cell in A1:ZZ999, its reference first
    if _CELL_WITHOUT_REFERENCE.search(part):
        return _CellPlacement(part).extent()
    return _referenced_extent(part, too_large, _EVERY_REFERENCE)


def _referenced_extent(part: bytes, too_large: Callable[[Extent], bool], references: re.Pattern[bytes]) -> Extent:
    """Every cell has a reference: the rectangle of all references (any ``r="..."``, wherever it is).

    A sheet may hold millions of cells, so the part is read a megabyte at a
    time, cut where a tag starts (a reference never holds ``<``): where every
    reference of a piece is plain letters and digits, as spreadsheet programs
    write them, the piece is measured from its distinct columns and rows at C
    speed; a piece with any other reference is read one reference at a time.
    """
    extent = Extent()
    start = 0
    while start < len(part):
        cut = part.find(b"<", start + _PIECE)
        end = len(part) if cut < 0 else cut
        found = references.findall(part, start, end)
        groups = [set(group) - {b""} for group in zip(*found)] if found else [set(), set()]
        letters, digits, others = groups[0], groups[1], groups[3] if len(groups) > 3 else set()
        rows = {int(number) for number in digits}
        if references is _COMMON_REFERENCE:
            rows.discard(0)  # a cell in row 0 places nothing (the engine refuses its sheet)
        # row 0 is no row (the engine refuses such a cell, as _position does); any other value is no cell
        # (header="0.3" of page margins) unless it spells one in a way of its own: those are read one by one
        if 0 not in rows and not any(b"&" in value or _PLACE.fullmatch(value) for value in others):
            _add_plain(extent, letters, rows)
        else:
            for match in _REFERENCE.finditer(part, start, end):
                position = _position(match.group(1).decode("latin-1"))
                if position is not None and position[1]:
                    extent.add(*position)
        if too_large(extent):
            break
        start = end
    return extent


def _add_plain(extent: Extent, letters: set[bytes], rows: set[int]) -> None:
    """Add the references of a piece, each letters then digits, by their distinct columns and rows."""
    if not rows:
        return
    columns = [_column_number(name) for name in {name.upper() for name in letters}]
    extent.add(min(rows), min(columns))
    extent.add(max(rows), max(columns))


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


_PIECE = 1 << 20
_COMMON_REFERENCE = re.compile(rb'<c\s++r="([A-Za-z]{1,2}+)([0-9]{1,3}+)"')
"""The reference of a cell in the common form (see :data:`_UNCOMMON_CELL`): where every cell is in that form,
these are all the places the engine puts cells, found twice as fast as any ``r="..."``."""
_PLACE = re.compile(rb"[A-Za-z]*[0-9]+")
"""A value :func:`_position` may read as a place (with leading zeros, or beyond any sheet)."""
_EVERY_REFERENCE = re.compile(
    rb"""r\s*=\s*["'](?:([A-Za-z]{1,6})([0-9]{1,9})|([0-9]*)|([^"'=<>]*))["']""")
"""What :data:`_REFERENCE` matches, sorted: a cell's reference as spreadsheet programs write it (letters, then
digits: the first two groups); digits alone (a row's number, which places no cell); anything else (the last
group, never empty), which is read one by one as the engine would."""


def _position(reference: str) -> tuple[int, int] | None:
    """``(row, column)`` of a reference as the engine reads it (``"B7"`` -> (7, 2), ``"7"`` -> (7, 0)).

    The engine reads the raw attribute; character references are resolved
    here all the same, so that a later engine that resolves them is covered.
    A reference beyond any sheet (more than nine digits or six letters,
    where the engine's arithmetic would overflow) is placed at :data:`FAR`.
    """
    match = _POSITION.fullmatch(unescape(reference) if "&" in reference else reference)
    if match is None:
        return None
    letters, digits = match.group(1), match.group(2).lstrip("0")
    if not digits:
        return None
    if len(digits) > 9 or len(letters) > 6:
        return FAR, FAR if letters else 0
    column = 0
    for letter in letters.upper():
        column = column * 26 + ord(letter) - 64
    return int(digits), column


FAR = 10**9
"""Where a reference beyond any sheet is placed: far enough for the rectangle to exceed every limit."""


class _CellPlacement:
    """Where the engine may place each cell of a worksheet, followed element by element with expat.

    As the engine does: cells count from the first ``sheetData`` start tag
    to the first ``sheetData`` end tag; ``<row r="N">`` sets the current
    row and ``</row>`` moves to the next one, back to the first column; a
    cell without a reference goes to the current row and column, one with a
    reference where it says; either moves the current column one past it;
    nothing inside a cell counts. Self-closing ``<c/>`` and ``<row/>`` are
    read by the engine as opening and closing at once; an engine could also
    skip them, so both readings are followed, and the current row and column
    are kept as ranges that hold either. A cell inside a cell, or a row
    inside a row, is refused: the engine would not read it as the document
    tree says.
    """

    _CHUNK = 1 << 20

    def __init__(self, part: bytes) -> None:
        self._part = part
        self._extent = Extent()
        self._rows = self._columns = (1, 1)
        self._state = "before"
        self._depth = self._entry = 0
        self._before_row: tuple[tuple[int, int], tuple[int, int]] | None = None
        self._in_cell = False
        self._cell_reference: str | None = None
        self._parser: Any = None

    def extent(self) -> Extent:
        from xml.parsers import expat

        self._parser = parser = expat.ParserCreate()
        parser.StartDoctypeDeclHandler = parser.EntityDeclHandler = self._refuse_dtd
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        try:
            for offset in range(0, len(self._part), self._CHUNK):
                parser.Parse(self._part[offset:offset + self._CHUNK], False)
            parser.Parse(b"", True)
        except expat.ExpatError as exc:
            raise Unreadable(f"it is not well-formed XML ({expat.ErrorString(exc.code)})") from None
        return self._extent

    def _refuse_dtd(self, *_: Any) -> None:
        raise Unreadable("it declares a DTD")

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        self._depth += 1
        local = name.partition(":")[2] or name
        if self._state == "before" and local == "sheetData":
            self._state, self._entry = "inside", self._depth
        elif self._state != "inside":
            return
        elif self._in_cell:
            if local in ("c", "row"):
                raise Unreadable("it places a cell or a row inside a cell")
        elif local == "c":
            self._in_cell, self._cell_reference = True, attributes.get("r")
        elif local == "row":
            if self._before_row is not None:
                raise Unreadable("it places a row inside a row")
            self._before_row = (self._rows, self._columns)
            position = _position(attributes["r"]) if "r" in attributes else None
            if position is not None:
                self._rows = (position[0], position[0])

    def _end(self, name: str) -> None:
        depth, self._depth = self._depth, self._depth - 1
        local = name.partition(":")[2] or name
        if self._state != "inside":
            return
        if self._in_cell:
            if local == "c":
                self._in_cell = False
                self._place(self._cell_reference, self._closing(local))
        elif local == "row" and self._before_row is not None:
            (low, high), self._columns = self._rows, (1, 1)
            self._rows = (low + 1, high + 1)
            if not self._closing(local):  # self-closing: perhaps not read at all
                (old_low, old_high), (_, old_right) = self._before_row
                self._rows = (min(old_low, low + 1), max(old_high, high + 1))
                self._columns = (1, max(old_right, 1))
            self._before_row = None
        elif local == "sheetData":
            if self._closing(local):
                self._state = "after"
            elif depth == self._entry:
                self._state = "before"  # a self-closing <sheetData/>: the engine may look on for another

    def _closing(self, local: str) -> bool:
        """True when the element ends with an end tag; a self-closing one "ends" where the next tag starts."""
        return _END_TAGS[local].match(self._part, self._parser.CurrentByteIndex) is not None

    def _place(self, reference: str | None, has_end_tag: bool) -> None:
        """A cell, placed; the current column moves past it (or, for a self-closing one, perhaps not)."""
        left, right = self._columns
        if reference is None:
            (top, bottom) = self._rows
            self._extent.add(top, left)
            self._extent.add(bottom, right)
            self._columns = (left + 1, right + 1) if has_end_tag else (left, right + 1)
            return
        position = _position(reference)
        if position is None or not position[1]:
            return  # the engine refuses the sheet
        self._extent.add(*position)
        column = position[1] + 1
        self._columns = (column, column) if has_end_tag else (min(left, column), max(right, column))


_END_TAGS = {local: re.compile(rb"</(?:[^\s/<>:]*+:)*+" + local.encode() + rb"[\s>]")
             for local in ("c", "row", "sheetData")}
