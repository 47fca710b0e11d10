"""Carrying an assessment from one version of a checklist to another, honestly.

A published checklist version is never edited, so a profile made against
1.0.0 stays scoreable against 1.0.0. To put it beside assessments made
against 1.1.0 (``compare``, ``progress``, or ``score -c`` naming 1.1.0), its
answers are carried step by step through the versions in between, following
each item's ``replaces``. The rule, documented in the README:

* an answer to an item the newer version dropped is left out, with an
  ``item-not-in-version`` warning;
* an item added since counts as unknown;
* an answer to an item whose meaning changed (the newer version marks it
  ``meaning_changed``) keeps its status and is flagged in one
  ``meaning-changed`` warning per profile, naming every such item, to be
  re-checked;
* an answer to an item that became context (no longer addressed to the State)
  is kept for reference and leaves the score, with a ``no-longer-scored``
  warning.

Carrying back to an older version follows the same steps in reverse.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from gapcheck._checklist import Checklist
from gapcheck._checklist_files import CHECKLIST_SUFFIXES, bundled_versions, load_checklist, version_key
from gapcheck._diff import diff_checklists
from gapcheck._errors import ComparisonError, GapcheckError, Issue, issue
from gapcheck._profile import Answer, Profile


@dataclass(frozen=True)
class Step:
    """What carrying answers from one version to another does to each item id."""

    mapping: Mapping[str, str]
    """Old id -> new id, for every answerable item that survives."""
    changed: Mapping[str, str]
    """New id -> what changed in its meaning, for every item whose meaning changed on the way."""
    to_context: frozenset[str]
    """New ids of items that were scored before and are context now."""
    adjacent: bool = True
    """Whether the step joins two neighbouring versions (else several steps are taken as one)."""


def split_ref(ref: str) -> tuple[str, str]:
    """``id@version`` -> (id, version); a bare id has version ''."""
    checklist_id, _, version = ref.partition("@")
    return checklist_id, version


class VersionChain:
    """Every known version of the target's checklist, to carry answers forward (or back) through ``replaces``.

    Versions are the bundled ones, files named ``<version>.yaml`` beside the
    target file (the layout of the bundled checklists), and any given.
    """

    def __init__(self, target: Checklist, known: Sequence[Checklist] = ()) -> None:
        self.target = target
        self.sources: dict[str, Checklist | Path] = dict(bundled_versions(target.id))
        if target.path and Path(target.path).parent.is_dir():
            for path in sorted(Path(target.path).parent.iterdir()):
                if path.suffix in CHECKLIST_SUFFIXES and version_key(path.stem):
                    self.sources.setdefault(path.stem, path)
        for checklist in known:
            if checklist.id == target.id:
                self.sources[checklist.version] = checklist
        self.sources[target.version] = target
        self._steps: dict[str, tuple[Step | None, list[Issue]]] = {}

    def carry(self, profile: Profile) -> tuple[Profile | None, list[Issue]]:
        """The profile with its answers under the target's ids, or None with an error issue."""
        checklist_id, version = split_ref(profile.checklist)
        where = profile.source_file or None
        if checklist_id != self.target.id:
            return None, [issue(
                "other-checklist", f"{profile.jurisdiction.label} is assessed against {profile.checklist}, not "
                f"against {self.target.id}; it is left out.", file=where,
                hint=f"Compare only assessments against one checklist, or reassess against {self.target.ref}.")]
        if version == self.target.version:
            return profile, []
        step, problems = self.step(version)
        if step is None:
            return None, [dataclasses.replace(problem, file=problem.file or where) for problem in problems]
        return carried(profile, step, self.target, version)

    def step(self, version: str) -> tuple[Step | None, list[Issue]]:
        """How answers move from ``version`` to the target (remembered: a batch asks once per version)."""
        if version not in self._steps:
            self._steps[version] = self._build_step(version)
        return self._steps[version]

    def _build_step(self, version: str) -> tuple[Step | None, list[Issue]]:
        if version not in self.sources:
            return None, [issue(
                "unknown-checklist-version", f"{self.target.id}@{version} is not known, so its answers cannot "
                f"be carried to {self.target.ref}.",
                hint="Put the checklist file of that version beside the one named with --checklist, named "
                "<version>.yaml.")]
        forward = version_key(version) < version_key(self.target.version)
        low, high = (version, self.target.version) if forward else (self.target.version, version)
        steps = sorted((v for v in self.sources if version_key(low) <= version_key(v) <= version_key(high)),
                       key=version_key)
        try:
            chain = [self._load(v) for v in steps]
        except GapcheckError as exc:
            return None, list(exc.issues)
        if not forward:
            chain.reverse()
        return compose([single_step(before, after, forward) for before, after in zip(chain, chain[1:])]), []

    def version(self, version: str) -> Checklist | None:
        """The checklist of one known version, loaded; None when it is not known or cannot be loaded."""
        if version not in self.sources:
            return None
        try:
            return self._load(version)
        except GapcheckError:
            return None

    def others(self) -> Iterator[Checklist]:
        """The other versions that can be loaded, newest first."""
        for version in sorted(self.sources, key=version_key, reverse=True):
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
                raise ComparisonError(f"{source} is not {self.target.id}@{version}", [issue(
                    "checklist-not-found", f"{source} holds {loaded.ref}, not {self.target.id}@{version}.",
                    file=str(source), hint="Name each checklist file after the version it holds.")])
            source = self.sources[version] = loaded
        return source


def single_step(before: Checklist, after: Checklist, forward: bool = True) -> Step:
    """How answers move between two adjacent versions (``forward``: ``after`` is the newer one)."""
    older, newer = (before, after) if forward else (after, before)
    diff = diff_checklists(older, newer)
    renamed = dict(diff.renamed)
    removed = set(diff.removed)
    mapping: dict[str, str] = {}
    for item in older.answerable_items:
        new_id = renamed.get(item.id, item.id)
        successor = newer.get(new_id)
        if item.id not in removed and successor is not None and successor.answerable:
            mapping[item.id] = new_id
    changed = {new_id: newer[new_id].meaning_changed for new_id in mapping.values() if newer[new_id].meaning_changed}
    if forward:
        to_context = frozenset(new for old, new in mapping.items() if older[old].scored and not newer[new].scored)
        return Step(mapping, changed, to_context)
    back = {new: old for old, new in mapping.items()}
    to_context = frozenset(old for old, new in mapping.items() if newer[new].scored and not older[old].scored)
    return Step(back, {back[new]: text for new, text in changed.items()}, to_context)


def compose(steps: Sequence[Step]) -> Step:
    """Several steps taken one after another as one."""
    if not steps:
        return Step({}, {}, frozenset())
    mapping = dict(steps[0].mapping)
    changed = dict(steps[0].changed)
    to_context = set(steps[0].to_context)
    for step in steps[1:]:
        mapping = {old: step.mapping[mid] for old, mid in mapping.items() if mid in step.mapping}
        changed = {step.mapping[mid]: text for mid, text in changed.items() if mid in step.mapping}
        changed.update(step.changed)
        to_context = {step.mapping[mid] for mid in to_context if mid in step.mapping} | set(step.to_context)
    return Step(mapping, changed, frozenset(to_context), adjacent=len(steps) == 1)


def carried(profile: Profile, step: Step, target: Checklist, version: str) -> tuple[Profile, list[Issue]]:
    """The profile's answers moved by ``step`` onto ``target``, with a warning for everything that needs a look."""
    answers: dict[str, Answer] = {}
    issues: list[Issue] = []
    where = profile.source_file or None
    label = profile.jurisdiction.label
    for item_id, answer in profile.answers.items():
        new_id = step.mapping.get(item_id)
        if new_id is not None:
            answers[new_id] = dataclasses.replace(answer, item=new_id)
        elif answer.status != "unknown":
            issues.append(issue(
                "item-not-in-version", f"{label}: the answer to {item_id} ({answer.status}) is left out: "
                f"{target.ref} has no such item.", file=where))
    answered = [i for i in answers if answers[i].status != "unknown"]
    changed = [i for i in answered if i in step.changed]
    if changed:
        when = f"in {target.version}" if step.adjacent else f"between {version} and {target.version}"
        issues.append(issue(
            "meaning-changed", f"{label}: meaning changed {when}: re-check {_list(changed)} (answered against "
            f"{version}; each keeps its status).", file=where))
    context = [i for i in answered if i in step.to_context]
    if context:
        issues.append(issue(
            "no-longer-scored", f"{label}: {_list(context)} no longer {'counts' if len(context) == 1 else 'count'} "
            f"in the score in {target.version} "
            "(context: addressed to States acting jointly or to UNODC); the answers are kept for reference.",
            file=where))
    return dataclasses.replace(profile, checklist=target.ref, answers=answers), issues


def _list(ids: Sequence[str]) -> str:
    return ", ".join(ids)
