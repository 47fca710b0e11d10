"""Commands about checklists: list them, show one, validate a file, compare two versions."""

from __future__ import annotations

import argparse
import json
import sys

from gapcheck._cli._common import print_document


def register(commands: argparse._SubParsersAction) -> None:
    """Add `checklists` and `checklist show|diff|validate`."""
    listing = commands.add_parser("checklists", help="list the bundled checklists")
    listing.set_defaults(handler=_list)

    checklist = commands.add_parser("checklist", help="show, validate or compare checklists")
    actions = checklist.add_subparsers(dest="action", metavar="ACTION", required=True)

    show = actions.add_parser("show", help="print a checklist's items, with the points each is worth")
    show.add_argument("ref", metavar="ID[@VERSION]|FILE", help="e.g. eg-cybercrime-2018 or eg-cybercrime-2018@1.0.0")
    show.add_argument("--format", choices=("table", "json", "csv"), default="table")
    show.set_defaults(handler=_show)

    check = actions.add_parser("validate", help="check a checklist file against the schema and its rules")
    check.add_argument("ref", metavar="FILE|ID[@VERSION]")
    check.set_defaults(handler=_validate)

    diff = actions.add_parser("diff", help="items added, removed, renamed and changed between two versions")
    diff.add_argument("old", metavar="OLD")
    diff.add_argument("new", metavar="NEW")
    diff.add_argument("--format", choices=("table", "json"), default="table")
    diff.set_defaults(handler=_diff)


def _list(args: argparse.Namespace) -> int:
    import gapcheck

    print_document(gapcheck.list_checklists())
    return 0


def _show(args: argparse.Namespace) -> int:
    import gapcheck

    checklist = gapcheck.load_checklist(args.ref)
    if args.format == "table":
        print_document(checklist)
        return 0
    frame = checklist.to_frame()
    if args.format == "csv":
        frame.to_csv(sys.stdout, index=False, lineterminator="\n")
    else:
        json.dump(frame.to_dict(orient="records"), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    return 0


def _validate(args: argparse.Namespace) -> int:
    import gapcheck

    checklist = gapcheck.load_checklist(args.ref)
    print(f"{checklist.ref}: valid ({len(checklist.items)} items, {len(checklist.scored_items)} scored)")
    return 0


def _diff(args: argparse.Namespace) -> int:
    import gapcheck

    diff = gapcheck.diff_checklists(args.old, args.new)
    if args.format == "json":
        json.dump(diff.to_dict(), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print_document(diff)
    return 0
