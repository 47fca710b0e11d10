"""Tailoring: one programme's reading of a checklist, what it selects and how it weighs each item.

Programmes weigh the same checklist differently: one funds criminal-law
reform, another international cooperation. A tailoring (XCCDF's
``Tailoring``, OSCAL's profile) is a small file that names the checklist
version it tailors, the items it includes or leaves out, and the weights it
sets, with the programme's rationale. Applied to the checklist it gives a
checklist whose scores, gains and points follow it; every report it shapes
names it and its SHA-256.

Selections name items, groups (standing for their sub-items) or sections.
An item left out no longer counts in any headline; it is still shown, marked
as left out by the tailoring.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field

from gapcheck._checklist import Checklist, Item
from gapcheck._errors import Issue, issue


@dataclass(frozen=True)
class Tailoring:
    """A named selection and weighting of one checklist version's items."""

    title: str
    checklist: str
    rationale: str
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    weights: Mapping[str, float] = field(default_factory=dict)
    sha256: str = ""
    path: str = ""

    def problems(self, checklist: Checklist) -> list[Issue]:
        """Every reason this tailoring cannot be applied to ``checklist``, each at its place in the file."""
        found: list[Issue] = []
        where = self.path or None
        if self.checklist not in (checklist.ref, checklist.id):
            found.append(issue("invalid-tailoring", f"The tailoring is for {self.checklist}, not {checklist.ref}.",
                               file=where, pointer="/checklist",
                               hint=f"Score against {self.checklist}, or tailor {checklist.ref} in a file of its own."))
        sections = {section.id for section in checklist.sections}
        for key in ("include", "exclude"):
            for index, name in enumerate(getattr(self, key)):
                if name not in sections and checklist.get(name) is None:
                    found.append(issue("invalid-tailoring", f"{name!r} is neither an item nor a section of "
                                       f"{checklist.ref}.", file=where, pointer=f"/{key}/{index}"))
        for name in self.weights:
            if checklist.get(name) is None:
                found.append(issue("invalid-tailoring", f"{name!r} is not an item of {checklist.ref}.", file=where,
                                   pointer=f"/weights/{name}"))
        return found

    def apply(self, checklist: Checklist) -> Checklist:
        """The checklist as this tailoring reads it: items left out unselected, weights set.

        Call :meth:`problems` first; names it does not know are ignored here.
        """
        included = self._expand(checklist, self.include) if self.include else None
        excluded = self._expand(checklist, self.exclude)
        weights = {item.id: float(w) for name, w in self.weights.items() if (item := checklist.get(name))}
        items = tuple(self._tailored(item, included, excluded, weights) for item in checklist.items)
        return dataclasses.replace(checklist, items=items, tailoring=self)

    def renamed(self, mapping: Mapping[str, str], checklist: Checklist) -> Tailoring:
        """The same tailoring for another version of its checklist, item ids renamed by ``mapping`` (new -> old).

        Progress scores an old assessment on its own version with the tailoring
        the new one uses; an id the other version lacks is dropped.
        """
        sections = {section.id for section in checklist.sections}

        def rename(names: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(mapping.get(name, name) for name in names
                         if name in mapping or name in sections or checklist.get(name) is not None)

        return dataclasses.replace(
            self, checklist=checklist.ref, include=rename(self.include), exclude=rename(self.exclude),
            weights={mapping[name]: weight for name, weight in self.weights.items() if name in mapping})

    @staticmethod
    def _expand(checklist: Checklist, names: tuple[str, ...]) -> set[str]:
        """The item ids a selection stands for: items, every item of a group, every item of a section."""
        chosen: set[str] = set()
        for name in names:
            item = checklist.get(name)
            if item is None:
                chosen.update(i.id for i in checklist.items if i.section == name)
                continue
            chosen.add(item.id)
            if item.is_group:
                chosen.update(child.id for child in checklist.children(item.id))
        return chosen

    @staticmethod
    def _tailored(item: Item, included: set[str] | None, excluded: set[str], weights: Mapping[str, float]) -> Item:
        selected = (included is None or item.id in included or (item.parent or "") in included) \
            and item.id not in excluded and (item.parent or "") not in excluded
        return dataclasses.replace(item, selected=selected and item.selected,
                                   weight=weights.get(item.id, item.weight))
