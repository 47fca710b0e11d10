"""What every command shares: printing issues and summaries, and the options worded alike everywhere.

Everything printed comes from the public API (``gapcheck.render_text``,
``gapcheck.render_issues``); this module only decides where it goes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import IO, Any

from gapcheck._errors import GapcheckError, Issue, OutputError

SHOWN_WARNINGS = 20
"""Warnings printed on the terminal before "... and N more"; every one is in the report."""


def print_issues(issues: Sequence[Issue], stream: IO[str] | None = None, fmt: str = "table",
                 limit: int | None = None) -> None:
    """Print every issue at once (errors first) with a one-line count; with ``limit``, at most that many warnings."""
    import gapcheck

    stream = stream or sys.stdout
    if fmt == "json":
        ordered = sorted(issues, key=lambda i: not i.is_error)
        json.dump([i.to_dict() for i in ordered], stream, indent=2, ensure_ascii=False)
        stream.write("\n")
        return
    text = gapcheck.render_issues(issues, limit=limit)
    if text:
        stream.write(text + "\n")


def print_document(document: Any, stream: IO[str] | None = None) -> None:
    import gapcheck

    (stream or sys.stdout).write(gapcheck.render_text(document) + "\n")


def check_outputs(outputs: Sequence[str], inputs: Sequence[object], overwrite: bool = False) -> list[str]:
    """The report names, each once, after refusing every bad one at once, before any work."""
    import gapcheck

    distinct = list(dict.fromkeys(outputs))
    problems = gapcheck.report_path_issues(distinct, inputs, overwrite)  # type: ignore[arg-type]
    if problems:
        raise OutputError("the report cannot be written where asked", problems)
    return distinct


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


def add_paper_option(parser: argparse.ArgumentParser) -> None:
    """--paper, worded alike wherever a command writes a workbook, offering the papers workbooks are laid out for."""
    import gapcheck

    parser.add_argument("--paper", choices=tuple(gapcheck.PAPERS), default="a4",
                        help="the paper an .xlsx workbook is laid out to print on (default: %(default)s)")


def add_force_option(parser: argparse.ArgumentParser) -> None:
    """--force, worded alike wherever a command writes reports."""
    parser.add_argument("--force", action="store_true",
                        help="replace an existing file that is not a gapcheck report (earlier reports are always "
                        "replaced)")


def add_scoring_options(parser: argparse.ArgumentParser, checklist_default: str) -> None:
    """-c/--checklist, --model, --scope and --tailoring, worded alike wherever a command scores."""
    import gapcheck

    parser.add_argument("-c", "--checklist", metavar="CHECKLIST",
                        help=f"checklist id, id@version or file (default: {checklist_default})")
    parser.add_argument("--model", choices=gapcheck.MODELS, default="default",
                        help="XCCDF 1.2 scoring model (default: %(default)s)")
    parser.add_argument("--scope", choices=gapcheck.SCOPES, default="all",
                        help="'legislative' keeps only what can be checked against statute text "
                        "(default: %(default)s)")
    add_tailoring_option(parser)


def add_tailoring_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--tailoring", metavar="FILE",
                        help="a tailoring file (YAML) that selects items and sets weights for a programme's purpose")
