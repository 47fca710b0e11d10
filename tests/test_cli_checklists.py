"""The checklist commands, run through the command-line entry point."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from gapcheck._cli import main

FILES = Path(__file__).parent / "data" / "checklist_files"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gapcheck", *args], capture_output=True, text=True, timeout=120)


def test_checklists_lists_id_version_and_counts(capsys):
    assert main(["checklists"]) == 0
    out = capsys.readouterr().out
    assert "eg-cybercrime-2018" in out and "1.0.0" in out


def test_show_prints_every_item_as_a_table(capsys, checklist):
    assert main(["checklist", "show", "eg-cybercrime-2018@1.0.0"]) == 0
    out = capsys.readouterr().out
    assert all(item.id in out for item in checklist.items)


def test_show_exports_csv_with_one_row_per_item(capsys, checklist):
    assert main(["checklist", "show", "eg-cybercrime-2018", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [row["id"] for row in rows] == [item.id for item in checklist.items]


def test_show_exports_json(capsys, checklist):
    assert main(["checklist", "show", "eg-cybercrime-2018", "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == len(checklist.items)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("broken-syntax.yaml", "checklist-syntax"),
        ("schema-violation.yaml", "checklist-schema"),
        ("duplicate-id.yaml", "duplicate-id"),
        ("unknown-alternative.yaml", "unknown-alternative"),
    ],
)
def test_bad_checklist_file_exits_1_with_a_located_message(name: str, code: str):
    result = run("checklist", "show", str(FILES / name))
    assert result.returncode == 1
    assert code in result.stderr
    assert name in result.stderr
    assert "Traceback" not in result.stderr


def test_validate_accepts_a_good_file(capsys):
    assert main(["checklist", "validate", str(FILES / "minimal.yaml")]) == 0
    assert "valid" in capsys.readouterr().out


def test_diff_of_identical_versions_says_nothing_changed(capsys):
    assert main(["checklist", "diff", "eg-cybercrime-2018@1.0.0", "eg-cybercrime-2018@1.0.0"]) == 0
    assert "no item changed" in capsys.readouterr().out


def test_unknown_command_exits_2():
    assert run("no-such-command").returncode == 2


def test_version_answers_without_importing_pandas():
    probe = ("import sys; from gapcheck._cli import main\n"
             "try: main(['--version'])\nexcept SystemExit: pass\nprint('pandas' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip().endswith("False")


def test_help_answers_without_importing_pandas():
    probe = ("import sys; from gapcheck._cli import main\n"
             "try: main(['--help'])\nexcept SystemExit: pass\nprint('pandas' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip().endswith("False")
