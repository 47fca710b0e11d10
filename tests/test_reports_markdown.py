"""The Markdown gap report: readable top-down, and tables that user text cannot break."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from conftest import DATA

from gapcheck import score
from gapcheck._checklist_files import load_checklist
from gapcheck._errors import Issue
from gapcheck._profile import Answer, Jurisdiction, Profile
from gapcheck._reports import write_report
from gapcheck._reports._result_markdown import cell, render

CHECKLIST = load_checklist(DATA / "reports-checklist.yaml")
ANSWERS = {
    "9.a": Answer("9.a", "full", ("Penal Code | art. 2", "Cybercrime Act, s. 1"), "Line one\nline two", "ok"),
    "9.c": Answer("9.c", "none"),
    "9.t": Answer("9.t", "partial", ("Signed 2019",)),
    "10.d": Answer("10.d", "planned", ("Cybercrime Bill 2024",)),
    "10.f.vii": Answer("10.f.vii", "full"),
}


@pytest.fixture(scope="module")
def result():
    issue = Issue("na-without-reason", "Not applicable without a reason.", "warning", "Say why in the notes.",
                  "profile.csv", row=7, column="notes")
    profile = Profile(Jurisdiction("Cordillera", "XCO"), CHECKLIST.ref, ANSWERS, date(2024, 2, 29),
                      "Law Reform Commission", issues=(issue,))
    return score(profile, CHECKLIST)


@pytest.fixture(scope="module")
def text(result, tmp_path_factory) -> str:
    return write_report(result, tmp_path_factory.mktemp("md") / "r.md").read_text("utf-8")


def _section(text: str, heading: str) -> str:
    start = text.index(f"## {heading}\n")
    end = text.find("\n## ", start + 1)
    return text[start: end if end != -1 else None]


def test_it_opens_with_title_facts_headline_and_caveat(text, result):
    lines = text.splitlines()
    assert lines[0] == "# Gap report: Cordillera (XCO)"
    assert "| Assessed on | 2024-02-29 |" in lines
    assert "| Assessor | Law Reform Commission |" in lines
    assert f"**Score {result.score:.1f} (up to {result.score_upper:.1f} if every unknown is met), " \
           f"{result.coverage:.1f} % assessed.**" in lines
    assert f"> {' '.join(CHECKLIST.caveat.split())}" in lines


def test_the_sections_come_in_reading_order(text):
    headings = re.findall(r"^## (.+)$", text, flags=re.MULTILINE)
    assert headings == ["Items by status", "Score by section", "Action plan", "Items by section",
                        "Alignment with the treaties", "Problems met while reading", "About this report"]


def test_the_section_table_gives_score_bound_and_coverage(text, result):
    row = result.sections.iloc[0]
    expected = f"| {row.title} | {row.score:.1f} | {row.score_upper:.1f} | {row.coverage:.1f} | {row.scored_items} |"
    assert expected in _section(text, "Score by section")


def test_the_action_plan_follows_the_gap_ranking(text, result):
    plan = _section(text, "Action plan").partition("### Assess first")[0]
    rows = [line for line in plan.splitlines() if re.match(r"^\| \d+ \|", line)]
    assert [row.split(" | ")[1] for row in rows] == list(result.gaps["id"])
    assert "| 9.c | Widest cooperation without dual criminality | None | +" in plan


def test_items_are_listed_by_section_with_status_provisions_and_evidence(text):
    items = _section(text, "Items by section")
    assert "### Legislation and frameworks" in items and "### Criminalization" in items
    assert ("| 9.a | Technology-neutral offences | yes | Full | 16.7 | Penal Code \\| art. 2<br>Cybercrime Act, s. 1 "
            "| Line one<br>line two | ok |") in items
    assert "| 9.n | **UNODC capacity building** (group) | no: a group, answered through its sub-items |  |" in items


def test_unanswered_context_items_say_context_not_unknown(text):
    items = _section(text, "Items by section")
    row = next(line for line in items.splitlines() if line.startswith("| 9.p |"))
    assert "| no: for States acting jointly (context) | — context, not scored |" in row
    assert "Unknown" not in row


def test_an_article_no_one_assessed_reads_not_assessed(text):
    alignment = _section(text, "Alignment with the treaties")
    start = "| UN Convention against Cybercrime (2024) | 55 |"
    row = next(line for line in alignment.splitlines() if line.startswith(start))
    assert row.endswith("| 10.o | not assessed | 0.0 |")


def test_every_table_row_has_as_many_cells_as_its_header(text):
    for block in re.split(r"\n\n", text):
        lines = [line for line in block.splitlines() if line.startswith("|")]
        if lines:
            widths = {len(re.split(r"(?<!\\)\|", line)) for line in lines}
            assert len(widths) == 1, block


def test_warnings_are_listed_with_their_place(text):
    problems = _section(text, "Problems met while reading")
    assert ("- **warning** `na-without-reason` at profile.csv › row 7 › notes: Not applicable without a reason. "
            "Say why in the notes.") in problems


def test_no_problems_and_no_gaps_are_said_plainly(result):
    everything = {i.id: Answer(i.id, "full") for i in CHECKLIST.answerable_items}
    done = score(replace(result.profile, answers=everything, issues=()), CHECKLIST)
    text = render(done)
    assert "No gaps: every scored recommendation is met in full." in text
    assert "No problems found." in text


def test_the_about_section_gives_rules_and_provenance(text, result):
    about = _section(text, "About this report")
    assert "- Each item is worth: full 1, partial 0.5, planned 0, none 0." in about
    assert f"- Checklist SHA-256: {CHECKLIST.sha256}" in about


@pytest.mark.parametrize(("raw", "escaped"), [
    ("a | b", "a \\| b"), ("one\ntwo\r\nthree", "one<br>two<br>three"), ("C:\\laws", "C:\\\\laws"), (None, ""),
    (float("nan"), ""),
])
def test_cells_escape_pipes_and_line_breaks(raw, escaped):
    assert cell(raw) == escaped


def test_the_file_is_utf8_with_unix_line_ends(result, tmp_path: Path):
    renamed = replace(result, profile=replace(result.profile, jurisdiction=Jurisdiction("Côte-Nord", "XCN")))
    data = write_report(renamed, tmp_path / "r.md").read_bytes()
    assert data.startswith("# Gap report: Côte-Nord (XCN)\n".encode())
    assert b"\r\n" not in data and data.endswith(b"\n")


def test_html_in_user_text_is_shown_not_rendered(result):
    hostile = replace(result.profile, jurisdiction=Jurisdiction("<img src=x onerror=alert(1)>", "XCO"),
                      answers={**ANSWERS, "9.c": Answer("9.c", "none", notes="<script>alert(1)</script>")})
    text = render(score(hostile, CHECKLIST))
    assert "<script>" not in text and "<img" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text


def test_a_pipe_in_a_table_header_does_not_add_a_column():
    from gapcheck._reports._result_markdown import table

    header, rule, row = table(("Jurisdiction", "A | B"), [("x", "y")]).splitlines()
    assert len(re.findall(r"(?<!\\)\|", header)) == rule.count("|") == row.count("|") == 3


def test_nothing_to_score_is_not_called_met_in_full(result):
    nothing = {i.id: Answer(i.id, "not_applicable", notes="federal") for i in CHECKLIST.answerable_items}
    text = render(score(replace(result.profile, answers=nothing, issues=()), CHECKLIST))
    assert "No gaps: every scored recommendation is marked not applicable, so nothing is scored." in text
    assert "met in full" not in text
