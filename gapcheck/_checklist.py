"""Checklists: the recommendations a jurisdiction is assessed against.

A checklist is data, not code: one YAML (or JSON) file per version, checked
against ``schemas/checklist.schema.json`` and then against the rules a schema
cannot express (unique ids, parents that exist, relations that name real
items, treaty articles that exist). Every problem is reported at once, each
with its JSON pointer.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from gapcheck._errors import ChecklistError, Issue, UnknownChecklistError
from gapcheck._ids import canonical_item_id

if TYPE_CHECKING:
    import pandas as pd

MAX_CHECKLIST_BYTES = 5 * 1024 * 1024
ADDRESSEES = ("state", "states_jointly", "unodc")


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
    """One recommendation, phrased so that ``full`` always means the State conforms."""

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

    @property
    def kind(self) -> str:
        """The item's main kind."""
        return self.kinds[0]

    @property
    def answerable(self) -> bool:
        """Groups are answered through their children, never directly."""
        return not self.is_group

    @property
    def scored(self) -> bool:
        """Only what a State can do by its own action is scored against it."""
        return self.addressee == "state"


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    paragraph: str = ""


@dataclass(frozen=True)
class StatusLevel:
    id: str
    label: str
    description: str


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
    _by_id: dict[str, Item] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {item.id: item for item in self.items})

    def __repr__(self) -> str:  # the generated one prints every item: tens of kilobytes in a notebook
        return f"<Checklist {self.ref}: {len(self.items)} items, {len(self.scored_items)} scored>"

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
        return self.get(item_id) is not None  # type: ignore[arg-type]

    def __iter__(self) -> Iterator[Item]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def get(self, item_id: str) -> Item | None:
        """The item an id names, written canonically or as a citation; None when there is none."""
        found = self._by_id.get(item_id)
        if found is None and isinstance(item_id, str):
            found = self._by_id.get(canonical_item_id(item_id) or item_id)
        return found

    @property
    def answerable_items(self) -> tuple[Item, ...]:
        """Every item a profile answers (groups excluded), scored or not."""
        return tuple(item for item in self.items if item.answerable)

    @property
    def scored_items(self) -> tuple[Item, ...]:
        """The answerable items a country is scored on (``addressee: state``)."""
        return tuple(item for item in self.items if item.answerable and item.scored)

    @property
    def groups(self) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.is_group)

    def children(self, group_id: str) -> tuple[Item, ...]:
        """The items of a group, by the group's id as written in citations; KeyError for an id that is no item."""
        group = self[group_id].id
        return tuple(item for item in self.items if item.parent == group)

    def alternatives_of(self, item_id: str) -> tuple[str, ...]:
        """The other members of the alternatives set an item belongs to (empty if none)."""
        item = self[item_id].id
        for members in self.alternatives:
            if item in members:
                return tuple(m for m in members if m != item)
        return ()

    def section(self, section_id: str) -> Section:
        return next(s for s in self.sections if s.id == section_id)

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
        "weight": item.weight,
        "scored": item.scored and item.answerable,
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
    }


ITEM_COLUMNS = (
    "id", "citation", "section", "parent", "group", "title", "requirement", "addressee",
    "kind", "legislative", "offence", "weight", "scored", "budapest", "un", "other_instruments", "note",
    "overlaps", "tensions", "alternatives", "guidance_full", "guidance_partial", "next_step", "replaces",
)


# --- finding checklists ------------------------------------------------------


def _bundled_root() -> Path:
    return Path(str(resources.files("gapcheck") / "checklists"))


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def _bundled_files() -> dict[str, dict[str, Path]]:
    """``{checklist id: {version: path}}`` for every checklist shipped with gapcheck."""
    found: dict[str, dict[str, Path]] = {}
    for folder in sorted(_bundled_root().iterdir()):
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if path.suffix in {".yaml", ".yml", ".json"}:
                found.setdefault(folder.name, {})[path.stem] = path
    return found


def list_checklists() -> list[Checklist]:
    """Every bundled checklist version, oldest first within each id."""
    return [
        load_checklist(path)
        for versions in _bundled_files().values()
        for _, path in sorted(versions.items(), key=lambda kv: _version_key(kv[0]))
    ]


CHECKLIST_SUFFIXES = (".yaml", ".yml", ".json")


def resolve_checklist_path(ref: str | Path) -> Path:
    """Turn ``id``, ``id@version`` or a file path into the file to load."""
    text = str(ref)
    candidate = Path(text)
    if isinstance(ref, Path) or candidate.suffix.lower() in CHECKLIST_SUFFIXES:
        if candidate.exists() and (candidate.is_dir() or candidate.suffix.lower() not in CHECKLIST_SUFFIXES):
            raise UnknownChecklistError(f"not a checklist file: {text}", [_not_a_checklist_file(candidate)])
        if not candidate.is_file():
            raise UnknownChecklistError(
                f"checklist file not found: {text}",
                [Issue("checklist-not-found", f"No checklist file at {text}.", file=text,
                       hint="Check the path, or name a bundled checklist (see `gapcheck checklists`).")],
            )
        return candidate
    checklist_id, _, version = text.partition("@")
    bundled = _bundled_files()
    if checklist_id not in bundled and candidate.exists():
        raise UnknownChecklistError(f"not a checklist file: {text}", [_not_a_checklist_file(candidate)])
    if checklist_id not in bundled:
        known = ", ".join(sorted(bundled)) or "none"
        raise UnknownChecklistError(
            f"unknown checklist {checklist_id!r}",
            [Issue("unknown-checklist", f"There is no checklist called {checklist_id!r}.",
                   hint=f"Bundled checklists: {known}. A file path ending in .yaml or .json also works.")],
        )
    versions = bundled[checklist_id]
    if not version:
        version = max(versions, key=_version_key)
    if version not in versions:
        known = ", ".join(sorted(versions, key=_version_key))
        raise UnknownChecklistError(
            f"unknown version {version!r} of {checklist_id}",
            [Issue("unknown-checklist-version", f"{checklist_id} has no version {version!r}.",
                   hint=f"Known versions: {known}.")],
        )
    return versions[version]


def _not_a_checklist_file(path: Path) -> Issue:
    """A folder or a file of another kind named where a checklist is expected (say, a profile workbook)."""
    if path.is_dir():
        return Issue("not-a-checklist", "This is a folder, not a checklist file.", file=str(path),
                     hint="Name the checklist's .yaml or .json file, or a bundled checklist such as "
                     "eg-cybercrime-2018 (see `gapcheck checklists`).")
    profile = path.suffix.lower() in {".xlsx", ".csv", ".xls", ".xlsm", ".tsv", ".txt"}
    return Issue("not-a-checklist", f"This is not a checklist file: checklists are YAML or JSON files "
                 f"({', '.join(CHECKLIST_SUFFIXES)}).", file=str(path),
                 hint="To check a profile, use `gapcheck validate FILE`." if profile else
                 "Name the checklist's .yaml or .json file, or a bundled checklist such as eg-cybercrime-2018.")


def load_checklist(ref: str | Path | Checklist = "eg-cybercrime-2018") -> Checklist:
    """Load and validate a checklist by ``id``, ``id@version`` or file path.

    Raises :class:`ChecklistError` listing every problem when the file is broken.
    """
    if isinstance(ref, Checklist):
        return ref
    path = resolve_checklist_path(ref)
    return _load_file(path.resolve(), str(path))


@cache
def _load_file(path: Path, name: str) -> Checklist:
    """Load once per file: a checklist version never changes (``name`` is the path as the user gave it)."""
    raw = path.read_bytes() if path.stat().st_size <= MAX_CHECKLIST_BYTES else None
    if raw is None:
        raise ChecklistError(
            f"{name}: too large",
            [Issue("checklist-too-large", f"The checklist file is over {MAX_CHECKLIST_BYTES // 1048576} MB.",
                   file=name, hint="A checklist is a small text file; check that this is the right file.")],
        )
    data = _parse(raw, path, name)
    issues = validate_checklist_data(data, name)
    if [issue.code for issue in issues] == ["not-a-checklist"]:
        raise ChecklistError(f"not a checklist file: {name}", issues)
    if any(issue.is_error for issue in issues):
        count = f"{len(issues)} problem" + ("s" if len(issues) > 1 else "")
        raise ChecklistError(f"{name}: the checklist is not valid ({count})", issues)
    return _build(data, hashlib.sha256(raw).hexdigest(), name)


class _NoAliasLoader(yaml.SafeLoader):
    """A safe loader that also refuses anchors and aliases, which enable "billion laughs" files."""

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.YAMLError(f"aliases are not allowed (line {event.start_mark.line + 1})")
        return super().compose_node(parent, index)


def _parse(raw: bytes, path: Path, name: str) -> Any:
    try:
        text = raw.decode("utf-8-sig")
        if path.suffix.lower() == ".json":
            return json.loads(text)
        return _plain(yaml.load(text, Loader=_NoAliasLoader))  # noqa: S506 - a safe loader
    except (UnicodeDecodeError, ValueError, yaml.YAMLError) as exc:
        raise ChecklistError(
            f"{name}: cannot be parsed",
            [Issue("checklist-syntax", _syntax_message(exc, "JSON" if path.suffix.lower() == ".json" else "YAML"),
                   file=name, hint=_syntax_hint(exc))],
        ) from None


def _syntax_message(exc: Exception, kind: str) -> str:
    """Where and what, in one sentence: the parser's own text names a "<unicode string>" and repeats itself."""
    if isinstance(exc, json.JSONDecodeError):
        return f"The file is not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}."
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None)
    if isinstance(exc, yaml.MarkedYAMLError) and mark is not None and problem:
        context = f" ({exc.context})" if exc.context else ""
        return f"The file is not valid YAML at line {mark.line + 1}, column {mark.column + 1}: {problem}{context}."
    if isinstance(exc, UnicodeDecodeError):
        return f"The file is not UTF-8 text (byte {exc.start + 1} cannot be read)."
    return f"The file is not valid {kind}: {exc}."


def _syntax_hint(exc: Exception) -> str:
    if isinstance(exc, yaml.YAMLError) and "aliases are not allowed" in str(exc):
        return ("Write each value out in full: gapcheck does not follow YAML anchors (&) and aliases (*), "
                "which can make a small file expand without limit.")
    if isinstance(exc, UnicodeDecodeError):
        return "Save the file as UTF-8 (most editors offer it under Save As or Encoding)."
    return "Fix the syntax at the place named; a YAML or JSON linter shows it too."


def _plain(value: Any) -> Any:
    """YAML reads dates as date objects; the schema speaks of strings."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


# --- validation --------------------------------------------------------------


@cache
def _schema_validator() -> Any:
    from jsonschema import Draft202012Validator

    schema = json.loads((resources.files("gapcheck") / "schemas" / "checklist.schema.json").read_text("utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@cache
def treaty_articles() -> dict[str, dict[int, str]]:
    """Article numbers and headings of the Budapest Convention and the UN Convention (2024)."""
    text = (resources.files("gapcheck") / "data" / "treaties.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    return {name: {int(k): str(v) for k, v in data[name]["articles"].items()} for name in ("budapest", "un")}


def _pointer(path: Any) -> str:
    return "/" + "/".join(str(part) for part in path) if path else ""


def validate_checklist_data(data: Any, file: str | None = None) -> list[Issue]:
    """Every problem with a parsed checklist: schema violations first, then its own rules."""
    if _is_profile(data):
        return [Issue("not-a-checklist", "This is a profile (one jurisdiction's answers), not a checklist.",
                      file=file, pointer="", hint="Check a profile with `gapcheck validate FILE`; a checklist "
                      "file holds the items, as in `gapcheck checklist show eg-cybercrime-2018 --format json`.")]
    validator = _schema_validator()
    issues = [
        Issue("checklist-schema", _schema_message(error), file=file, pointer=_pointer(error.absolute_path),
              hint="See schemas/checklist.schema.json for what this field may hold.")
        for error in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    ]
    if issues or not isinstance(data, dict):
        return issues
    return _rule_issues(data, file)


def _is_profile(data: Any) -> bool:
    """A JSON profile handed over as a checklist: it answers items rather than defining them."""
    return isinstance(data, dict) and "answers" in data and "items" not in data


def _schema_message(error: Any) -> str:
    """The schema's own words for a value of the wrong form, rather than the regular expression it failed."""
    described = error.schema.get("description") if isinstance(error.schema, dict) else None
    if error.validator == "pattern" and described:
        return f"{error.instance!r} is not in the expected form. {described}"
    return str(error.message)


def _rule_issues(data: dict[str, Any], file: str | None) -> list[Issue]:
    issues: list[Issue] = []

    def add(code: str, message: str, pointer: str, hint: str = "") -> None:
        issues.append(Issue(code, message, file=file, pointer=pointer, hint=hint))

    items = data["items"]
    sections = {s["id"] for s in data["sections"]}
    first: dict[str, int] = {}
    for index, item in enumerate(items):
        if item["id"] in first:
            add("duplicate-id", f"Item id {item['id']!r} is used again (first at /items/{first[item['id']]}).",
                f"/items/{index}/id", "Every item needs its own id.")
        first.setdefault(item["id"], index)
    groups = {item["id"] for item in items if item.get("group")}
    articles = treaty_articles()
    for index, item in enumerate(items):
        here = f"/items/{index}"
        if canonical_item_id(item["citation"]) != item["id"]:
            add("citation-mismatch", f"The citation {item['citation']!r} does not name item {item['id']!r}.",
                f"{here}/citation", "An id is derived from its citation: para. 10 (f) (vii) is 10.f.vii.")
        if item["section"] not in sections:
            add("unknown-section", f"Section {item['section']!r} is not declared under 'sections'.", f"{here}/section",
                "Add the section under 'sections', or use the id of one declared there.")
        parent = item.get("parent")
        if parent is not None and parent not in groups:
            add("unknown-parent", f"Parent {parent!r} is not a group of this checklist.", f"{here}/parent",
                "Declare the parent item with 'group: true', or correct the id.")
        if parent is not None and not item["id"].startswith(parent + "."):
            add("parent-mismatch", f"{item['id']!r} cannot be a child of {parent!r}: the id must extend the parent's.",
                f"{here}/parent", f"Give the child an id that starts with {parent}. (e.g. {parent}.i), or correct "
                "the parent.")
        for kind in ("overlaps", "tensions"):
            for pos, other in enumerate(item.get("relations", {}).get(kind, [])):
                if other not in first:
                    add("unknown-relation", f"{kind[:-1].capitalize()} names {other!r}, which is not an item.",
                        f"{here}/relations/{kind}/{pos}", "Name an item of this checklist by its id, or remove it.")
                elif other == item["id"]:
                    add("self-relation", f"{item['id']!r} names itself under {kind}.", f"{here}/relations/{kind}/{pos}",
                        "Remove the item's own id from its relations.")
        for treaty in ("budapest", "un"):
            for pos, ref in enumerate(item.get("crosswalk", {}).get(treaty, [])):
                number = int(ref.split("(")[0])
                if number not in articles[treaty]:
                    add("unknown-article", f"Article {number} does not exist in the {_TREATY_NAMES[treaty]}.",
                        f"{here}/crosswalk/{treaty}/{pos}",
                        "Correct the article number; gapcheck/data/treaties.yaml lists the articles of both treaties.")
    for group in groups:
        if not any(item.get("parent") == group for item in items):
            add("empty-group", f"Group {group!r} has no children.", f"/items/{first[group]}",
                "A group is answered through its children; give it some or drop 'group: true'.")
    in_a_set: dict[str, str] = {}
    for index, alt in enumerate(data.get("alternatives", [])):
        for pos, member in enumerate(alt["members"]):
            if member in in_a_set:
                add("duplicate-alternative", f"{member!r} is already a member of the alternatives set "
                    f"{in_a_set[member]!r}.", f"/alternatives/{index}/members/{pos}",
                    "An item may belong to one alternatives set only; merge the sets or drop one membership.")
            in_a_set.setdefault(member, alt["id"])
            if member not in first:
                add("unknown-alternative", f"Alternatives set {alt['id']!r} names {member!r}, which is not an item.",
                    f"/alternatives/{index}/members/{pos}", "Name an item of this checklist by its id.")
            elif member in groups:
                add("group-alternative", f"{member!r} is a group and cannot be an alternative.",
                    f"/alternatives/{index}/members/{pos}", "Name answerable items (a group's sub-items) instead.")
    return issues


_TREATY_NAMES = {"budapest": "Budapest Convention (ETS 185)", "un": "UN Convention against Cybercrime (2024)"}


# --- building ----------------------------------------------------------------


def _build(data: dict[str, Any], sha256: str, path: str) -> Checklist:
    return Checklist(
        id=data["id"],
        version=data["version"],
        title=data["title"],
        source=dict(data["source"]),
        caveat=data["caveat"],
        statuses=tuple(StatusLevel(s["id"], s["label"], s["description"]) for s in data["statuses"]),
        sections=tuple(Section(s["id"], s["title"], s.get("paragraph", "")) for s in data["sections"]),
        items=tuple(_build_item(item) for item in data["items"]),
        alternatives=tuple(tuple(a["members"]) for a in data.get("alternatives", [])),
        changelog=tuple(data["changelog"]),
        sha256=sha256,
        path=path,
    )


def _build_item(item: dict[str, Any]) -> Item:
    guidance = item.get("guidance", {})
    crosswalk = item.get("crosswalk", {})
    relations = item.get("relations", {})
    return Item(
        id=item["id"],
        citation=item["citation"],
        section=item["section"],
        title=item["title"],
        requirement=item["requirement"],
        addressee=item["addressee"],
        kinds=tuple(item["kind"]),
        legislative=item["legislative"],
        offence=bool(item.get("offence", False)),
        weight=float(item.get("weight", 1)),
        is_group=bool(item.get("group", False)),
        parent=item.get("parent"),
        replaces=item.get("replaces"),
        guidance=Guidance(guidance.get("full", ""), guidance.get("partial", ""), guidance.get("next_step", "")),
        crosswalk=Crosswalk(tuple(crosswalk.get("budapest", ())), tuple(crosswalk.get("un", ())),
                            tuple(crosswalk.get("other", ()))),
        overlaps=tuple(relations.get("overlaps", ())),
        tensions=tuple(relations.get("tensions", ())),
        note=item.get("note", ""),
    )
