"""Comparing jurisdictions side by side: who stands where, which gaps are shared, where cooperation fails.

A technical-assistance team assesses dozens of countries. :func:`compare_profiles`
puts every assessment on one footing (one checklist version, one scoring
model and scope) and answers the team's questions in tables:

* ``overview``: score, upper bound, coverage and rank of every jurisdiction
  (rank 1 is the highest score; equal scores share a rank), with the best and
  worst rank its bounds allow, and whether it is provisional (assessed below
  the coverage threshold);
* ``groups``: median, lowest and highest score per group (region);
* ``statuses`` and ``sections``: the item-by-item and section-by-section view;
* ``shared_gaps``: the items most jurisdictions fall short on, where help is
  needed most;
* ``peers``: for each jurisdiction, the items where it is below the median of
  its peers (the other members of its group; every other jurisdiction when it
  has no group or is alone in it);
* dual criminality: the offences whose absence blocks cooperation
  (``obstacles``), and the pair shares, worked out when asked for.

It takes profiles already read and carried to one checklist version: reading
files and resolving what a user named is the public API's work.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any, NamedTuple

from gapcheck._checklist import Checklist, Item
from gapcheck._dual_criminality import (
    DualCriminality,
    criminalization_items,
    dual_criminality_of,
    pair_matrix,
    pair_summary,
    weakest_pairs,
)
from gapcheck._errors import Issue, has_errors, issue
from gapcheck._profile import STATUS_VALUES, STATUSES, Profile, identity_groups, pick_jurisdiction
from gapcheck._scoring import check_choices, profile_codes, provenance, score_profiles

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd


OVERVIEW_COLUMNS = (
    "rank", "rank_best", "rank_worst", "provisional", "jurisdiction", "code", "group", "score", "score_upper",
    "coverage", "assessed_on", "checklist", "file",
)
"""Columns of :attr:`Comparison.overview`, one row per jurisdiction, best score first.

``rank_best`` is the rank the jurisdiction would have if every item it left
unassessed were met (its upper bound against everyone else's score);
``rank_worst`` the rank it would have if every other jurisdiction's unknowns
were met (its score against everyone else's upper bound). ``provisional``
is True when less than the coverage threshold of its scored weight is assessed.
"""

GROUP_COLUMNS = ("group", "jurisdictions", "provisional", "median", "min", "max")
"""Columns of :attr:`Comparison.groups`: score aggregates per group, then ``(all)`` for the whole batch;
``provisional`` counts the members assessed below the coverage threshold."""

SHARED_GAP_COLUMNS = (
    "rank", "id", "citation", "section", "title", "weight", "short", "share",
    "partial", "planned", "none", "unknown", "jurisdictions",
)
"""Columns of :attr:`Comparison.shared_gaps`: items by how many jurisdictions fall short (below ``full``);
``jurisdictions`` holds a tuple of their codes (or names)."""

PEER_COLUMNS = ("jurisdiction", "code", "group", "peers", "id", "title", "status", "value", "peer_median")
"""Columns of :attr:`Comparison.peers`: items where a jurisdiction's value is below its peers' median.

``peers`` is the group compared with (its other members), or ``all`` (every
other jurisdiction) for a jurisdiction without a group or alone in its group;
``peer_median`` never counts the jurisdiction itself."""

OBSTACLE_COLUMNS = ("jurisdiction", "code", "group", "id", "title", "status", "partners_blocked", "share")
"""Columns of :attr:`Comparison.obstacles`: an offence a jurisdiction lacks, and how many partners have it."""

INPUT_COLUMNS = ("file", "sha256", "jurisdiction", "code", "group", "assessed_on", "checklist", "compared_on")
"""Columns of :attr:`Comparison.inputs`: where every compared assessment came from."""

PAIR_MATRIX_LIMIT = 300
"""Above this many jurisdictions reports summarise the pairs (per jurisdiction and between groups).

A 1,000 x 1,000 matrix cannot be read on a screen and would take longer to
write than everything else together; :attr:`Comparison.pairs` still gives it.
"""

MIN_COVERAGE = 75.0
"""Below this share assessed (%) a jurisdiction's rank is provisional."""

_VALUE_BY_CODE = tuple(STATUS_VALUES.get(status, float("nan") if status == "not_applicable" else 0.0)
                       for status in STATUSES)
"""The headline value of each status, in the order of STATUSES (unknown counts as not met), from the one scale."""
_FULL, _NOT_APPLICABLE, _UNKNOWN = STATUSES.index("full"), STATUSES.index("not_applicable"), STATUSES.index("unknown")
_LEVELS = tuple(sorted(set(STATUS_VALUES.values())))
"""Every value an item can take in the comparison, ascending; NaN (not applicable) is none of them."""


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
    obstacles: pd.DataFrame
    inputs: pd.DataFrame
    offences_full: np.ndarray = field(repr=False)
    issues: tuple[Issue, ...] = ()
    provenance: Mapping[str, Any] = field(default_factory=dict)
    min_coverage: float = MIN_COVERAGE

    def __repr__(self) -> str:  # the generated one prints every table and the whole checklist
        return (f"<Comparison of {len(self.profiles)} jurisdictions on {self.checklist.ref}, "
                f"{self.model}/{self.scope}, {len(self.issues)} issues>")

    @property
    def has_errors(self) -> bool:
        """True when some input could not be compared (the CLI then exits with status 1)."""
        return has_errors(self.issues)

    @property
    def items(self) -> tuple[Item, ...]:
        """The items compared: those that count under the scope, in checklist order."""
        return self.checklist.counted_items(self.scope)

    @property
    def criminalization_items(self) -> tuple[Item, ...]:
        """The offences a dual-criminality test looks at."""
        return criminalization_items(self.checklist)

    @cached_property
    def pairs(self) -> pd.DataFrame:
        """Jurisdictions x jurisdictions: the share (0-100) of offences both cover fully.

        Built when first asked for; its memory grows with the square of the
        number of jurisdictions. :meth:`pair_summary` and :meth:`dual_criminality`
        answer the usual questions without it.
        """
        return pair_matrix(self.offences_full, list(self.overview.index))

    def pair_summary(self) -> dict[str, Any]:
        """Per jurisdiction (overview order) the median, lowest and highest share with the others; medians
        between groups (``groups``, ``between``). Memory grows linearly with the number of jurisdictions."""
        return pair_summary(self.offences_full, list(self.overview["group"]))

    def weakest_pairs(self, limit: int = 20) -> list[tuple[float, str, str]]:
        """The pairs with the lowest share of offences both cover fully, as ``(share, label, label)``."""
        return weakest_pairs(self.offences_full, list(self.overview.index), limit)

    def profile_of(self, key: str) -> Profile:
        """The compared profile of a jurisdiction, by code, name or label."""
        return pick_jurisdiction(self.profiles, key)

    def dual_criminality(self, a: str, b: str) -> DualCriminality:
        """The offence-by-offence detail for two jurisdictions of this comparison.

        Raises :class:`ComparisonError` (``same-jurisdiction``) when both keys name one jurisdiction.
        """
        return dual_criminality_of(self.profile_of(a), self.profile_of(b), self.checklist)


# --- building it ---------------------------------------------------------------------------


def compare_profiles(
    checklist: Checklist,
    profiles: Sequence[Profile],
    assessed_against: Sequence[str],
    model: str = "default",
    scope: str = "all",
    issues: Sequence[Issue] = (),
    min_coverage: float = MIN_COVERAGE,
) -> Comparison:
    """Compare profiles already carried to ``checklist``; a jurisdiction given twice is kept at its latest."""
    check_choices(model, scope)
    kept, duplicates = latest_per_jurisdiction(profiles)
    return _build(checklist, [profiles[i] for i in kept], [assessed_against[i] for i in kept], model, scope,
                  (*issues, *duplicates), min_coverage)


def _issue_order(found: Issue) -> tuple[object, ...]:
    """Errors first, then by place: the same inputs give the same list, whatever order they came in."""
    return (not found.is_error, found.file or "", found.sheet or "", found.row or 0, found.pointer or "",
            found.column or "", found.code, found.message)


def _fingerprint(profile: Profile) -> str:
    """A stable tie-breaker between two assessments of one jurisdiction made on the same day."""
    text = repr((profile.source_file, profile.jurisdiction, profile.assessor, profile.sources,
                 sorted((k, a.status, a.provisions, a.evidence, a.notes) for k, a in profile.answers.items())))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def latest_per_jurisdiction(profiles: Sequence[Profile]) -> tuple[list[int], list[Issue]]:
    """The positions of one assessment per jurisdiction, the latest; the others are named in a warning.

    Who is the same jurisdiction is the model's one rule (:meth:`Jurisdiction.same_as`). Two dates of one
    jurisdiction are what ``gapcheck progress`` is for.
    """
    groups, unclear = identity_groups([p.jurisdiction for p in profiles])
    kept: list[int] = []
    found: list[Issue] = []
    for same in groups:
        ordered = same if len(same) == 1 else sorted(
            same, key=lambda i: (profiles[i].assessed_on or date.min, _fingerprint(profiles[i])))
        kept.append(ordered[-1])
        latest = profiles[ordered[-1]]
        for other in (profiles[i] for i in ordered[:-1]):
            found.append(issue(
                "duplicate-jurisdiction", f"{latest.jurisdiction.label} is assessed more than once; the "
                f"assessment of {_day(latest)} ({latest.source_file or 'given in Python'}) is compared and the one "
                f"of {_day(other)} ({other.source_file or 'given in Python'}) is left out.",
                file=other.source_file or None))
    for index in unclear:
        place = profiles[index].jurisdiction
        found.append(issue(
            "jurisdiction-unclear", f"{place.name} has no code, and jurisdictions with different codes bear that "
            "name; it is compared as a jurisdiction of its own.", file=profiles[index].source_file or None))
    return sorted(kept), found


def _day(profile: Profile) -> str:
    return profile.assessed_on.isoformat() if profile.assessed_on else "no date"


def _build(
    checklist: Checklist, profiles: Sequence[Profile], assessed_against: Sequence[str], model: str, scope: str,
    issues: Sequence[Issue], min_coverage: float,
) -> Comparison:
    import numpy as np
    import pandas as pd

    found = score_profiles(profiles, checklist, model, scope)
    labels = [p.jurisdiction.label for p in profiles]
    ranks = ranks_with_bounds(found.score, found.upper)
    order = sorted(range(len(profiles)), key=lambda i: (ranks[0][i], profiles[i].jurisdiction.name.casefold(),
                                                        profiles[i].jurisdiction.code, labels[i]))
    profiles = [profiles[i] for i in order]
    labels = [labels[i] for i in order]
    answerable = [item.id for item in checklist.answerable_items]
    codes = profile_codes(profiles, checklist, answerable)
    statuses = pd.DataFrame(np.asarray(STATUSES, dtype=object)[codes], index=pd.Index(labels, name="label"),
                            columns=answerable)
    overview = pd.DataFrame({
        "rank": ranks[0][order], "rank_best": ranks[1][order], "rank_worst": ranks[2][order],
        "provisional": found.coverage[order] < min_coverage,
        "jurisdiction": [p.jurisdiction.name for p in profiles],
        "code": [p.jurisdiction.code for p in profiles],
        "group": [p.jurisdiction.group for p in profiles],
        "score": found.score[order], "score_upper": found.upper[order], "coverage": found.coverage[order],
        "assessed_on": [p.assessed_on.isoformat() if p.assessed_on else "" for p in profiles],
        "checklist": [assessed_against[i] for i in order],
        "file": [p.source_file for p in profiles],
    }, index=pd.Index(labels, name="label"), columns=list(OVERVIEW_COLUMNS))
    sections = overview[["jurisdiction", "code", "group", "score"]].copy()
    for section in checklist.sections:
        sections[section.id] = found.sections[section.id][0][order]
    crime = criminalization_items(checklist)
    column = {item_id: index for index, item_id in enumerate(answerable)}
    crime_codes = codes[:, [column[item.id] for item in crime]]
    return Comparison(
        checklist=checklist,
        model=model,
        scope=scope,
        profiles=tuple(profiles),
        overview=overview,
        groups=_groups(overview),
        statuses=statuses,
        sections=sections,
        **_item_tables(checklist, scope, profiles, codes, column),
        obstacles=_obstacles(crime, crime_codes == _FULL, crime_codes, profiles),
        inputs=_inputs(profiles, list(overview["checklist"]), checklist),
        offences_full=crime_codes == _FULL,
        issues=tuple(sorted(issues, key=_issue_order)),
        provenance={
            **provenance(checklist, model, scope),
            "checklist_title": checklist.title,
            "caveat": checklist.caveat,
            "jurisdictions": len(profiles),
            "items_compared": len(checklist.counted_items(scope)),
            "criminalization_items": len(crime),
            "min_coverage": min_coverage,
        },
        min_coverage=min_coverage,
    )


def ranks_with_bounds(score: np.ndarray, upper: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rank, best rank and worst rank of every row (1 is highest; equal values share a rank).

    Best: the row's upper bound against everyone else's score. Worst: its
    score against everyone else's upper bound. Values are compared at six
    decimals, so that a sum computed in another order cannot split a tie.
    """
    import numpy as np

    score, upper = np.round(score, 6), np.round(upper, 6)
    scores, uppers = np.sort(score), np.sort(upper)
    size = len(score)
    rank = 1 + size - np.searchsorted(scores, score, side="right")
    best = 1 + size - np.searchsorted(scores, upper, side="right")
    above = size - np.searchsorted(uppers, score, side="right")
    worst = 1 + above - (upper > score)  # a row's own upper bound is not another's
    return rank.astype(int), best.astype(int), worst.astype(int)


def _groups(overview: pd.DataFrame) -> pd.DataFrame:
    """Median, lowest and highest score per group, then the whole batch as ``(all)``.

    The ``(all)`` row is there whenever there are two jurisdictions or more, groups or none: a team comparing
    countries without regions still wants to know where the middle lies.
    """
    import pandas as pd

    rows = []
    grouped = overview[overview["group"] != ""]
    for name, members in sorted(grouped.groupby("group"), key=lambda kv: str(kv[0]).casefold()):
        scores = members["score"]
        rows.append((name, len(scores), int(members["provisional"].sum()), scores.median(), scores.min(),
                     scores.max()))
    if len(overview) > 1:
        scores = overview["score"]
        rows.append(("(all)", len(scores), int(overview["provisional"].sum()), scores.median(), scores.min(),
                     scores.max()))
    return pd.DataFrame(rows, columns=list(GROUP_COLUMNS))


def _item_tables(
    checklist: Checklist, scope: str, profiles: Sequence[Profile], codes: np.ndarray, column: Mapping[str, int],
) -> dict[str, pd.DataFrame]:
    """Shared gaps and peers, from the status codes in overview order."""
    shown = checklist.counted_items(scope)
    shown_codes = codes[:, [column[item.id] for item in shown]]
    lines, line_codes = _merge_alternatives(checklist, shown, shown_codes)
    return {"shared_gaps": _shared_gaps(lines, line_codes, profiles), "peers": _peers(lines, line_codes, profiles)}


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


def _names(profiles: Sequence[Profile], rows: np.ndarray) -> tuple[str, ...]:
    """Short names (the code, else the name) in alphabetical order, easy to scan for one's own."""
    return tuple(sorted((profiles[i].jurisdiction.code or profiles[i].jurisdiction.name for i in rows),
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
    """Items where a jurisdiction's value is below the median of its peers.

    Its peers are the other members of its group; a jurisdiction without a
    group, or alone in its group, is compared with every other jurisdiction,
    so that the one most in need of help is never compared with itself and
    left out. The jurisdiction's own value never counts in the median.
    """
    import numpy as np
    import pandas as pd

    values = np.asarray(_VALUE_BY_CODE)[codes]
    places = _places(profiles)
    in_group = _in_a_shared_group(places["group"])
    medians = _peer_medians(values, np.where(in_group, places["group"], np.asarray(None, dtype=object)))
    rows, columns = np.nonzero(values < medians)  # NaN (not applicable, or no peer measured) is never below
    return pd.DataFrame({
        "jurisdiction": places["name"][rows], "code": places["code"][rows], "group": places["group"][rows],
        "peers": np.where(in_group, places["group"], "all")[rows],
        "id": np.asarray([line.id for line in items], dtype=object)[columns],
        "title": np.asarray([line.title for line in items], dtype=object)[columns],
        "status": np.asarray(STATUSES, dtype=object)[codes[rows, columns]],
        "value": values[rows, columns], "peer_median": medians[rows, columns],
    }, columns=list(PEER_COLUMNS))


def _in_a_shared_group(groups: np.ndarray) -> np.ndarray:
    """Whether each jurisdiction has a group with other members in it (else it is compared with all the others)."""
    import numpy as np

    sizes: dict[str, int] = {}
    for group in groups:
        sizes[group] = sizes.get(group, 0) + 1
    return np.asarray([bool(group) and sizes[group] > 1 for group in groups], dtype=bool)


def _peer_medians(values: np.ndarray, circles: np.ndarray) -> np.ndarray:
    """For every jurisdiction and item, the median value of its peers, itself left out (NaN: no peer measured).

    ``circles`` holds each jurisdiction's group, or None for those compared
    with everyone. Values are only 0, 0.5 and 1, so a median is read from how
    many peers hold each value: one pass over the batch instead of one median
    per jurisdiction, which would grow with the square of the batch.
    """
    import numpy as np

    own = (values[:, :, np.newaxis] == np.asarray(_LEVELS)).astype(np.int32)  # jurisdictions x items x levels
    counts = own.sum(axis=0) - own  # everyone else
    for group in {circle for circle in circles if circle is not None}:
        members = circles == group
        counts[members] = own[members].sum(axis=0) - own[members]
    return _median_of_counts(counts, np.asarray(_LEVELS))


def _median_of_counts(counts: np.ndarray, levels: np.ndarray) -> np.ndarray:
    """The median of a multiset given as counts per level (last axis, levels ascending); NaN when empty."""
    import numpy as np

    total = counts.sum(axis=-1)
    below = np.cumsum(counts, axis=-1)

    def at(position: np.ndarray) -> np.ndarray:
        index = (below <= position[..., np.newaxis]).sum(axis=-1)
        return levels[np.minimum(index, len(levels) - 1)]

    lower, upper = at((total - 1) // 2), at(total // 2)
    return np.where(total > 0, (lower + upper) / 2, np.nan)


def _places(profiles: Sequence[Profile]) -> dict[str, np.ndarray]:
    """Name, code and group of every jurisdiction as arrays, for building long tables at once."""
    import numpy as np

    return {key: np.asarray([getattr(p.jurisdiction, key) for p in profiles], dtype=object)
            for key in ("name", "code", "group")}


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
