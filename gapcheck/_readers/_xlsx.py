"""Workbooks: the filled template, or any sheet a person made.

Cell values are read with python-calamine, which was measured about nine
times faster than openpyxl on profile-sized workbooks and never evaluates a
formula: a formula cell gives the value Excel last saved with it, or nothing.
The engine trusts the file it is given, so it is given the copy
``_untrusted.engine_copy`` makes of the checked parts, never the file.

Every visible sheet with a header row (an item and a status column) is read
as a table; a sheet named Jurisdiction, as in the template, holds
``Field | Value`` rows that describe the jurisdiction. In a workbook laid
out as the template, its Instructions and "Context (not scored)" sheets are
not read at all: they hold gapcheck's own text, written from the checklist,
and no answers.
"""

from __future__ import annotations

import io
from typing import Any

from gapcheck._bounds import MAX_ROWS
from gapcheck._errors import Issue
from gapcheck._readers._raw import Cell, RawFile, RawProfile, Where, merge_fields
from gapcheck._readers._table import (
    Grid,
    Header,
    find_header,
    missing_column_issue,
    near_header,
    no_header_issue,
    read_labels,
    repeated_columns,
    table_profiles,
)
from gapcheck._readers._untrusted import checked_parts, engine_copy
from gapcheck._template import ASSESSMENT, CONTEXT, INSTRUCTIONS, JURISDICTION

LABEL_SHEETS = ("jurisdiction",)
"""Sheets without a table whose ``Label | value`` rows describe the jurisdiction (compared without case)."""

LABEL_SEARCH_ROWS = 50

TEMPLATE_SHEETS = frozenset((INSTRUCTIONS, JURISDICTION, ASSESSMENT, CONTEXT))
TEMPLATE_TEXT_SHEETS = frozenset((INSTRUCTIONS, CONTEXT))
"""The template's sheets of gapcheck's own text, which hold no answers."""


def unread_sheets(names: list[str]) -> frozenset[str]:
    """The sheets not read: the template's text sheets, in a workbook laid out as the template."""
    return TEMPLATE_TEXT_SHEETS if TEMPLATE_SHEETS <= set(names) else frozenset()


def read_workbook(data: bytes, where: Where) -> RawFile:
    """Everything the workbook says, or the issues that stop it from being read."""
    parts, issues = checked_parts(data, where, unread_sheets)
    if parts is None:
        return RawFile(issues=issues)
    try:
        with engine_copy(parts) as workbook:
            grids, issues = _grids(workbook, where)
    except OSError as exc:  # the temporary folder is full or not writable: not the workbook's fault
        return RawFile(issues=[where.issue(
            "unreadable-file", f"The workbook cannot be copied into the temporary folder to be read: "
            f"{exc.strerror or exc}.", "Free some space in the temporary folder (or set TMPDIR to another one) "
            "and try again.")])
    if issues:
        return RawFile(issues=issues)
    return _from_grids(grids, where)


def _grids(source: str | bytes, where: Where) -> tuple[list[Grid], list[Issue]]:
    """The visible sheets' cells, read from the checked copy (a file, or bytes in memory)."""
    from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

    try:
        if isinstance(source, str):
            workbook = CalamineWorkbook.from_path(source)
        else:
            workbook = CalamineWorkbook.from_filelike(io.BytesIO(source))
        with workbook:
            grids = []
            sheets = workbook.sheets_metadata
            unread = unread_sheets([sheet.name for sheet in sheets])
            for sheet in sheets:
                if sheet.typ != SheetTypeEnum.WorkSheet or sheet.visible != SheetVisibleEnum.Visible \
                        or sheet.name in unread:
                    continue
                grids.append(_grid(workbook.get_sheet_by_name(sheet.name), where.at(sheet=sheet.name)))
            return grids, []
    except Exception as exc:  # noqa: BLE001 - the engine's errors all mean a damaged workbook
        return [], [_damaged(where, exc)]
    except BaseException as exc:  # a panic inside the engine arrives as pyo3's PanicException
        if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit)):
            raise
        return [], [_damaged(where, exc)]


def _grid(sheet: Any, where: Where) -> Grid:
    rows = sheet.to_python(skip_empty_area=True, nrows=MAX_ROWS + 1)
    start = sheet.start or (0, 0)
    return Grid(rows, where, first_row=start[0] + 1, first_column=start[1])


def _damaged(where: Where, exc: BaseException) -> Issue:
    return where.issue(
        "corrupt-file", f"The workbook is damaged and cannot be read ({type(exc).__name__}: {str(exc)[:120]}).",
        "Open it in Excel or LibreOffice (they may offer to repair it) and save it again as .xlsx.")


def _from_grids(grids: list[Grid], where: Where) -> RawFile:
    result = RawFile(sheets=[grid.where.sheet or "" for grid in grids])
    labels: dict[str, Cell] = {}
    tables: list[tuple[Grid, Header]] = []
    for grid in grids:
        header = find_header(grid)
        if header is not None:
            tables.append((grid, header))
        elif (grid.where.sheet or "").casefold() in LABEL_SHEETS:
            labels = read_labels(grid, LABEL_SEARCH_ROWS)
    if not tables:
        result.issues.extend(_no_table_issues(grids, where))
        return result
    merged: dict[str, RawProfile] = {}
    for grid, header in tables:
        result.issues.extend(repeated_columns(grid, header))
        own = {name: cell for name, cell in read_labels(grid, header.index).items() if not cell.blank}
        profiles, issues = table_profiles(grid, header, {**labels, **own})
        result.issues.extend(issues)
        for profile in profiles:
            _merge(merged, profile, result.issues)
        result.checklist = result.checklist or own.get("checklist")
    result.checklist = labels.get("checklist") or result.checklist
    result.profiles = list(merged.values())
    return result


def _no_table_issues(grids: list[Grid], where: Where) -> list[Issue]:
    """Each sheet whose header row lacks the item or status column; else one no-header-row for the workbook.

    Only asked when no sheet has a table: a workbook that has one may well
    keep lists of its own on other sheets, which are not read.
    """
    near = [missing_column_issue(grid, header) for grid in grids if (header := near_header(grid)) is not None]
    if near:
        return near
    return [no_header_issue(grids[0].where if len(grids) == 1 else where)]


def _merge(merged: dict[str, RawProfile], profile: RawProfile, issues: list[Issue]) -> None:
    """Answers to one jurisdiction spread over several sheets make one profile."""
    same = merged.get(profile.key) if profile.key else None
    if same is None:
        merged[profile.key or f"\0{len(merged)}"] = profile
        return
    merge_fields(same.fields, profile.fields, issues)
    same.answers.extend(profile.answers)
