"""`xinyong evidence`: rank the provisions and records most relevant to a claim (BM25).

What is ranked, each hit typed by `kind`:
- "text": an article (or heading section) of a Chinese original or of our English translation;
- "digest": a section of one of our digests;
- "catalog": a catalog record (title, summary and notes), the only evidence for documents and
  private programs (Sesame Credit, Tencent Credit) of which we hold no text;
- "secondary": a bibliography entry (corpus/claims/bibliography.yaml): press, company statements,
  research.

A claim's annotations (glossary terms, agencies, measures, targets, dates) become normalized tokens
such as `MEASURE:exit-restriction`, which match the same annotation in the Chinese originals, our
translations and the digests: that is how a query in English reaches a Chinese article. A region or
a year named in the claim matches the documents the catalog gives that region or date. The words of
the claim are matched, stemmed, against the English passages, and so are pairs of adjacent words
(`PAIR:` tokens), which rewards passages that use the claim's phrases; a small thesaurus
(corpus/patterns/evidence-thesaurus.yaml) adds the documents' vocabulary for the lay words of media
reports, and can be switched off to measure what it adds.

An English claim is annotated with the annotator's own matchers (no spaCy, no jieba), which the
index carries; the index is cached on disk (build/cache/evidence/), keyed by a hash of every file it
is built from, so that a query answers without loading the corpus.
"""
from __future__ import annotations

import math
import pickle
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

from .errors import XinyongError
# The finder's parts live in their own modules; their names stay importable from here.
from .evidence_browser import browser_index, snippet  # noqa: F401
from .evidence_cache import (CACHE_MAGIC, INDEX_FORMAT, cache_dir, index_inputs, inputs_key,  # noqa: F401
                             read_cached_state, write_cached_state)
from .evidence_queries import evaluate_finder, evaluate_queries, register_queries  # noqa: F401
from .evidence_tokens import (B, BIBLIOGRAPHY_DOC, CATALOG_UNIT, EN_TOKEN, GENERIC_TERMS, K1,  # noqa: F401
                              LABELLED, MATCHED_LABELS, PAIR_WEIGHT, STOPWORDS, WINDOW, Lexicon,
                              _stemmer, annotation_tokens, catalog_tokens, claim_language, data_tokens_zh,
                              english_passage_tokens, english_words, expansion_tokens, light_annotations,
                              make_lexicon, thesaurus, thesaurus_table, word_pairs)
from .unit_ids import top_level

if TYPE_CHECKING:  # the query path must not import the corpus loaders
    from .analyze.data import AnnotatedCorpus

KINDS = ("text", "digest", "catalog", "secondary")


@dataclass
class Hit:
    doc: str
    unit: str
    lang: str
    score: float
    text: str
    langs: list[str] = field(default_factory=list)
    kind: str = "text"

    @property
    def ref(self) -> str:
        """The reference a register or query set uses for this hit: doc:unit, doc:catalog or bib:id."""
        return f"{self.doc}:{self.unit}"


def build_state(data: AnnotatedCorpus) -> dict[str, Any]:
    """Everything the index needs, computed from the corpus, its annotations, the catalog and the
    bibliography: the passages, their BM25 postings, the regions, the claim lexicons and the thesaurus.
    This is what the cache stores."""
    from .bibliography import load_bibliography

    lexicons = {lang: make_lexicon(lang) for lang in ("en", "zh")}
    entries: list[tuple[str, str, str, str, str]] = []
    passage_tokens: list[list[str]] = []
    # The indexed passage is an article (or a digest section) with everything under it:
    # single paragraphs are too short for a claim's vocabulary to meet them.
    for lang in ("en", "zh"):
        for doc_id, document in data.documents(lang).items():
            kind = "digest" if lang == "en" and doc_id not in data.corpus.translations else "text"
            described = catalog_tokens(data.corpus.catalog[doc_id])
            passages: dict[str, list] = {}
            for unit in document.leaves():
                passages.setdefault(top_level(unit.id), []).append(unit)
            for passage, units in passages.items():
                unit_words = []
                for unit in units:
                    words = (english_passage_tokens(unit.content) if lang == "en"
                             else data.unit_tokens(doc_id, lang, unit))
                    records = data.annotations_by_unit.get((doc_id, lang, unit.id), [])
                    unit_words.append(words + annotation_tokens(records))
                # the whole passage, and windows of WINDOW consecutive units in a longer one, all
                # under the passage's id: a long article no longer buries the paragraph that answers
                spans = [(0, len(units))]
                if WINDOW and len(units) > WINDOW:
                    spans += [(start, start + WINDOW) for start in range(len(units) - WINDOW + 1)]
                for start, end in spans:
                    tokens_ = [t for words in unit_words[start:end] for t in words]
                    passage_tokens.append(tokens_ + described or ["∅"])
                    entries.append((doc_id, passage, lang, " ".join(u.content for u in units[start:end]), kind))
    held = set(data.corpus.originals) | set(data.corpus.translations) | set(data.corpus.digests)
    for doc_id, entry in sorted(data.corpus.catalog.entries.items()):
        if doc_id in held:
            continue  # its own passages answer for it; its record competed with them (dev: -2 queries)
        text = " ".join(str(entry.get(key) or "") for key in ("title_en", "summary", "notes")).strip()
        chinese = data_tokens_zh(entry.get("title_zh") or "")
        passage_tokens.append(english_passage_tokens(text) + chinese +
                              annotation_tokens(light_annotations(text, lexicons["en"])) + catalog_tokens(entry))
        entries.append((doc_id, CATALOG_UNIT, "en", text, "catalog"))
    for bib_id, record in load_bibliography().items():
        text = " ".join([record["title"], "—", ", ".join(record["authors"]), f"({record['venue']}).",
                         record["summary"], record.get("note", "")]).strip()
        years = [f"YEAR:{record['date'][:4]}"] if record.get("date") else []
        passage_tokens.append(english_passage_tokens(text) + years +
                              annotation_tokens(light_annotations(text, lexicons["en"])))
        entries.append((BIBLIOGRAPHY_DOC, bib_id, "en", text, "secondary"))
    postings: dict[str, list[tuple[int, int]]] = {}
    for number, words in enumerate(passage_tokens):
        for token, count in sorted(Counter(words).items()):
            postings.setdefault(token, []).append((number, count))
    regions = sorted({e["region"] for e in data.corpus.catalog.entries.values() if e.get("region")})
    # each lexicon pickled on its own: unpickling recompiles its regular expressions (~0.1 s a
    # language), so a query unpickles only the one of its own language
    return {"format": INDEX_FORMAT, "entries": entries,
            "lengths": [sum(1 for t in words if not t.startswith("PAIR:")) for words in passage_tokens],
            "pair_lengths": [sum(1 for t in words if t.startswith("PAIR:")) for words in passage_tokens],
            "postings": postings, "regions": regions, "thesaurus": thesaurus_table(),
            "lexicons": {lang: pickle.dumps(lexicon, protocol=pickle.HIGHEST_PROTOCOL)
                         for lang, lexicon in lexicons.items()}}


class EvidenceIndex:
    """A BM25 index over the passages of the translations, digests and Chinese originals, the
    catalog records and the bibliography entries.

    data (AnnotatedCorpus | None): the corpus with its annotations, to build the index from.
    state (dict | None): instead, a state built earlier (build_state), e.g. read from the cache.
    """

    def __init__(self, data: AnnotatedCorpus | None = None, state: dict[str, Any] | None = None) -> None:
        if state is None:
            if data is None:
                raise ValueError("EvidenceIndex needs the annotated corpus or a built state")
            state = build_state(data)
        self.data = data
        self.state = state
        self.entries: list[tuple[str, str, str, str, str]] = state["entries"]
        self.lengths: list[int] = state["lengths"]
        self.pair_lengths: list[int] = state["pair_lengths"]
        self.postings: dict[str, list[tuple[int, int]]] = state["postings"]
        self.regions: list[str] = state["regions"]
        self._lexicons: dict[str, Lexicon] = {}
        self.thesaurus = [(re.compile(pattern, re.IGNORECASE), tokens_) for pattern, tokens_ in state["thesaurus"]]
        self.average_length = sum(self.lengths) / len(self.lengths) if self.lengths else 0.0
        self.average_pair_length = sum(self.pair_lengths) / len(self.pair_lengths) if self.pair_lengths else 0.0
        self.region_patterns = [(region, re.compile(rf"\b{re.escape(region)}\b", re.IGNORECASE))
                                for region in self.regions]

    def lexicon(self, lang: str) -> Lexicon:
        """The claim annotator's matchers for a language, unpickled on first use."""
        if lang not in self._lexicons:
            self._lexicons[lang] = pickle.loads(self.state["lexicons"][lang])
        return self._lexicons[lang]

    def query_tokens(self, claim: str, expand: bool = True) -> list[str]:
        """The claim's words (stemmed English and their adjacent pairs, or jieba words for a claim in
        Chinese), its annotation tokens (twice: they carry the cross-lingual signal) and, with
        expand, the thesaurus tokens for its lay words (English or Chinese)."""
        lang = claim_language(claim)
        if lang == "en":
            words = english_passage_tokens(claim)
            text = claim
        else:
            from .analyze.data import tokens
            from .annotate.pipeline import analysis_text

            text = analysis_text(claim, "zh")
            words = tokens(text, "zh")
        records = light_annotations(text, self.lexicon(lang))
        labelled = annotation_tokens(records)
        labelled += [f"YEAR:{r['norm'][:4]}" for r in records if r["label"] == "DATE" and str(r["norm"])[:4].isdigit()]
        labelled += [f"REGION:{region.lower()}" for region, pattern in self.region_patterns if pattern.search(claim)]
        return words + labelled + labelled + (expansion_tokens(claim, self.thesaurus) if expand else [])

    def scores(self, query: list[str]) -> dict[int, float]:
        """BM25 (Lucene) score of every passage that shares a token with the query; a token repeated
        in the query counts each time, as in the browser finder. Word pairs form a second field,
        with its own lengths, weighted by PAIR_WEIGHT."""
        total = len(self.entries)
        scores: dict[int, float] = {}
        for token in query:
            postings = self.postings.get(token)
            if not postings:
                continue
            idf = math.log(1 + (total - len(postings) + 0.5) / (len(postings) + 0.5))
            if token.startswith("PAIR:"):
                weight, lengths, average = PAIR_WEIGHT, self.pair_lengths, self.average_pair_length
            else:
                weight, lengths, average = 1.0, self.lengths, self.average_length
            for number, tf in postings:
                norm = tf + K1 * (1 - B + B * lengths[number] / average)
                scores[number] = scores.get(number, 0.0) + weight * idf * tf / norm
        return scores

    def search(self, claim: str, top: int = 10, lang: str | None = None, expand: bool = True,
               kinds: Iterable[str] | None = None) -> list[Hit]:
        """The best-scoring passages and records for a claim, best first. A provision found in both
        languages is listed once, with the score of its better language, and both languages in `langs`.

        claim (str): the claim, in English or in Chinese.
        top (int): how many hits to return.
        lang (str | None): only passages of this language.
        expand (bool): use the lay-vocabulary thesaurus.
        kinds (Iterable[str] | None): only these kinds of hit (text, digest, catalog, secondary).
        RETURNS (list[Hit]): doc, unit, language, BM25 score, the passage's text, its languages, its kind.
        """
        query = self.query_tokens(claim, expand)
        if not query:
            return []
        wanted = set(kinds) if kinds else None
        scores = self.scores(query)
        hits: dict[tuple[str, str], Hit] = {}
        for number in sorted(scores, key=lambda n: (-scores[n], n)):
            doc_id, unit_id, unit_lang, text, kind = self.entries[number]
            if lang and unit_lang != lang or wanted is not None and kind not in wanted:
                continue
            hit = hits.get((doc_id, unit_id))
            if hit is None:
                if len(hits) == top:
                    continue  # a lower-ranked passage can still add its language to a listed one
                hits[(doc_id, unit_id)] = Hit(doc_id, unit_id, unit_lang, round(scores[number], 4), text,
                                              [unit_lang], kind)
            elif unit_lang not in hit.langs:
                hit.langs.append(unit_lang)
        return list(hits.values())


def load_index(sources: Path | None = None, out: Path | None = None, cache: bool = True,
               report: Callable[[str], None] | None = None, data: AnnotatedCorpus | None = None) -> EvidenceIndex:
    """The evidence index: read from the cache when every input is unchanged, else built from the
    corpus and its annotations (and cached).

    sources (Path | None): the sources folder (--sources); resolved as everywhere else.
    out (Path | None): the build folder holding annotations/ (default build/).
    cache (bool): read and write the cache.
    report (Callable | None): told whether the cache was used, rebuilt or ignored.
    data (AnnotatedCorpus | None): the corpus already loaded, to build from on a cache miss.
    RETURNS (EvidenceIndex): the index.
    RAISES (XinyongError): E053 when it must be built and the build folder holds no annotations.
    """
    from .locations import build_dir, sources_dir

    out = Path(out or build_dir())
    folder = sources_dir(sources, must_exist=bool(sources)) if data is None else data.corpus.sources
    key = inputs_key(folder, out)
    path = cache_dir(out) / f"{key[:32]}.pickle"
    if cache:
        state = read_cached_state(path)
        if state is not None:
            if report:
                report(f"evidence index read from the cache {path}")
            return EvidenceIndex(state=state)
        if report:
            report("evidence index built" + (" (the cache was corrupt)" if path.is_file() else ""))
    if data is None:
        from .analyze.data import AnnotatedCorpus
        from .corpus import load_corpus

        if not any((out / "annotations").glob("*.jsonl")):  # an index without them cannot cross languages
            raise XinyongError("E053", path=out / "annotations")
        data = AnnotatedCorpus(load_corpus(sources), out)
    index = EvidenceIndex(data)
    if cache:
        write_cached_state(path, index.state)
    return index
