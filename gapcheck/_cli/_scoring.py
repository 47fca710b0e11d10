"""``gapcheck score``: read a profile, score it, print the headline and every warning, write the reports asked for.

The API is imported inside the handler, so that ``gapcheck --help`` stays
instant and never loads pandas.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gapcheck._cli._common import (
    SHOWN_WARNINGS,
    add_force_option,
    add_paper_option,
    add_scoring_options,
    print_document,
    print_issues,
    reported_with,
)


def register(commands: argparse._SubParsersAction) -> None:
    """Add ``gapcheck score`` to the parser."""
    parser = commands.add_parser(
        "score",
        help="score a profile: print the headline, write the gap report",
        description="Score one jurisdiction's profile against its checklist: print who was assessed, the "
        "headline, the top known gaps, what to assess first and every warning, and write the gap report asked "
        "for. The report format follows the suffix of the report name: .xlsx (a workbook with Summary, Items, "
        "Gaps, Assess first, Crosswalk, Input issues and About sheets), .json or .md. Without -o nothing is "
        "written.",
        epilog="Example: gapcheck score examples/aurelia.xlsx -o aurelia-report.xlsx -o aurelia-report.md",
    )
    parser.add_argument("profile", metavar="PROFILE",
                        help="the filled-in profile (.xlsx, .csv or .json); FILE#CODE picks one jurisdiction "
                        "(by code or name) from a file holding many")
    parser.add_argument("-o", "--output", metavar="REPORT", action="append", default=[],
                        help="a report to write: .xlsx, .json or .md (repeat to write several formats)")
    add_force_option(parser)
    add_paper_option(parser)
    add_scoring_options(parser, "the version the profile names")
    parser.set_defaults(handler=_score)


def _score(args: argparse.Namespace) -> int:
    import gapcheck

    inputs = [_file_of(args.profile), *_existing(args.checklist), *_existing(args.tailoring)]
    outputs = list(dict.fromkeys(args.output))
    with reported_with(gapcheck.report_path_issues(outputs, inputs, args.force)):
        result = gapcheck.score(args.profile, args.checklist, model=args.model, scope=args.scope,
                                tailoring=args.tailoring)
    print_issues([i for i in result.issues if not i.is_error], sys.stderr, limit=SHOWN_WARNINGS)
    written = [gapcheck.write_report(result, output, inputs=inputs, overwrite=args.force, paper=args.paper)
               for output in outputs]
    print_document(result)
    for path in written:
        print(f"Report written to {path}")
    return 0


def _file_of(spec: str) -> str:
    """The file of a ``FILE#CODE`` (the whole text when the file's own name holds '#')."""
    if "#" in spec and not Path(spec).exists():
        return spec.rpartition("#")[0]
    return spec


def _existing(path: str | None) -> list[str]:
    return [path] if path and Path(path).is_file() else []
