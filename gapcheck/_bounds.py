"""The limits gapcheck holds every input to, in one place.

Profiles, checklists, tailorings and crosswalks may come from anyone, so each
reader checks its input against these bounds before a parser or a pattern
sees it: work and memory then stay proportional to what a real assessment
needs, whatever a file holds. The README's "Untrusted input" section lists
them from :data:`LIMITS`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence

MAX_FILE_BYTES = 20 * 1024 * 1024
"""A profile file on disk (spreadsheet or CSV)."""

MAX_JSON_BYTES = 5 * 1024 * 1024
"""A JSON profile."""

MAX_CHECKLIST_BYTES = 5 * 1024 * 1024
"""A checklist, tailoring or crosswalk file."""

MAX_UNCOMPRESSED_BYTES = 150 * 1024 * 1024
"""Everything a workbook would unpack to."""

MAX_SHARED_STRINGS_BYTES = 60 * 1024 * 1024
"""A workbook's shared-strings part, unpacked: every distinct text of the workbook, held at once while reading."""

MAX_RATIO = 150
"""How many times larger than it is stored a workbook part may unpack (checked from 2 MB)."""

RATIO_CHECK_FROM = 2 * 1024 * 1024
"""Parts smaller than this unpacked are not held to :data:`MAX_RATIO` (a sheet of blank rows packs tightly)."""

MAX_PARTS = 5_000
"""Parts in a workbook archive."""

MAX_ROWS = 100_000
"""Rows a sheet may span."""

MAX_CELLS = 2_000_000
"""Cells a sheet, or all the sheets of a workbook together, or a CSV table may span (a long table of 100,000
rows and 20 columns): reading them takes up to some 250 MB and 10 seconds."""

MAX_COLUMNS = 16_384
"""Columns a row of a CSV table may have (as many as a worksheet, A to XFD)."""

MAX_DEPTH = 32
"""How deeply lists and objects may nest in a JSON or YAML file; gapcheck's own files need 6."""

MAX_INPUT_FILES = 10_000
"""Files a folder or glob pattern may stand for in one command."""

MAX_FOLDERS = 100_000
"""Folders one glob pattern may walk through: a bound on time, however the folders and links are laid out."""

MAX_CITATION_CHARS = 200
"""Text longer than this is not an item id or a citation, and is refused before any pattern reads it."""

MAX_STATUS_CHARS = 200
"""Text longer than this is not a status."""

MAX_HEADER_CHARS = 200
"""Text longer than this is not a column header nor a label ("Country:"), and no pattern reads it as one."""

MAX_DATE_CHARS = 100
"""Text longer than this is not a date ("Wednesday, 18 September 2024" is 28), and no pattern reads it as one."""

LIMITS: Mapping[str, tuple[int, str]] = {
    "MAX_FILE_BYTES": (MAX_FILE_BYTES, "bytes in a profile file (spreadsheet or CSV)"),
    "MAX_JSON_BYTES": (MAX_JSON_BYTES, "bytes in a JSON profile"),
    "MAX_CHECKLIST_BYTES": (MAX_CHECKLIST_BYTES, "bytes in a checklist, tailoring or crosswalk file"),
    "MAX_UNCOMPRESSED_BYTES": (MAX_UNCOMPRESSED_BYTES, "bytes a workbook may unpack to in all"),
    "MAX_SHARED_STRINGS_BYTES": (MAX_SHARED_STRINGS_BYTES, "bytes a workbook's shared strings may unpack to"),
    "MAX_RATIO": (MAX_RATIO, "times larger than stored a workbook part may unpack (from 2 MB)"),
    "RATIO_CHECK_FROM": (RATIO_CHECK_FROM, "bytes a workbook part unpacks to before MAX_RATIO applies"),
    "MAX_PARTS": (MAX_PARTS, "parts in a workbook archive"),
    "MAX_ROWS": (MAX_ROWS, "rows a sheet may span"),
    "MAX_CELLS": (MAX_CELLS, "cells a sheet, a workbook's sheets together, or a CSV table may span"),
    "MAX_COLUMNS": (MAX_COLUMNS, "columns a row of a CSV table may have"),
    "MAX_DEPTH": (MAX_DEPTH, "levels lists and objects may nest in JSON or YAML"),
    "MAX_INPUT_FILES": (MAX_INPUT_FILES, "files a folder or pattern may stand for"),
    "MAX_FOLDERS": (MAX_FOLDERS, "folders a glob pattern may walk through"),
    "MAX_CITATION_CHARS": (MAX_CITATION_CHARS, "characters in an item id or citation"),
    "MAX_STATUS_CHARS": (MAX_STATUS_CHARS, "characters in a status"),
    "MAX_HEADER_CHARS": (MAX_HEADER_CHARS, "characters in a column header or a label"),
    "MAX_DATE_CHARS": (MAX_DATE_CHARS, "characters in a date written as text"),
}
"""Every limit with what it bounds, for the README and for messages."""


def too_deep_in_json(text: str, limit: int = MAX_DEPTH) -> str | None:
    """Where the first array or object nested more than ``limit`` levels deep sits (a JSON pointer), or None.

    The text is walked token by token (strings, brackets, commas) with the
    key or index of each open container, in one pass and without recursion,
    so that a file nested thousands of levels deep is refused, at the place,
    before the recursive parser meets it. A string never closed is one token
    that runs to the end, which keeps the walk linear whatever the text
    holds. Text that is not JSON gives no pointer unless it nests too deeply
    before it goes wrong: the parser then says what is wrong with it.
    """
    kinds: list[str] = []  # "[" or "{", for each open container
    places: list[str | int] = []  # the index (array) or key (object) now being read in each
    expecting_key = False
    for match in _JSON_TOKENS.finditer(text):
        token = match.group()
        first = token[0]
        if first == '"':
            if expecting_key:
                places[-1] = _json_key(token)
                expecting_key = False
        elif first in "[{":
            if len(kinds) >= limit:
                return place_of(places)
            kinds.append(first)
            places.append(0 if first == "[" else "")
            expecting_key = first == "{"
        elif first in "]}":
            if kinds:
                kinds.pop()
                places.pop()
            expecting_key = False
        elif first == "," and kinds:
            if kinds[-1] == "[":
                places[-1] = int(places[-1]) + 1
            else:
                expecting_key = True
    return None


def too_deep_in_data(value: object, limit: int = MAX_DEPTH) -> str | None:
    """Where the first list or mapping nested more than ``limit`` levels deep sits in Python data, or None.

    Walked without recursion and never below ``limit`` levels, so that data
    nested without end (even a list that holds itself) is answered at once.
    """
    stack: list[tuple[object, tuple[str | int, ...]]] = [(value, ())]
    while stack:
        current, path = stack.pop()
        if isinstance(current, dict):
            children: list[tuple[object, tuple[str | int, ...]]] = [
                (child, (*path, str(key))) for key, child in current.items()]
        elif isinstance(current, (list, tuple)):
            children = [(child, (*path, index)) for index, child in enumerate(current)]
        else:
            continue
        if len(path) >= limit:
            return place_of(path)
        stack.extend(reversed(children))
    return None


def place_of(path: Sequence[str | int]) -> str:
    """Where a value nested too deeply sits, as a person looks for it: the field that holds the run of nested
    lists (``/answers/0/status``), not the thirty-second list inside it."""
    end = len(path)
    while end and isinstance(path[end - 1], int):
        end -= 1
    return pointer_of(path[:end])


def pointer_of(path: Iterable[str | int]) -> str:
    """A JSON pointer (RFC 6901) of keys and indexes: ``("answers", 0, "status")`` is ``/answers/0/status``."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in path)


def _json_key(token: str) -> str:
    """A JSON string token as the text it stands for (as written, when its escapes are not valid)."""
    if "\\" not in token:
        return token[1:-1] if len(token) > 1 and token.endswith('"') else token[1:]
    try:
        decoded = json.loads(token)
    except ValueError:
        return token.strip('"')
    return decoded if isinstance(decoded, str) else token


_JSON_TOKENS = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+(?:"|\\?\Z)|[\[\]{},]', re.DOTALL)
"""A JSON string (the unrolled loop, possessive: one way to match each character; an unclosed one runs to the
end of the text), or a bracket or comma: every match is found in one pass, in linear time."""
