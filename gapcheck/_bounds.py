"""The limits gapcheck holds every input to, in one place.

Profiles, checklists, tailorings and crosswalks may come from anyone, so each
reader checks its input against these bounds before a parser or a pattern
sees it: work and memory then stay proportional to what a real assessment
needs, whatever a file holds. The README's "Untrusted input" section lists
them from :data:`LIMITS`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

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

MAX_PARTS = 5_000
"""Parts in a workbook archive."""

MAX_ROWS = 100_000
"""Rows a sheet may span."""

MAX_CELLS = 3_000_000
"""Cells a sheet may span."""

MAX_DEPTH = 32
"""How deeply lists and objects may nest in a JSON or YAML file; gapcheck's own files need 6."""

MAX_INPUT_FILES = 10_000
"""Files a folder or glob pattern may stand for in one command."""

MAX_CITATION_CHARS = 200
"""Text longer than this is not an item id or a citation, and is refused before any pattern reads it."""

MAX_STATUS_CHARS = 200
"""Text longer than this is not a status."""

LIMITS: Mapping[str, tuple[int, str]] = {
    "MAX_FILE_BYTES": (MAX_FILE_BYTES, "bytes in a profile file (spreadsheet or CSV)"),
    "MAX_JSON_BYTES": (MAX_JSON_BYTES, "bytes in a JSON profile"),
    "MAX_CHECKLIST_BYTES": (MAX_CHECKLIST_BYTES, "bytes in a checklist, tailoring or crosswalk file"),
    "MAX_UNCOMPRESSED_BYTES": (MAX_UNCOMPRESSED_BYTES, "bytes a workbook may unpack to in all"),
    "MAX_SHARED_STRINGS_BYTES": (MAX_SHARED_STRINGS_BYTES, "bytes a workbook's shared strings may unpack to"),
    "MAX_RATIO": (MAX_RATIO, "times larger than stored a workbook part may unpack (from 2 MB)"),
    "MAX_PARTS": (MAX_PARTS, "parts in a workbook archive"),
    "MAX_ROWS": (MAX_ROWS, "rows a sheet may span"),
    "MAX_CELLS": (MAX_CELLS, "cells a sheet may span"),
    "MAX_DEPTH": (MAX_DEPTH, "levels lists and objects may nest in JSON or YAML"),
    "MAX_INPUT_FILES": (MAX_INPUT_FILES, "files a folder or pattern may stand for"),
    "MAX_CITATION_CHARS": (MAX_CITATION_CHARS, "characters in an item id or citation"),
    "MAX_STATUS_CHARS": (MAX_STATUS_CHARS, "characters in a status"),
}
"""Every limit with what it bounds, for the README and for messages."""


def json_depth(text: str, limit: int = MAX_DEPTH) -> int:
    """How deeply arrays and objects nest in JSON text, counting no further than ``limit + 1``.

    Strings are set aside first, then only the brackets are walked, so that a
    file nested thousands of levels deep is refused before the recursive
    parser meets it. (YAML is bounded by its loader, which counts the depth of
    the nodes it builds.)
    """
    depth = deepest = 0
    for match in _BRACKETS.finditer(_STRINGS.sub("", text)):
        bracket = match.group()
        if bracket in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    break
        else:
            depth = max(depth - 1, 0)
    return deepest


_STRINGS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
"""A JSON string, as the unrolled loop that never tries two ways to match one character: linear time."""

_BRACKETS = re.compile(r"[\[\]{}]")
