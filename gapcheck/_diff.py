"""What changed between two versions of a checklist.

An old checklist version is never edited, so that a profile made against it
stays scoreable; the diff tells an assessor what to revisit when moving a
profile to the new version: items added, removed, renamed (through
``replaces``) and changed, field by field.
"""

from __future__ import annotations

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

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.renamed or self.changed)

    def rows(self) -> list[tuple[str, str, str]]:
        """(change, item, detail) rows for a table, in a stable order."""
        out = [("added", item, "") for item in self.added]
        out += [("removed", item, "") for item in self.removed]
        out += [("renamed", new, f"was {old}") for old, new in self.renamed]
        out += [("changed", item, ", ".join(names)) for item, names in self.changed]
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "old": self.old,
            "new": self.new,
            "added": list(self.added),
            "removed": list(self.removed),
            "renamed": [{"old": old, "new": new} for old, new in self.renamed],
            "changed": [{"item": item, "fields": list(names)} for item, names in self.changed],
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
    return ChecklistDiff(
        old=before.ref,
        new=after.ref,
        added=tuple(item.id for item in after.items if predecessor[item.id] is None),
        removed=tuple(item.id for item in before.items if item.id not in carried),
        renamed=renamed,
        changed=tuple(changed),
    )


def _predecessor(item: Item, old_ids: set[str]) -> str | None:
    """The id an item had in the old version: the one it ``replaces``, else its own."""
    if item.replaces and item.replaces in old_ids:
        return item.replaces
    return item.id if item.id in old_ids else None


def _changed_fields(before: Item, after: Item) -> tuple[str, ...]:
    return tuple(name for name in _COMPARED_FIELDS if getattr(before, name) != getattr(after, name))
