"""Scoring: a profile (or a table of many jurisdictions' statuses) against a checklist.

The rules, in plain words (DESIGN section 4):

* Only items a State can meet by its own action (``addressee: state``) are
  scored; ``scope="legislative"`` keeps only those that can be checked
  against statute text. Groups (9 (n), 10 (f)) are answered through their
  sub-items.
* Statuses map onto XCCDF results: ``full`` a pass (1), ``partial`` half a
  pass (0.5), ``planned`` and ``none`` a fail (0), ``unknown`` XCCDF's
  ``unknown`` (counted, not a pass: 0 in the headline, 1 in the upper bound),
  ``not_applicable`` XCCDF's ``notapplicable`` (not counted at all).
* An alternatives set (9 (s) a new UN instrument, 9 (t) join Budapest) is
  scored as one rule valued at its best member, so that neither position is
  penalised: its weight is the largest member weight; it is not applicable
  only if every member is, and unknown only if no member has an answer.
* The score follows one of the four XCCDF 1.2 models (see
  :mod:`gapcheck._xccdf`) over the tree checklist -> sections (weight 1) ->
  items, a group item holding its sub-items.
* Coverage is the assessed share (status other than ``unknown``) of the
  scored weight, not-applicable items left out, whatever the model.
* Headline figures are 0 when nothing is counted (every scored item not
  applicable, or nothing in scope); a section in which nothing is counted has
  no figures (NaN), so a report can say "not scored" instead of a false 0.

:func:`score` and :func:`score_table` share one vectorised path, so one
profile scored alone and the same profile in a table of a thousand agree
exactly.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from gapcheck._checklist import Checklist, Item
from gapcheck._checklist_files import load_checklist
from gapcheck._errors import InvalidArgumentError, Issue, ProfileError
from gapcheck._profile import STATUS_VALUES, STATUSES, Profile, normalise_status
from gapcheck._result import GAP_COLUMNS, ITEM_COLUMNS, MODELS, SCOPES, SECTION_COLUMNS, Result
from gapcheck._version import __version__
from gapcheck._xccdf import MODEL_FUNCTIONS, Node, Scores

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


# --- the plan: which items are scored, as which rules, in which tree ----------------


@dataclass(frozen=True)
class _Plan:
    """How one checklist is scored under one scope; built once and reused for every jurisdiction.

    ``items`` are the scored item ids (the columns of the status matrix);
    ``rules`` give, per rule, the columns of its members (one, or an
    alternatives set); ``tree`` is the XCCDF benchmark whose children are
    ``sections``. ``set_members`` gives each member of an alternatives set the
    set's in-scope members, ``weights`` each scored item the weight of the
    rule it belongs to, and ``section_items`` each section its scored items.
    """

    items: tuple[str, ...]
    rules: tuple[tuple[int, ...], ...]
    tree: Node
    sections: tuple[Node, ...]
    set_members: Mapping[str, tuple[str, ...]]
    weights: Mapping[str, float]
    section_items: Mapping[str, tuple[str, ...]]


def _in_scope(item: Item, scope: str) -> bool:
    return item.answerable and item.scored and (scope == "all" or item.legislative)


@lru_cache(maxsize=64)
def _plan(checklist: Checklist, scope: str) -> _Plan:
    scored = [item for item in checklist.items if _in_scope(item, scope)]
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
    for item in scored:
        members = set_members.get(item.id, (item.id,))
        if members[0] != item.id:
            continue  # a later member of a set: scored with the set, where its first member stands
        weight = max(weights[m] for m in members)
        weights.update(dict.fromkeys(members, weight))
        leaves[item.id] = Node(" or ".join(members), weight, rule=len(rules))
        rules.append(tuple(column[m] for m in members))
    sections = tuple(
        Node(section.id, 1.0, _subtrees(checklist, _top_level(checklist, section.id), leaves))
        for section in checklist.sections
    )
    section_items = {s.id: tuple(i.id for i in scored if i.section == s.id) for s in checklist.sections}
    return _Plan(tuple(column), tuple(rules), Node(checklist.id, 1.0, sections), sections, set_members,
                 weights, section_items)


def _top_level(checklist: Checklist, section_id: str) -> list[Item]:
    return [item for item in checklist.items if item.section == section_id and item.parent is None]


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
class _Figures:
    """Every figure for every row: headline score, upper bound and coverage, by model and by section."""

    score: np.ndarray
    upper: np.ndarray
    coverage: np.ndarray
    raw: np.ndarray | None
    maximum: np.ndarray | None
    sections: Mapping[str, tuple[np.ndarray, np.ndarray, np.ndarray]]


def _status_codes(statuses: pd.DataFrame, checklist: Checklist, plan: _Plan) -> np.ndarray:
    """The status matrix as codes into STATUSES, one column per scored item; blank or missing = unknown."""
    import pandas as pd

    answerable = {item.id for item in checklist.answerable_items}
    strangers = [str(c) for c in statuses.columns if c not in answerable]
    if strangers:
        raise InvalidArgumentError(f"statuses has columns that are not answerable items of {checklist.ref}: "
                                   + ", ".join(strangers), [Issue(
            "unknown-item", f"{name!r} is not an answerable item of {checklist.ref}.", column=name,
            hint="Name the columns by item id, as Checklist.answerable_items gives them.") for name in strangers])
    table = statuses.reindex(columns=list(plan.items))
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
            [Issue("unknown-status", f"{value!r} is not a status.", hint=f"Use one of {', '.join(STATUSES)}.")
             for value in bad])
    return codes.fillna(_CODE["unknown"]).to_numpy(dtype=int).reshape(table.shape)


def _by_item_id(statuses: pd.DataFrame, checklist: Checklist) -> pd.DataFrame:
    """The table with its columns named by canonical item id, however a lawyer wrote them ("10 (f) (vii)")."""
    import pandas as pd

    if not isinstance(statuses, pd.DataFrame):
        raise InvalidArgumentError(f"statuses must be a DataFrame, not {type(statuses).__name__}", [Issue(
            "not-a-table", f"{type(statuses).__name__} is not a DataFrame.",
            hint="Build one with pandas.DataFrame(rows), one row per jurisdiction and one column per item.")])
    names = {column: (item.id if (item := checklist.get(str(column))) else column) for column in statuses.columns}
    uses = Counter(names.values())
    twice = sorted(str(column) for column in statuses.columns if uses[names[column]] > 1)
    if twice:
        raise InvalidArgumentError(f"columns name the same item: {', '.join(twice)}", [Issue(
            "duplicate-column", f"The columns {', '.join(map(repr, twice))} name the same item.",
            hint="Keep one column per item.")])
    return statuses.rename(columns=names)


def _rule_values(codes: np.ndarray, reading: np.ndarray, plan: _Plan) -> np.ndarray:
    """Rule values under one reading of the statuses; a set takes its best counted member."""
    item_values = reading[codes]
    matrix = np.empty((codes.shape[0], len(plan.rules)))
    for rule, members in enumerate(plan.rules):
        matrix[:, rule] = np.fmax.reduce(item_values[:, list(members)], axis=1)
    return matrix


def _figures(codes: np.ndarray, plan: _Plan, model: str) -> _Figures:
    apply = MODEL_FUNCTIONS[model]
    headline = _rule_values(codes, _HEADLINE, plan)
    upper = _rule_values(codes, _UPPER, plan)
    assessed = _rule_values(codes, _ASSESSED, plan)
    cover = MODEL_FUNCTIONS["flat"]  # coverage: the weighted share assessed, whatever the model

    def three(tree: Node) -> tuple[Scores, Scores, Scores]:
        return apply(tree, headline), apply(tree, upper), cover(tree, assessed)

    def section(node: Node) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        section_score, section_upper, section_coverage = three(node)
        return section_score.score, section_upper.score, section_coverage.score

    total, total_upper, total_coverage = three(plan.tree)
    return _Figures(
        score=np.nan_to_num(total.score),
        upper=np.nan_to_num(total_upper.score),
        coverage=np.nan_to_num(total_coverage.score),
        raw=total.raw,
        maximum=total.maximum,
        sections={node.id: section(node) for node in plan.sections},
    )


def check_choices(model: str, scope: str) -> None:
    """Refuse an unknown model or scope, both at once, each with the choices there are."""
    problems = [Issue(f"unknown-{what}", f"{value!r} is not a scoring {what}.", hint=f"Use one of {', '.join(known)}.")
                for what, value, known in (("model", model, MODELS), ("scope", scope, SCOPES)) if value not in known]
    if problems:
        raise InvalidArgumentError("; ".join(p.message for p in problems), problems)


def score_table(
    statuses: pd.DataFrame, checklist: Checklist | str, model: str = "default", scope: str = "all"
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
    checklist = load_checklist(checklist)
    plan = _plan(checklist, scope)
    statuses = _by_item_id(statuses, checklist)
    figures = _figures(_status_codes(statuses, checklist, plan), plan, model)
    columns: dict[str, np.ndarray] = {
        "score": figures.score, "score_upper": figures.upper, "coverage": figures.coverage,
    }
    if figures.raw is not None and figures.maximum is not None:  # the flat models also give their raw figures
        columns.update(raw_score=figures.raw, max_score=figures.maximum)
    columns.update({f"section:{sid}": values[0] for sid, values in figures.sections.items()})
    return pd.DataFrame(columns, index=statuses.index)


# --- one profile: the Result ----------------------------------------------------------


def score(
    profile: Profile | str | os.PathLike[str],
    checklist: Checklist | str | None = None,
    model: str = "default",
    scope: str = "all",
) -> Result:
    """Score one jurisdiction's profile: figures, per-item and per-section tables, gaps, provenance.

    ``profile`` is a :class:`Profile` or the path of a file holding one jurisdiction (read with
    :func:`read_profile`, so a file with errors raises :class:`ProfileError` listing them all).

    ``checklist`` defaults to the checklist version the profile names. The
    model is one of the four XCCDF 1.2 models (``default``, ``flat``,
    ``flat-unweighted``, ``absolute``); ``scope`` is ``all`` or
    ``legislative``. Raises InvalidArgumentError (a ValueError) for an unknown model or scope, and
    ProfileError (listing every problem) when the profile answers items the
    checklist does not have or uses statuses outside the scale.
    """
    import pandas as pd

    check_choices(model, scope)
    profile = _as_profile(profile, checklist)
    checklist = load_checklist(profile.checklist if checklist is None else checklist)
    _check_answers(profile, checklist)
    plan = _plan(checklist, scope)
    statuses = {item_id: profile.answer(item_id).status for item_id in profile.answers}
    frame = pd.DataFrame([statuses], columns=list(statuses), dtype=object)
    figures = _figures(_status_codes(frame, checklist, plan), plan, model)
    scored = set(plan.items)
    return Result(
        profile=profile,
        checklist=checklist,
        model=model,
        scope=scope,
        score=float(figures.score[0]),
        score_upper=float(figures.upper[0]),
        coverage=float(figures.coverage[0]),
        items=_items_frame(profile, checklist, scored),
        sections=_sections_frame(profile, checklist, plan, figures),
        gaps=_gaps_frame(profile, checklist, plan),
        status_counts=_status_counts(profile, plan.items),
        provenance=_provenance(profile, checklist, model, scope),
        raw_score=None if figures.raw is None else float(figures.raw[0]),
        max_score=None if figures.maximum is None else float(figures.maximum[0]),
        issues=tuple(profile.issues) + _mismatch(profile, checklist),
    )


def _as_profile(profile: Profile | str | os.PathLike[str], checklist: Checklist | str | None) -> Profile:
    """A Profile as given, or read from the file named: compare and progress take files, so score does too."""
    if isinstance(profile, Profile):
        return profile
    if isinstance(profile, (str, os.PathLike)):
        from gapcheck._readers import read_profile

        return read_profile(profile, checklist)
    raise InvalidArgumentError(f"score() takes a Profile or a profile file, not {type(profile).__name__}", [Issue(
        "not-a-profile", f"{type(profile).__name__} is not a profile.",
        hint="Pass a Profile or the path of a profile file; for a file holding several jurisdictions, use "
        "read_profiles(path) and score each.")])


def _check_answers(profile: Profile, checklist: Checklist) -> None:
    """Refuse answers the checklist cannot score, all at once, before any figure is computed."""
    issues = answer_issues(profile, checklist)
    if issues:
        raise ProfileError(f"the profile cannot be scored against {checklist.ref} ({len(issues)} problems)", issues)


def answer_issues(profile: Profile, checklist: Checklist) -> list[Issue]:
    """Every answer the checklist cannot score: unknown or non-canonical ids, groups answered, unknown statuses.

    Profiles read from files never have these; profiles built in Python may.
    """
    issues: list[Issue] = []
    for item_id, answer in profile.answers.items():
        item = checklist.get(item_id)
        if item is None:
            issues.append(Issue("unknown-item", f"{item_id!r} is not an item of {checklist.ref}.",
                                file=profile.source_file or None,
                                hint="Use the item ids of the checklist the profile is scored against."))
        elif item.id != item_id:
            issues.append(Issue("item-id-form", f"{item_id!r} is not in the canonical form {item.id!r}.",
                                file=profile.source_file or None,
                                hint="Read profiles with gapcheck.read_profile, which writes ids canonically."))
        elif item.is_group:
            issues.append(Issue("group-answered", f"{item_id} is a group; it is answered through its sub-items.",
                                file=profile.source_file or None, hint=f"Answer the sub-items of {item_id}."))
        if answer.status not in _CODE:
            issues.append(Issue("unknown-status", f"{item_id}: {answer.status!r} is not a status.",
                                file=profile.source_file or None, hint=f"Use one of {', '.join(STATUSES)}."))
    return issues


def _mismatch(profile: Profile, checklist: Checklist) -> tuple[Issue, ...]:
    """A warning when the profile was made against another checklist version than the one scored."""
    if profile.checklist in (checklist.ref, checklist.id):
        return ()
    return (Issue("checklist-mismatch",
                  f"The profile was made against {profile.checklist} and is scored against {checklist.ref}.",
                  severity="warning", file=profile.source_file or None,
                  hint="Items that changed between the versions may need a fresh look."),)


def _items_frame(profile: Profile, checklist: Checklist, scored: set[str]) -> pd.DataFrame:
    import pandas as pd

    rows = []
    for item in checklist.items:
        answer = profile.answer(item.id)
        status = "" if item.is_group else answer.status
        rows.append({
            "id": item.id, "citation": item.citation, "section": item.section, "parent": item.parent or "",
            "title": item.title, "requirement": item.requirement, "kind": ", ".join(item.kinds),
            "addressee": item.addressee, "legislative": item.legislative, "weight": item.weight,
            "scored": item.id in scored, "status": status, "value": STATUS_VALUES.get(status, _NAN),
            "provisions": "; ".join(answer.provisions), "evidence": answer.evidence, "notes": answer.notes,
            "budapest": ", ".join(item.crosswalk.budapest), "un": ", ".join(item.crosswalk.un),
            "overlaps": ", ".join(item.overlaps), "tensions": ", ".join(item.tensions),
            "alternatives": ", ".join(checklist.alternatives_of(item.id)),
        })
    return pd.DataFrame(rows, columns=list(ITEM_COLUMNS))


def _status_counts(profile: Profile, item_ids: Sequence[str]) -> dict[str, int]:
    counts = dict.fromkeys(STATUSES, 0)
    for item_id in item_ids:
        counts[profile.answer(item_id).status] += 1
    return counts


def _sections_frame(profile: Profile, checklist: Checklist, plan: _Plan, figures: _Figures) -> pd.DataFrame:
    import pandas as pd

    rows = []
    for section in checklist.sections:
        section_items = plan.section_items[section.id]
        section_score, upper, coverage = (float(values[0]) for values in figures.sections[section.id])
        rows.append({"id": section.id, "title": section.title, "score": section_score, "score_upper": upper,
                     "coverage": coverage, "scored_items": len(section_items),
                     **_status_counts(profile, section_items)})
    return pd.DataFrame(rows, columns=list(SECTION_COLUMNS))


def _gaps_frame(profile: Profile, checklist: Checklist, plan: _Plan) -> pd.DataFrame:
    """Every scored item below full, most urgent first; an alternatives set appears once, if at all."""
    import pandas as pd

    rows = []
    items = {item.id: item for item in checklist.items}
    for order, item_id in enumerate(plan.items):
        members = plan.set_members.get(item_id, (item_id,))
        if _gap_member(profile, members) != item_id:
            continue
        item = items[item_id]
        status = profile.answer(item_id).status
        weight = plan.weights[item_id]
        shortfall = 1.0 - STATUS_VALUES.get(status, 0.0)
        others = [items[m] for m in members if m != item_id]
        rows.append({
            "order": order, "id": item.id, "citation": item.citation, "section": item.section,
            "title": item.title, "status": status, "weight": weight, "shortfall": shortfall,
            "priority": weight * shortfall, "next_step": _next_step(item, others, status),
            "budapest": ", ".join(item.crosswalk.budapest), "un": ", ".join(item.crosswalk.un),
        })
    frame = pd.DataFrame(rows, columns=["order", *GAP_COLUMNS])
    frame = frame.sort_values(["priority", "order"], ascending=[False, True], kind="stable")
    frame["rank"] = range(1, len(frame) + 1)
    return frame[list(GAP_COLUMNS)].reset_index(drop=True)


def _gap_member(profile: Profile, members: Sequence[str]) -> str | None:
    """The member that stands for its set in the gap list: the best-valued one below full, if the set is a gap.

    A set is no gap when any member is full or every member is not
    applicable. Unknown counts as 0 here, as in the headline; ties go to the
    first member in checklist order.
    """
    statuses = [(profile.answer(m).status, m) for m in members]
    counted = [(STATUS_VALUES.get(status, 0.0), m) for status, m in statuses if status != "not_applicable"]
    if not counted or any(value == 1.0 for value, _ in counted):
        return None
    best = max(value for value, _ in counted)
    return next(m for value, m in counted if value == best)


ASSESS_FIRST = "Not yet assessed: check the law against this recommendation first. If it falls short:"
"""Leads the next step of an unknown item: an action plan should not send drafters to amend what may be in order."""


def _next_step(item: Item, others: Sequence[Item], status: str = "none") -> str:
    """The item's next step (its requirement if the checklist gives none); for a set, the other roads too."""
    steps = [ASSESS_FIRST] if status == "unknown" else []
    steps += [_sentence(item.guidance.next_step or item.requirement)]
    steps += [f"Or, instead, {other.id} ({other.title}): {_sentence(other.guidance.next_step or other.requirement)}"
              for other in others]
    return " ".join(steps)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."


def _provenance(profile: Profile, checklist: Checklist, model: str, scope: str) -> dict[str, Any]:
    """Where the figures came from; no timestamp, so the same input gives byte-identical reports."""
    return {
        "gapcheck_version": __version__,
        "checklist_id": checklist.id,
        "checklist_version": checklist.version,
        "checklist_sha256": checklist.sha256,
        "input_file": profile.source_file,
        "input_sha256": profile.source_sha256,
        "model": model,
        "scope": scope,
    }
