"""English local bodies named by their proper name with the place first (issue 16; GUIDELINES.md, "Local
bodies in English"): the place belongs to the body's AGENCY span as the level word does ("[Fengyuan
Administration for Market Regulation]", "[Anlan Provincial Emergency Management Department]"), where the
matcher found the body from its capitalised level or head word. A place is one or two capitalised words
directly before it that are no sentence-opening article or pronoun.
"""
from __future__ import annotations

import re

Record = tuple[int, int, str, str | None]
CAPITALISED_START = re.compile(r"(?-i:[A-Z])")
PLACE_BEFORE = re.compile(r"(?<![\w'-])(?!(?:The|This|That|These|Those|Its|Their|Our|All|Each|Every|Any|No|Under|In|On|By|For|From|With)\b)"
                          r"(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+$")


def with_place_names(text: str, agencies: list[Record]) -> list[Record]:
    """The AGENCY records with a local body's place name joined to its span.

    text (str): the unit's text.
    agencies (list[Record]): the AGENCY records, in text order, not overlapping.
    RETURNS (list[Record]): the records, in text order.
    """
    joined: list[Record] = []
    for start, end, label, kind in agencies:
        if (kind or "").startswith("local:") and CAPITALISED_START.match(text, start):
            place = PLACE_BEFORE.search(text, max(0, start - 40), start)
            if place and not (joined and place.start() < joined[-1][1]):
                start = place.start()
        joined.append((start, end, label, kind))
    return joined
