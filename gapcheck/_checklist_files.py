"""Checklist files: finding, reading and validating them, then building the model.

A checklist is data, not code: one YAML (or JSON) file per version under
``checklists/<id>/<version>.yaml`` at the top of the repository (shipped in
the wheel as ``gapcheck/checklists``). A file is checked against
``schemas/checklist.schema.json`` and then against the rules a schema cannot
express (unique ids, parents that exist, citations that name their ids,
relations that name real items, treaty articles and paragraphs that exist,
reservations the treaty allows). Every problem is reported at once, each
with its JSON pointer.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from gapcheck._bounds import MAX_CHECKLIST_BYTES, MAX_DEPTH, place_of, too_deep_in_json
from gapcheck._checklist import Checklist, Crosswalk, Decision, Guidance, Item, Reservation, Section, StatusLevel
from gapcheck._crosswalks import ChecklistCrosswalk, Link
from gapcheck._errors import ChecklistError, Issue, UnknownChecklistError, issue
from gapcheck._ids import CITATION_STYLES, canonical_item_id
from gapcheck._outputs import is_symlink_loop
from gapcheck._profile import PROFILE_FORMATS
from gapcheck._tailoring import Tailoring
from gapcheck._text import has_unstorable, storable
from gapcheck._treaties import TREATY_NAMES, treaties, treaty_point_exists

DEFAULT_CHECKLIST = "eg-cybercrime-2018"
"""The checklist a profile that names none is read against, and the one ``gapcheck template`` writes."""

CHECKLIST_SUFFIXES = (".yaml", ".yml", ".json")


# --- finding checklists ------------------------------------------------------


def bundled_root() -> Path:
    """The folder of the bundled checklists: inside an installed wheel, or at the top of a source checkout."""
    packaged = Path(str(resources.files("gapcheck"))) / "checklists"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "checklists"


KNOWN_VALID = "validated.txt"
"""The file, beside the bundled checklists, of the SHA-256 of each bundled checklist file that validates."""


@cache
def known_valid() -> frozenset[str]:
    """The SHA-256 of every bundled checklist file, each of which the test suite validates in full.

    A file with exactly these bytes is valid for this release of gapcheck, wherever it lies, so loading it
    skips the schema and the rules (a fifth of the time a short command takes). Any other file, an edited copy
    of a bundled one included, is validated in full.
    """
    try:
        text = (bundled_root() / KNOWN_VALID).read_text("utf-8")
    except OSError:
        return frozenset()
    return frozenset(line.split()[0] for line in text.splitlines() if line.strip() and not line.startswith("#"))


def version_key(version: str) -> tuple[int, ...]:
    """A semantic version as numbers, for ordering; () for text that is not one."""
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        return ()


def _bundled_files() -> dict[str, dict[str, Path]]:
    """``{checklist id: {version: path}}`` for every checklist shipped with gapcheck."""
    found: dict[str, dict[str, Path]] = {}
    root = bundled_root()
    if not root.is_dir():
        return found
    for folder in sorted(root.iterdir()):
        if not folder.is_dir() or folder.name == "crosswalks":
            continue
        for path in folder.iterdir():
            if path.suffix in CHECKLIST_SUFFIXES and version_key(path.stem):
                found.setdefault(folder.name, {})[path.stem] = path
    return found


def list_checklists() -> list[Checklist]:
    """Every bundled checklist version, by id, oldest version first within each id."""
    return [
        load_checklist(path)
        for _, versions in sorted(_bundled_files().items())
        for _, path in sorted(versions.items(), key=lambda kv: version_key(kv[0]))
    ]


def bundled_versions(checklist_id: str) -> dict[str, Path]:
    """The bundled files of one checklist id, by version."""
    return dict(_bundled_files().get(checklist_id, {}))


def resolve_checklist_path(ref: str | Path) -> Path:
    """Turn ``id``, ``id@version`` or a file path into the file to load."""
    text = str(ref)
    candidate = Path(text)
    _refuse_loop(candidate, text)
    if isinstance(ref, Path) or candidate.suffix.lower() in CHECKLIST_SUFFIXES:
        if candidate.exists() and (candidate.is_dir() or candidate.suffix.lower() not in CHECKLIST_SUFFIXES):
            raise UnknownChecklistError(f"not a checklist file: {text}", [_not_a_checklist_file(candidate)])
        if not candidate.is_file():
            raise UnknownChecklistError(f"checklist file not found: {text}", [issue(
                "checklist-not-found", f"No checklist file at {text}.", file=text)])
        return candidate
    checklist_id, _, version = text.partition("@")
    bundled = _bundled_files()
    if checklist_id not in bundled and candidate.exists():
        raise UnknownChecklistError(f"not a checklist file: {text}", [_not_a_checklist_file(candidate)])
    if checklist_id not in bundled:
        known = ", ".join(sorted(bundled)) or "none"
        raise UnknownChecklistError(f"unknown checklist {checklist_id!r}", [issue(
            "unknown-checklist", f"There is no checklist called {checklist_id!r}.",
            hint=f"Bundled checklists: {known}. A file path ending in .yaml or .json also works.")])
    versions = bundled[checklist_id]
    if not version:
        version = max(versions, key=version_key)
    if version not in versions:
        known = ", ".join(sorted(versions, key=version_key))
        raise UnknownChecklistError(f"unknown version {version!r} of {checklist_id}", [issue(
            "unknown-checklist-version", f"{checklist_id} has no version {version!r}.",
            hint=f"Known versions: {known}.")])
    return versions[version]


def _refuse_loop(path: Path, name: str) -> None:
    """A data file's path whose symbolic links lead back to themselves is named as such, not as missing."""
    if is_symlink_loop(path):
        raise UnknownChecklistError(f"{name}: its symbolic links lead back to themselves", [issue(
            "symlink-loop", "The path's symbolic links lead back to themselves.", file=name)])


def _not_a_checklist_file(path: Path) -> Issue:
    """A folder or a file of another kind named where a checklist is expected (say, a profile workbook)."""
    if path.is_dir():
        return issue("not-a-checklist", "This is a folder, not a checklist file.", file=str(path))
    profile = PROFILE_FORMATS.get(path.suffix.lower()) is not None or path.suffix.lower() == ".xls"
    return issue("not-a-checklist", f"This is not a checklist file: checklists are YAML or JSON files "
                 f"({', '.join(CHECKLIST_SUFFIXES)}).", file=str(path),
                 hint="To check a profile, use `gapcheck validate FILE`." if profile else None)


def load_checklist(ref: str | Path | Checklist = DEFAULT_CHECKLIST) -> Checklist:
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
    data, sha256 = read_data_file(path, name, "checklist")
    issues = [] if sha256 in known_valid() else validate_checklist_data(data, name)
    if [i.code for i in issues] == ["not-a-checklist"]:
        raise ChecklistError(f"not a checklist file: {name}", issues)
    if any(i.is_error for i in issues):
        count = f"{len(issues)} problem" + ("s" if len(issues) > 1 else "")
        raise ChecklistError(f"{name}: the checklist is not valid ({count})", issues)
    return _build(data, sha256, name)


def _schema_valid_file(name: str, kind: str) -> tuple[Any, str]:
    """A tailoring or crosswalk file's data and SHA-256, once it exists, reads and fits its schema; otherwise
    :class:`ChecklistError` with every problem at its JSON pointer (``invalid-tailoring``, ``invalid-crosswalk``)."""
    target = Path(name)
    _refuse_loop(target, name)
    if not target.is_file():
        raise ChecklistError(f"{kind} file not found: {name}", [issue(
            "file-not-found", f"There is no {kind} file at this path.", file=name)])
    data, sha256 = read_data_file(target, name, kind)
    code = {"tailoring": "invalid-tailoring", "crosswalk": "invalid-crosswalk"}[kind]
    problems = [issue(code, schema_message(error), file=name, pointer=pointer(error.absolute_path))
                for error in _validator(kind).iter_errors(data)]
    if problems:
        raise ChecklistError(f"{name}: the {kind} is not valid", problems)
    return data, sha256


def load_tailoring(path: str | os.PathLike[str]) -> Tailoring:
    """Read and validate a tailoring file against ``schemas/tailoring.schema.json``.

    Raises :class:`ChecklistError` with every problem, each at its JSON pointer. Whether it fits a
    checklist is :meth:`Tailoring.problems`' to say.
    """
    name = os.fspath(path)
    data, sha256 = _schema_valid_file(name, "tailoring")
    return Tailoring(title=data["title"], checklist=data["checklist"], rationale=data["rationale"],
                     include=tuple(data.get("include", ())), exclude=tuple(data.get("exclude", ())),
                     weights={str(k): float(v) for k, v in data.get("weights", {}).items()}, sha256=sha256,
                     path=name)


# --- reading YAML and JSON data files ----------------------------------------


_YAML_TAGS = "tag:yaml.org,2002:"
_STR, _MAP, _SEQ, _MERGE = (_YAML_TAGS + name for name in ("str", "map", "seq", "merge"))
_MAY_NOT_BE_TEXT = frozenset(key for key in yaml.resolver.Resolver.yaml_implicit_resolvers if key)
"""First characters of a plain scalar that an implicit type (number, boolean, null, date, merge) may start with."""


class TooDeep(ValueError):
    """A data file whose lists and mappings nest more than :data:`MAX_DEPTH` levels deep; ``pointer`` says where."""

    def __init__(self, pointer: str, line: int | None = None) -> None:
        at = f" (line {line})" if line is not None else ""
        super().__init__(f"The value here nests lists and mappings more than {MAX_DEPTH} levels deep{at}.")
        self.pointer = pointer


def load_yaml(text: str) -> Any:
    """YAML as plain data (dates as text, keys as text), built from the parser's events without recursion.

    The events come from libyaml where it is installed (pure Python
    otherwise), and the data is built from them with a stack: no recursion
    whatever the depth, and nesting past :data:`MAX_DEPTH` is refused
    (:class:`TooDeep`, at its JSON pointer) as soon as it is met. Aliases are
    refused ("billion laughs"), and so are tags other than YAML's own
    scalars, lists and mappings. Reading a 5 MB checklist takes a second or
    two, where PyYAML's own loader takes a minute.
    """
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    resolver, constructor = yaml.resolver.Resolver(), yaml.constructor.SafeConstructor()
    events: Iterable[Any] = yaml.parse(text, Loader=loader)
    try:
        return _built(events, resolver, constructor)
    except (yaml.scanner.ScannerError, yaml.parser.ParserError) as exc:
        if loader is yaml.SafeLoader or len(text) > _REWORDED_UP_TO or "nesting depth" in str(exc.problem):
            raise
        for _ in yaml.parse(text, Loader=yaml.SafeLoader):  # the same mistake, in PyYAML's own words
            pass
        raise


_REWORDED_UP_TO = 1024 * 1024
"""Files up to this size whose syntax libyaml refuses are parsed again in pure Python, whose messages are clearer
("expected ',' or ']', but got ..."); a larger one keeps libyaml's message, which names the line too."""


def _built(events: Iterable[Any], resolver: Any, constructor: Any) -> Any:
    """The data the events of one YAML document describe (see :func:`load_yaml`)."""
    containers: list[Any] = []
    keys: list[str | None] = []  # for each open mapping, the key whose value is being read (None: awaiting a key)
    root: Any = None
    documents = 0
    for event in events:
        mark: Any = event.start_mark
        if isinstance(event, yaml.ScalarEvent):
            value = _scalar(event, resolver, constructor)
        elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            mapping = isinstance(event, yaml.MappingStartEvent)
            if event.tag not in (None, "!", _MAP if mapping else _SEQ):
                raise yaml.constructor.ConstructorError(
                    None, None, f"could not determine a constructor for the tag {event.tag!r}", mark)
            if len(containers) >= MAX_DEPTH:
                places = [len(c) if isinstance(c, list) else key or "" for c, key in zip(containers, keys)]
                raise TooDeep(place_of(places), mark.line + 1)
            containers.append({} if mapping else [])
            keys.append(None)
            continue
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            value = containers.pop()
            keys.pop()
        elif isinstance(event, yaml.AliasEvent):
            raise yaml.YAMLError(f"aliases are not allowed (line {mark.line + 1})")
        elif isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise yaml.composer.ComposerError("expected a single document in the stream", None,
                                                  "but found another document", mark)
            continue
        else:
            continue
        if not containers:
            root = value
        elif isinstance(containers[-1], list):
            containers[-1].append(value)
        elif keys[-1] is None:
            if isinstance(value, (dict, list)):
                raise yaml.constructor.ConstructorError(None, None, "found an unhashable key (a list or mapping)",
                                                        mark)
            keys[-1] = str(value)
        else:
            containers[-1][keys[-1]] = value
            keys[-1] = None
    return root


def _scalar(event: Any, resolver: Any, constructor: Any) -> Any:
    """A scalar as the safe loader reads it (text, number, boolean, null), a date as text."""
    tag = event.tag
    if tag is None and (not event.implicit[0] or (event.value and event.value[0] not in _MAY_NOT_BE_TEXT)):
        return event.value  # quoted, or plain text that no implicit type starts like: by far the most common
    if tag is None or tag == "!":
        tag = resolver.resolve(yaml.ScalarNode, event.value, event.implicit)
    if tag == _STR:
        return event.value
    if tag == _MERGE:
        raise yaml.YAMLError(f"merge keys (<<) are not allowed (line {event.start_mark.line + 1})")
    build = constructor.yaml_constructors.get(tag)
    if build is None:
        raise yaml.constructor.ConstructorError(
            None, None, f"could not determine a constructor for the tag {tag!r}", event.start_mark)
    value = build(constructor, yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style))
    return value.isoformat() if hasattr(value, "isoformat") else value


def read_data_file(path: Path, name: str, kind: str) -> tuple[Any, str]:
    """The parsed content of a checklist, tailoring or crosswalk file, and its SHA-256; ChecklistError if unreadable."""
    try:
        size = path.stat().st_size
        raw = path.read_bytes() if size <= MAX_CHECKLIST_BYTES else None
    except OSError as exc:
        raise ChecklistError(f"{name}: cannot be read", [issue(
            "checklist-not-found", f"The {kind} file cannot be read: {exc.strerror or exc}.", file=name)]) from None
    if raw is None:
        raise ChecklistError(f"{name}: too large", [issue(
            "checklist-too-large", f"The {kind} file is over {MAX_CHECKLIST_BYTES // 1048576} MB.", file=name)])
    return parse_data(raw, path, name), hashlib.sha256(raw).hexdigest()


def parse_data(raw: bytes, path: Path, name: str) -> Any:
    """YAML or JSON by the file's suffix, bounded in depth, with dates as text."""
    kind = "JSON" if path.suffix.lower() == ".json" else "YAML"
    try:
        text = raw.decode("utf-8-sig")
        if kind == "JSON":
            deep = too_deep_in_json(text)
            if deep is not None:
                raise TooDeep(deep)
            data = json.loads(text)
        else:
            data = load_yaml(text)
        # an escape may spell what the text does not hold ("\ud800" in JSON, "\x0b" in YAML)
        return _storable_data(data) if "\\" in text or has_unstorable(text) else data
    except yaml.MarkedYAMLError as exc:
        if "nesting depth" not in str(exc.problem):
            raise ChecklistError(f"{name}: cannot be parsed", [issue(
                "checklist-syntax", _syntax_message(exc, kind), file=name, hint=_syntax_hint(exc))]) from None
        line = exc.problem_mark.line + 1 if exc.problem_mark is not None else None
        raise _too_deep(TooDeep("", line), name) from None  # libyaml's own bound, met before gapcheck's
    except TooDeep as exc:
        raise _too_deep(exc, name) from None
    except (UnicodeDecodeError, ValueError, yaml.YAMLError, RecursionError) as exc:
        raise ChecklistError(f"{name}: cannot be parsed", [issue(
            "checklist-syntax", _syntax_message(exc, kind), file=name, hint=_syntax_hint(exc))]) from None


def _storable_data(value: Any) -> Any:
    """Data with every text as a file can hold it (see :mod:`gapcheck._text`): a checklist's text ends up in
    reports and on the terminal, so a lone surrogate or a control character in it becomes U+FFFD here, once."""
    if isinstance(value, str):
        return storable(value)
    if isinstance(value, dict):
        return {storable(str(key)): _storable_data(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_storable_data(item) for item in value]
    return value


def _too_deep(exc: TooDeep, name: str) -> ChecklistError:
    """The one issue of a data file nested past the bound, at the place where it goes past it."""
    return ChecklistError(f"{name}: nested too deeply", [issue(
        "too-deeply-nested", str(exc), file=name, pointer=exc.pointer,
        hint=f"A checklist nests a few levels deep (items, an item, its guidance); more than {MAX_DEPTH} "
        "means the file is not a checklist.")])


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
    if isinstance(exc, RecursionError):
        return f"The file is not valid {kind}: it is nested too deeply."
    return f"The file is not valid {kind}: {exc}."


def _syntax_hint(exc: Exception) -> str | None:
    if isinstance(exc, yaml.YAMLError) and "aliases are not allowed" in str(exc):
        return ("Write each value out in full: gapcheck does not follow YAML anchors (&) and aliases (*), "
                "which can make a small file expand without limit.")
    if isinstance(exc, UnicodeDecodeError):
        return "Save the file as UTF-8 (most editors offer it under Save As or Encoding)."
    if "nested" in str(exc) or isinstance(exc, RecursionError):
        return f"A checklist nests a few levels deep; more than {MAX_DEPTH} means the file is not a checklist."
    return None


# --- validation --------------------------------------------------------------


@cache
def _validator(kind: str) -> Any:
    """The JSON Schema validator of ``schemas/<kind>.schema.json``, its local references written out in place.

    Looking a reference up costs more than checking what it names, and a checklist's every item goes through
    several: written out once, they make validating a checklist of 30,000 items about twice as fast, with the
    same errors at the same places.
    """
    from jsonschema import Draft202012Validator

    schema = json.loads((resources.files("gapcheck") / "schemas" / f"{kind}.schema.json").read_text("utf-8"))
    return Draft202012Validator(_references_in_place(schema, schema.get("$defs", {})),
                                format_checker=Draft202012Validator.FORMAT_CHECKER)


def _references_in_place(node: Any, definitions: dict[str, Any], within: tuple[str, ...] = ()) -> Any:
    """``node`` with each ``{"$ref": "#/$defs/name"}`` replaced by the definition it names (itself written out).

    A reference beside other keywords becomes ``allOf`` of the two, as the reference means; a reference to a
    definition that refers back to itself, or to anything else, is left as it is (``$defs`` stay, for those).
    """
    if isinstance(node, list):
        return [_references_in_place(value, definitions, within) for value in node]
    if not isinstance(node, dict):
        return node
    target = node.get("$ref")
    name = target[len("#/$defs/"):] if isinstance(target, str) and target.startswith("#/$defs/") else None
    if name is not None and name in definitions and name not in within:
        written = _references_in_place(definitions[name], definitions, (*within, name))
        rest = {key: _references_in_place(value, definitions, within) for key, value in node.items() if key != "$ref"}
        return {"allOf": [written, rest]} if rest else written
    return {key: value if key == "$defs" else _references_in_place(value, definitions, within)
            for key, value in node.items()}


def pointer(path: Any) -> str:
    return "/" + "/".join(str(part) for part in path) if path else ""


def validate_checklist_data(data: Any, file: str | None = None) -> list[Issue]:
    """Every problem with a parsed checklist: schema violations first, then its own rules."""
    if isinstance(data, dict) and "answers" in data and "items" not in data:
        return [issue("not-a-checklist", "This is a profile (one jurisdiction's answers), not a checklist.",
                      file=file, pointer="", hint="Check a profile with `gapcheck validate FILE`; a checklist "
                      "file holds the items, as in `gapcheck checklist show eg-cybercrime-2018 --format json`.")]
    issues = [
        issue("checklist-schema", schema_message(error), file=file, pointer=pointer(error.absolute_path))
        for error in sorted(_validator("checklist").iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    ]
    if issues or not isinstance(data, dict):
        return issues
    return _Rules(data, file).issues()


def schema_message(error: Any) -> str:
    """The schema's own words for a value of the wrong form, rather than the regular expression it failed."""
    described = error.schema.get("description") if isinstance(error.schema, dict) else None
    if error.validator == "pattern" and described:
        return f"{_short(error.instance)!r} is not in the expected form. {described}"
    return str(error.message)


def _short(value: Any) -> Any:
    return value if not isinstance(value, str) or len(value) <= 60 else value[:59] + "…"


class _Rules:
    """The rules of a checklist that a schema cannot express, checked in one pass over the items."""

    def __init__(self, data: dict[str, Any], file: str | None) -> None:
        self.data = data
        self.file = file
        self.found: list[Issue] = []
        citation = data.get("citation", {})
        self.style = citation.get("style", "paragraph")
        self.treaty = citation.get("treaty", "")
        self.items = data["items"]
        self.first: dict[str, int] = {}
        for index, item in enumerate(self.items):
            if item["id"] in self.first:
                self.add("duplicate-id", f"Item id {item['id']!r} is used again (first at "
                         f"/items/{self.first[item['id']]}).", f"/items/{index}/id")
            self.first.setdefault(item["id"], index)
        self.groups = {item["id"] for item in self.items if item.get("group")}

    def add(self, code: str, message: str, where: str, hint: str | None = None) -> None:
        self.found.append(issue(code, message, file=self.file, pointer=where, hint=hint))

    def issues(self) -> list[Issue]:
        sections = {s["id"] for s in self.data["sections"]}
        for index, item in enumerate(self.items):
            self._item(index, item, sections)
        has_children = {item.get("parent") for item in self.items}
        for group in self.groups:
            if group not in has_children:
                self.add("empty-group", f"Group {group!r} has no children.", f"/items/{self.first[group]}")
        self._alternatives()
        for kind in ("reservations", "declarations"):
            self._reservations(kind)
        for index, decision in enumerate(self.data.get("decisions", [])):
            for pos, named in enumerate(decision.get("items", [])):
                if named not in self.first:
                    self.add("unknown-item-reference", f"Decision {decision['id']!r} names {named!r}, which is not "
                             "an item.", f"/decisions/{index}/items/{pos}")
        return self.found

    def _item(self, index: int, item: dict[str, Any], sections: set[str]) -> None:
        here = f"/items/{index}"
        if canonical_item_id(item["citation"], self.style) != item["id"]:
            example = "para. 10 (f) (vii) is 10.f.vii" if self.style == "paragraph" else \
                "Article 6 (1) (a) (ii) is 6.1.a.ii"
            self.add("citation-mismatch", f"The citation {_short(item['citation'])!r} does not name item "
                     f"{item['id']!r}.", f"{here}/citation", f"An id is derived from its citation: {example}.")
        if self.treaty and not treaty_point_exists(self.treaty, item["id"]):
            self.add("unknown-article", f"{item['id']!r} is not an article, paragraph or point of the "
                     f"{TREATY_NAMES[self.treaty]}.", f"{here}/id")
        if item["section"] not in sections:
            self.add("unknown-section", f"Section {item['section']!r} is not declared under 'sections'.",
                     f"{here}/section")
        parent = item.get("parent")
        if parent is not None and parent not in self.groups:
            self.add("unknown-parent", f"Parent {parent!r} is not a group of this checklist.", f"{here}/parent")
        if parent is not None and not item["id"].startswith(parent + "."):
            self.add("parent-mismatch", f"{item['id']!r} cannot be a child of {parent!r}: the id must extend the "
                     "parent's.", f"{here}/parent", f"Give the child an id that starts with {parent}., or correct "
                     "the parent.")
        for kind in ("overlaps", "tensions"):
            for pos, other in enumerate(item.get("relations", {}).get(kind, [])):
                if other not in self.first:
                    self.add("unknown-relation", f"{kind[:-1].capitalize()} names {other!r}, which is not an item.",
                             f"{here}/relations/{kind}/{pos}")
                elif other == item["id"]:
                    self.add("self-relation", f"{item['id']!r} names itself under {kind}.",
                             f"{here}/relations/{kind}/{pos}")
        for treaty in ("budapest", "un"):
            for pos, ref in enumerate(item.get("crosswalk", {}).get(treaty, [])):
                if not treaty_point_exists(treaty, ref):
                    self.add("unknown-article", f"{ref} is not an article or paragraph of the {TREATY_NAMES[treaty]}.",
                             f"{here}/crosswalk/{treaty}/{pos}")
        if self.data["format"] >= 2:
            self._format2_item(here, item)

    def _format2_item(self, here: str, item: dict[str, Any]) -> None:
        if item.get("weight", 1) != 1 and not item.get("weight_rationale"):
            self.add("weight-without-rationale", f"{item['id']!r} weighs {item['weight']} without a rationale.",
                     f"{here}/weight")
        if self.style == "article" and not item.get("group") and item.get("addressee") == "state" \
                and "obligation" not in item:
            self.add("missing-obligation", f"{item['id']!r} does not say whether it is mandatory or optional.",
                     here)

    def _alternatives(self) -> None:
        in_a_set: dict[str, str] = {}
        for index, alt in enumerate(self.data.get("alternatives", [])):
            for pos, member in enumerate(alt["members"]):
                where = f"/alternatives/{index}/members/{pos}"
                if member in in_a_set:
                    self.add("duplicate-alternative", f"{member!r} is already a member of the alternatives set "
                             f"{in_a_set[member]!r}.", where)
                in_a_set.setdefault(member, alt["id"])
                if member not in self.first:
                    self.add("unknown-alternative", f"Alternatives set {alt['id']!r} names {member!r}, which is "
                             "not an item.", where)
                elif member in self.groups:
                    self.add("group-alternative", f"{member!r} is a group and cannot be an alternative.", where)

    def _reservations(self, kind: str) -> None:
        allowed = set(treaties().get(self.treaty, {}).get(kind, ())) if self.treaty else None
        seen: set[str] = set()
        for index, entry in enumerate(self.data.get(kind, [])):
            here = f"/{kind}/{index}"
            key = canonical_item_id(entry["paragraph"], "article")
            if key is None or (allowed is not None and key not in allowed):
                code = "unknown-reservation" if kind == "reservations" else "unknown-declaration"
                self.add(code, f"{_short(entry['paragraph'])!r} is not a paragraph the "
                         f"{TREATY_NAMES.get(self.treaty, 'treaty')} allows a {kind[:-1]} under.", f"{here}/paragraph")
            elif key in seen:
                self.add("duplicate-id", f"{entry['paragraph']!r} is listed twice under {kind}.", f"{here}/paragraph")
            seen.add(key or "")
            for pos, named in enumerate(entry["items"]):
                if named not in self.first or named in self.groups:
                    self.add("unknown-item-reference", f"The {kind[:-1]} under {entry['paragraph']!r} names "
                             f"{named!r}, which is not an answerable item.", f"{here}/items/{pos}")


# --- building ----------------------------------------------------------------


def _build(data: dict[str, Any], sha256: str, path: str) -> Checklist:
    citation = data.get("citation", {})
    style = citation.get("style", "paragraph")
    assert style in CITATION_STYLES
    return Checklist(
        id=data["id"],
        version=data["version"],
        title=data["title"],
        source=dict(data["source"]),
        caveat=data["caveat"],
        statuses=tuple(StatusLevel(s["id"], s["label"], s["description"]) for s in data["statuses"]),
        sections=tuple(Section(s["id"], s["title"], s.get("paragraph", ""), s.get("part", ""))
                       for s in data["sections"]),
        items=tuple(_build_item(item) for item in data["items"]),
        alternatives=tuple(tuple(a["members"]) for a in data.get("alternatives", [])),
        changelog=tuple(data["changelog"]),
        sha256=sha256,
        path=path,
        format=int(data["format"]),
        citation_style=style,
        citation_document=citation.get("document", data["source"]["symbol"]),
        treaty=citation.get("treaty", ""),
        decisions=tuple(Decision(d["id"], d["decision"], tuple(d.get("items", ())), d.get("finding", ""))
                        for d in data.get("decisions", [])),
        reservations=_reservations(data.get("reservations", [])),
        declarations=_reservations(data.get("declarations", [])),
    )


def _reservations(entries: list[dict[str, Any]]) -> tuple[Reservation, ...]:
    return tuple(Reservation(e["paragraph"], canonical_item_id(e["paragraph"], "article") or e["paragraph"],
                             tuple(e["items"]), e["effect"], e.get("note", "")) for e in entries)


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
        obligation=item.get("obligation", ""),
        consider=bool(item.get("consider", False)),
        meaning_changed=item.get("meaning_changed", ""),
        weight_rationale=item.get("weight_rationale", ""),
    )


# --- crosswalks between checklists ---------------------------------------------


def crosswalk_path(source: str, target: str) -> Path:
    """Where the bundled crosswalk from one checklist version to another lives (it may not exist)."""
    return bundled_root() / "crosswalks" / f"{source}--{target}.yaml"


def load_crosswalk(path: str | os.PathLike[str]) -> ChecklistCrosswalk:
    """Read and validate a crosswalk file against ``schemas/crosswalk.schema.json``.

    Raises :class:`ChecklistError` with every problem, each at its JSON pointer. Whether its items exist in
    the two checklists is :meth:`ChecklistCrosswalk.problems`' to say.
    """
    name = os.fspath(path)
    data, sha256 = _schema_valid_file(name, "crosswalk")
    links = tuple(Link(str(entry["source"]), str(entry["target"]), entry["relation"], entry["rationale"])
                  for entry in data["links"])
    return ChecklistCrosswalk(data["source"], data["target"], data["title"], links, data.get("note", ""), sha256,
                              name)


def bundled_crosswalks() -> list[Path]:
    """Every bundled crosswalk file."""
    folder = bundled_root() / "crosswalks"
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []
