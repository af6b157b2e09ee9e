"""The Chinese rules follow the conventions adjudicated in session 6 (issue 19; corpus/gold/GUIDELINES.md,
"Adjudicated conventions for Chinese"): one test per convention, on sentences written for the purpose
in the style of SCS provisions (not taken from any held-out, written or validation text)."""
from __future__ import annotations

import pytest

from zh_target_helpers import zh_agencies, zh_measures, zh_targets


# the channel before the publishing verb is outside; 向社会, a light verb and the verb are inside
@pytest.mark.parametrize("text, span", [
    ("对拖欠工资的失信企业，通过企业信用信息公示系统向社会公示。", "向社会公示"),
    ("对失信企业的违法信息，在“信用中国”网站上向社会公布。", "向社会公布"),
    ("违法单位的信用记录，纳入国家信用信息系统进行公示。", "进行公示"),
    ("失信企业名单通过“信用中国”网站和本部门门户网站向社会公布。", "向社会公布"),
    # 依法 is outside; what is published, named after the verb, is inside
    ("对失信企业，依法向社会公示其失信信息。", "向社会公示其失信信息"),
])
def test_publication_channel_is_outside(text, span):
    assert zh_measures(text) == [(span, "public-naming")]


def test_conjunction_before_a_fine_is_outside():
    text = "违反规定的，责令项目停工，并处5万元以上10万元以下的罚款。"
    assert zh_measures(text) == [("处5万元以上10万元以下的罚款", "fine")]


# 予以/给予 joins the measure right after it, only the first item of a list, and not a modifier
@pytest.mark.parametrize("text, expected", [
    ("违反本规定的，由有关部门予以取缔。", [("予以取缔", "business-suspension")]),
    ("拒不履行的，予以拘留、罚款。", [("予以拘留", "detention"), ("罚款", "fine")]),
    ("对守信企业给予优先办理、简化程序等便利。",
     [("给予优先办理", "priority-handling"), ("简化程序", "priority-handling")]),
    ("违法的，给予责令改正、警告。", [("警告", "warning-and-criticism")]),
    ("违反多项规定应当给予罚款处罚的，按照数额高的处罚。", [("罚款", "fine")]),
    ("对守信企业不予以取缔。", [("取缔", "business-suspension")]),
])
def test_granting_verb_joins_the_first_measure(text, expected):
    assert zh_measures(text) == expected


def test_areas_of_a_generic_verb_are_one_span_each():
    text = "对严重失信企业，在财政性资金分配、评优评先中，给予相应限制。"
    assert zh_measures(text) == [("财政性资金分配", "public-funding-restriction"),
                                 ("评优评先", "honor-restriction")]


def test_costs_and_preferences_between_market_actors_are_marked():
    text = "鼓励市场主体对失信主体取消优惠，提高保证金。"
    assert zh_measures(text) == [("取消优惠", "facilitation-restriction"),
                                 ("提高保证金", "cost-increase")]


def test_quantifier_before_a_body_is_outside_and_level_word_inside():
    text = "各市、县（区）人民政府和各有关部门、各级人民政府应当加强监管。"
    targets = [span for span, _ in zh_targets(text)]
    agencies = [span for span, _ in zh_agencies(text)]
    assert targets == ["市、县（区）人民政府", "有关部门", "各级人民政府"]
    assert agencies == ["市、县（区）人民政府", "各级人民政府"]
