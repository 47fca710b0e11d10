"""The public functions: one place where what a user names becomes profiles, checklists and tailorings.

Every function here takes assessments the same way: a :class:`Profile`, a
:class:`Result` (its profile), or a file path, a folder, a glob pattern, or
``FILE#CODE`` for one jurisdiction of a file holding many. Checklists are
named by ``id``, ``id@version``, a file path or a loaded :class:`Checklist`;
a tailoring by a file path or a loaded :class:`Tailoring`. The layers below
never see a path they did not read themselves: scoring takes profiles and
tables, comparisons take profiles already carried to one checklist version.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from gapcheck._checklist import Checklist
from gapcheck._checklist_files import (
    bundled_crosswalks,
    crosswalk_path,
    load_checklist,
    load_crosswalk,
    load_tailoring,
    version_key,
)
from gapcheck._compare import MIN_COVERAGE, Comparison, compare_profiles
from gapcheck._crosswalks import ChecklistCrosswalk
from gapcheck._dual_criminality import DualCriminality, dual_criminality_of
from gapcheck._errors import (
    ChecklistError,
    ComparisonError,
    InvalidArgumentError,
    Issue,
    ProfileError,
    has_errors,
    issue,
)
from gapcheck._profile import Profile
from gapcheck._progress import Progress, progress_between
from gapcheck._projection import Projection
from gapcheck._projection import project as project_onto
from gapcheck._readers import load_profiles
from gapcheck._readers._own_reports import left_out_if_report
from gapcheck._result import Result
from gapcheck._scoring import check_choices
from gapcheck._scoring import score as score_profile
from gapcheck._scoring import score_table as score_statuses
from gapcheck._sources import FileCallback, gather, input_files, pick_profile, split_spec
from gapcheck._tailoring import Tailoring
from gapcheck._versions import VersionChain

if TYPE_CHECKING:
    import pandas as pd

Source: TypeAlias = "Profile | Result | str | os.PathLike[str]"
"""One assessment as a user names it: a profile, a result, or a file (folder, pattern, ``FILE#CODE``)."""

ChecklistRef: TypeAlias = "Checklist | str | os.PathLike[str] | None"
TailoringRef: TypeAlias = "Tailoring | str | os.PathLike[str] | None"

_SOURCE_TYPES = (str, os.PathLike, Profile, Result)


# --- resolving what was named ------------------------------------------------------------


def _as_list(sources: Source | Iterable[Source]) -> list[Profile | str | os.PathLike[str]]:
    """The sources as a list (results as their profiles); anything else is refused, all at once."""
    if isinstance(sources, _SOURCE_TYPES):
        given: list[Any] = [sources]
    elif isinstance(sources, Iterable):
        given = list(sources)
    else:
        given = [sources]
    strangers = [source for source in given if not isinstance(source, _SOURCE_TYPES)]
    if strangers:
        raise InvalidArgumentError("sources must be profile files, folders, patterns, Profiles or Results", [issue(
            "not-a-source", f"{type(s).__name__} is not a profile file, a folder, a pattern, a Profile or a "
            "Result.") for s in strangers])
    return [source.profile if isinstance(source, Result) else source for source in given]


def _one(source: Source, role: str = "profile") -> Profile | str | os.PathLike[str]:
    if not isinstance(source, _SOURCE_TYPES):
        raise InvalidArgumentError(f"{role} must be a Profile, a Result or a profile file, not "
                                   f"{type(source).__name__}", [issue(
            "not-a-profile", f"{type(source).__name__} is not a profile.",
            hint="Pass a Profile, a Result or the path of a profile file; for a file holding several "
            "jurisdictions, name one as 'FILE#CODE'.")])
    return source.profile if isinstance(source, Result) else source


def _checklist(ref: ChecklistRef) -> Checklist | None:
    return None if ref is None else load_checklist(ref if isinstance(ref, Checklist) else os.fspath(ref)
                                                   if isinstance(ref, os.PathLike) else ref)


def _tailored(checklist: Checklist, tailoring: TailoringRef) -> Checklist:
    """The checklist as the tailoring reads it; a tailoring for another checklist is refused with its issues."""
    if tailoring is None:
        return checklist
    loaded = tailoring if isinstance(tailoring, Tailoring) else load_tailoring(tailoring)
    problems = loaded.problems(checklist)
    if problems:
        raise ChecklistError(f"the tailoring cannot be applied to {checklist.ref}", problems)
    return loaded.apply(checklist)


def _known(sources: Sequence[Any]) -> list[Checklist]:
    return [source.checklist for source in sources if isinstance(source, Result)]


def _profile_on(source: Source, checklist: ChecklistRef) -> tuple[Profile, Checklist, list[Issue]]:
    """One jurisdiction's profile and the checklist to score it on (its own version unless one is named).

    A profile made against another version of the named checklist is carried
    to it, with the warnings carrying gives (meaning changed, no longer scored).
    """
    given = _one(source)
    known = [source.checklist] if isinstance(source, Result) else []
    named = _checklist(checklist)
    profile, problems = pick_profile(given, VersionChain(named, known) if named is not None else None)
    if profile is None:
        raise ProfileError(f"{_name(given)}: the profile cannot be read", problems)
    own = _own_checklist(profile, known)
    target = named or own
    if target is None:
        raise ProfileError(f"{_name(given)}: its checklist is not known", [issue(
            "unknown-checklist", f"The profile is assessed against {profile.checklist!r}, which gapcheck does not "
            "know.", file=profile.source_file or None, hint="Name the checklist file with checklist= (-c).")])
    if named is not None and named.id == profile.checklist.partition("@")[0] and profile.checklist != named.ref \
            and own is not None:
        carried, carry_issues = VersionChain(named, [own, *known]).carry(profile)
        if carried is None:
            raise ProfileError(f"{_name(given)}: cannot be carried to {named.ref}", carry_issues)
        return carried, named, carry_issues
    return profile, target, []


def _own_checklist(profile: Profile, known: Sequence[Checklist]) -> Checklist | None:
    for candidate in known:
        if candidate.ref == profile.checklist:
            return candidate
    try:
        return load_checklist(profile.checklist)
    except Exception:  # noqa: BLE001 - a checklist file of the user's own, not bundled
        return None


def _name(given: Profile | str | os.PathLike[str]) -> str:
    if isinstance(given, Profile):
        return given.source_file or given.jurisdiction.label
    return os.fspath(given)


# --- the public functions ------------------------------------------------------------------


def score(
    profile: Source,
    checklist: ChecklistRef = None,
    model: str = "default",
    scope: str = "all",
    *,
    tailoring: TailoringRef = None,
) -> Result:
    """Score one jurisdiction's profile: figures, per-item and per-section tables, gaps, provenance.

    ``profile`` is a :class:`Profile`, a :class:`Result`, or the path of a profile file (``FILE#CODE``
    picks one jurisdiction of a file holding many). ``checklist`` defaults to the version the profile names;
    naming a newer (or older) version of it carries the answers there, with a warning for each item whose
    meaning changed. The model is one of the four XCCDF 1.2 models (``default``, ``flat``,
    ``flat-unweighted``, ``absolute``); ``scope`` is ``all`` or ``legislative``; ``tailoring`` a tailoring
    file (or :class:`Tailoring`) that selects and weighs items.

    Raises :class:`ProfileError` listing every problem of a file, and :class:`InvalidArgumentError` (a
    ``ValueError``) for an unknown model or scope.
    """
    check_choices(model, scope)
    found, target, carried = _profile_on(profile, checklist)
    result = score_profile(found, _tailored(target, tailoring), model=model, scope=scope)
    if carried:
        result = dataclasses.replace(result, issues=(*result.issues, *carried))
    return result


def score_table(
    statuses: pd.DataFrame,
    checklist: ChecklistRef,
    model: str = "default",
    scope: str = "all",
    *,
    tailoring: TailoringRef = None,
) -> pd.DataFrame:
    """Score many jurisdictions at once: one row of statuses in, one row of figures out.

    ``statuses`` has one row per jurisdiction (any index) and one column per answerable item, named by its
    id as a citation writes it (``10.f.vii``, ``10 (f) (vii)``), holding a status as people write it
    (``full``, ``Fully met``, ``yes``); a missing column or a blank cell reads as ``unknown``. The result
    keeps the index and has the columns ``score``, ``score_upper``, ``coverage`` (and ``raw_score``,
    ``max_score`` for the flat models) and ``section:<id>``, all on 0-100 except the raw figures.
    """
    check_choices(model, scope)
    target = _checklist(checklist)
    if target is None:
        raise InvalidArgumentError("score_table needs a checklist", [issue(
            "unknown-checklist", "No checklist was named.", hint="Name one, e.g. 'eg-cybercrime-2018'.")])
    return score_statuses(statuses, _tailored(target, tailoring), model=model, scope=scope)


def compare(
    sources: Source | Iterable[Source],
    checklist: ChecklistRef = None,
    model: str = "default",
    scope: str = "all",
    *,
    tailoring: TailoringRef = None,
    min_coverage: float = MIN_COVERAGE,
    on_file: FileCallback | None = None,
) -> Comparison:
    """Compare profiles, results, files, folders, glob patterns or ``FILE#CODE`` on one checklist version.

    Without ``checklist`` the comparison uses the newest version of the checklist most inputs were assessed
    against; older assessments are carried to it. A jurisdiction assessed below ``min_coverage`` % is
    marked provisional. Problems in single inputs are collected in :attr:`Comparison.issues`;
    :class:`ComparisonError` is raised only when nothing comparable remains.
    """
    check_choices(model, scope)
    given = _as_list(sources)
    batch = gather(given, _checklist(checklist), _known(sources if isinstance(sources, list) else [sources]),
                   on_file=on_file, meanwhile=_load_pandas)
    if not batch.profiles:
        raise ComparisonError("nothing to compare: no input could be read", batch.issues)
    return compare_profiles(_tailored(batch.checklist, tailoring), batch.profiles, batch.assessed_against,
                            model=model, scope=scope, issues=batch.issues, min_coverage=min_coverage)


def _load_pandas() -> None:
    """A comparison is built in pandas; importing it while other processes read a large batch costs no time."""
    import pandas  # noqa: F401


def dual_criminality(a: Source, b: Source, checklist: ChecklistRef = None) -> DualCriminality:
    """For two jurisdictions, whether each offence passes a dual-criminality test.

    ``a`` and ``b`` are profiles, results or files (``FILE#CODE`` picks one jurisdiction). Both are put on one
    checklist version (by default the newer of the two). Naming one jurisdiction twice raises
    :class:`ComparisonError` (``same-jurisdiction``).
    """
    _, batch, _ = _pair(a, b, checklist)
    return dual_criminality_of(batch.profiles[0], batch.profiles[1], batch.checklist)


def progress(
    old: Source,
    new: Source,
    checklist: ChecklistRef = None,
    model: str = "default",
    scope: str = "all",
    *,
    tailoring: TailoringRef = None,
) -> Progress:
    """What changed between an older and a newer assessment of one jurisdiction, and where the change came from.

    ``old`` and ``new`` are profiles, results or files (``FILE#CODE`` picks one jurisdiction). Both are compared
    on ``checklist``, by default the newer of the two versions they were assessed against; the old one is also
    scored as it was, on its own version, so that the checklist's own change is one part of the change.
    """
    check_choices(model, scope)
    picked, batch, issues = _pair(old, new, checklist)
    target = _tailored(batch.checklist, tailoring)
    own = batch.versions.version(picked[0].checklist.partition("@")[2]) if batch.versions else None
    if own is None or own.version == target.version:
        native, native_profile = target, batch.profiles[0]
    else:
        native, native_profile = own, picked[0]
        if target.tailoring is not None and batch.versions is not None:
            step, _ = batch.versions.step(own.version)
            back = {new: old for old, new in step.mapping.items()} if step else {}
            native = target.tailoring.renamed(back, own).apply(own)
    return progress_between(native_profile, native, batch.profiles[0], batch.profiles[1], target, model=model,
                            scope=scope, assessed_against=batch.assessed_against, issues=issues,
                            meaning_changed=_meaning_changed(batch.versions, picked[0], target))


def _meaning_changed(versions: VersionChain | None, old: Profile, target: Checklist) -> frozenset[str]:
    """The items (ids on ``target``) whose meaning changed between the old assessment's version and the target."""
    version = old.checklist.partition("@")[2]
    if versions is None or not version or version == target.version:
        return frozenset()
    step, _ = versions.step(version)
    return frozenset(step.changed) if step is not None else frozenset()


def _pair(a: Source, b: Source, checklist: ChecklistRef) -> tuple[list[Profile], Any, tuple[Issue, ...]]:
    """Two jurisdictions' profiles as read, and both carried to one checklist version; errors raise with every issue."""
    first, second = _one(a, "a"), _one(b, "b")
    named = _checklist(checklist)
    versions = VersionChain(named, _known([a, b])) if named is not None else None
    picked: list[Profile] = []
    issues: list[Issue] = []
    for source in (first, second):
        profile, problems = pick_profile(source, versions)
        issues.extend(problems)
        if profile is not None:
            picked.append(profile)
    if has_errors(issues) or len(picked) != 2:
        raise ProfileError("the assessments cannot be read", issues)
    batch = gather(picked, named, _known([a, b]))
    issues.extend(batch.issues)
    if has_errors(batch.issues) or len(batch.profiles) != 2:
        raise ComparisonError("the two assessments cannot be compared", list(dict.fromkeys(issues)))
    return picked, batch, tuple(dict.fromkeys(issues))  # one file given twice: its issues once


def validate_profile(source: str | os.PathLike[str], checklist: ChecklistRef = None) -> list[Issue]:
    """Every problem in a profile file, or in every profile file of a folder or pattern; never raises for them.

    A report gapcheck wrote is one problem (``report-not-profile``): an error when named directly, a warning
    (the file is left out) when found in a folder or pattern. An empty list means no problem at all.
    """
    return [found for problems in validate_profiles([source], checklist).values() for found in problems]


def validate_profiles(sources: Sequence[str | os.PathLike[str]],
                      checklist: ChecklistRef = None) -> dict[str, list[Issue]]:
    """Every problem per file checked (``""`` for a path that names no file), in the order given."""
    try:
        named = _checklist(checklist)
    except ChecklistError as exc:  # a bad checklist is a problem of every file read against it
        problems = list(exc.issues) or [issue("unknown-checklist", str(exc))]
        return {os.fspath(source): [dataclasses.replace(p, file=p.file or os.fspath(source)) for p in problems]
                for source in sources}
    found: dict[str, list[Issue]] = {}
    for source in sources:
        text = os.fspath(source)
        if Path(text).is_file() or not _stands_for_many(text):
            path = split_spec(text)[0]
            found.setdefault(os.fspath(path), load_profiles(path, named)[1])
            continue
        files, problems = input_files([text])
        if problems:
            found.setdefault("", []).extend(problems)
        for path in files:
            found.setdefault(os.fspath(path), left_out_if_report(path, load_profiles(path, named)[1]))
    return found


def _stands_for_many(text: str) -> bool:
    import glob

    return Path(text).is_dir() or (glob.has_magic(text) and not Path(text).exists())


def report_path_issues(paths: Iterable[str | os.PathLike[str]], inputs: Iterable[str | os.PathLike[str]] = (),
                       overwrite: bool = False) -> list[Issue]:
    """Every problem with report names, before any work: unknown format, an input, a folder, another file."""
    from gapcheck._reports import report_path_problems

    return report_path_problems(list(paths), list(inputs), overwrite)


def write_template(path: str | os.PathLike[str], checklist: ChecklistRef = None, overwrite: bool = False, *,
                   tailoring: TailoringRef = None, paper: str = "a4") -> Path:
    """Write a blank assessment template for ``checklist`` (default: the newest eg-cybercrime-2018).

    With ``tailoring`` the Assessment sheet lists the items the tailoring selects; the others are listed on
    the Context sheet as left out. An existing file is replaced only with ``overwrite=True``. The workbook is
    laid out to print on ``paper``: "a4" (the default) or "letter"; any other is an
    :class:`InvalidArgumentError` (``unknown-paper``).
    """
    from gapcheck._checklist_files import DEFAULT_CHECKLIST
    from gapcheck._reports import check_paper
    from gapcheck._template import write_template as write

    check_paper(paper)  # a wrong paper is a wrong call: said before any checklist is read
    chosen = _checklist(checklist) or load_checklist(DEFAULT_CHECKLIST)
    return write(Path(path), _tailored(chosen, tailoring), overwrite, paper=paper)


def project(
    profile: Source,
    onto: ChecklistRef,
    *,
    crosswalk: str | os.PathLike[str] | ChecklistCrosswalk | None = None,
    model: str = "default",
    scope: str = "all",
) -> Projection:
    """Carry an assessment onto another checklist through a crosswalk: a draft profile to confirm, and its range.

    ``profile`` is a Profile, a Result or a profile file (``FILE#CODE`` picks one jurisdiction); ``onto`` the
    target checklist. Without ``crosswalk`` the bundled crosswalk from the profile's checklist to the target is
    used, the profile first carried to the version that crosswalk starts from (with a warning for each item
    whose meaning changed). The result's ``profile`` is an ordinary profile for the target checklist (write
    it with :func:`write_profile`); its ``result`` is the readiness report, whose headline is a range.
    """
    check_choices(model, scope)
    target = _checklist(onto)
    if target is None:
        raise InvalidArgumentError("project needs a target checklist", [issue(
            "unknown-checklist", "No checklist was named to project onto.", hint="Name one, e.g. 'budapest-2001'.")])
    found, own, _ = _profile_on(profile, None)
    chosen = _crosswalk_for(own, target, crosswalk)
    source_checklist = load_checklist(chosen.source)
    carried_issues: list[Issue] = []
    if source_checklist.ref != own.ref:
        moved, carried_issues = VersionChain(source_checklist, [own]).carry(found)
        if moved is None:
            raise ProfileError(f"{_name(found)}: cannot be carried to {source_checklist.ref}", carried_issues)
        found = moved
    problems = chosen.problems(source_checklist, target)
    if problems:
        raise ChecklistError(f"the crosswalk does not join {source_checklist.ref} and {target.ref}", problems)
    projection = project_onto(found, source_checklist, target, chosen, model=model, scope=scope)
    if carried_issues:
        result = dataclasses.replace(projection.result, issues=(*projection.result.issues, *carried_issues))
        projection = dataclasses.replace(projection, result=result)
    return projection


def _crosswalk_for(own: Checklist, target: Checklist,
                   given: str | os.PathLike[str] | ChecklistCrosswalk | None) -> ChecklistCrosswalk:
    """The crosswalk named, else the bundled one from the newest version of the profile's checklist to ``target``."""
    if isinstance(given, ChecklistCrosswalk):
        return given
    if given is not None and not isinstance(given, (str, os.PathLike)):
        raise InvalidArgumentError(f"crosswalk must be a ChecklistCrosswalk or a file, not {type(given).__name__}",
                                   [issue("invalid-crosswalk", f"{type(given).__name__} is not a crosswalk.")])
    if given is not None:
        return load_crosswalk(given)
    direct = crosswalk_path(own.ref, target.ref)
    if direct.is_file():
        return load_crosswalk(direct)
    candidates = [load_crosswalk(path) for path in bundled_crosswalks()]
    usable = [c for c in candidates if c.target == target.ref and c.source.partition("@")[0] == own.id]
    if usable:
        return max(usable, key=lambda c: version_key(c.source.partition("@")[2]))
    known = ", ".join(f"{c.source} -> {c.target}" for c in candidates) or "none"
    raise ChecklistError(f"no crosswalk from {own.ref} to {target.ref}", [issue(
        "no-crosswalk", f"No crosswalk joins {own.id} to {target.ref}.",
        hint=f"Bundled crosswalks: {known}. Name a crosswalk file of your own with crosswalk= (--crosswalk).")])
