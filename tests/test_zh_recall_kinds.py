"""Chinese recall kinds of issue 19, the seventh revision (brief zhrecall): each kind on sentences
written for these tests in the style of SCS provisions (not copied from any gold set's text), with
the spans, types and sanctioned parties the guidelines ask for, and near sentences that must stay
as they were."""
from __future__ import annotations

import pytest

from xinyong.annotate.pipeline import annotate_units

from zh_target_helpers import zh_measures, zh_targets

FIXTURE_DOC = "recall-kinds-fixture"


def parties(units: list[tuple[str, str]]) -> dict[tuple[str, str], list[str] | None]:
    """(unit id, measure text) -> the target the pipeline gives it."""
    records = annotate_units(units, "zh", FIXTURE_DOC)[0]
    return {(r["unit"], r["text"]): r.get("target") for r in records if r["label"] == "MEASURE"}


# --- the areas of one generic verb, each a measure of the type it restricts or grants ----------

def test_areas_of_a_restricting_verb_are_measures_by_their_head_words():
    text = "对失信企业，在建设用地审批、工程建设招标、专项资金申报等方面依法予以限制。"
    assert zh_measures(text) == [("建设用地审批", "license-refusal"), ("工程建设招标", "procurement-exclusion"),
                                 ("专项资金申报", "public-funding-restriction")]


def test_areas_of_a_granting_verb_are_incentives_and_the_verb_adds_none():
    text = "对守信主体，在专项资金分配、表彰评选中给予优先支持。"
    assert zh_measures(text) == [("专项资金分配", "funding-priority"), ("表彰评选", "honor-award")]


def test_an_area_joined_by_he_is_one_activity():
    # 和 joins two objects of one activity; 、 separates the areas
    text = "在申请财政资金和税收优惠、参加政府采购和工程招标等方面予以限制。"
    assert [span for span, _ in zh_measures(text)] == ["申请财政资金和税收优惠", "参加政府采购和工程招标"]


def test_work_areas_without_a_restricting_or_granting_verb_stay_unannotated():
    assert zh_measures("各部门在行政审批、政府采购等工作中查询市场主体的信用报告。") == []
    assert zh_measures("在项目审批、资质认定中发现的问题，应当及时反馈。") == []


# --- families of verb and object ---------------------------------------------------------------

@pytest.mark.parametrize("text, span, kind", [
    ("由主管部门终止其承担的科研项目。", "终止其承担的科研项目", "public-funding-restriction"),
    ("并收回已经发放的奖补资金。", "收回已经发放的奖补资金", "public-funding-restriction"),
    ("取消其五年内申请财政补助项目的资格。", "取消其五年内申请财政补助项目的资格", "public-funding-restriction"),
    ("停止安排其技术改造专项资金。", "停止安排其技术改造专项资金", "public-funding-restriction"),
    ("记入信用监管失信行为数据库。", "记入信用监管失信行为数据库", "credit-record-entry"),
    ("暂停其申请的排污许可审批。", "暂停其申请的排污许可审批", "license-refusal"),
    ("有关部门两年内不再与其签订采购合同。", "不再与其签订采购合同", "license-refusal"),
    ("情节严重的，解除其定点服务协议。", "解除其定点服务协议", "license-revocation"),
    ("取消其参加年度先进单位评比的资格。", "取消其参加年度先进单位评比的资格", "honor-restriction"),
    ("优先拨付其技术改造补助资金。", "优先拨付其技术改造补助资金", "funding-priority"),
    ("对其简化审核程序。", "简化审核程序", "priority-handling"),
    ("将其列为安全生产和消防检查的重点监管对象。", "列为安全生产和消防检查的重点监管对象", "key-supervision"),
    ("该企业的信用等级直接降为D级。", "信用等级直接降为D级", "credit-score-deduction"),
    ("招标人可以拒绝其投标。", "拒绝其投标", "procurement-exclusion"),
    ("在本部门网站上对其予以宣传推介。", "予以宣传推介", "honor-award"),
])
def test_measure_families(text, span, kind):
    assert (span, kind) in zh_measures(text)


def test_the_activity_a_prohibition_bars_is_the_measure_without_bujde():
    found = zh_measures("其负责人五年内不得担任其他公司的董事、监事，不得从事相关中介服务，不得申请政府补助资金。")
    assert ("担任其他公司的董事、监事", "position-restriction") in found
    assert ("从事相关中介服务", "occupation-restriction") in found
    assert ("申请政府补助资金", "public-funding-restriction") in found


def test_a_negated_incentive_withdraws_facilitation():
    assert zh_measures("对严重失信主体不予容缺受理。") == [("不予容缺受理", "facilitation-restriction")]
    assert zh_measures("失信企业不再适用信用告知承诺制。") == [("不再适用信用告知承诺制", "facilitation-restriction")]
    # the incentive itself stays an incentive
    assert zh_measures("对守信企业适用告知承诺制。") == [("适用告知承诺制", "priority-handling")]


def test_further_objects_of_the_same_type_join_the_span():
    assert zh_measures("对其减免履约保证金、质量保证金。") == [("减免履约保证金、质量保证金", "cost-reduction")]
    # objects of different types stay apart
    assert [k for _, k in zh_measures("依法给予警告、罚款。")] == ["warning-and-criticism", "fine"]


def test_publication_by_channel_is_a_sanction_only_about_a_violation():
    # the channel itself is outside the span (adjudicated convention, session 6)
    assert ("向社会公示", "public-naming") in zh_measures(
        "对列入严重违法失信名单的企业，通过信用网站向社会公示。")
    assert zh_measures("年度评价结果由市场监管局在门户网站公开。") == []
    assert zh_measures("登记机关应当向社会公告经营许可的办理条件。") == []


# --- parties by head noun ---------------------------------------------------------------------

@pytest.mark.parametrize("text, span, kind", [
    ("对失信的物流企业加强监管。", "物流企业", "legal-person"),
    ("税务机关对B级纳税人加强纳税辅导。", "B级纳税人", "legal-person"),
    ("对警示等级企业实施重点监管。", "警示等级企业", "legal-person"),
    ("医务人员违反规定的，依法处理。", "医务人员", "natural-person"),
    ("营运车辆驾驶员记满分值的，予以通报。", "营运车辆驾驶员", "natural-person"),
    ("其财务负责人应当配合调查。", "财务负责人", "natural-person"),
])
def test_parties_with_a_sector_grade_or_occupation(text, span, kind):
    assert (span, kind) in zh_targets(text)


def test_positions_a_party_would_hold_and_compounds_are_no_parties():
    found = [span for span, _ in zh_targets("限制其担任国有企业法定代表人、董事。")]
    assert "国有企业" not in found and "法定代表人" not in found
    assert zh_targets("第三章 纳税人管理措施") == []
    assert [s for s, _ in zh_targets("各区市场监管分局负责本辖区企业环境信用评价。")] == ["区市场监管分局"]


def test_a_bureau_is_a_party_except_on_the_signature_line():
    assert ("省交通运输厅", "government-body") in zh_targets("省交通运输厅负责组织实施本办法。")
    assert zh_targets("省交通运输厅") == []


def test_a_government_with_its_shared_function_list_is_one_party():
    text = "县级以上人民政府财政、税务等部门按照职责做好相关工作。"
    assert [s for s, _ in zh_targets(text)] == ["县级以上人民政府财政、税务等部门"]


# --- the sanctioned party ---------------------------------------------------------------------

def test_a_party_of_no_target_type_after_dui_or_opening_the_conduct_clause():
    found = parties([
        ("art-1.p1", "对年检不合格的检验检测机构，由主管部门列入重点监管名单。"),
        ("art-2.p1", "项目承担单位虚报冒领补助资金的，由主管部门追回已拨付的资金，处二万元罚款。"),
    ])
    assert found[("art-1.p1", "列入重点监管名单")] == ["检验检测机构"]
    assert found[("art-2.p1", "追回已拨付的资金")] == ["项目承担单位"]
    assert found[("art-2.p1", "处二万元罚款")] == ["项目承担单位"]


def test_items_of_a_section_are_read_from_the_paragraph_before_them():
    found = parties([
        ("s2", "二、对守信企业的激励措施"),
        ("s2.p1", "对评为守信等级的物流企业，有关部门可以采取下列措施："),
        ("s2.1", "（一）减少日常检查频次；"),
        ("s2.2", "（二）给予绿色通道。"),
    ])
    assert found[("s2.1", "减少日常检查频次")] == ["物流企业"]
    assert found[("s2.2", "给予绿色通道")] == ["物流企业"]


def test_a_body_recommended_to_act_is_not_the_party():
    found = parties([("art-1.p1", "对失信企业，建议商业银行限制新增贷款。")])
    # the credit modifier belongs to the party's span (GUIDELINES.md: subjects named by their credit)
    assert found[("art-1.p1", "限制新增贷款")] == ["失信企业"]


def test_lian_tong_joins_the_persons_to_the_unit_the_measure_falls_on():
    found = parties([("art-1.p1", "用人单位有下列情形之一的，主管部门应当将该用人单位，连同其法定代表人、"
                                  "实际控制人，一并列入失信名单：")])
    assert found[("art-1.p1", "列入失信名单")] == ["用人单位", "法定代表人", "实际控制人"]


@pytest.mark.parametrize("text, span, kind", [
    ("撤销其检验检测机构资质认定证书。", "撤销其检验检测机构资质认定证书", "license-revocation"),
    ("可以适当延长其经营许可期限。", "延长其经营许可期限", "priority-handling"),
    ("行业协会可以取消其会员资格。", "取消其会员资格", "association-sanction"),
])
def test_more_families(text, span, kind):
    assert (span, kind) in zh_measures(text)


def test_a_sector_word_before_a_business_operator():
    assert ("道路运输经营者", "legal-person") in zh_targets("对失信的道路运输经营者加强监管。")


def test_the_party_between_the_restricting_verb_and_the_activities():
    found = parties([("art-1.p1", "被执行人为单位的，人民法院可以限制其实际控制人乘坐飞机、软卧。")])
    assert found[("art-1.p1", "乘坐飞机")] == ["实际控制人"]
    assert found[("art-1.p1", "软卧")] == ["实际控制人"]


def test_unit_beside_persons_and_a_procedure_role_opening_the_conduct_clause():
    found = parties([
        ("art-1.p1", "单位和个人伪造信用记录的，由主管部门给予警告。"),
        ("art-2.p1", "申请人以欺骗手段取得补助资金的，由主管部门追回已拨付的资金。"),
    ])
    assert found[("art-1.p1", "给予警告")] == ["单位", "个人"]
    assert found[("art-2.p1", "追回已拨付的资金")] == ["申请人"]
