"""JSON profiles: the published schema (``schemas/profile.schema.json``), problems located by JSON pointer.

The schema checks the shape (which fields, which types). The meaning of the
values a lawyer could get wrong (the item, the status, the code, the date,
the name) is checked by the same rules as for spreadsheets, so a JSON file
gets the same issue codes; the schema's own complaint about those fields is
left out to avoid saying the same thing twice.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from gapcheck._bounds import MAX_DEPTH, MAX_JSON_BYTES, too_deep_in_data, too_deep_in_json
from gapcheck._errors import Issue
from gapcheck._profile import Profile
from gapcheck._readers._raw import ANSWER_FIELDS, Cell, RawAnswer, RawFile, RawProfile, Where, shorten
from gapcheck._readers._untrusted import too_large

FORMAT = 1
_OWNED = re.compile(r"^/(checklist|assessed_on|jurisdiction/(name|code)|answers/\d+/(item|status))$")
_REQUIRED_BY_RULES = {("", "jurisdiction"), ("/jurisdiction", "name")}
_UNEXPECTED = re.compile(r"\('(?P<name>[^']+)' was unexpected\)")
_REQUIRED = re.compile(r"^'(?P<name>.+)' is a required property$")
SCHEMA_HINT = "See schemas/profile.schema.json, or write the profile with gapcheck.write_profile."


def read_json(data: bytes, where: Where) -> RawFile:
    """Everything a JSON profile says, or the issues that stop it from being read."""
    if len(data) > MAX_JSON_BYTES:
        return RawFile(issues=[too_large(where, len(data), MAX_JSON_BYTES)])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return RawFile(issues=[where.issue("undecodable-text", "The file is not UTF-8 text, as JSON must be.",
                                           "Save it again as UTF-8.")])
    if not text.strip():
        empty = where.issue("empty-file", "The file holds no text.", "Check that this is the right file.")
        return RawFile(issues=[empty])
    deep = too_deep_in_json(text)
    if deep is not None:
        return RawFile(issues=[too_deep(where.at(pointer=deep))])
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        return RawFile(issues=[where.issue(
            "invalid-json", f"The file is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}.",
            "Correct the syntax at that place (a JSON linter in any editor shows it too).")])
    except (RecursionError, ValueError) as exc:
        reason = "it is nested too deeply" if isinstance(exc, RecursionError) else shorten(str(exc), 120)
        return RawFile(issues=[where.issue("invalid-json", f"The file cannot be read as JSON: {reason}.",
                                           SCHEMA_HINT)])
    return raw_from_data(document, where)


def raw_from_data(document: Any, where: Where) -> RawFile:
    """The profile a parsed JSON document describes, with every schema problem.

    ``document`` may also come from Python (``profile_from_dict``), so its depth is bounded here too.
    """
    if not isinstance(document, dict):
        return RawFile(issues=[not_an_object(document, where)])
    deep = too_deep_in_data(document)
    if deep is not None:
        return RawFile(issues=[too_deep(where.at(pointer=deep))])
    issues = schema_issues(document, where)
    data = document
    jurisdiction = _dict(data.get("jurisdiction"))

    def cell(value: Any, pointer: str) -> Cell:
        return Cell(value, where.at(pointer=pointer))

    fields = {
        "jurisdiction": cell(jurisdiction.get("name"), "/jurisdiction/name"),
        "code": cell(jurisdiction.get("code"), "/jurisdiction/code"),
        "group": cell(jurisdiction.get("group"), "/jurisdiction/group"),
        "assessed_on": cell(data.get("assessed_on"), "/assessed_on"),
        "assessor": cell(data.get("assessor"), "/assessor"),
        "sources": cell(data.get("sources"), "/sources"),
        "reservations": cell(data.get("reservations"), "/reservations"),
        "declarations": cell(data.get("declarations"), "/declarations"),
        "projected_from": cell(data.get("projected_from"), "/projected_from"),
    }
    answers = []
    listed = data.get("answers")
    for index, entry in enumerate(listed if isinstance(listed, list) else []):
        answer, here = _dict(entry), f"/answers/{index}"
        answers.append(RawAnswer(where.at(pointer=here), tuple(answer.get(name) for name in ANSWER_FIELDS)))
    profile = RawProfile(where.at(pointer="/answers"), fields, answers)
    declared = cell(data["checklist"], "/checklist") if "checklist" in data else None
    return RawFile([profile], declared, issues)


def too_deep(where: Where) -> Issue:
    """The one issue of a profile nested past :data:`~gapcheck._bounds.MAX_DEPTH`, at the first place too deep."""
    return where.issue(
        "too-deeply-nested", f"The value here nests lists and objects more than {MAX_DEPTH} levels deep.",
        "A profile nests three levels deep (its answers, an answer, the answer's provisions): write each value as "
        "text, or a list of texts where the schema asks for a list. " + SCHEMA_HINT)


def not_an_object(document: Any, where: Where) -> Issue:
    """One issue for a document that is not a profile at all: nothing inside it can be checked."""
    holder = "The file holds" if where.file else "The profile given is"
    return where.at(pointer="").issue(
        "invalid-value", f"{holder} {json_word(document)}, not a profile object.",
        'A profile is one JSON object: {"format": 1, "jurisdiction": {"name": ...}, "answers": [...]}. '
        + SCHEMA_HINT)


def json_word(value: Any) -> str:
    """A JSON value as JSON names it (``null``, ``true``, a number, a list), not as Python prints it (None, True)."""
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return f"the number {json.dumps(value)}"
    if isinstance(value, str):
        return f"the text {json.dumps(shorten(value, 40), ensure_ascii=False)}"
    return "a list" if isinstance(value, list) else "an object"


_EXPECTED = {"string": "text (a JSON string)", "array": "a list (a JSON array)", "object": "an object",
             "integer": "a whole number", "number": "a number", "null": "null"}


_TYPE_HINTS = {"string": "Put the value in double quotes, as text. ",
               "array": 'Write a list in square brackets, e.g. "provisions": ["Penal Code, art. 5", "art. 6"]. '}


def _type_issue(error: Any, where: Where) -> Issue:
    """A value of the wrong JSON type, in JSON's words: ``true`` where a status (text) belongs."""
    if error.validator == "enum":
        expected, hint = ("a status written as text",
                          'Write the status in quotes, e.g. "full", "partial" or "none"; leave the field out '
                          "when it is unknown.")
    else:
        kinds = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        expected = " or ".join(_EXPECTED.get(kind, str(kind)) for kind in kinds)
        hint = _TYPE_HINTS.get(kinds[0], "") + SCHEMA_HINT
    return where.issue("invalid-value", f"The value is {json_word(error.instance)}, not {expected}.", hint)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


@cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    schema = json.loads((resources.files("gapcheck") / "schemas" / "profile.schema.json").read_text("utf-8"))
    return Draft202012Validator(schema)


def _pointer(path: Any) -> str:
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in path)


def schema_issues(document: Any, where: Where) -> list[Issue]:
    """Shape problems, each at its JSON pointer; the checked fields' own problems are left to the rules."""
    issues = []
    for error in sorted(_validator().iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path]):
        pointer = _pointer(error.absolute_path)
        if _left_to_rules(error, pointer):
            continue
        unexpected = _UNEXPECTED.search(error.message) if error.validator == "additionalProperties" else None
        if unexpected:
            pointer += _pointer([unexpected["name"]])
        if error.validator == "type" or (error.validator == "enum" and not isinstance(error.instance, str)):
            issues.append(_type_issue(error, where.at(pointer=pointer)))
            continue
        code = {"additionalProperties": "unknown-field", "required": "missing-field"}.get(
            str(error.validator), "invalid-value")
        issues.append(where.at(pointer=pointer).issue(code, shorten(error.message, 200), SCHEMA_HINT))
    return issues


def _left_to_rules(error: Any, pointer: str) -> bool:
    """True for a schema error that the reading rules report better (a missing name, a bad code ...).

    Only text is left to them: a status of ``true`` or ``0.5`` would read as a
    synonym ("true", "0 5"), so a value of the wrong JSON type is reported here.
    """
    if error.validator == "required":
        missing = _REQUIRED.match(error.message)
        return missing is not None and (pointer, missing["name"]) in _REQUIRED_BY_RULES
    return _OWNED.match(pointer) is not None and isinstance(error.instance, str)


def covered_by(issue: Issue, reader_issues: list[Issue]) -> bool:
    """True for a rule's issue inside a value the reader already reported as of the wrong type or shape.

    ``"jurisdiction": "Aurelia"`` is one problem, not also a missing name;
    a status of ``7`` is one problem, not also "'7' is not a status".
    """
    place = issue.pointer
    if place is None:
        return False
    return any(seen.code == "invalid-value" and seen.pointer is not None
               and (place == seen.pointer or place.startswith(seen.pointer + "/")) for seen in reader_issues)


def profile_to_dict(profile: Profile) -> dict[str, Any]:
    """The JSON form of a profile, as the schema publishes it; the same profile always gives the same dict."""
    data: dict[str, Any] = {
        "format": FORMAT,
        "checklist": profile.checklist,
        "jurisdiction": {
            "name": profile.jurisdiction.name,
            "code": profile.jurisdiction.code,
            "group": profile.jurisdiction.group,
        },
    }
    if profile.assessed_on is not None:
        data["assessed_on"] = profile.assessed_on.isoformat()
    data["assessor"] = profile.assessor
    data["sources"] = list(profile.sources)
    if profile.reservations:
        data["reservations"] = list(profile.reservations)
    if profile.declarations:
        data["declarations"] = list(profile.declarations)
    if profile.projected_from:
        data["projected_from"] = profile.projected_from
    data["answers"] = [
        {"item": a.item, "status": a.status, "provisions": list(a.provisions), "evidence": a.evidence,
         "notes": a.notes}
        for a in profile.answers.values()
    ]
    return data
