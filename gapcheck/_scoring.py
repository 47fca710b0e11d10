"""Scoring: a profile (or a table of many jurisdictions' statuses) against a checklist. Pure functions.

Scoring takes profiles, tables and loaded checklists, never paths: reading
files is the readers' work, resolving what a user named is the public API's.
The rules, in plain words (the README's "How scores are computed"):

* Only items that count (:meth:`Item.counts`: addressed to the State,
  answerable, selected by any tailoring, inside the scope, mandatory for a
  treaty) are scored. Groups (9 (n), 10 (f)) are answered through their
  sub-items. A reservation that lifts an obligation makes its items not
  applicable for the State that made it, with the reservation as the reason.
* Statuses map onto XCCDF results through the one status scale
  (:data:`~gapcheck._profile.STATUS_VALUES`): ``full`` a pass (1),
  ``partial`` half a pass, ``planned`` and ``none`` a fail, ``unknown``
  XCCDF's ``unknown`` (0 in the headline, 1 in the upper bound),
  ``not_applicable`` XCCDF's ``notapplicable`` (not counted at all).
* An alternatives set (9 (s) a new UN instrument, 9 (t) join Budapest) is
  scored as one rule valued at its best member, so that neither position is
  penalised: its weight is the largest member weight; it is not applicable
  only if every member is, and unknown only if no member has an answer.
* The score follows one of the four XCCDF 1.2 models (:mod:`gapcheck._xccdf`)
  over the tree checklist -> sections (weight 1) -> items, a group item
  holding its sub-items.
* Coverage is the assessed share (status other than ``unknown``) of the
  scored weight, not-applicable items left out, whatever the model.
* Every item's ``points`` (what it adds when fully met) and every gap's
  ``gain`` (what meeting it fully would add now) are exact under the model.
* Headline figures are 0 when nothing is counted; a section in which nothing
  is counted has no figures (NaN), so a report can say "not scored".

:func:`score` and :func:`score_table` share one vectorised path, so one
profile scored alone and the same profile in a table of a thousand agree
exactly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from gapcheck._checklist import SCOPES, Checklist, Item
from gapcheck._errors import InvalidArgumentError, Issue, ProfileError, issue
from gapcheck._profile import GAP_STATUSES, STATUS_VALUES, STATUSES, Profile, answer_issues, normalise_status
from gapcheck._result import (
    CROSSWALK_COLUMNS,
    GAP_COLUMNS,
    ITEM_COLUMNS,
    MODELS,
    SECTION_COLUMNS,
    TO_ASSESS_COLUMNS,
    Result,
)
from gapcheck._treaties import TREATY_NAMES, article_number, treaty_articles
from gapcheck._version import __version__
from gapcheck._xccdf import MODEL_FUNCTIONS, Node, Scores, gains

if TYPE_CHECKING:
    import pandas as pd

_NAN = float("nan")
_CODE = {status: code for code, status in enumerate(STATUSES)}
_CELL_CODE = {**_CODE, "": _CODE["unknown"]}
"""Status codes for the cells of a status table; an empty cell is unknown."""


def _reading(unknown: float, answered: Mapping[str, float] = STATUS_VALUES) -> np.ndarray:
    """What each status (in STATUSES order) is worth under one reading; NaN means not counted."""
    values = {**answered, "not_applicable": _NAN, "unknown": unknown}
    return np.array([values[status] for status in STATUSES])


_HEADLINE = _reading(unknown=0.0)
_UPPER = _reading(unknown=1.0)
_ASSESSED = _reading(unknown=0.0, answered=dict.fromkeys(STATUS_VALUES, 1.0))


def check_choices(model: str, scope: str) -> None:
    """Refuse an unknown model or scope, both at once, each with the choices there are."""
    problems = []
    if model not in MODELS:
        problems.append(issue("unknown-model", f"{model!r} is not a scoring model.",
                              hint=f"Use one of {', '.join(MODELS)}."))
    if scope not in SCOPES:
        problems.append(issue("unknown-scope", f"{scope!r} is not a scoring scope.",
                              hint=f"Use one of {', '.join(SCOPES)}."))
    if problems:
        raise InvalidArgumentError("; ".join(p.message for p in problems), problems)


# --- the plan: which items are scored, as which rules, in which tree ----------------


@dataclass(frozen=True)
class Plan:
    """How one checklist is scored under one scope; built once and reused for every jurisdiction.

    ``items`` are the scored item ids (the columns of the status matrix);
    ``rules`` give, per rule, the columns of its members (one, or an
    alternatives set); ``rule_of`` maps each scored item to its rule;
    ``tree`` is the XCCDF benchmark whose children are ``sections``.
    ``set_members`` gives each member of an alternatives set the set's
    in-scope members, ``weights`` each scored item the weight of the rule it
    belongs to, and ``section_items`` each section its scored items.
    """

    items: tuple[str, ...]
    rules: tuple[tuple[int, ...], ...]
    rule_of: Mapping[str, int]
    tree: Node
    sections: tuple[Node, ...]
    set_members: Mapping[str, tuple[str, ...]]
    weights: Mapping[str, float]
    section_items: Mapping[str, tuple[str, ...]]


@lru_cache(maxsize=64)
def plan(checklist: Checklist, scope: str) -> Plan:
    """The scoring plan of a checklist under a scope (remembered: a batch scores many profiles on one)."""
    scored = checklist.counted_items(scope)
    column = {item.id: index for index, item in enumerate(scored)}
    set_members = {
        member: tuple(m for m in column if m in members)  # checklist order, in scope only
        for members in checklist.alternatives
        for member in members
        if member in column
    }
    weights = {item.id: item.weight for item in scored}
    leaves: dict[str, Node] = {}
    rules: list[tuple[int, ...]] = []
    rule_of: dict[str, int] = {}
    for item in scored:
        members = set_members.get(item.id, (item.id,))
        if members[0] != item.id:
            continue  # a later member of a set: scored with the set, where its first member stands
        weight = max(weights[m] for m in members)
        weights.update(dict.fromkeys(members, weight))
        rule_of.update(dict.fromkeys(members, len(rules)))
        leaves[item.id] = Node(" or ".join(members), weight, rule=len(rules))
        rules.append(tuple(column[m] for m in members))
    top_level: dict[str, list[Item]] = {}
    for item in checklist.items:
        if item.parent is None:
            top_level.setdefault(item.section, []).append(item)
    sections = tuple(
        Node(section.id, 1.0, _subtrees(checklist, top_level.get(section.id, []), leaves))
        for section in checklist.sections
    )
    in_section: dict[str, list[str]] = {s.id: [] for s in checklist.sections}
    for item in scored:
        in_section[item.section].append(item.id)
    section_items = {section: tuple(ids) for section, ids in in_section.items()}
    return Plan(tuple(column), tuple(rules), rule_of, Node(checklist.id, 1.0, sections), sections, set_members,
                weights, section_items)


def _subtrees(checklist: Checklist, items: Sequence[Item], leaves: Mapping[str, Node]) -> tuple[Node, ...]:
    """The scoring nodes for ``items``: their rules, and their groups that hold any rule."""
    nodes: list[Node] = []
    for item in items:
        if item.is_group:
            children = _subtrees(checklist, checklist.children(item.id), leaves)
            if children:
                nodes.append(Node(item.id, item.weight, children))
        elif item.id in leaves:
            nodes.append(leaves[item.id])
    return tuple(nodes)


# --- the vectorised core ---------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    """Every figure for every row: headline, upper bound, coverage, per section, and each rule's worth."""

    score: np.ndarray
    upper: np.ndarray
    coverage: np.ndarray
    raw: np.ndarray | None
    maximum: np.ndarray | None
    sections: Mapping[str, tuple[np.ndarray, np.ndarray, np.ndarray]]
    points: np.ndarray
    gain: np.ndarray


def status_codes(statuses: pd.DataFrame, checklist: Checklist, columns: Sequence[str]) -> np.ndarray:
    """The status table as codes into STATUSES, one column per id of ``columns``; blank or missing = unknown."""
    import pandas as pd

    answerable = {item.id for item in checklist.answerable_items}
    strangers = [str(c) for c in statuses.columns if c not in answerable]
    if strangers:
        raise InvalidArgumentError(f"statuses has columns that are not answerable items of {checklist.ref}: "
                                   + ", ".join(strangers), [issue(
            "unknown-item", f"{name!r} is not an answerable item of {checklist.ref}.", column=name,
            hint="Name the columns by item id, as Checklist.answerable_items gives them.") for name in strangers])
    table = statuses.reindex(columns=list(columns))
    cells = pd.Series(table.to_numpy(dtype=object).ravel())
    codes = cells.map(_CELL_CODE)
    written = cells[codes.isna() & cells.notna()]
    if len(written):  # statuses as people write them ("Fully met", "yes", "n/a"): read once per distinct text
        synonyms = {text: _CODE.get(normalise_status(text) or "") for text in written.unique()}
        codes = codes.fillna(cells.map(synonyms))
    bad = sorted({str(v) for v in cells[codes.isna() & cells.notna()]})
    if bad:
        raise InvalidArgumentError(
            f"unknown statuses {', '.join(map(repr, bad))}; expected one of {', '.join(STATUSES)}",
            [issue("unknown-status", f"{value!r} is not a status.", hint=f"Use one of {', '.join(STATUSES)}.")
             for value in bad])
    return codes.fillna(_CODE["unknown"]).to_numpy(dtype=np.int8).reshape(table.shape)


def _by_item_id(statuses: pd.DataFrame, checklist: Checklist) -> pd.DataFrame:
    """The table with its columns named by canonical item id, however a lawyer wrote them ("10 (f) (vii)")."""
    import pandas as pd

    if not isinstance(statuses, pd.DataFrame):
        raise InvalidArgumentError(f"statuses must be a DataFrame, not {type(statuses).__name__}", [issue(
            "not-a-table", f"{type(statuses).__name__} is not a DataFrame.")])
    names = {column: (item.id if (item := checklist.get(str(column))) else column) for column in statuses.columns}
    uses = Counter(names.values())
    twice = sorted(str(column) for column in statuses.columns if uses[names[column]] > 1)
    if twice:
        raise InvalidArgumentError(f"columns name the same item: {', '.join(twice)}", [issue(
            "duplicate-column", f"The columns {', '.join(map(repr, twice))} name the same item.", severity="error",
            hint="Keep one column per item.")])
    return statuses.rename(columns=names)


def _rule_values(codes: np.ndarray, reading: np.ndarray, plan_: Plan) -> np.ndarray:
    """Rule values under one reading of the statuses; a set takes its best counted member."""
    item_values = reading[codes]
    matrix = np.empty((codes.shape[0], len(plan_.rules)))
    for rule, members in enumerate(plan_.rules):
        matrix[:, rule] = np.fmax.reduce(item_values[:, list(members)], axis=1)
    return matrix


def figures(codes: np.ndarray, plan_: Plan, model: str) -> Figures:
    """Every figure, for every row of a status-code matrix whose columns are ``plan_.items``."""
    apply = MODEL_FUNCTIONS[model]
    headline = _rule_values(codes, _HEADLINE, plan_)
    upper = _rule_values(codes, _UPPER, plan_)
    assessed = _rule_values(codes, _ASSESSED, plan_)
    cover = MODEL_FUNCTIONS["flat"]  # coverage: the weighted share assessed, whatever the model

    def three(tree: Node) -> tuple[Scores, Scores, Scores]:
        return apply(tree, headline), apply(tree, upper), cover(tree, assessed)

    def section(node: Node) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        section_score, section_upper, section_coverage = three(node)
        return section_score.score, section_upper.score, section_coverage.score

    total, total_upper, total_coverage = three(plan_.tree)
    points, gain = gains(model, plan_.tree, headline)
    return Figures(
        score=np.nan_to_num(total.score),
        upper=np.nan_to_num(total_upper.score),
        coverage=np.nan_to_num(total_coverage.score),
        raw=total.raw,
        maximum=total.maximum,
        sections={node.id: section(node) for node in plan_.sections},
        points=points,
        gain=gain,
    )


def score_table(
    statuses: pd.DataFrame, checklist: Checklist, model: str = "default", scope: str = "all"
) -> pd.DataFrame:
    """Score many jurisdictions at once: one row of statuses in, one row of figures out.

    ``statuses`` has one row per jurisdiction (any index) and one column per
    answerable item, named by its id as a citation writes it (``10.f.vii``,
    ``10 (f) (vii)``), holding a status as people write it (``full``,
    ``Fully met``, ``yes``); a missing column or a blank cell reads as
    ``unknown``. The result keeps the index and has the columns ``score``,
    ``score_upper``, ``coverage`` (and ``raw_score``, ``max_score`` for the
    flat models) and ``section:<id>`` for each section (NaN for a section in
    which nothing is counted), all on 0-100 except the raw figures. The work
    is done per item and per tree node over all rows at once.

    Raises InvalidArgumentError (a ValueError) for an unknown model, scope, column or status.
    """
    import pandas as pd

    check_choices(model, scope)
    plan_ = plan(checklist, scope)
    statuses = _by_item_id(statuses, checklist)
    found = figures(status_codes(statuses, checklist, plan_.items), plan_, model)
    columns: dict[str, np.ndarray] = {"score": found.score, "score_upper": found.upper, "coverage": found.coverage}
    if found.raw is not None and found.maximum is not None:  # the flat models also give their raw figures
        columns.update(raw_score=found.raw, max_score=found.maximum)
    columns.update({f"section:{sid}": values[0] for sid, values in found.sections.items()})
    return pd.DataFrame(columns, index=statuses.index)


# --- profiles as a status table ------------------------------------------------------


def effective_statuses(profile: Profile, checklist: Checklist) -> dict[str, str]:
    """Each answer's status as scored: an item lifted by a reservation counts as not applicable."""
    statuses = {item_id: answer.status for item_id, answer in profile.answers.items()}
    for item_id in checklist.lifted_by(profile.reservations):
        statuses[item_id] = "not_applicable"
    return statuses


def profile_codes(profiles: Sequence[Profile], checklist: Checklist, columns: Sequence[str]) -> np.ndarray:
    """A profiles x ``columns`` array of status codes (reservations applied); a missing answer is unknown."""
    codes = np.full((len(profiles), len(columns)), _CODE["unknown"], dtype=np.int8)
    position = {item_id: index for index, item_id in enumerate(columns)}
    for row, profile in enumerate(profiles):
        for item_id, status in effective_statuses(profile, checklist).items():
            col = position.get(item_id)
            if col is not None:
                codes[row, col] = _CODE.get(status, _CODE["unknown"])
    return codes


def score_profiles(profiles: Sequence[Profile], checklist: Checklist, model: str, scope: str) -> Figures:
    """Every figure for many profiles at once (what compare and progress use)."""
    plan_ = plan(checklist, scope)
    return figures(profile_codes(profiles, checklist, plan_.items), plan_, model)


def nominal_points(checklist: Checklist, scope: str = "all") -> pd.DataFrame:
    """What each counted item is worth when fully met and nothing is not applicable, under each additive model.

    One row per counted item (an alternatives set's members share its
    points), columns ``default``, ``flat`` and ``flat-unweighted``: the table
    of what weighs what that the README and ``gapcheck checklist show`` print.
    """
    import pandas as pd

    plan_ = plan(checklist, scope)
    codes = np.full((1, len(plan_.items)), _CODE["none"], dtype=np.int8)
    values = _rule_values(codes, _HEADLINE, plan_)
    columns = {model: gains(model, plan_.tree, values)[0][0] for model in ("default", "flat", "flat-unweighted")}
    return pd.DataFrame({model: [float(points[plan_.rule_of[i]]) for i in plan_.items]
                         for model, points in columns.items()}, index=pd.Index(plan_.items, name="id"))


# --- one profile: the Result ----------------------------------------------------------


def score(profile: Profile, checklist: Checklist, model: str = "default", scope: str = "all") -> Result:
    """Score one jurisdiction's profile: figures, per-item and per-section tables, gaps, provenance.

    The model is one of the four XCCDF 1.2 models (``default``, ``flat``,
    ``flat-unweighted``, ``absolute``); ``scope`` is ``all`` or
    ``legislative``. Raises InvalidArgumentError (a ValueError) for an unknown
    model or scope, and ProfileError (listing every problem) when the profile
    answers items the checklist does not have or uses statuses outside the scale.
    """
    check_choices(model, scope)
    check_answers(profile, checklist)
    plan_ = plan(checklist, scope)
    found = figures(profile_codes([profile], checklist, plan_.items), plan_, model)
    worth = _item_worth(plan_, found)
    reserved = checklist.lifted_by(profile.reservations)
    return Result(
        profile=profile,
        checklist=checklist,
        model=model,
        scope=scope,
        score=float(found.score[0]),
        score_upper=float(found.upper[0]),
        coverage=float(found.coverage[0]),
        items=_items_frame(profile, checklist, plan_, worth, reserved),
        sections=_sections_frame(profile, checklist, plan_, found, reserved),
        gaps=_gaps_frame(profile, checklist, plan_, worth, known=True),
        to_assess=_gaps_frame(profile, checklist, plan_, worth, known=False),
        crosswalk=_crosswalk_frame(profile, checklist, plan_, reserved),
        status_counts=_status_counts(profile, plan_.items, reserved),
        provenance=provenance(checklist, model, scope, profile.source_file, profile.source_sha256),
        raw_score=None if found.raw is None else float(found.raw[0]),
        max_score=None if found.maximum is None else float(found.maximum[0]),
        issues=tuple(profile.issues) + _mismatch(profile, checklist),
    )


def _item_worth(plan_: Plan, found: Figures) -> dict[str, tuple[float, float]]:
    """(points, gain) of every scored item: those of its rule (an alternatives set shares one)."""
    return {item_id: (float(found.points[0, rule]), float(found.gain[0, rule]))
            for item_id, rule in plan_.rule_of.items()}


def check_answers(profile: Profile, checklist: Checklist) -> None:
    """Refuse answers the checklist cannot score, all at once, before any figure is computed."""
    problems = answer_issues(profile, checklist)
    if problems:
        raise ProfileError(f"the profile cannot be scored against {checklist.ref} ({len(problems)} problems)",
                           problems)


def _mismatch(profile: Profile, checklist: Checklist) -> tuple[Issue, ...]:
    """A warning when the profile was made against another checklist version than the one scored."""
    if profile.checklist in (checklist.ref, checklist.id):
        return ()
    return (issue("checklist-mismatch",
                  f"The profile was made against {profile.checklist} and is scored against {checklist.ref}.",
                  file=profile.source_file or None),)


def _items_frame(profile: Profile, checklist: Checklist, plan_: Plan, worth: Mapping[str, tuple[float, float]],
                 reserved: Mapping[str, str]) -> pd.DataFrame:
    import pandas as pd

    scored = set(plan_.items)
    rows = []
    for item in checklist.items:
        answer = profile.answer(item.id)
        status = "" if item.is_group else answer.status
        points, gain = worth.get(item.id, (0.0, 0.0))
        rows.append({
            "id": item.id, "citation": item.citation, "section": item.section, "parent": item.parent or "",
            "title": item.title, "requirement": item.requirement, "kind": ", ".join(item.kinds),
            "addressee": item.addressee, "legislative": item.legislative, "obligation": item.obligation,
            "weight": item.weight, "scored": item.id in scored and item.id not in reserved, "status": status,
            "value": STATUS_VALUES.get(status, _NAN), "points": points, "gain": gain,
            "lifted_by": reserved.get(item.id, ""),
            "provisions": "; ".join(answer.provisions), "evidence": answer.evidence, "notes": answer.notes,
            "budapest": ", ".join(item.crosswalk.budapest), "un": ", ".join(item.crosswalk.un),
            "overlaps": ", ".join(item.overlaps), "tensions": ", ".join(item.tensions),
            "alternatives": ", ".join(checklist.alternatives_of(item.id)),
        })
    return pd.DataFrame(rows, columns=list(ITEM_COLUMNS))


def _status_counts(profile: Profile, item_ids: Sequence[str], reserved: Mapping[str, str]) -> dict[str, int]:
    counts = dict.fromkeys(STATUSES, 0)
    for item_id in item_ids:
        counts["not_applicable" if item_id in reserved else profile.answer(item_id).status] += 1
    return counts


def _sections_frame(profile: Profile, checklist: Checklist, plan_: Plan, found: Figures,
                    reserved: Mapping[str, str]) -> pd.DataFrame:
    import pandas as pd

    rows = []
    for section in checklist.sections:
        section_items = plan_.section_items[section.id]
        section_score, upper, coverage = (float(values[0]) for values in found.sections[section.id])
        rows.append({"id": section.id, "title": section.title, "score": section_score, "score_upper": upper,
                     "coverage": coverage, "scored_items": len(section_items),
                     **_status_counts(profile, section_items, reserved)})
    return pd.DataFrame(rows, columns=list(SECTION_COLUMNS))


def _gaps_frame(profile: Profile, checklist: Checklist, plan_: Plan, worth: Mapping[str, tuple[float, float]],
                known: bool) -> pd.DataFrame:
    """The known gaps (``known``) or the items to assess first, best gain first; a set appears once, if at all."""
    import pandas as pd

    statuses = effective_statuses(profile, checklist)
    rows = []
    for order, item_id in enumerate(plan_.items):
        members = plan_.set_members.get(item_id, (item_id,))
        if _standing_member(statuses, members) != item_id:
            continue
        item = checklist[item_id]
        status = statuses.get(item_id, "unknown")
        if (status == "unknown") == known:
            continue
        answer = profile.answer(item_id)
        others = [checklist[m] for m in members if m != item_id]
        points, gain = worth[item_id]
        rows.append({
            "order": order, "urgency": GAP_STATUSES.index(status) if known else 0,
            "id": item.id, "citation": item.citation, "section": item.section, "title": item.title,
            "status": status, "weight": plan_.weights[item_id], "points": points, "gain": gain,
            "next_step": next_step(item, others, status), "provisions": "; ".join(answer.provisions),
            "notes": answer.notes, "budapest": ", ".join(item.crosswalk.budapest), "un": ", ".join(item.crosswalk.un),
        })
    columns = GAP_COLUMNS if known else TO_ASSESS_COLUMNS
    frame = pd.DataFrame(rows, columns=["order", "urgency", *[c for c in GAP_COLUMNS if c != "rank"]])
    frame = frame.sort_values(["gain", "urgency", "order"], ascending=[False, True, True], kind="stable")
    frame.insert(0, "rank", range(1, len(frame) + 1))
    return frame[list(columns)].reset_index(drop=True)


def _standing_member(statuses: Mapping[str, str], members: Sequence[str]) -> str | None:
    """The member that stands for its set in a gap list, or None when the set is no gap.

    A set is no gap when any member is full or every member is not
    applicable. Otherwise the best-valued known member stands for it (an
    unknown member only when no member is known), ties going to the first
    member in checklist order.
    """
    own = [(statuses.get(m, "unknown"), m) for m in members]
    counted = [(status, m) for status, m in own if status != "not_applicable"]
    if not counted or any(status == "full" for status, _ in counted):
        return None
    known = [(STATUS_VALUES[status], m) for status, m in counted if status != "unknown"]
    if not known:
        return counted[0][1]
    best = max(value for value, _ in known)
    return next(m for value, m in known if value == best)


ASSESS_FIRST = "Not yet assessed: check the law against this recommendation first. If it falls short:"
"""Leads the next step of an unknown item: an action plan should not send drafters to amend what may be in order."""


def next_step(item: Item, others: Sequence[Item], status: str = "none") -> str:
    """The item's next step (its requirement if the checklist gives none); for a set, the other roads too."""
    steps = [ASSESS_FIRST] if status == "unknown" else []
    steps += [_sentence(item.guidance.next_step or item.requirement)]
    steps += [f"Or, instead, {other.id} ({other.title}): {_sentence(other.guidance.next_step or other.requirement)}"
              for other in others]
    return " ".join(steps)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."


def _crosswalk_frame(profile: Profile, checklist: Checklist, plan_: Plan,
                     reserved: Mapping[str, str]) -> pd.DataFrame:
    """Alignment by treaty article: each article a scored item maps to, with the share of those items met."""
    import pandas as pd

    headings = treaty_articles()
    statuses = effective_statuses(profile, checklist)
    articles: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for item_id in plan_.items:
        crosswalk = checklist[item_id].crosswalk
        for treaty, refs in (("budapest", crosswalk.budapest), ("un", crosswalk.un)):
            for ref in refs:
                number = article_number(ref)
                if number is not None:
                    articles.setdefault((treaty, number), []).append((item_id, ref))
    order = {name: position for position, name in enumerate(TREATY_NAMES)}
    rows = []
    for (treaty, number), mapped in sorted(articles.items(), key=lambda kv: (order[kv[0][0]], kv[0][1])):
        item_statuses = tuple(statuses.get(item_id, "unknown") for item_id, _ in mapped)
        met, assessed = _shares([(s, plan_.weights[i]) for (i, _), s in zip(mapped, item_statuses)])
        rows.append({"treaty": treaty, "article": str(number), "heading": headings.get(treaty, {}).get(number, ""),
                     "items": tuple(i for i, _ in mapped), "references": tuple(r for _, r in mapped),
                     "statuses": item_statuses, "met": met, "assessed": assessed})
    return pd.DataFrame(rows, columns=list(CROSSWALK_COLUMNS))


def _shares(rows: Sequence[tuple[str, float]]) -> tuple[float | None, float | None]:
    """``met`` and ``assessed`` (0-100) of the items mapped to one article, weighted, not applicable left out."""
    counted = [(status, weight) for status, weight in rows if status != "not_applicable"]
    total = sum(weight for _, weight in counted)
    if not total:
        return None, None
    assessed = sum(weight for status, weight in counted if status != "unknown")
    met = 100.0 * sum(weight * STATUS_VALUES.get(status, 0.0) for status, weight in counted) / total
    return (met if assessed else None), 100.0 * assessed / total


def provenance(checklist: Checklist, model: str, scope: str, input_file: str = "",
               input_sha256: str = "") -> dict[str, Any]:
    """Where the figures came from; no timestamp, so the same input gives byte-identical reports."""
    found: dict[str, Any] = {
        "gapcheck_version": __version__,
        "checklist_id": checklist.id,
        "checklist_version": checklist.version,
        "checklist_sha256": checklist.sha256,
        "input_file": input_file,
        "input_sha256": input_sha256,
        "model": model,
        "scope": scope,
    }
    if checklist.tailoring is not None:
        found["tailoring"] = checklist.tailoring.title
        found["tailoring_file"] = checklist.tailoring.path
        found["tailoring_sha256"] = checklist.tailoring.sha256
    return found
