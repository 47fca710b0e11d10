"""The issue-code catalogue: every code raised is catalogued and every catalogued code is raised (the README's
table of codes is generated from it: tests/test_readme.py)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from conftest import REPO

from gapcheck._errors import CATALOGUE, TOPICS, Issue, issue

PACKAGE = REPO / "gapcheck"
_MAKERS = {"issue", "Issue", "add"}
"""The callables whose first argument is an issue code: ``issue()``, ``Issue()``, ``where.issue()``,
``Issues.add()``."""


_LOOKS_LIKE_A_CODE = re.compile(r"[a-z][a-z0-9_-]*")
"""Leaves out the other ``add`` calls (openpyxl's ``DataValidation.add("B3")``) without missing a code."""


def _sources() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if path.name != "_errors.py")


def _raised_codes() -> dict[str, list[str]]:
    """Every code literally passed as the first argument of an issue maker, with where it is raised."""
    found: dict[str, list[str]] = {}
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            first = node.args[0]
            if (name in _MAKERS and isinstance(first, ast.Constant) and isinstance(first.value, str)
                    and _LOOKS_LIKE_A_CODE.fullmatch(first.value)):
                found.setdefault(first.value, []).append(f"{path.relative_to(REPO)}:{node.lineno}")
    return found


def _string_literals() -> set[str]:
    return {node.value for path in _sources() for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)}


def test_every_raised_code_is_catalogued():
    raised = _raised_codes()
    assert raised, "the scan found no issue at all: the makers' names changed"
    assert {code: places for code, places in raised.items() if code not in CATALOGUE} == {}


def test_every_catalogued_code_is_raised_somewhere():
    literals = _string_literals()
    assert [code for code in CATALOGUE if code not in literals] == []


def test_codes_are_lowercase_words_joined_by_hyphens():
    assert [code for code in CATALOGUE if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", code)] == []


def test_every_code_belongs_to_a_topic_of_the_table():
    assert {entry.topic for entry in CATALOGUE.values()} <= set(TOPICS)


def test_issue_takes_severity_and_hint_from_the_catalogue():
    made = issue("file-not-found", "gone")
    entry = CATALOGUE["file-not-found"]
    assert (made.severity, made.hint) == (entry.severity, entry.hint)


def test_an_uncatalogued_code_is_refused():
    try:
        issue("no-such-code", "x")
    except KeyError:
        return
    raise AssertionError("issue() accepted a code that is not in the catalogue")


def test_an_issue_never_holds_unstorable_text():
    made = Issue("unknown-item", "bad \ud800 text", file="a\x00b")
    assert "\ud800" not in made.message and "\x00" not in (made.file or "")
