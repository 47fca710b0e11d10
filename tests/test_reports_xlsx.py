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
from openpyxl.utils import column_index_from_string, get_column_letter
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
    assert _field(summary, "Score (0-100)") == round(result.score, 1)
    assert _field(summary, "Upper bound, if every unknown is met") == round(result.score_upper, 1)
    assert _field(summary, "Assessed (% of the scored weight)") == round(result.coverage, 1)
    number_cell = summary.cell(_row_of(summary, "Score (0-100)"), 2)
    assert number_cell.data_type == "n" and number_cell.number_format == "0.0"
    with pytest.raises(KeyError):
        _field(summary, "Raw score")  # the default model has no raw score


def test_summary_of_a_flat_model_adds_the_raw_score_and_maximum(tmp_path: Path):
    flat = score(_profile(), CHECKLIST, model="flat")
    summary = load_workbook(write_report(flat, tmp_path / "flat.xlsx"))["Summary"]
    assert _field(summary, "Raw score") == round(flat.raw_score, 1)
    assert _field(summary, "Maximum score") == round(flat.max_score, 1)


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
    rows = list(summary.iter_rows(min_row=header + 1, max_row=header + 2, max_col=5, values_only=True))
    assert [r[0] for r in rows] == list(result.sections["title"])
    assert [r[1] for r in rows] == [round(v, 1) for v in result.sections["score"]]
    assert [r[4] for r in rows] == [round(round(u, 1) - round(s, 1), 1)
                                    for s, u in zip(result.sections["score"], result.sections["score_upper"])]
    [chart] = summary._charts
    assert chart.tagname == "barChart" and chart.grouping == "stacked" and chart.overlap == 100
    assert len(chart.series) == 2  # the score, and stacked on it the points not yet assessed, to the upper bound
    assert f"$B${header + 1}:$B${header + 2}" in chart.series[0].val.numRef.f
    assert f"$E${header + 1}:$E${header + 2}" in chart.series[1].val.numRef.f


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
    evidence = get_column_letter([c.value for c in items[1]].index("Evidence") + 1)
    assert items.column_dimensions[evidence].width == 120
    assert items[f"{evidence}3"].alignment.wrap_text


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
    assert rows["9.a"]["Points"] == round(rows["9.a"]["Points"], 1)


def test_gaps_is_the_action_plan_in_rank_order(book, result):
    rows = _table(book["Gaps"])
    assert [r["Item"] for r in rows] == list(result.gaps["id"])
    assert [r["Rank"] for r in rows] == list(range(1, len(rows) + 1))
    assert rows[0]["Item"] == "10.f.vii" and rows[0]["Gain"] == round(max(result.gaps["gain"]), 1)  # weight 2
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
    rows = {(r["Treaty"], int(r["Article"])): r for r in _table(book["Crosswalk"])}
    access = rows[("Budapest Convention", 2)]
    assert access["Heading"] == "Illegal access"
    assert access["Items"] == "10.d, 10.f.vii"
    assert access["Items and status"] == "Partial: 10.d; None: 10.f.vii"  # grouped by status, in the scale's order
    assert access["Met (%)"] == round(100 / 6, 1)  # (1 x 0.5 + 2 x 0) / 3
    assert rows[("Budapest Convention", 25)]["Items and status"] == "Partial: 9.c (art. 25(5))"
    assert rows[("UN Convention (2024)", 55)]["Items and status"] == "Unknown: 10.o"
    assert ("Budapest Convention", 36) in rows  # 9.t, in the alternatives set
    assert not any("9.n" in r["Items"] for r in rows.values())  # context items are not aligned


def test_an_article_no_one_assessed_reads_not_assessed_in_grey_not_zero_in_red(book):
    rows = {(r["Treaty"], int(r["Article"])): r for r in _table(book["Crosswalk"])}
    unassessed = rows[("UN Convention (2024)", 55)]  # only 10.o, unknown
    assert (unassessed["Met (%)"], unassessed["Assessed (%)"]) == ("not assessed", 0)
    sheet = book["Crosswalk"]
    met_column = [c.value for c in sheet[1]].index("Met (%)") + 1
    row = next(r[0].row for r in sheet.iter_rows(min_row=2) if str(r[1].value) == "55" and r[0].value.startswith("UN"))
    assert met_column <= 6  # printed
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
    assert _field(about, "Crosswalk: UN Convention (2024)") == "UN Convention against Cybercrime (2024)"


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
    gaps = book["Gaps"]
    assert gaps["A2"].value == 1 and gaps["A2"].number_format == "0"


def test_weights_and_values_show_without_padding_and_figures_with_one_decimal(book):
    items = book["Items"]
    header = [c.value for c in items[1]]
    for name, number_format in (("Value", "General"), ("Weight", "General"), ("Points", "0.0")):
        column = header.index(name) + 1
        cells = [row[0] for row in items.iter_rows(min_row=2, min_col=column, max_col=column)]
        assert all(c.number_format == number_format for c in cells if c.value is not None), name
    gain = [c.value for c in book["Gaps"][1]].index("Gain") + 1
    assert book["Gaps"].cell(2, gain).number_format == "0.0"  # a gain is a figure on 0-100: "0.1", never "0.098"


def test_rows_with_wrapped_text_are_tall_enough_to_show_it(book):
    from gapcheck._reports._xlsx_style import LINE_HEIGHT, text_lines

    gaps = book["Gaps"]
    column = [c.value for c in gaps[1]].index("Next step") + 1
    width = gaps.column_dimensions[get_column_letter(column)].width
    for row in range(2, gaps.max_row + 1):
        step = gaps.cell(row, column).value or ""
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
    width = items.column_dimensions[get_column_letter([c.value for c in items[1]].index("Requirement") + 1)].width
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
    counted = _greedy_lines([float(size) for size in sizes], 1.0, float(width))  # letters and spaces one wide
    assert counted == wrapped if max(sizes) <= width else counted >= wrapped


# --- printing and colour: every sheet on paper, one palette --------------------------------------------


def _print_settings(sheet) -> dict[str, object]:
    """What a sheet says about printing, as read back from the file."""
    footer = sheet.oddFooter
    return {
        "paper": sheet.page_setup.paperSize,
        "fit": sheet.sheet_properties.pageSetUpPr.fitToPage,
        "wide": sheet.page_setup.fitToWidth,
        "orientation": sheet.page_setup.orientation,
        "footer": (footer.left.text, footer.center.text, footer.right.text),
    }


def assert_prints_well(book, who: str, when: str, paper: int = 9) -> None:
    """Every sheet: the paper, fitted to the page width, a footer naming who, when and the page; every table
    repeats its header row on each page. Shared with the comparison's and the template's tests."""
    for sheet in book:
        settings = _print_settings(sheet)
        assert int(settings["paper"]) == paper, sheet.title
        assert settings["fit"] and settings["wide"] >= 1, sheet.title
        assert settings["orientation"] in ("portrait", "landscape"), sheet.title
        assert settings["footer"] == (who.replace("&", "&&"), when or None, "Page &P of &N"), sheet.title
        if sheet.freeze_panes and sheet.freeze_panes[1:] == "2":  # a table with its header in row 1
            assert sheet.print_title_rows == "$1:$1", sheet.title


def _printed_columns(sheet) -> int | None:
    """How many columns from A a sheet prints: its print area's, else all; None when it is left out of print."""
    area = sheet.print_area
    if not area:
        return sheet.max_column
    cells = area.split("!")[-1].replace("$", "")
    if ":" not in cells:  # a single empty cell: nothing to print
        return None
    return column_index_from_string(cells.split(":")[-1].rstrip("0123456789"))


def _clipped(sheet, columns: int) -> list[str]:
    """The printed cells whose text a spreadsheet cuts off at the column's edge: a word of a wrapped cell too wide
    for its column (it is broken between letters; a path or a hyphenated word may break at its slashes and
    hyphens), the text of a cell that does not wrap too wide for its column with a neighbour to stop it (where
    it would run on, it does), a date too wide for its column (shown as "###")."""
    from gapcheck._reports._xlsx_style import TYPE_SIZE, UNIT_POINTS, text_width

    def room(column: int) -> float:
        return UNIT_POINTS * (sheet.column_dimensions[get_column_letter(column)].width or 8.43) - 3

    merged = {(r.min_row, r.min_col) for r in sheet.merged_cells.ranges}
    found = []
    for row in sheet.iter_rows(max_col=columns):
        for c in row:
            if (c.row, c.column) in merged or c.value is None:
                continue
            size = float(c.font.sz or TYPE_SIZE)
            if isinstance(c.value, datetime):
                too_wide = room(c.column) < 10 * size * 0.556 + 2
            elif not isinstance(c.value, str):
                continue
            elif c.alignment.wrap_text:
                too_wide = any(text_width(word, bool(c.font.b)) * size > room(c.column)
                               for word in c.value.split() if "/" not in word and "-" not in word)
            else:
                neighbour = row[c.column] if c.column < len(row) else None
                stopped = c.column == columns or (neighbour is not None and neighbour.value is not None)
                too_wide = stopped and max(text_width(line, bool(c.font.b)) * size
                                           for line in c.value.split("\n")) > room(c.column)
            if too_wide:
                found.append(f"{sheet.title}!{c.coordinate}")
    return found


def assert_readable_on_paper(book, paper: str = "a4", *, fitted: bool = True) -> None:
    """Every sheet that prints, prints in type no smaller than 7 points, and cut nowhere.

    A sheet one page wide is no wider than its page holds at the least zoom (its 10-point type printed at 7.1
    points), and is fitted to the pages its rows take (fitted to the width alone, LibreOffice may scale it a
    further 2 % down to save its last page; ``fitted=False`` for the template, none of whose sheets comes near
    the least zoom); no printed text is cut off at its column's edge (see :func:`_clipped`). Shared with the
    comparison's, the progress report's, the pair report's and the template's tests."""
    from gapcheck._reports._xlsx_style import Page

    clipped = []
    for sheet in book:
        columns = _printed_columns(sheet)
        if columns is None:
            continue
        setup = sheet.page_setup
        if int(setup.fitToWidth) == 1:
            widths = [sheet.column_dimensions[get_column_letter(c)].width or 8.43 for c in range(1, columns + 1)]
            assert sum(widths) <= Page(paper).room(setup.orientation), sheet.title
            assert int(setup.fitToHeight) >= 1 or not fitted, sheet.title
        clipped += _clipped(sheet, columns)
    assert not clipped


def test_every_sheet_prints_on_a4_fitted_to_the_page_width_with_a_footer(book):
    assert_prints_well(book, "Aurelia (XKA)", "Assessed on 2024-05-01")


@pytest.fixture(scope="module")
def examples(tmp_path_factory) -> dict[str, Path]:
    """The gap report of each bundled example, on each paper."""
    folder = tmp_path_factory.mktemp("examples")
    written = {}
    for source in sorted(EXAMPLES.glob("*.*")):
        if source.suffix in (".xlsx", ".csv", ".json"):
            scored = score(read_profile(source))
            for paper in ("a4", "letter"):
                written[f"{source.stem}-{paper}"] = write_report(scored, folder / f"{source.stem}-{paper}.xlsx",
                                                                 paper=paper)
    return written


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_every_example_prints_in_readable_type_and_cut_nowhere(examples, paper):
    """The printed columns of every table once added up to as much as 166 characters, scaled to 59 % to fit the
    page: 5.9-point type."""
    for name, path in examples.items():
        if name.endswith(paper):
            assert_readable_on_paper(load_workbook(path), paper)


def test_the_test_reports_print_in_readable_type_and_cut_nowhere(book, result, tmp_path: Path):
    assert_readable_on_paper(book)
    assert_readable_on_paper(load_workbook(write_report(result, tmp_path / "letter.xlsx", paper="letter")), "letter")


def test_a_sheet_wider_than_its_page_at_the_least_zoom_prints_across_pages_not_smaller(tmp_path: Path):
    from openpyxl import Workbook

    from gapcheck._reports._xlsx_style import Layout, Page

    sheet = Workbook().active
    for row in range(1, 4):
        sheet.append(["text"] * 12)
    page = Page("a4")
    assert page.room("portrait") == 139 and Page("letter").room("landscape") == 189
    assert page.fit(sheet, Layout("portrait"), [12] * 11, 3) == 1  # 132 characters: one page wide
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 1)
    page.fit(sheet, Layout("portrait", title_cols="A:A"), [20] * 8, 3)  # 160 characters: two pages wide
    assert sheet.page_setup.fitToWidth == 2


def test_the_summary_prints_on_one_page_in_portrait(book):
    setup = book["Summary"].page_setup
    assert (setup.orientation, setup.fitToWidth, setup.fitToHeight) == ("portrait", 1, 1)


@pytest.mark.parametrize(("sheet", "printed"), [
    ("Items", ["Item", "Title", "Status", "Points", "Provisions", "Notes"]),
    ("Gaps", ["Rank", "Item", "Recommendation", "Status", "Gain", "Next step", "Owner", "Target date"]),
    ("Crosswalk", ["Treaty", "Article", "Heading", "Met (%)", "Assessed (%)", "Items and status"]),
])
def test_wide_sheets_print_the_columns_a_reader_needs_first(book, sheet, printed):
    """The other columns follow on screen; on paper they would shrink the type below reading size."""
    table = book[sheet]
    assert [c.value for c in table[1]][: len(printed)] == printed
    assert table.print_area == f"'{sheet}'!$A$1:${get_column_letter(len(printed))}$1048576"


def test_assess_first_prints_only_what_the_summary_cannot_hold(book, tmp_path: Path):
    """Up to five items to assess are all on the Summary: their sheet stays on screen and is left out of print
    (its print area an empty cell, which LibreOffice skips); more print on their own page."""
    assert book["Assess first"].print_area == "'Assess first'!$A$1048576"
    unknown = score(replace(_profile(), answers={}), CHECKLIST)
    assert len(unknown.to_assess) > 5
    sheet = load_workbook(write_report(unknown, tmp_path / "unknown.xlsx"))["Assess first"]
    printed = ["Rank", "Item", "Recommendation", "Section", "Could gain", "Owner", "Target date"]
    assert [c.value for c in sheet[1]][: len(printed)] == printed
    assert sheet.print_area == f"'Assess first'!$A$1:${get_column_letter(len(printed))}$1048576"


def test_a_few_input_issues_print_under_about_and_many_on_their_own_page(book, result, tmp_path: Path):
    from gapcheck._reports._xlsx_style import ISSUES_ELSEWHERE

    assert book["Input issues"].print_area == "'Input issues'!$A$1048576"
    assert _field(book["About"], "Warning: blank-status") == (
        f"{WARNING.message} What to do: {WARNING.hint} (aurelia.xlsx, sheet Assessment, row 12, Status)")
    clean = load_workbook(write_report(replace(result, issues=()), tmp_path / "clean.xlsx"))
    assert clean["Input issues"].print_area == "'Input issues'!$A$1048576"
    assert _field(clean["About"], "Problems found").startswith("None")
    many = replace(result, issues=(WARNING,) * (ISSUES_ELSEWHERE + 1))
    book = load_workbook(write_report(many, tmp_path / "many.xlsx"))
    assert not book["Input issues"].print_area  # every column prints
    assert book["Input issues"].page_setup.orientation == "landscape"
    assert _field(book["About"], "Problems found") == f"{ISSUES_ELSEWHERE + 1}: the Input issues sheet lists them."


def test_letter_paper_is_one_argument_away(result, tmp_path: Path):
    book = load_workbook(write_report(result, tmp_path / "letter.xlsx", paper="letter"))
    assert {int(sheet.page_setup.paperSize) for sheet in book} == {1}


@pytest.mark.parametrize("paper", ["a3", "A4", "", None])
def test_an_unknown_paper_is_refused_before_anything_is_written(result, tmp_path: Path, paper):
    from gapcheck import InvalidArgumentError

    for name in ("report.xlsx", "report.md"):  # the Markdown has no pages, but the call is still wrong
        with pytest.raises(InvalidArgumentError) as refused:
            write_report(result, tmp_path / name, paper=paper)
        assert [i.code for i in refused.value.issues] == ["unknown-paper"]
    assert not list(tmp_path.iterdir())


def test_a_footer_keeps_ampersands_and_stays_one_short_line():
    from gapcheck._reports._xlsx_style import footer_text

    assert footer_text("Antigua & Barbuda") == "Antigua && Barbuda"  # a single "&" would start a code
    assert footer_text("A\nB") == "A B"
    assert len(footer_text("x" * 300)) <= 80


def test_the_palette_gives_each_status_one_colour_and_each_colour_one_meaning():
    from gapcheck._reports._xlsx_style import FIGURE_COLOUR, FIGURE_SCALE, FIGURE_SPAN_COLOUR

    assert STATUS_COLOURS == {"full": "C6EFCE", "partial": "FFEB9C", "planned": "C5D3E3", "none": "FFC7CE",
                              "not_applicable": "F2F2F2", "unknown": "D9D9D9"}
    figures = {FIGURE_COLOUR, FIGURE_SPAN_COLOUR, *FIGURE_SCALE}
    assert not figures & set(STATUS_COLOURS.values())  # a figure never wears a status colour


def _series_colours(chart) -> list[str]:
    fills = [series.graphicalProperties.solidFill for series in chart.series]
    return [fill if isinstance(fill, str) else getattr(fill.srgbClr, "val", fill.srgbClr) for fill in fills]


def test_the_section_chart_draws_figures_in_slate_never_red_and_has_a_legend(book):
    from gapcheck._reports._xlsx_style import FIGURE_COLOUR, FIGURE_SPAN_COLOUR

    [chart] = book["Summary"]._charts
    assert _series_colours(chart) == [FIGURE_COLOUR, FIGURE_SPAN_COLOUR]
    assert chart.legend is not None and chart.legend.position == "b"


def test_figures_on_0_to_100_are_written_with_one_decimal(book):
    """Scores, bounds, coverage, shares, gains and points: rounded to one decimal and shown as "0.0"."""
    figures = {
        "Summary": ["B"], "Items": ["D"], "Gaps": ["E"], "Assess first": ["E"], "Crosswalk": ["D", "E"],
    }
    seen = 0
    for name, columns in figures.items():
        sheet = book[name]
        for column in columns:
            for c in sheet[column][1:]:
                if isinstance(c.value, float):
                    assert c.value == round(c.value, 1) and c.number_format == "0.0", (name, c.coordinate)
                    seen += 1
    assert seen > 10


def test_titles_and_headings_get_rows_tall_enough_for_their_type(book):
    from gapcheck._reports._xlsx_style import HEADING_HEIGHT, TITLE_HEIGHT

    summary = book["Summary"]
    assert summary.row_dimensions[1].height == TITLE_HEIGHT
    assert summary.row_dimensions[_row_of(summary, "Headline")].height == HEADING_HEIGHT


def test_long_sentences_wrap_across_the_summary_rather_than_run_off_the_page(book, result):
    summary = book["Summary"]
    caveat = next(c for c in summary["A"] if isinstance(c.value, str) and c.value.startswith("Caveat: "))
    assert caveat.alignment.wrap_text
    assert f"A{caveat.row}:E{caveat.row}" in {str(r) for r in summary.merged_cells.ranges}


@pytest.mark.parametrize("command", [
    ["score", str(EXAMPLES / "aurelia.xlsx")],
    ["compare", str(EXAMPLES / "aurelia.xlsx"), str(EXAMPLES / "borealis.xlsx")],
    ["progress", str(EXAMPLES / "history" / "deltaria-2024.xlsx"), str(EXAMPLES / "deltaria.xlsx")],
    ["dual-criminality", str(EXAMPLES / "aurelia.xlsx"), str(EXAMPLES / "borealis.xlsx")],
    ["template"],
])
def test_every_command_that_writes_a_workbook_takes_the_paper(command, tmp_path: Path, capsys):
    from gapcheck._cli import main

    out = tmp_path / "letter.xlsx"
    assert main([*command, "-o", str(out), "--paper", "letter"]) == 0
    assert {int(sheet.page_setup.paperSize) for sheet in load_workbook(out)} == {1}
    with pytest.raises(SystemExit):
        main([*command, "-o", str(tmp_path / "a3.xlsx"), "--paper", "a3"])
    assert "invalid choice: 'a3'" in capsys.readouterr().err
