"""Wording and formatting every report shares, so that a headline, a status or a number reads the same in each.

The workbook, JSON and Markdown renderers and the terminal summaries all take
their sentences from here: the headline, what each scoring model does, the
scoring rules (from the one status scale), the status names (from the
checklist), and numbers with one decimal.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gapcheck._outputs import encoded
from gapcheck._profile import scale_sentence
from gapcheck._text import storable
from gapcheck._treaties import TREATY_NAMES

if TYPE_CHECKING:
    from gapcheck._checklist import Checklist
    from gapcheck._compare import Comparison
    from gapcheck._result import Result

__all__ = ["TREATY_NAMES"]


# --- JSON shared by every JSON renderer ---------------------------------------


_JSON = json.JSONEncoder(ensure_ascii=False, indent=2, allow_nan=False)
"""How every JSON report is spelled, whole (:func:`to_json_bytes`) or piece by piece (:func:`write_json`)."""


def to_json_bytes(obj: Any) -> bytes:
    """Deterministic JSON: keys in the order given, UTF-8, indent 2, floats to 2 decimals, NaN as null.

    Renderers build their documents with keys in a fixed, documented order;
    this keeps that order (no sorting) so that the report reads top-down.
    """
    return encoded(_JSON.encode(_plain(obj)))


def write_json(obj: Any, path: Path) -> None:
    """Write what :func:`to_json_bytes` gives, piece by piece: a comparison of thousands of jurisdictions is
    never held as one string and again as bytes."""
    pieces: list[str] = []
    held = 0
    with path.open("wb") as handle:
        for piece in _JSON.iterencode(_plain(obj)):
            pieces.append(piece)
            held += len(piece)
            if held > _JSON_BLOCK:
                handle.write(storable("".join(pieces)).encode("utf-8"))
                pieces, held = [], 0
        pieces.append("\n")
        handle.write(storable("".join(pieces)).encode("utf-8"))


_JSON_BLOCK = 1 << 20
"""Characters of JSON gathered before they are written: large enough that writing costs nothing per piece."""


def _plain(value: Any) -> Any:
    """Turn pandas, numpy and date values into the JSON types they stand for."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if is_blank(value):
        return None
    if hasattr(value, "item") and callable(value.item):  # a numpy scalar
        return _plain(value.item())
    raise TypeError(f"cannot write a {type(value).__name__} as JSON")


def _number(value: float) -> float | None:
    if not math.isfinite(value):
        return None
    rounded = round(value, 2)
    return rounded + 0.0  # no "-0.0"


def is_blank(value: Any) -> bool:
    """True for the ways a table says "nothing here": None, NaN, pandas' NA and NaT."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return type(value).__name__ in {"NAType", "NaTType"}


# --- helpers shared by the renderers ------------------------------------------

MODEL_DESCRIPTIONS: Mapping[str, str] = {
    "default": "each section counts the same; within it each recommendation counts by its weight, and a group "
               "of sub-recommendations counts as one (the XCCDF 1.2 default model)",
    "flat": "each recommendation, sub-recommendations included, counts by its weight; the raw score and its "
            "maximum are given too (the XCCDF 1.2 flat model)",
    "flat-unweighted": "every recommendation, sub-recommendations included, counts the same (the XCCDF 1.2 "
                       "flat-unweighted model)",
    "absolute": "100 only when every scored recommendation is fully met, else 0 (the XCCDF 1.2 absolute model)",
}

SCOPE_DESCRIPTIONS: Mapping[str, str] = {
    "all": "every recommendation a State can meet by its own action",
    "legislative": "only the recommendations that can be checked against statute text",
}

SCORING_RULES: tuple[str, ...] = (
    scale_sentence(),
    "Not applicable leaves the calculation; the notes must say why.",
    "Unknown counts as not met in the score and as met in the upper bound; "
    "coverage is the share of the scored weight that has been assessed.",
    "Only recommendations a State can meet by its own action are scored; those addressed to UNODC "
    "or to States acting jointly are shown as context.",
    "Alternatives (a new UN instrument, or the Budapest Convention) are valued at the better of the two.",
    "Known gaps (partial, planned, not met) are ranked by gain, the points the score rises if that item alone "
    "becomes fully met, then not met before planned before partial, then checklist order. Items not yet assessed "
    "are listed apart, to assess first, by the points they could be worth.",
    "All scores are percentages on 0-100.",
)


def is_number(value: Any) -> bool:
    """True for a real, finite number; NaN, None, booleans and text are not."""
    if hasattr(value, "item") and not isinstance(value, str):  # a numpy scalar
        value = value.item()
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def number_or_none(value: Any) -> float | None:
    """A float for a finite number, None for a blank (NaN, None)."""
    return float(value) if is_number(value) else None


def percent(value: Any) -> str:
    """``54.0`` for a figure on 0-100, an en dash when there is none."""
    return f"{float(value):.1f}" if is_number(value) else "–"


def projection_note(result: Result) -> str:
    """What a reader must know first about a projected profile: it is a draft, to confirm answer by answer."""
    facts = result.projection
    source = facts["from"] if facts else result.profile.projected_from
    if not source:
        return ""
    return (f"This is a projection from {source}, not an assessment: each answer was carried over a crosswalk and "
            "says where it came from; confirm every answer against the law before relying on the figures.")


def optional_sentence(result: Result) -> str:
    """For a treaty: which obligations the headline counts, and the optional ones reported beside it."""
    if not result.checklist.is_treaty:
        return ""
    counts = result.optional_counts
    mandatory = sum(result.status_counts.values())
    if not counts:
        return f"The headline counts the {mandatory} mandatory obligations (\"shall\")."
    optional = sum(counts.values())
    met = counts.get("full", 0)
    return (f"The headline counts the {mandatory} mandatory obligations (\"shall\"); the {optional} optional ones "
            f"(\"may\") are reported beside it, not in it: {met} fully met, {counts.get('unknown', 0)} not assessed.")


def reservations_sentence(result: Result) -> str:
    """The reservations and declarations a profile lists, and what each does to the items."""
    checklist, profile = result.checklist, result.profile
    parts = []
    for written in profile.reservations:
        entry = checklist.reservation(written)
        if entry is not None:
            does = "takes " + ", ".join(entry.items) + " out of the score" if entry.lifts else \
                "narrows what fully meets " + ", ".join(entry.items)
            parts.append(f"reservation under {entry.paragraph} ({does})")
    for written in profile.declarations:
        entry = checklist.declaration(written)
        if entry is not None:
            parts.append(f"declaration under {entry.paragraph} (narrows what fully meets {', '.join(entry.items)})")
    return ("The State has made a " + "; a ".join(parts) + ".") if parts else ""


def headline(result: Result) -> str:
    """The one sentence a reader needs: score, its upper bound and how much was assessed.

    A score of 0 because nothing counts says so, lest it read as "nothing is met".
    """
    if result.projection:
        facts = result.projection
        return (f"Projected score {percent(facts['lower'])} to {percent(facts['upper'])} (the lower figure counts "
                "the projected answers; the upper, every answer the projection does not rule out as met)")
    bound = ""
    if is_number(result.score_upper) and round(result.score_upper, 1) != round(result.score, 1):
        bound = f" (up to {percent(result.score_upper)} if every unknown is met)"
    empty = _why_nothing_counts(result)
    return f"Score {percent(result.score)}{bound}, {percent(result.coverage)} % assessed" + (
        f" ({empty}, so nothing is scored)" if empty else "")


def weighting_sentence(result: Result) -> str:
    """How the model weighs items, with the real figures of this result (what an item adds when fully met)."""
    from gapcheck._scoring import nominal_points

    scored = result.items[result.items["scored"]]
    if scored.empty:
        return ""
    points = dict(zip(scored["id"], scored["points"].astype(float)))
    if result.model == "absolute":
        return ("Under the absolute model the score is 100 only when every scored item is fully met, and 0 "
                "otherwise: no item is worth points on its own.")
    flat = nominal_points(result.checklist, result.scope)["flat"].tolist()
    if result.model == "flat-unweighted":
        return ("Under the flat-unweighted model every item counts the same: each is worth "
                f"{_span(points.values())} points.")
    if result.model == "flat":
        return (f"Under the flat model every item counts by its own weight: each is worth {_span(points.values())} "
                "points; the default model instead weighs each section the same.")
    groups: dict[str, list[float]] = {}
    for item_id, worth in points.items():
        parent = result.checklist[item_id].parent
        if parent:
            groups.setdefault(parent, []).append(worth)
    top = max(points, key=points.__getitem__)  # the first of the most valuable, in checklist order
    parts = []
    if groups:
        group = max(groups, key=lambda g: len(groups[g]))
        parts.append(f"each of the {len(groups[group])} sub-items of {result.checklist[group].reference} is worth "
                     f"{_span(groups[group])} points")
    parts.append(f"{result.checklist[top].reference} is worth {points[top]:.1f}")
    return ("Under the default model each section weighs the same and a group of sub-items counts as one item of "
            f"its section: {', while '.join(parts)}; under the flat model every item counts by its own weight "
            f"({_span(flat)} points each).")


def _span(values: Any) -> str:
    """``"2.2"`` when the values round alike, else ``"0.1 to 0.3"``."""
    rounded = sorted({round(float(v), 1) for v in values})
    if not rounded:
        return "0.0"
    return f"{rounded[0]:.1f}" if len(rounded) == 1 else f"{rounded[0]:.1f} to {rounded[-1]:.1f}"


def gain_text(value: Any) -> str:
    """A gain or points figure as the reports print it: one decimal, "+" for a gain."""
    return f"+{float(value):.1f}" if is_number(value) else "–"


def no_gaps_message(result: Result) -> str:
    """What an empty action plan says: everything met, or nothing to measure."""
    empty = _why_nothing_counts(result)
    if empty:
        return f"No gaps: {empty}, so nothing is scored."
    return "No gaps: every scored recommendation is met in full."


def _why_nothing_counts(result: Result) -> str:
    """Why no recommendation counts in the score, or "" when some do."""
    total = sum(result.status_counts.values())
    if total == 0:
        return "no recommendation is scored in this scope"
    if result.status_counts.get("not_applicable", 0) == total:
        return "every scored recommendation is marked not applicable"
    return ""


def status_label(checklist: Checklist, status: Any) -> str:
    """The checklist's own name for a status (``Fully met``, ``Not applicable``), blank for none."""
    return checklist.status_label(status)


def text(value: Any) -> str:
    """User or checklist text for a cell: blanks (None, NaN) become empty strings."""
    if is_blank(value):
        return ""
    return str(value)


def section_titles(checklist: Checklist) -> dict[str, str]:
    return {section.id: section.title for section in checklist.sections}


CONTEXT_STATUS = "— context, not scored"
"""What the status column shows for an unanswered item addressed to UNODC or to States jointly."""


def is_context(checklist: Checklist, item_id: str) -> bool:
    """Whether an item is context: addressed to UNODC or to States acting jointly, never scored against a State."""
    return checklist[item_id].is_context


def shows_as_context(checklist: Checklist, item_id: str, status: Any) -> bool:
    """Whether an item's status reads as context rather than "Unknown": it is context and the profile left it open.

    Nobody is asked to assess what UNODC or the States together should do, so
    "Unknown" there would wrongly suggest a gap in the assessment; an answer
    the profile did give is still shown.
    """
    return is_context(checklist, item_id) and status in ("unknown", None, "")


def provenance_label(key: str) -> str:
    """A provenance key as people read it: ``checklist_sha256`` -> "Checklist SHA-256", "gapcheck version"."""
    words = ["SHA-256" if word == "sha256" else word for word in str(key).split("_")]
    label = " ".join(words)
    return label if label.startswith(("gapcheck", "SHA-256")) else label[:1].upper() + label[1:]


def item_role(checklist: Checklist, item_id: str, scored: bool) -> str:
    """Whether an item counts in the score and, when it does not, why: a group, context, the scope."""
    item = checklist[item_id]
    if scored:
        return "yes"
    if item.is_group:
        return "no: a group, answered through its sub-items"
    if item.addressee == "unodc":
        return "no: addressed to UNODC (context)"
    if item.addressee == "states_jointly":
        return "no: for States acting jointly (context)"
    return "no: outside the legislative scope"


def compared_with(peers: str, group: str) -> str:
    """Whom a jurisdiction was compared with, in words; a group of one is said to be why it is all the others."""
    if peers != "all":
        return f"group {peers}"
    return f"all other jurisdictions (the only one in {group})" if group else "all other jurisdictions"


def rank_span(row: Any) -> str:
    """The ranks a jurisdiction's bounds allow, best to worst: "2-5", or one rank when they agree."""
    best, worst = int(row.rank_best), int(row.rank_worst)
    return str(best) if best == worst else f"{best}-{worst}"


def ranks_note(comparison: Comparison) -> str:
    """How to read the ranks, with how many are provisional."""
    provisional = int(comparison.overview["provisional"].sum())
    note = ("Rank 1 is the highest score; equal scores share a rank. 'Could rank' is the best and worst rank each "
            "jurisdiction's bounds allow: its upper bound (every unknown met) against the others' scores, and its "
            "score against the others' upper bounds.")
    if provisional:
        note += (f" {provisional} jurisdiction(s) are provisional: less than {comparison.min_coverage:g} % of their "
                 "scored weight has been assessed, so their rank may change a great deal.")
    return note


def no_peers_message(comparison: Comparison) -> str:
    """What an empty Peers table says: there is no one to compare with, or no one is behind."""
    if len(comparison.profiles) < 2:
        return "Only one jurisdiction is compared, so there are no peers to compare it with."
    return "No jurisdiction is below its peers' median on any item."


def crosswalk_alignment(result: Result) -> list[dict[str, Any]]:
    """:attr:`Result.crosswalk` as the reports list it: one entry per article, its items with their statuses."""
    return [
        {
            "treaty": row.treaty,
            "article": str(row.article),
            "heading": row.heading,
            "items": [{"id": item_id, "reference": ref, "status": status}
                      for item_id, ref, status in zip(row.items, row.references, row.statuses)],
            "met": number_or_none(row.met),
            "assessed": number_or_none(row.assessed),
        }
        for row in result.crosswalk.itertuples()
    ]


def article_state(article: Mapping[str, Any]) -> str:
    """How a crosswalk article reads when it has no share met: "not assessed", "not applicable", or "" (it has)."""
    if article["met"] is not None:
        return ""
    return "not assessed" if article["assessed"] is not None else "not applicable"
