"""``gapcheck compare``, ``gapcheck dual-criminality`` and ``gapcheck progress``: many jurisdictions, two dates.

The API is imported inside the handlers, so that ``gapcheck --help`` stays
instant and never loads pandas. Problems in single inputs do not stop a
batch: they are printed as a table on stderr, listed in the report, and the
exit status is 1.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

from gapcheck._cli._output import (
    add_force_option,
    add_scoring_options,
    check_outputs,
    output_issues,
    print_issues,
    render_table,
    reported_with,
)
from gapcheck._errors import ComparisonError, Issue

if TYPE_CHECKING:
    from gapcheck._compare import Comparison
    from gapcheck._progress import Progress

SHOWN_RANKS = 10
SHOWN_WARNINGS = 20
SHOWN_GAPS = 5
BAR_WIDTH = 20


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``compare``, ``dual-criminality`` and ``progress`` to the parser."""
    _register_compare(commands)
    _register_dual_criminality(commands)
    _register_progress(commands)


def _register_compare(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "compare",
        help="compare many jurisdictions side by side",
        description="Compare jurisdictions side by side: ranking, group figures, the status matrix, section "
        "scores, shared gaps, where each is behind its peers, and dual criminality between every pair. "
        "PATH is a profile file, a folder (every .xlsx, .csv and .json inside) or a quoted glob pattern; a long "
        "table with a jurisdiction column counts as many. An unreadable input is listed and left out; the "
        "others are compared and the exit status is 1.",
        epilog="Example: gapcheck compare examples/ -o comparison.xlsx -o comparison.md",
    )
    parser.add_argument("paths", metavar="PATH", nargs="+", help="profile files, folders or glob patterns")
    parser.add_argument("-o", "--output", metavar="REPORT", action="append", default=[],
                        help="the report to write: .xlsx (a workbook with Overview, Matrix, Sections, Shared gaps, "
                        "Peers, Dual criminality, Obstacles, Input issues and About sheets), .json or .md; repeat "
                        "for several formats; without it the ranking is only printed")
    add_force_option(parser)
    add_scoring_options(parser, "the newest version the inputs were assessed against")
    parser.set_defaults(handler=_compare)


def _register_dual_criminality(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "dual-criminality",
        help="which offences pass a dual-criminality test between two jurisdictions",
        description="For two jurisdictions, every criminalization item: 'both' (both cover it fully: "
        "extradition for that conduct passes a dual-criminality test), 'only X' (an obstacle: the other side "
        "lacks it) or 'neither'; then the share that passes. A and B are profile files; FILE#CODE picks one "
        "jurisdiction (by code or name) from a file holding many.",
        epilog="Example: gapcheck dual-criminality examples/aurelia.xlsx 'batch.csv#XBO'",
    )
    parser.add_argument("first", metavar="A", help="a profile file, or FILE#CODE")
    parser.add_argument("second", metavar="B", help="a profile file, or FILE#CODE")
    parser.add_argument("-c", "--checklist", metavar="CHECKLIST",
                        help="checklist id, id@version or file (default: the newer version of the two)")
    parser.add_argument("--format", choices=("table", "json"), default="table",
                        help="print a table (default) or JSON")
    parser.set_defaults(handler=_dual_criminality)


def _register_progress(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "progress",
        help="what changed between two assessments of one jurisdiction",
        description="Compare an older and a newer assessment of one jurisdiction, also across checklist "
        "versions: items improved, regressed, unchanged, newly assessed, no longer assessed or reclassified "
        "(to or from not applicable), and the change in score, upper bound and coverage. FILE#CODE picks one "
        "jurisdiction from a file holding many.",
        epilog="Example: gapcheck progress examples/history/deltaria-2024.xlsx examples/deltaria.xlsx "
        "-o deltaria-progress.xlsx",
    )
    parser.add_argument("old", metavar="OLD", help="the older assessment (a profile file, or FILE#CODE)")
    parser.add_argument("new", metavar="NEW", help="the newer assessment (a profile file, or FILE#CODE)")
    parser.add_argument("-o", "--output", metavar="REPORT", action="append", default=[],
                        help="the report to write: .xlsx (Summary with a chart, Items, Input issues, About), "
                        ".json or .md; repeat for several formats")
    add_force_option(parser)
    add_scoring_options(parser, "the newest version the inputs were assessed against")
    parser.set_defaults(handler=_progress)


# --- compare ---------------------------------------------------------------------------------


def _compare(args: argparse.Namespace) -> int:
    from gapcheck import compare, write_report
    from gapcheck._batch import expand_paths

    files, _ = expand_paths(args.paths)
    inputs = [*files, *_checklist_file(args.checklist)]
    outputs = check_outputs(args.output, inputs, args.force)  # before reading: a batch may take a while
    comparison = compare(args.paths, args.checklist, model=args.model, scope=args.scope,
                         on_file=progress_bar(sys.stderr))
    _print_batch_issues(comparison.issues, sys.stderr)
    written = [write_report(comparison, output, inputs=inputs, overwrite=args.force) for output in outputs]
    print(comparison_summary(comparison, written))
    return 1 if comparison.has_errors else 0


def _checklist_file(checklist: str | None) -> list[Path]:
    return [Path(checklist)] if checklist and Path(checklist).is_file() else []


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


def _print_batch_issues(issues: Sequence[Issue], stream: IO[str]) -> None:
    """Every error, and the first warnings: a batch of blank templates would otherwise flood the terminal."""
    errors = [issue for issue in issues if issue.is_error]
    warnings = [issue for issue in issues if not issue.is_error]
    print_issues([*errors, *warnings[:SHOWN_WARNINGS]], stream)
    if len(warnings) > SHOWN_WARNINGS:
        stream.write(f"... and {len(warnings) - SHOWN_WARNINGS} more warning(s), all listed in the report "
                     "(Input issues).\n")


def comparison_summary(comparison: Comparison, written: Sequence[Path]) -> str:
    """What the terminal shows after comparing: the ranking, the groups, the most shared gaps."""
    from gapcheck._reports import percent

    overview = comparison.overview
    lines = [
        f"Compared {len(overview)} jurisdiction(s) on {comparison.checklist.ref}, model {comparison.model}, "
        f"scope {comparison.scope}",
        "",
    ]
    shown = overview if len(overview) <= 2 * SHOWN_RANKS else overview.head(SHOWN_RANKS)
    lines.append(render_table(
        ("rank", "jurisdiction", "code", "group", "score", "up to", "assessed %"),
        [(int(r.rank), r.jurisdiction, r.code, r.group, percent(r.score), percent(r.score_upper),
          percent(r.coverage)) for r in shown.itertuples()]))
    if len(shown) < len(overview):
        where = "in the report" if written else "(add -o comparison.xlsx to see them all)"
        lines.append(f"... {len(overview) - len(shown)} more {where}")
    if not comparison.groups.empty:
        lines += ["", render_table(("group", "jurisdictions", "median", "lowest", "highest"), [
            (g.group, int(g.jurisdictions), percent(g.median), percent(g.min), percent(g.max))
            for g in comparison.groups.itertuples()])]
    gaps = comparison.shared_gaps.head(SHOWN_GAPS)
    if not gaps.empty:
        lines += ["", "Most shared gaps:", render_table(("item", "recommendation", "short", "share %"), [
            (g.id, g.title, int(g.short), percent(g.share)) for g in gaps.itertuples()])]
    errors = sum(issue.is_error for issue in comparison.issues)
    if errors:
        lines += ["", f"{errors} input problem(s) left inputs out of the comparison (listed above)."]
    lines += [f"Report written to {path}" for path in written]
    return "\n".join(lines)


# --- dual criminality ------------------------------------------------------------------------


def _dual_criminality(args: argparse.Namespace) -> int:
    from gapcheck import dual_criminality
    from gapcheck._compare import pass_share

    detail = dual_criminality(args.first, args.second, args.checklist)
    first, second = detail.attrs["a"], detail.attrs["b"]
    if first == second:
        raise ComparisonError(f"{first} is named twice", [Issue(
            "same-jurisdiction", f"A and B are both {first}; dual criminality is a question between two "
            "jurisdictions.", hint="Name two different jurisdictions; `gapcheck progress OLD NEW` compares two "
            "assessments of one.")])
    passing, share = int(detail["passes"].sum()), pass_share(detail)
    if args.format == "json":
        json.dump({"a": first, "b": second, "checklist": detail.attrs["checklist"], "share": round(share, 2),
                   "items": detail.drop(columns=["citation"]).to_dict("records")},
                  sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    lacking = detail["lacking"]
    print(f"Dual criminality between {first} and {second} ({detail.attrs['checklist']})\n")
    print(render_table(("item", "offence", first, second, "outcome"),
                       detail[["id", "title", "status_a", "status_b", "outcome"]].itertuples(index=False)))
    print(f"\n{passing} of {len(detail)} criminalization items pass ({share:.1f} %). Obstacles: "
          f"{first} lacks {int((lacking == first).sum())}, {second} lacks {int((lacking == second).sum())}; "
          f"neither covers {int((lacking == 'both').sum())}.")
    return 0


# --- progress --------------------------------------------------------------------------------


def _progress(args: argparse.Namespace) -> int:
    from gapcheck import progress, write_report
    from gapcheck._batch import split_spec

    inputs = [split_spec(args.old)[0], split_spec(args.new)[0], *_checklist_file(args.checklist)]
    outputs = list(dict.fromkeys(args.output))
    with reported_with(output_issues(outputs, inputs, args.force)):
        result = progress(args.old, args.new, args.checklist, model=args.model, scope=args.scope)
    print_issues(result.issues, sys.stderr)
    written = [write_report(result, output, inputs=inputs, overwrite=args.force) for output in outputs]
    print(progress_summary(result, written))
    return 0


def progress_summary(result: Progress, written: Sequence[Path]) -> str:
    """What the terminal shows: the change in the headline figures and every item that moved."""
    from gapcheck._reports import percent, status_label

    old, new = result.old, result.new
    when = " -> ".join(p.assessed_on.isoformat() if p.assessed_on else "no date" for p in (old, new))
    lines = [
        f"{new.jurisdiction.label}: {when}, on {result.checklist.ref}, model {result.model}, scope {result.scope}",
        "",
        render_table(("figure", "old", "new", "change"), [
            (label, percent(before), percent(after), f"{after - before:+.1f}")
            for label, before, after in (("score", result.score_old, result.score_new),
                                         ("up to", result.score_upper_old, result.score_upper_new),
                                         ("assessed %", result.coverage_old, result.coverage_new))]),
        "",
        ", ".join(f"{count} {change}" for change, count in result.counts.items()),
    ]
    moved = result.items[result.items["change"] != "unchanged"]
    if not moved.empty:
        lines += ["", render_table(("item", "recommendation", "old", "new", "change"), [
            (r.id, r.title, status_label(result.checklist, r.status_old), status_label(result.checklist, r.status_new),
             r.change) for r in moved.itertuples()])]
    lines += [f"Report written to {path}" for path in written]
    return "\n".join(lines)
