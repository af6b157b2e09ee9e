"""The site's views of the analyses, without a browser: reuse direction by date, the network
drawing, keyness caveats and the search worker correction."""
from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def reuse_pairs(corpus):
    from xinyong.analyze.data import AnnotatedCorpus
    from xinyong.analyze.reuse import find_reuse, local_articles

    return find_reuse(local_articles(AnnotatedCorpus(corpus, Path("unused"))))


def test_order_by_date_reads_full_dates_and_bare_years():
    from xinyong.site.analysis_views import order_by_date

    assert order_by_date("2017-06-23", "2019-11-29") == -1
    assert order_by_date("2019-11-29", "2017-06-23") == 1
    assert order_by_date("2016", "2017-01-01") == -1  # different years order even when one is a bare year
    assert order_by_date("2017", "2017-06-23") == 0  # same year, one without month: cannot tell
    assert order_by_date(None, "2017-06-23") == 0
    assert order_by_date("2020-01-01", "2020-01-01") == 0


def test_reuse_pairs_of_the_real_corpus_run_from_earlier_to_later(reuse_pairs, corpus):
    from xinyong.site.analysis_views import document_date, reuse_direction

    assert len(reuse_pairs) > 20
    backwards = 0
    for pair in reuse_pairs:
        way = reuse_direction(pair, corpus.catalog)
        assert way["ordered"]  # the four local regulations all carry full, distinct dates
        assert way["earlier_date"] < way["later_date"]
        assert {way["earlier"], way["later"]} == {pair["doc_a"], pair["doc_b"]}
        assert way["earlier_date"] == document_date(corpus.catalog[way["earlier"]])
        backwards += way["earlier"] != pair["doc_a"]
    assert backwards > 0  # the analysis' alphabetical order is not the order in time


def test_reuse_direction_says_so_when_dates_cannot_order(corpus):
    from xinyong.site.analysis_views import reuse_direction

    catalog = {"a": {"date_issued": None, "date_effective": None, "date_published": None},
               "b": {"date_issued": "2019-01-01"}}
    way = reuse_direction({"doc_a": "a", "unit_a": "art-1", "doc_b": "b", "unit_b": "art-2"}, catalog)
    assert not way["ordered"] and (way["earlier"], way["later"]) == ("a", "b")


def test_network_drawing_labels_every_node_and_escapes_titles():
    from xinyong.analyze.network import layered_svg

    graph = {"nodes": [
        {"id": "law-a", "label": "Law <A> & more", "title_zh": "法", "level": "central", "year": 2010, "has_text": True},
        {"id": "reg-b", "label": "Regulation B", "title_zh": "", "level": "provincial", "year": 2017, "has_text": False},
        {"id": "unresolved:《某法》", "label": "《某法》", "title_zh": "《某法》", "level": "unresolved", "year": 0,
         "has_text": False}],
        "links": [{"source": "reg-b", "target": "law-a", "kind": "cites"},
                  {"source": "reg-b", "target": "unresolved:《某法》", "kind": "citation"}]}
    svg = layered_svg(graph, "A <test>")
    assert svg.count("<a href=") == 3 and svg.count("marker-end") == 2
    assert "Law &lt;A&gt; &amp; more" in svg and "<A>" not in svg and "A &lt;test&gt;" in svg
    assert 'href="../analyses/citations.html#node-unresolved-1"' in svg and "#node-reg-b" in svg
    assert "\n\n" not in svg  # safe to inline in a Markdown HTML block


def test_keyness_caveat_names_kinds_found_on_one_side_only():
    from xinyong.site.analysis_views import keyness_caveat

    kinds = {"a1": "law", "a2": "local-regulation", "b1": "local-regulation", "b2": "judicial-interpretation"}
    result = {"docs_a": ["a1", "a2"], "docs_b": ["b1", "b2"]}
    caveat = keyness_caveat(result, lambda doc: {"type": kinds[doc]})
    assert "judicial-interpretation, law" in caveat and "only 2 documents" in caveat
    same = {"docs_a": ["x1", "x2", "x3", "x4", "x5"], "docs_b": ["y1", "y2", "y3", "y4", "y5"]}
    assert keyness_caveat(same, lambda doc: {"type": "local-regulation"}) == ""


def test_search_worker_patch_reaches_the_end_of_the_query(tmp_path):
    from xinyong.site.search_fix import FULL_LOOP, SHORT_LOOP, patch_search_worker

    import material

    installed = sorted((Path(material.__file__).parent / "templates" / "assets" / "javascripts" / "workers")
                       .glob("search.*.min.js"))
    assert installed and SHORT_LOOP in installed[0].read_text(encoding="utf-8")  # the theme we ship with
    workers = tmp_path / "assets" / "javascripts" / "workers"
    workers.mkdir(parents=True)
    (workers / installed[0].name).write_text(installed[0].read_text(encoding="utf-8"), encoding="utf-8")
    assert patch_search_worker(tmp_path)
    patched = (workers / installed[0].name).read_text(encoding="utf-8")
    assert FULL_LOOP in patched and SHORT_LOOP not in patched
    assert patch_search_worker(tmp_path)  # idempotent
    (workers / installed[0].name).write_text("unknown worker", encoding="utf-8")
    assert not patch_search_worker(tmp_path)
