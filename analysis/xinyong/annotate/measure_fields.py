"""Chinese measures named as the areas of one generic verb (issue 19, the seventh revision): in
在新增线路经营许可、班线招标中予以限制 or 在项目立项、奖励推荐等方面予以优先支持 each area is a measure of
the type it restricts or grants (guidelines: "each area a span"), whatever the areas are called.

The verb after the areas gives the direction (a restriction or an incentive); the area's own head
words give the type. An area whose words fit no type is left out, and so is a list of work areas in
which credit information is only used (no restricting or granting verb follows it).
"""
from __future__ import annotations

import re

# 在 + areas joined by 、/和/及/以及/或者 + (等) + 方面/领域/中/上 + (a comma) + the verb phrase.
ZH_FIELD_FRAME = re.compile(
    r"在(?P<areas>[^，,。；;：:在等]{2,60}?)(?:等[^，,。；;：:、在等]{0,6}?)?(?:方面|领域|环节|中|上)[，,]?"
    r"(?:依法|依规|依法依规|按照规定|对其|对该[^，,。；;]{1,8}?|也|(?:在)?同等条件下)*"
    r"(?:予以|给予|实施|实行|采取|作为)?(?P<verb>[^，,。；;]{0,8})")
# Areas are split at 、 only: 和 joins two objects of one activity (申请资金支持和税收优惠政策).
ZH_AREA_JOINER = re.compile(r"、")
# The verb's direction: a restriction (限制, 约束, 惩戒, 禁入, 从严) or an incentive (优先, 支持, 倾斜).
ZH_RESTRICTING = re.compile(r"^(?:[^，,。；;]{0,2})(?:限制|约束|惩戒|禁止|禁入|从严|不予|暂停|取消|差别)")
ZH_GRANTING = re.compile(r"^(?:[^，,。；;]{0,2})(?:优先|支持|倾斜|激励|加分|便利|简化|优惠|减免|减收|免收)")
# An area's head words -> (type when restricted, type when granted), first fit wins; None: no type.
AREA_TYPES: list[tuple[re.Pattern, str | None, str | None]] = [
    (re.compile(r"公务员|招录|录用|招聘|聘用"), "civil-service-restriction", None),
    (re.compile(r"评优|评先|表彰|荣誉|奖励|评选|评比|称号"), "honor-restriction", "honor-award"),
    # government purchase of services: excluded when restricted, a funding preference when granted
    (re.compile(r"购买服务"), "procurement-exclusion", "funding-priority"),
    (re.compile(r"采购|招标|投标|招投标|公共资源交易|特许经营|土地出让|产权交易"), "procurement-exclusion", None),
    # a premium or a deposit is a cost: lowered, a cost reduction (guidelines: 减免保证金)
    (re.compile(r"保险费|保费|保证金"), "cost-increase", "cost-reduction"),
    # a fee the party pays (托管费用, 服务费): lowered or waived, a cost reduction (减免 after the area)
    (re.compile(r"费用|收费|服务费|手续费|托管费"), "cost-increase", "cost-reduction"),
    (re.compile(r"利率|费率"), "cost-increase", "financing-preference"),
    (re.compile(r"融资|贷款|授信|信贷|债券"), "financing-restriction", "financing-preference"),
    (re.compile(r"资金|补贴|补助|扶持|资助|立项|经费|(?:计划|科研|试点|示范|政府投资)项目"),
     "public-funding-restriction", "funding-priority"),
    (re.compile(r"准入|禁入"), "market-entry-restriction", None),
    (re.compile(r"许可|审批|审核|核准|备案|资质|认定|登记|办理"), "license-refusal", "priority-handling"),
    (re.compile(r"任职|职务|担任"), "position-restriction", None),
    (re.compile(r"检查|抽查|监管"), "key-supervision", "fewer-inspections"),
]


def _area_type(area: str, restricting: bool) -> str | None:
    for pattern, restricted, granted in AREA_TYPES:
        if pattern.search(area):
            return restricted if restricting else granted
    return None


# A verb phrase that is itself a whole measure after the areas (给予优先办理, 列为优先选择对象): the
# guidelines make that phrase the span, not the areas it is granted in.
ZH_WHOLE_VERB_PHRASE = re.compile(r"(?:予以|给予)?(?:优先办理|优先受理|容缺受理|列为优先选择对象)(?=[，,。；;]|$)")


def _names_the_measure(text: str, frame: re.Match, taken: list[tuple[int, int]]) -> bool:
    """Whether the verb phrase after several areas is a measure already found that names the whole
    measure up to the clause's end."""
    verb = ZH_WHOLE_VERB_PHRASE.match(text, frame.start("verb"))
    return verb is not None and any(verb.start() <= s < verb.end() for s, _ in taken)


def find_field_measures(text: str, taken: list[tuple[int, int]]) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """The areas of a generic restricting or granting verb, each as a measure of its own type.

    A single area whose verb phrase is itself a measure already found (在资金安排上优先予以支持) is
    left to that phrase: the guidelines split a list of areas, and a phrase naming the measure is
    the span.

    text (str): the unit's text.
    taken (list[tuple[int, int]]): measure spans already found; an area overlapping one is left out.
    RETURNS (tuple): (start, end, type) of each area measure, in order; and the verb phrases that
        follow areas found (予以优先支持 after them only repeats them: no measure of its own).
    """
    found: list[tuple[int, int, str]] = []
    verbs: list[tuple[int, int]] = []
    for frame in ZH_FIELD_FRAME.finditer(text):
        verb = frame.group("verb")
        restricting = ZH_RESTRICTING.match(verb) is not None
        if not restricting and ZH_GRANTING.match(verb) is None:
            continue
        start = frame.start("areas")
        pieces = ZH_AREA_JOINER.split(frame.group("areas"))
        if any(frame.end("areas") <= s < frame.end() for s, _ in taken) \
                and (len(pieces) == 1 or _names_the_measure(text, frame, taken)):
            continue
        before = len(found)
        for piece in pieces:
            end = start + len(piece)
            kind = _area_type(piece, restricting)
            # measures found inside the area (政府采购 in 参与政府采购和工程招投标) are the area's parts
            # a measure found over the whole area keeps its own type
            if kind and len(piece) >= 2 and (start, end) not in taken \
                    and not any(s < end and start < e and not (start <= s and e <= end) for s, e in taken):
                found.append((start, end, kind))
            start = end + len(ZH_AREA_JOINER.match(text, end).group()) if end < frame.end("areas") else end
        if len(found) > before:
            verbs.append((frame.end("areas"), frame.end()))
    return found, verbs
