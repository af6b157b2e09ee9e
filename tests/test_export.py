"""Exports: the Frictionless data package, TEI, DocBins and citations; and byte-identical rebuilds."""
from __future__ import annotations

import json

from lxml import etree


def test_data_package_validates_with_frictionless(built):
    from frictionless import validate

    report = validate(str(built / "data" / "datapackage.json"))
    assert report.valid, [(t.name, [e.message for e in t.errors[:3]]) for t in report.tasks if not t.valid]
    package = json.loads((built / "data" / "datapackage.json").read_text(encoding="utf-8"))
    names = {r["name"] for r in package["resources"]}
    for table in ("documents", "units", "annotations", "glossary", "agencies", "measures", "claims"):
        assert {table, f"{table}-jsonl", f"{table}-parquet"} <= names


def test_units_table_aligns_both_languages(built):
    import pyarrow.parquet as pq

    table = pq.read_table(built / "data" / "units.parquet").to_pylist()
    zh = {(r["doc"], r["unit"]) for r in table if r["lang"] == "zh"}
    en = {(r["doc"], r["unit"]) for r in table if r["lang"] == "en" and r["aligned"]}
    assert en and en <= zh
    assert ("shanghai-social-credit-regulation-2017", "art-9.p2.i3") in en


def test_tei_is_well_formed_with_structure_and_annotations(built):
    tei = etree.parse(str(built / "data" / "tei" / "shanghai-social-credit-regulation-2017.xml"))
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert tei.getroot().tag == "{http://www.tei-c.org/ns/1.0}TEI"
    articles = tei.xpath("//t:text[@xml:lang='zh']//t:div[@type='article']", namespaces=ns)
    assert len(articles) == 56
    assert tei.xpath("//t:annotation[@ana='#label-MEASURE']", namespaces=ns)
    for path in (built / "data" / "tei").glob("*.xml"):
        etree.parse(str(path))  # every file parses


def test_citations_cover_every_document_and_article(built, corpus):
    csl = json.loads((built / "data" / "citations" / "xinyong.csl.json").read_text(encoding="utf-8"))
    ids = {item["id"] for item in csl}
    assert all(f"xinyong-{doc_id}" in ids for doc_id in corpus.catalog.entries)
    assert "xinyong-shanghai-social-credit-regulation-2017-art-30" in ids
    bib = (built / "data" / "citations" / "xinyong.bib").read_text(encoding="utf-8")
    assert bib.count("@misc{") == len(csl)
    assert "docs/shanghai-social-credit-regulation-2017.html#art-30" in bib


def test_docbins_per_language(built):
    import spacy
    from spacy.tokens import DocBin

    docs = list(DocBin().from_bytes((built / "data" / "spacy" / "zh.spacy").read_bytes()).get_docs(spacy.blank("zh").vocab))
    assert len({d.user_data["doc"] for d in docs}) == 12


def test_building_twice_gives_byte_identical_outputs(built, tmp_path):
    from conftest import run_full_build

    again = run_full_build(tmp_path / "build-b")

    def outputs(folder):
        # cache/ holds pickled indexes (not a published output): only its key must be stable
        return {p.relative_to(folder): p for p in folder.rglob("*") if p.is_file() and p.name != "mkdocs.yml"
                and p.relative_to(folder).parts[0] != "cache"}

    first, second = outputs(built), outputs(again)
    assert sorted(p.name for p in (built / "cache").rglob("*") if p.is_file()) == \
        sorted(p.name for p in (again / "cache").rglob("*") if p.is_file())
    assert first.keys() == second.keys()
    differing = [str(name) for name, path in first.items() if path.read_bytes() != second[name].read_bytes()]
    assert differing == []
