"""Checklists: the recommendations or treaty obligations a jurisdiction is assessed against.

This module is the model only: what a checklist, an item, a section, a
reservation hold, and the rules that depend on nothing else. Reading and
validating checklist files is :mod:`gapcheck._checklist_files`.

Two rules live here and nowhere else:

* **scope**: which items count in a headline (:meth:`Checklist.counts`):
  answerable, addressed to the State, selected by any tailoring, inside the
  scope (``legislative`` keeps what statute text can show) and, for a treaty,
  mandatory ("shall"), optional obligations ("may") being reported beside;
* **citations**: an id is read the way the checklist's items are cited
  (:meth:`Checklist.canonical_id`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from gapcheck._ids import canonical_item_id

if TYPE_CHECKING:
    import pandas as pd

    from gapcheck._tailoring import Tailoring

ADDRESSEES = ("state", "states_jointly", "unodc")
"""Who an item is addressed to; only ``state`` items are scored against a jurisdiction."""

SCOPES = ("all", "legislative")
"""``legislative`` narrows scoring to items that can be checked against statute text."""

OBLIGATIONS = ("mandatory", "optional")
"""For a treaty: "shall" (counted in the headline) or "may" (reported beside it)."""


@dataclass(frozen=True)
class Guidance:
    """What evidence meets an item fully or partly, and what to do about a gap."""

    full: str = ""
    partial: str = ""
    next_step: str = ""


@dataclass(frozen=True)
class Crosswalk:
    """Articles of the Budapest Convention (ETS 185) and the UN Convention (2024) an item maps to."""

    budapest: tuple[str, ...] = ()
    un: tuple[str, ...] = ()
    other: tuple[str, ...] = ()


@dataclass(frozen=True)
class Item:
    """One recommendation or obligation, phrased so that ``full`` always means the State conforms.

    ``consider`` marks an item the source only asks States to consider: a
    recorded, reasoned decision not to adopt the measure meets it as fully as
    adopting it. ``meaning_changed`` says what changed since the previous
    version, so that an answer carried over is looked at again. ``selected``
    is False for an item a tailoring leaves out.
    """

    id: str
    citation: str
    section: str
    title: str
    requirement: str
    addressee: str
    kinds: tuple[str, ...]
    legislative: bool
    offence: bool = False
    weight: float = 1.0
    is_group: bool = False
    parent: str | None = None
    replaces: str | None = None
    guidance: Guidance = field(default_factory=Guidance)
    crosswalk: Crosswalk = field(default_factory=Crosswalk)
    overlaps: tuple[str, ...] = ()
    tensions: tuple[str, ...] = ()
    note: str = ""
    obligation: str = ""
    consider: bool = False
    meaning_changed: str = ""
    weight_rationale: str = ""
    selected: bool = True

    @property
    def kind(self) -> str:
        """The item's main kind."""
        return self.kinds[0]

    @property
    def reference(self) -> str:
        """How prose names the item: its id ("10.f") for a recommendation, "art. 29 (2)" for a treaty article,
        as its citation says after the document's name."""
        cited = self.citation.rpartition(", ")[2]
        if cited.startswith("Article "):
            return "art. " + cited.removeprefix("Article ")
        return self.id

    @property
    def answerable(self) -> bool:
        """Groups are answered through their children, never directly."""
        return not self.is_group

    @property
    def scored(self) -> bool:
        """Only what a State can do by its own action is scored against it."""
        return self.addressee == "state"

    @property
    def is_context(self) -> bool:
        """Addressed to UNODC or to States acting jointly: shown for reference, never scored."""
        return not self.is_group and self.addressee != "state"

    @property
    def optional(self) -> bool:
        """A treaty obligation a Party "may" meet: reported beside the headline, not in it."""
        return self.obligation == "optional"

    def counts(self, scope: str = "all") -> bool:
        """Whether the item counts in a headline under ``scope``: the scope rule, in one place."""
        return (self.answerable and self.scored and self.selected and not self.optional
                and (scope == "all" or self.legislative))

    def counts_beside(self, scope: str = "all") -> bool:
        """Whether the item is an optional obligation reported beside the headline under ``scope``."""
        return (self.answerable and self.scored and self.selected and self.optional
                and (scope == "all" or self.legislative))


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    paragraph: str = ""
    part: str = ""


@dataclass(frozen=True)
class StatusLevel:
    id: str
    label: str
    description: str


@dataclass(frozen=True)
class Decision:
    """A judgment taken in writing the checklist, with its reason."""

    id: str
    decision: str
    items: tuple[str, ...] = ()
    finding: str = ""


@dataclass(frozen=True)
class Reservation:
    """A paragraph a State may reserve (or declare under), and what doing so does to the items.

    ``lifts``: a State that made it is not bound by the items, which leave its
    score with the reservation as the reason. ``narrows``: the items stay, and
    their guidance says what ``full`` then means.
    """

    paragraph: str
    key: str
    items: tuple[str, ...]
    effect: str
    note: str = ""

    @property
    def lifts(self) -> bool:
        """Whether a State that made it is released from its items (rather than held to a narrower ``full``)."""
        return self.effect == "lifts"


@dataclass(frozen=True, eq=False)
class Checklist:
    """A loaded, validated checklist version. Look items up with ``checklist["10.f.vii"]``."""

    id: str
    version: str
    title: str
    source: dict[str, Any]
    caveat: str
    statuses: tuple[StatusLevel, ...]
    sections: tuple[Section, ...]
    items: tuple[Item, ...]
    alternatives: tuple[tuple[str, ...], ...] = ()
    changelog: tuple[dict[str, Any], ...] = ()
    sha256: str = ""
    path: str = ""
    format: int = 1
    citation_style: str = "paragraph"
    citation_document: str = ""
    treaty: str = ""
    decisions: tuple[Decision, ...] = ()
    reservations: tuple[Reservation, ...] = ()
    declarations: tuple[Reservation, ...] = ()
    tailoring: Tailoring | None = None
    _by_id: dict[str, Item] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {item.id: item for item in self.items})

    def __repr__(self) -> str:  # the generated one prints every item: tens of kilobytes in a notebook
        tailored = f", tailored by {self.tailoring.title!r}" if self.tailoring else ""
        return f"<Checklist {self.ref}: {len(self.items)} items, {len(self.scored_items)} scored{tailored}>"

    @property
    def ref(self) -> str:
        """``id@version``, the form a profile records."""
        return f"{self.id}@{self.version}"

    def __getitem__(self, item_id: str) -> Item:
        found = self.get(item_id)
        if found is None:
            raise KeyError(f"{item_id!r} is not an item of {self.ref}")
        return found

    def __contains__(self, item_id: object) -> bool:
        return isinstance(item_id, str) and self.get(item_id) is not None

    def __iter__(self) -> Iterator[Item]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def canonical_id(self, text: object) -> str | None:
        """The id a written citation names, read the way this checklist's items are cited."""
        return canonical_item_id(text, self.citation_style)

    def get(self, item_id: str) -> Item | None:
        """The item an id names, written canonically or as a citation; None when there is none."""
        found = self._by_id.get(item_id)
        if found is None and isinstance(item_id, str):
            found = self._by_id.get(self.canonical_id(item_id) or item_id)
        return found

    @property
    def answerable_items(self) -> tuple[Item, ...]:
        """Every item a profile answers (groups excluded), scored or not."""
        return tuple(item for item in self.items if item.answerable)

    @property
    def scored_items(self) -> tuple[Item, ...]:
        """The items that count in the headline under the ``all`` scope."""
        return self.counted_items("all")

    def counted_items(self, scope: str = "all") -> tuple[Item, ...]:
        """The items that count in the headline under ``scope``, in checklist order."""
        return tuple(item for item in self.items if item.counts(scope))

    def optional_items(self, scope: str = "all") -> tuple[Item, ...]:
        """The optional obligations reported beside the headline under ``scope`` (treaties only)."""
        return tuple(item for item in self.items if item.counts_beside(scope))

    @property
    def groups(self) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.is_group)

    def children(self, group_id: str) -> tuple[Item, ...]:
        """The items of a group, by the group's id as written in citations; KeyError for an id that is no item."""
        group = self[group_id].id
        return self._children().get(group, ())

    def _children(self) -> Mapping[str, tuple[Item, ...]]:
        """Every group's children, worked out once: a large checklist asks for them per group."""
        cached: Mapping[str, tuple[Item, ...]] | None = self.__dict__.get("_children_cache")
        if cached is None:
            found: dict[str, list[Item]] = {}
            for item in self.items:
                if item.parent is not None:
                    found.setdefault(item.parent, []).append(item)
            cached = {parent: tuple(items) for parent, items in found.items()}
            object.__setattr__(self, "_children_cache", cached)
        return cached

    def alternatives_of(self, item_id: str) -> tuple[str, ...]:
        """The other members of the alternatives set an item belongs to (empty if none)."""
        item = self[item_id].id
        for members in self.alternatives:
            if item in members:
                return tuple(m for m in members if m != item)
        return ()

    def section(self, section_id: str) -> Section:
        return next(s for s in self.sections if s.id == section_id)

    def status_label(self, status: object) -> str:
        """The checklist's own name for a status (``Fully met``, ``Not applicable``), blank for none."""
        from gapcheck._profile import STATUSES

        if not isinstance(status, str) or status not in STATUSES:
            return ""
        for level in self.statuses:
            if level.id == status:
                return level.label
        return status.replace("_", " ").capitalize()

    def reservation(self, text: object) -> Reservation | None:
        """The reservation a written paragraph names ("9 (4)", "Article 9, paragraph 4"), or None."""
        key = canonical_item_id(text, "article")
        return next((r for r in self.reservations if r.key == key), None)

    def lifted_by(self, reservations: Iterable[str]) -> dict[str, str]:
        """The items the written reservations take out of a State's score, each with the paragraph reserved:
        the one rule for what a reservation lifts, asked by the readers (which items still need an answer) and
        by scoring."""
        found: dict[str, str] = {}
        for written in reservations:
            reservation = self.reservation(written)
            if reservation is not None and reservation.lifts:
                for item_id in reservation.items:
                    found.setdefault(item_id, reservation.paragraph)
        return found

    def declaration(self, text: object) -> Reservation | None:
        """The declaration a written paragraph names ("2", "Article 6 (1) (b)"), or None."""
        key = canonical_item_id(text, "article")
        return next((d for d in self.declarations if d.key == key), None)

    @property
    def is_treaty(self) -> bool:
        """Items cited by article, with mandatory and optional obligations: a headline of readiness."""
        return self.citation_style == "article"

    def to_frame(self) -> pd.DataFrame:
        """One row per item, in checklist order, for export and analysis."""
        import pandas as pd

        return pd.DataFrame([_item_row(item, self) for item in self.items], columns=list(ITEM_COLUMNS))


def _item_row(item: Item, checklist: Checklist) -> dict[str, Any]:
    return {
        "id": item.id,
        "citation": item.citation,
        "section": item.section,
        "parent": item.parent or "",
        "group": item.is_group,
        "title": item.title,
        "requirement": item.requirement,
        "addressee": item.addressee,
        "kind": ", ".join(item.kinds),
        "legislative": item.legislative,
        "offence": item.offence,
        "obligation": item.obligation,
        "consider": item.consider,
        "weight": item.weight,
        "scored": item.counts("all"),
        "budapest": ", ".join(item.crosswalk.budapest),
        "un": ", ".join(item.crosswalk.un),
        "other_instruments": "; ".join(item.crosswalk.other),
        "note": item.note,
        "overlaps": ", ".join(item.overlaps),
        "tensions": ", ".join(item.tensions),
        "alternatives": ", ".join(checklist.alternatives_of(item.id)),
        "guidance_full": item.guidance.full,
        "guidance_partial": item.guidance.partial,
        "next_step": item.guidance.next_step,
        "replaces": item.replaces or "",
        "meaning_changed": item.meaning_changed,
    }


ITEM_COLUMNS = (
    "id", "citation", "section", "parent", "group", "title", "requirement", "addressee",
    "kind", "legislative", "offence", "obligation", "consider", "weight", "scored", "budapest", "un",
    "other_instruments", "note", "overlaps", "tensions", "alternatives", "guidance_full", "guidance_partial",
    "next_step", "replaces", "meaning_changed",
)
"""Columns of :meth:`Checklist.to_frame`."""
