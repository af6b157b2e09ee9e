"""The memoranda agency network, on the real catalog."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from itertools import combinations

import networkx as nx
import pytest

from xinyong.analyze import run
from xinyong.analyze.mou_network import growth_rows, mou_entries, mou_graph, signatory_rows


@pytest.fixture(scope="module")
def catalog(corpus):
    return corpus.catalog


def test_every_signatory_is_a_node_with_its_count(catalog):
    mous = [e for e in catalog if e["type"] == "mou"]
    assert len(mou_entries(catalog)) == len(mous) >= 7
    graph = mou_graph(catalog)
    signed = {}
    for entry in mous:
        for agency in entry["issuers"]:
            signed[agency] = signed.get(agency, 0) + 1
    assert {n: graph.nodes[n]["mous"] for n in graph} == signed
    # the NDRC leads (is listed first on) every memorandum in the catalog
    assert graph.nodes["ndrc"]["leads"] == sum(1 for e in mous if e["issuers"][0] == "ndrc")
    assert signatory_rows(graph)[0]["mous"] == max(signed.values())


def test_edge_weights_count_the_shared_memoranda(catalog):
    mous = [e for e in catalog if e["type"] == "mou"]
    graph = mou_graph(catalog)
    for a, b in combinations(sorted(graph), 2):
        shared = sorted(e["id"] for e in mous if a in e["issuers"] and b in e["issuers"])
        if shared:
            assert graph[a][b]["weight"] == len(shared)
            assert graph[a][b]["mous"].split() == shared
        else:
            assert not graph.has_edge(a, b)
    # the judgment-debtor memorandum joins the SPC and the NDRC
    assert "judgment-debtor-joint-punishment-mou-2016" in graph["ndrc"]["spc"]["mous"].split()


def test_growth_adds_up(catalog):
    rows = growth_rows(catalog)
    dated = [e for e in mou_entries(catalog) if e.get("date_issued") or e.get("date_published")]
    assert rows[0]["year"] == 2014
    assert [r["year"] for r in rows] == list(range(rows[0]["year"], rows[-1]["year"] + 1))
    assert rows[-1]["mous_total"] == len(dated) == sum(r["mous"] for r in rows)
    assert rows[-1]["agencies_total"] == len({a for e in dated for a in e["issuers"]})
    assert rows[-1]["pairs_total"] == sum(r["new_pairs"] for r in rows)


def test_outputs_are_readable_and_byte_stable(corpus, tmp_path):
    first = run("mou-network", corpus, tmp_path / "a")
    run("mou-network", corpus, tmp_path / "b")
    for name in first["files"]:
        assert (tmp_path / "a" / "analysis" / name).read_bytes() == (tmp_path / "b" / "analysis" / name).read_bytes(), name
    folder = tmp_path / "a" / "analysis"
    graph = nx.read_graphml(folder / "mou-network.graphml")  # read back by the client that uses it
    assert set(graph) == set(mou_graph(corpus.catalog))
    assert int(graph.nodes["ndrc"]["mous"]) == mou_graph(corpus.catalog).nodes["ndrc"]["mous"]
    payload = json.loads((folder / "mou-network.json").read_text(encoding="utf-8"))
    assert {n["id"] for n in payload["nodes"]} == set(graph)
    assert len(payload["links"]) == graph.number_of_edges()
    svg = ET.parse(folder / "mou-network.svg").getroot()
    texts = "".join(svg.itertext())
    assert "NDRC" in texts and "SPC" in texts


def test_site_page_shows_the_network_and_escapes_titles(corpus, tmp_path):
    from xinyong.analyze.data import AnnotatedCorpus
    from xinyong.site.pages import SiteBuilder
    from xinyong.site.pages.analyses import analysis_pages
    from xinyong.site.pages.analysis_tables import mou_table

    run("mou-network", corpus, tmp_path)
    builder = SiteBuilder(AnnotatedCorpus(corpus, tmp_path), tmp_path)
    pages = {p.path: p for p in analysis_pages(builder)}
    page = pages["analyses/mou-network.md"]
    assert 'src="../analysis/mou-network.svg"' in page.body
    assert "mou-network.graphml" in page.body and "mou-pairs.csv" in page.body
    # every catalogued memorandum is listed and linked to its document page
    for entry in mou_entries(corpus.catalog):
        assert f'href="../docs/{entry["id"]}.html"' in page.body
    assert "mou-network.html" in pages["analyses/index.md"].body
    from xinyong.site import NAV

    assert "analyses/mou-network.md" in next(item["Analyses"] for item in NAV if "Analyses" in item)
    row = {"doc": "judgment-debtor-joint-punishment-mou-2016", "year": 2016, "doc_number": "<b>1</b>",
           "title_en": "<script>alert(1)</script>", "signatories": 1, "issuers": "ndrc"}
    table = mou_table(builder, [row], builder.doc_hrefs("analyses/mou-network.md"))
    assert "<script>" not in table and "&lt;script&gt;" in table and "&lt;b&gt;1" in table


def test_methodology_page_reports_provenance(corpus, tmp_path):
    from xinyong.analyze.data import AnnotatedCorpus
    from xinyong.provenance import provenance_report
    from xinyong.site.pages import SiteBuilder

    builder = SiteBuilder(AnnotatedCorpus(corpus, tmp_path), tmp_path)
    body = builder.page("methodology.md").body
    report = provenance_report(corpus.catalog)
    assert 'id="provenance"' in body
    assert f"{report.with_source_url} of {report.entries} entries" in body
    assert f"<td>weak</td><td>{report.by_strength.get('weak', 0)}</td>" in body
