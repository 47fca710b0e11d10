"""Crosswalks between checklists: which item of one corresponds to which item of another, and how.

The same law is measured against several yardsticks. A crosswalk joins two
checklist versions (the 2018 recommendations and the Budapest Convention,
say) link by link, each with a relation in the sense of NIST IR 8278A
(OLIR), read "source is <relation> target":

* ``equal``: the two items ask for the same thing;
* ``superset-of``: fully meeting the source item implies fully meeting the
  target item, and the source asks for more;
* ``subset-of``: the source item covers only part of the target item;
* ``intersects``: they share some content, and each has parts the other lacks.

Crosswalks are data (``checklists/crosswalks/<source>--<target>.yaml``),
validated by ``schemas/crosswalk.schema.json``; this module is the model.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from gapcheck._checklist import Checklist
from gapcheck._errors import Issue, issue

RELATIONS = ("equal", "superset-of", "subset-of", "intersects")
"""The relations a link may have, strongest first for carrying a status across."""

CARRIES = frozenset({"equal", "superset-of"})
"""Relations over which the source's status is carried as it is: the source covers the whole target."""


@dataclass(frozen=True)
class Link:
    """One correspondence: ``source`` is ``relation`` ``target``, for the reason given."""

    source: str
    target: str
    relation: str
    rationale: str


@dataclass(frozen=True)
class ChecklistCrosswalk:
    """The links from one checklist version (``source``, as id@version) to another (``target``)."""

    source: str
    target: str
    title: str
    links: tuple[Link, ...]
    note: str = ""
    sha256: str = ""
    path: str = ""
    _by_target: Mapping[str, tuple[Link, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        found: dict[str, list[Link]] = {}
        for link in self.links:
            found.setdefault(link.target, []).append(link)
        object.__setattr__(self, "_by_target", {target: tuple(links) for target, links in found.items()})

    def __repr__(self) -> str:
        return f"<ChecklistCrosswalk {self.source} -> {self.target}: {len(self.links)} links>"

    def into(self, target_item: str) -> tuple[Link, ...]:
        """The links that lead to one target item (none: the item has no counterpart in the source)."""
        return self._by_target.get(target_item, ())

    def problems(self, source: Checklist, target: Checklist) -> list[Issue]:
        """Every link that does not join an answerable item of ``source`` to one of ``target``, at its place."""
        found: list[Issue] = []
        where = self.path or None
        for key, expected, checklist in (("source", self.source, source), ("target", self.target, target)):
            if expected != checklist.ref:
                found.append(issue("invalid-crosswalk", f"The crosswalk's {key} is {expected}, not {checklist.ref}.",
                                   file=where, pointer=f"/{key}"))
        for index, link in enumerate(self.links):
            if link.relation not in RELATIONS:
                found.append(issue("invalid-crosswalk", f"{link.relation!r} is not a relation: "
                                   f"{', '.join(RELATIONS)}.", file=where, pointer=f"/links/{index}/relation"))
            for key, checklist in (("source", source), ("target", target)):
                written = getattr(link, key)
                item = checklist.get(written)
                if item is None or not item.answerable:
                    found.append(issue("invalid-crosswalk", f"{written!r} is not an answerable item of "
                                       f"{checklist.ref}.", file=where, pointer=f"/links/{index}/{key}"))
                elif item.id != written:  # links are looked up by id: a citation would match nothing
                    found.append(issue("invalid-crosswalk", f"{written!r} is a citation; a link names the item by "
                                       f"its id, {item.id!r}.", file=where, pointer=f"/links/{index}/{key}"))
        return found
