"""`xinyong evidence`: rank the provisions most relevant to a claim (BM25 with bm25s), across
languages through the glossary: glossary terms in the claim become shared term tokens that match
the same term in the Chinese originals and in our translations and digests."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from .analyze.data import AnnotatedCorpus, tokens
from .annotate.patterns import LiteralSet

STOPWORDS = frozenset(
    "a an and are as at be by for from has have in into is it its of on or that the their them they this to was "
    "were will with which who whom not no all any each every other such these those than then there can may "
    "shall would should could been being also more most very".split())
GENERIC_TERMS = frozenset({"credit"})  # present in nearly every unit: no evidence value as a term token


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


def english_words(text: str) -> list[str]:
    """Stemmed English words without stopwords ("travelling" and "travel" meet)."""
    return _stemmer().stemWords([w for w in tokens(text, "en") if w not in STOPWORDS and len(w) > 1])


@lru_cache(maxsize=1)
def thesaurus() -> list[tuple[re.Pattern, list[str]]]:
    """Lay vocabulary -> document vocabulary (corpus/patterns/evidence-thesaurus.yaml)."""
    from .datafiles import load_yaml
    from .locations import corpus_dir

    path = corpus_dir() / "patterns" / "evidence-thesaurus.yaml"
    if not path.is_file():
        return []
    return [(re.compile("|".join(entry["lay"]), re.IGNORECASE), [str(e) for e in entry["expand"]])
            for entry in load_yaml(path).data]


def claim_tokens(text: str, glossary_forms: LiteralSet) -> list[str]:
    """Query tokens: stemmed English words, one term token per glossary term, and the document
    vocabulary that the thesaurus gives for the claim's lay words."""
    terms = [f"@{m.key}" for m in glossary_forms.finditer(text) if m.key not in GENERIC_TERMS]
    expansion = [token for pattern, tokens_ in thesaurus() if pattern.search(text) for token in tokens_]
    expanded_terms = [t for t in expansion if t.startswith("@")]
    expanded_words = _stemmer().stemWords([t for t in expansion if not t.startswith("@")])
    # term tokens count twice: they carry the cross-lingual signal
    return english_words(text) + terms + terms + expanded_terms + expanded_words


@dataclass
class Hit:
    doc: str
    unit: str
    lang: str
    score: float
    text: str


class EvidenceIndex:
    """A BM25 index over every unit of the translations, digests and Chinese originals.

    data (AnnotatedCorpus): the corpus with its annotations (TERM annotations give term tokens).
    """

    def __init__(self, data: AnnotatedCorpus) -> None:
        import bm25s

        self.data = data
        self.entries: list[tuple[str, str, str, str]] = []
        corpus_tokens: list[list[str]] = []
        # The indexed passage is an article (or a digest section) with everything under it:
        # single paragraphs are too short for a claim's vocabulary to meet them.
        for lang in ("en", "zh"):
            for doc_id, document in data.documents(lang).items():
                passages: dict[str, list] = {}
                for unit in document.units:
                    if unit.kind == "article" or not unit.text.strip():
                        continue
                    passages.setdefault(passage_of(unit.id), []).append(unit)
                for passage, units in passages.items():
                    words, terms = [], []
                    for unit in units:
                        if lang == "en":
                            words += english_words(unit.content)
                        else:
                            words += data.unit_tokens(doc_id, lang, unit)
                        terms += [f"@{r['norm']}" for r in data.annotations_by_unit.get((doc_id, lang, unit.id), [])
                                  if r["label"] == "TERM" and r["norm"] not in GENERIC_TERMS]
                    corpus_tokens.append(words + terms or ["∅"])
                    self.entries.append((doc_id, passage, lang, " ".join(u.content for u in units)))
        self.retriever = bm25s.BM25()
        self.retriever.index(corpus_tokens, show_progress=False)

    @cached_property
    def glossary_forms(self) -> LiteralSet:
        glossary = self.data.corpus.glossary
        return LiteralSet(((e["id"], f) for e in glossary.values() for f in [e["en"], *e.get("en_forms", [])]),
                          ignore_case=True, word_boundaries=True)

    def search(self, claim: str, top: int = 10, lang: str | None = None) -> list[Hit]:
        """The best-scoring units for a claim, best first.

        claim (str): the claim, in English.
        top (int): how many units to return.
        lang (str | None): only units of this language.
        RETURNS (list[Hit]): doc, unit, lang, BM25 score and the unit's text.
        """
        query = claim_tokens(claim, self.glossary_forms)
        if not query:
            return []
        wanted = min(len(self.entries), top * 4 if lang else top)
        results, scores = self.retriever.retrieve([query], k=wanted, show_progress=False)
        hits = []
        for index, score in zip(results[0], scores[0]):
            doc_id, unit_id, unit_lang, text = self.entries[int(index)]
            if score <= 0 or lang and unit_lang != lang:
                continue
            hits.append(Hit(doc_id, unit_id, unit_lang, round(float(score), 4), text))
        return hits[:top]


def passage_of(unit_id: str) -> str:
    """The passage a unit belongs to: its article (art-3), its heading (s2.7) or the preamble."""
    if unit_id.startswith("art-"):
        return unit_id.split(".")[0]
    return re.sub(r"\.(?:p\d+|i\d+)(?:\..*)?$", "", unit_id)


def same_place(found: str, wanted: str) -> bool:
    """True when one unit id contains the other (art-3 and art-3.p1.i2; s2.7 and s2.7.p1)."""
    a, b = found.split("."), wanted.split(".")
    shorter = min(len(a), len(b))
    return a[:shorter] == b[:shorter]


def evaluate_register(index: EvidenceIndex, registers: list[dict[str, Any]], top: int = 5) -> dict[str, Any]:
    """For every claim with unit evidence, whether one of its evidence units is in the top results.

    RETURNS (dict): evaluated claims, hits, share, and per-claim rows.
    """
    rows = []
    for register in registers:
        for claim in register["claims"]:
            wanted = [e["unit"] for e in claim["evidence"] if "unit" in e]
            if not wanted:
                continue
            hits = index.search(claim["claim"], top=top)
            found = any(h.doc == w.split(":")[0] and same_place(h.unit, w.split(":", 1)[1]) for h in hits for w in wanted)
            rows.append({"source": register["source"]["id"], "claim": claim["id"], "found": found,
                         "evidence": wanted, "top": [f"{h.doc}:{h.unit}" for h in hits]})
    found = sum(1 for r in rows if r["found"])
    return {"claims": len(rows), "found": found, "share": round(found / len(rows), 4) if rows else 0.0,
            "top": top, "rows": rows}


def snippet(text: str, width: int = 160) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= width else text[: width - 1] + "…"
