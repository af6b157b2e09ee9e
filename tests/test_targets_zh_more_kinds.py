"""The Chinese TARGET kinds added for issue 19 (企业事业单位, members, 行政相对人, subjects named by
their credit, other names of market entities, 从业人员, 责任主体) and the party of a measure shared
by parallel 对-clauses, on sentences written for these tests and on a shared text that is not held
out (corpus/gold/heldout is never read here)."""
from __future__ import annotations

import pytest

from xinyong.annotate.pipeline import annotatable_units, annotate_units

from zh_target_helpers import zh_targets

FIXTURE_DOC = "target-kinds-fixture"


@pytest.fixture(scope="module")
def targets():
    return zh_targets


@pytest.mark.parametrize("text, expected", [
    ("其他企业事业单位应当建立内部信用管理制度。", ("企业事业单位", "legal-person")),
    ("鼓励企事业单位查询信用报告。", ("企事业单位", "legal-person")),
    ("各类经营主体应当依法经营。", ("经营主体", "legal-person")),
    ("生产经营单位未按规定报送信息的，予以通报。", ("生产经营单位", "legal-person")),
    ("行业协会可以组织会员开展诚信承诺。", ("会员", "legal-person")),
    ("商会成员单位应当遵守章程。", ("成员单位", "legal-person")),
    ("联席会议成员单位按照各自职责实施联合惩戒。", ("成员单位", "government-body")),
    ("中介机构应当对从业人员开展诚信教育。", ("从业人员", "natural-person")),
    ("行政相对人可以选择以告知承诺方式办理。", ("行政相对人", "credit-subject")),
    ("无法确定清偿责任主体的，由人民政府先行垫付。", ("清偿责任主体", "credit-subject")),
    ("对信用良好的市场主体减少抽查比例。", ("信用良好的市场主体", "credit-subject")),
    ("对守信的主体给予绿色通道。", ("守信的主体", "credit-subject")),
    ("对信用较差的会员降低会员级别。", ("信用较差的会员", "credit-subject")),
])
def test_each_new_kind_is_a_target_by_its_head_noun(targets, text, expected):
    assert expected in targets(text)


@pytest.mark.parametrize("text, not_a_target", [
    # the head-noun rule: the party noun modifies the noun after it
    ("建立从业人员信用档案。", "从业人员"),
    ("协会可以采取降低成员级别、取消会员资格等措施。", "成员"),
    ("行业协会应当规范记录协会成员信用信息。", "成员"),
    # bodies with public functions are no party (guidelines), nor members of society or of a family
    ("具有管理公共事务职能的企业事业单位应当依法公开信息。", "企业事业单位"),
    ("鼓励社会成员之间诚实守信。", "成员"),
    ("核查申请人的家庭成员情况。", "成员"),
])
def test_a_new_kind_inside_a_compound_or_a_public_body_is_no_target(targets, text, not_a_target):
    assert not_a_target not in [found for found, _ in targets(text)]


def parties(text: str) -> dict[str, list[str] | None]:
    """Measure text -> the target the pipeline gives it, for one unit."""
    records = annotate_units([("art-1.p1", text)], "zh", FIXTURE_DOC)[0]
    return {r["text"]: r.get("target") for r in records if r["label"] == "MEASURE"}


def test_the_second_measure_of_parallel_clauses_falls_on_every_party():
    found = parties("违反本条例规定的，对自然人处以一千元以下、对企业或者其他组织处以五万元以下罚款或者警告。")
    # the amount ties the fine to the last party; the warning closes the series and is shared
    assert found["处以五万元以下罚款"] == ["企业", "其他组织"]
    assert found["警告"] == ["自然人", "企业", "其他组织"]


def test_clauses_with_their_own_measures_keep_their_own_parties():
    found = parties("对企业处以十万元以下罚款，对其他组织处以一万元以下罚款或者警告。")
    # a comma ends the first clause: no series, the warning falls on the second clause's party only
    assert found["警告"] == ["其他组织"]
    assert found["处以十万元以下罚款"] == ["企业"]


def test_subjects_named_by_credit_are_the_parties_of_an_associations_measures(corpus):
    # Shenzhen 2022, art. 18 (not held out): incentives for members with good credit, sanctions
    # for members with poor credit
    units = annotatable_units(corpus.documents("zh")["shenzhen-social-credit-regulation-2022"])
    text = dict(units)["art-18.p2"]
    records = annotate_units([("art-18.p2", text)], "zh", "shenzhen-social-credit-regulation-2022")[0]
    by_norm = {}
    for record in records:
        if record["label"] == "MEASURE":
            by_norm.setdefault(record["norm"], set()).update(record.get("target") or [])
    assert by_norm["association-recommendation"] == {"信用较好的成员"}
    assert by_norm["association-sanction"] == {"信用较差的成员"}


def test_fines_on_units_and_persons_in_parallel_clauses():
    # 单位 is no TARGET type, but after 对 it is the topic of its clause: the fine with the larger
    # amount is the unit's, the warning both parties'
    found = parties("对个人处以五百元以下、对单位处以五千元以下罚款或者警告。")
    assert found["处以五千元以下罚款"] == ["单位"]
    assert found["警告"] == ["个人", "单位"]


def test_a_party_that_makes_a_false_commitment_is_sanctioned():
    # 作出 a commitment is the party's conduct, unlike 作出 a decision, which the authority does
    found = parties("行政相对人作出虚假承诺的，由行政机关撤销相关许可，并将其列入失信名单。")
    assert found["撤销相关许可"] == ["行政相对人"]
    assert found["列入失信名单"] == ["行政相对人"]


def test_members_named_by_their_credit_take_the_associations_measures():
    found = parties("行业协会可以对守信的会员给予重点推荐，对失信的会员采取降低会员级别、取消会员资格等措施。")
    # 给予 joins the measure it grants (adjudicated convention, session 6)
    assert found["给予重点推荐"] == ["守信的会员"]
    assert found["降低会员级别"] == ["失信的会员"]
    assert found["取消会员资格"] == ["失信的会员"]
