"""A quoted name that completes an English MEASURE span (issue 16, session 10): the nominal rules end a measure at a
quotation mark (a quoted clause ends there in news text), so a measure whose object is a coined name in quotation
marks stopped at its preposition ("priority in the selection of" before '"model travel agencies"'). A span that ends in
a preposition or an article runs on over the quoted name, its closing mark included (GUIDELINES.md: the verb or noun
with its object; the quotation marks of a name belong to it, as in 'listed as "key supervision targets"').
"""
from __future__ import annotations

import re

Record = tuple[int, int, str, str | None]
DANGLING = re.compile(r"\b(?:of|as|for|in|to|on|from|the|an?)$", re.IGNORECASE)
QUOTED_NAME = re.compile(r"\s+(?:\"[^\"\n]{1,80}\"|“[^”\n]{1,80}”)")


def with_quoted_object(text: str, record: Record) -> Record:
    """The record extended over the quoted name after it when the span ends in a preposition or an article.

    text (str): the unit's text.
    record (Record): a MEASURE record.
    RETURNS (Record): the record, extended or as it was.
    """
    name = QUOTED_NAME.match(text, record[1]) if DANGLING.search(text, record[0], record[1]) else None
    return (record[0], name.end(), record[2], record[3]) if name else record
