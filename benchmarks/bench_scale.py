"""Time and peak memory of ``gapcheck compare`` over long tables of 1,000, 5,000 and 10,000 jurisdictions.

Memory must grow linearly with the number of jurisdictions compared (the
pairs between them are worked out in blocks, never held as one matrix): the
target is under 1 GB and under a minute at 10,000. For each size this script
writes long tables of fictional jurisdictions (the archetypes and statuses of
``generate_profiles.py``, a fixed seed), then runs ``gapcheck compare TABLES
-o out.xlsx`` (and ``.json``) as a command, each run in a fresh child process
whose peak resident memory (``ru_maxrss`` of its children) is measured, and
prints one row per run.

A long table holds at most :data:`~gapcheck._bounds.MAX_ROWS` rows, so the
jurisdictions of one size are written as a few tables (``part-01.csv`` ...),
each holding whole jurisdictions; all of them are given to one ``compare``.
Past the 1,092 codes left to users by ISO 3166-1, the fictional jurisdictions
take other three-letter codes. Usage::

    python benchmarks/bench_scale.py                               # 1,000, 5,000, 10,000; .xlsx and .json
    python benchmarks/bench_scale.py --sizes 1000 2000 --formats json --keep /tmp/scale
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import random
import string
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate_profiles import _ENDINGS, _LINKS, _SYLLABLES, REGIONS, answer, codes, mixture  # noqa: E402

from gapcheck import load_checklist  # noqa: E402
from gapcheck._bounds import MAX_ROWS  # noqa: E402
from gapcheck._checklist import Checklist  # noqa: E402

SIZES = (1_000, 5_000, 10_000)
FORMATS = ("xlsx", "json")
ROWS_PER_TABLE = MAX_ROWS - 10_000
"""Rows per long table: under the reader's cap, with room for a jurisdiction's rows to stay together."""

COLUMNS = ("jurisdiction", "code", "group", "assessed_on", "item", "status", "provisions", "evidence", "notes")

_MEASURE = """
import resource, subprocess, sys, time, json
started = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
elapsed = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"status": done.returncode, "seconds": elapsed, "peak_kb": peak,
                  "stderr": done.stderr.decode("utf-8", "replace")[-2000:]}))
"""
"""Run in a fresh interpreter per measurement, so that ``ru_maxrss`` is that one run's peak, not the largest yet."""


def all_codes() -> Iterator[str]:
    """The user-assigned codes first (as ``generate_profiles`` hands them out), then every other three letters."""
    given = list(codes())
    yield from given
    taken = set(given)
    yield from ("".join(c) for c in itertools.product(string.ascii_uppercase, repeat=3) if "".join(c) not in taken)


def all_names(rng: random.Random, count: int) -> list[str]:
    """``count`` different invented names, of two syllables or three (tens of thousands to choose from)."""
    short = list(dict.fromkeys("".join(parts).capitalize()
                               for parts in itertools.product(_SYLLABLES, _LINKS, _ENDINGS)))
    if count <= len(short):
        return rng.sample(short, count)
    longer = list(dict.fromkeys("".join(parts).capitalize()
                                for parts in itertools.product(_SYLLABLES, _LINKS, _SYLLABLES, _ENDINGS)))
    return rng.sample(longer, count)


def regions(rng: random.Random, count: int) -> list[str]:
    """A region for each jurisdiction, in the proportions of the UN regional groups."""
    return rng.choices(list(REGIONS), weights=list(REGIONS.values()), k=count)


def jurisdiction_rows(rng: random.Random, checklist: Checklist, name: str, code: str,
                      region: str) -> list[list[str]]:
    """The rows of one fictional jurisdiction: one per item answered (items left blank are left out)."""
    blend = mixture(rng, region)
    day = (date(2019, 1, 1) + timedelta(days=rng.randrange(6 * 365))).isoformat()
    rows = []
    for item in checklist.scored_items:
        found = answer(rng, item, blend)
        if found is not None:
            rows.append([name, code, region, day, found.item, found.status, "; ".join(found.provisions),
                         found.evidence, found.notes])
    return rows


def write_tables(folder: Path, count: int, seed: int, checklist: Checklist) -> tuple[list[Path], int]:
    """Long tables holding ``count`` jurisdictions, whole ones per table; the files and the number of rows."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    places = zip(all_names(rng, count), all_codes(), regions(rng, count))
    paths: list[Path] = []
    rows: list[list[str]] = []
    total = 0

    def flush() -> None:
        path = folder / f"part-{len(paths) + 1:02d}.csv"
        with path.open("w", newline="", encoding="utf-8") as stream:
            writer = csv.writer(stream, lineterminator="\n")
            writer.writerow(["Checklist", checklist.ref])
            writer.writerow([])
            writer.writerow(COLUMNS)
            writer.writerows(rows)
        paths.append(path)

    for name, code, region in places:
        found = jurisdiction_rows(rng, checklist, name, code, region)
        if len(rows) + len(found) > ROWS_PER_TABLE:
            flush()
            rows = []
        rows.extend(found)
        total += len(found)
    if rows:
        flush()
    return paths, total


def measure(command: Sequence[str]) -> dict[str, object]:
    """Wall time and peak resident memory of one command, run in a fresh child process."""
    found = subprocess.run([sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, check=True)
    return json.loads(found.stdout)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="numbers of jurisdictions")
    parser.add_argument("--formats", nargs="+", choices=("xlsx", "json", "md"), default=list(FORMATS),
                        help="report formats to write, one run each (default: xlsx json)")
    parser.add_argument("--seed", type=int, default=2018, help="random seed (default: %(default)s)")
    parser.add_argument("--keep", type=Path, help="write the tables and reports here and keep them")
    parser.add_argument("--gapcheck", default=str(Path(sys.executable).with_name("gapcheck")),
                        help="the gapcheck command (default: the one beside this Python)")
    args = parser.parse_args(argv)
    checklist = load_checklist("eg-cybercrime-2018")
    with tempfile.TemporaryDirectory(prefix="gapcheck-scale-") as scratch:
        root = args.keep or Path(scratch)
        header = f"{'jurisdictions':>13}  {'rows':>8}  {'tables':>6}  {'report':>6}  {'seconds':>8}  {'peak MB':>8}  " \
                 f"{'KB per jurisdiction':>19}  status"
        print(header)
        print("-" * len(header))
        for size in args.sizes:
            started = time.perf_counter()
            tables, rows = write_tables(root / f"tables-{size}", size, args.seed, checklist)
            print(f"# {size:,} jurisdictions: {rows:,} rows in {len(tables)} table(s), written in "
                  f"{time.perf_counter() - started:.1f} s", file=sys.stderr)
            for fmt in args.formats:
                output = root / f"comparison-{size}.{fmt}"
                run = measure([args.gapcheck, "compare", *map(str, tables), "-o", str(output), "--force"])
                peak_mb = int(run["peak_kb"]) / 1024  # type: ignore[call-overload]
                per = int(run["peak_kb"]) / size  # type: ignore[call-overload]
                print(f"{size:>13,}  {rows:>8,}  {len(tables):>6}  {fmt:>6}  {run['seconds']:>8.1f}  {peak_mb:>8.0f}  "
                      f"{per:>19.1f}  {run['status']}", flush=True)
                if run["status"] not in (0, 1):
                    print(run["stderr"], file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
