"""Issue 19: Chinese rules for local bodies, measures, targets, document numbers and the sanctioned
party, on sentences we wrote in the style of the regulations (not taken from the held-out texts)."""
from __future__ import annotations

from xinyong.annotate.pipeline import annotate_units


def found(text: str, label: str) -> list[tuple[str, str | None]]:
    records, _ = annotate_units([("u", text)], "zh", "test")
    return [(r["text"], r["norm"]) for r in records if r["label"] == label]


def test_local_bodies_by_level_and_function():
    agencies = found("县级以上地方人民政府社会信用主管部门会同市场监督管理部门，依照本办法向人民法院通报。", "AGENCY")
    assert agencies == [("县级以上地方人民政府社会信用主管部门", "local:credit-department"),
                        ("市场监督管理部门", "local:market-regulation-department"),
                        ("人民法院", "local:court")]
    assert found("最高人民法院和省人民检察院", "AGENCY") == [("最高人民法院", "spc"), ("省人民检察院", "local:procuratorate")]
    assert found("省和设区的市公共信用信息机构负责平台运行", "AGENCY") == [
        ("省和设区的市公共信用信息机构", "local:credit-institution")]


def test_a_national_body_named_by_function_resolves_to_its_id():
    assert found("由国务院工商行政管理部门制定", "AGENCY") == [("国务院工商行政管理部门", "saic")]
    assert found("国务院有关部门", "AGENCY") == [("国务院", "state-council")]  # bare 有关部门 stays generic


def test_each_function_in_a_shared_list_is_one_body_and_bare_departments_are_not():
    agencies = found("教育、公安、财政等有关部门按照职责分工负责。", "AGENCY")
    assert agencies == [("教育", "local:department"), ("公安", "local:department"), ("财政", "local:department")]
    assert found("有关部门和政府部门、主管部门", "AGENCY") == []


def test_list_entry_with_any_list_name_and_a_second_list():
    measures = found("企业被列入经营异常名录或者严重违法企业名单的，依法予以限制。", "MEASURE")
    assert measures == [("列入经营异常名录", "list-inclusion"), ("严重违法企业名单", "list-inclusion")]
    assert found("公示列入和移出名单的条件", "MEASURE") == []  # rules about a list, not an entry
    assert found("拟列入守信激励对象名单的", "MEASURE") == []  # an incentive list is not a trust-breaking one


def test_incentives_and_spans_not_cut_short():
    measures = found("对守信主体容缺受理，降低抽查比例和频次，授予诚信示范企业称号。", "MEASURE")
    assert measures == [("容缺受理", "priority-handling"), ("降低抽查比例和频次", "fewer-inspections"),
                        ("授予诚信示范企业称号", "honor-award")]
    assert found("对单位处以一万元以上五万元以下的罚款", "MEASURE") == [("处以一万元以上五万元以下的罚款", "fine")]


def test_a_verb_separated_from_its_object_and_context_that_imposes_nothing():
    assert found("限制失信企业参与招标投标活动", "MEASURE") == [("限制失信企业参与招标投标活动", "procurement-exclusion")]
    assert found("在政府采购、招标投标等工作中使用信用报告", "MEASURE") == []
    assert found("编制公共信用信息目录，并向社会公布。", "MEASURE") == []
    assert found("将其违法行为向社会公布。", "MEASURE") == [("向社会公布", "public-naming")]


def test_parties_named_by_role_and_the_party_to_a_matter():
    targets = found("对用人单位处以罚款，对直接负责的主管人员和其他直接责任人员处以罚款；当事人可以申请复核。", "TARGET")
    assert targets == [("用人单位", "legal-person"), ("直接负责的主管人员和其他直接责任人员", "natural-person"),
                       ("当事人", "credit-subject")]
    officials = found("行政机关有前款行为的，对直接负责的主管人员和其他直接责任人员依法给予处分。", "TARGET")
    assert ("直接负责的主管人员和其他直接责任人员", "public-official") in officials
    assert ("法定代表人", "natural-person") in found("企业的法定代表人", "TARGET")


def test_head_noun_rule_keeps_compounds_out():
    assert found("企业信用信息公示系统", "TARGET") == []
    assert found("加强企业信用工作", "TARGET") == []
    assert found("企业应当公示年度报告", "TARGET") == [("企业", "legal-person")]
    assert found("信用主体的信用记录", "TARGET") == [("信用主体", "credit-subject")]


def test_departments_named_by_function_do_not_swallow_preceding_words():
    assert found("未经国务院征信业监督管理部门批准", "TARGET") == [("国务院征信业监督管理部门", "government-body")]
    assert found("由上一级人民政府人力资源社会保障行政部门约谈", "TARGET") == [
        ("上一级人民政府人力资源社会保障行政部门", "government-body")]
    assert found("公安机关负责侦办", "TARGET") == [("公安机关", "government-body")]


def test_a_document_number_does_not_swallow_the_end_of_a_date():
    assert found("2015年3月1日国家工商行政管理总局令第71号公布", "DOCNO") == [
        ("国家工商行政管理总局令第71号", "国家工商行政管理总局令第71号")]
    assert found("国务院令第654号", "DOCNO") == [("国务院令第654号", "国务院令第654号")]


def measures_with_parties(units: list[tuple[str, str]]) -> list[tuple[str, str, list[str] | None]]:
    records, _ = annotate_units(units, "zh", "test")
    return [(r["unit"], r["text"], r.get("target")) for r in records if r["label"] == "MEASURE"]


def test_fines_on_the_unit_go_to_the_unit_and_fines_on_persons_to_the_persons():
    text = ("用人单位违反本条例规定的，由县级以上人民政府人力资源社会保障行政部门责令改正；逾期不改正的，"
            "对单位处2万元以上5万元以下的罚款，对法定代表人或者主要负责人处1万元以上3万元以下的罚款。")
    assert measures_with_parties([("u", text)]) == [
        ("u", "处2万元以上5万元以下的罚款", ["单位"]),
        ("u", "处1万元以上3万元以下的罚款", ["法定代表人", "主要负责人"])]


def test_the_imposing_authority_is_never_the_sanctioned_party():
    text = "市场主体违反前款规定的，由市场监督管理部门吊销营业执照。"
    assert measures_with_parties([("u", text)]) == [("u", "吊销营业执照", ["市场主体"])]
    protected = "将拖欠农民工工资的用人单位列入拖欠农民工工资失信联合惩戒对象名单。"
    assert measures_with_parties([("u", protected)])[0][2] == ["用人单位"]


def test_a_list_item_takes_the_party_of_the_paragraph_that_introduces_it():
    units = [("art-9.p1", "对严重失信主体，应当采取下列措施："), ("art-9.p1.i1", "（一）限制参加政府采购；"),
             ("art-9.p1.i2", "（二）列为重点监管对象。")]
    assert measures_with_parties(units) == [("art-9.p1.i1", "限制参加政府采购", ["严重失信主体"]),
                                            ("art-9.p1.i2", "列为重点监管对象", ["严重失信主体"])]


def test_sanctioned_parties_in_a_real_provision(sources):
    from xinyong.annotate.pipeline import annotate_document
    from xinyong.structure import parse_file

    records = annotate_document(parse_file(sources / "zh" / "credit-reporting-industry-regulation-2013.md"))
    fines = [r.get("target") for r in records if r["label"] == "MEASURE" and r["unit"] == "art-37.p1" and r["norm"] == "fine"]
    assert fines == [["单位"], ["直接负责的主管人员和其他直接责任人员"]]  # 对单位处…, 对直接负责的…处…


def test_a_list_of_functions_with_one_head_is_one_party_and_one_body_per_function():
    text = "司法行政、税务、市场监管等部门按照职责做好相关工作。"
    assert found(text, "TARGET") == [("司法行政、税务、市场监管等部门", "government-body")]
    assert [t for t, _ in found(text, "AGENCY")] == ["司法行政", "税务", "市场监管"]
