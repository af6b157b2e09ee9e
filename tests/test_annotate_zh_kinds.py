"""Chinese MEASURE, TARGET and AGENCY kinds of issue 19, on provisions of the shared texts that are
not held out (corpus/gold/heldout is never read here)."""
from __future__ import annotations

import pytest

from xinyong.annotate.pipeline import annotatable_units, annotate_units


@pytest.fixture(scope="module")
def annotated_units(corpus):
    """doc id -> (unit id -> text, the document's records); every unit, so list lead-ins are known."""
    cache = {}

    def annotated(doc_id: str):
        if doc_id not in cache:
            units = annotatable_units(corpus.documents("zh")[doc_id])
            cache[doc_id] = (dict(units), annotate_units(units, "zh", doc_id)[0])
        return cache[doc_id]

    return annotated


def spans(annotated_units, doc_id: str, unit: str, label: str) -> list[dict]:
    return [r for r in annotated_units(doc_id)[1] if r["unit"] == unit and r["label"] == label]


def test_routine_publication_is_not_public_naming(annotated_units):
    # a letter of entrustment, a discretion standard, the places of cameras, a catalogue of measures
    for doc_id, unit in [("administrative-penalty-law-2021", "art-20.p2"), ("administrative-penalty-law-2021", "art-34.p1"),
                         ("administrative-penalty-law-2021", "art-41.p1"), ("henan-social-credit-regulation-2019", "art-29.p1")]:
        texts = annotated_units(doc_id)[0]
        assert "向社会公布" in texts[unit]
        assert not spans(annotated_units, doc_id, unit, "MEASURE"), (doc_id, unit)
    # publishing the violations of an employer stays a sanction
    kinds = [r["norm"] for r in spans(annotated_units, "migrant-worker-wage-payment-regulation-2019", "art-47.p2", "MEASURE")]
    assert "public-naming" in kinds


def test_fields_in_lists_of_work_areas_are_not_measures(annotated_units):
    # 在精神文明创建、评优评先……中, 作为…评优评先…等的重要依据, items under 在以下工作中
    assert not spans(annotated_units, "henan-social-credit-regulation-2019", "art-62.p1", "MEASURE")
    assert "评优评先" in annotated_units("migrant-worker-wage-payment-regulation-2019")[0]["art-60.p1"]
    assert not [r for r in spans(annotated_units, "migrant-worker-wage-payment-regulation-2019", "art-60.p1", "MEASURE")
                if r["text"] == "评优评先"]
    assert "政府采购" in annotated_units("shanghai-social-credit-regulation-2017")[0]["art-28.p1.i2"]
    assert not spans(annotated_units, "shanghai-social-credit-regulation-2017", "art-28.p1.i2", "MEASURE")
    # the same fields where the provision restricts them remain measures (a list headed by 惩戒措施)
    kinds = {r["norm"] for r in spans(annotated_units, "migrant-worker-wage-payment-regulation-2019", "art-48.p1", "MEASURE")}
    assert {"procurement-exclusion", "market-entry-restriction", "public-funding-restriction"} <= kinds


def test_party_noun_modifying_a_noun_is_not_a_target(annotated_units):
    texts, records = annotated_units("migrant-worker-wage-payment-regulation-2019")
    # except inside a list's name (拖欠农民工工资失信联合惩戒对象名单), where a party noun is a TARGET
    wages = [(r["unit"], r["start"]) for r in records if r["label"] == "TARGET" and r["text"] == "农民工"
             and texts[r["unit"]][r["end"]:r["end"] + 2] == "工资"
             and "名单" not in texts[r["unit"]][r["end"]:r["end"] + 18]]
    assert wages == []
    assert any(r["text"] == "农民工" for r in records if r["label"] == "TARGET")  # as a party it is still found
    rights = [r for r in spans(annotated_units, "henan-social-credit-regulation-2019", "art-11.p2", "TARGET")
              if r["text"] == "信用主体"]
    assert rights == []  # 信用主体权利, 信用主体义务


def test_department_span_leaves_out_the_verb_before_it(annotated_units):
    texts, records = annotated_units("personal-information-protection-law-2021")
    bodies = [r["text"] for r in records if r["label"] == "TARGET" and r["norm"] == "government-body"]
    assert "有关主管部门" in bodies and not any(b.startswith("通报") for b in bodies)


def test_fines_fall_on_the_unit_or_the_persons_the_clause_names(annotated_units):
    texts, records = annotated_units("henan-social-credit-regulation-2019")
    fines = [(r["text"], r.get("target")) for r in records if r["unit"] == "art-67.p1" and r["label"] == "MEASURE" and r["norm"] == "fine"]
    assert [t for _, t in fines] == [["单位"], ["单位"], ["个人"], ["个人"]]
    # confiscation falls on all the parties of the conduct clause (信用服务机构、金融机构……其他企业事业单位及其工作人员…的,)
    confiscation = [r for r in spans(annotated_units, "henan-social-credit-regulation-2019", "art-67.p1", "MEASURE")
                    if r["norm"] == "confiscation"]
    assert confiscation[0]["target"] == ["信用服务机构", "金融机构", "企业事业单位", "工作人员"]
    # a restricted activity's place is not the party: 禁止其……担任相关企业的董事
    positions = [r for r in spans(annotated_units, "personal-information-protection-law-2021", "art-66.p2", "MEASURE")
                 if r["norm"] == "position-restriction"]
    assert positions and positions[0]["target"] == ["直接负责的主管人员和其他直接责任人员"]


def test_local_bodies_by_function(annotated_units):
    registry = spans(annotated_units, "credit-reporting-industry-regulation-2013", "art-7.p3", "AGENCY")
    assert [(r["text"], r["norm"]) for r in registry] == [("公司登记机关", "local:market-regulation-department")]
    listed = [r["text"] for r in spans(annotated_units, "migrant-worker-wage-payment-regulation-2019", "art-7.p2", "AGENCY")]
    assert {"住房城乡建设", "交通运输", "水利"} <= set(listed)
    # 学校以及其他教育机构: schools, not a department
    school = spans(annotated_units, "henan-social-credit-regulation-2019", "art-63.p2", "AGENCY")
    assert "其他教育机构" in annotated_units("henan-social-credit-regulation-2019")[0]["art-63.p2"]
    assert [r["text"] for r in school] == ["县级以上人民政府教育部门"]


def test_a_body_or_party_before_its_persons_is_not_a_target(annotated_units):
    # 约谈地方人民政府负责人: the heads are the party, the government is part of their name
    texts, records = annotated_units("migrant-worker-wage-payment-regulation-2019")
    heads = [r for r in records if r["unit"] == "art-59.p1" and r["label"] == "TARGET"
             and texts["art-59.p1"][r["end"]:r["end"] + 3] == "负责人"]
    assert heads == []
    assert any(r["text"] == "负责人" for r in records if r["unit"] == "art-59.p1" and r["label"] == "TARGET")
    # the information providers and the platform centre are information handlers
    kinds = {r["text"]: r["norm"] for r in spans(annotated_units, "shanghai-social-credit-regulation-2017", "art-51.p1", "TARGET")}
    assert kinds.get("市公共信用信息服务中心") == "information-handler"


def test_dropped_measures_leave_the_docs_too(corpus):
    # the DocBin export carries the same MEASURE spans as the standoff records
    units = annotatable_units(corpus.documents("zh")["shanghai-social-credit-regulation-2017"])
    records, docs = annotate_units(units, "zh", "shanghai-social-credit-regulation-2017", keep_docs=True)
    by_unit = {doc.user_data["unit"]: doc for doc in docs}
    assert not [s for s in by_unit["art-28.p1.i2"].spans["xinyong"] if s.label_ == "MEASURE"]
    in_docs = sum(1 for doc in docs for s in doc.spans["xinyong"] if s.label_ == "MEASURE")
    assert in_docs == sum(1 for r in records if r["label"] == "MEASURE") > 0


def test_party_after_将_or_described_and_never_the_collector(annotated_units):
    # 将不应当列入…名单的信用主体列入…名单: both listings fall on the credit subject
    listings = [r for r in spans(annotated_units, "henan-social-credit-regulation-2019", "art-66.p1", "MEASURE")
                if r["norm"] == "list-inclusion"]
    assert [r["target"] for r in listings] == [["信用主体"], ["信用主体"]]
    # 执法人员可以当场收缴罚款: the officer collects the fine, nobody is fined by him here
    collected = [r for r in spans(annotated_units, "administrative-penalty-law-2021", "art-68.p1", "MEASURE")
                 if r["norm"] == "fine"]
    assert collected and all("执法人员" not in (r.get("target") or []) for r in collected)
