"""The profile model: statuses as people write them, answers, the long table."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from gapcheck import Answer, Jurisdiction, Profile
from gapcheck._profile import PROFILE_COLUMNS, STATUS_SYNONYMS, STATUSES, normalise_status, suggest_status

REPO = Path(__file__).parent.parent


@pytest.mark.parametrize(
    ("written", "status"),
    [("Yes", "full"), ("FULLY", "full"), ("met", "full"), ("Partially", "partial"), ("partly", "partial"),
     ("Draft bill", "planned"), ("pending", "planned"), ("No", "none"), ("not met", "none"),
     ("N/A", "not_applicable"), ("n.a.", "not_applicable"), ("Not applicable", "not_applicable"),
     ("", "unknown"), ("?", "unknown"), ("not assessed", "unknown"), ("not_applicable", "not_applicable")],
)
def test_documented_synonyms_map_to_the_scale(written: str, status: str):
    assert normalise_status(written) == status


def test_every_status_is_its_own_synonym():
    assert all(normalise_status(status) == status for status in STATUSES)


def test_blank_cells_read_as_unknown():
    assert normalise_status(None) == "unknown"
    assert normalise_status(math.nan) == "unknown"


def test_unrecognised_status_reads_as_none_value():
    assert normalise_status("mostly harmless") is None


def test_no_synonym_is_claimed_by_two_statuses():
    claimed = {normalise_status(word) for words in STATUS_SYNONYMS.values() for word in words}
    assert all(normalise_status(word) == status for status, words in STATUS_SYNONYMS.items() for word in words)
    assert claimed == set(STATUSES)


def test_every_synonym_is_read_as_written_in_the_readme():
    readme = (REPO / "README.md").read_text("utf-8")
    for status, words in STATUS_SYNONYMS.items():
        row = next(line for line in readme.splitlines() if line.startswith(f"| `{status}` | "))
        assert set(row.split(" | ")[1].rstrip(" |").split(", ")) == {w or "blank" for w in words} - {status}


def test_an_unanswered_item_reads_as_unknown():
    profile = Profile(Jurisdiction("Aurelia", "XAU"), "eg-cybercrime-2018@1.0.0")
    assert profile.answer("10.d").status == "unknown"


def test_to_frame_uses_the_canonical_columns():
    profile = Profile(
        Jurisdiction("Aurelia", "XAU", "North"),
        "eg-cybercrime-2018@1.0.0",
        {"10.d": Answer("10.d", "full", ("Act 1, s. 2", "Act 1, s. 3"))},
    )
    frame = profile.to_frame()
    assert tuple(frame.columns) == PROFILE_COLUMNS
    assert frame.loc[0, "provisions"] == "Act 1, s. 2; Act 1, s. 3"


def test_provenance_takes_no_part_in_equality():
    a = Profile(Jurisdiction("A"), "x@1.0.0", source_file="a.xlsx")
    b = Profile(Jurisdiction("A"), "x@1.0.0", source_file="b.csv")
    assert a == b


@pytest.mark.parametrize(
    ("written", "meant"),
    [("ful", ("full", "full")), ("Partialy", ("partial", "partially")), ("parcial", ("partial", "partial")),
     ("FULY", ("full", "fully")), ("planed", ("planned", "planned")), ("not aplicable", ("not_applicable",
                                                                                      "not applicable"))],
)
def test_a_mistyped_status_suggests_the_status_and_the_word_it_is_close_to(written: str, meant: tuple[str, str]):
    assert suggest_status(written) == meant


@pytest.mark.parametrize("written", ["maybe", "mostly harmless", "full", "", "x" * 200])
def test_no_suggestion_for_a_status_that_is_right_or_like_nothing(written: str):
    assert suggest_status(written) is None


# --- one rule for who is the same jurisdiction, followed by every command -----------------------

IDENTITY_CASES = [
    pytest.param(Jurisdiction("Aurelia", "XKA"), Jurisdiction("Aurelia", "XKB"), False, id="two codes, one name"),
    pytest.param(Jurisdiction("Aurelia", "XKA"), Jurisdiction(" aurelia "), True, id="a code and a bare name"),
    pytest.param(Jurisdiction("Aurelia", "XKA"), Jurisdiction("Republic of Aurelia", "xka"), True,
                 id="one code, two names"),
]


def _assessed(place: Jurisdiction, day: int) -> Profile:
    from datetime import date

    return Profile(place, "eg-cybercrime-2018@1.1.0", {"10.c": Answer("10.c", "full")},
                   assessed_on=date(2026, 1, day))


@pytest.mark.parametrize(("first", "second", "same"), IDENTITY_CASES)
def test_the_model_rule_decides_who_is_one_jurisdiction(first: Jurisdiction, second: Jurisdiction, same: bool):
    assert first.same_as(second) is same and second.same_as(first) is same


@pytest.mark.parametrize(("first", "second", "same"), IDENTITY_CASES)
def test_compare_keeps_one_assessment_exactly_when_the_rule_says_same(first, second, same):
    import gapcheck

    comparison = gapcheck.compare([_assessed(first, 1), _assessed(second, 2)])
    assert len(comparison.profiles) == (1 if same else 2)
    assert any(i.code == "duplicate-jurisdiction" for i in comparison.issues) is same


@pytest.mark.parametrize(("first", "second", "same"), IDENTITY_CASES)
def test_dual_criminality_refuses_a_pair_exactly_when_the_rule_says_same(first, second, same):
    import gapcheck

    try:
        gapcheck.dual_criminality(_assessed(first, 1), _assessed(second, 2))
    except gapcheck.ComparisonError as error:
        assert same and [i.code for i in error.issues] == ["same-jurisdiction"]
    else:
        assert not same


@pytest.mark.parametrize(("first", "second", "same"), IDENTITY_CASES)
def test_progress_warns_of_two_jurisdictions_exactly_when_the_rule_says_different(first, second, same):
    import gapcheck

    change = gapcheck.progress(_assessed(first, 1), _assessed(second, 2))
    assert any(i.code == "different-jurisdiction" for i in change.issues) is not same
