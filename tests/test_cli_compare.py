"""The commands `gapcheck compare`, `gapcheck dual-criminality` and `gapcheck progress`."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gapcheck._cli import main
from gapcheck._cli._common import SHOWN_WARNINGS, print_issues
from gapcheck._cli._compare import progress_bar
from gapcheck._errors import Issue

DATA = Path(__file__).parent / "data" / "compare"
MINI = str(DATA / "checklists" / "mini" / "1.2.0.yaml")
GOOD = [str(DATA / "batch" / name) for name in ("xka-aurelia.json", "xkb-borduria.xlsx", "xkc-xkd-long-table.csv")]


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


# --- compare --------------------------------------------------------------------------------


def test_compare_writes_the_report_and_prints_the_ranking(tmp_path, capsys):
    code = main(["compare", *GOOD, "-c", MINI, "-o", str(tmp_path / "out.xlsx")])
    out = capsys.readouterr().out
    assert code == 0
    assert (tmp_path / "out.xlsx").is_file()
    assert "Compared 4 jurisdiction(s) on mini@1.2.0" in out and "Aurelia" in out
    assert f"Report written to {tmp_path / 'out.xlsx'}" in out


def test_a_broken_input_is_listed_the_rest_compared_and_the_exit_status_is_1(tmp_path, capsys):
    code = main(["compare", str(DATA / "batch"), "-c", MINI, "-o", str(tmp_path / "out.json")])
    captured = capsys.readouterr()
    assert code == 1
    assert "xkz-broken.json" in captured.err and "invalid-status" in captured.err
    assert "Compared 5 jurisdiction(s)" in captured.out
    assert len(json.loads((tmp_path / "out.json").read_text("utf-8"))["jurisdictions"]) == 5


def test_several_formats_in_one_run(tmp_path):
    outputs = [str(tmp_path / f"out.{suffix}") for suffix in ("xlsx", "json", "md")]
    assert main(["compare", *GOOD, "-c", MINI, *(arg for o in outputs for arg in ("-o", o))]) == 0
    assert all(Path(o).is_file() for o in outputs)


def test_a_quoted_glob_pattern_is_expanded(tmp_path, capsys):
    assert main(["compare", str(DATA / "batch" / "xk[ab]-*"), "-c", MINI]) == 0
    assert "Compared 2 jurisdiction(s)" in capsys.readouterr().out


def test_an_unknown_report_suffix_is_refused_before_reading(tmp_path, capsys):
    assert main(["compare", *GOOD, "-c", MINI, "-o", str(tmp_path / "out.pdf")]) == 1
    assert "unknown-report-format" in capsys.readouterr().err


def test_the_report_may_not_overwrite_an_input_even_a_broken_one(tmp_path, capsys):
    broken = tmp_path / "broken.json"
    shutil.copy(DATA / "batch" / "xkz-broken.json", broken)
    before = broken.read_bytes()
    shutil.copy(DATA / "batch" / "xka-aurelia.json", tmp_path / "xka.json")
    assert main(["compare", str(tmp_path), "-c", MINI, "-o", str(broken)]) == 1
    assert "output-is-input" in capsys.readouterr().err
    assert broken.read_bytes() == before


def test_nothing_readable_exits_1_with_every_problem(tmp_path, capsys):
    assert main(["compare", str(DATA / "batch" / "xkz-broken.json"), "-c", MINI]) == 1
    err = capsys.readouterr().err
    assert "invalid-status" in err and "unknown-item" in err


def test_another_model_and_scope_are_passed_on(capsys):
    assert main(["compare", *GOOD, "-c", MINI, "--model", "flat", "--scope", "legislative"]) == 0
    assert "model flat, scope legislative" in capsys.readouterr().out


def test_a_wrong_model_is_a_command_line_error():
    with pytest.raises(SystemExit) as caught:
        main(["compare", *GOOD, "--model", "average"])
    assert caught.value.code == 2


def test_python_dash_m_gapcheck_compare_sets_the_exit_status(tmp_path):
    done = subprocess.run([sys.executable, "-m", "gapcheck", "compare", str(DATA / "batch"), "-c", MINI,
                           "-o", str(tmp_path / "out.md")], capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert "Report written to" in done.stdout and "invalid-status" in done.stderr
    assert "Traceback" not in done.stderr


def test_compare_help_does_not_load_pandas():
    code = ("import sys\nfrom gapcheck._cli import main\ntry:\n    main(['compare', '--help'])\n"
            "except SystemExit:\n    pass\nprint('pandas' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().endswith("False")


# --- the progress bar and the issue list -------------------------------------------------------


def test_the_progress_bar_is_drawn_on_a_terminal_and_cleared_at_the_end():
    stream = Terminal()
    show = progress_bar(stream)
    assert show is not None
    show(37, 193, Path("xka.xlsx"))
    assert "] 37/193 reading xka.xlsx" in stream.getvalue() and stream.getvalue().startswith("\r[")
    show(193, 193, None)
    assert stream.getvalue().endswith("\r")


def test_no_progress_bar_when_output_is_not_a_terminal():
    assert progress_bar(io.StringIO()) is None


def test_compare_draws_the_bar_while_reading_when_stderr_is_a_terminal(monkeypatch, capsys):
    stream = Terminal()
    monkeypatch.setattr(sys, "stderr", stream)
    assert main(["compare", *GOOD, "-c", MINI]) == 0
    text = stream.getvalue()
    assert "] 1/3 reading xkb-borduria.xlsx" in text
    assert re.search(r"\r +\r", text)  # the bar is wiped before anything else is printed


def test_the_terminal_shows_every_error_but_only_the_first_warnings():
    issues = [Issue("bad", "An error.")] + [Issue("meh", f"Warning {n}.", severity="warning") for n in range(30)]
    stream = io.StringIO()
    print_issues(issues, stream, limit=SHOWN_WARNINGS)
    text = stream.getvalue()
    assert "An error." in text and f"Warning {SHOWN_WARNINGS - 1}." in text
    assert f"Warning {SHOWN_WARNINGS}." not in text and "10 more warning(s)" in text


# --- dual criminality -------------------------------------------------------------------------


def test_dual_criminality_prints_the_pair_detail_and_the_share(capsys):
    assert main(["dual-criminality", GOOD[0], GOOD[1], "-c", MINI]) == 0
    out = capsys.readouterr().out
    assert "Dual criminality between Aurelia (XKA) and Borduria (XKB)" in out
    assert "only Aurelia (XKA)" in out
    assert "2 of 5 offences pass (40.0 %)" in out


def test_file_hash_code_picks_jurisdictions_from_a_long_table(capsys):
    table = GOOD[2]
    assert main(["dual-criminality", f"{table}#XKC", f"{table}#dorvania", "-c", MINI]) == 0
    assert "Carpania (XKC) and Dorvania (XKD)" in capsys.readouterr().out


def test_a_long_table_without_a_code_is_refused_with_a_hint(capsys):
    assert main(["dual-criminality", GOOD[2], GOOD[0], "-c", MINI]) == 1
    err = capsys.readouterr().err
    assert "several-jurisdictions" in err and "#XKC" in err


def test_dual_criminality_as_json(capsys):
    assert main(["dual-criminality", GOOD[0], GOOD[1], "-c", MINI, "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["share"] == 40.0 and len(document["items"]) == 5


# --- progress ---------------------------------------------------------------------------------


def test_progress_prints_the_change_and_writes_the_report(tmp_path, capsys):
    old, new = DATA / "progress" / "xka-aurelia-2021.json", DATA / "progress" / "xka-aurelia-2024.json"
    assert main(["progress", str(old), str(new), "-c", MINI, "-o", str(tmp_path / "progress.xlsx")]) == 0
    captured = capsys.readouterr()
    assert "Aurelia (XKA): 2021-02-01 -> 2024-03-01, on mini@1.0.0 -> mini@1.2.0" in captured.out
    assert "improved" in captured.out and "1.g" in captured.out
    assert "item-not-in-version" in captured.err  # 1.c is gone from the newer version
    assert (tmp_path / "progress.xlsx").is_file()


def test_progress_between_different_jurisdictions_warns(capsys):
    assert main(["progress", GOOD[0], GOOD[1], "-c", MINI]) == 0
    assert "different-jurisdiction" in capsys.readouterr().err


# --- found by using the commands as their users would -------------------------------------------


def test_picking_one_jurisdiction_of_a_long_table_shows_only_its_own_warnings(capsys):
    table = GOOD[2]
    assert main(["progress", f"{table}#XKC", f"{table}#XKC", "-c", MINI]) == 0
    err = capsys.readouterr().err
    assert "Carpania" in err and "Dorvania" not in err


def test_an_unknown_code_after_the_hash_shows_the_error_without_the_other_jurisdictions_warnings(capsys):
    table = GOOD[2]
    assert main(["dual-criminality", f"{table}#XZZ", GOOD[0], "-c", MINI]) == 1
    err = capsys.readouterr().err
    assert "no-such-jurisdiction" in err and "Name one of: XKC, XKD" in err
    assert "unanswered-items" not in err


def test_dual_criminality_between_a_jurisdiction_and_itself_is_refused(capsys):
    table = GOOD[2]
    assert main(["dual-criminality", f"{table}#XKC", f"{table}#carpania", "-c", MINI]) == 1
    err = capsys.readouterr().err
    assert "same-jurisdiction" in err and "two different jurisdictions" in err


def test_progress_from_an_assessment_to_itself_warns_once_per_problem(capsys):
    assert main(["progress", GOOD[2] + "#XKD", GOOD[2] + "#XKD", "-c", MINI]) == 0
    err = capsys.readouterr().err
    assert "same-assessment" in err
    assert err.count("unanswered-items") == 1


@pytest.mark.parametrize("command", ["compare", "progress"])
def test_a_folder_as_the_report_is_named_a_folder_not_a_missing_suffix(tmp_path, capsys, command):
    inputs = GOOD[:1] if command == "compare" else GOOD[:2]
    assert main([command, *inputs, "-c", MINI, "-o", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "output-is-folder" in err and "unknown-report-format" not in err


def test_reports_written_into_the_folder_compared_are_left_out_with_one_warning_each(tmp_path, capsys):
    for name in GOOD[:2]:
        shutil.copy(name, tmp_path)
    assert main(["compare", str(tmp_path), "-c", MINI, "-o", str(tmp_path / "comparison.xlsx"),
                 "-o", str(tmp_path / "comparison.json")]) == 0
    capsys.readouterr()
    assert main(["compare", str(tmp_path), "-c", MINI]) == 0
    captured = capsys.readouterr()
    assert "Compared 2 jurisdiction(s)" in captured.out
    assert captured.err.count("report-not-profile") == 2 and "missing-field" not in captured.err


def test_without_a_report_the_ranking_cut_short_says_how_to_see_the_rest(capsys, tmp_path):
    from gapcheck._reports._text import SHOWN_RANKS

    rows = ["jurisdiction,code,item,status"]
    rows += [f"Land {n},X{chr(65 + n // 26)}{chr(65 + n % 26)},1.a,{'yes' if n % 2 else 'no'}"
             for n in range(2 * SHOWN_RANKS + 1)]
    (tmp_path / "many.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert main(["compare", str(tmp_path / "many.csv"), "-c", MINI]) == 0
    out = capsys.readouterr().out
    assert f"... {SHOWN_RANKS + 1} more in the report (or add -o comparison.xlsx)" in out


def test_compare_does_not_write_over_a_file_it_did_not_write_without_force(tmp_path, capsys):
    other = tmp_path / "notes.md"
    other.write_text("our notes")
    assert main(["compare", *GOOD, "-c", MINI, "-o", str(other)]) == 1
    assert "output-exists" in capsys.readouterr().err and other.read_text() == "our notes"
    assert main(["compare", *GOOD, "-c", MINI, "-o", str(other), "--force"]) == 0
    assert other.read_text("utf-8").startswith("# Comparison of 4 jurisdictions")


def test_progress_lists_a_missing_input_and_a_bad_report_name_together(tmp_path, capsys):
    assert main(["progress", str(tmp_path / "old.xlsx"), GOOD[0], "-c", MINI, "-o", str(tmp_path / "p.pdf")]) == 1
    err = capsys.readouterr().err
    assert "file-not-found" in err and "unknown-report-format" in err
