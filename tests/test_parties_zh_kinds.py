"""The Chinese measure -> sanctioned party kinds of issue 19, on sentences written for these tests
and on provisions of shared texts that are not held out (corpus/gold/heldout is never read here)."""
from __future__ import annotations

import pytest

from xinyong.annotate.party_links import evaluate_party_links, load_party_links
from xinyong.annotate.pipeline import annotatable_units, annotate_units

FIXTURE_DOC = "party-kinds-fixture"


def parties(units: list[tuple[str, str]]) -> dict[tuple[str, str], list[str] | None]:
    """(unit id, measure text) -> the target the pipeline gives it (the last such measure wins)."""
    records = annotate_units(units, "zh", FIXTURE_DOC)[0]
    return {(r["unit"], r["text"]): r.get("target") for r in records if r["label"] == "MEASURE"}


def test_a_list_lead_in_is_read_by_the_party_rules():
    found = parties([
        ("art-1.p1", "对列入严重失信主体名单的信用主体，行政机关应当采取以下惩戒措施："),
        ("art-1.p1.i1", "（一）限制参加政府采购活动；"),
        # the official who collects a fine on the spot is not the party of the fines listed
        ("art-2.p1", "有下列情形之一，执法人员可以当场收缴罚款："),
        ("art-2.p1.i1", "（一）依法给予五十元以下罚款的；"),
        # 自然人 says what the debtor is: the restrictions fall on the debtor
        ("art-3.p1", "被执行人为自然人的，被限制高消费后，不得有以下行为："),
        ("art-3.p1.i1", "（一）购买非经营必需车辆；"),
    ])
    assert found[("art-1.p1.i1", "限制参加政府采购")] == ["信用主体"]
    assert found[("art-2.p1.i1", "罚款")] is None
    assert found[("art-3.p1.i1", "购买非经营必需车辆")] == ["被执行人"]


def test_a_measure_in_a_time_frame_falls_on_the_next_clauses_subject():
    found = parties([("art-1.p1", "在限制高消费期间，被执行人不得乘坐飞机。"),
                     ("art-2.p1", "行政机关及其执法人员作出罚款决定后，当事人应当在十五日内缴纳。")])
    assert found[("art-1.p1", "限制高消费")] == ["被执行人"]
    # the officials who decide the fine are not the party either
    assert found[("art-2.p1", "罚款")] == ["当事人"]


def test_a_government_body_with_its_staff_is_the_party_but_not_of_a_disciplinary_sanction():
    found = parties([("art-1.p1", "行政机关及其工作人员违反本条例规定的，由上级主管部门给予警告、通报批评。"),
                     ("art-2.p1", "行政机关及其工作人员违反本条例规定的，依法给予处分。"),
                     # a body alone is still the one that imposes
                     ("art-3.p1", "县级以上人民政府发展改革部门对违反本条例规定的企业处以罚款。")])
    assert found[("art-1.p1", "给予警告")] == ["行政机关", "工作人员"]
    assert found[("art-1.p1", "通报批评")] == ["行政机关", "工作人员"]
    assert found[("art-2.p1", "给予处分")] == ["工作人员"]
    assert found[("art-3.p1", "处以罚款")] == ["企业"]


def test_a_body_after_the_marker_you_imposes_the_measure():
    found = parties([("art-1.p1", "违反本条例第十条规定的，由市公共信用信息服务中心处一万元以下罚款。"),
                     ("art-2.p1", "信用服务机构违反本条例规定的，由市公共信用信息服务中心处一万元以下罚款。")])
    assert found[("art-1.p1", "处一万元以下罚款")] is None
    assert found[("art-2.p1", "处一万元以下罚款")] == ["信用服务机构"]


def test_units_and_persons_are_fined_apart():
    found = parties([("art-1.p1", "征信机构违反本条例规定的，由有关部门责令改正，对单位处五万元以下的罚款；"
                                  "对直接负责的主管人员和其他直接责任人员处一万元以下的罚款。")])
    assert found[("art-1.p1", "处五万元以下的罚款")] == ["单位"]
    assert found[("art-1.p1", "处一万元以下的罚款")] == ["直接负责的主管人员和其他直接责任人员"]


def test_a_party_in_a_list_name_is_a_conduct_subject_only_alone(annotated):
    # 公共管理机构将信用主体列入深圳市严重失信主体名单的，应当告知其列入名单的依据……
    texts, records = annotated("shenzhen-social-credit-regulation-2022")
    (named,) = [r for r in records if r["unit"] == "art-78.p1" and r["text"] == "列入名单"]
    assert named["target"] == ["信用主体"]


def test_real_lead_ins_of_shared_texts(annotated):
    # 被执行人为自然人的，被限制高消费后，不得有以下……行为：
    texts, records = annotated("spc-high-consumption-restrictions-2010")
    items = [r for r in records if r["unit"].startswith("art-3.p1.i") and r["label"] == "MEASURE"]
    assert len(items) >= 8 and all(r["target"] == ["被执行人"] for r in items)
    # ……有下列情形之一，执法人员可以当场收缴罚款： the items name no party
    texts, records = annotated("administrative-penalty-law-2021")
    assert [r.get("target") for r in records if r["unit"] == "art-68.p1.i1" and r["label"] == "MEASURE"] == [None]


@pytest.fixture(scope="module")
def annotated(corpus):
    cache = {}

    def run(doc_id: str):
        if doc_id not in cache:
            units = annotatable_units(corpus.documents("zh")[doc_id])
            cache[doc_id] = (dict(units), annotate_units(units, "zh", doc_id)[0])
        return cache[doc_id]

    return run


def test_the_unit_level_party_links_are_read_and_scored(corpus):
    links = load_party_links(corpus, "train")
    assert len(links) >= 100
    assert not load_party_links(corpus, "test").keys() & links.keys()
    result = evaluate_party_links(corpus, "train")
    assert result["gold_measures_with_party"] == len(links)
    assert result["strict_right"] <= result["measures_found"] <= len(links)
    assert len(result["wrong"]) == result["measures_found"] - result["strict_right"]


def test_possessors_pronouns_and_clause_subjects():
    found = parties([
        # the legal representative of the enterprise is fined, not the enterprise
        ("art-1.p1", "对该企业的法定代表人处一万元以下罚款。"),
        # 其 refers back to the party 对 introduced in an earlier clause
        ("art-2.p1", "失信主体为法人的，对其法定代表人依法予以惩戒，限制其担任国有企业高级管理人员。"),
        # the party opening the measure's clause after the conduct is its subject
        ("art-3.p1", "企业被列入严重违法企业名单的，其法定代表人三年内不得担任其他企业的法定代表人。"),
        # a unit described by a relative clause after 对 is fined as 单位
        ("art-4.p1", "对违反本条例规定的单位，处十万元以下罚款；对个人，处一万元以下罚款。"),
    ])
    assert found[("art-1.p1", "处一万元以下罚款")] == ["法定代表人"]
    assert found[("art-2.p1", "限制其担任国有企业高级管理人员")] == ["法定代表人"]
    # the span starts at the barred activity, 不得 being the PROHIBITION (seventh revision)
    assert found[("art-3.p1", "担任其他企业的法定代表人")] == ["法定代表人"]
    assert found[("art-4.p1", "处十万元以下罚款")] == ["单位"]
    assert found[("art-4.p1", "处一万元以下罚款")] == ["个人"]


def test_a_party_introduced_in_the_first_sentence_carries_to_the_next():
    text = ("对信用主体的同一个失信行为，不得重复列入严重失信主体名单。"
            "同一个失信行为违反多项规定应当列入名单的，按照最重的规定列入严重失信主体名单。")
    records = annotate_units([("art-1.p1", text)], "zh", FIXTURE_DOC)[0]
    listings = [r.get("target") for r in records if r["label"] == "MEASURE" and r["norm"] == "list-inclusion"]
    assert len(listings) >= 2 and all(target == ["信用主体"] for target in listings), listings
