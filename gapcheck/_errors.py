"""Every way gapcheck can fail, in one place: the exception tree and the catalogue of issue codes.

Problems in a user's files are not raised one at a time: they are collected
as :class:`Issue` records (a code, where it is, what is wrong, what to do) so
that a user sees all of them at once. An exception is raised only to stop
work, and it carries the issues that stopped it.

The tree::

    GapcheckError
    ├── ChecklistError              a checklist, tailoring or crosswalk file is broken or cannot be found
    │   └── UnknownChecklistError   no such checklist id or version, or no such file
    ├── ProfileError                a profile (assessment) file has errors
    ├── ComparisonError             profiles cannot be compared, or a pair is one jurisdiction
    ├── InvalidArgumentError        a call passes what cannot be used (also a ValueError)
    └── OutputError                 a report cannot be written where asked

Every issue code gapcheck raises is in :data:`CATALOGUE` with its severity,
what it means and, where the advice is always the same, the hint; the README's
table of codes is generated from it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any, Literal

from gapcheck._bounds import MAX_CELLS, MAX_COLUMNS, MAX_DEPTH, MAX_INPUT_FILES, MAX_ROWS, MAX_SHARED_STRINGS_BYTES
from gapcheck._text import has_unstorable, storable

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

    def __post_init__(self) -> None:
        """Hold only text every file and terminal can take: an issue quotes what a file said, and a file may say
        anything (a lone surrogate from JSON, a control character, a file name of undecodable bytes). Each such
        character becomes U+FFFD, so that printing or writing an issue can never fail."""
        for name in _TEXT_FIELDS:
            value = getattr(self, name)
            if isinstance(value, str) and has_unstorable(value):
                object.__setattr__(self, name, storable(value))

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


_TEXT_FIELDS = ("code", "message", "hint", "file", "sheet", "column", "pointer")


def has_errors(issues: Iterable[Issue]) -> bool:
    """True when any issue is an error (warnings never stop work)."""
    return any(issue.is_error for issue in issues)


@dataclass(frozen=True)
class Code:
    """One issue code: how serious it is, what it means, and the advice when it is always the same."""

    code: str
    severity: Severity
    topic: str
    meaning: str
    hint: str = ""


TOPICS: Mapping[str, str] = {
    "answers": "Problems in a profile's answers",
    "who": "Problems in who was assessed, and when",
    "shape": "Problems in a profile's shape",
    "json": "JSON profiles",
    "warning": "Warnings while reading a profile (they do not stop scoring)",
    "file": "The file itself",
    "untrusted": "Untrusted or broken files",
    "checklist": "Checklist, tailoring and crosswalk files",
    "batch": "Comparing, measuring progress, projecting",
    "output": "Reports and other outputs",
    "argument": "Calls from Python (InvalidArgumentError)",
}
"""The groups of the README's table of codes, in order."""

_WRITE_CITATION = "Write the citation as the report does, e.g. 10 (f) (vii), 10(f)(vii) or 10.f.vii; " \
                  "`gapcheck template` lists every item."
_SAVE_AS_XLSX = "Open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx)."
_NAME_CHECKLIST = "Check the path, or name a bundled checklist (see `gapcheck checklists`)."
_FORCE = "Choose another name, or add --force (overwrite=True in Python) to replace it."

CATALOGUE: Mapping[str, Code] = {c.code: c for c in (
    # --- answers
    Code("unknown-item", "error", "answers", "an item id that is not an item of the checklist", _WRITE_CITATION),
    Code("missing-item", "error", "answers", "a row with a status but no item",
         "Write the recommendation's citation in the item column, e.g. 10 (f) (vii)."),
    Code("group-answered", "error", "answers", "a status given to a group (9 (n), 10 (f)), which is answered through "
         "its sub-items"),
    Code("conflicting-answers", "error", "answers", "one item answered twice, differently",
         "Keep one answer per item: merge the two rows into one."),
    Code("invalid-status", "error", "answers", "a status that is not on the scale nor a documented synonym; the hint "
         "names the word probably meant"),
    Code("invalid-reservation", "error", "answers", "a reservation the checklist's treaty does not allow (for the "
         "Budapest Convention, a paragraph Article 42 does not list)"),
    Code("invalid-declaration", "error", "answers", "a declaration the checklist's treaty does not allow (for the "
         "Budapest Convention, a paragraph Article 40 does not list)"),
    # --- who and when
    Code("missing-jurisdiction", "error", "who", "the jurisdiction's name is missing",
         "Enter the country's (or other jurisdiction's) name: in the template on the Jurisdiction sheet, in a table "
         "in a Jurisdiction column, in JSON under jurisdiction.name."),
    Code("invalid-code", "error", "who", "a country code that is not three letters",
         "Use the country's ISO 3166-1 alpha-3 code (e.g. KEN, BRA, EST); for a fictional or sub-national "
         "jurisdiction use one from XAA to XZZ. Leave it blank if there is none."),
    Code("invalid-date", "error", "who", "a date that cannot be read",
         "Write the date of the assessment as YYYY-MM-DD, e.g. 2024-03-01."),
    Code("ambiguous-date", "error", "who", "a date written as text that reads two ways (03/04/2026: 3 April or "
         "4 March); the hint names both readings"),
    Code("future-date", "error", "who", "an assessment date in the future",
         "Give the date on which the law was assessed; check the year and the order of day and month."),
    Code("conflicting-jurisdiction-details", "error", "who", "one jurisdiction given two names, codes, groups or "
         "dates in a long table",
         "Give each jurisdiction one value for this field, or correct the jurisdiction's name if these rows belong "
         "to another one."),
    Code("several-jurisdictions", "error", "who", "a file holding several jurisdictions where one is wanted "
         "(`read_profile`, `score`)"),
    Code("no-such-jurisdiction", "error", "who", "FILE#CODE names no jurisdiction of the file"),
    Code("ambiguous-jurisdiction", "error", "who", "FILE#CODE names a code two jurisdictions of the file share"),
    # --- shape
    Code("unknown-checklist", "error", "shape", "the checklist a file names (or `-c` names) is not known"),
    Code("no-header-row", "error", "shape", "no header row with an item and a status column in the first 20 rows"),
    Code("missing-column", "error", "shape", "a header row without its item or status column; names the header "
         "probably meant (`staus` → Status)"),
    Code("no-answers", "error", "shape", "a header row with no rows under it",
         "Add one row per answer under the header row, or fill in the template."),
    Code("report-not-profile", "error", "shape", "the file is a report gapcheck wrote, not an assessment (a warning in "
         "`compare` and for a folder given to `validate`, which leave the file out)",
         "Give the assessment the report was made from: the filled template, CSV or JSON profile."),
    # --- JSON
    Code("invalid-json", "error", "json", "the file is not JSON", "Check the file in a JSON validator or editor, or "
         "write it with gapcheck.write_profile."),
    Code("invalid-value", "error", "json", "a value of the wrong type (a status of `true` or `null`, provisions as "
         "text), or a file that holds `null` or a list instead of a profile"),
    Code("unknown-field", "error", "json", "a field the profile schema does not have",
         "See schemas/profile.schema.json, or write the profile with gapcheck.write_profile."),
    Code("missing-field", "error", "json", "a field the profile schema requires",
         "See schemas/profile.schema.json, or write the profile with gapcheck.write_profile."),
    Code("too-deeply-nested", "error", "json", "lists or objects nested more deeply than any profile or checklist "
         f"needs ({MAX_DEPTH} levels), located at the value that holds them"),
    # --- warnings
    Code("unanswered-items", "warning", "warning", "scored items without a status, counted as unknown",
         "Give each a status; leave one blank only if it has not been assessed."),
    Code("na-without-reason", "warning", "warning", "not applicable without a reason in the notes",
         "Say in the notes why the recommendation does not apply."),
    Code("unscored-item-answered", "warning", "warning", "an answer to an item addressed to UNODC or to States "
         "jointly, kept for reference", "No action needed; remove the row if it was meant for another item."),
    Code("duplicate-answer", "warning", "warning", "one item answered twice, identically",
         "Delete one of the two rows."),
    Code("duplicate-column", "warning", "warning", "a header used twice (the first column is read); in Python, two "
         "status columns naming one item (an error there)"),
    Code("group-notes-ignored", "warning", "warning", "provisions, evidence or notes given for a group, not kept"),
    Code("checklist-mismatch", "warning", "warning", "a profile read or scored against another checklist version than "
         "the one it names", "Items that changed between the versions may need a fresh look."),
    Code("unstorable-text", "warning", "warning", "characters no file can hold (control characters, lone surrogates, "
         "U+FFFE, U+FFFF) replaced with U+FFFD", "Check the text at this place and retype what was meant."),
    # --- the file
    Code("file-not-found", "error", "file", "no file at the path", "Check the spelling and the folder."),
    Code("not-a-file", "error", "file", "a folder, device or pipe where a file is expected"),
    Code("unreadable-file", "error", "file", "the system will not let gapcheck read the file (or copy a workbook into "
         "the temporary folder to read it)",
         "Check that you may read it and that no other program locks it."),
    Code("empty-file", "error", "file", "the file is empty", "Check that this is the right file; write a new one with "
         "`gapcheck template`."),
    Code("file-too-large", "error", "file", "the file is over the size limit",
         "A profile is normally well under 1 MB; check that this is the right file, or split a long table into "
         "several files."),
    Code("unsupported-format", "error", "file", "a file suffix gapcheck does not read as a profile",
         "Give the profile as an .xlsx workbook (such as the template), a .csv file or a .json file."),
    Code("symlink-loop", "error", "file", "a path (of an input, an output or its folder) whose symbolic links lead "
         "back to themselves",
         "Name the file itself, or repair the link."),
    Code("too-many-files", "error", "file", f"a folder or pattern standing for more than {MAX_INPUT_FILES:,} files "
         "(the first are read)",
         "Name a narrower folder or pattern, or split the batch."),
    # --- untrusted or broken
    Code("legacy-xls", "error", "untrusted", "an Excel 97-2003 workbook (.xls)", _SAVE_AS_XLSX),
    Code("encrypted-workbook", "error", "untrusted", "a password-protected workbook"),
    Code("not-xlsx", "error", "untrusted", "a file named .xlsx that is not an Excel workbook (CSV, OpenDocument, Word, "
         "a zip archive, .xlsb)"),
    Code("truncated-file", "error", "untrusted", "a workbook cut short",
         "The file was cut short while copying or downloading; fetch or save it again."),
    Code("corrupt-file", "error", "untrusted", "a workbook whose parts are damaged",
         "Open it in Excel or LibreOffice; if it opens, save it again as .xlsx."),
    Code("decompression-bomb", "error", "untrusted", "a workbook that would unpack to far more than it holds",
         "A profile workbook unpacks to a few megabytes; check where this file came from."),
    Code("shared-strings-too-large", "error", "untrusted", "a workbook whose texts together (its shared-strings part) "
         f"unpack to more than {MAX_SHARED_STRINGS_BYTES // 1048576} MB",
         "A profile workbook's texts come to well under 1 MB; check where this file came from."),
    Code("xml-entities", "error", "untrusted", "a workbook part with a DTD or entity declaration",
         "Save the workbook again from Excel or LibreOffice, which never write these."),
    Code("sheet-too-large", "error", "untrusted", f"a sheet spanning more than {MAX_ROWS:,} rows or "
         f"{MAX_CELLS:,} cells, a workbook whose sheets together span more than {MAX_CELLS:,} cells, or a CSV table "
         f"of more than {MAX_CELLS:,} cells or {MAX_COLUMNS:,} columns"),
    Code("too-many-rows", "error", "untrusted", f"a table of more than {MAX_ROWS:,} rows",
         "Split the table into several files."),
    Code("undecodable-text", "error", "untrusted", "text in no encoding gapcheck reads",
         "Save the file as UTF-8 (in Excel: Save As › CSV UTF-8)."),
    Code("invalid-csv", "error", "untrusted", "a CSV quote never closed (or closed lines later inside a cell), "
         "located where it opened, so that no answers are silently swallowed"),
    # --- checklists, tailorings, crosswalks
    Code("checklist-syntax", "error", "checklist", "a checklist file that is not valid YAML or JSON",
         "Fix the syntax at the place named; a YAML or JSON linter shows it too."),
    Code("checklist-schema", "error", "checklist", "a checklist file that breaks the schema (with the JSON pointer)",
         "See schemas/checklist.schema.json for what this field may hold."),
    Code("checklist-too-large", "error", "checklist", "a checklist, tailoring or crosswalk file over 5 MB",
         "A checklist is a small text file; check that this is the right file."),
    Code("checklist-not-found", "error", "checklist", "no such checklist file", _NAME_CHECKLIST),
    Code("not-a-checklist", "error", "checklist", "a folder, profile or other file named where a checklist belongs",
         "Name the checklist's .yaml or .json file, or a bundled checklist such as eg-cybercrime-2018 (see "
         "`gapcheck checklists`)."),
    Code("unknown-checklist-version", "error", "checklist", "no such version of a bundled checklist"),
    Code("duplicate-id", "error", "checklist", "an item id used twice", "Every item needs its own id."),
    Code("unknown-section", "error", "checklist", "an item in a section that is not declared",
         "Add the section under 'sections', or use the id of one declared there."),
    Code("unknown-parent", "error", "checklist", "an item whose parent is not a group",
         "Declare the parent item with 'group: true', or correct the id."),
    Code("parent-mismatch", "error", "checklist", "a child id that does not extend its group's"),
    Code("empty-group", "error", "checklist", "a group without children",
         "A group is answered through its children; give it some or drop 'group: true'."),
    Code("citation-mismatch", "error", "checklist", "a citation that does not name its item's id"),
    Code("unknown-relation", "error", "checklist", "a relation naming an unknown item",
         "Name an item of this checklist by its id, or remove it."),
    Code("self-relation", "error", "checklist", "an item related to itself", "Remove the item's own id from its "
         "relations."),
    Code("unknown-article", "error", "checklist", "a treaty article, paragraph or point that does not exist",
         "Correct the reference; gapcheck/data/treaties.yaml lists every article and paragraph."),
    Code("unknown-alternative", "error", "checklist", "an alternatives set naming an unknown item",
         "Name an item of this checklist by its id."),
    Code("group-alternative", "error", "checklist", "a group in an alternatives set",
         "Name answerable items (a group's sub-items) instead."),
    Code("duplicate-alternative", "error", "checklist", "an item in two alternatives sets",
         "An item may belong to one alternatives set only; merge the sets or drop one membership."),
    Code("weight-without-rationale", "error", "checklist", "a weight other than 1 without a `weight_rationale`",
         "Say in one line why the item weighs what it weighs."),
    Code("missing-obligation", "error", "checklist", "a treaty item that does not say whether it is mandatory or "
         "optional", "Add obligation: mandatory (the text says shall) or optional (may)."),
    Code("unknown-reservation", "error", "checklist", "a reservation the treaty does not allow",
         "List only the paragraphs the treaty allows reservations to (Budapest Convention: Article 42)."),
    Code("unknown-declaration", "error", "checklist", "a declaration the treaty does not allow",
         "List only the paragraphs the treaty allows declarations under (Budapest Convention: Article 40)."),
    Code("unknown-item-reference", "error", "checklist", "a decision, reservation or declaration naming an unknown "
         "item", "Name an answerable item of this checklist by its id."),
    Code("invalid-tailoring", "error", "checklist", "a tailoring file that is not valid, names an unknown item or "
         "another checklist", "See schemas/tailoring.schema.json; a tailoring names items of the checklist "
         "version it tailors."),
    Code("invalid-crosswalk", "error", "checklist", "a crosswalk file that is not valid or names unknown items",
         "See schemas/crosswalk.schema.json; links join answerable items of the two checklists."),
    Code("no-crosswalk", "error", "checklist", "no crosswalk joins the two checklists of a projection"),
    # --- batches
    Code("other-checklist", "error", "batch", "an assessment against another checklist than the others (left out)"),
    Code("unreadable", "error", "batch", "a file in a batch that cannot be read (left out)",
         "Run `gapcheck validate FILE` on it to see what is wrong."),
    Code("same-jurisdiction", "error", "batch", "dual criminality asked between a jurisdiction and itself",
         "Name two different jurisdictions; `gapcheck progress OLD NEW` compares two assessments of one."),
    Code("duplicate-jurisdiction", "warning", "batch", "a jurisdiction given twice in `compare` (the latest is kept)",
         "Compare one assessment per jurisdiction; `gapcheck progress OLD NEW` shows what changed between two "
         "dates."),
    Code("jurisdiction-unclear", "warning", "batch", "a jurisdiction named without a code whose name fits two "
         "jurisdictions with different codes (kept apart)",
         "Give the jurisdiction its code, so that it is matched to the right one."),
    Code("item-not-in-version", "warning", "batch", "an answer to an item the compared version dropped",
         "The checklist changelog says what became of it; reassess against the new version."),
    Code("meaning-changed", "warning", "batch", "an answer carried to a version in which the item's meaning changed: "
         "it keeps its status and must be checked again",
         "Re-check the answer against the new requirement and guidance, then update the profile."),
    Code("no-longer-scored", "warning", "batch", "an answer carried to a version in which the item is context "
         "(no longer scored); kept for reference",
         "No action needed; the changelog says why the item is no longer scored."),
    Code("no-input-files", "warning", "batch", "a folder or pattern with no profile file",
         "Point to the .xlsx, .csv or .json files, or to the folder that holds them."),
    Code("same-assessment", "warning", "batch", "in `progress`: OLD and NEW are one assessment",
         "Name two different assessments, the earlier one first: gapcheck progress OLD NEW."),
    Code("different-jurisdiction", "warning", "batch", "in `progress`: OLD and NEW assess two jurisdictions",
         "Check that the two files are of the same jurisdiction; use `gapcheck compare` for different ones."),
    Code("dates-reversed", "warning", "batch", "in `progress`: OLD is dated after NEW",
         "Give the older assessment first: gapcheck progress OLD NEW."),
    # --- outputs
    Code("output-exists", "error", "output", "another file in the way of a report or template", _FORCE),
    Code("output-is-input", "error", "output", "an output named as one of the inputs",
         "Choose another name; gapcheck never modifies its inputs."),
    Code("output-is-folder", "error", "output", "an output named as a folder",
         "Give a file name ending in the format, e.g. report.xlsx."),
    Code("output-folder-missing", "error", "output", "an output in a folder that does not exist",
         "Create the folder first, or choose another place for the file."),
    Code("output-not-writable", "error", "output", "a place the system will not let gapcheck write (no permission, a "
         "full disk, a file locked by a spreadsheet program)",
         "Check that the folder is yours to write in and has space, and that the file is not open in another "
         "program (a spreadsheet program keeps open files locked)."),
    Code("unknown-report-format", "error", "output", "a report suffix other than .xlsx, .json or .md"),
    Code("unsupported-output", "error", "output", "a profile or template suffix gapcheck does not write"),
    Code("unsupported-document", "error", "output", "something `write_report` cannot write",
         "Write a Result (score), Comparison (compare), Progress (progress) or DualCriminality (dual_criminality); "
         "to save a profile, use gapcheck.write_profile."),
    # --- arguments
    Code("unknown-model", "error", "argument", "an unknown scoring model"),
    Code("unknown-scope", "error", "argument", "an unknown scope"),
    Code("unknown-paper", "error", "argument", "a paper size workbooks are not laid out for",
         "Use paper=\"a4\" (the default) or paper=\"letter\"."),
    Code("unknown-status", "error", "argument", "an unknown status in a hand-built Profile or a status table"),
    Code("item-id-form", "error", "argument", "a non-canonical id in a hand-built Profile",
         "Read profiles with gapcheck.read_profile, which writes ids canonically."),
    Code("not-a-profile", "error", "argument", "a value where a profile belongs that is not one"),
    Code("not-a-source", "error", "argument", "a value where a profile file, folder, pattern, Profile or Result "
         "belongs", "Pass paths (as text or Path), or what read_profile or score returned."),
    Code("not-a-table", "error", "argument", "a value where a DataFrame belongs",
         "Build one with pandas.DataFrame(rows), one row per jurisdiction and one column per item."),
)}
"""Every issue code gapcheck raises, by code."""


def issue(
    code: str,
    message: str,
    *,
    hint: str | None = None,
    severity: Severity | None = None,
    file: str | None = None,
    sheet: str | None = None,
    row: int | None = None,
    column: str | None = None,
    pointer: str | None = None,
) -> Issue:
    """An :class:`Issue` of a catalogued code: its severity and hint from the catalogue unless given.

    An uncatalogued code is a bug in gapcheck (the test suite finds every one).
    """
    entry = CATALOGUE[code]
    return Issue(code, message, severity or entry.severity, entry.hint if hint is None else hint,
                 file, sheet, row, column, pointer)


class GapcheckError(Exception):
    """Base of every exception gapcheck raises on purpose."""

    def __init__(self, message: str, issues: Iterable[Issue] = ()) -> None:
        super().__init__(message)
        self.issues: tuple[Issue, ...] = tuple(issues)


class ChecklistError(GapcheckError):
    """A checklist, tailoring or crosswalk file breaks the schema or its own rules; ``issues`` lists every problem."""


class UnknownChecklistError(ChecklistError):
    """The checklist id or version asked for is not bundled and is not a file."""


class ProfileError(GapcheckError):
    """A profile file has errors; ``issues`` lists every problem, warnings included."""


class ComparisonError(GapcheckError):
    """Profiles cannot be put side by side: another checklist, nothing readable, or a pair that is one jurisdiction."""


class InvalidArgumentError(GapcheckError, ValueError):
    """A call passes what cannot be used: an unknown model, scope, item or status, or a value of the wrong kind.

    It is also a ``ValueError``, as Python code that passes a bad argument would expect.
    """


class OutputError(GapcheckError):
    """A report cannot be written: the path is an input file, or the format is unknown."""


def catalogue_table() -> str:
    """The catalogue as the Markdown tables the README shows, one per topic."""
    lines: list[str] = []
    for topic, title in TOPICS.items():
        entries = [entry for entry in CATALOGUE.values() if entry.topic == topic]
        lines += [f"**{title}**", "", "| code | severity | meaning |", "|---|---|---|"]
        lines += [f"| `{e.code}` | {e.severity} | {e.meaning} |" for e in entries]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
