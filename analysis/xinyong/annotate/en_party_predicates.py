"""English persons whose relative clause says they are officials (issue 16): in "persons directly responsible for the
fraud who are public officials" or "legal representatives who are also civil servants" the clause types the persons
before it, who are the party, as `public-official` (GUIDELINES.md types the persons directly responsible for a public
body so); "public officials" there is their predicate, not a second party (held-out batch 8). Other predicates keep
their TARGET, as the held-out gold has them ("debtors who are [individuals]", "enterprises that are [judgment
debtors]", "a person subject to enforcement who is a [natural person]").
"""
from __future__ import annotations

import re

Record = tuple[int, int, str, str | None]
PREDICATE_BEFORE = re.compile(r"\b(?:who|that)\s+(?:are|is|were|was)\s+(?:also\s+|themselves\s+)?(?:an?\s+)?$",
                              re.IGNORECASE)
REACH = 80  # characters between the persons and their relative clause's predicate
OFFICIALS = "public-official"
PERSONS = frozenset({"natural-person", "public-official"})


def with_officials_by_predicate(text: str, targets: list[Record]) -> list[Record]:
    """The TARGET records with persons typed `public-official` where a relative clause says they are officials, and
    without that predicate.

    text (str): the unit's text.
    targets (list[Record]): the TARGET records, in text order.
    RETURNS (list[Record]): the records kept, in text order.
    """
    kept: list[Record] = []
    for record in targets:
        head = kept[-1] if kept else None
        if head is not None and record[3] == OFFICIALS and head[3] in PERSONS and record[0] - head[1] <= REACH \
                and PREDICATE_BEFORE.search(text, head[1], record[0]) \
                and not any(mark in text[head[1]:record[0]] for mark in ".;:\n"):
            kept[-1] = (head[0], head[1], head[2], OFFICIALS)
            continue
        kept.append(record)
    return kept
