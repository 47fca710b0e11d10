"""The content of the bundled checklist data and the treaty article lists.

These tests check the data itself against the source document, E/CN.15/2018/12
paras 9 and 10, and against the reference crosswalk, independently of the
rules the checklist loader applies.
"""

from __future__ import annotations

import json
import re
import string
from importlib import resources
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from gapcheck._checklist_files import bundled_root, list_checklists, load_checklist
from gapcheck._ids import canonical_item_id
from gapcheck._treaties import treaty_articles

SYMBOL = "E/CN.15/2018/12"
ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"]
ARTICLE_REF = re.compile(r"^(\d{1,3})(?:\(\d+\))?(?:\([a-z]\))?$")

PACKAGE = Path(str(resources.files("gapcheck")))
BUNDLED_FILES = sorted(p for p in bundled_root().glob("*/*.yaml") if p.parent.name != "crosswalks")


def _expected_ids() -> list[str]:
    """Every entry of paras 9 and 10 in the order of the report, built from the letters alone."""
    ids: list[str] = []
    for letter in string.ascii_lowercase[: string.ascii_lowercase.index("v") + 1]:
        ids.append(f"9.{letter}")
        if letter == "n":
            ids.extend(f"9.n.{roman}" for roman in ROMANS[:4])
    for letter in string.ascii_lowercase[: string.ascii_lowercase.index("q") + 1]:
        ids.append(f"10.{letter}")
        if letter == "f":
            ids.extend(f"10.f.{roman}" for roman in ROMANS)
    return ids


@pytest.fixture(scope="module")
def checklist():
    return load_checklist("eg-cybercrime-2018@1.0.0")


@pytest.fixture(scope="module")
def schema_validator():
    schema = json.loads((PACKAGE / "schemas" / "checklist.schema.json").read_text("utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


# --- validity ----------------------------------------------------------------


def test_list_checklists_loads_every_bundled_file_without_error():
    loaded = list_checklists()
    assert len(loaded) == len(BUNDLED_FILES)
    assert "eg-cybercrime-2018@1.0.0" in {c.ref for c in loaded}


@pytest.mark.parametrize("path", BUNDLED_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_bundled_file_validates_against_the_json_schema_directly(path, schema_validator):
    text = path.read_text("utf-8")
    data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in schema_validator.iter_errors(data)]
    assert errors == []


@pytest.mark.parametrize("path", BUNDLED_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_bundled_file_name_matches_its_id_and_version(path):
    data = yaml.safe_load(path.read_text("utf-8"))
    assert (data["id"], data["version"]) == (path.parent.name, path.stem)


# --- coverage of the source --------------------------------------------------


def test_item_ids_are_exactly_the_entries_of_paras_9_and_10_in_source_order(checklist):
    assert [item.id for item in checklist.items] == _expected_ids()


def test_checklist_has_58_items(checklist):
    assert len(checklist.items) == 58
    assert len(_expected_ids()) == 58


def test_every_citation_parses_back_to_its_own_id(checklist):
    mismatched = {item.id: item.citation for item in checklist.items
                  if canonical_item_id(item.citation) != item.id}
    assert mismatched == {}


def test_every_citation_has_the_printed_form_with_the_document_symbol(checklist):
    for item in checklist.items:
        para, *subs = item.id.split(".")
        expected = f"{SYMBOL}, para. {para}" + "".join(f" ({sub})" for sub in subs)
        assert item.citation == expected


def test_items_sit_in_the_section_of_their_paragraph(checklist):
    sections = {s.id: s.paragraph for s in checklist.sections}
    assert sections == {"legislation": "9", "criminalization": "10"}
    for item in checklist.items:
        assert sections[item.section] == item.id.split(".")[0], item.id


def test_9n_and_10f_are_the_only_groups_with_4_and_15_children(checklist):
    assert [g.id for g in checklist.groups] == ["9.n", "10.f"]
    assert [c.id for c in checklist.children("9.n")] == [f"9.n.{r}" for r in ROMANS[:4]]
    assert [c.id for c in checklist.children("10.f")] == [f"10.f.{r}" for r in ROMANS]


def test_only_sub_items_have_a_parent(checklist):
    with_parent = {item.id: item.parent for item in checklist.items if item.parent}
    assert with_parent == {item_id: item_id.rsplit(".", 1)[0]
                           for item_id in _expected_ids() if item_id.count(".") == 2}


# --- addressees, kinds, scoring scope ----------------------------------------


def test_items_addressed_to_unodc_are_9n_its_sub_items_and_9o(checklist):
    unodc = [item.id for item in checklist.items if item.addressee == "unodc"]
    assert unodc == ["9.n", "9.n.i", "9.n.ii", "9.n.iii", "9.n.iv", "9.o"]


def test_items_needing_joint_action_are_9p_9q_9r_and_9v(checklist):
    jointly = [item.id for item in checklist.items if item.addressee == "states_jointly"]
    assert jointly == ["9.p", "9.q", "9.r", "9.v"]


def test_every_other_item_is_addressed_to_the_state(checklist):
    others = {item.addressee for item in checklist.items
              if item.id not in {"9.n", "9.n.i", "9.n.ii", "9.n.iii", "9.n.iv", "9.o", "9.p", "9.q", "9.r", "9.v"}}
    assert others == {"state"}


def test_47_items_are_scored_against_a_country(checklist):
    assert len(checklist.scored_items) == 47
    assert all(item.addressee == "state" and not item.is_group for item in checklist.scored_items)


def test_restraint_items_have_restraint_among_their_kinds(checklist):
    restraint = {item.id for item in checklist.items if "restraint" in item.kinds}
    assert restraint == {"10.e", "10.h", "10.i", "10.m"}


def test_umbrella_item_10b_is_criminalization_procedure_and_safeguard(checklist):
    assert checklist["10.b"].kinds == ("criminalization", "procedure", "safeguard")


def test_policy_only_items_are_not_legislative(checklist):
    not_legislative = {item.id for item in checklist.items if not item.legislative}
    assert not_legislative == {
        "9.b", "9.f", "9.i", "9.k", "9.l", "9.m", "9.n", "9.n.i", "9.n.ii", "9.n.iii", "9.n.iv",
        "9.o", "9.p", "9.q", "9.r", "9.v", "10.h", "10.o",
    }


def test_no_item_carries_an_invented_weight(checklist):
    assert {item.weight for item in checklist.items} == {1.0}


# --- crosswalk ---------------------------------------------------------------


def test_treaties_file_lists_48_budapest_and_68_un_articles_numbered_from_1():
    articles = treaty_articles()
    assert sorted(articles["budapest"]) == list(range(1, 49))
    assert sorted(articles["un"]) == list(range(1, 69))


def test_every_treaty_article_has_a_heading():
    for treaty, articles in treaty_articles().items():
        blank = [number for number, heading in articles.items() if not heading.strip()]
        assert blank == [], treaty


def test_every_crosswalk_reference_names_an_existing_article(checklist):
    articles = treaty_articles()
    missing = []
    for item in checklist.items:
        for treaty, refs in (("budapest", item.crosswalk.budapest), ("un", item.crosswalk.un)):
            for ref in refs:
                match = ARTICLE_REF.match(ref)
                if match is None or int(match.group(1)) not in articles[treaty]:
                    missing.append((item.id, treaty, ref))
    assert missing == []


def test_crosswalk_references_are_not_repeated_within_an_item(checklist):
    for item in checklist.items:
        assert len(set(item.crosswalk.budapest)) == len(item.crosswalk.budapest), item.id
        assert len(set(item.crosswalk.un)) == len(item.crosswalk.un), item.id


@pytest.mark.parametrize(
    ("item_id", "budapest", "un"),
    [
        ("10.f.vii", ("2",), ("7",)),
        ("10.f.x", ("6",), ("11",)),
        ("10.l", ("35",), ("41",)),
        ("9.g", ("22(1)(d)",), ("22(2)",)),
        ("10.d", ("2", "3", "4", "5", "6"), ("7", "8", "9", "10", "11")),
    ],
)
def test_anchor_items_map_to_the_expected_treaty_articles(checklist, item_id, budapest, un):
    assert (checklist[item_id].crosswalk.budapest, checklist[item_id].crosswalk.un) == (budapest, un)


def test_content_offences_outside_both_treaties_point_to_other_instruments(checklist):
    hate = checklist["10.f.iv"].crosswalk
    assert hate.budapest == () and hate.un == ()
    assert any("ETS 189" in ref for ref in hate.other)


def test_items_with_unverified_references_say_so_in_their_note(checklist):
    for item_id in ("9.g", "10.f.i", "10.f.iii", "10.f.xv"):
        assert "unverified" in checklist[item_id].note, item_id


# --- relations and alternatives ----------------------------------------------


def test_overlaps_are_symmetric(checklist):
    one_way = [(item.id, other) for item in checklist.items for other in item.overlaps
               if item.id not in checklist[other].overlaps]
    assert one_way == []


def test_tensions_are_symmetric(checklist):
    one_way = [(item.id, other) for item in checklist.items for other in item.tensions
               if item.id not in checklist[other].tensions]
    assert one_way == []


def test_no_item_is_related_to_itself(checklist):
    for item in checklist.items:
        assert item.id not in item.overlaps + item.tensions


def test_relations_from_the_brief_are_recorded(checklist):
    assert "10.f.xiv" in checklist["10.f.xii"].overlaps
    assert {"10.f.vii", "10.f.viii", "10.f.ix", "10.f.x"} <= set(checklist["10.d"].overlaps)
    assert {"10.c", "10.g"} <= set(checklist["10.a"].tensions)


def test_9s_and_9t_form_the_only_alternatives_set(checklist):
    assert checklist.alternatives == (("9.s", "9.t"),)
    assert checklist.alternatives_of("9.s") == ("9.t",)
    assert checklist.alternatives_of("9.t") == ("9.s",)


# --- wording -----------------------------------------------------------------


def test_every_answerable_item_has_full_partial_and_next_step_guidance(checklist):
    incomplete = [item.id for item in checklist.answerable_items
                  if not (item.guidance.full.strip() and item.guidance.partial.strip()
                          and item.guidance.next_step.strip())]
    assert incomplete == []


def test_every_scored_item_has_full_partial_and_next_step_guidance(checklist):
    incomplete = [item.id for item in checklist.scored_items
                  if not (item.guidance.full.strip() and item.guidance.partial.strip()
                          and item.guidance.next_step.strip())]
    assert incomplete == []


def test_titles_are_unique(checklist):
    titles = [item.title for item in checklist.items]
    assert len(set(titles)) == len(titles)


def test_titles_are_at_most_80_characters(checklist):
    assert [item.id for item in checklist.items if len(item.title) > 80] == []


def test_each_requirement_is_one_sentence(checklist):
    for item in checklist.items:
        text = item.requirement.strip()
        assert text.endswith("."), item.id
        assert not re.search(r"[.;:!?]\s", text[:-1]), item.id


def test_statuses_are_the_six_levels_each_described(checklist):
    assert [s.id for s in checklist.statuses] == ["full", "partial", "planned", "none", "not_applicable", "unknown"]
    assert all(s.label.strip() and s.description.strip() for s in checklist.statuses)


def test_source_names_the_report_its_date_and_paragraphs(checklist):
    assert checklist.source["symbol"] == SYMBOL
    assert checklist.source["date"] == "2018-04-13"
    assert checklist.source["paragraphs"] == ["9", "10"]


def test_caveat_records_that_the_expert_group_did_not_endorse_the_list(checklist):
    assert "endorse" in checklist.caveat
    assert checklist.caveat.count(". ") == 0
