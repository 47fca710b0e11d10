"""validate_profile: every problem in a file, as data, never an exception."""

from __future__ import annotations

from pathlib import Path

import pytest

import gapcheck
from gapcheck import Issue, validate_profile
from tests.conftest import DATA

PROFILES = DATA / "profiles"
MINI = PROFILES / "mini-checklist.yaml"


def test_clean_file_has_no_problems() -> None:
    path = PROFILES / "samples" / "human-sheet.xlsx"
    issues = validate_profile(path, MINI)
    assert [issue.code for issue in issues] == ["unanswered-items"]
    assert not any(issue.is_error for issue in issues)


def test_every_problem_comes_back_at_once_as_issue_records() -> None:
    issues = validate_profile(PROFILES / "samples" / "template-errors.xlsx", MINI)
    assert all(isinstance(issue, Issue) for issue in issues)
    assert [issue.code for issue in issues if issue.is_error] == [
        "missing-jurisdiction", "invalid-code", "invalid-date", "invalid-status"]
    assert issues[0].to_dict() | {"message": "", "hint": ""} == {
        "code": "missing-jurisdiction", "message": "", "severity": "error", "hint": "",
        "file": str(PROFILES / "samples" / "template-errors.xlsx"), "sheet": "Jurisdiction", "row": 2,
        "column": "B", "pointer": None}


def test_a_hostile_file_is_a_problem_not_an_exception() -> None:
    issues = validate_profile(PROFILES / "hostile" / "entities.xlsx")
    assert [issue.code for issue in issues] == ["xml-entities"]


def test_an_unknown_checklist_is_a_problem_not_an_exception() -> None:
    issues = validate_profile(PROFILES / "samples" / "aurelia.json", "eg-cybercrime-2018@0.0.1")
    assert [issue.code for issue in issues] == ["unknown-checklist-version"]
    assert issues[0].file == str(PROFILES / "samples" / "aurelia.json")


def test_a_long_table_is_valid_here_even_with_several_jurisdictions() -> None:
    issues = validate_profile(PROFILES / "rules" / "two-jurisdictions.csv", MINI)
    assert [issue.code for issue in issues] == ["unanswered-items", "unanswered-items"]


def test_the_checklist_the_file_names_is_used_by_default(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text('{"format": 1, "checklist": "eg-cybercrime-2018@1.0.0", '
                    '"jurisdiction": {"name": "Aurelia"}, "answers": [{"item": "10.f.xv", "status": "full"}]}', "utf-8")
    assert [issue.code for issue in validate_profile(path)] == ["unanswered-items"]


def test_a_gapcheck_report_is_one_problem_that_says_what_it_is(tmp_path: Path) -> None:
    import gapcheck

    example = Path(__file__).parent.parent / "examples" / "aurelia.xlsx"
    report = gapcheck.write_report(gapcheck.score(gapcheck.read_profile(example)), tmp_path / "report.xlsx")
    [issue] = validate_profile(report)
    assert (issue.code, issue.severity) == ("report-not-profile", "error")
    assert "a gap report" in issue.message


def test_problems_are_listed_in_row_order_whatever_rule_found_them() -> None:
    issues = validate_profile(PROFILES / "rules" / "invalid-dates.csv", MINI)
    assert [(issue.code, issue.row, issue.column) for issue in issues] == [
        ("invalid-date", 2, "assessed_on"), ("invalid-status", 2, "status"), ("invalid-date", 3, "assessed_on"),
        ("invalid-status", 4, "status"), ("unanswered-items", None, None)]


def test_problems_of_a_workbook_follow_its_sheets_then_rows() -> None:
    issues = validate_profile(PROFILES / "samples" / "template-errors.xlsx", MINI)
    assert [(issue.code, issue.sheet, issue.row) for issue in issues] == [
        ("missing-jurisdiction", "Jurisdiction", 2), ("invalid-code", "Jurisdiction", 3),
        ("invalid-date", "Jurisdiction", 5), ("invalid-status", "Assessment", 2),
        ("unanswered-items", "Assessment", None)]


# --- a treaty checklist works like the recommendations -----------------------------------


def _filled_budapest_template(path, name: str, code: str, status: str, reservations: str = ""):
    from openpyxl import load_workbook

    gapcheck.write_template(path, "budapest-2001")
    book = load_workbook(path)
    facts = book["Jurisdiction"]
    for row in facts.iter_rows(min_row=2):
        field = row[0].value
        if field in {"Jurisdiction": 1, "Code": 1, "Assessed on": 1, "Reservations": 1}:
            row[1].value = {"Jurisdiction": name, "Code": code, "Assessed on": "2026-01-15",
                            "Reservations": reservations}[field]
    sheet = book["Assessment"]
    status_column = [c.value for c in sheet[1]].index("Status") + 1
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row, status_column).value = status
    book.save(path)
    return path


def test_the_budapest_template_fills_validates_and_scores_like_the_2018_one(tmp_path):
    path = _filled_budapest_template(tmp_path / "arcadia.xlsx", "Arcadia", "XAR", "yes", "9 (4)")
    assert [i for i in gapcheck.validate_profile(path) if i.is_error] == []
    result = gapcheck.score(path)
    assert result.checklist.ref == "budapest-2001@1.0.0" and result.profile.reservations == ("9 (4)",)
    assert result.score == 100.0 and result.coverage == 100.0


def test_compare_and_progress_work_on_budapest_profiles(tmp_path):
    full = _filled_budapest_template(tmp_path / "a.xlsx", "Arcadia", "XAR", "yes")
    none = _filled_budapest_template(tmp_path / "b.xlsx", "Borduria", "XBD", "no")
    comparison = gapcheck.compare([full, none])
    assert list(comparison.overview["code"]) == ["XAR", "XBD"]
    assert comparison.pairs.loc["Arcadia (XAR)", "Borduria (XBD)"] == 0.0
    change = gapcheck.progress(none, _filled_budapest_template(tmp_path / "c.xlsx", "Borduria", "XBD", "partly"))
    assert change.score_change == pytest.approx(50.0)
    assert change.parts["law"] == pytest.approx(50.0)
