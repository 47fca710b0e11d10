"""A batch of assessments: what may be given as sources, and the choices of model and scope."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import pytest

from gapcheck import GapcheckError, InvalidArgumentError, compare, progress
from gapcheck._readers import _discovery
from gapcheck._readers._discovery import expand_paths
from gapcheck._sources import gather
from tests.conftest import EXAMPLES


@pytest.mark.parametrize("sources", [None, 5, [str(EXAMPLES / "aurelia.xlsx"), 5]])
def test_sources_that_are_not_files_or_profiles_are_an_invalid_argument(sources):
    with pytest.raises(InvalidArgumentError) as caught:
        compare(sources)
    assert {issue.code for issue in caught.value.issues} == {"not-a-source"}


def test_an_unknown_model_in_compare_is_a_value_error_as_in_score():
    with pytest.raises(ValueError) as caught:
        compare(EXAMPLES, model="weighted")
    assert isinstance(caught.value, GapcheckError) and caught.value.issues[0].code == "unknown-model"


def test_an_unknown_scope_in_progress_is_an_invalid_argument():
    with pytest.raises(InvalidArgumentError):
        progress(EXAMPLES / "history" / "deltaria-2024.xlsx", EXAMPLES / "deltaria.xlsx", scope="statutes")


# --- folders and patterns at the limits ----------------------------------------------------------

needs_symlinks = pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32",
                                    reason="needs symbolic links")


def _profiles(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"p{index}.json"
        path.write_text(json.dumps({"format": 1, "checklist": "eg-cybercrime-2018@1.0.0",
                                    "jurisdiction": {"name": f"Land {index}"}, "answers": []}), encoding="utf-8")
        paths.append(path)
    return paths


@needs_symlinks
def test_a_pattern_never_follows_a_link_into_a_folder_already_walked(tmp_path: Path):
    _profiles(tmp_path / "top" / "sub", 2)
    (tmp_path / "top" / "sub" / "up").symlink_to("..")
    (tmp_path / "top" / "sub" / "again").symlink_to(tmp_path / "top")
    (tmp_path / "top" / "other").symlink_to("sub")
    started = time.perf_counter()
    files, issues = expand_paths([f"{tmp_path}/top/**/*.json"])
    assert time.perf_counter() - started < 5
    assert issues == []
    assert sorted(path.name for path in files) == ["p0.json", "p1.json"]


@needs_symlinks
def test_a_folder_or_pattern_that_is_a_symlink_loop_is_one_issue(tmp_path: Path):
    (tmp_path / "a").symlink_to("b")
    (tmp_path / "b").symlink_to("a")
    for given in (tmp_path / "a", f"{tmp_path}/a/*.json"):
        files, issues = expand_paths([given])
        assert files == []
        assert [issue.code for issue in issues] in (["symlink-loop"], ["file-not-found"], ["no-input-files"])
    assert [issue.code for issue in expand_paths([tmp_path / "a"])[1]] == ["symlink-loop"]


def test_past_the_cap_on_files_a_folder_or_pattern_stops_with_an_issue(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(_discovery, "MAX_INPUT_FILES", 3)
    _profiles(tmp_path / "many", 5)
    for given in ([tmp_path / "many"], [f"{tmp_path}/many/*.json"], [f"{tmp_path}/**/*.json"],
                  [tmp_path / "many" / f"p{index}.json" for index in range(5)]):
        files, issues = expand_paths(given)
        assert len(files) == 3
        assert [issue.code for issue in issues] == ["too-many-files"]


@pytest.mark.parametrize(("pattern", "expected"), [
    ("[!].json", []), ("[z-a].json", []), ("[].json", []), ("p[0-1].json", ["p0.json", "p1.json"]),
    ("p[!0].json", ["p1.json", "p2.json"]), ("**/**/**/p?.json", ["p0.json", "p1.json", "p2.json"]),
    ("*p*p*p*p*p*p*p*p*p*p*p*p*p*p*p*p*p*x.json", []),
])
def test_a_glob_pattern_of_any_shape_is_matched_level_by_level(tmp_path: Path, pattern: str,
                                                              expected: list[str]):
    _profiles(tmp_path, 3)
    files, _ = expand_paths([f"{tmp_path}/{pattern}"])
    assert sorted(path.name for path in files) == expected


def test_a_broken_file_in_a_batch_is_listed_and_the_others_are_read(tmp_path: Path):
    good = _profiles(tmp_path, 2)
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04" + b"\0" * 100)
    (tmp_path / "deep.json").write_text('{"answers": ' + "[" * 5_000 + "]" * 5_000 + "}", encoding="utf-8")
    batch = gather([tmp_path], None)
    assert [profile.jurisdiction.name for profile in batch.profiles] == ["Land 0", "Land 1"]
    codes = {(Path(issue.file or "").name, issue.code) for issue in batch.issues if issue.is_error}
    assert codes == {("broken.xlsx", "truncated-file"), ("deep.json", "too-deeply-nested")}
    assert len(good) == 2


def test_work_given_as_meanwhile_runs_while_other_processes_read_and_never_when_the_batch_is_read_here(monkeypatch):
    """A large batch leaves this process waiting on the readers: that is when ``meanwhile`` runs, once."""
    import gapcheck._sources as batch

    folder = Path(__file__).parent.parent / "examples"
    calls: list[str] = []
    read_here = batch.gather([folder], None, meanwhile=lambda: calls.append("here"))
    assert calls == []
    monkeypatch.setattr(batch, "PARALLEL_FROM", 2)
    monkeypatch.setattr(batch, "_reading_processes", lambda files: 2)
    read_apart = batch.gather([folder], None, meanwhile=lambda: calls.append("apart"))
    assert calls == ["apart"]
    assert [p.jurisdiction for p in read_apart.profiles] == [p.jurisdiction for p in read_here.profiles]
