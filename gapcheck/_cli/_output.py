"""Printing for the command line: plain text tables that fit a terminal, and issue lists."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import textwrap
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import IO

from gapcheck._errors import GapcheckError, Issue, OutputError
from gapcheck._result import MODELS, SCOPES

_GLUE = "\u00a0"
"""Joins a location's "›" to the word before it, so that a wrapped location never starts a line with it."""

NARROW = 100
"""Below this width the issues are listed one block each: five columns would leave a few letters per line."""


def terminal_width() -> int:
    return shutil.get_terminal_size((120, 24)).columns


def render_table(headers: Sequence[str], rows: Iterable[Sequence[object]], max_width: int | None = None) -> str:
    """A plain text table that fits ``max_width``: the widest columns wrap at spaces, never inside a word.

    A column is not narrowed below its longest word (a code such as ``checklist-not-found`` stays whole); when
    even that does not fit, the table runs wider than asked rather than break a word. Headers wrap like cells.
    """
    body = [[_glued("" if cell is None else str(cell)) for cell in row] for row in rows]
    max_width = max_width or terminal_width()
    columns = [[h, *(row[i] for row in body)] for i, h in enumerate(headers)]
    widths = [max(len(line) for cell in column for line in cell.splitlines() or [""]) for column in columns]
    floors = [max(len(word) for cell in column for word in cell.split() or [""]) for column in columns]
    while sum(widths) + 2 * (len(widths) - 1) > max_width:
        narrowable = [i for i, w in enumerate(widths) if w > floors[i]]
        if not narrowable:
            break
        widths[max(narrowable, key=lambda i: widths[i])] -= 1
    lines = [*_row_lines(headers, widths), _join(["-" * w for w in widths], widths)]
    for row in body:
        lines.extend(_row_lines(row, widths))
    return "\n".join(line.rstrip().replace(_GLUE, " ") for line in lines)


def _row_lines(row: Sequence[str], widths: Sequence[int]) -> list[str]:
    wrapped = [_wrap(cell, width) for cell, width in zip(row, widths)]
    return [_join([parts[depth] if depth < len(parts) else "" for parts in wrapped], widths)
            for depth in range(max(len(parts) for parts in wrapped))]


def _glued(text: str) -> str:
    return text.replace(" › ", f"{_GLUE}› ")


def _wrap(cell: str, width: int) -> list[str]:
    return [part for line in cell.splitlines() or [""]
            for part in textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [""]]


def _join(cells: Sequence[str], widths: Sequence[int]) -> str:
    return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths))


def issues_table(issues: Sequence[Issue], max_width: int | None = None) -> str:
    """The issues grouped by file, each group headed by the file's name: a table, or blocks when narrow.

    A path is never put inside a column: in a narrow terminal it would wrap in the middle of the name, and the
    user could no longer find or copy it. Issues tied to no file (a bad option, say) come first.
    """
    max_width = max_width or terminal_width()
    headers = ("severity", "code", "where", "problem", "what to do")
    groups: list[str] = []
    for file in sorted(dict.fromkeys(i.file for i in issues), key=lambda f: f is not None):
        chosen = [i for i in issues if i.file == file]
        if max_width >= NARROW:
            body = render_table(headers, [(i.severity, i.code, i.place or ("whole file" if file else ""), i.message,
                                           i.hint) for i in chosen], max_width)
        else:
            body = _blocks([(i.severity, i.code, i.place, i.message, i.hint) for i in chosen], max_width)
        heading = f"In {file}:\n" if file else ""
        groups.append(heading + body)
    return "\n\n".join(groups)


def _blocks(rows: Sequence[Sequence[str]], width: int) -> str:
    """One issue a block: what and where on the first line, then the problem and what to do, indented."""
    blocks = []
    for severity, code, place, message, hint in rows:
        head = f"{severity} {code}" + (f" at {place}" if place else "")
        text = [head, *textwrap.wrap(message, width, initial_indent="  ", subsequent_indent="  ",
                                     break_long_words=False, break_on_hyphens=False)]
        if hint:
            text += textwrap.wrap(f"What to do: {hint}", width, initial_indent="  ", subsequent_indent="  ",
                                  break_long_words=False, break_on_hyphens=False)
        blocks.append("\n".join(text))
    return "\n".join(blocks)


def print_issues(issues: Sequence[Issue], stream: IO[str] | None = None, fmt: str = "table") -> None:
    """Print every issue at once, errors first, then a one-line count."""
    stream = stream or sys.stdout
    ordered = sorted(issues, key=lambda i: (not i.is_error,))
    if fmt == "json":
        json.dump([i.to_dict() for i in ordered], stream, indent=2, ensure_ascii=False)
        stream.write("\n")
        return
    if not ordered:
        return
    stream.write(issues_table(ordered) + "\n")
    errors = sum(i.is_error for i in ordered)
    stream.write(f"{errors} error(s), {len(ordered) - errors} warning(s)\n")


def check_outputs(outputs: Sequence[str], inputs: Sequence[object], overwrite: bool = False) -> list[str]:
    """The report names, each once, after refusing every bad one at once (unknown format, an input file, no such
    folder, another file in the way) before any work."""
    distinct = list(dict.fromkeys(outputs))
    issues = output_issues(distinct, inputs, overwrite)
    if issues:
        raise OutputError("the report cannot be written where asked", issues)
    return distinct


def output_issues(outputs: Sequence[str], inputs: Sequence[object], overwrite: bool = False) -> list[Issue]:
    """Every problem with the report names, as data."""
    from gapcheck._reports import check_replaceable, report_format
    from gapcheck._safety import check_output_path

    issues: list[Issue] = []
    for output in outputs:
        try:
            check_output_path(output, inputs)  # type: ignore[arg-type]  # a folder is named as a folder
            check_replaceable(output, overwrite)
            report_format(output)
        except OutputError as exc:
            issues.extend(exc.issues)
    return issues


@contextmanager
def reported_with(output_problems: Sequence[Issue]) -> Iterator[None]:
    """Report the problems of the report names together with those of the inputs read in the block.

    A user who mistyped both the profile and the report name hears of both at once, not one per run.
    """
    try:
        yield
    except GapcheckError as exc:
        if not output_problems:
            raise
        raise type(exc)(f"{exc}; and the report cannot be written where asked",
                        [*exc.issues, *output_problems]) from None
    if output_problems:
        raise OutputError("the report cannot be written where asked", output_problems)


def add_force_option(parser: argparse.ArgumentParser) -> None:
    """--force, worded alike wherever a command writes reports."""
    parser.add_argument("--force", action="store_true",
                        help="replace an existing file that is not a gapcheck report (earlier reports are always "
                        "replaced)")


def add_scoring_options(parser: argparse.ArgumentParser, checklist_default: str) -> None:
    """-c/--checklist, --model and --scope, worded alike wherever a command scores."""
    parser.add_argument("-c", "--checklist", metavar="CHECKLIST",
                        help=f"checklist id, id@version or file (default: {checklist_default})")
    parser.add_argument("--model", choices=MODELS, default="default",
                        help="XCCDF 1.2 scoring model (default: %(default)s)")
    parser.add_argument("--scope", choices=SCOPES, default="all",
                        help="'legislative' keeps only what can be checked against statute text "
                        "(default: %(default)s)")
