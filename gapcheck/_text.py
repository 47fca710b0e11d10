"""What text a file can hold: the one rule every reader and every writer asks.

A workbook is XML inside a zip, and XML cannot hold control characters (a
vertical tab pasted from a word processor, say), the non-characters U+FFFE
and U+FFFF, or a lone surrogate, which a JSON file may spell as ``\\ud800``.
Text that held one would give a workbook that spreadsheet programs refuse or
show cut short, and UTF-8 output that cannot be encoded. So readers replace
each such character with U+FFFD (the replacement character) and say where
they did; writers apply the same rule once more, so that text built in Python
is safe too.
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"
"""What an unstorable character becomes: visible, so that a reader sees that something was there."""

_UNSTORABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Control characters other than tab, line feed and carriage return; surrogates; U+FFFE and U+FFFF."""

_OOXML_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
"""Text like ``_x0041_`` is an escape in a workbook's XML; escaping its underscore keeps it literal."""


def has_unstorable(text: str) -> bool:
    """True when ``text`` holds a character no file gapcheck writes can hold."""
    return _UNSTORABLE.search(text) is not None


def storable(text: str) -> str:
    """``text`` with every unstorable character replaced by U+FFFD; other text unchanged."""
    if text.isprintable():  # no control character, surrogate or non-character: most text, checked in C
        return text
    return _UNSTORABLE.sub(REPLACEMENT, text)


def workbook_text(text: str) -> str:
    """Text as a workbook cell or property can hold it and give back unchanged when read.

    Unstorable characters become U+FFFD and a literal ``_xHHHH_`` is escaped,
    so that a spreadsheet program shows exactly what the user wrote.
    """
    if "_x" not in text and text.isprintable():
        return text
    return _OOXML_ESCAPE.sub(r"_x005F_\1", storable(text))
