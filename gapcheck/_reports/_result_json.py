"""The single-country gap report as JSON, for other programs; it follows ``schemas/report.schema.json``.

Keys come in a fixed order (the order of the schema), floats are rounded to
two decimals and blanks are ``null``, so the same input always gives the same
bytes and two reports can be compared with ``diff``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from gapcheck._profile import STATUSES
from gapcheck._reports._wording import (
    crosswalk_alignment,
    headline,
    number_or_none,
    text,
    weighting_sentence,
    write_json,
)
from gapcheck._version import __version__

if TYPE_CHECKING:
    from gapcheck._result import Result

FORMAT = 1
"""Version of the JSON report layout; it changes only when a key changes meaning or goes away."""


def write(result: Result, path: Path) -> None:
    """Write the report to ``path`` (the registry makes the write atomic)."""
    write_json(report_document(result), path)


def report_document(result: Result) -> dict[str, Any]:
    """The report as plain data, keys in the documented order."""
    checklist, profile, jurisdiction = result.checklist, result.profile, result.jurisdiction
    source = checklist.source
    return {
        "format": FORMAT,
        "gapcheck_version": __version__,
        "checklist": {
            "id": checklist.id, "version": checklist.version, "title": checklist.title, "sha256": checklist.sha256,
            "source": {"symbol": source.get("symbol", ""), "title": source.get("title", ""),
                       "date": text(source.get("date"))},
        },
        "jurisdiction": {"name": jurisdiction.name, "code": jurisdiction.code, "group": jurisdiction.group},
        "assessed_on": profile.assessed_on,
        "assessor": profile.assessor,
        "sources": list(profile.sources),
        "model": result.model,
        "scope": result.scope,
        "headline": headline(result),
        "weighting": weighting_sentence(result),
        "projection": _projection(result),
        "reservations": list(result.profile.reservations),
        "declarations": list(result.profile.declarations),
        "optional": result.optional_counts or None,
        "score": number_or_none(result.score),
        "score_upper": number_or_none(result.score_upper),
        "coverage": number_or_none(result.coverage),
        "raw_score": number_or_none(result.raw_score),
        "max_score": number_or_none(result.max_score),
        "status_counts": {status: int(result.status_counts.get(status, 0)) for status in STATUSES},
        "sections": [_section(row) for row in result.sections.to_dict("records")],
        "items": [_item(result, row) for row in result.items.to_dict("records")],
        "gaps": [_gap(result, row) for row in result.gaps.to_dict("records")],
        "to_assess": [_to_assess(result, row) for row in result.to_assess.to_dict("records")],
        "crosswalk": crosswalk_alignment(result),
        "issues": [issue.to_dict() for issue in result.issues],
        "provenance": dict(result.provenance),
        "caveat": checklist.caveat,
    }


def _projection(result: Result) -> dict[str, Any] | None:
    """Where a projected profile came from and, when scored as a projection, the range of its headline."""
    if result.projection:
        facts = result.projection
        return {"from": facts["from"], "onto": facts["onto"], "crosswalk": facts["crosswalk"],
                "crosswalk_sha256": facts["crosswalk_sha256"], "lower": number_or_none(facts["lower"]),
                "upper": number_or_none(facts["upper"]), "rule": facts["rule"]}
    if result.profile.projected_from:
        return {"from": result.profile.projected_from, "onto": result.checklist.ref, "crosswalk": None,
                "crosswalk_sha256": None, "lower": None, "upper": None, "rule": None}
    return None


def _section(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "title": row["title"],
        "score": number_or_none(row["score"]),
        "score_upper": number_or_none(row["score_upper"]),
        "coverage": number_or_none(row["coverage"]),
        "scored_items": int(row["scored_items"]),
        "status_counts": {status: int(row[status]) for status in STATUSES},
    }


def _item(result: Result, row: dict[str, Any]) -> dict[str, Any]:
    item = result.checklist[row["id"]]
    status = row["status"] if row["status"] in STATUSES and not item.is_group else None
    return {
        "id": item.id,
        "citation": item.citation,
        "section": item.section,
        "parent": item.parent,
        "group": item.is_group,
        "title": item.title,
        "requirement": item.requirement,
        "addressee": item.addressee,
        "kind": list(item.kinds),
        "legislative": item.legislative,
        "obligation": item.obligation or None,
        "weight": item.weight,
        "scored": bool(row["scored"]),
        "lifted_by": row["lifted_by"] or None,
        "status": status,
        "value": number_or_none(row["value"]),
        "points": number_or_none(row["points"]),
        "provisions": list(result.profile.answer(item.id).provisions),
        "evidence": text(row["evidence"]),
        "notes": text(row["notes"]),
        "budapest": list(item.crosswalk.budapest),
        "un": list(item.crosswalk.un),
        "overlaps": list(item.overlaps),
        "tensions": list(item.tensions),
        "alternatives": list(result.checklist.alternatives_of(item.id)),
    }


def _gap(result: Result, row: dict[str, Any]) -> dict[str, Any]:
    item = result.checklist[row["id"]]
    return {
        "rank": int(row["rank"]),
        "id": item.id,
        "citation": item.citation,
        "section": item.section,
        "title": item.title,
        "status": row["status"],
        "weight": number_or_none(row["weight"]),
        "points": number_or_none(row["points"]),
        "gain": number_or_none(row["gain"]),
        "next_step": text(row["next_step"]),
        "provisions": list(result.profile.answer(item.id).provisions),
        "notes": text(row["notes"]),
        "budapest": list(item.crosswalk.budapest),
        "un": list(item.crosswalk.un),
    }


def _to_assess(result: Result, row: dict[str, Any]) -> dict[str, Any]:
    item = result.checklist[row["id"]]
    return {
        "rank": int(row["rank"]),
        "id": item.id,
        "citation": item.citation,
        "section": item.section,
        "title": item.title,
        "weight": number_or_none(row["weight"]),
        "gain": number_or_none(row["gain"]),
        "next_step": text(row["next_step"]),
        "budapest": list(item.crosswalk.budapest),
        "un": list(item.crosswalk.un),
    }
