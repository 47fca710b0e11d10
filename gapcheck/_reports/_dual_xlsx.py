"""Dual criminality between two jurisdictions as a workbook: one sheet a colleague can print and act on.

The first sheet gives the figures and prints on one page; the Offences sheet lists every offence, its
status on each side in colour and the outcome, its header on every printed page.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from gapcheck._outputs import document_stamp, save_workbook
from gapcheck._reports._wording import status_label
from gapcheck._reports._xlsx_style import (
    Column,
    Layout,
    Page,
    Rows,
    assessed_on,
    cell,
    new_workbook,
    one_decimal,
    status_style,
    write_table,
)
from gapcheck._version import __version__

if TYPE_CHECKING:
    from gapcheck._dual_criminality import DualCriminality

_COLUMNS = (
    Column("Item", 10), Column("Offence", 48, "wrapped"), Column("A", 16), Column("B", 16),
    Column("Outcome", 24, "wrapped"),
)


def write(pair: DualCriminality, path: Path, paper: str = "a4") -> None:
    """Write the workbook to ``path`` (the registry makes the write atomic), to print on ``paper``."""
    page = Page(paper, f"{pair.a.jurisdiction.label} and {pair.b.jurisdiction.label}",
                assessed_on([p.assessed_on for p in pair.profiles]))
    workbook = new_workbook()
    _summary(workbook.create_sheet("Dual criminality"), pair, page)
    _offences(workbook.create_sheet("Offences"), pair, page)
    days = [p.assessed_on for p in pair.profiles if p.assessed_on]
    stamp = document_stamp(max(days) if days else None, date.fromisoformat(str(pair.checklist.source["date"])))
    title = f"Dual criminality: {pair.a.jurisdiction.label} and {pair.b.jurisdiction.label}"
    save_workbook(workbook, path, stamp, title)


def _summary(sheet: WriteOnlyWorksheet, pair: DualCriminality, page: Page) -> None:
    first, second = pair.a.jurisdiction.label, pair.b.jurisdiction.label
    rows = Rows(sheet, (44, 16, 60))
    layout = Layout("portrait", tall=1)
    page.setup(sheet, layout)
    rows.title(f"Dual criminality: {first} and {second}")
    rows.note(pair.checklist.title)
    rows.add()
    rows.field("Offences that pass", pair.passing, "value count")
    rows.field("Offences compared", len(pair.items), "value count")
    rows.field("Share that passes (%)", one_decimal(pair.share), "value percent")
    rows.field(f"{first} lacks (the other has it)", pair.lacking("a"), "value count")
    rows.field(f"{second} lacks (the other has it)", pair.lacking("b"), "value count")
    rows.field("Neither covers", pair.lacking("both"), "value count")
    rows.add()
    rows.note("Extradition usually needs the conduct to be an offence in both States; mutual legal assistance "
              "often does not. An offence passes when both cover it fully; a partly met offence does not pass. "
              "The Offences sheet gives each offence.")
    rows.add()
    for side in pair.profiles:
        rows.field(f"{side.jurisdiction.label}: assessed on", side.assessed_on, "value date")
        rows.field(f"{side.jurisdiction.label}: file", side.source_file)
    rows.field("Checklist", pair.checklist.ref)
    rows.field("Written by", f"gapcheck {__version__}")
    rows.add()
    rows.note(f"Caveat: {pair.checklist.caveat}")
    page.fit(sheet, layout, rows.widths, rows.count)


def _offences(sheet: WriteOnlyWorksheet, pair: DualCriminality, page: Page) -> None:
    columns = (*_COLUMNS[:2], Column(pair.a.jurisdiction.label, 16), Column(pair.b.jurisdiction.label, 16),
               _COLUMNS[4])
    rows = ((r.id, r.title, cell(sheet, status_label(pair.checklist, r.status_a), status_style(r.status_a)),
             cell(sheet, status_label(pair.checklist, r.status_b), status_style(r.status_b)), r.outcome)
            for r in pair.items.itertuples())
    write_table(sheet, columns, rows, page=page, layout=Layout("portrait", snug=True), freeze="C2",
                empty_message="The checklist has no offences to compare.")
