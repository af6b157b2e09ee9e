"""The Chinese measure -> sanctioned party kinds of issue 19's fourth round (written on the second
dev-zh batch), each on sentences written for these tests: party nouns of procurement and
registration, a list nested under an item, 该 + a noun referring back, objects inside a conduct
clause, 其 across sentences, parties inside list names, and the measure kinds that hid parties."""
from __future__ import annotations

from xinyong.annotate.pipeline import annotate_units

FIXTURE_DOC = "party-round4-fixture"


def annotate(units: list[tuple[str, str]]) -> list[dict]:
    return annotate_units(units, "zh", FIXTURE_DOC)[0]


def parties(units: list[tuple[str, str]]) -> dict[tuple[str, str], list[str] | None]:
    """(unit id, measure text) -> the target the pipeline gives it."""
    return {(r["unit"], r["text"]): r.get("target") for r in annotate(units) if r["label"] == "MEASURE"}


def spans(text: str, label: str) -> list[tuple[str, str]]:
    """(text, type) of the spans of one label in a one-unit text."""
    return [(r["text"], r["norm"]) for r in annotate([("art-1.p1", text)]) if r["label"] == label]


def test_procurement_and_registration_parties_are_targets_by_their_head_noun():
    found = spans("投标人和评审专家串通的，对供应商和社会组织依法处理；社会组织信用信息由民政部门归集。", "TARGET")
    assert ("投标人", "legal-person") in found
    assert ("评审专家", "natural-person") in found
    assert ("供应商", "legal-person") in found
    # 社会组织 is a party once; inside the compound 社会组织信用信息 it is not
    assert [t for t, _ in found].count("社会组织") == 1


def test_an_enterprise_named_by_its_credit_is_one_target_but_not_inside_a_list_name():
    found = spans("对海关严重失信企业和守信企业分别管理，并将其列入严重失信企业名单。", "TARGET")
    assert ("海关严重失信企业", "legal-person") in found
    assert ("守信企业", "legal-person") in found
    # inside a list's name only the party noun is the TARGET (guidelines: 企业 in 严重违法企业名单)
    assert ("严重失信企业", "legal-person") not in found
    assert ("企业", "legal-person") in found


def test_a_list_under_an_item_of_another_label_kind_takes_the_items_lead_in():
    found = parties([
        ("s1", "一、惩戒措施"),
        ("s1.1", "（一）对海关严重失信企业，海关应当公开其失信信息。"),
        ("s1.2", "（二）海关将海关严重失信企业名单推送至有关部门，由有关部门对其实施下列措施："),
        ("s1.2.1", "1. 限制参加政府采购活动；"),
        ("s1.2.2", "2. 限制其获得财政资金补助。"),
    ])
    assert found[("s1.2.1", "限制参加政府采购")] == ["企业"]
    assert found[("s1.2.2", "限制其获得财政资金补助")] == ["企业"]


def test_gai_with_a_noun_names_the_party_again_and_a_bare_head_refers_back():
    found = parties([
        ("art-1.p1", "承担检测工作的技术服务机构出具虚假数据的，市场监管部门应当将该技术服务机构列入严重违法失信名单。"),
        ("art-2.p1", "施工单位拒不整改的，由住房城乡建设部门将该单位及其项目负责人列入建筑市场失信名单。"),
    ])
    assert found[("art-1.p1", "列入严重违法失信名单")] == ["技术服务机构"]
    assert sorted(found[("art-2.p1", "列入建筑市场失信名单")]) == ["施工单位", "项目负责人"]


def test_a_party_after_a_verb_in_the_conduct_clause_is_its_object():
    found = parties([("art-1.p1", "评审专家泄露评审情况，或者向供应商索取好处的，由财政部门给予警告。")])
    assert found[("art-1.p1", "给予警告")] == ["评审专家"]


def test_qi_with_no_party_in_its_sentence_refers_to_an_earlier_party_of_the_unit():
    found = parties([("art-1.p1", "社会组织在整改期间，登记管理机关应当加强日常监督；"
                                  "有关部门在财政资金补助中对其予以限制。")])
    assert found[("art-1.p1", "财政资金补助")] == ["社会组织"]


def test_a_party_inside_a_list_name_is_taken_only_when_no_other_is_named():
    found = parties([("art-1.p1", "连续三年评为较差等级的经营者，由市场监管部门列入重点排污失信企业名单，并在门户网站上向社会公布。")])
    assert found[("art-1.p1", "向社会公布")] == ["经营者"]


def test_each_list_of_a_series_is_a_measure_on_the_party_the_series_describes():
    found = parties([("art-1.p1", "对列入经营异常名录、严重违法失信名单的投标人，招标人应当拒绝其参与政府采购活动。")])
    assert found[("art-1.p1", "列入经营异常名录")] == ["投标人"]
    assert found[("art-1.p1", "严重违法失信名单")] == ["投标人"]
    assert found[("art-1.p1", "拒绝其参与政府采购活动")] == ["投标人"]


def test_refusals_procedures_and_prohibited_activities_are_measures_with_their_bounds():
    found = spans("（二）不给予项目资金资助，不向其采购服务，不适用简化程序；禁止其参加招标评审活动，"
                  "三年内不得参加评比表彰；简化竣工验收程序；降低其行业评估等级。", "MEASURE")
    assert ("不给予项目资金资助", "public-funding-restriction") in found
    assert ("不向其采购服务", "procurement-exclusion") in found
    assert ("不适用简化程序", "facilitation-restriction") in found
    # after 禁止 and 不得 the span starts at the activity
    assert ("参加招标评审活动", "occupation-restriction") in found
    assert ("参加评比表彰", "honor-restriction") in found
    assert ("简化竣工验收程序", "priority-handling") in found
    assert ("降低其行业评估等级", "credit-score-deduction") in found
    # where a modal or a decision puts 禁止 in the authority's mouth, the ban itself is the measure
    decided = spans("主管部门可以决定禁止其三年内担任本行业企业的高级管理人员。", "MEASURE")
    assert decided and decided[0][0].startswith("禁止其")


def test_areas_of_a_restricting_verb_and_field_words_in_a_condition_clause():
    found = spans("在银行授信、债券融资等金融活动中从严审核；在政府购买服务中同等条件下优先考虑。", "MEASURE")
    assert ("银行授信", "financing-restriction") in found
    assert ("债券融资", "financing-restriction") in found
    assert ("政府购买服务", "funding-priority") in found
    # where the conduct happened is no measure, though a restriction follows in the sentence
    setting = spans("代理机构在政府采购活动中弄虚作假的，处一万元罚款，禁止参加政府采购活动。", "MEASURE")
    assert ("政府采购", "procurement-exclusion") not in setting
    assert ("参加政府采购活动", "procurement-exclusion") in setting
