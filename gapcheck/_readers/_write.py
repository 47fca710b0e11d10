"""Saving a profile: as JSON (the published schema), as the canonical long CSV, or as the filled-in template.

All three read back to an equal profile. The CSV holds the canonical long
columns under ``Label | value`` rows (checklist, assessor, sources,
reservations); it starts with a UTF-8 byte-order mark so that Excel shows
accented names correctly. An existing file is never replaced unless asked.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from gapcheck._checklist import Checklist
from gapcheck._checklist_files import load_checklist
from gapcheck._errors import OutputError, issue
from gapcheck._outputs import atomic_write, check_output_path, document_stamp, save_workbook, write_text
from gapcheck._profile import PROFILE_COLUMNS, PROFILE_FORMATS, WRITTEN_SUFFIXES, Profile
from gapcheck._readers._json import profile_to_dict


def write_profile(
    profile: Profile,
    path: str | os.PathLike[str],
    *,
    checklist: Checklist | str | Path | None = None,
    inputs: Iterable[str | os.PathLike[str]] = (),
    overwrite: bool = False,
) -> Path:
    """Save ``profile`` in the format its suffix names, atomically; never over an input or the file it was read from.

    An existing file is replaced only with ``overwrite=True``: it may be someone's filled-in assessment.
    ``checklist`` is needed for .xlsx only when the profile's checklist is a file of your own rather than a
    bundled one.
    """
    if not isinstance(profile, Profile):
        hint = ("A Result holds its profile as result.profile." if hasattr(profile, "profile") else
                "Pass what read_profile returned, or a Profile you built.")
        raise OutputError(f"write_profile() takes a Profile, not {type(profile).__name__}", [issue(
            "not-a-profile", f"{type(profile).__name__} is not a profile.", hint=hint)])
    target = Path(path)
    protected = [*inputs, *([profile.source_file] if profile.source_file else [])]
    check_output_path(target, protected)  # a folder or an input is named as such, before anything else
    if target.is_file() and not overwrite:
        raise OutputError(f"{target} already exists", [issue(
            "output-exists", "A file with this name already exists.", file=str(target))])
    format_ = PROFILE_FORMATS.get(target.suffix.lower())
    if format_ is None or not format_.written:
        raise OutputError(
            f"{target}: cannot write a profile as {target.suffix or 'a file without a suffix'}",
            [issue("unsupported-output", f"A profile can be written as {', '.join(WRITTEN_SUFFIXES)}.",
                   file=str(target), hint=f"Choose a file name ending in {', '.join(WRITTEN_SUFFIXES)}.")],
        )
    return _WRITERS[format_.reader](profile, target, checklist, protected)


def _write_json(profile: Profile, target: Path, _: Checklist | str | Path | None, protected: list[Any]) -> Path:
    text = json.dumps(profile_to_dict(profile), indent=2, ensure_ascii=False)
    return write_text(target, text, protected)


def _write_csv(profile: Profile, target: Path, _: Checklist | str | Path | None, protected: list[Any]) -> Path:
    """The long table, under ``Label | value`` rows naming the checklist version, the assessor and the sources.

    The checklist version above the table is what lets a CSV made today be
    carried to a later version of the checklist through ``replaces``.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["Checklist", profile.checklist])
    if profile.assessor:
        writer.writerow(["Assessor", profile.assessor])
    if profile.sources:
        writer.writerow(["Sources", "\n".join(profile.sources)])
    if profile.reservations:
        writer.writerow(["Reservations", "; ".join(profile.reservations)])
    if profile.declarations:
        writer.writerow(["Declarations", "; ".join(profile.declarations)])
    if profile.projected_from:
        writer.writerow(["Projected from", profile.projected_from])
    writer.writerow([])
    writer.writerow(PROFILE_COLUMNS)
    assessed_on = profile.assessed_on.isoformat() if profile.assessed_on else ""
    for answer in profile.answers.values():
        writer.writerow([profile.jurisdiction.name, profile.jurisdiction.code, profile.jurisdiction.group,
                         assessed_on, answer.item, answer.status, "; ".join(answer.provisions), answer.evidence,
                         answer.notes])
    return write_text(target, "\ufeff" + buffer.getvalue(), protected)


def _write_xlsx(profile: Profile, target: Path, checklist: Checklist | str | Path | None,
                protected: list[Any]) -> Path:
    from gapcheck._template import build_workbook, checklist_date

    chosen = load_checklist(checklist or profile.checklist)
    workbook = build_workbook(chosen, profile)
    stamp = document_stamp(profile.assessed_on, checklist_date(chosen))
    title = f"Assessment: {profile.jurisdiction.label}"

    def write(tmp: Path) -> None:
        save_workbook(workbook, tmp, stamp, title)

    return atomic_write(target, write, protected)


_WRITERS: Mapping[str, Callable[[Profile, Path, Checklist | str | Path | None, list[Any]], Path]] = {
    "json": _write_json, "table": _write_csv, "workbook": _write_xlsx,
}
"""How each kind of profile file of :data:`~gapcheck._profile.PROFILE_FORMATS` that gapcheck writes is written."""
