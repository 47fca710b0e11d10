"""The comparison and progress reports, read back: the workbook sheet by sheet, the JSON, the Markdown."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import date, datetime
from importlib import resources
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from gapcheck import compare, progress, write_report
from gapcheck._profile import Answer, Jurisdiction, Profile
from gapcheck._reports._comparison_xlsx import SHEETS

DATA = Path(__file__).parent / "data" / "compare"
MINI = DATA / "checklists" / "mini" / "1.2.0.yaml"


@pytest.fixture(scope="module")
def comparison():
    """The test batch: five jurisdictions in four files (one a long table, one on an older version), one broken."""
    return compare([DATA / "batch"], MINI)


@pytest.fixture(scope="module")
def workbook(comparison, tmp_path_factory):
    path = tmp_path_factory.mktemp("comparison") / "comparison.xlsx"
    write_report(comparison, path)
    return load_workbook(path)


def rows(sheet, first: int = 1) -> list[tuple]:
    return list(sheet.iter_rows(min_row=first, values_only=True))


def _row_of(sheet, text: str) -> int:
    """The number of the first row whose first cell reads ``text``."""
    return next(row[0].row for row in sheet.iter_rows(max_col=1) if row[0].value == text)


def schema(name: str) -> Draft202012Validator:
    text = (resources.files("gapcheck") / "schemas" / f"{name}.schema.json").read_text("utf-8")
    return Draft202012Validator(json.loads(text), format_checker=FormatChecker())


# --- the workbook ---------------------------------------------------------------------------


def test_the_workbook_has_every_sheet_in_reading_order(workbook):
    assert workbook.sheetnames == list(SHEETS)


def test_overview_lists_every_jurisdiction_by_rank_with_its_figures(workbook, comparison):
    sheet = workbook["Overview"]
    assert sheet["A6"].value == "Rank" and sheet.freeze_panes == "D7"
    table = [row[:10] for row in rows(sheet, 7)][: len(comparison.overview)]
    assert [row[3] for row in table] == list(comparison.overview["code"])
    assert [row[0] for row in table] == list(comparison.overview["rank"])
    assert [row[5] for row in table] == pytest.approx(list(comparison.overview["score"]), abs=0.05)


def test_overview_gives_the_ranks_the_bounds_allow_and_marks_the_provisional(workbook, comparison):
    sheet = workbook["Overview"]
    table = [row[:10] for row in rows(sheet, 7)][: len(comparison.overview)]
    spans = [f"{b}" if b == w else f"{b}-{w}" for b, w in zip(comparison.overview["rank_best"],
                                                                 comparison.overview["rank_worst"])]
    assert [str(row[1]) for row in table] == spans
    assert [row[9] == "provisional" for row in table] == list(comparison.overview["provisional"])


def test_overview_holds_the_group_aggregates_beside_the_jurisdictions(workbook, comparison):
    sheet = workbook["Overview"]
    assert [sheet.cell(6, column).value for column in range(14, 20)] == [
        "Group", "Jurisdictions", "Provisional", "Median", "Lowest", "Highest"]
    groups = [sheet.cell(row, 14).value for row in range(7, 7 + len(comparison.groups))]
    assert groups == list(comparison.groups["group"])


def test_a_long_name_wraps_in_a_taller_row_rather_than_being_cut(tmp_path):
    answers = {"9.a": Answer("9.a", "full")}
    long = Profile(Jurisdiction("Saint Vincent and the Grenadines", "XSV"),
                   "eg-cybercrime-2018@1.1.0", answers)
    short = Profile(Jurisdiction("Aurelia", "XAU"), "eg-cybercrime-2018@1.1.0", answers)
    sheet = load_workbook(write_report(compare([long, short]), tmp_path / "c.xlsx"))["Overview"]
    first = _row_of(sheet, "Rank") + 1
    heights = {sheet.cell(r, 4).value: sheet.row_dimensions[r].height or 12.75 for r in (first, first + 1)}
    long_row = next(r for r in (first, first + 1) if sheet.cell(r, 4).value == "XSV")
    assert sheet.cell(long_row, 3).value == "Saint Vincent and the Grenadines"
    assert sheet.cell(long_row, 3).alignment.wrap_text
    assert heights["XSV"] > heights["XAU"]


def test_overview_has_a_chart_of_the_scores(workbook):
    [chart] = workbook["Overview"]._charts
    assert chart.type == "col"


def test_overview_repeats_the_caveat(workbook, comparison):
    assert comparison.checklist.caveat in workbook["Overview"]["A4"].value


def test_matrix_has_items_down_and_jurisdictions_across_frozen_at_the_first_status(workbook, comparison):
    sheet = workbook["Matrix"]
    assert sheet.freeze_panes == "C5"
    codes, names, groups, scores = rows(sheet)[:4]
    overview = comparison.overview
    assert list(codes[:2]) == ["Item", "Recommendation"] and list(codes[2:]) == list(overview["code"])
    assert list(names[2:]) == list(overview["jurisdiction"]) and list(groups[2:]) == list(overview["group"])
    assert scores[1] == "Score (0-100)" and list(scores[2:]) == [round(v, 1) for v in overview["score"]]
    table = rows(sheet, 5)
    assert [row[0] for row in table] == [item.id for item in comparison.items]
    assert [row[1] for row in table] == [item.title for item in comparison.items]
    assert sheet.print_title_rows == "$1:$4" and sheet.print_title_cols == "$A:$B"


def test_matrix_shows_status_labels_coloured_by_conditional_formats(workbook, comparison):
    sheet = workbook["Matrix"]
    aurelia = list(comparison.overview["code"]).index("XKA") + 2
    assert rows(sheet, 5)[0][aurelia] == "Full"  # 1.a, in the small checklist's own words
    formats = {rule.formula[0] for area in sheet.conditional_formatting for rule in area.rules if rule.formula}
    labels = {f'"{level.label}"' for level in comparison.checklist.statuses}
    assert labels <= formats


def test_sections_hold_section_scores_with_a_colour_scale(workbook, comparison):
    sheet = workbook["Sections"]
    header = rows(sheet)[0]
    assert list(header[4:]) == [section.title for section in comparison.checklist.sections]
    assert any(rule.type == "colorScale" for area in sheet.conditional_formatting for rule in area.rules)
    assert len(rows(sheet, 2)) == len(comparison.overview)


def test_shared_gaps_rank_items_by_jurisdictions_short(workbook, comparison):
    table = rows(workbook["Shared gaps"], 2)
    assert [row[1] for row in table] == list(comparison.shared_gaps["id"])
    header = rows(workbook["Shared gaps"])[0]
    short = header.index("Jurisdictions short")
    assert [row[short] for row in table] == sorted((row[short] for row in table), reverse=True)


def test_peers_list_items_behind_the_group(workbook, comparison):
    table = rows(workbook["Peers"], 2)
    assert [(row[1], row[3]) for row in table] == list(zip(comparison.peers["code"], comparison.peers["id"]))


def test_dual_criminality_is_a_symmetric_pair_matrix(workbook, comparison):
    sheet = workbook["Dual criminality"]
    header = _row_of(sheet, "Jurisdiction")
    assert sheet.freeze_panes == f"B{header + 1}"
    matrix = [row[1:] for row in rows(sheet, header + 1)]
    size = len(comparison.overview)
    assert len(matrix) == size and all(len(row) == size for row in matrix)
    assert all(matrix[i][j] == matrix[j][i] for i in range(size) for j in range(size))


def test_many_jurisdictions_get_pair_medians_instead_of_the_matrix(comparison, tmp_path, monkeypatch):
    monkeypatch.setattr("gapcheck._compare.PAIR_MATRIX_LIMIT", 3)
    write_report(comparison, tmp_path / "many.xlsx")
    sheet = load_workbook(tmp_path / "many.xlsx")["Dual criminality"]
    assert rows(sheet, _row_of(sheet, "Jurisdiction"))[0][:4] == ("Jurisdiction", "Code", "Group", "Median with others")
    assert any(row[0] == "Median share between groups (%)" for row in rows(sheet))


def test_obstacles_name_who_lacks_an_offence_and_how_many_partners_have_it(workbook, comparison):
    table = rows(workbook["Obstacles"], 2)
    assert len(table) == len(comparison.obstacles)
    assert [row[6] for row in table] == list(comparison.obstacles["partners_blocked"])


def test_input_issues_list_the_broken_file_first(workbook):
    table = rows(workbook["Input issues"], 2)
    assert table[0][0] == "error" and table[0][2].endswith("xkz-broken.json")
    assert any(row[1] == "item-not-in-version" for row in table)


def test_about_records_every_input_with_its_hash(workbook):
    digest = hashlib.sha256((DATA / "batch" / "xka-aurelia.json").read_bytes()).hexdigest()
    table = rows(workbook["About"])
    assert any(row[1] == digest and row[6] == "mini@1.2.0" for row in table)
    assert any(row[0] and row[0].endswith("xke-eldoria-2021.json") and row[6] == "mini@1.0.0" for row in table)


def test_formula_like_names_stay_text(tmp_path):
    profile = Profile(Jurisdiction('=HYPERLINK("http://x","y")', "XKA", "+group"), "mini@1.2.0",
                      {"1.a": Answer("1.a", "full")})
    write_report(compare([profile], MINI), tmp_path / "inert.xlsx")
    sheet = load_workbook(tmp_path / "inert.xlsx")["Matrix"]
    assert sheet["C2"].value == '=HYPERLINK("http://x","y")' and sheet["C2"].data_type == "s"
    assert sheet["C3"].value == "+group" and sheet["C3"].data_type == "s"


def test_the_same_comparison_gives_the_same_workbook_content(comparison, tmp_path):
    for name in ("a.xlsx", "b.xlsx"):
        write_report(comparison, tmp_path / name)
    with zipfile.ZipFile(tmp_path / "a.xlsx") as a, zipfile.ZipFile(tmp_path / "b.xlsx") as b:
        assert {n: a.read(n) for n in a.namelist()} == {n: b.read(n) for n in b.namelist()}


# --- JSON and Markdown ------------------------------------------------------------------------


def test_the_json_follows_the_published_schema(comparison, tmp_path):
    write_report(comparison, tmp_path / "comparison.json")
    document = json.loads((tmp_path / "comparison.json").read_text("utf-8"))
    assert list(schema("comparison").iter_errors(document)) == []
    assert [j["code"] for j in document["jurisdictions"]] == list(comparison.overview["code"])


def test_the_json_is_deterministic(tmp_path):
    for name in ("a.json", "b.json"):
        write_report(compare([DATA / "batch"], MINI), tmp_path / name)
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_the_json_pair_matrix_follows_the_jurisdiction_order(comparison, tmp_path):
    write_report(comparison, tmp_path / "comparison.json")
    dual = json.loads((tmp_path / "comparison.json").read_text("utf-8"))["dual_criminality"]
    assert dual["jurisdictions"] == list(comparison.overview["code"])
    assert len(dual["shares"]) == len(dual["jurisdictions"])


def test_the_markdown_has_every_part(comparison, tmp_path):
    write_report(comparison, tmp_path / "comparison.md")
    text = (tmp_path / "comparison.md").read_text("utf-8")
    for heading in ("# Comparison of 5 jurisdictions", "## Overview", "## Groups", "## Scores by section",
                    "## Shared gaps", "## Behind the peers", "## Dual criminality", "## Input issues", "## About"):
        assert heading in text
    assert comparison.checklist.caveat in text


def test_markdown_escapes_pipes_in_names(tmp_path):
    profile = Profile(Jurisdiction("North | South", "XKA"), "mini@1.2.0", {})
    write_report(compare([profile], MINI), tmp_path / "pipes.md")
    assert "North \\| South" in (tmp_path / "pipes.md").read_text("utf-8")


# --- progress ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def change():
    return progress(DATA / "progress" / "xka-aurelia-2021.json", DATA / "progress" / "xka-aurelia-2024.json", MINI)


def test_the_progress_workbook_has_a_summary_with_charts_and_an_items_sheet(change, tmp_path):
    write_report(change, tmp_path / "progress.xlsx")
    book = load_workbook(tmp_path / "progress.xlsx")
    assert book.sheetnames == ["Summary", "Items", "Input issues", "About"]
    assert len(book["Summary"]._charts) == 2
    summary = {row[0]: row[1:4] for row in rows(book["Summary"]) if row[0]}
    assert summary["Score (0-100)"] == (round(change.score_old, 1), round(change.score_new, 1),
                                        round(change.score_new - change.score_old, 1))
    items = rows(book["Items"], 2)
    assert [(row[0], row[5]) for row in items] == list(zip(change.items["id"], change.items["change"]))


def test_the_progress_json_follows_its_schema(change, tmp_path):
    write_report(change, tmp_path / "progress.json")
    document = json.loads((tmp_path / "progress.json").read_text("utf-8"))
    assert list(schema("progress").iter_errors(document)) == []
    assert document["old"]["assessed_against"] == "mini@1.0.0"
    assert document["old"]["assessed_on"] == date(2021, 2, 1).isoformat()


def test_the_progress_markdown_lists_what_changed(change, tmp_path):
    write_report(change, tmp_path / "progress.md")
    text = (tmp_path / "progress.md").read_text("utf-8")
    assert "# Progress: Aurelia (XKA)" in text and "## What changed" in text
    assert "| 1.g | Illegal interception |" in text


# --- found by looking at the workbooks as a reader would ----------------------------------------------


def test_one_jurisdiction_is_not_called_jurisdictions(tmp_path):
    write_report(compare([DATA / "batch" / "xka-aurelia.json"], MINI), tmp_path / "one.xlsx")
    assert load_workbook(tmp_path / "one.xlsx")["Overview"]["A1"].value == "Comparison of 1 jurisdiction"


def test_the_dual_criminality_notes_wrap_across_the_table_in_rows_tall_enough(workbook):
    """The notes once ran past the printed page; then their title overlapped them."""
    from gapcheck._reports._xlsx_style import LINE_HEIGHT, TITLE_HEIGHT, text_lines

    sheet = workbook["Dual criminality"]
    header = _row_of(sheet, "Jurisdiction")
    assert sheet.row_dimensions[1].height == TITLE_HEIGHT
    width = sum(sheet.column_dimensions[get_column_letter(c)].width for c in range(1, sheet.max_column + 1))
    merged = {str(r) for r in sheet.merged_cells.ranges}
    notes = [row for row in range(2, header) if sheet.cell(row, 1).value]
    assert len(notes) == 3
    for row in notes:
        assert f"A{row}:{get_column_letter(sheet.max_column)}{row}" in merged
        assert sheet.cell(row, 1).alignment.wrap_text
        lines = text_lines(sheet.cell(row, 1).value, width)
        assert (sheet.row_dimensions[row].height or LINE_HEIGHT) >= LINE_HEIGHT * lines


def test_dual_criminality_shares_show_one_decimal(workbook):
    sheet = workbook["Dual criminality"]
    shares = [c for row in sheet.iter_rows(min_row=_row_of(sheet, "Jurisdiction") + 1, min_col=2) for c in row]
    assert shares and all(c.number_format == "0.0" for c in shares if c.value is not None)  # "25.0", not "25"
    assert all(c.value == round(c.value, 1) for c in shares if c.value is not None)


def test_section_scores_all_show_one_decimal(workbook):
    sheet = workbook["Sections"]
    scores = [c for row in sheet.iter_rows(min_row=2, min_col=4) for c in row if c.value is not None]
    assert scores and all(c.number_format == "0.0" for c in scores)  # "50.0" beside "49.2", not "50"
    assert all(c.number_format == "0.0" for c in workbook["Matrix"][4][2:] if c.value is not None)


def test_every_matrix_row_fits_its_title(workbook, comparison):
    from gapcheck._reports._xlsx_style import LINE_HEIGHT, text_lines

    sheet = workbook["Matrix"]
    width = sheet.column_dimensions["B"].width
    for row in range(5, 5 + len(comparison.items)):
        lines = text_lines(sheet.cell(row, 2).value, width)
        assert (sheet.row_dimensions[row].height or LINE_HEIGHT) >= LINE_HEIGHT * lines


def test_the_about_rules_wrap_in_rows_tall_enough_to_read(workbook):
    from gapcheck._reports._xlsx_style import LINE_HEIGHT, text_lines

    sheet = workbook["About"]
    rules = [row for row in sheet.iter_rows(max_col=2) if str(row[0].value).startswith("Rule ")]
    width = sum(sheet.column_dimensions[get_column_letter(c)].width for c in range(2, 9))  # merged across B:H
    long_rules = [row for row in rules if text_lines(row[1].value, width) > 1]
    assert long_rules and all(row[1].alignment.wrap_text for row in rules)
    assert all(sheet.row_dimensions[row[0].row].height >= LINE_HEIGHT * text_lines(row[1].value, width)
               for row in long_rules)


def test_the_progress_assessors_wrap_and_the_charts_sit_side_by_side(change, tmp_path):
    write_report(change, tmp_path / "progress.xlsx")
    summary = load_workbook(tmp_path / "progress.xlsx")["Summary"]
    assessor = next(row for row in summary.iter_rows(max_col=3) if row[0].value == "Assessor")
    assert assessor[1].alignment.wrap_text and assessor[2].alignment.wrap_text
    first, second = (chart.anchor._from for chart in summary._charts)
    assert first.row == second.row and (first.col, second.col) == (0, 3)


def test_shared_gap_names_with_commas_stay_whole_in_json(tmp_path):
    """A jurisdiction without a code is named; "Korea, Republic of" is one name, not two."""
    import json

    from gapcheck import Answer, Jurisdiction, Profile, compare, load_checklist, write_report

    checklist = load_checklist()
    profiles = [Profile(Jurisdiction(name), checklist.ref, {"10.d": Answer("10.d", "none")})
                for name in ("Korea, Republic of", "Aurelia")]
    document = json.loads(write_report(compare(profiles), tmp_path / "c.json").read_text("utf-8"))
    line = next(g for g in document["shared_gaps"] if g["id"] == "10.d")
    assert line["jurisdictions"] == ["Aurelia", "Korea, Republic of"]


# --- found in a user review ----------------------------------------------------------------------------

EXAMPLES = Path(__file__).parent.parent / "examples"


@pytest.fixture(scope="module")
def examples_workbook(tmp_path_factory):
    path = tmp_path_factory.mktemp("examples") / "examples.xlsx"
    write_report(compare(EXAMPLES), path)
    return load_workbook(path)


def test_the_weakest_jurisdiction_alone_in_its_group_is_on_the_peers_sheet(examples_workbook):
    """Estmere is the only member of Island States; compared with itself, it never appeared."""
    table = rows(examples_workbook["Peers"], 2)
    estmere = [row for row in table if row[1] == "XES"]
    assert estmere and {row[2] for row in estmere} == {"all other jurisdictions (the only one in Island States)"}


def test_a_single_jurisdiction_is_said_to_have_no_one_to_compare_with(tmp_path):
    one = compare([DATA / "batch" / "xka-aurelia.json"], MINI)
    write_report(one, tmp_path / "one.xlsx")
    write_report(one, tmp_path / "one.md")
    message = "Only one jurisdiction is compared, so there are no peers to compare it with."
    assert load_workbook(tmp_path / "one.xlsx")["Peers"]["A2"].value == message
    assert message in (tmp_path / "one.md").read_text("utf-8")


def test_shared_gaps_head_each_status_column_with_the_status_name(examples_workbook):
    header = rows(examples_workbook["Shared gaps"])[0]
    assert header[5:9] == ("Partly met", "Planned", "Not met", "Unknown")


def test_the_overview_stores_assessment_dates_as_dates(examples_workbook):
    sheet = examples_workbook["Overview"]
    assert sheet.cell(6, 11).value == "Assessed on"
    days = [sheet.cell(row, 11) for row in range(7, 12)]
    assert all(isinstance(c.value, datetime) and c.number_format == "yyyy-mm-dd" for c in days)


def test_the_progress_workbook_gives_each_section_its_bound_and_coverage(change, tmp_path):
    write_report(change, tmp_path / "progress.xlsx")
    summary = load_workbook(tmp_path / "progress.xlsx")["Summary"]
    header = _row_of(summary, "Score, upper bound and coverage by section") + 1
    assert [c.value for c in summary[header]][:10] == [
        "Section", "Score, old", "Score, new", "Change", "Up to, old", "Up to, new", "Change",
        "Assessed (%), old", "Assessed (%), new", "Change"]
    first = [c.value for c in summary[header + 1]][:10]
    section = change.sections.iloc[0]
    assert first[0] == section["title"]
    assert first[4:] == [round(section[c], 1) for c in ("score_upper_old", "score_upper_new", "score_upper_change",
                                                         "coverage_old", "coverage_new", "coverage_change")]


def test_the_progress_json_and_markdown_give_each_section_its_bound_and_coverage(change, tmp_path):
    document = json.loads(write_report(change, tmp_path / "progress.json").read_text("utf-8"))
    section, figures = document["sections"][0], change.sections.iloc[0]
    assert list(section) == ["id", "title", "score_old", "score_new", "change", "score_upper_old",
                             "score_upper_new", "score_upper_change", "coverage_old", "coverage_new",
                             "coverage_change"]
    assert (section["coverage_old"], section["coverage_new"]) == (round(figures["coverage_old"], 2),
                                                                  round(figures["coverage_new"], 2))
    text = write_report(change, tmp_path / "progress.md").read_text("utf-8")
    assert f"{figures['coverage_old']:.1f} → {figures['coverage_new']:.1f}" in text


# --- printing and colour -------------------------------------------------------------------------


def test_every_comparison_sheet_prints_on_a4_with_a_footer_naming_the_batch(workbook, comparison):
    from tests.test_reports_xlsx import assert_prints_well

    days = sorted(p.assessed_on for p in comparison.profiles if p.assessed_on)
    assert_prints_well(workbook, "Comparison of 5 jurisdictions", f"Assessed {days[0]} to {days[-1]}")
    assert workbook["Overview"].page_setup.orientation == "landscape"
    assert workbook["Overview"].print_title_rows == "$6:$6"


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_every_sheet_prints_in_readable_type_and_cut_nowhere(comparison, examples_workbook, change, tmp_path, paper):
    """The comparison of the test batch and of the examples, the progress report and the pair report: every
    printed table as wide as its page at 71 % at most, fitted to its pages tall, no text cut at a column's edge.
    The Overview once printed at 60 %, Peers at 61 %, the progress Summary at 57 %."""
    from gapcheck import dual_criminality
    from tests.test_reports_xlsx import assert_readable_on_paper

    pair = dual_criminality(EXAMPLES / "aurelia.xlsx", EXAMPLES / "borealis.xlsx")
    for name, report in (("batch", comparison), ("examples", compare(EXAMPLES)), ("progress", change),
                         ("pair", pair)):
        assert_readable_on_paper(load_workbook(write_report(report, tmp_path / f"{name}.xlsx", paper=paper)), paper)


def test_a_large_batch_prints_the_matrix_several_pages_across_in_readable_type(comparison, tmp_path, monkeypatch):
    """Nine jurisdictions a landscape page, the item columns repeated; never one page of unreadable type."""
    from gapcheck._reports import _comparison_xlsx

    monkeypatch.setattr(_comparison_xlsx, "_MATRIX_ACROSS", {"portrait": 2, "landscape": 2})
    sheet = load_workbook(write_report(comparison, tmp_path / "wide.xlsx"))["Matrix"]
    assert (sheet.page_setup.orientation, sheet.page_setup.fitToWidth) == ("landscape", 3)  # 5 jurisdictions, 2 a page


def test_scores_and_shares_are_shaded_in_one_neutral_hue_not_red_to_green(workbook):
    from gapcheck._reports._xlsx_style import FIGURE_SCALE

    scales = [rule.colorScale for name in ("Sections", "Dual criminality") for area in
              workbook[name].conditional_formatting for rule in area.rules if rule.type == "colorScale"]
    assert len(scales) == 2
    for scale in scales:
        assert [c.rgb[-6:] for c in scale.color] == list(FIGURE_SCALE)


def test_the_overview_chart_draws_figures_in_slate_with_a_legend(workbook):
    from gapcheck._reports._xlsx_style import FIGURE_COLOUR, FIGURE_SPAN_COLOUR
    from tests.test_reports_xlsx import _series_colours

    [chart] = workbook["Overview"]._charts
    assert _series_colours(chart) == [FIGURE_COLOUR, FIGURE_SPAN_COLOUR] and chart.legend is not None


def test_overview_figures_show_one_decimal(workbook):
    sheet = workbook["Overview"]
    figures = [c for row in sheet.iter_rows(min_row=7, max_row=11, min_col=6, max_col=9) for c in row]
    groups = [c for row in sheet.iter_rows(min_row=7, max_row=10, min_col=17, max_col=19) for c in row]
    for c in [*figures, *groups]:
        if c.value is not None:
            assert c.number_format == "0.0" and c.value == round(c.value, 1), c.coordinate


def test_the_progress_workbook_prints_its_summary_on_one_page_and_never_paints_a_gain_red(change, tmp_path):
    from gapcheck._reports._progress_xlsx import CHANGE_COLOURS
    from gapcheck._reports._xlsx_style import FIGURE_COLOUR, FIGURE_SPAN_COLOUR, STATUS_COLOURS
    from tests.test_reports_xlsx import _series_colours, assert_prints_well

    book = load_workbook(write_report(change, tmp_path / "progress.xlsx"))
    assert_prints_well(book, "Aurelia (XKA)", "Assessed 2021-02-01 to 2024-03-01")
    setup = book["Summary"].page_setup
    assert (setup.fitToWidth, setup.fitToHeight) == (1, 1)
    for chart in book["Summary"]._charts:
        assert _series_colours(chart) == [FIGURE_SPAN_COLOUR, FIGURE_COLOUR]  # old light, new dark
        assert chart.legend is not None
    assert STATUS_COLOURS["none"] not in CHANGE_COLOURS.values()
    assert STATUS_COLOURS["full"] not in CHANGE_COLOURS.values()  # a change is not a status


def test_the_pair_report_prints_on_a4_and_gives_its_share_with_one_decimal(tmp_path):
    from gapcheck import dual_criminality
    from tests.test_reports_xlsx import assert_prints_well

    pair = dual_criminality(DATA / "batch" / "xka-aurelia.json", DATA / "batch" / "xkb-borduria.xlsx", MINI)
    book = load_workbook(write_report(pair, tmp_path / "pair.xlsx"))
    assert book.sheetnames == ["Dual criminality", "Offences"]
    days = sorted(p.assessed_on for p in pair.profiles if p.assessed_on)
    when = f"Assessed on {days[0]}" if days[0] == days[-1] else f"Assessed {days[0]} to {days[-1]}"
    assert_prints_well(book, f"{pair.a.jurisdiction.label} and {pair.b.jurisdiction.label}", when)
    summary = book["Dual criminality"]
    share = next(row for row in summary.iter_rows(max_col=2) if row[0].value == "Share that passes (%)")
    assert share[1].number_format == "0.0"
    assert book["Dual criminality"].row_dimensions[1].height  # the title does not run into the line below
