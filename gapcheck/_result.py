"""What scoring a profile gives: the figures, the tables and where they came from.

A :class:`Result` is plain data. The scoring functions build it; the report
writers only read it. Its tables are pandas DataFrames whose columns are
listed here so that every writer, and every user, can rely on them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from gapcheck._checklist import SCOPES, Checklist
from gapcheck._errors import Issue
from gapcheck._profile import Jurisdiction, Profile

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["CROSSWALK_COLUMNS", "GAP_COLUMNS", "ITEM_COLUMNS", "MODELS", "SCOPES", "SECTION_COLUMNS",
           "TO_ASSESS_COLUMNS", "Result"]

MODELS = ("default", "flat", "flat-unweighted", "absolute")
"""The four XCCDF 1.2 scoring models (NISTIR 7275r4, section 7.3.2)."""

ITEM_COLUMNS = (
    "id", "citation", "section", "parent", "title", "requirement", "kind", "addressee", "legislative",
    "obligation", "weight", "scored", "status", "value", "points", "gain", "lifted_by", "provisions", "evidence",
    "notes", "budapest", "un", "overlaps", "tensions", "alternatives",
)
"""Columns of :attr:`Result.items`: every item of the checklist, groups included, in checklist order.

``scored`` says whether the item counts in the headline (answerable,
addressed to the State, selected, inside the scope, not optional, not lifted
by a reservation); ``value`` is 1, 0.5 or 0 for an answered status and empty
(NaN) for ``unknown``, ``not_applicable`` and groups; ``points`` is what the
item adds to the headline when fully met instead of not met, everything else
as assessed (0 when it does not count or is marked not applicable, which
leaves it out of the score); ``gain`` is what meeting it fully
would add now; ``lifted_by`` names the reservation that takes it out of the
score, if any.
"""

SECTION_COLUMNS = (
    "id", "title", "score", "score_upper", "coverage", "scored_items",
    "full", "partial", "planned", "none", "not_applicable", "unknown",
)
"""Columns of :attr:`Result.sections`: one row per checklist section, figures on 0-100."""

GAP_COLUMNS = (
    "rank", "id", "citation", "section", "title", "status", "weight", "points", "gain", "next_step",
    "provisions", "notes", "budapest", "un",
)
"""Columns of :attr:`Result.gaps`: the action plan, every known gap (partial, planned, none).

Ranked by ``gain`` (the points the headline rises if that item alone becomes
fully met), then none before planned before partial, then checklist order.
An alternatives set appears once, as its best known member.
"""

TO_ASSESS_COLUMNS = ("rank", "id", "citation", "section", "title", "weight", "points", "gain", "next_step", "budapest",
                     "un")
"""Columns of :attr:`Result.to_assess`: the scored items nobody has assessed yet ("assess first").

Ranked by ``gain`` (the points they could be worth), then checklist order.
They count as not met in the headline, but nobody knows whether they are
met: they are never mixed into the action plan.
"""

CROSSWALK_COLUMNS = ("treaty", "article", "heading", "items", "references", "statuses", "met", "assessed")
"""Columns of :attr:`Result.crosswalk`: each treaty article a scored item maps to.

``article`` is the article number as text ("2"), like every treaty
reference gapcheck writes; ``items``, ``references`` and ``statuses`` are tuples (the items, the
reference each makes, their statuses); ``met`` is the weighted share of those
items met (partial half, unknown not met, not applicable left out), None when
none has been assessed; ``assessed`` the weighted share assessed, None when
every one is not applicable.
"""


@dataclass(frozen=True, eq=False)
class Result:
    """The scores of one profile under one model and scope.

    ``score`` is the headline (unknown counts as not met), ``score_upper``
    what it would be if every unknown were met, ``coverage`` the assessed
    share of the scored weight; all three on 0-100. The flat models also
    give ``raw_score`` and ``max_score`` (XCCDF's unnormalised figures).
    ``projection`` is set when the result scores a projection (:func:`gapcheck.project`): where it came from,
    and the range its headline is (``lower``, ``upper``).
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
    to_assess: pd.DataFrame
    crosswalk: pd.DataFrame
    status_counts: Mapping[str, int]
    provenance: Mapping[str, Any]
    raw_score: float | None = None
    max_score: float | None = None
    issues: tuple[Issue, ...] = field(default=())
    projection: Mapping[str, Any] | None = None

    def __repr__(self) -> str:  # the generated one prints every table and the whole checklist
        return (f"<Result {self.jurisdiction.label} on {self.checklist.ref}, {self.model}/{self.scope}: "
                f"score {self.score:.1f}, up to {self.score_upper:.1f}, {self.coverage:.1f} % assessed, "
                f"{len(self.gaps)} known gaps, {len(self.to_assess)} to assess>")

    @property
    def jurisdiction(self) -> Jurisdiction:
        return self.profile.jurisdiction

    @property
    def optional_counts(self) -> dict[str, int]:
        """For a treaty: the optional obligations ("may") by status, reported beside the headline."""
        from gapcheck._profile import STATUSES

        beside = [self.checklist[item_id].counts_beside(self.scope) for item_id in self.items["id"]]
        statuses = self.items.loc[beside, "status"]
        if statuses.empty:
            return {}
        found = statuses.value_counts()
        return {status: int(found.get(status, 0)) for status in STATUSES}
