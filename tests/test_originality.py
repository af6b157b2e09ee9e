"""Originality guard: our translations and digests are our own words. No run of 15 words matches a
published translation we compared them with (kept as hashed runs, tests/fixtures/published-runs.json),
and no run of 9 words matches the seed article (the guard the claims register already has)."""
from __future__ import annotations

import json
import re

import pytest

from conftest import FIXTURES, SEEDS

from xinyong.originality import RUN_LENGTH, run_hashes, shared_runs

PUBLISHED = json.loads((FIXTURES / "published-runs.json").read_text(encoding="utf-8"))
PUBLISHED_RUNS = {h for source in PUBLISHED["sources"] for h in source["hashes"]}

# Our own earlier wording of Shanghai art. 2 para. 2, which the review found to share a run of about
# 22 words with China Law Translate's translation: the guard must catch it.
EARLIER_SHANGHAI_2_2 = ("For the purposes of these Regulations, social credit information refers to objective data and "
                        "materials that can be used to identify, analyze and judge the status of information subjects' "
                        "compliance with the law and performance of agreements.")


def _english_texts(corpus):
    for doc_id, document in sorted(corpus.documents("en").items()):
        kind = "translation" if doc_id in corpus.translations else "digest"
        for unit in document.leaves():
            yield kind, doc_id, unit


def test_the_hashed_runs_cover_several_published_translations():
    assert PUBLISHED["run_length"] == RUN_LENGTH
    assert len(PUBLISHED["sources"]) >= 8
    assert all(source["url"].startswith("http") and source["hashes"] for source in PUBLISHED["sources"])


def test_the_guard_catches_the_earlier_shanghai_wording():
    stretches = shared_runs(EARLIER_SHANGHAI_2_2, PUBLISHED_RUNS)
    assert len(stretches) == 1 and len(stretches[0].split()) >= 20
    assert "objective data and materials that can be used to identify" in stretches[0]


def test_the_reworded_shanghai_article_2_shares_no_run(corpus):
    text = corpus.translations["shanghai-social-credit-regulation-2017"].unit("art-2.p2").text
    assert shared_runs(text, PUBLISHED_RUNS) == []
    # and no shorter run of 10 words either: the rewording is not a near miss
    assert not run_hashes(text, 10) & {h for h in run_hashes(EARLIER_SHANGHAI_2_2, 10)}


def test_no_translation_or_digest_shares_a_15_word_run_with_a_published_translation(corpus):
    found = [(kind, doc_id, unit.id, stretch) for kind, doc_id, unit in _english_texts(corpus)
             for stretch in shared_runs(unit.text, PUBLISHED_RUNS)]
    assert found == []


def test_no_translation_or_digest_copies_the_seed_article(corpus):
    seed = next(SEEDS.glob("*.txt"), None)
    if seed is None:
        pytest.skip("no seed article")
    article = " ".join(re.findall(r"[a-z0-9']+", seed.read_text(encoding="utf-8").lower()))
    titles = " | ".join(e["title_en"].lower() for e in corpus.catalog)  # titles are facts
    copied = []
    for kind, doc_id, unit in _english_texts(corpus):
        tokens = re.findall(r"[a-z0-9']+", unit.text.lower())
        for i in range(len(tokens) - 8):
            run = " ".join(tokens[i:i + 9])
            if run in article and run not in titles:
                copied.append((doc_id, unit.id, run))
    assert copied == []
