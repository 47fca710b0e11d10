"""Scoring profiles: hand-worked figures, the Result tables, and invariants under hypothesis.

Most hand-worked tests use ``tests/data/checklists/small.yaml``::

    laws (section, weight 1)
    ├── 1.a     [2]  legislative
    ├── 1.b     [1]  policy (not legislative)
    ├── 1.c     group [3]
    │   ├── 1.c.i   [1]
    │   └── 1.c.ii  [3]
    └── 1.d     addressed to UNODC: never scored
    crimes (section, weight 1)
    ├── 2.a     [1]
    ├── 2.b     [1]  } alternatives set: one rule of weight max(1, 2) = 2,
    ├── 2.c     [2]  } valued at its best member; 2.c is not legislative
    └── 2.d     [0]  weightless

and the profile ``MIXED``::

    1.a full  1.b partial  1.c.i none  1.c.ii partial  1.d full
    2.a unknown  2.b none  2.c planned  2.d full
"""

from __future__ import annotations

import dataclasses
import hashlib
import random

import numpy as np
import pandas as pd
import pytest
from conftest import DATA
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from strategies import profiles

import gapcheck
from gapcheck import GapcheckError, InvalidArgumentError, ProfileError, score, score_table
from gapcheck._checklist import Checklist, Item
from gapcheck._checklist_files import load_checklist
from gapcheck._profile import STATUSES, Answer, Jurisdiction, Profile
from gapcheck._result import GAP_COLUMNS, ITEM_COLUMNS, MODELS, SCOPES, SECTION_COLUMNS
from gapcheck._tailoring import Tailoring

SMALL = DATA / "checklists" / "small.yaml"
ZERO = DATA / "checklists" / "zero.yaml"
BUNDLED = "eg-cybercrime-2018"

MIXED = {
    "1.a": "full", "1.b": "partial", "1.c.i": "none", "1.c.ii": "partial", "1.d": "full",
    "2.a": "unknown", "2.b": "none", "2.c": "planned", "2.d": "full",
}

HYPOTHESIS = settings(max_examples=25)


def profile_of(checklist: Checklist, statuses: dict[str, str], **kwargs) -> Profile:
    answers = {item_id: Answer(item_id, status) for item_id, status in statuses.items()}
    return Profile(Jurisdiction("Testland", "XTL"), checklist.ref, answers, **kwargs)


def figures(result) -> tuple[float, ...]:
    return (result.score, result.score_upper, result.coverage)


@pytest.fixture(scope="module")
def small() -> Checklist:
    return load_checklist(SMALL)


@pytest.fixture(scope="module")
def zero() -> Checklist:
    return load_checklist(ZERO)


# --- hand-worked figures ---------------------------------------------------------------

# default, all: laws: 1.a 100x2, 1.b 50x1, 1.c = (0x1 + 50x3)/4 = 37.5, x3 -> (200+50+112.5)/6 = 60.4167
#               crimes: 2.a 0x1, set 0x2, 2.d 100x0 -> 0/3 = 0; checklist (60.4167 + 0)/2 = 30.2083
#   upper: 2.a counts 100: crimes = 100/3 = 33.333; checklist (60.4167 + 33.333)/2 = 46.875
# default, legislative (1.b and 2.c out; the set is 2.b alone, weight 1):
#               laws (200 + 112.5)/5 = 62.5; crimes 0/2 = 0 -> 31.25; upper crimes 100/2 = 50 -> 56.25
# flat, all: s = 2x1 + 1x.5 + 1x0 + 3x.5 + 1x0 + 2x0 + 0x1 = 4; m = 2+1+1+3+1+2+0 = 10 -> 40; upper s = 5 -> 50
# flat, legislative: s = 2 + 0 + 1.5 + 0 + 0 + 0 = 3.5; m = 2+1+3+1+1+0 = 8 -> 43.75; upper 4.5/8 = 56.25
# flat-unweighted, all: weights 1,1,1,1,1,1,0: s = 1+.5+0+.5+0+0 = 2; m = 6 -> 33.33; upper 3/6 = 50
# flat-unweighted, legislative: weights 1,1,1,1,1,0: s = 1+0+.5+0+0 = 1.5; m = 5 -> 30; upper 2.5/5 = 50
# absolute: 1.b and 1.c.ii are partial -> 0; upper (2.a met) still 0
# coverage, all: weight assessed 9 of 10 (2.a unknown) = 90; legislative 7 of 8 = 87.5
HAND_WORKED = [
    ("default", "all", 30.208333, 46.875, 90.0, None, None),
    ("default", "legislative", 31.25, 56.25, 87.5, None, None),
    ("flat", "all", 40.0, 50.0, 90.0, 4.0, 10.0),
    ("flat", "legislative", 43.75, 56.25, 87.5, 3.5, 8.0),
    ("flat-unweighted", "all", 33.333333, 50.0, 90.0, 2.0, 6.0),
    ("flat-unweighted", "legislative", 30.0, 50.0, 87.5, 1.5, 5.0),
    ("absolute", "all", 0.0, 0.0, 90.0, None, None),
    ("absolute", "legislative", 0.0, 0.0, 87.5, None, None),
]


@pytest.mark.parametrize(("model", "scope", "headline", "upper", "coverage", "raw", "maximum"), HAND_WORKED)
def test_hand_worked_figures(small, model, scope, headline, upper, coverage, raw, maximum):
    result = score(profile_of(small, MIXED), small, model=model, scope=scope)
    assert result.score == pytest.approx(headline, abs=1e-5)
    assert result.score_upper == pytest.approx(upper, abs=1e-5)
    assert result.coverage == pytest.approx(coverage)
    assert result.raw_score == (None if raw is None else pytest.approx(raw))
    assert result.max_score == (None if maximum is None else pytest.approx(maximum))
    assert (result.model, result.scope) == (model, scope)


def test_absolute_model_gives_100_when_every_scored_item_is_met(small):
    statuses = {item.id: "full" for item in small.scored_items} | {"2.a": "not_applicable", "2.c": "none"}
    # The set is met through 2.b; 2.a is out; every other scored item is full.
    assert score(profile_of(small, statuses), small, model="absolute").score == 100.0


def test_sections_are_scored_by_the_same_model(small):
    sections = score(profile_of(small, MIXED), small).sections.set_index("id")
    # laws: 60.4167 (see above); every laws item is answered -> coverage 100, upper = score
    # crimes: 0, upper 33.333; coverage: weight 2 (set) + 0 (2.d) assessed of 1+2+0 = 66.667
    assert sections.loc["laws", "score"] == pytest.approx(362.5 / 6)
    assert sections.loc["laws", "score_upper"] == pytest.approx(362.5 / 6)
    assert sections.loc["laws", "coverage"] == pytest.approx(100.0)
    assert sections.loc["crimes", "score"] == pytest.approx(0.0)
    assert sections.loc["crimes", "score_upper"] == pytest.approx(100 / 3)
    assert sections.loc["crimes", "coverage"] == pytest.approx(200 / 3)


def test_sections_count_statuses_over_their_scored_items(small):
    sections = score(profile_of(small, MIXED), small).sections.set_index("id")
    assert sections.loc["laws", ["scored_items", "full", "partial", "none", "unknown"]].tolist() == [4, 1, 2, 1, 0]
    assert sections.loc["crimes", ["scored_items", "full", "planned", "none", "unknown"]].tolist() == [4, 1, 1, 1, 1]


def test_status_counts_cover_scored_items_only(small):
    # 1.d (UNODC) is full but not scored.
    counts = score(profile_of(small, MIXED), small).status_counts
    assert counts == {"full": 2, "partial": 2, "planned": 1, "none": 2, "not_applicable": 0, "unknown": 1}


def test_legislative_scope_narrows_the_counts(small):
    result = score(profile_of(small, MIXED), small, scope="legislative")
    assert sum(result.status_counts.values()) == 6  # 1.b and 2.c are not legislative
    assert result.items.set_index("id").loc[["1.b", "2.c"], "scored"].tolist() == [False, False]


# --- zero weights and wholly not-applicable branches (zero.yaml) -----------------------

# s1: 1.a [1]; group 1.b [1] holds 1.b.i [0] and 1.b.ii [0]; group 1.c [0] holds 1.c.i [1]
# s2: 2.a [1], 2.b [1]
ZERO_PROFILE = {"1.a": "full", "1.b.i": "full", "1.b.ii": "none", "1.c.i": "none",
                "2.a": "not_applicable", "2.b": "not_applicable"}


@pytest.mark.parametrize(("model", "expected"), [
    # default: s1 = (100x1 + [1.b not counted: its rules all weigh 0] + 0x0) / 1 = 100; s2 not counted -> 100
    ("default", 100.0),
    # flat: s = 1x1 + 1x0 + 0x0 + 0x1 = 1; m = 1+0+0+1 = 2 -> 50 (group weights play no part)
    ("flat", 50.0),
    # flat-unweighted: weights 1, 0, 0, 1 -> the same 1 of 2 -> 50
    ("flat-unweighted", 50.0),
    # absolute: 1.c.i (weight 1) is not met -> 0
    ("absolute", 0.0),
])
def test_zero_weights_by_model(zero, model, expected):
    result = score(profile_of(zero, ZERO_PROFILE), zero, model=model)
    assert result.score == pytest.approx(expected)
    assert result.coverage == pytest.approx(100.0)


def test_a_wholly_not_applicable_section_has_no_score(zero):
    sections = score(profile_of(zero, ZERO_PROFILE), zero).sections.set_index("id")
    assert sections.loc["s2", ["score", "score_upper", "coverage"]].isna().all()
    assert sections.loc["s2", "not_applicable"] == 2


@pytest.mark.parametrize("model", MODELS)
def test_everything_not_applicable_scores_zero_with_zero_coverage(small, model):
    statuses = {item.id: "not_applicable" for item in small.answerable_items}
    result = score(profile_of(small, statuses), small, model=model)
    assert figures(result) == (0.0, 0.0, 0.0)
    assert result.sections[["score", "score_upper", "coverage"]].isna().all().all()
    assert result.gaps.empty


def test_an_empty_profile_is_all_unknown(small):
    result = score(profile_of(small, {}), small)
    assert figures(result) == (0.0, 100.0, 0.0)
    assert result.status_counts["unknown"] == 8


# --- alternatives set ------------------------------------------------------------------


def test_a_set_is_valued_at_its_best_member(small):
    # 2.b none, 2.c full: the set is met, so crimes = (2.a 100x1 + set 100x2 + 2.d) / 3 = 100
    statuses = MIXED | {"2.a": "full", "2.c": "full"}
    assert score(profile_of(small, statuses), small).sections.set_index("id").loc["crimes", "score"] == 100.0


def test_a_set_member_stays_scored_with_its_own_status(small):
    items = score(profile_of(small, MIXED), small).items.set_index("id")
    assert items.loc["2.b", ["scored", "status", "value"]].tolist() == [True, "none", 0.0]
    assert items.loc["2.c", ["scored", "status", "value"]].tolist() == [True, "planned", 0.0]
    assert items.loc["2.b", "alternatives"] == "2.c"


def test_a_set_is_unknown_only_when_no_member_is_answered(small):
    # 2.b unknown, 2.c not applicable: the set is unknown (weight 2): crimes coverage
    # = 2.a 1 + 2.d 0 assessed of 1 + 2 + 0 = 33.3; upper counts the set as met.
    statuses = MIXED | {"2.a": "full", "2.b": "unknown", "2.c": "not_applicable"}
    crimes = score(profile_of(small, statuses), small).sections.set_index("id").loc["crimes"]
    assert crimes["coverage"] == pytest.approx(100 / 3)
    assert crimes["score"] == pytest.approx(100 / 3)
    assert crimes["score_upper"] == pytest.approx(100.0)


def test_a_set_is_not_applicable_only_when_every_member_is(small):
    statuses = MIXED | {"2.a": "full", "2.b": "not_applicable", "2.c": "not_applicable"}
    crimes = score(profile_of(small, statuses), small).sections.set_index("id").loc["crimes"]
    assert crimes["score"] == pytest.approx(100.0)  # 2.a alone (2.d weighs 0)


def test_a_met_set_lists_no_gap(small):
    gaps = score(profile_of(small, MIXED | {"2.c": "full"}), small).gaps
    assert not {"2.b", "2.c"} & set(gaps["id"])


def test_an_unmet_set_is_listed_once_as_its_best_member(small):
    gaps = score(profile_of(small, MIXED | {"2.b": "none", "2.c": "partial"}), small).gaps.set_index("id")
    assert "2.b" not in gaps.index
    assert gaps.loc["2.c", "weight"] == 2.0  # the set's weight
    assert gaps.loc["2.c", "next_step"] == (
        "Support negotiations on a new instrument. Or, instead, 2.b (Join the existing convention): "
        "Accede to the existing convention."
    )


def test_set_members_of_equal_value_are_listed_as_the_first(small):
    gaps = score(profile_of(small, MIXED), small).gaps.set_index("id")  # 2.b none, 2.c planned: both 0
    assert "2.c" not in gaps.index
    assert gaps.loc["2.b", "next_step"].startswith("Accede to the existing convention. Or, instead, 2.c")


def test_in_legislative_scope_a_set_keeps_only_its_legislative_members(small):
    gaps = score(profile_of(small, MIXED), small, scope="legislative").gaps.set_index("id")
    # 2.c (not legislative) leaves the set: 2.b stands alone, with its own weight 1 and road.
    assert gaps.loc["2.b", ["weight", "next_step"]].tolist() == [1.0, "Accede to the existing convention."]


# --- the Result tables -----------------------------------------------------------------


def test_known_gaps_are_ranked_by_what_meeting_them_would_gain(small):
    gaps = score(profile_of(small, MIXED), small).gaps
    # Each section is worth 50. Laws: 1.a w2, 1.b w1, group 1.c w3 (of 6); in 1.c, 1.c.i w1 and 1.c.ii w3 (of 4).
    # Crimes: 2.a w1, the set 2.b/2.c w2, 2.d w0 (of 3). Gain = points x (1 - value):
    # set 50x2/3 = 33.3 (none); 1.c.ii 50x3/6x3/4 x 0.5 = 9.4; 1.c.i 50x3/6x1/4 = 6.3; 1.b 50x1/6 x 0.5 = 4.2.
    assert gaps["id"].tolist() == ["2.b", "1.c.ii", "1.c.i", "1.b"]
    assert gaps["rank"].tolist() == [1, 2, 3, 4]
    assert gaps["gain"].tolist() == pytest.approx([100 / 3, 9.375, 6.25, 25 / 6])


def test_unassessed_items_are_listed_apart_to_assess_first(small):
    result = score(profile_of(small, MIXED), small)
    assert "2.a" not in result.gaps["id"].tolist()
    assert result.to_assess["id"].tolist() == ["2.a"]
    assert result.to_assess["gain"].tolist() == pytest.approx([50 / 3])  # all it could be worth


def test_equal_gains_put_not_met_before_planned_before_checklist_order(small):
    everything_met = {"1.a": "full", "1.b": "full", "1.c.i": "full", "1.c.ii": "full", "2.a": "full", "2.b": "full"}
    statuses = {**everything_met, "1.a": "planned", "1.b": "none"}
    gaps = score(profile_of(small, statuses), small, model="flat-unweighted").gaps
    assert gaps["gain"].iloc[0] == pytest.approx(gaps["gain"].iloc[1])  # every item counts the same here
    assert gaps["id"].tolist() == ["1.b", "1.a"]  # not met before planned, though 1.a comes first


def test_gaps_carry_next_steps_and_crosswalk_references(small):
    gap = score(profile_of(small, MIXED), small).gaps.set_index("id").loc["1.c.i"]
    assert gap["next_step"] == "Provide for preservation orders."
    assert (gap["budapest"], gap["un"]) == ("16, 17", "25")
    assert gap["citation"] == "TEST/1, para. 1 (c) (i)"


def test_a_gap_without_guidance_names_the_requirement(zero):
    gaps = score(profile_of(zero, ZERO_PROFILE), zero).gaps.set_index("id")
    assert gaps.loc["1.c.i", "next_step"] == "R."


def test_tables_have_exactly_the_documented_columns(small):
    result = score(profile_of(small, MIXED), small)
    assert tuple(result.items.columns) == ITEM_COLUMNS
    assert tuple(result.sections.columns) == SECTION_COLUMNS
    assert tuple(result.gaps.columns) == GAP_COLUMNS


def test_items_list_every_item_in_checklist_order(small):
    items = score(profile_of(small, MIXED), small).items.set_index("id")
    assert items.index.tolist() == [item.id for item in small.items]
    assert items.loc["1.c", ["scored", "status"]].tolist() == [False, ""]
    assert np.isnan(items.loc["1.c", "value"])
    assert items.loc["1.d", ["scored", "status", "value"]].tolist() == [False, "full", 1.0]
    assert np.isnan(items.loc["2.a", "value"])
    assert items.loc["1.a", ["budapest", "un", "kind", "weight"]].tolist() == ["2", "7", "criminalization", 2.0]


def test_items_carry_provisions_evidence_and_notes(small):
    answer = Answer("1.a", "full", provisions=("Penal Code s. 12", "Cyber Act s. 3"), evidence="Gazette 4/2020",
                    notes="In force since 2020.")
    profile = Profile(Jurisdiction("Testland", "XTL"), small.ref, {"1.a": answer})
    row = score(profile, small).items.set_index("id").loc["1.a"]
    assert row[["provisions", "evidence", "notes"]].tolist() == [
        "Penal Code s. 12; Cyber Act s. 3", "Gazette 4/2020", "In force since 2020."]


def test_provenance_names_versions_and_hashes_without_a_timestamp(small):
    profile = profile_of(small, MIXED, source_file="testland.xlsx", source_sha256="ab" * 32)
    result = score(profile, small, model="flat", scope="legislative")
    assert dict(result.provenance) == {
        "gapcheck_version": __import__("gapcheck").__version__,
        "checklist_id": "small-test",
        "checklist_version": "1.0.0",
        "checklist_sha256": small.sha256,
        "input_file": "testland.xlsx",
        "input_sha256": "ab" * 32,
        "model": "flat",
        "scope": "legislative",
    }


def test_the_same_input_gives_the_same_result(small):
    first, second = (score(profile_of(small, MIXED), small) for _ in range(2))
    assert figures(first) == figures(second)
    pd.testing.assert_frame_equal(first.items, second.items)
    pd.testing.assert_frame_equal(first.sections, second.sections)
    pd.testing.assert_frame_equal(first.gaps, second.gaps)


def test_the_checklist_defaults_to_the_one_the_profile_names(checklist):
    result = score(profile_of(checklist, {"9.a": "full"}))
    assert result.checklist is checklist
    assert result.provenance["checklist_sha256"] == checklist.sha256


def test_reading_warnings_are_carried_into_the_result(small):
    from gapcheck._errors import Issue

    warning = Issue("blank-status", "Blank status read as unknown.", severity="warning", row=7)
    result = score(profile_of(small, MIXED, issues=(warning,)), small)
    assert result.issues == (warning,)


def test_scoring_against_another_checklist_than_the_profile_names_warns(small, zero):
    profile = profile_of(small, {"1.a": "full"})
    (issue,) = score(profile, zero).issues
    assert (issue.code, issue.severity) == ("checklist-mismatch", "warning")


# --- refusals --------------------------------------------------------------------------


@pytest.mark.parametrize(("model", "scope", "code"), [("weighted", "all", "unknown-model"),
                                                     ("default", "statutes", "unknown-scope")])
def test_an_unknown_model_or_scope_is_an_invalid_argument(small, model, scope, code):
    with pytest.raises(InvalidArgumentError) as caught:
        score(profile_of(small, MIXED), small, model=model, scope=scope)
    assert isinstance(caught.value, GapcheckError) and isinstance(caught.value, ValueError)
    assert [issue.code for issue in caught.value.issues] == [code]


def test_unscoreable_answers_are_reported_together(small):
    profile = profile_of(small, {"1.a": "yes", "1.c": "full", "7.z": "full", "1 (a)": "full"})
    with pytest.raises(ProfileError) as caught:
        score(profile, small)
    assert isinstance(caught.value, GapcheckError)
    assert sorted(issue.code for issue in caught.value.issues) == [
        "group-answered", "item-id-form", "unknown-item", "unknown-status"]


# --- score_table -----------------------------------------------------------------------


def test_score_table_scores_each_row(small):
    table = pd.DataFrame([MIXED, {}], index=["XTL", "XEM"])
    figures_ = score_table(table, small)
    assert figures_.index.tolist() == ["XTL", "XEM"]
    assert figures_.columns.tolist() == ["score", "score_upper", "coverage", "section:laws", "section:crimes"]
    assert figures_.loc["XTL", "score"] == pytest.approx(30.208333, abs=1e-5)
    assert figures_.loc["XEM"].tolist()[:3] == [0.0, 100.0, 0.0]


def test_score_table_reads_blank_cells_and_missing_columns_as_unknown(small):
    table = pd.DataFrame({"1.a": ["full", None], "2.a": [float("nan"), "full"], "2.b": ["", ""]})
    figures_ = score_table(table, small, model="flat")
    # row 0: 1.a met (weight 2) of 10, nothing else assessed; row 1: 2.a (weight 1) of 10
    assert figures_["score"].tolist() == [pytest.approx(20.0), pytest.approx(10.0)]
    assert figures_["coverage"].tolist() == [pytest.approx(20.0), pytest.approx(10.0)]


@pytest.mark.parametrize(("table", "message", "code"), [
    (pd.DataFrame({"1.c": ["full"]}), "not answerable items", "unknown-item"),
    (pd.DataFrame({"jurisdiction": ["Testland"]}), "not answerable items", "unknown-item"),
    (pd.DataFrame({"1.a": ["maybe"]}), "unknown statuses 'maybe'", "unknown-status"),
    (pd.DataFrame({"1.a": ["full"], "1 (a)": ["none"]}), "columns name the same item", "duplicate-column"),
])
def test_score_table_refuses_what_it_cannot_read(small, table, message, code):
    with pytest.raises(InvalidArgumentError, match=message) as caught:
        score_table(table, small)
    assert [issue.code for issue in caught.value.issues] == [code]


def test_score_table_accepts_a_checklist_reference(checklist):
    table = pd.DataFrame([{"9.a": "full"}])
    pd.testing.assert_frame_equal(score_table(table, BUNDLED), score_table(table, checklist))


@pytest.mark.parametrize("source", [SMALL, BUNDLED], ids=["small", "bundled"])
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("scope", SCOPES)
@settings(max_examples=5)
@given(data=st.data())
def test_score_and_score_table_agree_exactly(source, model, scope, data):
    checklist = load_checklist(source)
    batch = data.draw(st.lists(profiles(checklist), min_size=1, max_size=5))
    table = pd.DataFrame([{i: a.status for i, a in p.answers.items()} for p in batch])
    together = score_table(table, checklist, model=model, scope=scope)
    for row, profile in enumerate(batch):
        alone = score(profile, checklist, model=model, scope=scope)
        assert together.iloc[row][["score", "score_upper", "coverage"]].tolist() == list(figures(alone))
        sections = alone.sections.set_index("id")["score"]
        for section in checklist.sections:
            expected, got = sections[section.id], together.iloc[row][f"section:{section.id}"]
            assert (np.isnan(expected) and np.isnan(got)) or expected == got


# --- invariants ------------------------------------------------------------------------

RAISE_RANK = {"none": 0, "planned": 0, "partial": 1, "full": 2}
SOURCES = pytest.mark.parametrize("source", [SMALL, BUNDLED], ids=["small", "bundled"])
EPSILON = 1e-9


def all_models(profile: Profile, checklist: Checklist, scope: str = "all") -> dict[str, tuple[float, ...]]:
    return {model: figures(score(profile, checklist, model=model, scope=scope)) for model in MODELS}


def with_status(profile: Profile, item_id: str, status: str) -> Profile:
    answers = dict(profile.answers) | {item_id: dataclasses.replace(profile.answer(item_id), status=status)}
    return dataclasses.replace(profile, answers=answers)


@SOURCES
@HYPOTHESIS
@given(data=st.data(), scope=st.sampled_from(SCOPES))
def test_scores_lie_in_0_to_100_and_never_above_the_upper_bound(source, data, scope):
    checklist = load_checklist(source)
    profile = data.draw(profiles(checklist))
    for model in MODELS:
        result = score(profile, checklist, model=model, scope=scope)
        for value in figures(result):
            assert 0.0 <= value <= 100.0 + EPSILON
        assert result.score <= result.score_upper + EPSILON
        sections = result.sections.dropna(subset=["score"])
        assert (sections["score"] <= sections["score_upper"] + EPSILON).all()
        assert sections[["score", "score_upper", "coverage"]].apply(lambda c: c.between(0, 100 + EPSILON)).all().all()


@SOURCES
@HYPOTHESIS
@given(data=st.data())
def test_raising_one_status_never_lowers_the_score(source, data):
    checklist = load_checklist(source)
    profile = data.draw(profiles(checklist))
    item_id = data.draw(st.sampled_from([item.id for item in checklist.scored_items]))
    low = data.draw(st.sampled_from(list(RAISE_RANK)))
    high = data.draw(st.sampled_from([s for s, rank in RAISE_RANK.items() if rank >= RAISE_RANK[low]]))
    before = all_models(with_status(profile, item_id, low), checklist)
    after = all_models(with_status(profile, item_id, high), checklist)
    for model in MODELS:
        assert after[model][0] >= before[model][0] - EPSILON, model
        assert after[model][1] >= before[model][1] - EPSILON, model


@SOURCES
@HYPOTHESIS
@given(data=st.data(), status=st.sampled_from(STATUSES))
def test_answering_an_unknown_never_raises_the_upper_bound(source, data, status):
    checklist = load_checklist(source)
    profile = data.draw(profiles(checklist))
    item_id = data.draw(st.sampled_from([item.id for item in checklist.scored_items]))
    before = all_models(with_status(profile, item_id, "unknown"), checklist)
    after = all_models(with_status(profile, item_id, status), checklist)
    for model in MODELS:
        assert after[model][1] <= before[model][1] + EPSILON, model


@SOURCES
@HYPOTHESIS
@given(data=st.data())
def test_an_unknown_made_not_applicable_never_lowers_the_score(source, data):
    checklist = load_checklist(source)
    profile = data.draw(profiles(checklist))
    item_id = data.draw(st.sampled_from([item.id for item in checklist.scored_items]))
    before = all_models(with_status(profile, item_id, "unknown"), checklist)
    after = all_models(with_status(profile, item_id, "not_applicable"), checklist)
    for model in MODELS:
        assert after[model][0] >= before[model][0] - EPSILON, model


@SOURCES
@HYPOTHESIS
@given(data=st.data(), seed=st.integers(0, 2**32 - 1))
def test_answer_order_never_matters(source, data, seed):
    checklist = load_checklist(source)
    profile = data.draw(profiles(checklist))
    keys = list(profile.answers)
    random.Random(seed).shuffle(keys)
    shuffled = dataclasses.replace(profile, answers={k: profile.answers[k] for k in keys})
    for model in MODELS:
        first, second = score(profile, checklist, model=model), score(shuffled, checklist, model=model)
        assert figures(first) == figures(second)
        pd.testing.assert_frame_equal(first.sections, second.sections)
        pd.testing.assert_frame_equal(first.gaps, second.gaps)
        pd.testing.assert_frame_equal(first.items, second.items)


def extended(checklist: Checklist, section: str, parent: str | None, weight: float) -> Checklist:
    """The checklist with one more scored item, at the end of a section or inside a group."""
    item = Item(id="99.z", citation="added", section=section, title="Added item", requirement="Added.",
                addressee="state", kinds=("criminalization",), legislative=True, weight=weight, parent=parent)
    return dataclasses.replace(checklist, items=(*checklist.items, item))


@SOURCES
@HYPOTHESIS
@given(data=st.data(), weight=st.sampled_from([0.0, 1.0, 3.0]), scope=st.sampled_from(SCOPES))
def test_adding_an_item_answered_not_applicable_changes_nothing(source, data, weight, scope):
    checklist = load_checklist(source)
    profile = data.draw(profiles(checklist))
    group = data.draw(st.sampled_from([None, *(g.id for g in checklist.groups)]))
    section = checklist[group].section if group else data.draw(st.sampled_from([s.id for s in checklist.sections]))
    bigger = extended(checklist, section, group, weight)
    answered = dataclasses.replace(profile, answers=dict(profile.answers) | {"99.z": Answer("99.z", "not_applicable")})
    for model in MODELS:
        before = score(profile, checklist, model=model, scope=scope)
        after = score(answered, bigger, model=model, scope=scope)
        assert figures(after) == pytest.approx(figures(before), rel=1e-12, abs=1e-12)
        assert (after.raw_score, after.max_score) == pytest.approx((before.raw_score, before.max_score))
        pd.testing.assert_frame_equal(after.sections[["id", "score", "score_upper", "coverage"]],
                                      before.sections[["id", "score", "score_upper", "coverage"]])
        pd.testing.assert_frame_equal(after.gaps, before.gaps)


def test_score_table_reads_ids_and_statuses_as_people_write_them(small):
    written = pd.DataFrame({"1 (a)": ["Fully met", "n/a"], "2.A": ["partly", ""]})
    canonical = pd.DataFrame({"1.a": ["full", "not_applicable"], "2.a": ["partial", "unknown"]})
    pd.testing.assert_frame_equal(score_table(written, small), score_table(canonical, small))


def test_score_table_gives_the_raw_figures_of_the_flat_models(small):
    table = pd.DataFrame([MIXED])
    row = score_table(table, small, model="flat").iloc[0]
    result = score(profile_of(small, MIXED), small, model="flat")
    assert (row["raw_score"], row["max_score"]) == (pytest.approx(result.raw_score), pytest.approx(result.max_score))
    assert "raw_score" not in score_table(table, small).columns


def test_score_table_refuses_what_is_not_a_table(small):
    with pytest.raises(InvalidArgumentError) as caught:
        score_table([MIXED], small)
    assert [issue.code for issue in caught.value.issues] == ["not-a-table"]


def test_score_reads_a_profile_file_named_by_its_path(checklist):
    from conftest import EXAMPLES

    assert score(EXAMPLES / "aurelia.xlsx").score == score(str(EXAMPLES / "aurelia.xlsx")).score > 90


@pytest.mark.parametrize("given", [None, 3, [MIXED]])
def test_score_refuses_what_is_neither_a_profile_nor_a_file(given):
    with pytest.raises(InvalidArgumentError) as caught:
        score(given)
    assert [issue.code for issue in caught.value.issues] == ["not-a-profile"]


def test_an_unassessed_item_is_to_be_assessed_before_the_law_is_amended(small):
    result = score(profile_of(small, {"1.a": "none"}), small)
    assert result.to_assess.set_index("id").loc["2.a", "next_step"].startswith("Not yet assessed: check the law")
    assert not result.gaps.set_index("id").loc["1.a", "next_step"].startswith("Not yet assessed")


def test_a_result_prints_as_one_line_with_its_headline(small):
    text = repr(score(profile_of(small, MIXED), small))
    assert text.startswith("<Result ") and "score 30.2" in text and "\n" not in text


# --- gains and points ------------------------------------------------------------------


@settings(max_examples=40)
@given(data=st.data())
def test_meeting_one_gap_moves_the_score_by_exactly_its_gain(data):
    checklist = load_checklist(BUNDLED)
    profile = data.draw(profiles(checklist))
    model = data.draw(st.sampled_from(MODELS))
    result = score(profile, checklist, model=model)
    listed = pd.concat([result.gaps[["id", "gain"]], result.to_assess[["id", "gain"]]])
    assume(len(listed))
    gap = listed.iloc[data.draw(st.integers(0, len(listed) - 1))]
    raised = dataclasses.replace(profile, answers={**profile.answers, gap["id"]: Answer(gap["id"], "full")})
    assert score(raised, checklist, model=model).score - result.score == pytest.approx(gap["gain"], abs=0.01)


@settings(max_examples=30)
@given(data=st.data())
def test_an_item_is_worth_its_points_between_not_met_and_fully_met(data):
    checklist = load_checklist(BUNDLED)
    profile = data.draw(profiles(checklist))
    model = data.draw(st.sampled_from(("default", "flat", "flat-unweighted")))
    scored = score(profile, checklist, model=model).items
    row = scored[scored["scored"]].sample(1, random_state=data.draw(st.integers(0, 10_000))).iloc[0]
    assume(not checklist.alternatives_of(row["id"]))  # a set's worth depends on its other member too
    assume(row["status"] != "not_applicable")  # left out of the score, so worth 0 points as it stands
    at = {status: dataclasses.replace(profile, answers={**profile.answers, row["id"]: Answer(row["id"], status)})
          for status in ("full", "none")}
    difference = score(at["full"], checklist, model=model).score - score(at["none"], checklist, model=model).score
    assert difference == pytest.approx(row["points"], abs=0.01)


def test_the_points_of_every_counted_item_add_up_to_the_whole_score_under_the_flat_model(small):
    items = score(profile_of(small, MIXED), small, model="flat").items
    set_members = {"2.b", "2.c"}
    counted = items[items["scored"] & ~items["id"].isin(set_members - {"2.b"})]  # a set's points once
    assert counted["points"].sum() == pytest.approx(100.0)


# --- tailoring --------------------------------------------------------------------------


def _tailoring(checklist: Checklist, **fields) -> Tailoring:
    return Tailoring(title="Test", checklist=checklist.ref, rationale="For the test.", **fields)


def test_a_tailoring_that_leaves_a_section_out_scores_as_the_hand_computation(small):
    tailored = _tailoring(small, exclude=("laws",)).apply(small)
    # Only crimes count: 2.a unknown (w1), the set 2.b none / 2.c planned (w2), 2.d full but weightless.
    assert score(profile_of(small, MIXED), tailored).score == pytest.approx(0.0)
    answered = {**MIXED, "2.a": "full"}
    assert score(profile_of(small, answered), tailored).score == pytest.approx(100 / 3)
    assert score(profile_of(small, answered), tailored).coverage == pytest.approx(100.0)


def test_a_tailoring_sets_weights_that_move_points_and_gains(small):
    weighted = _tailoring(small, weights={"1.b": 5}).apply(small)
    plain, heavy = (score(profile_of(small, MIXED), c).items.set_index("id") for c in (small, weighted))
    assert heavy.loc["1.b", "points"] > plain.loc["1.b", "points"]
    # laws: 1.a w2, 1.b w5, 1.c w3 of 10; the section is worth 50, so 1.b is worth 25 and gains half of it.
    assert heavy.loc["1.b", ["points", "gain"]].tolist() == pytest.approx([25.0, 12.5])


def test_a_tailoring_for_another_checklist_or_naming_an_unknown_item_is_refused_where_it_says_so(small):
    wrong = Tailoring(title="Wrong", checklist="other@1.0.0", rationale="x", include=("9.z",), weights={"1.q": 2})
    problems = wrong.problems(small)
    assert [(p.code, p.pointer) for p in problems] == [
        ("invalid-tailoring", "/checklist"), ("invalid-tailoring", "/include/0"), ("invalid-tailoring", "/weights/1.q")]


def test_every_report_names_the_tailoring_and_its_hash(small, tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text("format: 1\ntitle: Crimes only\nchecklist: small-test@1.0.0\nrationale: A test.\n"
                    "exclude: [laws]\n", encoding="utf-8")
    result = gapcheck.score(profile_of(small, MIXED), small, tailoring=path)
    assert result.provenance["tailoring"] == "Crimes only"
    assert result.provenance["tailoring_sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()


# --- treaty checklists: mandatory obligations, reservations ------------------------------


def _budapest(statuses: dict[str, str], **fields) -> Profile:
    convention = load_checklist("budapest-2001")
    return Profile(Jurisdiction("Arcadia", "XAR"), convention.ref,
                   {item_id: Answer(item_id, status) for item_id, status in statuses.items()}, **fields)


def test_a_reservation_that_lifts_an_obligation_takes_its_items_out_of_the_score_and_says_why():
    convention = load_checklist("budapest-2001")
    result = score(_budapest({"9.1.d": "none", "9.1.e": "none"}, reservations=("9 (4)",)), convention)
    items = result.items.set_index("id")
    for item_id in ("9.1.d", "9.1.e"):
        assert items.loc[item_id, ["scored", "lifted_by", "points"]].tolist() == [False, "9 (4)", 0.0]
    assert {"9.1.d", "9.1.e"}.isdisjoint(result.gaps["id"])
    plain = score(_budapest({"9.1.d": "none", "9.1.e": "none"}), convention)
    assert {"9.1.d", "9.1.e"} <= set(plain.gaps["id"])


def test_a_reservation_that_only_narrows_keeps_its_item_in_the_score():
    convention = load_checklist("budapest-2001")
    narrowing = next(r for r in convention.reservations if r.effect == "narrows")
    result = score(_budapest({}, reservations=(narrowing.paragraph,)), convention)
    items = result.items.set_index("id")
    assert all(items.loc[item_id, "scored"] for item_id in narrowing.items if convention[item_id].counts())


def test_a_treaty_headline_counts_mandatory_obligations_and_reports_the_optional_beside_it():
    convention = load_checklist("budapest-2001")
    optional = [item.id for item in convention.optional_items()]
    result = score(_budapest(dict.fromkeys(optional, "full")), convention)
    assert result.score == 0.0 and result.optional_counts["full"] == len(optional)
