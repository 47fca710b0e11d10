"""Loading, looking up and refusing checklist files."""

from __future__ import annotations

from pathlib import Path

import pytest

import gapcheck
from gapcheck import ChecklistError, UnknownChecklistError, load_checklist

FILES = Path(__file__).parent / "data" / "checklist_files"


def _codes(path: Path) -> dict[str, list[str | None]]:
    with pytest.raises(ChecklistError) as caught:
        load_checklist(path)
    found: dict[str, list[str | None]] = {}
    for issue in caught.value.issues:
        found.setdefault(issue.code, []).append(issue.pointer)
    return found


def test_minimal_checklist_loads_with_groups_and_alternatives():
    checklist = load_checklist(FILES / "minimal.yaml")
    assert checklist.ref == "mini@1.0.0"
    assert [i.id for i in checklist.children("1.b")] == ["1.b.i"]
    assert checklist.alternatives == (("1.a", "1.b.i"),)


def test_scored_items_exclude_groups_and_items_addressed_to_others():
    checklist = load_checklist(FILES / "minimal.yaml")
    assert [i.id for i in checklist.scored_items] == ["1.a", "1.b.i"]
    assert [i.id for i in checklist.answerable_items] == ["1.a", "1.b.i", "1.c"]


def test_items_are_found_by_any_citation_spelling():
    checklist = load_checklist(FILES / "minimal.yaml")
    assert checklist["para. 1 (b) (i)"].id == "1.b.i"
    assert "1B-I" in checklist
    assert checklist.get("1.z") is None


def test_to_frame_has_one_row_per_item():
    frame = load_checklist(FILES / "minimal.yaml").to_frame()
    assert list(frame["id"]) == ["1.a", "1.b", "1.b.i", "1.c"]
    assert list(frame["scored"]) == [True, False, True, False]


def test_broken_yaml_is_reported_as_a_syntax_issue():
    assert "checklist-syntax" in _codes(FILES / "broken-syntax.yaml")


def test_a_syntax_error_names_its_line_and_column_not_the_parser_internals():
    with pytest.raises(ChecklistError) as caught:
        load_checklist(FILES / "broken-syntax.yaml")
    (issue,) = caught.value.issues
    assert issue.message.startswith("The file is not valid YAML at line 7, column 7: expected ',' or ']'")
    assert "<unicode string>" not in issue.message


def test_a_checklist_in_another_encoding_is_told_to_be_saved_as_utf8(tmp_path: Path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("title: Conven\xe7\xe3o\n".encode("latin-1"))
    with pytest.raises(ChecklistError) as caught:
        load_checklist(path)
    (issue,) = caught.value.issues
    assert issue.code == "checklist-syntax" and "UTF-8" in issue.message and "UTF-8" in issue.hint


def test_every_schema_violation_is_listed_with_its_pointer():
    codes = _codes(FILES / "schema-violation.yaml")
    assert sorted(codes["checklist-schema"]) == ["/items/3/addressee", "/version"]


def test_duplicate_id_points_at_the_second_item():
    assert _codes(FILES / "duplicate-id.yaml")["duplicate-id"] == ["/items/3/id"]


def test_unknown_alternative_points_at_the_member():
    assert _codes(FILES / "unknown-alternative.yaml")["unknown-alternative"] == ["/alternatives/0/members/1"]


def test_child_under_a_missing_group_is_refused():
    codes = _codes(FILES / "unknown-parent.yaml")
    assert codes["unknown-parent"] == ["/items/2/parent"]
    assert codes["empty-group"] == ["/items/1"]


def test_unknown_treaty_articles_are_refused():
    assert _codes(FILES / "unknown-article.yaml")["unknown-article"] == [
        "/items/0/crosswalk/budapest/1",
        "/items/0/crosswalk/un/0",
    ]


def test_yaml_aliases_are_refused():
    assert "checklist-syntax" in _codes(FILES / "alias-bomb.yaml")


def test_unknown_checklist_id_names_the_bundled_ones():
    with pytest.raises(UnknownChecklistError) as caught:
        load_checklist("no-such-list")
    assert "eg-cybercrime-2018" in caught.value.issues[0].hint


def test_unknown_version_lists_the_known_versions():
    with pytest.raises(UnknownChecklistError) as caught:
        load_checklist("eg-cybercrime-2018@9.9.9")
    assert caught.value.issues[0].code == "unknown-checklist-version"
    assert "1.0.0" in caught.value.issues[0].hint


def test_bare_id_loads_the_newest_version():
    assert load_checklist("eg-cybercrime-2018").version == max(
        (c.version for c in gapcheck.list_checklists() if c.id == "eg-cybercrime-2018"),
        key=lambda v: tuple(map(int, v.split("."))),
    )


def test_missing_file_is_an_unknown_checklist():
    with pytest.raises(UnknownChecklistError):
        load_checklist(FILES / "nowhere.yaml")


# --- found by using gapcheck as its users would ---------------------------------------------------

EXAMPLES = Path(__file__).parent.parent / "examples"


def _only_issue(ref: str | Path):
    with pytest.raises(ChecklistError) as caught:
        load_checklist(ref)
    [issue] = caught.value.issues
    return issue


def test_a_folder_named_as_a_checklist_is_called_a_folder(tmp_path: Path):
    issue = _only_issue(str(tmp_path))
    assert issue.code == "not-a-checklist" and "folder" in issue.message


def test_a_profile_workbook_named_as_a_checklist_points_to_gapcheck_validate():
    issue = _only_issue(str(EXAMPLES / "aurelia.xlsx"))
    assert issue.code == "not-a-checklist" and "gapcheck validate" in issue.hint


def test_a_json_profile_named_as_a_checklist_is_one_problem_not_a_schema_dump():
    issue = _only_issue(EXAMPLES / "estmere.json")
    assert issue.code == "not-a-checklist" and "profile" in issue.message


@pytest.mark.parametrize("name", ["estmere.json", "calderon.csv"])
def test_every_file_that_is_not_a_checklist_is_refused_in_the_same_words(name: str):
    with pytest.raises(ChecklistError, match=r"^not a checklist file: "):
        load_checklist(EXAMPLES / name)


def test_a_folder_named_like_a_bundled_checklist_does_not_hide_it(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "eg-cybercrime-2018").mkdir()
    assert load_checklist("eg-cybercrime-2018").id == "eg-cybercrime-2018"


def test_refused_yaml_aliases_are_explained_not_blamed_on_syntax():
    issue = _only_issue(FILES / "alias-bomb.yaml")
    assert "anchors" in issue.hint and "linter" not in issue.hint


def test_an_item_id_of_the_wrong_form_is_explained_in_words(tmp_path: Path):
    text = (FILES / "minimal.yaml").read_text("utf-8").replace("{id: 1.c,", "{id: 1.cc,")
    (tmp_path / "bad-id.yaml").write_text(text, "utf-8")
    issue = _only_issue(tmp_path / "bad-id.yaml")
    assert issue.pointer == "/items/3/id"
    assert "10.f.vii" in issue.message and "\\d" not in issue.message


@pytest.mark.parametrize("name", ["duplicate-id.yaml", "unknown-alternative.yaml", "unknown-article.yaml",
                                  "unknown-parent.yaml"])
def test_every_broken_rule_says_what_to_do(name: str):
    with pytest.raises(ChecklistError) as caught:
        load_checklist(FILES / name)
    assert all(issue.hint for issue in caught.value.issues)


def test_an_item_in_two_alternatives_sets_is_refused():
    assert _codes(FILES / "duplicate-alternative.yaml")["duplicate-alternative"] == ["/alternatives/1/members/1"]


def test_a_citation_that_names_another_item_is_refused():
    assert _codes(FILES / "citation-mismatch.yaml")["citation-mismatch"] == ["/items/3/citation"]


def test_children_and_alternatives_take_an_id_as_a_citation_writes_it():
    checklist = load_checklist("eg-cybercrime-2018")
    assert [item.id for item in checklist.children("10 (f)")][:2] == ["10.f.i", "10.f.ii"]
    assert checklist.alternatives_of("para. 9 (s)") == ("9.t",)


def test_children_of_an_id_that_is_no_item_is_a_key_error_not_an_empty_group():
    with pytest.raises(KeyError):
        load_checklist("eg-cybercrime-2018").children("9.zz")


def test_a_checklist_prints_as_one_short_line():
    text = repr(load_checklist("eg-cybercrime-2018@1.0.0"))
    assert text == "<Checklist eg-cybercrime-2018@1.0.0: 58 items, 47 scored>"


def test_to_frame_says_which_id_an_item_replaces():
    mini = load_checklist(Path(__file__).parent / "data" / "compare" / "checklists" / "mini" / "1.2.0.yaml")
    replaces = mini.to_frame().set_index("id")["replaces"]
    assert {item.id: item.replaces for item in mini.items if item.replaces} == {k: v for k, v in replaces.items() if v}
    assert (replaces != "").any()


def test_prose_names_a_recommendation_by_its_id_and_a_treaty_obligation_by_its_article():
    from gapcheck import load_checklist

    assert load_checklist("eg-cybercrime-2018")["10.f"].reference == "10.f"
    assert load_checklist("budapest-2001")["29.2"].reference == "art. 29 (2)"
