"""From what a file says to a checked :class:`Profile`: every rule, once, for every format.

The rules a lawyer's file must meet are the same whether it came as a
spreadsheet, a CSV or JSON, so they live here and each reader only says
where each value sat. All problems are collected; a profile is built only
when none of them is an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from pathlib import Path
from sys import intern
from typing import Any

from gapcheck._checklist import Checklist, Item
from gapcheck._checklist_files import load_checklist
from gapcheck._errors import ChecklistError, Issue, UnknownChecklistError, has_errors, issue
from gapcheck._ids import canonical_item_id
from gapcheck._profile import STATUS_VALUES, Answer, Jurisdiction, Profile, normalise_status, suggest_status
from gapcheck._readers._raw import (
    EVIDENCE,
    NOTES,
    PROVISIONS,
    STATUS,
    Cell,
    RawAnswer,
    RawProfile,
    Where,
    cell_text,
    invalid_date,
    parse_date,
    shorten,
)
from gapcheck._text import has_unstorable, storable

DEFAULT_CHECKLIST = "eg-cybercrime-2018"
CHECKLIST_REF = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}(@\d{1,9}\.\d{1,9}\.\d{1,9})?$")
COUNTRY_CODE = re.compile(r"^[A-Z]{3}$")
LIST_SEPARATORS = re.compile(r"[;\r\n]+")


STATUS_HINT = ("Use full, partial, planned, none, not_applicable or unknown, or a synonym such as yes, partly, "
               "draft bill, no or n/a (the template's Instructions sheet lists them all).")


# --- which checklist ---------------------------------------------------------


def explicit_checklist(ref: Checklist | str | Path | None) -> tuple[Checklist | None, list[Issue]]:
    """Load the checklist a caller named; a bad name becomes an issue, not an exception."""
    if ref is None:
        return None, []
    try:
        return load_checklist(ref), []
    except ChecklistError as exc:
        return None, list(exc.issues) or [issue("unknown-checklist", str(exc))]


def declared_checklist(declared: Cell | None, explicit: Checklist | None, file: Where) -> tuple[
        Checklist | None, list[Issue]]:
    """The checklist a file is read against: the caller's, else the file's own, else the newest bundled one."""
    if explicit is not None:
        return explicit, _mismatch(declared, explicit)
    if declared is None or declared.blank:
        where, ref = file, DEFAULT_CHECKLIST
    else:
        where, ref = declared.where, declared.text
    if not CHECKLIST_REF.match(ref):
        return None, [where.issue(
            "unknown-checklist", f"{shorten(ref)!r} does not name a checklist as id@version.",
            "Write the checklist as id@version, e.g. eg-cybercrime-2018@1.0.0, or name a checklist "
            "file with --checklist.")]
    try:
        return _named_checklist(ref), []
    except UnknownChecklistError as exc:
        hint = exc.issues[0].hint if exc.issues else ""
        return None, [where.issue(
            "unknown-checklist", f"The file is assessed against {ref!r}, which gapcheck does not know.",
            f"{hint} If the file was made against a checklist file of your own, name it with --checklist.".strip())]
    except ChecklistError as exc:
        return None, list(exc.issues)


@lru_cache(maxsize=64)
def _named_checklist(ref: str) -> Checklist:
    """A checklist named by ``id`` or ``id@version``, remembered: every file of a batch names the same one."""
    return load_checklist(ref)


def _mismatch(declared: Cell | None, explicit: Checklist) -> list[Issue]:
    if declared is None or declared.blank or declared.text in (explicit.ref, explicit.id):
        return []
    return [declared.where.issue(
        "checklist-mismatch",
        f"The file says it was assessed against {shorten(declared.text)!r}; it is read against {explicit.ref} "
        "as asked.",
        "Check that the answers still fit the checklist you named.",
        severity="warning")]


# --- the profile -------------------------------------------------------------


def assemble(raw: RawProfile, checklist: Checklist | None) -> tuple[Profile | None, list[Issue]]:
    """Check one jurisdiction's answers against the checklist; the profile only when nothing is wrong."""
    issues: list[Issue] = []
    jurisdiction = _jurisdiction(raw, issues)
    assessed_on = _assessed_on(raw.fields.get("assessed_on"), issues)
    if checklist is None:
        return None, issues
    answers, mistyped = _answers(raw.answers, checklist, issues)
    reservations = _paragraphs(raw.fields.get("reservations"), checklist, "reservation", issues)
    declarations = _paragraphs(raw.fields.get("declarations"), checklist, "declaration", issues)
    issues.extend(_coverage(raw, answers, checklist, jurisdiction.name, mistyped,
                            set(checklist.lifted_by(reservations))))
    if has_errors(issues):
        return None, issues
    profile = Profile(
        jurisdiction=jurisdiction,
        checklist=checklist.ref,
        answers={item_id: answer for item_id, (answer, _) in answers.items()},
        assessed_on=assessed_on,
        assessor=_text(raw.fields.get("assessor"), issues),
        sources=tuple(_clean(text, raw.fields["sources"].where, issues)
                      for text in _sources(raw.fields.get("sources"))),
        reservations=reservations,
        declarations=declarations,
        projected_from=_text(raw.fields.get("projected_from"), issues),
    )
    return profile, issues


def _text(cell: Cell | None, issues: list[Issue]) -> str:
    return _clean(cell.text, cell.where, issues) if cell else ""


def _clean(text: str, where: Where, issues: list[Issue]) -> str:
    """Text as every file can hold it: an unstorable character becomes U+FFFD, with a warning at its place."""
    if not has_unstorable(text):
        return text
    issues.append(where.issue(
        "unstorable-text", f"{shorten(storable(text))!r} held characters no file can hold (control characters, "
        "lone surrogates or U+FFFE/U+FFFF); each was replaced with \ufffd.", severity="warning"))
    return storable(text)


def _clean_at(text: str, row: RawAnswer, field: int, issues: list[Issue]) -> str:
    """:func:`_clean` for a field of an answer, whose place is worked out only when it holds something to say."""
    return _clean(text, row.cell(field).where, issues) if has_unstorable(text) else text


def _paragraphs(cell: Cell | None, checklist: Checklist, kind: str, issues: list[Issue]) -> tuple[str, ...]:
    """The reservations (or declarations) a profile lists, as the checklist writes them; an unknown one is an error.

    For the Budapest Convention a reservation is possible only to the paragraphs Article 42 lists, and a
    declaration only under those of Article 40; anything else is refused at its cell, with the list.
    """
    if cell is None or cell.blank:
        return ()
    allowed = checklist.reservations if kind == "reservation" else checklist.declarations
    found: list[str] = []
    for written in split_list(cell.value, re.compile(r"[;\r\n]+")):
        entry = checklist.reservation(written) if kind == "reservation" else checklist.declaration(written)
        if entry is None:
            listed = ", ".join(r.paragraph for r in allowed)
            code = "invalid-reservation" if kind == "reservation" else "invalid-declaration"
            issues.append(cell.where.issue(
                code, f"{shorten(written)!r} is not a paragraph {checklist.ref} allows a {kind} "
                f"{'to' if kind == 'reservation' else 'under'}.",
                f"The {kind}s it allows: {listed}." if listed else f"{checklist.ref} provides for no {kind}s."))
        elif entry.paragraph not in found:
            found.append(entry.paragraph)
    return tuple(found)


def split_list(value: Any, separators: re.Pattern[str] = LIST_SEPARATORS) -> tuple[str, ...]:
    """Provisions (or sources) as a tuple: a JSON list as it is, a cell split at ``;`` and line breaks."""
    if isinstance(value, (list, tuple)):
        parts: Iterable[Any] = value
    elif value is None:
        return ()
    else:
        text = cell_text(value)
        if not separators.search(text):
            return (text,) if text else ()
        parts = separators.split(text)
    return tuple(text for text in map(cell_text, parts) if text)


def _sources(cell: Cell | None) -> tuple[str, ...]:
    """Sources are one per line: a source's title may well contain a semicolon."""
    return split_list(cell.value, re.compile(r"[\r\n]+")) if cell else ()


def _jurisdiction(raw: RawProfile, issues: list[Issue]) -> Jurisdiction:
    name = raw.fields.get("jurisdiction") or Cell(None, raw.where)
    if name.blank:
        issues.append(name.where.issue("missing-jurisdiction", "The name of the jurisdiction assessed is missing."))
    code_cell = raw.fields.get("code")
    code = code_cell.text.upper() if code_cell else ""
    if code and code_cell and not COUNTRY_CODE.match(code):
        issues.append(code_cell.where.issue(
            "invalid-code", f"{shorten(storable(code_cell.text))!r} is not a three-letter ISO 3166-1 alpha-3 code."))
    return Jurisdiction(name=_clean(name.text, name.where, issues), code=code,
                        group=_text(raw.fields.get("group"), issues))


def _assessed_on(cell: Cell | None, issues: list[Issue]) -> date | None:
    if cell is None or cell.blank:
        return None
    parsed = parse_date(cell.value)
    if parsed is None:
        issues.append(invalid_date(cell))
        return None
    if parsed > date.today():
        issues.append(cell.where.issue(
            "future-date", f"The assessment date {parsed.isoformat()} is in the future."))
        return None
    return parsed


def _answers(rows: list[RawAnswer], checklist: Checklist,
             issues: list[Issue]) -> tuple[dict[str, tuple[Answer, RawAnswer]], set[str]]:
    """Check every row; keep the first answer to each item, with the row it came from.

    Also the items whose status is mistyped: they have an answer, just not a readable one, and are not
    counted among the items left without a status.
    """
    found: dict[str, tuple[Answer, RawAnswer]] = {}
    mistyped: set[str] = set()
    items = _items_by_id(checklist)
    for row in rows:
        item_value, status_value, provisions_value, evidence_value, notes_value = row.values
        text = cell_text(item_value)
        item_id = _item_id(text, checklist.citation_style) if text else None
        item = items.get(item_id) if item_id else None
        if item is None:
            _not_an_item(row, checklist, issues)
            continue
        if item.is_group:
            _group_row(row, item, checklist, issues)
            continue
        status_text, evidence, notes = cell_text(status_value), cell_text(evidence_value), cell_text(notes_value)
        if not (status_text or evidence or notes or cell_text(provisions_value)):
            continue  # left unanswered: counted below
        status = _status(status_text, checklist)
        if status is None:
            mistyped.add(item.id)
            address = row.address(STATUS)
            issues.append(row.status.where.issue(
                "invalid-status", f"{item.id}: {shorten(status_text)!r} is not a status"
                + (f" (cell {address})." if address else "."), status_hint(status_text)))
            continue
        # one string for each text a long table repeats row after row ("Penal Code, s. 4"): a batch of thousands
        # of jurisdictions holds each once
        evidence = intern(_clean_at(evidence, row, EVIDENCE, issues))
        notes = intern(_clean_at(notes, row, NOTES, issues))
        provisions = tuple(intern(_clean_at(text, row, PROVISIONS, issues)) for text in split_list(provisions_value))
        answer = Answer(item.id, status, provisions, evidence, notes)
        first = found.get(item.id)
        if first is None:
            found[item.id] = (answer, row)
        else:
            _answered_again(answer, row, first, issues)
    return found, mistyped


def status_hint(text: str) -> str:
    """What to write instead: the status a typo most likely meant, then every status and some synonyms."""
    guess = suggest_status(text)
    if guess is None:
        return STATUS_HINT
    status, written = guess
    meant = status if written.replace(" ", "_") == status else f"{status} ({written})"
    return f"Did you mean {meant}? {STATUS_HINT}"


@lru_cache(maxsize=4096)
def _status(text: str, checklist: Checklist) -> str | None:
    """A documented synonym, or a label of the checklist's own scale ("Partly met") as the template shows it.

    Remembered: a batch of profiles spells its statuses in a handful of ways.
    """
    status = normalise_status(text)
    if status is not None:
        return status
    key = " ".join(text.casefold().split())
    return next((level.id for level in checklist.statuses if " ".join(level.label.casefold().split()) == key), None)


def _not_an_item(row: RawAnswer, checklist: Checklist, issues: list[Issue]) -> None:
    """A row that names no item of the checklist: an error when it says something, else a heading."""
    if row.item.blank:
        if not row.status.blank:
            issues.append(row.item.where.issue(
                "missing-item", "This row has a status but no item."))
        return
    if row.status.blank and (_item_id(row.item.text, checklist.citation_style) is None or not row.has_text):
        return  # a heading or a comment line, not an answer
    issues.append(row.item.where.issue(
        "unknown-item", f"{shorten(row.item.text)!r} is not an item of {checklist.ref}."))


_item_id = lru_cache(maxsize=4096)(canonical_item_id)
"""Item ids as written, read in a citation style and remembered: every profile of a batch writes the same few dozen."""


@lru_cache(maxsize=16)
def _items_by_id(checklist: Checklist) -> dict[str, Item]:
    return {item.id: item for item in checklist.items}


@lru_cache(maxsize=16)
def _scored_items(checklist: Checklist) -> tuple[Item, ...]:
    return checklist.scored_items


def _group_row(row: RawAnswer, item: Item, checklist: Checklist, issues: list[Issue]) -> None:
    children = checklist.children(item.id)
    span = f"{children[0].id} to {children[-1].id}" if children else "its sub-items"
    if not row.status.blank:
        issues.append(row.status.where.issue(
            "group-answered", f"{item.id} is a group: it is answered through its sub-items ({span}), not directly.",
            f"Clear the status of {item.id} and give one to each of {span}."))
    elif row.has_text:
        issues.append(row.item.where.issue(
            "group-notes-ignored", f"The provisions, evidence or notes given for the group {item.id} are not kept.",
            f"Put them on the sub-items they concern ({span}).", severity="warning"))


def _answered_again(answer: Answer, row: RawAnswer, first: tuple[Answer, RawAnswer], issues: list[Issue]) -> None:
    if first[0] == answer:
        issues.append(row.item.where.issue(
            "duplicate-answer", f"{answer.item} is answered again, identically (first at "
            f"{first[1].where.describe()}).", severity="warning"))
    else:
        issues.append(row.item.where.issue(
            "conflicting-answers",
            f"{answer.item} is answered twice, differently (first at {first[1].where.describe()})."))


def _coverage(raw: RawProfile, answers: dict[str, tuple[Answer, RawAnswer]], checklist: Checklist,
              name: str, mistyped: set[str], lifted: set[str]) -> list[Issue]:
    """Warnings that do not stop scoring: items left open, n/a without a reason, context items answered.

    A mistyped status is not also listed as left open (it has its error already), and an item a reservation
    lifts needs no answer at all."""
    issues: list[Issue] = []
    for answer, row in answers.values():
        if answer.status == "not_applicable" and not answer.notes:
            issues.append(row.notes.where.issue(
                "na-without-reason", f"{answer.item} is marked not applicable without a reason.", severity="warning"))
        item = _items_by_id(checklist)[answer.item]
        if not item.scored:
            issues.append(row.item.where.issue(
                "unscored-item-answered",
                f"{answer.item} is addressed to {_addressee(item)}, so it is never scored "
                "against a country; the answer is kept for reference only.", severity="warning"))
    open_items = [item_id for item_id in _unanswered(answers, checklist) if item_id not in mistyped | lifted]
    if open_items:
        total = len([item for item in checklist.scored_items if item.id not in lifted])
        who = f" for {name}" if name else ""
        message = (f"None of the {total} scored items has a status yet{who}; all count as unknown (not met)."
                   if len(open_items) == total else
                   f"{len(open_items)} of {total} scored items have no status{who} and count as unknown "
                   f"(not met): {', '.join(open_items)}.")
        issues.append(raw.where.issue(
            "unanswered-items", message,
            severity="warning"))
    return issues


def _addressee(item: Item) -> str:
    return {"unodc": "UNODC", "states_jointly": "States acting jointly"}.get(item.addressee, item.addressee)


def _unanswered(answers: dict[str, tuple[Answer, RawAnswer]], checklist: Checklist) -> list[str]:
    """Scored items still unknown; a member of an alternatives set is covered by a partner that has a value."""
    known = {item_id for item_id, (answer, _) in answers.items() if answer.status != "unknown"}
    valued = {item_id for item_id, (answer, _) in answers.items() if answer.status in STATUS_VALUES}
    return [
        item.id for item in _scored_items(checklist)
        if item.id not in known and not any(other in valued for other in checklist.alternatives_of(item.id))
    ]

