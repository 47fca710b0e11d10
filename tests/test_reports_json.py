"""The JSON gap report: it follows the published schema, keeps its key order, and is byte-identical."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources
from pathlib import Path

import pytest
from conftest import DATA, EXAMPLES
from hypothesis import given, settings
from jsonschema import Draft202012Validator
from strategies import results

from gapcheck import score
from gapcheck._checklist_files import load_checklist
from gapcheck._profile import Answer, Jurisdiction, Profile
from gapcheck._readers import read_profile
from gapcheck._reports import write_report

CHECKLIST = load_checklist(DATA / "reports-checklist.yaml")
TOP_LEVEL = [
    "format", "gapcheck_version", "checklist", "jurisdiction", "assessed_on", "assessor", "sources", "model",
    "scope", "headline", "weighting", "projection", "reservations", "declarations", "optional", "score",
    "score_upper", "coverage", "raw_score", "max_score", "status_counts",
    "sections", "items", "gaps", "to_assess", "crosswalk", "issues", "provenance", "caveat",
]
STATUSES = {"9.a": "full", "9.c": "partial", "9.s": "planned", "9.t": "none", "10.d": "full",
            "10.e": "not_applicable", "10.f.vii": "partial", "10.f.xiii": "none", "10.o": "not_applicable"}


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads((resources.files("gapcheck") / "schemas" / "report.schema.json").read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _profile() -> Profile:
    answers = {item_id: Answer(item_id, status, ("Penal Code, art. 5", "Cybercrime Act; s. 3"),
                               "Seen in the gazette.", "Reason given." if status == "not_applicable" else "")
               for item_id, status in STATUSES.items()}
    return Profile(Jurisdiction("Borealis", "XBR", "Americas"), CHECKLIST.ref, answers, date(2023, 11, 30),
                   "Technical assistance team", ("Official Gazette 2023",))


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    path = write_report(score(_profile(), CHECKLIST, model="flat"), tmp_path_factory.mktemp("json") / "r.json")
    return json.loads(path.read_text("utf-8"))


def test_the_report_follows_the_published_schema(report, validator):
    assert list(validator.iter_errors(report)) == []


def test_top_level_keys_come_in_the_documented_order(report):
    assert list(report) == TOP_LEVEL


def test_the_header_names_checklist_jurisdiction_and_choices(report):
    assert report["checklist"]["id"] == "reports-test" and report["checklist"]["version"] == "1.2.0"
    assert report["checklist"]["sha256"] == CHECKLIST.sha256
    assert report["jurisdiction"] == {"name": "Borealis", "code": "XBR", "group": "Americas"}
    assert report["assessed_on"] == "2023-11-30"
    assert report["sources"] == ["Official Gazette 2023"]
    assert (report["model"], report["scope"]) == ("flat", "all")
    assert report["caveat"] == CHECKLIST.caveat


def test_figures_are_on_0_100_rounded_to_two_decimals(report):
    result = score(_profile(), CHECKLIST, model="flat")
    assert report["score"] == round(result.score, 2)
    assert report["score_upper"] == round(result.score_upper, 2)
    assert report["coverage"] == 100.0  # nothing unknown
    assert report["raw_score"] == result.raw_score and report["max_score"] == result.max_score
    assert report["headline"] == f"Score {result.score:.1f}, 100.0 % assessed"


def test_items_list_every_item_with_its_answer(report):
    items = {item["id"]: item for item in report["items"]}
    assert list(items) == [item.id for item in CHECKLIST.items]
    assert items["9.a"]["status"] == "full" and items["9.a"]["value"] == 1.0 and items["9.a"]["scored"] is True
    assert items["9.a"]["provisions"] == ["Penal Code, art. 5", "Cybercrime Act; s. 3"]
    assert items["9.c"]["budapest"] == ["23", "25(5)"]
    assert items["9.n"]["group"] is True and items["9.n"]["status"] is None and items["9.n"]["value"] is None
    assert items["9.n.i"]["status"] == "unknown" and items["9.n.i"]["scored"] is False
    assert items["10.e"]["value"] is None and items["10.e"]["notes"] == "Reason given."
    assert items["10.f.vii"]["parent"] == "10.f" and items["10.f.vii"]["weight"] == 2.0
    assert items["9.s"]["alternatives"] == ["9.t"]


def test_gaps_are_ranked_with_their_references(report):
    gaps = report["gaps"]
    assert [g["rank"] for g in gaps] == list(range(1, len(gaps) + 1))
    # flat: 7 weight units counted, one unit is 14.29 points. 10.f.vii weighs 2 and is half met, so three gaps
    # gain one unit each: not met before planned before partial; 9.c gains half a unit.
    assert [(g["id"], g["status"], g["gain"]) for g in gaps] == [
        ("10.f.xiii", "none", 14.29), ("9.s", "planned", 14.29), ("10.f.vii", "partial", 14.29),
        ("9.c", "partial", 7.14)]
    assert next(g for g in gaps if g["id"] == "10.f.vii")["points"] == 28.57
    assert report["to_assess"] == []
    assert next(g for g in gaps if g["id"] == "9.c")["budapest"] == ["23", "25(5)"]


@pytest.mark.skipif(not (EXAMPLES / "estmere.json").is_file(), reason="the examples are not built yet")
def test_an_article_whose_items_are_all_unknown_has_no_share_met(validator, tmp_path: Path):
    """Estmere assessed none of 9.j, 10.b and 10.j: Budapest art. 16 is not assessed, not 0 % met."""
    data = json.loads(write_report(score(read_profile(EXAMPLES / "estmere.json")), tmp_path / "e.json")
                      .read_text("utf-8"))
    article = next(a for a in data["crosswalk"] if (a["treaty"], a["article"]) == ("budapest", "16"))
    assert (article["met"], article["assessed"]) == (None, 0.0)
    assert list(validator.iter_errors(data)) == []


def test_a_section_with_nothing_counted_has_null_figures(tmp_path: Path):
    criminal = {i.id: Answer(i.id, "not_applicable", notes="Federal matter.") for i in CHECKLIST.answerable_items
                if i.section == "criminalization"}
    result = score(Profile(Jurisdiction("Caldera", "XCA"), CHECKLIST.ref, criminal), CHECKLIST)
    data = json.loads(write_report(result, tmp_path / "c.json").read_text("utf-8"))
    section = next(s for s in data["sections"] if s["id"] == "criminalization")
    assert (section["score"], section["score_upper"], section["coverage"]) == (None, None, None)
    assert section["status_counts"]["not_applicable"] == 5


def test_two_runs_are_byte_identical(tmp_path: Path):
    first = write_report(score(_profile(), CHECKLIST), tmp_path / "one.json").read_bytes()
    second = write_report(score(_profile(), CHECKLIST), tmp_path / "two.json").read_bytes()
    assert first == second
    assert first.endswith(b"\n") and b"Borealis" in first


@settings(max_examples=25)
@given(random_result=results(CHECKLIST))
def test_any_result_gives_a_valid_report(random_result, validator, tmp_path: Path):
    data = json.loads(write_report(random_result, tmp_path / "any.json").read_text("utf-8"))
    assert list(validator.iter_errors(data)) == []
    assert data["score"] <= data["score_upper"]


EXAMPLE_FILES = sorted(p for p in EXAMPLES.glob("*.*") if p.suffix in {".xlsx", ".csv", ".json"})


@pytest.mark.skipif(not EXAMPLE_FILES, reason="the examples are not built yet")
@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=lambda p: p.name)
def test_every_example_gives_a_valid_report(example: Path, validator, tmp_path: Path):
    profile = read_profile(example)
    data = json.loads(write_report(score(profile), tmp_path / "example.json").read_text("utf-8"))
    assert list(validator.iter_errors(data)) == []
    assert data["jurisdiction"]["code"] == profile.jurisdiction.code
    assert len(data["items"]) == 58
    assert data["provenance"]["input_sha256"] == profile.source_sha256


def test_treaty_articles_are_written_as_text(tmp_path: Path):
    """An article is text everywhere in the JSON, as its references are ("25(5)"), so that "2" and "2(1)" compare
    alike and no reader has to guess whether a number is an article or a count."""
    data = json.loads(write_report(score(read_profile(EXAMPLES / "aurelia.xlsx")), tmp_path / "a.json")
                      .read_text("utf-8"))
    assert data["crosswalk"] and all(isinstance(article["article"], str) for article in data["crosswalk"])
    assert all(isinstance(entry["reference"], str) for article in data["crosswalk"] for entry in article["items"])
