"""``gapcheck project``: carry an assessment onto another checklist through a crosswalk, as a draft to confirm.

The API is imported inside the handler, so that ``gapcheck --help`` stays instant.
"""

from __future__ import annotations

import argparse
import sys

from gapcheck._cli._common import (
    SHOWN_WARNINGS,
    add_force_option,
    add_paper_option,
    print_document,
    print_issues,
    reported_with,
)
from gapcheck._cli._scoring import _existing, _file_of


def register(commands: argparse._SubParsersAction) -> None:
    """Add ``gapcheck project`` to the parser."""
    parser = commands.add_parser(
        "project",
        help="carry an assessment onto another checklist (say, the Budapest Convention) as a draft to confirm",
        description="Fill a profile for another checklist from an assessment, through the crosswalk between the "
        "two: over an equal or superset-of link the source status, over a subset-of or intersects link at most "
        "partial, with no link unknown. Every projected answer names the items it came from and must be "
        "confirmed. The draft is an ordinary profile (.xlsx as a filled template, .csv or .json); --report also "
        "writes its readiness report, whose headline is a range.",
        epilog="Example: gapcheck project examples/aurelia.xlsx --onto budapest-2001 -o aurelia-budapest.xlsx "
        "--report aurelia-readiness.xlsx",
    )
    parser.add_argument("profile", metavar="PROFILE",
                        help="the assessment to project (.xlsx, .csv, .json or FILE#CODE)")
    parser.add_argument("--onto", required=True, metavar="CHECKLIST",
                        help="the checklist to project onto: id, id@version or file (e.g. budapest-2001)")
    parser.add_argument("-o", "--output", required=True, metavar="DRAFT",
                        help="the projected profile to write: .xlsx (a filled template), .csv or .json")
    parser.add_argument("--report", metavar="REPORT", action="append", default=[],
                        help="also write the readiness report of the projection: .xlsx, .json or .md (repeatable)")
    parser.add_argument("--crosswalk", metavar="FILE",
                        help="a crosswalk file of your own (default: the bundled one between the two checklists)")
    import gapcheck

    parser.add_argument("--model", choices=gapcheck.MODELS, default="default",
                        help="XCCDF 1.2 scoring model of the readiness figures (default: %(default)s)")
    parser.add_argument("--scope", choices=gapcheck.SCOPES, default="all",
                        help="'legislative' keeps only what can be checked against statute text "
                        "(default: %(default)s)")
    add_paper_option(parser)
    add_force_option(parser)
    parser.set_defaults(handler=_project)


def _project(args: argparse.Namespace) -> int:
    import gapcheck

    inputs = [_file_of(args.profile), *_existing(args.onto), *_existing(args.crosswalk)]
    reports = list(dict.fromkeys(args.report))
    problems = [*gapcheck.report_path_issues([args.output], inputs, args.force),  # the draft, then the reports,
                *gapcheck.report_path_issues(reports, [*inputs, args.output], args.force)]  # which may not replace it
    with reported_with(problems):
        projection = gapcheck.project(args.profile, args.onto, crosswalk=args.crosswalk, model=args.model,
                                      scope=args.scope)
    print_issues([i for i in projection.result.issues if not i.is_error], sys.stderr, limit=SHOWN_WARNINGS)
    draft = gapcheck.write_profile(projection.profile, args.output, checklist=projection.result.checklist,
                                   inputs=inputs, overwrite=args.force)
    written = [gapcheck.write_report(projection.result, report, inputs=[*inputs, draft], overwrite=args.force,
                                     paper=args.paper) for report in reports]
    print_document(projection)
    print(f"Draft profile written to {draft}")
    for path in written:
        print(f"Report written to {path}")
    return 0
