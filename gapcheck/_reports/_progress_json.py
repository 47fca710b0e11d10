"""Progress between two assessments as JSON, for other programs; it follows ``schemas/progress.schema.json``.

Keys come in a fixed order, items in checklist order, floats rounded to two
decimals and blanks ``null``: the same two inputs always give the same bytes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from gapcheck._reports._comparison_json import checklist_block
from gapcheck._reports._text import change_sentence
from gapcheck._reports._wording import number_or_none, write_json
from gapcheck._version import __version__

if TYPE_CHECKING:
    from gapcheck._profile import Profile
    from gapcheck._progress import Progress

FORMAT = 1
"""Version of the JSON layout; it changes only when a key changes meaning or goes away."""


def write(progress: Progress, path: Path) -> None:
    """Write the document to ``path`` (the registry makes the write atomic)."""
    write_json(progress_document(progress), path)


def progress_document(progress: Progress) -> dict[str, Any]:
    """The progress as plain data, keys in the documented order."""
    inputs = progress.inputs.set_index("role")
    return {
        "format": FORMAT,
        "kind": "progress",
        "gapcheck_version": __version__,
        "checklist": checklist_block(progress.checklist),
        "model": progress.model,
        "scope": progress.scope,
        "old": _side(progress.old, inputs.loc["old"], progress.score_old, progress.score_upper_old,
                     progress.coverage_old),
        "new": _side(progress.new, inputs.loc["new"], progress.score_new, progress.score_upper_new,
                     progress.coverage_new),
        "old_checklist": progress.old_checklist.ref,
        "change": {
            "score": number_or_none(progress.score_change),
            "score_upper": number_or_none(progress.score_upper_change),
            "coverage": number_or_none(progress.coverage_change),
            "parts": {name: number_or_none(value) for name, value in progress.parts.items()},
            "summary": change_sentence(progress),
        },
        "counts": progress.counts,
        "sections": [
            {key: number_or_none(value) if key not in ("id", "title") else value for key, value in row.items()}
            for row in progress.sections.to_dict("records")
        ],
        "items": [
            {"id": row.id, "section": row.section, "title": row.title, "status_old": row.status_old,
             "status_new": row.status_new, "change": row.change}
            for row in progress.items.itertuples()
        ],
        "issues": [issue.to_dict() for issue in progress.issues],
        "caveat": progress.checklist.caveat,
    }


def _side(profile: Profile, source: Any, score: float, upper: float, coverage: float) -> dict[str, Any]:
    place = profile.jurisdiction
    return {
        "jurisdiction": {"name": place.name, "code": place.code, "group": place.group},
        "assessed_on": profile.assessed_on,
        "assessed_against": source["checklist"],
        "file": source["file"] or None,
        "sha256": source["sha256"] or None,
        "score": number_or_none(score),
        "score_upper": number_or_none(upper),
        "coverage": number_or_none(coverage),
    }
