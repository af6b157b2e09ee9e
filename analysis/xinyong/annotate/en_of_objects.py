"""The party's "of" object after an English MEASURE span that ends at its head noun (issue 16, development batch 8):
"[raise the interest rates of its loans] or refuse new loans". The object phrase belongs to the measure
(GUIDELINES.md, MEASURE: the verb with its object; lists after one verb), so a span that stops before "of" and a
possessive ("its", "their", "his", "her") runs on over that short noun phrase when the phrase ends the clause or
an and/or list item.
"""
from __future__ import annotations

import re

Record = tuple[int, int, str, str | None]
OF_PARTY_OBJECT = re.compile(r"\s+of\s+(?:its|their|his|her)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?=\s*[,;.:]|\s+(?:or|and)\s|\s*$)",
                             re.IGNORECASE)


def with_of_objects(text: str, measures: list[Record]) -> list[Record]:
    """The records, each extended over an "of" + possessive object that follows it directly.

    text (str): the unit's text.
    measures (list[Record]): MEASURE records in text order, not overlapping.
    RETURNS (list[Record]): the records in text order; an extension never reaches the next record.
    """
    moved: list[Record] = []
    for index, (start, end, label, kind) in enumerate(measures):
        following = measures[index + 1][0] if index + 1 < len(measures) else len(text)
        found = OF_PARTY_OBJECT.match(text, end) if kind != "list-inclusion" else None
        moved.append((start, found.end() if found and found.end() <= following else end, label, kind))
    return moved
