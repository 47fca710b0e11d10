"""Progress: what changed between two assessments of one jurisdiction, and where the change of score came from.

A ministry reassesses its law after an amendment; a technical-assistance
team wants to see what its help achieved. :func:`progress_between` sorts
every compared item into one kind of change:

* ``improved`` / ``regressed``: the status moved up or down the scale and the
  item is worth more or less;
* ``bill tabled`` / ``bill dropped``: not met to planned, or back: a bill is
  progress, but it is worth no points until it is law;
* ``unchanged``: the same status (unknown twice included);
* ``newly assessed``: unknown before, known now;
* ``no longer assessed``: known before, unknown now;
* ``reclassified``: to or from not applicable, neither better nor worse.

The change of the headline score is split into five parts that add up
exactly to it, taken in this order, each from where the previous one ends:

1. ``checklist``: the old assessment scored on its own checklist version,
   then carried to the newer version (items whose meaning changed keep their
   status; items that became context leave the score);
2. ``reread``: items whose meaning changed between the two versions,
   assessed both times, whose status changed. The figures cannot tell a new
   reading of the same law under the new wording from a change in the law,
   so this part is kept apart from the next rather than claimed as progress;
3. ``law``: the other items assessed both times whose status changed (law or
   practice);
4. ``newly_assessed``: items unknown before and known now;
5. ``no_longer_assessed``: items known before and unknown now.

Under the default and flat models each part is the sum of its items' own
effects, whatever the order; the order matters only for the absolute model,
which moves when the last shortfall goes. Sections compare both assessments
on the newer version, like for like.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from gapcheck._checklist import Checklist
from gapcheck._errors import Issue, issue
from gapcheck._profile import STATUS_LADDER, STATUS_VALUES, STATUSES, Profile
from gapcheck._scoring import check_choices, effective_statuses, figures, plan, provenance, score, score_profiles

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

CHANGES = ("improved", "regressed", "bill tabled", "bill dropped", "unchanged", "newly assessed",
           "no longer assessed", "reclassified")
"""The kinds of change an item can show between two assessments, in report order."""

PARTS = ("checklist", "reread", "law", "newly_assessed", "no_longer_assessed")
"""The parts the change of score is split into, in the order they are taken."""

PART_TITLES: Mapping[str, str] = {
    "checklist": "the checklist's own change between versions",
    "reread": "items whose meaning changed, now answered differently (a new reading or new law)",
    "law": "change in law or practice (items assessed both times)",
    "newly_assessed": "items assessed for the first time",
    "no_longer_assessed": "items no longer assessed",
}

PROGRESS_ITEM_COLUMNS = (
    "id", "citation", "section", "title", "weight", "status_old", "status_new", "value_old", "value_new", "change",
)
"""Columns of :attr:`Progress.items`: every compared item, in checklist order.

``status_old`` is the old answer carried to the newer version (a meaning
change or a reservation is noted in the input issues)."""

PROGRESS_SECTION_COLUMNS = (
    "id", "title", "score_old", "score_new", "change", "score_upper_old", "score_upper_new", "score_upper_change",
    "coverage_old", "coverage_new", "coverage_change",
)
"""Columns of :attr:`Progress.sections`: each section's score, upper bound and coverage (0-100) before and after,
both on the newer version. ``change`` is the change in score; NaN when a section has no figure on either side."""

INPUT_COLUMNS = ("role", "file", "sha256", "jurisdiction", "code", "group", "assessed_on", "checklist", "compared_on")


@dataclass(frozen=True, eq=False)
class Progress:
    """Two assessments of one jurisdiction, one model and one scope.

    ``score_old`` (with its bound and coverage) is the old assessment as it was
    scored, on ``old_checklist``; ``score_new`` the new one on ``checklist``.
    ``parts`` split ``score_change`` into the parts of :data:`PARTS`, which sum to it.
    """

    old: Profile
    new: Profile
    checklist: Checklist
    old_checklist: Checklist
    model: str
    scope: str
    score_old: float
    score_new: float
    score_upper_old: float
    score_upper_new: float
    coverage_old: float
    coverage_new: float
    parts: Mapping[str, float]
    items: pd.DataFrame
    sections: pd.DataFrame
    inputs: pd.DataFrame
    issues: tuple[Issue, ...] = ()
    provenance: Mapping[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:  # the generated one prints every table and the whole checklist
        return (f"<Progress of {self.new.jurisdiction.label} on {self.checklist.ref}, {self.model}/{self.scope}: "
                f"score {self.score_old:.1f} -> {self.score_new:.1f}>")

    @property
    def profiles(self) -> tuple[Profile, Profile]:
        """Both assessments, older first (as given)."""
        return self.old, self.new

    @property
    def score_change(self) -> float:
        return self.score_new - self.score_old

    @property
    def score_upper_change(self) -> float:
        return self.score_upper_new - self.score_upper_old

    @property
    def coverage_change(self) -> float:
        return self.coverage_new - self.coverage_old

    @property
    def counts(self) -> dict[str, int]:
        """How many items show each kind of change, every kind listed."""
        found = self.items["change"].value_counts()
        return {kind: int(found.get(kind, 0)) for kind in CHANGES}

    def figures(self) -> pd.DataFrame:
        """Score, upper bound and coverage before and after, with the change, as a small table."""
        import pandas as pd

        rows = [
            ("score", self.score_old, self.score_new),
            ("score_upper", self.score_upper_old, self.score_upper_new),
            ("coverage", self.coverage_old, self.coverage_new),
        ]
        frame = pd.DataFrame(rows, columns=["figure", "old", "new"]).set_index("figure")
        frame["change"] = frame["new"] - frame["old"]
        return frame


def change(status_old: str, status_new: str) -> str:
    """The kind of change from one status to another (one of :data:`CHANGES`)."""
    if status_old == status_new:
        return "unchanged"
    if status_old == "unknown":
        return "newly assessed"
    if status_new == "unknown":
        return "no longer assessed"
    if "not_applicable" in (status_old, status_new):
        return "reclassified"
    if STATUS_VALUES[status_old] == STATUS_VALUES[status_new]:
        return "bill tabled" if STATUS_LADDER[status_new] > STATUS_LADDER[status_old] else "bill dropped"
    return "improved" if STATUS_LADDER[status_new] > STATUS_LADDER[status_old] else "regressed"


def progress_between(
    old: Profile, old_checklist: Checklist, old_carried: Profile, new: Profile, checklist: Checklist,
    model: str = "default", scope: str = "all", *, assessed_against: tuple[str, str] | None = None,
    issues: tuple[Issue, ...] = (), meaning_changed: frozenset[str] = frozenset(),
) -> Progress:
    """Progress from ``old`` (as assessed, on ``old_checklist``) to ``new``, both compared on ``checklist``.

    ``old_carried`` is ``old`` carried to ``checklist``; ``new`` must already be on it. ``meaning_changed``
    names the items (ids on ``checklist``) whose meaning changed on the way, for the ``reread`` part.
    """
    check_choices(model, scope)
    native = score_profiles([old], old_checklist, model, scope)
    steps = _steps(old_carried, new, checklist, model, scope, meaning_changed)
    parts = {"checklist": float(steps[0] - native.score[0])}
    parts.update({name: float(after - before) for name, before, after in zip(PARTS[1:], steps, steps[1:])})
    on_new = score_profiles([old_carried, new], checklist, model, scope)
    against = assessed_against or (old.checklist, new.checklist)
    return Progress(
        old=old,
        new=new,
        checklist=checklist,
        old_checklist=old_checklist,
        model=model,
        scope=scope,
        score_old=float(native.score[0]),
        score_new=float(on_new.score[1]),
        score_upper_old=float(native.upper[0]),
        score_upper_new=float(on_new.upper[1]),
        coverage_old=float(native.coverage[0]),
        coverage_new=float(on_new.coverage[1]),
        parts=parts,
        items=_items(old_carried, new, checklist, scope),
        sections=_sections(*(score(p, checklist, model=model, scope=scope).sections for p in (old_carried, new))),
        inputs=_inputs((old, new), against, checklist),
        issues=(*issues, *_warnings(old, new)),
        provenance={
            **provenance(checklist, model, scope),
            "old_checklist": old_checklist.ref,
            "checklist_title": checklist.title,
            "caveat": checklist.caveat,
        },
    )


def _steps(before: Profile, after: Profile, checklist: Checklist, model: str, scope: str,
           meaning_changed: frozenset[str]) -> np.ndarray:
    """Headline scores of the carried old assessment, then with each kind of change applied in turn (one row per
    step: row k has the changes of the first k kinds applied)."""
    import numpy as np

    plan_ = plan(checklist, scope)
    old = effective_statuses(before, checklist)
    new = effective_statuses(after, checklist)
    code = {status: index for index, status in enumerate(STATUSES)}
    steps = len(PARTS)
    rows = np.full((steps, len(plan_.items)), code["unknown"], dtype=np.int8)
    for column, item_id in enumerate(plan_.items):
        was, now = old.get(item_id, "unknown"), new.get(item_id, "unknown")
        kind = _kind(was, now, item_id in meaning_changed)
        rows[:, column] = [code[was] if step < kind else code[now] for step in range(steps)] if kind else code[was]
    return figures(rows, plan_, model).score


def _kind(was: str, now: str, meaning_changed: bool) -> int:
    """The part (its position in :data:`PARTS`) an item's change of status belongs to; 0 for no change."""
    if was == now:
        return 0
    if "unknown" not in (was, now):
        return PARTS.index("reread") if meaning_changed else PARTS.index("law")
    return PARTS.index("newly_assessed") if was == "unknown" else PARTS.index("no_longer_assessed")


def _items(before: Profile, after: Profile, checklist: Checklist, scope: str) -> pd.DataFrame:
    import pandas as pd

    old, new = effective_statuses(before, checklist), effective_statuses(after, checklist)
    rows = []
    for item in checklist.counted_items(scope):
        was, now = old.get(item.id, "unknown"), new.get(item.id, "unknown")
        rows.append((item.id, item.citation, item.section, item.title, item.weight, was, now,
                     STATUS_VALUES.get(was, float("nan")), STATUS_VALUES.get(now, float("nan")), change(was, now)))
    return pd.DataFrame(rows, columns=list(PROGRESS_ITEM_COLUMNS))


def _sections(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """Old and new side by side from the two results' section tables (same checklist, same order)."""
    import pandas as pd

    frame = pd.DataFrame({"id": after["id"].to_numpy(), "title": after["title"].to_numpy()})
    for name in ("score", "score_upper", "coverage"):
        was, now = before[name].to_numpy(dtype=float), after[name].to_numpy(dtype=float)
        frame[f"{name}_old"], frame[f"{name}_new"] = was, now
        frame["change" if name == "score" else f"{name}_change"] = now - was
    return frame[list(PROGRESS_SECTION_COLUMNS)]


def _inputs(profiles: tuple[Profile, Profile], against: tuple[str, str], checklist: Checklist) -> pd.DataFrame:
    import pandas as pd

    rows = [
        (role, p.source_file, p.source_sha256, p.jurisdiction.name, p.jurisdiction.code, p.jurisdiction.group,
         p.assessed_on.isoformat() if p.assessed_on else "", ref, checklist.ref)
        for role, p, ref in zip(("old", "new"), profiles, against)
    ]
    return pd.DataFrame(rows, columns=list(INPUT_COLUMNS))


def _warnings(before: Profile, after: Profile) -> list[Issue]:
    """Two assessments that may not be of one jurisdiction, that are one and the same, or in the wrong order."""
    found = []
    if before == after:
        found.append(issue(
            "same-assessment", f"OLD and NEW are the same assessment of {after.jurisdiction.label}, so nothing "
            "has changed.", file=after.source_file or None))
    if not before.jurisdiction.same_as(after.jurisdiction):
        found.append(issue(
            "different-jurisdiction", f"OLD is {before.jurisdiction.label} and NEW is {after.jurisdiction.label}; "
            "progress compares two assessments of one jurisdiction.", file=after.source_file or None))
    if before.assessed_on and after.assessed_on and before.assessed_on > after.assessed_on:
        found.append(issue(
            "dates-reversed", f"OLD is dated {before.assessed_on.isoformat()}, after NEW "
            f"({after.assessed_on.isoformat()}).", file=before.source_file or None))
    return found
