"""Untrusted files: each hostile or broken file gives one clear issue, quickly, in bounded memory, untouched."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gapcheck._readers import _csv, load_profiles
from gapcheck._readers._raw import Where
from gapcheck._readers._sheetxml import Unreadable, sheet_extent
from gapcheck._readers._untrusted import MAX_FILE_BYTES, checked_workbook
from tests.conftest import DATA, REPO
from tests.data.profiles.make_hostile import (
    CONTENT_TYPES,
    FAR_ROW,
    ROOT_RELS,
    SHEET_CLOSE,
    SHEET_OPEN,
    STYLES_WITH_DOCTYPE,
    WORKBOOK,
    WORKBOOK_RELS,
    assessment,
    workbook,
)

HOSTILE = DATA / "profiles" / "hostile"
SAMPLES = DATA / "profiles" / "samples"
MINI = DATA / "profiles" / "mini-checklist.yaml"

CASES = [
    ("legacy.xls", "legacy-xls", None),
    ("legacy-renamed.xlsx", "legacy-xls", None),
    ("encrypted.xlsx", "encrypted-workbook", None),
    ("csv-renamed.xlsx", "not-xlsx", None),
    ("ods-renamed.xlsx", "not-xlsx", None),
    ("truncated.xlsx", "truncated-file", None),
    ("corrupt.xlsx", "corrupt-file", None),
    ("empty.xlsx", "empty-file", None),
    ("empty.csv", "empty-file", None),
    ("bomb-declared.xlsx", "decompression-bomb", None),
    ("bomb-ratio.xlsx", "decompression-bomb", None),
    ("entities.xlsx", "xml-entities", None),
    ("sparse.xlsx", "sheet-too-large", "Assessment"),
    ("tall.xlsx", "too-many-rows", "Assessment"),
    ("undecodable.csv", "undecodable-text", None),
    ("binary.csv", "undecodable-text", None),
    ("deep.json", "too-deeply-nested", None),
    # Each of these once reached the spreadsheet engine unmeasured, which then aborted the whole process.
    ("garbage-before-xml.xlsx", "too-many-rows", "Assessment"),
    ("row-reference-with-letters.xlsx", "too-many-rows", "Assessment"),
    # Other ways to write a cell far out, each refused where it is.
    ("far-row-cells-without-references.xlsx", "too-many-rows", "Assessment"),
    ("two-references.xlsx", "too-many-rows", "Assessment"),
    ("single-quoted-reference.xlsx", "too-many-rows", "Assessment"),
    ("spaced-reference.xlsx", "too-many-rows", "Assessment"),
    ("unspaced-reference.xlsx", "too-many-rows", "Assessment"),
    ("escaped-reference.xlsx", "too-many-rows", "Assessment"),
    ("prefixed-cells.xlsx", "too-many-rows", "Assessment"),
    ("cell-after-far-cell.xlsx", "too-many-rows", "Assessment"),
    ("uppercase-part-name.xlsx", "too-many-rows", "Assessment"),
    # Parts the engine would read otherwise than they were checked.
    ("nested-cells.xlsx", "corrupt-file", None),
    ("lying-size.xlsx", "corrupt-file", None),
    ("utf16.xlsx", "corrupt-file", None),
    ("doctype-in-styles.xlsx", "xml-entities", None),
]


@pytest.mark.parametrize(("name", "code", "sheet"), CASES, ids=[case[0] for case in CASES])
def test_hostile_file_gives_one_clear_issue(name: str, code: str, sheet: str | None) -> None:
    path = HOSTILE / name
    started = time.perf_counter()
    profiles, issues = load_profiles(path, MINI)
    elapsed = time.perf_counter() - started
    assert profiles == []
    assert [(issue.code, issue.severity, issue.file, issue.sheet) for issue in issues] == [
        (code, "error", str(path), sheet)]
    assert issues[0].hint  # says what to do
    assert elapsed < 2.0


def test_the_harmless_twin_of_the_hostile_workbooks_reads() -> None:
    profiles, issues = load_profiles(HOSTILE / "good-minimal.xlsx", MINI)
    assert [p.jurisdiction.name for p in profiles] == ["Aurelia"]
    assert not any(issue.is_error for issue in issues)


def test_a_file_over_the_size_cap_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.xlsx"
    with path.open("wb") as stream:  # a sparse file: takes no room on disk
        stream.truncate(MAX_FILE_BYTES + 1)
    issues = load_profiles(path, MINI)[1]
    assert [(issue.code, issue.file) for issue in issues] == [("file-too-large", str(path))]


def test_a_csv_over_the_row_cap_is_refused_at_the_first_row_too_many(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_csv, "MAX_ROWS", 3)
    path = DATA / "profiles" / "rules" / "long.csv"
    issues = load_profiles(path, MINI)[1]
    assert [(issue.code, issue.row) for issue in issues] == [("too-many-rows", 4)]


def test_reading_never_changes_an_input_file() -> None:
    before = {path: (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
              for path in HOSTILE.iterdir()}
    for path in before:
        load_profiles(path, MINI)
    after = {path: (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
             for path in HOSTILE.iterdir()}
    assert after == before


def test_every_hostile_file_is_read_in_bounded_memory() -> None:
    """All of them in one fresh process: its peak resident memory stays small."""
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from gapcheck._readers import load_profiles\n"
        "codes = [load_profiles(p, sys.argv[2])[1][0].code for p in sorted(Path(sys.argv[1]).iterdir())]\n"
        "# VmHWM starts afresh at exec; ru_maxrss would still hold the forking test process's size\n"
        "peak = next(int(line.split()[1]) for line in open('/proc/self/status') if line.startswith('VmHWM'))\n"
        "print(json.dumps({'codes': codes, 'peak_kb': peak}))\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(HOSTILE), str(MINI)], capture_output=True, text=True,
                            cwd=REPO, timeout=60, env={**os.environ, "PYTHONPATH": str(REPO)}, check=True)
    report = json.loads(result.stdout)
    assert len(report["codes"]) == len(list(HOSTILE.iterdir()))
    assert report["peak_kb"] < 150 * 1024  # measured: about 31 MB


def test_committed_test_files_are_small() -> None:
    assert all(path.stat().st_size < 1024 * 1024 for path in (DATA / "profiles").rglob("*") if path.is_file())


# --- what the engine is given -------------------------------------------------


def _archive_names(workbook: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        return archive.namelist()


def test_the_engine_is_given_only_the_checked_parts_it_reads() -> None:
    data = (SAMPLES / "template-filled.xlsx").read_bytes()
    given, issues = checked_workbook(data, Where())
    assert issues == [] and given is not None
    assert sorted(_archive_names(given)) == sorted(
        name for name in _archive_names(data)
        if name.endswith(".rels") or re.fullmatch(r"xl/[^/]*\.xml|xl/worksheets/[^/]*", name))
    assert not any(name.startswith(("docProps/", "xl/theme/")) for name in _archive_names(given))


def test_a_dtd_in_a_part_the_engine_never_reads_is_left_out_not_refused(tmp_path: Path) -> None:
    path = tmp_path / "doctype-in-properties.xlsx"
    path.write_bytes(workbook(assessment(""), extra_parts={"docProps/core.xml": STYLES_WITH_DOCTYPE}))
    profiles, issues = load_profiles(path, MINI)
    assert [p.jurisdiction.name for p in profiles] == ["Aurelia"]
    assert not any(issue.is_error for issue in issues)


def test_sheets_the_reader_does_not_read_are_handed_over_empty_and_unchecked() -> None:
    data = (HOSTILE / "garbage-before-xml.xlsx").read_bytes()
    given, issues = checked_workbook(data, Where(), lambda names: ["Assessment"])
    assert issues == [] and given is not None
    with zipfile.ZipFile(io.BytesIO(given)) as archive:
        assert b"XFD1048576" not in archive.read("xl/worksheets/sheet1.xml")


def test_a_sheet_whose_cells_have_no_references_is_read_where_the_engine_places_them(tmp_path: Path) -> None:
    def text(value: str) -> str:
        return f'<c t="inlineStr"><is><t>{value}</t></is></c>'

    rows = (f"<row>{text('Jurisdiction')}{text('Item')}{text('Notes')}{text('Status')}</row>"
            f"<row>{text('Aurelia')}{text('9.a')}<c/>{text('full')}</row>")
    path = tmp_path / "no-references.xlsx"
    path.write_bytes(workbook(SHEET_OPEN + rows + SHEET_CLOSE))
    profile = load_profiles(path, MINI)[0][0]
    assert (profile.answers["9.a"].status, profile.answers["9.a"].notes) == ("full", "")


@pytest.mark.parametrize("sheet_xml", [
    SHEET_OPEN + "<c/" * 300_000 + SHEET_CLOSE,
    SHEET_OPEN + '<row><c a="1"' + " <c" * 300_000 + SHEET_CLOSE,
    SHEET_OPEN + '<row r="1"><c r="ABC1" b="' + "<c r=" * 200_000 + '"/></row>' + SHEET_CLOSE,
    SHEET_OPEN + "<c r='" * 200_000 + SHEET_CLOSE,
], ids=["unclosed-cells", "cell-starts-in-a-tag", "cell-starts-in-a-value", "unclosed-references"])
def test_measuring_a_sheet_built_to_be_slow_to_search_stays_quick(sheet_xml: str, tmp_path: Path) -> None:
    path = tmp_path / "slow.xlsx"
    path.write_bytes(workbook(sheet_xml))
    started = time.perf_counter()
    issues = load_profiles(path, MINI)[1]
    assert time.perf_counter() - started < 2.0
    assert any(issue.is_error for issue in issues)


def test_naming_the_sheets_of_a_workbook_built_to_be_slow_to_search_stays_quick(tmp_path: Path) -> None:
    path = tmp_path / "slow-workbook.xlsx"
    slow = WORKBOOK.replace("<sheets>", "<sheets>" + "<sheet a" * 200_000 + " name" * 200_000)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                              ("xl/workbook.xml", slow), ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
                              ("xl/worksheets/sheet1.xml", assessment(FAR_ROW))):
            archive.writestr(name, content)
    started = time.perf_counter()
    load_profiles(path, MINI)
    assert time.perf_counter() - started < 2.0


# --- the measured rectangle holds every cell the engine places ------------------

_REFERENCES = st.one_of(st.none(), st.builds("{}{}".format, st.sampled_from(["A", "B", "c", "Z", "AA", "zz", "ABC"]),
                                               st.integers(1, 1200)))
_SPELLINGS = ('r="{}"', "r='{}'", 'r \n= "{}"', 's="1" r="{}"', 't="n"r="{}"', 'r="A1" r="{}"')
_CELLS = st.tuples(_REFERENCES, st.sampled_from(["<v>1</v>", "", None]), st.sampled_from(_SPELLINGS))
_ROWS = st.tuples(st.one_of(st.none(), st.integers(1, 1200).map(str), st.integers(1, 40).map("B{}".format)),
                  st.lists(_CELLS, max_size=5), st.booleans())


def _sheet_xml(rows: list[tuple[str | None, list[tuple[str | None, str | None, str]], bool]], prefix: str) -> str:
    """A worksheet of rows and cells written in many ways, with or without references, some empty or self-closing."""
    x = prefix
    parts = []
    for reference, cells, closed in rows:
        attribute = f' r="{reference}"' if reference else ""
        if closed and not cells:
            parts.append(f"<{x}row{attribute}/>")
            continue
        written = "".join(
            f"<{x}c{' ' + spelling.format(cell) if cell else ''}"
            + ("/>" if value is None else f">{value.replace('v>', x + 'v>')}</{x}c>")
            for cell, value, spelling in cells)
        parts.append(f"<{x}row{attribute}>{written}</{x}row>")
    namespace = f' xmlns{":" + x[:-1] if x else ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    return f"<{x}worksheet{namespace}><{x}sheetData>{''.join(parts)}</{x}sheetData></{x}worksheet>"


def _engine_rectangle(sheet_xml: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Rows and columns (from 1) of the cells the engine actually places, or None when there are none."""
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        sheet = CalamineWorkbook.from_filelike(io.BytesIO(workbook(sheet_xml))).get_sheet_by_name("Assessment")
    except CalamineError:
        return None  # the engine refuses the sheet
    if sheet.start is None:
        return None
    return (sheet.start[0] + 1, sheet.end[0] + 1), (sheet.start[1] + 1, sheet.end[1] + 1)


@settings(max_examples=200)
@given(st.lists(_ROWS, max_size=8), st.sampled_from(["", "x:"]))
def test_the_measured_rectangle_holds_every_cell_the_engine_places(rows, prefix: str) -> None:
    sheet_xml = _sheet_xml(rows, prefix)
    placed = _engine_rectangle(sheet_xml)
    try:
        measured = sheet_extent(sheet_xml.encode(), lambda extent: False)
    except Unreadable:
        return  # refused (the engine's lenient parser reads what expat does not): nothing reaches the engine
    if placed is None:
        return
    (top, bottom), (left, right) = placed
    if measured is None:  # the quick answer: every cell within A1:ZZ999
        assert bottom <= 999 and right <= 702
    else:
        assert measured.first_row <= top and bottom <= measured.last_row
        assert measured.first_column <= left and right <= measured.last_column


def test_a_folder_given_as_a_profile_points_to_compare(tmp_path: Path) -> None:
    (issue,) = load_profiles(tmp_path, MINI)[1]
    assert issue.code == "not-a-file" and "folder" in issue.message
    assert f"gapcheck compare {tmp_path}" in issue.hint


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null on this system")
def test_a_device_given_as_a_profile_is_not_called_a_folder() -> None:
    (issue,) = load_profiles("/dev/null", MINI)[1]
    assert issue.code == "not-a-file" and "folder" not in issue.message and "special file" in issue.message
