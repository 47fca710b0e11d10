"""Progress: what changed between two assessments of one jurisdiction.

A ministry reassesses its law after an amendment; a technical-assistance
team wants to see what its help achieved. :func:`progress` scores both
assessments on one checklist version (the newer of the two, carrying the
older one's answers forward through each item's ``replaces``), so that the
change is like for like, and sorts every compared item into one of:

* ``improved``: up the scale (none -> planned -> partial -> full);
* ``regressed``: down the scale;
* ``unchanged``: the same status (unknown twice included);
* ``newly assessed``: unknown before, known now;
* ``no longer assessed``: known before, unknown now;
* ``reclassified``: to or from not applicable, which is neither better nor worse.

A bill being tabled (none -> planned) is progress even though the score,
which counts planned as 0, does not move.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gapcheck._batch import Batch, Source, prepare_pair
from gapcheck._checklist import Checklist
from gapcheck._compare import INPUT_COLUMNS, compared_items
from gapcheck._errors import Issue
from gapcheck._profile import STATUS_VALUES, Profile
from gapcheck._version import __version__

if TYPE_CHECKING:
    import pandas as pd

CHANGES = ("improved", "regressed", "unchanged", "newly assessed", "no longer assessed", "reclassified")
"""The kinds of change an item can show between two assessments, in report order."""

PROGRESS_ITEM_COLUMNS = (
    "id", "citation", "section", "title", "weight", "status_old", "status_new", "value_old", "value_new", "change",
)
"""Columns of :attr:`Progress.items`: every compared item, in checklist order."""

PROGRESS_SECTION_COLUMNS = (
    "id", "title", "score_old", "score_new", "change", "score_upper_old", "score_upper_new", "score_upper_change",
    "coverage_old", "coverage_new", "coverage_change",
)
"""Columns of :attr:`Progress.sections`: each section's score, upper bound and coverage (0-100) before and after.

``change`` is the change in score (it came first and keeps its name); each
change is new minus old, NaN when a section has no figure on either side."""

_LADDER = {"none": 0, "planned": 1, "partial": 2, "full": 3}
"""How far up the scale a status stands; planned (a bill exists) is a step above none."""


@dataclass(frozen=True, eq=False)
class Progress:
    """Two assessments of one jurisdiction on one checklist version, one model and one scope.

    The figures are on 0-100; ``*_change`` is new minus old.
    """

    old: Profile
    new: Profile
    checklist: Checklist
    model: str
    scope: str
    score_old: float
    score_new: float
    score_upper_old: float
    score_upper_new: float
    coverage_old: float
    coverage_new: float
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
        return {change: int(found.get(change, 0)) for change in CHANGES}

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


def progress(
    old: Source,
    new: Source,
    checklist: str | Path | Checklist | None = None,
    model: str = "default",
    scope: str = "all",
) -> Progress:
    """What changed between an older and a newer assessment of one jurisdiction.

    ``old`` and ``new`` are profiles, results or files (``FILE#CODE`` picks
    one jurisdiction from a long table). Both are scored on ``checklist``,
    by default the newer of the two versions they were assessed against.
    A different jurisdiction code, or an OLD dated after NEW, is a warning
    in :attr:`Progress.issues`; unreadable or incomparable inputs raise
    with every problem listed.
    """
    import pandas as pd

    from gapcheck._scoring import check_choices, score, score_table

    check_choices(model, scope)
    pair = prepare_pair(old, new, checklist)
    (before, after), target = pair.profiles, pair.checklist
    answered = [item.id for item in target.answerable_items]
    statuses = pd.DataFrame([[p.answer(i).status for i in answered] for p in (before, after)],
                            index=["old", "new"], columns=answered, dtype=object)
    figures = score_table(statuses, target, model=model, scope=scope)
    return Progress(
        old=before,
        new=after,
        checklist=target,
        model=model,
        scope=scope,
        score_old=float(figures.at["old", "score"]),
        score_new=float(figures.at["new", "score"]),
        score_upper_old=float(figures.at["old", "score_upper"]),
        score_upper_new=float(figures.at["new", "score_upper"]),
        coverage_old=float(figures.at["old", "coverage"]),
        coverage_new=float(figures.at["new", "coverage"]),
        items=_items(before, after, target, scope),
        sections=_sections(*(score(p, target, model=model, scope=scope).sections for p in (before, after))),
        inputs=_inputs(pair),
        issues=(*pair.issues, *_warnings(before, after)),
        provenance={
            "gapcheck": __version__,
            "checklist": target.ref,
            "checklist_title": target.title,
            "checklist_sha256": target.sha256,
            "caveat": target.caveat,
            "model": model,
            "scope": scope,
        },
    )


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
    return "improved" if _LADDER[status_new] > _LADDER[status_old] else "regressed"


def _items(before: Profile, after: Profile, checklist: Checklist, scope: str) -> pd.DataFrame:
    import pandas as pd

    rows = []
    for item in compared_items(checklist, scope):
        old, new = before.answer(item.id).status, after.answer(item.id).status
        rows.append((item.id, item.citation, item.section, item.title, item.weight, old, new,
                     STATUS_VALUES.get(old, float("nan")), STATUS_VALUES.get(new, float("nan")), change(old, new)))
    return pd.DataFrame(rows, columns=list(PROGRESS_ITEM_COLUMNS))


def _sections(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """Old and new side by side from the two results' section tables (same checklist, same order)."""
    import pandas as pd

    frame = pd.DataFrame({"id": after["id"].to_numpy(), "title": after["title"].to_numpy()})
    for figure in ("score", "score_upper", "coverage"):
        old, new = before[figure].to_numpy(dtype=float), after[figure].to_numpy(dtype=float)
        frame[f"{figure}_old"], frame[f"{figure}_new"] = old, new
        frame["change" if figure == "score" else f"{figure}_change"] = new - old
    return frame[list(PROGRESS_SECTION_COLUMNS)]


def _inputs(pair: Batch) -> pd.DataFrame:
    import pandas as pd

    rows = [
        (role, p.source_file, p.source_sha256, p.jurisdiction.name, p.jurisdiction.code, p.jurisdiction.group,
         p.assessed_on.isoformat() if p.assessed_on else "", ref, pair.checklist.ref)
        for role, p, ref in zip(("old", "new"), pair.profiles, pair.assessed_against)
    ]
    return pd.DataFrame(rows, columns=["role", *INPUT_COLUMNS])


def _warnings(before: Profile, after: Profile) -> list[Issue]:
    """Two assessments that may not be of one jurisdiction, that are one and the same, or in the wrong order."""
    issues = []
    if before == after:
        issues.append(Issue(
            "same-assessment", f"OLD and NEW are the same assessment of {after.jurisdiction.label}, so nothing "
            "has changed.", severity="warning", file=after.source_file or None,
            hint="Name two different assessments, the earlier one first: gapcheck progress OLD NEW (for "
            "example last year's workbook, then this year's)."))
    a, b = before.jurisdiction, after.jurisdiction
    if (a.code or b.code) and a.code.upper() != b.code.upper() or not (a.code or b.code) and a.name != b.name:
        issues.append(Issue(
            "different-jurisdiction", f"OLD is {a.label} and NEW is {b.label}; progress compares two assessments "
            "of one jurisdiction.", severity="warning", file=after.source_file or None,
            hint="Check that the two files are of the same jurisdiction; use `gapcheck compare` for different ones."))
    if before.assessed_on and after.assessed_on and before.assessed_on > after.assessed_on:
        issues.append(Issue(
            "dates-reversed", f"OLD is dated {before.assessed_on.isoformat()}, after NEW "
            f"({after.assessed_on.isoformat()}).", severity="warning", file=before.source_file or None,
            hint="Give the older assessment first: gapcheck progress OLD NEW."))
    return issues
