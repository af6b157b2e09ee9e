"""The session 8 shapes of the Chinese sanctioned party (annotate/zh_party_shapes.py), on sentences written
for these tests (no gold set's text)."""
from __future__ import annotations

from xinyong.annotate.pipeline import annotate_units
from xinyong.annotate.zh_party_shapes import shaped_parties, without_whole_of_part

FIXTURE_DOC = "party-shapes-fixture"


def parties(units: list[tuple[str, str]]) -> dict[tuple[str, str], list[str] | None]:
    """(unit id, measure text) -> the target the pipeline gives it."""
    records = annotate_units(units, "zh", FIXTURE_DOC)[0]
    return {(r["unit"], r["text"]): r.get("target") for r in records if r["label"] == "MEASURE"}


def test_shapes_found_outside_cited_titles_only():
    text = "用人单位及其有关人员违反规定的，依照《关于对某领域失信企业及其有关人员开展联合惩戒的备忘录》处理。"
    found = [text[s:e] for s, e in shaped_parties(text)]
    assert found == ["人员"] and text.index("人员") == shaped_parties(text)[0][0]
    bare = "单位违反本规定的，处二万元以下罚款。"
    assert [bare[s:e] for s, e in shaped_parties(bare)] == ["单位"]
    # 单位 inside a longer noun is no bare subject; an object after a verb is none either
    assert shaped_parties("用人单位违反本规定的，处二万元以下罚款。") == []
    partitive = "对会员企业中的守信企业给予重点推荐"
    spans = [(1, 3, "legal-person"), (3, 5, "legal-person"), (7, 11, "legal-person")]
    assert without_whole_of_part(partitive, spans) == [(7, 11, "legal-person")]
    assert without_whole_of_part("企业和个人", [(0, 2, "a"), (3, 5, "b")]) == [(0, 2, "a"), (3, 5, "b")]


def test_the_pipeline_links_measures_to_the_new_shapes():
    found = parties([
        ("art-1.p1", "单位违反本规定的，处二万元以下罚款；对直接负责的主管人员处五千元以下罚款。"),
        ("art-2.p1", "将失信信息纳入用人单位及其有关人员的信用记录。"),
        ("art-3.p1", "有关单位和个人违反本规定的，由有关部门依法给予处分。"),
        ("art-4.p1", "对守信联合激励对象，有关部门可以采取下列激励措施："),
        ("art-4.p1.i1", "（一）在日常检查中降低抽查比例和频次。"),
        ("art-5.p1", "行业协会商会可以对会员企业中的守信企业给予重点推荐。"),
        ("art-6.p1", "有关部门对诚信纳税人应当给予绿色通道。"),
        ("art-7.p1", "对被列入严重失信主体名单的单位，有关部门应当限制其参加政府采购活动。"),
        ("art-8.p1", "律师事务所及其律师违反规定的，由司法行政部门给予警告，并可以对律师事务所处十万元以下罚款。"),
        ("art-9.p1", "担保机构及其从业人员违反规定的，对担保机构处三万元罚款，对从业人员给予警告。"),
        ("art-10.p1", "对检验检测中心出具虚假报告的，由市场监管部门处五万元罚款。"),
    ])
    assert found[("art-1.p1", "处二万元以下罚款")] == ["单位"]
    assert found[("art-1.p1", "处五千元以下罚款")] == ["直接负责的主管人员"]
    assert found[("art-2.p1", "纳入用人单位及其有关人员的信用记录")] == ["用人单位", "人员"]
    assert found[("art-3.p1", "给予处分")] == ["单位", "个人"]
    assert found[("art-4.p1.i1", "降低抽查比例和频次")] == ["守信联合激励对象"]
    assert found[("art-5.p1", "给予重点推荐")] == ["守信企业"]
    assert found[("art-6.p1", "给予绿色通道")] == ["诚信纳税人"]
    # the list named in the relative clause is no party: the 单位 it describes is
    assert found[("art-7.p1", "限制其参加政府采购活动")] == ["单位"]
    # an organisation of no TARGET type with its professionals; the fine after 对 falls on the firm alone
    assert found[("art-8.p1", "给予警告")] == ["律师事务所", "律师"]
    assert found[("art-8.p1", "处十万元以下罚款")] == ["律师事务所"]
    # a party named again after 对 is that clause's party, not the whole conduct subject
    assert found[("art-9.p1", "处三万元罚款")] == ["担保机构"]
    assert found[("art-9.p1", "给予警告")] == ["从业人员"]
    # 对 + the party + its conduct: the body after 由 imposes
    assert found[("art-10.p1", "处五万元罚款")] == ["检验检测中心"]
