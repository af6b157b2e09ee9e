"""Training and cross-validation of the English edge corrector (en_edges.py), on English train units only.

Training examples: every rule MEASURE or TARGET span that overlaps a gold span of its label, each being
the other's largest overlap; each edge of it is one example whose candidates are the word edges near
the rules' edge and whose answer is the gold edge (an edge whose gold lies outside the window teaches
nothing and is skipped). The model is an averaged perceptron that ranks an edge's candidates, trained
in a seeded order, so the same data give the same weights. Settings (window, epochs) are chosen by
cross-validation with whole documents held out.
"""
from __future__ import annotations

import json
import random
from collections import defaultdict
from pathlib import Path

from .en_edges import (CORRECTED_LABELS, Record, correct_edges, edge_candidates, edge_features, score,
                       word_spans)
from .gold import GoldUnit, score as score_spans

Predictions = dict[tuple[str, str, str], list[Record]]
Example = tuple[list[list[str]], list[int], int]  # candidates' features, their |delta|, the answer's index

FOLDS = 5
SEED = 16
WINDOWS_TRIED = (2, 3)
EPOCHS_TRIED = (5, 10)


def _overlap(a: Record, b: Record) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def paired_spans(rules: list[Record], gold: list[Record]) -> list[tuple[Record, Record]]:
    """(rule span, gold span) pairs of one label whose largest overlaps are each other."""
    pairs = []
    for rule in rules:
        best = max(gold, key=lambda g: (_overlap(rule, g), -g[0]), default=None)
        if best is None or not _overlap(rule, best):
            continue
        back = max(rules, key=lambda r: (_overlap(r, best), -r[0]))
        if back == rule:
            pairs.append((rule, best))
    return pairs


def _bounds(records: list[Record], record: Record, text: str) -> tuple[int, int]:
    same = [r for r in records if r[2] == record[2] and r is not record]
    low = max([r[1] - 1 for r in same if r[1] <= record[0]] + [-1])
    high = min([r[0] + 1 for r in same if r[0] >= record[1]] + [len(text) + 1])
    return low, high


def _example(unit: GoldUnit, spans: list[tuple[int, int]], side: str, edge: int, bounds: tuple[int, int],
             answer: int, window: int, label: str, kind: str | None) -> Example | None:
    """One edge example: the candidates around `edge` within bounds, answered by `answer` (None when the
    answer is not among them)."""
    candidates = edge_candidates(spans, side, edge, window, *bounds)
    positions = [p for p, _ in candidates]
    if answer not in positions:
        return None
    features = [edge_features(unit.text, spans, side, p, edge, d, label, kind) for p, d in candidates]
    return features, [abs(d) for _, d in candidates], positions.index(answer)


def shifted_examples(unit: GoldUnit, window: int, shifts: tuple[int, ...]) -> list[Example]:
    """Examples made from the gold alone: each gold edge moved by a few words plays the rules' edge, so
    that the conventions (what lies inside and outside a span) are learnt from every gold span, not only
    from the few the rules cut wrongly on their own train data."""
    spans = word_spans(unit.text)
    examples: list[Example] = []
    for start, end, label, kind in unit.spans:
        if label not in CORRECTED_LABELS:
            continue
        low, high = _bounds(list(unit.spans), (start, end, label, kind), unit.text)
        for side, answer, other in (("L", start, end), ("R", end, start)):
            points = sorted({s for s, _ in spans} if side == "L" else {e for _, e in spans})
            if answer not in points:
                continue
            at = points.index(answer)
            bounds = (low, min(high, other)) if side == "L" else (max(low, other), high)
            for shift in shifts:
                if 0 <= at + shift < len(points) and bounds[0] < points[at + shift] < bounds[1]:
                    example = _example(unit, spans, side, points[at + shift], bounds, answer, window, label, kind)
                    if example:
                        examples.append(example)
    return examples


def unit_examples(unit: GoldUnit, found: list[Record], window: int) -> list[Example]:
    """The edge examples of one unit (see the module docstring)."""
    spans = word_spans(unit.text)
    examples: list[Example] = []
    for label in CORRECTED_LABELS:
        rules = [r for r in found if r[2] == label]
        gold = [g for g in unit.spans if g[2] == label]
        for rule, want in paired_spans(rules, gold):
            low, high = _bounds(found, rule, unit.text)
            for side, edge, other, answer in (("L", rule[0], rule[1], want[0]), ("R", rule[1], rule[0], want[1])):
                bounds = (low, min(high, other)) if side == "L" else (max(low, other), high)
                example = _example(unit, spans, side, edge, bounds, answer, window, label, rule[3])
                if example:
                    examples.append(example)
    return examples


def _choice(weights: dict[str, float], example: Example) -> int:
    features, distances, _ = example
    keys = [(score(weights, f), -d) for f, d in zip(features, distances)]
    return keys.index(max(keys))  # the first of equals, as en_edges.best_edge chooses


def train(examples: list[Example], epochs: int, seed: int = SEED) -> dict[str, float]:
    """An averaged perceptron over the examples (seeded order); weights rounded to 4 places, zeros dropped."""
    weights: dict[str, float] = defaultdict(float)
    totals: dict[str, float] = defaultdict(float)  # step-weighted updates, for the average
    order = list(range(len(examples)))
    rng = random.Random(seed)
    step = 1
    for _ in range(epochs):
        rng.shuffle(order)
        for index in order:
            example = examples[index]
            chosen, answer = _choice(weights, example), example[2]
            if chosen != answer:
                for feature in example[0][answer]:
                    weights[feature] += 1
                    totals[feature] += step
                for feature in example[0][chosen]:
                    weights[feature] -= 1
                    totals[feature] -= step
            step += 1
    averaged = {f: round(weights[f] - totals[f] / step, 4) for f in sorted(weights)}
    return {f: v for f, v in averaged.items() if v}


def corrected(units: list[GoldUnit], predicted: Predictions, weights: dict[str, float], window: int,
              margin: float = 0.0) -> Predictions:
    """The predictions of the given units with their edges corrected."""
    out = dict(predicted)
    for unit in units:
        key = (unit.doc, unit.lang, unit.unit)
        out[key] = sorted(correct_edges(unit.text, predicted.get(key, []), weights, window, margin))
    return out


def figures(units: list[GoldUnit], predicted: Predictions) -> dict[str, dict[str, float]]:
    """Exact and overlap F1 of MEASURE and TARGET (norms checked, as `xinyong evaluate` does)."""
    results = score_spans(units, predicted)
    return {label: {"f1": round(results["exact"][label].f1, 3), "overlap_f1": round(results["overlap"][label].f1, 3)}
            for label in CORRECTED_LABELS}


def examples_of(units: list[GoldUnit], predicted: Predictions, window: int,
                shifts: tuple[int, ...] = ()) -> list[Example]:
    """The rule-pair examples of the units, then the gold-shifted ones (none when no shifts are given)."""
    examples = [e for u in units for e in unit_examples(u, predicted.get((u.doc, u.lang, u.unit), []), window)]
    return examples + [e for u in units for e in shifted_examples(u, window, shifts)] if shifts else examples


def cross_validate(units: list[GoldUnit], predicted: Predictions, window: int, epochs: int,
                   shifts: tuple[int, ...] = (), margins: tuple[float, ...] = (0.0,)) -> list[Predictions]:
    """Out-of-fold corrected predictions, one per margin: each document's units corrected by a model trained
    on the other folds."""
    docs = sorted({u.doc for u in units})
    fold_of = {doc: i % FOLDS for i, doc in enumerate(docs)}
    outs = [dict(predicted) for _ in margins]
    for fold in range(FOLDS):
        held = [u for u in units if fold_of[u.doc] == fold]
        rest = [u for u in units if fold_of[u.doc] != fold]
        weights = train(examples_of(rest, predicted, window, shifts), epochs)
        for out, margin in zip(outs, margins):
            fixed = corrected(held, predicted, weights, window, margin)
            out.update({(u.doc, u.lang, u.unit): fixed[(u.doc, u.lang, u.unit)] for u in held})
    return outs


def write_weights(path: Path, units: list[GoldUnit], predicted: Predictions, window: int, epochs: int,
                  shifts: tuple[int, ...] = (), margin: float = 0.0) -> int:
    """Train on every given unit and write the weights table (sorted keys: the same data, the same bytes).

    RETURNS (int): the number of nonzero weights.
    """
    examples = examples_of(units, predicted, window, shifts)
    weights = train(examples, epochs)
    table = {"about": "English MEASURE/TARGET edge corrector (annotate/en_edges.py); written by bench/en_edges.py",
             "window": window, "epochs": epochs, "seed": SEED, "shifts": list(shifts), "margin": margin,
             "train_units": len(units),
             "examples": len(examples), "weights": weights}
    path.write_text(json.dumps(table, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    return len(weights)
