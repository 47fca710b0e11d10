"""Comparing two versions of a checklist item by item."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from gapcheck import Checklist, diff_checklists, load_checklist

MINIMAL = Path(__file__).parent / "data" / "checklist_files" / "minimal.yaml"


@pytest.fixture()
def newer(tmp_path: Path) -> Path:
    """Version 1.1.0 of the minimal checklist: 1.a renamed to 1.d (so its citation changes), 1.c dropped,
    1.e added, a title changed."""
    text = MINIMAL.read_text()
    text = text.replace("version: 1.0.0\ntitle", "version: 1.1.0\ntitle")
    text = text.replace('{id: 1.a, citation: "TEST/1, para. 1 (a)"',
                        '{id: 1.d, replaces: 1.a, citation: "TEST/1, para. 1 (d)"')
    text = text.replace("members: [1.a, 1.b.i]", "members: [1.d, 1.b.i]")
    text = text.replace("title: Child,", "title: Child renamed,")
    start = text.index("  - {id: 1.c,")
    end = text.index("\n", start) + 1
    added = ('  - {id: 1.e, citation: "TEST/1, para. 1 (e)", section: one, title: Fifth, '
             "requirement: Do the fifth., addressee: state, kind: [policy], legislative: false}\n")
    path = tmp_path / "mini-1.1.0.yaml"
    path.write_text(text[:start] + added + text[end:])
    return path


def test_added_items_are_listed(newer: Path):
    assert diff_checklists(MINIMAL, newer).added == ("1.e",)


def test_removed_items_are_listed(newer: Path):
    assert diff_checklists(MINIMAL, newer).removed == ("1.c",)


def test_renames_follow_replaces(newer: Path):
    assert diff_checklists(MINIMAL, newer).renamed == (("1.a", "1.d"),)


def test_changed_items_name_the_fields(newer: Path):
    assert diff_checklists(MINIMAL, newer).changed == (("1.d", ("citation",)), ("1.b.i", ("title",)))


def test_a_version_compared_with_itself_is_empty():
    assert diff_checklists(MINIMAL, MINIMAL).is_empty


def test_to_dict_carries_both_refs(newer: Path):
    data = diff_checklists(MINIMAL, newer).to_dict()
    assert (data["old"], data["new"]) == ("mini@1.0.0", "mini@1.1.0")
    assert data["renamed"] == [{"old": "1.a", "new": "1.d"}]


def _edited(**changes: dict[str, object]) -> Checklist:
    """The minimal checklist as version 1.1.0, with fields of some items changed (format 1 cannot say them all)."""
    base = load_checklist(MINIMAL)
    items = tuple(replace(item, **changes[item.id]) if item.id in changes else item for item in base.items)
    return replace(base, version="1.1.0", items=items)


def test_meaning_changed_items_are_named():
    diff = diff_checklists(MINIMAL, _edited(**{"1.b.i": {"meaning_changed": "now asks for more"}}))
    assert diff.meaning_changed == ("1.b.i",)
    assert ("meaning changed", "1.b.i") in [(change, item) for change, item, _ in diff.rows()]


def test_an_item_that_becomes_context_is_no_longer_scored():
    diff = diff_checklists(MINIMAL, _edited(**{"1.a": {"addressee": "unodc"}}))
    assert diff.now_context == ("1.a",)
    assert diff.rows()[0][0] == "no longer scored"


def test_the_changelog_line_naming_an_item_says_why_it_changed(tmp_path: Path):
    text = MINIMAL.read_text().replace("version: 1.0.0\ntitle", "version: 1.1.0\ntitle")
    text = text.replace("title: Child,", "title: Child renamed,")
    text = text.replace("changes: [First.]}", 'changes: [First.]}\n  - {version: 1.1.0, date: "2026-12-01", '
                        'changes: ["1.b.i: clearer title."]}')
    path = tmp_path / "mini-1.1.0.yaml"
    path.write_text(text)
    diff = diff_checklists(MINIMAL, path)
    assert diff.reasons == (("1.b.i", "clearer title."),)
    assert diff.rows() == [("changed", "1.b.i", "Fields: title. Clearer title.")]


def test_a_weight_that_moved_is_shown_old_and_new():
    diff = diff_checklists(MINIMAL, _edited(**{"1.b.i": {"weight": 2.0}}))
    assert diff.weights == (("1.b.i", 1.0, 2.0),)
    assert "weight 1 -> 2" in diff.rows()[0][2]
