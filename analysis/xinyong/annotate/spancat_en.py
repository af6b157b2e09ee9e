"""The trained span categoriser on English (issue 16), beside the English rules: trained on every English
train unit (corpus/gold's en train split, held-out batch 1's train units, batches 3 and 4), with its
settings chosen on a development batch taken from the training data, then scored alone, and combined
with the rules, on the unseen test batches. A comparison only: the pipeline does not use the model.
"""
from __future__ import annotations

from typing import Any, Callable

from spacy.language import Language

from ..corpus import Corpus
from .gold import GoldUnit, load_gold, predict as predict_rules, score
from .heldout_en import heldout_en_batch, load_heldout_en
from .spancat import SPANCAT_LABELS, predict as predict_model, train_spancat

Predictions = dict[tuple[str, str, str], list[tuple[int, int, str, str | None]]]

# The batch held out from training while settings are chosen: written blind to the rules (batch 4), so
# the closest thing among the training data to the unseen test batches.
DEV_BATCH = 4
# The settings tried on the development batch (the grid is small: two shared CPU cores).
EPOCHS_TRIED = (10, 20, 30)
MAX_TOKENS_TRIED = (8, 12)
THRESHOLDS_TRIED = (0.3, 0.4, 0.5)
SYSTEMS = ("rules", "model", "union", "rules_first")


def english_train_units(corpus: Corpus) -> list[GoldUnit]:
    """Every English unit in a train split: corpus/gold's en train split and the held-out set's train
    units (batch 1's hash split, batches 3 and 4). No test unit is returned."""
    main = [u for u in load_gold(corpus) if u.lang == "en" and u.split == "train"]
    return main + [u for u in load_heldout_en() if u.split == "train"]


def english_test_batch(batch: int) -> list[GoldUnit]:
    """The units of one all-test held-out batch (2 or 5); read only for the one final scoring."""
    return [u for u in load_heldout_en() if u.split == "test" and heldout_en_batch(u.doc) == batch]


def _only_spancat_labels(predicted: Predictions) -> Predictions:
    """MEASURE and TARGET spans only, without norms (the model predicts none; spans are compared by offsets)."""
    return {key: [(s[0], s[1], s[2], None) for s in spans if s[2] in SPANCAT_LABELS] for key, spans in predicted.items()}


def union(rules: Predictions, model: Predictions) -> Predictions:
    """Every rule span and every model span (an identical span once)."""
    return {key: sorted(set(rules.get(key, [])) | set(model.get(key, []))) for key in set(rules) | set(model)}


def rules_first(rules: Predictions, model: Predictions) -> Predictions:
    """The rule spans, plus the model's spans that overlap no rule span of the same label (the model
    only fills text the rules left uncovered)."""
    combined: Predictions = {}
    for key in set(rules) | set(model):
        kept = list(rules.get(key, []))
        for span in model.get(key, []):
            if not any(r[2] == span[2] and r[0] < span[1] and span[0] < r[1] for r in kept):
                kept.append(span)
        combined[key] = sorted(kept)
    return combined


def _figures(units: list[GoldUnit], predicted: Predictions) -> dict[str, dict[str, float | int]]:
    results = score(units, predicted, check_norm=False)
    rows: dict[str, dict[str, float | int]] = {}
    for label in SPANCAT_LABELS:
        exact, overlap = results["exact"][label], results["overlap"][label]
        rows[label] = {"support": exact.tp + exact.fn, "predicted": exact.tp + exact.fp,
                       "precision": round(exact.precision, 3), "recall": round(exact.recall, 3),
                       "f1": round(exact.f1, 3), "overlap_precision": round(overlap.precision, 3),
                       "overlap_recall": round(overlap.recall, 3), "overlap_f1": round(overlap.f1, 3)}
    return rows


def compare_systems(model: Language, units: list[GoldUnit], threshold: float) -> dict[str, Any]:
    """Exact and overlap figures of MEASURE and TARGET on units for the rules, the model at threshold,
    their union and rules-first-then-model."""
    model.get_pipe("spancat").cfg["threshold"] = threshold
    rules = _only_spancat_labels(predict_rules(units, "en"))
    found = predict_model(model, units)
    systems: dict[str, Callable[[], Predictions]] = {
        "rules": lambda: rules, "model": lambda: found,
        "union": lambda: union(rules, found), "rules_first": lambda: rules_first(rules, found)}
    return {name: _figures(units, make()) for name, make in systems.items()}


def _mean_f1(rows: dict[str, dict[str, float | int]]) -> float:
    return sum(float(rows[label]["f1"]) for label in SPANCAT_LABELS) / len(SPANCAT_LABELS)


def choose_settings(corpus: Corpus, seed: int = 19, log: Callable[[str], None] = print) -> dict[str, Any]:
    """Train on every English train unit outside DEV_BATCH and score on DEV_BATCH for each setting tried;
    the chosen setting is the one whose best combination (or the model alone) has the highest mean
    exact F1 over MEASURE and TARGET.

    RETURNS (dict): {"trials": [...], "chosen": {"epochs", "max_tokens", "threshold", "system"}}.
    """
    train = english_train_units(corpus)
    dev = [u for u in train if u.doc.startswith("heldout-") and heldout_en_batch(u.doc) == DEV_BATCH]
    rest = [u for u in train if u not in dev]
    trials = []
    for epochs in EPOCHS_TRIED:
        for max_tokens in MAX_TOKENS_TRIED:
            model = train_spancat(rest, seed=seed, epochs=epochs, lang="en", max_tokens=max_tokens)
            for threshold in THRESHOLDS_TRIED:
                systems = compare_systems(model, dev, threshold)
                for name, rows in systems.items():
                    trials.append({"epochs": epochs, "max_tokens": max_tokens, "threshold": threshold,
                                   "system": name, "mean_f1": round(_mean_f1(rows), 3), "rows": rows})
                log(f"epochs {epochs} max_tokens {max_tokens} threshold {threshold}: " + ", ".join(
                    f"{name} {_mean_f1(rows):.3f}" for name, rows in systems.items()))
    best = max((t for t in trials if t["system"] != "rules"), key=lambda t: t["mean_f1"])
    return {"train_units": len(rest), "dev_units": len(dev), "trials": trials,
            "chosen": {key: best[key] for key in ("epochs", "max_tokens", "threshold", "system")}}


def score_unseen(corpus: Corpus, epochs: int, max_tokens: int, threshold: float, seed: int = 19,
                 batches: tuple[int, ...] = (5, 2)) -> dict[str, Any]:
    """Retrain on every English train unit with the chosen settings and score the unseen test batches once.

    RETURNS (dict): {"train_units", "batches": {batch: {"units", "systems": {system: {label: figures}}}}}.
    """
    train = english_train_units(corpus)
    model = train_spancat(train, seed=seed, epochs=epochs, lang="en", max_tokens=max_tokens)
    scored = {}
    for batch in batches:
        units = english_test_batch(batch)
        scored[batch] = {"units": len(units), "systems": compare_systems(model, units, threshold)}
    return {"train_units": len(train), "batches": scored}
