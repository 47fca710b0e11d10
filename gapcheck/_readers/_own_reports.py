"""Recognising gapcheck's own reports where a profile is expected.

A team that writes its comparison into the folder of assessments and compares
the folder again should hear "this is a report" once, not every way in which a
report fails to be a profile.
"""

from __future__ import annotations

import os
import re
from zipfile import ZipFile

from gapcheck._errors import Issue, Severity, issue
from gapcheck._outputs import REPORT_TITLES

_SNIFF_BYTES = 65_536
_TITLE = re.compile(r"<dc:title>([^<]{0,200})</dc:title>")
_JSON_REPORT = re.compile(r'"gapcheck_version"\s*:')
_JSON_KIND = re.compile(r'"kind"\s*:\s*"(comparison|progress|dual-criminality)"')


def report_kind(path: str | os.PathLike[str]) -> str | None:
    """"a gap report" (or comparison, progress report) when gapcheck wrote ``path`` as a report, else None.

    Workbooks are known by their document properties, JSON by its ``gapcheck_version`` key, Markdown by its title.

    Only the first bytes that matter are read, whatever the file holds; a file that cannot be read, or whose
    parts are damaged, is not a report (whatever else is wrong with it is the reader's to say).
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(4)
        if head == b"PK\x03\x04":
            with ZipFile(path) as archive, archive.open("docProps/core.xml") as core:
                text = core.read(_SNIFF_BYTES).decode("utf-8", "replace")
            title = _TITLE.search(text)
            if "<dc:creator>gapcheck" not in text or title is None:
                return None
            return next((kind for prefix, kind in REPORT_TITLES.items() if title.group(1).startswith(prefix)), None)
        with open(path, "rb") as handle:
            text = handle.read(_SNIFF_BYTES).decode("utf-8", "replace")
    except Exception:  # noqa: BLE001 - unreadable, no properties, damaged (zlib.error, struct.error ...): not ours
        return None
    text = text.lstrip("\ufeff \r\n\t")
    if text.startswith("# "):  # a Markdown report opens with its title
        return next((kind for prefix, kind in REPORT_TITLES.items() if text[2:].startswith(prefix)), None)
    if not text.startswith("{") or not _JSON_REPORT.search(text):
        return None
    kind = _JSON_KIND.search(text)
    return f"a {kind.group(1)} report" if kind else "a gap report"


def left_out_if_report(path: str | os.PathLike[str], issues: list[Issue]) -> list[Issue]:
    """The issues of a file met in a folder: an earlier report beside the assessments is only a warning.

    Named directly, a report is an error; found among the files of a folder or a pattern, it is left out, so
    that a team may keep its last comparison beside the assessments it compares.
    """
    if [issue.code for issue in issues] == ["report-not-profile"]:
        return [report_instead_of_profile(path, "warning")]
    return issues


def report_instead_of_profile(path: str | os.PathLike[str], severity: Severity = "error") -> Issue:
    """The one issue for a gapcheck report read as a profile; left out of a batch, when ``severity`` is a warning."""
    kind = report_kind(path) or "a report"
    left_out = "; it is left out" if severity == "warning" else ""
    return issue("report-not-profile", f"This is {kind} written by gapcheck, not a profile{left_out}.",
                 severity=severity, file=os.fspath(path),
                 hint="Give the assessment itself (the filled-in template, a CSV or a JSON profile); keep reports "
                 "in another folder than the assessments you compare.")
