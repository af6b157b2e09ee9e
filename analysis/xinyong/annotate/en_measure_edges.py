"""Where an English MEASURE span starts and ends, for wordings the activity rules (en_measures.py) cut
short or ran past (issue 16, found on held-out batch 8; GUIDELINES.md, "Adjudicated conventions (session 6)").

- A verb or adjective that takes the fine as its object belongs to it, and so does the total ("[imposed
  fines totalling 3.4 million yuan]", "[heavier fines of up to 2 million yuan]"); fines a party paid are a
  debt, not a penalty ("paid its fines").
- "production and business" (生产经营) is one object: "[ordered to suspend production and business for
  rectification]".
- A place of publication keeps whose it is ("on the portal [of the provincial emergency management
  department]").
- The passive granting verb joins the span ("shall not be [granted honorary titles]", "be [given reduced
  inspection frequency]").
- A further object after "and to" / "and from" is its own span without the preposition ("subject to [more
  frequent spot checks] and to [a special audit]", "excluded from [evaluations] and from [the selection of
  model units]").
"""
from __future__ import annotations

import re

from .record_overlaps import keep_longest_first

Record = tuple[int, int, str, str | None]
AMOUNT = (r"(?:RMB\s*|CNY\s*|¥\s*)?\d+(?:[,.]\d+)*(?:\s+(?:hundred|thousand|million|billion))?(?:\s*(?:yuan|RMB))?")
FINE_LEAD = re.compile(r"\b(?:impos(?:e|es|ed|ing)\s+(?:a\s+)?|(?:heavier|higher|larger|bigger|steeper)\s+)$",
                       re.IGNORECASE)
FINE_TOTAL = re.compile(r"fines?\s+(?:totall?ing|amounting\s+to|worth)\s+(?:up\s+to\s+|about\s+|nearly\s+|over\s+)?" + AMOUNT,
                        re.IGNORECASE)
FINE_PAID = re.compile(r"\b(?:paid|pay|pays|paying|returned|refunded)\s+(?:all\s+)?(?:its|their|his|her|the|any|all)\s+$",
                       re.IGNORECASE)
PRODUCTION_AND_BUSINESS = re.compile(r"\s+and\s+(?:business|operations?)(?:\s+for\s+rectification)?\b|\s+for\s+rectification\b",
                                     re.IGNORECASE)
PLACE_OWNER = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:departments?|bureaus?|bureaux|commissions?|administrations?|"
                         r"governments?|courts?|offices?|authorit(?:y|ies)|agenc(?:y|ies)|associations?)\b", re.IGNORECASE)
PUBLICATION_PLACE = re.compile(r"\b(?:portals?|websites?|platforms?)$", re.IGNORECASE)
GRANTED = re.compile(r"(?<=\bbe\s)(?:granted|given|offered)\s+$", re.IGNORECASE)
FURTHER_OBJECT = re.compile(r"\s+(?:and|or)\s+(?:to|from)\s+(?=(?:an?\s+|the\s+|its\s+|their\s+)?[\w-]+\s+[\w-])", re.IGNORECASE)
PREPOSITION_AFTER_AND = re.compile(r"(?:and|or)\s+$", re.IGNORECASE)
LEADING_PREPOSITION = re.compile(r"(?:to|from)\s+(?!(?:[a-z]+ing|be|suspend|stop|close|revoke|cancel)\b)", re.IGNORECASE)


def with_measure_edges(text: str, measures: list[Record]) -> list[Record]:
    """The English MEASURE records with their starts and ends moved as the module docstring says.

    text (str): the unit's text.
    measures (list[Record]): the MEASURE records, in text order, not overlapping.
    RETURNS (list[Record]): the records, in text order, not overlapping.
    """
    moved: list[Record] = []
    for start, end, label, kind in measures:
        if kind == "fine":
            if FINE_PAID.search(text, max(0, start - 30), start):
                continue
            lead = FINE_LEAD.search(text, max(0, start - 30), start)
            start = lead.start() if lead else start
            total = FINE_TOTAL.match(text, text.rfind("fine", start, end) if "fine" in text[start:end] else end)
            end = max(end, total.end()) if total else end
        if kind == "business-suspension":
            pair = PRODUCTION_AND_BUSINESS.match(text, end)
            while pair:
                end = pair.end()
                pair = PRODUCTION_AND_BUSINESS.match(text, end)
        if kind == "public-naming" and PUBLICATION_PLACE.search(text, start, end):
            owner = PLACE_OWNER.match(text, end)
            end = owner.end() if owner else end
        granted = GRANTED.search(text, max(0, start - 20), start)
        start = granted.start() if granted else start
        if moved and PREPOSITION_AFTER_AND.search(text, moved[-1][1], start) and LEADING_PREPOSITION.match(text, start):
            start = LEADING_PREPOSITION.match(text, start).end()
        further = FURTHER_OBJECT.search(text, start, end)
        if further:
            moved.append((start, further.start(), label, kind))
            start = further.end()
        moved.append((start, end, label, kind))
    return keep_longest_first(moved)
