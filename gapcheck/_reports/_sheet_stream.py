"""The one path every cell of every workbook takes to the file: checked, and fast.

openpyxl's write-only sheets build an XML element for every cell and
serialise it through a general-purpose writer, which costs more than
everything else a large comparison does. :class:`StreamSheet` writes the
cells gapcheck writes (text, numbers, booleans, and styled cells holding
them) as XML text directly, and hands anything else (a date, a formula, a
comment, a hyperlink) to openpyxl's own writer, so the file is the one
openpyxl would write.

Text is checked on the way: every plain string goes through
:func:`gapcheck._outputs.cell_text` (a character no workbook can hold
becomes U+FFFD, a literal ``_xHHHH_`` is kept literal, too long a text is
cut with a marker) and is written as an inline string, which a spreadsheet
program never reads as a formula, whatever it starts with. A styled cell
carries text already made safe by :func:`gapcheck._outputs.set_text` (as
:func:`gapcheck._reports._xlsx_style.cell` does). Callers pass plain values
and styled cells; nothing else needs to know.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable, Generator, Iterable
from copy import copy
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell._writer import write_cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from gapcheck._outputs import cell_text


@lru_cache(maxsize=65536)
def safe_text(text: str) -> str:
    """``text`` as a cell holds it (names and titles repeat on every row, so the answer is remembered)."""
    return cell_text(text)


@lru_cache(maxsize=16384)
def _column(index: int) -> str:
    return get_column_letter(index)


_CARRIAGE_RETURN = {"\r": "&#13;"}
"""A carriage return written as a character reference: written as itself, every XML reader turns it into a line
feed, and the cell would not read back as written."""


def _text_xml(reference: str, text: str, style: str) -> str:
    """An inline string, spaces kept where the text starts or ends with them (a text of spaces alone too, which
    openpyxl would let a reader drop), and a carriage return kept as one."""
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f'<c r="{reference}"{style} t="inlineStr"><is><t{space}>{escape(text, _CARRIAGE_RETURN)}</t></is></c>'


def _number_xml(reference: str, value: Any, style: str) -> str:
    """A number, formatted as openpyxl formats one (up to 16 significant digits); "" for NaN and infinity."""
    if not math.isfinite(value):
        return f'<c r="{reference}"{style}/>' if style else ""
    return f'<c r="{reference}"{style} t="n"><v>{value:.16g}</v></c>'


def _is_number(value: Any) -> bool:
    """A number a cell holds as a number: Python's and numpy's, never a bool."""
    kind = type(value)
    if kind is float or kind is int:
        return True
    return isinstance(value, numbers.Real) and kind is not bool and not isinstance(value, bool)


class StreamSheet(WriteOnlyWorksheet):
    """A write-only sheet whose rows go to the file as XML text, through one checked path."""

    def __init__(self, parent: Workbook, title: str | None) -> None:
        super().__init__(parent, title)
        self._style_ids: dict[tuple[int, ...], str] = {}

    def _write_rows(self) -> Generator[None, Iterable[Any], None]:
        """Receive rows (sent by ``append``) and write them; openpyxl's own path when its writer cannot take text."""
        try:
            xf = self._writer.xf.send(True)
        except StopIteration:
            self._already_saved()
        raw = self._raw_writer(xf)
        with xf.element("sheetData"):
            number = 1
            try:
                while True:
                    values = yield
                    if raw is None:  # lxml's writer takes elements only: plain text checked first all the same
                        row = self._values_to_row([self._text_cell(value) for value in values], number)
                        self._writer.write_row(xf, row, number)
                    else:
                        self._write_row(xf, raw, values, number)
                    number += 1
            except GeneratorExit:
                pass
        self._writer.xf.send(None)

    @staticmethod
    def _raw_writer(xf: Any) -> Callable[[str], None] | None:
        """The writer's file, to which XML text can go directly; None under lxml, whose writer takes elements."""
        return getattr(xf, "_file", None)

    def _text_cell(self, value: Any) -> Any:
        """A plain string as a text cell holding what a cell may hold, for openpyxl's own writer, which would
        otherwise read ``=...`` as a formula and refuse a control character; anything else as it is."""
        if not isinstance(value, str):
            return value
        target = WriteOnlyCell(self)
        target._value, target.data_type = safe_text(value), "s"
        return target

    def _write_row(self, xf: Any, raw: Callable[[str], None], values: Iterable[Any], number: int) -> None:
        """One row: its cells' XML gathered and written at once."""
        found = {"r": str(number), **dict(self.row_dimensions.get(number, {}))}
        attributes = "".join(f' {key}="{escape(str(value))}"' for key, value in found.items())
        pieces = [f"<row{attributes}>"]
        for position, value in enumerate(values, 1):
            if value is None:
                continue
            text = self._cell_xml(value, f"{_column(position)}{number}")
            if text is not None:
                pieces.append(text)
            else:  # openpyxl writes this cell itself: what is gathered goes first
                raw("".join(pieces))
                pieces = []
                self._through_openpyxl(xf, value, position, number)
        pieces.append("</row>")
        raw("".join(pieces))

    def _cell_xml(self, value: Any, reference: str) -> str | None:
        """The XML of a cell this path writes itself, or None for openpyxl's writer."""
        if isinstance(value, str):
            return _text_xml(reference, safe_text(value), "") if value else ""
        if isinstance(value, bool):
            return f'<c r="{reference}" t="b"><v>{int(value)}</v></c>'
        if _is_number(value):
            return _number_xml(reference, value, "")
        if isinstance(value, Cell) and value.hyperlink is None and value._comment is None:
            held = value._value
            style = self._style_attribute(value) if value.has_style else ""
            if held is None or held == "":
                return f'<c r="{reference}"{style}/>' if style else ""
            if value.data_type == "s" and isinstance(held, str):
                return _text_xml(reference, held, style)  # set_text made it storable
            if value.data_type == "n" and _is_number(held):
                return _number_xml(reference, held, style)
        return None

    def _style_attribute(self, value: Cell) -> str:
        """`` s="N"``: the workbook's index of the cell's style, looked up once per distinct style."""
        key = tuple(value._style)
        found = self._style_ids.get(key)
        if found is None:
            found = self._style_ids[key] = f' s="{value.style_id}"'
        return found

    def _through_openpyxl(self, xf: Any, value: Any, column: int, row: int) -> None:
        """Anything else (a date, a formula, a comment, a hyperlink), written as openpyxl writes it."""
        target = value if isinstance(value, Cell) else self._bare(value)
        target.column, target.row = column, row
        if target.hyperlink is not None:
            target.hyperlink.ref = target.coordinate
        if target._comment is not None:
            from openpyxl.comments.comment_sheet import CommentRecord

            self._comments.append(CommentRecord.from_cell(target))
        write_cell(xf, self, target, target.has_style)

    def _bare(self, value: Any) -> Cell:
        target = WriteOnlyCell(self)
        target.value = value
        return target


class StreamWorkbook(Workbook):
    """A write-only workbook whose sheets are :class:`StreamSheet`s."""

    def __init__(self) -> None:
        super().__init__(write_only=True)
        self._looks: dict[str, Any] = {}
        self.wrapping: dict[tuple[int, ...], tuple[bool, bool, float]] = {}
        """Whether a style wraps, is bold, and its type size, by the style's indices (for row heights)."""

    def style_cell(self, target: Cell, name: str) -> None:
        """Give ``target`` the named style ``name``, as ``target.style = name`` does, looked up once per name:
        openpyxl looks the name up among every named style for every cell, which is most of the cost of a
        sheet of tens of thousands of styled cells."""
        found = self._looks.get(name)
        if found is None:
            target.style = name
            found = self._looks[name] = copy(target._style)
        else:
            target._style = copy(found)

    def create_sheet(self, title: str | None = None, index: int | None = None) -> StreamSheet:
        sheet = StreamSheet(parent=self, title=title)
        self._add_sheet(sheet, index)
        return sheet
