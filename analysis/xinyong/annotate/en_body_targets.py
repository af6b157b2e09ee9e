"""English bodies named by level or function as TARGET `government-body` (issue 16; GUIDELINES.md,
"Adjudicated conventions (session 6)", local bodies in English): a body that the English AGENCY matcher
finds by its level or function ("civil affairs departments at or above the county level", "statistics
bureaus of cities and counties", "market regulators") is TARGET over the same span, as 县级以上民政部门 is
in Chinese. Left out: a body named head first ("the department performing ... duties") or as a place ("the
website of the tax service"), a function word of a shared list (it has no head noun of its own), a body inside a
MEASURE span (the place of publication, the granting body), a body named by its proper name (an issuing
body written in capitals, "Meiling Provincial Department of Civil Affairs": AGENCY only), and a body that
overlaps a party already found (the party patterns keep their own spans there).
"""
from __future__ import annotations

import re

Record = tuple[int, int, str, str | None]
BODY_HEAD = re.compile(r"\b(?:departments?|bureaus?|bureaux|authorit(?:y|ies)|commissions?|offices?|organs?|agenc(?:y|ies)|"
                       r"regulators?|governments?|courts?|procuratorates?|services?)\b", re.IGNORECASE)
# a word in capitals after the first word: a proper name ("Fengyuan Administration for Market Regulation")
PROPER_NAME = re.compile(r"\s(?-i:[A-Z])[\w'-]*")
# a body named as a place ("the website of the tax service") or head first ("the department performing ...
# duties", a description of a role the text assigns, not a body as party)
# the "of" that joins a department to the government it belongs to
OF_GOVERNMENT = re.compile(r"\s+of\s+(?:the\s+)?(?:local\s+)?(?:people['’]s\s+)?governments?\b", re.IGNORECASE)
# "ordered to make corrections by the development and reform department of the people's government ...": the body
# that imposes a measure in the passive is no party (the main English gold)
AGENT_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
PLACE_BEFORE = re.compile(r"\b(?:websites?|portals?|platforms?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def with_bodies_named_by_function(text: str, targets: list[Record], bodies: list[Record],
                                  measures: list[Record]) -> list[Record]:
    """The TARGET records with a `government-body` span added for each local body named by level or
    function that no TARGET overlaps.

    text (str): the unit's text.
    targets (list[Record]): the TARGET records found so far.
    bodies (list[Record]): the AGENCY records of the English local-agency matcher.
    measures (list[Record]): the unit's MEASURE records.
    RETURNS (list[Record]): the TARGET records, in text order.
    """
    added: list[Record] = []
    for start, end, _, kind in bodies:
        if not (kind or "").startswith("local:") or not BODY_HEAD.search(text, start, end) \
                or PROPER_NAME.search(text, start, end) or BODY_HEAD.match(text, start) \
                or PLACE_BEFORE.search(text, max(0, start - 20), start):
            continue
        if any(s <= start and end <= e for s, e, _, _ in measures):
            continue
        if any(s < end and start < e for s, e, _, _ in targets + added):
            # "[emergency management departments] of [people's governments at or above the county level]": the
            # department keeps its own TARGET before the government's (GUIDELINES.md: TARGET keeps its two head nouns)
            head = OF_GOVERNMENT.search(text, start, end)
            if head and not any(s < head.start() and start < e for s, e, _, _ in targets + added) \
                    and BODY_HEAD.search(text, start, head.start()) and not AGENT_BEFORE.search(text, max(0, start - 12), start):
                added.append((start, head.start(), "TARGET", "government-body"))
            continue
        added.append((start, end, "TARGET", "government-body"))
    return sorted(targets + added)
