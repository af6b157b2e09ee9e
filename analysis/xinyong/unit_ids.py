"""Unit ids: the one place that builds them, reads them and orders them.

The scheme (see structure.py): divisions `part-1`, `ch-4`, `ch-5.sec-1`; articles `art-30` (an
inserted article 第十条之一 is `art-10-1`); their paragraphs and items `art-30.p2`, `art-30.p2.i3`;
numbered headings of a policy document `s1`, `s1.2` with paragraphs `s1.2.p1`; text before the
first article or heading `preamble.p1`. A second unit with an id already taken keeps its text
under `<id>~2`, `<id>~3`, ... (the parser warns).
"""
from __future__ import annotations

import re

ARTICLE_PREFIX = "art-"
PREAMBLE = "preamble"
DUPLICATE_MARK = "~"

# A paragraph or item step (.p2, .i3) and everything after it: what is left is the top-level unit.
_BELOW_TOP = re.compile(r"\.[pi]\d+.*$")
_ITEM_STEP = re.compile(r"\.i\d+(?:~\d+)?$")
# A whole article, possibly a duplicate (art-9, art-9~2), not an inserted one (art-10-1).
_WHOLE_ARTICLE = re.compile(r"^art-\d+(?:~\d+)?$")
_NUMBERS = re.compile(r"(\d+)")


def article_id(number: int, sub: int | None = None) -> str:
    """art-30, or art-10-1 for an inserted article (第十条之一, Article 10-1)."""
    return f"{ARTICLE_PREFIX}{number}" + (f"-{sub}" if sub else "")


def division_id(kind: str, number: int, parent: str | None = None) -> str:
    """part-1, ch-4, or a section under its chapter or part: ch-5.sec-1."""
    name = {"part": "part", "chapter": "ch", "section": "sec"}[kind]
    return f"{parent}.{name}-{number}" if parent and kind == "section" else f"{name}-{number}"


def heading_id(parent: str | None, number: int) -> str:
    """s2 for a top-level heading, s2.7 for a heading under s2."""
    return f"{parent}.{number}" if parent else f"s{number}"


def paragraph_id(owner: str | None, number: int) -> str:
    """art-30.p2 or s1.2.p1; preamble.p1 when no article or heading is open."""
    return f"{owner or PREAMBLE}.p{number}"


def item_id(paragraph: str, number: int) -> str:
    """art-30.p2.i3: item 3 of a paragraph."""
    return f"{paragraph}.i{number}"


def duplicate_id(unit_id: str, suffix: int) -> str:
    """The id kept by a second unit whose id is taken: art-9~2."""
    return f"{unit_id}{DUPLICATE_MARK}{suffix}"


def item_parent(unit_id: str) -> str | None:
    """The paragraph a list item belongs to (art-9.p2.i3 -> art-9.p2); None for any other unit."""
    return _ITEM_STEP.sub("", unit_id) if _ITEM_STEP.search(unit_id) else None


def top_level(unit_id: str) -> str:
    """The article, heading or preamble a unit belongs to: art-9.p2.i3 -> art-9; s1.2.p1 -> s1.2;
    preamble.p1 -> preamble; a division or article id is its own top level."""
    return _BELOW_TOP.sub("", unit_id)


def is_article_unit(unit_id: str) -> bool:
    """True for an article and everything in it (art-9, art-9.p2.i3, art-10-1.p1)."""
    return unit_id.startswith(ARTICLE_PREFIX)


def is_whole_article(unit_id: str) -> bool:
    """True for an article's own id that is not an inserted article: art-9, art-9~2; not art-10-1."""
    return bool(_WHOLE_ARTICLE.match(unit_id))


def is_item(unit_id: str) -> bool:
    """True for an item (art-9.p2.i3), whose lead-in is the paragraph it hangs from."""
    return bool(_ITEM_STEP.search(unit_id))


def contains(outer: str, inner: str) -> bool:
    """True when one unit id contains the other, either way round (art-3 and art-3.p1.i2; s2.7 and
    s2.7.p1): the same place in the text at two depths."""
    a, b = outer.split("."), inner.split(".")
    shorter = min(len(a), len(b))
    return a[:shorter] == b[:shorter]


def sort_key(unit_id: str) -> tuple:
    """Reading order by number, not by string: art-2 < art-10 < art-10-1 < art-11, s1.2 < s1.10.

    Numbers and the text between them alternate in the key (text first), so that two keys always
    compare a number with a number and text with text.
    """
    return tuple(int(part) if index % 2 else part for index, part in enumerate(_NUMBERS.split(unit_id)))
