"""Saving a profile: as JSON (the published schema), as the canonical long CSV, or as the filled-in template.

JSON and the template read back to an equal profile. The CSV holds the
canonical long columns only (no assessor, sources or checklist), as a table
for other programs; it starts with a UTF-8 byte-order mark so that Excel
shows accented names correctly (pandas: ``read_csv(path, encoding="utf-8-sig")``).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

from gapcheck._checklist import Checklist
from gapcheck._checklist_files import load_checklist
from gapcheck._errors import OutputError, issue
from gapcheck._outputs import atomic_write, document_stamp, save_workbook, write_text
from gapcheck._profile import PROFILE_COLUMNS, WRITTEN_SUFFIXES, Profile
from gapcheck._readers._json import profile_to_dict


def write_profile(profile: Profile, path: str | Path, *, checklist: Checklist | str | Path | None = None) -> Path:
    """Save ``profile`` in the format its suffix names, atomically; never over the file it was read from.

    ``checklist`` is needed for .xlsx only when the profile's checklist is a
    file of your own rather than a bundled one.
    """
    if not isinstance(profile, Profile):
        hint = ("A Result holds its profile as result.profile." if hasattr(profile, "profile") else
                "Pass what read_profile returned, or a Profile you built.")
        raise OutputError(f"write_profile() takes a Profile, not {type(profile).__name__}", [issue(
            "not-a-profile", f"{type(profile).__name__} is not a profile.", hint=hint)])
    target = Path(path)
    writers: dict[str, Callable[[Profile, Path, Checklist | str | Path | None], Path]] = {
        ".json": _write_json, ".csv": _write_csv, ".xlsx": _write_xlsx,
    }
    writer = writers.get(target.suffix.lower())
    if writer is None:
        raise OutputError(
            f"{target}: cannot write a profile as {target.suffix or 'a file without a suffix'}",
            [issue("unsupported-output", f"A profile can be written as {', '.join(WRITTEN_SUFFIXES)}.",
                   file=str(target), hint=f"Choose a file name ending in {', '.join(WRITTEN_SUFFIXES)}.")],
        )
    return writer(profile, target, checklist)


def _inputs(profile: Profile) -> list[str]:
    return [profile.source_file] if profile.source_file else []


def _write_json(profile: Profile, target: Path, _: Checklist | str | Path | None) -> Path:
    text = json.dumps(profile_to_dict(profile), indent=2, ensure_ascii=False)
    return write_text(target, text, _inputs(profile))


def _write_csv(profile: Profile, target: Path, _: Checklist | str | Path | None) -> Path:
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
    writer.writerow([])
    writer.writerow(PROFILE_COLUMNS)
    assessed_on = profile.assessed_on.isoformat() if profile.assessed_on else ""
    for answer in profile.answers.values():
        writer.writerow([profile.jurisdiction.name, profile.jurisdiction.code, profile.jurisdiction.group,
                         assessed_on, answer.item, answer.status, "; ".join(answer.provisions), answer.evidence,
                         answer.notes])
    return write_text(target, "\ufeff" + buffer.getvalue(), _inputs(profile))


def _write_xlsx(profile: Profile, target: Path, checklist: Checklist | str | Path | None) -> Path:
    from gapcheck._template import build_workbook, checklist_date

    chosen = load_checklist(checklist or profile.checklist)
    workbook = build_workbook(chosen, profile)
    stamp = document_stamp(profile.assessed_on, checklist_date(chosen))
    title = f"Assessment: {profile.jurisdiction.label}"
    return atomic_write(target, lambda tmp: save_workbook(workbook, tmp, stamp, title), _inputs(profile))
