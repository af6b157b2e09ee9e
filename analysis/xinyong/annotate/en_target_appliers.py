"""English lenders, insurers and carriers asked to apply a measure, not parties to it (issue 16; held-out batches 4 and 6-9 decided
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


# carriers and sellers of tickets that apply a travel restriction to the listed person ("Railway companies shall refuse
# to sell tickets ...", "airlines will not sell seats to ..."): they apply the measure, as lenders do (batches 1 and 9)
CARRIER = re.compile(r"\b(?:(?:railway|rail|railroad|airline|aviation|shipping|ferry|bus|coach)\s+(?:companies|company|operators?|"
                     r"enterprises?)|airlines?|carriers?)$", re.IGNORECASE)
REFUSES_AFTER = re.compile(r"\s+(?:(?:shall|must|will|should|may|are\s+to|is\s+to)\s+)?(?:not\s+sell|refuse\s+to\s+sell|"
                           r"refuses\s+to\s+sell|decline\s+to\s+sell|refuse\s+(?:to\s+)?(?:carry|board|issue)|deny\s+boarding)\b",
                           re.IGNORECASE)


# "Banks may refuse loans to such entities", "financial institutions shall raise the deposit": a lender permitted or
# bound to apply a financing measure applies it, as one asked to does
LENDER_APPLIES_AFTER = re.compile(r"\s+(?:may|shall|should|can|will|must)\s+(?:also\s+)?(?:refuse|reject|restrict|reduce|raise|"
                                  r"lower|offer|grant|give|provide|withhold|suspend|cut|deny|increase|tighten|limit)\b",
                                  re.IGNORECASE)


def without_lenders_asked_to_apply(text: str, targets: list[Record]) -> list[Record]:
    """The TARGET records without lenders and insurers that the text asks to apply a measure.

    text (str): the unit's text.
    targets (list[Record]): the TARGET records.
    RETURNS (list[Record]): the records kept, in the same order.
    """
    return [r for r in targets if not (LENDER.fullmatch(text, r[0], r[1])
                                       and (ASKED_BEFORE.search(text, max(0, r[0] - 25), r[0])
                                            or ASKED_AFTER.match(text, r[1]) or LENDER_APPLIES_AFTER.match(text, r[1])))
            and not (CARRIER.search(text[max(0, r[0] - 20):r[1]]) and REFUSES_AFTER.match(text, r[1]))]
