"""From what a user names to profiles on one checklist version: files, folders, patterns, ``FILE#CODE``.

Every command and every API function that takes assessments resolves them
here, in one way: a path may be a file, a folder or a glob pattern, and
``FILE#CODE`` picks one jurisdiction of a file holding many (by code, name
or label, in any case). A broken file does not stop a batch: its problems
are kept and the rest go on. Profiles made against other versions of the
checklist are then carried to the one compared (:mod:`gapcheck._versions`).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from gapcheck._checklist import Checklist
from gapcheck._checklist_files import load_checklist, version_key
from gapcheck._errors import ComparisonError, GapcheckError, Issue, has_errors, issue
from gapcheck._outputs import is_symlink_loop
from gapcheck._profile import Profile, answer_issues, jurisdiction_key, pick_jurisdiction
from gapcheck._readers import load_profiles
from gapcheck._readers._discovery import expand_paths
from gapcheck._readers._own_reports import left_out_if_report
from gapcheck._versions import VersionChain, split_ref

FileCallback = Callable[[int, int, "Path | None"], None]
"""Called as ``(done, total, path)`` before each file is read and ``(total, total, None)`` at the end."""

@dataclass(frozen=True)
class Batch:
    """Profiles read and carried to one checklist version, with every problem met on the way.

    ``assessed_against[i]`` is the checklist reference profile ``i`` was made against.
    """

    checklist: Checklist
    profiles: tuple[Profile, ...]
    assessed_against: tuple[str, ...]
    issues: tuple[Issue, ...]
    versions: VersionChain | None = None


def gather(
    given: Sequence[Profile | str | os.PathLike[str]],
    checklist: Checklist | None,
    known: Sequence[Checklist] = (),
    *,
    on_file: FileCallback | None = None,
    meanwhile: Callable[[], object] | None = None,
) -> Batch:
    """Read every input and carry each profile to ``checklist`` (by default the newest version most use).

    ``meanwhile`` is work for this process while other processes read a large batch (loading the libraries
    the next step needs, on a core that would otherwise wait); it is not called when the batch is read here.
    """
    named = VersionChain(checklist, known) if checklist is not None else None
    profiles, issues = _collect(given, named, on_file, meanwhile)
    if not profiles:
        return Batch(checklist or load_checklist(), (), (), tuple(issues), named)
    chain = named or VersionChain(newest_used(profiles, known), known)
    carried: list[Profile] = []
    assessed_against: list[str] = []
    for profile in profiles:
        moved, problems = chain.carry(profile)
        if moved is not None:
            problems = [*problems, *answer_issues(moved, chain.target)]  # a hand-built profile may hold anything
            moved = None if has_errors(problems) else moved
        issues.extend(problems)
        if moved is not None:
            carried.append(moved)
            assessed_against.append(profile.checklist)
    return Batch(chain.target, tuple(carried), tuple(assessed_against), tuple(issues), chain)


def split_spec(source: str | os.PathLike[str]) -> tuple[Path, str | None]:
    """``FILE#CODE`` -> (FILE, CODE); a file whose own name holds '#' is taken whole."""
    text = os.fspath(source)
    if "#" in text and not Path(text).exists() and not is_symlink_loop(text):
        path, _, key = text.rpartition("#")
        return Path(path), key.strip() or None
    return Path(text), None


def input_files(given: Sequence[str | os.PathLike[str]]) -> tuple[list[Path], list[Issue]]:
    """The files a list of paths, folders, patterns and ``FILE#CODE`` names stands for (what a batch reads)."""
    return expand_paths([split_spec(source)[0] if "#" in os.fspath(source) else source for source in given])


def pick_profile(source: Profile | str | os.PathLike[str],
                 versions: VersionChain | None = None) -> tuple[Profile | None, list[Issue]]:
    """One profile from a profile, a file, or ``FILE#CODE`` (a jurisdiction of a long table)."""
    if isinstance(source, Profile):
        return source, []
    path, key = split_spec(source)
    profiles, issues = read_file(path, versions)
    if has_errors(issues):
        return None, issues
    if key is None:
        if len(profiles) == 1:
            return profiles[0], issues
        names = ", ".join(jurisdiction_key(p, profiles) for p in profiles)
        return None, [issue(
            "several-jurisdictions", f"The file holds {len(profiles)} jurisdictions ({names}).", file=str(path),
            hint=f"Name one after a '#': '{path}#{jurisdiction_key(profiles[0], profiles)}'; or read them all "
            "with gapcheck.read_profiles(), or compare them with `gapcheck compare`.")]
    try:
        chosen = pick_jurisdiction(profiles, key, str(path))
    except ComparisonError as exc:
        return None, list(exc.issues)
    return chosen, list(chosen.issues)  # the other jurisdictions' warnings are not this one's concern


def _collect(
    given: Sequence[Profile | str | os.PathLike[str]], versions: VersionChain | None, on_file: FileCallback | None,
    meanwhile: Callable[[], object] | None = None,
) -> tuple[list[Profile], list[Issue]]:
    """Profiles from every source (files read against the named checklist's versions), and every issue."""
    profiles: list[Profile] = []
    issues: list[Issue] = []
    picks: list[str | os.PathLike[str]] = []
    paths: list[str | os.PathLike[str]] = []
    for source in given:
        if isinstance(source, Profile):
            profiles.append(source)
        elif split_spec(source)[1] is not None:
            picks.append(source)
        else:
            paths.append(source)
    for source in picks:
        picked, problems = pick_profile(source, versions)
        issues.extend(problems)
        if picked is not None:
            profiles.append(picked)
    files, problems = expand_paths(paths)
    issues.extend(problems)
    for path, (read, problems) in zip(files, _read_files(files, versions, on_file, meanwhile)):
        profiles.extend(read)
        issues.extend(left_out_if_report(path, problems))  # an earlier report in a batch is left out, with a warning
    if on_file and files:
        on_file(len(files), len(files), None)
    return profiles, issues


PARALLEL_FROM = 64
"""A batch of this many files or more is read by several processes, one per core (at most four)."""

_WORKER_VERSIONS: VersionChain | None = None
"""The checklist versions a reading process works with, set before the processes are forked."""


def _read_files(
    files: Sequence[Path], versions: VersionChain | None, on_file: FileCallback | None,
    meanwhile: Callable[[], object] | None = None,
) -> Iterator[tuple[list[Profile], list[Issue]]]:
    """Each file's profiles and issues, in the order given.

    Reading a workbook is CPU work in one thread, so a large batch is shared
    among forked processes; results come back in order, so the outcome is the
    same as reading one file after another. The first file is read before the
    processes start, so that each inherits the modules and checklists reading
    needs instead of loading them again.
    """
    workers = _reading_processes(len(files))
    if workers < 2:
        for index, path in enumerate(files):
            if on_file:
                on_file(index, len(files), path)
            yield read_file(path, versions)
        return
    import multiprocessing

    if on_file:
        on_file(0, len(files), files[0])
    yield read_file(files[0], versions)  # loads what reading needs once, before the processes inherit it
    global _WORKER_VERSIONS
    _WORKER_VERSIONS = versions
    rest = files[1:]
    chunk = max(1, len(rest) // (workers * 4))  # few round trips, yet the last chunks still share out
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        results = pool.imap(_read_in_worker, rest, chunksize=chunk)  # the processes start reading now
        if meanwhile:
            meanwhile()
        for index, found in enumerate(results, start=1):
            if on_file:
                on_file(index, len(files), files[index])
            yield found


def _read_in_worker(path: Path) -> tuple[list[Profile], list[Issue]]:
    return read_file(path, _WORKER_VERSIONS)


def _reading_processes(files: int) -> int:
    """How many processes to read with: one where forking is unavailable or unsafe (other threads running)."""
    import multiprocessing
    import threading

    if files < PARALLEL_FROM or threading.active_count() > 1:
        return 1
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, 4))


def read_file(path: Path, versions: VersionChain | None = None) -> tuple[list[Profile], list[Issue]]:
    """Every profile a file holds and every problem in it; never raises for a bad file.

    With a named checklist, a file is read against it, unless the file says it
    was made against another version of it: then against that version (to be
    carried over afterwards), or, when that version is not known, against
    whatever the file names.
    """
    if versions is None:
        return _read(path, None)
    found = _read(path, versions.target)
    if not _declares_another(found[1]):
        return found
    for candidate in versions.others():
        again = _read(path, candidate)
        if not _declares_another(again[1]):
            return again
    return _read(path, None)


def _declares_another(issues: Sequence[Issue]) -> bool:
    return any(i.code == "checklist-mismatch" for i in issues)


def _read(path: Path, checklist: Checklist | None) -> tuple[list[Profile], list[Issue]]:
    try:
        profiles, issues = load_profiles(path, checklist)
    except GapcheckError as exc:
        return [], list(exc.issues) or [issue("unreadable", str(exc), file=str(path))]
    if has_errors(issues):
        return [], list(issues)
    return list(profiles), list(issues)


def newest_used(profiles: Sequence[Profile], known: Sequence[Checklist] = ()) -> Checklist:
    """The newest version of the checklist most profiles answer (ties: alphabetical id)."""
    refs = [split_ref(p.checklist) for p in profiles]
    counts = Counter(checklist_id for checklist_id, _ in refs)
    checklist_id = min(counts, key=lambda c: (-counts[c], c))
    version = max((v for c, v in refs if c == checklist_id), key=version_key)
    for candidate in known:
        if candidate.ref == f"{checklist_id}@{version}":
            return candidate
    try:
        return load_checklist(f"{checklist_id}@{version}")
    except GapcheckError as exc:
        raise ComparisonError(
            f"the checklist {checklist_id}@{version} cannot be found",
            [*exc.issues, issue("checklist-not-found", f"The profiles answer {checklist_id}@{version}, which is "
                                "not bundled with gapcheck.", hint="Name the checklist file with --checklist (-c).")],
        ) from None
