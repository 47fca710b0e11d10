"""gapcheck: gap analysis of national cybercrime legislation.

Assess a jurisdiction against a versioned checklist (the recommendations
compiled by the UN Expert Group on Cybercrime in 2018, E/CN.15/2018/12,
paras. 9 and 10; or the Budapest Convention, ETS 185), score the
assessment, and write gap and compliance reports::

    import gapcheck
    result = gapcheck.score("examples/aurelia.xlsx")
    print(gapcheck.render_text(result))
    gapcheck.write_report(result, "aurelia-report.xlsx")

Names are imported on first use, so that ``gapcheck --help`` and
``import gapcheck`` stay fast and do not load pandas. Every exported name
reports ``gapcheck`` as its module.
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
    "SCOPES": "gapcheck._checklist",
    "list_checklists": "gapcheck._checklist_files",
    "load_checklist": "gapcheck._checklist_files",
    "load_tailoring": "gapcheck._checklist_files",
    "Tailoring": "gapcheck._tailoring",
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
    "input_files": "gapcheck._sources",
    "validate_profile": "gapcheck._api",
    "validate_profiles": "gapcheck._api",
    "write_template": "gapcheck._api",
    "score": "gapcheck._api",
    "score_table": "gapcheck._api",
    "compare": "gapcheck._api",
    "dual_criminality": "gapcheck._api",
    "progress": "gapcheck._api",
    "report_path_issues": "gapcheck._api",
    "project": "gapcheck._api",
    "Projection": "gapcheck._projection",
    "ChecklistCrosswalk": "gapcheck._crosswalks",
    "load_crosswalk": "gapcheck._checklist_files",
    "Result": "gapcheck._result",
    "MODELS": "gapcheck._result",
    "Comparison": "gapcheck._compare",
    "DualCriminality": "gapcheck._dual_criminality",
    "Progress": "gapcheck._progress",
    "write_report": "gapcheck._reports",
    "report_data": "gapcheck._reports",
    "REPORT_FORMATS": "gapcheck._reports",
    "PAPERS": "gapcheck._outputs",
    "render_text": "gapcheck._reports._text",
    "render_issues": "gapcheck._reports._text",
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

for _name in ("GapcheckError", "ChecklistError", "UnknownChecklistError", "ProfileError", "ComparisonError",
              "InvalidArgumentError", "OutputError", "Issue"):
    globals()[_name].__module__ = "gapcheck"


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'gapcheck' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    if hasattr(value, "__module__") and (callable(value) or isinstance(value, type)):
        try:
            value.__module__ = "gapcheck"
        except (AttributeError, TypeError):  # pragma: no cover - builtins cannot be renamed
            pass
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from gapcheck._api import (
        compare,
        dual_criminality,
        progress,
        project,
        report_path_issues,
        score,
        score_table,
        validate_profile,
        validate_profiles,
        write_template,
    )
    from gapcheck._checklist import SCOPES, Checklist, Item
    from gapcheck._checklist_files import list_checklists, load_checklist, load_crosswalk, load_tailoring
    from gapcheck._compare import Comparison
    from gapcheck._crosswalks import ChecklistCrosswalk
    from gapcheck._diff import ChecklistDiff, diff_checklists
    from gapcheck._dual_criminality import DualCriminality
    from gapcheck._ids import canonical_item_id
    from gapcheck._outputs import PAPERS
    from gapcheck._profile import STATUSES, Answer, Jurisdiction, Profile, normalise_status
    from gapcheck._progress import Progress
    from gapcheck._projection import Projection
    from gapcheck._readers import read_profile, read_profiles, write_profile
    from gapcheck._reports import REPORT_FORMATS, report_data, write_report
    from gapcheck._reports._text import render_issues, render_text
    from gapcheck._result import MODELS, Result
    from gapcheck._sources import input_files
    from gapcheck._tailoring import Tailoring
    from gapcheck._version import __version__ as __version__
