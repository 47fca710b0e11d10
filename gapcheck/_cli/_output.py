"""Printing for the command line: plain text tables that fit a terminal, and issue lists."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import textwrap
from typing import IO, Iterable, Sequence

from gapcheck._errors import Issue, OutputError
from gapcheck._result import MODELS, SCOPES


def render_table(headers: Sequence[str], rows: Iterable[Sequence[object]], max_width: int | None = None) -> str:
    """A plain text table; the widest column wraps so that the table fits ``max_width``."""
    body = [["" if cell is None else str(cell) for cell in row] for row in rows]
    max_width = max_width or shutil.get_terminal_size((120, 24)).columns
    widths = [max([len(h)] + [max((len(line) for line in row[i].splitlines()), default=0) for row in body])
              for i, h in enumerate(headers)]
    while sum(widths) + 2 * (len(widths) - 1) > max_width and max(widths) > 12:
        widest = widths.index(max(widths))
        widths[widest] -= 1
    lines = [_join(list(headers), widths), _join(["-" * w for w in widths], widths)]
    for row in body:
        wrapped = [textwrap.wrap(cell, width) or [""] for cell, width in zip(row, widths)]
        for depth in range(max(len(parts) for parts in wrapped)):
            lines.append(_join([parts[depth] if depth < len(parts) else "" for parts in wrapped], widths))
    return "\n".join(line.rstrip() for line in lines)


def _join(cells: Sequence[str], widths: Sequence[int]) -> str:
    return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths))


def issues_table(issues: Sequence[Issue]) -> str:
    """The issues as a table; when they all concern one file, it is named once above the table."""
    files = {i.file for i in issues}
    if len(files) == 1 and None not in files:
        rows = [(i.severity, i.code, i.place, i.message, i.hint) for i in issues]
        return f"In {files.pop()}:\n" + render_table(("severity", "code", "where", "problem", "what to do"), rows)
    rows = [(i.severity, i.code, i.location, i.message, i.hint) for i in issues]
    return render_table(("severity", "code", "where", "problem", "what to do"), rows)


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


def check_outputs(outputs: Sequence[str], inputs: Sequence[object]) -> None:
    """Refuse every bad report name at once (unknown format, an input file, no such folder) before any work."""
    from gapcheck._reports import report_format
    from gapcheck._safety import check_output_path

    issues: list[Issue] = []
    for output in outputs:
        try:
            check_output_path(output, inputs)  # type: ignore[arg-type]  # a folder is named as a folder
            report_format(output)
        except OutputError as exc:
            issues.extend(exc.issues)
    if issues:
        raise OutputError("the report cannot be written where asked", issues)


def add_scoring_options(parser: argparse.ArgumentParser, checklist_default: str) -> None:
    """-c/--checklist, --model and --scope, worded alike wherever a command scores."""
    parser.add_argument("-c", "--checklist", metavar="CHECKLIST",
                        help=f"checklist id, id@version or file (default: {checklist_default})")
    parser.add_argument("--model", choices=MODELS, default="default",
                        help="XCCDF 1.2 scoring model (default: %(default)s)")
    parser.add_argument("--scope", choices=SCOPES, default="all",
                        help="'legislative' keeps only what can be checked against statute text "
                        "(default: %(default)s)")
