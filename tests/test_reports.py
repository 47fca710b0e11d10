"""The report registry: the suffix picks the format, outputs are atomic, inputs are never overwritten."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from conftest import DATA, EXAMPLES

import gapcheck
from gapcheck import OutputError, score
from gapcheck._checklist_files import load_checklist
from gapcheck._profile import Answer, Jurisdiction, Profile
from gapcheck._reports import _RENDERERS, REPORT_FORMATS, ReportFormat, report_format, write_report
from gapcheck._reports._wording import crosswalk_alignment, headline, item_role, to_json_bytes

CHECKLIST = DATA / "reports-checklist.yaml"


@pytest.fixture(scope="module")
def result():
    checklist = load_checklist(CHECKLIST)
    statuses = {"9.a": "full", "9.c": "partial", "9.s": "none", "9.t": "unknown", "10.d": "full",
                "10.e": "not_applicable", "10.f.vii": "partial", "10.f.xiii": "planned", "10.o": "unknown"}
    answers = {item_id: Answer(item_id, status, notes="Reserved to the provinces." if status == "not_applicable"
                               else "") for item_id, status in statuses.items()}
    profile = Profile(Jurisdiction("Aurelia", "XKA", "Europe"), checklist.ref, answers, date(2024, 5, 1))
    return score(profile, checklist)


def test_the_three_formats_are_registered_by_suffix():
    assert list(REPORT_FORMATS) == [".xlsx", ".json", ".md"]
    assert all(isinstance(fmt, ReportFormat) and fmt.suffix == suffix and fmt.title
               for suffix, fmt in REPORT_FORMATS.items())


def test_the_public_namespace_exports_the_registry():
    assert gapcheck.write_report is write_report
    assert gapcheck.REPORT_FORMATS is REPORT_FORMATS


def test_renderers_are_declared_for_every_document_type_and_format():
    for kind in ("Result", "Comparison", "Progress"):
        for suffix in REPORT_FORMATS:
            module, _, function = _RENDERERS[(kind, suffix)].partition(":")
            assert module.startswith("gapcheck._reports._") and function == "write"


@pytest.mark.parametrize(("name", "start"), [
    ("report.xlsx", b"PK\x03\x04"), ("report.json", b"{\n"), ("report.md", b"# Gap report"),
    ("REPORT.JSON", b"{\n"),
])
def test_the_suffix_picks_the_format(result, tmp_path: Path, name: str, start: bytes):
    written = write_report(result, tmp_path / name)
    assert written == tmp_path / name
    assert written.read_bytes().startswith(start)


@pytest.mark.parametrize("name", ["report.pdf", "report", "report.xls"])
def test_an_unknown_suffix_is_refused_with_the_known_ones(result, tmp_path: Path, name: str):
    with pytest.raises(OutputError) as caught:
        write_report(result, tmp_path / name)
    [issue] = caught.value.issues
    assert issue.code == "unknown-report-format"
    assert all(suffix in issue.hint for suffix in (".xlsx", ".json", ".md"))
    assert list(tmp_path.iterdir()) == []


def test_report_format_names_the_format_of_a_path():
    assert report_format("out/Report.XLSX") is REPORT_FORMATS[".xlsx"]


def test_the_profile_file_is_never_overwritten(result, tmp_path: Path):
    profile_file = tmp_path / "profile.json"
    profile_file.write_text("{}")
    document = replace(result, profile=replace(result.profile, source_file=str(profile_file)))
    with pytest.raises(OutputError) as caught:
        write_report(document, profile_file)
    assert caught.value.issues[0].code == "output-is-input"
    assert profile_file.read_text() == "{}"


def test_an_output_equal_to_a_named_input_is_refused(result, tmp_path: Path):
    other = tmp_path / "report.md"
    other.write_text("keep me")
    with pytest.raises(OutputError):
        write_report(result, other, inputs=[other])
    assert other.read_text() == "keep me"


def test_a_failing_writer_leaves_the_old_report_and_no_temporary_file(result, tmp_path: Path, monkeypatch):
    import gapcheck._reports._result_json as renderer

    target = tmp_path / "report.json"
    target.write_text("previous report")

    def broken(document, path: Path) -> None:
        path.write_text('{"half": ')
        raise RuntimeError("disk full")

    monkeypatch.setattr(renderer, "write", broken)
    with pytest.raises(RuntimeError):
        write_report(result, target, overwrite=True)
    assert target.read_text() == "previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_a_document_without_a_renderer_is_refused_before_any_file_is_made(tmp_path: Path):
    with pytest.raises(OutputError, match="cannot write a dict"):
        write_report({"score": 1}, tmp_path / "report.json")
    assert list(tmp_path.iterdir()) == []


def test_a_profile_given_as_the_document_is_an_output_error_naming_what_can_be_written(tmp_path: Path):
    profile = gapcheck.read_profile(EXAMPLES / "aurelia.xlsx")
    with pytest.raises(OutputError) as caught:
        write_report(profile, tmp_path / "report.xlsx")
    (issue,) = caught.value.issues
    assert issue.code == "unsupported-document"
    assert all(name in issue.hint for name in ("Result", "Comparison", "Progress"))


def test_inputs_and_overwrite_are_keyword_only(result, tmp_path: Path):
    with pytest.raises(TypeError):
        write_report(result, tmp_path / "report.json", (), True)  # type: ignore[misc]
    assert list(tmp_path.iterdir()) == []


def test_a_subclass_of_a_document_type_uses_its_renderers(result):
    class Annotated(type(result)):
        pass

    renderer = REPORT_FORMATS[".md"].renderer(Annotated(**result.__dict__))
    assert renderer.__module__ == "gapcheck._reports._result_markdown"


def test_json_keeps_key_order_and_rounds_floats():
    text = to_json_bytes({"b": 1 / 3, "a": [2.0, float("nan"), math.inf], "é": "Aurélie"}).decode()
    assert text == '{\n  "b": 0.33,\n  "a": [\n    2.0,\n    null,\n    null\n  ],\n  "é": "Aurélie"\n}\n'


def test_json_understands_numpy_dates_and_tuples():
    data = json.loads(to_json_bytes({"n": np.int64(3), "x": np.float64(-0.001), "ok": np.bool_(True),
                                     "d": date(2024, 5, 1), "t": ("a", "b")}))
    assert data == {"n": 3, "x": 0.0, "ok": True, "d": "2024-05-01", "t": ["a", "b"]}


def test_json_refuses_what_it_cannot_represent():
    with pytest.raises(TypeError):
        to_json_bytes({"x": object()})


def test_the_headline_reads_as_one_sentence(result):
    assert headline(result) == (f"Score {result.score:.1f} (up to {result.score_upper:.1f} if every unknown is met), "
                                f"{result.coverage:.1f} % assessed")


def test_the_headline_drops_the_bound_when_nothing_is_unknown(result):
    settled = replace(result, score_upper=result.score)
    assert "up to" not in headline(settled)


def test_items_say_why_they_are_not_scored(result):
    checklist = result.checklist
    assert item_role(checklist, "9.a", True) == "yes"
    assert item_role(checklist, "9.n", False).startswith("no: a group")
    assert item_role(checklist, "9.n.i", False) == "no: addressed to UNODC (context)"
    assert item_role(checklist, "9.p", False) == "no: for States acting jointly (context)"


def test_crosswalk_alignment_lists_articles_with_their_items_and_share_met(result):
    rows = {(row["treaty"], row["article"]): row for row in crosswalk_alignment(result)}
    illegal_access = rows[("budapest", "2")]
    assert illegal_access["heading"] == "Illegal access"
    assert [entry["id"] for entry in illegal_access["items"]] == ["10.d", "10.f.vii"]
    # 10.d full (weight 1), 10.f.vii partial (weight 2): (1 + 2 x 0.5) / 3
    assert illegal_access["met"] == pytest.approx(200 / 3)
    assert rows[("budapest", "25")]["items"] == [{"id": "9.c", "reference": "25(5)", "status": "partial"}]
    assert rows[("budapest", "4")]["met"] == 100.0  # 10.e (4(2)) is not applicable and leaves the share
    assert list(rows)[:3] == [("budapest", "1"), ("budapest", "2"), ("budapest", "3")]
    assert list(rows)[-1] == ("un", "64")


def test_an_article_whose_items_are_all_unknown_is_not_assessed_rather_than_none_met(result):
    rows = {(row["treaty"], row["article"]): row for row in crosswalk_alignment(result)}
    assert (rows[("un", "55")]["met"], rows[("un", "55")]["assessed"]) == (None, 0.0)  # 10.o unknown
    assert (rows[("un", "64")]["met"], rows[("un", "64")]["assessed"]) == (0.0, 100.0)  # 9.s none: assessed, not met


@pytest.mark.parametrize("suffix", [".xlsx", ".json", ".md"])
def test_text_no_file_format_can_hold_is_replaced_not_fatal(tmp_path, suffix):
    """A JSON profile may spell a lone surrogate (\\ud800); U+FFFF is not a character at all."""
    from openpyxl import load_workbook

    import gapcheck

    profile = gapcheck.read_profile(Path(__file__).parent.parent / "examples" / "estmere.json")
    answers = dict(profile.answers)
    first = next(iter(answers))
    answers[first] = replace(answers[first], notes="odd \ud800 text \uffff here")
    result = gapcheck.score(replace(profile, answers=answers))
    written = gapcheck.write_report(result, tmp_path / f"report{suffix}")
    if suffix == ".xlsx":
        notes = [c.value for row in load_workbook(written)["Items"].iter_rows() for c in row]
        assert "odd \ufffd text \ufffd here" in notes
    else:
        assert "odd \ufffd text \ufffd here" in written.read_text("utf-8")


def test_a_file_gapcheck_did_not_write_is_not_replaced_by_a_report(result, tmp_path: Path):
    target = tmp_path / "borealis.xlsx"
    target.write_bytes(b"someone's assessment")
    with pytest.raises(OutputError) as raised:
        write_report(result, target)
    assert [issue.code for issue in raised.value.issues] == ["output-exists"]
    assert target.read_bytes() == b"someone's assessment"


@pytest.mark.parametrize("suffix", [".xlsx", ".json", ".md"])
def test_an_earlier_report_is_replaced_without_asking(result, tmp_path: Path, suffix: str):
    target = tmp_path / f"report{suffix}"
    write_report(result, target)  # the run before
    assert write_report(result, target) == target


def test_overwrite_replaces_any_file(result, tmp_path: Path):
    target = tmp_path / "report.md"
    target.write_text("notes")
    write_report(result, target, overwrite=True)
    assert target.read_text("utf-8").startswith("# Gap report: ")
