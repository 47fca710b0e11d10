"""``gapcheck compare``, ``gapcheck dual-criminality`` and ``gapcheck progress``: many jurisdictions, two dates.

The API is imported inside the handlers, so that ``gapcheck --help`` stays
instant and never loads pandas. Problems in single inputs do not stop a
batch: they are printed as a table on stderr, listed in the report, and the
exit status is 1.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO

from gapcheck._cli._common import (
    SHOWN_WARNINGS,
    add_force_option,
    add_paper_option,
    add_scoring_options,
    check_outputs,
    print_document,
    print_issues,
    reported_with,
)
from gapcheck._cli._scoring import _existing, _file_of

BAR_WIDTH = 20


def register(commands: argparse._SubParsersAction) -> None:
    """Add ``compare``, ``dual-criminality`` and ``progress`` to the parser."""
    _register_compare(commands)
    _register_dual_criminality(commands)
    _register_progress(commands)


def _register_compare(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "compare",
        help="compare many jurisdictions side by side",
        description="Compare jurisdictions side by side: ranking (with the best and worst rank each one's bounds "
        "allow), group figures, the status matrix, section scores, shared gaps, where each is behind its peers, "
        "and dual criminality between every pair. PATH is a profile file, a folder (every .xlsx, .csv and .json "
        "inside), a quoted glob pattern or FILE#CODE; a long table with a jurisdiction column counts as many. An "
        "unreadable input is listed and left out; the others are compared and the exit status is 1.",
        epilog="Example: gapcheck compare examples/ -o comparison.xlsx -o comparison.md",
    )
    parser.add_argument("paths", metavar="PATH", nargs="+", help="profile files, folders or glob patterns")
    parser.add_argument("-o", "--output", metavar="REPORT", action="append", default=[],
                        help="the report to write: .xlsx (a workbook with Overview, Matrix, Sections, Shared gaps, "
                        "Peers, Dual criminality, Obstacles, Input issues and About sheets), .json or .md; repeat "
                        "for several formats; without it the ranking is only printed")
    parser.add_argument("--min-coverage", type=float, default=75.0, metavar="PERCENT",
                        help="below this share assessed a jurisdiction's rank is provisional (default: %(default)g)")
    add_force_option(parser)
    add_paper_option(parser)
    add_scoring_options(parser, "the newest version the inputs were assessed against")
    parser.set_defaults(handler=_compare)


def _register_dual_criminality(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "dual-criminality",
        help="which offences pass a dual-criminality test between two jurisdictions",
        description="For two jurisdictions, every offence: 'both' (both cover it fully: extradition for that "
        "conduct passes a dual-criminality test), 'only X' (an obstacle: the other side lacks it) or 'neither'; "
        "then the share that passes. A and B are profile files; FILE#CODE picks one jurisdiction (by code or "
        "name) from a file holding many.",
        epilog="Example: gapcheck dual-criminality examples/aurelia.xlsx examples/borealis.xlsx -o pair.xlsx",
    )
    parser.add_argument("first", metavar="A", help="a profile file, or FILE#CODE")
    parser.add_argument("second", metavar="B", help="a profile file, or FILE#CODE")
    parser.add_argument("-c", "--checklist", metavar="CHECKLIST",
                        help="checklist id, id@version or file (default: the newer version of the two)")
    parser.add_argument("-o", "--output", metavar="REPORT", action="append", default=[],
                        help="a report to write: .xlsx, .json or .md (repeat for several formats)")
    parser.add_argument("--format", choices=("table", "json"), default="table",
                        help="print a table (default) or JSON")
    add_force_option(parser)
    add_paper_option(parser)
    parser.set_defaults(handler=_dual_criminality)


def _register_progress(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "progress",
        help="what changed between two assessments of one jurisdiction",
        description="Compare an older and a newer assessment of one jurisdiction, also across checklist "
        "versions: where the change of score came from (law or practice, items newly assessed, items no longer "
        "assessed, the checklist's own change), and items improved, regressed, bills tabled, unchanged, newly "
        "assessed, no longer assessed or reclassified. FILE#CODE picks one jurisdiction from a file holding many.",
        epilog="Example: gapcheck progress examples/history/deltaria-2024.xlsx examples/deltaria.xlsx "
        "-o deltaria-progress.xlsx",
    )
    parser.add_argument("old", metavar="OLD", help="the older assessment (a profile file, or FILE#CODE)")
    parser.add_argument("new", metavar="NEW", help="the newer assessment (a profile file, or FILE#CODE)")
    parser.add_argument("-o", "--output", metavar="REPORT", action="append", default=[],
                        help="the report to write: .xlsx (Summary with a chart, Items, Input issues, About), "
                        ".json or .md; repeat for several formats")
    add_force_option(parser)
    add_paper_option(parser)
    add_scoring_options(parser, "the newest version the inputs were assessed against")
    parser.set_defaults(handler=_progress)


# --- compare ---------------------------------------------------------------------------------


def _compare(args: argparse.Namespace) -> int:
    import gapcheck

    files, _ = gapcheck.input_files(args.paths)
    inputs = [*map(str, files), *_existing(args.checklist), *_existing(args.tailoring)]
    outputs = check_outputs(args.output, inputs, args.force)  # before reading: a batch may take a while
    comparison = gapcheck.compare(args.paths, args.checklist, model=args.model, scope=args.scope,
                                  tailoring=args.tailoring, min_coverage=args.min_coverage,
                                  on_file=progress_bar(sys.stderr))
    print_issues(comparison.issues, sys.stderr, limit=SHOWN_WARNINGS)
    written = [gapcheck.write_report(comparison, output, inputs=inputs, overwrite=args.force, paper=args.paper)
               for output in outputs]
    print_document(comparison)
    for path in written:
        print(f"Report written to {path}")
    return 1 if comparison.has_errors else 0


def progress_bar(stream: IO[str]) -> Callable[[int, int, Path | None], None] | None:
    """A one-line ``[#####.....] 37/193 reading xka.xlsx`` on a terminal; nothing when output is redirected."""
    if not stream.isatty():
        return None
    shown = [0]

    def show(done: int, total: int, path: Path | None) -> None:
        if total < 2:
            return
        if path is None:
            stream.write("\r" + " " * shown[0] + "\r")
        else:
            filled = BAR_WIDTH * done // total
            line = f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total} reading {path.name}"
            line = line[: max(shutil.get_terminal_size((80, 24)).columns - 1, 20)]
            stream.write("\r" + line.ljust(shown[0]))
            shown[0] = len(line)
        stream.flush()

    return show


# --- dual criminality ------------------------------------------------------------------------


def _dual_criminality(args: argparse.Namespace) -> int:
    import json

    import gapcheck

    inputs = [_file_of(args.first), _file_of(args.second), *_existing(args.checklist)]
    outputs = list(dict.fromkeys(args.output))
    with reported_with(gapcheck.report_path_issues(outputs, inputs, args.force)):
        pair = gapcheck.dual_criminality(args.first, args.second, args.checklist)
    print_issues([i for p in pair.profiles for i in p.issues], sys.stderr, limit=SHOWN_WARNINGS)
    written = [gapcheck.write_report(pair, output, inputs=inputs, overwrite=args.force, paper=args.paper)
               for output in outputs]
    if args.format == "json":
        json.dump(gapcheck.report_data(pair), sys.stdout, indent=2, ensure_ascii=False)  # what the .json report holds
        sys.stdout.write("\n")
    else:
        print_document(pair)
    for path in written:
        print(f"Report written to {path}", file=sys.stderr if args.format == "json" else sys.stdout)
    return 0


# --- progress --------------------------------------------------------------------------------


def _progress(args: argparse.Namespace) -> int:
    import gapcheck

    inputs = [_file_of(args.old), _file_of(args.new), *_existing(args.checklist), *_existing(args.tailoring)]
    outputs = list(dict.fromkeys(args.output))
    with reported_with(gapcheck.report_path_issues(outputs, inputs, args.force)):
        result = gapcheck.progress(args.old, args.new, args.checklist, model=args.model, scope=args.scope,
                                   tailoring=args.tailoring)
    print_issues(result.issues, sys.stderr, limit=SHOWN_WARNINGS)
    written = [gapcheck.write_report(result, output, inputs=inputs, overwrite=args.force, paper=args.paper)
               for output in outputs]
    print_document(result)
    for path in written:
        print(f"Report written to {path}")
    return 0
