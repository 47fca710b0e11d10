"""``gapcheck template`` and ``gapcheck validate``: exit codes, messages, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import gapcheck
from gapcheck._cli import main
from tests.conftest import DATA, REPO

PROFILES = DATA / "profiles"
MINI = str(PROFILES / "mini-checklist.yaml")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gapcheck", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=60, env={**os.environ, "PYTHONPATH": str(REPO)})


def test_template_writes_the_workbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "profile.xlsx"
    assert main(["template", "-o", str(target)]) == 0
    assert target.is_file()
    newest = gapcheck.load_checklist("eg-cybercrime-2018")
    assert f"{len(newest.scored_items)} recommendations of {newest.ref}" in capsys.readouterr().out


def test_template_refuses_to_overwrite_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "profile.xlsx"
    target.write_bytes(b"keep me")
    assert main(["template", "-o", str(target)]) == 1
    assert "output-exists" in capsys.readouterr().err
    assert target.read_bytes() == b"keep me"
    assert main(["template", "-o", str(target), "--force"]) == 0
    assert target.read_bytes().startswith(b"PK")


def test_template_for_a_checklist_file(tmp_path: Path) -> None:
    assert main(["template", "-c", MINI, "-o", str(tmp_path / "mini.xlsx")]) == 0


def test_template_needs_an_output() -> None:
    with pytest.raises(SystemExit) as raised:
        main(["template"])
    assert raised.value.code == 2


def test_validate_clean_file_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(PROFILES / "samples" / "aurelia.json")
    assert main(["validate", path, "-c", MINI]) == 0
    out = capsys.readouterr().out
    assert "unanswered-items" in out and "0 error(s), 1 warning(s)" in out


def test_validate_without_any_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "complete.csv"
    rows = "".join(f"Aurelia,{item},full\n" for item in ("9.a", "9.b", "9.s", "10.a", "10.e", "10.f.i", "10.f.ii",
                                                          "10.f.vii"))
    path.write_text("jurisdiction,item,status\n" + rows, "utf-8")
    assert main(["validate", str(path), "-c", MINI]) == 0
    assert capsys.readouterr().out.strip() == f"{path}: no problems found"


def test_validate_lists_every_problem_and_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(PROFILES / "samples" / "template-errors.xlsx")
    assert main(["validate", path, "-c", MINI]) == 1
    out = capsys.readouterr().out
    for code in ("missing-jurisdiction", "invalid-code", "invalid-date", "invalid-status"):
        assert code in out
    assert "4 error(s)" in out


def test_validate_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(PROFILES / "rules" / "invalid-status.csv"), str(PROFILES / "samples" / "human-sheet.xlsx")]
    assert main(["validate", *paths, "-c", MINI, "--format", "json"]) == 1
    issues = json.loads(capsys.readouterr().out)
    assert issues[0] | {"message": "", "hint": ""} == {
        "code": "invalid-status", "severity": "error", "file": paths[0], "sheet": None, "row": 2,
        "column": "status", "pointer": None, "message": "", "hint": ""}
    assert {issue["file"] for issue in issues} == set(paths)


def test_validate_many_files_at_once(capsys: pytest.CaptureFixture[str]) -> None:
    hostile = sorted(str(path) for path in (PROFILES / "hostile").iterdir() if path.name != "good-minimal.xlsx")
    assert main(["validate", *hostile, "--format", "json"]) == 1
    issues = json.loads(capsys.readouterr().out)
    assert sorted(issue["file"] for issue in issues) == hostile


def test_hostile_file_through_the_real_command_shows_no_traceback() -> None:
    result = run("validate", str(PROFILES / "hostile" / "entities.xlsx"))
    assert result.returncode == 1
    assert "xml-entities" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_help_does_not_load_the_heavy_libraries() -> None:
    script = ("import sys; from gapcheck._cli import main\n"
              "try:\n    main(['validate', '--help'])\nexcept SystemExit:\n    pass\n"
              "print(sorted(m for m in ('pandas', 'openpyxl', 'python_calamine', 'jsonschema') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=60,
                            env={**os.environ, "PYTHONPATH": str(REPO)}, check=True)
    assert result.stdout.strip().endswith("[]")


# --- found by using the commands as their users would ---------------------------------------------


@pytest.mark.parametrize("name", ["folder", "folder.xlsx"])
def test_template_into_a_folder_says_it_is_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    name: str) -> None:
    (tmp_path / name).mkdir()
    assert main(["template", "-o", str(tmp_path / name)]) == 1
    err = capsys.readouterr().err
    assert "output-is-folder" in err and "output-exists" not in err and "unsupported-output" not in err


def test_validate_names_a_gapcheck_report_given_for_a_profile(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report.json"
    assert main(["score", str(REPO / "examples" / "aurelia.xlsx"), "-o", str(report)]) == 0
    capsys.readouterr()
    assert main(["validate", str(report)]) == 1
    out = capsys.readouterr().out
    assert "report-not-profile" in out and "missing-field" not in out


def test_a_console_that_cannot_show_every_character_gets_question_marks_not_an_internal_error() -> None:
    sample = str(PROFILES / "samples" / "human-errors.xlsx")
    result = subprocess.run([sys.executable, "-m", "gapcheck", "validate", sample, "-c", MINI],
                            capture_output=True, cwd=REPO, timeout=60,
                            env={**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "ascii"})
    out = result.stdout.decode("ascii")
    assert result.returncode == 1 and "internal error" not in result.stderr.decode("ascii")
    assert "severity" in out and " ? " in out  # the location separator, which ASCII lacks


def test_validate_checks_every_profile_in_a_folder_and_leaves_reports_out(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "assessments"
    folder.mkdir()
    (folder / "good.csv").write_bytes((PROFILES / "samples" / "tabs-bom.csv").read_bytes())
    (folder / "broken.csv").write_text("jurisdiction,item,status\nAurelia,9.a,perhaps\n", encoding="utf-8")
    assert main(["score", str(folder / "good.csv"), "-c", MINI, "-o", str(folder / "report.json")]) == 0
    capsys.readouterr()
    assert main(["validate", str(folder), "-c", MINI, "--format", "json"]) == 1
    printed = json.loads(capsys.readouterr().out)
    found = {(Path(issue["file"]).name, issue["code"], issue["severity"]) for issue in printed}
    assert ("broken.csv", "invalid-status", "error") in found
    assert ("report.json", "report-not-profile", "warning") in found


def test_validate_expands_a_quoted_pattern(capsys) -> None:
    assert main(["validate", str(PROFILES / "samples" / "tabs-*.csv"), "-c", MINI]) == 0
    assert f"In {PROFILES / 'samples' / 'tabs-bom.csv'}:" in capsys.readouterr().out
