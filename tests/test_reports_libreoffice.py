"""The Excel gap report opens in LibreOffice: converting it to PDF must succeed.

Runs where ``soffice`` is installed (CI installs ``libreoffice-calc-nogui``)
and is skipped elsewhere.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from conftest import DATA

from gapcheck import score
from gapcheck._checklist_files import load_checklist
from gapcheck._profile import STATUSES, Answer, Jurisdiction, Profile
from gapcheck._reports import write_report

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"),
]


def _convert(workbook: Path, tmp_path: Path) -> Path:
    out = tmp_path / "pdf"
    completed = subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(out), str(workbook)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return out / (workbook.stem + ".pdf")


@pytest.mark.parametrize("checklist_ref", ["eg-cybercrime-2018", str(DATA / "reports-checklist.yaml")])
def test_the_workbook_converts_to_pdf(checklist_ref: str, tmp_path: Path):
    checklist = load_checklist(checklist_ref)
    answers = {
        item.id: Answer(item.id, STATUSES[n % len(STATUSES)], (f"Penal Code, art. {n}", "=1+1"),
                        "Evidence from the gazette.\nSecond line.", "A reason.")
        for n, item in enumerate(checklist.answerable_items)
    }
    profile = Profile(Jurisdiction("Aurelia", "XKA", "Europe"), checklist.ref, answers, date(2024, 5, 1))
    workbook = write_report(score(profile, checklist, model="flat"), tmp_path / "aurelia.xlsx")
    pdf = _convert(workbook, tmp_path)
    assert pdf.is_file()
    assert pdf.stat().st_size > 1000
    assert pdf.read_bytes().startswith(b"%PDF")
