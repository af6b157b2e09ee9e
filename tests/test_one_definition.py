"""One definition per concept (issue 17): a document's date, the measure and target lists, read
through one function each by every consumer."""
from __future__ import annotations

import yaml

from xinyong.catalog import document_date, load_catalog, load_measures, load_targets
from xinyong.locations import corpus_dir


def test_the_document_date_prefers_issued_then_published_then_effective():
    entries = {e["id"]: e for e in load_catalog()}
    # real entries: one with all three, one released before it came into force, one with only an
    # entry into force, one the catalog leaves undated
    dated = next(e for e in entries.values() if e.get("date_issued") and e.get("date_effective"))
    assert document_date(dated) == dated["date_issued"]
    notice = entries["administrative-penalty-credit-repair-notice-2019"]
    dates = (notice.get("date_issued"), notice["date_published"], notice["date_effective"])
    assert dates == (None, "2019-05-14", "2019-07-01")
    assert document_date(notice) == "2019-05-14"
    assert document_date(entries["caac-civil-aviation-credit-measures-2017"]) == "2018-01-01"
    assert document_date(entries["guizhou-social-credit-regulation"]) is None


def test_citations_timeline_and_meta_give_the_same_date(corpus):
    from xinyong.analyze.data import AnnotatedCorpus
    from xinyong.analyze.timeline import timeline_rows
    from xinyong.citation import citation_fields

    data = AnnotatedCorpus(corpus, corpus_dir().parent / "build")
    rows = {r["doc"]: r for r in timeline_rows(data)}
    for entry in corpus.catalog:
        date = document_date(entry)
        assert citation_fields(entry, [], "https://example.org/")["date"] == date
        assert data.meta(entry["id"])["year"] == (int(date[:4]) if date else None)
        if date:
            assert rows[entry["id"]]["date"] == date


def test_measures_and_targets_are_loaded_once_into_the_corpus(corpus):
    raw_measures = yaml.safe_load((corpus_dir() / "measures.yaml").read_text(encoding="utf-8"))
    raw_targets = yaml.safe_load((corpus_dir() / "targets.yaml").read_text(encoding="utf-8"))
    assert list(corpus.measures) == [m["id"] for m in raw_measures]  # taxonomy order kept
    assert list(corpus.targets) == [t["id"] for t in raw_targets]
    assert corpus.measures == load_measures() and corpus.targets == load_targets()
    assert corpus.measures["high-consumption-restriction"]["kind"] == "punishment"


def test_the_measures_matrix_follows_the_corpus_taxonomy(corpus):
    from xinyong.analyze.measures import matrix

    order = list(corpus.measures)
    rows = [{"measure": order[3], "doc": "b", "count": 2}, {"measure": order[0], "doc": "a", "count": 5}]
    measures, documents, values = matrix(rows, order)
    assert measures == [order[0], order[3]] and documents == ["a", "b"]
    assert values == [[5, 0], [0, 2]]
    assert matrix(rows) == (measures, documents, values)


def test_the_site_dates_documents_by_the_same_rule(corpus, tmp_path):
    """The document page's facts line, the reuse direction and the site's measures read the shared
    definitions (a notice released on 2019-05-14 that came into force on 2019-07-01)."""
    from xinyong.analyze.data import AnnotatedCorpus
    from xinyong.site.analysis_views import reuse_direction
    from xinyong.site.document_views import facts_line
    from xinyong.site.pages import SiteBuilder

    notice_id = "administrative-penalty-credit-repair-notice-2019"
    notice = corpus.catalog[notice_id]
    assert "dated 2019-05-14" in facts_line(notice, corpus.agencies)
    june = dict(corpus.catalog[notice_id], id="june", date_published="2019-06-20", date_effective=None)
    catalog = {notice_id: notice, "june": june}
    way = reuse_direction({"doc_a": "june", "unit_a": "art-1", "doc_b": notice_id, "unit_b": "art-2"}, catalog)
    assert (way["earlier"], way["earlier_date"], way["later"], way["ordered"]) == (notice_id, "2019-05-14", "june",
                                                                                   True)
    site = SiteBuilder(AnnotatedCorpus(corpus, tmp_path), tmp_path, "https://example.org/")
    assert site.measures is corpus.measures and site.targets is corpus.targets
