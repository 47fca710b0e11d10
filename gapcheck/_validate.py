"""Checking a profile file without scoring it: every problem, errors and warnings, as data.

This is what ``gapcheck validate`` prints. It never raises for a problem in
the file (or in the checklist named), so that a batch of files can be
checked in one go and each problem shown where it is.
"""

from __future__ import annotations

import os
from pathlib import Path

from gapcheck._checklist import Checklist
from gapcheck._errors import Issue, Severity, has_errors
from gapcheck._readers import load_profiles
from gapcheck._safety import report_kind


def validate_profile(path: str | Path, checklist: Checklist | str | Path | None = None) -> list[Issue]:
    """Every problem in the profile file at ``path``, in the order met; an empty list means none.

    A report gapcheck wrote, given where a profile belongs, is one problem, not
    the dozens of ways in which a report fails to be a profile.
    """
    issues = load_profiles(path, checklist)[1]
    if has_errors(issues):
        return [report_instead_of_profile(path)] if report_kind(path) else issues
    return issues


def report_instead_of_profile(path: str | os.PathLike[str], severity: Severity = "error") -> Issue:
    """The one issue for a gapcheck report read as a profile; left out of a batch, when ``severity`` is a warning."""
    kind = report_kind(path) or "a report"
    left_out = "; it is left out" if severity == "warning" else ""
    return Issue("report-not-profile", f"This is {kind} written by gapcheck, not a profile{left_out}.",
                 severity=severity, file=os.fspath(path),
                 hint="Give the assessment itself (the filled-in template, a CSV or a JSON profile); keep reports "
                 "in another folder than the assessments you compare.")
