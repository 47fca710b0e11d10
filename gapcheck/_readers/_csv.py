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
import io
from itertools import islice

from gapcheck._errors import Issue
from gapcheck._readers._limits import MAX_ROWS
from gapcheck._readers._raw import RawFile, Where
from gapcheck._readers._table import (
    HEADER_SEARCH_ROWS,
    Grid,
    Header,
    find_header,
    no_header_issue,
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
    delimiter = _choose_delimiter(text, where)
    rows, issues = _records(text, delimiter, where) if delimiter else ([], [])
    if issues:
        return RawFile(issues=issues)
    grid = Grid(rows, where)
    header = find_header(grid)
    if header is None:
        return RawFile(issues=[no_header_issue(where)])
    labels = read_labels(grid, header.index)
    profiles, issues = table_profiles(grid, header, labels)
    return RawFile(profiles, labels.get("checklist"), repeated_columns(grid, header) + issues)


def _choose_delimiter(text: str, where: Where) -> str | None:
    """The separator under which the strongest header row appears (comma first on a tie)."""
    best: tuple[str, Header] | None = None
    for delimiter in DELIMITERS:
        try:
            head = list(islice(csv.reader(io.StringIO(text), delimiter=delimiter), HEADER_SEARCH_ROWS))
        except csv.Error:
            continue
        header = find_header(Grid(head, where))
        if header is not None and (best is None or header.strength > best[1].strength):
            best = (delimiter, header)
    return best[0] if best else None


def _records(text: str, delimiter: str, where: Where) -> tuple[list[list[str]], list[Issue]]:
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows: list[list[str]] = []
    try:
        for record in reader:
            if len(rows) == MAX_ROWS:
                return [], [where.at(row=MAX_ROWS + 1).issue(
                    "too-many-rows", f"The file has more than {MAX_ROWS:,} rows.",
                    "Split the table into several files.")]
            rows.append(record)
    except csv.Error as exc:
        return [], [where.at(row=len(rows) + 1).issue(
            "invalid-csv", f"The CSV cannot be read here: {exc}.",
            "Save the table again from the spreadsheet program as CSV.")]
    return rows, []
