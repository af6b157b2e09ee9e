"""The held-out English set (issue 16): English written by us in other translators' conventions,
scored on its own against the issue's goals."""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from ..locations import corpus_dir
from .gold import GoldUnit, predict, score, split_of, unit_differences
from .own_text_gold import GoldSetCodes, load_own_text_gold
from ..labels import label_names

# --- Held-out English set (issue 16): English written by us in other translators' conventions ---
# Kept in corpus/gold/heldout-en/ (texts/ beside the gold files), outside the corpus and outside the
# folder glob of load_gold, so that it is scored on its own and never tuned on by accident.

HELDOUT_EN = "heldout-en"
HELDOUT_EN_CODES = GoldSetCodes(empty="E150", no_text="E151", unit="E152", sha="E153", span="E154")

# The goals on this set's test split: F1 by exact span for three labels, and TERM precision
# (the failure seen on other people's English was over-tagging).
HELDOUT_EN_GOALS = {"CITATION": ("f1", 0.90), "MEASURE": ("f1", 0.80), "TARGET": ("f1", 0.85),
                    "TERM": ("precision", 0.90)}


def heldout_en_folder() -> Path:
    """The folder of the held-out English gold set (corpus/gold/heldout-en)."""
    return corpus_dir() / "gold" / HELDOUT_EN


def load_heldout_en(folder: Path | None = None) -> list[GoldUnit]:
    """Read the held-out English gold files and resolve their spans against their own texts.

    folder (Path | None): the set's folder (default corpus/gold/heldout-en), holding
        texts/<doc>.en.md and <doc>.en.yaml.
    RETURNS (list[GoldUnit]): the annotated units, with the usual hash split (test/train).
    RAISES (XinyongError | ProblemList): E150 for a missing or empty set; E151-E154 for a gold file
        that does not match its text, naming file and line.
    """
    return load_own_text_gold(folder or heldout_en_folder(), "en", HELDOUT_EN_CODES, split_of)


def evaluate_heldout_en(split: str = "test", folder: Path | None = None) -> dict[str, Any]:
    """Run the pipeline on the held-out English set and score it per label.

    split (str): test, train or all (the usual hash split of the set's units).
    folder (Path | None): the set's folder (default corpus/gold/heldout-en).
    RETURNS (dict): {"set", "split", "units", "rows", "goals"}: rows per label with support and
        precision, recall and F1 by exact span and by overlap (None, shown as n/a, where the label
        has no gold span in the split); goals with the issue's goal figures and whether they are met.
    """
    gold = [u for u in load_heldout_en(folder) if split == "all" or u.split == split]
    scores = score(gold, predict(gold, "en"))
    rows = []
    for label in label_names(evaluated=True):
        exact, overlap = scores["exact"][label], scores["overlap"][label]
        support = exact.tp + exact.fn

        def figure(value: float) -> float | None:
            return round(value, 3) if support else None

        rows.append({"set": HELDOUT_EN, "split": split, "label": label, "support": support,
                     "predicted": exact.tp + exact.fp,
                     "precision": figure(exact.precision), "recall": figure(exact.recall),
                     "f1": figure(exact.f1), "overlap_precision": figure(overlap.precision),
                     "overlap_recall": figure(overlap.recall), "overlap_f1": figure(overlap.f1)})
    goals = []
    by_label = {row["label"]: row for row in rows}
    for label, (measure, goal) in HELDOUT_EN_GOALS.items():
        value = by_label[label][measure]
        goals.append({"label": label, "measure": measure, "value": value, "goal": goal,
                      "meets_goal": None if value is None else value >= goal})
    return {"set": HELDOUT_EN, "split": split,
            "units": {"units": len(gold), "documents": len({u.doc for u in gold})}, "rows": rows, "goals": goals}


def heldout_en_counts(folder: Path | None = None) -> list[dict[str, Any]]:
    """Units and gold spans per split of the held-out English set (for `xinyong evaluate --check`)."""
    gold = load_heldout_en(folder)
    rows = []
    for part in ("test", "train"):
        units = [u for u in gold if u.split == part]
        spans = Counter(s[2] for u in units for s in u.spans)
        rows.append({"set": HELDOUT_EN, "split": part, "units": len(units),
                     "documents": len({u.doc for u in units}),
                     **{label: spans.get(label, 0) for label in sorted(spans)}})
    return rows


def heldout_en_differences(label: str | None = None, folder: Path | None = None) -> list[dict[str, Any]]:
    """Spans the pipeline missed or added on the train split of the held-out English set.

    Only train is offered: the test split is what the goals are measured on, so no rule may be
    tuned by looking at it.
    label (str | None): one label, or None for all.
    folder (Path | None): the set's folder (default corpus/gold/heldout-en).
    RETURNS (list[dict]): rows with kind (missed/extra), doc, unit, label, text, norm and context.
    """
    return unit_differences([u for u in load_heldout_en(folder) if u.split == "train"], label)
