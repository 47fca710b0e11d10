"""``gapcheck score``: read a profile, score it, write the gap report and print the headline.

The API is imported inside the handler, so that ``gapcheck --help`` stays
instant and never loads pandas.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from gapcheck._cli._output import check_outputs, render_table
from gapcheck._result import MODELS, SCOPES

if TYPE_CHECKING:
    from gapcheck._result import Result

TOP_GAPS = 5


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``gapcheck score`` to the parser."""
    parser = commands.add_parser(
        "score",
        help="score a profile and write the gap report",
        description="Score one jurisdiction's profile against its checklist and write the gap report. "
        "The report format follows the suffix of the report name: .xlsx (a workbook with Summary, Items, "
        "Gaps, Crosswalk, Input issues and About sheets), .json or .md.",
        epilog="Example: gapcheck score examples/aurelia.xlsx -o aurelia-report.xlsx -o aurelia-report.md",
    )
    parser.add_argument("profile", metavar="PROFILE", help="the filled-in profile (.xlsx, .csv or .json)")
    parser.add_argument("-o", "--output", metavar="REPORT", action="append", required=True,
                        help="the report to write; .xlsx, .json or .md (repeat to write several formats)")
    parser.add_argument("-c", "--checklist", metavar="CHECKLIST",
                        help="checklist id, id@version or file (default: the version the profile names)")
    parser.add_argument("--model", choices=MODELS, default="default",
                        help="XCCDF 1.2 scoring model (default: %(default)s)")
    parser.add_argument("--scope", choices=SCOPES, default="all",
                        help="'legislative' scores only what can be checked against statute text "
                        "(default: %(default)s)")
    parser.set_defaults(handler=_score)


def _score(args: argparse.Namespace) -> int:
    from gapcheck import load_checklist, read_profile, score, write_report

    inputs = [args.profile, *([args.checklist] if args.checklist and Path(args.checklist).is_file() else [])]
    check_outputs(args.output, inputs)
    checklist = load_checklist(args.checklist) if args.checklist else None
    profile = read_profile(args.profile, checklist)
    result = score(profile, checklist, model=args.model, scope=args.scope)
    written = [write_report(result, output, inputs=inputs) for output in args.output]
    print(summary(result, written))
    return 0


def summary(result: Result, written: Sequence[Path]) -> str:
    """What the terminal shows after scoring: who, against what, the headline and the first gaps."""
    from gapcheck._reports import headline, status_label

    profile, jurisdiction = result.profile, result.jurisdiction
    who = jurisdiction.label + (f", {jurisdiction.group}" if jurisdiction.group else "")
    when = f"assessed {profile.assessed_on.isoformat()}" if profile.assessed_on else "assessment date not stated"
    lines = [
        f"{who}: {when}" + (f" by {profile.assessor}" if profile.assessor else ""),
        f"Checklist {result.checklist.ref}, model {result.model}, scope {result.scope}",
        headline(result),
        "",
    ]
    gaps = result.gaps
    if gaps.empty:
        lines.append("No gaps: every scored recommendation is met in full.")
    else:
        lines.append(f"Top {min(TOP_GAPS, len(gaps))} of {len(gaps)} gaps (the full action plan is in the report):")
        rows = [(int(g.rank), g.id, g.title, status_label(result.checklist, g.status))
                for g in gaps.head(TOP_GAPS).itertuples()]
        lines.append(render_table(("rank", "item", "recommendation", "status"), rows))
    warnings = sum(not issue.is_error for issue in result.issues)
    lines += ["", f"{warnings} warning(s) while reading the profile" + (" (listed in the report)" if warnings else "")]
    lines += [f"Report written to {path}" for path in written]
    return "\n".join(lines)
