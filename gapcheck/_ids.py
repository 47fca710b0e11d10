"""Item ids as lawyers write them, reduced to one canonical form.

A checklist says how its items are cited (its citation *style*):

* ``paragraph``: a report's paragraphs, as in E/CN.15/2018/12. ``10 (f) (vii)``,
  ``10(f)(vii)``, ``para. 10 (f) (vii)``, ``10f-vii``, ``10.F.VII`` and
  ``E/CN.15/2018/12, para. 10 (f) (vii)`` all read as ``10.f.vii``.
* ``article``: a treaty's articles, paragraphs, letters and points.
  ``Article 6 (1) (a) (ii)``, ``art. 6(1)(a)(ii)``, ``Article 6, paragraph 1,
  a.ii``, ``ETS No. 185, Article 6 (1) (a) (ii)`` and ``6.1.a.ii`` all read as
  ``6.1.a.ii``.

No citation is longer than a few dozen characters, so longer text is refused
before any pattern looks at it: reading ids stays linear in the size of a
file, whatever its cells hold.
"""

from __future__ import annotations

import re

from gapcheck._bounds import MAX_CITATION_CHARS

CITATION_STYLES = ("paragraph", "article")
"""How a checklist's items are cited: by a report's paragraphs or by a treaty's articles."""

_PARAGRAPH_WORD = re.compile(r"^(?:para(?:graph)?s?\.?|§)\s*", re.IGNORECASE)
_BODY = re.compile(
    r"^(?P<para>\d{1,3})"
    r"(?:[\s.\-_/]*\(?\s*(?P<letter>[a-z])\s*\)?"
    r"(?:[\s.\-_/]*\(?\s*(?P<roman>[ivxl]{1,6})\s*\)?)?)?"
    r"[\s.;:,]*$",
    re.IGNORECASE,
)
_ROMAN = re.compile(r"^(?:x{0,3})(?:ix|iv|v?i{0,3})$")
_ARTICLE_WORD = re.compile(r"\b(?:articles?|arts?)\b\.?", re.IGNORECASE)
_TOKEN = re.compile(r"\d{1,3}|[a-z]{1,12}", re.IGNORECASE)
_FILLER = frozenset({"paragraph", "paragraphs", "para", "paras", "sub", "subparagraph", "subparagraphs",
                     "letter", "litt", "lit", "point", "points", "item", "no", "and"})
"""Words people put between the parts of a treaty citation ("paragraph 1, sub-paragraph a")."""


def canonical_item_id(text: object, style: str = "paragraph") -> str | None:
    """Return the canonical id for a written citation, or None when it is not one.

    >>> canonical_item_id("para. 10 (f) (vii)")
    '10.f.vii'
    >>> canonical_item_id("10f-vii")
    '10.f.vii'
    >>> canonical_item_id("Article 6, paragraph 1, a.ii", style="article")
    '6.1.a.ii'
    """
    if text is None:
        return None
    raw = str(text).strip()
    if not raw or len(raw) > MAX_CITATION_CHARS:
        return None
    if style == "article":
        return _article_id(raw)
    return _paragraph_id(raw)


def _without_document(raw: str) -> str:
    """The citation without the symbol of its document (``E/CN.15/2018/12, para. 9 (a)``)."""
    head, comma, tail = raw.partition(",")
    if comma and "/" in head:
        return tail.strip()
    first, space, rest = raw.partition(" ")
    if space and "/" in first and first[:1].isalpha():
        return rest.strip().lstrip(",").strip()
    return raw


def _paragraph_id(raw: str) -> str | None:
    rest = _PARAGRAPH_WORD.sub("", _without_document(raw), count=1)
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


def _article_id(raw: str) -> str | None:
    """Article, then paragraph number, letter and roman point, each optional after the article."""
    words = list(_ARTICLE_WORD.finditer(raw))
    if words:
        raw = raw[words[0].end():]
    elif "," in raw and not raw.partition(",")[0].strip()[:1].isdigit():
        raw = raw.partition(",")[2]  # a document named before the citation ("ETS No. 185, 6.1")
    tokens = [t.lower() for t in _TOKEN.findall(raw.replace("-", " "))]
    tokens = [t for t in tokens if t not in _FILLER]
    if not tokens or not tokens[0].isdigit():
        return None
    parts = [tokens[0].lstrip("0") or "0"]
    rest = tokens[1:]
    if rest and rest[0].isdigit():
        parts.append(rest.pop(0).lstrip("0") or "0")
    if rest and len(rest[0]) == 1 and rest[0].isalpha():
        parts.append(rest.pop(0))
        if rest and _ROMAN.match(rest[0]) and rest[0]:
            parts.append(rest.pop(0))
    elif len(parts) == 1 and rest and len(rest[0]) > 1 and _ROMAN.match(rest[0]):
        return None  # "6 ii": a point needs its letter
    return ".".join(parts) if not rest else None
