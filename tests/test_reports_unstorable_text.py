"""Text a JSON profile may carry (lone surrogates, control characters, U+FFFE, ``_xHHHH_``) never breaks a report.

JSON allows ``"\\ud800"``; no workbook, JSON or Markdown file can hold it. Every report kind must still be
written, reopen in openpyxl and print whole in LibreOffice, with each such character shown as U+FFFD.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from strategies import json_profiles

import gapcheck
from gapcheck import Answer, Jurisdiction, Profile

CHECKLIST = gapcheck.load_checklist("eg-cybercrime-2018@1.1.0")
_BAD = ("\ud800", "\udfff", "\x00", "\ufffe", "\uffff")


def _documents(first: Profile, second: Profile) -> dict[str, Any]:
    """One document of every kind, from two profiles of two jurisdictions (progress takes a second date)."""
    later = replace(second, jurisdiction=first.jurisdiction, assessed_on=None)
    other = replace(second, jurisdiction=Jurisdiction(second.jurisdiction.name, "XZZ" if first.jurisdiction.code
                                                       != "XZZ" else "XZY", second.jurisdiction.group))
    return {
        "gap": gapcheck.score(first),
        "comparison": gapcheck.compare([first, other]),
        "progress": gapcheck.progress(first, later),
        "dual": gapcheck.dual_criminality(first, other),
    }


def _cells(path: Path) -> list[str]:
    book = load_workbook(path)
    texts = [value for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
             for value in row if isinstance(value, str)]
    texts += [text for text in (book.properties.title, book.properties.subject, book.properties.creator) if text]
    return texts


@given(first=json_profiles(CHECKLIST), second=json_profiles(CHECKLIST), kind=st.sampled_from(
    ["gap", "comparison", "progress", "dual"]))
def test_every_workbook_reopens_and_holds_no_unstorable_character(tmp_path_factory, first, second, kind):
    folder = tmp_path_factory.mktemp("wb")
    path = gapcheck.write_report(_documents(first, second)[kind], folder / f"{kind}.xlsx")
    cells = _cells(path)
    assert cells
    assert not [text for text in cells if any(bad in text for bad in _BAD)]


@given(first=json_profiles(CHECKLIST), second=json_profiles(CHECKLIST), kind=st.sampled_from(
    ["gap", "comparison", "progress", "dual"]))
def test_every_json_and_markdown_report_is_valid_utf8(tmp_path_factory, first, second, kind):
    folder = tmp_path_factory.mktemp("text")
    document = _documents(first, second)[kind]
    data = json.loads(gapcheck.write_report(document, folder / f"{kind}.json").read_bytes().decode("utf-8"))
    markdown = gapcheck.write_report(document, folder / f"{kind}.md").read_bytes().decode("utf-8")
    assert data and markdown
    assert not any(bad in markdown for bad in _BAD)


def _hostile(code: str, marker: str) -> Profile:
    """A profile whose name breaks off at a lone surrogate and goes on to ``marker``, the word that shows the
    name printed whole."""
    answers = {"10.c": Answer("10.c", "partial", ("Penal Code, s. 1\x00",), "Seen \ud800 in the gazette.",
                              "Note _x0041_ \uffff end."),
               "10.d": Answer("10.d", "none", evidence="No offence.")}
    return Profile(Jurisdiction(f"Aur\ud800elia {marker}", code, "Gr\x1boup"), CHECKLIST.ref, answers,
                   assessor="Desk \udfff review", sources=("Gazette \ufffe 2024",))


def test_a_name_with_a_lone_surrogate_reopens_with_the_replacement_character(tmp_path: Path):
    path = gapcheck.write_report(gapcheck.score(_hostile("XKA", "Wholename")), tmp_path / "gap.xlsx")
    assert any("Aur\ufffdelia Wholename" in text for text in _cells(path))


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice (soffice) and pdftotext are not installed")
def test_libreoffice_prints_every_report_kind_whole(tmp_path: Path):
    first, second = _hostile("XKA", "Firstmarker"), _hostile("XKB", "Secondmarker")
    paths = [gapcheck.write_report(document, tmp_path / f"{kind}.xlsx")
             for kind, document in _documents(first, second).items()]
    completed = subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), *map(str, paths)],
        capture_output=True, text=True, timeout=300, check=False)
    assert completed.returncode == 0, completed.stderr
    for path in paths:
        pdf = tmp_path / "pdf" / f"{path.stem}.pdf"
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "Firstmarker" in text, path.name
