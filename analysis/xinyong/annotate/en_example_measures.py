"""English MEASURE spans for the measures a text lists as examples of a class (issue 16, session 10; development
batch 8): "shall take measures such as [restricting its traffic], [suspending its promotional activities] or [closing
its store]", "penalties including [suspending the licence] and [restricting financing]".

Elsewhere "such as" gives examples of the measure before it and ends an activity list (en_measures.py); after a noun of
the class itself (measures, steps, sanctions, penalties, restrictions) each example is a measure of its own. Each
gerund phrase is one span, to the next comma or and/or that opens another gerund, or to the end of the clause, less a
trailing duration or condition (en-measures.yaml `trailing`). It is typed by the activity types; a verb that limits or
stops an operation with a party's own business as its object ("closing its store", "freezing its account") is
`business-suspension` (measures.yaml: limiting or suspending operations).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .en_measures import MeasureRules

Record = tuple[int, int, str, str | None]
# (administrative compulsory or coercive measures, 行政强制措施, such as sealing up or freezing property, are no sanctions)
CLASS_NOUN = re.compile(r"(?<!compulsory\s)(?<!coercive\s)\b(?:measures|steps|actions|sanctions|penalties|punishments|restrictions|disciplinary\s+actions)"
                        r"\s+(?:such\s+as|including|like)\s+(?=[a-z]+ing\b)", re.IGNORECASE)
# "It is strictly prohibited to impose measures such as sealing up, freezing ...": measures forbidden to the authorities
FORBIDDEN_BEFORE = re.compile(r"\b(?:prohibit\w*|forbid\w*|not|no|never|nor)\b", re.IGNORECASE)
GERUND = re.compile(r"[a-z]+ing\b", re.IGNORECASE)
NEXT_GERUND = re.compile(r",\s+(?:and\s+|or\s+)?(?=[a-z]+ing\b)|\s+(?:and|or)\s+(?=[a-z]+ing\b)", re.IGNORECASE)
LIST_END = re.compile(r"[.;:!?\n\"”()]|,\s+(?!(?:and\s+|or\s+)?[a-z]+ing\b)|$", re.IGNORECASE)
OPERATION_STOP = re.compile(
    r"^(?:clos|shutt|shut|suspend|freez|halt|stopp|restrict|limit|remov|block|tak)ing\s+(?:down\s+)?(?:(?:its|their|his|her|the)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:stores?|shops?|outlets?|accounts?|traffic|sales|operations?|business|activities|listings?|"
    r"services|production|websites?|apps?|premises)\b", re.IGNORECASE)


def example_measures(text: str, rules: MeasureRules) -> list[Record]:
    """The measures listed as examples after a noun of the class of measures, one typed span each.

    text (str): the unit's text.
    rules (MeasureRules): the compiled en-measures.yaml.
    RETURNS (list[Record]): MEASURE records in text order.
    """
    from .en_measures import _trimmed, activity_type

    found: list[Record] = []
    for match in CLASS_NOUN.finditer(text):
        sentence_start = max(text.rfind(mark, 0, match.start()) for mark in ".;\n") + 1
        if FORBIDDEN_BEFORE.search(text, sentence_start, match.start()):
            continue
        end = LIST_END.search(text, match.end()).start()
        start = match.end()
        while start < end and GERUND.match(text, start):
            separator = NEXT_GERUND.search(text, start, end)
            stop = separator.start() if separator else end
            stop_trimmed = _trimmed(text, start, stop, rules)
            phrase = text[start:stop_trimmed]
            kind = activity_type(phrase, rules) or ("business-suspension" if OPERATION_STOP.match(phrase) else None)
            # "barring them from bidding": the restriction rules keep what follows "from" (GUIDELINES.md)
            if kind and not any(cue.search(phrase) for cue in rules.cues):
                found.append((start, stop_trimmed, "MEASURE", kind))
            if not separator:
                break
            start = separator.end()
    return found
