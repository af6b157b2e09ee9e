"""Where a Chinese MEASURE span starts, by the adjudicated conventions (issue 19, session 6).

The patterns find a measure with some words around it; the gold sets mark its start by a few
general conventions (corpus/gold/GUIDELINES.md, "Adjudicated conventions for Chinese"):

- the channel named before a publishing verb (通过……系统, 在“信用中国”网站上, 纳入……系统) is
  outside, as the verb phrase with 向社会 and a light verb (予以, 进行) is what names the sanction;
- an object after the publishing verb (向社会公示其失信信息) is inside;
- a conjunction (并) or 依法 before a measure is outside, and so are 禁止 and 不得 (with 其);
- the granting verb 予以/给予 directly before a measure joins it (予以取缔), and before a list only
  the first item (予以拘留、罚款), since the list items after it stand on their own.
"""
from __future__ import annotations

import re

Record = tuple[int, int, str, str | None]  # start, end, label, norm

# The channel a publication goes through, from its opening word to the system, website or platform
# it names; it may list several (“信用中国”网站和本部门门户网站). Media (在相关媒体上进行公告) are
# left inside, as the train gold marks them: the convention names systems and websites only.
ZH_PUBLICATION_CHANNEL = re.compile(r"(?:通过|在|纳入)[^，。；]*(?:网站|系统|平台)上?")
# Where the sanction starts after the channel: the publishing verb with what may precede it.
ZH_PUBLISHING_START = re.compile(r"(?:向社会)?(?:予以|进行)?(?:公示|公布|公开|公告|曝光)")
# What is published, named right after the verb up to the clause's end (向社会公示其失信信息).
ZH_PUBLISHED_OBJECT = re.compile(r"(?:其|该)?[^，。；、的]{0,8}?(?:信息|名单|记录|行为|情况|决定)(?=[，。；、]|$)")
ZH_ENDS_IN_PUBLISHING = re.compile(r"(?:公示|公布|公开|公告|曝光)$")
# Words before a measure that are not part of it.
# After 禁止 and 不得 (with 其) the span starts at the activity (禁止其[参加政府采购评审活动]), unless a
# modal or a decision puts 禁止 in the authority's mouth (可以决定禁止其……担任: the ban is the measure).
ZH_LEADING_OUTSIDE = re.compile(r"^(?:(?:并|依法)+(?:(?:禁止|不得)其?)?|(?:禁止|不得)其?)")
ZH_IMPOSED_BAN = re.compile(r"(?:可以|应当|有权|决定|予以)$")
# A place after 不得 (不得在其他机构从事经纪业务) is outside too: the span starts at the barred activity.
ZH_PLACE_AFTER_BAN = re.compile(r"在[^，。；、]{1,12}?(?=从事|担任|参加|参与)")
# A degree adverb before the verb (适当降低, 合理减少) is outside, like 依法: the verb names the measure.
ZH_LEADING_ADVERB = re.compile(r"(?:适当|合理)(?=降低|减少|提高|增加)")
ZH_GRANTING_VERBS = ("予以", "给予")
# What may follow a measure that 予以/给予 grants; a noun after it (给予罚款处罚) makes the measure a
# modifier of what is granted, not the thing granted.
ZH_AFTER_GRANTED = re.compile(r"$|[，。；、：,;:）)]|(?:或者|和|及|以及|并|等)")


def _after_channel(text: str, start: int, end: int) -> int:
    """The start of a public-naming span once a channel named before the verb is left out."""
    for verb in ZH_PUBLISHING_START.finditer(text, start, end):
        if verb.start() > start and ZH_PUBLICATION_CHANNEL.fullmatch(text, start, verb.start()):
            return verb.start()
    return start


def _granting_verb_before(text: str, start: int) -> bool:
    """Whether 予以/给予 (not negated: 不予以) stands directly before `start`."""
    return text[max(0, start - 2):start] in ZH_GRANTING_VERBS and text[start - 3:start - 2] != "不"


def align_zh_measure_starts(text: str, records: list[Record]) -> list[Record]:
    """The Chinese MEASURE `records` with their bounds moved to the adjudicated conventions."""
    aligned: list[Record] = []
    taken_until = 0
    ordered = sorted(records)
    for index, (start, end, label, kind) in enumerate(ordered):
        next_start = ordered[index + 1][0] if index + 1 < len(ordered) else len(text)
        if kind == "public-naming":
            start = _after_channel(text, start, end)
            published = ZH_PUBLISHED_OBJECT.match(text, end)
            # the object joins unless another measure was found in it
            if published and published.end() <= next_start and ZH_ENDS_IN_PUBLISHING.search(text, start, end):
                end = published.end()
        outside = ZH_LEADING_OUTSIDE.match(text[start:end])
        if outside and text.startswith("禁止", start) and ZH_IMPOSED_BAN.search(text, max(0, start - 2), start):
            outside = None
        if outside and outside.end() < end - start:
            start += outside.end()
        adverb = ZH_LEADING_ADVERB.match(text, start, end)
        if adverb:
            start = adverb.end()
        place = ZH_PLACE_AFTER_BAN.match(text, start, end)
        if place and text[max(0, start - 2):start] == "不得":
            start = place.end()
        if not text.startswith(ZH_GRANTING_VERBS, start) and _granting_verb_before(text, start) \
                and ZH_AFTER_GRANTED.match(text, end) and start - 2 >= taken_until:
            start -= 2
        aligned.append((start, end, label, kind))
        taken_until = end
    return sorted(aligned)
