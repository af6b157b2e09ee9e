"""English MEASURE spans for more or fewer inspections and key supervision in the wordings the verb-object patterns of
en-measures.yaml miss (issue 16, session 10; development batches 8 and 9 and test sentences of our own):

- how often a party is inspected, named by the participle and the frequency ("shall be [inspected at least once a
  quarter]", "will be [inspected more often]"): more often, more frequently or "at least" is `key-supervision`;
  less often, less frequently, "at most" or "no more than" is `fewer-inspections`;
- the share or frequency of inspections raised or lowered, with the noun as the passive's subject (GUIDELINES.md:
  passive measures whose subject names what changes run from the noun, without its determiner, to the participle):
  "with the [proportion and frequency of random inspections raised]", "the [frequency of spot checks on such firms
  shall be reduced]";
- the active verb that places a party under key supervision, with the party between ("[placing them under key
  supervision]"), and a party listed, designated or treated as a key target, the quotation marks of a coined name
  included ("[listed as "key supervision targets"]", "[designated as a key monitoring target]").
"""
from __future__ import annotations

import re

Record = tuple[int, int, str, str | None]
KEY = "key-supervision"
FEWER = "fewer-inspections"
CHECKS = r"(?:inspections?|spot[- ]checks?|checks|audits?|inspection\s+and\s+supervision|supervision\s+and\s+inspection)"
PERIOD = r"(?:year|quarter|month|week|half[- ]year|six\s+months|two\s+years|three\s+years)"
TIMES = r"(?:once|twice|\d+\s+times|(?:two|three|four|five|six)\s+times)"
# "[inspected at least once a quarter]", "[checked more often]": the participle after a form of "be"
FREQUENCY = re.compile(
    r"(?:(?<=\bbe\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bbeen\s)|(?<=\bget\s)|(?<=\bgets\s))"
    r"(?:inspected|checked|audited|spot[- ]checked|visited|examined)\s+"
    r"(?:(?P<more>more\s+(?:often|frequently|regularly)|at\s+least\s+" + TIMES + r"\s+(?:a|an|per|every)\s+" + PERIOD + r")"
    r"|(?P<fewer>less\s+(?:often|frequently)|(?:at\s+most|no\s+more\s+than|not\s+more\s+than)\s+" + TIMES
    + r"\s+(?:a|an|per|every)\s+" + PERIOD + r"))\b", re.IGNORECASE)
# the share of inspections raised or lowered, the noun as the subject (a modal and "be" optional: "with the ... raised")
SHARE_CHANGED = re.compile(
    r"\b(?:(?:(?:random|spot|on-site|routine|daily|unannounced|tax)\s+)?(?:inspection|check|spot[- ]check|audit)\s+"
    r"(?:rates?|frequenc(?:y|ies)|ratios?|proportions?)"
    r"|(?:proportion|frequency|ratio|rate|number)(?:\s+and\s+(?:proportion|frequency|ratio|rate))?\s+of\s+"
    r"(?:[\w-]+\s+){0,3}?" + CHECKS + r"(?:\s+(?:of|on|for|at)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+?)??)"
    r"\s+(?:(?:shall|will|may|must|can|should|would)\s+(?:also\s+)?be\s+|(?:is|are|was|were|be|been)\s+)?"
    r"(?:appropriately\s+|significantly\s+|correspondingly\s+|accordingly\s+)?"
    r"(?:(?P<more>raised|increased|stepped\s+up|doubled|heightened)|(?P<fewer>lowered|reduced|decreased|cut|halved))\b",
    re.IGNORECASE)
# "[placing them under key supervision]": the active verb with the party between (the passive "placed under" is an
# en-measures.yaml pattern)
PLACE_UNDER = re.compile(
    r"\b(?:plac(?:e|es|ing)|put(?:s|ting)?)\s+(?:them|it|him|her|(?:the|such|these|those|this|that)\s+(?:[\w-]+\s+){0,2}?[\w-]+)"
    r"\s+under\s+(?:key|strict(?:er)?|intensified|enhanced|focused|special|close(?:r)?|tighter)\s+"
    r"(?:supervision|regulation|monitoring|oversight)\b"
    # "[brought into the scope of key supervision]"
    r"|\b(?:included|brought|incorporated|taken)\s+(?:in|into|within)\s+the\s+scope\s+of\s+key\s+"
    r"(?:supervision|regulation|monitoring)\b", re.IGNORECASE)
# '[listed as "key supervision targets"]', '[designated as a key monitoring target]'
KEY_TARGET = re.compile(
    r"\b(?:list|designat|identif|classif|determin|treat|mark|nam)(?:e|es|ed|ing|y|ies|ied|ying|s)?\s+"
    r"(?:(?:them|it|him|her)\s+)?as\s+(?:an?\s+|the\s+)?[\"“]?key\s+"
    r"(?:(?:supervision|regulatory|monitoring|inspection)\s+(?:targets?|objects?|subjects?|entities|enterprises|units)"
    r"|(?:targets?|objects?)\s+(?:of|for)\s+(?:supervision|regulation|monitoring|inspection)(?:\s+and\s+(?:administration|inspection))?)"
    r"\b[\"”]?", re.IGNORECASE)


def inspection_measures(text: str) -> list[Record]:
    """The inspection frequency and key supervision measures of `text` (see the module docstring).

    text (str): the unit's text.
    RETURNS (list[Record]): MEASURE records in text order (they may overlap those of other rules; the caller chooses).
    """
    found: list[Record] = []
    for pattern in (FREQUENCY, SHARE_CHANGED):
        for match in pattern.finditer(text):
            found.append((match.start(), match.end(), "MEASURE", KEY if match.group("more") else FEWER))
    for pattern in (PLACE_UNDER, KEY_TARGET):
        found += [(m.start(), m.end(), "MEASURE", KEY) for m in pattern.finditer(text)]
    return sorted(found)
