"""The Excel workbooks printed through LibreOffice, measured as a minister would hold them.

Every workbook of the bundled examples (the five gap reports, the comparison of ``examples/``, the progress
report of Deltaria, the template and a pair report) is printed to PDF once for this module; the tests then
count the pages and measure the words on them with ``pdftotext -bbox``: a word's height is its box on the
page, in points, from the top of the tallest letter to the foot of the deepest, about 1.3 times the size the
type is set in. So the type is measured against a yardstick printed in the same run: a calibration workbook
holding a line set in 7-point Arial at full size (and lines at 6.5 and 10 points, to show the yardstick tells
them apart). Runs where ``soffice`` (and poppler's ``pdftotext``) are installed (CI installs
``libreoffice-calc-nogui``) and is skipped elsewhere.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from conftest import DATA, EXAMPLES
from openpyxl import Workbook
from openpyxl.styles import Font

from gapcheck import compare, dual_criminality, progress, project, read_profile, score, write_template
from gapcheck._checklist_files import load_checklist
from gapcheck._profile import STATUSES, Answer, Jurisdiction, Profile
from gapcheck._reports import write_report

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"),
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler (pdftotext) is not installed"),
]

GAP_REPORTS = ("aurelia", "borealis", "calderon", "deltaria", "estmere")
SMALLEST_TYPE = 7.0
"""No printed text is set smaller than this, in points, once a sheet is scaled to its page."""
CALIBRATION = {"seven": 7.0, "smaller": 6.5, "ten": 10.0}
"""The calibration workbook's lines: a word on each, and the size in points it is set in, at full size."""
LETTER_REPORTS = ("aurelia-letter", "borealis-letter")
"""The gap reports also printed on Letter: the first example, and the one with the longest Summary."""
MOST_PAGES = {"gap report": 8, "comparison": 10, "summary": 1}
"""The most pages a bundled example may print on: each gap report, the comparison of the five, each Summary."""
A4 = (595.3, 841.9)
LETTER = (612.0, 792.0)


def _convert(workbooks: list[Path], folder: Path) -> None:
    """Print every workbook to PDF in one LibreOffice run (it takes a few seconds to start)."""
    completed = subprocess.run(
        ["soffice", f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(folder), *map(str, workbooks)],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert completed.returncode == 0, completed.stderr


@dataclass(frozen=True)
class Word:
    text: str
    height: float


@dataclass(frozen=True)
class Page:
    size: tuple[float, float]
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(word.text for word in self.words)


def _calibration(path: Path) -> Path:
    """A workbook with one word a line in Arial at each size of :data:`CALIBRATION`, printed at full size."""
    workbook = Workbook()
    sheet = workbook.active
    for row, (word, size) in enumerate(CALIBRATION.items(), start=1):
        sheet.cell(row, 1, word).font = Font(name="Arial", size=size)
    sheet.page_setup.paperSize = "9"
    sheet.page_setup.scale = 100
    sheet.sheet_properties.pageSetUpPr.fitToPage = False
    workbook.save(path)
    return path


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.DOTALL)
_WORD = re.compile(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>')


def _pages(pdf: Path) -> list[Page]:
    """The pages of a PDF, each with its size and its words in reading order, as poppler finds them."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [Page((round(float(w), 1), round(float(h), 1)),
                 tuple(Word(html.unescape(text), float(y1) - float(y0)) for y0, y1, text in _WORD.findall(body)))
            for w, h, body in _PAGE.findall(out)]


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Page]]:
    """Every workbook of the bundled examples, printed once: name -> its pages."""
    folder = tmp_path_factory.mktemp("printed")
    workbooks = {}
    for name in GAP_REPORTS:
        [source] = [p for p in EXAMPLES.glob(f"{name}.*") if p.suffix in (".xlsx", ".csv", ".json")]
        workbooks[name] = write_report(score(read_profile(source)), folder / f"{name}.xlsx")
    for name in LETTER_REPORTS:
        scored = score(read_profile(EXAMPLES / f"{name.removesuffix('-letter')}.xlsx"))
        workbooks[name] = write_report(scored, folder / f"{name}.xlsx", paper="letter")
    comparison = compare(EXAMPLES)
    workbooks["comparison"] = write_report(comparison, folder / "comparison.xlsx")
    workbooks["comparison-letter"] = write_report(comparison, folder / "comparison-letter.xlsx", paper="letter")
    workbooks["progress"] = write_report(
        progress(EXAMPLES / "history" / "deltaria-2024.xlsx", EXAMPLES / "deltaria.xlsx"), folder / "progress.xlsx")
    workbooks["pair"] = write_report(dual_criminality(EXAMPLES / "aurelia.xlsx", EXAMPLES / "borealis.xlsx"),
                                     folder / "pair.xlsx")
    workbooks["readiness"] = write_report(project(EXAMPLES / "aurelia.xlsx", "budapest-2001").result,
                                          folder / "readiness.xlsx")
    workbooks["template"] = write_template(folder / "template.xlsx")
    workbooks["calibration"] = _calibration(folder / "calibration.xlsx")
    _convert(list(workbooks.values()), folder)
    return {name: _pages(folder / f"{path.stem}.pdf") for name, path in workbooks.items()}


# --- pages ---------------------------------------------------------------------------------------


def _sheet_start(pages: list[Page], first: str, header: set[str]) -> int:
    """The number of the first page that opens with the word ``first`` and holds the others of a sheet's header
    row (poppler reads a page's cells column by column, not row by row)."""
    return next(number for number, page in enumerate(pages, start=1)
                if page.text.split()[:1] == [first] and header <= set(page.text.split()))


@pytest.mark.parametrize("name", [*GAP_REPORTS, *LETTER_REPORTS])
def test_the_summary_of_a_gap_report_prints_on_one_page(printed, name):
    """The top-10 table once broke after two rows onto page 2; the caveat once printed alone on page 2."""
    pages = printed[name]
    assert pages[0].text.startswith("Gap report: ") and "Caveat: " in pages[0].text
    items = _sheet_start(pages, "Item", {"Title", "Status", "Points", "Provisions", "Notes"})
    assert items - 1 == MOST_PAGES["summary"]  # the Items sheet follows on page 2


def test_a_long_summary_lists_fewer_items_rather_than_spill_onto_a_second_page(printed):
    """A projected Budapest report says more above its lists (a range, the optional obligations, four sections):
    it lists fewer items to assess first, and the Assess first sheet prints them all."""
    pages = printed["readiness"]
    assert pages[0].text.startswith("Gap report: ") and "Caveat: " in pages[0].text
    assert "Caveat: " not in pages[1].text
    assert any(page.text.split()[:1] == ["Rank"] and "Could" in page.text for page in pages[1:])


@pytest.mark.parametrize("name", GAP_REPORTS)
def test_a_gap_report_prints_on_at_most_eight_pages(printed, name):
    """Summary, Items, Gaps, Assess first, Crosswalk, Input issues, About: 13 to 16 pages once, then 8 or 9 in
    type scaled down to under 6 points; 8 at most in type no smaller than 7 points."""
    assert len(printed[name]) <= MOST_PAGES["gap report"]


def test_the_comparison_of_the_examples_prints_on_at_most_ten_pages(printed):
    """It took 23 pages, 13 of them the Matrix at four items a page."""
    pages = printed["comparison"]
    assert len(pages) <= MOST_PAGES["comparison"]
    matrix = pages[1].text.split()
    assert {"Item", "Recommendation", "9.a", "10.q"} <= set(matrix)  # every item on one page


def test_the_progress_summary_and_the_pair_report_print_on_few_pages(printed):
    summary = printed["progress"][0]
    assert summary.text.startswith("Progress: ") and "Caveat: " in summary.text
    assert printed["progress"][1].text.split()[:1] == ["Item"]
    assert len(printed["pair"]) == 2


# --- paper, type, footer -------------------------------------------------------------------------


def _yardstick(printed: dict[str, list[Page]]) -> dict[str, float]:
    """The height of the box of each calibration word, printed in the same run as the workbooks."""
    [page] = printed["calibration"]
    return {word.text: word.height for word in page.words}


def test_the_yardstick_tells_seven_points_from_six_and_a_half(printed):
    """A word's box is about 1.3 times its type: 7-point type prints a box about 9.1 points tall, where the
    type of a sheet scaled to 57 % (5.7 points) printed a box 7.4 points tall and passed a bare "7 points"."""
    box = _yardstick(printed)
    assert box["smaller"] < box["seven"] < box["ten"]
    assert box["ten"] / box["seven"] == pytest.approx(CALIBRATION["ten"] / CALIBRATION["seven"], rel=0.01)
    assert box["seven"] / CALIBRATION["seven"] == pytest.approx(1.3, abs=0.05)


@pytest.mark.parametrize("name", [*GAP_REPORTS, *LETTER_REPORTS, "comparison", "comparison-letter", "progress",
                                  "pair", "template"])
def test_no_printed_text_is_smaller_than_seven_points(printed, name):
    """Every word on every page is at least as tall as a word set in 7-point Arial at full size.

    Items once printed at 4 to 5 points, 19 columns forced onto one page width; later most tables printed at
    5.7 to 6 points, scaled to 57 to 66 % to fit the page width, while a fixed 7 points of box let them pass.
    """
    seven = _yardstick(printed)["seven"]
    smallest: dict[int, tuple[float, str]] = {}
    for number, page in enumerate(printed[name], start=1):
        for word in page.words:
            size = round(word.height / seven * SMALLEST_TYPE, 2)
            if word.height < seven * 0.999 and size < smallest.get(number, (99.0, ""))[0]:
                smallest[number] = (size, word.text)
    assert not smallest, f"the smallest type on each page too small, in points: {smallest}"


@pytest.mark.parametrize(("name", "paper"), [("aurelia", A4), ("comparison", A4), ("template", A4),
                                             ("aurelia-letter", LETTER)])
def test_every_page_is_on_the_paper_asked_for_with_page_n_of_m_in_its_footer(printed, name, paper):
    pages = printed[name]
    for number, page in enumerate(pages, start=1):
        assert sorted(page.size) == sorted(paper), number
        if page.words:  # LibreOffice leaves a page blank where the template's answer columns are empty
            assert f"Page {number} of {len(pages)}" in page.text, number
    assert "Assessed " in pages[0].text or name == "template"


@pytest.mark.parametrize("name", [*LETTER_REPORTS, "comparison-letter"])
def test_letter_paper_costs_at_most_a_page(printed, name):
    """Letter is a sixteenth shorter than A4 (and landscape, narrower): a table that fills an A4 page may take
    one more."""
    assert len(printed[name]) <= len(printed[name.removesuffix("-letter")]) + 1


# --- any workbook opens --------------------------------------------------------------------------


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
    _convert([workbook], tmp_path)
    pdf = tmp_path / "aurelia.pdf"
    assert pdf.is_file()
    assert pdf.stat().st_size > 1000
    assert pdf.read_bytes().startswith(b"%PDF")
