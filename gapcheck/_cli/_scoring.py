"""``gapcheck score``: read a profile, score it, write the gap report and print the headline.

The API is imported inside the handler, so that ``gapcheck --help`` stays
instant and never loads pandas.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from gapcheck._cli._output import add_force_option, add_scoring_options, output_issues, render_table, reported_with

if TYPE_CHECKING:
    from gapcheck._checklist import Checklist
    from gapcheck._profile import Profile
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
    parser.add_argument("profile", metavar="PROFILE",
                        help="the filled-in profile (.xlsx, .csv or .json); FILE#CODE picks one jurisdiction "
                        "(by code or name) from a file holding many")
    parser.add_argument("-o", "--output", metavar="REPORT", action="append", required=True,
                        help="the report to write; .xlsx, .json or .md (repeat to write several formats)")
    add_force_option(parser)
    add_scoring_options(parser, "the version the profile names")
    parser.set_defaults(handler=_score)


def _score(args: argparse.Namespace) -> int:
    from gapcheck import load_checklist, score, write_report
    from gapcheck._batch import split_spec

    path, key = split_spec(args.profile)
    inputs = [path, *([args.checklist] if args.checklist and Path(args.checklist).is_file() else [])]
    outputs = list(dict.fromkeys(args.output))
    with reported_with(output_issues(outputs, inputs, args.force)):
        checklist = load_checklist(args.checklist) if args.checklist else None
        profile = _read(path, key, checklist)
    result = score(profile, checklist, model=args.model, scope=args.scope)
    written = [write_report(result, output, inputs=inputs, overwrite=args.force) for output in outputs]
    print(summary(result, written))
    return 0


def _read(path: Path, key: str | None, checklist: Checklist | None) -> Profile:
    """The profile to score: the file's only one, or the jurisdiction ``key`` names (``FILE#CODE``)."""
    from gapcheck import read_profiles
    from gapcheck._batch import jurisdiction_key, pick_jurisdiction
    from gapcheck._errors import Issue, ProfileError

    profiles = read_profiles(path, checklist)
    if key is not None:
        return pick_jurisdiction(profiles, key, str(path))
    if len(profiles) == 1:
        return profiles[0]
    first = jurisdiction_key(profiles[0], profiles)
    raise ProfileError(f"{path}: holds {len(profiles)} jurisdictions, not one", [Issue(
        "several-jurisdictions", f"The file holds {len(profiles)} jurisdictions: "
        f"{', '.join(p.jurisdiction.label for p in profiles)}.", file=str(path),
        hint=f"Score one of them by naming it after a '#', e.g. gapcheck score '{path}#{first}' -o report.xlsx; "
        f"or compare them all with gapcheck compare {path}.")])


def summary(result: Result, written: Sequence[Path]) -> str:
    """What the terminal shows after scoring: who, against what, the headline and the first gaps."""
    from gapcheck._reports import headline, no_gaps_message, status_label

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
        lines.append(no_gaps_message(result))
    else:
        lines.append(f"Top {min(TOP_GAPS, len(gaps))} of {len(gaps)} gaps (the full action plan is in the report):")
        rows = [(int(g.rank), g.id, g.title, status_label(result.checklist, g.status))
                for g in gaps.head(TOP_GAPS).itertuples()]
        lines.append(render_table(("rank", "item", "recommendation", "status"), rows))
    warnings = sum(not issue.is_error for issue in result.issues)
    lines += ["", f"{warnings} warning(s) while reading the profile" + (" (listed in the report)" if warnings else "")]
    lines += [f"Report written to {path}" for path in written]
    return "\n".join(lines)
