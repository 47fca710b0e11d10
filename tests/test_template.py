"""The assessment template: what a lawyer opens, fills in and hands back."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from gapcheck._checklist_files import load_checklist
from gapcheck._errors import OutputError
from gapcheck._profile import STATUSES
from gapcheck._readers import load_profiles
from gapcheck._template import ASSESSMENT, ASSESSMENT_COLUMNS, CONTEXT, INSTRUCTIONS, JURISDICTION, write_template
from tests.conftest import DATA

MINI = load_checklist(DATA / "profiles" / "mini-checklist.yaml")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The template of the bundled checklist, written once for this module."""
    return write_template(tmp_path_factory.mktemp("template") / "profile.xlsx")


def test_template_has_the_four_sheets_in_order(template: Path) -> None:
    assert load_workbook(template).sheetnames == [INSTRUCTIONS, JURISDICTION, ASSESSMENT, CONTEXT]


def test_assessment_has_one_row_per_scored_item_in_checklist_order(template: Path, checklist) -> None:  # noqa: ANN001
    sheet = load_workbook(template)[ASSESSMENT]
    assert [cell.value for cell in sheet[1]] == [title for title, _ in ASSESSMENT_COLUMNS]
    ids = [sheet.cell(row, 1).value for row in range(2, sheet.max_row + 1)]
    assert ids == [item.id for item in checklist.scored_items]
    row = ids.index("10.f.vii") + 2
    item = checklist["10.f.vii"]
    assert [sheet.cell(row, c).value for c in (2, 3, 4)] == ["Criminalization", item.title, item.requirement]
    assert sheet.cell(row, 5).value.startswith(f"Full: {item.guidance.full}")


def test_context_sheet_lists_the_items_never_scored(template: Path, checklist) -> None:  # noqa: ANN001
    sheet = load_workbook(template)[CONTEXT]
    ids = [sheet.cell(row, 1).value for row in range(2, sheet.max_row + 1)]
    assert ids == [item.id for item in checklist.items if item.addressee != "state"]
    assert {"9.n", "9.n.i", "9.o", "9.p", "9.q", "9.r", "9.v"} <= set(ids)
    assert "Status" not in [cell.value for cell in sheet[1]]


def test_status_column_offers_the_six_statuses_as_a_drop_down(template: Path) -> None:
    sheet = load_workbook(template)[ASSESSMENT]
    lists = [dv for dv in sheet.data_validations.dataValidation if dv.type == "list"]
    assert len(lists) == 1
    assert lists[0].formula1 == '"' + ",".join(STATUSES) + '"'
    assert str(lists[0].sqref) == f"F2:F{sheet.max_row}"


def test_ids_and_texts_are_locked_and_inputs_open_without_a_password(template: Path) -> None:
    sheet = load_workbook(template)[ASSESSMENT]
    assert sheet.protection.sheet and not sheet.protection.password
    assert all(sheet.cell(2, column).protection.locked for column in range(1, 6))
    assert not any(sheet.cell(2, column).protection.locked for column in range(6, 10))
    jurisdiction = load_workbook(template)[JURISDICTION]
    assert not jurisdiction["B2"].protection.locked
    assert jurisdiction["B8"].protection.locked  # the checklist version is not for editing


def test_assessment_is_pleasant_to_fill_in(template: Path) -> None:
    sheet = load_workbook(template)[ASSESSMENT]
    assert sheet.freeze_panes == "B2"
    assert sheet.auto_filter.ref == f"A1:I{sheet.max_row}"
    assert sheet.column_dimensions["D"].width == 50
    assert sheet.cell(2, 4).alignment.wrap_text


def test_jurisdiction_sheet_names_the_checklist(template: Path, checklist) -> None:  # noqa: ANN001
    sheet = load_workbook(template)[JURISDICTION]
    fields = {sheet.cell(row, 1).value: sheet.cell(row, 2).value for row in range(2, sheet.max_row + 1)}
    assert list(fields) == ["Jurisdiction", "Code", "Group", "Assessed on", "Assessor", "Sources", "Checklist"]
    assert fields["Checklist"] == checklist.ref


def test_instructions_explain_every_status_and_repeat_the_caveat(template: Path, checklist) -> None:  # noqa: ANN001
    sheet = load_workbook(template)[INSTRUCTIONS]
    texts = [cell.value for row in sheet.iter_rows() for cell in row if cell.value]
    assert checklist.caveat in texts
    for level in checklist.statuses:
        assert level.id in texts and level.description in texts


def test_instructions_list_the_other_words_read_as_each_status(template: Path) -> None:
    sheet = load_workbook(template)[INSTRUCTIONS]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    start = next(i for i, row in enumerate(rows) if str(row[0] or "").startswith("Other words read as each status"))
    words = {row[0]: row[1] for row in rows[start + 1:start + 1 + len(STATUSES)]}
    assert list(words) == list(STATUSES)
    assert "n/a" in words["not_applicable"] and "partly" in words["partial"] and "a blank cell" in words["unknown"]


def test_blank_template_reads_back_as_missing_only_the_jurisdiction(template: Path) -> None:
    issues = load_profiles(template)[1]
    assert [(issue.code, issue.sheet, issue.row) for issue in issues if issue.is_error] == [
        ("missing-jurisdiction", JURISDICTION, 2)]


def test_template_for_another_checklist(tmp_path: Path) -> None:
    path = write_template(tmp_path / "mini.xlsx", MINI)
    sheet = load_workbook(path)[ASSESSMENT]
    assert sheet.max_row == 1 + len(MINI.scored_items)
    assert load_workbook(path)[JURISDICTION]["B8"].value == "mini-checklist@1.0.0"


def test_template_must_be_an_xlsx(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as raised:
        write_template(tmp_path / "profile.xls")
    assert raised.value.issues[0].code == "unsupported-output"
    assert not (tmp_path / "profile.xls").exists()


def test_template_is_written_whole_or_not_at_all(tmp_path: Path) -> None:
    write_template(tmp_path / "profile.xlsx")
    assert [path.name for path in tmp_path.iterdir()] == ["profile.xlsx"]


def test_the_template_is_byte_identical_from_run_to_run(tmp_path):
    from gapcheck import write_template

    assert write_template(tmp_path / "a.xlsx").read_bytes() == write_template(tmp_path / "b.xlsx").read_bytes()


def test_the_instructions_title_row_is_tall_enough_for_its_large_type(template: Path) -> None:
    sheet = load_workbook(template)[INSTRUCTIONS]
    title = sheet["A1"].value
    assert sheet["A1"].font.size == 14 and len(title) > 1.2 * 80
    assert sheet.row_dimensions[1].height >= 2 * 19  # two lines of 14-point type


def test_template_into_a_folder_is_refused_as_a_folder(tmp_path: Path) -> None:
    (tmp_path / "profile.xlsx").mkdir()
    with pytest.raises(OutputError) as caught:
        write_template(tmp_path / "profile.xlsx")
    assert caught.value.issues[0].code == "output-is-folder"


def test_an_existing_file_is_not_replaced_unless_asked(tmp_path: Path) -> None:
    target = tmp_path / "filled.xlsx"
    target.write_bytes(b"a colleague's filled-in template")
    with pytest.raises(OutputError) as raised:
        write_template(target)
    assert [issue.code for issue in raised.value.issues] == ["output-exists"]
    assert target.read_bytes() == b"a colleague's filled-in template"
    write_template(target, overwrite=True)
    assert load_workbook(target).sheetnames[0] == INSTRUCTIONS


# --- printing ---------------------------------------------------------------------------------------


def test_every_sheet_prints_on_a4_fitted_to_the_page_width_with_a_footer(template: Path, checklist) -> None:  # noqa: ANN001
    from tests.test_reports_xlsx import assert_prints_well

    book = load_workbook(template)
    assert_prints_well(book, f"Assessment template ({checklist.ref})", "")
    assessment = book[ASSESSMENT]
    # blank, the answer columns have nothing to print: the items and their guidance print, one page wide
    assert (assessment.page_setup.orientation, assessment.page_setup.fitToWidth) == ("landscape", 1)
    assert assessment.print_area == f"'{ASSESSMENT}'!$A$1:$E$1048576" and assessment["E1"].value == "Guidance"
    assert assessment.print_title_rows == "$1:$1"
    assert book[CONTEXT].print_title_rows == "$1:$1"


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_template_prints_in_readable_type_and_cut_nowhere(tmp_path: Path, paper: str) -> None:
    """Set in Calibri, which LibreOffice replaces by a far wider type, the Jurisdiction sheet printed at 6.4 points;
    in Arial, as the reports are, every sheet prints at 7.4 points or more."""
    from tests.test_reports_xlsx import assert_readable_on_paper

    book = load_workbook(write_template(tmp_path / "template.xlsx", paper=paper))
    assert {cell.font.name for sheet in book for row in sheet.iter_rows() for cell in row if cell.value} == {"Arial"}
    assert_readable_on_paper(book, paper, fitted=False)


def test_the_template_prints_on_letter_when_asked(tmp_path: Path) -> None:
    import gapcheck

    book = load_workbook(gapcheck.write_template(tmp_path / "letter.xlsx", paper="letter"))
    assert {int(sheet.page_setup.paperSize) for sheet in book} == {1}


def test_an_unknown_paper_is_refused_before_the_template_is_written(tmp_path: Path) -> None:
    import gapcheck

    for write in (gapcheck.write_template, write_template):
        with pytest.raises(gapcheck.InvalidArgumentError) as refused:
            write(tmp_path / "a3.xlsx", paper="a3")
        assert [i.code for i in refused.value.issues] == ["unknown-paper"]
    assert not (tmp_path / "a3.xlsx").exists()


def test_the_template_and_the_reports_know_the_same_papers() -> None:
    from gapcheck._reports._xlsx_style import PAPERS as REPORT_PAPERS
    from gapcheck._template import PAPERS

    assert PAPERS == REPORT_PAPERS
    assert PAPERS is REPORT_PAPERS  # one table, in gapcheck._outputs


def test_a_filled_profile_prints_with_its_jurisdiction_in_the_footer(tmp_path: Path) -> None:
    import gapcheck

    profile = gapcheck.read_profile(Path(__file__).parent.parent / "examples" / "aurelia.xlsx")
    book = load_workbook(gapcheck.write_profile(profile, tmp_path / "aurelia.xlsx"))
    assessment = book[ASSESSMENT]
    # the answers print too, two pages wide: the item and its guidance, then the status and the answers
    assert (assessment.page_setup.fitToWidth, assessment.print_title_cols) == (2, "$A:$A")
    assert not assessment.print_area
    assert book[ASSESSMENT].oddFooter.left.text == profile.jurisdiction.label
    assert book[ASSESSMENT].oddFooter.center.text == f"Assessed on {profile.assessed_on.isoformat()}"


def test_a_footer_holds_only_storable_text_as_every_report_footer_does(tmp_path: Path) -> None:
    """A hand-built profile may name its jurisdiction with a lone surrogate; the footer gets U+FFFD, as the
    reports' footers do, rather than text no file can hold."""
    import dataclasses

    import gapcheck

    profile = gapcheck.read_profile(Path(__file__).parent.parent / "examples" / "aurelia.xlsx")
    odd = dataclasses.replace(profile, jurisdiction=dataclasses.replace(profile.jurisdiction, name="Aure\ud800lia"))
    book = load_workbook(gapcheck.write_profile(odd, tmp_path / "odd.xlsx"))
    assert book[ASSESSMENT].oddFooter.left.text.startswith("Aure\ufffdlia")
