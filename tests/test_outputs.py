"""Outputs never carry live formulas, never replace an input, and appear whole or not at all."""

from __future__ import annotations

import errno
import gc
import io
import os
import sys
import weakref
import zipfile
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


# --- at the limits: links that loop, a disk that fills up ---------------------------------------

needs_symlinks = pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32",
                                    reason="needs symbolic links")


@needs_symlinks
@pytest.mark.parametrize("where", ["file", "folder"])
def test_an_output_path_through_a_symlink_loop_is_refused_with_an_issue(tmp_path: Path, where: str):
    (tmp_path / "a").symlink_to("b")
    (tmp_path / "b").symlink_to("a")
    target = tmp_path / "a" if where == "file" else tmp_path / "a" / "report.md"
    with pytest.raises(OutputError) as raised:
        write_text(target, "report")
    (issue,) = raised.value.issues
    assert (issue.code, issue.file) == ("symlink-loop", str(target))
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a", "b"]


@needs_symlinks
def test_an_input_that_is_a_symlink_loop_does_not_stop_the_check_of_an_output(tmp_path: Path):
    (tmp_path / "a").symlink_to("b")
    (tmp_path / "b").symlink_to("a")
    assert write_text(tmp_path / "report.md", "report", inputs=[tmp_path / "a"]).read_text() == "report\n"


class _FillingFile(io.FileIO):
    """A file on a disk with room for ``room`` bytes: a write past that fails as a full disk does."""

    room = 1_000

    def write(self, data) -> int:  # type: ignore[override]
        if self.tell() + len(data) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        return super().write(data)


def test_a_disk_that_fills_up_inside_a_zip_archive_is_one_issue_and_no_noise(tmp_path: Path, capsys):
    """zipfile's clean-up fails again on the full disk; what it prints is swallowed, and nothing is left behind."""
    archives: list[weakref.ref[zipfile.ZipFile]] = []

    def fill(path: Path) -> None:
        archive = zipfile.ZipFile(_FillingFile(path, "w"), "w", zipfile.ZIP_DEFLATED)
        archives.append(weakref.ref(archive))
        archive.writestr("xl/worksheets/sheet1.xml", os.urandom(50_000))

    target = tmp_path / "report.xlsx"
    with pytest.raises(OutputError) as raised:
        atomic_write(target, fill)
    gc.collect()
    (issue,) = raised.value.issues
    assert (issue.code, issue.file) == ("output-not-writable", str(target))
    assert "No space left on device" in issue.message
    assert archives[0]() is None  # the half-written archive went while its noise was swallowed
    assert capsys.readouterr().err == ""
    assert list(tmp_path.iterdir()) == []


def test_an_error_of_another_kind_while_writing_is_not_called_a_full_disk(tmp_path: Path):
    def broken(path: Path) -> None:
        raise ValueError("a bug in a renderer")

    with pytest.raises(ValueError):
        atomic_write(tmp_path / "report.json", broken)
    assert list(tmp_path.iterdir()) == []
