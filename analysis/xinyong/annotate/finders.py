"""The annotation rules as plain functions over text, one finder per pipeline component: each
returns (start, end, label, norm) records with exact character offsets. They import no spaCy, so a
claim can be annotated exactly as the pipeline annotates it without loading spaCy (evidence finder).
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from ..dates import find_dates
from ..locations import corpus_dir
from .en_docnos import code_key, code_prefix
from .measure_boundaries import align_zh_measure_starts
from .measure_coordination import join_same_type, split_coordinated
from .measure_fields import find_field_measures
from .measure_mentions import is_mention_only, repeats_field_list
from .resources import DEONTIC, Resources, normalize_title
from .zh_party_types import RESPONSIBLE_PERSONS, responsible_persons_type
from .zh_target_heads import modifies_a_noun
from .zh_target_edges import with_target_edges

INSTRUMENT_WORDS = re.compile(
    r"\b(Law|Laws|Regulations?|Provisions|Measures|Opinions|Decision|Notice|Outline|Plan|Rules|"
    r"Interpretations?|Code|Constitution|Memorandum|Catalogue|List|Guidelines|Methods|Circular)\b")

Record = tuple[int, int, str, str | None]  # start, end, label, norm


# --- finders: plain functions over text, used by the components and testable on their own -----

def find_citations(text: str, res: Resources) -> list[Record]:
    found = []
    if res.lang == "zh":
        from .resources import ZH_TITLE

        for match in ZH_TITLE.finditer(text):
            found.append((match.start(), match.end(), "CITATION", res.titles.get(normalize_title(match.group(0), "zh"))))
        return found
    from .resources import EN_TITLE

    for match in EN_TITLE.finditer(text):
        title = match.group("title") or match.group("italic")
        norm = res.titles.get(normalize_title(title, "en"))
        if norm or INSTRUMENT_WORDS.search(title):
            found.append((match.start(), match.end(), "CITATION", norm))
    # Titles printed without quotes, as other translators do: first by the shape of an instrument
    # title (en_citations), then the catalog's titles as literals where no shape was found.
    from .en_citations import find_plain_citations

    found += find_plain_citations(text, str(corpus_dir()), lambda number: _docno_canonical(number, res),
                                  [(s, e) for s, e, _, _ in found],
                                  tuple(s for s, _, _, _ in find_docnos(text, res)) if "[" in text or "No" in text else ())
    taken = list(found)
    for match in res.plain_titles.finditer(text) if res.plain_titles else []:
        if not any(s < match.end and match.start < e for s, e, _, _ in taken):
            found.append((match.start, match.end, "CITATION", res.titles.get(normalize_title(text[match.start:match.end], "en"))
                          or match.key))
    return sorted(found)


def _docno_canonical(number: str, res: Resources) -> str | None:
    """The canonical form of a document number printed on its own, or None."""
    found = find_docnos(number, res)
    return found[0][3] if found else None


def canonical_docno(match: re.Match, res: Resources) -> str:
    """The canonical form of a matched document number: the Chinese form (zh_canonical) when the
    issuer code is Chinese or an English code listed in codes_en_zh, else the English as written
    with single spaces."""
    from .zh_docnos import zh_canonical

    groups = match.groupdict()
    code = (groups.get("code") or "").strip()
    year = groups.get("year") or groups.get("year_after")
    if res.lang == "en":
        skip = code_prefix(code, res.codes_en_zh)
        zh_code = res.codes_en_zh.get(code_key(f"{groups.get('issuer_after') or ''}{code[skip:]}"))
        # an issuer's decree or announcement, or a code with its year
        if zh_code and (zh_code.endswith(("令", "公告")) or year):
            return zh_canonical({"code": zh_code, "year": year, "num": groups.get("num")})
        written = match.string[match.start("code") + skip if code else match.start():match.end()]
        return re.sub(r"\s+", " ", written).strip()
    return zh_canonical({"code": code, "year": year, "num": groups.get("num")})


def find_docnos(text: str, res: Resources) -> list[Record]:
    if res.lang == "zh":
        from .zh_docnos import find_zh_docnos

        return find_zh_docnos(text, res)
    found = []
    for m, groups in res.docno.groups(text):
        start = m.start
        if res.lang == "en" and groups.groupdict().get("code"):
            start = groups.start("code") + code_prefix(groups.group("code"), res.codes_en_zh)
            start += len(text[start:m.end]) - len(text[start:m.end].lstrip())
        canonical = canonical_docno(groups, res)
        if res.lang == "en":
            from .en_citations import decree_number_of_cited_title

            canonical = decree_number_of_cited_title(text, start, text[start:m.end], str(corpus_dir()),
                                                     lambda number: _docno_canonical(number, res)) or canonical
        found.append((start, m.end, "DOCNO", canonical))
    return found


def find_dates_records(text: str, res: Resources) -> list[Record]:
    dates = [(d.start, d.end, "DATE", d.iso) for d in find_dates(text, res.lang)]
    if res.lang != "zh":
        return dates
    # a year inside a document number (〔2014〕, 公告2014年第40号) is not a DATE
    numbers = [(s, e) for s, e, _, _ in find_docnos(text, res)]
    return [d for d in dates if not any(s <= d[0] and d[1] <= e for s, e in numbers)]


def find_terms(text: str, res: Resources) -> list[Record]:
    return [(m.start, m.end, "TERM", m.key) for m in res.terms.finditer(text)]


def find_listed_agencies(text: str, res: Resources) -> list[Record]:
    """The bodies of agencies.yaml named in a text, by name, alias, former name or abbreviation."""
    # 财政部 in 财政部门 ("finance departments") is not the Ministry of Finance
    return [(m.start, m.end, "AGENCY", m.key) for m in res.agencies.finditer(text)
            if not (res.lang == "zh" and text[m.end - 1:m.end] == "部" and text[m.end:m.end + 1] == "门")]


def find_agencies(text: str, res: Resources) -> list[Record]:
    listed = find_listed_agencies(text, res)
    if res.lang == "en":
        if res.en_local_agencies is None:
            return listed
        # as in Chinese below: a body named by level or function that contains a listed name ("the ...
        # department of the State Council") is one span; the longer span wins, the listed one on a tie
        chosen: list[Record] = []
        for record in sorted(listed + res.en_local_agencies.find(text), key=lambda r: (r[0], -(r[1] - r[0]))):
            if not (chosen and record[0] < chosen[-1][1]):
                chosen.append(record)
        from .en_agency_names import with_place_names

        return with_place_names(text, chosen)
    if res.local_agencies is None:
        return listed
    from .zh_docnos import agency_inside_docno_is_kept

    numbers = find_docnos(text, res)
    # A body named by level or function (省人民政府发展改革部门) is one span even where it contains
    # a listed name (人民政府 is not, 国务院 is): the longer span wins, the listed one on a tie.
    candidates = sorted(listed + [(m.start, m.end, "AGENCY", m.key) for m in res.local_agencies.finditer(text)],
                        key=lambda r: (r[0], -(r[1] - r[0])))
    chosen: list[Record] = []
    for record in candidates:
        if chosen and record[0] < chosen[-1][1]:
            continue
        chosen.append(record)
    return [r for r in chosen if all(agency_inside_docno_is_kept(r[3], norm)
                                     for s, e, _, norm in numbers if s <= r[0] and r[1] <= e)]


def find_deontic(text: str, res: Resources) -> list[Record]:
    """Modal cues; a prohibition wins over an overlapping obligation or permission, and an English
    modal after a negative subject ("No organization may …") is a prohibition."""
    chosen: list[Record] = []
    for label in DEONTIC:  # PROHIBITION first
        for match in res.deontic[label].finditer(text):
            if any(match.start < e and s < match.end for s, e, _, _ in chosen):
                continue
            final = label
            if label != "PROHIBITION" and res.negative_subject is not None \
                    and res.negative_subject.search(text, 0, match.start):
                final = "PROHIBITION"
            chosen.append((match.start, match.end, final, None))
    return sorted(chosen)


# Context that names measures without imposing one (issue 19): a list of work areas in which
# credit information is used (在政府采购、招标投标等工作中), and routine publication of a catalogue,
# a list of query items or a standard.
ZH_CLAUSE = re.compile(r"[^，。；：\n]+")
ZH_SENTENCE = re.compile(r"[^。；\n]+")
ZH_WORK_AREAS = re.compile(r"在[^，。；]*?等[^，。；、]{0,6}?(?:工作|领域|活动|事项|过程|环节)"
                           # 在A、B和C中 (no 等): a list of areas closed by 中
                           r"|在[^，。；、]{2,12}(?:、[^，。；、]{2,12})+(?:和|及|以及)?[^，。；、]{0,16}中(?=[，。；]|使用|应用|查询|运用|参考)"
                           # 作为A、B等的重要依据: areas in which a record is used as a basis
                           r"|作为[^，。；]*?、[^，。；]*?等?的?(?:重要)?(?:依据|参考)")
ZH_ROUTINE_PUBLICATION = re.compile(r"目录|清单|查询事项|标准|基准|委托书|地点|指南")
ZH_SANCTION_WORDS = re.compile(r"名单|失信|违法|违反|处罚决定|惩戒|曝光|拖欠")
# The bare publishing verbs; a span naming what is published (公布严重失信主体名单) is itself specific.
ZH_PUBLISHING = re.compile(r"(?:向社会|予以|依法)?(?:公布|公示|公开|公告)")
# Publication named by its channel (在门户网站公开): a sanction only in a sentence about a violation.
ZH_CHANNEL = re.compile(r"(?:通过|在)[^，,。；;向]{0,20}?(?:网站|系统|平台)")
ZH_PUBLIC_DISCLOSURE = re.compile(r"(?:依法)?向社会(?:公示|公开|公告)")
# A second list joined by 或者 to a list entry (列入经营异常名录或者严重违法企业名单) is its own span.
# A further list after a list entry, joined by 或者 or 、 (列入A名单、B名单的: each list is a span).
ZH_SECOND_LIST = re.compile(r"(?:或者|、)([^，。；、“”《》]{2,16}?(?:名单|名录))(?=[，。；、的]|或者|$)")


def enclosing(pattern: re.Pattern, text: str, position: int) -> re.Match | None:
    """The match of `pattern` (a clause or sentence pattern) that contains `position`, if any."""
    for found in pattern.finditer(text):
        if found.start() <= position < found.end():
            return found
    return None


def _is_context_only(text: str, start: int, end: int, kind: str) -> bool:
    clause = enclosing(ZH_CLAUSE, text, start)
    if clause is not None:
        for frame in ZH_WORK_AREAS.finditer(text, clause.start(), clause.end()):
            if frame.start() < start and end <= frame.end():
                return True
    if kind == "public-naming" and ZH_PUBLISHING.fullmatch(text, start, end):
        # Publishing is a sanction only where what is published is a listing or a violation:
        # a catalogue, a standard or a notice published before the verb is routine, and so is a
        # sentence that names no trust-breaking, violation or list at all.
        sentence = enclosing(ZH_SENTENCE, text, start)
        if sentence is not None and (ZH_ROUTINE_PUBLICATION.search(text, sentence.start(), start)
                                     or not ZH_SANCTION_WORDS.search(sentence.group())
                                     # 向社会公示/公开/公告 publishes a listing or a violation named before it
                                     or (ZH_PUBLIC_DISCLOSURE.fullmatch(text, start, end)
                                         and not ZH_SANCTION_WORDS.search(text, sentence.start(), start))):
            return True
    elif kind == "public-naming":
        sentence = enclosing(ZH_SENTENCE, text, start)
        if sentence is not None and (ZH_ROUTINE_PUBLICATION.search(sentence.group()) or ZH_CHANNEL.match(text, start)) \
                and not ZH_SANCTION_WORDS.search(sentence.group()):
            return True
    return False


def find_measures(text: str, res: Resources) -> list[Record]:
    found = [(m.start, m.end, "MEASURE", m.key) for m in res.measures.finditer(text)]
    if res.lang != "zh":
        from .en_measures import find_en_measures

        from .en_measure_shapes import with_measure_shapes

        def read_from(start: int) -> list[Record]:  # the rest of the unit, for a clause that a span ran into
            rest = [(s - start, e - start, label, kind) for s, e, label, kind in found if s >= start]
            return [(s + start, e + start, label, kind) for s, e, label, kind in find_en_measures(text[start:], str(corpus_dir()), rest)]

        return with_measure_shapes(text, find_en_measures(text, str(corpus_dir()), found), read_from)
    kept: list[Record] = []
    for start, end, label, kind in found:
        if kept and start < kept[-1][1]:
            continue  # an object already joined to the measure before it
        if _is_context_only(text, start, end, kind or "") or is_mention_only(text, start, end, kind or "") \
                or repeats_field_list(text, start, kind or "", [(s, e) for s, e, _, _ in kept]):
            continue
        pieces = split_coordinated(text, start, end, kind or "", res.measures)
        if len(pieces) == 1 and kind != "list-inclusion":
            pieces = [(start, join_same_type(text, start, end, kind or "", res.measures), kind)]
        kept.extend((s, e, label, k) for s, e, k in pieces)
        second = ZH_SECOND_LIST.match(text, end) if kind == "list-inclusion" else None
        # a measure found inside the list's name (政府采购 in 政府采购严重违法失信行为记录名单) is part of it
        while second and not any(s < second.end(1) and second.start(1) < e and not (second.start(1) <= s and e <= second.end(1))
                                 for s, e, _, _ in found):
            kept.append((second.start(1), second.end(1), label, kind))
            second = ZH_SECOND_LIST.match(text, second.end(1))
    # the areas of a generic verb (在A、B中予以限制), each a measure of the type it restricts or grants
    areas, verbs = find_field_measures(text, [(s, e) for s, e, _, _ in kept])
    kept = [r for r in kept if not any(s <= r[0] < e for s, e in verbs)
            and not any(s <= r[0] and r[1] <= e for s, e, _ in areas)]
    # the verb after the areas restricts or grants: they are no list of work areas (在银行贷款、债券发行等
    # 融资活动中从严审核)
    kept += [(s, e, "MEASURE", k) for s, e, k in areas]
    return align_zh_measure_starts(text, kept)


ZH_BODY_HEAD = re.compile(r"(?:部门|机关|机构|政府|办事处|厅|局|委员会|管委会|委|人民法院)$")
# A verb that a department pattern may swallow (通报有关主管部门): the body starts after it.
ZH_BODY_VERB = re.compile(r"(?:通报|报送|报请|报告|提请|移送|会同|协助|配合|通知|告知|抄送)(?=[^，。；]{2})")
# A position or a place the restricted party would hold (担任国有企业法定代表人、董事): not a party.
ZH_HELD_POSITION = re.compile(r"担任[^，,。；;：:]*$")
def find_targets(text: str, res: Resources) -> list[Record]:
    found = [(m.start, m.end, "TARGET", m.key) for m in res.targets.finditer(text)]
    if res.lang != "zh":
        from .en_parties import find_en_targets

        # the listed names only: a party inside a body named by function keeps its own TARGET span
        # ("[transport departments] of [local people's governments ...]", GUIDELINES.md)
        measures = find_measures(text, res)
        targets = find_en_targets(text, str(corpus_dir()), found, measures, find_listed_agencies(text, res))
        from .en_body_targets import with_bodies_named_by_function
        from .en_party_filters import without_generic_parties

        targets = without_generic_parties(text, targets)

        from .en_target_appliers import without_lenders_asked_to_apply
        from .en_target_places import without_bodies_as_places

        targets = with_bodies_named_by_function(text, targets, res.en_local_agencies.find(text) if res.en_local_agencies else [], measures)
        from .en_party_speakers import without_speakers
        from .en_party_predicates import with_officials_by_predicate
        from .en_target_places import without_places
        targets = with_officials_by_predicate(text, without_places(text, without_bodies_as_places(text, targets, measures)))
        from .en_target_issuers import without_issuers
        from .en_target_honours import without_honour_names
        targets = without_honour_names(text, without_issuers(text, targets))
        return without_speakers(text, without_lenders_asked_to_apply(text, targets))
    # Bodies named by level and function (whole names, not a function word in a shared list).
    # Not a function's name inside a listed body's (发改委 in 国家发改委, 统计局 in 国家统计局令第35号).
    listed = [(s, e) for s, e, _, _ in find_listed_agencies(text, res)]
    bodies = [(m.start, m.end) for m in res.local_agencies.finditer(text)
              if ZH_BODY_HEAD.search(text, m.start, m.end)
              and not any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in listed)] \
        if res.local_agencies else []
    kept: list[Record] = []
    for start, end, label, kind in found:
        if modifies_a_noun(text, end, kind or ""):
            continue
        if kind == "government-body":
            verb = ZH_BODY_VERB.match(text, start)
            if verb:
                start = verb.end()
            # A body named by level and function is one span: it starts where its level words
            # start, not at the verb before it (经国务院…部门), and a government's department
            # (上一级人民政府人力资源社会保障行政部门) is not cut after 人民政府.
            body = next(((a, b) for a, b in bodies if a < end and start < b and b >= end), None)
            if body is not None and (body[1] == end or body[0] <= start):
                start, end = body
        if kept and start < kept[-1][1]:
            continue
        if RESPONSIBLE_PERSONS.match(text, start):
            kind = responsible_persons_type(text, start)
        if kind != "government-body" and ZH_HELD_POSITION.search(text, max(0, start - 24), start):
            continue
        kept.append((start, end, label, kind))
    # A list of functions sharing one head is one party; a department or organ named by function
    # is a party too where no target pattern named it.
    lists = [(m.start(), m.end()) for m in res.function_list.finditer(text)] if res.function_list else []
    kept = [r for r in kept if not any(s <= r[0] and r[1] <= e and (s, e) != (r[0], r[1]) for s, e in lists)]
    for start, end in lists:
        if not any(s < end and start < e for s, e, _, _ in kept):
            kept.append((start, end, "TARGET", "government-body"))
    # a unit that is only a body's name (the issuer's signature line) names no party
    signature = len(bodies) == 1 and not text[:bodies[0][0]].strip() and not text[bodies[0][1]:].strip()
    for start, end in [] if signature else bodies:
        if not any(s < end and start < e for s, e, _, _ in kept) and not modifies_a_noun(text, end, "government-body"):
            kept.append((start, end, "TARGET", "government-body"))
    return with_target_edges(text, sorted(kept))


FINDERS: dict[str, Callable[[str, Resources], list[Record]]] = {
    "xinyong_citations": find_citations,
    "xinyong_docnos": find_docnos,
    "xinyong_dates": find_dates_records,
    "xinyong_terms": find_terms,
    "xinyong_agencies": find_agencies,
    "xinyong_deontic": find_deontic,
    "xinyong_measures": find_measures,
    "xinyong_targets": find_targets,
}


def inside_citation(record: Record, citations: list[tuple[int, int]]) -> bool:
    """True for a record (other than a citation) lying inside a cited title: a title's words are
    the citation, not separate terms, agencies or measures."""
    start, end, label, _ = record
    return label != "CITATION" and any(s <= start and end <= e for s, e in citations)


def find_all(text: str, res: Resources, components: Iterable[str]) -> list[Record]:
    """The records the pipeline's components leave on a text, run in the given order, without spaCy.

    components (Iterable[str]): component names (labels.component_order gives the pipeline's).
    """
    kept: list[Record] = []
    for name in components:
        citations = [(s, e) for s, e, label, _ in kept if label == "CITATION"]
        kept += [r for r in FINDERS[name](text, res) if not inside_citation(r, citations)]
    return kept
