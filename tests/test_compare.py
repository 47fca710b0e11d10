"""Comparing jurisdictions side by side: figures, ranks, groups, shared gaps, peers, versions, batches."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from gapcheck import ComparisonError, InvalidArgumentError, compare, load_checklist, score
from gapcheck._profile import Answer, Jurisdiction, Profile
from gapcheck._readers._discovery import expand_paths
from gapcheck._reports._comparison_json import comparison_document
from gapcheck._sources import split_spec
from tests.strategies import batches

DATA = Path(__file__).parent / "data" / "compare"
MINI = DATA / "checklists" / "mini"


def make(name: str, code: str, statuses: dict[str, str], *, checklist: str = "mini@1.2.0", group: str = "",
         day: date | None = None, source: str = "") -> Profile:
    """A profile answering ``statuses`` (item id -> status)."""
    answers = {item: Answer(item, status, notes="reason" if status == "not_applicable" else "")
               for item, status in statuses.items()}
    return Profile(Jurisdiction(name, code, group), checklist, answers, assessed_on=day, source_file=source)


@pytest.fixture(scope="module")
def mini():
    return load_checklist(MINI / "1.2.0.yaml")


def compare_mini(*profiles: Profile, checklist: Path = MINI / "1.2.0.yaml", **options):
    return compare(list(profiles), checklist, **options)


# --- overview and ranks ------------------------------------------------------------------


def test_every_jurisdiction_gets_score_bound_coverage_and_rank(mini):
    aurelia = make("Aurelia", "XKA", {"1.a": "full", "1.g": "unknown"})
    result = compare_mini(aurelia)
    row = result.overview.iloc[0]
    expected = score(aurelia, mini)
    assert (row["jurisdiction"], row["code"], row["rank"]) == ("Aurelia", "XKA", 1)
    assert row["score"] == pytest.approx(expected.score)
    assert row["score_upper"] == pytest.approx(expected.score_upper)
    assert row["coverage"] == pytest.approx(expected.coverage)


def test_rank_one_is_the_highest_score():
    weak = make("Weak", "XWE", {"1.a": "none"})
    strong = make("Strong", "XST", {"1.a": "full", "1.g": "full"})
    result = compare_mini(weak, strong)
    assert list(result.overview["code"]) == ["XST", "XWE"]
    assert list(result.overview["rank"]) == [1, 2]


def test_equal_scores_share_a_rank_and_the_next_rank_is_skipped():
    same = {"1.a": "full", "2.b": "partial"}
    result = compare_mini(make("Beta", "XBB", same), make("Alpha", "XAA", same), make("Last", "XLL", {}))
    assert list(result.overview["rank"]) == [1, 1, 3]
    assert list(result.overview["jurisdiction"]) == ["Alpha", "Beta", "Last"]


def test_group_aggregates_give_median_lowest_and_highest():
    result = compare_mini(
        make("A1", "XAA", {"1.a": "full", "1.g": "full"}, group="North"),
        make("A2", "XAB", {"1.a": "full"}, group="North"),
        make("A3", "XAC", {}, group="North"),
        make("B1", "XBA", {"1.a": "full"}, group="South"),
    )
    scores = result.overview.set_index("code")["score"]
    north = result.groups.set_index("group").loc["North"]
    assert north["jurisdictions"] == 3
    assert north["median"] == pytest.approx(scores["XAB"])
    assert (north["min"], north["max"]) == (pytest.approx(scores["XAC"]), pytest.approx(scores["XAA"]))
    assert list(result.groups["group"]) == ["North", "South", "(all)"]


def test_without_groups_the_aggregate_is_of_all_jurisdictions():
    result = compare_mini(make("A", "XAA", {"1.a": "full"}), make("B", "XAB", {}))
    assert result.groups["group"].tolist() == ["(all)"] and result.groups["jurisdictions"].tolist() == [2]


def test_one_jurisdiction_has_no_aggregate():
    assert compare_mini(make("A", "XAA", {})).groups.empty


# --- shared gaps and peers -----------------------------------------------------------------


def test_shared_gaps_count_everyone_below_full_including_unknown_but_not_not_applicable():
    result = compare_mini(
        make("A", "XAA", {"1.a": "partial", "1.e": "not_applicable"}),
        make("B", "XAB", {"1.a": "none", "1.e": "full"}),
        make("C", "XAC", {"1.e": "full"}),
    )
    gaps = result.shared_gaps.set_index("id")
    assert gaps.loc["1.a", "short"] == 3
    assert gaps.loc["1.a", ["partial", "none", "unknown"]].tolist() == [1, 1, 1]
    assert gaps.loc["1.a", "jurisdictions"] == ("XAA", "XAB", "XAC")
    assert "1.e" not in gaps.index


def test_shared_gaps_are_ranked_by_how_many_fall_short():
    result = compare_mini(make("A", "XAA", {"1.a": "full", "1.g": "none"}), make("B", "XAB", {"1.g": "none"}))
    first = result.shared_gaps.iloc[0]
    assert first["short"] == 2 and first["rank"] == 1
    assert result.shared_gaps["short"].is_monotonic_decreasing


def test_an_alternatives_set_is_one_shared_gap_line_met_by_either_member():
    result = compare_mini(
        make("New treaty", "XAA", {"2.s": "full", "2.t": "none"}),
        make("Old treaty", "XAB", {"2.s": "none", "2.t": "full"}),
        make("Neither", "XAC", {"2.s": "none", "2.t": "partial"}),
    )
    line = result.shared_gaps.set_index("id").loc["2.s or 2.t"]
    assert (line["short"], line["jurisdictions"]) == (1, ("XAC",))
    assert not {"2.s", "2.t"} & set(result.shared_gaps["id"])


def test_peers_lists_items_where_a_jurisdiction_is_below_its_group_median():
    result = compare_mini(
        make("A", "XAA", {"1.a": "full"}, group="North"),
        make("B", "XAB", {"1.a": "full"}, group="North"),
        make("C", "XAC", {"1.a": "none"}, group="North"),
        make("D", "XAD", {"1.a": "none"}, group="South"),
        make("E", "XAE", {"1.a": "none"}, group="South"),
    )
    behind = result.peers[result.peers["id"] == "1.a"]
    assert list(behind["code"]) == ["XAC"]
    assert behind.iloc[0]["peers"] == "North"
    assert behind.iloc[0]["peer_median"] == 1.0


def test_without_groups_peers_are_all_jurisdictions():
    result = compare_mini(make("A", "XAA", {"1.a": "full"}), make("B", "XAB", {"1.a": "full"}),
                          make("C", "XAC", {"1.a": "partial"}))
    behind = result.peers[result.peers["id"] == "1.a"]
    assert list(behind["code"]) == ["XAC"] and behind.iloc[0]["peers"] == "all"


def test_a_jurisdiction_alone_in_its_group_is_compared_with_all_the_others():
    result = compare_mini(
        make("A", "XAA", {"1.a": "full"}, group="North"),
        make("B", "XAB", {"1.a": "full"}, group="North"),
        make("Island", "XAI", {"1.a": "none"}, group="Islands"),
    )
    behind = result.peers[result.peers["id"] == "1.a"]
    assert list(behind["code"]) == ["XAI"]
    assert (behind.iloc[0]["peers"], behind.iloc[0]["peer_median"]) == ("all", 1.0)


def test_the_peers_median_leaves_the_jurisdiction_itself_out():
    """With itself counted, C (none) would make the median of {full, none, none} none, and nobody would be behind."""
    result = compare_mini(make("A", "XAA", {"1.a": "full"}), make("B", "XAB", {"1.a": "none"}),
                          make("C", "XAC", {"1.a": "none"}))
    behind = result.peers[result.peers["id"] == "1.a"].set_index("code")
    assert list(behind.index) == ["XAB", "XAC"]
    assert behind["peer_median"].tolist() == [0.5, 0.5]


def test_a_single_jurisdiction_has_no_peers():
    assert compare_mini(make("A", "XAA", {"1.a": "none"}, group="North")).peers.empty


@settings(max_examples=20)
@given(data=st.data())
def test_every_peer_median_is_the_median_of_the_others_it_is_compared_with(checklist, data):
    import numpy as np

    result = compare(data.draw(batches(checklist, min_size=2)))
    values = {"full": 1.0, "partial": 0.5, "planned": 0.0, "none": 0.0, "unknown": 0.0, "not_applicable": np.nan}
    checked = 0
    for row in result.peers.itertuples():
        if " or " in row.id:
            continue  # an alternatives set: its line holds the better member, checked elsewhere
        me = next(p for p in result.profiles if (p.jurisdiction.name, p.jurisdiction.code) == (row.jurisdiction,
                                                                                              row.code))
        others = [p for p in result.profiles
                  if p is not me and (row.peers == "all" or p.jurisdiction.group == row.peers)]
        expected = np.nanmedian([values[p.answer(row.id).status] for p in others])
        assert row.peer_median == pytest.approx(expected)
        assert row.value < expected
        checked += 1
    assume(checked)  # a batch in which nobody is behind says nothing here


def test_not_applicable_is_never_behind_its_peers():
    result = compare_mini(make("A", "XAA", {"1.a": "full"}), make("B", "XAB", {"1.a": "full"}),
                          make("C", "XAC", {"1.a": "not_applicable"}))
    assert "1.a" not in set(result.peers["id"])


# --- dual criminality in the comparison ------------------------------------------------------


def test_pair_matrix_holds_the_share_of_criminalization_items_both_cover_fully(mini):
    crime = [item.id for item in mini.scored_items if "criminalization" in item.kinds]
    a = make("A", "XAA", {crime[0]: "full", crime[1]: "full"})
    b = make("B", "XAB", {crime[0]: "full", crime[1]: "partial"})
    result = compare_mini(a, b)
    shares = result.pairs
    assert shares.loc["A (XAA)", "B (XAB)"] == pytest.approx(100 / len(crime))
    assert shares.loc["A (XAA)", "A (XAA)"] == pytest.approx(200 / len(crime))
    assert (shares.to_numpy() == shares.to_numpy().T).all()


def test_obstacles_name_the_side_lacking_and_the_partners_that_have_it():
    result = compare_mini(make("A", "XAA", {"1.a": "full"}), make("B", "XAB", {"1.a": "full"}),
                          make("C", "XAC", {"1.a": "partial"}))
    row = result.obstacles[result.obstacles["id"] == "1.a"].iloc[0]
    assert (row["code"], row["status"], row["partners_blocked"]) == ("XAC", "partial", 2)
    assert row["share"] == pytest.approx(100.0)


def test_the_detail_for_one_pair_comes_from_the_comparison():
    result = compare_mini(make("A", "XAA", {"1.a": "full"}), make("B", "XAB", {}))
    detail = result.dual_criminality("XAA", "b").items.set_index("id")
    assert detail.loc["1.a", "outcome"] == "only A (XAA)"
    assert detail.loc["1.a", "lacking"] == "B (XAB)"


# --- checklist versions ------------------------------------------------------------------------


def test_older_profiles_are_carried_to_the_newest_version_through_replaces():
    old = make("Old", "XOL", {"1.b": "full", "2.a": "partial", "1.c": "full"}, checklist="mini@1.0.0")
    new = make("New", "XNE", {"1.g": "none", "1.e": "full"}, checklist="mini@1.2.0")
    result = compare_mini(old, new)
    assert result.checklist.ref == "mini@1.2.0"
    assert result.statuses.loc["Old (XOL)", ["1.g", "2.c", "1.e"]].tolist() == ["full", "partial", "unknown"]
    assert result.overview.set_index("code").loc["XOL", "checklist"] == "mini@1.0.0"


def test_an_item_removed_in_the_newer_version_is_dropped_with_a_warning():
    old = make("Old", "XOL", {"1.c": "full"}, checklist="mini@1.0.0", source="old.json")
    result = compare_mini(old, make("New", "XNE", {}))
    [issue] = [i for i in result.issues if i.code == "item-not-in-version"]
    assert issue.severity == "warning" and "1.c" in issue.message and issue.file == "old.json"
    assert "1.c" not in result.statuses.columns


def test_without_a_checklist_the_newest_version_the_profiles_use_is_chosen():
    old = make("Old", "XOL", {"1.b": "full"}, checklist="mini@1.0.0")
    newer = make("Newer", "XNE", {}, checklist="mini@1.1.0")
    result = compare([old, newer, ], MINI / "1.1.0.yaml")
    assert result.checklist.ref == "mini@1.1.0"
    assert result.statuses.loc["Old (XOL)", "1.b"] == "full"


def test_an_older_target_version_carries_newer_answers_back():
    new = make("New", "XNE", {"1.g": "full", "2.c": "partial", "1.e": "full"})
    result = compare_mini(new, checklist=MINI / "1.0.0.yaml")
    assert result.statuses.loc["New (XNE)", ["1.b", "2.a"]].tolist() == ["full", "partial"]
    assert any(i.code == "item-not-in-version" and "1.e" in i.message for i in result.issues)


def test_a_profile_against_another_checklist_is_an_error_and_left_out():
    stranger = make("Stranger", "XST", {}, checklist="eg-cybercrime-2018@1.0.0", source="stranger.xlsx")
    result = compare_mini(make("A", "XAA", {}), stranger)
    assert list(result.overview["code"]) == ["XAA"]
    [issue] = result.issues
    assert (issue.code, issue.severity, issue.file) == ("other-checklist", "error", "stranger.xlsx")
    assert result.has_errors


def test_a_version_that_cannot_be_found_is_an_error_for_that_profile(tmp_path):
    shutil.copy(MINI / "1.2.0.yaml", tmp_path / "1.2.0.yaml")
    old = make("Old", "XOL", {}, checklist="mini@1.0.0")
    result = compare([old, make("New", "XNE", {})], tmp_path / "1.2.0.yaml")
    assert [i.code for i in result.issues] == ["unknown-checklist-version"]
    assert list(result.overview["code"]) == ["XNE"]


def test_nothing_comparable_raises_with_every_issue():
    stranger = make("Stranger", "XST", {}, checklist="eg-cybercrime-2018@1.0.0")
    with pytest.raises(ComparisonError) as caught:
        compare_mini(stranger)
    assert [i.code for i in caught.value.issues] == ["other-checklist"]


def test_an_unknown_model_is_refused():
    with pytest.raises(InvalidArgumentError) as caught:
        compare_mini(make("A", "XAA", {}), model="average")
    assert caught.value.issues[0].code == "unknown-model"


# --- duplicates, inputs ------------------------------------------------------------------------


def test_a_jurisdiction_given_twice_is_compared_on_its_latest_assessment_with_a_warning():
    early = make("Aurelia", "XKA", {"1.a": "none"}, day=date(2022, 1, 1), source="2022.json")
    late = make("Aurelia", "XKA", {"1.a": "full"}, day=date(2024, 1, 1), source="2024.json")
    result = compare_mini(late, early)
    assert len(result.overview) == 1
    assert result.statuses.iloc[0]["1.a"] == "full"
    [issue] = result.issues
    assert issue.code == "duplicate-jurisdiction" and issue.file == "2022.json" and "progress" in issue.hint


def test_results_are_compared_through_their_profiles(mini):
    profile = make("A", "XAA", {"1.a": "full"})
    result = compare([score(profile, mini)])
    assert result.statuses.iloc[0]["1.a"] == "full"
    assert result.checklist.ref == "mini@1.2.0"


def test_the_inputs_table_records_file_checklist_and_date():
    old = make("Old", "XOL", {}, checklist="mini@1.0.0", day=date(2021, 5, 1), source="old.json")
    result = compare_mini(old)
    row = result.inputs.iloc[0]
    assert (row["file"], row["checklist"], row["compared_on"], row["assessed_on"]) == (
        "old.json", "mini@1.0.0", "mini@1.2.0", "2021-05-01")


def test_legislative_scope_leaves_policy_items_out_of_the_compared_items():
    result = compare_mini(make("A", "XAA", {}), scope="legislative")
    assert "2.b" not in {item.id for item in result.items}
    assert "2.b" not in set(result.shared_gaps["id"])


# --- paths -------------------------------------------------------------------------------------


def test_folders_expand_to_their_profile_files_sorted_skipping_hidden_and_lock_files(tmp_path):
    for name in ("b.xlsx", "a.csv", "c.json", "notes.txt", ".hidden.csv", "~$b.xlsx"):
        (tmp_path / name).write_text("x")
    files, issues = expand_paths([tmp_path])
    assert [f.name for f in files] == ["a.csv", "b.xlsx", "c.json"] and issues == []


def test_glob_patterns_expand_and_each_file_is_listed_once(tmp_path):
    for name in ("xka.csv", "xkb.csv", "other.json"):
        (tmp_path / name).write_text("x")
    files, _ = expand_paths([str(tmp_path / "xk*.csv"), tmp_path / "xka.csv", str(tmp_path / "*.csv")])
    assert [f.name for f in files] == ["xka.csv", "xkb.csv"]


def test_a_missing_path_is_an_error_and_an_empty_match_a_warning(tmp_path):
    files, issues = expand_paths([tmp_path / "missing.xlsx", str(tmp_path / "*.xlsx")])
    assert files == []
    assert [(i.code, i.severity) for i in issues] == [("file-not-found", "error"), ("no-input-files", "warning")]


def test_file_hash_code_picks_one_jurisdiction(tmp_path):
    assert split_spec("batch.csv#XKB") == (Path("batch.csv"), "XKB")
    odd = tmp_path / "odd#name.csv"
    odd.write_text("x")
    assert split_spec(str(odd)) == (odd, None)


# --- files -------------------------------------------------------------------------------------


def test_a_folder_counts_every_file_and_every_jurisdiction_of_a_long_table():
    result = compare([DATA / "batch"], MINI / "1.2.0.yaml")
    assert sorted(result.overview["code"]) == ["XKA", "XKB", "XKC", "XKD", "XKE"]
    assert set(result.overview.set_index("code").loc[["XKC", "XKD"], "file"]) == {
        str(DATA / "batch" / "xkc-xkd-long-table.csv")}


def test_a_broken_file_is_listed_and_the_rest_are_compared():
    result = compare([DATA / "batch"], MINI / "1.2.0.yaml")
    broken = [i for i in result.issues if i.is_error]
    assert {i.code for i in broken} == {"invalid-date", "invalid-status", "unknown-item"}
    assert all(i.file.endswith("xkz-broken.json") for i in broken)
    assert "XKZ" not in set(result.overview["code"])


def test_a_file_made_against_an_older_version_is_read_against_it_and_carried_over():
    result = compare([DATA / "batch" / "xke-eldoria-2021.json"], MINI / "1.2.0.yaml")
    eldoria = result.statuses.iloc[0]
    assert (eldoria["1.g"], eldoria["2.c"], eldoria["1.e"]) == ("full", "none", "unknown")
    assert result.overview.iloc[0]["checklist"] == "mini@1.0.0"


def test_a_file_naming_another_checklist_is_an_error_for_that_file():
    other = DATA / "other" / "xzz-other-checklist.json"
    result = compare([DATA / "batch" / "xka-aurelia.json", other], MINI / "1.2.0.yaml")
    assert [(i.code, i.file) for i in result.issues if i.is_error] == [("other-checklist", str(other))]


def test_files_against_a_checklist_gapcheck_cannot_find_say_how_to_name_it():
    with pytest.raises(ComparisonError) as caught:
        compare([DATA / "batch" / "xka-aurelia.json"])
    assert any("--checklist" in issue.hint for issue in caught.value.issues)


def test_on_file_is_told_of_each_file_before_it_is_read_and_of_the_end():
    calls = []
    compare([DATA / "batch" / "xka-aurelia.json", DATA / "batch" / "xkb-borduria.xlsx"], MINI / "1.2.0.yaml",
            on_file=lambda done, total, path: calls.append((done, total, path and path.name)))
    assert calls == [(0, 2, "xka-aurelia.json"), (1, 2, "xkb-borduria.xlsx"), (2, 2, None)]


# --- invariants --------------------------------------------------------------------------------


def _document_without_issues(result) -> str:
    document = comparison_document(result)
    issues = sorted(json.dumps(i, sort_keys=True) for i in document.pop("issues"))
    return json.dumps(document) + json.dumps(issues)


@settings(max_examples=25)
@given(data=st.data())
def test_compare_does_not_depend_on_input_order(checklist, data):
    batch = data.draw(batches(checklist, min_size=2))
    shuffled = data.draw(st.permutations(batch))
    assert _document_without_issues(compare(batch)) == _document_without_issues(compare(shuffled))


@settings(max_examples=25)
@given(data=st.data())
def test_rank_order_agrees_with_the_scores(checklist, data):
    overview = compare(data.draw(batches(checklist, max_size=8))).overview
    scores, ranks = overview["score"].round(6).tolist(), overview["rank"].tolist()
    assert ranks[0] == 1 and ranks == sorted(ranks)
    for i in range(len(scores)):
        for j in range(len(scores)):
            if scores[i] > scores[j]:
                assert ranks[i] < ranks[j]
            if scores[i] == scores[j]:
                assert ranks[i] == ranks[j]


# --- found by using gapcheck as its users would ---------------------------------------------------


def test_reports_written_into_the_compared_folder_are_left_out_with_a_warning(tmp_path):
    from gapcheck import write_report

    for name in ("xka-aurelia.json", "xkb-borduria.xlsx"):
        shutil.copy(DATA / "batch" / name, tmp_path)
    first = compare([tmp_path], MINI / "1.2.0.yaml")
    write_report(first, tmp_path / "comparison.xlsx")
    write_report(first, tmp_path / "comparison.json")
    again = compare([tmp_path], MINI / "1.2.0.yaml")
    assert list(again.overview["code"]) == list(first.overview["code"])
    assert [(i.code, i.severity) for i in again.issues] == [("report-not-profile", "warning")] * 2
    assert not again.has_errors


def test_a_jurisdiction_picked_from_a_long_table_brings_only_its_own_warnings():
    from gapcheck._sources import pick_profile
    from gapcheck._versions import VersionChain

    table = DATA / "batch" / "xkc-xkd-long-table.csv"
    profile, issues = pick_profile(f"{table}#XKD", VersionChain(load_checklist(MINI / "1.2.0.yaml"), ()))
    assert profile.jurisdiction.code == "XKD"
    assert issues and all("Carpania" not in i.message for i in issues)


def test_a_batch_read_by_several_processes_compares_the_same(monkeypatch):
    """Large batches are read in parallel; the outcome must not depend on it."""
    import pandas as pd

    import gapcheck._sources as batch

    folder = Path(__file__).parent.parent / "examples"
    sequential = compare(folder)
    monkeypatch.setattr(batch, "PARALLEL_FROM", 2)
    monkeypatch.setattr(batch, "_reading_processes", lambda files: 2)
    parallel = compare(folder)
    pd.testing.assert_frame_equal(parallel.overview, sequential.overview)
    pd.testing.assert_frame_equal(parallel.statuses, sequential.statuses)
    assert parallel.issues == sequential.issues


def test_small_batches_are_read_in_this_process():
    import gapcheck._sources as batch

    assert batch._reading_processes(batch.PARALLEL_FROM - 1) == 1


def test_a_profile_built_with_a_bad_status_is_an_error_not_an_unknown():
    """compare refuses what score refuses, instead of reading a typo as 'unknown'."""
    import dataclasses

    from gapcheck import Answer, read_profile

    good = read_profile(Path(__file__).parent.parent / "examples" / "aurelia.xlsx")
    answers = dict(good.answers)
    answers["9.a"] = Answer("9.a", "yes")
    bad = dataclasses.replace(good, answers=answers, jurisdiction=dataclasses.replace(good.jurisdiction, code="XBD"))
    comparison = compare([good, bad])
    assert [i.code for i in comparison.issues if i.is_error] == ["unknown-status"]
    assert list(comparison.overview["code"]) == ["XAU"]


def test_per_jurisdiction_tables_are_indexed_by_label_alike():
    comparison = compare(Path(__file__).parent.parent / "examples")
    assert {getattr(comparison, name).index.name for name in ("overview", "statuses", "sections", "pairs")} == {"label"}
