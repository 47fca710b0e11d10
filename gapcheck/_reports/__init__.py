"""Reports: one writer per document type and format, chosen by the output file's suffix.

``write_report(result, "report.xlsx")`` looks the suffix up in
:data:`REPORT_FORMATS`; the format then finds the renderer for the kind of
document it is given (a single-country ``Result``, a ``Comparison`` of
several, or a ``Progress`` between two assessments) in a table of lazily
imported functions, so that writing a Markdown report never loads openpyxl.
Every report is written to a temporary file and renamed into place, and a
report may never overwrite one of its inputs.

The helpers at the end are shared by the renderers, so that the headline
sentence, the status names and the treaty alignment read the same in every
format.
"""

from __future__ import annotations

import importlib
import json
import math
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gapcheck._errors import Issue, OutputError
from gapcheck._profile import STATUSES
from gapcheck._readers._own_reports import report_kind
from gapcheck._safety import atomic_write, check_output_path, encoded

if TYPE_CHECKING:
    from gapcheck._checklist import Checklist
    from gapcheck._compare import Comparison
    from gapcheck._result import Result

Renderer = Callable[[Any, Path], None]

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
}
"""``(document type, suffix) -> "module:function"``; each function is ``write(document, path) -> None``."""


@dataclass(frozen=True)
class ReportFormat:
    """One output format: its suffix, a name for people, and the way to its renderers."""

    suffix: str
    title: str

    def renderer(self, document: Any) -> Renderer:
        """The function that writes this kind of document in this format, imported on first use.

        Anything but a Result, Comparison or Progress is an :class:`OutputError` (``unsupported-document``).
        """
        for kind in type(document).__mro__:
            target = _RENDERERS.get((kind.__name__, self.suffix))
            if target:
                module, _, function = target.partition(":")
                return getattr(importlib.import_module(module), function)  # type: ignore[no-any-return]
        raise unsupported_document(document, self.title)

    def write(self, document: Any, path: Path) -> None:
        """Write ``document`` to ``path`` (no atomicity here: :func:`write_report` provides it)."""
        self.renderer(document)(document, path)


REPORT_FORMATS: Mapping[str, ReportFormat] = {
    ".xlsx": ReportFormat(".xlsx", "an Excel workbook"),
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
            [Issue("unknown-report-format", f"The report name has {said}, which is not a report format.",
                   file=str(path), hint=f"End the report name with one of: {known}.")],
        )
    return found


def unsupported_document(document: Any, title: str = "a report") -> OutputError:
    """The error for a document gapcheck has no report of: a Profile, a DataFrame, a dict."""
    name = type(document).__name__
    return OutputError(f"gapcheck cannot write a {name} as {title}", [Issue(
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
) -> Path:
    """Write a report of ``document`` in the format its suffix names, atomically; return the path.

    ``document`` is a Result (from :func:`score`), a Comparison (from
    :func:`compare`) or a Progress (from :func:`progress`); anything else is
    an :class:`OutputError` (``unsupported-document``). ``inputs`` are files
    the report must not overwrite; the profile files a document was read
    from are added to them. An earlier gapcheck report is replaced; any
    other existing file (a filled template given the wrong name, say) only
    with ``overwrite=True``. Both are keyword-only, so that a list of inputs
    is never taken for the overwrite flag.
    """
    _check_document(document)
    protected = [*inputs, *_source_files(document)]
    check_output_path(path, protected)  # a folder or an input is named as such, before its suffix is judged
    check_replaceable(path, overwrite)
    fmt = report_format(path)
    fmt.renderer(document)  # an unsupported document fails before any file is touched
    return atomic_write(path, lambda tmp: fmt.write(document, tmp), protected)


def check_replaceable(path: str | os.PathLike[str], overwrite: bool = False) -> None:
    """Refuse to replace an existing file that gapcheck did not write as a report, unless told to.

    Re-running a command replaces its earlier report; a typo in the report name must not replace a colleague's
    filled-in assessment.
    """
    target = Path(path)
    if overwrite or not target.is_file() or report_kind(target):
        return
    raise OutputError(f"{target} already exists", [Issue(
        "output-exists", "A file with this name already exists and is not a report gapcheck wrote.",
        file=str(target), hint="Choose another name for the report, or add --force (overwrite=True in Python) "
        "to replace it.")])


def _source_files(document: Any) -> list[str]:
    """The files a document was read from: its profile's, or each of its profiles'."""
    profiles = list(getattr(document, "profiles", None) or ())
    single = getattr(document, "profile", None)
    if single is not None:
        profiles.append(single)
    return [p.source_file for p in profiles if getattr(p, "source_file", "")]


# --- JSON shared by every JSON renderer ---------------------------------------


def to_json_bytes(obj: Any) -> bytes:
    """Deterministic JSON: keys in the order given, UTF-8, indent 2, floats to 2 decimals, NaN as null.

    Renderers build their documents with keys in a fixed, documented order;
    this keeps that order (no sorting) so that the report reads top-down.
    """
    text = json.dumps(_plain(obj), ensure_ascii=False, indent=2, allow_nan=False)
    return encoded(text)


def _plain(value: Any) -> Any:
    """Turn pandas, numpy and date values into the JSON types they stand for."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if is_blank(value):
        return None
    if hasattr(value, "item") and callable(value.item):  # a numpy scalar
        return _plain(value.item())
    raise TypeError(f"cannot write a {type(value).__name__} as JSON")


def _number(value: float) -> float | None:
    if not math.isfinite(value):
        return None
    rounded = round(value, 2)
    return rounded + 0.0  # no "-0.0"


def is_blank(value: Any) -> bool:
    """True for the ways a table says "nothing here": None, NaN, pandas' NA and NaT."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return type(value).__name__ in {"NAType", "NaTType"}


# --- helpers shared by the renderers ------------------------------------------

TREATY_NAMES: Mapping[str, str] = {
    "budapest": "Budapest Convention (ETS 185)",
    "un": "UN Convention against Cybercrime (2024)",
}

MODEL_DESCRIPTIONS: Mapping[str, str] = {
    "default": "each section counts the same; within it each recommendation counts by its weight, and a group "
               "of sub-recommendations counts as one (the XCCDF 1.2 default model)",
    "flat": "each recommendation, sub-recommendations included, counts by its weight; the raw score and its "
            "maximum are given too (the XCCDF 1.2 flat model)",
    "flat-unweighted": "every recommendation, sub-recommendations included, counts the same (the XCCDF 1.2 "
                       "flat-unweighted model)",
    "absolute": "100 only when every scored recommendation is fully met, else 0 (the XCCDF 1.2 absolute model)",
}

SCOPE_DESCRIPTIONS: Mapping[str, str] = {
    "all": "every recommendation a State can meet by its own action",
    "legislative": "only the recommendations that can be checked against statute text",
}

SCORING_RULES: tuple[str, ...] = (
    "Each recommendation is worth: full 1, partial 0.5, planned 0, none 0.",
    "Not applicable leaves the calculation; the notes must say why.",
    "Unknown counts as not met in the score and as met in the upper bound; "
    "coverage is the share of the scored weight that has been assessed.",
    "Only recommendations a State can meet by its own action are scored; those addressed to UNODC "
    "or to States acting jointly are shown as context.",
    "Alternatives (a new UN instrument, or the Budapest Convention) are valued at the better of the two.",
    "Gaps are the scored recommendations below full, ranked by weight x shortfall, then by checklist order.",
    "All scores are percentages on 0-100.",
)


def is_number(value: Any) -> bool:
    """True for a real, finite number; NaN, None, booleans and text are not."""
    if hasattr(value, "item") and not isinstance(value, str):  # a numpy scalar
        value = value.item()
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def number_or_none(value: Any) -> float | None:
    """A float for a finite number, None for a blank (NaN, None)."""
    return float(value) if is_number(value) else None


def percent(value: Any) -> str:
    """``54.0`` for a figure on 0-100, an en dash when there is none."""
    return f"{float(value):.1f}" if is_number(value) else "–"


def headline(result: Result) -> str:
    """The one sentence a reader needs: score, its upper bound and how much was assessed.

    A score of 0 because nothing counts says so, lest it read as "nothing is met".
    """
    bound = ""
    if is_number(result.score_upper) and round(result.score_upper, 1) != round(result.score, 1):
        bound = f" (up to {percent(result.score_upper)} if every unknown is met)"
    empty = _why_nothing_counts(result)
    return f"Score {percent(result.score)}{bound}, {percent(result.coverage)} % assessed" + (
        f" ({empty}, so nothing is scored)" if empty else "")


def no_gaps_message(result: Result) -> str:
    """What an empty action plan says: everything met, or nothing to measure."""
    empty = _why_nothing_counts(result)
    if empty:
        return f"No gaps: {empty}, so nothing is scored."
    return "No gaps: every scored recommendation is met in full."


def _why_nothing_counts(result: Result) -> str:
    """Why no recommendation counts in the score, or "" when some do."""
    total = sum(result.status_counts.values())
    if total == 0:
        return "no recommendation is scored in this scope"
    if result.status_counts.get("not_applicable", 0) == total:
        return "every scored recommendation is marked not applicable"
    return ""


def status_label(checklist: Checklist, status: Any) -> str:
    """The checklist's own name for a status (``Full``, ``Not applicable``), blank for none."""
    if not isinstance(status, str) or status not in STATUSES:
        return ""
    for level in checklist.statuses:
        if level.id == status:
            return level.label
    return status.replace("_", " ").capitalize()


def text(value: Any) -> str:
    """User or checklist text for a cell: blanks (None, NaN) become empty strings."""
    if is_blank(value):
        return ""
    return str(value)


def section_titles(checklist: Checklist) -> dict[str, str]:
    return {section.id: section.title for section in checklist.sections}


CONTEXT_STATUS = "— context, not scored"
"""What the status column shows for an unanswered item addressed to UNODC or to States jointly."""


def is_context(checklist: Checklist, item_id: str) -> bool:
    """Whether an item is context: addressed to UNODC or to States acting jointly, never scored against a State."""
    item = checklist[item_id]
    return not item.is_group and item.addressee in ("unodc", "states_jointly")


def shows_as_context(checklist: Checklist, item_id: str, status: Any) -> bool:
    """Whether an item's status reads as context rather than "Unknown": it is context and the profile left it open.

    Nobody is asked to assess what UNODC or the States together should do, so
    "Unknown" there would wrongly suggest a gap in the assessment; an answer
    the profile did give is still shown.
    """
    return is_context(checklist, item_id) and status in ("unknown", None, "")


def provenance_label(key: str) -> str:
    """A provenance key as people read it: ``checklist_sha256`` -> "Checklist SHA-256", "gapcheck version"."""
    words = ["SHA-256" if word == "sha256" else word for word in str(key).split("_")]
    label = " ".join(words)
    return label if label.startswith(("gapcheck", "SHA-256")) else label[:1].upper() + label[1:]


def item_role(checklist: Checklist, item_id: str, scored: bool) -> str:
    """Whether an item counts in the score and, when it does not, why: a group, context, the scope."""
    item = checklist[item_id]
    if scored:
        return "yes"
    if item.is_group:
        return "no: a group, answered through its sub-items"
    if item.addressee == "unodc":
        return "no: addressed to UNODC (context)"
    if item.addressee == "states_jointly":
        return "no: for States acting jointly (context)"
    return "no: outside the legislative scope"


def compared_with(peers: str, group: str) -> str:
    """Whom a jurisdiction was compared with, in words; a group of one is said to be why it is all the others."""
    if peers != "all":
        return f"group {peers}"
    return f"all other jurisdictions (the only one in {group})" if group else "all other jurisdictions"


def no_peers_message(comparison: Comparison) -> str:
    """What an empty Peers table says: there is no one to compare with, or no one is behind."""
    if len(comparison.profiles) < 2:
        return "Only one jurisdiction is compared, so there are no peers to compare it with."
    return "No jurisdiction is below its peers' median on any item."


def crosswalk_alignment(result: Result) -> list[dict[str, Any]]:
    """Alignment by treaty article: each article a scored item maps to, with those items, the share met and assessed.

    ``met`` is the weighted share of the mapped items met (partial counts
    half, unknown as not met, not applicable left out), on 0-100; it is None
    when none of them has been assessed, so that an article no one looked at
    does not read as "0 % met", and when every one is not applicable.
    ``assessed`` is the weighted share of the mapped items that are not
    unknown (None when every one is not applicable).
    """
    from gapcheck._treaties import treaty_articles

    headings = treaty_articles()
    statuses = {row.id: (row.status, row.value, row.weight) for row in result.items.itertuples() if row.scored}
    articles: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for item_id in statuses:
        crosswalk = result.checklist[item_id].crosswalk
        for treaty, refs in (("budapest", crosswalk.budapest), ("un", crosswalk.un)):
            for ref in refs:
                articles.setdefault((treaty, int(ref.split("(")[0])), []).append((item_id, ref))
    order = {name: position for position, name in enumerate(TREATY_NAMES)}
    return [
        {
            "treaty": treaty,
            "article": number,
            "heading": headings.get(treaty, {}).get(number, ""),
            "items": [{"id": item_id, "reference": ref, "status": statuses[item_id][0]} for item_id, ref in mapped],
            **_shares([statuses[item_id] for item_id, _ in mapped]),
        }
        for (treaty, number), mapped in sorted(articles.items(), key=lambda kv: (order[kv[0][0]], kv[0][1]))
    ]


def _shares(rows: list[tuple[str, Any, Any]]) -> dict[str, float | None]:
    """``met`` and ``assessed`` (0-100) of the items mapped to one article, weighted, not applicable left out."""
    counted = [(status, float(weight), number_or_none(value) or 0.0) for status, value, weight in rows
               if status != "not_applicable"]
    total = sum(weight for _, weight, _ in counted)
    if not total:
        return {"met": None, "assessed": None}
    assessed = sum(weight for status, weight, _ in counted if status != "unknown")
    met = 100.0 * sum(weight * value for _, weight, value in counted) / total if assessed else None
    return {"met": met, "assessed": 100.0 * assessed / total}


def article_state(article: Mapping[str, Any]) -> str:
    """How a crosswalk article reads when it has no share met: "not assessed", "not applicable", or "" (it has)."""
    if article["met"] is not None:
        return ""
    return "not assessed" if article["assessed"] is not None else "not applicable"
