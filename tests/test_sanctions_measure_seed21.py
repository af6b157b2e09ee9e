"""The kinds of wrong measure found by the independent seed-21 hand check (issue 16): a word mentioned
but not imposed, a rule on which penalties a law-maker may create, a detention offset against a
sentence, and a wrong type. Sentences written for the purpose (paraphrased shapes, not the sources'),
each beside one of the same shape that does impose the measure."""
from __future__ import annotations

import pytest

from xinyong.sanctions_measure import retyped
from sanctions_helpers import is_record, mention


@pytest.mark.parametrize("lang, creating, imposing, words, kind", [
    ("zh", "地方政府规章可以设定警告或者一定数额罚款的处罚。", "市场监管部门可以给予警告或者一定数额的罚款。", "警告", "warning-and-criticism"),
    ("en", "Departmental rules may create administrative penalties other than revoking business licenses.",
     "The department may impose penalties including revoking business licenses.", "revoking business licenses", "license-revocation"),
    ("en", "Local rules may create penalties other than those restricting personal freedom.",
     "The public security organ may impose penalties restricting personal freedom.", "restricting personal freedom", "detention"),
])
def test_a_rule_on_which_penalties_may_be_created_imposes_none(lang, creating, imposing, words, kind):
    assert not is_record(creating, words, kind, lang)
    assert is_record(imposing, words, kind, lang)


def test_a_detention_already_served_and_offset_against_a_sentence_is_not_imposed():
    zh = "罪行成立而法院判处拘役时，机关已经给予当事人行政拘留的，应当依法折抵刑期。"
    en = ("Where the court sentences the offender to criminal detention, if the organ has already given the "
          "party administrative detention, the detention shall be offset against the term of the sentence.")
    assert not is_record(zh, "行政拘留", "detention", "zh")
    for occurrence in range(3):
        assert not is_record(en, "detention", "detention", "en", occurrence=occurrence)
    # the same shape without offsetting imposes it; "no further fine" in an offset paragraph governs the fine
    assert is_record("当事人拒不改正的，公安机关应当给予当事人行政拘留。", "行政拘留", "detention", "zh")
    no_further = ("If the organ has already imposed a fine, the fine shall be offset against the criminal fine; "
                  "if it has not, no further fine shall be imposed.")
    assert not is_record(no_further, "fine", "fine", "en", occurrence=0)
    assert is_record(no_further, "fine", "fine", "en", occurrence=3)


@pytest.mark.parametrize("lang, line, imposing, words, kind", [
    ("en", "The penalty decision form issued on the spot shall set out the illegal act, the amount of the fine and the date.",
     "Where the act is minor, the organ shall impose a fine of up to 200 yuan.", "fine", "fine"),
    ("en", 'The "Enforcement Notice" sent by a court to a debtor shall set out a risk warning about being listed.',
     "Where the agency fails to correct, the department shall give it a warning.", "warning", "warning-and-criticism"),
    ("zh", "执行通知书中应当载明纳入名单的风险警告内容。", "逾期不改正的，由主管部门给予警告。", "警告", "warning-and-criticism"),
])
def test_a_line_of_a_form_or_a_risk_warning_is_not_a_measure(lang, line, imposing, words, kind):
    assert not is_record(line, words, kind, lang)
    assert is_record(imposing, words, kind, lang)


def test_routine_supervision_of_a_field_is_no_key_supervision():
    routine = ("The labour departments shall strengthen supervision and inspection of the following: "
               "employers' signing of contracts and payment of wages.")
    keyed = ("For subjects on the list of trust-breaking enterprises, departments shall strengthen supervision "
             "and inspection.")
    words = "strengthen supervision and inspection"
    assert not is_record(routine, words, "key-supervision", "en")
    assert is_record(keyed, words, "key-supervision", "en")
    assert is_record("Departments shall treat them as key targets of supervision.", "key targets of supervision",
                     "key-supervision", "en")


def test_an_enterprise_publicising_its_own_report_is_no_public_naming():
    own = "Items 1 to 4 of the annual report shall be publicized; the enterprise chooses whether to publicize item 5."
    naming = "The list of trust-breaking enterprises shall be publicized by the credit department."
    assert not is_record(own, "publicized", "public-naming", "en")
    assert is_record(naming, "publicized", "public-naming", "en")
    assert not is_record("企业年度报告的第一项至第四项信息应当向社会公示。", "向社会公示", "public-naming", "zh")
    assert is_record("对严重失信主体，有关部门应当向社会公示。", "向社会公示", "public-naming", "zh")


def test_an_incentive_is_typed_as_what_it_grants():
    lead_in = ["对信用良好的主体，可以采取下列激励措施："]
    priority = "（一）在资金安排、评优评先中，同等条件下列为优先对象；"
    bar = "（一）限制参加评优评先；"
    assert retyped(priority, mention(priority, "评优评先", "honor-restriction"), "zh", lead_in) == "honor-award"
    assert retyped(bar, mention(bar, "评优评先", "honor-restriction"), "zh", ["对失信主体采取下列惩戒措施："]) \
        == "honor-restriction"
    # promotion in the media is publicity, for which no measure type fits; an honorary title is an award
    promotion = "（二）在信用网站上进行宣传推介；"
    assert not is_record(promotion, "宣传推介", "honor-award", "zh", lead_in, measure_kind="incentive")
    title = "（二）授予荣誉称号；"
    assert is_record(title, "授予荣誉称号", "honor-award", "zh", lead_in, measure_kind="incentive")
