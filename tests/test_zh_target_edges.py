"""The Chinese TARGET edges of the third dev batch's kinds (issue 19), on sentences written for these
tests: a party inside a list's name as its bare noun, a list of functions closed by 等部门 as one party,
直接责任人员 after the unit's head, signature lines, compounds (企业协调员, 示范企业评选, 查验率, 主办的),
and the new party names (收发货人, 高级管理人员, 公安机构)."""
from __future__ import annotations

import pytest

from zh_target_helpers import zh_targets


@pytest.fixture(scope="module")
def targets():
    return zh_targets


@pytest.mark.parametrize("text, expected", [
    # the party noun a list is named after, without the list's qualifiers; glossary forms kept
    ("税务机关将其移出B级纳税人名单。", [("税务机关", "government-body"), ("纳税人", "legal-person")]),
    ("海关每月推送失信企业名单。", [("海关", "government-body"), ("企业", "legal-person")]),
    ("认定部门将其列入严重失信主体名单。", [("认定部门", "government-body"), ("严重失信主体", "credit-subject")]),
    # functions no pattern knows, listed before 等部门: one party
    ("文旅、气象、海事等部门按照职责配合。", [("文旅、气象、海事等部门", "government-body")]),
    # the unit's persons named with its head answer for the unit
    ("将负责人和其他直接责任人员的失信信息记入信用档案。",
     [("负责人", "natural-person"), ("直接责任人员", "natural-person")]),
    ("对该单位直接负责的主管人员和其他直接责任人员依法给予处分。",
     [("直接负责的主管人员和其他直接责任人员", "natural-person")]),
    # signature lines name no party
    ("某海关", []),
    ("县商务局 县市场监督管理局", []),
    # compounds: a person serving the enterprise, an award's name, a rate, an organiser, a regime
    ("所在地海关为其指定企业联络员。", [("海关", "government-body")]),
    ("在评选省级诚信经营示范企业时予以推荐。", []),
    ("其查验率不高于一般信用企业平均查验率。", []),
    ("免收参加县政府主办的农产品展销会的展位费。", []),
    ("海关应当将其调整为失信企业管理。", [("海关", "government-body")]),
    # party names of the customs and brokerage kinds
    ("进出口货物收发货人应当如实申报。", [("进出口货物收发货人", "legal-person")]),
    ("主管财务的高级管理人员应当签字。", [("高级管理人员", "natural-person")]),
    ("案件由海关侦查走私犯罪公安机构立案侦查。", [("海关侦查走私犯罪公安机构", "government-body")]),
    # platform operators by the platform's kind, whole; Party members beside officials
    ("网络交易平台经营者应当核验其身份。", [("网络交易平台经营者", "legal-person")]),
    ("对党员、公职人员依规依纪依法处理。", [("党员", "natural-person"), ("公职人员", "public-official")]),
])
def test_target_edges(targets, text, expected):
    assert targets(text) == expected


def test_an_honour_party_outside_a_selection_stays(targets):
    """诚信示范企业 as the party a measure falls on is still a TARGET (dev-zh third batch decision)."""
    assert ("诚信示范企业", "legal-person") in targets("对诚信示范企业实施优先通关。")


def test_bodies_named_in_full_keep_their_spans(targets):
    """Bodies named in full before 等部门 keep one span each (the first two batches' gold)."""
    found = targets("市发展改革委、市财政局等部门负责督促落实。")
    assert ("市发展改革委", "government-body") in found and ("市财政局", "government-body") in found


def test_an_institution_is_a_party_only_as_the_violator(targets):
    """金融机构 encouraged or told to act is no TARGET; as the subject of a conduct clause it is the party."""
    assert targets("支持金融机构向诚信企业提供低息贷款。") == [("诚信企业", "legal-person")]
    assert ("金融机构", "legal-person") in targets("征信机构、金融机构违规查询个人信息的，责令改正。")


def test_a_body_defined_for_this_place_is_no_party(targets):
    """省X是本省Y部门 defines a body; a party that is a body after 是 (被执行人是国家机关的) stays."""
    assert targets("市商务局是本市社会信用主管部门；") == [("市商务局", "government-body")]
    assert ("国家机关", "government-body") in targets("被执行人是国家机关的，通报其上级机关。")
