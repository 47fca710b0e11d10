"""Comparing two versions of a checklist item by item."""

from __future__ import annotations

from pathlib import Path

import pytest

from gapcheck import diff_checklists

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
