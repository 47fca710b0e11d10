"""Projection: an assessment against one checklist carried onto another through a crosswalk, marked as such.

A ministry that has assessed its law against the 2018 recommendations is
next asked how ready that law is for the Budapest Convention. Rather than
start from nothing, :func:`project_profile` fills a profile for the target
checklist from the source answers, by a stated rule, and marks every answer
"projected from ...; confirm". The rule, for each target item:

* no link: ``unknown`` (the source says nothing about it);
* the links of the strongest relation present decide: ``equal`` before
  ``superset-of`` before ``subset-of`` and ``intersects``;
* ``equal`` or ``superset-of`` (the source covers the whole target): the
  source status; ``subset-of`` or ``intersects`` (it covers part of it): that
  status, but at most ``partial``;
* of several links of that strength, the best status (one provision that
  meets an obligation suffices); a source answered not applicable or not
  assessed gives no information.

So no projected status is ever better than the best of its linked source
items. The headline of a projection is a range: the projected profile's
score as the lower figure and, as the upper figure, the score with every
answer counted as met that the rule does not firmly exclude. Only an
``equal`` link to a source short of full excludes an answer: a source that
covers more than the target (``superset-of``) may fall short elsewhere, and
one that covers part of it says nothing of the rest.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from gapcheck._checklist import Checklist, Item
from gapcheck._crosswalks import CARRIES, RELATIONS, ChecklistCrosswalk, Link
from gapcheck._profile import STATUS_LADDER, Answer, Profile
from gapcheck._result import Result
from gapcheck._scoring import check_choices, score, score_profiles

if TYPE_CHECKING:
    import pandas as pd

PROJECTION_COLUMNS = ("id", "title", "status", "relation", "from_items", "excluded", "note")
"""Columns of :attr:`Projection.items`: each target item, its projected status and where it came from.

``relation`` is the relation of the links that decided (blank: no link);
``excluded`` is True when an ``equal`` link to a source short of full rules
out that the item is met (the upper figure counts every other item as met)."""

_STRENGTH = {relation: rank for rank, relation in enumerate(RELATIONS)}
_GROUPED = {"equal": 0, "superset-of": 1, "subset-of": 2, "intersects": 2}
"""subset-of and intersects are equally weak: both cover only part of the target."""


@dataclass(frozen=True, eq=False)
class Projection:
    """A projected profile, its readiness result, the upper figure of its range, and the item-by-item trail."""

    source: Profile
    profile: Profile
    crosswalk: ChecklistCrosswalk
    result: Result
    upper: float
    items: pd.DataFrame

    def __repr__(self) -> str:
        return (f"<Projection of {self.source.jurisdiction.label} from {self.crosswalk.source} onto "
                f"{self.crosswalk.target}: {self.result.score:.1f} to {self.upper:.1f}>")

    @property
    def lower(self) -> float:
        return self.result.score


def projected_status(links: Sequence[tuple[Link, str]]) -> tuple[str, str]:
    """The status the rule gives a target item from its ``(link, source status)`` pairs, and the deciding relation."""
    known = [(link, status) for link, status in links if status in STATUS_LADDER]
    if not known:
        return "unknown", ""
    strongest = min(_GROUPED[link.relation] for link, _ in known)
    deciding = [(link, status) for link, status in known if _GROUPED[link.relation] == strongest]
    capped = [status if link.relation in CARRIES else _at_most_partial(status) for link, status in deciding]
    best = max(capped, key=lambda status: STATUS_LADDER[status])
    relation = min((link.relation for link, _ in deciding), key=lambda r: _STRENGTH[r])
    return best, relation


def _at_most_partial(status: str) -> str:
    return "partial" if status == "full" else status


def project_profile(source: Profile, source_checklist: Checklist, target: Checklist,
                    crosswalk: ChecklistCrosswalk) -> tuple[Profile, list[dict[str, Any]]]:
    """The target profile the rule gives, with the trail of each answer (for :attr:`Projection.items`)."""
    answers: dict[str, Answer] = {}
    trail: list[dict[str, Any]] = []
    for item in target.items:
        if not (item.answerable and item.scored):
            continue
        links = crosswalk.into(item.id)
        pairs = [(link, source.answer(link.source).status) for link in links]
        status, relation = projected_status(pairs)
        excluded = any(link.relation == "equal" and STATUS_LADDER.get(s, 99) < STATUS_LADDER["full"]
                       for link, s in pairs)
        note = _note(item, links, relation)
        answers[item.id] = _answer(item, status, note, links, source)
        trail.append({"id": item.id, "title": item.title, "status": status, "relation": relation,
                      "from_items": tuple(link.source for link in links), "excluded": excluded, "note": note})
    label = f"{source_checklist.ref} assessment of {source.jurisdiction.label}" + (
        f" of {source.assessed_on.isoformat()}" if source.assessed_on else "")
    profile = Profile(
        jurisdiction=source.jurisdiction,
        checklist=target.ref,
        answers=answers,
        assessed_on=source.assessed_on,
        assessor=source.assessor,
        sources=source.sources,
        projected_from=label,
    )
    return profile, trail


def _note(item: Item, links: Sequence[Link], relation: str) -> str:
    if not links:
        return "No counterpart in the source checklist: assess directly."
    named = ", ".join(f"{link.source} ({link.relation})" for link in links)
    caution = "" if relation in CARRIES or not relation else " The source covers only part of this obligation."
    return f"Projected from {named}; confirm.{caution}"


def _answer(item: Item, status: str, note: str, links: Sequence[Link], source: Profile) -> Answer:
    provisions: list[str] = []
    evidence: list[str] = []
    for link in links:
        answer = source.answer(link.source)
        provisions += [p for p in answer.provisions if p not in provisions]
        if answer.evidence:
            evidence.append(f"{link.source}: {answer.evidence}")
    return Answer(item.id, status, tuple(provisions), "\n".join(evidence), note)


def project(source: Profile, source_checklist: Checklist, target: Checklist, crosswalk: ChecklistCrosswalk,
            model: str = "default", scope: str = "all") -> Projection:
    """Project ``source`` onto ``target`` and score the projection, its headline a range."""
    import pandas as pd

    check_choices(model, scope)
    profile, trail = project_profile(source, source_checklist, target, crosswalk)
    excluded = {row["id"] for row in trail if row["excluded"]}
    optimistic = dataclasses.replace(profile, answers={
        item_id: answer if item_id in excluded or answer.status == "not_applicable"
        else dataclasses.replace(answer, status="full") for item_id, answer in profile.answers.items()})
    upper = float(score_profiles([optimistic], target, model, scope).score[0])
    result = score(profile, target, model=model, scope=scope)
    result = dataclasses.replace(result, projection=projection_facts(crosswalk, result.score, upper))
    return Projection(source, profile, crosswalk, result, upper, pd.DataFrame(trail, columns=list(PROJECTION_COLUMNS)))


def projection_facts(crosswalk: ChecklistCrosswalk, lower: float, upper: float) -> Mapping[str, Any]:
    """What a readiness report says about the projection behind it."""
    return {
        "from": crosswalk.source,
        "onto": crosswalk.target,
        "crosswalk": crosswalk.title,
        "crosswalk_sha256": crosswalk.sha256,
        "lower": lower,
        "upper": upper,
        "rule": ("Each answer is projected from the linked items of the source assessment: over an equal or "
                 "superset-of link the source status, over a subset-of or intersects link at most partial, with no "
                 "link unknown; the strongest relation present decides, and of several links the best status. The "
                 "lower figure is the projection's score; the upper counts as met every answer that no equal link "
                 "to a source short of full excludes."),
    }
