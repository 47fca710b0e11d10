"""The single-country gap report as an Excel workbook, the file a ministry hands on.

Sheets, in reading order: Summary (who, when, the headline, counts by
status, a chart of section scores, the top gaps, the caveat), Items (every
recommendation with its status in colour), Gaps (the action plan, with
empty Owner and Target date columns to fill in), Crosswalk (alignment by
treaty article), Input issues (warnings met while reading) and About
(provenance and the scoring rules).

On paper (A4 unless asked otherwise) the Summary is one page; each table
prints the columns a reader needs first, on pages as wide as the paper, its
header on every page; the columns after them (citations, requirement,
evidence, crosswalk ids) stay on screen for filtering and copying. No type
prints smaller than 7 points. The Assess first sheet prints only when the
Summary cannot list every item still to assess, and the Input issues sheet
only when there are too many to print under About: a gap report of the
bundled examples takes seven or eight pages.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl.cell import Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from gapcheck._outputs import document_stamp, save_workbook
from gapcheck._profile import STATUSES
from gapcheck._reports._wording import (
    CONTEXT_STATUS,
    MODEL_DESCRIPTIONS,
    SCOPE_DESCRIPTIONS,
    SCORING_RULES,
    TREATY_NAMES,
    article_state,
    crosswalk_alignment,
    headline,
    is_number,
    item_role,
    no_gaps_message,
    number_or_none,
    optional_sentence,
    projection_note,
    provenance_label,
    reservations_sentence,
    section_titles,
    shows_as_context,
    status_label,
    text,
    weighting_sentence,
)
from gapcheck._reports._xlsx_style import (
    FIGURE_COLOUR,
    FIGURE_SPAN_COLOUR,
    HEADING_HEIGHT,
    LINE_HEIGHT,
    MIN_ZOOM,
    SPACE_HEIGHT,
    Column,
    Layout,
    Page,
    Rows,
    assessed_on,
    cell,
    chart_title,
    chart_type,
    header_cells,
    new_workbook,
    one_decimal,
    row_height,
    share_style,
    status_style,
    write_issues,
    write_table,
)
from gapcheck._version import __version__

if TYPE_CHECKING:
    from gapcheck._result import Result

SHEETS = ("Summary", "Items", "Gaps", "Assess first", "Crosswalk", "Input issues", "About")
TOP_GAPS = 10
TOP_TO_ASSESS = 5


def write(result: Result, path: Path, paper: str = "a4") -> None:
    """Write the workbook to ``path`` (the registry makes the write atomic), to print on ``paper``."""
    page = Page(paper, result.jurisdiction.label, assessed_on([result.profile.assessed_on]))
    workbook = new_workbook()
    listed = _summary(workbook.create_sheet(SHEETS[0]), result, page)
    _items(workbook.create_sheet(SHEETS[1]), result, page)
    _gaps(workbook.create_sheet(SHEETS[2]), result, page)
    _to_assess(workbook.create_sheet(SHEETS[3]), result, page, listed)
    for title, build in zip(SHEETS[4:], (_crosswalk, _issues, _about)):
        build(workbook.create_sheet(title), result, page)
    fallback = date.fromisoformat(str(result.checklist.source.get("date", "2018-04-13")))
    stamp = document_stamp(result.profile.assessed_on, fallback)
    save_workbook(workbook, path, stamp, f"Gap report: {result.jurisdiction.label}")


# --- Summary -------------------------------------------------------------------

_SUMMARY_WIDTHS = (35, 8, 10, 11, 75)
"""Labels, recommendations and sections in A; figures and statuses in B to D; the next step, a sentence, in E,
which takes whatever width the page leaves: 139 characters in all on A4, a portrait page wide at 71 %, the least
its type is scaled to, 144 on Letter."""


def _summary(sheet: WriteOnlyWorksheet, result: Result, page: Page) -> int:
    """The page a minister reads first: printed portrait, on one page, its parts set off by half-line gaps.

    The top gaps and the items to assess first are listed as far as the page has room (at least three gaps);
    returns how many items to assess it lists, so that the Assess first sheet prints when it holds more."""
    *labels, _ = _SUMMARY_WIDTHS
    widths = (*labels, page.room("portrait") - sum(labels))
    rows = Rows(sheet, widths)
    layout = Layout("portrait", columns=len(widths), tall=1)
    page.setup(sheet, layout)
    rows.title(f"Gap report: {result.jurisdiction.label}")
    _summary_fields(rows, result)
    rows.space()
    _summary_headline(rows, result)
    rows.space()
    chart = _summary_sections(rows, result)
    rows.space()
    _summary_statuses(rows, result, chart)
    caveat = f"Caveat: {result.checklist.caveat}"
    gaps, pending = _summary_room(rows, result, page, caveat)
    _summary_gaps(rows, result, gaps)
    rows.space()
    if _summary_to_assess(rows, result, pending):
        rows.space()
    rows.note(caveat)
    page.fit(sheet, layout, widths, rows.count)
    return len(pending)


def _summary_room(rows: Rows, result: Result, page: Page, caveat: str) -> tuple[Any, Any]:
    """The gaps and the items to assess first that the Summary has room for on its one page, at the least
    readable scale: first fewer items to assess, down to one, then fewer gaps, down to three."""
    sheet, widths = rows.sheet, rows.widths
    room = page.area("portrait")[1] / MIN_ZOOM - rows.height() - row_height(
        [cell(sheet, caveat, "note wrapped")], [sum(widths)])
    gap_rows = [row_height(_gap_cells(sheet, result, gap), widths) for gap in result.gaps.head(TOP_GAPS).itertuples()]
    pending = result.to_assess.head(TOP_TO_ASSESS)
    sections = section_titles(result.checklist)
    pending_rows = [row_height(_pending_cells(sheet, entry, sections), widths) for entry in pending.itertuples()]
    why = row_height([cell(sheet, _WHY_FIRST, "note wrapped")], [sum(widths)])
    gaps_shown, pending_shown = len(gap_rows), len(pending_rows)

    def needed() -> float:
        gaps_part = HEADING_HEIGHT + LINE_HEIGHT + (sum(gap_rows[:gaps_shown]) if gap_rows else 2 * LINE_HEIGHT)
        pending_part = (HEADING_HEIGHT + why + LINE_HEIGHT + sum(pending_rows[:pending_shown]) + SPACE_HEIGHT
                        if pending_shown else 0.0)
        return gaps_part + SPACE_HEIGHT + pending_part

    while needed() > room and (pending_shown > 1 or gaps_shown > 3):
        if pending_shown > 1:
            pending_shown -= 1
        else:
            gaps_shown -= 1
    return result.gaps.head(gaps_shown), pending.head(pending_shown)

def _summary_fields(rows: Rows, result: Result) -> None:
    profile, jurisdiction = result.profile, result.jurisdiction
    rows.field("Jurisdiction", jurisdiction.name)
    rows.field("Code", jurisdiction.code)
    rows.field("Group", jurisdiction.group)
    rows.field("Assessed on", profile.assessed_on, "value date")
    rows.field("Assessor", profile.assessor)
    rows.field("Checklist", result.checklist.title)
    rows.field("Checklist reference", result.checklist.ref)
    rows.field("Scoring model", f"{result.model}: {MODEL_DESCRIPTIONS.get(result.model, '')}")
    rows.field("Scope", f"{result.scope}: {SCOPE_DESCRIPTIONS.get(result.scope, '')}")


def _summary_headline(rows: Rows, result: Result) -> None:
    rows.heading("Headline")
    rows.note(headline(result) + ".", "label")
    for sentence in (projection_note(result), optional_sentence(result), reservations_sentence(result),
                     weighting_sentence(result)):
        if sentence:
            rows.note(sentence)
    rows.field("Score (0-100)", one_decimal(result.score), "value percent")
    if result.projection:
        rows.field("Upper figure, if every answer not ruled out is met", one_decimal(result.projection["upper"]),
                   "value percent")
    rows.field("Upper bound, if every unknown is met", one_decimal(result.score_upper), "value percent")
    rows.field("Assessed (% of the scored weight)", one_decimal(result.coverage), "value percent")
    if result.raw_score is not None:
        rows.field("Raw score", one_decimal(result.raw_score), "value percent")
        rows.field("Maximum score", one_decimal(result.max_score), "value percent")


def _summary_statuses(rows: Rows, result: Result, chart: BarChart) -> None:
    """Items by status, with the chart of the section scores beside them: the two share their rows."""
    sheet = rows.sheet
    first = rows.heading("Items by status")
    sheet.add_chart(chart, f"C{first}")
    rows.add(*header_cells(sheet, ("Status", "Scored items")))
    for status in STATUSES:
        label = cell(sheet, status_label(result.checklist, status), status_style(status))
        rows.add(label, cell(sheet, int(result.status_counts.get(status, 0)), "count"))
    rows.leave_room(first, chart.height)


def _summary_sections(rows: Rows, result: Result) -> BarChart:
    """Section figures, and a chart of them: the score and, stacked on it, the points not yet assessed."""
    sheet = rows.sheet
    rows.heading("Score by section")
    header = rows.add(*header_cells(sheet, ("Section", "Score", "Up to", "Assessed (%)",
                                            "Not yet assessed (points: up to, less the score)")))
    for section in result.sections.itertuples():
        score, upper = one_decimal(section.score), one_decimal(section.score_upper)
        rows.add(
            cell(sheet, text(section.title), "wrapped"),
            *(cell(sheet, value, "percent") for value in (score, upper, one_decimal(section.coverage))),
            cell(sheet, one_decimal(upper - score) if score is not None and upper is not None else None,
                 "percent"),
        )
    return _section_chart(sheet, header, rows.count)


def _section_chart(sheet: WriteOnlyWorksheet, header: int, last: int) -> BarChart:
    """Bars of each section's score and, stacked on it in a lighter shade, the points not yet assessed.

    Together they reach the upper bound, as in the comparison's Overview chart: the colours are the
    neutral slate of a figure, not the red and green of a status.
    """
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.title = chart_title("Score by section, and up to if every unknown is met (0-100)")
    chart.add_data(Reference(sheet, min_col=2, min_row=header, max_row=last), titles_from_data=True)
    chart.add_data(Reference(sheet, min_col=5, min_row=header, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=header + 1, max_row=last))
    for series, colour in zip(chart.series, (FIGURE_COLOUR, FIGURE_SPAN_COLOUR)):
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.solidFill = colour
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 100
    chart.y_axis.majorUnit = 20
    chart.y_axis.number_format = "0"
    chart.x_axis.scaling.orientation = "maxMin"  # sections top-down, in checklist order
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend.position = "b"
    chart.gapWidth = 60
    chart_type(chart)
    sections = last - header
    chart.width, chart.height = 17, min(20.0, max(4.1, 2.4 + 0.8 * sections))
    return chart


def _gap_cells(sheet: WriteOnlyWorksheet, result: Result, gap: Any) -> list[Any]:
    return [
        cell(sheet, f"{gap.id} {text(gap.title)}", "wrapped"),
        cell(sheet, int(gap.rank), "count"),
        _status_cell(sheet, result, gap.status),
        cell(sheet, one_decimal(gap.gain), "percent"),
        cell(sheet, text(gap.next_step), "wrapped"),
    ]


def _summary_gaps(rows: Rows, result: Result, gaps: Any) -> None:
    sheet = rows.sheet
    rows.heading(f"Top {len(gaps)} of {len(result.gaps)} known gaps, by gain (the Gaps sheet holds the whole "
                 "action plan)" if len(gaps) else "Known gaps")
    rows.add(*header_cells(sheet, ("Recommendation", "Rank", "Status", "Gain", "Next step")))
    if gaps.empty:
        rows.note(no_gaps_message(result) if result.to_assess.empty else
                  "No known gap: every assessed recommendation is fully met.")
    for gap in gaps.itertuples():
        rows.add(*_gap_cells(sheet, result, gap))


_WHY_FIRST = ("Why first: each counts as not met until it is assessed, and the law may already meet it; assessing it "
              "may raise the score by up to the gain shown.")


def _summary_to_assess(rows: Rows, result: Result, pending: Any) -> bool:
    """The first items to assess, if any are left; says whether there were.

    Why they come first is the same for each, so it is said once, above the table; each recommendation stands
    in the wide column, on one line, its section in the first."""
    sheet = rows.sheet
    if pending.empty:
        return False
    sections = section_titles(result.checklist)
    rows.heading(f"Assess first: top {len(pending)} of {len(result.to_assess)} items not yet assessed (the "
                 "Assess first sheet lists them all)")
    rows.note(_WHY_FIRST)
    rows.add(*header_cells(sheet, ("Section", "Rank", "", "Could gain", "Recommendation")))
    for entry in pending.itertuples():
        rows.add(*_pending_cells(sheet, entry, sections))
    return True


def _pending_cells(sheet: WriteOnlyWorksheet, entry: Any, sections: dict[str, str]) -> list[Any]:
    return [
        cell(sheet, text(sections.get(entry.section, entry.section)), "wrapped"),
        cell(sheet, int(entry.rank), "count"),
        cell(sheet, None, "text"),
        cell(sheet, one_decimal(entry.gain), "percent"),
        cell(sheet, f"{entry.id} {text(entry.title)}", "wrapped"),
    ]


# --- Items ---------------------------------------------------------------------

_ITEM_COLUMNS = (
    Column("Item", 7), Column("Title", 36, "wrapped"), Column("Status", 12), Column("Points", 7, "percent"),
    Column("Provisions", 34, "wrapped"), Column("Notes", 42, "wrapped"),
    Column("Requirement", 150, "wrapped"), Column("Evidence", 120, "wrapped"), Column("Citation", 36, "wrapped"),
    Column("Section", 26, "wrapped"), Column("Kind", 24, "wrapped"), Column("Legislative", 11),
    Column("Scored", 30, "wrapped"), Column("Value", 8, "number"), Column("Weight", 8, "number"),
    Column("Budapest (articles)", 20, "wrapped"), Column("UN (articles)", 20, "wrapped"),
    Column("Overlaps", 14, "wrapped"), Column("Tensions", 18, "wrapped"), Column("Alternatives", 14, "wrapped"),
)
_ITEMS_PRINTED = 6
"""On paper: the item, its title, its status and points, the provisions that implement it and the notes.

Those are what a reader of the register needs; the other fourteen columns (requirement, evidence, citation,
crosswalk, ...) would shrink a page to unreadable type, so they follow on screen only, the long texts in wide
columns, so that they seldom make a row taller than its printed columns need. On paper the notes take whatever
width the page leaves.
"""


def _items(sheet: WriteOnlyWorksheet, result: Result, page: Page) -> None:
    write_table(sheet, _ITEM_COLUMNS, _item_rows(sheet, result), page=page,
                layout=Layout("portrait", columns=_ITEMS_PRINTED, snug=True, fill=5), freeze="B2")


def _item_rows(sheet: WriteOnlyWorksheet, result: Result) -> Iterator[Sequence[Any]]:
    checklist, sections = result.checklist, section_titles(result.checklist)
    for row in result.items.itertuples():
        item = checklist[row.id]
        title_style = "group" if item.is_group else "sub-item" if item.parent else "wrapped"
        yield (
            cell(sheet, item.id, "group" if item.is_group else "text"),
            cell(sheet, item.title, title_style),
            None if item.is_group else _item_status_cell(sheet, result, item.id, row.status),
            one_decimal(row.points) if row.scored else None,
            "\n".join(result.profile.answer(item.id).provisions),
            text(row.notes),
            item.requirement,
            text(row.evidence),
            item.citation,
            sections.get(item.section, item.section),
            ", ".join(item.kinds),
            "yes" if item.legislative else "no",
            item_role(checklist, item.id, bool(row.scored)),
            number_or_none(row.value),
            item.weight,
            ", ".join(item.crosswalk.budapest),
            ", ".join(item.crosswalk.un),
            ", ".join(item.overlaps),
            ", ".join(item.tensions),
            ", ".join(checklist.alternatives_of(item.id)),
        )


def _item_status_cell(sheet: WriteOnlyWorksheet, result: Result, item_id: str, status: Any) -> Cell:
    """The status of an item; an unanswered context item says it is context, not the grey "Unknown" of a gap."""
    if shows_as_context(result.checklist, item_id, status):
        return cell(sheet, CONTEXT_STATUS, "text")
    return _status_cell(sheet, result, status)


def _status_cell(sheet: WriteOnlyWorksheet, result: Result, status: Any) -> Cell:
    key = status if isinstance(status, str) else None
    return cell(sheet, status_label(result.checklist, key), status_style(key))


# --- Gaps ----------------------------------------------------------------------

_GAP_COLUMNS = (
    Column("Rank", 5, "count"), Column("Item", 8), Column("Recommendation", 28, "wrapped"), Column("Status", 10),
    Column("Gain", 6, "percent"), Column("Next step", 60, "wrapped"), Column("Owner", 13, "wrapped"),
    Column("Target date", 11, "date"),
    Column("Section", 26, "wrapped"), Column("Provisions", 40, "wrapped"), Column("Notes", 60, "wrapped"),
    Column("Budapest (articles)", 20, "wrapped"), Column("UN (articles)", 20, "wrapped"),
)
_GAPS_PRINTED = 8
"""On paper: the action plan itself, rank to target date, with room to write an owner and a date in, the next
step taking whatever width the page leaves; the section, provisions, notes and treaty articles follow on screen."""


def _gaps(sheet: WriteOnlyWorksheet, result: Result, page: Page) -> None:
    empty = no_gaps_message(result) if result.to_assess.empty else \
        "No known gap: every assessed recommendation is fully met (see Assess first)."
    write_table(sheet, _GAP_COLUMNS, _gap_rows(sheet, result), page=page,
                layout=Layout("portrait", columns=_GAPS_PRINTED, snug=True, fill=5), freeze="C2",
                empty_message=empty)


def _gap_rows(sheet: WriteOnlyWorksheet, result: Result) -> Iterator[Sequence[Any]]:
    checklist, sections = result.checklist, section_titles(result.checklist)
    for gap in result.gaps.itertuples():
        item = checklist[gap.id]
        yield (
            int(gap.rank), item.id, item.title, _status_cell(sheet, result, gap.status), one_decimal(gap.gain),
            text(gap.next_step), None, None, sections.get(item.section, item.section),
            text(gap.provisions).replace("; ", "\n"), text(gap.notes),
            ", ".join(item.crosswalk.budapest), ", ".join(item.crosswalk.un),
        )


# --- Assess first ------------------------------------------------------------------

_TO_ASSESS_COLUMNS = (
    Column("Rank", 5, "count"), Column("Item", 8), Column("Recommendation", 52, "wrapped"),
    Column("Section", 24, "wrapped"), Column("Could gain", 8, "percent"), Column("Owner", 18, "wrapped"),
    Column("Target date", 11, "date"),
    Column("Budapest (articles)", 20, "wrapped"), Column("UN (articles)", 20, "wrapped"), Column("Next step", 60),
)
_TO_ASSESS_PRINTED = 7
"""On paper: what to assess, in what order, and who does it by when. The treaty articles and the next step
(what to do should it prove not met) follow on screen; the next step comes last and runs on to the right,
unwrapped, so that a long one does not make its printed row taller. When the Summary lists every item still to
assess (or there is none), the sheet is not printed: the Summary holds all of it."""


def _to_assess(sheet: WriteOnlyWorksheet, result: Result, page: Page, listed: int) -> None:
    sections = section_titles(result.checklist)
    rows = ((int(r.rank), r.id, r.title, sections.get(r.section, r.section), one_decimal(r.gain), None, None,
             r.budapest, r.un, text(r.next_step)) for r in result.to_assess.itertuples())
    printed = len(result.to_assess) > listed  # the Summary lists the first ``listed``
    write_table(sheet, _TO_ASSESS_COLUMNS, rows, page=page,
                layout=Layout("portrait", columns=_TO_ASSESS_PRINTED, snug=True, printed=printed), freeze="C2",
                empty_message="Every scored recommendation has been assessed.")


# --- Crosswalk -------------------------------------------------------------------

_CROSSWALK_COLUMNS = (
    Column("Treaty", 19), Column("Article", 7), Column("Heading", 37, "wrapped"), Column("Met (%)", 12, "percent"),
    Column("Assessed (%)", 9, "percent"), Column("Items and status", 60, "wrapped"), Column("Items", 40),
)
_CROSSWALK_PRINTED = 6
"""On paper: the article, how far it is met and assessed, and its items by status, taking whatever width the
page leaves; the bare list of item ids (for filtering) follows on screen, last and unwrapped."""
TREATY_LABELS = {"budapest": "Budapest Convention", "un": "UN Convention (2024)"}
"""The treaties as the Crosswalk sheet names them on every row: short enough to leave its page room for the
articles (the About sheet and the other reports give the full names)."""


def _crosswalk(sheet: WriteOnlyWorksheet, result: Result, page: Page) -> None:
    write_table(sheet, _CROSSWALK_COLUMNS, _crosswalk_rows(sheet, result), page=page,
                layout=Layout("portrait", columns=_CROSSWALK_PRINTED, snug=True, fill=5),
                freeze="C2", empty_message="No scored recommendation maps to a treaty article.")


def _crosswalk_rows(sheet: WriteOnlyWorksheet, result: Result) -> Iterator[Sequence[Any]]:
    for article in crosswalk_alignment(result):
        mapped = article["items"]
        yield (
            TREATY_LABELS.get(article["treaty"], TREATY_NAMES.get(article["treaty"], article["treaty"])),
            article["article"],
            article["heading"],
            _met_cell(sheet, article),
            one_decimal(article["assessed"]),
            _items_by_status(result, article["article"], mapped),
            ", ".join(entry["id"] for entry in mapped),
        )


def _met_cell(sheet: WriteOnlyWorksheet, article: dict[str, Any]) -> Cell:
    """The share met in traffic-light colours; in grey words when there is none, never a red 0."""
    state = article_state(article)
    if state:
        return cell(sheet, state, share_style(None, "unknown" if state == "not assessed" else "not_applicable"))
    return cell(sheet, one_decimal(article["met"]), share_style(article["met"]))


def _items_by_status(result: Result, article: str, mapped: Sequence[dict[str, Any]]) -> str:
    """The items of an article grouped by status, in the order of the scale: "Fully met: 10.b, 10.c; Partly
    met: 10.f.xv". One line or two where a line per item took up to nine."""
    groups: dict[str, list[str]] = {}
    for entry in mapped:
        where = "" if entry["reference"] == article else f" (art. {entry['reference']})"
        groups.setdefault(entry["status"] or "", []).append(f"{entry['id']}{where}")
    order = [*STATUSES, ""]
    return "; ".join(f"{status_label(result.checklist, status) or 'No status'}: {', '.join(groups[status])}"
                     for status in sorted(groups, key=lambda s: order.index(s) if s in order else len(order)))


# --- Input issues and About -------------------------------------------------------


def _issues(sheet: WriteOnlyWorksheet, result: Result, page: Page) -> None:
    write_issues(sheet, result.issues, page)


def _about(sheet: WriteOnlyWorksheet, result: Result, page: Page) -> None:
    """Provenance, the scoring rules and the source; then the input issues, when few enough to print here."""
    rows = Rows(sheet, (34, 100))
    layout = Layout("portrait")
    page.setup(sheet, layout)
    checklist, source = result.checklist, result.checklist.source
    rows.title("About this report")
    rows.field("Written by", f"gapcheck {__version__}")
    rows.add()
    rows.heading("Provenance")
    for key, value in result.provenance.items():
        rows.field(provenance_label(key), _plain_text(value))
    for number, document in enumerate(result.profile.sources, start=1):
        rows.field(f"Assessment source {number}", document, "value wrapped")
    rows.add()
    rows.heading("How the score is calculated")
    rows.field("Scoring model", f"{result.model}: {MODEL_DESCRIPTIONS.get(result.model, '')}")
    rows.field("Scope", f"{result.scope}: {SCOPE_DESCRIPTIONS.get(result.scope, '')}")
    for number, rule in enumerate(SCORING_RULES, start=1):
        rows.field(f"Rule {number}", rule, "value wrapped")
    rows.add()
    rows.heading("Source")
    rows.field("Document", f"{source.get('symbol', '')}: {source.get('title', '')}")
    rows.field("Date", text(source.get("date")))
    rows.field("Paragraphs", ", ".join(source.get("paragraphs", ())))
    rows.field("Checklist", f"{checklist.title} ({checklist.ref})")
    rows.field("Checklist SHA-256", checklist.sha256)
    for key, label in TREATY_LABELS.items():
        rows.field(f"Crosswalk: {label}", TREATY_NAMES.get(key, label))
    rows.field("Caveat", checklist.caveat, "value wrapped")
    rows.space()
    rows.issues(result.issues)
    page.fit(sheet, layout, rows.widths, rows.count)


def _plain_text(value: Any) -> Any:
    """A provenance value for one cell: numbers stay numbers, lists are joined."""
    if is_number(value):
        return value
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    return text(value)
