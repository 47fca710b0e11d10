"""Item ids as lawyers write them, reduced to the canonical form ``10.f.vii``.

Citations come in many spellings: ``10 (f) (vii)``, ``10(f)(vii)``,
``para. 10 (f) (vii)``, ``10f-vii``, ``10.F.VII``, or the full
``E/CN.15/2018/12, para. 10 (f) (vii)``. All name the same recommendation, so
they all read as ``10.f.vii``.
"""

from __future__ import annotations

import re

_PREFIX = re.compile(
    r"^\s*(?:[a-z][\w.-]*(?:/[\w.-]+)+\s*,?\s*)?(?:para(?:graph)?s?\.?\s*|§\s*)?",
    re.IGNORECASE,
)
_BODY = re.compile(
    r"^(?P<para>\d{1,3})"
    r"(?:[\s.\-_/]*\(?\s*(?P<letter>[a-z])\s*\)?"
    r"(?:[\s.\-_/]*\(?\s*(?P<roman>[ivxl]{1,6})\s*\)?)?)?"
    r"[\s.;:,]*$",
    re.IGNORECASE,
)
_ROMAN = re.compile(r"^(?:x{0,3})(?:ix|iv|v?i{0,3})$")


def canonical_item_id(text: object) -> str | None:
    """Return the canonical id for a written citation, or None when it is not one.

    >>> canonical_item_id("para. 10 (f) (vii)")
    '10.f.vii'
    >>> canonical_item_id("10f-vii")
    '10.f.vii'
    >>> canonical_item_id("9(a)")
    '9.a'
    """
    if text is None:
        return None
    raw = str(text).strip()
    if not raw:
        return None
    rest = _PREFIX.sub("", raw, count=1)
    match = _BODY.match(rest)
    if not match:
        return None
    parts = [match["para"].lstrip("0") or "0"]
    if match["letter"]:
        parts.append(match["letter"].lower())
    if match["roman"]:
        roman = match["roman"].lower()
        if not _ROMAN.match(roman):
            return None
        parts.append(roman)
    return ".".join(parts)
