"""The active granting verb of an English incentive named by a noun phrase (issue 16, session 10; development batches 8
and 9): "encouraged to [offer preferential interest rates]", "[provide lower-interest loans]". A verb that takes the
measure as its object belongs to the span (GUIDELINES.md, adjudicated conventions: verbs that take the measure as
object), as the passive "granted"/"given" already does (en_measures.GRANTED_BEFORE); in a list after one verb it joins
only the first measure, since only that one follows it directly. A verb with an indirect object between ("offer them
preferential treatment") is left out, as the earlier rules and their tests have it.
"""
from __future__ import annotations

import re

Record = tuple[int, int, str, str | None]
INCENTIVES = frozenset({"fewer-inspections", "cost-reduction", "financing-preference", "funding-priority",
                        "public-service-support", "priority-handling", "honor-award", "green-channel"})
GRANTING_VERB = re.compile(r"\b(?:offer|offers|offering|provide|provides|providing|grant|grants|granting|extend|extends|"
                           r"extending)\s+$", re.IGNORECASE)


def with_granting_verb(text: str, record: Record) -> Record:
    """An incentive record started at the active granting verb directly before it, if any.

    text (str): the unit's text.
    record (Record): a MEASURE record.
    RETURNS (Record): the record, with its new start or as it was.
    """
    if record[3] not in INCENTIVES:
        return record
    verb = GRANTING_VERB.search(text, max(0, record[0] - 30), record[0])
    return (verb.start(), record[1], record[2], record[3]) if verb else record
