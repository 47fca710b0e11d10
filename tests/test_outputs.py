"""Outputs never carry live formulas, never replace an input, and appear whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from gapcheck import OutputError
from gapcheck._outputs import TRUNCATION_MARK, atomic_write, fit_cell, is_formula_like, set_text, write_text


@pytest.mark.parametrize("text", ["=1+1", "+44 20", "-1", "@SUM(A1)", "  =cmd|' /C calc'!A0"])
def test_formula_prefixes_are_recognised(text: str):
    assert is_formula_like(text)


def test_formula_looking_text_is_stored_as_a_string_cell(tmp_path: Path):
    book = Workbook()
    set_text(book.active["A1"], "=HYPERLINK(\"http://x\",\"y\")")
    book.save(tmp_path / "out.xlsx")
    cell = load_workbook(tmp_path / "out.xlsx").active["A1"]
    assert cell.data_type == "s"
    assert cell.value.startswith("=HYPERLINK")


def test_long_text_is_cut_with_a_visible_marker():
    cut = fit_cell("x" * 40_000)
    assert len(cut) == 32_767
    assert cut.endswith(TRUNCATION_MARK)


def test_short_text_is_left_alone():
    assert fit_cell("Penal Code, art. 245") == "Penal Code, art. 245"


def test_output_equal_to_an_input_is_refused(tmp_path: Path):
    source = tmp_path / "profile.csv"
    source.write_text("item,status\n")
    with pytest.raises(OutputError) as caught:
        write_text(source, "report", inputs=[source])
    assert caught.value.issues[0].code == "output-is-input"
    assert source.read_text() == "item,status\n"


def test_output_into_a_missing_folder_is_refused(tmp_path: Path):
    with pytest.raises(OutputError):
        write_text(tmp_path / "missing" / "report.md", "x")


def test_a_failed_write_leaves_neither_output_nor_temporary_file(tmp_path: Path):
    def explode(path: Path) -> None:
        path.write_text("half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        atomic_write(tmp_path / "report.xlsx", explode)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_keeps_the_previous_report(tmp_path: Path):
    target = tmp_path / "report.md"
    target.write_text("previous")

    def explode(path: Path) -> None:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        atomic_write(target, explode)
    assert target.read_text() == "previous"


def test_control_characters_a_workbook_cannot_hold_become_replacement_characters(tmp_path: Path):
    book = Workbook()
    set_text(book.active["A1"], "Act 1,\x0b s. 2\x00")
    book.save(tmp_path / "out.xlsx")
    assert load_workbook(tmp_path / "out.xlsx").active["A1"].value == "Act 1,\ufffd s. 2\ufffd"


def test_non_characters_and_lone_surrogates_are_replaced_so_the_workbook_still_opens(tmp_path: Path):
    book = Workbook()
    set_text(book.active["A1"], "Act\ufffe 1,\uffff s. 2\ud800")
    book.save(tmp_path / "out.xlsx")
    assert load_workbook(tmp_path / "out.xlsx").active["A1"].value == "Act\ufffd 1,\ufffd s. 2\ufffd"


def test_a_file_the_system_will_not_write_is_named_as_asked_not_as_the_temporary(tmp_path: Path):
    target = tmp_path / "report.json"

    def refused(path: Path) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    with pytest.raises(OutputError) as raised:
        atomic_write(target, refused)
    (issue,) = raised.value.issues
    assert (issue.code, issue.file) == ("output-not-writable", str(target))
    assert "Permission denied" in issue.message
    assert list(tmp_path.iterdir()) == []


def test_a_report_inside_a_file_says_that_the_folder_is_a_file(tmp_path: Path):
    (tmp_path / "profile.xlsx").write_bytes(b"PK")
    with pytest.raises(OutputError) as raised:
        atomic_write(tmp_path / "profile.xlsx" / "report.json", lambda path: None)
    (issue,) = raised.value.issues
    assert issue.code == "output-folder-missing" and "is a file, not a folder" in issue.message
