"""Chinese MEASURE and TARGET precision by kind (issue 19, the sixth revision): each kind of false
hit on sentences written for the purpose in the style of SCS provisions (not taken from any
source), beside the near sentence whose measure or party must stay."""
from __future__ import annotations

import pytest

from zh_target_helpers import zh_measures, zh_targets


def targets(text: str) -> list[str]:
    """The TARGET spans found in text, without their party types."""
    return [span for span, _ in zh_targets(text)]


# a measure that only names a kind of information collected or recorded
@pytest.mark.parametrize("text", [
    "（四）行政强制、暂扣许可证件、吊销许可证件等信息；",
    "下列事项作为不良信息记录：受到罚款、没收违法所得等行政处罚的信息。",
    "信用平台归集市场主体被列入经营异常名录的信息。",
    "依简易程序作出的警告、通报批评的信息不予公示。",
])
def test_information_items_are_not_measures(text):
    assert zh_measures(text) == []


@pytest.mark.parametrize("text, span", [
    ("情节严重的，吊销许可证件，并公开相关信息。", "吊销许可证件"),
    ("对该企业处以罚款，同时将处罚信息向社会公示。", "处以罚款"),
    ("情节严重的，吊销其营业执照并公示有关信息。", "吊销其营业执照"),
    ("可以禁止其担任相关企业的董事、监事、高级管理人员和个人信息保护负责人。",
     "禁止其担任相关企业的董事、监事、高级管理人员"),
])
def test_a_measure_before_a_clause_about_information_stays(text, span):
    assert span in [found for found, _ in zh_measures(text)]


# a definition that lists the measures a term covers
def test_measures_in_a_definition_are_not_measures():
    assert zh_measures("本规定所称联合惩戒，是指有关部门对失信主体共同采取限制市场准入、撤销荣誉称号等措施。") == []
    # the same measure imposed in a provision stays
    assert ("撤销荣誉称号", "honor-restriction") in zh_measures("对严重失信主体，撤销荣誉称号。")


# recording commendations or basic particulars is not the trust-breaking credit-record entry
def test_recording_good_conduct_is_not_a_credit_record_entry():
    assert zh_measures("自然人的见义勇为、无偿献血等表彰信息，经本人同意记入其信用档案。") == []
    assert zh_measures("企业的登记信息和基本信息纳入企业信用档案。") == []
    # trust-breaking information entered in the record stays a measure
    kinds = [kind for _, kind in zh_measures("经营者的严重违法信息记入其信用记录。")]
    assert kinds == ["credit-record-entry"]


# a body named after the measure it decides on
def test_a_body_named_after_its_measure_is_not_a_measure():
    found = zh_measures("由任免机关或者处分机关依法给予处分。")
    assert found == [("给予处分", "disciplinary-sanction")]


# a government body's own way of working, applied to no party
@pytest.mark.parametrize("text", [
    "市场监管部门应当加大检查力度，依法查处违法行为。",
    "省人民政府应当实行告知承诺制审批改革。",
    "行业主管部门应当简化审批流程，提高办事效率。",
    "有关部门应当清理涉企收费，减少保证金的种类。",
])
def test_a_body_practice_is_not_a_measure(text):
    assert zh_measures(text) == []


@pytest.mark.parametrize("text, span", [
    ("对信用良好的企业实行告知承诺制审批。", "实行告知承诺制审批"),
    ("行业主管部门应当对失信企业加大检查力度。", "加大检查力度"),
    ("有关部门可以对其简化审批流程。", "简化审批流程"),
    ("有关部门应当对守信企业减免保证金。", "减免保证金"),
])
def test_a_practice_applied_to_a_party_stays(text, span):
    assert span in [found for found, _ in zh_measures(text)]


# a generic grant closing a list of fields already marked repeats them
def test_a_generic_grant_after_marked_fields_repeats_them():
    found = zh_measures("鼓励银行对守信企业在融资授信、利率费率等方面给予优惠或者便利。")
    assert ("给予优惠或者便利", "public-service-support") not in found
    assert [kind for _, kind in found] == ["financing-preference", "financing-preference"]
    # alone, the grant is the measure
    assert ("给予支持和便利", "public-service-support") in zh_measures("对守信主体给予支持和便利。")


# a party noun modifying a noun of its particulars, papers, owners or dealings is no TARGET
@pytest.mark.parametrize("text, noun", [
    ("申请材料应当载明企业通信地址。", "企业"),
    ("年度报告中的企业资产状况信息可以不公示。", "企业"),
    ("推进企业诚信建设。", "企业"),
    ("支持企业债券融资。", "企业"),
    ("不得泄露企业商业秘密。", "企业"),
    ("依法保护个人隐私。", "个人"),
    ("弘扬企业家精神。", "企业"),
    ("缩短企业开办时间。", "企业"),
    ("及时回应企业诉求。", "企业"),
    ("降低企业融资成本。", "企业"),
    ("激发市场主体活力。", "市场主体"),
    ("不得设置不合理的市场主体准入条件。", "市场主体"),
    ("申请人应当提交法人营业执照复印件。", "法人"),
    ("监控设备采集的个人图像不得公开。", "个人"),
    ("合伙企业、个人独资企业应当依法纳税。", "个人"),
    ("用人单位主要出资人应当承担清偿责任。", "用人单位"),
    ("通过企业交易对方核实信息。", "企业"),
    ("申请人应当符合公司设立条件。", "公司"),
    ("文书应当写明行政机关名称。", "行政机关"),
    ("不得以行政机关名义对外发布。", "行政机关"),
    ("该行为损害行政机关公信力。", "行政机关"),
    ("决定书由人民法院院长签发。", "人民法院"),
])
def test_party_noun_inside_a_compound_is_not_a_target(text, noun):
    assert noun not in targets(text)


def test_party_noun_as_subject_or_possessor_stays():
    assert "企业" in targets("企业应当如实报告其通信地址。")
    assert "企业" in targets("引导企业诚信经营。")
    # 负担 as a verb: the party bears the cost
    assert "被执行人" in targets("公告费用由被执行人负担。")
    assert "行政机关" in targets("行政机关的名称应当写明。")
    assert "人民法院" in targets("人民法院可以决定限制其高消费。")


def test_a_county_government_department_is_one_party():
    assert targets("将县级人民政府部门的处罚权交由乡镇行使。")[:1] == ["县级人民政府部门"]


# a measure missed where the restricting verb directly precedes the restricted position
def test_restriction_directly_before_a_position():
    text = "对其法定代表人依法限制担任其他企业的法定代表人。"
    assert ("限制担任其他企业的法定代表人", "position-restriction") in zh_measures(text)


# a department pattern does not swallow the passive 被 before it
def test_department_after_passive_marker_leaves_it_out():
    assert "监管部门" in targets("（二）被监管部门责令停业整顿的；")
    assert "被监管部门" not in targets("（二）被监管部门责令停业整顿的；")


# a measure the provision forbids to impose falls on no one
@pytest.mark.parametrize("text", [
    "行政机关不得违法限制市场主体参与政府采购。",
    "有关部门不得擅自增设限制高消费等惩戒措施。",
])
def test_a_measure_forbidden_to_impose_is_not_a_measure(text):
    assert zh_measures(text) == []


def test_a_restriction_the_party_bears_after_a_prohibition_stays():
    found = zh_measures("失信被执行人不得担任企业的法定代表人、董事、监事、高级管理人员。")
    assert [kind for _, kind in found] == ["position-restriction"]


# measures still missed in the measure families (recall, on written sentences): the verb with the
# party and a few words before the object
@pytest.mark.parametrize("text, span, kind", [
    ("对失信主体，取消其参加政府组织的评比表彰资格。", "取消其参加政府组织的评比表彰资格", "honor-restriction"),
    ("对严重失信主体，限制其获得政府奖励。", "限制其获得政府奖励", "honor-restriction"),
    # 不得 is outside the span (guidelines, adjudicated conventions for Chinese)
    ("情节严重的，三年内不得参加政府采购活动。", "参加政府采购活动", "procurement-exclusion"),
    ("暂停其在公共资源交易平台的投标资格。", "暂停其在公共资源交易平台的投标资格", "procurement-exclusion"),
    ("将其列为失信重点关注对象。", "列为失信重点关注对象", "key-supervision"),
    ("将其违法信息记入其诚信档案。", "记入其诚信档案", "credit-record-entry"),
])
def test_measures_found_with_words_between_verb_and_object(text, span, kind):
    assert (span, kind) in zh_measures(text)
