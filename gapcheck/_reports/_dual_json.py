"""Dual criminality between two jurisdictions as JSON; it follows ``schemas/dual-criminality.schema.json``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from gapcheck._reports._comparison_json import checklist_block
from gapcheck._reports._wording import number_or_none, write_json
from gapcheck._version import __version__

if TYPE_CHECKING:
    from gapcheck._dual_criminality import DualCriminality
    from gapcheck._profile import Profile

FORMAT = 1
"""Version of the JSON layout; it changes only when a key changes meaning or goes away."""


def write(pair: DualCriminality, path: Path) -> None:
    """Write the document to ``path`` (the registry makes the write atomic)."""
    write_json(pair_document(pair), path)


def pair_document(pair: DualCriminality) -> dict[str, Any]:
    """The pair as plain data, keys in the documented order."""
    return {
        "format": FORMAT,
        "kind": "dual-criminality",
        "gapcheck_version": __version__,
        "checklist": checklist_block(pair.checklist),
        "a": _side(pair.a),
        "b": _side(pair.b),
        "passing": pair.passing,
        "offences": len(pair.items),
        "share": number_or_none(pair.share),
        "lacking": {"a": pair.lacking("a"), "b": pair.lacking("b"), "neither": pair.lacking("both")},
        "items": [
            {"id": row.id, "citation": row.citation, "title": row.title, "status_a": row.status_a,
             "status_b": row.status_b, "outcome": row.outcome, "passes": bool(row.passes),
             "lacking": row.lacking or None}
            for row in pair.items.itertuples()
        ],
        "caveat": pair.checklist.caveat,
    }


def _side(profile: Profile) -> dict[str, Any]:
    place = profile.jurisdiction
    return {
        "jurisdiction": {"name": place.name, "code": place.code, "group": place.group},
        "label": place.label,
        "assessed_on": profile.assessed_on,
        "file": profile.source_file or None,
        "sha256": profile.source_sha256 or None,
    }
