"""The four XCCDF 1.2 scoring models (NISTIR 7275r4, section 7.3.2) as pure functions.

Scoring is kept apart from checklists and profiles so that each model can be
checked by hand on a small tree. A model receives:

* a tree of :class:`Node` objects: the benchmark at the root, groups inside,
  rules at the leaves; each node has a weight;
* a matrix of rule values, one row per jurisdiction and one column per rule:
  ``1`` a pass, ``0.5`` half a pass, ``0`` a fail (or an ``unknown``, which
  XCCDF counts without passing), and NaN for ``notapplicable``, which is not
  counted at all.

Every model works on all rows at once (numpy operations per node, never a
Python loop per jurisdiction), so that a thousand jurisdictions score as fast
as one. Each returns a score on 0-100 per row, NaN for a row in which no rule
is counted: whether such a row reads as 0 or as "no score" is for the caller
to say.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Node:
    """A benchmark, group or rule of the scoring tree.

    A rule points at its column of the value matrix (``rule``); a benchmark or
    group holds ``children``. ``weight`` is the node's weight relative to its
    siblings (XCCDF's ``@weight``, default 1).
    """

    id: str
    weight: float = 1.0
    children: tuple[Node, ...] = ()
    rule: int | None = None

    @property
    def is_rule(self) -> bool:
        return self.rule is not None

    def rules(self) -> tuple[Node, ...]:
        """The rules under this node, in document order (the flat models see only these)."""
        if self.is_rule:
            return (self,)
        return tuple(rule for child in self.children for rule in child.rules())


@dataclass(frozen=True)
class Scores:
    """What a model gives for each row: the 0-100 score and, for the flat models, s and m."""

    score: np.ndarray
    raw: np.ndarray | None = None
    maximum: np.ndarray | None = None


def default_model(tree: Node, values: np.ndarray) -> Scores:
    """``urn:xccdf:scoring:default``: a normalised weighted sum at each node of the tree.

    A counted rule scores 100 x its value; a group's score is
    sum(child score x child weight) / sum(child weight) over its counted
    children; a group with no counted child is not counted by its parent.
    Because every node is normalised, a group's weight says how much it matters
    next to its siblings, however many rules it holds.

    The specification divides by the sum of the counted children's weights
    and does not say what happens when that sum is 0 (every counted child has
    weight 0). Here such a group is treated like a group with no counted
    child: it is not counted, so its parent ignores it. Scoring it 0 instead
    would turn items the checklist declares weightless into a failure of the
    whole group, and marking one of them not applicable could then raise a
    score.
    """
    score, counted = _default_node(tree, values)
    return Scores(np.where(counted, score, np.nan))


def _default_node(node: Node, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(score, counted) of one node for every row, children first."""
    if node.rule is not None:
        value = values[:, node.rule]
        counted = ~np.isnan(value)
        return np.where(counted, 100.0 * value, 0.0), counted
    rows = values.shape[0]
    weighted_sum = np.zeros(rows)
    accumulator = np.zeros(rows)
    for child in node.children:
        child_score, child_counted = _default_node(child, values)
        weighted_sum += np.where(child_counted, child_score * child.weight, 0.0)
        accumulator += np.where(child_counted, child.weight, 0.0)
    counted = accumulator > 0
    score = np.divide(weighted_sum, accumulator, out=np.zeros(rows), where=counted)
    return score, counted


def _rule_matrix(tree: Node, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The weights of the rules under ``tree`` and their columns of ``values``, in document order."""
    rules = tree.rules()
    weights = np.array([rule.weight for rule in rules], dtype=float)
    return weights, values[:, _columns(rules)]


def _columns(rules: tuple[Node, ...]) -> list[int]:
    """The value-matrix columns of rules (every rule has one)."""
    return [rule.rule for rule in rules if rule.rule is not None]


def _flat(tree: Node, values: np.ndarray, unweighted: bool) -> Scores:
    weights, rule_values = _rule_matrix(tree, values)
    if unweighted:
        weights = (weights != 0).astype(float)
    counted = ~np.isnan(rule_values)
    raw = np.where(counted, rule_values * weights, 0.0).sum(axis=1)
    maximum = np.where(counted, weights, 0.0).sum(axis=1)
    share = np.divide(100.0 * raw, maximum, out=np.zeros(len(raw)), where=maximum > 0)
    return Scores(np.where(counted.any(axis=1), share, np.nan), raw, maximum)


def flat_model(tree: Node, values: np.ndarray) -> Scores:
    """``urn:xccdf:scoring:flat``: s = sum of weight x value over counted rules, m = sum of their weights.

    Groups play no part. The 0-100 score is 100 x s / m, and 0 when m is 0
    (every counted rule has weight 0).
    """
    return _flat(tree, values, unweighted=False)


def flat_unweighted_model(tree: Node, values: np.ndarray) -> Scores:
    """``urn:xccdf:scoring:flat-unweighted``: the flat model with every non-zero weight taken as 1.

    As the specification says, a weight of 0 stays 0, so a weightless rule
    still does not count; s is then the number of rules met (a partial
    counting half).
    """
    return _flat(tree, values, unweighted=True)


def absolute_model(tree: Node, values: np.ndarray) -> Scores:
    """``urn:xccdf:scoring:absolute``: 100 when every counted rule passes fully (flat s = m), else 0.

    A rule of weight 0 adds nothing to s or m, so it cannot break s = m. A row
    whose counted rules all weigh 0 has m = 0 and scores 0: nothing of weight
    was shown to be met.
    """
    weights, rule_values = _rule_matrix(tree, values)
    counted = ~np.isnan(rule_values)
    short = counted & (rule_values < 1) & (weights > 0)
    weighed = (counted & (weights > 0)).any(axis=1)
    passed = weighed & ~short.any(axis=1)
    return Scores(np.where(counted.any(axis=1), 100.0 * passed, np.nan))


# --- what each rule is worth ------------------------------------------------------


def default_points(tree: Node, values: np.ndarray) -> np.ndarray:
    """Per row and rule, the points the default score gains when the rule goes from 0 to 1, all else as is.

    Raising a counted rule's value never changes which nodes are counted, so
    the default score is linear in each rule: a rule is worth 100 times the
    product, along its path, of each node's weight over the weights of its
    counted siblings. A rule that is not counted is worth nothing.
    """
    points = np.zeros(values.shape)
    _share_down(tree, values, np.full(values.shape[0], 100.0), points)
    return points


def _share_down(node: Node, values: np.ndarray, share: np.ndarray, points: np.ndarray,
                counted: dict[int, np.ndarray] | None = None) -> np.ndarray:
    """Give each rule under ``node`` its part of ``share``; return whether ``node`` is counted, per row.

    Whether each node counts is worked out once for the whole tree, bottom-up, so that a checklist of tens of
    thousands of items is shared out in one pass."""
    if counted is None:
        counted = {}
        _counted(node, values, counted)
    if node.rule is not None:
        points[:, node.rule] = np.where(counted[id(node)], share, 0.0)
        return counted[id(node)]
    total = np.zeros(values.shape[0])
    for child in node.children:
        total += np.where(counted[id(child)], child.weight, 0.0)
    for child in node.children:
        part = np.divide(child.weight * share, total, out=np.zeros_like(total), where=total > 0)
        _share_down(child, values, np.where(counted[id(child)], part, 0.0), points, counted)
    return total > 0


def _counted(node: Node, values: np.ndarray, memo: dict[int, np.ndarray]) -> np.ndarray:
    """Whether a node counts in the default model, per row (a group counts when its counted children weigh);
    every node's answer is kept in ``memo``, by node identity."""
    if node.rule is not None:
        found = ~np.isnan(values[:, node.rule])
    else:
        total = np.zeros(values.shape[0])
        for child in node.children:
            total += np.where(_counted(child, values, memo), child.weight, 0.0)
        found = total > 0
    memo[id(node)] = found
    return found


def _flat_points(tree: Node, values: np.ndarray, unweighted: bool) -> np.ndarray:
    weights, rule_values = _rule_matrix(tree, values)
    if unweighted:
        weights = (weights != 0).astype(float)
    counted = ~np.isnan(rule_values)
    maximum = np.where(counted, weights, 0.0).sum(axis=1, keepdims=True)
    share = np.divide(100.0 * weights[np.newaxis, :], maximum, out=np.zeros(rule_values.shape), where=maximum > 0)
    points = np.zeros(values.shape)
    points[:, _columns(tree.rules())] = np.where(counted, share, 0.0)
    return points


def _absolute_points(tree: Node, values: np.ndarray) -> np.ndarray:
    """100 for a weighted, counted rule when every other counted, weighted rule passes fully; else 0."""
    weights, rule_values = _rule_matrix(tree, values)
    counted = ~np.isnan(rule_values) & (weights > 0)
    short = counted & (np.nan_to_num(rule_values, nan=1.0) < 1)
    others_short = short.sum(axis=1, keepdims=True) - short
    points = np.zeros(values.shape)
    points[:, _columns(tree.rules())] = np.where(counted & (others_short == 0), 100.0, 0.0)
    return points


MODEL_POINTS: Mapping[str, Callable[[Node, np.ndarray], np.ndarray]] = {
    "default": default_points,
    "flat": lambda tree, values: _flat_points(tree, values, unweighted=False),
    "flat-unweighted": lambda tree, values: _flat_points(tree, values, unweighted=True),
    "absolute": _absolute_points,
}
"""Per model: what each rule adds to the 0-100 score when it goes from 0 to 1, everything else as it is."""


def gains(model: str, tree: Node, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(points, gain)`` per row and rule: worth when fully met, and what meeting it fully would add now.

    For the default and flat models the score is linear in each rule, so a
    rule at value v gains points x (1 - v); the absolute model only moves
    when the last shortfall is made good, so there a rule short of 1 gains
    its whole points.
    """
    points = MODEL_POINTS[model](tree, values)
    current = np.nan_to_num(values, nan=1.0)
    if model == "absolute":
        return points, np.where(current < 1, points, 0.0)
    return points, points * (1.0 - current)


MODEL_FUNCTIONS: Mapping[str, Callable[[Node, np.ndarray], Scores]] = {
    "default": default_model,
    "flat": flat_model,
    "flat-unweighted": flat_unweighted_model,
    "absolute": absolute_model,
}
"""The models by their XCCDF names (``urn:xccdf:scoring:<name>``)."""
