"""Token and glossary-term frequencies per document and language."""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from .data import AnnotatedCorpus
from .registry import analysis, write_results


def token_counts(data: AnnotatedCorpus, lang: str) -> dict[str, Counter]:
    """Word-token counts per document (jieba words for Chinese, words for English)."""
    counts: dict[str, Counter] = {}
    for doc_id, unit in data.units(lang):
        counts.setdefault(doc_id, Counter()).update(data.unit_tokens(doc_id, lang, unit))
    return counts


def term_counts(data: AnnotatedCorpus, lang: str) -> dict[str, Counter]:
    """Glossary-term counts per document, from the TERM annotations."""
    counts: dict[str, Counter] = {}
    for doc_id in data.documents(lang):
        counts[doc_id] = Counter(r["norm"] for r in data.annotations(doc_id, lang) if r["label"] == "TERM")
    return counts


def frequency_rows(data: AnnotatedCorpus) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows for frequencies-tokens.csv and frequencies-terms.csv (count and per 10,000 tokens)."""
    token_rows, term_rows = [], []
    for lang in ("zh", "en"):
        tokens_by_doc = token_counts(data, lang)
        for doc_id, counter in sorted(tokens_by_doc.items()):
            total = sum(counter.values())
            for token, count in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
                token_rows.append({"doc": doc_id, "lang": lang, "token": token, "count": count,
                                   "per_10k": round(count * 10000 / total, 3)})
        for doc_id, counter in sorted(term_counts(data, lang).items()):
            total = sum(tokens_by_doc.get(doc_id, Counter()).values()) or 1
            for term, count in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
                term_rows.append({"doc": doc_id, "lang": lang, "term": term,
                                  "zh": data.corpus.glossary[term]["zh"], "en": data.corpus.glossary[term]["en"],
                                  "count": count, "per_10k": round(count * 10000 / total, 3)})
    return token_rows, term_rows


@analysis("frequencies", "Frequencies", "Token and glossary-term frequencies per document and language.",
          order=10, digests="none")
def run_frequencies(data: AnnotatedCorpus, folder: Path) -> list[str]:
    """Token and term frequencies: frequencies-tokens and frequencies-terms (CSV and JSON)."""
    tokens, terms = frequency_rows(data)
    return write_results(folder, "frequencies-tokens", tokens) + write_results(folder, "frequencies-terms", terms)
