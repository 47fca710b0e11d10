"""Progress between two assessments as Markdown, for a briefing note: what moved, and by how much."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from gapcheck._outputs import encoded
from gapcheck._progress import PART_TITLES
from gapcheck._reports._result_markdown import inline, issues_table, table
from gapcheck._reports._text import change_sentence
from gapcheck._reports._wording import MODEL_DESCRIPTIONS, SCOPE_DESCRIPTIONS, percent, status_label
from gapcheck._version import __version__

if TYPE_CHECKING:
    from gapcheck._progress import Progress


def write(progress: Progress, path: Path) -> None:
    """Write the document to ``path`` (the registry makes the write atomic)."""
    path.write_bytes(encoded(render(progress)))


def signed(value: float) -> str:
    """A change on 0-100 with its sign: ``+4.5``, ``-2.0``, ``0.0``."""
    text = percent(value)
    return text if text.startswith(("-", "–")) or text == "0.0" else f"+{text}"


def _day(progress: Progress, role: str) -> str:
    profile = progress.old if role == "old" else progress.new
    return profile.assessed_on.isoformat() if profile.assessed_on else "no date"


def render(progress: Progress) -> str:
    """The whole document as one Markdown string."""
    return "\n\n".join(part for part in (
        _heading(progress), _parts(progress), _figures(progress), _counts(progress), _sections(progress),
        _changes(progress),
        issues_table(progress.issues), _about(progress)) if part) + "\n"


def _heading(progress: Progress) -> str:
    checklist = progress.checklist
    old, new = progress.old.jurisdiction, progress.new.jurisdiction
    who = new.label if old.label == new.label else f"{old.label} → {new.label}"
    return "\n".join((
        f"# Progress: {inline(who)}",
        "",
        f"- **Old assessment:** {_day(progress, 'old')}",
        f"- **New assessment:** {_day(progress, 'new')}",
        f"- **Checklist:** {inline(checklist.title)} ({_versions(progress)})",
        f"- **Scoring model:** {progress.model}: {MODEL_DESCRIPTIONS.get(progress.model, '')}",
        f"- **Scope:** {progress.scope}: {SCOPE_DESCRIPTIONS.get(progress.scope, '')}",
        "",
        f"> {inline(checklist.caveat)}",
    ))


def _parts(progress: Progress) -> str:
    """Where the change of score came from: the parts, which add up to the change."""
    rows = [(PART_TITLES[name].capitalize(), signed(value)) for name, value in progress.parts.items()]
    rows.append(("**Change of score**", f"**{signed(progress.score_change)}**"))
    return (f"## Where the change came from\n\n{inline(change_sentence(progress))}\n\n"
            + table(("Part", "Points"), rows) + "\n\nThe parts are taken in the order listed, each from where the "
            "one before ends, and add up to the change.")


def _versions(progress: Progress) -> str:
    old, new = progress.old_checklist.ref, progress.checklist.ref
    return new if old == new else f"the old assessment on {old}, the new one on {new}"


def _figures(progress: Progress) -> str:
    rows = ((label, percent(old), percent(new), signed(new - old)) for label, old, new in (
        ("Score", progress.score_old, progress.score_new),
        ("Upper bound (every unknown met)", progress.score_upper_old, progress.score_upper_new),
        ("Assessed (%)", progress.coverage_old, progress.coverage_new),
    ))
    return "## Headline\n\n" + table(("Figure", "Old", "New", "Change"), rows)


def _counts(progress: Progress) -> str:
    return "## Items by change\n\n" + table(("Change", "Items"), progress.counts.items())


def _sections(progress: Progress) -> str:
    """Score, upper bound and coverage of each section, each as ``old → new (change)`` to keep the table narrow."""
    rows = ((s.title, _moved(s.score_old, s.score_new), _moved(s.score_upper_old, s.score_upper_new),
             _moved(s.coverage_old, s.coverage_new)) for s in progress.sections.itertuples())
    return ("## Scores by section\n\nEach figure reads old → new (change).\n\n"
            + table(("Section", "Score", "Upper bound (every unknown met)", "Assessed (%)"), rows))


def _moved(old: float, new: float) -> str:
    """``36.4 → 49.6 (+13.2)``; without a figure on one side, just the two figures."""
    change = new - old
    return f"{percent(old)} → {percent(new)}" + (f" ({signed(change)})" if change == change else "")


def _changes(progress: Progress) -> str:
    moved = progress.items[progress.items["change"] != "unchanged"]
    if moved.empty:
        return "## What changed\n\nNo item changed status."
    checklist = progress.checklist
    rows = ((r.id, r.title, status_label(checklist, r.status_old), status_label(checklist, r.status_new), r.change)
            for r in moved.itertuples())
    return "## What changed\n\n" + table(("Item", "Recommendation", "Old", "New", "Change"), rows)


def _about(progress: Progress) -> str:
    rows = ((r.role, r.file, r.sha256[:12], r.jurisdiction, r.assessed_on, r.checklist)
            for r in progress.inputs.itertuples())
    return "\n".join((
        "## About", "",
        f"Written by gapcheck {__version__}. The old assessment is scored as it was made, on "
        f"{progress.old_checklist.ref}; the new one on {progress.checklist.ref}. Sections and items compare both on "
        f"{progress.checklist.ref}: answers made against another version are carried over through the items' "
        "`replaces` field, an answer to an item whose meaning changed keeps its status and is flagged in the "
        "problems above.", "",
        table(("Role", "File", "SHA-256 (first 12)", "Jurisdiction", "Assessed on", "Assessed against"), rows),
    ))
