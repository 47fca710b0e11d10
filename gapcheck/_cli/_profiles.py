"""Commands for profiles: ``gapcheck template`` writes the workbook to fill in, ``gapcheck validate`` checks it.

The public API is imported inside each handler, so that ``gapcheck --help``
loads neither pandas nor openpyxl.
"""

from __future__ import annotations

import argparse
import glob
import sys
from collections.abc import Sequence
from pathlib import Path

from gapcheck._cli._output import print_issues
from gapcheck._errors import Issue, has_errors

CHECKLIST_HELP = "checklist id, id@version or a checklist file (default: the newest eg-cybercrime-2018)"


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``template`` and ``validate`` to the parser."""
    template = commands.add_parser(
        "template", help="write a blank assessment template (.xlsx) to fill in",
        description="Write the assessment workbook: Instructions, Jurisdiction, Assessment (one row per "
        "recommendation, with a status drop-down) and the context items that are never scored.")
    template.add_argument("-c", "--checklist", metavar="CHECKLIST", help=CHECKLIST_HELP)
    template.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", help="where to write the template")
    template.add_argument("--force", action="store_true", help="replace FILE.xlsx if it already exists")
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
    from gapcheck import load_checklist, write_template

    checklist = load_checklist(args.checklist or "eg-cybercrime-2018")
    path = write_template(args.output, checklist, overwrite=args.force)
    print(f"Wrote {path}: {len(checklist.scored_items)} recommendations of {checklist.ref} to assess.")
    return 0


def _validate(args: argparse.Namespace) -> int:
    from gapcheck import validate_profile
    from gapcheck._readers._own_reports import left_out_if_report

    files, issues = _files_to_validate(args.paths)
    found = {path: validate_profile(path, args.checklist) for path in files}
    found = {path: left_out_if_report(path, problems) if files[path] else problems for path, problems in found.items()}
    issues += [issue for problems in found.values() for issue in problems]
    print_issues(issues, sys.stdout, fmt=args.format)
    if args.format == "table":
        for path, problems in found.items():
            if not problems:
                print(f"{path}: no problems found")
    return 1 if has_errors(issues) else 0


def _files_to_validate(paths: Sequence[str]) -> tuple[dict[str, bool], list[Issue]]:
    """Each path as given; a folder or a quoted pattern as the profile files it holds, as ``compare`` reads them.

    Each file maps to whether it was found in a folder or a pattern: a report gapcheck wrote there is left out
    with a warning, as ``compare`` leaves it out; named directly, it is an error.
    """
    from gapcheck._batch import expand_paths

    files: dict[str, bool] = {}
    issues: list[Issue] = []
    for given in paths:
        if Path(given).is_dir() or (glob.has_magic(given) and not Path(given).exists()):
            matches, problems = expand_paths([given])
            issues += problems
            for match in matches:
                files.setdefault(str(match), True)
        else:
            files.setdefault(given, False)
    return files, issues
