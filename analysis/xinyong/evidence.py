"""`xinyong evidence`: rank the provisions most relevant to a claim (BM25 with bm25s).

A claim is read by the same English pipeline as our translations. Its annotations (glossary terms,
agencies, measures, targets, dates) become normalized tokens such as `MEASURE:exit-restriction`,
which match the same annotation in the Chinese originals, our translations and the digests: that
is how a query in English reaches a Chinese article. A region or a year named in the claim matches
the documents the catalog gives that region or date. The words of the claim are matched, stemmed,
against the English units; a small thesaurus (corpus/patterns/evidence-thesaurus.yaml) adds the
documents' vocabulary for the lay words of media reports, and can be switched off to measure what
it adds."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any, Callable, Iterable

from .analyze.data import AnnotatedCorpus, tokens

STOPWORDS = frozenset(
    "a an and are as at be by for from has have in into is it its of on or that the their them they this to was "
    "were will with which who whom not no all any each every other such these those than then there can may "
    "shall would should could been being also more most very".split())
GENERIC_TERMS = frozenset({"credit"})  # present in nearly every unit: no evidence value as a term token
# Labels whose normalized value is shared by both languages (TERM: glossary id, AGENCY: agency id,
# MEASURE: measure type, TARGET: addressee class, DATE: ISO date).
MATCHED_LABELS = ("TERM", "AGENCY", "MEASURE", "TARGET", "DATE")
LABELLED = re.compile(r"^[A-Z]+:[a-z0-9-]+$")
K1, B = 1.5, 0.75  # BM25 (bm25s defaults, Lucene's formula); the browser finder uses the same


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


def english_words(text: str) -> list[str]:
    """Stemmed English words without stopwords ("travelling" and "travel" meet)."""
    return _stemmer().stemWords([w for w in tokens(text, "en") if w not in STOPWORDS and len(w) > 1])


def annotation_tokens(records: Iterable[dict[str, Any]]) -> list[str]:
    """`LABEL:norm` tokens of the annotations that carry a language-independent value."""
    return [f"{r['label']}:{r['norm']}" for r in records
            if r["label"] in MATCHED_LABELS and r.get("norm") and r["norm"] not in GENERIC_TERMS]


@lru_cache(maxsize=1)
def thesaurus() -> list[tuple[re.Pattern, list[str]]]:
    """Lay vocabulary -> document vocabulary (corpus/patterns/evidence-thesaurus.yaml), as query tokens."""
    from .datafiles import load_yaml
    from .locations import corpus_dir

    path = corpus_dir() / "patterns" / "evidence-thesaurus.yaml"
    if not path.is_file():
        return []
    table = []
    for entry in load_yaml(path).data:
        # "@id" is a glossary term; "LABEL:norm" (AGENCY:pboc, MEASURE:exit-restriction) any other
        # annotation value; everything else is an English word.
        expansion = [f"TERM:{e[1:]}" if e.startswith("@") else e for e in map(str, entry["expand"])]
        labelled = [e for e in expansion if LABELLED.match(e)]
        words = english_words(" ".join(e for e in expansion if not LABELLED.match(e)))
        table.append((re.compile("|".join(entry["lay"]), re.IGNORECASE), labelled + words))
    return table


def expansion_tokens(claim: str) -> list[str]:
    return [token for pattern, tokens_ in thesaurus() if pattern.search(claim) for token in tokens_]


@dataclass
class Hit:
    doc: str
    unit: str
    lang: str
    score: float
    text: str
    langs: list[str] = field(default_factory=list)


class EvidenceIndex:
    """A BM25 index over the passages of the translations, digests and Chinese originals.

    data (AnnotatedCorpus): the corpus with its annotations.
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
                described = catalog_tokens(data.corpus.catalog[doc_id])
                passages: dict[str, list] = {}
                for unit in document.units:
                    if unit.kind == "article" or not unit.text.strip():
                        continue
                    passages.setdefault(passage_of(unit.id), []).append(unit)
                for passage, units in passages.items():
                    words, labelled = [], []
                    for unit in units:
                        if lang == "en":
                            words += english_words(unit.content)
                        else:
                            words += data.unit_tokens(doc_id, lang, unit)
                        labelled += annotation_tokens(data.annotations_by_unit.get((doc_id, lang, unit.id), []))
                    corpus_tokens.append(words + labelled + described or ["∅"])
                    self.entries.append((doc_id, passage, lang, " ".join(u.content for u in units)))
        self.passage_tokens = corpus_tokens
        self.retriever = bm25s.BM25(k1=K1, b=B)
        self.retriever.index(corpus_tokens, show_progress=False)

    def query_tokens(self, claim: str, expand: bool = True) -> list[str]:
        """The claim's words (stemmed English, or jieba words for a claim in Chinese), its
        annotation tokens (twice: they carry the cross-lingual signal) and, with expand, the
        thesaurus tokens for its lay words (English or Chinese)."""
        from .annotate.pipeline import analysis_text, annotate_units

        lang = claim_language(claim)
        records, _ = annotate_units([("claim", claim)], lang, "claim")
        words = english_words(claim) if lang == "en" else tokens(analysis_text(claim, "zh"), "zh")
        labelled = annotation_tokens(records)
        labelled += [f"YEAR:{r['norm'][:4]}" for r in records if r["label"] == "DATE" and str(r["norm"])[:4].isdigit()]
        labelled += [f"REGION:{region.lower()}" for region in self.regions
                     if re.search(rf"\b{re.escape(region)}\b", claim, re.IGNORECASE)]
        return words + labelled + labelled + (expansion_tokens(claim) if expand else [])

    @cached_property
    def regions(self) -> list[str]:
        return sorted({e["region"] for e in self.data.corpus.catalog.entries.values() if e.get("region")})

    def search(self, claim: str, top: int = 10, lang: str | None = None, expand: bool = True) -> list[Hit]:
        """The best-scoring provisions for a claim, best first. A provision found in both languages
        is listed once, with the score of its better language, and both languages in `langs`.

        claim (str): the claim, in English or in Chinese.
        top (int): how many provisions to return.
        lang (str | None): only passages of this language.
        expand (bool): use the lay-vocabulary thesaurus.
        RETURNS (list[Hit]): doc, unit, language, BM25 score, the passage's text, its languages.
        """
        query = self.query_tokens(claim, expand)
        if not query:
            return []
        results, scores = self.retriever.retrieve([query], k=len(self.entries), show_progress=False)
        hits: dict[tuple[str, str], Hit] = {}
        for index, score in zip(results[0], scores[0]):
            doc_id, unit_id, unit_lang, text = self.entries[int(index)]
            if score <= 0 or lang and unit_lang != lang:
                continue
            hit = hits.get((doc_id, unit_id))
            if hit is None:
                if len(hits) == top:
                    continue  # a lower-ranked passage can still add its language to a listed one
                hits[(doc_id, unit_id)] = Hit(doc_id, unit_id, unit_lang, round(float(score), 4), text, [unit_lang])
            elif unit_lang not in hit.langs:
                hit.langs.append(unit_lang)
        return list(hits.values())


def claim_language(claim: str) -> str:
    """zh when most letters of the claim are Chinese characters, else en."""
    chinese = len(re.findall(r"[\u3400-\u9fff]", claim))
    latin = len(re.findall(r"[A-Za-z]", claim))
    return "zh" if chinese and chinese * 3 >= latin else "en"


def catalog_tokens(entry: dict[str, Any]) -> list[str]:
    """What the catalog says of a document, as tokens every passage of it carries: its region and
    the years of its dates ("Shanghai's rules", "the 2014 plan"). Issuers were tried too and left
    out: every passage of a State Council document then matched any claim naming the State Council."""
    years = {str(entry[key])[:4] for key in ("date_issued", "date_published", "date_effective") if entry.get(key)}
    return ([f"REGION:{entry['region'].lower()}"] if entry.get("region") else []) + [f"YEAR:{year}" for year in sorted(years)]


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


def register_queries(registers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The claims of the registers that cite units, as test queries."""
    return [{"source": register["source"]["id"], "id": claim["id"], "query": claim["claim"],
             "evidence": [e["unit"] for e in claim["evidence"] if "unit" in e]}
            for register in registers for claim in register["claims"] if any("unit" in e for e in claim["evidence"])]


def evaluate_queries(index: EvidenceIndex, queries: list[dict[str, Any]], top: int = 5,
                     expand: bool = True) -> dict[str, Any]:
    """For every query: the rank of its first evidence passage among all passages, and whether it
    is within the top results.

    queries (list[dict]): {"id", "query", "evidence": ["doc:unit", …]} (and optionally "source").
    RETURNS (dict): queries evaluated, found, share, mean reciprocal rank, and per-query rows.
    """
    rows = []
    for query in queries:
        wanted = [reference.split(":", 1) for reference in query["evidence"]]
        hits = index.search(query["query"], top=len(index.entries), expand=expand)
        rank = next((n for n, h in enumerate(hits, start=1)
                     if any(h.doc == doc and same_place(h.unit, unit) for doc, unit in wanted)), None)
        rows.append({"source": query.get("source", ""), "query": query["id"], "text": query["query"],
                     "found": rank is not None and rank <= top, "rank": rank, "evidence": query["evidence"],
                     "top": [f"{h.doc}:{h.unit}" for h in hits[:top]]})
    found = sum(1 for r in rows if r["found"])
    mrr = sum(1 / r["rank"] for r in rows if r["rank"]) / len(rows) if rows else 0.0
    return {"queries": len(rows), "found": found, "share": round(found / len(rows), 4) if rows else 0.0,
            "mrr": round(mrr, 4), "top": top, "thesaurus": expand, "rows": rows}


def evaluate_finder(index: EvidenceIndex, sets: dict[str, list[dict[str, Any]]], top: int = 5) -> dict[str, Any]:
    """The finder scored on each query set, with and without the thesaurus.

    sets (dict): name -> queries, e.g. the claims register, the dev queries (used to tune the
        thesaurus, so optimistic) and the test queries (written after the last change).
    """
    return {name: {setting: evaluate_queries(index, queries, top, expand=setting == "thesaurus")
                   for setting in ("thesaurus", "no-thesaurus")}
            for name, queries in sets.items() if queries}


def browser_index(index: EvidenceIndex, page_of: Callable[[str], str]) -> dict[str, Any]:
    """What the site's evidence finder needs to rank passages in the browser as the CLI does, as
    far as it can without spaCy: the passages and their BM25 postings, the stem of every English
    word of the corpus, the glossary and agency names (for TERM and AGENCY tokens), the regions and
    the thesaurus. Measures and targets in the claim, which need the English pipeline, are not
    recognized there.

    page_of (Callable): catalog id -> the document page's path on the site.
    """
    from collections import Counter

    data = index.data
    passages, postings = [], {}
    for number, ((doc_id, unit_id, lang, text), words) in enumerate(zip(index.entries, index.passage_tokens)):
        passages.append([doc_id, unit_id, lang, len(words), page_of(doc_id), snippet(text, 200)])
        for token, count in sorted(Counter(words).items()):
            postings.setdefault(token, []).append([number, count])
    surface = sorted({w for _, unit in data.units("en") for w in tokens(unit.content, "en")
                      if w not in STOPWORDS and len(w) > 1})
    stems = dict(zip(surface, _stemmer().stemWords(surface)))
    glossary = data.corpus.glossary
    names_en = sorted({(form.lower(), f"TERM:{gid}") for gid, e in glossary.items() if gid not in GENERIC_TERMS
                       for form in [e["en"], *e.get("en_forms", [])]} |
                      {(name.lower(), f"AGENCY:{a['id']}") for a in data.corpus.agencies.values()
                       for name in [a["en"], *a.get("aliases_en", [])]})
    names_zh = sorted({(form, f"TERM:{gid}") for gid, e in glossary.items() if gid not in GENERIC_TERMS
                       for form in [e["zh"], *e.get("zh_forms", [])]} |
                      {(name, f"AGENCY:{a['id']}") for a in data.corpus.agencies.values()
                       for name in [a["zh"], *a.get("aliases_zh", [])]})
    return {"k1": K1, "b": B, "passages": passages, "postings": postings, "stems": stems,
            "stopwords": sorted(STOPWORDS), "names_en": names_en, "names_zh": names_zh,
            "regions": index.regions, "thesaurus": [[p.pattern, t] for p, t in thesaurus()]}


def snippet(text: str, width: int = 160) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= width else text[: width - 1] + "…"
