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


# "published on the court's website", "posted in the bureau's portal": the owner of a place something is put on
PLACE_PREPOSITION = re.compile(r"\b(?:on|in|at|via|through|onto)\s+(?:the\s+)?$", re.IGNORECASE)
# "on the portal of the provincial medical security bureau": the body after the place's "of"
PLACE_OF_BEFORE = re.compile(r"\b(?:websites?|web\s+portals?|portals?|homepages?|platforms?|bulletin\s+boards?)\s+of\s+(?:the\s+)?$",
                             re.IGNORECASE)
# "host sales streams on platforms", "runs a shop on two platforms", "sold across major platforms": platforms as places
PLATFORM = re.compile(r"(?:online\s+|e-commerce\s+)?platforms?", re.IGNORECASE)
PLATFORM_AS_PLACE = re.compile(r"\b(?:on|onto|across|via|through|off)\s+(?:(?:a|an|the|two|three|several|other|all|any|major|"
                               r"many|its|their|different|multiple)\s+){0,2}$", re.IGNORECASE)


def without_places(text: str, targets: list[Record]) -> list[Record]:
    """The TARGET records without bodies and platforms named as the place something is published or sold on, outside
    a MEASURE span as inside one (the module docstring; held-out batches 7-9): a body that owns the place after "on",
    "in" or "through" ("on the court's website") or after the place's "of" ("the portal of the provincial medical
    security bureau"), and platforms after "on" or "across" ("streams on platforms").

    text (str): the unit's text.
    targets (list[Record]): the TARGET records.
    RETURNS (list[Record]): the records kept, in the same order.
    """
    return [r for r in targets
            if not (r[3] == "government-body" and ((OWNED_PLACE.match(text, r[1]) and PLACE_PREPOSITION.search(text, max(0, r[0] - 12), r[0]))
                                                   or PLACE_OF_BEFORE.search(text, max(0, r[0] - 30), r[0])))
            and not (PLATFORM.fullmatch(text, r[0], r[1]) and PLATFORM_AS_PLACE.search(text, max(0, r[0] - 40), r[0]))]


def without_bodies_as_places(text: str, targets: list[Record], measures: list[Record]) -> list[Record]:
    """The TARGET records without a government body that only owns the place a measure is published in.

    text (str): the unit's text.
    targets (list[Record]): the TARGET records.
    measures (list[Record]): the unit's MEASURE records.
    RETURNS (list[Record]): the records kept, in the same order.
    """
    return [r for r in targets if not (r[3] == "government-body" and OWNED_PLACE.match(text, r[1])
                                       and any(s <= r[0] and r[1] <= e for s, e, _, _ in measures))]
