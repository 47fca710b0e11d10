"""What scoring a profile gives: the figures, the tables and where they came from.

A :class:`Result` is plain data. The scoring functions build it; the report
writers only read it. Its tables are pandas DataFrames whose columns are
listed here so that every writer, and every user, can rely on them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from gapcheck._checklist import Checklist
from gapcheck._errors import Issue
from gapcheck._profile import Jurisdiction, Profile

if TYPE_CHECKING:
    import pandas as pd

MODELS = ("default", "flat", "flat-unweighted", "absolute")
"""The four XCCDF 1.2 scoring models (NISTIR 7275r4, section 7.3.2)."""

SCOPES = ("all", "legislative")
"""``legislative`` narrows scoring to items that can be checked against statute text."""

ITEM_COLUMNS = (
    "id", "citation", "section", "parent", "title", "requirement", "kind", "addressee", "legislative",
    "weight", "scored", "status", "value", "provisions", "evidence", "notes", "budapest", "un",
    "overlaps", "tensions", "alternatives",
)
"""Columns of :attr:`Result.items`: every item of the checklist, groups included, in checklist order.

``scored`` says whether the item counts in the headline (state-addressed,
answerable, inside the scope); ``value`` is 1, 0.5 or 0 for an answered
status and empty (NaN) for ``unknown``, ``not_applicable`` and groups.
"""

SECTION_COLUMNS = (
    "id", "title", "score", "score_upper", "coverage", "scored_items",
    "full", "partial", "planned", "none", "not_applicable", "unknown",
)
"""Columns of :attr:`Result.sections`: one row per checklist section, figures on 0-100."""

GAP_COLUMNS = (
    "rank", "id", "citation", "section", "title", "status", "weight", "shortfall", "priority",
    "next_step", "budapest", "un",
)
"""Columns of :attr:`Result.gaps`: every scored item below ``full``, most urgent first.

``shortfall`` is 1 minus the item's value (1 for unknown); ``priority`` is
weight x shortfall, the ranking key, ties broken by checklist order.
"""


@dataclass(frozen=True, eq=False)
class Result:
    """The scores of one profile under one model and scope.

    ``score`` is the headline (unknown counts as not met), ``score_upper``
    what it would be if every unknown were met, ``coverage`` the assessed
    share of the scored weight; all three on 0-100. The flat models also
    give ``raw_score`` and ``max_score`` (XCCDF's unnormalised figures).
    """

    profile: Profile
    checklist: Checklist
    model: str
    scope: str
    score: float
    score_upper: float
    coverage: float
    items: pd.DataFrame
    sections: pd.DataFrame
    gaps: pd.DataFrame
    status_counts: Mapping[str, int]
    provenance: Mapping[str, Any]
    raw_score: float | None = None
    max_score: float | None = None
    issues: tuple[Issue, ...] = field(default=())

    def __repr__(self) -> str:  # the generated one prints every table and the whole checklist
        return (f"<Result {self.jurisdiction.label} on {self.checklist.ref}, {self.model}/{self.scope}: "
                f"score {self.score:.1f}, up to {self.score_upper:.1f}, {self.coverage:.1f} % assessed, "
                f"{len(self.gaps)} gaps>")

    @property
    def jurisdiction(self) -> Jurisdiction:
        return self.profile.jurisdiction
