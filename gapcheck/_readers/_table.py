"""Tables people make: finding the header row, naming its columns, grouping rows by jurisdiction.

Shared by the xlsx and CSV readers. A sheet a person made rarely starts at
A1 with our column names: it has a title, a blank row, "Country: Aurelia"
above the table, headers such as "Met?" or "Legal basis", and columns of its
own. So the header row is looked for in the first rows, header texts are
compared without case, punctuation or bracketed asides, and anything not
recognised is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import get_close_matches
from functools import lru_cache
from typing import Any

from gapcheck._bounds import MAX_HEADER_CHARS
from gapcheck._errors import Issue
from gapcheck._readers._raw import (
    ANSWER_FIELDS,
    FILE_FIELDS,
    JURISDICTION_FIELDS,
    Cell,
    RawAnswer,
    RawProfile,
    Where,
    cell_text,
    merge_fields,
)

HEADER_SEARCH_ROWS = 20
"""The header row must sit within this many rows of the top of the sheet."""

COLUMN_SYNONYMS: dict[str, tuple[str, ...]] = {
    "item": ("item", "item id", "id", "recommendation id", "ref", "reference", "citation", "para", "paragraph",
             "recommendation"),
    "status": ("status", "compliance", "compliance status", "assessment", "met", "implementation status",
               "implementation", "rating"),
    "provisions": ("provisions", "provision", "legal provisions", "legal provision", "relevant provisions",
                   "articles", "article", "legal basis", "law", "laws", "legislation", "statute"),
    "evidence": ("evidence", "supporting evidence", "justification"),
    "notes": ("notes", "note", "comments", "comment", "remarks", "remark", "observations"),
    "jurisdiction": ("jurisdiction", "country", "state", "jurisdiction name", "country name", "member state"),
    "code": ("code", "iso", "iso3", "iso 3", "iso code", "iso alpha 3", "country code", "jurisdiction code"),
    "group": ("group", "region", "regional group"),
    "assessed_on": ("assessed on", "date", "assessment date", "date of assessment", "as of"),
}
"""Header texts recognised for each column of the long form, best match first (documented in the README)."""

LABEL_ONLY_SYNONYMS: dict[str, tuple[str, ...]] = {
    "jurisdiction": ("name", "country or jurisdiction", "country assessed", "jurisdiction assessed",
                     "state assessed", "name of country", "name of jurisdiction", "name of state"),
    "code": ("iso alpha 3 code", "iso 3166 code", "iso 3166 1 alpha 3", "iso 3166 1 alpha 3 code", "iso3 code",
             "alpha 3 code", "country iso code"),
    "assessed_on": ("date assessed", "as at", "assessment as of", "date of the assessment"),
}
"""Words that name a field beside its value ("Name: | Aurelia") but not as a column header: a "Name" column
of a table is as likely to hold each recommendation's name."""

LABEL_SYNONYMS: dict[str, tuple[str, ...]] = {
    **{name: COLUMN_SYNONYMS[name] + LABEL_ONLY_SYNONYMS.get(name, ()) for name in JURISDICTION_FIELDS},
    "assessor": ("assessor", "assessed by", "author", "prepared by", "reviewer", "reviewed by", "completed by",
                 "filled in by", "name of assessor", "assessor name"),
    "sources": ("sources", "source"),
    "checklist": ("checklist", "checklist version"),
    "reservations": ("reservations", "reservations made"),
    "declarations": ("declarations", "declarations made"),
    "projected_from": ("projected from",),
}
"""Labels recognised beside a value above the table ("Country: | Aurelia") and on a Jurisdiction sheet."""

_BRACKETED = re.compile(r"\([^()]*+\)|\[[^\[\]]*+\]")
"""A bracketed aside; innermost first, so that no start is tried twice over the same text (linear time)."""
_NOT_WORD = re.compile(r"[\W_]+")


def header_key(value: Any) -> str:
    """``"Provision(s)"``, ``"PROVISIONS"`` and ``" provisions: "`` all read as ``"provisions"``.

    Text longer than :data:`~gapcheck._bounds.MAX_HEADER_CHARS` is no header nor label, and is not read.
    """
    return _text_key(value) if isinstance(value, str) and len(value) <= MAX_HEADER_CHARS else ""


@lru_cache(maxsize=4096)
def _text_key(text: str) -> str:
    """Remembered: the same header and guidance texts come back in every filled template of a batch."""
    return " ".join(_NOT_WORD.sub(" ", _BRACKETED.sub(" ", text.casefold())).split())


def _index(synonyms: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, int]]:
    return {key: (name, rank) for name, keys in synonyms.items() for rank, key in enumerate(keys)}


_COLUMNS = _index(COLUMN_SYNONYMS)
_LABELS = _index(LABEL_SYNONYMS)
_NO_FIELD = ("", 0)


@dataclass(frozen=True)
class Grid:
    """The cells of one sheet (or CSV) and where its first cell sits: row 1-based, column 0-based."""

    rows: Sequence[Sequence[Any]]
    where: Where
    first_row: int = 1
    first_column: int = 0

    def row_number(self, index: int) -> int:
        return self.first_row + index

    def column_letter(self, index: int) -> str:
        number, letters = self.first_column + index + 1, ""
        while number:
            number, rest = divmod(number - 1, 26)
            letters = chr(65 + rest) + letters
        return letters


@dataclass(frozen=True)
class Header:
    """The header row found: its index in the grid and, per field, the column and its text as written."""

    index: int
    columns: dict[str, tuple[int, str]]

    @property
    def strength(self) -> int:
        return len(self.columns)


def match_header(row: Sequence[Any]) -> tuple[dict[str, tuple[int, str]], list[tuple[int, str]]]:
    """Fields recognised in a row, the best synonym winning; also the columns that repeat a used header."""
    best: dict[str, tuple[int, int, str]] = {}
    repeats: list[tuple[int, str]] = []
    for column, value in enumerate(row):
        found = _COLUMNS.get(header_key(value)) if value else None
        if found is None:
            continue
        name, rank = found
        current = best.get(name)
        if current is None or rank < current[0]:
            best[name] = (rank, column, cell_text(value))
        elif rank == current[0]:
            repeats.append((column, cell_text(value)))
    return {name: (column, text) for name, (_, column, text) in best.items()}, repeats


def find_header(grid: Grid) -> Header | None:
    """The row within the first rows with the most recognised headers, among those naming item and status."""
    found: Header | None = None
    for index, row in enumerate(grid.rows[:HEADER_SEARCH_ROWS]):
        names = _fields(row)
        if "item" not in names or "status" not in names:
            continue
        columns, _ = match_header(row)
        if found is None or len(columns) > found.strength:
            found = Header(index, columns)
    return found


def _fields(row: Sequence[Any]) -> set[str]:
    return {_COLUMNS.get(header_key(value), _NO_FIELD)[0] for value in row if value and value.__class__ is str} - {""}


def near_header(grid: Grid) -> Header | None:
    """A row that names the item or the status column, but not both, among other recognised columns.

    Such a row is almost surely the header with one column misspelt or left
    out (``Staus``); saying so is more use than "no header row".
    """
    found: Header | None = None
    for index, row in enumerate(grid.rows[:HEADER_SEARCH_ROWS]):
        names = _fields(row)
        if len(names) < 2 or ("item" in names) == ("status" in names):
            continue
        columns, _ = match_header(row)
        if found is None or len(columns) > found.strength:
            found = Header(index, columns)
    return found


def header_issue(grid: Grid) -> Issue:
    """Why a grid has no table: a header row that lacks the item or the status column, or no header at all."""
    near = near_header(grid)
    return no_header_issue(grid.where) if near is None else missing_column_issue(grid, near)


def missing_column_issue(grid: Grid, header: Header) -> Issue:
    """The column a near header lacks, with the header cell most likely meant for it."""
    missing, present = ("status", "an item") if "item" in header.columns else ("item", "a status")
    accepted = COLUMN_SYNONYMS[missing]
    where = grid.where.at(row=grid.row_number(header.index))
    message = f"The header row has {present} column but no {missing} column, so its rows cannot be read."
    advice = f"The {missing} column may be headed {', '.join(accepted)}."
    guess = _misspelt_header(grid.rows[header.index], accepted)
    if guess is None:
        return where.issue("missing-column", message, f"Add a {missing} column. {advice}")
    column, written, meant = guess
    return where.at(column=written).issue(
        "missing-column", message,
        f"Did you mean {meant.capitalize()} for {written!r} (column {grid.column_letter(column)})? "
        f"Correct the header. {advice}")


def _misspelt_header(row: Sequence[Any], accepted: tuple[str, ...]) -> tuple[int, str, str] | None:
    """The first unrecognised header cell close to an accepted header: its column, its text, what it may mean."""
    for column, value in enumerate(row):
        key = header_key(value)
        if not key or key in _COLUMNS or len(key) > 40:
            continue
        match = get_close_matches(key, accepted, n=1, cutoff=0.75)
        if match:
            return column, cell_text(value), match[0]
    return None


def repeated_columns(grid: Grid, header: Header) -> list[Issue]:
    """A second column with the same header is ignored; say so, or its answers would vanish silently."""
    _, repeats = match_header(grid.rows[header.index])
    return [
        grid.where.at(row=grid.row_number(header.index), column=text).issue(
            "duplicate-column", f"Column {grid.column_letter(column)} repeats the header {text!r}; it is ignored.",
            "Rename or delete one of the two columns.", severity="warning")
        for column, text in repeats
    ]


def read_labels(grid: Grid, stop: int) -> dict[str, Cell]:
    """``Label | value`` pairs in the first ``stop`` rows: a label first in its row, its value in the next cell.

    The value is the cell right beside the label, even when blank, so that a
    help text further right is never taken for a missing value; a label
    given twice keeps its first value that is not blank. A row that holds
    only labels (``Member State | ISO code | Date of assessment``) heads the
    values in the row below it, each under its label.
    """
    found: dict[str, Cell] = {}
    rows = grid.rows[:stop]
    values_row = -1
    for index, row in enumerate(rows):
        if index == values_row:
            continue
        across = _labels_across(row)
        if len(across) > 1 and index + 1 < len(rows):
            below = rows[index + 1]
            for column, name in across.items():
                where = grid.where.at(row=grid.row_number(index + 1), column=grid.column_letter(column))
                _keep(found, name, Cell(_value(below, column), where))
            values_row = index + 1
            continue
        if not across:
            continue
        first, name = next(iter(across.items()))
        where = grid.where.at(row=grid.row_number(index), column=grid.column_letter(first + 1))
        _keep(found, name, Cell(_value(row, first + 1), where))
    return found


def _labels_across(row: Sequence[Any]) -> dict[int, str]:
    """``{column: field}`` for a row that starts with a label: its first label alone, or, when every cell of the row
    that holds something is a label, all of them (a row of labels over a row of values)."""
    filled = [(column, value) for column, value in enumerate(row) if cell_text(value)]
    if not filled:
        return {}
    names = [_LABELS.get(header_key(value), _NO_FIELD)[0] for _, value in filled]
    if not names[0]:
        return {}
    if all(names) and len(set(names)) == len(names):
        return {column: name for (column, _), name in zip(filled, names)}
    return {filled[0][0]: names[0]}


def _keep(found: dict[str, Cell], name: str, cell: Cell) -> None:
    """The first value of a label, unless it is blank and a later one is not."""
    old = found.get(name)
    if old is None or (old.blank and not cell.blank):
        found[name] = cell


def _value(row: Sequence[Any], column: int) -> Any:
    return row[column] if column < len(row) else None


_NO_COLUMN = 1 << 62
"""The column index of a column the table lacks: past the end of every row, so its cells read as None."""


def _blank_row(row: Sequence[Any]) -> bool:
    """True when no cell of the row holds anything (the engine gives "" for an empty cell)."""
    return all(value == "" or value is None or not cell_text(value) for value in row)


def table_profiles(grid: Grid, header: Header, labels: dict[str, Cell]) -> tuple[list[RawProfile], list[Issue]]:
    """The rows under the header, grouped by jurisdiction.

    With a Jurisdiction column each name starts (or continues) a profile and
    a blank cell belongs to the jurisdiction of the row above, as with
    merged cells. Without one, the whole table is one profile described by
    ``labels`` (title rows, or the workbook's Jurisdiction sheet).
    """
    issues: list[Issue] = []
    file_wide = {name: cell for name, cell in labels.items() if name in FILE_FIELDS and name != "checklist"}
    by_column = "jurisdiction" in header.columns
    details = [(name, column, text) for name, (column, text) in header.columns.items() if name in JURISDICTION_FIELDS]
    places = [header.columns.get(name, (_NO_COLUMN, None)) for name in ANSWER_FIELDS]
    (item, status, provisions, evidence, notes), columns = zip(*places)
    letters = tuple(grid.column_letter(column) if column != _NO_COLUMN else None for column, _ in places)
    groups: dict[str, RawProfile] = {}
    current: RawProfile | None = None
    if not by_column:
        fields = {name: cell for name, cell in labels.items() if name != "checklist"}
        current = groups.setdefault("", RawProfile(grid.where, fields))
    file, sheet, first_row, rows = grid.where.file, grid.where.sheet, grid.first_row, grid.rows
    settled: tuple[Any, ...] | None = None  # the details of the row above, when merging them said nothing
    for index in range(header.index + 1, len(rows)):
        row = rows[index]
        size = len(row)
        first = row[item] if item < size else None
        if not (first.__class__ is str and first.strip()) and _blank_row(row):
            continue
        where = Where(file, sheet, first_row + index)
        answer = RawAnswer(where, (first, row[status] if status < size else None,
                                   row[provisions] if provisions < size else None,
                                   row[evidence] if evidence < size else None,
                                   row[notes] if notes < size else None), columns, letters)
        if details:
            values = tuple(row[column] if column < size else None for _, column, _ in details)
            if current is None or values != settled:  # a long table repeats each jurisdiction's details row by row
                cells = {name: Cell(value, where, text) for (name, _, text), value in zip(details, values)}
                if by_column:
                    current = _group_for(cells["jurisdiction"], current, answer, groups, grid, file_wide)
                    if current is None:
                        continue
                assert current is not None  # a table without a jurisdiction column has one group from the start
                said = len(issues)
                merge_fields(current.fields, cells, issues)
                settled = values if len(issues) == said else None
        assert current is not None
        current.answers.append(answer)
    return list(groups.values()), issues


def _group_for(name: Cell, current: RawProfile | None, answer: RawAnswer, groups: dict[str, RawProfile],
               grid: Grid, file_wide: dict[str, Cell]) -> RawProfile | None:
    if name.blank:
        if current is not None or not answer.has_content:
            return current
        return groups.setdefault(f"\0{name.where.row}", RawProfile(grid.where, {"jurisdiction": name}))
    key = " ".join(name.text.casefold().split())
    return groups.setdefault(key, RawProfile(grid.where, dict(file_wide)))


def no_header_issue(where: Where) -> Issue:
    return where.issue(
        "no-header-row",
        f"No header row with an item column and a status column was found in the first {HEADER_SEARCH_ROWS} rows.",
        "Put a header row above the answers with at least an item column (headed "
        f"{', '.join(COLUMN_SYNONYMS['item'])}) and a status column (headed {', '.join(COLUMN_SYNONYMS['status'])}); "
        "case and punctuation do not matter.")
