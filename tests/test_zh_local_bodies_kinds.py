"""Chinese local bodies (AGENCY) and parties (TARGET) by kind, added on the second development batch
(issue 19, corpus/gold/dev-zh/dev2-*), on sentences written for these tests: each group is one kind of
wording, with cases the batch does not hold (corpus/gold/heldout and the validation set are never read
here)."""
from __future__ import annotations

import pytest

from xinyong.annotate.finders import find_agencies, find_targets
from xinyong.annotate.resources import build_resources
from xinyong.locations import corpus_dir


@pytest.fixture(scope="module")
def resources():
    return build_resources("zh", corpus_dir())


@pytest.fixture(scope="module")
def agencies(resources):
    def run(text: str) -> list[tuple[str, str]]:
        return [(text[start:end], norm) for start, end, _, norm in find_agencies(text, resources)]

    return run


@pytest.fixture(scope="module")
def targets(resources):
    def run(text: str) -> list[tuple[str, str]]:
        return [(text[start:end], kind) for start, end, _, kind in find_targets(text, resources)]

    return run


# --- organs a statute names by their function (登记管理机关, 统计机构, 纪检监察机关) ---------------

@pytest.mark.parametrize("text, body", [
    ("社会团体未按规定报送年度工作报告的，由登记管理机关责令改正。", "登记管理机关"),
    ("社会组织登记管理机关应当建立信用档案。", "社会组织登记管理机关"),
    ("县级以上地方人民政府统计机构依法查处统计违法行为。", "县级以上地方人民政府统计机构"),
    ("涉嫌违纪的，移送纪检监察机关处理。", "纪检监察机关"),
    ("市监察委员会依法调查职务违法。", "市监察委员会"),
])
def test_an_organ_named_by_its_statutory_function_is_a_local_department(agencies, targets, text, body):
    assert (body, "local:department") in agencies(text)
    # acting or receiving, it is also a party
    assert (body, "government-body") in targets(text)


def test_a_statutory_organ_inside_a_compound_is_an_agency_but_no_party(agencies, targets):
    text = "登记管理机关工作人员滥用职权的，依法给予处分。"
    assert ("登记管理机关", "local:department") in agencies(text)
    assert "登记管理机关" not in [found for found, _ in targets(text)]


def test_an_institution_of_an_unsupervising_function_stays_no_agency(agencies):
    # 机构 names a state body only after a supervising or statistical function: 教育机构 is a school
    assert agencies("教育机构和医疗机构应当公示收费标准。") == []
