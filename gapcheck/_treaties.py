"""The treaties checklists refer to: article numbers, headings, paragraphs, reservations.

``data/treaties.yaml`` holds, for the Budapest Convention (ETS 185), every
article with its heading and its numbered paragraphs, letters and points as
read off the authentic English text, the paragraphs Article 42 allows a
reservation to and those Article 40 allows a declaration under; for the UN
Convention against Cybercrime (2024), its article numbers and headings. A
checklist's references are checked against this data, so that no report
cites a paragraph that does not exist.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

import yaml

TREATY_NAMES: Mapping[str, str] = {
    "budapest": "Budapest Convention (ETS 185)",
    "un": "UN Convention against Cybercrime (2024)",
}
"""The treaties by the keys checklists use, as reports name them."""

_REFERENCE = re.compile(r"^(\d{1,3})((?:[.(]\s*[0-9a-z]{1,5}\s*\)?)*)$")
_PART = re.compile(r"[0-9a-z]{1,5}")


@cache
def treaties() -> dict[str, dict[str, Any]]:
    """Every treaty's data: ``articles`` (number -> heading), ``points`` (number -> set), reservations, declarations."""
    text = (resources.files("gapcheck") / "data" / "treaties.yaml").read_text("utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml where installed
    found: dict[str, dict[str, Any]] = {}
    for key in TREATY_NAMES:
        entry = data[key]
        found[key] = {
            "name": entry["name"],
            "articles": {int(n): str(h) for n, h in entry["articles"].items()},
            "points": {int(n): frozenset(str(p) for p in parts) for n, parts in entry.get("points", {}).items()},
            "reservations": tuple(str(r) for r in entry.get("reservations", ())),
            "declarations": tuple(str(d) for d in entry.get("declarations", ())),
            "checks_points": "points" in entry,
        }
    return found


def treaty_articles() -> dict[str, dict[int, str]]:
    """Article numbers and headings of each treaty."""
    return {key: value["articles"] for key, value in treaties().items()}


def split_reference(reference: str) -> tuple[int, str] | None:
    """``"6(1)(a)(ii)"`` or ``"6.1.a.ii"`` -> ``(6, "1.a.ii")``; ``"25"`` -> ``(25, "")``; None if neither."""
    match = _REFERENCE.match(reference.strip().lower())
    if not match:
        return None
    return int(match.group(1)), ".".join(_PART.findall(match.group(2)))


def treaty_point_exists(treaty: str, reference: str) -> bool:
    """Whether an article (and, where the data knows them, its paragraph, letter and point) exists."""
    data = treaties().get(treaty)
    parts = split_reference(reference)
    if data is None or parts is None:
        return False
    article, point = parts
    if article not in data["articles"]:
        return False
    if not point or not data["checks_points"]:
        return True
    return point in data["points"].get(article, frozenset())


def article_number(reference: str) -> int | None:
    """The article a reference names (``"25(5)"`` -> 25)."""
    parts = split_reference(reference)
    return parts[0] if parts else None
