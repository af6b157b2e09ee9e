"""The held-out documents (corpus/gold/heldout): whole Chinese documents annotated blind to the
rules, loaded apart from the unit-level split and scored as their own split."""
from __future__ import annotations

import shutil

import pytest
import yaml
from click.testing import CliRunner

from conftest import ROOT

HELDOUT = ROOT / "corpus" / "gold" / "heldout"
DOCUMENTS = {"enterprise-information-publicity-regulation-2014", "shandong-social-credit-regulation-2020",
             "optimizing-business-environment-regulation-2019"}


@pytest.fixture(scope="module")
def heldout(corpus):
    from xinyong.annotate.evaluate import load_heldout_gold

    return load_heldout_gold(corpus)


def test_every_unit_of_each_document_is_annotated_and_matches_the_current_text(corpus, heldout):
    from xinyong.annotate.evaluate import unit_sha

    assert {u.doc for u in heldout.units} == DOCUMENTS
    for doc_id in DOCUMENTS:
        parsed = corpus.documents("zh")[doc_id]
        wanted = {u.id for u in parsed.units if u.kind != "article" and u.text.strip()}
        assert {u.unit for u in heldout.units if u.doc == doc_id} == wanted
        texts = {u.id: u.text for u in parsed.units}
        data = yaml.safe_load((HELDOUT / f"{doc_id}.zh.yaml").read_text(encoding="utf-8"))
        for unit_id, entry in data["units"].items():
            assert entry["sha"] == unit_sha(texts[unit_id]), unit_id


def test_span_texts_lie_in_their_units_and_term_is_left_out(heldout):
    for unit in heldout.units:
        assert unit.split == "heldout"
        for start, end, label, norm in unit.spans:
            assert 0 <= start < end <= len(unit.text)
            assert label != "TERM"
    labels = {s[2] for u in heldout.units for s in u.spans}
    assert {"AGENCY", "TARGET", "MEASURE", "DATE", "OBLIGATION", "PROHIBITION", "PERMISSION"} <= labels


def test_local_bodies_and_sanctioned_parties_are_annotated(heldout):
    agencies = {(u.text[s[0]:s[1]], s[3]) for u in heldout.units for s in u.spans if s[2] == "AGENCY"}
    assert ("县级以上人民政府发展改革部门", "local:credit-department") in agencies
    assert ("国务院工商行政管理部门", "saic") in agencies
    fines = {k: v for k, v in heldout.parties.items() if k[:2] == ("shandong-social-credit-regulation-2020", "art-57.p1")}
    assert fines and all(parties == ("信用服务机构",) for parties in fines.values())
    # a list item's party is named in the paragraph that introduces the list
    assert heldout.parties[next(k for k in heldout.parties if k[:2] == (
        "shandong-social-credit-regulation-2020", "art-30.p1.i6"))] == ("信用主体",)


def test_the_unit_level_gold_never_reads_the_heldout_folder(corpus):
    from xinyong.annotate.evaluate import load_gold

    assert not {u.doc for u in load_gold(corpus) if u.lang == "zh"} & DOCUMENTS


def test_a_sanctioned_party_missing_from_its_provision_is_error_e140(corpus, tmp_path):
    from xinyong.annotate.evaluate import load_heldout_gold
    from xinyong.errors import ProblemList

    source = HELDOUT / "shandong-social-credit-regulation-2020.zh.yaml"
    text = source.read_text(encoding="utf-8").replace(
        'n: "fine", target: "信用服务机构"', 'n: "fine", target: "失信被执行人"', 1)
    (tmp_path / source.name).write_text(text, encoding="utf-8")
    with pytest.raises(ProblemList) as raised:
        load_heldout_gold(corpus, tmp_path)
    assert raised.value.code == "E140" and source.name in str(raised.value) and "失信被执行人" in str(raised.value)
    shutil.rmtree(tmp_path)


def test_heldout_evaluation_runs_and_reports_na_where_there_is_no_gold(corpus):
    from xinyong.annotate.evaluate import evaluate_heldout

    result = evaluate_heldout(corpus)
    rows = {r["label"]: r for r in result["rows"]}
    assert result["units"]["zh"]["documents"] == 3
    assert rows["TERM"]["f1"] is None and rows["TERM"]["note"].startswith("n/a")
    assert rows["CITATION"]["support"] == 0 and rows["CITATION"]["overlap_f1"] is None
    assert rows["MEASURE"]["support"] == 53 and 0.0 <= rows["MEASURE"]["overlap_f1"] <= 1.0
    assert rows["AGENCY"]["support"] == 111 and rows["AGENCY"]["note"] == ""
    party = result["sanctioned_party"]
    assert party["gold_measures_with_party"] == 49
    assert 0 <= party["strict_right"] <= party["measures_found"] <= 49
    assert party["strict_accuracy"] == round(party["strict_right"] / 49, 3)
    assert 0 <= party["lenient_right"] <= party["measures_found"] <= 49


def test_cli_refuses_differences_on_the_heldout_split():
    from xinyong.cli import main

    outcome = CliRunner().invoke(main, ["evaluate", "--split", "heldout", "--differences", "MEASURE"])
    assert outcome.exit_code == 2 and "E141" in outcome.output


def test_a_long_span_written_head_tail_is_located_from_head_to_tail():
    from xinyong.annotate.evaluate import _locate

    text = "对失信主体，限制参加政府采购、招标投标等活动；限制参加政府采购、政府投资项目等公共资源交易活动。"
    assert _locate(text, {"t": "限制参加政府采购…等活动"}) == (6, 22)
    second = _locate(text, {"t": "限制参加政府采购…交易活动", "k": 2})
    assert text[second[0]:second[1]] == "限制参加政府采购、政府投资项目等公共资源交易活动"
    assert "no '不存在' after" in _locate(text, {"t": "限制参加…不存在"})


def test_no_gold_file_quotes_a_long_stretch_of_an_original():
    """GUIDELINES.md: spans of 30 characters or more in the Chinese gold are written head…tail."""
    long_spans = []
    for path in sorted((ROOT / "corpus" / "gold").rglob("*.zh.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for unit_id, entry in (data.get("units") or {}).items():
            long_spans += [(path.name, unit_id, s["t"]) for s in entry.get("spans") or []
                           if len(str(s["t"])) >= 30 and "…" not in str(s["t"])]
    assert long_spans == []
