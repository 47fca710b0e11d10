"""Reading profiles from the files people keep them in: the template, their own sheets, CSV and JSON.

Each reader reports what the file says and where (``_raw``); the rules are
checked once for every format (``_assemble``); untrusted bytes are checked
before any parser sees them (``_untrusted``). Problems are collected, never
raised one at a time: :func:`load_profiles` returns them all, and
:func:`read_profile` and :func:`read_profiles` raise one
:class:`ProfileError` carrying every one of them.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path
from typing import Any

from gapcheck._checklist import Checklist
from gapcheck._errors import Issue, ProfileError, has_errors, issue
from gapcheck._profile import PROFILE_FORMATS, Profile
from gapcheck._readers._assemble import assemble, declared_checklist, explicit_checklist
from gapcheck._readers._csv import read_csv
from gapcheck._readers._json import covered_by, profile_to_dict, raw_from_data, read_json
from gapcheck._readers._own_reports import report_instead_of_profile, report_kind
from gapcheck._readers._raw import RawFile, Where
from gapcheck._readers._untrusted import OLE2_MAGIC, ZIP_MAGIC, read_input
from gapcheck._readers._write import write_profile
from gapcheck._readers._xlsx import read_workbook

__all__ = [
    "load_profiles",
    "profile_from_dict",
    "profile_to_dict",
    "read_profile",
    "read_profiles",
    "write_profile",
]

ChecklistRef = Checklist | str | Path | None


def read_profile(path: str | Path, checklist: ChecklistRef = None) -> Profile:
    """Read one jurisdiction's profile; raises :class:`ProfileError` with every problem if any is an error.

    Warnings (items left unanswered, n/a without a reason ...) end up in
    ``profile.issues``. A file holding several jurisdictions is refused
    here: read it with :func:`read_profiles`.
    """
    profiles = read_profiles(path, checklist)
    if len(profiles) > 1:
        names = ", ".join(p.jurisdiction.label for p in profiles)
        found = issue("several-jurisdictions", f"The file holds {len(profiles)} jurisdictions: {names}.",
                      file=str(path), hint="Pick one as 'FILE#CODE' (e.g. `gapcheck score "
                      "'batch.csv#XAU'`), read them all with gapcheck.read_profiles(), or compare them with "
                      "`gapcheck compare`.")
        raise ProfileError(f"{path}: holds {len(profiles)} jurisdictions, not one",
                           [found, *(i for p in profiles for i in p.issues)])
    return profiles[0]


def read_profiles(path: str | Path, checklist: ChecklistRef = None) -> list[Profile]:
    """Read every jurisdiction a file holds (a long table may hold many), in the order they first appear."""
    profiles, issues = load_profiles(path, checklist)
    if has_errors(issues):
        errors = sum(issue.is_error for issue in issues)
        raise ProfileError(f"{path}: the profile has {errors} error(s)", issues)
    return profiles


def load_profiles(path: str | Path, checklist: ChecklistRef = None) -> tuple[list[Profile], list[Issue]]:
    """Every valid profile in a file and every problem found; never raises for a problem in the input.

    A file with any error gives no profile at all, so that a half-read file
    is never scored as if it were whole.
    """
    where = Where(file=str(path))
    data, issues = read_input(path, where)
    if data is None:
        return [], issues
    raw = _parse(data, Path(path).suffix.lower(), where)
    profiles, issues = _checked(raw, checklist, where, source_file=str(path), sha256=hashlib.sha256(data).hexdigest())
    if has_errors(issues) and report_kind(path):
        return [], [report_instead_of_profile(path)]
    return profiles, issues


def profile_from_dict(data: Any, checklist: ChecklistRef = None, *, source: str = "") -> Profile:
    """The profile a JSON-form dict describes (see :func:`profile_to_dict`); raises :class:`ProfileError`."""
    where = Where(file=source or None)
    profiles, issues = _checked(raw_from_data(data, where), checklist, where, source_file=source, sha256="")
    if has_errors(issues):
        raise ProfileError(f"{source or 'the profile'} has {sum(i.is_error for i in issues)} error(s)", issues)
    return profiles[0]


_READERS = {"workbook": read_workbook, "table": read_csv, "json": read_json}
"""How each kind of profile file of :data:`~gapcheck._profile.PROFILE_FORMATS` is read."""


def _parse(data: bytes, suffix: str, where: Where) -> RawFile:
    """Choose the reader by content where it is binary, else by the file's suffix (the model's table of formats)."""
    if data.startswith((OLE2_MAGIC, ZIP_MAGIC)) or suffix == ".xls":
        return read_workbook(data, where)
    found = PROFILE_FORMATS.get(suffix)
    if found is None:
        return RawFile(issues=[where.issue(
            "unsupported-format", f"gapcheck does not read {suffix or 'files without a suffix'} files as profiles.")])
    return _READERS[found.reader](data, where)


def _checked(raw: RawFile, checklist: ChecklistRef, where: Where, *, source_file: str,
             sha256: str) -> tuple[list[Profile], list[Issue]]:
    """Check what a reader found against the checklist; profiles only when the whole file is free of errors."""
    issues = list(raw.issues)
    explicit, problems = explicit_checklist(checklist)
    if problems:
        return [], issues + [replace(issue, file=issue.file or where.file) for issue in problems]
    chosen, problems = declared_checklist(raw.checklist, explicit, where)
    problems = [issue for issue in problems if not covered_by(issue, raw.issues)]
    issues += problems
    if not raw.profiles and not has_errors(issues):
        issues.append(where.issue("no-answers", "The table has a header row but no rows under it."))
    found: list[tuple[Profile, list[Issue]]] = []
    for entry in raw.profiles:
        profile, own = assemble(entry, chosen)
        own = [issue for issue in own if not covered_by(issue, raw.issues)]
        issues += own
        if profile is not None:
            found.append((profile, own))
    issues = in_reading_order(issues, raw.sheets)
    if has_errors(issues):
        return [], issues
    shared = problems + list(raw.issues)
    return [replace(profile, source_file=source_file, source_sha256=sha256,
                    issues=tuple(in_reading_order(shared + own, raw.sheets)))
            for profile, own in found], issues


def in_reading_order(issues: list[Issue], sheets: list[str]) -> list[Issue]:
    """Issues sheet by sheet (in the workbook's order) and row by row, as a person reads the file.

    The rules run field by field, so without this a bad date in row 9 would
    be listed after a bad status in row 40. Issues of a whole sheet or file
    (no row) follow the rows; JSON issues, which have no rows, keep their order.
    """
    order = {sheet: index for index, sheet in enumerate(sheets)}
    whole_file = len(order) + 1

    def key(issue: Issue) -> tuple[int, float]:
        if issue.sheet:
            sheet = order.get(issue.sheet, len(order))
        else:
            sheet = -1 if issue.row is not None else whole_file
        return sheet, issue.row if issue.row is not None else float("inf")

    return sorted(issues, key=key)
