"""The comparison of many jurisdictions as Markdown, for a briefing note or a wiki page.

It holds what a reader takes in on a page: the ranking, the group figures,
the section scores, the shared gaps, where each jurisdiction is behind its
peers, and dual criminality (the pair matrix for a dozen jurisdictions or
fewer, else the weakest pairs). The full matrices are in the workbook and
the JSON document.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from gapcheck._outputs import encoded
from gapcheck._reports._result_markdown import inline, issues_table, table
from gapcheck._reports._wording import (
    MODEL_DESCRIPTIONS,
    SCOPE_DESCRIPTIONS,
    compared_with,
    no_peers_message,
    percent,
    rank_span,
    ranks_note,
    section_titles,
    status_label,
)
from gapcheck._version import __version__

if TYPE_CHECKING:
    from gapcheck._compare import Comparison

PAIR_TABLE_LIMIT = 12
"""Up to this many jurisdictions the pair matrix is printed; above, the weakest pairs are listed."""
WEAKEST_PAIRS = 20
TOP_OBSTACLES = 20


def write(comparison: Comparison, path: Path) -> None:
    """Write the document to ``path`` (the registry makes the write atomic)."""
    path.write_bytes(encoded(render(comparison)))


def render(comparison: Comparison) -> str:
    """The whole comparison as one Markdown string."""
    parts = [
        _heading(comparison),
        _overview(comparison),
        _groups(comparison),
        _sections(comparison),
        _shared_gaps(comparison),
        _peers(comparison),
        _dual_criminality(comparison),
        issues_table(comparison.issues),
        _about(comparison),
    ]
    return "\n\n".join(part for part in parts if part) + "\n"


def _short(code: str, name: str) -> str:
    return code or name


def _heading(comparison: Comparison) -> str:
    checklist = comparison.checklist
    return "\n".join((
        f"# Comparison of {len(comparison.profiles)} jurisdictions",
        "",
        f"- **Checklist:** {inline(checklist.title)} ({checklist.ref})",
        f"- **Scoring model:** {comparison.model}: {MODEL_DESCRIPTIONS.get(comparison.model, '')}",
        f"- **Scope:** {comparison.scope}: {SCOPE_DESCRIPTIONS.get(comparison.scope, '')}",
        "",
        f"> {inline(checklist.caveat)}",
    ))


def _overview(comparison: Comparison) -> str:
    rows = ((int(r.rank), rank_span(r), r.jurisdiction, r.code, r.group, percent(r.score), percent(r.score_upper),
             percent(r.coverage), "provisional" if r.provisional else "", r.assessed_on)
            for r in comparison.overview.itertuples())
    return f"## Overview\n\n{inline(ranks_note(comparison))}\n\n" + table(
        ("Rank", "Could rank", "Jurisdiction", "Code", "Group", "Score", "Up to", "Assessed (%)", "Provisional",
         "Assessed on"), rows)


def _groups(comparison: Comparison) -> str:
    if comparison.groups.empty:
        return ""
    rows = ((g.group, int(g.jurisdictions), int(g.provisional), percent(g.median), percent(g.min), percent(g.max))
            for g in comparison.groups.itertuples())
    note = ("Provisional members (assessed below the coverage threshold) are counted in the figures; their low "
            "scores may mostly reflect what has not been assessed.")
    return f"## Groups\n\n{note}\n\n" + table(
        ("Group", "Jurisdictions", "Provisional", "Median", "Lowest", "Highest"), rows)


def _sections(comparison: Comparison) -> str:
    titles = section_titles(comparison.checklist)
    ids = [section.id for section in comparison.checklist.sections]
    frame = comparison.sections
    rows = ((name, percent(score), *(percent(v) for v in values))
            for name, score, values in zip(frame["jurisdiction"], frame["score"], frame[ids].to_numpy(dtype=float)))
    return "## Scores by section\n\n" + table(("Jurisdiction", "Overall", *(titles[i] for i in ids)), rows)


def _shared_gaps(comparison: Comparison) -> str:
    gaps = comparison.shared_gaps
    if gaps.empty:
        return "## Shared gaps\n\nEvery jurisdiction meets every compared recommendation in full."
    rows = ((int(g.rank), g.id, g.title, int(g.short), percent(g.share), ", ".join(g.jurisdictions))
            for g in gaps.itertuples())
    return ("## Shared gaps\n\nRecommendations by how many jurisdictions fall short of full (unknown included): "
            "where help is needed most.\n\n"
            + table(("Rank", "Item", "Recommendation", "Short", "Share (%)", "Jurisdictions"), rows))


def _peers(comparison: Comparison) -> str:
    peers = comparison.peers
    lines = ["## Behind the peers", "",
             "For each jurisdiction, the items where it is below its peers' median: the other members of its group, "
             "or every other jurisdiction when it has no group or is alone in its group.", ""]
    if peers.empty:
        return "\n".join([*lines, no_peers_message(comparison)])
    for (name, code, group, whom), items in peers.groupby(["jurisdiction", "code", "group", "peers"],
                                                          sort=False)["id"]:
        label = f"{name} ({code})" if code else name
        lines.append(f"- **{inline(label)}**, compared with {inline(compared_with(whom, group))}: {', '.join(items)}")
    return "\n".join(lines)


def _dual_criminality(comparison: Comparison) -> str:
    items = comparison.criminalization_items
    lines = [
        "## Dual criminality", "",
        f"Share (%) of the {len(items)} criminalization items that both jurisdictions of a pair cover fully: "
        "where extradition would pass a dual-criminality test. `gapcheck dual-criminality A B` gives the "
        "detail for one pair.", "",
    ]
    names = [_short(c, n) for c, n in zip(comparison.overview["code"], comparison.overview["jurisdiction"])]
    if len(names) <= PAIR_TABLE_LIMIT:
        shares = comparison.pairs.to_numpy(dtype=float)
        lines.append(table(("", *names), ((name, *(percent(v) for v in row)) for name, row in zip(names, shares))))
    else:
        short = dict(zip(comparison.overview.index, names))
        pairs = comparison.weakest_pairs(WEAKEST_PAIRS)
        lines.append(f"The {len(pairs)} weakest pairs (the workbook summarises every pair):\n")
        lines.append(table(("Jurisdiction", "Partner", "Passing (%)"),
                           ((short[a], short[b], percent(s)) for s, a, b in pairs)))
    obstacles = comparison.obstacles.head(TOP_OBSTACLES)
    if not obstacles.empty:
        lines += ["", f"Offences whose absence blocks the most pairs (top {len(obstacles)}):", ""]
        lines.append(table(
            ("Jurisdiction", "Item", "Offence", "Status", "Partners that have it"),
            ((_short(o.code, o.jurisdiction), o.id, o.title, status_label(comparison.checklist, o.status),
              int(o.partners_blocked)) for o in obstacles.itertuples())))
    return "\n".join(lines)


def _about(comparison: Comparison) -> str:
    checklist = comparison.checklist
    rows = ((r.file, r.sha256[:12], r.jurisdiction, r.code, r.assessed_on, r.checklist)
            for r in comparison.inputs.itertuples())
    return "\n".join((
        "## About", "",
        f"Written by gapcheck {__version__} on {checklist.ref} (SHA-256 {checklist.sha256[:12]}). "
        "Assessments made against another version of the checklist are carried over through the items' "
        "`replaces` field; a jurisdiction assessed more than once is compared on its latest assessment.", "",
        table(("File", "SHA-256 (first 12)", "Jurisdiction", "Code", "Assessed on", "Assessed against"), rows),
    ))
