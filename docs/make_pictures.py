"""Print the bundled examples' reports through LibreOffice and keep pictures of their first pages.

    python docs/make_pictures.py

writes ``docs/gap-report-summary.png`` (the Summary of Aurelia's gap report) and
``docs/comparison-overview.png`` (the Overview of the comparison of ``examples/``): each workbook is printed
to PDF by LibreOffice (``soffice``), on A4 as gapcheck lays it out, and its first page is drawn at 100 dpi
by poppler (``pdftoppm``). Run it again whenever the look of a report changes, and look at the pictures.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import gapcheck

DOCS = Path(__file__).resolve().parent
EXAMPLES = DOCS.parent / "examples"
DPI = 100


def _pdf(workbook: Path, folder: Path) -> Path:
    """The workbook printed to PDF by LibreOffice, with a profile of its own so that it runs beside an open one."""
    subprocess.run(["soffice", f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), str(workbook)],
                   check=True, capture_output=True, timeout=300)
    return folder / f"{workbook.stem}.pdf"


def _first_page(pdf: Path, picture: Path) -> None:
    """The PDF's first page as a PNG picture."""
    stem = picture.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
                   check=True, capture_output=True, timeout=120)


def main() -> int:
    missing = [tool for tool in ("soffice", "pdftoppm") if shutil.which(tool) is None]
    if missing:
        print(f"make_pictures needs {' and '.join(missing)} (LibreOffice and poppler)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        report = gapcheck.write_report(gapcheck.score(EXAMPLES / "aurelia.xlsx"), folder / "aurelia-report.xlsx")
        comparison = gapcheck.write_report(gapcheck.compare(EXAMPLES), folder / "comparison.xlsx")
        for workbook, picture in ((report, DOCS / "gap-report-summary.png"),
                                  (comparison, DOCS / "comparison-overview.png")):
            _first_page(_pdf(workbook, folder), picture)
            print(f"wrote {picture.relative_to(DOCS.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
