"""Edges of Chinese TARGET spans that the patterns alone get wrong (issue 19, third dev batch): a party
inside a list's name is its bare party noun (GUIDELINES.md, "Adjudicated (session 8)"), a list of
functions ending in 等部门 is one party, the persons answering with a unit's head (主要负责人和其他直接责任人员)
are natural persons, and a signature line names no party. Plain functions over text, no spaCy."""
from __future__ import annotations

import re

Record = tuple[int, int, str, str]

# The list a party is named after ends right after its noun (严重违法企业名单, D级纳税人名单).
ZH_LIST_NAME_NEXT = re.compile(r"(?:黑|红)?(?:名单|名录)")
# Nouns that name a party only with their credit word keep it (glossary forms).
ZH_LIST_GLOSSARY_PARTY = re.compile(r"(?:严重)?失信(?:主体|被执行人)|被执行人")
# The bare party noun a list is named after, at the end of a qualified span (统计严重失信企业 -> 企业).
ZH_LIST_PARTY_NOUN = re.compile(r"(?:市场主体|企业|纳税人|经营者|供应商|社会组织|单位)$")
# Bodies coordinated by 、 and closed by 等（有关）部门 are one party; the list starts a clause.
ZH_BODY_LIST = re.compile(r"(?:(?<=^)|(?<=[，。；：\s）]))(?:[^，。；：、\s的和或与及等]{2,12}、)+"
                          r"[^，。；：、\s的和或与及等]{2,12}等(?:有关|相关)?(?:部门|单位|机关)")
# The unit's persons named with its head (法定代表人、主要负责人和其他直接责任人员) answer for the unit.
ZH_HEAD_AND_OTHERS = re.compile(r"(?<=负责人|代表人|控制人)(?:和|及|、)(?:其他)?(直接责任人员)")
# An award's name chosen in a selection (评选……诚信守法示范企业时) names no party: the 企业 after it.
ZH_AWARD_BEFORE = re.compile(r"(?:评选|评比|授予)[^，。；：]*(?:示范|先进|模范|标杆)$")
# Institutions are no TARGET (金融机构 that lends, is encouraged or is told: the dev-zh and validation
# decisions) unless they are the violator, the subject of a conduct clause (金融机构……违反规定的，).
ZH_INSTITUTION = re.compile(r"(?:银行业)?金融机构")
ZH_CONDUCT_CLAUSE_END = re.compile(r"的[，,]")
# A body named as what another body is for this place (省发展改革委是本省社会信用主管部门) is a definition,
# not a party; a party that is a body (失信被执行人是国家机关的) stays.
ZH_COPULA_BEFORE = re.compile(r"是本(?:省|市|县|区|级)?$")
# What may remain of a signature line besides the bodies' names (某海关, 市商务局 市市场监督管理局).
ZH_SIGNATURE_REST = re.compile(r"[某\s、]*")


def party_in_list_name(text: str, record: Record) -> Record:
    """The record cut to its bare party noun where it ends right before a list's name's head."""
    start, end, label, kind = record
    span = text[start:end]
    if not ZH_LIST_NAME_NEXT.match(text, end) or ZH_LIST_GLOSSARY_PARTY.fullmatch(span):
        return record
    noun = ZH_LIST_PARTY_NOUN.search(span)
    return (start + noun.start(), end, label, kind) if noun else record


def with_body_lists(text: str, records: list[Record]) -> list[Record]:
    """One government-body span over a list of functions closed by 等部门 that no pattern named
    (网信、公安、邮政管理等部门); bodies named in full in such a list keep their own spans, as the gold does
    (市发展改革委、市市场监管局、市财政局等部门)."""
    for found in ZH_BODY_LIST.finditer(text):
        start, end = found.span()
        if not any(r[0] < end and start < r[1] for r in records):
            records = records + [(start, end, "TARGET", "government-body")]
    return sorted(records)


def with_persons_of_the_head(text: str, records: list[Record]) -> list[Record]:
    """直接责任人员 after the unit's head (主要负责人和其他直接责任人员) as a natural-person span of its own."""
    for found in ZH_HEAD_AND_OTHERS.finditer(text):
        start, end = found.span(1)
        if any(r[0] < start and end <= r[1] and text[r[0]:r[1]].startswith(("直接负责", "负有责任")) for r in records):
            continue
        records = [r for r in records if not (r[0] < end and start < r[1])] + [(start, end, "TARGET", "natural-person")]
    return sorted(records)


def is_an_award(text: str, record: Record) -> bool:
    """True where the record is the enterprise of an award's name in a selection (示范企业评选)."""
    clause_start = max(text.rfind(mark, 0, record[0]) for mark in "，。；：") + 1
    return record[3] == "legal-person" and bool(ZH_AWARD_BEFORE.search(text, clause_start, record[0]))


def is_an_institution_not_sanctioned(text: str, record: Record) -> bool:
    """True where the record is an institution outside a conduct clause (鼓励金融机构对守信主体……)."""
    if not ZH_INSTITUTION.fullmatch(text, record[0], record[1]):
        return False
    # the conduct clause may close after the persons named with it (金融机构……及其工作人员，有下列行为之一的,)
    sentence_end = min((i for i in (text.find(mark, record[1]) for mark in "。；：") if i >= 0), default=len(text))
    return not ZH_CONDUCT_CLAUSE_END.search(text, record[1], sentence_end)


def is_signature(text: str, records: list[Record]) -> bool:
    """True where the unit holds only bodies' names (the issuers' signature line), which name no party."""
    if not records or any(r[3] != "government-body" for r in records):
        return False
    rest, last = [], 0
    for start, end, _, _ in sorted(records):
        rest.append(text[last:start])
        last = end
    rest.append(text[last:])
    return bool(ZH_SIGNATURE_REST.fullmatch("".join(rest)))


def with_target_edges(text: str, records: list[Record]) -> list[Record]:
    """The Chinese TARGET records with the edges above applied."""
    if is_signature(text, records):
        return []
    records = [party_in_list_name(text, r) for r in records
               if not is_an_award(text, r) and not is_an_institution_not_sanctioned(text, r)
               and not (r[3] == "government-body" and ZH_COPULA_BEFORE.search(text, max(0, r[0] - 4), r[0]))]
    return with_persons_of_the_head(text, with_body_lists(text, records))
