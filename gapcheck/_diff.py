"""What changed between two versions of a checklist.

An old checklist version is never edited, so that a profile made against it
stays scoreable; the diff tells an assessor what to revisit when moving a
profile to the new version: items added, removed, renamed (through
``replaces``) and changed, field by field, with what matters most said in
words: whether the item's meaning changed (an answer carried over must be
re-checked), whether it stopped or started counting in the score, how its
weight moved, and the new version's changelog line for it (why it changed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from gapcheck._checklist import Checklist, Item
from gapcheck._checklist_files import load_checklist

_COMPARED_FIELDS = tuple(f.name for f in fields(Item) if f.name not in {"id", "replaces"})


@dataclass(frozen=True)
class ChecklistDiff:
    """Item-level differences from ``old`` to ``new``; ``changed`` maps a new id to its changed fields."""

    old: str
    new: str
    added: tuple[str, ...]
    removed: tuple[str, ...]
    renamed: tuple[tuple[str, str], ...]
    changed: tuple[tuple[str, tuple[str, ...]], ...]
    meaning_changed: tuple[str, ...] = ()
    """Carried items whose meaning changed: an answer given to the old version must be looked at again."""
    now_context: tuple[str, ...] = ()
    """Items scored in the old version and context (or groups) in the new one: they leave the score."""
    now_scored: tuple[str, ...] = ()
    """Items that enter the score in the new version."""
    weights: tuple[tuple[str, float, float], ...] = ()
    """(item, old weight, new weight) for every carried item whose weight moved."""
    reasons: tuple[tuple[str, str], ...] = ()
    """(item, the new version's changelog line for it), for items the changelog names."""

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.renamed or self.changed)

    def summary(self) -> str:
        """One sentence counting the changes, for the top of a printed diff."""
        parts = [f"{len(self.changed)} item(s) changed", f"{len(self.added)} added", f"{len(self.removed)} removed"]
        if self.renamed:
            parts.append(f"{len(self.renamed)} renamed")
        text = ", ".join(parts) + "."
        if self.meaning_changed:
            text += (f" The meaning of {len(self.meaning_changed)} changed: an answer carried from {self.old} keeps"
                     " its status and is flagged for re-checking.")
        if self.now_context:
            text += f" No longer scored: {', '.join(self.now_context)}."
        if self.now_scored:
            text += f" Newly scored: {', '.join(self.now_scored)}."
        return text

    def rows(self) -> list[tuple[str, str, str]]:
        """(change, item, detail) rows for a table, in a stable order; detail says what changed and why."""
        reasons = dict(self.reasons)
        out = [("added", item, reasons.get(item, "")) for item in self.added]
        out += [("removed", item, reasons.get(item, "")) for item in self.removed]
        out += [("renamed", new, _sentence(f"was {old}", reasons.get(new, ""))) for old, new in self.renamed]
        out += [(self._change(item), item, self._detail(item, names, reasons.get(item, "")))
                for item, names in self.changed]
        return out

    def _change(self, item: str) -> str:
        if item in self.now_context:
            return "no longer scored"
        if item in self.now_scored:
            return "newly scored"
        return "meaning changed" if item in self.meaning_changed else "changed"

    def _detail(self, item: str, names: tuple[str, ...], reason: str) -> str:
        weight = {i: (old, new) for i, old, new in self.weights}.get(item)
        moved = f"; weight {_number(weight[0])} -> {_number(weight[1])}" if weight else ""
        shown = ", ".join(name for name in names if name != "meaning_changed")
        return _sentence(f"Fields: {shown}{moved}.", reason)

    def to_dict(self) -> dict[str, Any]:
        return {
            "old": self.old,
            "new": self.new,
            "added": list(self.added),
            "removed": list(self.removed),
            "renamed": [{"old": old, "new": new} for old, new in self.renamed],
            "changed": [{"item": item, "fields": list(names)} for item, names in self.changed],
            "meaning_changed": list(self.meaning_changed),
            "no_longer_scored": list(self.now_context),
            "newly_scored": list(self.now_scored),
            "weights": [{"item": item, "old": old, "new": new} for item, old, new in self.weights],
            "reasons": [{"item": item, "reason": reason} for item, reason in self.reasons],
        }


def diff_checklists(old: str | Path | Checklist, new: str | Path | Checklist) -> ChecklistDiff:
    """Compare two checklist versions item by item (refs, paths or loaded checklists)."""
    before, after = load_checklist(old), load_checklist(new)
    old_ids = {item.id for item in before.items}
    predecessor = {item.id: _predecessor(item, old_ids) for item in after.items}
    carried = {prev for prev in predecessor.values() if prev is not None}
    renamed = tuple((prev, new_id) for new_id, prev in predecessor.items() if prev is not None and prev != new_id)
    changed = []
    for item in after.items:
        prev = predecessor[item.id]
        if prev is None:
            continue
        names = _changed_fields(before[prev], item)
        if names:
            changed.append((item.id, names))
    pairs = [(before[prev], item) for item in after.items if (prev := predecessor[item.id]) is not None]
    return ChecklistDiff(
        old=before.ref,
        new=after.ref,
        added=tuple(item.id for item in after.items if predecessor[item.id] is None),
        removed=tuple(item.id for item in before.items if item.id not in carried),
        renamed=renamed,
        changed=tuple(changed),
        meaning_changed=tuple(new.id for _, new in pairs if new.meaning_changed),
        now_context=tuple(new.id for old, new in pairs if old.counts() and not new.counts()),
        now_scored=tuple(new.id for old, new in pairs if new.counts() and not old.counts()),
        weights=tuple((new.id, old.weight, new.weight) for old, new in pairs if old.weight != new.weight),
        reasons=_reasons(after),
    )


_NAMED = re.compile(r"^\s*([^\s:]+):\s*(.+)$", re.DOTALL)


def _reasons(checklist: Checklist) -> tuple[tuple[str, str], ...]:
    """The changelog lines of the checklist's own version that begin with an item id and a colon."""
    entries = [entry for entry in checklist.changelog if str(entry.get("version")) == checklist.version]
    found = []
    for entry in entries:
        for line in entry.get("changes", ()):
            match = _NAMED.match(str(line))
            if match and match.group(1) in checklist:
                found.append((checklist[match.group(1)].id, match.group(2).strip()))
    return tuple(found)


def _sentence(first: str, second: str) -> str:
    return f"{first} {second[:1].upper()}{second[1:]}" if second else first


def _number(value: float) -> str:
    return f"{value:g}"


def _predecessor(item: Item, old_ids: set[str]) -> str | None:
    """The id an item had in the old version: the one it ``replaces``, else its own."""
    if item.replaces and item.replaces in old_ids:
        return item.replaces
    return item.id if item.id in old_ids else None


def _changed_fields(before: Item, after: Item) -> tuple[str, ...]:
    return tuple(name for name in _COMPARED_FIELDS if getattr(before, name) != getattr(after, name))
