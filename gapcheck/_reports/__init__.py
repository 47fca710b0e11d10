"""Reports: one writer per document type and format, chosen by the output file's suffix.

``write_report(result, "report.xlsx")`` looks the suffix up in
:data:`REPORT_FORMATS`; the format then finds the renderer for the kind of
document it is given (a single-country ``Result``, a ``Comparison`` of
several, or a ``Progress`` between two assessments) in a table of lazily
imported functions, so that writing a Markdown report never loads openpyxl.
Every report is written to a temporary file and renamed into place, and a
report may never overwrite one of its inputs. Workbooks are laid out to
print on ``paper`` (A4 unless asked otherwise, or Letter); JSON and Markdown
have no pages.

Shared wording and formatting live in :mod:`gapcheck._reports._wording`.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gapcheck._errors import Issue, OutputError, issue
from gapcheck._outputs import atomic_write, check_output_path, check_paper
from gapcheck._readers._own_reports import report_kind

Renderer = Callable[..., None]

_RENDERERS: Mapping[tuple[str, str], str] = {
    ("Result", ".xlsx"): "gapcheck._reports._result_xlsx:write",
    ("Result", ".json"): "gapcheck._reports._result_json:write",
    ("Result", ".md"): "gapcheck._reports._result_markdown:write",
    ("Comparison", ".xlsx"): "gapcheck._reports._comparison_xlsx:write",
    ("Comparison", ".json"): "gapcheck._reports._comparison_json:write",
    ("Comparison", ".md"): "gapcheck._reports._comparison_markdown:write",
    ("Progress", ".xlsx"): "gapcheck._reports._progress_xlsx:write",
    ("Progress", ".json"): "gapcheck._reports._progress_json:write",
    ("Progress", ".md"): "gapcheck._reports._progress_markdown:write",
    ("DualCriminality", ".xlsx"): "gapcheck._reports._dual_xlsx:write",
    ("DualCriminality", ".json"): "gapcheck._reports._dual_json:write",
    ("DualCriminality", ".md"): "gapcheck._reports._dual_markdown:write",
}
"""``(document type, suffix) -> "module:function"``; each function is ``write(document, path) -> None``, and a
workbook's also takes ``paper``."""

_DATA: Mapping[str, str] = {
    "Result": "gapcheck._reports._result_json:report_document",
    "Comparison": "gapcheck._reports._comparison_json:comparison_document",
    "Progress": "gapcheck._reports._progress_json:progress_document",
    "DualCriminality": "gapcheck._reports._dual_json:pair_document",
}
"""The function that gives a document's JSON report as plain data."""

def report_data(document: Any) -> dict[str, Any]:
    """The JSON report of a Result, Comparison, Progress or DualCriminality as plain Python data.

    Exactly what a ``.json`` report holds: numbers rounded to two decimals, dates as text, blanks as None.
    """
    import json

    from gapcheck._reports._wording import to_json_bytes

    for kind in type(document).__mro__:
        target = _DATA.get(kind.__name__)
        if target:
            module, _, function = target.partition(":")
            built = getattr(importlib.import_module(module), function)(document)
            return json.loads(to_json_bytes(built))
    raise unsupported_document(document, "JSON data")


@dataclass(frozen=True)
class ReportFormat:
    """One output format: its suffix, a name for people, and the way to its renderers."""

    suffix: str
    title: str
    paged: bool = False
    """Whether the format prints on pages (a workbook does), so that its renderers take a ``paper``."""

    def renderer(self, document: Any) -> Renderer:
        """The function that writes this kind of document in this format, imported on first use.

        Anything but a Result, Comparison or Progress is an :class:`OutputError` (``unsupported-document``).
        """
        for kind in type(document).__mro__:
            target = _RENDERERS.get((kind.__name__, self.suffix))
            if target:
                module, _, function = target.partition(":")
                return getattr(importlib.import_module(module), function)
        raise unsupported_document(document, self.title)

    def write(self, document: Any, path: Path, paper: str = "a4") -> None:
        """Write ``document`` to ``path`` (no atomicity here: :func:`write_report` provides it)."""
        if self.paged:
            self.renderer(document)(document, path, paper=paper)
        else:
            self.renderer(document)(document, path)


REPORT_FORMATS: Mapping[str, ReportFormat] = {
    ".xlsx": ReportFormat(".xlsx", "an Excel workbook", paged=True),
    ".json": ReportFormat(".json", "a JSON document"),
    ".md": ReportFormat(".md", "a Markdown document"),
}
"""The report formats by output suffix."""


def report_format(path: str | os.PathLike[str]) -> ReportFormat:
    """The format a report path asks for; an unknown suffix is an :class:`OutputError`."""
    suffix = Path(path).suffix.lower()
    found = REPORT_FORMATS.get(suffix)
    if found is None:
        known = ", ".join(REPORT_FORMATS)
        said = f"the suffix {suffix!r}" if suffix else "no suffix"
        raise OutputError(
            f"cannot tell the report format of {path}",
            [issue("unknown-report-format", f"The report name has {said}, which is not a report format.",
                   file=str(path), hint=f"End the report name with one of: {known}.")],
        )
    return found


def unsupported_document(document: Any, title: str = "a report") -> OutputError:
    """The error for a document gapcheck has no report of: a Profile, a DataFrame, a dict."""
    name = type(document).__name__
    return OutputError(f"gapcheck cannot write a {name} as {title}", [issue(
        "unsupported-document", f"A {name} is not a document gapcheck writes reports of.",
        hint="Write a Result from gapcheck.score, a Comparison from gapcheck.compare or a Progress from "
        "gapcheck.progress; to save a profile, use gapcheck.write_profile.")])


def _check_document(document: Any) -> None:
    """Refuse a document no format can write, before its paths are judged: the call itself is wrong."""
    kinds = {kind for kind, _ in _RENDERERS}
    if not any(kind.__name__ in kinds for kind in type(document).__mro__):
        raise unsupported_document(document)


def write_report(
    document: Any,
    path: str | os.PathLike[str],
    *,
    inputs: Iterable[str | os.PathLike[str]] = (),
    overwrite: bool = False,
    paper: str = "a4",
) -> Path:
    """Write a report of ``document`` in the format its suffix names, atomically; return the path.

    ``document`` is a Result (from :func:`score`), a Comparison (from
    :func:`compare`) or a Progress (from :func:`progress`); anything else is
    an :class:`OutputError` (``unsupported-document``). ``inputs`` are files
    the report must not overwrite; the profile files a document was read
    from are added to them. An earlier gapcheck report is replaced; any
    other existing file (a filled template given the wrong name, say) only
    with ``overwrite=True``. Both are keyword-only, so that a list of inputs
    is never taken for the overwrite flag. A workbook prints on ``paper``:
    "a4" (the default) or "letter"; any other is an
    :class:`InvalidArgumentError` (``unknown-paper``), whatever the format.
    """
    _check_document(document)
    check_paper(paper)
    protected = [*_not_reports(inputs), *_source_files(document)]
    check_output_path(path, protected)  # a folder or an input is named as such, before its suffix is judged
    check_replaceable(path, overwrite)
    fmt = report_format(path)
    fmt.renderer(document)  # an unsupported document fails before any file is touched
    return atomic_write(path, lambda tmp: fmt.write(document, tmp, paper), protected)


def _not_reports(inputs: Iterable[str | os.PathLike[str]]) -> list[str | os.PathLike[str]]:
    """The inputs a report must not overwrite: all but earlier gapcheck reports, which a batch left out and a
    rerun replaces (``compare folder/ -o folder/comparison.xlsx`` works every time)."""
    return [path for path in inputs if not report_kind(path)]


def report_path_problems(paths: Iterable[str | os.PathLike[str]], inputs: Iterable[str | os.PathLike[str]] = (),
                         overwrite: bool = False) -> list[Issue]:
    """Every problem with report names, as data: a folder, an input, another file in the way, an unknown format."""
    protected = _not_reports(inputs)
    found: list[Issue] = []
    for path in dict.fromkeys(paths):
        try:
            check_output_path(path, protected)  # a folder is named as a folder before its suffix is judged
            check_replaceable(path, overwrite)
            report_format(path)
        except OutputError as exc:
            found.extend(exc.issues)
    return found


def check_replaceable(path: str | os.PathLike[str], overwrite: bool = False) -> None:
    """Refuse to replace an existing file that gapcheck did not write as a report, unless told to.

    Re-running a command replaces its earlier report; a typo in the report name must not replace a colleague's
    filled-in assessment.
    """
    target = Path(path)
    if overwrite or not target.is_file() or report_kind(target):
        return
    raise OutputError(f"{target} already exists", [issue(
        "output-exists", "A file with this name already exists and is not a report gapcheck wrote.",
        file=str(target))])


def _source_files(document: Any) -> list[str]:
    """The files a document was read from: its profile's, or each of its profiles'."""
    profiles = list(getattr(document, "profiles", None) or ())
    single = getattr(document, "profile", None)
    if single is not None:
        profiles.append(single)
    return [p.source_file for p in profiles if getattr(p, "source_file", "")]
