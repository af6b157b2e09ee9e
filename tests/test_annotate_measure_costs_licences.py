"""Measure types of issue 19 for costs, financing and licences (brief zhincent): deposits, fees and
premiums lowered (cost-reduction) or raised (cost-increase), preferential financing
(financing-preference), licences and applications refused or halted (license-refusal), and the
widened priority-handling, funding-priority and facilitation-restriction. Each type on sentences
written for the purpose in the style of SCS provisions, with a near sentence of the same shape that
must not give the type."""
from __future__ import annotations

import pytest

from xinyong.annotate.finders import find_measures
from xinyong.annotate.resources import load_resources
from xinyong.datafiles import load_yaml
from xinyong.locations import corpus_dir


@pytest.fixture(scope="module")
def zh():
    return load_resources("zh", str(corpus_dir()))


@pytest.fixture(scope="module")
def en():
    return load_resources("en", str(corpus_dir()))


def measures(text: str, resources) -> list[tuple[str, str]]:
    return [(text[start:end], kind) for start, end, _, kind in find_measures(text, resources)]


@pytest.mark.parametrize("text, span, kind", [
    ("对信用良好的企业，可以减免其投标保证金。", "减免其投标保证金", "cost-reduction"),
    ("对守信主体免收相关手续费。", "免收相关手续费", "cost-reduction"),
    ("信用等级为A级的施工企业，可以免于缴纳工资保证金。", "免于缴纳工资保证金", "cost-reduction"),
    ("对失信企业提高其履约保证金缴纳比例。", "提高其履约保证金缴纳比例", "cost-increase"),
    ("金融机构可以上调其贷款利率。", "上调其贷款利率", "cost-increase"),
    ("对信用较差的主体在贷款利率、财产保险费率等定价方面予以差别对待。", "贷款利率", "cost-increase"),
    ("对信用较差的主体在贷款利率、财产保险费率等定价方面予以差别对待。", "财产保险费率", "cost-increase"),
    ("鼓励金融机构向守信企业发放优惠贷款。", "优惠贷款", "financing-preference"),
    ("对守信主体给予信贷支持。", "给予信贷支持", "financing-preference"),
    ("鼓励银行对其提高授信额度。", "提高授信额度", "financing-preference"),
    ("对信用良好的企业在授信、还款期限等方面给予便利。", "授信", "financing-preference"),
    ("对信用良好的企业在授信、还款期限等方面给予便利。", "还款期限", "financing-preference"),
    ("对失信主体不予受理其行政许可申请。", "不予受理其行政许可申请", "license-refusal"),
    ("三年内不予颁发相关资质证书。", "不予颁发相关资质证书", "license-refusal"),
    ("发现承诺不实的，终止办理其申请事项。", "终止办理其申请事项", "license-refusal"),
    ("在招标投标、行政许可、资质认定等方面对严重失信主体依法予以限制。", "资质认定", "license-refusal"),
    ("对守信主体实行告知承诺制审批。", "实行告知承诺制审批", "priority-handling"),
    ("对信用良好的申请人先行受理。", "先行受理", "priority-handling"),
    ("可以延长其许可证有效期。", "延长其许可证有效期", "priority-handling"),
    ("对示范企业给予资金奖励。", "给予资金奖励", "funding-priority"),
    ("对诚信典型企业给予重点支持。", "给予重点支持", "funding-priority"),
    ("对失信企业取消其优惠待遇。", "取消其优惠待遇", "facilitation-restriction"),
])
def test_zh_type(zh, text, span, kind):
    assert (span, kind) in measures(text, zh)


# the same shapes without a measure: a violation about a deposit, a fee paid, a routine decision on
# an application, an office's own time limit, a list of work areas
@pytest.mark.parametrize("text, kind", [
    ("施工总承包单位未按规定存储工资保证金的，责令限期改正。", "cost-increase"),
    ("施工总承包单位未按规定存储工资保证金的，责令限期改正。", "cost-reduction"),
    ("当事人不承担行政机关组织听证的费用。", "cost-reduction"),
    ("主管部门应当在六十日内作出批准或者不予批准的决定。", "license-refusal"),
    ("确有特殊情况的，经负责人批准，可以延长处理时限。", "priority-handling"),
    ("在政府采购、行政许可、资质认定等工作中使用信用报告。", "license-refusal"),
    ("利率由借贷双方协商确定。", "financing-preference"),
    ("利率由借贷双方协商确定。", "cost-increase"),
])
def test_zh_near_sentence_without_the_type(zh, text, kind):
    assert kind not in [k for _, k in measures(text, zh)]


@pytest.mark.parametrize("text, span, kind", [
    ("Trustworthy enterprises may have their bid deposits reduced or waived; regulators may waive the deposits.",
     "waive the deposits", "cost-reduction"),
    ("Insurers may raise their insurance premiums.", "raise their insurance premiums", "cost-increase"),
    ("Banks are encouraged to offer preferential loans to them.", "offer preferential loans", "financing-preference"),
    ("The licensing authority shall refuse their applications for three years.", "refuse their applications",
     "license-refusal"),
])
def test_en_type(en, text, span, kind):
    assert (span, kind) in measures(text, en)


@pytest.mark.parametrize("text, kind", [
    ("Market entities have the right to refuse arbitrary apportionment in any form.", "license-refusal"),
    ("No entity shall use such activities to charge fees to market entities.", "cost-increase"),
    ("Interest rates are agreed between the lender and the borrower.", "financing-preference"),
])
def test_en_near_sentence_without_the_type(en, text, kind):
    assert kind not in [k for _, k in measures(text, en)]


def test_new_types_carry_their_polarity():
    kinds = {m["id"]: m["kind"] for m in load_yaml(corpus_dir() / "measures.yaml").data}
    assert kinds["cost-reduction"] == kinds["financing-preference"] == "incentive"
    assert kinds["cost-increase"] == kinds["license-refusal"] == "punishment"


def test_en_general_fee_policy_is_not_a_cost_reduction(en):
    # a policy of the State for all market entities, not a measure for a party's credit
    text = "The State continues to reduce taxes and fees and to lower the costs of enterprises."
    assert "cost-reduction" not in [k for _, k in measures(text, en)]
    assert ("reducing their fees", "cost-reduction") in measures("Trustworthy enterprises benefit from reducing their fees.", en)
