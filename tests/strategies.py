"""Hypothesis strategies for gapcheck's domain objects, in one place.

Everything that needs a random profile, answer or status draws it from here,
so the tests agree on what a plausible input looks like.
"""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from gapcheck._checklist import Checklist
from gapcheck._profile import STATUSES, Answer, Jurisdiction, Profile

statuses = st.sampled_from(STATUSES)

# Text as people type it in cells: no surrogates, no control characters, and not the two non-characters
# U+FFFE and U+FFFF, which XML cannot hold (workbooks drop them, as they drop control characters).
cell_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"), max_size=40
).map(str.strip)

provisions = st.lists(
    cell_text.filter(lambda s: s and ";" not in s and "\n" not in s), max_size=3
).map(tuple)

codes = st.from_regex(r"X[A-Z]{2}", fullmatch=True)

jurisdictions = st.builds(
    Jurisdiction,
    name=cell_text.filter(bool),
    code=codes,
    group=st.sampled_from(["", "Africa", "Americas", "Asia-Pacific", "Europe"]),
)


def answers(item_id: str) -> st.SearchStrategy[Answer]:
    """An answer to one item; a not_applicable answer always carries its reason."""
    return st.builds(
        Answer,
        item=st.just(item_id),
        status=statuses,
        provisions=provisions,
        evidence=cell_text,
        notes=cell_text.filter(bool),
    )


@st.composite
def profiles(draw: st.DrawFn, checklist: Checklist, complete: bool = False) -> Profile:
    """A profile answering some (or, with ``complete``, all) answerable items of ``checklist``."""
    items = [item.id for item in checklist.answerable_items]
    chosen = items if complete else draw(st.lists(st.sampled_from(items), unique=True))
    answered = {item_id: draw(answers(item_id)) for item_id in items if item_id in chosen}
    return Profile(
        jurisdiction=draw(jurisdictions),
        checklist=checklist.ref,
        answers=answered,
        assessed_on=draw(st.dates(min_value=date(2018, 4, 13), max_value=date(2026, 1, 1))),
        assessor=draw(cell_text),
    )


# --- scored results, for the report writers -------------------------------------

from gapcheck._result import MODELS, SCOPES, Result  # noqa: E402 - appended with the strategy that needs it


@st.composite
def results(draw: st.DrawFn, checklist: Checklist) -> Result:
    """A scored profile of ``checklist`` under any model and scope, as the report writers receive it."""
    from gapcheck import score

    return score(draw(profiles(checklist)), checklist, model=draw(st.sampled_from(MODELS)),
                 scope=draw(st.sampled_from(SCOPES)))


def batches(checklist: Checklist, min_size: int = 1, max_size: int = 6) -> st.SearchStrategy[list[Profile]]:
    """Profiles to compare side by side; a code may come twice, as when one jurisdiction is assessed twice."""
    return st.lists(profiles(checklist), min_size=min_size, max_size=max_size)


# --- profiles as files hold them, for the readers' round trips -------------------

from dataclasses import replace as _replace  # noqa: E402 - appended with the strategy that needs it

sources = st.lists(cell_text.filter(bool), max_size=3).map(tuple)


@st.composite
def documented_profiles(draw: st.DrawFn, checklist: Checklist) -> Profile:
    """A profile that also lists its sources, as a filled template or a JSON profile does."""
    return _replace(draw(profiles(checklist)), sources=draw(sources))


# --- text as a JSON profile can carry it ------------------------------------------

json_text = st.one_of(
    st.text(max_size=30),  # every code point Python holds, lone surrogates and control characters included
    st.lists(st.sampled_from(["\ud800", "\udfff", "\x00", "\x1b", "\ufffe", "\uffff", "_x0041_", "a", " "]),
             max_size=8).map("".join),
)
"""Text a JSON file may spell (``"\\ud800"`` is valid JSON): what the writers must turn into storable text.

The second branch makes the awkward characters common, so that a few examples are enough to meet them all,
including ``_xHHHH_``, which a workbook would otherwise read back as an escape.
"""


@st.composite
def json_profiles(draw: st.DrawFn, checklist: Checklist) -> Profile:
    """A profile whose every text field (name, group, assessor, sources, provisions, evidence, notes) may hold
    anything JSON can, as a profile from a careless or hostile tool would."""
    items = [item.id for item in checklist.answerable_items if item.counts()]
    chosen = draw(st.lists(st.sampled_from(items), min_size=1, max_size=6, unique=True))
    answered = {item_id: Answer(item_id, draw(statuses.filter(lambda s: s != "not_applicable")),
                                provisions=tuple(draw(st.lists(json_text.filter(str.strip), max_size=2))),
                                evidence=draw(json_text), notes=draw(json_text))
                for item_id in chosen}
    return Profile(
        jurisdiction=Jurisdiction(draw(json_text.filter(str.strip)), draw(codes), draw(json_text)),
        checklist=checklist.ref,
        answers=answered,
        assessed_on=draw(st.dates(min_value=date(2018, 4, 13), max_value=date(2026, 1, 1))),
        assessor=draw(json_text),
        sources=tuple(draw(st.lists(json_text, max_size=2))),
    )
