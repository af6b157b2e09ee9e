"""Which type a Chinese party named by its role takes, from the party it acts for: the responsible persons
of a sanctioned unit are natural persons, those of a public body public officials (GUIDELINES.md, "TARGET:
more parties"). Plain functions over text, no spaCy (the finders' rule)."""
from __future__ import annotations

import re

RESPONSIBLE_PERSONS = re.compile(r"(?:直接负责|负有责任)的主管人员")
# Who the responsible persons belong to: the violator, the first unit or public body of the sentence
# that is not the imposing authority (由……部门) nor a party the violator acted on (包庇生产经营单位).
ZH_UNIT_OR_BODY = re.compile(r"(?P<body>机关|部门|人民政府|政府)|(?P<unit>单位|企业|公司|经营者|机构|组织)")
ZH_NOT_THE_VIOLATOR = re.compile(r"由|经|会同|移送|包庇|纵容|收受|向|与")


def responsible_persons_type(text: str, start: int) -> str:
    """The TARGET type of 直接负责的主管人员(和其他直接责任人员) at `start`: `natural-person` when the
    violator they answer for is a unit, `public-official` when it is a public body (GUIDELINES.md).

    text (str): the unit's text.
    start (int): where the responsible persons' span starts.
    RETURNS (str): natural-person or public-official.
    """
    # back to the sentence's start, across semicolons: "对单位处…罚款；对直接负责的主管人员…" names the
    # unit in the clause before
    sentence_start = max(text.rfind(mark, 0, start) for mark in "。\n") + 1
    violator = nearest = None
    for found in ZH_UNIT_OR_BODY.finditer(text, sentence_start, start):
        nearest = found
        clause_start = max(text.rfind(mark, sentence_start, found.start()) for mark in "，；：、") + 1
        if violator is None and not ZH_NOT_THE_VIOLATOR.search(text, max(clause_start, sentence_start), found.start()):
            violator = found
    violator = violator or nearest  # every unit or body named is the authority or an object: the nearest
    return "natural-person" if violator is not None and violator.group("unit") else "public-official"
