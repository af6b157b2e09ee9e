"""English MEASURE shapes that the activity rules (en_measures.py) do not cover, found missing on text
written blind to the rules (issue 16, held-out batch 8), and the determiner rule applied to every English
MEASURE span.

- A list named in full: entry into any list runs over the list's whole name, its field included ("entered
  into the list of seriously dishonest entities in work safety", "placed on the list of seriously illegal and
  dishonest social organizations"), to the end of the noun phrase: a comma, a bracket, a relative or
  conditional clause, a duration or a further verb ends it. The instrument's own list named "the list"
  ("included in the list", "entry into the list") is a list entry too (GUIDELINES.md, batch 8 decisions).
- "be blacklisted": the verb names the list ("will be blacklisted").
- A new clause ends a measure: ", and the organization itself loses access to ...", "and a grantee ... cannot
  receive ...", "lose access to X and face Y" (a framing verb with its own object). The span is cut before it
  and the rest of the unit from there is read again, so that the clause's own measures are found.
- Determiners and possessives are outside every span (GUIDELINES.md, adjudicated conventions): a measure
  span that starts with "the", "a", "an", "its", "their" or "any" starts after it.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .en_measure_edges import with_measure_edges
from .en_of_objects import with_of_objects

Record = tuple[int, int, str, str | None]
# what ends a list's name: punctuation, a relative or conditional clause, a duration, a further verb
NAME_END = (r"(?=\s*[,.;:()\n\"“”]|\s+(?:where|which|that|who|whose|when|if|unless|until|while|within|after|before|"
            r"because|since|as|by|from|according|under|upon|once|in\s+(?:accordance|line)\s+with|pursuant|"
            r"for\s+(?:a|an|the|one|two|three|four|five|six|\d+)\b|"
            r"shall|will|may|must|should|can|is|are|was|were|has|have|kept|maintained|compiled|managed|published|released|"
            r"issued|established|set\s+up|run|administered|"
            r"(?:and|or)\s+(?!(?:dishonest|untrustworthy|trust-breaking|illegal)\b))\b|\s*$)")
LIST_NAME = re.compile(
    r"\b(?:included|entered|listed|placed|put|added)\s+(?:in|on|into|onto|to)\s+(?:the|a)\s+(?:(?!list\b)[\w-]+\s+){0,2}?"
    r"(?:black)?list\s+of\s+(?:(?!(?:where|which|that|who|whose|when|if|unless|until|while|within|after|before|"
    r"because|since|as|by|from|according|under|upon|once|for|and|or)\b)[\w'’-]+\s+|(?:and|or)\s+"
    r"(?=(?:dishonest|untrustworthy|trust-breaking|illegal)\b))*?[\w'’-]+" + NAME_END, re.IGNORECASE)
# "the list" alone: the instrument's own list, as an act ("included in the list") or a heading ("entry into the list")
# (not a negated, perfect or intended one: "shall not be included in the list where ...", "an item proposed to
# be included in the list", "persons who have been
# included in the list by a court" describe who is concerned, they impose nothing)
OWN_LIST = re.compile(r"(?<!\bnot\sbe\s)(?<!\bbeen\s)(?<!\bto\sbe\s)\b(?:(?:included|entered|placed|put|added)\s+(?:in|on|into|onto|to)|(?:inclusion|entry)\s+(?:in|on|into))"
                      r"\s+the\s+(?:black)?list\b(?!\s+of\b)(?![\w-])", re.IGNORECASE)
BLACKLISTED = re.compile(r"(?<=\bbe\s)blacklisted\b", re.IGNORECASE)
# a further clause after and/but/while: its own subject and verb, or a framing verb taking a new object
CLAUSE_BREAK = re.compile(
    r",?\s+(?:and|but|while|whereas)\s+(?:(?:an?|the|its|their|this|that|such|any)\s+(?:[\w'’-]+\s+){0,5}?(?:itself\s+)?"
    r"(?:cannot|can|could|will|would|shall|may|must|loses|faces|gets|receives|sees|is|are|has|have)\b"
    r"|(?:will\s+|shall\s+|may\s+|must\s+|would\s+)?(?:face|faces|facing|receive|receives|be\s+subject(?:ed)?\s+to)\s"
    # a further passive measure on the same subject ("... and shall not be rated above grade 3A", "... and placed
    # under key supervision")
    r"|(?:shall|will|may|must)\s+(?:not\s+|also\s+)?be\s+[a-z]+ed\b|(?:placed|put|listed|included|entered)\s+(?:under|on|in|into|as)\s)",
    re.IGNORECASE)
# a span that starts with a clause's subject and an active verb ("the organization itself loses access to"):
# the activity rules ran on into the next clause (a passive "... shall be revoked" is a measure and stays)
SUBJECT_START = re.compile(
    r"(?:(?:an?|the|its|their|this|that|such|any)\s+)?(?:[\w'’-]+\s+){0,5}?(?:itself\s+)?"
    r"(?:cannot|can(?!\s+be\b)|loses|faces|gets|receives|sees|(?:will|shall|may|must|can|could|would)\s+"
    r"(?:no\s+longer\s+|not\s+)?(?:lose|face|get|receive|see))\b", re.IGNORECASE)
DETERMINER = re.compile(r"(?:the|a|an|its|their|his|her|any)\s+(?=\S)", re.IGNORECASE)


def with_measure_shapes(text: str, measures: list[Record],
                        read_from: Callable[[int], list[Record]] | None = None) -> list[Record]:
    """The English MEASURE records with the shapes above added, spans cut at a further clause, and every
    span's leading determiner left out.

    A shape record replaces the records it contains; one that overlaps a record without containing it is
    dropped (the activity rules keep their span there).

    text (str): the unit's text.
    measures (list[Record]): the records of find_en_measures.
    read_from (Callable[[int], list[Record]] | None): the measures of the unit's text from a position on, in
        the unit's offsets (find_en_measures on the rest of the text); None: spans are not cut.
    RETURNS (list[Record]): the records, in text order, not overlapping.
    """
    shapes = [(m.start(), m.end(), "MEASURE", "list-inclusion") for pattern in (LIST_NAME, OWN_LIST, BLACKLISTED)
              for m in pattern.finditer(text)]
    kept = _cut_at_clauses(text, list(measures), read_from) if read_from else list(measures)
    for shape in sorted(shapes, key=lambda r: (r[0], -(r[1] - r[0]))):
        overlapping = [r for r in kept if r[0] < shape[1] and shape[0] < r[1]]
        if all(shape[0] <= r[0] and r[1] <= shape[1] for r in overlapping):
            kept = [r for r in kept if r not in overlapping] + [shape]
    return with_of_objects(text, sorted(_without_determiner(text, r) for r in with_measure_edges(text, sorted(kept))))


def _without_determiner(text: str, record: Record) -> Record:
    found = DETERMINER.match(text, record[0], record[1])
    return (found.end(), record[1], record[2], record[3]) if found and found.end() < record[1] else record


def _cut_at_clauses(text: str, measures: list[Record], read_from: Callable[[int], list[Record]]) -> list[Record]:
    """The records cut before a further clause inside them, with the measures of the text read again from
    the first cut on that overlap no record kept."""
    kept: list[Record] = []
    cuts: list[int] = []
    for record in measures:
        if SUBJECT_START.match(text, record[0], record[1]):
            cuts.append(record[0])
            continue
        found = CLAUSE_BREAK.search(text, record[0], record[1])
        if found and found.start() > record[0]:
            kept.append((record[0], found.start(), record[2], record[3]))
            cuts.append(found.start())
        else:
            kept.append(record)
    if cuts:
        for record in read_from(min(cuts)):
            if not any(s < record[1] and record[0] < e for s, e, _, _ in kept):
                kept.append(record)
    return sorted(kept)
