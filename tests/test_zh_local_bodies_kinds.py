"""Chinese local bodies (AGENCY) and parties (TARGET) by kind, added on the second development batch
(issue 19, corpus/gold/dev-zh/dev2-*), on sentences written for these tests: each group is one kind of
wording, with cases the batch does not hold (corpus/gold/heldout and the validation set are never read
here)."""
from __future__ import annotations

import pytest

from zh_target_helpers import zh_agencies, zh_targets


@pytest.fixture(scope="module")
def agencies():
    return zh_agencies


@pytest.fixture(scope="module")
def targets():
    return zh_targets


# --- organs a statute names by their function (登记管理机关, 统计机构, 纪检监察机关) ---------------

@pytest.mark.parametrize("text, body", [
    ("社会团体未按规定报送年度工作报告的，由登记管理机关责令改正。", "登记管理机关"),
    ("社会组织登记管理机关应当建立信用档案。", "社会组织登记管理机关"),
    ("县级以上地方人民政府统计机构依法查处统计违法行为。", "县级以上地方人民政府统计机构"),
    ("涉嫌违纪的，移送纪检监察机关处理。", "纪检监察机关"),
    ("市监察委员会依法调查职务违法。", "市监察委员会"),
])
def test_an_organ_named_by_its_statutory_function_is_a_local_department(agencies, targets, text, body):
    assert (body, "local:department") in agencies(text)
    # acting or receiving, it is also a party
    assert (body, "government-body") in targets(text)


def test_a_statutory_organ_inside_a_compound_is_an_agency_but_no_party(agencies, targets):
    text = "登记管理机关工作人员滥用职权的，依法给予处分。"
    assert ("登记管理机关", "local:department") in agencies(text)
    assert "登记管理机关" not in [found for found, _ in targets(text)]


def test_an_institution_of_an_unsupervising_function_stays_no_agency(agencies):
    # 机构 names a state body only after a supervising or statistical function: 教育机构 is a school
    assert agencies("教育机构和医疗机构应当公示收费标准。") == []


# --- bureaus by the short name of their function (市人社局, 市卫健委, 区医保局, 网信办) ------------

@pytest.mark.parametrize("text, body, norm", [
    ("市人社局会同市住建局开展欠薪治理。", "市人社局", "local:department"),
    ("市人社局会同市住建局开展欠薪治理。", "市住建局", "local:department"),
    ("区卫健委应当公开投诉渠道。", "区卫健委", "local:department"),
    ("区医保局暂停拨付医保基金。", "区医保局", "local:department"),
    ("市应急局和市城管局联合检查。", "市应急局", "local:department"),
    ("市应急局和市城管局联合检查。", "市城管局", "local:department"),
    ("县司法局、县文旅局按职责负责。", "县司法局", "local:department"),
    ("县司法局、县文旅局按职责负责。", "县文旅局", "local:department"),
    ("区政务服务和数据管理局负责平台运行。", "区政务服务和数据管理局", "local:department"),
    ("网信办负责统筹协调网络信息内容管理。", "网信办", "local:department"),
    ("县发改局汇总信用信息。", "县发改局", "local:credit-department"),
    ("区市监局依法查处。", "区市监局", "local:market-regulation-department"),
])
def test_a_bureau_named_by_the_short_name_of_its_function(agencies, text, body, norm):
    assert (body, norm) in agencies(text)


def test_a_short_function_name_without_a_bureau_is_no_agency(agencies):
    # the short names name a body only with its head (局, 委, 部门, 办)
    assert agencies("医保基金、应急预案和司法解释的管理应当规范。") == []


def test_a_local_bureau_is_not_the_listed_national_body_its_name_ends_with(agencies):
    # 医保局 alone is an alias of the National Healthcare Security Administration; 市医保局 is the city's
    assert agencies("市医保局负责定点医药机构信用管理。") == [("市医保局", "local:department")]


# --- no party inside a listed body's name (发改委 in 国家发改委, 统计局 in 国家统计局令) -------------

@pytest.mark.parametrize("text", [
    "国家发改委和国家统计局负责指导。",
    "依据国家统计局令第35号执行。",
])
def test_a_function_name_inside_a_listed_body_is_no_party(targets, text):
    assert [found for found, kind in targets(text) if kind == "government-body"] == []


def test_the_same_function_name_as_a_local_body_is_a_party(targets):
    assert ("市统计局", "government-body") in targets("国家统计局和市统计局负责指导。")


# --- staff of a bureau (市统计局工作人员, 省教育厅工作人员, 市卫健委工作人员) ------------------------

@pytest.mark.parametrize("text", [
    "区统计局工作人员在认定工作中滥用职权的，依法给予处分。",
    "省教育厅工作人员泄露举报人信息的，依法处理。",
    "市卫健委工作人员和市信用办工作人员应当保守秘密。",
])
def test_staff_of_a_bureau_are_public_officials(targets, text):
    assert ("工作人员", "public-official") in targets(text)


def test_staff_of_a_unit_named_by_no_body_stay_no_target(targets):
    assert "工作人员" not in [found for found, _ in targets("组织开展工作人员培训。")]


# --- whose responsible persons: the violator, not the imposing authority or the party acted on ----

RESPONSIBLE = "直接负责的主管人员和其他直接责任人员"


@pytest.mark.parametrize("text, kind", [
    # the authority imposing the penalty (由……部门) is not the unit the persons belong to
    ("检测机构出具虚假报告的，由市场监管部门处以罚款；对其直接负责的主管人员和其他直接责任人员，给予警告。",
     "natural-person"),
    # a unit the officials shielded is not theirs
    ("区人民政府及其有关部门的工作人员纵容施工单位违法的，对直接负责的主管人员和其他直接责任人员，依法给予处分。",
     "public-official"),
    # a unit fined first is theirs, as before
    ("由县级以上人民政府发展改革部门责令改正，对单位处一万元罚款，对直接负责的主管人员和其他直接责任人员处一千元罚款。",
     "natural-person"),
    ("有关部门违反本办法规定泄露信息的，对直接负责的主管人员和其他直接责任人员依法给予处分。", "public-official"),
])
def test_responsible_persons_take_the_type_of_the_violator(targets, text, kind):
    assert (RESPONSIBLE, kind) in targets(text)


# --- parties of procurement and bidding, and social organisations by their kinds -------------------

@pytest.mark.parametrize("text, expected", [
    ("供应商提供虚假材料的，处以罚款。", ("供应商", "legal-person")),
    ("成交供应商拒绝签订合同的，列入不良行为记录名单。", ("成交供应商", "legal-person")),
    ("投标人相互串通投标的，中标无效。", ("投标人", "legal-person")),
    ("中标人不履行合同义务的，由有关部门处理。", ("中标人", "legal-person")),
    ("评标专家收受财物的，禁止其参加评标。", ("评标专家", "natural-person")),
    ("评审专家应当独立评审。", ("评审专家", "natural-person")),
    ("社会组织未按规定报送年度报告的，列入活动异常名录。", ("社会组织", "legal-person")),
    ("基金会和民办非企业单位应当公开财务信息。", ("基金会", "legal-person")),
    ("基金会和民办非企业单位应当公开财务信息。", ("民办非企业单位", "legal-person")),
    ("社会团体违反章程的，予以警告。", ("社会团体", "legal-person")),
])
def test_procurement_parties_and_social_organisations_are_targets(targets, text, expected):
    assert expected in targets(text)


@pytest.mark.parametrize("text", [
    "不得以社会组织名义开展募捐。",
    "登记管理机关核查社会组织违法线索。",
    "降低其社会组织评估等级。",
    "归集社会组织信用信息。",
])
def test_a_social_organisation_inside_a_compound_is_no_target(targets, text):
    assert "社会组织" not in [found for found, _ in targets(text)]


# --- enterprises named by their credit: the modifier inside, but not in a list's name --------------

@pytest.mark.parametrize("text, expected", [
    ("对守信企业，在办理行政许可时给予便利。", "守信企业"),
    ("对失信企业依法实施惩戒。", "失信企业"),
    ("税收违法失信企业不得享受税收优惠。", "税收违法失信企业"),
    ("对统计严重失信企业予以重点监管。", "统计严重失信企业"),
    ("诚信企业可以适用简易程序。", "诚信企业"),
])
def test_an_enterprise_named_by_its_credit_is_one_span(targets, text, expected):
    assert (expected, "legal-person") in targets(text)


def test_inside_a_list_name_the_party_noun_stays_alone(targets):
    # GUIDELINES.md: 企业 in 严重违法企业名单
    found = targets("将其列入海关失信企业名单。")
    assert ("企业", "legal-person") in found and "海关失信企业" not in [text for text, _ in found]


# --- head-noun rule: a party noun before the persons it has (企业法定代表人, 公司股东) -------------

@pytest.mark.parametrize("text, party, person", [
    ("企业法定代表人授意他人提供虚假资料的，依法处理。", "企业", "法定代表人"),
    ("公司实际控制人转移财产的，依法追究责任。", "公司", "实际控制人"),
    ("用人单位从业人员应当持证上岗。", "用人单位", "从业人员"),
])
def test_a_party_noun_before_its_persons_is_no_target(targets, text, party, person):
    found = [found for found, _ in targets(text)]
    assert party not in found and person in found


def test_a_party_noun_with_de_before_its_persons_is_still_a_target(targets):
    assert ("企业", "legal-person") in targets("企业的法定代表人应当签署承诺书。")


# --- a party noun inside a list's name passes the head-noun rule ---------------------------------

@pytest.mark.parametrize("text, party", [
    ("规范拖欠农民工工资失信联合惩戒对象名单管理。", "农民工"),
    ("建立失信被执行人信用监督名单制度。", "失信被执行人"),
])
def test_a_party_noun_inside_a_list_name_is_a_target(targets, text, party):
    assert party in [found for found, _ in targets(text)]


@pytest.mark.parametrize("text, party", [
    # the compound ends before a verb: no list's name
    ("将农民工工资纳入失信名单管理。", "农民工"),
    ("失信被执行人信息公布在名单中。", "失信被执行人"),
])
def test_a_compound_before_a_verb_stays_no_target(targets, text, party):
    assert party not in [found for found, _ in targets(text)]


# --- more functions and the credit leading group by its other names --------------------------------

@pytest.mark.parametrize("text, body, norm", [
    ("市信用建设领导小组办公室负责统筹协调。", "市信用建设领导小组办公室", "local:credit-department"),
    ("省社会信用体系联席会议定期通报工作。", "省社会信用体系联席会议", "local:credit-department"),
    ("劳动保障监察机构依法查处欠薪行为。", "劳动保障监察机构", "local:department"),
    ("区综合行政执法局负责查处违法建设。", "区综合行政执法局", "local:department"),
    ("城市管理综合执法部门应当依法处理。", "城市管理综合执法部门", "local:department"),
])
def test_more_functions_and_the_leading_group_are_local_bodies(agencies, text, body, norm):
    assert (body, norm) in agencies(text)


def test_a_function_word_without_a_head_stays_no_agency(agencies):
    assert agencies("开展综合执法检查，维护劳动保障权益。") == []


# --- more party heads of the open classes (market entities, bidders, professionals, 失信当事人) -----

@pytest.mark.parametrize("text, expected", [
    ("个体工商户应当按时报送年度报告。", ("个体工商户", "legal-person")),
    ("农民专业合作社未按规定公示信息的，列入经营异常名录。", ("农民专业合作社", "legal-person")),
    ("中标候选人存在失信行为的，不得确定为中标人。", ("中标候选人", "legal-person")),
    ("检验检测人员出具虚假数据的，依法处理。", ("检验检测人员", "natural-person")),
    ("评估人员应当恪守职业道德。", ("评估人员", "natural-person")),
    ("对严重失信当事人实施联合惩戒。", ("严重失信当事人", "credit-subject")),
])
def test_more_heads_of_the_open_party_classes(targets, text, expected):
    assert expected in targets(text)


# --- head-noun rule over coordinated modifiers (企业和个人信息, 人民政府及其有关部门负责人) ---------

@pytest.mark.parametrize("text, not_a_target", [
    ("依法采集企业和个人信息。", "企业"),
    ("保护法人和其他组织合法权益。", "法人"),
    ("对地方人民政府及其有关部门负责人依法给予处分。", "地方人民政府"),
])
def test_a_party_noun_coordinated_before_a_shared_head_is_no_target(targets, text, not_a_target):
    assert not_a_target not in [found for found, _ in targets(text)]


@pytest.mark.parametrize("text, party", [
    # a 的 makes them parties again; a verb phrase after 或者 is no coordinated modifier
    ("保护企业和个人的合法权益。", "企业"),
    ("设立征信机构或者从事个人征信业务的，依法处理。", "征信机构"),
])
def test_a_party_noun_before_a_marked_or_verbal_coordination_stays_a_target(targets, text, party):
    assert party in [found for found, _ in targets(text)]


# --- governments by level words in a series (市、区两级, 区级) and zone committees -------------------

@pytest.mark.parametrize("text, body, norm", [
    ("市、区两级人民政府应当将信用建设纳入考核。", "市、区两级人民政府", "local:government"),
    ("省、市、县三级财政部门共享信用信息。", "省、市、县三级财政部门", "local:department"),
    ("区级人民政府负责组织实施。", "区级人民政府", "local:government"),
    ("开发区管理委员会按照授权履行职责。", "开发区管理委员会", "local:government"),
    ("高新区管委会应当建立企业信用档案。", "高新区管委会", "local:government"),
])
def test_governments_by_a_series_of_levels_and_zone_committees(agencies, targets, text, body, norm):
    assert (body, norm) in agencies(text)
    assert (body, "government-body") in targets(text)


def test_a_committee_without_a_zone_stays_no_agency(agencies):
    assert agencies("管理委员会成员应当回避。") == []


# --- a court named with its level and place is one party span -------------------------------------

@pytest.mark.parametrize("text, court", [
    ("市中级人民法院依法裁定。", "市中级人民法院"),
    ("区人民法院应当及时通知当事人。", "区人民法院"),
])
def test_a_court_with_its_level_is_one_party(targets, text, court):
    assert (court, "government-body") in targets(text)


def test_the_supreme_court_is_no_local_party(targets):
    assert "人民法院" not in [found for found, _ in targets("最高人民法院发布司法解释。")]
