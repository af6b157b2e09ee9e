"""The sanctioned party of each Chinese MEASURE (issue 19): the party the measure is imposed on or
granted to, as distinct from the authority that imposes it. The result is the `target` field of
MEASURE records: the texts of the TARGET spans that name the party.

The rules read the provision's own structure: a party inside the measure's span (限制失信企业参与
招标投标); the party that 对 introduces in the measure's clause (对单位处…罚款); else the nearest
group of parties before the measure in its sentence (用人单位违反…的，由…部门…处以罚款), a group
being parties joined by 和, 或者, 及其, 、 (该用人单位及其法定代表人……列入名单); else the
parties the measure's clause names after it (列入名单的企业); else, for a list item, the party of
the paragraph that introduces the list, read by the same rules. Government bodies impose the
measures and are the party only beside their staff as the subject of the conduct (行政机关及其工作人员
……的，由其上级主管部门……给予警告); a body after 由 imposes, whatever its type. Kinds added on the train
units' party links (bench/party_links.py): 为/是 predicates, time frames (…时，/…期间，), possessors
before 的, 其 referring back, a decision's actor, the first sentence's 对-party carried forward.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from ..unit_ids import item_parent
from .party_candidates import referent, section_lead_in, untyped_parties
from .zh_party_shapes import joined_in_group, without_whole_of_part

# Government bodies impose the measures; workers are the parties the provisions protect
# (列入拖欠农民工工资…名单 falls on the employer, not on 农民工).
NOT_SANCTIONED_TYPES = frozenset({"government-body", "worker"})
GOVERNMENT_BODY = "government-body"
# A government body is a party only as the subject of the conduct, with its staff (行政机关及其工作人员
# ……的，由其上级主管部门……给予警告、通报批评); measures that only persons bear then fall on the staff.
PERSONS_ONLY_MEASURES = frozenset({"disciplinary-sanction", "criminal-liability", "detention"})
# What may stand between two parties of one group.
# 将该用人单位，连同其法定代表人……，一并列入: 连同 joins the persons to the unit's group.
ZH_PARTY_JOINER = re.compile(r"(?:和|或者|或|及其|及|以及|与|、|的|[，,]?连同(?:其)?)?")
# Some texts use half-width commas and semicolons (的,由…).
ZH_SENTENCE_END = "。；;\n"
ZH_CLAUSE_END = "，,。；;：:\n"
# 对 or 将 before the party: 对单位处…罚款, 将信用主体列入…名单
ZH_TOPIC = re.compile(r"(?:对|将)(?:该|其)?$")
# A measure that describes the party after it (列入名单的企业).
# Further lists may stand between (列入A名单、B名单的供应商: the party of each list).
ZH_DESCRIBED = re.compile(r"(?:(?:或者|、)[^，,。；;、“”《》]{2,16}?(?:名单|名录))*的(?:该|其他)?")
# A party followed by a verb of handling or deciding acts; it is not the one sanctioned.
# Making a commitment (行政相对人作出虚假承诺的) is the party's conduct, not a decision.
ZH_ACTOR = re.compile(r"(?:可以|应当|不得|必须)?(?:当场|自行)?(?:收缴|作出(?![^，,。；;]{0,6}承诺)|决定)")
# 单位 and 个人 as the object of 对 in a penalty clause (对单位处…罚款, 对个人处…罚款) are not TARGET
# types, but they name the party the fine falls on.
# Also after a relative clause (对违反本条例规定的单位，处…罚款).
ZH_UNIT_OR_PERSON = re.compile(r"对(?:[^，,。；;对]{0,30}?的)?(?:该|其)?(单位|个人)")

# The end of a conduct clause (…的，) and the markers of a party the conduct was done to.
ZH_CONDUCT_END = re.compile(r"的[，,：:]")
ZH_CLAUSE_OPENING = re.compile(r"(?:或者|或|以及|并且|并)?(?:其|该)?")
ZH_VICTIM_MARKER = re.compile(r"(?:对|向|给|为|与|致使|侵害|损害|未经)[^，,。；;]{0,10}$")
# A measure named as a field of restriction (在政府采购、融资信贷……等方面，对失信被执行人予以信用惩戒;
# 将该用人单位……列入名单，在……融资贷款……等方面予以限制): it falls on the party 对/将 names in the sentence.
ZH_FIELD_OPEN = re.compile(r"在")
ZH_FIELD_CLOSE = re.compile(r"等?(?:方面|领域)")
# The end of a list's name right after a party noun (严重失信主体|名单, 严重违法企业|名单).
ZH_LIST_NAME_END = re.compile(r"(?:联合惩戒对象)?(?:名单|名录)")
# A party encouraged or supported to take a measure acts; it is not the party (支持金融机构对…给予优惠).
ZH_ENCOURAGED = re.compile(r"(?:鼓励|支持|引导|推动|推荐|建议)[^，,。；;]{0,3}$")
# A sentence about the aggravated case of the conduct before it (…；情节严重构成犯罪的，…).
ZH_AGGRAVATED = re.compile(r"情节(?:特别)?严重")
# 被执行人为自然人的 / 被执行人是法人的: the second noun says what the party is; it is not a party.
ZH_PREDICATE = re.compile(r"(?:为|是)")
# 由 marks the body that imposes the measure (由市公共信用信息服务中心……处理), never the party.
ZH_IMPOSER = re.compile(r"由$")
# A measure in a time frame (采取限制高消费措施时，/在限制高消费期间，/被限制高消费后，): the party is the
# subject of the clause that follows, in the same sentence.
ZH_TIME_FRAME = re.compile(r"[^，,。；;：:\n]*?(?:时|期间|之后|以后|后)[，,]")
# A measure named as the content of a decision (行政机关及其执法人员……作出罚款决定后): the parties of the
# clause before it make the decision, unless 对 or 将 marks them.
ZH_DECIDED = re.compile(r"(?:作出|决定)$")
# A party that opens the measure's clause is its subject (…的，其法定代表人三年内不得担任…), unless a
# modal of acting stands between (人民法院可以限制其高消费: the court acts).
ZH_CLAUSE_SUBJECT = re.compile(r"(?:其|该)?")
ZH_ACTING_MODAL = re.compile(r"可以|应当|有权|负责")
# 其 in or just before a measure (限制其担任…) refers back to a party 对 or 将 introduced earlier in the
# sentence (对其法定代表人依法予以惩戒，限制其担任…); 其他, 其中 and 其余 are no reference.
ZH_PRONOUN = re.compile(r"其(?!他|中|余|它)")
# The verbs of a restricted activity inside a measure span.
ZH_ACTIVITY_VERB = re.compile(r"担任|参与|参加|进入|从事|享受|获得|申请|购买|乘坐")
# Parallel 对-clauses sharing their last measures (对公民处以二百元以下、对法人或者其他组织处以三千元
# 以下罚款或者警告): the text from one party to the next 对 of the series, and the joiner before a
# measure that is the second of a pair (…罚款或者警告), which no amount ties to the last party.
ZH_PARALLEL_GAP = re.compile(r"[^，,。；;对]*、(?:对|将)(?:该|其)?")
ZH_SECOND_MEASURE = re.compile(r"(?:或者|或|和|以及|并)$")

# A restricting verb right before a party (限制其法定代表人…) and the activities of one list after it.
ZH_RESTRICTING_VERB = re.compile(r"(?:限制|禁止)(?:其|该)?$")
ZH_SAME_LIST = re.compile(r"(?:[^，,。；;：:、]{2,16}、)*")

Span = tuple[int, int, str]  # start, end, target type


def _groups(text: str, parties: list[Span]) -> list[list[Span]]:
    """Parties joined only by a conjunction or 、 form one group (in text order)."""
    groups: list[list[Span]] = []
    for party in parties:
        if groups and (ZH_PARTY_JOINER.fullmatch(text[groups[-1][-1][1]:party[0]])
                       or joined_in_group(text, groups[-1][-1][1], party[0])):
            groups[-1].append(party)
        else:
            groups.append([party])
    return groups


def _boundary_before(text: str, position: int, marks: str) -> int:
    return max(text.rfind(mark, 0, position) for mark in marks) + 1


def _boundary_after(text: str, position: int, marks: str) -> int:
    ends = [i for i in (text.find(mark, position) for mark in marks) if i >= 0]
    return min(ends) if ends else len(text)


def party_of_measure(text: str, start: int, end: int, parties: list[Span]) -> list[Span]:
    """The parties a measure at [start, end) falls on, from the TARGET spans of its unit.

    Government bodies among the parties are taken only with their staff as the subject of the
    conduct (行政机关及其工作人员……的); a noun saying what a party is (自然人 in 被执行人为自然人的) is
    never a party.

    A party that is only part of a list's name inside the measure (严重失信主体 in 将其列入严重失信主体
    名单) is the list's name, not the party: the party is looked for without it, and it is the answer
    only when the provision names no other.

    text (str): the unit's text.
    start (int), end (int): the measure's offsets.
    parties (list[Span]): the unit's TARGET spans that may be a party (government bodies included:
        they are set apart here).
    RETURNS (list[Span]): the chosen parties, or [] when the unit names none.
    """
    parties = _without_predicates(text, parties)
    bodies = [p for p in parties if p[2] == GOVERNMENT_BODY]
    parties = [p for p in parties if p[2] != GOVERNMENT_BODY]
    in_list_name = [p for p in parties if ZH_LIST_NAME_END.match(text, p[1])]
    if in_list_name:
        others = [p for p in parties if p not in in_list_name]
        chosen = _party_of_measure(text, start, end, others, bodies) or _party_of_measure(text, start, end, parties, bodies)
    else:
        chosen = _party_of_measure(text, start, end, parties, bodies)
    # 对该企业的法定代表人处…罚款: the possessor joined by 的 is not a party
    chosen = [p for i, p in enumerate(chosen) if not (i + 1 < len(chosen) and text[p[1]:chosen[i + 1][0]] == "的")]
    return without_whole_of_part(text, chosen)


def _without_predicates(text: str, parties: list[Span]) -> list[Span]:
    """Leave out a party noun that follows another party and 为 or 是 (被执行人为自然人的)."""
    kept: list[Span] = []
    for index, party in enumerate(parties):
        previous = parties[index - 1] if index else None
        if previous is None or not ZH_PREDICATE.fullmatch(text, previous[1], party[0]):
            kept.append(party)
    return kept


def _party_of_measure(text: str, start: int, end: int, parties: list[Span], bodies: list[Span]) -> list[Span]:
    # A party inside the span is the one restricted (限制失信企业参与招标投标), unless it follows the
    # restricted activity and names where it happens (禁止其担任相关企业的董事).
    inside = [p for p in parties if start <= p[0] and p[1] <= end and not ZH_ACTIVITY_VERB.search(text, start, p[0])]
    if inside:
        return inside
    # 限制其法定代表人乘坐飞机、高铁: the party between the restricting verb and the listed activities
    restricted = _restricted_party(text, start, parties)
    if restricted:
        return restricted
    # 被列入经营异常名录的企业: the party the measure's relative clause describes
    described = ZH_DESCRIBED.match(text, end)
    if described:
        following = [p for p in parties if p[0] == described.end()]
        if following:
            return next(g for g in _groups(text, [p for p in parties if p[0] >= described.end()]) if g[0] == following[0])
    sentence_start = _boundary_before(text, start, ZH_SENTENCE_END)
    clause_start = _boundary_before(text, start, ZH_CLAUSE_END)
    field = _field_party(text, start, end, sentence_start, clause_start, parties)
    if field:
        return field
    # the actor of a handling verb (执法人员可以当场收缴罚款) or the one encouraged to act (支持金融机构对…)
    # is not the party
    before = [p for p in parties if sentence_start <= p[0] and p[1] <= start and not ZH_ACTOR.match(text, p[1])
              and not ZH_ENCOURAGED.search(text, max(sentence_start, p[0] - 6), p[0])]
    # the body 由 introduces imposes the measure (由市公共信用信息服务中心…), with the rest of its group
    before = [p for g in _groups(text, before) if not ZH_IMPOSER.search(text, sentence_start, g[0][0]) for p in g]
    if ZH_DECIDED.search(text, clause_start, start):
        before = [p for g in _groups(text, before)
                  if g[0][0] < clause_start or ZH_TOPIC.search(text, clause_start, g[0][0]) for p in g]
    in_clause = _groups(text, [p for p in before if p[0] >= clause_start])
    # 单位 and 个人 after 对 count among the clause's topics (对个人处以五百元以下、对单位处以五千元以下罚款)
    topics = _groups(text, sorted({p[0]: p for p in _units_and_persons(text, clause_start, start)
                                   + [p for g in in_clause for p in g]}.values()))
    shared = _parallel_series(text, start, topics)
    if shared:
        return shared
    for group in reversed(topics):
        if ZH_TOPIC.search(text, clause_start, group[0][0]):
            return group
    if in_clause and ZH_CLAUSE_SUBJECT.fullmatch(text, clause_start, in_clause[0][0][0]) \
            and not ZH_ACTING_MODAL.search(text, in_clause[0][-1][1], start):
        return in_clause[0]
    if not in_clause and ZH_PRONOUN.search(text, max(clause_start, start - 2), end):
        referred = _last_topic_group(text, before)
        if referred:
            return referred
    # 对单位并处…，情节严重的，处…: a fine in a later clause of the sentence still falls on the unit
    named = [m for m in ZH_UNIT_OR_PERSON.finditer(text, sentence_start, start)]
    if named:
        return [(named[-1].start(1), named[-1].end(1), "")]
    if before:
        staffed = sorted(before + [b for b in bodies if sentence_start <= b[0] and b[1] <= start])
        # 将该用人单位，连同其法定代表人……，一并列入: the group 将 or 对 introduces before the measure
        # in its sentence, rather than the conduct clause's subject
        topic = _last_topic_group(text, [p for p in before if p[0] >= sentence_start])
        if topic:
            return topic
        subject = _conduct_subject(text, sentence_start, start, staffed)
        return subject or _groups(text, before)[-1]
    clause_end = _boundary_after(text, end, ZH_CLAUSE_END)
    after = [p for p in parties if end <= p[0] and p[1] <= clause_end]
    if after:
        return _groups(text, after)[0]
    frame = ZH_TIME_FRAME.match(text, end)
    if frame:
        following = [p for p in parties if frame.end() <= p[0] and p[1] <= _boundary_after(text, frame.end(), ZH_SENTENCE_END)]
        if following:
            return _groups(text, following)[0]
    # 用人单位有下列情形之一的，由…责令限期改正；逾期不改正的，处…罚款: the subject of the
    # provision's first sentence, across the semicolon
    earlier = [p for p in parties if p[1] <= sentence_start]
    if earlier:
        first_end = _boundary_after(text, 0, ZH_SENTENCE_END)
        # …对直接负责的主管人员…给予处分；情节严重构成犯罪的，依法追究刑事责任: when the conduct clause
        # names no party (a government body broke the rule), an aggravated case is that of the party the
        # previous sentences sanction
        subject = _conduct_subject(text, 0, first_end, earlier)
        if not subject and ZH_AGGRAVATED.match(text, sentence_start):
            return _last_topic_group(text, earlier)
        # 对当事人的同一个违法行为，不得给予两次以上罚款……。同一个违法行为……应当给予罚款处罚的，……: the
        # party the first sentence introduces with 对 or 将 is the provision's party
        return subject or _last_topic_group(text, [p for p in earlier if p[1] <= first_end]) \
            or _pronoun_antecedent(text, start, end, earlier)
    return []


def _pronoun_antecedent(text: str, start: int, end: int, earlier: list[Span]) -> list[Span]:
    """For a measure whose clause refers to its party by 其 (有关部门在……中对其予以限制) and names none
    in its sentence: the group an earlier sentence introduced with 对/将, else the unit's first group
    (社会组织被列入……期间，…；…对其予以限制). [] without 其."""
    clause = text[_boundary_before(text, start, ZH_CLAUSE_END):_boundary_after(text, end, ZH_CLAUSE_END)]
    if not ZH_PRONOUN.search(clause) or not earlier:
        return []
    return _last_topic_group(text, earlier) or _groups(text, earlier)[0]


def _restricted_party(text: str, start: int, parties: list[Span]) -> list[Span]:
    """The group of parties right after 限制/禁止 (其) and before the measure at start, with only
    further activities of the same list between them (限制其法定代表人乘坐飞机、高铁); [] otherwise."""
    clause_start = _boundary_before(text, start, ZH_CLAUSE_END)
    for group in reversed(_groups(text, [p for p in parties if clause_start <= p[0] and p[1] <= start])):
        if ZH_RESTRICTING_VERB.search(text, clause_start, group[0][0]) and ZH_SAME_LIST.fullmatch(text, group[-1][1], start):
            return group
        break
    return []


def _units_and_persons(text: str, start: int, end: int) -> list[Span]:
    """单位 and 个人 right after 对 between start and end, as parties without a type."""
    return [(m.start(1), m.end(1), "") for m in ZH_UNIT_OR_PERSON.finditer(text, start, end)
            if ZH_TOPIC.search(text, start, m.start(1))]


def _parallel_series(text: str, start: int, groups: list[list[Span]]) -> list[Span]:
    """The parties of a series of parallel 对-clauses (对A处…、对B处…罚款或者警告) when the measure at
    start is the second of a pair closing the series: it falls on every party of the series. []
    when the measure is not such a second measure or the clause holds no such series."""
    if len(groups) < 2 or not ZH_SECOND_MEASURE.search(text, max(0, start - 2), start):
        return []
    series = [groups[-1]]
    for group in reversed(groups[:-1]):
        if not ZH_PARALLEL_GAP.fullmatch(text, group[-1][1], series[0][0][0]):
            break
        series.insert(0, group)
    if len(series) < 2 or not ZH_TOPIC.search(text, max(0, series[0][0][0] - 3), series[0][0][0]):
        return []
    return [p for g in series for p in g]


def _topic_groups(text: str, parties: list[Span]) -> list[list[Span]]:
    """The groups of parties that 对 or 将 introduces (对单位处…, 将该用人单位及其法定代表人列入…)."""
    return [g for g in _groups(text, parties)
            if ZH_TOPIC.search(text, _boundary_before(text, g[0][0], ZH_CLAUSE_END), g[0][0])]


def _last_topic_group(text: str, parties: list[Span]) -> list[Span]:
    groups = _topic_groups(text, parties)
    return groups[-1] if groups else []


def _field_party(text: str, start: int, end: int, sentence_start: int, clause_start: int,
                 parties: list[Span]) -> list[Span]:
    """For a measure in a field clause (在…等方面), the party 对 introduces after the field in the
    sentence, else the one 对 or 将 introduces before it; [] when the measure is no field."""
    sentence_end = _boundary_after(text, end, ZH_SENTENCE_END)
    if not ZH_FIELD_OPEN.match(text, clause_start) or not ZH_FIELD_CLOSE.search(text, end, sentence_end):
        return []
    after = _topic_groups(text, [p for p in parties if end <= p[0] and p[1] <= sentence_end])
    if after:
        return after[0]
    return _last_topic_group(text, [p for p in parties if sentence_start <= p[0] and p[1] <= start])


def _conduct_subject(text: str, start: int, end: int, parties: list[Span]) -> list[Span]:
    """The parties of the conduct clause (信用服务机构、金融机构……及其工作人员，有下列行为之一的，)
    that opens the text between start and end: all of them, leaving out a party that 对, 向 or
    给 marks as the one the conduct was done to."""
    clause = ZH_CONDUCT_END.search(text, start, end)
    if clause is None:
        return []
    inside = [p for p in parties if start <= p[0] and p[1] <= clause.start()]
    # a group (公民、法人或者其他组织) is marked as a whole by the word before its first party; a
    # government body counts only beside its staff (行政机关及其工作人员), a party inside a list's name
    # (将信用主体列入严重失信主体名单的) only when no other party is named
    groups = [g for g in _groups(text, inside)
              if not ZH_VICTIM_MARKER.search(text, max(start, g[0][0] - 14), g[0][0])
              and any(p[2] != GOVERNMENT_BODY for p in g)]
    # a party inside the clause after a verb is its object (……或者收受投标人财物的): where a group opens
    # the clause or one of its comma-separated parts, the others are not its subject
    # a list continued by 、 (信用服务机构、金融机构、行业协会商会、其他企业事业单位及其工作人员) stays the subject
    opening: list[list[Span]] = []
    for g in groups:
        gap = text[opening[-1][-1][1]:g[0][0]] if opening else ""
        if ZH_CLAUSE_OPENING.fullmatch(text, _boundary_before(text, g[0][0], ZH_CLAUSE_END) if g[0][0] > start else start,
                                       g[0][0]) or (gap.startswith("、") and not re.search(r"[，,]", gap)):
            opening.append(g)
    subject = [p for g in opening or groups for p in g]
    named = [p for p in subject if not ZH_LIST_NAME_END.match(text, p[1])]
    return named or subject


def lead_in_party(text: str, parties: list[Span]) -> list[Span]:
    """The party of the measures a list's lead-in introduces (对列入…名单的信用主体，国家机关…采取以下
    惩戒措施：; 被执行人为自然人的，…不得有以下…行为：): read by party_of_measure as if a measure
    stood at the lead-in's end, so that the actor (执法人员可以当场收缴罚款：) is never taken."""
    end = len(text.rstrip().rstrip("：:"))
    return party_of_measure(text, end, end, parties)


def add_sanctioned_parties(records: list[dict[str, Any]], texts: dict[str, str],
                           party_of: Callable[[str, int, int, list[Span]], list[Span]] | None = None,
                           groups: Callable[[str, list[Span]], list[list[Span]]] | None = None) -> None:
    """Set `target` (a list of party texts) on every MEASURE record whose provision names a party.

    records (list[dict]): one document's standoff records (all units), changed in place.
    texts (dict[str, str]): unit id -> the unit's (analysed) text.
    party_of, groups: the language's rules for the party of a measure and for groups of parties
        (default: the Chinese ones here, which also see government bodies and read a list's lead-in
        with party_of_measure; en_parties passes the English ones, for which government bodies are
        left out and a lead-in's party is its last group).
    """
    chinese = party_of is None
    party_of = party_of or party_of_measure
    groups = groups or _groups
    excluded = NOT_SANCTIONED_TYPES - {GOVERNMENT_BODY} if chinese else NOT_SANCTIONED_TYPES
    parties_by_unit: dict[str, list[Span]] = {}
    for record in records:
        if record["label"] == "TARGET" and record["norm"] not in excluded:
            parties_by_unit.setdefault(record["unit"], []).append((record["start"], record["end"], record["norm"]))
    if chinese:
        for unit, text in texts.items():
            extra = untyped_parties(text, parties_by_unit.get(unit, []))
            if extra:
                parties_by_unit[unit] = sorted(parties_by_unit.get(unit, []) + extra)
    for record in records:
        if record["label"] != "MEASURE":
            continue
        unit = record["unit"]
        text = texts[unit]
        chosen = party_of(text, record["start"], record["end"], parties_by_unit.get(unit, []))
        source = text
        parent = item_parent(unit) or (section_lead_in(unit, texts) if chinese else None)
        if not chosen and parent in texts:
            # A list item: the party is named in the paragraph introducing the list.
            source = texts[parent]
            introduced = parties_by_unit.get(parent, [])
            if chinese:
                chosen = lead_in_party(source, introduced)
            else:
                chosen = groups(source, introduced)[-1] if introduced else []
        if record["norm"] in PERSONS_ONLY_MEASURES and any(p[2] != GOVERNMENT_BODY for p in chosen):
            chosen = [p for p in chosen if p[2] != GOVERNMENT_BODY]
        chosen = [referent(source, p, parties_by_unit.get(unit if source is text else parent, [])) for p in chosen]
        if chosen:
            record["target"] = list(dict.fromkeys(source[s:e] for s, e, _ in chosen))
