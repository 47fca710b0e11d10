"""Progress between two assessments of one jurisdiction, also across checklist versions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import profiles

from gapcheck import MODELS, ComparisonError, InvalidArgumentError, load_checklist, progress, score
from gapcheck._profile import Answer, Jurisdiction, Profile
from gapcheck._progress import CHANGES, PARTS, PROGRESS_ITEM_COLUMNS, change

MINI = Path(__file__).parent / "data" / "compare" / "checklists" / "mini"


def make(statuses: dict[str, str], *, checklist: str = "mini@1.2.0", code: str = "XKA", day: date | None = None,
         name: str = "Aurelia") -> Profile:
    answers = {k: Answer(k, v, notes="reason" if v == "not_applicable" else "") for k, v in statuses.items()}
    return Profile(Jurisdiction(name, code), checklist, answers, assessed_on=day)


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("none", "partial", "improved"),
    ("none", "planned", "bill tabled"),
    ("planned", "partial", "improved"),
    ("partial", "full", "improved"),
    ("full", "partial", "regressed"),
    ("full", "planned", "regressed"),
    ("planned", "none", "bill dropped"),
    ("partial", "partial", "unchanged"),
    ("unknown", "unknown", "unchanged"),
    ("unknown", "none", "newly assessed"),
    ("full", "unknown", "no longer assessed"),
    ("full", "not_applicable", "reclassified"),
    ("not_applicable", "none", "reclassified"),
])
def test_each_change_of_status_has_its_kind(old, new, expected):
    assert change(old, new) == expected


def test_items_show_both_statuses_and_the_change():
    result = progress(make({"1.a": "none", "2.b": "full"}), make({"1.a": "full", "2.b": "partial"}),
                      MINI / "1.2.0.yaml")
    items = result.items.set_index("id")
    assert list(result.items.columns) == list(PROGRESS_ITEM_COLUMNS)
    assert items.loc["1.a", ["status_old", "status_new", "change"]].tolist() == ["none", "full", "improved"]
    assert items.loc["2.b", "change"] == "regressed"
    assert items.loc["1.e", "change"] == "unchanged"


def test_counts_list_every_kind_of_change():
    result = progress(make({"1.a": "none"}), make({"1.a": "full", "1.g": "none"}), MINI / "1.2.0.yaml")
    assert list(result.counts) == list(CHANGES)
    assert (result.counts["improved"], result.counts["newly assessed"]) == (1, 1)
    assert sum(result.counts.values()) == len(result.items)


def test_figures_are_both_scores_and_their_change():
    checklist = load_checklist(MINI / "1.2.0.yaml")
    old, new = make({"1.a": "none", "1.g": "full"}), make({"1.a": "full", "1.g": "full", "2.b": "partial"})
    result = progress(old, new, checklist)
    assert result.score_old == pytest.approx(score(old, checklist).score)
    assert result.score_new == pytest.approx(score(new, checklist).score)
    assert result.coverage_change == pytest.approx(score(new, checklist).coverage - score(old, checklist).coverage)
    figures = result.figures()
    assert figures.loc["score", "change"] == pytest.approx(result.score_change)


def test_sections_show_the_change_of_each_section_score():
    result = progress(make({"1.a": "none"}), make({"1.a": "full"}), MINI / "1.2.0.yaml")
    sections = result.sections.set_index("id")
    assert sections.loc["crime", "change"] > 0
    assert sections.loc["frame", "change"] == 0


def test_sections_give_the_upper_bound_and_coverage_before_and_after():
    checklist = load_checklist(MINI / "1.2.0.yaml")
    old, new = make({"1.a": "none"}), make({"1.a": "full", "1.g": "partial", "2.b": "full"})
    sections = progress(old, new, checklist).sections.set_index("id")
    assert list(sections.columns[:3]) == ["title", "score_old", "score_new"]
    for side, profile in (("old", old), ("new", new)):
        expected = score(profile, checklist).sections.set_index("id")
        assert sections[f"score_upper_{side}"].tolist() == pytest.approx(expected["score_upper"].tolist())
        assert sections[f"coverage_{side}"].tolist() == pytest.approx(expected["coverage"].tolist())
    assert sections.loc["crime", "coverage_change"] == pytest.approx(
        sections.loc["crime", "coverage_new"] - sections.loc["crime", "coverage_old"])
    assert sections.loc["crime", "coverage_change"] > 0


def test_a_bill_tabled_is_counted_as_such_not_as_an_improvement_worth_points():
    result = progress(make({"1.a": "none"}), make({"1.a": "planned"}), MINI / "1.2.0.yaml")
    assert (result.counts["bill tabled"], result.counts["improved"]) == (1, 0)
    assert result.score_change == 0


def test_across_versions_the_old_answers_are_carried_to_the_newer_version():
    old = make({"1.b": "partial", "2.a": "none", "1.c": "full"}, checklist="mini@1.0.0")
    new = make({"1.g": "full", "2.c": "none", "1.e": "partial"})
    result = progress(old, new, MINI / "1.2.0.yaml")
    items = result.items.set_index("id")
    assert result.checklist.ref == "mini@1.2.0"
    assert items.loc["1.g", ["status_old", "change"]].tolist() == ["partial", "improved"]
    assert items.loc["2.c", "change"] == "unchanged"
    assert items.loc["1.e", "change"] == "newly assessed"
    assert any(i.code == "item-not-in-version" and "1.c" in i.message for i in result.issues)


def test_the_inputs_record_what_each_side_was_assessed_against():
    old = make({}, checklist="mini@1.0.0")
    result = progress(old, make({}), MINI / "1.2.0.yaml")
    assert result.inputs.set_index("role")["checklist"].to_dict() == {"old": "mini@1.0.0", "new": "mini@1.2.0"}


def test_different_jurisdictions_are_a_warning():
    result = progress(make({}, code="XKA"), make({}, code="XKB"), MINI / "1.2.0.yaml")
    [issue] = result.issues
    assert (issue.code, issue.severity) == ("different-jurisdiction", "warning")


def test_the_same_code_under_another_name_is_the_same_jurisdiction():
    result = progress(make({}, name="Aurelia"), make({}, name="Republic of Aurelia"), MINI / "1.2.0.yaml")
    assert result.issues == ()


def test_an_old_assessment_dated_after_the_new_is_a_warning():
    result = progress(make({}, day=date(2025, 1, 1)), make({}, day=date(2023, 1, 1)), MINI / "1.2.0.yaml")
    assert [i.code for i in result.issues] == ["dates-reversed"]


def test_assessments_against_different_checklists_cannot_be_compared():
    with pytest.raises(ComparisonError):
        progress(make({}), make({}, checklist="eg-cybercrime-2018@1.0.0"), MINI / "1.2.0.yaml")


def test_an_unknown_scope_is_refused():
    with pytest.raises(InvalidArgumentError) as caught:
        progress(make({}), make({}), MINI / "1.2.0.yaml", scope="everything")
    assert caught.value.issues[0].code == "unknown-scope"


def test_legislative_scope_leaves_policy_items_out():
    result = progress(make({}), make({"2.b": "full"}), MINI / "1.2.0.yaml", scope="legislative")
    assert "2.b" not in set(result.items["id"])


def test_an_assessment_compared_with_itself_is_a_warning():
    same = make({"1.a": "full"}, day=date(2024, 1, 1))
    result = progress(same, same, MINI / "1.2.0.yaml")
    assert [i.code for i in result.issues] == ["same-assessment"]
    assert result.counts["unchanged"] == len(result.items)


def test_the_same_file_given_twice_reports_its_problems_once():
    path = Path(__file__).parent / "data" / "compare" / "batch" / "xkc-xkd-long-table.csv"
    result = progress(f"{path}#XKC", f"{path}#XKC", MINI / "1.2.0.yaml")
    codes = [i.code for i in result.issues]
    assert codes.count("unanswered-items") == 1 and "same-assessment" in codes
    assert not any("Dorvania" in i.message for i in result.issues)


# --- where the change came from, across the bundled versions ----------------------------------


def _bundled(version: str, statuses: dict[str, str]) -> Profile:
    return make(statuses, checklist=f"eg-cybercrime-2018@{version}")


def test_a_changed_answer_to_an_item_whose_meaning_changed_is_kept_apart_from_change_in_law():
    """9.a's meaning changed in 1.1.0: none -> full may be a new reading, not new law."""
    result = progress(_bundled("1.0.0", {"9.a": "none"}), _bundled("1.1.0", {"9.a": "full"}))
    assert result.parts["reread"] > 0
    assert result.parts["law"] == pytest.approx(0.0)


def test_a_changed_answer_to_an_item_whose_meaning_held_is_change_in_law():
    """9.g changed only in its notes and crosswalk in 1.1.0."""
    result = progress(_bundled("1.0.0", {"9.g": "none"}), _bundled("1.1.0", {"9.g": "full"}))
    assert result.parts["law"] > 0
    assert result.parts["reread"] == pytest.approx(0.0)


def test_the_parts_add_up_to_the_change_across_versions():
    old = _bundled("1.0.0", {"9.a": "none", "9.g": "partial", "10.h": "full", "10.c": "unknown", "10.d": "full"})
    new = _bundled("1.1.0", {"9.a": "full", "9.g": "full", "10.c": "partial", "10.d": "unknown"})
    result = progress(old, new)
    assert sum(result.parts.values()) == pytest.approx(result.score_change)
    assert result.parts["checklist"] != 0  # 10.h left the score


@given(data=st.data())
def test_the_parts_add_up_to_the_change_for_any_two_assessments_under_every_model(data):
    import dataclasses

    older, newer = (load_checklist(f"eg-cybercrime-2018@{v}") for v in ("1.0.0", "1.1.0"))
    old = data.draw(profiles(older))
    new = dataclasses.replace(data.draw(profiles(newer)), jurisdiction=old.jurisdiction)
    model = data.draw(st.sampled_from(MODELS))
    result = progress(old, new, model=model)
    assert set(result.parts) == set(PARTS)
    assert sum(result.parts.values()) == pytest.approx(result.score_change, abs=1e-9)
