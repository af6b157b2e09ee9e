"""English bodies named as the owner of a place of publication, not as a party (issue 16): in "published on the
court's website" or "the bureau's portal" inside a MEASURE span the body says whose website it is, where the measure
is published, and is no TARGET (GUIDELINES.md: a body named inside a MEASURE span as the place of publication is
AGENCY only; held-out batches 4 and 9). Outside a measure ("the national courts' platform for ...") and as the subject
of a duty ("the court must impose ...") the body stays a TARGET, as the main English gold has it.
"""
from __future__ import annotations

import re

Record = tuple[int, int, str, str | None]
# the possessive and the place it owns, with an optional kind word ("official website", "online portal")
OWNED_PLACE = re.compile(r"['’]s?\s+(?:(?:official|own|online|public|credit|enforcement\s+information)\s+)?"
                         r"(?:websites?|web\s+portals?|portals?|homepages?|platforms?|bulletin\s+boards?|notice\s+boards?)\b",
                         re.IGNORECASE)


def without_bodies_as_places(text: str, targets: list[Record], measures: list[Record]) -> list[Record]:
    """The TARGET records without a government body that only owns the place a measure is published in.

    text (str): the unit's text.
    targets (list[Record]): the TARGET records.
    measures (list[Record]): the unit's MEASURE records.
    RETURNS (list[Record]): the records kept, in the same order.
    """
    return [r for r in targets if not (r[3] == "government-body" and OWNED_PLACE.match(text, r[1])
                                       and any(s <= r[0] and r[1] <= e for s, e, _, _ in measures))]
