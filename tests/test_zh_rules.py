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
