"""Where the sanctioned party of a Chinese measure may be named besides the TARGET spans (issue 19,
the seventh revision, written on the dev-zh set and sentences of our own):

- a party that is no TARGET type (定点医药机构, 项目承担单位, the 人员 of 用人单位和人员) but that the
  provision treats as its party: the object of 对 after a relative clause (对信用评价为D级的定点医药机构，),
  the subject of the conduct clause that opens a sentence (定点医药机构通过……骗取……的，), and 人员 joined
  to another party (用人单位和人员);
- the lead-in of a list whose items the parser does not number under it (a notice's section
  二、…, its paragraph 对评为诚信等级的企业，…采取下列激励措施：, then the items （一）…).
"""
from __future__ import annotations

import re

from .zh_party_shapes import repeated_mentions, shaped_parties

Span = tuple[int, int, str]  # start, end, target type ("" for a party of no listed type)

# The head nouns of an organisation or a group of persons named by its role.
_HEAD = r"(?:机构|单位|组织|人员)"
# 对 + a relative clause ending in 的 + the party, closed by a comma.
ZH_TOPIC_PARTY = re.compile(r"对[^，,。；;：:对]{0,30}?的(?P<party>[^，,。；;：:、的对]{2,10}?" + _HEAD + r")(?=[，,])")
# A sentence opened by the party and its conduct (…的，): the party is its first noun phrase.
ZH_SUBJECT_PARTY = re.compile(r"(?P<party>(?!有关|相关|其他|各|本|该|上述)[^，,。；;：:、的（）()对由在\s]{2,10}?" + _HEAD +
                              r"|(?:申请|被检查|行为|投标|报考|举报)人)"
                              r"(?=[^，,。；;：:]{1,60}?的[，,])")
# 人员 joined to another party (用人单位和人员), and 单位 beside 个人 (单位和个人违反…的).
ZH_JOINED_PERSONS = re.compile(r"(?<=[和及])(?P<party>人员)(?=[，,。；;])|(?<![^，,。；;：:\n对])(?P<unit>单位)(?=(?:和|或者|、|及)个人)")
ZH_SENTENCE_START = re.compile(r"(?:^|(?<=[。；;\n]))(?:（[一二三四五六七八九十]+）|\d+[.．、])?")
# An item's label: （一）, 1., 1、 (the groups tell the label's kind: a list of one kind may sit under an
# item of another, as 1.–4. under （二）…：)
ZH_ITEM_LABEL = re.compile(r"\s*(?:(?P<cn>（[一二三四五六七八九十]+）)|(?P<paren>\(\d+\))|(?P<num>\d+[.．、]))")
# 该 + a noun with an organisation's or a group's head (将该中介机构列入…): the party the provision
# refers back to, named again (the noun after 该 is its text).
ZH_REFERRED_PARTY = re.compile(r"(?<=[将对]该)(?P<party>[^，,。；;：:、的及和与或对由在将其该]{0,8}?" + _HEAD + r")")


def untyped_parties(text: str, targets: list[Span]) -> list[Span]:
    """The parties of no TARGET type that a unit names as a topic, a conduct subject or 人员 joined
    to a party, where no TARGET span overlaps them.

    text (str): the unit's text.
    targets (list[Span]): the unit's TARGET spans.
    RETURNS (list[Span]): (start, end, "") for each such party, in order.
    """
    found: list[Span] = []
    candidates = list(ZH_TOPIC_PARTY.finditer(text)) + list(ZH_JOINED_PERSONS.finditer(text)) \
        + list(ZH_REFERRED_PARTY.finditer(text))
    for start in ZH_SENTENCE_START.finditer(text):
        subject = ZH_SUBJECT_PARTY.match(text, start.end())
        if subject:
            candidates.append(subject)
    spans = [m.span("unit" if "unit" in m.groupdict() and m.group("unit") else "party") for m in candidates]
    for start, end in spans + shaped_parties(text):
        if not any(s < end and start < e for s, e, _ in targets + found):
            found.append((start, end, ""))
    return sorted(found + repeated_mentions(text, targets + found))


def section_lead_in(unit: str, texts: dict[str, str]) -> str | None:
    """The unit that introduces a list item the parser did not number under a paragraph: the last
    unit before it, past the other items, when that unit ends with a colon. None otherwise.

    unit (str): the item's unit id.
    texts (dict[str, str]): the document's unit ids -> texts, in document order.
    """
    label = ZH_ITEM_LABEL.match(texts.get(unit, ""))
    if not label:
        return None
    order = list(texts)
    for previous in reversed(order[:order.index(unit)]):
        text = texts[previous].rstrip()
        other = ZH_ITEM_LABEL.match(text)
        if other and other.lastgroup == label.lastgroup:
            continue
        # an item of another kind that ends with a colon introduces the list (（二）…采取下列措施：)
        return previous if text.endswith(("：", ":")) else None
    return None


# A head noun alone (该单位): the party it refers back to is the nearest earlier one with that head.
ZH_BARE_HEAD = re.compile(r"单位|机构|组织|企业|公司|人员")


def referent(text: str, party: Span, parties: list[Span]) -> Span:
    """The party a bare head noun after 该 refers back to (生产经营单位……，由……部门将该单位及其主要负责人
    列入…: 单位 is the 生产经营单位): the nearest earlier party of the unit ending with that noun; the
    party itself when it is no such noun or nothing earlier fits.

    text (str): the unit's text.
    party (Span): a chosen party.
    parties (list[Span]): the unit's parties (TARGET spans and untyped ones).
    """
    start, end, _ = party
    if not text.endswith("该", 0, start) or not ZH_BARE_HEAD.fullmatch(text, start, end):
        return party
    head = text[start:end]
    earlier = [p for p in parties if p[1] <= start - 1 and p[1] - p[0] > len(head) and text[p[0]:p[1]].endswith(head)]
    return earlier[-1] if earlier else party
