"""Projection: an assessment carried onto another checklist through a crosswalk, honestly marked as such."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import profiles

import gapcheck
from gapcheck._crosswalks import ChecklistCrosswalk, Link
from gapcheck._profile import STATUS_LADDER, STATUSES, Answer, Jurisdiction, Profile
from gapcheck._projection import projected_status

SOURCE = gapcheck.load_checklist("eg-cybercrime-2018@1.1.0")
TARGET = gapcheck.load_checklist("budapest-2001@1.0.0")
CROSSWALK = gapcheck.load_crosswalk(Path(__file__).parent.parent / "checklists" / "crosswalks" /
                                    "eg-cybercrime-2018@1.1.0--budapest-2001@1.0.0.yaml")


def _everything(status: str) -> Profile:
    return Profile(Jurisdiction("Testland", "XTL"), SOURCE.ref,
                   {item.id: Answer(item.id, status) for item in SOURCE.answerable_items})


def _relations(target_id: str) -> set[str]:
    return {link.relation for link in CROSSWALK.into(target_id)}


@pytest.fixture(scope="module")
def from_full() -> gapcheck.Projection:
    return gapcheck.project(_everything("full"), TARGET)


def test_the_bundled_crosswalk_joins_answerable_items_of_its_two_checklists():
    assert CROSSWALK.problems(SOURCE, TARGET) == []
    assert (CROSSWALK.source, CROSSWALK.target) == (SOURCE.ref, TARGET.ref)


def test_everything_met_carries_full_over_equal_and_superset_links(from_full):
    answers = from_full.profile.answers
    for item in TARGET.answerable_items:
        relations = _relations(item.id)
        if relations & {"equal", "superset-of"}:
            assert answers[item.id].status == "full", item.id
        elif relations:
            assert answers[item.id].status == "partial", item.id  # only subset-of or intersects: at most partial
        elif item.addressee == "state":
            assert answers[item.id].status == "unknown", item.id  # no link: nothing is known


def test_nothing_assessed_projects_to_nothing_assessed():
    projected = gapcheck.project(_everything("unknown"), TARGET)
    assert {answer.status for answer in projected.profile.answers.values()} == {"unknown"}


def test_every_projected_answer_names_where_it_came_from(from_full):
    for item_id, answer in from_full.profile.answers.items():
        links = CROSSWALK.into(item_id)
        if links:
            assert answer.notes.startswith("Projected from ") and answer.notes.endswith(("confirm.", "obligation."))
            assert all(link.source in answer.notes for link in links)
        else:
            assert "assess directly" in answer.notes


@settings(max_examples=30)
@given(data=st.data())
def test_a_projected_status_is_never_better_than_the_best_linked_source(data):
    source = data.draw(profiles(SOURCE))
    projected = gapcheck.project(source, TARGET).profile
    for item_id, answer in projected.answers.items():
        linked = [source.answer(link.source).status for link in CROSSWALK.into(item_id)]
        known = [STATUS_LADDER[s] for s in linked if s in STATUS_LADDER]
        if answer.status in STATUS_LADDER:
            assert known and STATUS_LADDER[answer.status] <= max(known), item_id
        else:
            assert answer.status == "unknown"


@given(st.lists(st.tuples(st.sampled_from(("equal", "superset-of", "subset-of", "intersects")),
                          st.sampled_from(STATUSES)), min_size=1, max_size=4))
def test_the_strongest_relation_decides_and_a_partial_cover_gives_at_most_partial(pairs):
    links = [(Link(f"s{n}", "t", relation, "r"), status) for n, (relation, status) in enumerate(pairs)]
    status, relation = projected_status(links)
    known = [(link, s) for link, s in links if s in STATUS_LADDER]
    if not known:
        assert (status, relation) == ("unknown", "")
        return
    if relation in ("subset-of", "intersects"):
        assert status != "full"
    assert STATUS_LADDER[status] <= max(STATUS_LADDER[s] for _, s in known)


def test_the_headline_is_a_range_and_the_reports_say_it_is_a_projection(from_full, tmp_path):
    result = from_full.result
    assert result.projection is not None and result.projection["lower"] == result.score
    assert from_full.upper >= from_full.lower
    for suffix in (".json", ".md"):
        text = gapcheck.write_report(result, tmp_path / f"readiness{suffix}").read_text("utf-8")
        assert "projection" in text.lower() and "confirm" in text


def test_the_projected_profile_is_an_ordinary_profile_that_validates_and_scores(from_full, tmp_path):
    for suffix in (".json", ".csv", ".xlsx"):
        path = gapcheck.write_profile(from_full.profile, tmp_path / f"draft{suffix}")
        assert not [i for i in gapcheck.validate_profile(path) if i.is_error], suffix
        again = gapcheck.read_profile(path)
        assert again.projected_from == from_full.profile.projected_from
        assert gapcheck.score(again).score == pytest.approx(from_full.result.score)


def test_an_older_assessment_is_carried_to_the_crosswalk_version_first_with_its_warnings():
    old = gapcheck.load_checklist("eg-cybercrime-2018@1.0.0")
    profile = Profile(Jurisdiction("Old", "XOL"), old.ref, {"10.f.vii": Answer("10.f.vii", "full")})
    projected = gapcheck.project(profile, TARGET)
    assert projected.source.checklist == SOURCE.ref
    assert "meaning-changed" in {i.code for i in projected.result.issues}


def test_no_crosswalk_between_two_checklists_is_said_with_the_ones_there_are():
    profile = Profile(Jurisdiction("Any", "XAN"), TARGET.ref, {})
    with pytest.raises(gapcheck.ChecklistError) as refused:
        gapcheck.project(profile, SOURCE)
    assert [i.code for i in refused.value.issues] == ["no-crosswalk"]


def test_a_crosswalk_naming_items_the_checklists_lack_is_refused_at_each_link():
    broken = dataclasses.replace(CROSSWALK, links=(Link("99.z", "2", "equal", "x"), Link("10.d", "99", "equal", "x")))
    problems = broken.problems(SOURCE, TARGET)
    assert [(p.code, p.pointer) for p in problems] == [("invalid-crosswalk", "/links/0/source"),
                                                        ("invalid-crosswalk", "/links/1/target")]


def test_the_command_writes_the_draft_and_the_readiness_report(tmp_path, capsys):
    from gapcheck._cli import main

    examples = Path(__file__).parent.parent / "examples"
    draft, report = tmp_path / "draft.xlsx", tmp_path / "readiness.md"
    assert main(["project", str(examples / "aurelia.xlsx"), "--onto", "budapest-2001", "-o", str(draft),
                 "--report", str(report)]) == 0
    out = capsys.readouterr().out
    assert "Projected score" in out and draft.is_file() and report.is_file()
    assert isinstance(CROSSWALK, ChecklistCrosswalk)


def test_a_link_written_as_a_citation_or_with_an_unknown_relation_is_refused_at_its_place():
    broken = dataclasses.replace(CROSSWALK, links=(Link("10 (d)", "2", "intersects", "x"),
                                                   Link("10.d", "Article 2", "intersects", "x"),
                                                   Link("10.d", "2", "equals", "x")))
    problems = broken.problems(SOURCE, TARGET)
    assert [(p.code, p.pointer) for p in problems] == [("invalid-crosswalk", "/links/0/source"),
                                                        ("invalid-crosswalk", "/links/1/target"),
                                                        ("invalid-crosswalk", "/links/2/relation")]
    assert "'10.d'" in problems[0].message and "'2'" in problems[1].message


def test_the_command_checks_the_drafts_path_with_the_reports_before_any_work(tmp_path, capsys):
    from gapcheck._cli import main

    examples = Path(__file__).parent.parent / "examples"
    same = tmp_path / "draft.json"
    assert main(["project", str(examples / "aurelia.xlsx"), "--onto", "budapest-2001", "-o", str(same),
                 "--report", str(same)]) == 1
    assert not same.exists()
    assert "Projected score" not in capsys.readouterr().out


def test_the_command_says_how_many_counterparts_were_not_assessed_in_the_source(tmp_path, capsys):
    from gapcheck._cli import main

    examples = Path(__file__).parent.parent / "examples"
    assert main(["project", str(examples / "estmere.json"), "--onto", "budapest-2001",
                 "-o", str(tmp_path / "draft.json")]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "59 of 104 items have a counterpart in the source and 28 were filled from it (for the other 31, " \
           "the source item is not assessed); 45 have none" in out


def test_the_command_scores_the_projection_under_the_model_and_scope_asked_for(tmp_path, capsys):
    import json

    from gapcheck._cli import main

    examples = Path(__file__).parent.parent / "examples"
    report = tmp_path / "readiness.json"
    assert main(["project", str(examples / "aurelia.xlsx"), "--onto", "budapest-2001", "-o",
                 str(tmp_path / "draft.json"), "--report", str(report), "--model", "flat", "--scope",
                 "legislative", "--paper", "letter"]) == 0
    provenance = json.loads(report.read_text("utf-8"))["provenance"]
    assert (provenance["model"], provenance["scope"]) == ("flat", "legislative")


def test_a_crosswalk_that_is_neither_a_crosswalk_nor_a_file_is_refused_as_an_argument():
    with pytest.raises(gapcheck.InvalidArgumentError) as refused:
        gapcheck.project(_everything("full"), TARGET, crosswalk=5)  # type: ignore[arg-type]
    assert [i.code for i in refused.value.issues] == ["invalid-crosswalk"]
