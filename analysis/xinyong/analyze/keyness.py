"""Keyness between two sub-corpora: log-likelihood (Dunning's G2) with %DIFF and log ratio."""
from __future__ import annotations

import math
from collections import Counter
from pathlib import Path
from typing import Any, Callable

from ..outputs import dumps, to_csv, write_atomic
from .data import LOCAL_LEVELS, AnnotatedCorpus
from .frequency import term_counts, token_counts
from .registry import analysis

# Named sub-corpus splits: a name -> (label A, label B, predicate on a document's metadata that
# returns "A", "B" or None).
SPLITS: dict[str, tuple[str, str, Callable[[dict[str, Any]], str | None]]] = {
    "local-vs-central": ("local", "central",
                         lambda m: ("A" if m["level"] in LOCAL_LEVELS
                                    else "B" if m["level"] in ("central", "judicial") else None)),
    "after-vs-before-2019": ("2019 and later", "before 2019",
                             lambda m: None if m["year"] is None else "A" if m["year"] >= 2019 else "B"),
}


def log_likelihood(a: int, b: int, total_a: int, total_b: int) -> float:
    """Dunning's G2 for a word seen a times in A (size total_a) and b times in B."""
    expected_a = total_a * (a + b) / (total_a + total_b)
    expected_b = total_b * (a + b) / (total_a + total_b)
    value = 0.0
    if a:
        value += a * math.log(a / expected_a)
    if b:
        value += b * math.log(b / expected_b)
    return 2 * value


def keyness(counts_a: Counter, counts_b: Counter, min_count: int = 5, size_a: int | None = None,
            size_b: int | None = None) -> list[dict[str, Any]]:
    """Keyness of every item in A against B.

    counts_a, counts_b (Counter): frequencies in the two sub-corpora.
    min_count (int): leave out items seen fewer times in A and B together.
    size_a, size_b (int | None): the sizes of the sub-corpora in tokens (default: the sums of the
        counts, right when the counts are the tokens themselves; terms need the token counts).
    RETURNS (list[dict]): item, freq_a, freq_b, ll (G2, signed: positive when relatively more
        frequent in A), pct_diff (%DIFF, Gabrielatos & Marchi), log_ratio (binary log of the ratio
        of relative frequencies, with 0.5 added to zero counts), sorted by signed G2.
    """
    total_a = sum(counts_a.values()) if size_a is None else size_a
    total_b = sum(counts_b.values()) if size_b is None else size_b
    rows = []
    for item in set(counts_a) | set(counts_b):
        a, b = counts_a.get(item, 0), counts_b.get(item, 0)
        if a + b < min_count or not total_a or not total_b:
            continue
        relative_a, relative_b = a / total_a, b / total_b
        ll = log_likelihood(a, b, total_a, total_b)
        sign = 1 if relative_a >= relative_b else -1
        pct = (relative_a - relative_b) * 100 / relative_b if b else math.inf
        log_ratio = math.log2(max(a, 0.5) / total_a / (max(b, 0.5) / total_b))
        rows.append({"item": item, "freq_a": a, "freq_b": b, "ll": round(sign * ll, 4),
                     "pct_diff": round(pct, 2) if math.isfinite(pct) else None,
                     "log_ratio": round(log_ratio, 4)})
    rows.sort(key=lambda r: (-r["ll"], r["item"]))
    return rows


def compare(data: AnnotatedCorpus, split: str, lang: str, unit: str = "tokens",
            min_count: int = 5) -> dict[str, Any]:
    """Keyness for a named split, over word tokens or glossary terms.

    Both measure frequency against the size of each side in word tokens. English compares our
    translations only: our digests are shorter texts in our own words, not the documents', and
    would otherwise make up a quarter of some sides (they are listed in `excluded`).

    RETURNS (dict): the split, its two labels and documents, sizes in tokens (total_a, total_b),
        the documents left out and why, and the rows.
    """
    label_a, label_b, which = SPLITS[split]
    tokens = token_counts(data, lang)
    counts = tokens if unit == "tokens" else term_counts(data, lang)
    sides: dict[str, list[str]] = {"A": [], "B": []}
    totals = {"A": Counter(), "B": Counter()}
    sizes = {"A": 0, "B": 0}
    digests = sorted(doc_id for doc_id in counts if lang == "en" and doc_id not in data.corpus.translations)
    for doc_id, counter in sorted(counts.items()):
        side = which(data.meta(doc_id))
        if side and doc_id not in digests:
            sides[side].append(doc_id)
            totals[side].update(counter)
            sizes[side] += sum(tokens.get(doc_id, Counter()).values())
    return {"split": split, "lang": lang, "unit": unit, "a": label_a, "b": label_b,
            "docs_a": sides["A"], "docs_b": sides["B"], "total_a": sizes["A"], "total_b": sizes["B"],
            "excluded": {doc_id: "digest (our summary, not a translation)" for doc_id in digests},
            "rows": keyness(totals["A"], totals["B"], min_count, sizes["A"], sizes["B"])}


@analysis("keyness", "Keyness", "Glossary terms relatively more frequent on one side of a comparison of sub-corpora "
          "(log-likelihood G², %DIFF and log ratio); each comparison lists the documents on both sides.",
          order=20, page="analyses/keyness.md", digests="none", data=("keyness-*.csv",))
def run_keyness(data: AnnotatedCorpus, folder: Path) -> list[str]:
    """Every comparison in SPLITS, per language and unit: keyness-<split>-<lang>-<unit> (CSV and JSON)."""
    written = []
    for split in SPLITS:
        for lang in ("zh", "en"):
            for unit in ("tokens", "terms"):
                result = compare(data, split, lang, unit, min_count=5 if unit == "tokens" else 3)
                name = f"keyness-{split}-{lang}-{unit}"
                write_atomic(folder / f"{name}.csv", to_csv(result["rows"]))
                write_atomic(folder / f"{name}.json", dumps(result))
                written += [f"{name}.csv", f"{name}.json"]
    return written
