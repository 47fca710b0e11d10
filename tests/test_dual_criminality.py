"""Dual criminality: for two jurisdictions, which criminalization items pass, and who lacks what."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from gapcheck import ComparisonError, compare, dual_criminality, load_checklist
from gapcheck._dual_criminality import DUAL_CRIMINALITY_COLUMNS
from gapcheck._profile import Answer, Jurisdiction, Profile
from tests.strategies import profiles

MINI = Path(__file__).parent / "data" / "compare" / "checklists" / "mini" / "1.2.0.yaml"
CRIME = ["1.a", "1.g", "1.d.i", "1.d.ii", "1.e"]  # the criminalization items of the small checklist


def make(name: str, code: str, statuses: dict[str, str], checklist: str = "mini@1.2.0") -> Profile:
    return Profile(Jurisdiction(name, code), checklist, {k: Answer(k, v) for k, v in statuses.items()})


ARCADIA = make("Arcadia", "XAR", {"1.a": "full", "1.g": "full", "1.d.i": "partial", "1.d.ii": "none"})
BOREALIS = make("Borealis", "XBO", {"1.a": "full", "1.g": "none", "1.d.i": "full", "1.d.ii": "planned",
                                    "1.m": "none"})


def test_one_row_per_criminalization_item_in_checklist_order():
    detail = dual_criminality(ARCADIA, BOREALIS, MINI).items
    assert list(detail.columns) == list(DUAL_CRIMINALITY_COLUMNS)
    assert list(detail["id"]) == CRIME  # 1.m is a restraint, 2.u is addressed to the agency


def test_both_full_passes():
    row = dual_criminality(ARCADIA, BOREALIS, MINI).items.set_index("id").loc["1.a"]
    assert (row["outcome"], row["passes"], row["lacking"]) == ("both", True, "")


def test_only_one_full_is_an_obstacle_naming_the_side_that_lacks_it():
    detail = dual_criminality(ARCADIA, BOREALIS, MINI).items.set_index("id")
    assert detail.loc["1.g", ["outcome", "lacking"]].tolist() == ["only Arcadia (XAR)", "Borealis (XBO)"]
    assert detail.loc["1.d.i", ["outcome", "lacking"]].tolist() == ["only Borealis (XBO)", "Arcadia (XAR)"]
    assert not detail.loc["1.g", "passes"]


def test_partial_does_not_pass():
    row = dual_criminality(ARCADIA, BOREALIS, MINI).items.set_index("id").loc["1.d.i"]
    assert (row["status_a"], row["status_b"], row["passes"]) == ("partial", "full", False)


def test_neither_covering_it_is_neither():
    detail = dual_criminality(ARCADIA, BOREALIS, MINI).items.set_index("id")
    assert detail.loc["1.d.ii", ["outcome", "lacking"]].tolist() == ["neither", "both"]
    assert detail.loc["1.e", ["status_a", "status_b", "outcome"]].tolist() == ["unknown", "unknown", "neither"]


def test_the_share_is_the_passing_items_over_all_criminalization_items():
    assert dual_criminality(ARCADIA, BOREALIS, MINI).share == pytest.approx(100 / 5)


def test_profiles_on_different_versions_are_compared_on_the_newer():
    old = make("Old", "XOL", {"1.b": "full"}, checklist="mini@1.0.0")
    detail = dual_criminality(old, ARCADIA, MINI).items.set_index("id")
    assert detail.loc["1.g", "outcome"] == "both"


def test_profiles_against_different_checklists_cannot_be_paired():
    stranger = make("Stranger", "XST", {}, checklist="eg-cybercrime-2018@1.0.0")
    with pytest.raises(ComparisonError) as caught:
        dual_criminality(ARCADIA, stranger, MINI)
    assert any(i.code == "other-checklist" for i in caught.value.issues)


def test_the_comparison_matrix_agrees_with_the_pair_detail():
    result = compare([ARCADIA, BOREALIS], MINI)
    assert result.pairs.loc["Arcadia (XAR)", "Borealis (XBO)"] == pytest.approx(
        dual_criminality(ARCADIA, BOREALIS, MINI).share)


@settings(max_examples=30)
@given(data=st.data())
def test_dual_criminality_is_symmetric(checklist, data):
    a, b = data.draw(profiles(checklist)), data.draw(profiles(checklist))
    assume(a.jurisdiction.code != b.jurisdiction.code)
    forward, backward = dual_criminality(a, b).items, dual_criminality(b, a).items
    assert forward["passes"].tolist() == backward["passes"].tolist()
    assert forward["status_a"].tolist() == backward["status_b"].tolist()
    assert forward["outcome"].tolist() == backward["outcome"].tolist()
    assert forward["lacking"].tolist() == backward["lacking"].tolist()


@settings(max_examples=15)
@given(data=st.data())
def test_the_pair_matrix_is_symmetric(checklist, data):
    batch = data.draw(st.lists(profiles(checklist), min_size=2, max_size=6, unique_by=lambda p: p.jurisdiction.code))
    shares = compare(batch).pairs.to_numpy()
    assert (shares == shares.T).all()


def test_the_bundled_checklist_tests_the_offences_not_the_drafting_approaches():
    ids = [row.id for row in dual_criminality(*_pair_of_full_profiles()).items.itertuples()]
    assert ids == ["10.d", *(f"10.f.{r}" for r in "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv".split())]


def test_reusing_general_offences_is_no_obstacle_when_the_conduct_is_covered():
    """Conduct counts, not labels: 10 (c) and 10 (g) say how offences are drafted, not what is an offence."""
    a, b = _pair_of_full_profiles()
    answers = dict(b.answers)
    answers.update({"10.c": Answer("10.c", "none"), "10.g": Answer("10.g", "none"), "10.b": Answer("10.b", "partial")})
    b = Profile(b.jurisdiction, b.checklist, answers)
    assert dual_criminality(a, b).share == 100.0


def _pair_of_full_profiles() -> tuple[Profile, Profile]:
    checklist = load_checklist("eg-cybercrime-2018@1.0.0")
    ids = [i.id for i in checklist.scored_items if "criminalization" in i.kinds]
    return tuple(Profile(Jurisdiction(name, code), checklist.ref, {i: Answer(i, "full") for i in ids})
                 for name, code in (("A", "XAA"), ("B", "XAB")))  # type: ignore[return-value]


def test_the_bundled_checklist_pairs_its_criminalization_items():
    assert dual_criminality(*_pair_of_full_profiles()).share == 100.0


@pytest.mark.parametrize(("first", "second"), [
    (ARCADIA, ARCADIA),
    (ARCADIA, make("Arcadia, 2024 review", "xar", {})),  # one code in another case and under another name
    (make("Nocode", "", {}), make("NOCODE", "", {})),  # no code: the name decides
])
def test_one_jurisdiction_named_twice_is_refused(first, second):
    with pytest.raises(ComparisonError) as caught:
        dual_criminality(first, second, MINI)
    assert [issue.code for issue in caught.value.issues] == ["same-jurisdiction"]


def test_a_comparison_refuses_dual_criminality_of_a_jurisdiction_with_itself():
    comparison = compare([ARCADIA, BOREALIS], checklist=MINI)
    with pytest.raises(ComparisonError) as caught:
        comparison.dual_criminality("XAR", "xar")
    assert [issue.code for issue in caught.value.issues] == ["same-jurisdiction"]


def test_a_comparison_asked_for_a_jurisdiction_it_lacks_names_those_it_holds_and_no_file():
    comparison = compare([ARCADIA, BOREALIS], checklist=MINI)
    with pytest.raises(ComparisonError) as raised:
        comparison.dual_criminality("XAR", "XZZ")
    (issue,) = raised.value.issues
    assert (issue.code, issue.file) == ("no-such-jurisdiction", None)
    assert "XAR, XBO" in issue.hint
