"""Writing outputs safely: text never becomes a live formula, files appear whole or not at all.

Every writer (template, reports, comparisons, profiles) goes through these
functions, so the rules hold everywhere:

* a cell whose text would start with ``=``, ``+``, ``-`` or ``@`` is stored as
  text, never as a formula;
* text a workbook cannot hold is made storable by the one rule of
  :mod:`gapcheck._text`, in cells and document properties alike;
* text longer than a spreadsheet cell holds is cut with a visible marker;
* an output path equal to an input path is refused, and the output is
  written to a temporary file in the same folder and renamed into place; a
  failure (a full disk, say) removes the temporary file and is reported in
  one line, never as the traceback of a library's clean-up.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from gapcheck._errors import InvalidArgumentError, OutputError, issue
from gapcheck._text import storable, workbook_text
from gapcheck._version import __version__

if TYPE_CHECKING:
    from openpyxl import Workbook

FORMULA_PREFIXES = ("=", "+", "-", "@")
MAX_CELL_CHARS = 32_767
PAPERS: dict[str, str] = {"a4": "9", "letter": "1"}
"""The papers a workbook prints on, by name, with their spreadsheet paper codes; A4 unless asked otherwise."""

MARGINS = {"left": 0.3, "right": 0.3, "top": 0.3, "bottom": 0.5, "header": 0.15, "footer": 0.22}
"""Page margins in inches, for every workbook: narrow all round (no page has a header), room for the footer."""


def footer_text(text: str, limit: int = 80) -> str:
    """Text for a page footer: one line, storable, ampersands doubled (a single one starts a code), not too long."""
    line = " ".join(workbook_text(text).split())
    if len(line) > limit:
        line = line[: limit - 1].rstrip() + "…"
    return line.replace("&", "&&")


def check_paper(paper: Any) -> str:
    """The paper's name if workbooks print on it, else an :class:`InvalidArgumentError` (``unknown-paper``)."""
    if isinstance(paper, str) and paper in PAPERS:
        return paper
    known = " or ".join(repr(name) for name in PAPERS)
    raise InvalidArgumentError(f"unknown paper {paper!r}", [issue(
        "unknown-paper", f"{paper!r} is not a paper gapcheck lays workbooks out for; use {known}.")])


TRUNCATION_MARK = " [… text cut: longer than a spreadsheet cell holds]"


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet program would read the text as a formula."""
    return text.lstrip().startswith(FORMULA_PREFIXES)


def fit_cell(text: str, limit: int = MAX_CELL_CHARS) -> str:
    """Cut text that would not fit a cell, leaving a marker that says so."""
    if len(text) <= limit:
        return text
    return text[: limit - len(TRUNCATION_MARK)] + TRUNCATION_MARK


def cell_text(text: str) -> str:
    """Any text as a workbook cell holds it: storable, escapes kept literal, cut to fit."""
    return fit_cell(workbook_text(text))


def set_text(cell: Any, value: Any) -> Any:
    """Put a value in an openpyxl cell (normal or write-only); strings always stay strings.

    openpyxl stores any string starting with ``=`` as a formula; forcing the
    data type to ``s`` keeps user text inert whatever it starts with.
    """
    if isinstance(value, str):
        cell._value = cell_text(value)  # already what a cell may hold: openpyxl's own check would add nothing
        cell.data_type = "s"
    else:
        cell.value = value
    return cell


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except (OSError, RuntimeError, ValueError):  # a symbolic link loop (RuntimeError before Python 3.13)
        return False


def is_symlink_loop(path: str | os.PathLike[str]) -> bool:
    """True for a path whose symbolic links lead back to themselves: any look at it fails with ELOOP."""
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    except ValueError:  # a path holding a NUL: not a loop, and nothing else can use it either
        return False
    return False


def check_output_path(path: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str]] = ()) -> Path:
    """Refuse to write over an input file, through a symbolic link loop, or into a folder that does not exist."""
    target = Path(path)
    looping = next((place for place in (target.parent, target) if is_symlink_loop(place)), None)
    if looping is not None:
        raise OutputError(f"{target} cannot be written: its symbolic links lead back to themselves", [issue(
            "symlink-loop", f"{'The output path' if looping == target else f'The folder {looping}'} is a symbolic "
            "link that leads back to itself.", file=str(target),
            hint="Choose another name for the file, or repair the link.")])
    for source in inputs:
        if source and _same_file(target, Path(source)):
            raise OutputError(
                f"refusing to overwrite the input file {source}",
                [issue("output-is-input", "The output path is one of the input files.", file=str(target),
                       hint="Choose another name for the report; gapcheck never modifies its inputs.")],
            )
    if not target.parent.is_dir():
        missing = not target.parent.exists()
        raise OutputError(
            f"no such folder: {target.parent}",
            [issue("output-folder-missing",
                   f"The folder {target.parent} does not exist." if missing
                   else f"{target.parent} is a file, not a folder.", file=str(target),
                   hint="Create the folder first, or choose another place for the file." if missing
                   else "Choose a folder to write the file into.")],
        )
    if target.is_dir():
        raise OutputError(
            f"{target} is a folder",
            [issue("output-is-folder", "The output path is a folder, not a file name.", file=str(target),
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
    failure: OSError | None = None
    try:
        with _quiet_cleanup():
            try:
                write(tmp)
            except OSError as exc:
                failure = _without_frames(exc)  # what holds the half-written archive goes, while noise is swallowed
        if failure is None:
            os.chmod(tmp, 0o644)
            os.replace(tmp, target)
    except OSError as exc:
        failure = exc
    except BaseException:
        _remove(tmp)
        raise
    if failure is not None:
        _remove(tmp)
        raise _not_writable(target, failure) from None
    return target


def _without_frames(exc: BaseException) -> OSError:
    """The error, and those it arose from, without their tracebacks: the frames they hold (a ZipFile half written
    to a full disk, say) are freed now, while their clean-up noise is swallowed, not when the program ends."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [exc]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        current.__traceback__ = None
        pending += [current.__context__, current.__cause__]
    assert isinstance(exc, OSError)
    return exc


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass  # the folder itself is gone or read-only: nothing more can be done, and the report says why


@contextlib.contextmanager
def _quiet_cleanup() -> Iterator[None]:
    """Keep a library's clean-up after a failed write off the terminal.

    When a disk fills up, zipfile's ``__del__`` tries to finish the archive,
    fails again and prints "Exception ignored in ..." with a traceback. The
    write has failed either way and is reported once, as ``output-not-writable``.
    """
    previous = sys.unraisablehook
    sys.unraisablehook = lambda _: None
    try:
        yield
    finally:
        gc.collect()  # run those finalisers now, while their noise is swallowed
        sys.unraisablehook = previous


def _not_writable(target: Path, exc: OSError) -> OutputError:
    """The error for a file the system would not let us write, named as the user named it, not as our temporary."""
    reason = exc.strerror or type(exc).__name__
    return OutputError(f"{target} cannot be written: {reason}", [issue(
        "output-not-writable", f"The file cannot be written there: {reason}.", file=str(target))])


def encoded(text: str) -> bytes:
    """Text output as UTF-8 with a final newline, unstorable characters made storable by the one rule."""
    return storable(text if text.endswith("\n") else text + "\n").encode("utf-8")


def write_text(path: str | os.PathLike[str], text: str, inputs: Iterable[str | os.PathLike[str]] = ()) -> Path:
    """Write a text output (JSON, Markdown, CSV) atomically, UTF-8, with a final newline."""
    data = encoded(text)

    def write(tmp: Path) -> None:
        tmp.write_bytes(data)

    return atomic_write(path, write, inputs)


class _StampedZip(ZipFile):
    """A zip archive whose every member carries one fixed time, so equal workbooks are equal bytes."""

    def __init__(self, path: Path, stamp: datetime) -> None:
        super().__init__(path, "w", ZIP_DEFLATED, allowZip64=True)
        self._date_time = (max(stamp.year, 1980), stamp.month, stamp.day, 0, 0, 0)

    def writestr(self, zinfo_or_arcname: Any, data: Any, *args: Any, **kwargs: Any) -> None:
        if isinstance(zinfo_or_arcname, str):
            zinfo_or_arcname = ZipInfo(zinfo_or_arcname, date_time=self._date_time)
            zinfo_or_arcname.compress_type = ZIP_DEFLATED
            zinfo_or_arcname.external_attr = 0o644 << 16
        super().writestr(zinfo_or_arcname, data, *args, **kwargs)

    def write(self, filename: Any, arcname: Any = None, *args: Any, **kwargs: Any) -> None:
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
    properties.title = workbook_text(title)
    properties.created = properties.modified = stamp
    ExcelWriter(workbook, _StampedZip(path, stamp)).save()


REPORT_TITLES = {
    "Gap report: ": "a gap report",
    "Comparison of ": "a comparison report",
    "Progress: ": "a progress report",
    "Dual criminality: ": "a dual-criminality report",
}
"""How :func:`save_workbook` titles gapcheck's own report workbooks, and what each is called."""
