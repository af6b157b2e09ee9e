"""A learned tagger of English MEASURE and TARGET spans beside the rules (issue 16).

The English rules find what they were written on and much less of English worded otherwise. This tagger is a
linear-chain CRF per label over the words of a unit (BILOU tags: a span's first, inner and last word, a one-word
span, and outside), with lexical features only (the words, their endings and lemmas, their classes and those of
their neighbours), so that it learns from every gold span of the English train units rather than from what the rules
already do. It is trained by `bench/en_span_tagger.py` with python-crfsuite (en_span_tagger_training.py) on English
train units only, and its weights are a committed table (corpus/patterns/en-span-tagger.json), so annotating needs
no training and the same table gives the same spans.

Which English it runs on: by default ("auto") it runs in "add" mode on English the project did not write (a document
whose id is not in the catalog: the held-out English texts, a researcher's own file given to `xinyong annotate`), where
it lifts exact F1 of both labels on every batch it was measured on, and our own translations and digests (catalog ids)
keep the rules alone, on which the sanctions dataset and its hand-checked precision rest. $XINYONG_EN_TAGGER set to
off, redraw or add applies that mode to every English document.

The tagger's spans come first: a rule span of the same label that overlaps one is replaced by it, and the rule spans
it does not touch stay; a span no rule touched is added when the tagger is sure enough of it (ADD_MARGIN). A TARGET
span keeps the type of the rule span it overlaps most (the rules type a party by its head noun from the target
lists); a MEASURE span, and a TARGET span no rule found, gets the type its bag of words scores highest (a
maximum-entropy classifier in the same table). How it was chosen and what it gives: methodology.md.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import EXIT_USAGE, XinyongError
from .en_edges import word_class, word_spans

TAGGED_LABELS = ("MEASURE", "TARGET")
WEIGHTS_FILE = "patterns/en-span-tagger.json"
# BILOU rather than B/I/O: a tag of its own for a span's last word lets the CRF learn where spans end; out of fold on
# the held-out English train units it raised exact F1 of MEASURE 0.669 -> 0.675 and TARGET 0.764 -> 0.772, and on
# development batches 24-27 MEASURE 0.615 -> 0.624 (methodology.md, session 14).
TAGS = ("O", "B", "I", "L", "U")
CONTEXT = (-3, -2, -1, 1, 2, 3)
# How the pipeline uses the tagger, chosen by the environment variable: "redraw" lets it redraw the rule spans it
# overlaps; "add" also adds spans no rule touched, where it is sure enough of them (ADD_MARGIN, span_margins); "auto"
# (the default) is "add" on English we did not write and "off" on our own: on validation batches 6, 10 and 28 "add"
# raises exact F1 of MEASURE and TARGET, but on our own translations it adds sanctions records of which about half
# were wrong in a look at twelve (methodology.md, "A learned span tagger").
TAGGER_ENV = "XINYONG_EN_TAGGER"
MODES = ("auto", "off", "redraw", "add")
# A margin of 2 raised MEASURE precision on validation batches 6 and 10 at little recall; for TARGET any margin lost
# recall on batch 10.
ADD_MARGIN = {"MEASURE": 2.0, "TARGET": 0.0}


def tagger_mode() -> str:
    """The mode $XINYONG_EN_TAGGER asks for (auto, off, redraw or add; unset or empty: auto).

    RAISES (XinyongError): E307 for any other value.
    """
    mode = os.environ.get(TAGGER_ENV, "").strip().lower() or "auto"
    if mode not in MODES:
        raise XinyongError("E307", place=TAGGER_ENV, exit_code=EXIT_USAGE, value=mode)
    return mode


def document_mode(mode: str, own_text: bool) -> str:
    """The mode one English document is annotated in: "auto" is the rules alone ("off") on a text of our own (a
    translation or digest of a catalogued document) and "add" on any other; the other modes hold for every text."""
    if mode != "auto":
        return mode
    return "off" if own_text else "add"

Weights = dict[str, dict[str, float]]  # feature -> tag or type -> weight


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The word's lemma by lemminflect, read as a verb when it ends like one and as a noun otherwise."""
    from lemminflect import getLemma

    lower = word.lower()
    if not lower.isalpha():
        return lower
    upos = "VERB" if lower.endswith(("ing", "ed")) else "NOUN"
    found = getLemma(lower, upos=upos)
    return found[0] if found else lower


def _word_features(word: str) -> dict[str, str]:
    lower = word.lower()
    shape = "num" if word[0].isdigit() else "punct" if not word[0].isalnum() else "Cap" if word[0].isupper() else "low"
    return {"w": lower, "lem": lemma(word), "s3": lower[-3:], "s2": lower[-2:], "p3": lower[:3], "shape": shape,
            "cls": word_class(word)}


def token_features(words: list[str]) -> list[list[str]]:
    """The features of each word of a unit: its own, its neighbours' words and classes, and word pairs."""
    own = [_word_features(word) for word in words]
    features = []
    for i, mine in enumerate(own):
        row = ["bias"] + [f"{key}={value}" for key, value in mine.items()]
        for offset in CONTEXT:
            j = i + offset
            if 0 <= j < len(own):
                row += [f"{offset}:w={own[j]['w']}", f"{offset}:cls={own[j]['cls']}"]
                if abs(offset) == 1:
                    row += [f"{offset}:lem={own[j]['lem']}", f"{offset}:s3={own[j]['s3']}"]
            else:
                row.append(f"{offset}:w=<edge>")
        if i > 0:
            row.append(f"-1,0={own[i - 1]['w']}|{mine['w']}")
        if i + 1 < len(own):
            row.append(f"0,+1={mine['w']}|{own[i + 1]['w']}")
        features.append(row)
    return features


def span_type_features(words: list[str]) -> list[str]:
    """The bag of words of a span, its first and last words and lemmas (the head of a party is its last word), and
    the endings of its last word: a head the train units never had ("performer", "declarant") is typed by what its
    ending says of the heads that were (a person or an organisation)."""
    lowers = [w.lower() for w in words]
    last = lowers[-1]
    return (["bias"] + sorted({f"w={w}" for w in lowers} | {f"lem={lemma(w)}" for w in words})
            + [f"first={lowers[0]}", f"last={last}", f"lastlem={lemma(words[-1])}",
               f"last2={' '.join(lowers[-2:])}", f"lastend2={last[-2:]}", f"lastend3={last[-3:]}",
               f"lastend4={last[-4:]}"])


def tags_of_spans(word_offsets: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[str]:
    """BILOU tags of the words for spans (start, end); a span overlapping one already tagged is left out."""
    tags = ["O"] * len(word_offsets)
    for start, end in sorted(spans):
        inside = [i for i, (s, e) in enumerate(word_offsets) if s >= start and e <= end]
        if not inside or any(tags[i] != "O" for i in inside):
            continue
        if len(inside) == 1:
            tags[inside[0]] = "U"
            continue
        tags[inside[0]] = "B"
        for i in inside[1:-1]:
            tags[i] = "I"
        tags[inside[-1]] = "L"
    return tags


def tag_runs(tags: list[str]) -> list[tuple[int, int]]:
    """(first word, word after) of each span of a tag sequence: a run starts at any tag but O and goes on through
    I and L tags until an L or U ends it (a sequence the CRF decodes is read the same way if it breaks BILOU's
    order, as an I after O or a B without L)."""
    runs = []
    i = 0
    while i < len(tags):
        if tags[i] == "O":
            i += 1
            continue
        j = i + 1
        while j < len(tags) and tags[j - 1] not in ("L", "U") and tags[j] in ("I", "L"):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def state_scores(features: list[list[str]], state: Weights) -> list[dict[str, float]]:
    """Each word's score per tag: the sum of its features' state weights."""
    return [{tag: sum(state.get(f, {}).get(tag, 0.0) for f in row) for tag in TAGS} for row in features]


def best_path(scores: list[dict[str, float]], transitions: dict[str, float]) -> tuple[list[str], float]:
    """The highest-scoring tag sequence of a linear-chain CRF over per-word tag scores and transition weights
    ("previous>next"), and its score; ties go to the tag listed first in TAGS."""
    if not scores:
        return [], 0.0
    best = [dict(scores[0])]
    back: list[dict[str, str]] = []
    for i in range(1, len(scores)):
        step, pointers = {}, {}
        for tag in TAGS:
            previous = max(TAGS, key=lambda p: (best[-1][p] + transitions.get(f"{p}>{tag}", 0.0), -TAGS.index(p)))
            step[tag] = best[-1][previous] + transitions.get(f"{previous}>{tag}", 0.0) + scores[i][tag]
            pointers[tag] = previous
        best.append(step)
        back.append(pointers)
    tag = max(TAGS, key=lambda t: (best[-1][t], -TAGS.index(t)))
    total = best[-1][tag]
    path = [tag]
    for pointers in reversed(back):
        tag = pointers[tag]
        path.append(tag)
    return path[::-1], total


def viterbi(features: list[list[str]], state: Weights, transitions: dict[str, float]) -> list[str]:
    """The highest-scoring tag sequence of a linear-chain CRF (state weights per feature and tag, transition
    weights per "previous>next")."""
    return best_path(state_scores(features, state), transitions)[0]


OUTSIDE_ONLY = {tag: float("-inf") for tag in TAGS if tag != "O"}


def span_margins(scores: list[dict[str, float]], transitions: dict[str, float]) -> list[tuple[int, int, float]]:
    """(first word, word after, margin) of each span of the best path; the margin is how much the best path
    outscores the best path that tags the span's words O: how sure the tagger is that a span lies there."""
    path, total = best_path(scores, transitions)
    found = []
    for i, j in tag_runs(path):
        forced = [dict(row, **OUTSIDE_ONLY) if i <= k < j else row for k, row in enumerate(scores)]
        found.append((i, j, total - best_path(forced, transitions)[1]))
    return found


def best_type(words: list[str], weights: Weights) -> str | None:
    """The type whose weights score the span's features highest (ties: the first type by name)."""
    totals: dict[str, float] = {}
    for feature in span_type_features(words):
        for kind, weight in weights.get(feature, {}).items():
            totals[kind] = totals.get(kind, 0.0) + weight
    return min(totals, key=lambda kind: (-totals[kind], kind)) if totals else None


@lru_cache(maxsize=4)
def load_tagger(corpus: str) -> dict[str, Any] | None:
    """The committed weights table, or None when the corpus has none (the rules then stand alone).

    RAISES (XinyongError): E306 for a table that cannot be read or lacks a label's weights.
    """
    path = Path(corpus) / WEIGHTS_FILE
    if not path.is_file():
        return None
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
        for label in TAGGED_LABELS:
            table["labels"][label]["state"], table["labels"][label]["transitions"], table["types"][label]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as problem:
        raise XinyongError("E306", path=path, reason=f"{type(problem).__name__}: {problem}") from None
    if table.get("tags") != list(TAGS):
        # a table trained on other tags (session 13's B/I/O) would be decoded wrongly without a word of warning
        named = f"its tags are {table['tags']}" if "tags" in table else "it names no tags, as an older B/I/O table does"
        raise XinyongError("E306", path=path, reason=f"{named}; this code decodes {list(TAGS)}")
    return table


def tagged_spans(text: str, table: dict[str, Any]) -> dict[str, list[tuple[int, int, float]]]:
    """The spans of each tagged label the tagger finds in one unit's text, with their margins (span_margins); the
    words' features are computed once."""
    offsets = word_spans(text)
    features = token_features([text[s:e] for s, e in offsets])
    found = {}
    for label in TAGGED_LABELS:
        weights = table["labels"][label]
        margins = span_margins(state_scores(features, weights["state"]), weights["transitions"])
        found[label] = [(offsets[i][0], offsets[j - 1][1], margin) for i, j, margin in margins]
    return found


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def span_type(text: str, start: int, end: int, label: str, touching: list[dict[str, Any]],
              table: dict[str, Any]) -> str | None:
    """The type of a tagger span: for a TARGET, the type of the rule span it overlaps most (the rules type a party
    by its head noun); else the classifier's (a measure's type lies in its activity words, which the rule's
    shorter or longer span may not hold)."""
    if touching and label == "TARGET":
        return max(touching, key=lambda r: (_overlap((start, end), (r["start"], r["end"])), -r["start"]))["norm"]
    piece = text[start:end]
    return best_type([piece[s:e] for s, e in word_spans(piece)], table["types"][label])


def merged_unit_records(text: str, own: list[dict[str, Any]], table: dict[str, Any],
                        base: dict[str, Any], add: bool = True) -> list[dict[str, Any]]:
    """One unit's records with the tagger's MEASURE and TARGET spans first (see the module's docstring); records of
    other labels are kept as they are. No tagger span is kept inside a cited title.

    base (dict): the fields every record of the unit carries (doc, unit, lang).
    add (bool): also add the spans no rule touched that the tagger is sure enough of (else only redraw).
    """
    titles = [(r["start"], r["end"]) for r in own if r["label"] == "CITATION"]
    kept = [r for r in own if r["label"] not in TAGGED_LABELS]
    tagged = tagged_spans(text, table)
    for label in TAGGED_LABELS:
        rules = [r for r in own if r["label"] == label]
        found = [s for s in tagged[label] if not any(_overlap(s, t) for t in titles)]
        for start, end, margin in found:
            touching = [r for r in rules if _overlap((start, end), (r["start"], r["end"]))]
            if not touching and (not add or margin < ADD_MARGIN[label]):
                continue
            norm = span_type(text, start, end, label, touching, table)
            kept.append({**base, "start": start, "end": end, "label": label, "text": text[start:end], "norm": norm})
        placed = [(r["start"], r["end"]) for r in kept if r["label"] == label]
        kept += [r for r in rules if not any(_overlap(s, (r["start"], r["end"])) for s in placed)]
    return sorted(kept, key=lambda r: (r["start"], r["end"], r["label"]))


def with_tagger_spans(records: list[dict[str, Any]], units: list[tuple[str, str]], doc_id: str, docs: list,
                      corpus: str, own_text: bool, mode: str | None = None) -> list[dict[str, Any]]:
    """One English document's records (pipeline.annotate_units) with the tagger's spans merged in, unit by unit, and
    the kept Docs' span groups made to say the same; the records unchanged when the tagger is off for the document
    (document_mode) or the corpus has no weights table.

    records (list[dict]): the document's standoff records, in unit order then offset order.
    units (list[tuple[str, str]]): (unit id, text) in document order.
    docs (list[Doc]): the Docs kept for DocBin (user_data["unit"] set), or none.
    own_text (bool): the document is one of our translations or digests (its id is a catalog id).
    mode (str | None): auto, off, redraw or add (default: what $XINYONG_EN_TAGGER says).
    RETURNS (list[dict]): the records, in unit order then offset order.
    """
    mode = document_mode(mode or tagger_mode(), own_text)
    table = load_tagger(corpus) if mode != "off" else None
    if table is None:
        return records
    from .en_edges import respan_measures_and_targets

    by_unit: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        by_unit.setdefault(record["unit"], []).append(record)
    merged: dict[str, list[dict[str, Any]]] = {}
    for unit_id, text in units:
        merged[unit_id] = merged_unit_records(text, by_unit.get(unit_id, []), table,
                                              {"doc": doc_id, "unit": unit_id, "lang": "en"}, mode == "add")
    for doc in docs:
        respan_measures_and_targets(doc, merged.get(doc.user_data.get("unit"), []))
    return [record for unit_id, _ in units for record in merged[unit_id]]
