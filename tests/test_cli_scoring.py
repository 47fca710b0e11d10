"""``gapcheck score``: reads, scores, writes the report(s) and prints the headline; bad input exits 1."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from conftest import DATA, EXAMPLES, REPO
from gapcheck._cli import main

PROFILE = DATA / "reports-profile.csv"
CHECKLIST = DATA / "reports-checklist.yaml"


def _score(*extra: str, profile: Path = PROFILE) -> int:
    return main(["score", str(profile), "-c", str(CHECKLIST), *extra])


def test_score_writes_the_report_and_prints_the_headline(tmp_path: Path, capsys):
    report = tmp_path / "aurelia.xlsx"
    assert _score("-o", str(report)) == 0
    out = capsys.readouterr().out
    assert out.startswith("Aurelia (XKA), Europe: assessed 2024-05-01\n")
    assert "Checklist reports-test@1.2.0, model default, scope all\n" in out
    assert re.search(r"^Score \d+\.\d \(up to \d+\.\d if every unknown is met\), \d+\.\d % assessed$", out, re.M)
    assert f"Report written to {report}" in out
    assert load_workbook(report).sheetnames[0] == "Summary"


def test_the_summary_lists_the_top_gaps_in_rank_order(tmp_path: Path, capsys):
    assert _score("-o", str(tmp_path / "r.json")) == 0
    out = capsys.readouterr().out
    gaps = json.loads((tmp_path / "r.json").read_text("utf-8"))["gaps"]
    assert f"Top {min(5, len(gaps))} of {len(gaps)} gaps" in out
    table = out[out.index("rank  item"):].split("\n\n")[0]
    listed = [line.split()[1] for line in table.splitlines()[2:]]
    assert listed == [gap["id"] for gap in gaps[:5]]
    assert re.search(r"^\d+ warning\(s\) while reading the profile", out, re.M)


def test_repeated_outputs_write_every_format(tmp_path: Path, capsys):
    outputs = [tmp_path / name for name in ("r.xlsx", "r.json", "r.md")]
    assert _score(*[arg for o in outputs for arg in ("-o", str(o))]) == 0
    assert all(o.is_file() for o in outputs)
    assert capsys.readouterr().out.count("Report written to") == 3


def test_model_and_scope_reach_the_report(tmp_path: Path, capsys):
    report = tmp_path / "r.json"
    assert _score("-o", str(report), "--model", "flat", "--scope", "legislative") == 0
    data = json.loads(report.read_text("utf-8"))
    assert (data["model"], data["scope"]) == ("flat", "legislative")
    assert data["raw_score"] is not None
    assert "model flat, scope legislative" in capsys.readouterr().out


def test_an_unknown_report_suffix_exits_1_before_anything_is_written(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")  # one line per issue
    good, bad = tmp_path / "r.xlsx", tmp_path / "r.pdf"
    assert _score("-o", str(good), "-o", str(bad)) == 1
    err = capsys.readouterr().err
    assert "unknown-report-format" in err and ".xlsx, .json, .md" in err
    assert list(tmp_path.iterdir()) == []


def test_writing_over_the_profile_is_refused(tmp_path: Path, capsys):
    profile = tmp_path / "profile.json"
    profile.write_text("{}")
    assert _score("-o", str(profile), profile=profile) == 1
    assert "output-is-input" in capsys.readouterr().err
    assert profile.read_text() == "{}"


def test_an_invalid_profile_exits_1_with_every_problem(tmp_path: Path, capsys):
    broken = tmp_path / "broken.csv"
    broken.write_text(
        "jurisdiction,code,item,status\n"
        "Aurelia,XKA,9.a,perhaps\n"
        "Aurelia,XKA,99.z,full\n",
        encoding="utf-8",
    )
    report = tmp_path / "r.xlsx"
    assert _score("-o", str(report), profile=broken) == 1
    err = capsys.readouterr().err
    assert "perhaps" in err and "99" in err
    assert re.search(r"\d+ error\(s\)", err)
    assert not report.exists()


def test_a_missing_output_is_a_command_line_error(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["score", str(PROFILE)])
    assert caught.value.code == 2


def test_score_help_does_not_load_pandas():
    probe = ("import sys\nfrom gapcheck._cli import main\ntry: main(['score', '--help'])\n"
             "except SystemExit: pass\nprint('pandas' in sys.modules)")
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True)
    assert "--model {default,flat,flat-unweighted,absolute}" in completed.stdout
    assert completed.stdout.strip().endswith("False")


@pytest.mark.skipif(not any(EXAMPLES.glob("*.xlsx")), reason="the examples are not built yet")
def test_an_example_scores_end_to_end_through_python_m(tmp_path: Path):
    example = sorted(EXAMPLES.glob("*.xlsx"))[0]
    report = tmp_path / "example.md"
    completed = subprocess.run([sys.executable, "-m", "gapcheck", "score", str(example), "-o", str(report)],
                               capture_output=True, text=True, cwd=REPO, check=False)
    assert completed.returncode == 0, completed.stderr
    assert report.read_text("utf-8").startswith("# Gap report: ")
    assert "Report written to" in completed.stdout
