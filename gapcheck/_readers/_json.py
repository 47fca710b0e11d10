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

from gapcheck._errors import Issue
from gapcheck._profile import Profile
from gapcheck._readers._limits import MAX_JSON_BYTES, too_large
from gapcheck._readers._raw import ANSWER_FIELDS, Cell, RawAnswer, RawFile, RawProfile, Where, shorten

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
    """The profile a parsed JSON document describes, with every schema problem."""
    issues = schema_issues(document, where)
    data = document if isinstance(document, dict) else {}
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
    }
    answers = []
    for index, entry in enumerate(data.get("answers") if isinstance(data.get("answers"), list) else []):
        answer, here = _dict(entry), f"/answers/{index}"
        answers.append(RawAnswer(where.at(pointer=here), tuple(answer.get(name) for name in ANSWER_FIELDS)))
    profile = RawProfile(where.at(pointer="/answers"), fields, answers)
    declared = cell(data["checklist"], "/checklist") if "checklist" in data else None
    return RawFile([profile], declared, issues)


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
        code = {"additionalProperties": "unknown-field", "required": "missing-field"}.get(
            str(error.validator), "invalid-value")
        issues.append(where.at(pointer=pointer).issue(code, shorten(error.message, 200), SCHEMA_HINT))
    return issues


def _left_to_rules(error: Any, pointer: str) -> bool:
    """True for a schema error that the reading rules report better (a missing name, a bad code ...)."""
    if error.validator == "required":
        missing = _REQUIRED.match(error.message)
        return bool(missing) and (pointer, missing["name"]) in _REQUIRED_BY_RULES
    return _OWNED.match(pointer) is not None


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
    data["answers"] = [
        {"item": a.item, "status": a.status, "provisions": list(a.provisions), "evidence": a.evidence,
         "notes": a.notes}
        for a in profile.answers.values()
    ]
    return data
