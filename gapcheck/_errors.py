"""Every way gapcheck can fail, in one place.

Problems in a user's files are not raised one at a time: they are collected
as :class:`Issue` records (a code, where it is, what is wrong, what to do) so
that a user sees all of them at once. An exception is raised only to stop
work, and it carries the issues that stopped it.

The tree::

    GapcheckError
    ├── ChecklistError          a checklist file is broken or cannot be found
    │   └── UnknownChecklistError   no such checklist id or version
    ├── ProfileError            a profile (assessment) file has errors
    ├── ComparisonError         profiles cannot be compared (different checklists)
    └── OutputError             a report cannot be written where asked
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any, Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Issue:
    """One problem found in an input file, located as precisely as the format allows.

    ``row`` is the 1-based row a spreadsheet program shows; ``column`` is the
    header text or column letter; ``pointer`` is a JSON pointer for JSON and
    YAML input.
    """

    code: str
    message: str
    severity: Severity = "error"
    hint: str = ""
    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    pointer: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    @property
    def location(self) -> str:
        """A short human-readable place, e.g. ``profile.xlsx › Assessment › row 7 › Status``."""
        return " › ".join(part for part in (self.file, self.place) if part)

    @property
    def place(self) -> str:
        """Where inside the file: ``Assessment › row 7 › Status`` or a JSON pointer."""
        parts: list[str] = []
        if self.sheet:
            parts.append(self.sheet)
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(str(self.column))
        if self.pointer is not None:
            parts.append(self.pointer or "/")
        return " › ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def has_errors(issues: Iterable[Issue]) -> bool:
    """True when any issue is an error (warnings never stop work)."""
    return any(issue.is_error for issue in issues)


class GapcheckError(Exception):
    """Base of every exception gapcheck raises on purpose."""

    def __init__(self, message: str, issues: Iterable[Issue] = ()) -> None:
        super().__init__(message)
        self.issues: tuple[Issue, ...] = tuple(issues)


class ChecklistError(GapcheckError):
    """A checklist file breaks the schema or its own rules; ``issues`` lists every problem."""


class UnknownChecklistError(ChecklistError):
    """The checklist id or version asked for is not bundled and is not a file."""


class ProfileError(GapcheckError):
    """A profile file has errors; ``issues`` lists every problem, warnings included."""


class ComparisonError(GapcheckError):
    """Profiles cannot be put side by side, e.g. they answer different checklists."""


class InvalidArgumentError(GapcheckError, ValueError):
    """A call names a scoring model, scope, item or status that does not exist.

    It is also a ``ValueError``, as Python code that passes a bad argument would expect.
    """


class OutputError(GapcheckError):
    """A report cannot be written: the path is an input file, or the format is unknown."""
