"""The one cell-writing path: what it writes reads back as openpyxl's own writer would have it, text made safe."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Font
from strategies import json_text

from gapcheck._reports._sheet_stream import StreamWorkbook
from gapcheck._text import storable


def _write(book: Workbook, rows: list[list[Any]], path: Path, styled: bool = False) -> Path:
    sheet = book.create_sheet("Data")
    for row in rows:
        values = []
        for value in row:
            if styled and value is not None:
                target = WriteOnlyCell(sheet, value=value)
                target.font = Font(bold=True)
                values.append(target)
            else:
                values.append(value)
        sheet.append(values)
    book.save(path)
    return path


def _read(path: Path) -> list[list[Any]]:
    """The values as a spreadsheet program shows them (python-calamine reads ``_xHHHH_`` escapes as Excel does;
    openpyxl leaves them escaped), blanks as None."""
    from python_calamine import CalamineWorkbook

    sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Data")
    first_row, first_column = sheet.start or (0, 0)
    rows = [[None] * first_column + list(row) for row in sheet.to_python()]
    return [[]] * first_row + [[None if value == "" else value for value in row] for row in rows]


ROWS = [["Aurelia", "XAU", 94.0, 3, True, None, "  padded  ", "a & b < c"],
        [np.float64(1.5), np.int64(7), float("nan"), "", "line\nbreak", 1e-20, 12345678901234567, False]]


def test_plain_values_read_back_as_openpyxl_writes_them(tmp_path: Path):
    ours = _read(_write(StreamWorkbook(), ROWS, tmp_path / "ours.xlsx"))
    theirs = _read(_write(Workbook(write_only=True), [[None if isinstance(v, float) and math.isnan(v) else v
                                                        for v in row] for row in ROWS], tmp_path / "theirs.xlsx"))
    assert ours == theirs


def test_styled_cells_keep_their_style(tmp_path: Path):
    path = _write(StreamWorkbook(), [["Bold", 2.5]], tmp_path / "styled.xlsx", styled=True)
    sheet = load_workbook(path)["Data"]
    assert [sheet["A1"].value, sheet["B1"].value] == ["Bold", 2.5]
    assert sheet["A1"].font.bold and sheet["B1"].font.bold


def test_what_this_path_does_not_write_itself_goes_through_openpyxl(tmp_path: Path):
    book = StreamWorkbook()
    sheet = book.create_sheet("Data")
    noted = WriteOnlyCell(sheet, value="with a note")
    noted.comment = Comment("A note.", "gapcheck")
    sheet.append([date(2026, 3, 15), noted])
    book.save(tmp_path / "other.xlsx")
    loaded = load_workbook(tmp_path / "other.xlsx")["Data"]
    assert loaded["A1"].value.date() == date(2026, 3, 15)
    assert loaded["B1"].comment.text == "A note."


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path):
    values = _read(_write(StreamWorkbook(), [["=1+1", "+SUM(A1)", "@cmd", "-2"]], tmp_path / "f.xlsx"))
    assert values == [["=1+1", "+SUM(A1)", "@cmd", "-2"]]


def test_an_escape_written_by_a_user_reads_back_as_written(tmp_path: Path):
    assert _read(_write(StreamWorkbook(), [["_x0041_ stays"]], tmp_path / "x.xlsx")) == [["_x0041_ stays"]]


def test_a_carriage_return_reads_back_as_itself_not_as_a_line_feed(tmp_path: Path):
    rows = [["\r", "a\r\nb", " \r "]]
    assert _read(_write(StreamWorkbook(), rows, tmp_path / "cr.xlsx")) == rows


@given(values=st.lists(st.one_of(json_text, st.floats(), st.integers(-10**12, 10**12), st.booleans(), st.none()),
                       min_size=1, max_size=8))
def test_any_value_reads_back_storable_and_whole(tmp_path_factory, values):
    path = _write(StreamWorkbook(), [values], tmp_path_factory.mktemp("any") / "any.xlsx")
    read = (_read(path) or [[]])[0]
    read += [None] * (len(values) - len(read))
    for written, back in zip(values, read):
        if isinstance(written, str):
            assert back == (storable(written) or None)
        elif isinstance(written, float) and not math.isfinite(written):
            assert back is None
        elif isinstance(written, float):
            assert back == float(f"{written:.16g}")
        else:
            assert back == written


def test_under_lxml_openpyxl_writes_the_rows_yet_text_stays_inert_and_storable(tmp_path: Path, monkeypatch):
    """With lxml installed openpyxl's writer takes elements only, and the rows go through it: plain text is
    still checked on the way, so that a formula stays text and a control character is replaced, not refused."""
    from gapcheck._reports._sheet_stream import StreamSheet

    monkeypatch.setattr(StreamSheet, "_raw_writer", staticmethod(lambda xf: None))
    rows = [["=1+1", "a\x0bb", "_x0041_", 2.5, None, True]]
    assert _read(_write(StreamWorkbook(), rows, tmp_path / "lxml.xlsx")) == [
        ["=1+1", "a\ufffdb", "_x0041_", 2.5, None, True]]
