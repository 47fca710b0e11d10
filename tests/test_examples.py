"""The bundled examples: five fictional jurisdictions that differ the way real ones do.

The README's quick start scores one of them and the comparison features are
shown on all five, so they must read cleanly, keep to the user-assigned code
range, and each show the pattern it stands for. Beside them are Deltaria's
earlier assessment (on the earlier checklist version, for progress), a draft
Budapest profile projected from Aurelia, and a hand-written tailoring.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES, REPO

import gapcheck

CHECKLIST = "eg-cybercrime-2018@1.1.0"
HISTORY_CHECKLIST = "eg-cybercrime-2018@1.0.0"

FILES = {
    "XAU": "aurelia.xlsx",
    "XBO": "borealis.xlsx",
    "XCA": "calderon.csv",
    "XDE": "deltaria.xlsx",
    "XES": "estmere.json",
}
HISTORY = EXAMPLES / "history" / "deltaria-2024.xlsx"
PROJECTED = EXAMPLES / "projected" / "aurelia-budapest.xlsx"
TAILORING = EXAMPLES / "tailoring-criminal-law-reform.yaml"
PROFILE_SUFFIXES = {".xlsx", ".csv", ".json"}


@pytest.fixture(scope="module")
def profiles() -> dict[str, gapcheck.Profile]:
    """Every current example read once, keyed by jurisdiction code."""
    return {code: gapcheck.read_profile(EXAMPLES / name) for code, name in FILES.items()}


@pytest.fixture(scope="module")
def results(profiles: dict[str, gapcheck.Profile]) -> dict[str, gapcheck.Result]:
    return {code: gapcheck.score(profile) for code, profile in profiles.items()}


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples as the build script writes them today, in a folder of their own."""
    folder = tmp_path_factory.mktemp("rebuilt")
    run = subprocess.run(
        [sys.executable, str(REPO / "examples" / "build_examples.py"), "--out", str(folder)],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 0, run.stderr
    return folder


HAND_WRITTEN = {"drafts/aurelia-draft.csv"}
"""Example files written by hand rather than by the build script: a draft with mistakes, for `gapcheck validate`."""


def _profile_files(folder: Path) -> set[str]:
    """The profiles the build script writes (hand-written examples left out)."""
    return {name for p in folder.rglob("*.*") if p.suffix in PROFILE_SUFFIXES
            and (name := p.relative_to(folder).as_posix()) not in HAND_WRITTEN}


# --- the five current assessments -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", FILES.values())
def test_example_is_assessed_against_the_current_checklist_without_errors(name: str) -> None:
    profile = gapcheck.read_profile(EXAMPLES / name)
    assert not [issue for issue in profile.issues if issue.is_error]
    assert profile.checklist == CHECKLIST


def test_examples_come_in_the_formats_people_use() -> None:
    suffixes = sorted(Path(name).suffix for name in FILES.values())
    assert suffixes == [".csv", ".json", ".xlsx", ".xlsx", ".xlsx"]


def test_codes_are_in_the_user_assigned_range(profiles: dict[str, gapcheck.Profile]) -> None:
    for code, profile in profiles.items():
        assert profile.jurisdiction.code == code
        assert re.fullmatch(r"X[A-Z]{2}", profile.jurisdiction.code)
        assert profile.jurisdiction.group


def test_no_example_answers_a_context_item(profiles: dict[str, gapcheck.Profile]) -> None:
    context = {item.id for item in gapcheck.load_checklist(CHECKLIST).items if item.is_context}
    assert "10.h" in context  # addressed to States jointly since 1.1.0
    for profile in profiles.values():
        assert not context & set(profile.answers), profile.jurisdiction.name


def test_examples_answer_only_items_scored_against_a_country(profiles: dict[str, gapcheck.Profile]) -> None:
    for profile in profiles.values():
        scored = {item.id for item in gapcheck.load_checklist(profile.checklist).scored_items}
        assert set(profile.answers) <= scored, profile.jurisdiction.name


def test_full_assessments_answer_every_scored_item(profiles: dict[str, gapcheck.Profile]) -> None:
    for code in ("XAU", "XBO", "XCA", "XDE"):
        scored = {item.id for item in gapcheck.load_checklist(profiles[code].checklist).scored_items}
        assert set(profiles[code].answers) == scored, code


def test_not_applicable_always_gives_a_reason(profiles: dict[str, gapcheck.Profile]) -> None:
    for profile in profiles.values():
        for answer in profile.answers.values():
            if answer.status == "not_applicable":
                assert answer.notes.strip(), (profile.jurisdiction.name, answer.item)


def test_answered_items_cite_provisions_or_evidence(profiles: dict[str, gapcheck.Profile]) -> None:
    for profile in profiles.values():
        for answer in profile.answers.values():
            if answer.status in ("full", "partial", "planned"):
                assert answer.provisions or answer.evidence, (profile.jurisdiction.name, answer.item)


def test_comprehensive_cyber_law_scores_above_offline_offences(results: dict[str, gapcheck.Result]) -> None:
    assert results["XAU"].score > 90
    assert results["XAU"].score > results["XBO"].score + 30


def test_budapest_party_meets_the_treaty_pair_through_budapest(profiles: dict[str, gapcheck.Profile]) -> None:
    aurelia = profiles["XAU"]
    assert aurelia.answer("9.t").status == "full"
    assert aurelia.answer("9.s").status == "partial"


def test_offline_offences_meet_10a_but_not_the_cyber_specific_items(profiles: dict[str, gapcheck.Profile]) -> None:
    borealis = profiles["XBO"]
    assert borealis.answer("10.a").status == "full"
    assert {borealis.answer(i).status for i in ("10.c", "10.g", "10.l", "10.f.vii")} == {"none"}


def test_overbroad_liability_shows_as_restraint_gaps(
    profiles: dict[str, gapcheck.Profile], results: dict[str, gapcheck.Result]
) -> None:
    calderon = profiles["XCA"]
    assert {calderon.answer(i).status for i in ("10.e", "10.i", "10.m")} == {"none"}
    items = results["XCA"].items.set_index("id")
    restraint = items[items["kind"].str.contains("restraint") & items["scored"]]
    offences = items.loc[[f"10.f.{n}" for n in ("vii", "viii", "ix", "x", "xi")]]
    assert restraint["value"].mean() < 0.5
    assert (offences["status"] == "full").all()
    assert {"10.e", "10.i", "10.m"} <= set(results["XCA"].gaps["id"])


def test_pending_bill_shows_as_planned_items(profiles: dict[str, gapcheck.Profile]) -> None:
    planned = [a for a in profiles["XDE"].answers.values() if a.status == "planned"]
    assert len(planned) >= 10
    bill = [a for a in planned if a.evidence == "Cybercrime Bill 2026, second reading"]
    assert len(bill) >= 10
    assert all(any(p.startswith("Cybercrime Bill 2026, ") for p in a.provisions) for a in bill)


def test_a_recorded_decision_not_to_criminalise_meets_a_consider_item(profiles: dict[str, gapcheck.Profile]) -> None:
    """Borealis has no platform offence, but its law commission weighed one and recommended against it."""
    assert gapcheck.load_checklist(CHECKLIST)["10.f.vi"].consider
    answer = profiles["XBO"].answer("10.f.vi")
    assert answer.status == "full"
    assert any(p.startswith("Law Reform Commission of Borealis, Report No. 22") for p in answer.provisions)


def test_states_without_advanced_capacity_record_9h_as_not_applicable(profiles: dict[str, gapcheck.Profile]) -> None:
    assert {profiles[code].answer("9.h").status for code in ("XBO", "XCA", "XDE")} == {"not_applicable"}


def test_first_desk_review_has_low_coverage(
    profiles: dict[str, gapcheck.Profile], results: dict[str, gapcheck.Result]
) -> None:
    estmere = results["XES"]
    assert estmere.coverage < 40
    assert estmere.score_upper - estmere.score > 50
    assert any(issue.severity == "warning" for issue in profiles["XES"].issues)


# --- the history, the projection and the build -----------------------------------------------------------------


def test_the_history_is_assessed_against_the_earlier_checklist() -> None:
    history = gapcheck.read_profile(HISTORY)
    assert history.checklist == HISTORY_CHECKLIST
    assert not [issue for issue in history.issues if issue.is_error]
    assert set(history.answers) <= {item.id for item in gapcheck.load_checklist(HISTORY_CHECKLIST).scored_items}


def test_the_projected_example_is_a_budapest_draft_from_aurelia(profiles: dict[str, gapcheck.Profile]) -> None:
    projected = gapcheck.read_profile(PROJECTED)
    assert projected.checklist == "budapest-2001@1.0.0"
    assert projected.projected_from.startswith(f"{CHECKLIST} assessment of Aurelia (XAU)")
    assert projected.assessed_on == profiles["XAU"].assessed_on


def test_build_script_writes_exactly_the_committed_files(rebuilt: Path) -> None:
    assert "projected/aurelia-budapest.xlsx" in _profile_files(rebuilt)
    assert _profile_files(rebuilt) == _profile_files(EXAMPLES)


def test_build_script_reproduces_every_file_byte_for_byte(rebuilt: Path) -> None:
    """Rebuilding the examples leaves git with nothing to commit, the projected draft included."""
    for name in sorted(_profile_files(EXAMPLES)):
        assert (rebuilt / name).read_bytes() == (EXAMPLES / name).read_bytes(), name


# --- the tailoring ---------------------------------------------------------------------------------------------


def test_tailoring_example_applies_to_the_examples_checklist() -> None:
    tailoring = gapcheck.load_tailoring(TAILORING)
    checklist = gapcheck.load_checklist(CHECKLIST)
    assert tailoring.checklist == CHECKLIST
    assert tailoring.problems(checklist) == []


def test_tailoring_example_keeps_every_item_and_only_raises_weights() -> None:
    tailoring = gapcheck.load_tailoring(TAILORING)
    checklist = gapcheck.load_checklist(CHECKLIST)
    tailored = tailoring.apply(checklist)
    assert [i.id for i in tailored.scored_items] == [i.id for i in checklist.scored_items]
    assert {"10.b", "10.d", "10.f"} <= set(tailoring.weights)
    for item_id, weight in tailoring.weights.items():
        assert weight > checklist[item_id].weight, item_id


def test_tailoring_example_raises_aurelias_score(profiles: dict[str, gapcheck.Profile]) -> None:
    """Aurelia meets in full every single item the tailoring weighs up; its only shortfalls in the
    criminalization section are three partly met 10.f sub-items, whose group is weighed up less (x1.5 against
    x2 or x3). So the tailored score is higher, and section 9, whose weights are untouched, scores the same."""
    plain = gapcheck.score(profiles["XAU"])
    tailored = gapcheck.score(profiles["XAU"], tailoring=TAILORING)
    assert tailored.score > plain.score
    sections = {name: r.sections.set_index("id")["score"] for name, r in (("plain", plain), ("tailored", tailored))}
    assert sections["tailored"]["legislation"] == pytest.approx(sections["plain"]["legislation"])
    assert sections["tailored"]["criminalization"] > sections["plain"]["criminalization"]


# --- progress across checklist versions ------------------------------------------------------------------------


def test_progress_from_the_2024_history_runs_from_the_command_line(tmp_path: Path) -> None:
    report = tmp_path / "p.xlsx"
    run = subprocess.run(
        [sys.executable, "-m", "gapcheck", "progress", str(HISTORY), str(EXAMPLES / "deltaria.xlsx"),
         "-o", str(report)],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert f"{HISTORY_CHECKLIST} -> {CHECKLIST}" in run.stdout
    assert report.is_file()


def test_the_earlier_deltaria_assessment_shows_progress() -> None:
    change = gapcheck.progress(HISTORY, EXAMPLES / "deltaria.xlsx")
    assert change.old_checklist.ref == HISTORY_CHECKLIST and change.checklist.ref == CHECKLIST
    assert change.score_new > change.score_old
    assert change.counts["bill tabled"] > 0


def test_progress_flags_answers_whose_meaning_changed() -> None:
    change = gapcheck.progress(HISTORY, EXAMPLES / "deltaria.xlsx")
    [flagged] = [issue for issue in change.issues if issue.code == "meaning-changed"]
    assert "10.f.xii" in flagged.message  # answered in 2024; 1.1.0 added accessing and financing


def test_progress_notes_that_10h_no_longer_counts() -> None:
    change = gapcheck.progress(HISTORY, EXAMPLES / "deltaria.xlsx")
    assert any(issue.code == "no-longer-scored" and "10.h" in issue.message for issue in change.issues)


def test_the_hand_written_draft_shows_the_usual_mistakes() -> None:
    """The README's `gapcheck validate` example: a group answered, a bad status, an unknown item, a misspelling."""
    codes = sorted(issue.code for issue in gapcheck.validate_profile(EXAMPLES / "drafts" / "aurelia-draft.csv")
                   if issue.is_error)
    assert codes == ["group-answered", "invalid-status", "invalid-status", "unknown-item"]
