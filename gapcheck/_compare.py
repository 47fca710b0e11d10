"""Comparing jurisdictions side by side: who stands where, which gaps are shared, where cooperation fails.

A technical-assistance team assesses dozens of countries. :func:`compare`
puts every assessment on one footing (one checklist version, one scoring
model and scope) and answers the team's questions in tables:

* ``overview``: score, upper bound, coverage and rank of every jurisdiction
  (rank 1 is the highest score; equal scores share a rank);
* ``groups``: median, lowest and highest score per group (region);
* ``statuses`` and ``sections``: the item-by-item and section-by-section view;
* ``shared_gaps``: the items most jurisdictions fall short on, where help is
  needed most;
* ``peers``: for each jurisdiction, the items where it is behind most of its
  group;
* ``pairs`` and ``obstacles``: dual criminality. Extradition usually needs
  the conduct to be an offence in both States (paras. 9 (c) and 9 (e) of the
  source: conduct counts, not labels), so for every pair the share of
  criminalization items both cover fully, and for every jurisdiction the
  offences whose absence blocks cooperation with the partners that have them.

Inputs may be profiles, results, files, folders or glob patterns. A broken
file does not stop the batch: its problems are kept in ``issues`` and the
rest are compared. Profiles made against older versions of the checklist
are carried forward through each item's ``replaces``.
"""

from __future__ import annotations

import dataclasses
import glob
import hashlib
import os
import warnings
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, NamedTuple, Sequence, TypeAlias

from gapcheck._checklist import Checklist, Item, list_checklists, load_checklist
from gapcheck._diff import diff_checklists
from gapcheck._errors import ComparisonError, GapcheckError, Issue, ProfileError, has_errors
from gapcheck._profile import STATUSES, Answer, Profile
from gapcheck._result import MODELS, SCOPES, Result
from gapcheck._safety import report_kind
from gapcheck._version import __version__

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

INPUT_SUFFIXES = (".xlsx", ".csv", ".json")
"""What a folder or a glob pattern contributes to a batch."""

OVERVIEW_COLUMNS = (
    "rank", "jurisdiction", "code", "group", "score", "score_upper", "coverage", "assessed_on", "checklist", "file",
)
"""Columns of :attr:`Comparison.overview`, one row per jurisdiction, best score first."""

GROUP_COLUMNS = ("group", "jurisdictions", "median", "min", "max")
"""Columns of :attr:`Comparison.groups`: score aggregates per group, then ``(all)`` for the whole batch."""

SHARED_GAP_COLUMNS = (
    "rank", "id", "citation", "section", "title", "weight", "short", "share",
    "partial", "planned", "none", "unknown", "jurisdictions",
)
"""Columns of :attr:`Comparison.shared_gaps`: items by how many jurisdictions fall short (below ``full``)."""

PEER_COLUMNS = ("jurisdiction", "code", "group", "peers", "id", "title", "status", "value", "peer_median")
"""Columns of :attr:`Comparison.peers`: items where a jurisdiction's value is below its peers' median."""

OBSTACLE_COLUMNS = ("jurisdiction", "code", "group", "id", "title", "status", "partners_blocked", "share")
"""Columns of :attr:`Comparison.obstacles`: an offence a jurisdiction lacks, and how many partners have it."""

DUAL_CRIMINALITY_COLUMNS = ("id", "citation", "title", "status_a", "status_b", "outcome", "passes", "lacking")
"""Columns of :func:`dual_criminality`: one row per criminalization item for one pair."""

INPUT_COLUMNS = ("file", "sha256", "jurisdiction", "code", "group", "assessed_on", "checklist", "compared_on")
"""Columns of :attr:`Comparison.inputs`: where every compared assessment came from."""

PAIR_MATRIX_LIMIT = 300
"""Above this many jurisdictions the workbook shows pair shares between groups, not between every pair.

A 1,000 x 1,000 matrix takes longer to write than everything else together and
cannot be read on a screen; the full matrix stays in :attr:`Comparison.pairs`
and in the JSON report.
"""

_VALUE_BY_CODE = (1.0, 0.5, 0.0, 0.0, float("nan"), 0.0)
"""The headline value of each status, in the order of STATUSES (unknown counts as not met)."""
_FULL, _NOT_APPLICABLE, _UNKNOWN = STATUSES.index("full"), STATUSES.index("not_applicable"), STATUSES.index("unknown")

FileCallback = Callable[[int, int, "Path | None"], None]
"""Called as ``(done, total, path)`` before each file is read and ``(total, total, None)`` at the end."""

Source: TypeAlias = "Profile | Result | str | os.PathLike[str]"
"""What the functions here accept as one assessment: a profile, a result, or a file (folder, pattern)."""


@dataclass(frozen=True, eq=False)
class Comparison:
    """Jurisdictions side by side on one checklist version, one model and one scope.

    Every per-jurisdiction table is indexed by the jurisdiction's label
    (``Name (CODE)``) and ordered like :attr:`overview`: by rank, then name.
    """

    checklist: Checklist
    model: str
    scope: str
    profiles: tuple[Profile, ...]
    overview: pd.DataFrame
    groups: pd.DataFrame
    statuses: pd.DataFrame
    sections: pd.DataFrame
    shared_gaps: pd.DataFrame
    peers: pd.DataFrame
    pairs: pd.DataFrame
    obstacles: pd.DataFrame
    inputs: pd.DataFrame
    issues: tuple[Issue, ...] = ()
    provenance: Mapping[str, Any] = field(default_factory=dict)

    @property
    def has_errors(self) -> bool:
        """True when some input could not be compared (the CLI then exits with status 1)."""
        return has_errors(self.issues)

    @property
    def items(self) -> tuple[Item, ...]:
        """The items compared: scored, answerable, inside the scope, in checklist order."""
        return compared_items(self.checklist, self.scope)

    @property
    def criminalization_items(self) -> tuple[Item, ...]:
        """The items a dual-criminality test looks at."""
        return criminalization_items(self.checklist)

    def profile_of(self, key: str) -> Profile:
        """The compared profile of a jurisdiction, by code, name or label."""
        return pick_jurisdiction(self.profiles, key, "the comparison")

    def dual_criminality(self, a: str, b: str) -> pd.DataFrame:
        """The item-by-item dual-criminality detail for two jurisdictions of this comparison."""
        return _dual_criminality_table(self.profile_of(a), self.profile_of(b), self.checklist)


# --- the public functions ---------------------------------------------------------------


def compare(
    sources: Source | Iterable[Source],
    checklist: str | Path | Checklist | None = None,
    model: str = "default",
    scope: str = "all",
    *,
    on_file: FileCallback | None = None,
) -> Comparison:
    """Compare profiles, results, files, folders or glob patterns on one checklist version.

    Without ``checklist`` the comparison uses the newest version of the
    checklist most inputs were assessed against. Problems in single inputs
    are collected in :attr:`Comparison.issues`; :class:`ComparisonError` is
    raised only when nothing comparable remains.
    """
    check_choice(model, MODELS, "model")
    check_choice(scope, SCOPES, "scope")
    batch = prepare(sources, checklist, on_file=on_file)
    if not batch.profiles:
        raise ComparisonError("nothing to compare: no input could be read", batch.issues)
    kept, duplicates = _latest_per_jurisdiction(batch.profiles)
    return _build_comparison(
        batch.checklist, [batch.profiles[i] for i in kept], [batch.assessed_against[i] for i in kept],
        model, scope, (*batch.issues, *duplicates),
    )


def dual_criminality(
    a: Source, b: Source, checklist: str | Path | Checklist | None = None,
) -> pd.DataFrame:
    """For two jurisdictions, whether each criminalization item passes a dual-criminality test.

    ``a`` and ``b`` are profiles, results or files; ``FILE#CODE`` picks one
    jurisdiction from a file holding many. One row per criminalization item
    (answerable, addressed to the State): ``outcome`` is ``both`` (both
    cover it fully: the test passes), ``only <label>`` (an obstacle: the
    other side lacks it, named in ``lacking``) or ``neither``. The result
    is symmetric: swapping ``a`` and ``b`` swaps only ``status_a`` and
    ``status_b``.
    """
    pair = prepare_pair(a, b, checklist)
    return _dual_criminality_table(*pair.profiles, pair.checklist)


# --- preparing a batch: files, checklist versions ---------------------------------------


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
        names = ", ".join(p.jurisdiction.code or p.jurisdiction.name for p in profiles)
        return None, [Issue(
            "several-jurisdictions", f"The file holds {len(profiles)} jurisdictions ({names}).", file=str(path),
            hint=f"Name one after a '#': {path}#{profiles[0].jurisdiction.code or profiles[0].jurisdiction.name}.")]
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


def _as_list(sources: Source | Iterable[Source]) -> list[Source]:
    if isinstance(sources, (str, os.PathLike, Profile, Result)):
        return [sources]
    return list(sources)


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
    for index, path in enumerate(files):
        if on_file:
            on_file(index, len(files), path)
        read, problems = _load(path, versions)
        profiles.extend(read)
        issues.extend(problems)
    if on_file and files:
        on_file(len(files), len(files), None)
    return profiles, issues


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
    from gapcheck._validate import report_instead_of_profile

    try:
        profiles, issues = load_profiles(path, checklist)
    except GapcheckError as exc:
        return [], list(exc.issues) or [Issue("unreadable", str(exc), file=str(path),
                                              hint="Run `gapcheck validate FILE` on it to see what is wrong.")]
    if has_errors(issues):
        return [], [report_instead_of_profile(path, "warning")] if report_kind(path) else list(issues)
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


def pick_jurisdiction(profiles: Sequence[Profile], key: str, where: str) -> Profile:
    """The profile whose code, name or label is ``key`` (any case): the CODE of ``FILE#CODE``."""
    wanted = key.strip().casefold()
    for profile in profiles:
        place = profile.jurisdiction
        if wanted in {place.code.casefold(), place.name.casefold(), place.label.casefold()} - {""}:
            return profile
    known = ", ".join(p.jurisdiction.code or p.jurisdiction.name for p in profiles)
    raise ComparisonError(f"no jurisdiction {key!r} in {where}", [Issue(
        "no-such-jurisdiction", f"No jurisdiction {key!r} in {where}.", file=where,
        hint=f"Name one of: {known}.")])


def _fingerprint(profile: Profile) -> str:
    """A stable tie-breaker between two assessments of one jurisdiction made on the same day."""
    text = repr((profile.source_file, profile.jurisdiction, profile.assessor, profile.sources,
                 sorted((k, a.status, a.provisions, a.evidence, a.notes) for k, a in profile.answers.items())))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _latest_per_jurisdiction(profiles: Sequence[Profile]) -> tuple[list[int], list[Issue]]:
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


def check_choice(value: str, allowed: Sequence[str], what: str) -> None:
    """Refuse an unknown model or scope with an issue that lists the choices."""
    if value not in allowed:
        raise ComparisonError(f"unknown {what} {value!r}", [Issue(
            f"unknown-{what}", f"There is no {what} called {value!r}.", hint=f"Choose one of: {', '.join(allowed)}.")])


# --- the tables -------------------------------------------------------------------------


def compared_items(checklist: Checklist, scope: str) -> tuple[Item, ...]:
    """The items a comparison shows: scored (State-addressed, answerable), narrowed by the scope."""
    return tuple(i for i in checklist.scored_items if scope != "legislative" or i.legislative)


def criminalization_items(checklist: Checklist) -> tuple[Item, ...]:
    """Answerable, State-addressed items whose kinds include criminalization."""
    return tuple(i for i in checklist.scored_items if "criminalization" in i.kinds)


def status_codes(profiles: Sequence[Profile], items: Sequence[str]) -> np.ndarray:
    """A jurisdictions x items array of status positions in STATUSES (0 is full, 5 unknown)."""
    import numpy as np

    position = {status: index for index, status in enumerate(STATUSES)}
    codes = np.full((len(profiles), len(items)), _UNKNOWN, dtype=np.int8)
    column = {item: index for index, item in enumerate(items)}
    for row, profile in enumerate(profiles):
        for item_id, answer in profile.answers.items():
            col = column.get(item_id)
            if col is not None:
                codes[row, col] = position.get(answer.status, _UNKNOWN)
    return codes


def _build_comparison(
    checklist: Checklist, profiles: Sequence[Profile], assessed_against: Sequence[str], model: str, scope: str,
    issues: Sequence[Issue],
) -> Comparison:
    import numpy as np
    import pandas as pd

    from gapcheck._scoring import score_table

    answerable = [item.id for item in checklist.answerable_items]
    labels = [p.jurisdiction.label for p in profiles]
    statuses = pd.DataFrame(np.asarray(STATUSES, dtype=object)[status_codes(profiles, answerable)], index=labels,
                            columns=answerable)
    figures = score_table(statuses, checklist, model=model, scope=scope)
    figures.insert(0, "rank", figures["score"].round(6).rank(method="min", ascending=False).astype(int))
    order = sorted(range(len(profiles)), key=lambda i: (figures["rank"].iloc[i],
                                                        profiles[i].jurisdiction.name.casefold(),
                                                        profiles[i].jurisdiction.code, labels[i]))
    profiles = [profiles[i] for i in order]
    statuses, figures = statuses.iloc[order], figures.iloc[order]
    overview = _overview(profiles, figures, [assessed_against[i] for i in order])
    return Comparison(
        checklist=checklist,
        model=model,
        scope=scope,
        profiles=tuple(profiles),
        overview=overview,
        groups=_groups(overview),
        statuses=statuses,
        sections=_sections(overview, figures, checklist),
        **_item_tables(checklist, scope, profiles, statuses),
        inputs=_inputs(profiles, list(overview["checklist"]), checklist),
        issues=tuple(issues),
        provenance={
            "gapcheck": __version__,
            "checklist": checklist.ref,
            "checklist_title": checklist.title,
            "checklist_sha256": checklist.sha256,
            "caveat": checklist.caveat,
            "model": model,
            "scope": scope,
            "jurisdictions": len(profiles),
            "items_compared": len(compared_items(checklist, scope)),
            "criminalization_items": len(criminalization_items(checklist)),
        },
    )


def _item_tables(
    checklist: Checklist, scope: str, profiles: Sequence[Profile], statuses: pd.DataFrame,
) -> dict[str, pd.DataFrame]:
    """Shared gaps, peers, the pair matrix and the obstacles, from the statuses in overview order."""
    import numpy as np

    position = {status: index for index, status in enumerate(STATUSES)}
    shown = compared_items(checklist, scope)
    crime = criminalization_items(checklist)
    shown_codes = statuses[[item.id for item in shown]].map(position.get).to_numpy(dtype=np.int8)
    crime_codes = statuses[[item.id for item in crime]].map(position.get).to_numpy(dtype=np.int8)
    lines, line_codes = _merge_alternatives(checklist, shown, shown_codes)
    return {
        "shared_gaps": _shared_gaps(lines, line_codes, profiles),
        "peers": _peers(lines, line_codes, profiles),
        "pairs": _pairs(crime_codes == _FULL, statuses.index),
        "obstacles": _obstacles(crime, crime_codes == _FULL, crime_codes, profiles),
    }


class Line(NamedTuple):
    """A row of the shared-gaps and peers tables: one item, or an alternatives set taken as one."""

    id: str
    citation: str
    section: str
    title: str
    weight: float


def _merge_alternatives(
    checklist: Checklist, items: Sequence[Item], codes: np.ndarray,
) -> tuple[list[Line], np.ndarray]:
    """One line per item, an alternatives set (9 (s) or 9 (t)) as one line holding its best status.

    Neither position of a set is a gap when the other is met, as in scoring:
    the set is unknown only when no member is answered, and not applicable
    only when every member is.
    """
    import numpy as np

    column = {item.id: index for index, item in enumerate(items)}
    lines: list[Line] = []
    merged: list[np.ndarray] = []
    done: set[str] = set()
    for item in items:
        if item.id in done:
            continue
        members = [item, *(checklist[m] for m in checklist.alternatives_of(item.id) if m in column)]
        done.update(m.id for m in members)
        block = codes[:, [column[m.id] for m in members]]
        answered = np.where(block < _NOT_APPLICABLE, block, 99).min(axis=1)
        unknown = (block == _UNKNOWN).any(axis=1)
        merged.append(np.where(answered < 99, answered, np.where(unknown, _UNKNOWN, _NOT_APPLICABLE)))
        lines.append(Line(" or ".join(m.id for m in members), " / ".join(m.citation for m in members),
                          item.section, " / ".join(m.title for m in members), max(m.weight for m in members)))
    stacked = np.stack(merged, axis=1) if merged else codes[:, :0]
    return lines, stacked.astype(np.int8)


def _overview(profiles: Sequence[Profile], figures: pd.DataFrame, assessed_against: Sequence[str]) -> pd.DataFrame:
    import pandas as pd

    frame = pd.DataFrame({
        "rank": figures["rank"].to_numpy(),
        "jurisdiction": [p.jurisdiction.name for p in profiles],
        "code": [p.jurisdiction.code for p in profiles],
        "group": [p.jurisdiction.group for p in profiles],
        "score": figures["score"].to_numpy(dtype=float),
        "score_upper": figures["score_upper"].to_numpy(dtype=float),
        "coverage": figures["coverage"].to_numpy(dtype=float),
        "assessed_on": [p.assessed_on.isoformat() if p.assessed_on else "" for p in profiles],
        "checklist": list(assessed_against),
        "file": [p.source_file for p in profiles],
    }, index=figures.index, columns=list(OVERVIEW_COLUMNS))
    frame.index.name = "label"
    return frame


def _groups(overview: pd.DataFrame) -> pd.DataFrame:
    """Median, lowest and highest score per group, then the whole batch as ``(all)``."""
    import pandas as pd

    rows = []
    grouped = overview[overview["group"] != ""]
    for name, members in sorted(grouped.groupby("group")["score"], key=lambda kv: str(kv[0]).casefold()):
        rows.append((name, len(members), members.median(), members.min(), members.max()))
    if rows:
        scores = overview["score"]
        rows.append(("(all)", len(scores), scores.median(), scores.min(), scores.max()))
    return pd.DataFrame(rows, columns=list(GROUP_COLUMNS))


def _sections(overview: pd.DataFrame, figures: pd.DataFrame, checklist: Checklist) -> pd.DataFrame:
    frame = overview[["jurisdiction", "code", "group", "score"]].copy()
    for section in checklist.sections:
        frame[section.id] = figures[f"section:{section.id}"].to_numpy(dtype=float)
    return frame


def _names(profiles: Sequence[Profile], rows: np.ndarray) -> str:
    """Short names (the code, else the name) in alphabetical order, easy to scan for one's own."""
    return ", ".join(sorted((profiles[i].jurisdiction.code or profiles[i].jurisdiction.name for i in rows),
                            key=str.casefold))


def _shared_gaps(items: Sequence[Line], codes: np.ndarray, profiles: Sequence[Profile]) -> pd.DataFrame:
    """Items by how many jurisdictions fall short of full on them (unknown counts as short)."""
    import numpy as np
    import pandas as pd

    short = (codes != _FULL) & (codes != _NOT_APPLICABLE)
    counts = short.sum(axis=0)
    per_status = {s: (codes == STATUSES.index(s)).sum(axis=0) for s in ("partial", "planned", "none", "unknown")}
    order = sorted(range(len(items)), key=lambda j: (-counts[j], j))
    total = max(len(profiles), 1)
    rows = []
    for j in order:
        if counts[j] == 0:
            continue
        item = items[j]
        rows.append({
            "id": item.id, "citation": item.citation, "section": item.section, "title": item.title,
            "weight": item.weight, "short": int(counts[j]), "share": 100.0 * counts[j] / total,
            **{s: int(per_status[s][j]) for s in per_status},
            "jurisdictions": _names(profiles, np.flatnonzero(short[:, j])),
        })
    frame = pd.DataFrame(rows, columns=[c for c in SHARED_GAP_COLUMNS if c != "rank"])
    frame.insert(0, "rank", frame["short"].rank(method="min", ascending=False).astype(int))
    return frame


def _peers(items: Sequence[Line], codes: np.ndarray, profiles: Sequence[Profile]) -> pd.DataFrame:
    """Items where a jurisdiction's value is below the median of its group (of all, without a group)."""
    import numpy as np
    import pandas as pd

    values = np.asarray(_VALUE_BY_CODE)[codes]
    groups = np.asarray([p.jurisdiction.group for p in profiles], dtype=object)
    with warnings.catch_warnings():  # an item no one can be measured on has no median: nobody is behind
        warnings.simplefilter("ignore", RuntimeWarning)
        medians = np.tile(np.nanmedian(values, axis=0), (len(values), 1))
        for name in set(groups) - {""}:
            members = groups == name
            medians[members] = np.nanmedian(values[members], axis=0)
    rows, columns = np.nonzero(values < medians)
    places = _places(profiles)
    return pd.DataFrame({
        "jurisdiction": places["name"][rows], "code": places["code"][rows], "group": places["group"][rows],
        "peers": np.where(places["group"][rows] == "", "all", places["group"][rows]),
        "id": np.asarray([line.id for line in items], dtype=object)[columns],
        "title": np.asarray([line.title for line in items], dtype=object)[columns],
        "status": np.asarray(STATUSES, dtype=object)[codes[rows, columns]],
        "value": values[rows, columns], "peer_median": medians[rows, columns],
    }, columns=list(PEER_COLUMNS))


def _places(profiles: Sequence[Profile]) -> dict[str, np.ndarray]:
    """Name, code and group of every jurisdiction as arrays, for building long tables at once."""
    import numpy as np

    return {key: np.asarray([getattr(p.jurisdiction, key) for p in profiles], dtype=object)
            for key in ("name", "code", "group")}


def _pairs(crime_full: np.ndarray, labels: pd.Index) -> pd.DataFrame:
    """Jurisdictions x jurisdictions: the share of criminalization items both cover fully (0-100)."""
    import numpy as np
    import pandas as pd

    count = crime_full.shape[1]
    both = crime_full.astype(np.float64) @ crime_full.T.astype(np.float64)
    share = both * (100.0 / count) if count else np.full(both.shape, np.nan)
    return pd.DataFrame(share, index=labels, columns=labels)


def _obstacles(
    items: Sequence[Item], full: np.ndarray, codes: np.ndarray, profiles: Sequence[Profile],
) -> pd.DataFrame:
    """Each offence a jurisdiction lacks, with the number of partners that have it (pairs it blocks)."""
    import numpy as np
    import pandas as pd

    partners = full.sum(axis=0)
    others = max(len(profiles) - 1, 1)
    rows, columns = np.nonzero(~full & (partners > 0)[np.newaxis, :])
    places = _places(profiles)
    frame = pd.DataFrame({
        "jurisdiction": places["name"][rows], "code": places["code"][rows], "group": places["group"][rows],
        "id": np.asarray([item.id for item in items], dtype=object)[columns],
        "title": np.asarray([item.title for item in items], dtype=object)[columns],
        "status": np.asarray(STATUSES, dtype=object)[codes[rows, columns]],
        "partners_blocked": partners[columns].astype(int), "share": 100.0 * partners[columns] / others,
    }, columns=list(OBSTACLE_COLUMNS))
    return frame.sort_values("partners_blocked", ascending=False, kind="stable").reset_index(drop=True)


def _inputs(profiles: Sequence[Profile], assessed_against: Sequence[str], checklist: Checklist) -> pd.DataFrame:
    import pandas as pd

    rows = sorted(
        ((p.source_file, p.source_sha256, p.jurisdiction.name, p.jurisdiction.code, p.jurisdiction.group,
          p.assessed_on.isoformat() if p.assessed_on else "", ref, checklist.ref)
         for p, ref in zip(profiles, assessed_against)),
        key=lambda row: (row[0], row[3], row[2]),
    )
    return pd.DataFrame(rows, columns=list(INPUT_COLUMNS))


def _dual_criminality_table(a: Profile, b: Profile, checklist: Checklist) -> pd.DataFrame:
    import pandas as pd

    first, second = a.jurisdiction.label, b.jurisdiction.label
    rows = []
    for item in criminalization_items(checklist):
        status_a, status_b = a.answer(item.id).status, b.answer(item.id).status
        has_a, has_b = status_a == "full", status_b == "full"
        outcome = ("both" if has_a and has_b else f"only {first}" if has_a else f"only {second}" if has_b
                   else "neither")
        lacking = "" if has_a and has_b else second if has_a else first if has_b else "both"
        rows.append((item.id, item.citation, item.title, status_a, status_b, outcome, has_a and has_b, lacking))
    frame = pd.DataFrame(rows, columns=list(DUAL_CRIMINALITY_COLUMNS))
    frame.attrs.update(a=first, b=second, checklist=checklist.ref)
    return frame


def pass_share(detail: pd.DataFrame) -> float:
    """The share (0-100) of criminalization items that pass a dual-criminality test for one pair."""
    return 100.0 * float(detail["passes"].mean()) if len(detail) else float("nan")
