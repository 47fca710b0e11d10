"""Dual criminality between two jurisdictions as Markdown, ready to paste into a briefing note."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from gapcheck._outputs import encoded
from gapcheck._reports._result_markdown import inline, table
from gapcheck._reports._wording import percent, status_label
from gapcheck._version import __version__

if TYPE_CHECKING:
    from gapcheck._dual_criminality import DualCriminality


def write(pair: DualCriminality, path: Path) -> None:
    """Write the document to ``path`` (the registry makes the write atomic)."""
    path.write_bytes(encoded(render(pair)))


def render(pair: DualCriminality) -> str:
    first, second = pair.a.jurisdiction.label, pair.b.jurisdiction.label
    rows = ((r.id, r.title, status_label(pair.checklist, r.status_a), status_label(pair.checklist, r.status_b),
             r.outcome) for r in pair.items.itertuples())
    return "\n\n".join((
        f"# Dual criminality: {inline(first)} and {inline(second)}",
        f"**{pair.passing} of {len(pair.items)} offences pass a dual-criminality test ({percent(pair.share)} %).** "
        f"{inline(first)} lacks {pair.lacking('a')} that {inline(second)} has; {inline(second)} lacks "
        f"{pair.lacking('b')} that {inline(first)} has; neither covers {pair.lacking('both')}.",
        "Extradition usually needs the conduct to be an offence in both States; mutual legal assistance often does "
        "not. An offence passes when both cover it fully; a partly met offence does not pass.",
        table(("Item", "Offence", first, second, "Outcome"), rows),
        f"> {inline(pair.checklist.caveat)}",
        f"Written by gapcheck {__version__} on {pair.checklist.ref} (SHA-256 {pair.checklist.sha256[:12]}).",
    ))
