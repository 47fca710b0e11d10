"""Time ``gapcheck compare`` against the floor, the least any tool could take for the same job.

gapcheck's run is the API call plus writing the comparison workbook::

    comparison = gapcheck.compare(files); gapcheck.write_report(comparison, "out.xlsx")

The floor, timed in the same run on the same files, is reading every file
with python-calamine (the fastest reader available) plus writing a workbook
holding the very cells of gapcheck's workbook with openpyxl in write-only
mode. The ratio of the two medians says what gapcheck's checks, scoring and
formatting cost; the target is at most 1.3 at 193 profiles, with time per
profile flat from 50 to 1,000 profiles. gapcheck's own time is also split
into reading (the profile readers), comparing and writing, to show where it
goes. Usage::

    python benchmarks/bench_compare.py                 # 193 profiles, then the scaling table
    python benchmarks/bench_compare.py --sizes 50 100 --repeat 3
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate_profiles import write_profiles  # noqa: E402

HEADLINE_SIZE = 193
SCALING_SIZES = (50, 100, 200, 500, 1000)
TARGET_RATIO = 1.3


@dataclass(frozen=True)
class Timing:
    """Median seconds of gapcheck (read, compare, write) and of the floor (read, write) for one size."""

    size: int
    read: float
    compare: float
    write: float
    floor_read: float
    floor_write: float

    @property
    def total(self) -> float:
        return self.read + self.compare + self.write

    @property
    def floor(self) -> float:
        return self.floor_read + self.floor_write

    @property
    def ratio(self) -> float:
        return self.total / self.floor

    @property
    def own_ratio(self) -> float:
        """The ratio if gapcheck's readers cost what calamine does: the cost of comparing and writing."""
        return (self.floor_read + self.compare + self.write) / self.floor


def gapcheck_run(files: Sequence[Path], output: Path) -> tuple[float, float, float]:
    """Seconds spent reading, comparing and writing, in one ``compare`` + ``write_report``."""
    import gapcheck

    marks: dict[str, float] = {}

    def on_file(done: int, total: int, path: Path | None) -> None:
        if path is None:
            marks["read"] = time.perf_counter()

    start = time.perf_counter()
    comparison = gapcheck.compare(files, on_file=on_file)
    compared = time.perf_counter()
    gapcheck.write_report(comparison, output)
    written = time.perf_counter()
    return marks["read"] - start, compared - marks["read"], written - compared


def floor_read(files: Sequence[Path]) -> float:
    """Seconds to read every file into Python values with the fastest readers: calamine, csv, json."""
    from python_calamine import CalamineWorkbook

    start = time.perf_counter()
    for path in files:
        if path.suffix == ".xlsx":
            workbook = CalamineWorkbook.from_path(str(path))
            for name in workbook.sheet_names:
                workbook.get_sheet_by_name(name).to_python()
        elif path.suffix == ".csv":
            with path.open(encoding="utf-8-sig", newline="") as handle:
                list(csv.reader(handle))
        else:
            json.loads(path.read_bytes())
    return time.perf_counter() - start


def workbook_cells(path: Path) -> list[tuple[str, list[list[Any]]]]:
    """Every sheet of a workbook as rows of plain values (blank cells as None)."""
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(path))
    return [(name, [[None if value == "" else value for value in row]
                    for row in workbook.get_sheet_by_name(name).to_python()])
            for name in workbook.sheet_names]


def floor_write(sheets: list[tuple[str, list[list[Any]]]], output: Path) -> float:
    """Seconds to write the same cells with openpyxl in write-only mode, unstyled."""
    from openpyxl import Workbook

    start = time.perf_counter()
    workbook = Workbook(write_only=True)
    for name, rows in sheets:
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(output)
    return time.perf_counter() - start


def measure(files: Sequence[Path], work: Path, repeat: int) -> Timing:
    """Median timings over ``repeat`` alternating runs of gapcheck and the floor (after one warm-up)."""
    output, floor_output = work / "comparison.xlsx", work / "floor.xlsx"
    gapcheck_run(files, output)  # warm-up: imports, checklist loading and caches
    sheets = workbook_cells(output)
    runs: list[tuple[float, float, float]] = []
    floors: list[tuple[float, float]] = []
    for _ in range(repeat):
        runs.append(gapcheck_run(files, output))
        floors.append((floor_read(files), floor_write(sheets, floor_output)))
    median: Callable[[Sequence[float]], float] = statistics.median
    return Timing(len(files), *(median([run[i] for run in runs]) for i in range(3)),
                  *(median([run[i] for run in floors]) for i in range(2)))


def report(headline: Timing | None, scaling: Sequence[Timing]) -> str:
    lines: list[str] = []
    if headline:
        verdict = "meets" if headline.ratio <= TARGET_RATIO else "misses"
        lines += [
            f"## {headline.size} profiles",
            "",
            "| | read | compare | write | total |",
            "|---|---|---|---|---|",
            f"| gapcheck | {headline.read:.3f} s | {headline.compare:.3f} s | {headline.write:.3f} s | "
            f"{headline.total:.3f} s |",
            f"| floor (calamine + openpyxl write-only) | {headline.floor_read:.3f} s | | "
            f"{headline.floor_write:.3f} s | {headline.floor:.3f} s |",
            "",
            f"Ratio gapcheck / floor: **{headline.ratio:.2f}** ({verdict} the target of {TARGET_RATIO}).",
            f"Reading takes {headline.read / headline.floor_read:.1f} times what calamine alone takes; with reading "
            f"at the floor's cost, the ratio would be {headline.own_ratio:.2f} (comparing and writing the workbook).",
            "",
        ]
    if scaling:
        lines += [
            "## Scaling",
            "",
            "| profiles | gapcheck | floor | ratio | gapcheck per profile | of which reading | floor per profile |",
            "|---|---|---|---|---|---|---|",
        ]
        lines += [
            f"| {t.size} | {t.total:.2f} s | {t.floor:.2f} s | {t.ratio:.2f} | {1000 * t.total / t.size:.1f} ms | "
            f"{1000 * t.read / t.size:.1f} ms | {1000 * t.floor / t.size:.1f} ms |"
            for t in scaling
        ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SCALING_SIZES),
                        help="profile counts for the scaling table (default: %(default)s; none to skip)")
    parser.add_argument("--headline", type=int, default=HEADLINE_SIZE,
                        help="profile count for the ratio (default: %(default)s; 0 to skip)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per size (default: %(default)s)")
    parser.add_argument("--format", choices=("xlsx", "csv", "json"), default="xlsx")
    parser.add_argument("--seed", type=int, default=2018)
    parser.add_argument("--work", type=Path, help="folder for the generated profiles (default: a temporary one)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="gapcheck-bench-") as scratch:
        work = args.work or Path(scratch)
        largest = max([args.headline, *args.sizes])
        print(f"writing {largest} synthetic profiles ({args.format}) to {work} ...", file=sys.stderr)
        files = sorted(write_profiles(work / "profiles", largest, args.format, args.seed))
        headline = measure(files[: args.headline], work, args.repeat) if args.headline else None
        scaling = []
        for size in args.sizes:
            print(f"timing {size} profiles ...", file=sys.stderr)
            scaling.append(measure(files[:size], work, max(1, args.repeat // 2 + 1)))
        print(report(headline, scaling))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
