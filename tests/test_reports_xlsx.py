"""The Excel gap report, read back with openpyxl: every sheet's content, the colours, and safety."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from conftest import DATA, EXAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from strategies import results

from gapcheck import OutputError, score
from gapcheck._checklist_files import load_checklist
from gapcheck._errors import Issue
from gapcheck._outputs import MAX_CELL_CHARS, TRUNCATION_MARK
from gapcheck._profile import Answer, Jurisdiction, Profile
from gapcheck._readers import read_profile
from gapcheck._reports import write_report
from gapcheck._reports._xlsx_style import STATUS_COLOURS

CHECKLIST = load_checklist(DATA / "reports-checklist.yaml")
FORMULA_LOOKING = ['=HYPERLINK("http://example.invalid","click")', "+1 definitions in s. 3", "@SUM(A1)",
                   "-2 offences missing"]
LONG = "The explanatory memorandum says so. " * 1200  # over 40,000 characters

ANSWERS = {
    "9.a": Answer("9.a", "full", (FORMULA_LOOKING[0], "Penal Code, art. 2"), FORMULA_LOOKING[1], FORMULA_LOOKING[2]),
    "9.c": Answer("9.c", "partial", ("Mutual Legal Assistance Act, s. 4",), LONG),
    "9.n.i": Answer("9.n.i", "full"),
    "9.p": Answer("9.p", "none"),
    "9.s": Answer("9.s", "none"),
    "9.t": Answer("9.t", "full", ("Budapest Convention, ratified 2015",)),
    "10.d": Answer("10.d", "partial", ("Cybercrime Act, ss. 3-6",), FORMULA_LOOKING[3] + "\x0b in the act"),
    "10.e": Answer("10.e", "not_applicable", notes="Minor infringements are a matter for the provinces."),
    "10.f.vii": Answer("10.f.vii", "none"),
    "10.f.xiii": Answer("10.f.xiii", "planned", ("Copyright (Amendment) Bill 2024",)),
}
WARNING = Issue("blank-status", "The status is blank; read as unknown.", "warning", "Fill in the status.",
                "aurelia.xlsx", "Assessment", 12, "Status")


def _profile() -> Profile:
    return Profile(Jurisdiction("Aurelia", "XKA", "Europe"), CHECKLIST.ref, ANSWERS, date(2024, 5, 1),
                   "Ministry of Justice", ("Computer Crimes Act 2019", "Criminal Code, 2025 text"), issues=(WARNING,))


@pytest.fixture(scope="module")
def result():
    return score(_profile(), CHECKLIST)


@pytest.fixture(scope="module")
def book(result, tmp_path_factory):
    path = tmp_path_factory.mktemp("xlsx") / "aurelia.xlsx"
    write_report(result, path)
    return load_workbook(path)


def _field(sheet, label: str):
    """The value beside a label in column A."""
    for row in sheet.iter_rows(min_col=1, max_col=2):
        if row[0].value == label:
            return row[1].value
    raise KeyError(label)


def _row_of(sheet, text: str) -> int:
    return next(row[0].row for row in sheet.iter_rows(max_col=1) if row[0].value == text)


def _table(sheet, header_row: int = 1) -> list[dict[str, object]]:
    headers = [c.value for c in sheet[header_row]]
    return [dict(zip(headers, (c.value for c in row))) for row in sheet.iter_rows(min_row=header_row + 1)]


def _fill(cell) -> str:
    return cell.fill.fgColor.rgb[-6:]


def test_the_sheets_come_in_reading_order(book):
    assert book.sheetnames == ["Summary", "Items", "Gaps", "Assess first", "Crosswalk", "Input issues", "About"]


def test_summary_names_the_jurisdiction_date_assessor_and_checklist(book):
    summary = book["Summary"]
    assert summary["A1"].value == "Gap report: Aurelia (XKA)"
    assert _field(summary, "Jurisdiction") == "Aurelia"
    assert _field(summary, "Code") == "XKA"
    assert _field(summary, "Group") == "Europe"
    assert _field(summary, "Assessed on") == datetime(2024, 5, 1)
    assert _field(summary, "Assessor") == "Ministry of Justice"
    assert _field(summary, "Checklist reference") == "reports-test@1.2.0"
    assert _field(summary, "Scoring model").startswith("default: ")
    assert _field(summary, "Scope").startswith("all: ")


def test_summary_gives_the_headline_as_a_sentence_and_as_numbers(book, result):
    summary = book["Summary"]
    sentence = summary.cell(_row_of(summary, "Headline") + 1, 1).value
    assert sentence == (f"Score {result.score:.1f} (up to {result.score_upper:.1f} if every unknown is met), "
                        f"{result.coverage:.1f} % assessed.")
    assert _field(summary, "Score (0-100)") == pytest.approx(result.score)
    assert _field(summary, "Upper bound, if every unknown is met") == pytest.approx(result.score_upper)
    assert _field(summary, "Assessed (% of the scored weight)") == pytest.approx(result.coverage)
    number_cell = summary.cell(_row_of(summary, "Score (0-100)"), 2)
    assert number_cell.data_type == "n" and number_cell.number_format == "0.0"
    with pytest.raises(KeyError):
        _field(summary, "Raw score")  # the default model has no raw score


def test_summary_of_a_flat_model_adds_the_raw_score_and_maximum(tmp_path: Path):
    flat = score(_profile(), CHECKLIST, model="flat")
    summary = load_workbook(write_report(flat, tmp_path / "flat.xlsx"))["Summary"]
    assert _field(summary, "Raw score") == pytest.approx(flat.raw_score)
    assert _field(summary, "Maximum score") == pytest.approx(flat.max_score)


def test_summary_counts_items_by_status_in_their_colours(book, result):
    summary = book["Summary"]
    start = _row_of(summary, "Items by status") + 2
    rows = list(summary.iter_rows(min_row=start, max_row=start + 5, max_col=2))
    assert [r[0].value for r in rows] == ["Full", "Partial", "Planned", "None", "Not applicable", "Unknown"]
    assert [r[1].value for r in rows] == [result.status_counts[s] for s in STATUS_COLOURS]
    assert [_fill(r[0]) for r in rows] == list(STATUS_COLOURS.values())


def test_summary_charts_the_section_table(book, result):
    summary = book["Summary"]
    header = _row_of(summary, "Score by section") + 1
    rows = list(summary.iter_rows(min_row=header + 1, max_row=header + 2, max_col=4, values_only=True))
    assert [r[0] for r in rows] == list(result.sections["title"])
    assert [r[1] for r in rows] == pytest.approx(list(result.sections["score"]))
    [chart] = summary._charts
    assert chart.tagname == "barChart"
    assert len(chart.series) == 2  # the score and its upper bound
    assert f"$B${header + 1}:$B${header + 2}" in chart.series[0].val.numRef.f


def test_summary_lists_the_top_gaps_in_rank_order_and_repeats_the_caveat(book, result):
    summary = book["Summary"]
    shown = min(10, len(result.gaps))
    start = _row_of(summary, f"Top {shown} of {len(result.gaps)} known gaps, by gain (the Gaps sheet holds the "
                             "whole action plan)") + 2
    listed = [summary.cell(start + i, 1).value.split()[0] for i in range(len(result.gaps))]
    assert listed == list(result.gaps["id"])
    caveat = [c.value for c in summary["A"] if isinstance(c.value, str) and c.value.startswith("Caveat: ")]
    assert caveat == [f"Caveat: {CHECKLIST.caveat}"]


def test_items_has_one_row_per_item_with_a_frozen_filtered_header(book):
    items = book["Items"]
    rows = _table(items)
    assert [r["Item"] for r in rows] == [item.id for item in CHECKLIST.items]
    assert items.freeze_panes == "B2"
    assert items.auto_filter.ref == f"A1:T{len(CHECKLIST.items) + 1}"
    assert items.column_dimensions["N"].width == 50  # evidence
    assert items["N3"].alignment.wrap_text


def test_items_colour_each_status(book):
    items = book["Items"]
    status_column = [c.value for c in items[1]].index("Status") + 1
    for row in items.iter_rows(min_row=2):
        answer = ANSWERS.get(row[0].value)
        if answer is not None:
            assert _fill(row[status_column - 1]) == STATUS_COLOURS[answer.status], row[0].value


def test_items_mark_groups_and_context_items(book):
    rows = {r["Item"]: r for r in _table(book["Items"])}
    assert rows["9.n"]["Status"] is None and rows["9.n"]["Scored"].startswith("no: a group")
    assert book["Items"]["A4"].value == "9.n" and book["Items"]["A4"].font.b  # a group, in bold
    assert rows["9.n.i"]["Scored"] == "no: addressed to UNODC (context)"
    assert rows["9.p"]["Scored"] == "no: for States acting jointly (context)"
    assert rows["9.a"]["Scored"] == "yes"
    assert rows["10.f.vii"]["Weight"] == 2
    assert rows["10.d"]["Overlaps"] == "10.f.vii"
    assert rows["9.s"]["Alternatives"] == "9.t"
    assert rows["9.c"]["Budapest (articles)"] == "23, 25(5)"
    assert rows["10.f.xiii"]["Provisions"] == "Copyright (Amendment) Bill 2024"
    assert rows["10.f.xiii"]["Value"] == 0


def test_gaps_is_the_action_plan_in_rank_order(book, result):
    rows = _table(book["Gaps"])
    assert [r["Item"] for r in rows] == list(result.gaps["id"])
    assert [r["Rank"] for r in rows] == list(range(1, len(rows) + 1))
    assert rows[0]["Item"] == "10.f.vii" and rows[0]["Gain"] == max(result.gaps["gain"].round(2))  # weight 2
    assert rows[0]["Next step"] == "Make access without right to a computer system an offence."
    assert rows[0]["Budapest (articles)"] == "2" and rows[0]["UN (articles)"] == "7"
    assert "9.s" not in {r["Item"] for r in rows}  # its alternative 9.t is met
    assert all(r["Owner"] is None and r["Target date"] is None for r in rows)
    assert book["Gaps"].freeze_panes == "C2"


def test_gaps_says_so_when_there_are_none(tmp_path: Path):
    everything = {i.id: Answer(i.id, "full") for i in CHECKLIST.answerable_items}
    done = score(replace(_profile(), answers=everything), CHECKLIST)
    gaps = load_workbook(write_report(done, tmp_path / "done.xlsx"))["Gaps"]
    assert gaps["A2"].value == "No gaps: every scored recommendation is met in full."


def test_crosswalk_lists_each_article_with_its_items_and_share_met(book):
    rows = {(r["Treaty"], r["Article"]): r for r in _table(book["Crosswalk"])}
    access = rows[("Budapest Convention (ETS 185)", 2)]
    assert access["Heading"] == "Illegal access"
    assert access["Items"] == "10.d, 10.f.vii"
    assert access["Items and status"] == "10.d: Partial\n10.f.vii: None"
    assert access["Met (%)"] == pytest.approx(100 / 6)  # (1 x 0.5 + 2 x 0) / 3
    assert rows[("Budapest Convention (ETS 185)", 25)]["Items and status"] == "9.c (art. 25(5)): Partial"
    assert rows[("UN Convention against Cybercrime (2024)", 55)]["Items and status"] == "10.o: Unknown"
    assert ("Budapest Convention (ETS 185)", 36) in rows  # 9.t, in the alternatives set
    assert not any("9.n" in r["Items"] for r in rows.values())  # context items are not aligned


def test_an_article_no_one_assessed_reads_not_assessed_in_grey_not_zero_in_red(book):
    rows = {(r["Treaty"], r["Article"]): r for r in _table(book["Crosswalk"])}
    unassessed = rows[("UN Convention against Cybercrime (2024)", 55)]  # only 10.o, unknown
    assert (unassessed["Met (%)"], unassessed["Assessed (%)"]) == ("not assessed", 0)
    sheet = book["Crosswalk"]
    met_column = [c.value for c in sheet[1]].index("Met (%)") + 1
    row = next(r[0].row for r in sheet.iter_rows(min_row=2) if r[1].value == 55 and r[0].value.startswith("UN"))
    assert _fill(sheet.cell(row, met_column)) == STATUS_COLOURS["unknown"]


def test_unanswered_context_items_say_context_not_unknown(book):
    from gapcheck._reports._wording import CONTEXT_STATUS

    rows = {r["Item"]: r for r in _table(book["Items"])}
    assert rows["9.n.ii"]["Status"] == CONTEXT_STATUS  # addressed to UNODC, left open
    assert rows["9.n.i"]["Status"] == "Full" and rows["9.p"]["Status"] == "None"  # answered: shown as answered
    assert rows["10.o"]["Status"] == "Unknown"  # a State's own item left open is still unknown


def test_input_issues_lists_every_warning(book):
    [row] = _table(book["Input issues"])
    assert row == {"Severity": "warning", "Code": "blank-status", "File": "aurelia.xlsx", "Sheet": "Assessment",
                   "Row": 12, "Column or pointer": "Status", "Problem": WARNING.message, "What to do": WARNING.hint}


def test_input_issues_says_when_there_were_none(result, tmp_path: Path):
    clean = replace(result, issues=())
    sheet = load_workbook(write_report(clean, tmp_path / "clean.xlsx"))["Input issues"]
    assert sheet["A2"].value == "No problems found."


def test_about_gives_provenance_rules_and_source(book, result):
    about = book["About"]
    assert _field(about, "Checklist SHA-256") == result.provenance["checklist_sha256"]
    assert _field(about, "Model") == "default"
    assert _field(about, "Rule 1").startswith("Each item is worth: full 1, partial 0.5")
    assert _field(about, "Document").startswith("E/CN.15/2018/12: ")
    assert _field(about, "Caveat") == CHECKLIST.caveat
    assert _field(about, "Assessment source 2") == "Criminal Code, 2025 text"


def test_about_labels_spell_gapcheck_and_sha_256_one_way(book):
    labels = [row[0].value for row in book["About"].iter_rows(max_col=1) if isinstance(row[0].value, str)]
    assert "gapcheck version" in labels and "Input SHA-256" in labels
    assert not [label for label in labels if "sha256" in label.casefold() or label.startswith("Gapcheck")]


def test_formula_looking_user_text_stays_text(book):
    texts = {c.value: c.data_type for sheet in book for row in sheet.iter_rows() for c in row
             if isinstance(c.value, str)}
    assert texts[f"{FORMULA_LOOKING[0]}\nPenal Code, art. 2"] == "s"
    assert texts[FORMULA_LOOKING[1]] == "s"
    assert texts[FORMULA_LOOKING[2]] == "s"
    assert not any(c.data_type == "f" for sheet in book for row in sheet.iter_rows() for c in row)


def test_over_long_evidence_is_cut_with_a_visible_marker(book):
    evidence = next(r["Evidence"] for r in _table(book["Items"]) if r["Item"] == "9.c")
    assert len(evidence) == MAX_CELL_CHARS
    assert evidence.endswith(TRUNCATION_MARK)


def test_characters_a_workbook_cannot_hold_are_shown_as_replacement_characters(book):
    evidence = next(r["Evidence"] for r in _table(book["Items"]) if r["Item"] == "10.d")
    assert evidence == "-2 offences missing\ufffd in the act"


def test_two_runs_give_the_same_content_and_document_dates(result, tmp_path: Path):
    first = load_workbook(write_report(result, tmp_path / "one.xlsx"))
    second = load_workbook(write_report(result, tmp_path / "two.xlsx"))
    assert first.properties.created == first.properties.modified == datetime(2024, 5, 1)
    assert second.properties.modified == first.properties.modified
    for a, b in zip(first, second):
        assert [[c.value for c in r] for r in a.iter_rows()] == [[c.value for c in r] for r in b.iter_rows()]


@settings(max_examples=12)
@given(random_result=results(CHECKLIST))
def test_any_result_gives_a_workbook_without_formulas(random_result, tmp_path: Path):
    book = load_workbook(write_report(random_result, tmp_path / "any.xlsx"))
    assert book.sheetnames[0] == "Summary"
    assert len(_table(book["Items"])) == len(CHECKLIST.items)
    assert not any(c.data_type == "f" for sheet in book for row in sheet.iter_rows() for c in row)


@pytest.mark.skipif(not (EXAMPLES / "aurelia.xlsx").is_file(), reason="the examples are not built yet")
def test_an_example_read_from_its_workbook_gives_a_full_report(tmp_path: Path):
    example = EXAMPLES / "aurelia.xlsx"
    scored = score(read_profile(example))
    book = load_workbook(write_report(scored, tmp_path / "aurelia-report.xlsx"))
    assert _field(book["Summary"], "Jurisdiction") == scored.jurisdiction.name
    assert len(_table(book["Items"])) == len(scored.checklist.items) == 58
    assert [r["Item"] for r in _table(book["Gaps"])] == list(scored.gaps["id"])
    assert _field(book["About"], "Input file") == str(example)
    with pytest.raises(OutputError) as refused:
        write_report(scored, example)
    assert refused.value.issues[0].code == "output-is-input"


def test_the_same_result_gives_a_byte_identical_workbook(tmp_path):
    import gapcheck

    result = gapcheck.score(gapcheck.read_profile(Path(__file__).parent.parent / "examples" / "aurelia.xlsx"))
    first = gapcheck.write_report(result, tmp_path / "first.xlsx").read_bytes()
    second = gapcheck.write_report(result, tmp_path / "second.xlsx").read_bytes()
    assert first == second


# --- found by looking at the workbook as a minister would -------------------------------------------


def test_counts_and_ranks_show_as_whole_numbers(book):
    summary = book["Summary"]
    start = _row_of(summary, "Items by status") + 2
    counts = [summary.cell(start + i, 2) for i in range(6)]
    assert all(c.number_format == "0" for c in counts)  # "41", never "41.0"
    section = summary.cell(_row_of(summary, "Score by section") + 2, 5)
    assert section.number_format == "0"
    gaps = book["Gaps"]
    assert gaps["A2"].value == 1 and gaps["A2"].number_format == "0"


def test_weights_values_and_priorities_show_without_padding(book):
    rows = list(book["Items"].iter_rows(min_row=2, min_col=10, max_col=11))
    assert all(c.number_format == "General" for row in rows for c in row)
    assert book["Gaps"]["F2"].number_format == "General"


def test_rows_with_wrapped_text_are_tall_enough_to_show_it(book):
    from gapcheck._reports._xlsx_style import LINE_HEIGHT, text_lines

    gaps = book["Gaps"]
    width = gaps.column_dimensions["G"].width
    for row in range(2, gaps.max_row + 1):
        step = gaps.cell(row, 7).value or ""
        lines = text_lines(step, width)
        height = gaps.row_dimensions[row].height
        assert (height or LINE_HEIGHT) >= LINE_HEIGHT * lines, (row, step)
    evidence = book["Items"].row_dimensions[_item_row(book["Items"], "9.c")].height
    assert evidence and evidence > 100  # the over-long evidence gets the tallest row a sheet allows


def test_a_long_requirement_gets_a_line_for_every_wrapped_line(tmp_path: Path):
    """Estmere's 9.k requirement, 236 characters in a column 50 wide, lost its last word at four lines."""
    import textwrap

    from gapcheck._reports._xlsx_style import LINE_HEIGHT

    scored = score(read_profile(EXAMPLES / "estmere.json"))
    items = load_workbook(write_report(scored, tmp_path / "estmere.xlsx"))["Items"]
    requirement = scored.checklist["9.k"].requirement
    width = items.column_dimensions["E"].width
    height = items.row_dimensions[_item_row(items, "9.k")].height
    assert height >= LINE_HEIGHT * len(textwrap.wrap(requirement, int(width)))


def test_every_explicit_line_break_counts_as_a_line():
    from gapcheck._reports._xlsx_style import text_lines

    assert text_lines("Penal Code, art. 2\n\nCybercrime Act, s. 4", 50) == 3


def _item_row(sheet, item_id: str) -> int:
    return next(row[0].row for row in sheet.iter_rows(min_row=2, max_col=1) if row[0].value == item_id)


def test_the_top_gaps_heading_says_how_many_are_shown_of_how_many(book, result):
    shown = min(10, len(result.gaps))
    assert _row_of(book["Summary"], f"Top {shown} of {len(result.gaps)} known gaps, by gain "
                                    "(the Gaps sheet holds the whole action plan)")


def test_nothing_to_score_is_said_and_not_called_met_in_full(tmp_path: Path):
    nothing = {i.id: Answer(i.id, "not_applicable", notes="federal matter") for i in CHECKLIST.answerable_items}
    scored = score(replace(_profile(), answers=nothing), CHECKLIST)
    book = load_workbook(write_report(scored, tmp_path / "nothing.xlsx"))
    headline = next(c.value for c in book["Summary"]["A"] if str(c.value).startswith("Score "))
    assert "every scored recommendation is marked not applicable, so nothing is scored" in headline
    assert book["Gaps"]["A2"].value == ("No gaps: every scored recommendation is marked not applicable, so "
                                        "nothing is scored.")


@settings(max_examples=200)
@given(width=st.integers(5, 80), sizes=st.lists(st.integers(1, 240), min_size=1, max_size=40))
def test_rows_are_counted_as_a_spreadsheet_wraps_words_never_fewer(width: int, sizes: list[int]):
    import textwrap

    from gapcheck._reports._xlsx_style import _greedy_lines

    words = ["x" * size for size in sizes]
    wrapped = len(textwrap.wrap(" ".join(words), width, break_on_hyphens=False))
    counted = _greedy_lines(words, width)
    assert counted == wrapped if max(sizes) <= width else counted >= wrapped
