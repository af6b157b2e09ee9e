"""Chinese measure wordings found with the third development batch (corpus/gold/dev-zh/dev3-*, issue 19):
inspection rates set low or high, verbs with a longer object (优先办理……手续, 暂停其从事……业务), bans and
refusals with 不再/不适用/暂停, a revocation whose object is in the clause before it, and publication on a
platform; and the party kinds the batch named that were missed (enterprises by customs grade or trade, e-commerce
operators, customs offices, the deciding department). Each kind on sentences written for this test, with a near
sentence that must not give the type."""
from __future__ import annotations

import pytest

from zh_target_helpers import zh_agencies, zh_measures, zh_targets


@pytest.mark.parametrize("text, span, kind", [
    # inspection rates: kept low for the trustworthy, raised for the untrustworthy
    ("（二）出口商品抽查比例控制在全部批次的百分之三以内；", "出口商品抽查比例控制在全部批次的百分之三以内", "fewer-inspections"),
    ("1.将现场检查比例降至10%；", "现场检查比例降至10%", "fewer-inspections"),
    ("对守信企业适当减少书面核查的次数。", "减少书面核查的次数", "fewer-inspections"),
    ("（三）入境货物查验率提高到百分之五十以上；", "入境货物查验率提高到百分之五十以上", "key-supervision"),
    ("对失信商户加大日常巡查和抽检力度。", "加大日常巡查和抽检力度", "key-supervision"),
    ("提高对其纳税申报资料的审核频次。", "提高对其纳税申报资料的审核频次", "key-supervision"),
    # incentives with their object
    ("优先办理出口退税手续及相关证明事项。", "优先办理出口退税手续及相关证明事项", "priority-handling"),
    ("在推选省级守信示范单位时优先推荐。", "优先推荐", "honor-award"),
    ("对诚信典型，在报刊和网站上予以宣传。", "予以宣传", "honor-award"),
    ("减半收取参加展销会的摊位费用。", "减半收取参加展销会的摊位费用", "cost-reduction"),
    # punishments
    ("从事加工贸易的，全额缴纳保证金。", "全额缴纳保证金", "cost-increase"),
    ("不适用本部门给予守信主体的各项便利措施。", "不适用本部门给予守信主体的各项便利措施", "facilitation-restriction"),
    ("二年内不再受理其资质升级申请。", "不再受理其资质升级申请", "license-refusal"),
    ("平台可以暂停为其提供交易服务。", "暂停为其提供交易服务", "license-refusal"),
    ("并暂停其从事代理记账业务三个月。", "暂停其从事代理记账业务三个月", "license-revocation"),
    ("取消其房屋交易网签资格。", "取消其房屋交易网签资格", "license-revocation"),
    ("由主管部门吊销其相关经营许可。", "吊销其相关经营许可", "license-revocation"),
    ("五年内不得参加省级文明诚信经营单位评选。", "参加省级文明诚信经营单位评选", "honor-restriction"),
    ("已被授予荣誉的，予以撤销。", "予以撤销", "honor-restriction"),
    ("在本县政务服务平台上公开曝光。", "公开曝光", "public-naming"),
    # an area of a waiving verb; a verb phrase that names the whole measure after several areas; a place
    # after 不得 left outside the barred activity
    ("对守信企业在年度审计服务费用方面给予减免。", "年度审计服务费用", "cost-reduction"),
    ("（一）在不动产登记、公证等事项办理中给予优先办理；", "给予优先办理", "priority-handling"),
    ("三年内不得在其他评估机构从事评估业务。", "从事评估业务", "occupation-restriction"),
    # a degree adverb before the verb is outside; in a selection, the verb phrase 优先推荐 is the span
    ("对守信企业合理减少双随机抽查频次。", "减少双随机抽查频次", "fewer-inspections"),
    ("在区级评优评先中优先推荐，并予以宣传。", "优先推荐", "honor-award"),
])
def test_measure_wordings(text, span, kind):
    assert (span, kind) in zh_measures(text)


@pytest.mark.parametrize("text, kind", [
    ("抽查比例由市场监管部门统一确定。", "fewer-inspections"),  # a rate named, not set for a party
    ("在开展专项检查时优先推荐专家参与。", None),  # 优先推荐 not at the end of the clause
    ("行政机关应当加强宣传教育，予以宣传教育。", "honor-award"),  # publicity work, not praise
    ("申请人撤回申请的，不再受理。", "license-refusal"),  # no application of the party named
    ("决定予以撤销的，应当说明理由。", "honor-restriction"),  # no title before it
    # a commitment system described, not granted to a party (kept out after the sanctions bench showed it)
    ("对高频政务服务事项实行信用承诺制度。", "priority-handling"),
])
def test_near_wordings_are_not_these_measures(text, kind):
    found = zh_measures(text)
    assert not any(k == kind for _, k in found) if kind else not any(s == "优先推荐" for s, _ in found)


def test_areas_before_a_verb_phrase_naming_the_measure_are_no_measures():
    # 给予优先办理 names the measure: the areas it is granted in are not spans of their own
    assert zh_measures("（一）在不动产登记、公证等事项办理中给予优先办理；") == [("给予优先办理", "priority-handling")]
    # a generic granting verb after several areas leaves the areas as the measures (公证 fits no type)
    assert zh_measures("在不动产登记、公证等事项中给予便利。") == [("不动产登记", "priority-handling")]


@pytest.mark.parametrize("text, span, kind", [
    # the parties the dev3 batch named and the rules missed: enterprises by their customs grade or trade,
    # e-commerce operators by their place, customs offices, the deciding department, brokers
    ("对高级认证企业，海关可以减少查验。", "高级认证企业", "legal-person"),
    ("报关企业提交虚假材料的，处一万元罚款。", "报关企业", "legal-person"),
    ("平台内经营者拒不改正的，暂停服务。", "平台内经营者", "legal-person"),
    ("电子商务平台经营者应当核验身份。", "电子商务平台经营者", "legal-person"),
    ("对高级认证企业，海关可以减少查验。", "海关", "government-body"),
    ("由认定部门向社会公示。", "认定部门", "government-body"),
    ("经纪从业人员一年内不得从事经纪业务。", "经纪从业人员", "natural-person"),
    # 信用主体 is a whole party noun: a 的-modifier before it stays outside the span (only the third
    # dev batch marks it inside; a question for the adjudicator, see corpus/gold/dev-zh/README.md)
    ("对信用状况良好的信用主体，可以给予便利。", "信用主体", "credit-subject"),
    ("对信用较好的电子商务经营者减免保证金。", "信用较好的电子商务经营者", "legal-person"),
])
def test_party_kinds(text, span, kind):
    assert (span, kind) in zh_targets(text)


@pytest.mark.parametrize("text, not_a_target", [
    ("依照海关规定办理。", "海关"),  # a compound: the rules of customs
    ("依据海关总署令办理。", "海关"),  # the national administration, not a local office
    ("可以向原认定部门申请移出名单。", "认定部门"),  # the former deciding body in a repair procedure
    ("报关企业信息应当准确。", "报关企业"),  # head-noun rule
])
def test_party_kinds_not_in_compounds(text, not_a_target):
    assert all(span != not_a_target for span, _ in zh_targets(text))


def test_local_bodies_of_the_batch():
    # postal administration in a list of functions sharing one head; a customs office under its district
    text = "网信、公安、邮政管理等部门按照职责做好工作；各隶属海关负责日常管理。"
    found = zh_agencies(text)
    assert ("邮政管理", "local:department") in found and ("隶属海关", "local:department") in found
