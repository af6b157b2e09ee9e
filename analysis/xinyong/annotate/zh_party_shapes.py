"""More shapes in which a Chinese provision names the party of its measures (issue 19, session 8,
written on sentences of our own, not on any gold set's text):

- 单位 alone as the subject of the conduct that opens a sentence (单位违反本规定的，处…罚款), as the
  topic of 对 after a relative clause (对被列入…名单的单位，), and beside 个人 after 有关/相关 (有关单位和个人);
- the persons joined to a party by 及其/和 with 有关/相关 between (用人单位及其有关人员的信用记录: 人员);
- a party named by its status as an object of joint punishment or incentive, as the topic of 对
  (对守信联合激励对象，…采取下列激励措施：);
- an organisation whose head no TARGET type has (律师事务所, 检验检测中心, 零售药店) as the subject of the
  conduct or the topic of 对 (also with its conduct: 对检验检测中心出具虚假报告的，), and its professionals after 及其 (律师事务所及其律师);
- a part of a group named with 中的 (对会员企业中的守信企业给予…): the part is the party, not the group;
- a later mention of such a party after 对/将/该 (对担保机构处…罚款).

Plain functions over text, no spaCy (the finders' rule); parties.py and party_candidates.py call them.
"""
from __future__ import annotations

import re

Span = tuple[int, int, str]  # start, end, target type ("" for a party of no listed type)

# 单位 (or 有关单位) opening a sentence or an item, followed by its conduct clause (…的，).
ZH_UNIT_SUBJECT = re.compile(r"(?:^|(?<=[。；;\n]))(?:（[一二三四五六七八九十]+）|\d+[.．、])?(?:有关|相关)?"
                             r"(?P<party>单位)(?=[^，,。；;：:]{1,60}?的[，,])")
# 有关单位和个人, 相关单位或者个人: 单位 beside 个人 after a word of reference.
ZH_RELATED_UNIT = re.compile(r"(?<=有关|相关)(?P<party>单位)(?=(?:和|或者|、|及)个人)")
# 及其有关人员, 和相关人员: the persons of the party before (the party's own text is 人员).
ZH_RELATED_PERSONS = re.compile(r"(?:及其|和其|以及|及|和)(?:有关|相关)(?P<party>人员)")
# 对 + a relative clause + 单位 alone, closed by a comma (对被列入严重失信主体名单的单位，…).
ZH_TOPIC_UNIT = re.compile(r"对[^，,。；;：:对]{1,30}?的(?P<party>单位)(?=[，,])")
# An organisation named by a head that no TARGET type has (律师事务所, 检验检测中心, 零售药店), opening a
# sentence as the subject of its conduct (…的，), or as the topic of 对 before a comma.
_ORGANISATION = r"[^，,。；;：:、的（）()对由在将其该\s]{1,10}?(?:事务所|中心|医院|药店|药房|银行|学校|协会|商会)"
ZH_ORGANISATION_SUBJECT = re.compile(rf"(?:^|(?<=[。；;\n]))(?:（[一二三四五六七八九十]+）|\d+[.．、])?(?!有关|相关|其他|各|本|上述)"
                                     rf"(?P<party>{_ORGANISATION})(?=[^，,。；;：:]{{1,60}}?的[，,])")
ZH_ORGANISATION_TOPIC = re.compile(rf"(?<=对)(?P<party>{_ORGANISATION})(?=[处给予罚，,])")
# 对 + an organisation or its persons + its conduct (对检验检测中心出具虚假报告的，由…处…罚款).
ZH_TOPIC_CONDUCT = re.compile(r"(?<=对)(?!有关|相关|其他|各|本|上述)(?P<party>[^，,。；;：:、的（）()对由在将其该\s]{1,10}?"
                              r"(?:机构|单位|组织|事务所|中心|医院|药店|药房|银行|学校|协会|商会))(?=[^，,。；;：:]{1,40}?的[，,])")
# The professionals of such an organisation after 及其 (律师事务所及其律师); 其他, 其中 are no 其.
ZH_PROFESSIONALS = re.compile(r"(?<=及其)(?!他|它|中|余)(?P<party>[^，,。；;：:、的和或及]{0,5}?(?:律师|会计师|医师|药师|评估师|教师|员工|职工))")
# 对 + a party named as the object of joint punishment or incentive, closed by a comma.
ZH_STATUS_TOPIC = re.compile(r"(?<=对)(?P<party>[^，,。；;：:、的对]{2,14}?(?:惩戒|激励)对象)(?=[，,])")
# What may join a party to the persons after it besides ZH_PARTY_JOINER (及其有关人员).
ZH_RELATED_JOINER = re.compile(r"(?:及其|及|和其|和|以及)(?:有关|相关)")
# A part of a group: 会员企业中的守信企业, 失信被执行人之中的…
ZH_PARTITIVE = re.compile(r"之?中的?")
# A cited title: nothing inside it is a party (《关于对…企业及其有关人员开展联合惩戒的合作备忘录》).
ZH_CITED_TITLE = re.compile(r"《[^《》]*》")


def shaped_parties(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each party of no TARGET type that the shapes above name in a unit.

    text (str): the unit's text.
    RETURNS (list[tuple[int, int]]): in text order; overlaps with TARGET spans are the caller's to drop.
    """
    found: list[tuple[int, int]] = []
    titles = [m.span() for m in ZH_CITED_TITLE.finditer(text)]
    for pattern in (ZH_UNIT_SUBJECT, ZH_RELATED_UNIT, ZH_TOPIC_UNIT, ZH_RELATED_PERSONS, ZH_STATUS_TOPIC,
                    ZH_ORGANISATION_SUBJECT, ZH_ORGANISATION_TOPIC, ZH_TOPIC_CONDUCT, ZH_PROFESSIONALS):
        for match in pattern.finditer(text):
            group = next(name for name, value in match.groupdict().items() if value is not None)
            start, end = match.span(group)
            if not any(s <= start and end <= e for s, e in titles):
                found.append((start, end))
    return sorted(set(found))


def repeated_mentions(text: str, parties: list[Span]) -> list[Span]:
    """Later mentions, after 对, 将 or 该, of an untyped party the unit has already named (担保机构及其从业人员
    违反规定的，对担保机构处三万元罚款: the second 担保机构), as parties of no type.

    text (str): the unit's text.
    parties (list[Span]): the unit's parties so far (TARGET spans and untyped ones).
    RETURNS (list[Span]): the further mentions that overlap none of the parties.
    """
    found: list[Span] = []
    for name in dict.fromkeys(text[s:e] for s, e, kind in parties if not kind and e - s >= 2):
        for match in re.finditer(rf"(?<=[对将该]){re.escape(name)}", text):
            if not any(s < match.end() and match.start() < e for s, e, _ in parties + found):
                found.append((match.start(), match.end(), ""))
    return found


def joined_in_group(text: str, end: int, start: int) -> bool:
    """Whether the text between two parties joins them in one group beyond the plain conjunctions:
    及其有关 (用人单位及其有关人员) or a partitive 中的 (会员企业中的守信企业, which
    without_whole_of_part then narrows to the part)."""
    return ZH_RELATED_JOINER.fullmatch(text, end, start) is not None or ZH_PARTITIVE.fullmatch(text, end, start) is not None


def without_whole_of_part(text: str, chosen: list[Span]) -> list[Span]:
    """Leave out the group a later chosen party is a part of (会员企业中的守信企业: 守信企业 only).

    text (str): the unit's text.
    chosen (list[Span]): the parties chosen for a measure, in text order.
    RETURNS (list[Span]): the parties after the last partitive 中的 between two of them, or all.
    """
    for index in range(len(chosen) - 1, 0, -1):
        if ZH_PARTITIVE.fullmatch(text, chosen[index - 1][1], chosen[index][0]):
            return chosen[index:]
    return chosen
