"""A learned corrector of the edges of English MEASURE and TARGET spans (issue 16, experiment).

The English rules find the right phrases but often cut them elsewhere than the gold does (an
auxiliary, an article, "to", a duration or a condition in or out). This module moves each edge of a
rule span to one of the word edges within a few words of it, choosing by a linear model over features
of the edge's context (the words at and around it, their classes, the words added or dropped, the
span's label and measure type). The weights are a committed table (corpus/patterns/en-edges.json)
trained by `bench/en_edges.py` on English train units only (en_edges_model.py); the corrector is used
by the pipeline only while `EDGE_CORRECTOR_ON` is True (see methodology: it was tried and measured).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from ..errors import XinyongError

Record = tuple[int, int, str, str | None]  # start, end, label, norm

CORRECTED_LABELS = ("MEASURE", "TARGET")
WEIGHTS_FILE = "patterns/en-edges.json"
# Whether the pipeline runs the corrector (decided on validation batch 6; see methodology.md).
EDGE_CORRECTOR_ON = False

# Words: numbers with their separators, letter runs with inner hyphens, a possessive 's on its own
# (the gold leaves it outside: "the [debtor]'s"), and any other non-space character.
WORD = re.compile(r"\d+(?:[.,]\d+)*|[A-Za-z]+(?:-[A-Za-z]+)*|['’]s\b|\S")

WORD_CLASSES: dict[str, tuple[str, ...]] = {
    "article": ("a", "an", "the"),
    "possessive": ("its", "their", "his", "her", "our", "'s", "’s"),
    "auxiliary": ("shall", "may", "must", "will", "should", "can", "be", "is", "are", "was", "were", "been",
                  "being", "not", "also", "further"),
    "preposition": ("of", "in", "on", "at", "for", "from", "by", "with", "under", "within", "into", "upon",
                    "against", "during", "through", "according", "than", "over", "after", "before"),
    "to": ("to",),
    "conjunction": ("and", "or", "nor", "but", "as", "well"),
    "duration": ("year", "years", "month", "months", "day", "days", "period", "periods", "week", "weeks"),
    "condition": ("where", "if", "when", "who", "which", "that", "whose", "unless", "until", "whom"),
    "quantifier": ("all", "each", "every", "any", "relevant", "such", "other", "those", "these", "this"),
    "etc": ("etc", "etc."),
    "amount": ("yuan", "rmb", "percent", "times", "not", "less", "more", "up"),
    "law": ("law", "laws", "regulations", "provisions", "accordance"),
}
CLASS_OF = {word: name for name, words in WORD_CLASSES.items() for word in words}


def word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every word of `text` (see WORD)."""
    return [(m.start(), m.end()) for m in WORD.finditer(text)]


def word_class(word: str) -> str:
    """A coarse class of one word: a listed class, else its shape (num, punct, Cap, low)."""
    lower = word.lower()
    if lower in CLASS_OF:
        return CLASS_OF[lower]
    if word[0].isdigit():
        return "num"
    if not word[0].isalnum():
        return "punct"
    return "Cap" if word[0].isupper() else "low"


def _word(text: str, spans: list[tuple[int, int]], index: int) -> str:
    return text[spans[index][0]:spans[index][1]].lower() if 0 <= index < len(spans) else "<none>"


def _cls(text: str, spans: list[tuple[int, int]], index: int) -> str:
    return word_class(text[spans[index][0]:spans[index][1]]) if 0 <= index < len(spans) else "<none>"


def _moved_words(text: str, spans: list[tuple[int, int]], low: int, high: int, sign: str) -> list[str]:
    """Features of the words between two edges (added to or dropped from the span)."""
    words = [i for i, (s, e) in enumerate(spans) if s >= low and e <= high]
    features = [f"{sign}n={min(len(words), 4)}"]
    for i in words:
        features += [f"{sign}w={_word(text, spans, i)}", f"{sign}c={_cls(text, spans, i)}"]
    return features


def edge_features(text: str, spans: list[tuple[int, int]], side: str, position: int, rule_edge: int,
                  delta: int, label: str, kind: str | None) -> list[str]:
    """The features of putting one edge (side "L" or "R") of a span at `position`.

    spans: the unit's words; rule_edge: where the rules put this edge; delta: how many words the
    candidate lies from it (negative: outward for L, inward for R).
    """
    if side == "L":
        inside = next((i for i, (s, _) in enumerate(spans) if s >= position), len(spans))
        outside = inside - 1
    else:
        outside = next((i for i, (s, _) in enumerate(spans) if s >= position), len(spans))
        inside = outside - 1
    step = -1 if side == "L" else 1  # from inside towards outside and beyond
    w_in, w_out = _word(text, spans, inside), _word(text, spans, outside)
    c_in, c_out = _cls(text, spans, inside), _cls(text, spans, outside)
    c_in2 = _cls(text, spans, inside - step)
    w_out2 = _word(text, spans, outside + step)
    c_out2 = _cls(text, spans, outside + step)
    kind = kind or "-"
    base = [f"d={delta}", f"lab={label}|d={delta}", f"in={w_in}", f"out={w_out}", f"cin={c_in}", f"cout={c_out}",
            f"cin,cout={c_in}|{c_out}", f"in,out={w_in}|{w_out}", f"out,out2={w_out}|{w_out2}",
            f"cout,cout2={c_out}|{c_out2}", f"cin,cin2={c_in}|{c_in2}", f"lab,in={label}|{w_in}",
            f"lab,out={label}|{w_out}", f"lab,cin={label}|{c_in}", f"lab,cout={label}|{c_out}",
            f"kind,in={kind}|{w_in}", f"kind,out={kind}|{w_out}", f"kind,d={kind}|{delta}"]
    if delta:
        low, high = sorted((position, rule_edge))
        grows = (side == "L") == (position < rule_edge)
        base += _moved_words(text, spans, low, high, "add" if grows else "drop")
    return [f"{side}|{feature}" for feature in base]


def edge_candidates(spans: list[tuple[int, int]], side: str, edge: int, window: int,
                    low: int, high: int) -> list[tuple[int, int]]:
    """(position, delta) of the word edges within `window` words of `edge` on one side of a span,
    strictly between `low` and `high`; the rules' own edge is always a candidate, with delta 0."""
    points = sorted({s for s, _ in spans} if side == "L" else {e for _, e in spans})
    before = [p for p in points if p < edge and low < p < high][-window:] if window else []
    after = [p for p in points if p > edge and low < p < high][:window] if window else []
    sign = 1 if side == "L" else -1  # L: moving right drops words (+); R: moving left drops words (+)
    return ([(p, -sign * (len(before) - i)) for i, p in enumerate(before)] + [(edge, 0)]
            + [(p, sign * (i + 1)) for i, p in enumerate(after)])


def score(weights: dict[str, float], features: Iterable[str]) -> float:
    return sum(weights.get(feature, 0.0) for feature in features)


def best_edge(weights: dict[str, float], text: str, spans: list[tuple[int, int]], side: str, edge: int,
              other_edge: int, window: int, low: int, high: int, label: str, kind: str | None,
              margin: float = 0.0) -> int:
    """The highest-scoring candidate for one edge; ties go to the candidate nearest the rules' edge, and
    a move must beat the rules' own edge by more than `margin`."""
    if side == "L":
        high = min(high, other_edge)
    else:
        low = max(low, other_edge)
    best_key: tuple[float, int] | None = None
    best = edge
    for position, delta in edge_candidates(spans, side, edge, window, low, high):
        value = score(weights, edge_features(text, spans, side, position, edge, delta, label, kind))
        value -= margin if delta else 0.0
        if best_key is None or (value, -abs(delta)) > best_key:
            best_key, best = (value, -abs(delta)), position
    return best


def correct_edges(text: str, records: list[Record], weights: dict[str, float], window: int,
                  margin: float = 0.0) -> list[Record]:
    """The records with the edges of every MEASURE and TARGET span moved where the model puts them.

    A span never grows into another span of its label (its neighbours bound its candidates), and
    a span the corrector would empty is left as the rules made it.
    """
    if not weights:
        return records
    spans = word_spans(text)
    out: list[Record] = []
    for record in records:
        start, end, label, kind = record
        if label not in CORRECTED_LABELS:
            out.append(record)
            continue
        same = [r for r in records if r[2] == label and r is not record]
        low = max([r[1] - 1 for r in same if r[1] <= start] + [-1])
        high = min([r[0] + 1 for r in same if r[0] >= end] + [len(text) + 1])
        new_start = best_edge(weights, text, spans, "L", start, end, window, low, high, label, kind, margin)
        new_end = best_edge(weights, text, spans, "R", end, start, window, low, high, label, kind, margin)
        out.append((new_start, new_end, label, kind) if new_start < new_end else record)
    return out


@lru_cache(maxsize=4)
def load_weights(corpus: str) -> tuple[dict[str, float], int, float]:
    """The committed weights, window and margin (corpus/patterns/en-edges.json), or no weights when absent.

    RAISES (XinyongError): E308 for a file that is not JSON or lacks weights, window or margin.
    """
    path = Path(corpus) / WEIGHTS_FILE
    if not path.is_file():
        return {}, 0, 0.0
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
        return ({str(k): float(v) for k, v in table["weights"].items()}, int(table["window"]),
                float(table["margin"]))
    except json.JSONDecodeError as error:
        raise XinyongError("E308", path=path, line=error.lineno, reason=error.msg) from None
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise XinyongError("E308", path=path, reason=f"no valid 'weights', 'window' and 'margin' ({error})") from None


def correct_en_records(records: list[dict[str, Any]], texts: dict[str, str], docs: list, corpus: str) -> None:
    """Move the edges of the English MEASURE and TARGET records (pipeline.annotate_units), in place and in
    the kept Docs' span groups, when the corrector is on; nothing otherwise.

    records (list[dict]): one document's standoff records, in unit order then offset order.
    texts (dict[str, str]): unit id -> its text.
    docs (list[Doc]): the Docs kept for DocBin (user_data["unit"] set), or none.
    corpus (str): the corpus folder holding the weights table.
    """
    if not EDGE_CORRECTOR_ON:
        return
    weights, window, margin = load_weights(corpus)
    if not weights:
        return
    by_unit: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        by_unit.setdefault(record["unit"], []).append(record)
    for unit, own in by_unit.items():
        text = texts[unit]
        moved = correct_edges(text, [(r["start"], r["end"], r["label"], r["norm"]) for r in own], weights, window,
                              margin)
        for record, (start, end, _, _) in zip(own, moved):
            record.update(start=start, end=end, text=text[start:end])
    order = {unit: index for index, unit in enumerate(by_unit)}
    records.sort(key=lambda r: (order[r["unit"]], r["start"], r["end"], r["label"]))
    for doc in docs:
        respan_measures_and_targets(doc, by_unit.get(doc.user_data.get("unit"), []))


def respan_measures_and_targets(doc: Any, own: list[dict[str, Any]]) -> None:
    """The Doc's MEASURE and TARGET records and token-aligned spans made to say what the corrected records say."""
    from .components import SPAN_KEY

    moved = [r for r in own if r["label"] in CORRECTED_LABELS]
    doc.user_data[SPAN_KEY] = [r for r in doc.user_data.get(SPAN_KEY, []) if r[2] not in CORRECTED_LABELS] + [
        (r["start"], r["end"], r["label"], r["norm"]) for r in moved]
    group = doc.spans[SPAN_KEY] if SPAN_KEY in doc.spans else []
    kept = [span for span in group if span.label_ not in CORRECTED_LABELS]
    spans = [doc.char_span(r["start"], r["end"], label=r["label"], kb_id=r["norm"] or "", alignment_mode="expand")
             for r in moved]
    doc.spans[SPAN_KEY] = kept + [span for span in spans if span is not None]
