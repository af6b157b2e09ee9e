"""Chinese MEASURE matches that only mention a measure inside something else (issue 19, the sixth
revision, written on training text): the guideline's measures are imposed on or granted to a party,
or named as a topic; these matches are neither.

- An information item: the measure names a kind of record that is collected or recorded
  (（三）行政处罚、吊销许可证件等信息; 受到罚款等行政处罚的信息), not a measure on anyone.
- A definition: 本办法所称失信惩戒，是指……采取限制……等措施 defines a term by the measures it covers.
- A credit record of good conduct: recording commendations, volunteering or a party's basic
  particulars (表彰奖励等信息记入其信用记录) is not the trust-breaking entry
  `credit-record-entry` means, unless the sentence speaks of trust-breaking or violations.
- A body named after the measure it decides on (由处分机关……给予处分): 处分 there modifies 机关.
- A generic grant that closes a list of fields already marked (在融资授信、利率费率……等方面给予优惠
  或者便利): the fields are the measures, the closing 给予优惠或者便利 repeats them.
- A measure the provision forbids to impose (行政机关不得违法限制市场主体参与政府采购; 不得擅自增设
  限制高消费等措施): the prohibition falls on the imposing side, no measure on anyone. A restriction
  the party bears stays (不得担任…: the span starts with no imposing verb).
- A government body's own way of working (有关部门应当简化审批流程, 市场监管部门应当加大检查力度,
  省人民政府应当实行告知承诺制审批, 有关部门应当减少保证金的种类): a practice of administration adopted by the body that opens
  the sentence, with no party it is applied to (no 对/为/向/给/将 and no 其 before it in its clause).
"""
from __future__ import annotations

import re

# The end of a clause and of a sentence (some texts use half-width marks).
ZH_CLAUSE_END = "，,。；;：:\n"
ZH_SENTENCE_END = "。；;\n"
# What follows a measure that only names a record: further items of the same list, then 信息 or
# 数据 as the head noun (…、没收违法所得等行政处罚的信息; 警告、通报批评的信息不予公示).
# 等 or 的 marks 信息 as the head (个人信息 in …和个人信息保护负责人 is a compound of its own).
ZH_INFORMATION_HEAD = re.compile(r"(?:(?:、|和|及|以及|或者)[^，,。；;：:、\n]{1,16}?)*(?:等(?:行政处罚|处罚|惩戒)?的?|的)(?:信息|数据)")
# A definition sentence: 本条例所称X，是指…
ZH_DEFINITION = re.compile(r"所称[^。；;\n]*?(?:是指|指的是)")
# Information about good conduct or a party's basic particulars (a commitment and its keeping
# are recorded as a measure: the train gold marks 信用承诺……记入其信用记录).
ZH_GOOD_RECORD = re.compile(r"表彰|奖励|荣誉|志愿服务|慈善|捐赠|见义勇为|基本信息|登记信息")
ZH_TRUST_BREAKING = re.compile(r"失信|违法|违反|违背|不良|拖欠|欺诈|虚假")
# The measure types that also name a body's general way of working.
PRACTICE_TYPES = frozenset({"key-supervision", "priority-handling", "fewer-inspections", "cost-reduction"})
# A sentence opened by a government body as the subject of a duty or power.
ZH_BODY_SUBJECT = re.compile(r"[^，,。；;：:\n]*?(?:部门|机关|机构|人民政府|政府|办事处|委员会)(?:应当|可以|要|须|必须|负责|依法)")
ZH_PARTY_MARKER = re.compile(r"对|为|向|给|将|其(?!他|中|余|它)")
# Bodies, named after the measure they decide on (处分机关, 处罚机关).
ZH_BODY_NOUN = re.compile(r"(?:机关|部门|机构)")


def _boundary_before(text: str, position: int, marks: str) -> int:
    return max(text.rfind(mark, 0, position) for mark in marks) + 1


def _boundary_after(text: str, position: int, marks: str) -> int:
    ends = [i for i in (text.find(mark, position) for mark in marks) if i >= 0]
    return min(ends) if ends else len(text)


def names_information(text: str, start: int, end: int) -> bool:
    """True when the measure at [start, end) is an item of a kind of information: only further
    items of its list stand between it and 信息 or 数据 (行政处罚、吊销许可证件等信息)."""
    clause_end = _boundary_after(text, end, ZH_CLAUSE_END)
    return ZH_INFORMATION_HEAD.match(text, end, clause_end) is not None


def in_definition(text: str, start: int) -> bool:
    """True when the measure at start lies in a definition (本办法所称X，是指…) after its 是指."""
    sentence_start = _boundary_before(text, start, ZH_SENTENCE_END)
    found = ZH_DEFINITION.search(text, sentence_start, start)
    return found is not None


def records_good_conduct(text: str, start: int, end: int) -> bool:
    """True for a credit-record entry of commendations or basic particulars in a
    sentence that names no trust-breaking or violation."""
    sentence_start = _boundary_before(text, start, ZH_SENTENCE_END)
    sentence_end = _boundary_after(text, end, ZH_SENTENCE_END)
    return (ZH_GOOD_RECORD.search(text, sentence_start, start) is not None
            and ZH_TRUST_BREAKING.search(text, sentence_start, sentence_end) is None)


def names_a_body(text: str, end: int) -> bool:
    """True when the measure ending at end modifies a body noun (处分机关)."""
    return ZH_BODY_NOUN.match(text, end) is not None


def body_practice(text: str, start: int, kind: str) -> bool:
    """True for a practice type (key supervision, simpler procedures, fewer inspections, lower
    deposits or fees) that the body opening the sentence adopts as its own way of working, applied
    to no named party."""
    if kind not in PRACTICE_TYPES:
        return False
    subject = ZH_BODY_SUBJECT.match(text, _boundary_before(text, start, ZH_SENTENCE_END))
    clause_start = _boundary_before(text, start, ZH_CLAUSE_END)
    return (subject is not None and subject.end() <= start
            and ZH_PARTY_MARKER.search(text, clause_start, start) is None)


# A prohibition governing the imposing verb that opens the measure, a few words before it in its
# clause (不得违法限制…, 严禁擅自增设限制…).
ZH_FORBIDDEN = re.compile(r"(?:不得|严禁|禁止|不准)[^，,。；;：:\n]{0,6}$")
ZH_IMPOSING_VERB = re.compile(r"限制|取消|撤销|吊销|暂停|降低|列入|纳入")


def forbidden_to_impose(text: str, start: int) -> bool:
    """True when the measure at start opens with an imposing verb that a prohibition governs."""
    clause_start = _boundary_before(text, start, ZH_CLAUSE_END)
    return (ZH_IMPOSING_VERB.match(text, start) is not None
            and ZH_FORBIDDEN.search(text[max(clause_start, start - 8):start]) is not None)


# A field list closed by 等方面 or 等领域 right before a measure.
ZH_FIELD_LIST_END = re.compile(r"等(?:方面|领域)$")
# The generic grant or restriction that may close a field list.
GENERIC_CLOSING_TYPES = frozenset({"public-service-support"})


def repeats_field_list(text: str, start: int, kind: str, earlier: list[tuple[int, int]]) -> bool:
    """True for a generic grant closing a field list (…等方面给予优惠或者便利) when a measure was
    already found among the fields of its clause.

    earlier (list[tuple[int, int]]): the spans of the measures kept so far in the unit.
    """
    if kind not in GENERIC_CLOSING_TYPES or not ZH_FIELD_LIST_END.search(text, max(0, start - 3), start):
        return False
    clause_start = _boundary_before(text, start, ZH_CLAUSE_END)
    return any(clause_start <= s and e <= start for s, e in earlier)


def is_mention_only(text: str, start: int, end: int, kind: str) -> bool:
    """True when the Chinese measure match at [start, end) only mentions a measure inside an
    information item, a definition, a record of good conduct or a body's name, names a body's own
    way of working, or is forbidden to the imposing side.

    text (str): the unit's text.
    start, end (int): the match.
    kind (str): its measure type.
    RETURNS (bool): whether the match is left out.
    """
    if kind == "credit-record-entry":
        return records_good_conduct(text, start, end)
    return (names_a_body(text, end) or in_definition(text, start) or names_information(text, start, end)
            or body_practice(text, start, kind) or forbidden_to_impose(text, start))
