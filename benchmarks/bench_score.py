"""How long scoring one profile and writing its workbook takes, against the least it could take.

The timed work is what ``gapcheck score PROFILE -o report.xlsx`` does:
``read_profile`` + ``score`` + ``write_report(.xlsx)``. The floor, measured in
the same run on the same machine, is the unavoidable part of that work done
with the libraries alone: reading the same profile file with python-calamine
(every sheet, every cell) and writing a workbook of the same cells (the same
sheets, each with the report's rows and columns of values, no styles) with
openpyxl in write-only mode. The ratio says how much gapcheck's checking,
scoring and formatting add on top of that floor.

Usage::

    python benchmarks/bench_score.py [PROFILE] [--repeat N]

Without PROFILE the first example under ``examples/`` is used; when there
is none, a complete profile of the bundled checklist is generated.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import gapcheck  # noqa: E402 - after the repository is put on the path
from gapcheck._reports._text import render_table  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("profile", nargs="?", type=Path, help="profile file (default: an example)")
    parser.add_argument("--repeat", type=int, default=15, help="timed runs of each side (default: %(default)s)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="gapcheck-bench-") as folder:
        work = Path(folder)
        profile = args.profile or _default_profile(work)
        report = work / "report.xlsx"
        _run_gapcheck(profile, report)  # warm-up: imports, checklist cache, and the report whose cells the floor copies
        sheets = _report_cells(report)
        floor_output = work / "floor.xlsx"
        gapcheck_times = _repeat(lambda: _run_gapcheck(profile, report), args.repeat)
        floor_times = _repeat(lambda: _run_floor(profile, sheets, floor_output), args.repeat)
        steps = _steps(profile, report, args.repeat)
    print(_summary(profile, sheets, gapcheck_times, floor_times, steps, args.repeat))
    return 0


def _default_profile(folder: Path) -> Path:
    examples = sorted((REPO / "examples").glob("*.xlsx"))
    if examples:
        return examples[0]
    checklist = gapcheck.load_checklist("eg-cybercrime-2018")
    statuses = ("full", "partial", "planned", "none", "unknown")
    answers = {
        item.id: gapcheck.Answer(item.id, statuses[n % len(statuses)], (f"Criminal Code, art. {100 + n}",),
                                 "Consolidated text checked against the official gazette.", "")
        for n, item in enumerate(checklist.answerable_items)
    }
    profile = gapcheck.Profile(gapcheck.Jurisdiction("Benchmarkia", "XBM"), checklist.ref, answers,
                               date(2025, 1, 1), "Benchmark")
    path = folder / "generated-profile.xlsx"
    gapcheck.write_profile(profile, path)
    return path


def _run_gapcheck(profile: Path, report: Path) -> None:
    result = gapcheck.score(gapcheck.read_profile(profile))
    gapcheck.write_report(result, report)


def _report_cells(report: Path) -> dict[str, list[list[Any]]]:
    """The values of every sheet of the report, as the floor writes them again."""
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(report))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def _run_floor(profile: Path, sheets: dict[str, list[list[Any]]], output: Path) -> None:
    _read_with_calamine(profile)
    _write_with_openpyxl(sheets, output)


def _read_with_calamine(profile: Path) -> None:
    if profile.suffix.lower() != ".xlsx":
        profile.read_bytes()  # CSV and JSON: reading the bytes is the floor
        return
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(profile))
    for name in book.sheet_names:
        book.get_sheet_by_name(name).to_python()


def _write_with_openpyxl(sheets: dict[str, list[list[Any]]], output: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append([None if value == "" else value for value in row])
    workbook.save(output)


def _steps(profile: Path, report: Path, repeat: int) -> dict[str, float]:
    """Median time of each step of the gapcheck side, to show where the time goes."""
    times: dict[str, list[float]] = {"read_profile": [], "score": [], "write_report": []}
    for _ in range(repeat):
        start = time.perf_counter()
        read = gapcheck.read_profile(profile)
        scored_at = time.perf_counter()
        result = gapcheck.score(read)
        written_at = time.perf_counter()
        gapcheck.write_report(result, report)
        end = time.perf_counter()
        times["read_profile"].append(scored_at - start)
        times["score"].append(written_at - scored_at)
        times["write_report"].append(end - written_at)
    return {step: statistics.median(values) for step, values in times.items()}


def _repeat(work: Callable[[], None], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return times


def _summary(profile: Path, sheets: dict[str, list[list[Any]]], gapcheck_times: list[float],
             floor_times: list[float], steps: dict[str, float], repeat: int) -> str:
    ours, floor = statistics.median(gapcheck_times), statistics.median(floor_times)
    cells = sum(value != "" for rows in sheets.values() for row in rows for value in row)
    rows = [
        ("gapcheck: read_profile + score + write_report(.xlsx)", f"{ours * 1000:.1f}",
         f"{min(gapcheck_times) * 1000:.1f}"),
        ("floor: calamine read + openpyxl write of the same cells", f"{floor * 1000:.1f}",
         f"{min(floor_times) * 1000:.1f}"),
        *((f"  of which {step}", f"{seconds * 1000:.1f}", "") for step, seconds in steps.items()),
    ]
    return "\n".join([
        f"profile: {profile}",
        f"report: {len(sheets)} sheets, {cells} cells with a value; {repeat} timed runs each",
        "",
        render_table(("work", "median ms", "best ms"), rows, max_width=100),
        "",
        f"ratio gapcheck / floor (medians): {ours / floor:.2f}",
    ])


if __name__ == "__main__":
    raise SystemExit(main())
