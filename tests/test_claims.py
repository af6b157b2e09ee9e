"""The claims register, the digests and the evidence finder."""
from __future__ import annotations

import pytest

from xinyong.claims import VERDICTS, load_claims


def test_register_is_valid_and_every_evidence_id_resolves(corpus, sources):
    registers = load_claims(corpus)
    claims = [c for r in registers for c in r["claims"]]
    assert len(claims) >= 15
    assert {c["verdict"] for c in claims} <= set(VERDICTS)
    for claim in claims:
        for evidence in claim["evidence"]:
            if "unit" in evidence:
                doc, unit = evidence["unit"].split(":", 1)
                texts = [d for d in (corpus.originals.get(doc), corpus.english(doc)) if d]
                assert any(unit in d.unit_map() for d in texts), evidence["unit"]
            else:
                assert evidence["doc"] in corpus.catalog.entries
    seed = registers[0]["source"]["seed_file"]
    assert (sources.parent / "seeds" / seed).is_file()


def test_claims_paraphrase_rather_than_copy_the_article(sources):
    import re

    from conftest import ROOT

    article = re.sub(r"\s+", " ", next((sources.parent / "seeds").glob("*.txt")).read_text(encoding="utf-8")).lower()
    register = (ROOT / "corpus" / "claims" / "hitouch-2017.yaml").read_text(encoding="utf-8").lower()
    words = re.findall(r"[a-z']+", register)
    runs = {" ".join(words[i:i + 9]) for i in range(len(words) - 8)}
    titles = " | ".join(e["title_en"].lower() for e in __import__("xinyong.catalog", fromlist=["x"]).load_catalog())
    copied = [run for run in runs if run in article and run not in titles]  # titles are facts
    assert copied == []


def test_a_claim_with_a_broken_evidence_id_is_reported(corpus, tmp_path):
    from conftest import ROOT

    from xinyong.errors import ProblemList

    text = (ROOT / "corpus" / "claims" / "hitouch-2017.yaml").read_text(encoding="utf-8")
    (tmp_path / "bad.yaml").write_text(text.replace("planning-outline-2014:s1.p1", "planning-outline-2014:s99.p1", 1),
                                       encoding="utf-8")
    with pytest.raises(ProblemList) as caught:
        load_claims(corpus, tmp_path)
    assert caught.value.problems[0].code == "E054" and "bad.yaml" in caught.value.render()


def test_digests_are_marked_and_parse_into_sections(corpus):
    assert len(corpus.digests) >= 8
    for doc_id, digest in corpus.digests.items():
        assert digest.meta["kind"] == "digest" and "not a translation" in digest.meta["note"].lower() or \
            "digest" in digest.meta["note"].lower(), doc_id
        headings = [u for u in digest.units if u.kind == "heading"]
        assert headings and headings[0].id == "s1", doc_id


def test_evidence_finder_ranks_the_high_consumption_rules_for_a_travel_claim(annotated):
    from xinyong.evidence import EvidenceIndex

    index = EvidenceIndex(annotated)
    hits = index.search("Debtors listed by courts are barred from air travel and luxury hotels", top=5)
    assert any(h.doc in ("spc-high-consumption-restrictions-2010", "judgment-debtor-credit-opinions-2016") for h in hits)
    chinese = index.search("restriction on high consumption", top=5, lang="zh")
    assert chinese and all(h.lang == "zh" for h in chinese)  # reached through the glossary term


def test_evidence_finder_evaluation_on_the_register(annotated, corpus):
    from xinyong.evidence import EvidenceIndex, evaluate_register

    result = evaluate_register(EvidenceIndex(annotated), load_claims(corpus), top=5)
    assert result["claims"] >= 15
    assert 0 < result["found"] <= result["claims"]
    print(f"evidence in the top 5 for {result['found']} of {result['claims']} claims ({result['share']:.0%})")
