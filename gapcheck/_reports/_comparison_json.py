"""The comparison of many jurisdictions as JSON, for other programs; it follows ``schemas/comparison.schema.json``.

Keys come in a fixed order, jurisdictions in rank order (then by name),
floats are rounded to two decimals and blanks are ``null``, so the same
inputs always give the same bytes, whatever order they were given in.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from gapcheck._reports._wording import number_or_none, text, write_json
from gapcheck._version import __version__

if TYPE_CHECKING:
    import pandas as pd

    from gapcheck._checklist import Checklist
    from gapcheck._compare import Comparison

FORMAT = 1
"""Version of the JSON layout; it changes only when a key changes meaning or goes away."""


def write(comparison: Comparison, path: Path) -> None:
    """Write the document to ``path`` (the registry makes the write atomic)."""
    write_json(comparison_document(comparison), path)


def checklist_block(checklist: Checklist) -> dict[str, Any]:
    """Which checklist version the figures are on, and its source."""
    source = checklist.source
    return {
        "id": checklist.id, "version": checklist.version, "title": checklist.title, "sha256": checklist.sha256,
        "source": {"symbol": source.get("symbol", ""), "title": source.get("title", ""),
                   "date": text(source.get("date"))},
    }


def comparison_document(comparison: Comparison) -> dict[str, Any]:
    """The comparison as plain data, keys in the documented order."""
    checklist = comparison.checklist
    return {
        "format": FORMAT,
        "kind": "comparison",
        "gapcheck_version": __version__,
        "checklist": checklist_block(checklist),
        "model": comparison.model,
        "scope": comparison.scope,
        "min_coverage": number_or_none(comparison.min_coverage),
        "items": [{"id": item.id, "section": item.section, "title": item.title} for item in comparison.items],
        "jurisdictions": _jurisdictions(comparison),
        "groups": [
            {"group": str(row.group), "jurisdictions": int(row.jurisdictions), "provisional": int(row.provisional),
             "median": number_or_none(row.median),
             "min": number_or_none(row.min), "max": number_or_none(row.max)}
            for row in comparison.groups.itertuples()
        ],
        "shared_gaps": [
            {"rank": int(row.rank), "id": row.id, "title": row.title, "section": row.section, "short": int(row.short),
             "share": number_or_none(row.share), "partial": int(row.partial), "planned": int(row.planned),
             "none": int(row.none), "unknown": int(row.unknown),
             "jurisdictions": list(row.jurisdictions)}
            for row in comparison.shared_gaps.itertuples()
        ],
        "peers": [
            {"jurisdiction": row.jurisdiction, "code": row.code, "peers": row.peers, "id": row.id,
             "status": row.status, "value": number_or_none(row.value), "peer_median": number_or_none(row.peer_median)}
            for row in comparison.peers.itertuples()
        ],
        "dual_criminality": _dual_criminality(comparison),
        "inputs": _records(comparison.inputs),
        "issues": [issue.to_dict() for issue in comparison.issues],
        "caveat": checklist.caveat,
    }


def _short(code: str, name: str) -> str:
    return code or name


def _jurisdictions(comparison: Comparison) -> list[dict[str, Any]]:
    section_ids = [section.id for section in comparison.checklist.sections]
    sections = comparison.sections[section_ids].to_numpy(dtype=float)
    statuses = comparison.statuses.to_numpy(dtype=object)
    columns = list(comparison.statuses.columns)
    return [
        {
            "rank": int(row.rank), "rank_best": int(row.rank_best), "rank_worst": int(row.rank_worst),
            "provisional": bool(row.provisional), "name": row.jurisdiction, "code": row.code, "group": row.group,
            "score": number_or_none(row.score), "score_upper": number_or_none(row.score_upper),
            "coverage": number_or_none(row.coverage), "assessed_on": row.assessed_on or None,
            "assessed_against": row.checklist,
            "sections": {sid: number_or_none(value) for sid, value in zip(section_ids, section_row)},
            "statuses": dict(zip(columns, status_row)),
        }
        for row, section_row, status_row in zip(comparison.overview.itertuples(), sections, statuses)
    ]


def _dual_criminality(comparison: Comparison) -> dict[str, Any]:
    """The pair matrix up to PAIR_MATRIX_LIMIT jurisdictions; above, each one's median, lowest and highest share."""
    from gapcheck._compare import PAIR_MATRIX_LIMIT

    overview = comparison.overview
    names = [_short(c, n) for c, n in zip(overview["code"], overview["jurisdiction"])]
    if len(names) <= PAIR_MATRIX_LIMIT:
        shares: Any = [[number_or_none(v) for v in row] for row in comparison.pairs.to_numpy(dtype=float).tolist()]
        summary: Any = None
    else:
        found = comparison.pair_summary()
        shares = None
        summary = [{"jurisdiction": name, "median": number_or_none(m), "lowest": number_or_none(lo),
                    "highest": number_or_none(hi)}
                   for name, m, lo, hi in zip(names, found["median"], found["lowest"], found["highest"])]
    return {
        "items": [item.id for item in comparison.criminalization_items],
        "jurisdictions": names,
        "shares": shares,
        "summary": summary,
        "obstacles": [
            {"jurisdiction": _short(row.code, row.jurisdiction), "id": row.id, "status": row.status,
             "partners_blocked": int(row.partners_blocked), "share": number_or_none(row.share)}
            for row in comparison.obstacles.itertuples()
        ],
    }


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{key: (value if value != "" else None) for key, value in row.items()} for row in frame.to_dict("records")]
