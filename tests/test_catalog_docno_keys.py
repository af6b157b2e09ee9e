"""Document numbers resolve to catalog ids under one key (catalog.docno_key, issue 16): the catalog and
the annotations spell one number differently (第九十一号 / 第91号, 公告2014年第40号 / 公告〔2014〕第40号), a
number the catalog does not hold stays unresolved, and a malformed number neither resolves nor crashes."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from xinyong.analyze.citations import citation_graph
from xinyong.annotate.pipeline import annotate_units
from xinyong.catalog import docno_key, load_catalog

PIPL = "personal-information-protection-law-2021"
TAX_MEASURES = "tax-credit-management-measures-2014"


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def docno_ids(catalog):
    return catalog.docno_ids()


def resolved(number: str, docno_ids: dict[str, str]) -> str | None:
    return docno_ids.get(docno_key(number))


def test_the_catalogued_and_the_canonical_spelling_of_one_number_resolve_alike(catalog, docno_ids):
    # as the catalog writes them, and as the annotator's canonical DOCNO has them
    assert catalog[PIPL]["doc_number"] == "中华人民共和国主席令第九十一号"
    for number in ("中华人民共和国主席令第九十一号", "中华人民共和国主席令第91号", "中华人民共和国主席令 第 91 号"):
        assert resolved(number, docno_ids) == PIPL, number
    assert catalog[TAX_MEASURES]["doc_number"] == "国家税务总局公告2014年第40号"
    for number in ("国家税务总局公告2014年第40号", "国家税务总局公告〔2014〕第40号", "国家税务总局公告[2014]第40号",
                   "国家税务总局公告二〇一四年第四十号"):
        assert resolved(number, docno_ids) == TAX_MEASURES, number
    assert resolved("国家税务总局公告〔2025〕第12号", docno_ids) == "tax-fee-payment-credit-measures-2025"
    assert resolved("中华人民共和国主席令第106号", docno_ids) == "civil-procedure-law-2021"  # 第一〇六号
    # a year in other brackets or in Chinese digits, full-width digits, 第 before a code's number
    for number in ("国发〔2014〕21号", "国发[2014]21号", "国发（2014）21号", "国发〔二〇一四〕21号", "国发〔２０１４〕２１号",
                   "国发〔2014〕第21号"):
        assert resolved(number, docno_ids) == "planning-outline-2014", number


def test_the_key_of_a_canonical_number_is_the_number_itself(catalog):
    for number in ("国发〔2014〕21号", "国务院令第631号", "中华人民共和国主席令第91号", "国家税务总局公告〔2014〕第40号",
                   "中国人民银行令〔2005〕第3号"):
        assert docno_key(number) == number
    for entry in catalog:
        if entry.get("doc_number"):
            assert docno_key(docno_key(entry["doc_number"])) == docno_key(entry["doc_number"]), entry["id"]


def test_a_number_the_catalog_does_not_hold_does_not_resolve(docno_ids):
    for number in ("国务院令第735号", "中华人民共和国主席令第92号", "中华人民共和国主席令第九十二号", "国家税务总局公告〔2014〕第41号",
                   "国家税务总局公告2015年第40号", "国家税务总局令第40号", "国发〔2015〕21号"):
        assert resolved(number, docno_ids) is None, number


def test_a_malformed_number_neither_resolves_nor_crashes(docno_ids):
    for number in ("", " ", "号", "第号", "第十十号", "中华人民共和国主席令第十十号", "中华人民共和国主席令第九十一一号", "国务院令第五二十〇号",
                   "国家税务总局公告2014年第号", "〔2014〕", "〔二〇一四〕第号", "Order No. 5", "GB 32100-2015x"):
        assert resolved(number, docno_ids) is None, number
    assert docno_key("国务院令第十十号") == "国务院令第十十号"  # not a number: kept as written


def test_the_annotator_keeps_a_malformed_chinese_numeral_as_written():
    found, _ = annotate_units([("u1", "依照国务院令第十十号公布。"), ("u2", "依照国务院令第五二十〇号公布。"),
                               ("u3", "依照中华人民共和国主席令第九十一号公布。")], "zh", "test")
    assert [(r["text"], r["norm"]) for r in found if r["label"] == "DOCNO"] == [
        ("国务院令第十十号", "国务院令第十十号"), ("国务院令第五二十〇号", "国务院令第五二十〇号"),
        ("中华人民共和国主席令第九十一号", "中华人民共和国主席令第91号")]


def test_an_english_title_resolves_by_the_announcement_number_after_it():
    text = "the Measures for Widget Credit (SAT Announcement No. 40 of 2014) apply, not (SAT Announcement No. 41 of 2014)"
    found, _ = annotate_units([("u", text)], "en", "test")
    assert [(r["label"], r["norm"]) for r in found if r["label"] in ("CITATION", "DOCNO")] == [
        ("CITATION", TAX_MEASURES), ("DOCNO", "国家税务总局公告〔2014〕第40号"), ("DOCNO", "国家税务总局公告〔2014〕第41号")]


def test_the_citation_network_resolves_both_spellings(catalog):
    citing = "shanghai-social-credit-regulation-2017"
    norms = ["中华人民共和国主席令第91号", "国家税务总局公告〔2014〕第40号", "国务院令第735号"]
    records = [{"label": "DOCNO", "norm": norm, "text": norm, "unit": f"art-{i}"} for i, norm in enumerate(norms, 1)]
    data = SimpleNamespace(corpus=SimpleNamespace(catalog=catalog, english=lambda _doc: None),
                           meta=lambda _doc: {"year": None},
                           documents=lambda lang: {citing: None} if lang == "zh" else {},
                           annotations=lambda doc, _lang: records if doc == citing else [])
    graph, unresolved = citation_graph(data)
    assert {target for _, target, kind in graph.out_edges(citing, keys=True) if kind == "docno"} == {
        PIPL, TAX_MEASURES, "unresolved:国务院令第735号"}
    assert [row["text"] for row in unresolved] == ["国务院令第735号"]
