"""English MEASURE spans for an activity denied by a negated modal (issue 16, development batches 4, 7 and 8):
"shall not, within five years, [hold the post of legal representative, director, supervisor or senior manager of
... enterprises]", "shall not, during the period of listing, [act as the legal representative or principal
responsible person of any other designated institution]".

The modal, "not" and a circumstance set off by commas are outside the span (GUIDELINES.md, adjudicated
conventions: framing verbs); the activity runs from its verb to the end of the clause, less a trailing duration
or condition (en-measures.yaml `trailing`), and a list of posts or objects of the one verb stays one span
(GUIDELINES.md, lists after one verb). Only activity verbs of en-measures.yaml open such a span, and only an
activity that names a measure type is kept.

A benefit denied after "or receive", "or enjoy" or "or obtain" ("shall not be entrusted with ... or receive [government
subsidies] or [tax preferences for charitable donations]") is read as the activity
rules read what follows a restricting verb (the framing verb is outside, GUIDELINES.md), one span per activity.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .en_measures import MeasureRules

Record = tuple[int, int, str, str | None]
# the modal and "not", a circumstance between commas ("shall not, within five years, hold ..."), and a
# passive of permission ("will not be allowed to sit ...")
NEGATED_MODAL = re.compile(r"\b(?:shall|may|must|will|can|should)\s+not(?:\s*,\s*[^,;.:\n]{1,60}?,)?\s+"
                           r"(?:be\s+(?:allowed|permitted)\s+to\s+)?(?=([a-z]+)\b)", re.IGNORECASE)
# the end of the clause: punctuation other than a comma inside a list, or a comma or "and" opening a new clause
ACTIVITY_END = re.compile(r"[.;:!?\n\"”]|,\s+(?:and|but|while|which|where|if|unless)\b|,\s+(?:in|under|according)\b"
                          r"|\s+(?:and|or)\s+(?:shall|may|must|will|can|should|is|are)\b|$")
# a denied benefit after a first denied verb phrase joined by or/and, and the framing verb (a lone "may not receive
# any incentive" names no measure, GUIDELINES.md: generic references)
NEGATED_RECEIPT = re.compile(r"\b(?:(?:shall|may|must|will|can)\s+not|cannot)\s+[^,;.:\n]{1,80}?\s+(?:or|and)\s+"
                             r"(?:receive|enjoy|obtain)\s+(?:(?:the|any)\s+)?", re.IGNORECASE)
# verbs that denote a post or a role: their list of posts is one activity
ROLE_VERBS = frozenset({"hold", "serve", "act", "assume", "become"})


def negated_activities(text: str, rules: MeasureRules) -> list[Record]:
    """The activities that a negated modal takes, one span each, typed by `activity_type`.

    text (str): the unit's text.
    rules (MeasureRules): the compiled en-measures.yaml.
    RETURNS (list[Record]): MEASURE records in text order (they may overlap those of other rules; the caller
        chooses among overlapping records).
    """
    from .en_measures import _trimmed, activity_spans, activity_type

    found: list[Record] = []
    for match in NEGATED_MODAL.finditer(text):
        verb = match.group(1).lower()
        if verb not in ROLE_VERBS:
            continue
        start = match.end()
        end = _trimmed(text, start, ACTIVITY_END.search(text, start).start(), rules)
        kind = activity_type(text[start:end], rules)
        if kind and end > start:
            found.append((start, end, "MEASURE", kind))
    for match in NEGATED_RECEIPT.finditer(text):
        found += activity_spans(text, match.end(), rules)
    return found
