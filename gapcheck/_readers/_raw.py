"""What a reader found in a file, before any of it is checked.

Every reader (xlsx, CSV, JSON) turns its file into the same plain records:
the value of each cell together with where it sits. The checks and the
building of the profile then happen once, in ``_assemble``, so that every
format reports the same problem with the same code, at a place its user can
find: a sheet, row and column, or a JSON pointer.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

from gapcheck._bounds import MAX_DATE_CHARS
from gapcheck._errors import Issue, Severity, issue

JURISDICTION_FIELDS = ("jurisdiction", "code", "group", "assessed_on")
"""Fields that differ from one jurisdiction to the next in a long table."""

FILE_FIELDS = ("assessor", "sources", "checklist", "reservations", "declarations", "projected_from")
"""Fields that describe the whole file, whichever jurisdictions it holds."""

FIELD_LABELS = {
    "jurisdiction": "Jurisdiction",
    "code": "Code",
    "group": "Group",
    "assessed_on": "Assessed on",
    "assessor": "Assessor",
    "sources": "Sources",
    "checklist": "Checklist",
    "reservations": "Reservations",
    "declarations": "Declarations",
    "projected_from": "Projected from",
}


class Where(NamedTuple):
    """A place in an input file, as precise as its format allows.

    A tuple, because one is made for every row read and a tuple is the
    cheapest immutable record Python builds.
    """

    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    pointer: str | None = None

    def at(self, **changes: Any) -> Where:
        """The same place, narrowed (``where.at(row=7)``)."""
        return self._replace(**changes)

    def issue(self, code: str, message: str, hint: str | None = None, severity: Severity | None = None) -> Issue:
        """An issue of a catalogued code at this place; its hint and severity from the catalogue unless given."""
        return issue(code, message, hint=hint, severity=severity, file=self.file, sheet=self.sheet,
                     row=self.row, column=self.column, pointer=self.pointer)

    def describe(self) -> str:
        """Where this is, for a message that refers to another place ("first given at row 7")."""
        if self.pointer is not None:
            return self.pointer or "/"
        parts = [f"sheet {self.sheet}"] if self.sheet else []
        if self.row is not None:
            parts.append(f"row {self.row}")
        return ", ".join(parts) or "another place"


def cell_text(value: Any) -> str:
    """The text of a cell value as a person reads it: 1.0 is "1", a date is 2024-03-01."""
    if value.__class__ is str:  # by far the most common: tested first, and without isinstance
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else str(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "; ".join(filter(None, (cell_text(v) for v in value)))
    return str(value).strip()


def shorten(text: str, limit: int = 60) -> str:
    """Quote user text in a message without letting a long cell flood the terminal."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Cell:
    """One value as read, and where it was read from.

    A table has thousands of cells and few of them ever appear in a
    message, so a cell keeps the place of its row and the name of its
    column and works out its own place only when asked; its text is worked
    out once, when first needed.
    """

    __slots__ = ("_column", "_text", "_where", "value")

    def __init__(self, value: Any, where: Where, column: str | None = None) -> None:
        self.value = value
        self._where = where
        self._column = column
        self._text: str | None = None

    def __repr__(self) -> str:
        return f"Cell({self.value!r}, {self.where!r})"

    @property
    def where(self) -> Where:
        return self._where if self._column is None else self._where._replace(column=self._column)

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = cell_text(self.value)
        return self._text

    @property
    def blank(self) -> bool:
        return not self.text


ANSWER_FIELDS = ("item", "status", "provisions", "evidence", "notes")
ITEM, STATUS, PROVISIONS, EVIDENCE, NOTES = range(len(ANSWER_FIELDS))


class RawAnswer(NamedTuple):
    """One row of a table (or one object of a JSON profile's answers), unchecked.

    The values (in the order of :data:`ANSWER_FIELDS`) are kept as read;
    a :class:`Cell` that knows its exact place is made only when asked for,
    which is when a message points at it: a batch reads hundreds of
    thousands of values and reports a handful. In a table each value's
    column is named by its header as written (``columns``) and by its
    letter (``letters``); in JSON each value sits at the answer's pointer
    plus its field name.
    """

    where: Where
    values: tuple[Any, ...]
    columns: tuple[str | None, ...] = (None,) * len(ANSWER_FIELDS)
    letters: tuple[str | None, ...] = (None,) * len(ANSWER_FIELDS)

    def cell(self, index: int) -> Cell:
        """The value of a field (an index into :data:`ANSWER_FIELDS`), with its exact place."""
        where = self.where
        if where.pointer is not None:
            return Cell(self.values[index], where._replace(pointer=f"{where.pointer}/{ANSWER_FIELDS[index]}"))
        return Cell(self.values[index], where, self.columns[index])

    def text(self, index: int) -> str:
        return cell_text(self.values[index])

    def address(self, index: int) -> str | None:
        """The cell of a field as a spreadsheet shows it (``F5``), or None outside a table."""
        letter = self.letters[index]
        return f"{letter}{self.where.row}" if letter and self.where.row is not None else None

    @property
    def item(self) -> Cell:
        return self.cell(ITEM)

    @property
    def status(self) -> Cell:
        return self.cell(STATUS)

    @property
    def provisions(self) -> Cell:
        return self.cell(PROVISIONS)

    @property
    def evidence(self) -> Cell:
        return self.cell(EVIDENCE)

    @property
    def notes(self) -> Cell:
        return self.cell(NOTES)

    @property
    def has_text(self) -> bool:
        """True when provisions, evidence or notes hold something."""
        return bool(self.text(PROVISIONS) or self.text(EVIDENCE) or self.text(NOTES))

    @property
    def has_content(self) -> bool:
        """True when the row says anything about an item (a heading row does not)."""
        return bool(self.text(STATUS) or (self.text(ITEM) and self.has_text))


@dataclass
class RawProfile:
    """What a file says about one jurisdiction; ``where`` is for problems of the whole profile."""

    where: Where
    fields: dict[str, Cell] = field(default_factory=dict)
    answers: list[RawAnswer] = field(default_factory=list)

    @property
    def key(self) -> str:
        """The jurisdiction as a grouping key: "Aurelia" and "aurelia " are the same."""
        name = self.fields.get("jurisdiction")
        return " ".join(name.text.casefold().split()) if name else ""


@dataclass
class RawFile:
    """Everything a reader found in one file: its profiles, its declared checklist, its problems.

    ``sheets`` names a workbook's sheets in the workbook's order, so that
    problems can be listed in the order a person meets them.
    """

    profiles: list[RawProfile] = field(default_factory=list)
    checklist: Cell | None = None
    issues: list[Issue] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)


_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%Y/%m/%d")
_ISO_WITH_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T][\d:.]{1,30}(Z|[+-]\d{2}:?\d{2})?$")
_NUMERIC_DATE = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})")
"""Day, month and year in digits (``15/03/2026``, ``15-03-2026``, ``15.3.2026``), or month first with a slash or
a dash (``03/15/2026``); a dot always puts the day first, as everywhere it is used."""
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


class AmbiguousDate(NamedTuple):
    """Text such as ``03/04/2026`` that is a date read day first and another read month first."""

    day_first: date
    month_first: date


def read_date(value: Any) -> date | AmbiguousDate | None:
    """A date as written in a cell or JSON; both readings of one that reads two ways; None when it is not one.

    Text longer than :data:`~gapcheck._bounds.MAX_DATE_CHARS` is not a date and is not read.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or len(value) > MAX_DATE_CHARS:
        return None
    text = " ".join(value.split())
    numeric = _NUMERIC_DATE.fullmatch(text)
    if numeric:
        return _numeric_date(int(numeric[1]), int(numeric[3]), int(numeric[4]), numeric[2] == ".")
    iso = _ISO_WITH_TIME.match(text)
    if iso:
        text = iso.group(1)
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def _numeric_date(first: int, second: int, year: int, day_first_only: bool) -> date | AmbiguousDate | None:
    day_first, month_first = _date(year, second, first), None if day_first_only else _date(year, first, second)
    if day_first is None or month_first is None or day_first == month_first:
        return day_first or month_first
    return AmbiguousDate(day_first, month_first)


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(value: Any) -> date | None:
    """A date as written in a cell or JSON, or None when it is not one or reads two ways."""
    found = read_date(value)
    return found if isinstance(found, date) else None


def spelt_out(day: date) -> str:
    """``3 April 2026``: a date no reader can take the other way round."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def invalid_date(cell: Cell) -> Issue:
    """The issue of a date that cannot be read: ``ambiguous-date`` when it reads two ways, else ``invalid-date``."""
    found = read_date(cell.value)
    if isinstance(found, AmbiguousDate):
        one, other = spelt_out(found.day_first), spelt_out(found.month_first)
        return cell.where.issue(
            "ambiguous-date", f"{shorten(cell.text)!r} may be {one} or {other}.",
            f"Write the date as YYYY-MM-DD: {found.day_first.isoformat()} for {one}, "
            f"{found.month_first.isoformat()} for {other}.")
    return cell.where.issue("invalid-date", f"{shorten(cell.text)!r} is not a date.")


def merge_fields(target: dict[str, Cell], new: dict[str, Cell], issues: list[Issue]) -> None:
    """Add the non-blank fields of ``new`` to ``target``; a different second value is an error.

    A date that is not one is reported where it is and never kept, so that
    each bad date in a long table is named at its own row rather than as a
    conflict with the first; dates are compared as dates ("1 March 2024" is
    2024-03-01).
    """
    for name, cell in new.items():
        if cell.blank:
            continue
        old = target.get(name)
        if old is not None and not old.blank and old.text.casefold() == cell.text.casefold():
            continue  # the same value again (or the same label cell, shared by two sheets)
        if name == "assessed_on" and parse_date(cell.value) is None:
            issues.append(invalid_date(cell))
        elif old is None or old.blank:
            target[name] = cell
        elif _differ(name, old, cell):
            label = FIELD_LABELS.get(name, name)
            issues.append(cell.where.issue(
                "conflicting-jurisdiction-details",
                f"{label} is {shorten(cell.text)!r} here but {shorten(old.text)!r} at {old.where.describe()}.",
            ))


def _differ(name: str, old: Cell, new: Cell) -> bool:
    """Two values of a field that are not the same; a date already found bad is not compared again."""
    if name == "assessed_on":
        before = parse_date(old.value)
        return before is not None and before != parse_date(new.value)
    return old.text.casefold() != new.text.casefold()
