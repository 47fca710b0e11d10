"""What text a file can hold: one rule, checked fast for the text most cells hold."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from gapcheck._text import REPLACEMENT, has_unstorable, storable, workbook_text

_NEVER_STORABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

any_text = st.text(alphabet=st.characters(), max_size=60)


@given(any_text)
def test_storable_replaces_exactly_what_no_file_can_hold(text: str) -> None:
    assert storable(text) == _NEVER_STORABLE.sub(REPLACEMENT, text)
    assert not has_unstorable(storable(text))


@given(any_text)
def test_workbook_text_also_keeps_a_literal_escape_literal(text: str) -> None:
    expected = re.sub(r"_(x[0-9A-Fa-f]{4}_)", r"_x005F_\1", _NEVER_STORABLE.sub(REPLACEMENT, text))
    assert workbook_text(text) == expected


def test_tab_line_feed_and_no_break_space_are_kept() -> None:
    assert workbook_text("a\tb\nc\u00a0d") == "a\tb\nc\u00a0d"
