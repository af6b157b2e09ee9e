"""Chinese MEASURE families of issue 19 (brief zhmeasure): each kind on sentences written for the
purpose in the style of SCS provisions (not taken from any held-out or written-set text), with the
span and type the guidelines ask for, and the near sentences that must stay without a measure."""
from __future__ import annotations

import pytest

from xinyong.annotate.finders import find_measures
from xinyong.annotate.resources import load_resources
from xinyong.locations import corpus_dir


@pytest.fixture(scope="module")
def resources():
    return load_resources("zh", str(corpus_dir()))


def measures(text: str, resources) -> list[tuple[str, str]]:
    return [(text[start:end], kind) for start, end, _, kind in find_measures(text, resources)]


# the party (其, 该企业) between the verb and its object: the span runs from the verb to the object
@pytest.mark.parametrize("text, span, kind", [
    ("情节严重的，由市场监管部门吊销其营业执照。", "吊销其营业执照", "license-revocation"),
    ("对该单位依法暂扣其安全生产许可证。", "暂扣其安全生产许可证", "license-revocation"),
    ("主管部门可以降低其资质等级。", "降低其资质等级", "qualification-downgrade"),
    ("三年内不予批准其新增的建设项目。", "不予批准其新增的建设项目", "qualification-downgrade"),
    ("行业主管部门应当下调其信用等级。", "下调其信用等级", "credit-score-deduction"),
    ("对连续三年无不良记录的企业，提升其信用等级。", "提升其信用等级", "credit-score-bonus"),
    ("有关部门可以责令其停业整顿。", "责令其停业整顿", "business-suspension"),
    ("限制其开展相关金融业务。", "限制其开展相关金融业务", "financing-restriction"),
    ("依法限制该企业发行债券。", "限制该企业发行债券", "financing-restriction"),
    ("限制其申报政府资金项目。", "限制其申报政府资金项目", "public-funding-restriction"),
    ("暂停其享受税收优惠政策。", "暂停其享受税收优惠政策", "public-funding-restriction"),
    ("取消其已经享受的政策优惠。", "取消其已经享受的政策优惠", "facilitation-restriction"),
    ("撤销其已获得的荣誉称号。", "撤销其已获得的荣誉称号", "honor-restriction"),
    ("取消其参加评先评优资格。", "取消其参加评先评优资格", "honor-restriction"),
])
def test_verb_party_object(resources, text, span, kind):
    assert (span, kind) in measures(text, resources)


# other wordings of a family's verb and object
@pytest.mark.parametrize("text, span, kind", [
    ("将该企业列入重点监管名单。", "列入重点监管名单", "key-supervision"),
    ("对其从严审核行政许可事项。", "从严审核行政许可事项", "key-supervision"),
    ("增加其日常监督检查频次。", "增加其日常监督检查频次", "key-supervision"),
    ("对信用良好的企业，可以适当减少检查次数。", "减少检查次数", "fewer-inspections"),
    ("对守信主体降低监管频次。", "降低监管频次", "fewer-inspections"),
    ("对作出信用承诺的申请人免于实地核查。", "免于实地核查", "fewer-inspections"),
    ("对其在公共资源交易中予以扣分。", "予以扣分", "credit-score-deduction"),
    ("在项目审批中给予倾斜支持。", "给予倾斜支持", "funding-priority"),
    ("在评优评先、项目申报中予以优先考虑。", "予以优先考虑", "funding-priority"),
    ("对守信主体，在资金安排上优先予以支持。", "优先予以支持", "funding-priority"),
    ("对表现突出的企业给予通报表扬。", "给予通报表扬", "honor-award"),
    ("对守信主体依法给予表彰奖励。", "给予表彰奖励", "honor-award"),
])
def test_family_variants(resources, text, span, kind):
    assert (span, kind) in measures(text, resources)


def test_coordinated_objects_of_two_types_are_two_spans(resources):
    assert measures("限制其获得政府补贴和荣誉称号。", resources) == [
        ("限制其获得政府补贴", "public-funding-restriction"), ("荣誉称号", "honor-restriction")]
    # two verbs on one object, and two objects of one type, stay one span
    assert measures("暂扣或者吊销许可证。", resources) == [("暂扣或者吊销许可证", "license-revocation")]
    assert measures("提高抽查比例和频次。", resources) == [("提高抽查比例和频次", "key-supervision")]


def test_raising_or_lowering_is_not_swallowed_by_one_direction(resources):
    # 提高或者降低抽查比例: the punishing verb does not take the incentive's object across 或者
    found = measures("根据信用等级实施提高或者降低抽查比例、频次等监管措施。", resources)
    assert ("降低抽查比例、频次", "fewer-inspections") in found
    assert not [span for span, kind in found if kind == "key-supervision"]


@pytest.mark.parametrize("text", [
    "对其依法给予行政处罚。",  # a generic reference
    "对失信主体实施失信联合惩戒。",
    "由有关部门责令改正。",  # a corrective order
    "县级以上人民政府应当加强信用服务机构的培育和扶持。",
])
def test_generic_references_stay_without_a_measure(resources, text):
    assert measures(text, resources) == []


# list entry whatever the list is called, quoted list names included (the closing quote with it)
@pytest.mark.parametrize("text, span", [
    ("将其纳入“黑名单”管理。", "纳入“黑名单”"),
    ("列入建筑市场主体“黑名单”。", "列入建筑市场主体“黑名单”"),
    ("列入重大税收违法失信主体名单。", "列入重大税收违法失信主体名单"),
    ("将其列为失信联合惩戒对象。", "列为失信联合惩戒对象"),
])
def test_list_entry_with_any_list_name(resources, text, span):
    assert (span, "list-inclusion") in measures(text, resources)


def test_incentive_lists_are_not_list_inclusion(resources):
    assert not [kind for _, kind in measures("将其纳入诚信“红名单”。", resources) if kind == "list-inclusion"]


# the verb separated from its object by the party and where or when (限制其……参与); after 禁止 (with
# 其) the span starts at the activity, as after 不得 (dev-zh README, second batch's decisions)
@pytest.mark.parametrize("text, span, kind", [
    ("禁止其参与本市政府投资项目招标投标。", "参与本市政府投资项目招标投标", "procurement-exclusion"),
    ("限制其参与基础设施和公用事业特许经营。", "限制其参与基础设施和公用事业特许经营", "procurement-exclusion"),
    ("限制其在金融机构贷款或者办理信用卡。", "限制其在金融机构贷款", "financing-restriction"),
])
def test_verb_split_from_object_by_party_and_place(resources, text, span, kind):
    assert (span, kind) in measures(text, resources)


# qualifications withdrawn or suspended (资格), and the grade lowered within a field
@pytest.mark.parametrize("text, span, kind", [
    ("一至三年内取消其投标资格。", "取消其投标资格", "procurement-exclusion"),
    ("取消其参加政府采购的资格。", "取消其参加政府采购的资格", "procurement-exclusion"),
    ("暂停其执业资格。", "暂停其执业资格", "license-revocation"),
    ("降低其在公共资源交易中的信用等级。", "降低其在公共资源交易中的信用等级", "credit-score-deduction"),
    ("实施信用分级分类监管，加大对失信主体的检查力度。", "加大对失信主体的检查力度", "key-supervision"),
])
def test_qualifications_and_grades(resources, text, span, kind):
    assert (span, kind) in measures(text, resources)
