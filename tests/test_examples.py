"""The bundled examples: five fictional jurisdictions that differ the way real ones do.

The README's quick start scores one of them and the comparison features are
shown on all five, so they must read cleanly, keep to the user-assigned code
range, and each show the pattern it stands for.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES, REPO

import gapcheck

FILES = {
    "XAU": "aurelia.xlsx",
    "XBO": "borealis.xlsx",
    "XCA": "calderon.csv",
    "XDE": "deltaria.xlsx",
    "XES": "estmere.json",
}


@pytest.fixture(scope="module")
def profiles() -> dict[str, gapcheck.Profile]:
    """Every example read once, keyed by jurisdiction code."""
    return {code: gapcheck.read_profile(EXAMPLES / name) for code, name in FILES.items()}


@pytest.fixture(scope="module")
def results(profiles: dict[str, gapcheck.Profile]) -> dict[str, gapcheck.Result]:
    return {code: gapcheck.score(profile) for code, profile in profiles.items()}


@pytest.mark.parametrize("name", FILES.values())
def test_example_reads_without_errors(name: str) -> None:
    profile = gapcheck.read_profile(EXAMPLES / name)
    assert not [issue for issue in profile.issues if issue.is_error]
    assert profile.checklist == "eg-cybercrime-2018@1.0.0"


def test_examples_come_in_the_formats_people_use() -> None:
    suffixes = sorted(Path(name).suffix for name in FILES.values())
    assert suffixes == [".csv", ".json", ".xlsx", ".xlsx", ".xlsx"]


def test_codes_are_in_the_user_assigned_range(profiles: dict[str, gapcheck.Profile]) -> None:
    for code, profile in profiles.items():
        assert profile.jurisdiction.code == code
        assert re.fullmatch(r"X[A-Z]{2}", profile.jurisdiction.code)
        assert profile.jurisdiction.group


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


def test_first_desk_review_has_low_coverage(
    profiles: dict[str, gapcheck.Profile], results: dict[str, gapcheck.Result]
) -> None:
    estmere = results["XES"]
    assert estmere.coverage < 40
    assert estmere.score_upper - estmere.score > 50
    assert any(issue.severity == "warning" for issue in profiles["XES"].issues)


def test_build_script_reproduces_the_committed_examples(tmp_path: Path) -> None:
    script = REPO / "examples" / "build_examples.py"
    run = subprocess.run(
        [sys.executable, str(script), "--out", str(tmp_path)],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 0, run.stderr
    for name in (*FILES.values(), "history/deltaria-2024.xlsx"):
        assert gapcheck.read_profile(tmp_path / name) == gapcheck.read_profile(EXAMPLES / name), name


def test_xlsx_examples_are_rebuilt_byte_for_byte(tmp_path: Path) -> None:
    """Rebuilding the examples leaves git with nothing to commit."""
    subprocess.run([sys.executable, str(REPO / "examples" / "build_examples.py"), "--out", str(tmp_path)],
                   cwd=REPO, check=True, capture_output=True, timeout=120)
    for committed in EXAMPLES.rglob("*.*"):
        if committed.suffix in {".xlsx", ".csv", ".json"}:
            rebuilt = tmp_path / committed.relative_to(EXAMPLES)
            assert rebuilt.read_bytes() == committed.read_bytes(), committed.name


def test_the_earlier_deltaria_assessment_shows_progress() -> None:
    change = gapcheck.progress(EXAMPLES / "history" / "deltaria-2024.xlsx", EXAMPLES / "deltaria.xlsx")
    assert change.score_new > change.score_old
    assert change.counts["bill tabled"] > 0
