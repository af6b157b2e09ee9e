"""The evidence finder's tokens: stemmed English words and their pairs, annotation tokens
(`MEASURE:exit-restriction`), the lay-vocabulary thesaurus, the catalog's region and year tokens, and
the claim annotator (the annotator's own matchers, no spaCy) that turns a claim into such tokens."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

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
CATALOG_UNIT = "catalog"  # the unit id of a catalog record hit ("sesame-credit-2015:catalog")
BIBLIOGRAPHY_DOC = "bib"  # the doc id of a bibliography hit ("bib:botsman-2017-wired")


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
class Lexicon:
    """The annotator's rules for one language, enough to annotate a claim without spaCy.

    resources (Resources): the matchers and tables of annotate.resources, as the pipeline loads them.
    components (tuple[str, ...]): the pipeline's components in their order (the label table's).
    """

    lang: str
    resources: Any
    components: tuple[str, ...]


def make_lexicon(lang: str) -> Lexicon:
    from .annotate.resources import load_resources
    from .labels import component_order
    from .locations import corpus_dir

    corpus = str(corpus_dir())
    return Lexicon(lang, load_resources(lang, corpus), tuple(component_order(lang, corpus)))


def light_annotations(text: str, lexicon: Lexicon) -> list[dict[str, Any]]:
    """The claim's TERM, AGENCY, MEASURE, TARGET and DATE annotations, found by the pipeline's own
    finders in the pipeline's order (annotate.finders, which the spaCy components wrap), so a claim
    is annotated as the pipeline would annotate it, without loading spaCy or a segmenter."""
    from .annotate.finders import find_all

    if lexicon.lang == "zh":
        from .annotate.measure_context import drop_context_measures
        from .sources import to_simplified

        text = to_simplified(text)  # what the pipeline reads (same length)
    found = find_all(text, lexicon.resources, lexicon.components)
    if lexicon.lang == "zh":
        rows = [{"unit": "claim", "start": s, "end": e, "label": label, "norm": norm, "text": text[s:e]}
                for s, e, label, norm in found]
        found = [(r["start"], r["end"], r["label"], r["norm"])
                 for r in drop_context_measures(rows, {"claim": text})]
    ordered = sorted(found, key=lambda r: (r[0], r[1], r[2]))
    return [{"label": label, "norm": norm} for start, end, label, norm in ordered if label in MATCHED_LABELS]


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
    region = [f"REGION:{entry['region'].lower()}"] if entry.get("region") else []
    return region + [f"YEAR:{year}" for year in sorted(years)]


def english_passage_tokens(text: str) -> list[str]:
    """Stemmed words and adjacent-word pairs of an English passage (or claim)."""
    words = english_words(text)
    return words + word_pairs(words)


def data_tokens_zh(text: str) -> list[str]:
    """jieba words of a Chinese title (index time only)."""
    if not text:
        return []
    from .analyze.data import tokens

    return tokens(text, "zh")
