"""Write the sample profiles the reader tests use: filled templates, sheets a person made, other encodings.

Run once with ``python tests/data/profiles/make_samples.py`` from the
repository root; the outputs are committed. Everything is answered against
``mini-checklist.yaml`` beside this script.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from openpyxl import Workbook, load_workbook

from gapcheck._checklist_files import load_checklist
from gapcheck._template import write_template

HERE = Path(__file__).parent
SAMPLES = HERE / "samples"
CHECKLIST = load_checklist(HERE / "mini-checklist.yaml")


def assessment_rows(sheet) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """``{item id: row}`` on a template's Assessment sheet."""
    return {sheet.cell(row, 1).value: row for row in range(2, sheet.max_row + 1)}


def fill(name: str, jurisdiction: dict[str, object], answers: dict[str, tuple[str, ...]]) -> None:
    """Fill a fresh template as a person would: Jurisdiction values in column B, answers in F-I."""
    path = SAMPLES / name
    path.unlink(missing_ok=True)
    write_template(path, CHECKLIST)
    workbook = load_workbook(path)
    fields = {workbook["Jurisdiction"].cell(row, 1).value: row for row in range(2, 9)}
    for field, value in jurisdiction.items():
        workbook["Jurisdiction"].cell(fields[field], 2).value = value
    sheet = workbook["Assessment"]
    rows = assessment_rows(sheet)
    for item_id, values in answers.items():
        for offset, value in enumerate(values):
            sheet.cell(rows[item_id], 6 + offset).value = value
    workbook.save(path)


def templates() -> None:
    fill("template-filled.xlsx",
         {"Jurisdiction": "Aurelia", "Code": "xka", "Group": "Europe", "Assessed on": date(2024, 3, 1),
          "Assessor": "Ministry of Justice, legislation unit", "Sources": "Penal Code 2019\nOfficial Gazette 12/2020"},
         {"9.a": ("full", "Penal Code, art. 5\nPenal Code, art. 6", "Definitions in art. 2", ""),
          "9.b": ("partial", "", "", "Takes part in talks only"),
          "9.s": ("none",),
          "10.a": ("not_applicable", "", "", "Federal matter"),
          "10.f.vii": ("full", "Penal Code, art. 285; Penal Code, art. 286")})
    fill("template-errors.xlsx",
         {"Jurisdiction": "", "Code": "K3N", "Assessed on": "31/02/2024"},
         {"9.a": ("maybe",), "9.b": ("full",)})
    fill("template-unknown-checklist.xlsx",
         {"Jurisdiction": "Aurelia", "Checklist": "no-such-checklist@1.0.0"},
         {"9.a": ("full",)})
    fill("template-future.xlsx",
         {"Jurisdiction": "Aurelia", "Assessed on": date(2999, 1, 1)},
         {"9.a": ("full",)})


def human_sheet() -> None:
    """A review a lawyer made by hand: a title, labels above the table, their own headers and spellings."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Review"
    rows: list[list[object]] = [
        ["Cybercrime law review"],
        [],
        ["Country:", "Aurelia"],
        ["ISO code", "xka"],
        ["Date", date(2024, 3, 1)],
        [],
        ["No.", "Ref.", "Recommendation (short)", "Met?", "Legal basis", "Comments", "Reviewer"],
        [1, "para. 9 (a)", "Neutral offences", "Yes", "Penal Code, art. 5\nPenal Code, art. 6", "", "JD"],
        [2, "9(b)", "Cloud data", "Partially", "", "Talks only", "JD"],
        [None, "Criminalization"],
        [3, "10(f)(vii)", "Illegal access", "fully met", "Penal Code art. 285", "", "AB"],
        [4, "10f-ii", "Doxing", "Draft", "Online Safety Bill 2024", "", "AB"],
        [5, "10.F.I", "Malware", "No", "", "", "AB"],
        [6, "9 (s)", "UN convention", "N/A", "", "Not a UN member", "AB"],
    ]
    for row in rows:
        sheet.append(row)
    notes = workbook.create_sheet("Notes")
    notes.append(["Reviewed against the 2018 recommendations; see the ministry's memo."])
    hidden = workbook.create_sheet("Old")
    hidden.append(["Item", "Status"])
    hidden.append(["9.zz", "nonsense"])
    hidden.sheet_state = "hidden"
    workbook.save(SAMPLES / "human-sheet.xlsx")


def human_errors() -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Review"
    for row in (
        ["Gap review, draft"],
        [],
        ["Ref", "Status", "Status", "Notes"],
        ["10 (f)", "yes", "", ""],
        ["9.zz", "full", "", ""],
        ["9.a", "full", "none", ""],
    ):
        sheet.append(row)
    workbook.save(SAMPLES / "human-errors.xlsx")


def long_table() -> None:
    """Three jurisdictions in one sheet; each name written once, over merged cells."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Comparison"
    sheet.append(["Country", "ISO3", "Region", "Item", "Status", "Notes"])
    blocks = [
        ("Aurelia", "XKA", "Europe", [("9.a", "full"), ("9.b", "partial"), ("10.f.vii", "yes")]),
        ("Borduria", "XKB", "Europe", [("9.a", "no"), ("9.t", "full")]),
        ("Carpania", "XKC", "Asia-Pacific", [("9.a", "planned"), ("10.e", "partly")]),
    ]
    for name, code, region, answers in blocks:
        first = sheet.max_row + 1
        for index, (item, status) in enumerate(answers):
            sheet.append([name if index == 0 else None, code, region, item, status, ""])
        sheet.merge_cells(start_row=first, start_column=1, end_row=sheet.max_row, end_column=1)
    workbook.save(SAMPLES / "long-table.xlsx")


def no_header() -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Data"
    sheet.append(["Country", "Law", "Comment"])
    sheet.append(["Aurelia", "Penal Code", "fine"])
    workbook.save(SAMPLES / "no-header-row.xlsx")


def header_typo() -> None:
    """A sheet a person made whose Status header is misspelt: its header row must still be found and the fault named."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Review"
    for row in (
        ["Cybercrime law review"],
        [],
        ["Country:", "Aurelia"],
        [],
        ["Ref.", "Recommendation (short)", "Staus", "Legal basis", "Comments"],
        ["9 (a)", "Neutral offences", "Yes", "Penal Code, art. 5", ""],
        ["9 (b)", "Cloud data", "Partially", "", "Talks only"],
    ):
        sheet.append(row)
    workbook.save(SAMPLES / "header-typo.xlsx")


def formulas() -> None:
    """Formulas are never evaluated: a formula saved without a value reads as blank."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Assessment"
    sheet.append(["Jurisdiction", "Item", "Status", "Notes"])
    sheet.append(["Aurelia", "9.a", "full", '=HYPERLINK("http://example.invalid","click")'])
    sheet.append(["Aurelia", "9.b", '=IF(TRUE,"full","none")', ""])
    workbook.save(SAMPLES / "formula.xlsx")


def text_formats() -> None:
    """The same answers in the encodings and separators people's programs write."""
    semicolon = ("Cybercrime review;;;\n"
                 "Country:;Côte d'Ivoire;;\n"
                 ";;;\n"
                 "Ref;Status;Legal basis;Remarks\n"
                 "9 (a);yes;Code pénal, art. 5;\n"
                 "9 (b);Partly;;Négociations en cours\n")
    (SAMPLES / "semicolon-cp1252.csv").write_bytes(semicolon.encode("cp1252"))
    tabs = "jurisdiction\tcode\titem\tstatus\tnotes\nAurelia\tXKA\t9.a\tfull\tÉté 2024\n"
    (SAMPLES / "tabs-bom.csv").write_bytes(tabs.encode("utf-8-sig"))
    (SAMPLES / "utf16.txt").write_bytes(tabs.encode("utf-16"))
    profile = {
        "format": 1,
        "checklist": "mini-checklist@1.0.0",
        "jurisdiction": {"name": "Aurelia", "code": "XKA", "group": "Europe"},
        "assessed_on": "2024-03-01",
        "assessor": "Ministry of Justice",
        "sources": ["Penal Code 2019"],
        "answers": [
            {"item": "9.a", "status": "full", "provisions": ["Penal Code, art. 5"], "evidence": "", "notes": ""},
            {"item": "10 (f) (vii)", "status": "partial", "provisions": [], "evidence": "", "notes": "Only banks"},
        ],
    }
    (SAMPLES / "aurelia.json").write_text(json.dumps(profile, indent=2, ensure_ascii=False) + "\n", "utf-8")


def main() -> None:
    SAMPLES.mkdir(exist_ok=True)
    templates()
    human_sheet()
    human_errors()
    long_table()
    no_header()
    header_typo()
    formulas()
    text_formats()
    for path in sorted(SAMPLES.iterdir()):
        print(f"{path.name}: {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
