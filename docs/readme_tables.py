"""Regenerate the README's generated tables from their one source each, or check that they are current.

Some tables in ``README.md`` are data, not prose, and must never drift from their source:

- the issue codes, from :data:`gapcheck._errors.CATALOGUE`;
- the points each scored item of the default checklist is worth, from the checklist itself;
- the limits on untrusted input, from :data:`gapcheck._bounds.LIMITS`;
- the headers and labels the readers recognise, and the words read as each status, from the readers' own tables.

Each sits between ``<!-- NAME:start -->`` and ``<!-- NAME:end -->`` markers. Usage::

    python docs/readme_tables.py            # rewrite the tables in README.md
    python docs/readme_tables.py --check    # exit 1, naming the stale tables, if any is out of date
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
POINTS_CHECKLIST = "eg-cybercrime-2018@1.1.0"
"""The checklist whose points the README shows: the default one."""


def issue_codes() -> str:
    from gapcheck._errors import catalogue_table

    return catalogue_table().strip()


def points() -> str:
    """Every scored item of the default checklist and the headline points it adds when fully met."""
    import gapcheck
    from gapcheck._scoring import nominal_points

    checklist = gapcheck.load_checklist(POINTS_CHECKLIST)
    table = nominal_points(checklist, "all")
    lines = ["| item | recommendation | default model | flat model |", "|---|---|---:|---:|"]
    for item_id, row in table.iterrows():
        lines.append(f"| `{item_id}` | {checklist[str(item_id)].title} | {row['default']:.2f} | {row['flat']:.2f} |")
    return "\n".join(lines)


def limits() -> str:
    """Every bound gapcheck puts on what it reads, with the number."""
    from gapcheck._bounds import LIMITS

    lines = ["| what is bounded | at most |", "|---|---:|"]
    for value, meaning in LIMITS.values():
        shown = f"{value / 1024 / 1024:g} MB" if meaning.startswith("bytes") and value >= 1024 * 1024 else f"{value:,}"
        lines.append(f"| {meaning} | {shown} |")
    return "\n".join(lines)


def headers() -> str:
    """The column headers of a table, and the labels beside a value above it, that the readers recognise."""
    from gapcheck._readers._table import COLUMN_SYNONYMS, LABEL_SYNONYMS

    lines = ["| field | as a column header | also as a label above the table |", "|---|---|---|"]
    for field in dict.fromkeys([*COLUMN_SYNONYMS, *LABEL_SYNONYMS]):
        column = COLUMN_SYNONYMS.get(field, ())
        extra = [word for word in LABEL_SYNONYMS.get(field, ()) if word not in column]
        lines.append(f"| {field} | {', '.join(column) or '(label only)'} | {', '.join(extra)} |")
    return "\n".join(lines)


def statuses() -> str:
    """The words read as each status."""
    from gapcheck._profile import STATUS_SYNONYMS

    lines = ["| status | also written as |", "|---|---|"]
    for status, words in STATUS_SYNONYMS.items():
        shown = ["blank" if word == "" else word for word in words if word != status]
        lines.append(f"| `{status}` | {', '.join(shown)} |")
    return "\n".join(lines)


TABLES: Mapping[str, Callable[[], str]] = {"issue-codes": issue_codes, "points": points, "limits": limits,
                                           "headers": headers, "statuses": statuses}


def section(text: str, name: str) -> tuple[int, int]:
    """Where the table called ``name`` starts and ends in ``text`` (between its markers)."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    if start not in text or end not in text:
        raise SystemExit(f"README.md has no {start} ... {end} markers")
    return text.index(start) + len(start), text.index(end)


def current(text: str, name: str) -> str:
    begin, finish = section(text, name)
    return text[begin:finish].strip()


def refreshed(text: str) -> str:
    for name, make in TABLES.items():
        begin, finish = section(text, name)
        text = f"{text[:begin]}\n{make()}\n{text[finish:]}"
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only check; exit 1 when a table is out of date")
    args = parser.parse_args(argv)
    text = README.read_text(encoding="utf-8")
    if args.check:
        stale = [name for name, make in TABLES.items() if current(text, name) != make()]
        for name in stale:
            print(f"README.md: the {name} table is out of date; run python docs/readme_tables.py", file=sys.stderr)
        return 1 if stale else 0
    README.write_text(refreshed(text), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
