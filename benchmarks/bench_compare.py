"""Time ``gapcheck compare`` against the floor, the least any tool could take for the same job.

gapcheck's run is the API call plus writing the comparison workbook::

    comparison = gapcheck.compare(files); gapcheck.write_report(comparison, "out.xlsx")

Two floors are timed in the same run on the same files:

- **the fixed floor**: read every file with python-calamine (the fastest
  reader available) and write, with openpyxl in write-only mode, the least a
  comparison must hold: a matrix (jurisdictions x items, the statuses as
  written) and the long table (every answer row of every file). It does not
  grow when gapcheck's report grows, so a ratio to it can only fall by making
  gapcheck faster, never by making the report bigger. The target is at most
  1.3 at 193 profiles.
- **the same-cells floor**: read with python-calamine and write the very cells
  of gapcheck's own workbook, unstyled, in write-only mode: what gapcheck's
  checks, scoring and formatting cost over writing the same content.

gapcheck's own time is split into reading (the profile readers), comparing
and writing, to show where it goes. Those figures are taken inside one
process, after a warm-up: they leave out starting Python and importing
libraries. The target of 1.3 is held by **whole processes**: the script also
runs ``gapcheck compare FOLDER -o OUT`` and the fixed floor (``floor FOLDER -o
OUT``) as commands, in turn, and reports the median of their wall-clock
ratios, pair by pair, imports and interpreter shutdown included::

    python benchmarks/bench_compare.py                 # 193 profiles, then the scaling table
    python benchmarks/bench_compare.py --sizes 50 100 --repeat 3
    python benchmarks/generate_profiles.py -o /tmp/profiles
    python benchmarks/bench_compare.py floor /tmp/profiles -o /tmp/floor.xlsx   # the fixed floor alone
    gapcheck compare /tmp/profiles -o /tmp/comparison.xlsx                      # what it is measured against
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import subprocess
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
    fixed: float

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
    def fixed_ratio(self) -> float:
        """gapcheck's time over the fixed floor's: the figure held to the target."""
        return self.total / self.fixed

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


def _answer_rows(path: Path) -> list[list[Any]]:
    """The rows of a profile file that hold answers, as read, header first: the assessment sheet of a workbook
    (the sheet with the most rows), every CSV row, or the answers of a JSON profile."""
    if path.suffix == ".xlsx":
        from python_calamine import CalamineWorkbook

        workbook = CalamineWorkbook.from_path(str(path))
        sheets = [workbook.get_sheet_by_name(name).to_python() for name in workbook.sheet_names]
        return max(sheets, key=len)
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return list(csv.reader(handle))
    answers = json.loads(path.read_bytes()).get("answers", [])
    fields = ["item", "status", "provisions", "evidence", "notes"]
    return [fields] + [[str(answer.get(f, "")) for f in fields] for answer in answers]


_LONG_COLUMNS = ("id", "item", "status", "provisions", "evidence", "notes")
"""The headers of the long table's answer columns (a template says "Id", the long form "item")."""


def fixed_floor(files: Sequence[Path], output: Path) -> float:
    """Seconds to read every file with the fastest readers and write, in write-only mode, the statuses as a
    matrix (one row per file) and the long table (file, item, status, provisions, evidence, notes): the least
    a comparison holds."""
    from openpyxl import Workbook

    start = time.perf_counter()
    tables = [(path.stem, _answer_rows(path)) for path in files]
    workbook = Workbook(write_only=True)
    matrix, long = workbook.create_sheet("Matrix"), workbook.create_sheet("Long table")
    long.append(["file", "item", "status", "provisions", "evidence", "notes"])
    for name, rows in tables:
        header = [str(cell).strip().casefold() for cell in rows[0]] if rows else []
        wanted = [header.index(column) for column in _LONG_COLUMNS if column in header]
        status = header.index("status") if "status" in header else None
        body = rows[1:]
        matrix.append([name, *(row[status] if status is not None and status < len(row) else None
                                for row in body)])
        for row in body:
            long.append([name, *(row[i] if i < len(row) and row[i] != "" else None for i in wanted)])
    workbook.save(output)
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
    fixed_floor(files, floor_output)  # warm-up of the floor's imports
    runs: list[tuple[float, float, float]] = []
    floors: list[tuple[float, float, float]] = []
    for _ in range(repeat):
        runs.append(gapcheck_run(files, output))
        floors.append((floor_read(files), floor_write(sheets, floor_output), fixed_floor(files, floor_output)))
    median: Callable[[Sequence[float]], float] = statistics.median
    return Timing(len(files), *(median([run[i] for run in runs]) for i in range(3)),
                  *(median([run[i] for run in floors]) for i in range(3)))


def whole_processes(folder: Path, work: Path, repeat: int) -> tuple[float, float, float]:
    """Median wall seconds of ``gapcheck compare`` and of the fixed floor as commands, and the median of their
    ratios taken pair by pair (the two run in turn, so that a machine slowing down weighs on both alike)."""
    gapcheck = [sys.executable, "-m", "gapcheck", "compare", str(folder), "-o", str(work / "whole.xlsx"), "--force"]
    floor = [sys.executable, str(Path(__file__).resolve()), "floor", str(folder), "-o", str(work / "whole-floor.xlsx")]

    def wall(command: list[str]) -> float:
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.perf_counter() - start

    wall(gapcheck), wall(floor)  # warm-up: the file system's caches
    pairs = [(wall(gapcheck), wall(floor)) for _ in range(repeat)]
    return (statistics.median(a for a, _ in pairs), statistics.median(b for _, b in pairs),
            statistics.median(a / b for a, b in pairs))


def report(headline: Timing | None, scaling: Sequence[Timing],
           whole: tuple[float, float, float] | None = None) -> str:
    lines: list[str] = []
    if headline:
        verdict = "meets" if (whole[2] if whole else headline.fixed_ratio) <= TARGET_RATIO else "misses"
        lines += [
            f"## {headline.size} profiles",
            "",
            "| | read | compare | write | total |",
            "|---|---|---|---|---|",
            f"| gapcheck | {headline.read:.3f} s | {headline.compare:.3f} s | {headline.write:.3f} s | "
            f"{headline.total:.3f} s |",
            f"| fixed floor (calamine; matrix and long table, write-only) | | | | {headline.fixed:.3f} s |",
            f"| same-cells floor (calamine; gapcheck's cells, write-only) | {headline.floor_read:.3f} s | | "
            f"{headline.floor_write:.3f} s | {headline.floor:.3f} s |",
            "",
            *([f"Whole processes (start-up, imports and shutdown included): gapcheck compare {whole[0]:.2f} s, "
               f"the fixed floor {whole[1]:.2f} s; ratio **{whole[2]:.2f}** ({verdict} the target of "
               f"{TARGET_RATIO})."] if whole else []),
            f"Ratio gapcheck / fixed floor inside one process, after a warm-up: **{headline.fixed_ratio:.2f}**.",
            f"Ratio gapcheck / same-cells floor: **{headline.ratio:.2f}**.",
            f"Reading takes {headline.read / headline.floor_read:.1f} times what calamine alone takes; with reading "
            f"at the floor's cost, the ratio would be {headline.own_ratio:.2f} (comparing and writing the workbook).",
            "",
        ]
    if scaling:
        lines += [
            "## Scaling",
            "",
            "| profiles | gapcheck | fixed floor | ratio | same-cells floor | ratio | gapcheck per profile | "
            "of which reading |",
            "|---|---|---|---|---|---|---|---|",
        ]
        lines += [
            f"| {t.size} | {t.total:.2f} s | {t.fixed:.2f} s | {t.fixed_ratio:.2f} | {t.floor:.2f} s | {t.ratio:.2f} | "
            f"{1000 * t.total / t.size:.1f} ms | {1000 * t.read / t.size:.1f} ms |"
            for t in scaling
        ]
    return "\n".join(lines)


def floor_main(argv: Sequence[str]) -> int:
    """``floor FOLDER -o OUT``: the fixed floor as a process of its own, for timing whole processes."""
    parser = argparse.ArgumentParser(prog="bench_compare.py floor", description=fixed_floor.__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    files = sorted(p for p in args.folder.iterdir() if p.suffix in {".xlsx", ".csv", ".json"})
    print(f"{len(files)} files in {fixed_floor(files, args.output):.3f} s", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["floor"]:
        return floor_main(argv[1:])
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
        whole = None
        if args.headline:
            print("timing whole processes ...", file=sys.stderr)
            folder = work / "headline"
            folder.mkdir(exist_ok=True)
            for path in files[: args.headline]:
                (folder / path.name).write_bytes(path.read_bytes())
            whole = whole_processes(folder, work, args.repeat)
        scaling = []
        for size in args.sizes:
            print(f"timing {size} profiles ...", file=sys.stderr)
            scaling.append(measure(files[:size], work, max(1, args.repeat // 2 + 1)))
        print(report(headline, scaling, whole))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
