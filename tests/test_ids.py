"""Item ids written as lawyers cite them all read as one canonical id."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gapcheck._ids import canonical_item_id


@pytest.mark.parametrize(
    "written",
    ["10.f.vii", "10 (f) (vii)", "10(f)(vii)", "para. 10 (f) (vii)", "10f-vii", "10.F.VII",
     "Para 10(f)(vii)", "E/CN.15/2018/12, para. 10 (f) (vii)", "paragraph 10 f vii", " 10-f-vii "],
)
def test_citation_spellings_read_as_the_canonical_id(written: str):
    assert canonical_item_id(written) == "10.f.vii"


@pytest.mark.parametrize(("written", "expected"), [("9(a)", "9.a"), ("9 (n)", "9.n"), ("9", "9"), ("9.I", "9.i")])
def test_paragraph_and_letter_ids(written: str, expected: str):
    assert canonical_item_id(written) == expected


@pytest.mark.parametrize("written", ["", "   ", None, "status", "10.f.vvv", "abc(d)", "10.f.vii.x"])
def test_text_that_is_not_a_citation_reads_as_none(written):
    assert canonical_item_id(written) is None


@given(
    st.integers(1, 99),
    st.sampled_from("abcdefghijklmnopqrstuvwxyz"),
    st.sampled_from(["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"]),
)
def test_a_full_citation_reads_back_as_its_id(para: int, letter: str, roman: str):
    item_id = f"{para}.{letter}.{roman}"
    citation = f"E/CN.15/2018/12, para. {para} ({letter}) ({roman})"
    assert canonical_item_id(citation) == item_id
