"""Commands for profiles: ``gapcheck template`` writes the workbook to fill in, ``gapcheck validate`` checks it.

The public API is imported inside each handler, so that ``gapcheck --help``
loads neither pandas nor openpyxl.
"""

from __future__ import annotations

import argparse
import sys

from gapcheck._cli._common import add_paper_option, add_tailoring_option, print_issues

CHECKLIST_HELP = "checklist id, id@version or a checklist file (default: the newest eg-cybercrime-2018)"


def register(commands: argparse._SubParsersAction) -> None:
    """Add ``template`` and ``validate`` to the parser."""
    template = commands.add_parser(
        "template", help="write a blank assessment template (.xlsx) to fill in",
        description="Write the assessment workbook: Instructions, Jurisdiction, Assessment (one row per "
        "recommendation, with a status drop-down) and the context items that are never scored.")
    template.add_argument("-c", "--checklist", metavar="CHECKLIST", help=CHECKLIST_HELP)
    template.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", help="where to write the template")
    template.add_argument("--force", action="store_true", help="replace FILE.xlsx if it already exists")
    add_tailoring_option(template)
    add_paper_option(template)
    template.set_defaults(handler=_template)

    validate = commands.add_parser(
        "validate", help="check profiles and list every problem",
        description="Read each profile (.xlsx, .csv or .json) and list every problem at once, with where it is. "
        "Exit status 1 when any is an error, 0 otherwise (warnings do not stop scoring).")
    validate.add_argument("paths", nargs="+", metavar="PATH",
                          help="profile files to check; a folder or a quoted glob pattern stands for the profile "
                          "files it holds")
    validate.add_argument("-c", "--checklist", metavar="CHECKLIST",
                          help="read against this checklist instead of the one each file names")
    validate.add_argument("--format", choices=("table", "json"), default="table",
                          help="print the problems as a table (default) or as JSON")
    validate.set_defaults(handler=_validate)


def _template(args: argparse.Namespace) -> int:
    import gapcheck

    path = gapcheck.write_template(args.output, args.checklist, overwrite=args.force, tailoring=args.tailoring,
                                   paper=args.paper)
    checklist = gapcheck.load_checklist(args.checklist) if args.checklist else gapcheck.load_checklist()
    print(f"Wrote {path}: {len(checklist.scored_items)} recommendations of {checklist.ref} to assess.")
    return 0


def _validate(args: argparse.Namespace) -> int:
    import gapcheck
    from gapcheck._errors import has_errors

    found = gapcheck.validate_profiles(args.paths, args.checklist)
    issues = [issue for problems in found.values() for issue in problems]
    print_issues(issues, sys.stdout, fmt=args.format)
    if args.format == "table":
        for path, problems in found.items():
            if path and not problems:
                print(f"{path}: no problems found")
    return 1 if has_errors(issues) else 0
