"""Profiles: one jurisdiction's assessment against one checklist version.

A profile holds one :class:`Answer` per item: a status, the provisions that
implement the recommendation, the evidence and notes. Three rules live here
and nowhere else:

* **the status scale**: the six statuses, what each is worth
  (:data:`STATUS_VALUES`), their order for progress (:data:`STATUS_LADDER`),
  and the words people write for them (:func:`normalise_status`);
* **jurisdiction identity**: when two assessments are of one jurisdiction
  (:meth:`Jurisdiction.same_as`, :func:`identity_groups`);
* **profile formats**: which file suffixes hold profiles (:data:`PROFILE_FORMATS`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from difflib import get_close_matches
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from gapcheck._bounds import MAX_STATUS_CHARS
from gapcheck._errors import ComparisonError, Issue, issue

if TYPE_CHECKING:
    import pandas as pd

    from gapcheck._checklist import Checklist

STATUSES = ("full", "partial", "planned", "none", "not_applicable", "unknown")
"""The status scale, best first; ``not_applicable`` and ``unknown`` are not values."""

STATUS_VALUES: Mapping[str, float] = {"full": 1.0, "partial": 0.5, "planned": 0.0, "none": 0.0}
"""What an answered status is worth; unknown is 0 in the score and 1 in the upper bound; not applicable leaves."""

STATUS_LADDER: Mapping[str, int] = {"none": 0, "planned": 1, "partial": 2, "full": 3}
"""How far up the scale a status stands; planned (a bill exists) is a step above none, though it is worth 0."""

GAP_STATUSES = ("none", "planned", "partial")
"""Known statuses short of full, most urgent first (the order that breaks ties in an action plan)."""


def status_value(status: str) -> float | None:
    """What a status is worth in the headline; None for unknown and not applicable, which have no value."""
    return STATUS_VALUES.get(status)


def is_assessed(status: str) -> bool:
    """Anything but unknown has been assessed (not applicable included)."""
    return status != "unknown"


def scale_sentence() -> str:
    """The status values in one sentence, as every report states them."""
    return "Each item is worth: " + ", ".join(f"{status} {value:g}" for status, value in STATUS_VALUES.items()) + "."

STATUS_SYNONYMS: Mapping[str, tuple[str, ...]] = {
    "full": ("full", "fully", "fully met", "yes", "y", "met", "complete", "compliant", "conforms",
             "implemented", "in force", "done", "1", "true", "✓", "✔"),
    "partial": ("partial", "partially", "partly", "partially met", "partly met", "partially compliant", "in part",
                "part", "some", "limited", "half", "0.5"),
    "planned": ("planned", "draft", "bill", "draft bill", "pending", "proposed", "in preparation",
                "in progress", "under development", "under discussion", "bill pending"),
    "none": ("none", "no", "n", "not met", "absent", "missing", "no provision", "not implemented", "gap",
             "non-compliant", "not compliant", "0", "false", "✗", "✘"),
    "not_applicable": ("not_applicable", "not applicable", "n/a", "n.a.", "na", "not relevant", "inapplicable",
                       "does not apply"),
    "unknown": ("unknown", "", "?", "not assessed", "unassessed", "tbd", "to be determined", "unclear",
                "not known", "don't know", "dont know"),
}
"""The words read as each status, as people write them; case and punctuation are ignored when matching."""

_STATUS_NOISE = re.compile(r"[^\w?✓✔✗✘]+")


def _status_key(text: str) -> str:
    return " ".join(_STATUS_NOISE.sub(" ", text.casefold()).replace("_", " ").split())


_SYNONYM_INDEX = {_status_key(word): status for status, words in STATUS_SYNONYMS.items() for word in words}


def normalise_status(text: object) -> str | None:
    """The canonical status for what a person wrote, or None when it is not recognised.

    A blank cell is ``unknown``: what has not been assessed cannot count as met.
    """
    if text is None:
        return "unknown"
    if isinstance(text, float) and text != text:  # NaN from a blank spreadsheet cell
        return "unknown"
    written = str(text)
    if len(written) > MAX_STATUS_CHARS:  # a sentence, not a status: no need to read it
        return None
    return _SYNONYM_INDEX.get(_status_key(written))


_SUGGESTIBLE = tuple(synonym for synonym in _SYNONYM_INDEX
                     if len(synonym) >= 3 and all(len(word) > 1 and word.isalpha() for word in synonym.split()))
"""Synonyms worth offering for a typo: words, not the one-letter or symbol forms ("y", "n a", "0 5", "✓")."""

_SUGGEST_UP_TO = 40
"""Longer texts are sentences, not mistyped statuses; comparing them would only cost time."""


@lru_cache(maxsize=1024)
def suggest_status(text: str) -> tuple[str, str] | None:
    """The status a typo most likely meant, as ``(status, synonym written)``, or None when nothing is close.

    ``"ful"`` gives ``("full", "full")``, ``"Partialy"`` gives ``("partial", "partially")``: a lawyer who
    is told which word was meant fixes the cell at once, where a list of every synonym leaves them looking.
    """
    key = _status_key(text)
    if not key or len(key) > _SUGGEST_UP_TO or key in _SYNONYM_INDEX:
        return None
    match = get_close_matches(key, _SUGGESTIBLE, n=1, cutoff=0.75)
    return (_SYNONYM_INDEX[match[0]], match[0]) if match else None


def name_key(name: str) -> str:
    """A jurisdiction's name as compared: case and runs of spaces do not matter ("Aurelia", " aurelia")."""
    return " ".join(name.casefold().split())


@dataclass(frozen=True)
class Jurisdiction:
    """Who is assessed: a country (ISO 3166-1 alpha-3 code) or a fictional or sub-national one (XAA-XZZ)."""

    name: str
    code: str = ""
    group: str = ""

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code})" if self.code else self.name

    def same_as(self, other: Jurisdiction) -> bool:
        """Whether two assessments are of one jurisdiction: the rule every command follows.

        Two codes decide alone (in any case), whatever the names say; when
        either has no code, the names decide (case and spacing aside). So
        "Aurelia (XKA)" and "Aurelia" without a code are one jurisdiction, and
        "Aurelia (XKA)" and "Aurelia (XKB)" are two.
        """
        if self.code and other.code:
            return self.code.casefold() == other.code.casefold()
        return name_key(self.name) == name_key(other.name)


def identity_groups(jurisdictions: Sequence[Jurisdiction]) -> tuple[list[list[int]], list[int]]:
    """Positions grouped by :meth:`Jurisdiction.same_as`, and those that fit two groups (kept apart).

    Coded jurisdictions group by code; one without a code joins the coded
    group whose name it bears when exactly one code bears that name, else the
    other uncoded ones of that name. One whose name two codes bear is left in
    a group of its own and listed as unclear: guessing would merge two States.
    """
    groups: dict[tuple[str, str], list[int]] = {}
    codes_by_name: dict[str, set[str]] = {}
    for index, place in enumerate(jurisdictions):
        if place.code:
            groups.setdefault(("code", place.code.casefold()), []).append(index)
            codes_by_name.setdefault(name_key(place.name), set()).add(place.code.casefold())
    unclear: list[int] = []
    for index, place in enumerate(jurisdictions):
        if place.code:
            continue
        codes = codes_by_name.get(name_key(place.name), set())
        if len(codes) == 1:
            groups[("code", next(iter(codes)))].append(index)
        else:
            groups.setdefault(("name", name_key(place.name)) if not codes else ("unclear", str(index)),
                              []).append(index)
            if codes:
                unclear.append(index)
    return [sorted(members) for members in groups.values()], unclear


def pick_jurisdiction(profiles: Sequence[Profile], key: str, file: str | None = None) -> Profile:
    """The profile whose code, name or label is ``key`` (any case): the CODE of ``FILE#CODE``.

    ``file`` is where the profiles were read from; without one they are those of a comparison. A key that fits
    two jurisdictions (two names sharing one code, say) is refused rather than guessed.
    """
    where = file or "the comparison"
    wanted = key.strip().casefold()
    found = [p for p in profiles if wanted in _names_of(p)]
    if len(found) == 1:
        return found[0]
    known = ", ".join(jurisdiction_key(p, profiles) for p in profiles)
    if not found:
        raise ComparisonError(f"no jurisdiction {key!r} in {where}", [issue(
            "no-such-jurisdiction", f"No jurisdiction {key!r} in {where}.", file=file,
            hint=f"Name one of: {known}.")])
    raise ComparisonError(f"{key!r} names {len(found)} jurisdictions in {where}", [issue(
        "ambiguous-jurisdiction", f"{key!r} fits {len(found)} jurisdictions in {where}: "
        f"{', '.join(p.jurisdiction.label for p in found)}.", file=file,
        hint=f"Name one of them by its full name: {', '.join(p.jurisdiction.name for p in found)}.")])


def jurisdiction_key(profile: Profile, profiles: Sequence[Profile]) -> str:
    """What to write after '#' to pick ``profile`` out of ``profiles``: its code when no other shares it."""
    code = profile.jurisdiction.code
    if code and sum(code.casefold() in _names_of(p) for p in profiles) == 1:
        return code
    return profile.jurisdiction.name or code


def _names_of(profile: Profile) -> set[str]:
    place = profile.jurisdiction
    return {place.code.casefold(), place.name.casefold(), place.label.casefold()} - {""}


@dataclass(frozen=True)
class ProfileFormat:
    """A kind of file that holds profiles: how it is read and whether folders and writers know it."""

    suffix: str
    reader: str
    title: str
    in_folders: bool
    written: bool


PROFILE_FORMATS: Mapping[str, ProfileFormat] = {f.suffix: f for f in (
    ProfileFormat(".xlsx", "workbook", "an Excel workbook (the template, or a sheet of your own)", True, True),
    ProfileFormat(".xlsm", "workbook", "an Excel workbook with macros (macros are never run)", False, False),
    ProfileFormat(".csv", "table", "a CSV file (comma, semicolon or tab)", True, True),
    ProfileFormat(".tsv", "table", "a tab-separated text file", False, False),
    ProfileFormat(".txt", "table", "a text table, such as Excel's Unicode text", False, False),
    ProfileFormat(".json", "json", "a JSON profile", True, True),
)}
"""Every profile format by suffix: the one table that reading, writing, folder discovery and hints derive from."""

FOLDER_SUFFIXES = tuple(f.suffix for f in PROFILE_FORMATS.values() if f.in_folders)
"""What a folder or a glob pattern contributes to a batch."""

WRITTEN_SUFFIXES = tuple(f.suffix for f in PROFILE_FORMATS.values() if f.written)
"""What :func:`write_profile` writes."""


@dataclass(frozen=True)
class Answer:
    """The assessment of one item: how far the law meets it, and where that is shown."""

    item: str
    status: str = "unknown"
    provisions: tuple[str, ...] = ()
    evidence: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Profile:
    """One jurisdiction assessed against one checklist version (``checklist`` is ``id@version``).

    ``reservations`` and ``declarations`` name the treaty paragraphs a State
    has reserved or declared under ("9 (4)"), as the checklist writes them.
    ``projected_from`` names the assessment a projection was made from: its
    answers are drafts to confirm, and every report of it says so.
    ``source_file``, ``source_sha256`` and ``issues`` (the warnings met while
    reading) describe where the profile came from and take no part in equality.
    """

    jurisdiction: Jurisdiction
    checklist: str
    answers: Mapping[str, Answer] = field(default_factory=dict)
    assessed_on: date | None = None
    assessor: str = ""
    sources: tuple[str, ...] = ()
    reservations: tuple[str, ...] = ()
    declarations: tuple[str, ...] = ()
    projected_from: str = ""
    source_file: str = field(default="", compare=False)
    source_sha256: str = field(default="", compare=False)
    issues: tuple[Issue, ...] = field(default=(), compare=False)

    def answer(self, item_id: str) -> Answer:
        """The answer for an item; an item left out reads as ``unknown``."""
        return self.answers.get(item_id) or Answer(item_id)

    def to_frame(self) -> pd.DataFrame:
        """The answers as a long table with the canonical columns of a profile CSV."""
        import pandas as pd

        rows: list[dict[str, Any]] = [
            {
                "jurisdiction": self.jurisdiction.name,
                "code": self.jurisdiction.code,
                "group": self.jurisdiction.group,
                "assessed_on": self.assessed_on.isoformat() if self.assessed_on else "",
                "item": answer.item,
                "status": answer.status,
                "provisions": "; ".join(answer.provisions),
                "evidence": answer.evidence,
                "notes": answer.notes,
            }
            for answer in self.answers.values()
        ]
        return pd.DataFrame(rows, columns=list(PROFILE_COLUMNS))


def answer_issues(profile: Profile, checklist: Checklist) -> list[Issue]:
    """Every answer the checklist cannot score: unknown or non-canonical ids, groups answered, unknown statuses.

    Profiles read from files never have these; profiles built in Python may.
    """
    found: list[Issue] = []
    where = profile.source_file or None
    for item_id, answer in profile.answers.items():
        item = checklist.get(item_id)
        if item is None:
            found.append(issue("unknown-item", f"{item_id!r} is not an item of {checklist.ref}.", file=where,
                               hint="Use the item ids of the checklist the profile is scored against."))
        elif item.id != item_id:
            found.append(issue("item-id-form", f"{item_id!r} is not in the canonical form {item.id!r}.", file=where))
        elif item.is_group:
            found.append(issue("group-answered", f"{item_id} is a group; it is answered through its sub-items.",
                               file=where, hint=f"Answer the sub-items of {item_id}."))
        if answer.status not in STATUSES:
            found.append(issue("unknown-status", f"{item_id}: {answer.status!r} is not a status.", file=where,
                               hint=f"Use one of {', '.join(STATUSES)}."))
    return found


PROFILE_COLUMNS = ("jurisdiction", "code", "group", "assessed_on", "item", "status", "provisions", "evidence", "notes")
"""The canonical columns of the long form of a profile, in a sheet or a CSV."""
