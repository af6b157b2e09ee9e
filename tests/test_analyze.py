"""Analyses on the real corpus, checked against numbers computed independently."""
from __future__ import annotations

import csv
import json
import math
import re
from collections import Counter

import pytest

from xinyong.analyze.concordance import concordance
from xinyong.analyze.keyness import keyness, log_likelihood
from xinyong.analyze.reuse import find_reuse, local_articles
from xinyong.structure import parse_file


def test_concordance_finds_every_occurrence_with_the_aligned_english(annotated, sources):
    rows = concordance(annotated, "联合惩戒")
    expected = 0
    for path in (sources / "zh").glob("*.md"):
        body = path.read_text(encoding="utf-8").split("<!-- INFO END -->", 1)[1]
        expected += body.count("联合惩戒")
    assert len(rows) == expected > 10
    for row in rows:
        assert row["hit"] == "联合惩戒" and row["aligned"]
        assert "joint punishment" in row["aligned"].lower()


def test_concordance_of_a_glossary_id_searches_both_languages_and_filters(annotated):
    rows = concordance(annotated, "joint-punishment")
    assert {r["lang"] for r in rows} == {"zh", "en"}
    local = concordance(annotated, "joint-punishment", level="provincial")
    assert local and all(r["level"] == "provincial" for r in local)
    recent = concordance(annotated, "联合惩戒", year_from=2020)
    assert recent and all(r["year"] >= 2020 for r in recent)


def test_log_likelihood_matches_a_hand_computation():
    # a=10 in 1000 tokens, b=2 in 1000: E1 = E2 = 6; G2 = 2(10 ln(10/6) + 2 ln(2/6))
    expected = 2 * (10 * math.log(10 / 6) + 2 * math.log(2 / 6))
    assert log_likelihood(10, 2, 1000, 1000) == pytest.approx(expected)
    rows = keyness(Counter({"x": 10, "y": 990}), Counter({"x": 2, "y": 998}), min_count=1)
    row = next(r for r in rows if r["item"] == "x")
    assert row["ll"] == pytest.approx(expected, abs=1e-3)
    assert row["pct_diff"] == pytest.approx(400.0)
    assert row["log_ratio"] == pytest.approx(math.log2(5), abs=1e-3)


def test_keyness_output_local_vs_central(built):
    result = json.loads((built / "analysis" / "keyness-local-vs-central-zh-terms.json").read_text(encoding="utf-8"))
    assert set(result["docs_a"]) == {"shanghai-social-credit-regulation-2017", "henan-social-credit-regulation-2019",
                                     "shandong-social-credit-regulation-2020", "shenzhen-social-credit-regulation-2022"}
    top = [r["item"] for r in result["rows"][:10]]
    assert "credit-subject" in top  # a term of the local regulations, absent from the central laws


def test_deontic_counts_equal_the_modal_words(annotated, built, sources):
    rows = list(csv.DictReader((built / "analysis" / "deontic.csv").open(encoding="utf-8")))
    row = next(r for r in rows if r["doc"] == "spc-high-consumption-restrictions-2010" and r["lang"] == "zh")
    original = (sources / "zh" / "spc-high-consumption-restrictions-2010.md").read_text(encoding="utf-8")
    body = original.split("<!-- INFO END -->")[1]
    outside_titles = re.sub(r"《[^》]*》", "", body)
    assert int(row["obligation"]) == outside_titles.count("应当") + outside_titles.count("必须")
    assert int(row["prohibition"]) == sum(outside_titles.count(w) for w in ("不得", "禁止", "严禁", "不准", "不许"))


def test_measures_matrix_lists_the_high_consumption_provisions(built):
    rows = json.loads((built / "analysis" / "measures.json").read_text(encoding="utf-8"))
    row = next(r for r in rows if r["measure"] == "private-school-restriction"
               and r["doc"] == "spc-high-consumption-restrictions-2010")
    assert row["units"] == ["art-3.p1.i7"]
    assert "judgment-debtor" in row["targets"]  # from the lead-in paragraph of the list
    assert (built / "analysis" / "measures.svg").read_text(encoding="utf-8").startswith("<?xml")


def test_citation_network_has_resolved_and_unresolved_citations(built):
    graph = json.loads((built / "analysis" / "citations.json").read_text(encoding="utf-8"))
    edges = {(link["source"], link["target"], link["kind"]) for link in graph["links"]}
    assert ("spc-high-consumption-restrictions-2010", "civil-procedure-law-2007", "citation") in edges
    assert ("spc-dishonest-judgment-debtor-list-2017", "spc-dishonest-judgment-debtor-list-2013", "amends") in edges
    # a bare title cites the version in force at the citing document's date (issue 19)
    assert ("administrative-penalty-law-2021", "civil-procedure-law-2017", "citation") in edges
    assert ("civil-procedure-law-2023", "civil-procedure-law-2021", "amends") in edges
    unresolved = [n for n in graph["nodes"] if not n["resolved"]]
    assert any("公司法" in n["label"] for n in unresolved)
    import networkx as nx

    loaded = nx.read_graphml(built / "analysis" / "citations.graphml")
    assert loaded.has_edge("spc-high-consumption-restrictions-2010", "civil-procedure-law-2007")


def test_timeline_counts_the_catalog(built, corpus):
    rows = list(csv.DictReader((built / "analysis" / "timeline.csv").open(encoding="utf-8")))
    dated = [e for e in corpus.catalog if e.get("date_issued") or e.get("date_effective") or e.get("date_published")]
    assert len(rows) == len(dated)


def test_text_reuse_finds_a_planted_copy_and_not_unrelated_articles(annotated):
    documents = local_articles(annotated)
    original = dict(documents["shanghai-social-credit-regulation-2017"])["art-30"]
    # a light edit: another city's name, one phrase dropped, one word changed
    edited = original.replace("行政机关", "本省行政机关").replace("就相关联的事项", "").replace("惩戒措施", "约束措施")
    assert edited != original
    unrelated = dict(documents["henan-social-credit-regulation-2019"])["art-1"]
    planted = {"shanghai": documents["shanghai-social-credit-regulation-2017"],
               "test-province": [("art-1", edited), ("art-2", "本条例所称农业机械，是指用于农业生产的机械设备及其配件，"
                                                            "包括拖拉机、收割机和排灌机械等各类设备。"),
                                 ("art-3", unrelated)]}
    pairs = find_reuse(planted)
    found = {(p["unit_a"], p["unit_b"]) for p in pairs if {p["doc_a"], p["doc_b"]} == {"shanghai", "test-province"}}
    assert ("art-30", "art-1") in found
    assert not any(b == "art-2" for _, b in found)


def test_text_reuse_on_the_real_regulations_reports_scores(built):
    rows = json.loads((built / "analysis" / "reuse.json").read_text(encoding="utf-8"))
    assert rows and all(0 <= r["similarity"] <= 1 for r in rows)
    assert all(r["kind"] in ("copied", "adapted", "contained") for r in rows)


def test_provincial_comparison_links_articles(built, sources):
    result = json.loads((built / "analysis" / "provinces.json").read_text(encoding="utf-8"))
    assert len(result["columns"]) == 4
    repair = next(r for r in result["rows"] if r["feature"] == "credit-repair")
    shanghai = repair["shanghai-social-credit-regulation-2017"]
    document = parse_file(sources / "zh" / "shanghai-social-credit-regulation-2017.md")
    # Every article whose text names credit repair (信用修复) must be in the cell.
    article_with_repair = sorted({u.id.split(".")[0] for u in document.units if "信用修复" in u.text})
    assert article_with_repair and set(article_with_repair) <= set(shanghai), (article_with_repair, shanghai)


def test_analyze_cli_concordance(built, monkeypatch):
    from click.testing import CliRunner

    from xinyong.cli import main

    monkeypatch.setenv("XINYONG_BUILD", str(built))
    result = CliRunner().invoke(main, ["concordance", "--term", "限制高消费", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(result.stdout.splitlines()))
    assert rows and all(r["hit"] == "限制高消费" for r in rows)
    # the old spelling, kept for one release: the same rows, and a warning on stderr
    old = CliRunner().invoke(main, ["analyze", "concordance", "--term", "限制高消费", "--format", "csv"])
    assert old.exit_code == 0 and old.stdout == result.stdout
    assert "deprecated" in old.stderr and "xinyong concordance" in old.stderr
