"""The evidence finder's typed hits (catalog records, secondary works) and its on-disk cache."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

SESAME = "Sesame Credit, Alibaba's score in the Alipay app, rates users between 350 and 950 points"
CLAIMS = [SESAME,
          "Debtors listed by courts are barred from air travel and luxury hotels",
          "Tencent's credit score was pulled a day after it opened on WeChat",
          "法院把失信被执行人名单在网上公布",
          "In 2015 the central bank let eight private firms prepare personal credit reporting"]


def results(index, claim: str) -> list[tuple]:
    return [(h.ref, h.kind, h.lang, tuple(h.langs), h.score) for h in index.search(claim, top=10)]


@pytest.fixture()
def out(built, tmp_path):
    """A build folder of our own holding a copy of the build's annotations, so the test can change
    and corrupt inputs and caches without touching the shared build."""
    folder = tmp_path / "build"
    shutil.copytree(built / "annotations", folder / "annotations")
    return folder


def cached_files(out) -> list:
    return sorted((out / "cache" / "evidence").glob("*.pickle"))


def test_finder_returns_typed_catalog_and_secondary_hits_for_a_private_program_claim(annotated):
    from xinyong.evidence import EvidenceIndex

    hits = EvidenceIndex(annotated).search(SESAME, top=5)
    kinds = {h.kind for h in hits}
    assert any(h.kind == "catalog" and h.ref == "sesame-credit-2015:catalog" for h in hits), [h.ref for h in hits]
    assert any(h.kind == "secondary" and h.doc == "bib" for h in hits), [h.ref for h in hits]
    assert kinds <= {"text", "digest", "catalog", "secondary"}
    only_records = EvidenceIndex(annotated).search(SESAME, top=5, kinds=["secondary"])
    assert only_records and all(h.kind == "secondary" for h in only_records)


def test_catalog_records_are_indexed_only_for_documents_we_hold_no_text_of(annotated):
    from xinyong.evidence import EvidenceIndex

    index = EvidenceIndex(annotated)
    records = {doc for doc, unit, _, _, kind in index.entries if kind == "catalog"}
    held = set(annotated.corpus.originals) | set(annotated.corpus.translations) | set(annotated.corpus.digests)
    assert "tencent-credit-2017" in records and "pboc-personal-credit-reporting-preparation-notice-2015" in records
    assert not records & held


def test_the_cache_is_reused_and_gives_the_same_results_as_a_fresh_index(out, annotated, sources):
    from xinyong.evidence import EvidenceIndex, load_index

    said: list[str] = []
    built_now = load_index(sources, out, report=said.append)
    assert said[-1].startswith("evidence index built") and len(cached_files(out)) == 1
    reread = load_index(sources, out, report=said.append)
    assert said[-1].startswith("evidence index read from the cache")
    fresh = EvidenceIndex(annotated)
    for claim in CLAIMS:
        assert results(reread, claim) == results(built_now, claim) == results(fresh, claim), claim
        assert results(reread, claim)  # every claim finds something


def test_the_cache_is_rebuilt_when_an_input_changes(out, sources):
    from xinyong.evidence import load_index

    said: list[str] = []
    load_index(sources, out, report=said.append)
    first = cached_files(out)
    path = sorted((out / "annotations").glob("*.en.jsonl"))[0]
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:-1]), encoding="utf-8")  # one annotation fewer
    load_index(sources, out, report=said.append)
    assert said[-1].startswith("evidence index built")
    second = cached_files(out)
    assert len(second) == 1 and second != first  # the stale cache was replaced, not kept beside


def test_a_corrupt_cache_is_rebuilt_not_trusted(out, sources):
    from xinyong.evidence import load_index

    said: list[str] = []
    good = results(load_index(sources, out, report=said.append), SESAME)
    path = cached_files(out)[0]
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0xFF  # one flipped byte inside the pickled state
    path.write_bytes(bytes(raw))
    again = load_index(sources, out, report=said.append)
    assert said[-1] == "evidence index built (the cache was corrupt)"
    assert results(again, SESAME) == good
    path.write_bytes(b"XINYONG-EVIDENCE\n")  # truncated to its header
    load_index(sources, out, report=said.append)
    assert said[-1] == "evidence index built (the cache was corrupt)"
    load_index(sources, out, report=said.append)
    assert said[-1].startswith("evidence index read from the cache")  # the rewritten cache is sound


def test_an_english_query_from_the_cache_loads_neither_spacy_nor_jieba(out, sources):
    from xinyong.evidence import load_index

    load_index(sources, out)
    script = ("import sys; from xinyong.evidence import load_index; "
              f"hits = load_index({str(sources)!r}, {str(out)!r}).search({SESAME!r}, top=3); "
              "print(hits[0].ref, 'spacy' in sys.modules, 'jieba' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["sesame-credit-2015:catalog", "False", "False"]


def test_claims_are_annotated_without_spacy_as_the_pipeline_annotates_them(corpus):
    from xinyong.annotate.pipeline import annotate_units
    from xinyong.claims import load_claims, load_evidence_queries
    from xinyong.evidence import annotation_tokens, light_annotations, make_lexicon, register_queries

    claims = [q["query"] for q in register_queries(load_claims(corpus))]
    claims += [q["query"] for split in ("dev", "test", "unseen2") for q in load_evidence_queries(corpus, split)]
    lexicon = make_lexicon("en")
    # claims and queries are English we wrote, annotated like our translations: by the rules alone
    differ = [claim for claim in claims
              if sorted(annotation_tokens(annotate_units([("c", claim)], "en", "claim", en_tagger="off")[0]))
              != sorted(annotation_tokens(light_annotations(claim, lexicon)))]
    assert len(claims) > 150 and differ == []
