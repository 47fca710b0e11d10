"""Dual criminality between two jurisdictions as a workbook: one sheet a colleague can print and act on."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from gapcheck._outputs import document_stamp, save_workbook
from gapcheck._reports._wording import status_label
from gapcheck._reports._xlsx_style import Column, Rows, cell, new_workbook, status_style, write_table
from gapcheck._version import __version__

if TYPE_CHECKING:
    from gapcheck._dual_criminality import DualCriminality

_COLUMNS = (
    Column("Item", 10), Column("Offence", 48, "wrapped"), Column("A", 16), Column("B", 16),
    Column("Outcome", 24, "wrapped"),
)


def write(pair: DualCriminality, path: Path) -> None:
    """Write the workbook to ``path`` (the registry makes the write atomic)."""
    workbook = new_workbook()
    _summary(workbook.create_sheet("Dual criminality"), pair)
    _offences(workbook.create_sheet("Offences"), pair)
    days = [p.assessed_on for p in pair.profiles if p.assessed_on]
    stamp = document_stamp(max(days) if days else None, date.fromisoformat(str(pair.checklist.source["date"])))
    title = f"Dual criminality: {pair.a.jurisdiction.label} and {pair.b.jurisdiction.label}"
    save_workbook(workbook, path, stamp, title)


def _summary(sheet: WriteOnlyWorksheet, pair: DualCriminality) -> None:
    first, second = pair.a.jurisdiction.label, pair.b.jurisdiction.label
    rows = Rows(sheet, (44, 16, 60))
    rows.add(cell(sheet, f"Dual criminality: {first} and {second}", "title"))
    rows.add(cell(sheet, pair.checklist.title, "note"))
    rows.add()
    rows.field("Offences that pass", pair.passing, "value count")
    rows.field("Offences compared", len(pair.items), "value count")
    rows.field("Share that passes (%)", round(pair.share, 1) if pair.share == pair.share else None, "value percent")
    rows.field(f"{first} lacks (the other has it)", pair.lacking("a"), "value count")
    rows.field(f"{second} lacks (the other has it)", pair.lacking("b"), "value count")
    rows.field("Neither covers", pair.lacking("both"), "value count")
    rows.add()
    rows.add(cell(sheet, "Extradition usually needs the conduct to be an offence in both States; mutual legal "
                         "assistance often does not. An offence passes when both cover it fully; a partly met "
                         "offence does not pass. The Offences sheet gives each offence.", "note"))
    rows.add()
    for side in pair.profiles:
        rows.field(f"{side.jurisdiction.label}: assessed on", side.assessed_on, "value date")
        rows.field(f"{side.jurisdiction.label}: file", side.source_file)
    rows.field("Checklist", pair.checklist.ref)
    rows.field("Written by", f"gapcheck {__version__}")
    rows.add()
    rows.add(cell(sheet, f"Caveat: {pair.checklist.caveat}", "note"))


def _offences(sheet: WriteOnlyWorksheet, pair: DualCriminality) -> None:
    columns = (*_COLUMNS[:2], Column(pair.a.jurisdiction.label, 16), Column(pair.b.jurisdiction.label, 16),
               _COLUMNS[4])
    rows = ((r.id, r.title, cell(sheet, status_label(pair.checklist, r.status_a), status_style(r.status_a)),
             cell(sheet, status_label(pair.checklist, r.status_b), status_style(r.status_b)), r.outcome)
            for r in pair.items.itertuples())
    write_table(sheet, columns, rows, freeze="C2", empty_message="The checklist has no offences to compare.")
