"""The assessment template: the workbook a ministry lawyer fills in.

Four sheets: Instructions (how to fill it in, what each status means, the
caveat of the source), Jurisdiction (``Field | Value``), Assessment (one row
per item the country is scored on, with a status drop-down and columns for
provisions, evidence and notes) and "Context (not scored)" (the items
addressed to UNODC or to States acting jointly, listed for reference).

The ids and texts are locked so that a stray keystroke cannot change what is
being assessed; the sheets are protected without a password, so the input
columns stay editable and anyone may unprotect a sheet. The same layout,
filled in, is how :func:`gapcheck.write_profile` saves a profile as .xlsx.

Every sheet is set in 10-point Arial and prints on A4 (or Letter), as wide
as the page, its header row on every page and a footer naming the template
(or the jurisdiction) and the page, no type smaller than 7 points. A filled-in
Assessment sheet prints two pages across: the item and what meets it on the
left, the status and the answers on the right; a blank one prints the items
and what meets them, one page wide.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gapcheck._checklist import Checklist, Item
from gapcheck._checklist_files import load_checklist
from gapcheck._errors import OutputError, issue
from gapcheck._outputs import (
    MARGINS,
    PAPERS,
    atomic_write,
    check_output_path,
    check_paper,
    document_stamp,
    footer_text,
    save_workbook,
    set_text,
)
from gapcheck._profile import STATUS_SYNONYMS, STATUSES, Answer, Profile

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

INSTRUCTIONS = "Instructions"
JURISDICTION = "Jurisdiction"
ASSESSMENT = "Assessment"
CONTEXT = "Context (not scored)"

ASSESSMENT_COLUMNS: tuple[tuple[str, int], ...] = (
    ("Id", 10), ("Section", 18), ("Recommendation", 30), ("Requirement", 50), ("Guidance", 55),
    ("Status", 16), ("Provisions", 32), ("Evidence", 40), ("Notes", 40),
)
"""The Assessment sheet's columns and widths; the last four are the ones filled in."""

INPUT_COLUMNS = ("Status", "Provisions", "Evidence", "Notes")

CONTEXT_COLUMNS: tuple[tuple[str, int], ...] = (
    ("Id", 10), ("Section", 18), ("Recommendation", 32), ("Why not asked", 22), ("Requirement", 70),
)

JURISDICTION_FIELDS: tuple[tuple[str, str], ...] = (
    ("Jurisdiction", "Required. The name of the country or other jurisdiction assessed."),
    ("Code", "ISO 3166-1 alpha-3 code, e.g. KEN or BRA; XAA to XZZ for a fictional or sub-national jurisdiction."),
    ("Group", "Optional: a region or other group to compare jurisdictions by."),
    ("Assessed on", "The date of the assessment, e.g. 2024-03-01."),
    ("Assessor", "Who made the assessment."),
    ("Sources", "The laws, gazettes and documents consulted, one per line (Alt+Enter starts a new line)."),
    ("Checklist", "The checklist version this template was made for. Leave it as it is."),
)

TREATY_FIELDS: tuple[tuple[str, str], ...] = (
    ("Reservations", "The paragraphs the State has reserved, separated by semicolons, e.g. 9 (4); 22 (2). Allowed: "),
    ("Declarations", "The paragraphs under which the State has declared that it requires additional elements, "
                     "separated by semicolons. Allowed: "),
)
"""Rows the Jurisdiction sheet adds for a treaty checklist that provides for reservations and declarations."""

PROJECTED_FIELD = ("Projected from", "This profile was projected from another assessment: each answer says where it "
                                     "came from and must be confirmed. Delete this row once every answer is confirmed.")

ADDRESSEES = {"state": "The State", "states_jointly": "States jointly", "unodc": "UNODC"}

_HEADER_FILL = "1F4E78"
_INPUT_FILL = "FFF2CC"


def write_template(
    path: str | Path, checklist: Checklist | str | Path | None = None, overwrite: bool = False, *, paper: str = "a4"
) -> Path:
    """Write a blank assessment template for ``checklist`` (default: the newest eg-cybercrime-2018).

    An existing file is replaced only with ``overwrite=True``: it may be a template someone has filled in.
    It prints on ``paper``, "a4" or "letter"; any other is an :class:`InvalidArgumentError` (``unknown-paper``).
    """
    _paper_code(paper)
    target = _xlsx_path(path)  # a folder is not "a file that exists": it is named as a folder
    if target.exists() and not overwrite:
        raise OutputError(f"{target} already exists", [issue(
            "output-exists", "A file with this name already exists.", file=str(target))])
    chosen = load_checklist(checklist or "eg-cybercrime-2018")
    workbook = build_workbook(chosen, paper=paper)
    stamp = document_stamp(None, checklist_date(chosen))
    return atomic_write(target, lambda tmp: save_workbook(workbook, tmp, stamp, f"Assessment template: {chosen.title}"))


def checklist_date(checklist: Checklist) -> date:
    """The date of the checklist version's latest changelog entry: a stable stamp for its workbooks."""
    return max(date.fromisoformat(entry["date"]) for entry in checklist.changelog)


def _xlsx_path(path: str | Path) -> Path:
    target = check_output_path(path)  # a folder or a missing folder is named as such, before the suffix
    if target.suffix.lower() != ".xlsx":
        raise OutputError(
            f"{target}: a template must be an .xlsx file",
            [issue("unsupported-output", "The template is an Excel workbook; its name must end in .xlsx.",
                   file=str(target), hint="Choose a name such as profile.xlsx.")],
        )
    return target


def build_workbook(checklist: Checklist, profile: Profile | None = None, *, paper: str = "a4") -> Workbook:
    """The template as an openpyxl workbook; with ``profile``, filled in with its answers; laid out for ``paper``."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    _default_font(workbook)
    _instructions(workbook.active, checklist)
    _jurisdiction(workbook.create_sheet(JURISDICTION), checklist, profile)
    _assessment(workbook.create_sheet(ASSESSMENT), checklist, profile)
    _context(workbook.create_sheet(CONTEXT), checklist)
    if profile is not None:
        who = profile.jurisdiction.label
        when = f"Assessed on {profile.assessed_on.isoformat()}" if profile.assessed_on else ""
    else:
        who, when = f"Assessment template ({checklist.ref})", ""
    for sheet in workbook.worksheets:
        orientation, wide = PRINT_LAYOUTS[sheet.title]
        if sheet.title == ASSESSMENT and profile is None:
            wide = 1  # nothing to print in the answer columns: the items and their guidance, one page wide
            sheet.print_area = f"A1:{get_column_letter(len(ASSESSMENT_COLUMNS) - len(INPUT_COLUMNS))}1048576"
        _print_setup(sheet, paper, who, when, orientation, wide)
    return workbook


# --- printing ----------------------------------------------------------------

PRINT_LAYOUTS: dict[str, tuple[str, int]] = {
    INSTRUCTIONS: ("portrait", 1),
    JURISDICTION: ("portrait", 1),
    ASSESSMENT: ("landscape", 2),
    CONTEXT: ("landscape", 1),
}
"""Each sheet's orientation and how many pages wide it prints. The Assessment sheet's nine columns would shrink
to unreadable type on one page; on two, the item and its guidance face the status and the answers, the Id column
repeated on each. A blank template prints the items and their guidance alone, one page wide: its answer columns
are empty, and LibreOffice leaves out the pages that would hold them, all but the first."""

def _paper_code(paper: str) -> str:
    """The spreadsheet code of a paper, or an :class:`InvalidArgumentError` (``unknown-paper``)."""
    return PAPERS[check_paper(paper)]


def _print_setup(sheet: Worksheet, paper: str, who: str, when: str, orientation: str, wide: int) -> None:
    """The template's page setup, as the reports' ``Page.setup`` does it: paper, orientation, fit to the page
    width, the header row on every page (the Id column too on a sheet two pages wide), margins and a footer
    with who, when and "Page N of M"."""
    from openpyxl.worksheet.page import PageMargins

    setup = sheet.page_setup
    setup.paperSize = _paper_code(paper)
    setup.orientation = orientation
    setup.fitToWidth = wide
    setup.fitToHeight = 0
    if wide > 1:
        setup.pageOrder = "downThenOver"  # the items and their guidance first, then the columns to fill in
        sheet.print_title_cols = "A:A"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins = PageMargins(**MARGINS)
    footer = sheet.oddFooter
    footer.left.text = footer_text(who)
    if when:
        footer.center.text = footer_text(when)
    footer.right.text = "Page &P of &N"


# --- cells -------------------------------------------------------------------


TYPEFACE = "Arial"
TYPE_SIZE = 10
"""The template is set in 10-point Arial, as the reports are: LibreOffice prints it in Liberation Sans, as wide
letter for letter, where Calibri would be replaced by a far wider type and every page shrink to fit."""
_LINE_HEIGHT = 12.75
"""A line of 10-point type, in points."""
_CHARS_PER_WIDTH = 1.1
"""Characters of 10-point Arial a line of a column holds per unit of its width, on the safe side: about 1.25 fit,
but a line breaks only between words."""


def _font(**kwargs: Any) -> Any:
    from openpyxl.styles import Font

    return Font(name=TYPEFACE, size=kwargs.pop("size", TYPE_SIZE), family=2, **kwargs)


def _default_font(workbook: Workbook) -> None:
    """Every cell without a font of its own in the template's type (openpyxl offers no public way to set it)."""
    from openpyxl.utils.indexed_list import IndexedList

    workbook._fonts = IndexedList([_font()])
    workbook._named_styles["Normal"].font = _font()


def _styles() -> dict[str, Any]:
    from openpyxl.styles import Alignment, PatternFill, Protection

    return {
        "header_font": _font(bold=True, color="FFFFFF"),
        "header_fill": PatternFill("solid", fgColor=_HEADER_FILL),
        "input_fill": PatternFill("solid", fgColor=_INPUT_FILL),
        "wrap": Alignment(wrap_text=True, vertical="top"),
        "unlocked": Protection(locked=False),
        "bold": _font(bold=True),
        "title": _font(bold=True, size=14),
        "italic": _font(italic=True),
    }


def _header_row(sheet: Worksheet, columns: Sequence[tuple[str, int]]) -> None:
    from openpyxl.utils import get_column_letter

    styles = _styles()
    for index, (title, width) in enumerate(columns, start=1):
        cell = set_text(sheet.cell(1, index), title)
        cell.font, cell.fill, cell.alignment = styles["header_font"], styles["header_fill"], styles["wrap"]
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "B2"
    sheet.print_title_rows = "1:1"


def _fit_height(sheet: Worksheet, row: int, texts: Iterable[tuple[str, int]], minimum: int = 1,
                size: float = TYPE_SIZE, line: float = _LINE_HEIGHT) -> None:
    """Excel does not grow rows for wrapped text it did not type itself, so estimate the height here.

    A column ``width`` wide holds :data:`_CHARS_PER_WIDTH` characters of 10-point text a unit, fewer of larger
    type; lines break between words. A line of 10-point text is 12.75 points high.
    """
    per_unit = _CHARS_PER_WIDTH * TYPE_SIZE / size
    lines = max((_lines(text, max(1, int(per_unit * width))) for text, width in texts if text), default=1)
    sheet.row_dimensions[row].height = min(409, line * max(lines, minimum))


def _lines(text: str, per_line: int) -> int:
    """Lines ``text`` takes wrapped word by word, ``per_line`` characters a line; a longer word is broken."""
    count = 0
    for paragraph in text.split("\n"):
        lines, used = 1, 0
        for word in paragraph.split():
            if used and used + 1 + len(word) <= per_line:
                used += 1 + len(word)
                continue
            lines += 1 if used else 0
            extra = max(0, math.ceil(len(word) / per_line) - 1)
            lines, used = lines + extra, len(word) - extra * per_line
        count += lines
    return count


def _protect(sheet: Worksheet) -> None:
    """Protect without a password: locked cells stay put, inputs stay editable, filters and widths still work."""
    protection = sheet.protection
    protection.sheet = True
    protection.autoFilter = False
    protection.formatColumns = False
    protection.formatRows = False
    protection.formatCells = False


# --- sheets ------------------------------------------------------------------


def _instructions(sheet: Worksheet, checklist: Checklist) -> None:
    styles = _styles()
    sheet.title = INSTRUCTIONS
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 18
    sheet.column_dimensions["C"].width = 90
    source = checklist.source
    lines: list[tuple[str, str]] = [
        (f"Assessment template: {checklist.title}", "title"),
        (f"Checklist {checklist.ref}, from {source.get('symbol', '')} ({source.get('date', '')}).", ""),
        (checklist.caveat, "italic"),
        ("", ""),
        ("How to fill it in", "bold"),
        ("1. On the Jurisdiction sheet, enter the jurisdiction's name and, if it has one, its ISO 3166-1 alpha-3 "
         "code; then the date of the assessment, who made it and the sources consulted.", ""),
        (f"2. On the Assessment sheet, give each of the {len(assessed_items(checklist))} items a status "
         "from the drop-down list. The Guidance column says what meets it fully or partly."
         + (" Optional obligations are marked as such: they are reported beside the headline, not in it."
            if checklist.optional_items() else ""), ""),
        ("3. Under Provisions, name the instrument and article that implement it, e.g. \"Criminal Code, art. 285\"; "
         "separate several provisions with semicolons or line breaks (Alt+Enter).", ""),
        ("4. Under Evidence, say what shows it (the text, case law, a report); under Notes, anything else. "
         "A recommendation marked not_applicable needs its reason in Notes.", ""),
        ("5. Leave the status blank where the item has not been assessed: it counts as unknown, that is as not met "
         "in the headline score and as met in the upper bound.", ""),
        ("6. Check the file with `gapcheck validate FILE.xlsx`, then score it with "
         "`gapcheck score FILE.xlsx -o report.xlsx`.", ""),
        ("", ""),
        ("The statuses", "bold"),
    ]
    row = 1
    for text, style in lines:
        cell = set_text(sheet.cell(row, 1), text)
        if style:
            cell.font = styles[style]
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
        cell.alignment = styles["wrap"]
        if style == "title":  # 14-point bold: fewer characters to a line, and taller lines
            _fit_height(sheet, row, [(text, 126)], size=14, line=19)
        else:
            _fit_height(sheet, row, [(text, 126)])
        row += 1
    for level in checklist.statuses:
        set_text(sheet.cell(row, 1), level.id).font = styles["bold"]
        set_text(sheet.cell(row, 2), level.label)
        set_text(sheet.cell(row, 3), level.description).alignment = styles["wrap"]
        _fit_height(sheet, row, [(level.description, 90)])
        row += 1
    row = _status_words(sheet, row + 1, styles)
    notes = (
        "The id and text columns are locked so that what is assessed cannot change by accident; the sheets are "
        "protected without a password (Review › Unprotect Sheet) and the yellow columns are open for input.",
        f"The sheet \"{CONTEXT}\" lists the items not asked about here: those addressed to UNODC or to States "
        "acting jointly, shown for reference and never scored against a country, and any a tailoring leaves out.",
        *(("On the Jurisdiction sheet, list the reservations and declarations the State has made (only the "
           "paragraphs listed there are possible). A reservation that lifts an obligation takes its items out of "
           "the score, with the reservation as the reason; one that narrows it changes what fully met means, as "
           "each item's guidance says.",) if checklist.reservations or checklist.declarations else ()),
    )
    for text in ("", *notes):
        set_text(sheet.cell(row, 1), text).alignment = styles["wrap"]
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
        _fit_height(sheet, row, [(text, 126)])
        row += 1
    _protect(sheet)


def _status_words(sheet: Worksheet, row: int, styles: dict[str, Any]) -> int:
    """The other words gapcheck reads as each status, for sheets and CSV files people make themselves."""
    title = "Other words read as each status (in sheets and CSV files you make yourself; case and punctuation ignored)"
    set_text(sheet.cell(row, 1), title).font = styles["bold"]
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
    row += 1
    for status, words in STATUS_SYNONYMS.items():
        shown = [word for word in words if word not in ("", status)]
        text = ", ".join(shown) + ("; a blank cell too" if "" in words else "")
        set_text(sheet.cell(row, 1), status).font = styles["bold"]
        set_text(sheet.cell(row, 2), text).alignment = styles["wrap"]
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
        _fit_height(sheet, row, [(text, 108)])
        row += 1
    return row


def _jurisdiction(sheet: Worksheet, checklist: Checklist, profile: Profile | None) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    styles = _styles()
    _header_row(sheet, (("Field", 16), ("Value", 48), ("Help", 70)))
    sheet.freeze_panes = "A2"
    values = _jurisdiction_values(checklist, profile)
    projected = [PROJECTED_FIELD] if profile is not None and profile.projected_from else []
    for row, (field, help_text) in enumerate((*JURISDICTION_FIELDS, *_treaty_fields(checklist), *projected), start=2):
        label = set_text(sheet.cell(row, 1), field)
        label.font, label.alignment = styles["bold"], styles["wrap"]
        value = set_text(sheet.cell(row, 2), values[field])
        value.alignment = styles["wrap"]
        if field != "Checklist":
            value.protection, value.fill = styles["unlocked"], styles["input_fill"]
        set_text(sheet.cell(row, 3), help_text).alignment = styles["wrap"]
        _fit_height(sheet, row, [(str(values[field] or ""), 48), (help_text, 70)],
                    minimum=3 if field == "Sources" else 1)  # room for a few sources, one per line
    sheet["B5"].number_format = "yyyy-mm-dd"
    code = DataValidation(type="textLength", operator="equal", formula1="3", allow_blank=True, showErrorMessage=True,
                          errorTitle="Code", error="Three letters: the ISO 3166-1 alpha-3 code, e.g. KEN.")
    sheet.add_data_validation(code)
    code.add("B3")
    _protect(sheet)


def _treaty_fields(checklist: Checklist) -> list[tuple[str, str]]:
    """Reservations and declarations, for a checklist that provides for them, with the paragraphs allowed."""
    found = []
    for (field, help_text), entries in zip(TREATY_FIELDS, (checklist.reservations, checklist.declarations)):
        if entries:
            found.append((field, help_text + "; ".join(e.paragraph for e in entries) + "."))
    return found


def _jurisdiction_values(checklist: Checklist, profile: Profile | None) -> dict[str, Any]:
    if profile is None:
        return ({field: "" for field, _ in (*JURISDICTION_FIELDS, *TREATY_FIELDS)}
                | {"Assessed on": None, "Checklist": checklist.ref})
    return {
        "Jurisdiction": profile.jurisdiction.name,
        "Code": profile.jurisdiction.code,
        "Group": profile.jurisdiction.group,
        "Assessed on": profile.assessed_on,
        "Assessor": profile.assessor,
        "Sources": "\n".join(profile.sources),
        "Checklist": checklist.ref,
        "Reservations": "; ".join(profile.reservations),
        "Declarations": "; ".join(profile.declarations),
        "Projected from": profile.projected_from,
    }


def _assessment(sheet: Worksheet, checklist: Checklist, profile: Profile | None) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    _header_row(sheet, ASSESSMENT_COLUMNS)
    answers = dict(profile.answers) if profile else {}
    rows: list[tuple[Item | None, Answer | None]] = [
        (item, answers.pop(item.id, None)) for item in assessed_items(checklist)]
    rows += [(checklist.get(item_id), answer) for item_id, answer in answers.items()]
    for number, (item, answer) in enumerate(rows, start=2):
        _assessment_row(sheet, number, checklist, item, answer)
    last = len(rows) + 1
    statuses = DataValidation(
        type="list", formula1='"' + ",".join(STATUSES) + '"', allow_blank=True, showErrorMessage=True,
        errorTitle="Status", error="Choose a status from the list: " + ", ".join(STATUSES) + ".",
        showInputMessage=True, promptTitle="Status", prompt="Choose from the list; leave blank if not assessed.")
    sheet.add_data_validation(statuses)
    statuses.add(f"F2:F{max(last, 2)}")
    sheet.auto_filter.ref = f"A1:I{max(last, 2)}"
    _protect(sheet)


def _assessment_row(sheet: Worksheet, row: int, checklist: Checklist, item: Item | None,
                    answer: Answer | None) -> None:
    styles = _styles()
    texts = _item_texts(checklist, item) if item else [answer.item if answer else "", "", "", "", ""]
    inputs = ([answer.status, "\n".join(answer.provisions), answer.evidence, answer.notes] if answer
              else ["", "", "", ""])
    for column, value in enumerate(texts + inputs, start=1):
        cell = set_text(sheet.cell(row, column), value)
        cell.alignment = styles["wrap"]
        if column > len(texts):
            cell.protection, cell.fill = styles["unlocked"], styles["input_fill"]
    widths = [width for _, width in ASSESSMENT_COLUMNS]
    _fit_height(sheet, row, [(text, widths[i]) for i, text in enumerate(texts + inputs) if i > 1])


def assessed_items(checklist: Checklist) -> tuple[Item, ...]:
    """The items the Assessment sheet asks about: those that count, and a treaty's optional obligations."""
    return tuple(item for item in checklist.items if item.counts("all") or item.counts_beside("all"))


def _item_texts(checklist: Checklist, item: Item) -> list[str]:
    guidance = [f"Full: {item.guidance.full}" if item.guidance.full else "",
                f"Partial: {item.guidance.partial}" if item.guidance.partial else ""]
    requirement = item.requirement
    if item.optional:
        requirement = f"Optional (a Party may; reported beside the headline, not in it). {requirement}"
    return [item.id, checklist.section(item.section).title, item.title, requirement,
            "\n".join(filter(None, guidance))]


def _context(sheet: Worksheet, checklist: Checklist) -> None:
    styles = _styles()
    _header_row(sheet, CONTEXT_COLUMNS)
    asked = {item.id for item in assessed_items(checklist)}
    items = [item for item in checklist.items
             if (item.is_group and item.addressee != "state") or (not item.is_group and item.id not in asked)]
    for row, item in enumerate(items, start=2):
        why = ADDRESSEES.get(item.addressee, "") if item.addressee != "state" else \
            f"Left out by the tailoring {checklist.tailoring.title!r}" if checklist.tailoring and not item.selected \
            else "Not assessed here"
        texts = [item.id, checklist.section(item.section).title, item.title, why, item.requirement]
        for column, text in enumerate(texts, start=1):
            set_text(sheet.cell(row, column), text).alignment = styles["wrap"]
        _fit_height(sheet, row, [(texts[2], 32), (texts[4], 70)])
    _protect(sheet)
