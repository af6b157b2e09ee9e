"""English lenders and insurers asked to apply a measure, not parties to it (issue 16; held-out batches 4 and 6-9 decided
that banks, banking institutions, lenders and insurers that a text encourages, guides or asks to grant or withhold
credit are no TARGET): "Banks have been asked to take the grade into account", "guide banks to offer loans", "Financial
institutions are encouraged to offer ..., and insurers to lower premiums". A bank named in any other role (as a
regulated party, in a list of parties) keeps its TARGET.
"""
from __future__ import annotations

import re

Record = tuple[int, int, str, str | None]
LENDER = re.compile(r"(?:(?:commercial\s+)?banks?|banking\s+institutions?|financial\s+institutions?|lenders?|insurers?|"
                    r"insurance\s+(?:companies|institutions))", re.IGNORECASE)
# "encourages banks to", "guide financial institutions to", "told lenders", "asks insurers to"
ASKED_BEFORE = re.compile(r"\b(?:encourag\w*|guid\w*|ask\w*|urg\w*|told|tells?|invit\w*|support\w*)\s+(?:the\s+|all\s+)?$",
                          re.IGNORECASE)
# "Banks have been asked to", "financial institutions are encouraged to", "... and insurers to lower premiums"
ASKED_AFTER = re.compile(r"\s+(?:(?:are|is|have\s+been|has\s+been|will\s+be|shall\s+be|were|was)\s+(?:also\s+)?"
                         r"(?:encouraged|asked|guided|urged|required|invited|expected)\s+to\b|to\s+(?:offer|lower|raise|"
                         r"reduce|grant|give|provide|take|refuse|withhold|restrict|apply)\b)", re.IGNORECASE)


def without_lenders_asked_to_apply(text: str, targets: list[Record]) -> list[Record]:
    """The TARGET records without lenders and insurers that the text asks to apply a measure.

    text (str): the unit's text.
    targets (list[Record]): the TARGET records.
    RETURNS (list[Record]): the records kept, in the same order.
    """
    return [r for r in targets if not (LENDER.fullmatch(text, r[0], r[1])
                                       and (ASKED_BEFORE.search(text, max(0, r[0] - 25), r[0])
                                            or ASKED_AFTER.match(text, r[1])))]
