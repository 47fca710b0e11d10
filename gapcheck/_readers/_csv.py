"""CSV files, as spreadsheet programs and people write them.

Excel writes commas or, where the decimal mark is a comma, semicolons; its
"Unicode text" is tab-separated UTF-16. Older Windows programs write
Windows-1252. So the text is decoded as UTF-8 (with or without a byte-order
mark), UTF-16 when a byte-order mark says so, else Windows-1252; and the
separator is the one of comma, semicolon and tab under which a header row
appears.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterable, Iterator
from itertools import islice

from gapcheck._bounds import MAX_CELLS, MAX_COLUMNS, MAX_ROWS
from gapcheck._errors import Issue
from gapcheck._readers._raw import RawFile, Where
from gapcheck._readers._table import (
    HEADER_SEARCH_ROWS,
    Grid,
    find_header,
    header_issue,
    near_header,
    read_labels,
    repeated_columns,
    table_profiles,
)

DELIMITERS = (",", ";", "\t")


def decode(data: bytes, where: Where) -> tuple[str | None, list[Issue]]:
    """The text of a CSV file, or the issue that says its bytes are not text."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            candidates: tuple[str, ...] = (encoding,)
            break
    else:
        candidates = ("utf-8", "cp1252")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break
        return text, []
    return None, [where.issue(
        "undecodable-text", "The file's bytes are not text in UTF-8, UTF-16 or Windows-1252 (it may be a binary file).",
        "Save the table from the spreadsheet program as \"CSV UTF-8 (comma delimited)\", or check that this is "
        "the right file.")]


def read_csv(data: bytes, where: Where) -> RawFile:
    """Everything a CSV file says, or the issues that stop it from being read."""
    text, issues = decode(data, where)
    if text is None:
        return RawFile(issues=issues)
    if not text.strip():
        return RawFile(issues=[where.issue("empty-file", "The file holds no text.",
                                           "Check that this is the right file.")])
    rows, issues = _records(text, _choose_delimiter(text, where), where)
    if issues:
        return RawFile(issues=issues)
    grid = Grid(rows, where)
    header = find_header(grid)
    if header is None:
        return RawFile(issues=[header_issue(grid)])
    labels = read_labels(grid, header.index)
    profiles, issues = table_profiles(grid, header, labels)
    return RawFile(profiles, labels.get("checklist"), repeated_columns(grid, header) + issues)


def _choose_delimiter(text: str, where: Where) -> str:
    """The separator under which the strongest header row appears (comma first on a tie).

    Where no separator gives a whole header, the one giving the best header
    that lacks only its item or status column, so that the problem can be
    named; else a comma.
    """
    best: tuple[tuple[int, int], str] | None = None
    for delimiter in DELIMITERS:
        try:
            head = list(islice(csv.reader(_narrow(_lines(text), delimiter), delimiter=delimiter), HEADER_SEARCH_ROWS))
        except (csv.Error, _TooWide):
            continue
        grid = Grid(head, where)
        header = find_header(grid)
        near = near_header(grid) if header is None else None
        strength = (1, header.strength) if header else (0, near.strength) if near else None
        if strength is not None and (best is None or strength > best[0]):
            best = (strength, delimiter)
    return best[1] if best else DELIMITERS[0]


def _records(text: str, delimiter: str, where: Where) -> tuple[list[list[str]], list[Issue]]:
    """Every record of the file, or the issue that stops it: too many rows, or a quote that swallows rows.

    Read strictly, so that a quote never closed (or closed in the middle of
    a cell lines later) is found instead of silently taking the rest of the
    file into one cell. A cell that only starts with a quoted phrase on one
    line (``"Cybercrime Act" s. 4``) is read leniently, as before.
    """
    lines = _Lines(text)
    rows: list[list[str]] = []
    cells = 0
    start = 0  # the line (from 0) the next record begins on
    while True:
        reader = csv.reader(_narrow(lines.starting_at(start), delimiter), delimiter=delimiter, strict=True)
        first = start
        try:
            for record in reader:
                cells += len(record)
                if len(rows) >= MAX_ROWS:
                    return [], [where.at(row=MAX_ROWS + 1).issue(
                        "too-many-rows", f"The file has more than {MAX_ROWS:,} rows.")]
                if cells > MAX_CELLS:
                    return [], [where.at(row=len(rows) + 1).issue(
                        "sheet-too-large", f"The table has more than {MAX_CELLS:,} cells.",
                        "Delete the columns that hold no answers, or split the table into several files.")]
                rows.append(record)
                start = first + reader.line_num
            return rows, []
        except _TooWide:
            return [], [where.at(row=len(rows) + 1).issue(
                "sheet-too-large", f"A row of the table has more than {MAX_COLUMNS:,} columns.",
                "Check that this is a table of answers and that the separator is a comma, semicolon or tab.")]
        except csv.Error as exc:
            read = lines[start:first + reader.line_num]
            lenient = _lenient(read, delimiter)
            if len(read) == 1 and "expected after" in str(exc) and lenient is not None:
                rows.extend(lenient)
                start += 1
                continue
            return [], [_bad_record(exc, read, start, rows, (lenient or [[]])[0], where)]


class _TooWide(Exception):
    """A line with more separators than a row has columns: refused before the CSV parser makes millions of cells."""


def _narrow(lines: Iterable[str], delimiter: str) -> Iterator[str]:
    """The lines, each checked before the parser sees it: no more than :data:`MAX_COLUMNS` cells' worth."""
    for line in lines:
        if line.count(delimiter) >= MAX_COLUMNS:
            raise _TooWide
        yield line


def _lines(text: str) -> Iterator[str]:
    """The lines of the text, each with its line feed, one at a time (a file of millions of short lines is never
    held as a list of them)."""
    start, end = 0, len(text)
    while start < end:
        stop = text.find("\n", start)
        stop = end if stop < 0 else stop + 1
        yield text[start:stop]
        start = stop


class _Lines:
    """The lines of a text, split as they are first asked for and kept, so that reading can start again at any
    line already read (after a stray quote)."""

    def __init__(self, text: str) -> None:
        self._source = _lines(text)
        self._read: list[str] = []

    def __getitem__(self, span: slice) -> list[str]:
        return self._read[span]

    def starting_at(self, index: int) -> Iterator[str]:
        while True:
            while index >= len(self._read):
                line = next(self._source, None)
                if line is None:
                    return
                self._read.append(line)
            yield self._read[index]
            index += 1


def _lenient(lines: list[str], delimiter: str) -> list[list[str]] | None:
    """The records of some lines read as before (a stray quote taken literally), or None if even that fails."""
    try:
        return list(csv.reader(lines, delimiter=delimiter))
    except csv.Error:
        return None


def _bad_record(exc: csv.Error, read: list[str], start: int, rows: list[list[str]], record: list[str],
                where: Where) -> Issue:
    """The issue for a record the strict reader refused, at the row (record) and column where its quote opened.

    ``record`` is the refused record as the lenient reader reads it: the cell
    that swallowed the lines after it is the one holding line breaks.
    """
    unclosed, closed_late = "end of data" in str(exc), "expected after" in str(exc)
    spanning = next((index for index, cell in enumerate(record) if "\n" in cell), None)
    if unclosed and spanning is None and record:
        spanning = len(record) - 1  # opened on the last line, which has no line break
    at = where.at(row=len(rows) + 1)
    if spanning is None or not (unclosed or closed_late):
        return at.issue("invalid-csv", f"The CSV cannot be read here: {exc}.",
                        "Save the table again from the spreadsheet program as CSV.")
    line = start + 1 + sum(cell.count("\n") for cell in record[:spanning])
    at = at.at(column=_column_name(rows, spanning))
    if unclosed:
        return at.issue(
            "invalid-csv", f"A quote opened in this row (line {line} of the file) is never closed, so the rest of "
            "the file was read as one cell.",
            "A quote opened here is never closed; remove it or close it. A cell may hold line breaks only "
            "between a pair of quotes.")
    return at.issue(
        "invalid-csv", f"A quote opened in this row (line {line} of the file) closes {len(read) - 1} line(s) later "
        "in the middle of a cell, so the lines between were read as one cell.",
        "A quote opened here runs on over the rows below; remove it, or close it at the end of this cell. A cell "
        "may hold line breaks only between a pair of quotes.")


def _column_name(rows: list[list[str]], index: int) -> str:
    """The header of a column as written, when the header row has been read; else its letter."""
    header = find_header(Grid(rows, Where()))
    names = rows[header.index] if header else []
    name = names[index].strip() if index < len(names) else ""
    return name or Grid(rows, Where()).column_letter(index)
