"""gapcheck: gap analysis of national cybercrime legislation.

Assess a jurisdiction against the recommendations compiled by the UN Expert
Group on Cybercrime in 2018 (E/CN.15/2018/12, paras. 9 and 10), score the
assessment, and write gap and compliance reports::

    import gapcheck
    profile = gapcheck.read_profile("examples/aurelia.xlsx")
    result = gapcheck.score(profile)
    gapcheck.write_report(result, "aurelia-report.xlsx")

Names are imported on first use, so that ``gapcheck --help`` and
``import gapcheck`` stay fast and do not load pandas.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from gapcheck._errors import (
    ChecklistError,
    ComparisonError,
    GapcheckError,
    InvalidArgumentError,
    Issue,
    OutputError,
    ProfileError,
    UnknownChecklistError,
)
from gapcheck._version import __version__

_LAZY = {
    "Checklist": "gapcheck._checklist",
    "Item": "gapcheck._checklist",
    "list_checklists": "gapcheck._checklist_files",
    "load_checklist": "gapcheck._checklist_files",
    "diff_checklists": "gapcheck._diff",
    "ChecklistDiff": "gapcheck._diff",
    "Profile": "gapcheck._profile",
    "Answer": "gapcheck._profile",
    "Jurisdiction": "gapcheck._profile",
    "STATUSES": "gapcheck._profile",
    "normalise_status": "gapcheck._profile",
    "canonical_item_id": "gapcheck._ids",
    "read_profile": "gapcheck._readers",
    "read_profiles": "gapcheck._readers",
    "write_profile": "gapcheck._readers",
    "validate_profile": "gapcheck._validate",
    "write_template": "gapcheck._template",
    "score": "gapcheck._scoring",
    "score_table": "gapcheck._scoring",
    "write_report": "gapcheck._reports",
    "REPORT_FORMATS": "gapcheck._reports",
    "compare": "gapcheck._compare",
    "Comparison": "gapcheck._compare",
    "dual_criminality": "gapcheck._compare",
    "progress": "gapcheck._progress",
    "Progress": "gapcheck._progress",
    "Result": "gapcheck._result",
    "MODELS": "gapcheck._result",
    "SCOPES": "gapcheck._result",
}

__all__ = [
    "__version__",
    "GapcheckError",
    "ChecklistError",
    "UnknownChecklistError",
    "ProfileError",
    "ComparisonError",
    "InvalidArgumentError",
    "OutputError",
    "Issue",
    *_LAZY,
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'gapcheck' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from gapcheck._checklist import Checklist, Item
    from gapcheck._checklist_files import list_checklists, load_checklist
    from gapcheck._compare import Comparison, compare, dual_criminality
    from gapcheck._diff import ChecklistDiff, diff_checklists
    from gapcheck._ids import canonical_item_id
    from gapcheck._profile import STATUSES, Answer, Jurisdiction, Profile, normalise_status
    from gapcheck._progress import Progress, progress
    from gapcheck._readers import read_profile, read_profiles, write_profile
    from gapcheck._reports import REPORT_FORMATS, write_report
    from gapcheck._result import MODELS, SCOPES, Result
    from gapcheck._scoring import score, score_table
    from gapcheck._template import write_template
    from gapcheck._validate import validate_profile
