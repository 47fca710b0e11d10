"""The four XCCDF 1.2 scoring models on trees worked out by hand.

The tree used throughout (weights in brackets)::

    benchmark
    ├── A  group [2]
    │   ├── r0 [1]
    │   └── r1 [3]
    ├── B  group [1]      every rule in it weighs 0
    │   ├── r2 [0]
    │   └── r3 [0]
    └── r4 [1]

Each row of ``VALUES`` is one jurisdiction: 1 pass, 0.5 half a pass, 0 fail
or unknown, NaN not applicable.
"""

from __future__ import annotations

import numpy as np
import pytest

from gapcheck._xccdf import MODEL_FUNCTIONS, Node, absolute_model, default_model, flat_model, flat_unweighted_model

NAN = float("nan")

TREE = Node("benchmark", children=(
    Node("A", 2.0, children=(Node("r0", 1.0, rule=0), Node("r1", 3.0, rule=1))),
    Node("B", 1.0, children=(Node("r2", 0.0, rule=2), Node("r3", 0.0, rule=3))),
    Node("r4", 1.0, rule=4),
))

VALUES = np.array([
    #  r0   r1   r2   r3   r4
    [1.0, 0.5, 1.0, 0.0, 0.0],  # row 0: mixed
    [NAN, NAN, 1.0, 1.0, 1.0],  # row 1: group A wholly not applicable
    [NAN, NAN, NAN, NAN, NAN],  # row 2: nothing applicable
    [1.0, 1.0, 0.0, 0.0, NAN],  # row 3: only weightless rules fail
    [NAN, NAN, 1.0, 1.0, NAN],  # row 4: only weightless rules are counted
])


def test_rules_are_listed_in_document_order():
    assert [rule.id for rule in TREE.rules()] == ["r0", "r1", "r2", "r3", "r4"]


def test_default_model_on_the_hand_worked_tree():
    # row 0: A = (100x1 + 50x3) / (1+3) = 62.5; B has only weightless rules, so it is not
    #        counted; benchmark = (62.5x2 + 0x1) / (2+1) = 41.666...
    # row 1: A is not counted (all n/a), B is not counted; benchmark = r4 = 100
    # row 2: nothing counted -> NaN
    # row 3: A = 100; B not counted; r4 n/a; benchmark = 100
    # row 4: only weightless rules -> nothing counted -> NaN
    scores = default_model(TREE, VALUES)
    np.testing.assert_allclose(scores.score, [125 / 3, 100.0, NAN, 100.0, NAN])
    assert scores.raw is None and scores.maximum is None


def test_default_model_ignores_a_group_whose_counted_rules_all_weigh_zero():
    # Scoring B as 0 instead would give (62.5x2 + 0x1 + 0x1) / 4 = 31.25 for row 0.
    only_a_and_r4 = Node("benchmark", children=(TREE.children[0], TREE.children[2]))
    np.testing.assert_allclose(default_model(TREE, VALUES[:1]).score, default_model(only_a_and_r4, VALUES[:1]).score)


def test_default_model_weighs_groups_not_rules():
    # Two groups of weight 1: one with three passing rules, one with one failing rule.
    # default: (100 + 0) / 2 = 50; flat: 3 of 4 rules = 75.
    tree = Node("b", children=(
        Node("g1", children=tuple(Node(f"r{i}", rule=i) for i in range(3))),
        Node("g2", children=(Node("r3", rule=3),)),
    ))
    values = np.array([[1.0, 1.0, 1.0, 0.0]])
    assert default_model(tree, values).score[0] == pytest.approx(50.0)
    assert flat_model(tree, values).score[0] == pytest.approx(75.0)


def test_a_zero_weight_group_counts_for_nothing_in_the_default_model_only():
    # Group Z weighs 0 but holds a failing rule of weight 1. default: (100x1 + 0x0) / 1 = 100;
    # flat ignores groups: s = 1, m = 2 -> 50.
    tree = Node("b", children=(Node("r0", rule=0), Node("Z", 0.0, children=(Node("r1", rule=1),))))
    values = np.array([[1.0, 0.0]])
    assert default_model(tree, values).score[0] == pytest.approx(100.0)
    assert flat_model(tree, values).score[0] == pytest.approx(50.0)


def test_flat_model_on_the_hand_worked_tree():
    # row 0: s = 1x1 + 0.5x3 + 1x0 + 0x0 + 0x1 = 2.5; m = 1+3+0+0+1 = 5 -> 50
    # row 1: s = 0 + 0 + 1 = 1; m = 0+0+1 = 1 -> 100
    # row 2: nothing counted -> NaN (s = m = 0)
    # row 3: s = 1 + 3 = 4; m = 4 -> 100
    # row 4: counted rules weigh 0: s = m = 0 -> 0
    scores = flat_model(TREE, VALUES)
    np.testing.assert_allclose(scores.score, [50.0, 100.0, NAN, 100.0, 0.0])
    np.testing.assert_allclose(scores.raw, [2.5, 1.0, 0.0, 4.0, 0.0])
    np.testing.assert_allclose(scores.maximum, [5.0, 1.0, 0.0, 4.0, 0.0])


def test_flat_unweighted_model_keeps_zero_weights_at_zero():
    # weights become 1, 1, 0, 0, 1
    # row 0: s = 1 + 0.5 + 0 = 1.5; m = 3 -> 50
    # row 1: s = 1; m = 1 -> 100
    # row 3: s = 2; m = 2 -> 100
    # row 4: m = 0 -> 0
    scores = flat_unweighted_model(TREE, VALUES)
    np.testing.assert_allclose(scores.score, [50.0, 100.0, NAN, 100.0, 0.0])
    np.testing.assert_allclose(scores.raw, [1.5, 1.0, 0.0, 2.0, 0.0])
    np.testing.assert_allclose(scores.maximum, [3.0, 1.0, 0.0, 2.0, 0.0])


def test_absolute_model_on_the_hand_worked_tree():
    # row 0: r1 is half a pass and r4 fails -> 0
    # row 1: every counted rule passes -> 100
    # row 3: only weightless rules fail, and they add nothing to s or m, so s = m -> 100
    # row 4: m = 0 -> 0
    scores = absolute_model(TREE, VALUES)
    np.testing.assert_allclose(scores.score, [0.0, 100.0, NAN, 100.0, 0.0])


@pytest.mark.parametrize("model", list(MODEL_FUNCTIONS))
def test_each_row_scores_as_it_would_alone(model):
    together = MODEL_FUNCTIONS[model](TREE, VALUES).score
    alone = [MODEL_FUNCTIONS[model](TREE, VALUES[i:i + 1]).score[0] for i in range(len(VALUES))]
    np.testing.assert_array_equal(together, alone)


@pytest.mark.parametrize("model", list(MODEL_FUNCTIONS))
def test_a_tree_without_rules_has_no_score(model):
    scores = MODEL_FUNCTIONS[model](Node("empty"), np.empty((2, 0)))
    assert np.isnan(scores.score).all()


@pytest.mark.parametrize("model", list(MODEL_FUNCTIONS))
def test_no_rows_give_no_scores(model):
    assert MODEL_FUNCTIONS[model](TREE, np.empty((0, 5))).score.shape == (0,)
