"""Keyness measures terms against the size of each side in word tokens, and English compares our
translations without our digests."""
from __future__ import annotations

from collections import Counter

import pytest

from xinyong.analyze.keyness import compare, log_likelihood


def test_term_keyness_uses_the_number_of_tokens_as_the_corpus_size(annotated):
    result = compare(annotated, "local-vs-central", "zh", "terms", min_count=3)
    tokens = {side: sum(len(annotated.unit_tokens(doc_id, "zh", unit)) for doc_id, unit in annotated.units("zh")
                        if doc_id in result[f"docs_{side}"]) for side in ("a", "b")}
    assert (result["total_a"], result["total_b"]) == (tokens["a"], tokens["b"])
    terms = Counter(r["norm"] for doc_id in result["docs_a"] for r in annotated.annotations(doc_id, "zh")
                    if r["label"] == "TERM")
    assert result["total_a"] > 3 * sum(terms.values())  # not the number of term annotations
    row = next(r for r in result["rows"] if r["item"] == "credit-subject")
    assert row["freq_b"] == 0 and row["freq_a"] == terms["credit-subject"]
    assert row["ll"] == pytest.approx(log_likelihood(row["freq_a"], 0, tokens["a"], tokens["b"]), abs=1e-3)


@pytest.mark.parametrize("split", ["local-vs-central", "after-vs-before-2019"])
def test_english_keyness_leaves_out_our_digests(annotated, corpus, split):
    result = compare(annotated, split, "en", "tokens")
    compared = set(result["docs_a"]) | set(result["docs_b"])
    assert compared and compared <= set(corpus.translations)
    digests = set(corpus.digests) - set(corpus.translations)
    assert digests and set(result["excluded"]) == digests
    assert compare(annotated, split, "zh", "tokens")["excluded"] == {}
