"""``gapcheck score``: reads, scores, writes the report(s) and prints the headline; bad input exits 1."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATA, EXAMPLES, REPO
from openpyxl import load_workbook

import gapcheck
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
    assert f"Top {min(5, len(gaps))} of {len(gaps)} known gaps, by gain" in out
    table = out[out.index("rank  item"):].split("\n\n")[0]
    listed = [line.split()[1] for line in table.splitlines()[2:]]
    assert listed == [gap["id"] for gap in gaps[:5]]


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


def test_problems_in_the_profile_and_in_the_report_name_are_listed_together(tmp_path: Path, capsys):
    broken = tmp_path / "broken.csv"
    broken.write_text("jurisdiction,code,item,status\nAurelia,XKA,9.a,perhaps\n", encoding="utf-8")
    assert _score("-o", str(tmp_path / "r.pdf"), profile=broken) == 1
    err = capsys.readouterr().err
    assert "invalid-status" in err and "unknown-report-format" in err


def test_a_report_name_given_twice_is_written_once(tmp_path: Path, capsys):
    report = tmp_path / "r.md"
    assert _score("-o", str(report), "-o", str(report)) == 0
    assert capsys.readouterr().out.count("Report written to") == 1


def test_a_report_is_not_written_over_another_file_without_force(tmp_path: Path, capsys):
    other = tmp_path / "borealis.xlsx"
    other.write_bytes(b"another jurisdiction's assessment")
    assert _score("-o", str(other)) == 1
    assert "output-exists" in capsys.readouterr().err
    assert other.read_bytes() == b"another jurisdiction's assessment"
    assert _score("-o", str(other), "--force") == 0
    assert load_workbook(other).sheetnames[0] == "Summary"


def test_scoring_again_replaces_the_earlier_report(tmp_path: Path):
    report = tmp_path / "r.xlsx"
    assert _score("-o", str(report)) == 0
    assert _score("-o", str(report)) == 0


def test_without_an_output_the_score_is_printed_and_nothing_written(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["score", str(PROFILE)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[2].startswith("Score ") and "known gaps" in out
    assert list(tmp_path.iterdir()) == []


def test_every_warning_is_printed_not_just_counted(capsys):
    assert main(["score", str(PROFILE)]) == 0
    captured = capsys.readouterr()
    result = gapcheck.score(PROFILE)
    for warning in (i for i in result.issues if not i.is_error):
        assert warning.code in captured.err


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


# --- found by using the command as its users would ----------------------------------------------

LONG_TABLE = DATA / "compare" / "batch" / "xkc-xkd-long-table.csv"
MINI = DATA / "compare" / "checklists" / "mini" / "1.2.0.yaml"


def test_file_hash_code_scores_one_jurisdiction_of_a_long_table(tmp_path: Path, capsys):
    report = tmp_path / "dorvania.json"
    assert main(["score", f"{LONG_TABLE}#dorvania", "-c", str(MINI), "-o", str(report)]) == 0
    assert json.loads(report.read_text("utf-8"))["jurisdiction"]["code"] == "XKD"
    captured = capsys.readouterr()
    assert captured.out.startswith("Dorvania (XKD)") and "Carpania" not in captured.out + captured.err


def test_a_long_table_without_a_code_says_how_to_score_one_of_its_jurisdictions(tmp_path: Path, capsys,
                                                                                 monkeypatch):
    monkeypatch.setenv("COLUMNS", "400")  # one line per issue
    assert main(["score", str(LONG_TABLE), "-c", str(MINI), "-o", str(tmp_path / "r.md")]) == 1
    err = " ".join(capsys.readouterr().err.split())
    assert "several-jurisdictions" in err and f"{LONG_TABLE.name}#XKC" in err and "unanswered-items" not in err


def test_a_gapcheck_report_given_as_the_profile_is_named_as_such(tmp_path: Path, capsys):
    report = tmp_path / "aurelia-report.xlsx"
    assert _score("-o", str(report)) == 0
    capsys.readouterr()
    assert main(["score", str(report), "-o", str(tmp_path / "again.md")]) == 1
    err = capsys.readouterr().err
    assert "report-not-profile" in err and "a gap report" in err and "missing-jurisdiction" not in err


def test_a_folder_as_the_report_is_named_a_folder(tmp_path: Path, capsys):
    assert _score("-o", str(tmp_path)) == 1
    err = capsys.readouterr().err
    assert "output-is-folder" in err and "unknown-report-format" not in err


def test_every_recommendation_not_applicable_is_not_called_met_in_full(tmp_path: Path, capsys):
    profile = tmp_path / "all-na.csv"
    scored = ("9.a", "9.c", "9.s", "9.t", "10.d", "10.e", "10.f.vii", "10.f.xiii", "10.o")
    rows = [f"Aurelia,XKA,{item},n/a,federal matter" for item in scored]
    profile.write_text("jurisdiction,code,item,status,notes\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert _score("-o", str(tmp_path / "r.md"), profile=profile) == 0
    out = capsys.readouterr().out
    assert "every scored recommendation is marked not applicable, so nothing is scored" in out
    assert "met in full" not in out


SHARED_CODE = DATA / "compare" / "shared-code-table.csv"


def test_a_code_that_fits_two_jurisdictions_of_a_table_is_refused_not_guessed(tmp_path: Path, capsys):
    assert main(["score", f"{SHARED_CODE}#XKC", "-c", str(MINI), "-o", str(tmp_path / "r.md")]) == 1
    err = " ".join(capsys.readouterr().err.split())
    assert "ambiguous-jurisdiction" in err and "Federal District of Carpania" in err
    assert not (tmp_path / "r.md").exists()


def test_the_several_jurisdictions_hint_names_one_by_a_key_that_picks_it_alone(tmp_path: Path, capsys):
    assert main(["score", str(SHARED_CODE), "-c", str(MINI), "-o", str(tmp_path / "r.md")]) == 1
    err = " ".join(capsys.readouterr().err.split())
    assert f"{SHARED_CODE}#Carpania'" in err
    assert main(["score", f"{SHARED_CODE}#Carpania", "-c", str(MINI), "-o", str(tmp_path / "r.md")]) == 0
    assert capsys.readouterr().out.startswith("Carpania (XKC)")
