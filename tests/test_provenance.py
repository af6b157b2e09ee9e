"""Provenance figures: source strength of core facts, source_url and status shares."""
from __future__ import annotations

import copy
import json

from click.testing import CliRunner

from xinyong.catalog import load_catalog
from xinyong.provenance import entry_strength, fact_strengths, provenance_report, source_strength


def test_source_strength_uses_the_field_then_the_address():
    assert source_strength({"source": "http://example.com/a", "facts": ["x"], "strength": "weak"}) == "weak"
    assert source_strength({"source": "https://www.ndrc.gov.cn/x.html", "facts": ["x"]}) == "official"
    assert source_strength({"source": "http://credit.shaanxi.gov.cn/321/3640109.html", "facts": ["x"]}) == "official"
    assert source_strength({"source": "https://www.chinalawtranslate.com/en/x/", "facts": ["x"]}) == "established"
    assert source_strength({"source": "sources:zh/planning-outline-2014.md", "facts": ["x"]}) == "official"
    # a look-alike host is not a government site, and a bare index id is nothing
    assert source_strength({"source": "http://notgov.cn/x", "facts": ["x"]}) == "unrated"
    assert source_strength({"source": "github-index file id 1", "facts": ["x"]}) == "unrated"


def test_an_entry_is_as_strong_as_its_weakest_core_fact():
    catalog = load_catalog()
    entry = copy.deepcopy(catalog["listed-company-joint-punishment-mou-2015"])
    entry["verified_against"] = [
        {"source": "https://www.ndrc.gov.cn/a.html", "facts": ["title_zh", "doc_number", "issuers"]},
        {"source": "http://mirror.example/b", "facts": ["date_issued"], "strength": "weak"},
        {"source": "http://news.example/c", "facts": ["date_published", "date_issued"], "strength": "press"},
    ]
    assert fact_strengths(entry) == {"doc_number": "official", "date_issued": "press",
                                     "date_published": "press", "issuers": "official"}
    assert entry_strength(entry) == "press"
    entry["verified_against"] = entry["verified_against"][:2]  # date_published now rests on nothing
    assert fact_strengths(entry)["date_published"] == "unsupported"
    assert entry_strength(entry) == "unsupported"
    entry["date_published"] = None  # an unstated fact needs no source
    assert entry_strength(entry) == "weak"


def test_report_counts_the_real_catalog():
    catalog = load_catalog()
    report = provenance_report(catalog)
    assert report.entries == len(catalog)
    assert sum(report.by_strength.values()) == len(catalog)
    assert report.with_source_url == sum(1 for e in catalog if e["source_url"])
    assert report.with_known_status == sum(1 for e in catalog if e["status"] != "unknown")
    mous = [e for e in catalog if e["type"] == "mou"]
    assert all(report.weakest[e["id"]] in ("official", "established", "press", "weak") for e in mous)


def test_validate_report_prints_the_provenance_figures(sources):
    from xinyong.cli import main

    result = CliRunner().invoke(main, ["validate", "--report", "--sources", str(sources)])
    assert "entries by the strength of their weakest core fact" in result.output
    assert "with source_url" in result.output and "status known" in result.output
    result = CliRunner().invoke(main, ["validate", "--format", "json", "--sources", str(sources)])
    figures = json.loads(result.output)["provenance"]
    assert figures["entries"] == sum(figures["by_strength"].values())
    assert 0 <= figures["source_url_share"] <= 1


def test_a_real_mou_entry_is_rated_by_its_weakest_fact():
    entry = load_catalog()["financial-sector-joint-punishment-mou-2017"]
    # number and signatories from government credit sites; the exact date only from a blog translation
    assert fact_strengths(entry) == {"doc_number": "official", "date_issued": "weak", "issuers": "official"}
    assert entry_strength(entry) == "weak"
