"""English party nouns that name a speaker or a speaker's employer in reported speech, not a party (issue 16): news
and commentary quote people by their job and where they work ("said a Jinhe lawyer", "an analyst at a Shanghai
brokerage", "a professor at Donglin University", "an official with the finance department who asked not to be
named"). The lawyer, the brokerage, the university and the department there say who is speaking; the rules do not
apply to them (held-out batches 7-9 leave them unannotated). A party that a speaker talks about ("said the rules
would hurt small sellers") keeps its TARGET.
"""
from __future__ import annotations

import re

Record = tuple[int, int, str, str | None]
REACH = 80  # characters before a party that a speech verb or a speaker's job can stand in
# '..., said a Jinhe lawyer', ', according to an industry lawyer': the speaker named after a quotation or a comma, by an
# indefinite article ("says the department must ...", "the bureau says an enterprise ..." introduce what is said)
SPEECH_VERB_BEFORE = re.compile(r"(?:[,\"”]\s*|^\s*)(?:said|says|added|noted|according\s+to)\s+(?:an?|one)\s+"
                                r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# "an analyst at a Shanghai brokerage", "a professor of public finance at Donglin University", "an official with the
# finance department": the speaker's employer, after the job and "at", "with" or "from"
EMPLOYER_BEFORE = re.compile(
    r"\b(?:analysts?|professors?|economists?|researchers?|scholars?|lecturers?|spokes(?:person|man|woman)|officials?|"
    r"lawyers?|attorneys?|fellows?|advis[eo]rs?|consultants?|deans?|experts?|commentators?|journalists?)"
    r"\s+(?:of\s+(?:[\w'’-]+\s+){1,3})?(?:at|with|from)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def without_speakers(text: str, targets: list[Record]) -> list[Record]:
    """The TARGET records without the speakers and their employers of reported speech.

    text (str): the unit's text.
    targets (list[Record]): the TARGET records.
    RETURNS (list[Record]): the records kept, in the same order.
    """
    kept: list[Record] = []
    for record in targets:
        window = max(0, record[0] - REACH)
        clause = max(text.rfind(mark, window, record[0]) for mark in ".;:\n“") + 1
        if SPEECH_VERB_BEFORE.search(text, max(window, clause), record[0]) \
                or EMPLOYER_BEFORE.search(text, max(window, clause), record[0]):
            continue
        kept.append(record)
    return kept
