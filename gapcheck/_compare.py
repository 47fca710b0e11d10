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
* ``peers``: for each jurisdiction, the items where it is below the median of
  its peers (the other members of its group; every other jurisdiction when it
  has no group or is alone in it);
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

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from gapcheck._batch import FileCallback, Source, latest_per_jurisdiction, pick_jurisdiction, prepare, prepare_pair
from gapcheck._checklist import Checklist, Item
from gapcheck._errors import ComparisonError, Issue, has_errors
from gapcheck._profile import STATUSES, Profile
from gapcheck._scoring import check_choices
from gapcheck._version import __version__

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd


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
"""Columns of :attr:`Comparison.shared_gaps`: items by how many jurisdictions fall short (below ``full``);
``jurisdictions`` holds a tuple of their codes (or names)."""

PEER_COLUMNS = ("jurisdiction", "code", "group", "peers", "id", "title", "status", "value", "peer_median")
"""Columns of :attr:`Comparison.peers`: items where a jurisdiction's value is below its peers' median.

``peers`` is the group compared with (its other members), or ``all`` (every
other jurisdiction) for a jurisdiction without a group or alone in its group;
``peer_median`` never counts the jurisdiction itself."""

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
_LEVELS = (0.0, 0.5, 1.0)
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
    pairs: pd.DataFrame
    obstacles: pd.DataFrame
    inputs: pd.DataFrame
    issues: tuple[Issue, ...] = ()
    provenance: Mapping[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:  # the generated one prints every table and the whole checklist
        return (f"<Comparison of {len(self.profiles)} jurisdictions on {self.checklist.ref}, "
                f"{self.model}/{self.scope}, {len(self.issues)} issues>")

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
        return pick_jurisdiction(self.profiles, key)

    def dual_criminality(self, a: str, b: str) -> pd.DataFrame:
        """The item-by-item dual-criminality detail for two jurisdictions of this comparison.

        Raises :class:`ComparisonError` (``same-jurisdiction``) when both keys name one jurisdiction.
        """
        first, second = self.profile_of(a), self.profile_of(b)
        check_two_jurisdictions(first, second)
        return _dual_criminality_table(first, second, self.checklist)


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
    check_choices(model, scope)
    batch = prepare(sources, checklist, on_file=on_file)
    if not batch.profiles:
        raise ComparisonError("nothing to compare: no input could be read", batch.issues)
    kept, duplicates = latest_per_jurisdiction(batch.profiles)
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
    ``status_b``. Naming one jurisdiction twice raises :class:`ComparisonError`
    (``same-jurisdiction``), as the command line does.
    """
    pair = prepare_pair(a, b, checklist)
    check_two_jurisdictions(*pair.profiles)
    return _dual_criminality_table(*pair.profiles, pair.checklist)


def same_jurisdiction(a: Profile, b: Profile) -> bool:
    """Whether two profiles assess one jurisdiction: by code in any case, by name when either has no code."""
    first, second = a.jurisdiction, b.jurisdiction
    if first.code and second.code:
        return first.code.casefold() == second.code.casefold()
    return first.name.casefold() == second.name.casefold()


def check_two_jurisdictions(a: Profile, b: Profile) -> None:
    """Refuse a pair that is one jurisdiction: dual criminality is a question between two States.

    A table of a jurisdiction against itself would read as a perfect partner
    for every offence it has, which says nothing about cooperation.
    """
    if not same_jurisdiction(a, b):
        return
    label = a.jurisdiction.label
    raise ComparisonError(f"{label} is named twice", [Issue(
        "same-jurisdiction", f"A and B are both {label}; dual criminality is a question between two jurisdictions.",
        hint="Name two different jurisdictions; `gapcheck progress OLD NEW` compares two assessments of one.")])


# --- the tables -------------------------------------------------------------------------


def compared_items(checklist: Checklist, scope: str) -> tuple[Item, ...]:
    """The items a comparison shows: scored (State-addressed, answerable), narrowed by the scope."""
    return tuple(i for i in checklist.scored_items if scope != "legislative" or i.legislative)


def _issue_order(issue: Issue) -> tuple[object, ...]:
    """Errors first, then by place: the same inputs give the same list, whatever order they came in."""
    return (not issue.is_error, issue.file or "", issue.sheet or "", issue.row or 0, issue.pointer or "",
            issue.column or "", issue.code, issue.message)


def criminalization_items(checklist: Checklist) -> tuple[Item, ...]:
    """The offences a dual-criminality test looks at: scored items marked ``offence``.

    Conduct counts, not drafting approaches or safeguards (10 (a), 10 (c) and
    10 (g) say how to write offences, 10 (b) how to apply them). A checklist
    that marks no item as an offence falls back on every scored item whose
    kinds include criminalization.
    """
    offences = tuple(i for i in checklist.scored_items if i.offence)
    return offences or tuple(i for i in checklist.scored_items if "criminalization" in i.kinds)


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
    statuses = pd.DataFrame(np.asarray(STATUSES, dtype=object)[status_codes(profiles, answerable)],
                            index=pd.Index(labels, name="label"), columns=answerable)
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
        issues=tuple(sorted(issues, key=_issue_order)),
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
    """Median, lowest and highest score per group, then the whole batch as ``(all)``.

    The ``(all)`` row is there whenever there are two jurisdictions or more, groups or none: a team comparing
    countries without regions still wants to know where the middle lies.
    """
    import pandas as pd

    rows = []
    grouped = overview[overview["group"] != ""]
    for name, members in sorted(grouped.groupby("group")["score"], key=lambda kv: str(kv[0]).casefold()):
        rows.append((name, len(members), members.median(), members.min(), members.max()))
    if len(overview) > 1:
        scores = overview["score"]
        rows.append(("(all)", len(scores), scores.median(), scores.min(), scores.max()))
    return pd.DataFrame(rows, columns=list(GROUP_COLUMNS))


def _sections(overview: pd.DataFrame, figures: pd.DataFrame, checklist: Checklist) -> pd.DataFrame:
    frame = overview[["jurisdiction", "code", "group", "score"]].copy()
    for section in checklist.sections:
        frame[section.id] = figures[f"section:{section.id}"].to_numpy(dtype=float)
    return frame


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
    medians = _peer_medians(values, np.where(in_group, places["group"], None))
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

    own = (values[:, :, np.newaxis] == np.asarray(_LEVELS)).astype(np.int64)  # jurisdictions x items x levels
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


def _pairs(crime_full: np.ndarray, labels: pd.Index) -> pd.DataFrame:
    """Jurisdictions x jurisdictions: the share of criminalization items both cover fully (0-100)."""
    import numpy as np
    import pandas as pd

    count = crime_full.shape[1]
    both = crime_full.astype(np.float64) @ crime_full.T.astype(np.float64)
    share = both * (100.0 / count) if count else np.full(both.shape, np.nan)
    return pd.DataFrame(share, index=pd.Index(labels, name="label"), columns=pd.Index(labels, name="partner"))


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
