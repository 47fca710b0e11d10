"""Writing outputs safely: text never becomes a live formula, files appear whole or not at all.

Every writer (template, reports, comparisons) goes through these functions,
so the rules hold everywhere:

* a cell whose text would start with ``=``, ``+``, ``-`` or ``@`` is stored as
  text, never as a formula;
* text longer than a spreadsheet cell holds is cut with a visible marker;
* an output path equal to an input path is refused, and the output is
  written to a temporary file in the same folder and renamed into place.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from gapcheck._errors import Issue, OutputError
from gapcheck._version import __version__

if TYPE_CHECKING:
    from openpyxl import Workbook

FORMULA_PREFIXES = ("=", "+", "-", "@")
MAX_CELL_CHARS = 32_767
TRUNCATION_MARK = " [… text cut: longer than a spreadsheet cell holds]"


_UNSTORABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters XML cannot hold: control characters (a vertical tab pasted from a word processor, say),
lone surrogates (which a JSON file may spell as ``\\ud800``) and the non-characters U+FFFE and U+FFFF."""

_OOXML_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
"""Text like ``_x0041_`` is an escape in OOXML; escaping its underscore keeps it literal."""


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet program would read the text as a formula."""
    return text.lstrip().startswith(FORMULA_PREFIXES)


def fit_cell(text: str, limit: int = MAX_CELL_CHARS) -> str:
    """Cut text that would not fit a cell, leaving a marker that says so."""
    if len(text) <= limit:
        return text
    return text[: limit - len(TRUNCATION_MARK)] + TRUNCATION_MARK


def storable_text(text: str) -> str:
    """Text as a workbook can hold it and give back unchanged: no control characters, no live escapes."""
    return _OOXML_ESCAPE.sub(r"_x005F_\1", _UNSTORABLE.sub("", text))


def set_text(cell: Any, value: Any) -> Any:
    """Put a value in an openpyxl cell (normal or write-only); strings always stay strings.

    openpyxl stores any string starting with ``=`` as a formula; forcing the
    data type to ``s`` keeps user text inert whatever it starts with.
    """
    if isinstance(value, str):
        cell.value = fit_cell(storable_text(value))
        cell.data_type = "s"
    else:
        cell.value = value
    return cell


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def check_output_path(path: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str]] = ()) -> Path:
    """Refuse to write over an input file or into a folder that does not exist."""
    target = Path(path)
    for source in inputs:
        if source and _same_file(target, Path(source)):
            raise OutputError(
                f"refusing to overwrite the input file {source}",
                [Issue("output-is-input", "The output path is one of the input files.", file=str(target),
                       hint="Choose another name for the report; gapcheck never modifies its inputs.")],
            )
    if not target.parent.is_dir():
        missing = not target.parent.exists()
        raise OutputError(
            f"no such folder: {target.parent}",
            [Issue("output-folder-missing",
                   f"The folder {target.parent} does not exist." if missing
                   else f"{target.parent} is a file, not a folder.", file=str(target),
                   hint="Create the folder first, or choose another place for the file." if missing
                   else "Choose a folder to write the file into.")],
        )
    if target.is_dir():
        raise OutputError(
            f"{target} is a folder",
            [Issue("output-is-folder", "The output path is a folder, not a file name.", file=str(target),
                   hint="Give a file name ending in the report format, e.g. report.xlsx.")],
        )
    return target


def atomic_write(
    path: str | os.PathLike[str],
    write: Callable[[Path], None],
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> Path:
    """Call ``write(tmp)`` on a temporary file beside ``path``, then rename it into place.

    A crash or an error half-way leaves no partial report behind.
    """
    target = check_output_path(path, inputs)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=target.suffix, dir=target.parent)
    except OSError as exc:
        raise _not_writable(target, exc) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _not_writable(target, exc) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def _not_writable(target: Path, exc: OSError) -> OutputError:
    """The error for a file the system would not let us write, named as the user named it, not as our temporary."""
    reason = exc.strerror or type(exc).__name__
    return OutputError(f"{target} cannot be written: {reason}", [Issue(
        "output-not-writable", f"The file cannot be written there: {reason}.", file=str(target),
        hint="Check that the folder is yours to write in and has space, and that the file is not open in "
        "another program (a spreadsheet program keeps open files locked).")])


def encoded(text: str) -> bytes:
    """Text output as UTF-8 with a final newline; a lone surrogate (a JSON input may spell one) becomes "?"."""
    return (text if text.endswith("\n") else text + "\n").encode("utf-8", errors="replace")


def write_text(path: str | os.PathLike[str], text: str, inputs: Iterable[str | os.PathLike[str]] = ()) -> Path:
    """Write a text output (JSON, Markdown, CSV) atomically, UTF-8, with a final newline."""
    data = encoded(text)
    return atomic_write(path, lambda tmp: tmp.write_bytes(data), inputs)


class _StampedZip(ZipFile):
    """A zip archive whose every member carries one fixed time, so equal workbooks are equal bytes."""

    def __init__(self, path: Path, stamp: datetime) -> None:
        super().__init__(path, "w", ZIP_DEFLATED, allowZip64=True)
        self._date_time = (max(stamp.year, 1980), stamp.month, stamp.day, 0, 0, 0)

    def writestr(self, zinfo_or_arcname: Any, data: Any, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
        if isinstance(zinfo_or_arcname, str):
            zinfo_or_arcname = ZipInfo(zinfo_or_arcname, date_time=self._date_time)
            zinfo_or_arcname.compress_type = ZIP_DEFLATED
            zinfo_or_arcname.external_attr = 0o644 << 16
        super().writestr(zinfo_or_arcname, data, *args, **kwargs)

    def write(self, filename: Any, arcname: Any = None, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
        self.writestr(str(arcname or filename), Path(filename).read_bytes())


def document_stamp(day: date | None, fallback: date) -> datetime:
    """A workbook's created/modified time: the assessment date, else a date from the checklist."""
    chosen = day or fallback
    return datetime(chosen.year, chosen.month, chosen.day)


def save_workbook(workbook: Workbook, path: Path, stamp: datetime, title: str) -> None:
    """Save with fixed document properties and zip times: the same input gives the same bytes.

    ``Workbook.save`` stamps the current time as "modified"; writing through
    ``ExcelWriter`` keeps the stamp derived from the input instead.
    """
    from openpyxl.writer.excel import ExcelWriter

    properties = workbook.properties
    properties.creator = f"gapcheck {__version__}"
    properties.lastModifiedBy = properties.creator
    properties.title = title
    properties.created = properties.modified = stamp
    ExcelWriter(workbook, _StampedZip(path, stamp)).save()


REPORT_TITLES = {
    "Gap report: ": "a gap report",
    "Comparison of ": "a comparison report",
    "Progress: ": "a progress report",
}
"""How :func:`save_workbook` titles gapcheck's own report workbooks, and what each is called."""
