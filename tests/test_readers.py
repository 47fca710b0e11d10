"""Reading profiles: the template, sheets people make, CSV and JSON; every rule reported where it is broken."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import gapcheck
from gapcheck._checklist_files import load_checklist
from gapcheck._errors import Issue, OutputError, ProfileError
from gapcheck._profile import PROFILE_COLUMNS, Answer, Jurisdiction, Profile
from gapcheck._readers import (
    load_profiles,
    profile_from_dict,
    profile_to_dict,
    read_profile,
    read_profiles,
    write_profile,
)
from gapcheck._readers._assemble import STATUS_HINT
from gapcheck._readers._table import COLUMN_SYNONYMS, LABEL_SYNONYMS, header_key, match_header
from tests.conftest import DATA, EXAMPLES
from tests.strategies import documented_profiles

PROFILES = DATA / "profiles"
RULES = PROFILES / "rules"
SAMPLES = PROFILES / "samples"
MINI_PATH = PROFILES / "mini-checklist.yaml"
MINI = load_checklist(MINI_PATH)


def only(issues: list[Issue], code: str) -> Issue:
    """The single issue with ``code``; fails when there is none or several."""
    found = [issue for issue in issues if issue.code == code]
    assert len(found) == 1, (code, issues)
    return found[0]


# --- the template and sheets people make --------------------------------------


def test_filled_template_gives_the_jurisdiction_and_its_answers() -> None:
    profile = read_profile(SAMPLES / "template-filled.xlsx", MINI)
    assert profile.jurisdiction == Jurisdiction("Aurelia", "XKA", "Europe")
    assert profile.assessed_on == date(2024, 3, 1)
    assert profile.assessor == "Ministry of Justice, legislation unit"
    assert profile.sources == ("Penal Code 2019", "Official Gazette 12/2020")
    assert profile.checklist == "mini-checklist@1.0.0"
    assert profile.answers["9.a"] == Answer("9.a", "full", ("Penal Code, art. 5", "Penal Code, art. 6"),
                                            "Definitions in art. 2", "")
    assert profile.answers["10.f.vii"].provisions == ("Penal Code, art. 285", "Penal Code, art. 286")
    assert profile.answers["10.a"] == Answer("10.a", "not_applicable", (), "", "Federal matter")
    assert set(profile.answers) == {"9.a", "9.b", "9.s", "10.a", "10.f.vii"}


def test_profile_records_the_file_it_came_from() -> None:
    path = SAMPLES / "template-filled.xlsx"
    profile = read_profile(path, MINI)
    assert profile.source_file == str(path)
    assert profile.source_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_warnings_travel_with_the_profile() -> None:
    profile = read_profile(SAMPLES / "template-filled.xlsx", MINI)
    warning = only(list(profile.issues), "unanswered-items")
    assert warning.severity == "warning"
    assert warning.sheet == "Assessment"
    assert "3 of 9" in warning.message and warning.message.endswith("10.e, 10.f.i, 10.f.ii.")


def test_sheet_a_person_made_is_read_through_its_own_headers_and_spellings() -> None:
    profile = read_profile(SAMPLES / "human-sheet.xlsx", MINI)
    assert profile.jurisdiction == Jurisdiction("Aurelia", "XKA", "")
    assert profile.assessed_on == date(2024, 3, 1)
    statuses = {item: answer.status for item, answer in profile.answers.items()}
    assert statuses == {"9.a": "full", "9.b": "partial", "10.f.vii": "full", "10.f.ii": "planned",
                        "10.f.i": "none", "9.s": "not_applicable"}
    assert profile.answers["9.a"].provisions == ("Penal Code, art. 5", "Penal Code, art. 6")
    assert profile.answers["9.s"].notes == "Not a UN member"


def _with_answer_sheet(target: Path, sheet: str, status: str, drop: tuple[str, ...] = ()) -> Path:
    """A copy of the filled template whose sheet ``sheet`` holds only a table answering 9.a, without ``drop``."""
    from openpyxl import load_workbook

    workbook = load_workbook(SAMPLES / "template-filled.xlsx")
    table = workbook[sheet]
    for merged in list(table.merged_cells.ranges):
        table.unmerge_cells(str(merged))
    table.delete_rows(1, table.max_row)
    table.append(["Item", "Status"])
    table.append(["9.a", status])
    for name in drop:
        del workbook[name]
    workbook.save(target)
    return target


@pytest.mark.parametrize("sheet", ["Instructions", "Context (not scored)"])
def test_the_templates_own_text_sheets_are_not_read(tmp_path: Path, sheet: str) -> None:
    profile = read_profile(_with_answer_sheet(tmp_path / "template.xlsx", sheet, "none"), MINI)
    assert profile.answers["9.a"].status == "full"  # as on the Assessment sheet; no conflicting answer read


def test_a_sheet_named_like_the_templates_is_read_in_a_workbook_of_another_layout(tmp_path: Path) -> None:
    path = _with_answer_sheet(tmp_path / "own.xlsx", "Instructions", "none", drop=("Context (not scored)",))
    issue = only(load_profiles(path, MINI)[1], "conflicting-answers")
    assert issue.sheet in ("Assessment", "Instructions")


def test_hidden_sheets_and_sheets_without_a_table_are_left_alone() -> None:
    issues = load_profiles(SAMPLES / "human-sheet.xlsx", MINI)[1]
    assert not any(issue.is_error for issue in issues)
    assert all(issue.sheet in (None, "Review") for issue in issues)


def test_long_table_gives_one_profile_per_jurisdiction_in_order() -> None:
    profiles = read_profiles(SAMPLES / "long-table.xlsx", MINI)
    assert [p.jurisdiction for p in profiles] == [
        Jurisdiction("Aurelia", "XKA", "Europe"), Jurisdiction("Borduria", "XKB", "Europe"),
        Jurisdiction("Carpania", "XKC", "Asia-Pacific")]
    assert set(profiles[0].answers) == {"9.a", "9.b", "10.f.vii"}
    assert profiles[2].answers["10.e"].status == "partial"


def test_read_profile_refuses_a_file_with_several_jurisdictions() -> None:
    with pytest.raises(ProfileError) as raised:
        read_profile(SAMPLES / "long-table.xlsx", MINI)
    issue = only(list(raised.value.issues), "several-jurisdictions")
    assert "Aurelia (XKA), Borduria (XKB), Carpania (XKC)" in issue.message


def test_formulas_are_never_evaluated() -> None:
    profile = read_profile(SAMPLES / "formula.xlsx", MINI)
    assert "9.b" not in profile.answers  # its status is a formula saved without a value
    assert profile.answers["9.a"].notes == ""


# --- CSV and JSON -------------------------------------------------------------


def test_long_csv_fills_a_blank_jurisdiction_from_the_row_above() -> None:
    aurelia, borduria = read_profiles(RULES / "long.csv", MINI)
    assert aurelia.jurisdiction == Jurisdiction("Aurelia", "XKA", "Europe")
    assert set(aurelia.answers) == {"9.a", "9.b", "10.f.vii"}
    assert aurelia.answers["9.a"].provisions == ("Penal Code, art. 5", "Penal Code, art. 6")
    assert borduria.assessed_on == date(2023, 11, 15)
    assert borduria.answers["10.f.i"].status == "planned"


def test_semicolon_csv_in_windows_1252_with_a_title_row() -> None:
    profile = read_profile(SAMPLES / "semicolon-cp1252.csv", MINI)
    assert profile.jurisdiction.name == "Côte d'Ivoire"
    assert profile.answers["9.a"] == Answer("9.a", "full", ("Code pénal, art. 5",), "", "")
    assert profile.answers["9.b"].notes == "Négociations en cours"


@pytest.mark.parametrize("name", ["tabs-bom.csv", "utf16.txt"])
def test_tab_separated_unicode_text(name: str) -> None:
    profile = read_profile(SAMPLES / name, MINI)
    assert profile.jurisdiction == Jurisdiction("Aurelia", "XKA")
    assert profile.answers["9.a"].notes == "Été 2024"


def test_the_checklists_own_status_labels_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "labels.csv"
    path.write_text("jurisdiction,item,status\nAurelia,9.a,Partly met\nAurelia,9.b,NOT  MET\n", "utf-8")
    answers = read_profile(path, MINI).answers
    assert (answers["9.a"].status, answers["9.b"].status) == ("partial", "none")


def test_json_profile_accepts_citations_as_written() -> None:
    profile = read_profile(SAMPLES / "aurelia.json", MINI)
    assert profile.checklist == "mini-checklist@1.0.0"
    assert profile.answers["10.f.vii"] == Answer("10.f.vii", "partial", (), "", "Only banks")
    assert profile.sources == ("Penal Code 2019",)


def test_profile_from_dict_locates_problems_by_json_pointer() -> None:
    data = {"format": 1, "jurisdiction": {"name": " "}, "answers": [{"item": "9.a", "status": "yes"}]}
    with pytest.raises(ProfileError) as raised:
        profile_from_dict(data, MINI)
    assert only(list(raised.value.issues), "missing-jurisdiction").pointer == "/jurisdiction/name"


def test_unsupported_suffix_is_one_clear_issue(tmp_path: Path) -> None:
    path = tmp_path / "profile.pdf"
    path.write_bytes(b"%PDF-1.7")
    issue = only(load_profiles(path)[1], "unsupported-format")
    assert issue.file == str(path)


def test_missing_file_is_an_issue_not_an_exception(tmp_path: Path) -> None:
    issues = load_profiles(tmp_path / "nowhere.xlsx")[1]
    assert only(issues, "file-not-found").file == str(tmp_path / "nowhere.xlsx")


# --- every rule, at its place -------------------------------------------------

RULE_CASES = [
    # file, checklist given, code, severity, expected location
    ("rules/unknown-item.csv", True, "unknown-item", "error", {"row": 3, "column": "item"}),
    ("rules/conflicting-answers.csv", True, "conflicting-answers", "error", {"row": 4, "column": "item"}),
    ("rules/duplicate-answer.csv", True, "duplicate-answer", "warning", {"row": 3, "column": "item"}),
    ("rules/invalid-status.csv", True, "invalid-status", "error", {"row": 2, "column": "status"}),
    ("rules/missing-jurisdiction.csv", True, "missing-jurisdiction", "error", {"row": 2, "column": "jurisdiction"}),
    ("rules/invalid-code.csv", True, "invalid-code", "error", {"row": 2, "column": "code"}),
    ("rules/invalid-date.csv", True, "invalid-date", "error", {"row": 2, "column": "assessed_on"}),
    ("rules/future-date.csv", True, "future-date", "error", {"row": 2, "column": "assessed_on"}),
    ("rules/no-header-row.csv", True, "no-header-row", "error", {"row": None, "column": None}),
    ("rules/missing-item.csv", True, "missing-item", "error", {"row": 3, "column": "item"}),
    ("rules/group-answered.csv", True, "group-answered", "error", {"row": 2, "column": "status"}),
    ("rules/group-answered.csv", True, "group-notes-ignored", "warning", {"row": 3, "column": "item"}),
    ("rules/na-without-reason.csv", True, "na-without-reason", "warning", {"row": 2, "column": "notes"}),
    ("rules/unscored-item-answered.csv", True, "unscored-item-answered", "warning", {"row": 3, "column": "item"}),
    ("rules/conflicting-details.csv", True, "conflicting-jurisdiction-details", "error", {"row": 3, "column": "code"}),
    ("rules/duplicate-column.csv", True, "duplicate-column", "warning", {"row": 1, "column": "status"}),
    ("rules/unknown-checklist.json", False, "unknown-checklist", "error", {"pointer": "/checklist"}),
    ("rules/unknown-checklist.json", True, "checklist-mismatch", "warning", {"pointer": "/checklist"}),
    ("rules/truncated.json", True, "invalid-json", "error", {"pointer": None}),
    ("rules/json-errors.json", True, "invalid-code", "error", {"pointer": "/jurisdiction/code"}),
    ("rules/json-errors.json", True, "invalid-date", "error", {"pointer": "/assessed_on"}),
    ("rules/json-errors.json", True, "invalid-status", "error", {"pointer": "/answers/1/status"}),
    ("rules/json-errors.json", True, "unknown-item", "error", {"pointer": "/answers/2/item"}),
    ("rules/json-errors.json", True, "group-answered", "error", {"pointer": "/answers/3/status"}),
    ("rules/json-errors.json", True, "unknown-field", "error", {"pointer": "/jurisdiction/capital"}),
    ("rules/json-errors.json", True, "invalid-value", "error", {"pointer": "/answers/0/provisions"}),
    ("samples/template-errors.xlsx", True, "missing-jurisdiction", "error",
     {"sheet": "Jurisdiction", "row": 2, "column": "B"}),
    ("samples/template-errors.xlsx", True, "invalid-code", "error", {"sheet": "Jurisdiction", "row": 3, "column": "B"}),
    ("samples/template-errors.xlsx", True, "invalid-date", "error", {"sheet": "Jurisdiction", "row": 5, "column": "B"}),
    ("samples/template-errors.xlsx", True, "invalid-status", "error",
     {"sheet": "Assessment", "row": 2, "column": "Status"}),
    ("samples/template-future.xlsx", True, "future-date", "error", {"sheet": "Jurisdiction", "row": 5, "column": "B"}),
    ("samples/template-unknown-checklist.xlsx", False, "unknown-checklist", "error",
     {"sheet": "Jurisdiction", "row": 8, "column": "B"}),
    ("samples/template-unknown-checklist.xlsx", True, "checklist-mismatch", "warning",
     {"sheet": "Jurisdiction", "row": 8, "column": "B"}),
    ("samples/template-filled.xlsx", True, "unanswered-items", "warning", {"sheet": "Assessment", "row": None}),
    ("samples/human-errors.xlsx", True, "group-answered", "error", {"sheet": "Review", "row": 4, "column": "Status"}),
    ("samples/human-errors.xlsx", True, "unknown-item", "error", {"sheet": "Review", "row": 5, "column": "Ref"}),
    ("samples/human-errors.xlsx", True, "duplicate-column", "warning",
     {"sheet": "Review", "row": 3, "column": "Status"}),
    ("samples/human-errors.xlsx", True, "missing-jurisdiction", "error", {"sheet": "Review", "row": None}),
    ("samples/no-header-row.xlsx", True, "no-header-row", "error", {"sheet": "Data", "row": None}),
]


@pytest.mark.parametrize(("name", "given_checklist", "code", "severity", "where"), RULE_CASES,
                         ids=[f"{case[0]}:{case[2]}" for case in RULE_CASES])
def test_rule_is_reported_with_code_severity_and_place(name: str, given_checklist: bool, code: str, severity: str,
                                                       where: dict[str, object]) -> None:
    path = PROFILES / name
    issue = only(load_profiles(path, MINI if given_checklist else None)[1], code)
    assert issue.severity == severity
    assert issue.file == str(path)
    assert {key: getattr(issue, key) for key in where} == where
    assert issue.message and issue.hint


def test_a_file_with_an_error_gives_no_profile_but_every_issue() -> None:
    profiles, issues = load_profiles(SAMPLES / "template-errors.xlsx", MINI)
    assert profiles == []
    assert {"missing-jurisdiction", "invalid-code", "invalid-date", "invalid-status"} <= {i.code for i in issues}


def test_read_profile_raises_with_warnings_included() -> None:
    with pytest.raises(ProfileError) as raised:
        read_profile(RULES / "group-answered.csv", MINI)
    codes = {issue.code for issue in raised.value.issues}
    assert {"group-answered", "group-notes-ignored"} <= codes


def test_an_unknown_checklist_named_by_the_caller_is_an_issue() -> None:
    issues = load_profiles(SAMPLES / "aurelia.json", "no-such-checklist")[1]
    assert only(issues, "unknown-checklist").file == str(SAMPLES / "aurelia.json")


def test_an_answered_alternative_covers_its_partner_unless_not_applicable(tmp_path: Path) -> None:
    path = tmp_path / "alternatives.csv"
    path.write_text("jurisdiction,item,status,notes\nAurelia,9.s,full,\n", "utf-8")
    assert "9.t" not in only(load_profiles(path, MINI)[1], "unanswered-items").message
    path.write_text("jurisdiction,item,status,notes\nAurelia,9.s,n/a,Not a member\n", "utf-8")
    assert "9.t" in only(load_profiles(path, MINI)[1], "unanswered-items").message


# --- headers ------------------------------------------------------------------

ALL_HEADERS = [(name, synonym) for name, synonyms in COLUMN_SYNONYMS.items() for synonym in synonyms]


@pytest.mark.parametrize(("name", "synonym"), ALL_HEADERS)
def test_every_documented_header_is_recognised_in_any_case_and_punctuation(name: str, synonym: str) -> None:
    written = f"  {synonym.upper().replace(' ', '_')}: "
    columns, _ = match_header(["Something else", written])
    assert columns[name] == (1, written.strip())


def test_bracketed_asides_and_question_marks_do_not_hide_a_header() -> None:
    assert header_key("Provision(s)") == "provision"
    assert header_key("Met?") == "met"
    assert header_key("Status [choose from list]") == "status"


def test_the_best_synonym_wins_when_two_columns_could_be_the_item() -> None:
    columns, repeats = match_header(["Recommendation", "Id", "Status"])
    assert columns["item"] == (1, "Id")
    assert repeats == []


def test_label_synonyms_cover_every_jurisdiction_field() -> None:
    assert set(LABEL_SYNONYMS) == {"jurisdiction", "code", "group", "assessed_on", "assessor", "sources", "checklist",
                                   "reservations", "declarations", "projected_from"}


# --- writing ------------------------------------------------------------------


def sample_profile() -> Profile:
    return read_profile(SAMPLES / "template-filled.xlsx", MINI)


@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_written_profile_reads_back_equal(tmp_path: Path, suffix: str) -> None:
    profile = sample_profile()
    path = write_profile(profile, tmp_path / f"copy{suffix}", checklist=MINI)
    assert read_profile(path, MINI) == profile


def test_json_output_is_deterministic_and_follows_the_schema(tmp_path: Path) -> None:
    profile = sample_profile()
    first = write_profile(profile, tmp_path / "a.json").read_bytes()
    second = write_profile(profile, tmp_path / "b.json").read_bytes()
    assert first == second
    data = json.loads(first)
    assert data == profile_to_dict(profile)
    assert data["format"] == 1 and data["checklist"] == "mini-checklist@1.0.0"
    assert data["assessed_on"] == "2024-03-01"


def test_csv_output_has_the_canonical_columns_and_reads_back(tmp_path: Path) -> None:
    profile = sample_profile()
    path = write_profile(profile, tmp_path / "profile.csv")
    text = path.read_bytes().decode("utf-8")
    assert text.startswith(f"\ufeffChecklist,{profile.checklist}\r\n")
    assert "\r\n" + ",".join(PROFILE_COLUMNS) + "\r\n" in text
    back = read_profile(path, MINI)
    assert (back.jurisdiction, back.assessed_on, back.answers) == (
        profile.jurisdiction, profile.assessed_on, profile.answers)


def test_xlsx_output_keeps_answers_to_items_outside_the_assessment_sheet(tmp_path: Path) -> None:
    profile = Profile(Jurisdiction("Aurelia", "XKA"), MINI.ref,
                      {"9.p": Answer("9.p", "full", notes="Context only")}, date(2024, 1, 1))
    back = read_profile(write_profile(profile, tmp_path / "p.xlsx", checklist=MINI, overwrite=True), MINI)
    assert back == profile
    assert only(list(back.issues), "unscored-item-answered").row == 11


def test_text_that_looks_like_a_formula_or_an_escape_stays_text(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    answer = Answer("9.a", "full", ("=HYPERLINK(\"x\")",), "+1 more", "_x0041_ is not A")
    profile = Profile(Jurisdiction("@Aurelia", "XKA"), MINI.ref, {"9.a": answer})
    path = write_profile(profile, tmp_path / "p.xlsx", checklist=MINI)
    assert load_workbook(path)["Assessment"]["G2"].data_type == "s"
    assert read_profile(path, MINI) == profile


def test_writing_over_the_file_read_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "aurelia.json"
    source.write_bytes((SAMPLES / "aurelia.json").read_bytes())
    profile = read_profile(source, MINI)
    with pytest.raises(OutputError):
        write_profile(profile, source)
    assert source.read_bytes() == (SAMPLES / "aurelia.json").read_bytes()


def test_unknown_output_suffix_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as raised:
        write_profile(sample_profile(), tmp_path / "profile.docx")
    assert raised.value.issues[0].code == "unsupported-output"


# --- invariants ---------------------------------------------------------------


@settings(max_examples=50)
@given(profile=documented_profiles(MINI))
def test_any_profile_round_trips_through_json(tmp_path: Path, profile: Profile) -> None:
    assert read_profile(write_profile(profile, tmp_path / "p.json", overwrite=True), MINI) == profile


@settings(max_examples=30)
@given(profile=documented_profiles(MINI))
def test_any_profile_round_trips_through_the_filled_template(tmp_path: Path, profile: Profile) -> None:
    assert read_profile(write_profile(profile, tmp_path / "p.xlsx", checklist=MINI, overwrite=True), MINI) == profile


@settings(max_examples=5)
@given(data=st.data())
def test_bundled_checklist_profiles_round_trip_through_the_template(tmp_path: Path, checklist, data) -> None:
    profile = data.draw(documented_profiles(checklist))
    assert read_profile(write_profile(profile, tmp_path / "p.xlsx", overwrite=True), checklist) == profile


GOOD_WORKBOOK = (PROFILES / "hostile" / "good-minimal.xlsx").read_bytes()


def damaged(data: st.DataObject) -> bytes:
    """A valid workbook with a few bytes changed, cut short or both."""
    content = bytearray(GOOD_WORKBOOK)
    for _ in range(data.draw(st.integers(1, 4))):
        content[data.draw(st.integers(0, len(content) - 1))] = data.draw(st.integers(0, 255))
    return bytes(content[: data.draw(st.integers(1, len(content)))])


@settings(max_examples=100)
@given(content=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_any_bytes_either_read_or_give_issues(tmp_path: Path, content: bytes, suffix: str) -> None:
    path = tmp_path / f"any{suffix}"
    path.write_bytes(content)
    profiles, issues = load_profiles(path, MINI)
    assert profiles or any(issue.is_error for issue in issues)
    assert all(isinstance(issue, Issue) for issue in issues)


@settings(max_examples=100)
@given(data=st.data())
def test_any_damage_to_a_workbook_gives_issues_not_exceptions(tmp_path: Path, data: st.DataObject) -> None:
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(damaged(data))
    profiles, issues = load_profiles(path, MINI)
    assert profiles or any(issue.is_error for issue in issues)


WORDS = st.sampled_from(["item", "Ref.", "Status", "Met?", "jurisdiction", "Country", "code", "date", "notes",
                         "Aurelia", "XKA", "9.a", "10 (f)", "10f-vii", "9.p", "yes", "n/a", "draft", "", "2024-02-30",
                         "Checklist", "mini-checklist@1.0.0", "=1+1", '"', "\r\n"])
TABLES = st.lists(st.lists(st.one_of(WORDS, st.text(max_size=8)), max_size=6), max_size=8)


@settings(max_examples=100)
@given(table=TABLES, delimiter=st.sampled_from([",", ";", "\t"]))
def test_any_table_of_plausible_words_reads_or_gives_issues(tmp_path: Path, table: list[list[str]],
                                                            delimiter: str) -> None:
    path = tmp_path / "table.csv"
    path.write_text("\n".join(delimiter.join(row) for row in table), "utf-8", errors="surrogatepass")
    profiles, issues = load_profiles(path, MINI)
    assert profiles or any(issue.is_error for issue in issues)


def test_report_kind_recognises_every_report_gapcheck_writes_and_nothing_else(tmp_path: Path):
    import gapcheck
    from gapcheck._readers._own_reports import report_kind

    examples = Path(__file__).parent.parent / "examples"
    result = gapcheck.score(gapcheck.read_profile(examples / "aurelia.xlsx"))
    comparison = gapcheck.compare([examples / "aurelia.xlsx", examples / "borealis.xlsx"])
    change = gapcheck.progress(examples / "history" / "deltaria-2024.xlsx", examples / "deltaria.xlsx")
    for document, kind in ((result, "a gap report"), (comparison, "a comparison report"),
                           (change, "a progress report")):
        for suffix in (".xlsx", ".json"):
            written = gapcheck.write_report(document, tmp_path / f"{kind.split()[1]}{suffix}")
            assert report_kind(written) == kind, written
    (tmp_path / "not-a-zip.xlsx").write_bytes(b"PK\x03\x04 and then nothing")
    for profile in (examples / "aurelia.xlsx", examples / "estmere.json", examples / "calderon.csv",
                    tmp_path / "not-a-zip.xlsx", tmp_path / "missing.json", tmp_path):
        assert report_kind(profile) is None, profile


def test_a_profile_written_as_csv_reads_back_equal_with_its_checklist_version(tmp_path):
    """The CSV names its checklist version, assessor and sources above the table, so nothing is lost."""
    import gapcheck

    profile = gapcheck.read_profile(Path(__file__).parent.parent / "examples" / "estmere.json")
    again = gapcheck.read_profile(gapcheck.write_profile(profile, tmp_path / "estmere.csv"))
    assert again == profile
    assert (again.checklist, again.assessor, again.sources) == (profile.checklist, profile.assessor, profile.sources)


# --- quotes in CSV --------------------------------------------------------------


def test_a_quote_never_closed_is_invalid_csv_where_it_opened_not_answers_dropped() -> None:
    path = RULES / "unclosed-quote.csv"
    profiles, issues = load_profiles(path, MINI)
    assert profiles == []
    assert [(i.code, i.severity, i.file, i.row, i.column) for i in issues] == [
        ("invalid-csv", "error", str(path), 3, "item")]
    assert "line 3" in issues[0].message
    assert issues[0].hint.startswith("A quote opened here is never closed; remove it or close it.")


def test_a_quote_closed_lines_later_inside_a_cell_is_invalid_csv_where_it_opened() -> None:
    issues = load_profiles(RULES / "quote-closed-late.csv", MINI)[1]
    assert [(i.code, i.row, i.column) for i in issues] == [("invalid-csv", 3, "status")]
    assert "line 4" in issues[0].message  # row 2 spans lines 2 and 3, legitimately
    assert "2 line(s) later" in issues[0].message


def test_quoted_cells_keep_their_line_breaks_and_doubled_quotes() -> None:
    profiles, issues = load_profiles(RULES / "quoted-line-breaks.csv", MINI)
    assert [(i.code, i.row) for i in issues] == [("unanswered-items", None)]
    answers = profiles[0].answers
    assert answers["9.a"].provisions == ("Penal Code, art. 5", "Penal Code, art. 6")
    assert answers["9.a"].notes == 'Said "in force" by the ministry'
    assert answers["9.b"].notes == "Two lines:\nfirst, second"


def test_a_cell_that_only_starts_with_a_quoted_phrase_is_read_as_before(tmp_path: Path) -> None:
    path = tmp_path / "phrase.csv"
    path.write_text('jurisdiction,item,status,notes\nAurelia,9.a,full,"Cyber Act" s. 4\nAurelia,9.b,none,\n', "utf-8")
    profiles, issues = load_profiles(path, MINI)
    assert [(i.code, i.row) for i in issues] == [("unanswered-items", None)]
    assert profiles[0].answers["9.a"].notes == "Cyber Act s. 4"
    assert profiles[0].answers["9.b"].status == "none"


# --- statuses mistyped ----------------------------------------------------------


@pytest.mark.parametrize(("row", "meant"), [(2, "full"), (3, "partial (partially)"), (4, "partial")],
                         ids=["ful", "Partialy", "parcial"])
def test_a_mistyped_status_is_invalid_and_the_hint_names_the_status_meant(row: int, meant: str) -> None:
    issues = load_profiles(RULES / "status-typos.csv", MINI)[1]
    [issue] = [i for i in issues if i.row == row]
    assert (issue.code, issue.severity, issue.column) == ("invalid-status", "error", "status")
    assert issue.hint == f"Did you mean {meant}? {STATUS_HINT}"


def test_a_status_like_no_word_gets_the_list_without_a_guess() -> None:
    issues = load_profiles(RULES / "status-typos.csv", MINI)[1]
    [issue] = [i for i in issues if i.row == 5]
    assert (issue.code, issue.column, issue.hint) == ("invalid-status", "status", STATUS_HINT)


# --- a header row with a column misspelt ----------------------------------------


def test_a_misspelt_status_header_is_a_missing_column_at_the_header_row() -> None:
    path = RULES / "header-typo.csv"
    issues = load_profiles(path, MINI)[1]
    assert [(i.code, i.severity, i.file, i.row, i.column) for i in issues] == [
        ("missing-column", "error", str(path), 3, "staus")]
    assert "no status column" in issues[0].message
    assert issues[0].hint.startswith("Did you mean Status for 'staus' (column C)?")
    assert ", ".join(COLUMN_SYNONYMS["status"]) in issues[0].hint


def test_a_misspelt_item_header_is_a_missing_column_too() -> None:
    issues = load_profiles(RULES / "header-typo-item.csv", MINI)[1]
    assert [(i.code, i.row, i.column) for i in issues] == [("missing-column", 1, "Itme")]
    assert issues[0].hint.startswith("Did you mean Item for 'Itme' (column B)?")


def test_a_misspelt_header_in_a_sheet_a_person_made_is_named_on_its_sheet_and_row() -> None:
    issues = load_profiles(SAMPLES / "header-typo.xlsx", MINI)[1]
    assert [(i.code, i.sheet, i.row, i.column) for i in issues] == [("missing-column", "Review", 5, "Staus")]


def test_a_header_row_without_any_close_header_lists_what_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "no-status.csv"
    path.write_text("jurisdiction,item,provisions,reviewer\nAurelia,9.a,Penal Code,JD\n", "utf-8")
    issues = load_profiles(path, MINI)[1]
    assert [(i.code, i.row, i.column) for i in issues] == [("missing-column", 1, None)]
    assert issues[0].hint.startswith("Add a status column. The status column may be headed status, compliance")


# --- dates in a long table ------------------------------------------------------


def test_every_bad_date_of_a_long_table_is_invalid_date_at_its_own_row() -> None:
    issues = load_profiles(RULES / "invalid-dates.csv", MINI)[1]
    assert [(i.code, i.row, i.column) for i in issues if i.code.endswith("date")] == [
        ("invalid-date", 2, "assessed_on"), ("invalid-date", 3, "assessed_on")]
    assert "conflicting-jurisdiction-details" not in {i.code for i in issues}  # 1 March 2024 is 2024-03-01


def test_a_different_good_date_for_the_same_jurisdiction_still_conflicts(tmp_path: Path) -> None:
    path = tmp_path / "dates.csv"
    path.write_text("jurisdiction,assessed_on,item,status\nAurelia,2024-03-01,9.a,full\n"
                    "Aurelia,2 March 2024,9.b,full\n", "utf-8")
    issue = only(load_profiles(path, MINI)[1], "conflicting-jurisdiction-details")
    assert (issue.row, issue.column) == (3, "assessed_on")


# --- JSON values of the wrong type ----------------------------------------------


def test_json_values_of_the_wrong_type_are_invalid_values_at_their_pointers() -> None:
    path = RULES / "json-types.json"
    profiles, issues = load_profiles(path, MINI)
    assert profiles == []
    assert [(i.code, i.file, i.pointer) for i in issues if i.is_error] == [
        ("invalid-value", str(path), pointer) for pointer in (
            "/answers/0/status", "/answers/1/status", "/answers/2/status", "/answers/3/evidence",
            "/answers/3/provisions", "/answers/4/status")]


def test_a_json_status_of_the_wrong_type_is_named_in_jsons_words() -> None:
    issues = load_profiles(RULES / "json-types.json", MINI)[1]
    [issue] = [i for i in issues if i.pointer == "/answers/0/status"]
    assert (issue.code, issue.message) == ("invalid-value", "The value is true, not a status written as text.")


def test_a_json_field_of_the_wrong_shape_is_one_issue_without_follow_ons() -> None:
    data = {"format": 1, "jurisdiction": "Aurelia", "answers": {"9.a": "full"}}
    with pytest.raises(ProfileError) as raised:
        profile_from_dict(data, MINI)
    assert [(i.code, i.pointer) for i in raised.value.issues] == [
        ("invalid-value", "/answers"), ("invalid-value", "/jurisdiction")]


@pytest.mark.parametrize(("name", "held"), [("json-null.json", "null"), ("json-list.json", "a list")])
def test_a_json_file_that_is_not_an_object_is_one_issue(name: str, held: str) -> None:
    path = RULES / name
    issues = load_profiles(path, MINI)[1]
    assert [(i.code, i.severity, i.file, i.pointer) for i in issues] == [("invalid-value", "error", str(path), "")]
    assert issues[0].message == f"The file holds {held}, not a profile object."
    assert issues[0].hint.startswith("A profile is one JSON object")


def test_profile_from_dict_of_none_is_one_issue() -> None:
    with pytest.raises(ProfileError) as raised:
        profile_from_dict(None, MINI)
    assert [(i.code, i.pointer, i.message) for i in raised.value.issues] == [
        ("invalid-value", "", "The profile given is null, not a profile object.")]


def test_writing_a_result_as_a_profile_is_refused_with_a_pointer_to_its_profile(tmp_path: Path):
    from gapcheck import OutputError, score

    result = score(EXAMPLES / "aurelia.xlsx")
    with pytest.raises(OutputError) as caught:
        write_profile(result, tmp_path / "p.csv")  # type: ignore[arg-type]
    (issue,) = caught.value.issues
    assert issue.code == "not-a-profile" and "result.profile" in issue.hint
    assert not (tmp_path / "p.csv").exists()


def test_no_header_row_names_the_accepted_headers_in_its_hint():
    (issue,) = load_profiles(DATA / "profiles" / "rules" / "no-header-row.csv")[1]
    assert "paragraph" in issue.hint and "compliance" in issue.hint and "README" not in issue.hint


def test_writing_a_profile_never_replaces_an_existing_file_unless_asked(tmp_path):
    target = tmp_path / "kept.json"
    target.write_text("someone's work", encoding="utf-8")
    with pytest.raises(OutputError) as refused:
        write_profile(sample_profile(), target)
    assert [i.code for i in refused.value.issues] == ["output-exists"]
    assert target.read_text(encoding="utf-8") == "someone's work"
    write_profile(sample_profile(), target, overwrite=True)
    assert read_profile(target, MINI) == sample_profile()


def test_reserving_a_paragraph_the_treaty_does_not_allow_is_refused_at_its_cell(tmp_path):
    path = tmp_path / "arcadia.json"
    path.write_text(json.dumps({"format": 1, "checklist": "budapest-2001@1.0.0",
                                "jurisdiction": {"name": "Arcadia", "code": "XAR"},
                                "reservations": ["9 (4)", "Article 2"], "answers": []}), encoding="utf-8")
    problems = [i for i in gapcheck.validate_profile(path) if i.is_error]
    assert [(i.code, i.pointer) for i in problems] == [("invalid-reservation", "/reservations")]
    assert "Article 2" in problems[0].message and "9 (4)" in problems[0].hint


def test_reservations_are_read_as_the_treaty_cites_them_however_written(tmp_path):
    path = tmp_path / "arcadia.csv"
    path.write_text("Checklist,budapest-2001@1.0.0\nReservations,Article 9 paragraph 4; 22(2)\n\n"
                    "jurisdiction,code,item,status\nArcadia,XAR,art. 2,yes\n", encoding="utf-8")
    assert read_profile(path).reservations == ("9 (4)", "22 (2)")


def test_an_item_a_reservation_lifts_is_not_listed_as_left_without_a_status(tmp_path):
    """Reserving art. 9 (4) lifts the items it covers: they need no answer, and the count leaves them out."""
    path = tmp_path / "arcadia.csv"
    path.write_text("Checklist,budapest-2001@1.0.0\nReservations,9 (4)\n\n"
                    "jurisdiction,code,item,status\nArcadia,XAR,art. 2,yes\n", encoding="utf-8")
    checklist = gapcheck.load_checklist("budapest-2001@1.0.0")
    lifted = checklist.lifted_by(["9 (4)"])
    warning = only(gapcheck.validate_profile(path), "unanswered-items")
    listed = set(warning.message.split("(not met): ", 1)[1].rstrip(".").split(", "))
    assert lifted and not listed & set(lifted)
    assert warning.message.startswith(f"{len(checklist.scored_items) - len(lifted) - 1} of "
                                      f"{len(checklist.scored_items) - len(lifted)} ")


# --- issue 12: reading what people write --------------------------------------------


def _csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_an_item_with_a_mistyped_status_is_not_also_counted_as_having_no_status(tmp_path: Path) -> None:
    """Six items open, one of them mistyped: the warning counts five, and fixing the typo leaves it at five."""
    rows = "jurisdiction,item,status\nAurelia,9.a,ful\nAurelia,9.b,full\n"
    mistyped = load_profiles(_csv(tmp_path / "typo.csv", rows), MINI)[1]
    fixed = load_profiles(_csv(tmp_path / "fixed.csv", rows.replace(",ful\n", ",full\n")), MINI)[1]
    open_items = len(MINI.scored_items) - 2
    assert only(mistyped, "invalid-status").message.startswith("9.a: 'ful'")
    assert only(mistyped, "unanswered-items").message.startswith(f"{open_items} of {len(MINI.scored_items)} ")
    assert only(fixed, "unanswered-items").message.startswith(f"{open_items} of {len(MINI.scored_items)} ")
    assert "9.a" not in only(mistyped, "unanswered-items").message


def test_an_invalid_status_names_the_item_and_the_cell_as_a_spreadsheet_shows_it(tmp_path: Path) -> None:
    path = _csv(tmp_path / "cells.csv", "Country:,Aurelia\n\nItem,Title,Notes,Provisions,Evidence,Status\n"
                                        "9.a,Neutral,,,,full\n10.f.vii,Access,,,,x\n")
    issue = only(load_profiles(path, MINI)[1], "invalid-status")
    assert (issue.row, issue.column) == (5, "Status")
    assert issue.message == "10.f.vii: 'x' is not a status (cell F5)."


def test_an_invalid_status_in_a_workbook_names_its_cell_too() -> None:
    issue = only(load_profiles(SAMPLES / "template-errors.xlsx", MINI)[1], "invalid-status")
    assert issue.message == "9.a: 'maybe' is not a status (cell F2)."


def test_an_invalid_status_in_json_has_no_cell_but_its_pointer(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"format": 1, "checklist": MINI.ref, "jurisdiction": {"name": "Aurelia"},
                                "answers": [{"item": "9.a", "status": "x"}]}), encoding="utf-8")
    issue = only(load_profiles(path, MINI)[1], "invalid-status")
    assert (issue.message, issue.pointer) == ("9.a: 'x' is not a status.", "/answers/0/status")


@pytest.mark.parametrize("written", ["15/03/2024", "15-03-2024", "15.3.2024", "15.03.2024", "01.03.2024",
                                     "03/15/2024", "05/05/2024", " 15/03/2024 "])
def test_an_unambiguous_date_typed_as_text_day_first_is_read(tmp_path: Path, written: str) -> None:
    path = _csv(tmp_path / "date.csv", f"jurisdiction,assessed_on,item,status\nAurelia,{written},9.a,full\n")
    profiles, issues = load_profiles(path, MINI)
    expected = {"01.03.2024": date(2024, 3, 1), "05/05/2024": date(2024, 5, 5)}.get(written.strip(), date(2024, 3, 15))
    assert not [i for i in issues if i.is_error]
    assert profiles[0].assessed_on == expected


@pytest.mark.parametrize(("written", "day_first", "month_first"), [
    ("03/04/2024", "3 April 2024", "4 March 2024"),
    ("3-4-2024", "3 April 2024", "4 March 2024"),
    ("12/01/2024", "12 January 2024", "1 December 2024"),
])
def test_a_date_that_reads_two_ways_is_ambiguous_and_the_hint_names_both(tmp_path: Path, written: str,
                                                                         day_first: str, month_first: str) -> None:
    path = _csv(tmp_path / "date.csv", f"jurisdiction,assessed_on,item,status\nAurelia,{written},9.a,full\n")
    issue = only(load_profiles(path, MINI)[1], "ambiguous-date")
    assert (issue.severity, issue.row, issue.column) == ("error", 2, "assessed_on")
    assert day_first in issue.message and month_first in issue.message
    assert "YYYY-MM-DD" in issue.hint and day_first in issue.hint and month_first in issue.hint


def test_a_date_label_above_the_table_is_read_day_first_and_ambiguity_is_named_there(tmp_path: Path) -> None:
    good = _csv(tmp_path / "good.csv", "Country,Aurelia\nDate of assessment,15/03/2024\n\nItem,Status\n9.a,full\n")
    assert read_profile(good, MINI).assessed_on == date(2024, 3, 15)
    bad = _csv(tmp_path / "bad.csv", "Country,Aurelia\nDate of assessment,03/04/2024\n\nItem,Status\n9.a,full\n")
    issue = only(load_profiles(bad, MINI)[1], "ambiguous-date")
    assert (issue.row, issue.column) == (2, "B")


def test_a_date_cell_of_a_workbook_is_a_date_whatever_its_format(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Assessment"
    sheet.append(["Jurisdiction", "Assessed on", "Item", "Status"])
    sheet.append(["Aurelia", date(2024, 4, 3), "9.a", "full"])
    sheet["B2"].number_format = "mm/dd/yyyy"
    book.save(tmp_path / "dates.xlsx")
    assert read_profile(tmp_path / "dates.xlsx", MINI).assessed_on == date(2024, 4, 3)


@pytest.mark.parametrize(("label", "field", "value", "expected"), [
    ("Name", "jurisdiction", "Aurelia", "Aurelia"),
    ("Country name:", "jurisdiction", "Aurelia", "Aurelia"),
    ("Member State", "jurisdiction", "Aurelia", "Aurelia"),
    ("ISO code", "code", "xau", "XAU"),
    ("ISO 3166-1 alpha-3", "code", "XAU", "XAU"),
    ("Date of assessment", "assessed_on", "2024-03-01", date(2024, 3, 1)),
    ("Prepared by", "assessor", "Legislation unit", "Legislation unit"),
    ("Reviewed by", "assessor", "Legislation unit", "Legislation unit"),
])
def test_labels_people_write_above_their_table_describe_the_jurisdiction(
        tmp_path: Path, label: str, field: str, value: str, expected: object) -> None:
    name = "" if field == "jurisdiction" else "Country,Aurelia\n"
    text = f"Assessment of cybercrime law\n{name}{label},{value}\n\nItem,Status\n9.a,full\n"
    path = _csv(tmp_path / "labels.csv", text)
    profile = read_profile(path, MINI)
    found = {"jurisdiction": profile.jurisdiction.name, "code": profile.jurisdiction.code,
             "assessed_on": profile.assessed_on, "assessor": profile.assessor}[field]
    assert found == expected


def test_a_row_of_labels_heads_the_values_below_it_and_is_not_the_header_row(tmp_path: Path) -> None:
    path = _csv(tmp_path / "across.csv", "Member State,ISO code,Date of assessment,Prepared by\n"
                                         "Aurelia,XAU,15/03/2024,Legislation unit\n\nItem,Status,Notes\n9.a,full,\n")
    profile = read_profile(path, MINI)
    assert profile.jurisdiction == Jurisdiction("Aurelia", "XAU", "")
    assert (profile.assessed_on, profile.assessor) == (date(2024, 3, 15), "Legislation unit")
    assert set(profile.answers) == {"9.a"}


def test_a_blank_label_does_not_hide_the_same_label_given_again_with_a_value(tmp_path: Path) -> None:
    path = _csv(tmp_path / "blank.csv", "Member State,\nName,Aurelia\n\nItem,Status\n9.a,full\n")
    assert read_profile(path, MINI).jurisdiction.name == "Aurelia"


def test_a_name_column_in_a_table_is_not_taken_for_the_jurisdiction(tmp_path: Path) -> None:
    path = _csv(tmp_path / "names.csv", "Country,Aurelia\n\nItem,Name,Status\n9.a,Technology-neutral offences,full\n"
                                        "9.b,Cooperation on cloud data,none\n")
    profiles = read_profiles(path, MINI)
    assert [p.jurisdiction.name for p in profiles] == ["Aurelia"]
