"""English bodies named as the issuer of an instrument, not as a party to it (issue 16): "the provincial finance
department and the provincial development and reform commission issued a notice", "rules issued by the municipal
market regulation bureau", "the Weiyang Higher People's Court has issued guidance". A body that only issued (adopted,
released, drafted) the instrument is AGENCY only (GUIDELINES.md, held-out batches 8 and 9); a body that runs or applies
the scheme keeps its TARGET. A government-body match that is only a piece of a proper name ("Provincial Department" in
"the Qingshan Provincial Department of Culture and Tourism") is no TARGET either: the name's other words are not in it.
"""
from __future__ import annotations

import re

Record = tuple[int, int, str, str | None]
ISSUING_VERB = r"(?:issued|adopted|released|promulgated|drafted|unveiled|formulated|jointly\s+issued)"
INSTRUMENT = (r"(?:(?:draft|new|interim|implementing|detailed|joint|trial|its|their|a|an|the|\w+-\w+)\s+){0,4}"
              r"(?:rules|measures|notice|guidance|guidelines?|opinions?|regulations?|provisions|plan|circular|document|"
              r"memorandum|catalogue|list\s+of\s+measures)\b")
# "X has issued rules", "X issued a notice on ...", "X and the Y adopted implementing rules": the body before the verb,
# maybe with the "of" part of its name or a time phrase ("on Wednesday", "in 2025") between them
ISSUER_AFTER = re.compile(r"(?:\s+of\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*)?(?:\s+(?:has|have|had|jointly|recently|last\s+\w+|"
                          r"on\s+\w+|in\s+\w+\s+\d{4}|in\s+\d{4}))*\s+" + ISSUING_VERB + r"\s+(?:[\w-]+\s+){0,2}?" + INSTRUMENT)
# "a notice issued on Wednesday by the provincial finance department and the ...": the bodies after "by"
ISSUED_BY_BEFORE = re.compile(ISSUING_VERB + r"\s+(?:(?:on|in|last|this|earlier)\s+\w+(?:\s+\d{4})?\s+)?(?:jointly\s+)?by\s+(?:the\s+)?"
                              r"(?:[^.;:]{0,80}?\s+and\s+(?:the\s+)?)?$", re.IGNORECASE)
# "X and the Y" sharing one issuing verb: a body followed by "and (the) <another body> issued ..."
CO_ISSUER_AFTER = re.compile(r"\s+and\s+(?:the\s+)?[^.;:]{3,80}?" + ISSUER_AFTER.pattern)
# a capitalised word just before the match, other than a sentence's first "The": the match is inside a proper name
NAME_BEFORE = re.compile(r"(?<![.:;]\s)(?<!^)(?-i:\b(?!The\b)[A-Z][\w'’-]*)\s+$")
CAPITAL_START = re.compile(r"(?-i:[A-Z])")


def without_issuers(text: str, targets: list[Record]) -> list[Record]:
    """The TARGET records without government bodies named only as the issuer of an instrument or inside a proper name.

    text (str): the unit's text.
    targets (list[Record]): the TARGET records.
    RETURNS (list[Record]): the records kept, in the same order.
    """
    kept: list[Record] = []
    for record in targets:
        start, end = record[0], record[1]
        if record[3] == "government-body" and (
                ISSUER_AFTER.match(text, end) or CO_ISSUER_AFTER.match(text, end)
                or ISSUED_BY_BEFORE.search(text, max(0, start - 120), start)
                or (CAPITAL_START.match(text, start) and NAME_BEFORE.search(text, max(0, start - 30), start))):
            continue
        kept.append(record)
    return kept
