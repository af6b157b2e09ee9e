"""Text reuse between local regulations: articles copied or closely adapted from one regulation
into another, found by MinHash over character n-grams (datasketch) and confirmed by an edit-based
similarity (rapidfuzz)."""
from __future__ import annotations

import re
from itertools import combinations
from pathlib import Path
from typing import Any

from ..sources import to_simplified
from .analysis_cache import cached_result
from .data import LOCAL_LEVELS, AnnotatedCorpus
from .registry import Chart, analysis, write_results

NGRAM = 3
PERMUTATIONS = 128
CANDIDATE_JACCARD = 0.2  # LSH threshold for candidates; the edit similarity then decides
MIN_CHARS = 30  # shorter articles (entry into force, boilerplate) are not compared
COPIED = 0.85
ADAPTED = 0.55
CONTAINED = 0.85  # a short article found almost whole inside a longer one
STRIP = re.compile(r"[\s，。；：、,.;:（）()“”《》]")


def comparable(text: str) -> str:
    """Article text as compared: simplified characters, no whitespace or punctuation."""
    return STRIP.sub("", to_simplified(text))


def _minhash(text: str):
    from datasketch import MinHash  # imported here: a build with nothing changed reads the pairs from the cache

    signature = MinHash(num_perm=PERMUTATIONS, seed=7)
    for index in range(max(len(text) - NGRAM + 1, 1)):
        signature.update(text[index:index + NGRAM].encode("utf-8"))
    return signature


@cached_result("datasketch", "rapidfuzz", "numpy")
def find_reuse(documents: dict[str, list[tuple[str, str]]]) -> list[dict[str, Any]]:
    """Pairs of articles from different documents that are copied or closely adapted.

    documents (dict[str, list[tuple[str, str]]]): document id -> (article id, article text).
    RETURNS (list[dict]): doc_a, unit_a, doc_b, unit_b, similarity (normalized Indel similarity of
        the two texts), containment (best partial alignment of the shorter in the longer) and
        kind (copied, adapted or contained), sorted by documents then similarity.
    """
    from datasketch import MinHashLSH
    from rapidfuzz import fuzz

    texts: dict[tuple[str, str], str] = {}
    lsh = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=PERMUTATIONS)
    signatures = {}
    for doc_id, articles in sorted(documents.items()):
        for unit_id, text in articles:
            cleaned = comparable(text)
            if len(cleaned) < MIN_CHARS:
                continue
            key = (doc_id, unit_id)
            texts[key] = cleaned
            signatures[key] = _minhash(cleaned)
            lsh.insert(f"{doc_id}\t{unit_id}", signatures[key])
    found = {}
    for key, signature in sorted(signatures.items()):
        for candidate in lsh.query(signature):
            other = tuple(candidate.split("\t"))
            if other[0] == key[0]:
                continue
            pair = tuple(sorted([key, other]))
            if pair in found:
                continue
            a, b = texts[pair[0]], texts[pair[1]]
            similarity = fuzz.ratio(a, b) / 100
            shorter, longer = sorted((a, b), key=len)
            containment = fuzz.partial_ratio(shorter, longer) / 100 if len(shorter) >= MIN_CHARS else 0.0
            if similarity >= COPIED:
                kind = "copied"
            elif similarity >= ADAPTED:
                kind = "adapted"
            elif containment >= CONTAINED and len(shorter) / len(longer) >= 0.3:
                kind = "contained"
            else:
                continue
            found[pair] = {"doc_a": pair[0][0], "unit_a": pair[0][1], "doc_b": pair[1][0], "unit_b": pair[1][1],
                           "similarity": round(similarity, 4), "containment": round(containment, 4), "kind": kind}
    return sorted(found.values(), key=lambda r: (r["doc_a"], r["doc_b"], -r["similarity"], r["unit_a"], r["unit_b"]))


def local_articles(data: AnnotatedCorpus) -> dict[str, list[tuple[str, str]]]:
    """Article texts of every local regulation whose Chinese text we hold."""
    documents = {}
    for doc_id, document in data.documents("zh").items():
        if data.meta(doc_id)["level"] not in LOCAL_LEVELS:
            continue
        articles = [u.id for u in document.units if u.kind == "article"]
        documents[doc_id] = [(a, document.article_text(a)) for a in articles]
    return documents


def reuse_summary(documents: dict[str, list[tuple[str, str]]], pairs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per pair of documents: articles of each found in the other, and the mean similarity."""
    rows = []
    for a, b in combinations(sorted(documents), 2):
        hits = [p for p in pairs if {p["doc_a"], p["doc_b"]} == {a, b}]
        units_a = {p["unit_a"] if p["doc_a"] == a else p["unit_b"] for p in hits}
        units_b = {p["unit_b"] if p["doc_b"] == b else p["unit_a"] for p in hits}
        rows.append({"doc_a": a, "doc_b": b, "pairs": len(hits),
                     "articles_a": len(units_a), "share_a": round(len(units_a) / max(len(documents[a]), 1), 4),
                     "articles_b": len(units_b), "share_b": round(len(units_b) / max(len(documents[b]), 1), 4),
                     "copied": sum(1 for p in hits if p["kind"] == "copied"),
                     "mean_similarity": round(sum(p["similarity"] for p in hits) / len(hits), 4) if hits else 0.0})
    return rows


@analysis("reuse", "Text reuse between local regulations", "Articles copied or closely adapted between local "
          "regulations.", order=80, page="analyses/reuse.md", charts=(Chart(
              "reuse-summary.svg", "Pairs of articles found copied, adapted or contained between two local "
              "regulations (the matrix is symmetric; the direction is in the table below).",
              ("reuse-summary.csv",)),),
          data=("reuse.csv", "reuse-summary.csv"),
          reads="Reads the Chinese texts of the local regulations: our English translations and digests play no part.")
def run_reuse(data: AnnotatedCorpus, folder: Path) -> list[str]:
    """The reused pairs of articles, their summary per pair of regulations and its heat map."""
    from . import charts

    documents = local_articles(data)
    pairs = find_reuse(documents)
    summary = reuse_summary(documents, pairs)
    names = sorted(documents)
    values = [[0 if a == b else next((s["pairs"] for s in summary if {s["doc_a"], s["doc_b"]} == {a, b}), 0)
               for b in names] for a in names]
    chart = charts.heatmap(names, names, values, "Articles reused between local regulations",
                           "local regulation", "local regulation", "pairs of articles (count)") if names else None
    return write_results(folder, "reuse", pairs) + write_results(folder, "reuse-summary", summary, chart=chart)
