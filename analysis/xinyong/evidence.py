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

import hashlib
import math
import os
import pickle
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

if TYPE_CHECKING:  # the query path must not import the corpus loaders
    from .analyze.data import AnnotatedCorpus

STOPWORDS = frozenset(
    "a an and are as at be by for from has have in into is it its of on or that the their them they this to was "
    "were will with which who whom not no all any each every other such these those than then there can may "
    "shall would should could been being also more most very".split())
GENERIC_TERMS = frozenset({"credit"})  # present in nearly every unit: no evidence value as a term token
# Labels whose normalized value is shared by both languages (TERM: glossary id, AGENCY: agency id,
# MEASURE: measure type, TARGET: addressee class, DATE: ISO date).
MATCHED_LABELS = ("TERM", "AGENCY", "MEASURE", "TARGET", "DATE")
LABELLED = re.compile(r"^[A-Z]+:[a-z0-9-]+$")
EN_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]|\d+(?:[.,]\d+)*")  # as analyze.data.tokens
K1, B = 1.5, 0.75  # BM25 (Lucene's formula, bm25s defaults); the browser finder uses the same
# Word pairs are scored as a field of their own (own lengths) at half weight: mixed into the words
# they lengthened every passage and cost 2 of the 40 dev queries; apart, at 0.5, they gain 1 (dev only).
PAIR_WEIGHT = 0.5
# Passage windows (WINDOW consecutive units of a longer article indexed besides the whole article)
# were measured on the dev queries: 31/40 with the thesaurus for 0, 1, 2 and 3 units alike, a lower
# mean reciprocal rank with windows, 14-17/40 without the thesaurus. Left off (0); the code stays
# so that the measurement can be repeated.
WINDOW = 0
KINDS = ("text", "digest", "catalog", "secondary")
CATALOG_UNIT = "catalog"  # the unit id of a catalog record hit ("sesame-credit-2015:catalog")
BIBLIOGRAPHY_DOC = "bib"  # the doc id of a bibliography hit ("bib:botsman-2017-wired")
INDEX_FORMAT = "evidence-index-4"  # change when the cached structure or the tokenization changes
CACHE_MAGIC = b"XINYONG-EVIDENCE\n"


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


def english_words(text: str) -> list[str]:
    """Stemmed English words without stopwords ("travelling" and "travel" meet)."""
    words = [t.lower() for t in EN_TOKEN.findall(text)]
    return _stemmer().stemWords([w for w in words if w not in STOPWORDS and len(w) > 1])


def word_pairs(words: list[str]) -> list[str]:
    """`PAIR:a_b` for every two adjacent stems: a passage that uses the claim's phrase ("high
    consumption", "travel abroad") scores above one that has the words far apart."""
    return [f"PAIR:{a}_{b}" for a, b in zip(words, words[1:])]


def annotation_tokens(records: Iterable[dict[str, Any]]) -> list[str]:
    """`LABEL:norm` tokens of the annotations that carry a language-independent value."""
    return [f"{r['label']}:{r['norm']}" for r in records
            if r["label"] in MATCHED_LABELS and r.get("norm") and r["norm"] not in GENERIC_TERMS]


def thesaurus_table() -> list[tuple[str, list[str]]]:
    """Lay vocabulary -> document vocabulary (corpus/patterns/evidence-thesaurus.yaml), as (regular
    expression, query tokens) pairs; the index carries the table so that a query need not read YAML."""
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
        table.append(("|".join(entry["lay"]), labelled + words))
    return table


@lru_cache(maxsize=1)
def thesaurus() -> list[tuple[re.Pattern, list[str]]]:
    """The thesaurus with compiled patterns (see thesaurus_table)."""
    return [(re.compile(pattern, re.IGNORECASE), tokens_) for pattern, tokens_ in thesaurus_table()]


def expansion_tokens(claim: str, table: list[tuple[re.Pattern, list[str]]] | None = None) -> list[str]:
    return [token for pattern, tokens_ in (thesaurus() if table is None else table)
            if pattern.search(claim) for token in tokens_]


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


@dataclass
class Lexicon:
    """The annotator's matchers for one language, enough to annotate a claim without spaCy.

    terms, agencies, measures, targets: the matchers of annotate.resources.Resources.
    titles (dict): normalized catalog title -> id (a glossary term inside a cited title is not a term).
    """

    lang: str
    terms: Any
    agencies: Any
    measures: Any
    targets: Any
    titles: dict[str, str]


def make_lexicon(lang: str) -> Lexicon:
    from .annotate.resources import load_resources
    from .locations import corpus_dir

    res = load_resources(lang, str(corpus_dir()))
    return Lexicon(lang, res.terms, res.agencies, res.measures, res.targets, res.titles)


def light_annotations(text: str, lexicon: Lexicon) -> list[dict[str, Any]]:
    """The claim's TERM, AGENCY, MEASURE, TARGET and DATE annotations, found by the annotator's
    own matchers on the raw text (as annotate.components does, without the spaCy Doc). Spans inside
    a quoted catalog title are left out, as the pipeline leaves out what lies inside a citation."""
    from .annotate.resources import EN_TITLE, ZH_TITLE, normalize_title
    from .dates import find_dates

    if lexicon.lang == "zh":
        titles = [(m.start(), m.end()) for m in ZH_TITLE.finditer(text)]
    else:
        titles = [(m.start(), m.end()) for m in EN_TITLE.finditer(text)
                  if normalize_title(m.group("title") or m.group("italic"), "en") in lexicon.titles]
    found = []
    for label, matcher in (("TERM", lexicon.terms), ("AGENCY", lexicon.agencies),
                           ("MEASURE", lexicon.measures), ("TARGET", lexicon.targets)):
        for m in matcher.finditer(text):
            # 财政部 in 财政部门 ("finance departments") is not the Ministry of Finance
            if label == "AGENCY" and lexicon.lang == "zh" and text[m.end - 1:m.end] == "部" and text[m.end:m.end + 1] == "门":
                continue
            found.append((m.start, m.end, label, m.key))
    found += [(d.start, d.end, "DATE", d.iso) for d in find_dates(text, lexicon.lang)]
    return [{"label": label, "norm": norm} for start, end, label, norm in sorted(found, key=lambda r: (r[0], r[1], r[2]))
            if not any(s <= start and end <= e for s, e in titles)]


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


def english_passage_tokens(text: str) -> list[str]:
    """Stemmed words and adjacent-word pairs of an English passage (or claim)."""
    words = english_words(text)
    return words + word_pairs(words)


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
            for unit in document.units:
                if unit.kind == "article" or not unit.text.strip():
                    continue
                passages.setdefault(passage_of(unit.id), []).append(unit)
            for passage, units in passages.items():
                unit_words = []
                for unit in units:
                    words = english_passage_tokens(unit.content) if lang == "en" else data.unit_tokens(doc_id, lang, unit)
                    unit_words.append(words + annotation_tokens(data.annotations_by_unit.get((doc_id, lang, unit.id), [])))
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
            "lexicons": {lang: pickle.dumps(lexicon, protocol=pickle.HIGHEST_PROTOCOL) for lang, lexicon in lexicons.items()}}


def data_tokens_zh(text: str) -> list[str]:
    """jieba words of a Chinese title (index time only)."""
    if not text:
        return []
    from .analyze.data import tokens

    return tokens(text, "zh")


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
        self.region_patterns = [(region, re.compile(rf"\b{re.escape(region)}\b", re.IGNORECASE)) for region in self.regions]

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


# --- the cache -----------------------------------------------------------------------------------

def index_inputs(sources: Path | None, out: Path) -> list[Path]:
    """Every file the index is built from: the Chinese originals, the corpus data (translations,
    digests, catalog, glossary, agencies, measures, targets, patterns, bibliography), the build's
    annotations and our code (parsing and tokenizing rules live there)."""
    from .locations import corpus_dir

    corpus = corpus_dir()
    package = Path(__file__).resolve().parent
    files: list[Path] = []
    if sources is not None:
        files += sorted((sources / "zh").glob("*"))
    for folder in ("translations", "digests", "catalog", "patterns"):
        files += sorted((corpus / folder).rglob("*"))
    files += [corpus / name for name in ("glossary.yaml", "agencies.yaml", "measures.yaml", "targets.yaml",
                                          "claims/bibliography.yaml")]
    files += sorted((out / "annotations").glob("*.jsonl"))
    files += sorted(package.rglob("*.py"))
    return [f for f in files if f.is_file()]


def inputs_key(sources: Path | None, out: Path) -> str:
    """The cache key: a hash of the names and contents of every input file, the index format and
    the Python version (the cache is a pickle)."""
    from .locations import corpus_dir

    # names relative to their folder, so that the same inputs in another checkout or build folder
    # give the same key (builds are byte-identical wherever they run)
    bases = [(label, base.resolve()) for label, base in (("sources", sources), ("corpus", corpus_dir()),
                                                         ("build", out), ("code", Path(__file__).parent))
             if base is not None]
    digest = hashlib.sha256(f"{INDEX_FORMAT}\0{sys.version_info[:2]}\0".encode())
    for path in index_inputs(sources, out):
        resolved = path.resolve()
        name = next((f"{label}:{resolved.relative_to(base).as_posix()}" for label, base in bases
                     if resolved.is_relative_to(base)), resolved.name)
        digest.update(name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def cache_dir(out: Path) -> Path:
    return out / "cache" / "evidence"


def read_cached_state(path: Path) -> dict[str, Any] | None:
    """The state stored at path, or None when the file is missing, truncated or corrupt (its
    checksum, written with it, does not match): such a cache is rebuilt, never trusted."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    header = len(CACHE_MAGIC) + 32
    if len(raw) <= header or not raw.startswith(CACHE_MAGIC):
        return None
    checksum, payload = raw[len(CACHE_MAGIC):header], raw[header:]
    if hashlib.sha256(payload).digest() != checksum:
        return None
    try:
        state = pickle.loads(payload)  # our own file, checked above; never a downloaded one
    except Exception:  # noqa: BLE001 - any unpickling failure means a cache to rebuild
        return None
    return state if isinstance(state, dict) and state.get("format") == INDEX_FORMAT else None


def write_cached_state(path: Path, state: dict[str, Any]) -> None:
    """Write atomically (temporary file, then rename) and remove caches of other inputs."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)
    temporary = path.with_suffix(f".tmp{os.getpid()}")
    temporary.write_bytes(CACHE_MAGIC + hashlib.sha256(payload).digest() + payload)
    os.replace(temporary, path)
    for old in path.parent.glob("*.pickle"):
        if old != path:
            old.unlink(missing_ok=True)


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

        data = AnnotatedCorpus(load_corpus(sources), out)
    index = EvidenceIndex(data)
    if cache:
        write_cached_state(path, index.state)
    return index


# --- evaluation ----------------------------------------------------------------------------------

def register_queries(registers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The claims of the registers as test queries; their evidence is the cited units, catalog
    records (doc:catalog) and bibliography entries (bib:id)."""
    def reference(evidence: dict[str, Any]) -> str:
        if "unit" in evidence:
            return evidence["unit"]
        if "bib" in evidence:
            return f"{BIBLIOGRAPHY_DOC}:{evidence['bib']}"
        return f"{evidence['doc']}:{CATALOG_UNIT}"

    return [{"source": register["source"]["id"], "id": claim["id"], "query": claim["claim"],
             "evidence": [reference(e) for e in claim["evidence"]]}
            for register in registers for claim in register["claims"] if claim["evidence"]]


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
                     "top": [h.ref for h in hits[:top]], "kinds": [h.kind for h in hits[:top]]})
    found = sum(1 for r in rows if r["found"])
    mrr = sum(1 / r["rank"] for r in rows if r["rank"]) / len(rows) if rows else 0.0
    return {"queries": len(rows), "found": found, "share": round(found / len(rows), 4) if rows else 0.0,
            "mrr": round(mrr, 4), "top": top, "thesaurus": expand, "rows": rows}


def evaluate_finder(index: EvidenceIndex, sets: dict[str, list[dict[str, Any]]], top: int = 5) -> dict[str, Any]:
    """The finder scored on each query set, with and without the thesaurus.

    sets (dict): name -> queries, e.g. the claims register, the dev queries (used to tune the
        thesaurus, so optimistic), the test queries and the second unseen set (never tuned on).
    """
    return {name: {setting: evaluate_queries(index, queries, top, expand=setting == "thesaurus")
                   for setting in ("thesaurus", "no-thesaurus")}
            for name, queries in sets.items() if queries}


def browser_index(index: EvidenceIndex, page_of: Callable[[str], str]) -> dict[str, Any]:
    """What the site's evidence finder needs to rank passages in the browser as the CLI does, as
    far as it can without spaCy: the text passages and their BM25 postings, the stem of every
    English word of the corpus, the glossary and agency names (for TERM and AGENCY tokens), the
    regions and the thesaurus. Measures and targets in the claim are not recognized there, nor are
    word pairs; catalog records and bibliography entries are left out (the page links documents).

    page_of (Callable): catalog id -> the document page's path on the site.
    """
    data = index.data
    if data is None:
        raise ValueError("the browser index is made from an index built from the corpus, not from the cache")
    kept = [n for n, entry in enumerate(index.entries) if entry[4] in ("text", "digest")]
    renumber = {old: new for new, old in enumerate(kept)}
    passages, postings = [], {}
    for number in kept:
        doc_id, unit_id, lang, text, _ = index.entries[number]
        passages.append([doc_id, unit_id, lang, 0, page_of(doc_id), snippet(text, 200)])
    for token, found in sorted(index.postings.items()):
        if token.startswith("PAIR:"):
            continue
        kept_postings = [[renumber[n], count] for n, count in found if n in renumber]
        if kept_postings:
            postings[token] = kept_postings
            for n, count in kept_postings:
                passages[n][3] += count
    surface = sorted({t.lower() for _, unit in data.units("en") for t in EN_TOKEN.findall(unit.content)
                      if t.lower() not in STOPWORDS and len(t) > 1})
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
            "regions": index.regions, "thesaurus": [[p.pattern, t] for p, t in index.thesaurus]}


def snippet(text: str, width: int = 160) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= width else text[: width - 1] + "…"
