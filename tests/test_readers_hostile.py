"""Untrusted files: each hostile or broken file gives one clear issue, quickly, in bounded memory, untouched."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gapcheck._readers import _csv, load_profiles
from gapcheck._readers._limits import MAX_FILE_BYTES
from tests.conftest import DATA, REPO

HOSTILE = DATA / "profiles" / "hostile"
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
    ("deep.json", "invalid-json", None),
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
