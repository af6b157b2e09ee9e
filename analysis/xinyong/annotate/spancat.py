"""A trained span categoriser beside the rules (issue 19): spaCy `spancat` on jieba tokens, trained
on the Chinese train units of corpus/gold (never the test units, never the held-out documents),
small, CPU only and seeded, so that a run gives the same model. It predicts MEASURE and TARGET
spans; `compare_on_heldout` scores it and the rules on the held-out documents with the evaluation's
own scorer. The model is not kept: it is rebuilt from the gold files when asked for.
"""
from __future__ import annotations

import random
from pathlib import Path
from typing import Any, Iterable

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from ..corpus import Corpus
from ..locations import corpus_dir
from .evaluate import GoldUnit, load_gold, load_heldout_gold, score
from .pipeline import analysis_text, annotate_units, load_userdict

SPAN_KEY = "sc"
SPANCAT_LABELS = ("MEASURE", "TARGET")
# Longest span in jieba tokens the suggester proposes: most measures and parties are 1-8 tokens.
MAX_TOKENS = 8


def blank_chinese(corpus: Path | None = None) -> Language:
    """A blank Chinese pipeline with the jieba segmenter and our user dictionary (as the rules use)."""
    load_userdict(Path(corpus or corpus_dir()))
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})


def blank_pipeline(lang: str, corpus: Path | None = None) -> Language:
    """The blank tokenizer the model reads: jieba for Chinese (as the rules use), spaCy's English rules."""
    return blank_chinese(corpus) if lang == "zh" else spacy.blank("en")


def _training_doc(nlp: Language, unit: GoldUnit, max_tokens: int = MAX_TOKENS) -> Doc:
    doc = nlp.make_doc(analysis_text(unit.text, unit.lang))
    spans = []
    for start, end, label, _ in unit.spans:
        if label in SPANCAT_LABELS:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None and len(span) <= max_tokens:
                spans.append(span)
    doc.spans[SPAN_KEY] = spans
    return doc


def train_spancat(units: Iterable[GoldUnit], seed: int = 19, epochs: int = 15,
                  corpus: Path | None = None, lang: str = "zh", max_tokens: int = MAX_TOKENS,
                  threshold: float = 0.5) -> Language:
    """Train the span categoriser on gold units.

    units (Iterable[GoldUnit]): training units of one language (train splits only).
    seed (int): the random seed (model initialisation and the order of the examples).
    epochs (int): passes over the units.
    lang (str): zh (jieba tokens) or en (spacy.blank("en") tokens).
    max_tokens (int): the longest span the suggester proposes, in tokens (longer gold spans are left out).
    threshold (float): the score above which a suggested span is kept.
    RETURNS (Language): the trained pipeline (tokenizer and spancat).
    """
    spacy.util.fix_random_seed(seed)
    nlp = blank_pipeline(lang, corpus)
    nlp.add_pipe("spancat", config={
        "spans_key": SPAN_KEY, "threshold": threshold,
        "suggester": {"@misc": "spacy.ngram_range_suggester.v1", "min_size": 1, "max_size": max_tokens},
        "model": {"@architectures": "spacy.SpanCategorizer.v1",
                  "scorer": {"@layers": "spacy.LinearLogistic.v1"},
                  "reducer": {"@layers": "spacy.mean_max_reducer.v1", "hidden_size": 64},
                  "tok2vec": {"@architectures": "spacy.HashEmbedCNN.v2", "width": 64, "depth": 2,
                              "embed_size": 2000, "window_size": 1, "maxout_pieces": 3,
                              "subword_features": False, "pretrained_vectors": None}}})
    examples = []
    for unit in units:
        doc = _training_doc(nlp, unit, max_tokens)
        examples.append(Example(nlp.make_doc(doc.text), doc))
    optimizer = nlp.initialize(lambda: examples)
    order = random.Random(seed)
    for _ in range(epochs):
        order.shuffle(examples)
        for batch in spacy.util.minibatch(examples, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.1)
    return nlp


def predict(nlp: Language, units: list[GoldUnit]) -> dict[tuple[str, str, str], list[tuple[int, int, str, str | None]]]:
    """The spans the trained model finds, keyed like the evaluation's predictions; within a label,
    overlapping spans are resolved to the highest-scoring one (the guidelines' one span per mention)."""
    found: dict[tuple[str, str, str], list[tuple[int, int, str, str | None]]] = {}
    texts = [analysis_text(u.text, u.lang) for u in units]
    for unit, doc in zip(units, nlp.pipe(texts)):
        group = doc.spans[SPAN_KEY]
        scores = group.attrs.get("scores", [1.0] * len(group))
        ranked = sorted(zip(group, scores), key=lambda pair: -float(pair[1]))
        chosen: list[tuple[int, int, str, str | None]] = []
        for span, _ in ranked:
            if not any(c[2] == span.label_ and c[0] < span.end_char and span.start_char < c[1] for c in chosen):
                chosen.append((span.start_char, span.end_char, span.label_, None))
        found[(unit.doc, unit.lang, unit.unit)] = sorted(chosen)
    return found


def _overlap_figures(results: dict[str, Any], label: str) -> dict[str, float]:
    overlap = results["overlap"][label]
    return {"precision": round(overlap.precision, 3), "recall": round(overlap.recall, 3), "f1": round(overlap.f1, 3),
            "support": overlap.tp + overlap.fn}


def compare_on_heldout(corpus: Corpus, seed: int = 19, epochs: int = 15) -> dict[str, Any]:
    """Overlap precision, recall and F1 of MEASURE and TARGET on the held-out documents, for the
    trained span categoriser and for the rules (norms are not compared: the model predicts none).

    corpus (Corpus): the parsed texts.
    RETURNS (dict): {"spancat": {label: figures}, "rules": {label: figures}, "training_units": n}.
    """
    train = [u for u in load_gold(corpus) if u.lang == "zh" and u.split == "train"]
    heldout = [u for u in load_heldout_gold(corpus).units if u.lang == "zh"]
    model = train_spancat(train, seed=seed, epochs=epochs)
    model_results = score(heldout, predict(model, heldout), check_norm=False)
    rules: dict[tuple[str, str, str], list[tuple[int, int, str, str | None]]] = {}
    for doc_id in sorted({u.doc for u in heldout}):
        units = [u for u in heldout if u.doc == doc_id]
        records, _ = annotate_units([(u.unit, u.text) for u in units], "zh", doc_id)
        for record in records:
            rules.setdefault((doc_id, "zh", record["unit"]), []).append(
                (record["start"], record["end"], record["label"], record["norm"]))
    rule_results = score(heldout, rules, check_norm=False)
    return {"training_units": len(train), "heldout_units": len(heldout),
            "spancat": {label: _overlap_figures(model_results, label) for label in SPANCAT_LABELS},
            "rules": {label: _overlap_figures(rule_results, label) for label in SPANCAT_LABELS}}
