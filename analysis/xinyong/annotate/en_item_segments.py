"""Further activities after a semicolon inside one English list item (issue 16, session 10; development batch 9): "5.
renting high-end office buildings as offices; [buying vehicles that the business does not need]; [travelling for
leisure or on holiday];". The activity rules read a list item from its label to the first semicolon (en_measures.py);
where the item opens with an activity verb of the list (en-measures.yaml `list_item_verbs`), each later segment that
opens with such a verb is read the same way, one typed span per activity. A bulleted item ("- taking flights; ...")
is read from its bullet as a numbered one is (unless it uses records as a reference, en_measures.REFERENCE_USE).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .en_measures import MeasureRules

Record = tuple[int, int, str, str | None]
ITEM_OPENING = re.compile(r"\s*(?:\(\d+\)|\d+[.)]|[a-z][.)]|[-•*])\s*", re.IGNORECASE)
SEGMENT_START = re.compile(r";\s+(?=(\w+))")


def item_segments(text: str, rules: MeasureRules) -> list[Record]:
    """The activities of the later semicolon segments of a list item that opens with an activity verb.

    text (str): the unit's text.
    rules (MeasureRules): the compiled en-measures.yaml.
    RETURNS (list[Record]): MEASURE records in text order.
    """
    from .en_measures import REFERENCE_USE, activity_spans

    item = ITEM_OPENING.match(text)
    words = text[item.end():].split(maxsplit=1) if item else []
    if not words or words[0].lower() not in rules.item_verbs:
        return []
    found: list[Record] = []
    if item.group(0).strip() in {"-", "•", "*"} and not REFERENCE_USE.search(text):
        found += activity_spans(text, item.end(), rules)
    for segment in SEGMENT_START.finditer(text, item.end()):
        if segment.group(1).lower() in rules.item_verbs:
            found += activity_spans(text, segment.end(), rules)
    return found
