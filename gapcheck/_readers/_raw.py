"""What a reader found in a file, before any of it is checked.

Every reader (xlsx, CSV, JSON) turns its file into the same plain records:
the value of each cell together with where it sits. The checks and the
building of the profile then happen once, in ``_assemble``, so that every
format reports the same problem with the same code, at a place its user can
find: a sheet, row and column, or a JSON pointer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from gapcheck._errors import Issue, Severity

JURISDICTION_FIELDS = ("jurisdiction", "code", "group", "assessed_on")
"""Fields that differ from one jurisdiction to the next in a long table."""

FILE_FIELDS = ("assessor", "sources", "checklist")
"""Fields that describe the whole file, whichever jurisdictions it holds."""

FIELD_LABELS = {
    "jurisdiction": "Jurisdiction",
    "code": "Code",
    "group": "Group",
    "assessed_on": "Assessed on",
    "assessor": "Assessor",
    "sources": "Sources",
    "checklist": "Checklist",
}


@dataclass(frozen=True)
class Where:
    """A place in an input file, as precise as its format allows."""

    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    pointer: str | None = None

    def at(self, **changes: Any) -> Where:
        """The same place, narrowed (``where.at(row=7)``); written out because it runs once per cell."""
        values = {"file": self.file, "sheet": self.sheet, "row": self.row, "column": self.column,
                  "pointer": self.pointer}
        values.update(changes)
        return Where(**values)

    def issue(self, code: str, message: str, hint: str = "", severity: Severity = "error") -> Issue:
        return Issue(code, message, severity=severity, hint=hint, file=self.file, sheet=self.sheet,
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
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value != value:  # NaN
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


@dataclass(frozen=True)
class Cell:
    """One value as read, and where it was read from."""

    value: Any
    where: Where

    @property
    def text(self) -> str:
        return cell_text(self.value)

    @property
    def blank(self) -> bool:
        return not self.text


@dataclass(frozen=True)
class RawAnswer:
    """One row of a table (or one object of a JSON profile's answers), unchecked."""

    where: Where
    item: Cell
    status: Cell
    provisions: Cell
    evidence: Cell
    notes: Cell

    @property
    def has_text(self) -> bool:
        """True when provisions, evidence or notes hold something."""
        return not (self.provisions.blank and self.evidence.blank and self.notes.blank)

    @property
    def has_content(self) -> bool:
        """True when the row says anything about an item (a heading row does not)."""
        return not self.status.blank or (not self.item.blank and self.has_text)


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
    """Everything a reader found in one file: its profiles, its declared checklist, its problems."""

    profiles: list[RawProfile] = field(default_factory=list)
    checklist: Cell | None = None
    issues: list[Issue] = field(default_factory=list)


def merge_fields(target: dict[str, Cell], new: dict[str, Cell], issues: list[Issue]) -> None:
    """Add the non-blank fields of ``new`` to ``target``; a different second value is an error."""
    for name, cell in new.items():
        if cell.blank:
            continue
        old = target.get(name)
        if old is None or old.blank:
            target[name] = cell
        elif old.text.casefold() != cell.text.casefold():
            label = FIELD_LABELS.get(name, name)
            issues.append(cell.where.issue(
                "conflicting-jurisdiction-details",
                f"{label} is {shorten(cell.text)!r} here but {shorten(old.text)!r} at {old.where.describe()}.",
                "Give each jurisdiction one value for this field, or correct the jurisdiction's name "
                "if these rows belong to another one.",
            ))
