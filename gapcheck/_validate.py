"""Checking a profile file without scoring it: every problem, errors and warnings, as data.

This is what ``gapcheck validate`` prints. It never raises for a problem in
the file (or in the checklist named), so that a batch of files can be
checked in one go and each problem shown where it is.
"""

from __future__ import annotations

from pathlib import Path

from gapcheck._checklist import Checklist
from gapcheck._errors import Issue
from gapcheck._readers import load_profiles


def validate_profile(path: str | Path, checklist: Checklist | str | Path | None = None) -> list[Issue]:
    """Every problem in the profile file at ``path``, in the order met; an empty list means none.

    A report gapcheck wrote, given where a profile belongs, is one problem
    (``report-not-profile``), not the dozens of ways in which a report fails to
    be a profile.
    """
    return load_profiles(path, checklist)[1]
