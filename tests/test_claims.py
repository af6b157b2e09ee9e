"""The claims register, the digests and the evidence finder."""
from __future__ import annotations

import pytest

from xinyong.bibliography import load_bibliography
from xinyong.claims import VERDICTS, load_claims

TEST_FLOOR = 0.55  # the evidence finder measured 25/40 = 62.5% on the test queries when they were written


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
            elif "bib" in evidence:
                assert evidence["bib"] in load_bibliography()
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
        note = digest.meta["note"].lower()
        assert digest.meta["kind"] == "digest" and "digest" in note and "not a translation" in note, doc_id
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
    from xinyong.evidence import EvidenceIndex, evaluate_queries, register_queries

    index = EvidenceIndex(annotated)
    queries = register_queries(load_claims(corpus))
    assert len(queries) >= 15
    with_thesaurus = evaluate_queries(index, queries, top=5)
    without = evaluate_queries(index, queries, top=5, expand=False)
    print(f"register: evidence in the top 5 for {with_thesaurus['found']} of {with_thesaurus['queries']} claims "
          f"({without['found']} without the thesaurus); MRR {with_thesaurus['mrr']} / {without['mrr']}")
    # Regression floors, set below the figures measured when the finder was last changed (13/19 and 9/19).
    assert with_thesaurus["share"] >= 0.55 and without["share"] >= 0.35
    assert with_thesaurus["mrr"] > without["mrr"]
    for row in with_thesaurus["rows"]:
        assert row["found"] == (row["rank"] is not None and row["rank"] <= 5)


def test_evidence_finder_matches_a_chinese_article_through_annotations_alone(annotated):
    """A claim whose words are English only reaches the Chinese original through the normalized
    annotations (measure type, glossary term): the zh passage has no English word at all."""
    from xinyong.evidence import EvidenceIndex

    index = EvidenceIndex(annotated)
    query = index.query_tokens("Judgment debtors are barred from golf courses and nightclubs", expand=False)
    assert "MEASURE:luxury-venue-restriction" in query
    hits = index.search("Judgment debtors are barred from golf courses and nightclubs", top=3, lang="zh", expand=False)
    assert hits and hits[0].doc == "spc-high-consumption-restrictions-2010" and hits[0].unit == "art-3"


def test_a_provision_found_in_both_languages_is_listed_once(annotated):
    from xinyong.evidence import EvidenceIndex

    hits = EvidenceIndex(annotated).search("restriction on high consumption by judgment debtors", top=10)
    keys = [(h.doc, h.unit) for h in hits]
    assert len(keys) == len(set(keys)) == 10
    assert any(h.langs == ["en", "zh"] or h.langs == ["zh", "en"] for h in hits)


def test_query_sets_resolve_and_a_broken_one_is_reported(corpus, tmp_path):
    from conftest import ROOT

    from xinyong.claims import QUERY_SETS, load_evidence_queries
    from xinyong.errors import ProblemList

    for split in QUERY_SETS:
        queries = load_evidence_queries(corpus, split)
        assert len(queries) >= 30 and len({q["id"] for q in queries}) == len(queries), split
    path = ROOT / "corpus" / "gold" / "evidence-queries-test.yaml"
    first = load_evidence_queries(corpus, "test")[0]["evidence"][0]
    broken = tmp_path / "evidence-queries-test.yaml"
    broken.write_text(path.read_text(encoding="utf-8").replace(first, first.split(":")[0] + ":art-999", 1), encoding="utf-8")
    with pytest.raises(ProblemList) as caught:
        load_evidence_queries(corpus, path=broken)
    problem = caught.value.problems[0]
    assert problem.code == "E054" and "evidence-queries-test.yaml" in caught.value.render() and problem.line > 1
    broken.write_text(path.read_text(encoding="utf-8").replace("id: t02", "id: t01", 1), encoding="utf-8")
    with pytest.raises(ProblemList) as caught:
        load_evidence_queries(corpus, path=broken)
    assert [p.code for p in caught.value.problems] == ["E005"] and "'t01'" in caught.value.render()


def test_evidence_finder_evaluation_on_the_query_sets(annotated, corpus):
    from xinyong.build import evaluate_evidence_finder

    result = evaluate_evidence_finder(corpus, annotated.out)
    assert set(result) == {"register", "dev", "test", "unseen2"}
    for name, settings in result.items():
        print(f"{name}: {settings['thesaurus']['found']} of {settings['thesaurus']['queries']} in the top 5 "
              f"({settings['no-thesaurus']['found']} without the thesaurus)")
    # Floors below the figures measured when the test queries were first run (see the closing note).
    test = result["test"]
    assert test["thesaurus"]["share"] >= TEST_FLOOR and test["thesaurus"]["mrr"] > test["no-thesaurus"]["mrr"]


def test_a_claim_in_chinese_reaches_both_languages(annotated):
    from xinyong.evidence import EvidenceIndex, claim_language

    assert claim_language("失信被执行人不得乘坐飞机") == "zh"
    assert claim_language("Sesame Credit (芝麻信用) scores people") == "en"
    index = EvidenceIndex(annotated)
    formal = index.search("失信被执行人不得乘坐飞机", top=3, expand=False)
    rule = next(h for h in formal if (h.doc, h.unit) == ("spc-high-consumption-restrictions-2010", "art-3"))
    assert set(rule.langs) == {"zh", "en"}
    # media wording ("老赖" for a listed judgment debtor)
    lay = "老赖的孩子不能上私立学校"
    assert "TERM:trust-breaking-judgment-debtor" in index.query_tokens(lay)
    assert any(h.doc in ("spc-high-consumption-restrictions-2010", "judgment-debtor-credit-opinions-2016")
               for h in index.search(lay, top=3))
