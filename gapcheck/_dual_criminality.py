"""Dual criminality: whether cooperation on an offence would pass the test that both States criminalise it.

Extradition usually needs the conduct to be an offence in both States;
mutual legal assistance often does not (paras. 9 (c) and 9 (e) of the 2018
source: the conduct counts, not its label). For two jurisdictions,
:func:`dual_criminality_of` says offence by offence whether both cover it
fully. For a whole comparison the pair shares are worked out from one
jurisdictions x offences matrix of "covers fully", in blocks of rows, so that
memory grows with the number of jurisdictions and not with its square: the
full pair matrix is built only when asked for.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from gapcheck._checklist import Checklist, Item
from gapcheck._errors import ComparisonError, issue
from gapcheck._profile import Profile

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

DUAL_CRIMINALITY_COLUMNS = ("id", "citation", "title", "status_a", "status_b", "outcome", "passes", "lacking")
"""Columns of :attr:`DualCriminality.items`: one row per offence for one pair."""

BLOCK_ROWS = 512
"""Rows of the pair matrix worked out at once: a few megabytes, whatever the number of jurisdictions."""


def criminalization_items(checklist: Checklist) -> tuple[Item, ...]:
    """The offences a dual-criminality test looks at: scored items marked ``offence``.

    Conduct counts, not drafting approaches or safeguards (10 (a), 10 (c) and
    10 (g) say how to write offences, 10 (b) how to apply them). A checklist
    that marks no item as an offence falls back on every scored item whose
    kinds include criminalization.
    """
    offences = tuple(i for i in checklist.scored_items if i.offence)
    return offences or tuple(i for i in checklist.scored_items if "criminalization" in i.kinds)


@dataclass(frozen=True, eq=False)
class DualCriminality:
    """Two jurisdictions, offence by offence: both cover it fully (the test passes), one does, or neither.

    ``items`` has one row per offence: ``outcome`` is ``both``, ``only <label>``
    (an obstacle: the other side lacks it, named in ``lacking``) or
    ``neither``. Swapping the two swaps only ``status_a`` and ``status_b``.
    """

    a: Profile
    b: Profile
    checklist: Checklist
    items: pd.DataFrame

    def __repr__(self) -> str:
        return (f"<DualCriminality {self.a.jurisdiction.label} and {self.b.jurisdiction.label} on "
                f"{self.checklist.ref}: {self.passing} of {len(self.items)} offences pass>")

    @property
    def profiles(self) -> tuple[Profile, Profile]:
        return self.a, self.b

    @property
    def passing(self) -> int:
        """How many offences pass the test."""
        return int(self.items["passes"].sum())

    @property
    def share(self) -> float:
        """The share (0-100) of offences that pass; NaN when the checklist has none."""
        return 100.0 * self.passing / len(self.items) if len(self.items) else float("nan")

    def lacking(self, side: str) -> int:
        """How many offences one side lacks while the other has them (``side``: "a", "b", or "both" for neither)."""
        name = {"a": self.a.jurisdiction.label, "b": self.b.jurisdiction.label}.get(side, side)
        return int((self.items["lacking"] == name).sum())


def check_two_jurisdictions(a: Profile, b: Profile) -> None:
    """Refuse a pair that is one jurisdiction: dual criminality is a question between two States.

    A table of a jurisdiction against itself would read as a perfect partner
    for every offence it has, which says nothing about cooperation.
    """
    if not a.jurisdiction.same_as(b.jurisdiction):
        return
    label = a.jurisdiction.label
    raise ComparisonError(f"{label} is named twice", [issue(
        "same-jurisdiction", f"A and B are both {label}; dual criminality is a question between two "
        "jurisdictions.")])


def dual_criminality_of(a: Profile, b: Profile, checklist: Checklist) -> DualCriminality:
    """The offence-by-offence detail for two jurisdictions assessed against ``checklist``."""
    import pandas as pd

    check_two_jurisdictions(a, b)
    first, second = a.jurisdiction.label, b.jurisdiction.label
    rows = []
    for item in criminalization_items(checklist):
        status_a, status_b = a.answer(item.id).status, b.answer(item.id).status
        has_a, has_b = status_a == "full", status_b == "full"
        outcome = ("both" if has_a and has_b else f"only {first}" if has_a else f"only {second}" if has_b
                   else "neither")
        lacking = "" if has_a and has_b else second if has_a else first if has_b else "both"
        rows.append((item.id, item.citation, item.title, status_a, status_b, outcome, has_a and has_b, lacking))
    return DualCriminality(a, b, checklist, pd.DataFrame(rows, columns=list(DUAL_CRIMINALITY_COLUMNS)))


# --- many pairs at once ------------------------------------------------------------------------


def pair_blocks(full: np.ndarray) -> Iterator[tuple[int, np.ndarray]]:
    """``(first row, counts)`` blocks of the pair matrix: for each pair, how many offences both cover fully."""
    import numpy as np

    matrix = full.astype(np.float32)
    for start in range(0, len(matrix), BLOCK_ROWS):
        yield start, np.rint(matrix[start:start + BLOCK_ROWS] @ matrix.T).astype(np.int32)


def pair_matrix(full: np.ndarray, labels: Sequence[str]) -> pd.DataFrame:
    """Jurisdictions x jurisdictions: the share (0-100) of offences both cover fully. Memory grows with N²."""
    import numpy as np
    import pandas as pd

    count = full.shape[1]
    shares = np.full((len(full), len(full)), np.nan)
    if count:
        for start, block in pair_blocks(full):
            shares[start:start + len(block)] = block * (100.0 / count)
    index = pd.Index(list(labels), name="label")
    return pd.DataFrame(shares, index=index, columns=pd.Index(list(labels), name="partner"))


def pair_summary(full: np.ndarray, groups: Sequence[str]) -> dict[str, Any]:
    """Per jurisdiction the median, lowest and highest share with the others; the median between groups.

    Shares take only ``offences + 1`` values, so medians are read from counts
    per value, block by block: memory stays linear in the number of jurisdictions.
    """
    import numpy as np

    size, count = full.shape
    levels = count + 1
    per_row = np.zeros((size, levels), dtype=np.int64)
    names = sorted(set(groups) - {""}, key=str.casefold)
    position = {name: index for index, name in enumerate(names)}
    group_of = np.asarray([position.get(g, -1) for g in groups])
    between = np.zeros((len(names), len(names), levels), dtype=np.int64)
    for start, block in pair_blocks(full):
        rows = np.arange(start, start + len(block))
        block = block.copy()
        block[np.arange(len(block)), rows] = -1  # a jurisdiction is not its own partner
        for value in range(levels):
            hits = block == value
            per_row[rows, value] = hits.sum(axis=1)
            if names:
                for first in range(len(names)):
                    mine = group_of[rows] == first
                    if mine.any():
                        partners = hits[mine]
                        between[first, :, value] += np.bincount(group_of[np.nonzero(partners)[1]] + 1,
                                                                minlength=len(names) + 1)[1:]
    scale = 100.0 / count if count else float("nan")
    return {
        "median": _median(per_row) * scale,
        "lowest": _extreme(per_row, lowest=True) * scale,
        "highest": _extreme(per_row, lowest=False) * scale,
        "groups": names,
        "between": _median(between) * scale if names else np.zeros((0, 0)),
    }


def weakest_pairs(full: np.ndarray, labels: Sequence[str], limit: int) -> list[tuple[float, str, str]]:
    """The ``limit`` pairs with the lowest share, each pair once, lowest first (ties: by position)."""
    import numpy as np

    count = full.shape[1]
    if not count or len(full) < 2:
        return []
    found: list[tuple[int, int, int]] = []
    for start, block in pair_blocks(full):
        rows, columns = np.nonzero(np.triu(np.ones(block.shape, dtype=bool), k=start + 1))
        values = block[rows, columns]
        keep = np.argsort(values, kind="stable")[:limit]
        found.extend((int(values[k]), start + int(rows[k]), int(columns[k])) for k in keep)
        found = sorted(found)[:limit]
    return [(100.0 * both / count, labels[i], labels[j]) for both, i, j in found]


def _median(counts: np.ndarray) -> np.ndarray:
    """The median value of each multiset given as counts per value (last axis); NaN for an empty one."""
    import numpy as np

    total = counts.sum(axis=-1)
    below = np.cumsum(counts, axis=-1)

    def at(position: np.ndarray) -> np.ndarray:
        return (below <= position[..., np.newaxis]).sum(axis=-1).astype(float)

    middle = (at((total - 1) // 2) + at(total // 2)) / 2
    return np.where(total > 0, middle, np.nan)


def _extreme(counts: np.ndarray, lowest: bool) -> np.ndarray:
    import numpy as np

    present = counts > 0
    if lowest:
        found = np.argmax(present, axis=-1).astype(float)
    else:
        found = (counts.shape[-1] - 1 - np.argmax(present[..., ::-1], axis=-1)).astype(float)
    return np.where(present.any(axis=-1), found, np.nan)
