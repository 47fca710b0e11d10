"""Commands about checklists: list them, show one, compare two versions."""

from __future__ import annotations

import argparse
import json
import sys


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `checklists` and `checklist show|diff|validate`."""
    listing = commands.add_parser("checklists", help="list the bundled checklists")
    listing.set_defaults(handler=_list)

    checklist = commands.add_parser("checklist", help="show, validate or compare checklists")
    actions = checklist.add_subparsers(dest="action", metavar="ACTION", required=True)

    show = actions.add_parser("show", help="print a checklist's items")
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
    from gapcheck import list_checklists
    from gapcheck._cli._output import render_table

    rows = [
        (c.id, c.version, c.title, len(c.answerable_items), len(c.scored_items))
        for c in list_checklists()
    ]
    print(render_table(("id", "version", "title", "items", "scored"), rows))
    return 0


def _show(args: argparse.Namespace) -> int:
    from gapcheck import load_checklist
    from gapcheck._cli._output import render_table

    checklist = load_checklist(args.ref)
    frame = checklist.to_frame()
    if args.format == "csv":
        frame.to_csv(sys.stdout, index=False, lineterminator="\n")
    elif args.format == "json":
        json.dump(frame.to_dict(orient="records"), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(f"{checklist.title} ({checklist.ref})\n{checklist.caveat}\n")
        rows = [
            (
                item.id,
                ("  " if item.parent else "") + item.title,
                item.addressee.replace("_", " "),
                item.kind,
                "yes" if item.legislative else "no",
                "group" if item.is_group else ("yes" if item.scored else "no"),
            )
            for item in checklist.items
        ]
        print(render_table(("id", "title", "addressee", "kind", "legislative", "scored"), rows))
    return 0


def _validate(args: argparse.Namespace) -> int:
    from gapcheck import load_checklist

    checklist = load_checklist(args.ref)
    print(f"{checklist.ref}: valid ({len(checklist.items)} items, {len(checklist.scored_items)} scored)")
    return 0


def _diff(args: argparse.Namespace) -> int:
    from gapcheck import diff_checklists
    from gapcheck._cli._output import render_table

    diff = diff_checklists(args.old, args.new)
    if args.format == "json":
        json.dump(diff.to_dict(), sys.stdout, indent=2)
        sys.stdout.write("\n")
    elif diff.is_empty:
        print(f"{diff.old} -> {diff.new}: no item changed")
    else:
        print(f"{diff.old} -> {diff.new}")
        print(render_table(("change", "item", "detail"), diff.rows()))
    return 0
