"""Window-based collocations of glossary terms, scored with logDice and PMI."""
from __future__ import annotations

import math
from collections import Counter
from pathlib import Path
from typing import Any

from .data import AnnotatedCorpus, tokens
from .registry import analysis, write_results


def _term_tokens(data: AnnotatedCorpus, lang: str) -> list[list[str]]:
    """Each unit as a token list in which glossary terms are single tokens ("@<glossary id>")."""
    sequences = []
    for doc_id, unit in data.units(lang):
        records = sorted((r for r in data.annotations_by_unit.get((doc_id, lang, unit.id), [])
                          if r["label"] == "TERM"), key=lambda r: r["start"])
        pieces, last = [], 0
        for record in records:
            if record["start"] < last:
                continue
            pieces.extend(tokens(unit.text[last:record["start"]], lang))
            pieces.append("@" + record["norm"])
            last = record["end"]
        pieces.extend(tokens(unit.text[last:], lang))
        sequences.append(pieces)
    return sequences


def collocations(data: AnnotatedCorpus, lang: str, window: int = 5, min_freq: int = 3,
                 terms: list[str] | None = None) -> list[dict[str, Any]]:
    """Collocates of glossary terms within a window of tokens on either side.

    data (AnnotatedCorpus): the corpus.
    lang (str): zh or en.
    window (int): tokens on each side.
    min_freq (int): minimum co-occurrence count.
    terms (list[str] | None): glossary ids (default: every term seen).
    RETURNS (list[dict]): term, collocate, cooc, f_term, f_collocate, logdice
        (14 + log2(2·cooc / (f_term + f_collocate))) and pmi (log2(cooc·N / (f_term·f_collocate·2w))),
        sorted by term then logDice.
    """
    sequences = _term_tokens(data, lang)
    frequency = Counter(token for sequence in sequences for token in sequence)
    size = sum(frequency.values())
    pairs: Counter = Counter()
    for sequence in sequences:
        for index, token in enumerate(sequence):
            if not token.startswith("@") or terms and token[1:] not in terms:
                continue
            for other in sequence[max(0, index - window):index] + sequence[index + 1:index + 1 + window]:
                if other != token:
                    pairs[(token, other)] += 1
    rows = []
    for (term, other), count in pairs.items():
        if count < min_freq:
            continue
        f_term, f_other = frequency[term], frequency[other]
        rows.append({"term": term[1:], "collocate": other[1:] if other.startswith("@") else other,
                     "collocate_is_term": other.startswith("@"), "cooc": count, "f_term": f_term,
                     "f_collocate": f_other,
                     "logdice": round(14 + math.log2(2 * count / (f_term + f_other)), 4),
                     "pmi": round(math.log2(count * size / (f_term * f_other * 2 * window)), 4)})
    rows.sort(key=lambda r: (r["term"], -r["logdice"], r["collocate"]))
    return rows


@analysis("collocations", "Collocations", "Words and terms that occur near each glossary term (window of 5 tokens; "
          "logDice and PMI).", order=30, page="analyses/collocations.md", digests="none",
          data=("collocations-zh.csv", "collocations-en.csv"))
def run_collocations(data: AnnotatedCorpus, folder: Path) -> list[str]:
    """The collocates of every glossary term, per language: collocations-zh and -en (CSV and JSON)."""
    written = []
    for lang in ("zh", "en"):
        written += write_results(folder, f"collocations-{lang}", collocations(data, lang))
    return written
