"""What every bundled checklist and crosswalk must hold, whatever its content: the releases and their rules.

The 2018 checklist's own content is tested against its source in test_bundled_checklist.py; these tests
hold every file of checklists/ to the rules of releases: a published version never changes, every change
is in the changelog, every treaty reference exists, and a treaty checklist states its obligations and the
reservations its treaty allows.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

import gapcheck
from gapcheck._checklist_files import bundled_crosswalks, bundled_root, load_crosswalk
from gapcheck._treaties import treaties, treaty_point_exists

ROOT = bundled_root()
RELEASED = {
    "eg-cybercrime-2018/1.0.0.yaml": "e65dc8b1d08693448004bdfcfad85f44322afb8818cac5bc195e8a88ca59147b",
}
"""Released versions, pinned byte for byte: every report made against them can be reproduced."""

CHECKLISTS = gapcheck.list_checklists()


@pytest.mark.parametrize(("name", "sha256"), sorted(RELEASED.items()))
def test_a_released_version_never_changes(name, sha256):
    assert hashlib.sha256((ROOT / name).read_bytes()).hexdigest() == sha256


def test_the_checklists_live_at_the_top_of_the_repository_once():
    files = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.yaml"))
    assert "eg-cybercrime-2018/1.0.0.yaml" in files and "eg-cybercrime-2018/1.1.0.yaml" in files
    assert "budapest-2001/1.0.0.yaml" in files


def test_the_bundled_list_holds_both_versions_of_2018_and_the_convention():
    refs = {checklist.ref for checklist in CHECKLISTS}
    assert {"eg-cybercrime-2018@1.0.0", "eg-cybercrime-2018@1.1.0", "budapest-2001@1.0.0"} <= refs


def test_the_default_checklist_is_the_newest_2018_version():
    assert gapcheck.load_checklist().ref == "eg-cybercrime-2018@1.1.0"


@pytest.mark.parametrize("checklist", CHECKLISTS, ids=lambda c: c.ref)
def test_every_budapest_article_and_paragraph_cited_exists_in_the_treaty(checklist):
    missing = [(item.id, ref) for item in checklist.items for ref in item.crosswalk.budapest
               if not treaty_point_exists("budapest", ref)]
    assert missing == []


@pytest.mark.parametrize("checklist", [c for c in CHECKLISTS if c.treaty], ids=lambda c: c.ref)
def test_every_item_of_a_treaty_checklist_names_an_existing_article_paragraph_or_point(checklist):
    assert [item.id for item in checklist.items if not treaty_point_exists(checklist.treaty, item.id)] == []


@pytest.mark.parametrize("checklist", [c for c in CHECKLISTS if c.format >= 2], ids=lambda c: c.ref)
def test_a_weight_other_than_one_says_why(checklist):
    assert [item.id for item in checklist.items if item.weight != 1 and not item.weight_rationale] == []


# --- eg-cybercrime-2018 1.1.0 -------------------------------------------------------------


@pytest.fixture(scope="module")
def newer() -> gapcheck.Checklist:
    return gapcheck.load_checklist("eg-cybercrime-2018@1.1.0")


def test_every_item_changed_since_1_0_0_has_its_own_changelog_line(newer):
    diff = gapcheck.diff_checklists("eg-cybercrime-2018@1.0.0", newer)
    entry = next(e for e in newer.changelog if e["version"] == "1.1.0")
    named = {line.split(":", 1)[0].strip() for line in entry["changes"]}
    changed = {item for item, _ in diff.changed} | set(diff.added) | set(diff.removed)
    assert changed - named == set()


def test_an_item_marked_meaning_changed_did_change(newer):
    diff = gapcheck.diff_checklists("eg-cybercrime-2018@1.0.0", newer)
    changed = {item for item, _ in diff.changed}
    assert {item.id for item in newer.items if item.meaning_changed} <= changed


def test_the_caveat_says_the_list_was_preliminary_and_covers_two_of_six_topics(newer):
    caveat = newer.caveat.lower()
    assert "endorse" in caveat and "preliminary" in caveat and "2021" in caveat
    assert "two of the six" in caveat


def test_the_harmonisation_view_is_context_and_the_strategies_are_not_legislative(newer):
    assert newer["10.h"].addressee == "states_jointly" and not newer["10.h"].counts()
    assert not newer["10.p"].legislative and not newer["10.q"].legislative


def test_the_consider_recommendations_are_marked_as_such(newer):
    considered = {item.id for item in newer.items if item.consider}
    assert {f"10.f.{r}" for r in "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv".split()} <= considered
    assert {"9.a", "10.p", "10.q"} <= considered


def test_every_decision_names_items_that_exist(newer):
    assert newer.decisions
    for decision in newer.decisions:
        assert all(item_id in newer for item_id in decision.items), decision.id


# --- budapest-2001 1.0.0 ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def convention() -> gapcheck.Checklist:
    return gapcheck.load_checklist("budapest-2001@1.0.0")


def test_the_reservable_paragraphs_are_exactly_article_42s_list(convention):
    assert [r.key for r in convention.reservations] == list(treaties()["budapest"]["reservations"])
    assert [r.key for r in convention.reservations] == ["4.2", "6.3", "9.4", "10.3", "11.3", "14.3", "22.2",
                                                         "29.4", "41.1"]


def test_the_declarations_are_exactly_article_40s_list(convention):
    assert [d.key for d in convention.declarations] == ["2", "3", "6.1.b", "7", "9.3", "27.9.e"]


def test_each_of_articles_2_to_11_has_a_mandatory_obligation(convention):
    for article in range(2, 12):
        assert any(item.id.split(".")[0] == str(article) and item.obligation == "mandatory"
                   for item in convention.answerable_items), article


def test_every_answerable_obligation_says_whether_it_is_mandatory_or_optional(convention):
    assert {item.obligation for item in convention.answerable_items} <= {"mandatory", "optional"}
    assert any(item.optional for item in convention.answerable_items)


def test_the_headline_counts_mandatory_obligations_only(convention):
    assert all(item.obligation == "mandatory" for item in convention.scored_items)


def test_items_are_cited_by_article_and_read_leniently(convention):
    assert convention.citation_style == "article"
    for written in ("art. 6(1)(a)(ii)", "Article 6, paragraph 1, a.ii", "6.1.a.ii", "Article 6 (1) (a) (ii)",
                    "ETS No. 185, Article 6 (1) (a) (ii)"):
        assert convention.get(written) is convention["6.1.a.ii"], written


# --- crosswalks ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", bundled_crosswalks(), ids=lambda p: p.stem)
def test_every_bundled_crosswalk_joins_answerable_items_of_its_two_checklists(path: Path):
    crosswalk = load_crosswalk(path)
    source, target = gapcheck.load_checklist(crosswalk.source), gapcheck.load_checklist(crosswalk.target)
    assert crosswalk.problems(source, target) == []
    assert path.stem == f"{crosswalk.source}--{crosswalk.target}"
    assert all(link.rationale.strip() for link in crosswalk.links)


def _bundled_checklist_files() -> list[Path]:
    return sorted(p for p in ROOT.glob("*/*.yaml") if p.parent.name != "crosswalks")


@pytest.mark.parametrize("path", _bundled_checklist_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_bundled_checklist_validates_in_full_and_is_listed_as_known_valid(path: Path):
    from gapcheck._checklist_files import known_valid, read_data_file, validate_checklist_data

    data, sha256 = read_data_file(path, str(path), "checklist")
    assert validate_checklist_data(data, str(path)) == []  # not even a warning: listed files load unchecked
    line = f"{sha256}  {path.parent.name}/{path.name}"
    assert sha256 in known_valid(), f"add this line to checklists/validated.txt: {line}"


def test_every_hash_listed_as_known_valid_is_a_bundled_checklist_file():
    from gapcheck._checklist_files import known_valid

    bundled = {hashlib.sha256(p.read_bytes()).hexdigest() for p in _bundled_checklist_files()}
    assert known_valid() <= bundled


def test_an_edited_copy_of_a_bundled_checklist_is_validated_in_full(tmp_path: Path):
    text = (ROOT / "eg-cybercrime-2018" / "1.1.0.yaml").read_text("utf-8")
    assert 'version: "1.1.0"' in text
    edited = tmp_path / "1.1.0.yaml"
    edited.write_text(text.replace('version: "1.1.0"', 'version: "one"', 1), encoding="utf-8")
    with pytest.raises(gapcheck.ChecklistError) as raised:
        gapcheck.load_checklist(edited)
    assert [i.pointer for i in raised.value.issues] == ["/version"]
