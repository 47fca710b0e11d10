"""A batch of assessments: files, folders and patterns read into profiles on one checklist version.

Comparing and measuring progress both start here. A path may be a file, a
folder or a glob pattern, and ``FILE#CODE`` picks one jurisdiction of a long
table. A broken file does not stop the batch: its problems are kept and the
rest go on. Profiles made against older versions of a checklist are carried
forward to the newest one through each item's ``replaces``, and a
jurisdiction given twice is kept once, at its latest assessment.
"""

from __future__ import annotations

import dataclasses
import glob
import hashlib
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeAlias

from gapcheck._checklist import Checklist
from gapcheck._checklist_files import list_checklists, load_checklist
from gapcheck._diff import diff_checklists
from gapcheck._errors import ComparisonError, GapcheckError, InvalidArgumentError, Issue, ProfileError, has_errors
from gapcheck._profile import Answer, Profile
from gapcheck._result import Result
from gapcheck._scoring import answer_issues

INPUT_SUFFIXES = (".xlsx", ".csv", ".json")
"""What a folder or a glob pattern contributes to a batch."""

FileCallback = Callable[[int, int, "Path | None"], None]
"""Called as ``(done, total, path)`` before each file is read and ``(total, total, None)`` at the end."""

Source: TypeAlias = "Profile | Result | str | os.PathLike[str]"
"""What the functions here accept as one assessment: a profile, a result, or a file (folder, pattern)."""


@dataclass(frozen=True)
class Batch:
    """Profiles read and carried to one checklist version, with every problem met on the way.

    ``assessed_against[i]`` is the checklist reference profile ``i`` was made against.
    """

    checklist: Checklist
    profiles: tuple[Profile, ...]
    assessed_against: tuple[str, ...]
    issues: tuple[Issue, ...]


def prepare(
    sources: Source | Iterable[Source],
    checklist: str | Path | Checklist | None = None,
    *,
    on_file: FileCallback | None = None,
) -> Batch:
    """Read every input and carry each profile to the checklist version the batch is compared on."""
    given = _as_list(sources)
    known = [source.checklist for source in given if isinstance(source, Result)]
    named = _VersionChain(load_checklist(checklist), known) if checklist is not None else None
    profiles, issues = _collect(given, named, on_file)
    if not profiles:
        return Batch(named.target if named else load_checklist(), (), (), tuple(issues))
    chain = named or _VersionChain(_newest_used(profiles, known), known)
    target = chain.target
    carried: list[Profile] = []
    assessed_against: list[str] = []
    for profile in profiles:
        moved, problems = chain.carry(profile)
        if moved is not None:
            problems = [*problems, *answer_issues(moved, target)]
            moved = None if has_errors(problems) else moved
        issues.extend(problems)
        if moved is not None:
            carried.append(moved)
            assessed_against.append(profile.checklist)
    return Batch(target, tuple(carried), tuple(assessed_against), tuple(issues))


def prepare_pair(a: Source, b: Source, checklist: str | Path | Checklist | None = None) -> Batch:
    """Two single jurisdictions carried to one checklist version; errors raise with every issue."""
    named = _VersionChain(load_checklist(checklist), ()) if checklist is not None else None
    picked, issues = [], []
    for source in (a, b):
        profile, problems = pick_profile(source, named)
        picked.append(profile)
        issues.extend(problems)
    if has_errors(issues) or None in picked:
        raise ProfileError("the assessments cannot be read", issues)
    batch = prepare(picked, checklist)
    issues.extend(batch.issues)
    if has_errors(batch.issues) or len(batch.profiles) != 2:
        raise ComparisonError("the two assessments cannot be compared", issues)
    return dataclasses.replace(batch, issues=tuple(dict.fromkeys(issues)))  # one file given twice: its issues once


def pick_profile(source: Source, versions: _VersionChain | None = None) -> tuple[Profile | None, list[Issue]]:
    """One profile from a profile, a result, a file, or ``FILE#CODE`` (a jurisdiction of a long table)."""
    if isinstance(source, Profile):
        return source, []
    if isinstance(source, Result):
        return source.profile, []
    path, key = split_spec(source)
    profiles, issues = _load(path, versions)
    if has_errors(issues):
        return None, issues
    if key is None:
        if len(profiles) == 1:
            return profiles[0], issues
        names = ", ".join(jurisdiction_key(p, profiles) for p in profiles)
        return None, [Issue(
            "several-jurisdictions", f"The file holds {len(profiles)} jurisdictions ({names}).", file=str(path),
            hint=f"Name one after a '#': {path}#{jurisdiction_key(profiles[0], profiles)}.")]
    try:
        chosen = pick_jurisdiction(profiles, key, str(path))
    except ComparisonError as exc:
        return None, list(exc.issues)
    return chosen, list(chosen.issues)  # the other jurisdictions' warnings are not this one's concern


def split_spec(source: str | os.PathLike[str]) -> tuple[Path, str | None]:
    """``FILE#CODE`` -> (FILE, CODE); a file whose own name holds '#' is taken whole."""
    text = os.fspath(source)
    if "#" in text and not Path(text).exists():
        path, _, key = text.rpartition("#")
        return Path(path), key.strip() or None
    return Path(text), None


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[Issue]]:
    """Files as given, folders as every .xlsx, .csv and .json inside (sorted), patterns as their matches.

    Each file is listed once, in the order first met. Hidden files and the
    ``~$name.xlsx`` lock files Excel leaves beside an open workbook are skipped.
    """
    found: dict[Path, None] = {}
    issues: list[Issue] = []
    for raw in paths:
        matches, problem = _matches(os.fspath(raw))
        if problem:
            issues.append(problem)
        for match in matches:
            found.setdefault(match, None)
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve(), path)
    return list(unique.values()), issues


def _matches(text: str) -> tuple[list[Path], Issue | None]:
    """The files one path stands for, or the problem with it."""
    path = Path(text)
    if path.is_file():
        return [path], None
    if path.is_dir():
        found = [p for p in sorted(path.iterdir()) if _is_input(p)]
        problem = "The folder holds no profile file."
    elif glob.has_magic(text):
        found = [Path(p) for p in sorted(glob.glob(text, recursive=True)) if _is_input(Path(p))]
        problem = "No profile file matches this pattern."
    else:
        return [], Issue("file-not-found", "There is no such file or folder.", file=text,
                         hint="Check the path; quote glob patterns so that the shell passes them on.")
    if found:
        return found, None
    return [], Issue("no-input-files", problem, severity="warning", file=text,
                     hint="Point to the .xlsx, .csv or .json files, or to the folder that holds them.")


def _is_input(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in INPUT_SUFFIXES and not path.name.startswith((".", "~$"))


_SOURCE_TYPES = (str, os.PathLike, Profile, Result)


def _as_list(sources: Source | Iterable[Source]) -> list[Source]:
    """The sources as a list; anything that is not a file, pattern, Profile or Result is refused, all at once."""
    if isinstance(sources, _SOURCE_TYPES):
        return [sources]
    if not isinstance(sources, Iterable):
        raise _not_sources([sources])
    given = list(sources)
    strangers = [source for source in given if not isinstance(source, _SOURCE_TYPES)]
    if strangers:
        raise _not_sources(strangers)
    return given


def _not_sources(strangers: Sequence[object]) -> InvalidArgumentError:
    return InvalidArgumentError(
        "sources must be profile files, folders, patterns, Profiles or Results", [Issue(
            "not-a-source", f"{type(stranger).__name__} is not a profile file, a folder, a pattern, a Profile "
            "or a Result.", hint="Pass paths (as text or Path), or what read_profile or score returned.")
            for stranger in strangers])


def _collect(
    sources: Sequence[Source], versions: _VersionChain | None, on_file: FileCallback | None,
) -> tuple[list[Profile], list[Issue]]:
    """Profiles from every source (files read against the named checklist's versions), and every issue."""
    profiles: list[Profile] = []
    issues: list[Issue] = []
    paths: list[str | os.PathLike[str]] = []
    for source in sources:
        if isinstance(source, Profile):
            profiles.append(source)
        elif isinstance(source, Result):
            profiles.append(source.profile)
        else:
            paths.append(source)
    files, problems = expand_paths(paths)
    issues.extend(problems)
    for read, problems in _read_files(files, versions, on_file):
        profiles.extend(read)
        issues.extend(problems)
    if on_file and files:
        on_file(len(files), len(files), None)
    return profiles, issues


PARALLEL_FROM = 64
"""A batch of this many files or more is read by several processes, one per core (at most four)."""

_WORKER_VERSIONS: _VersionChain | None = None
"""The checklist versions a reading process works with, set before the processes are forked."""


def _read_files(
    files: Sequence[Path], versions: _VersionChain | None, on_file: FileCallback | None,
) -> Iterator[tuple[list[Profile], list[Issue]]]:
    """Each file's profiles and issues, in the order given.

    Reading a workbook is CPU work in one thread, so a large batch is shared
    among forked processes; results come back in order, so the outcome is the
    same as reading one file after another.
    """
    workers = _reading_processes(len(files))
    if workers < 2:
        for index, path in enumerate(files):
            if on_file:
                on_file(index, len(files), path)
            yield _load(path, versions)
        return
    import multiprocessing

    global _WORKER_VERSIONS
    _WORKER_VERSIONS = versions
    chunk = max(1, len(files) // (workers * 4))  # few round trips, yet the last chunks still share out
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        for index, found in enumerate(pool.imap(_load_in_worker, files, chunksize=chunk)):
            if on_file:
                on_file(index, len(files), files[index])
            yield found


def _load_in_worker(path: Path) -> tuple[list[Profile], list[Issue]]:
    return _load(path, _WORKER_VERSIONS)


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


def _load(path: Path, versions: _VersionChain | None = None) -> tuple[list[Profile], list[Issue]]:
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
    return any(issue.code == "checklist-mismatch" for issue in issues)


def _read(path: Path, checklist: Checklist | None) -> tuple[list[Profile], list[Issue]]:
    from gapcheck._readers import load_profiles
    from gapcheck._readers._own_reports import left_out_if_report

    try:
        profiles, issues = load_profiles(path, checklist)
    except GapcheckError as exc:
        return [], list(exc.issues) or [Issue("unreadable", str(exc), file=str(path),
                                              hint="Run `gapcheck validate FILE` on it to see what is wrong.")]
    issues = left_out_if_report(path, list(issues))
    if has_errors(issues):
        return [], list(issues)
    return list(profiles), list(issues)


def _newest_used(profiles: Sequence[Profile], known: Sequence[Checklist]) -> Checklist:
    """The newest version of the checklist most profiles answer (ties: alphabetical id)."""
    refs = [_split_ref(p.checklist) for p in profiles]
    counts = Counter(checklist_id for checklist_id, _ in refs)
    checklist_id = min(counts, key=lambda c: (-counts[c], c))
    version = max((v for c, v in refs if c == checklist_id), key=_version_key)
    for candidate in known:
        if candidate.ref == f"{checklist_id}@{version}":
            return candidate
    try:
        return load_checklist(f"{checklist_id}@{version}")
    except GapcheckError as exc:
        raise ComparisonError(
            f"the checklist {checklist_id}@{version} cannot be found",
            [*exc.issues, Issue("checklist-not-found", f"The profiles answer {checklist_id}@{version}, which "
                                "is not bundled with gapcheck.",
                                hint="Name the checklist file with --checklist (-c).")],
        ) from None


def _split_ref(ref: str) -> tuple[str, str]:
    checklist_id, _, version = ref.partition("@")
    return checklist_id, version


def _version_key(version: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        return ()


class _VersionChain:
    """Every known version of the target's checklist, to carry answers forward (or back) through ``replaces``.

    Versions are the bundled ones, files named ``<version>.yaml`` beside the
    target file (the layout of the bundled checklists), and those of results.
    """

    def __init__(self, target: Checklist, known: Sequence[Checklist]) -> None:
        self.target = target
        self.sources: dict[str, Checklist | Path] = {}
        for bundled in list_checklists():
            if bundled.id == target.id:
                self.sources[bundled.version] = bundled
        if target.path:
            for path in sorted(Path(target.path).parent.iterdir()):
                if path.suffix in {".yaml", ".yml", ".json"} and _version_key(path.stem):
                    self.sources.setdefault(path.stem, path)
        for checklist in known:
            if checklist.id == target.id:
                self.sources[checklist.version] = checklist
        self.sources[target.version] = target
        self._maps: dict[str, tuple[dict[str, str], list[Issue]]] = {}

    def carry(self, profile: Profile) -> tuple[Profile | None, list[Issue]]:
        """The profile with its answers under the target's ids, or None with an error issue."""
        checklist_id, version = _split_ref(profile.checklist)
        where = {"file": profile.source_file or None}
        if checklist_id != self.target.id:
            return None, [Issue(
                "other-checklist", f"{profile.jurisdiction.label} is assessed against {profile.checklist}, not "
                f"against {self.target.id}; it is left out of the comparison.", **where,
                hint=f"Compare only assessments against one checklist, or reassess against {self.target.ref}.")]
        if version == self.target.version:
            return profile, []
        mapping, problems = self._mapping(version)
        if problems:
            return None, [dataclasses.replace(issue, **where) for issue in problems]
        return self._moved(profile, mapping)

    def _moved(self, profile: Profile, mapping: Mapping[str, str]) -> tuple[Profile, list[Issue]]:
        answers: dict[str, Answer] = {}
        issues: list[Issue] = []
        for item_id, answer in profile.answers.items():
            new_id = mapping.get(item_id)
            if new_id is not None:
                answers[new_id] = dataclasses.replace(answer, item=new_id)
            elif answer.status != "unknown":
                issues.append(Issue(
                    "item-not-in-version", f"{profile.jurisdiction.label}: the answer to {item_id} "
                    f"({answer.status}) is left out: {self.target.ref} has no such item.", severity="warning",
                    file=profile.source_file or None,
                    hint="The checklist changelog says what became of it; reassess against the new version."))
        return dataclasses.replace(profile, checklist=self.target.ref, answers=answers), issues

    def _mapping(self, version: str) -> tuple[dict[str, str], list[Issue]]:
        if version not in self._maps:
            self._maps[version] = self._build_mapping(version)
        return self._maps[version]

    def _build_mapping(self, version: str) -> tuple[dict[str, str], list[Issue]]:
        if version not in self.sources:
            return {}, [Issue(
                "unknown-checklist-version", f"{self.target.id}@{version} is not known, so its answers cannot "
                f"be carried to {self.target.ref}.",
                hint="Put the checklist file of that version beside the one named with --checklist, "
                "named <version>.yaml.")]
        forward = _version_key(version) < _version_key(self.target.version)
        low, high = (version, self.target.version) if forward else (self.target.version, version)
        steps = sorted((v for v in self.sources if _version_key(low) <= _version_key(v) <= _version_key(high)),
                       key=_version_key)
        try:
            chain = [self._load(v) for v in steps]
        except GapcheckError as exc:
            return {}, list(exc.issues)
        mapping = {item.id: item.id for item in chain[0].answerable_items}
        for before, after in zip(chain, chain[1:]):
            step = _step_mapping(before, after)
            mapping = {old: step[new] for old, new in mapping.items() if new in step}
        if not forward:
            mapping = {new: old for old, new in mapping.items()}
        return mapping, []

    def others(self) -> Iterator[Checklist]:
        """The other versions that can be loaded, newest first."""
        for version in sorted(self.sources, key=_version_key, reverse=True):
            if version != self.target.version:
                try:
                    yield self._load(version)
                except GapcheckError:
                    continue

    def _load(self, version: str) -> Checklist:
        source = self.sources[version]
        if isinstance(source, Path):
            loaded = load_checklist(source)
            if loaded.id != self.target.id or loaded.version != version:
                raise ComparisonError(f"{source} is not {self.target.id}@{version}", [Issue(
                    "checklist-not-found", f"{source} holds {loaded.ref}, not {self.target.id}@{version}.",
                    file=str(source), hint="Name each checklist file after the version it holds.")])
            source = self.sources[version] = loaded
        return source


def _step_mapping(before: Checklist, after: Checklist) -> dict[str, str]:
    """Old id -> new id for every answerable item carried from one version to the next."""
    diff = diff_checklists(before, after)
    renamed = dict(diff.renamed)
    removed = set(diff.removed)
    mapping: dict[str, str] = {}
    for item in before.answerable_items:
        new_id = renamed.get(item.id, item.id)
        successor = after.get(new_id)
        if item.id not in removed and successor is not None and successor.answerable:
            mapping[item.id] = new_id
    return mapping


def _key(profile: Profile) -> str:
    """What makes two profiles the same jurisdiction: the code, or the name when there is no code."""
    return profile.jurisdiction.code.upper() or profile.jurisdiction.name.casefold().strip()


def pick_jurisdiction(profiles: Sequence[Profile], key: str, file: str | None = None) -> Profile:
    """The profile whose code, name or label is ``key`` (any case): the CODE of ``FILE#CODE``.

    ``file`` is where the profiles were read from; without one they are those of a comparison. A key that fits
    two jurisdictions (two names sharing one code, say) is refused rather than guessed.
    """
    where = file or "the comparison"
    wanted = key.strip().casefold()
    found = [p for p in profiles if wanted in _names_of(p)]
    if len(found) == 1:
        return found[0]
    known = ", ".join(jurisdiction_key(p, profiles) for p in profiles)
    if not found:
        raise ComparisonError(f"no jurisdiction {key!r} in {where}", [Issue(
            "no-such-jurisdiction", f"No jurisdiction {key!r} in {where}.", file=file,
            hint=f"Name one of: {known}.")])
    raise ComparisonError(f"{key!r} names {len(found)} jurisdictions in {where}", [Issue(
        "ambiguous-jurisdiction", f"{key!r} fits {len(found)} jurisdictions in {where}: "
        f"{', '.join(p.jurisdiction.label for p in found)}.", file=file,
        hint=f"Name one of them by its full name: {', '.join(p.jurisdiction.name for p in found)}.")])


def jurisdiction_key(profile: Profile, profiles: Sequence[Profile]) -> str:
    """What to write after '#' to pick ``profile`` out of ``profiles``: its code when no other shares it."""
    code = profile.jurisdiction.code
    if code and sum(code.casefold() in _names_of(p) for p in profiles) == 1:
        return code
    return profile.jurisdiction.name or code


def _names_of(profile: Profile) -> set[str]:
    place = profile.jurisdiction
    return {place.code.casefold(), place.name.casefold(), place.label.casefold()} - {""}


def _fingerprint(profile: Profile) -> str:
    """A stable tie-breaker between two assessments of one jurisdiction made on the same day."""
    text = repr((profile.source_file, profile.jurisdiction, profile.assessor, profile.sources,
                 sorted((k, a.status, a.provisions, a.evidence, a.notes) for k, a in profile.answers.items())))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def latest_per_jurisdiction(profiles: Sequence[Profile]) -> tuple[list[int], list[Issue]]:
    """The positions of one assessment per jurisdiction, the latest; the others are named in a warning.

    Two dates of one jurisdiction are what ``gapcheck progress`` is for.
    """
    by_key: dict[str, list[int]] = {}
    for index, profile in enumerate(profiles):
        by_key.setdefault(_key(profile), []).append(index)
    kept: list[int] = []
    issues: list[Issue] = []
    for _, same in sorted(by_key.items()):
        ordered = same if len(same) == 1 else sorted(
            same, key=lambda i: (profiles[i].assessed_on or date.min, _fingerprint(profiles[i])))
        kept.append(ordered[-1])
        latest = profiles[ordered[-1]]
        for other in (profiles[i] for i in ordered[:-1]):
            issues.append(Issue(
                "duplicate-jurisdiction", f"{latest.jurisdiction.label} is assessed more than once; the "
                f"assessment of {_day(latest)} ({latest.source_file or 'given in Python'}) is compared and the one "
                f"of {_day(other)} ({other.source_file or 'given in Python'}) is left out.", severity="warning",
                file=other.source_file or None,
                hint="Compare one assessment per jurisdiction; `gapcheck progress OLD NEW` shows what changed "
                "between two dates."))
    return kept, issues


def _day(profile: Profile) -> str:
    return profile.assessed_on.isoformat() if profile.assessed_on else "no date"
