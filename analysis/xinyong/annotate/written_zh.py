"""The written Chinese test set (issue 19): Chinese provisions written by the project to give the
Chinese test split enough citations, document numbers and dates. Every unit is a test unit."""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from ..labels import label_names
from ..locations import corpus_dir
from .gold import GoldUnit, Score, measured, predict, score
from .own_text_gold import GoldSetCodes, load_own_text_gold

# Kept in corpus/gold/written-zh/ (texts/ beside the gold files), outside the folder glob of
# load_gold: its units never enter the hash split, so rules can never be tuned on them by accident.
WRITTEN_ZH = "written-zh"
# The split every unit of the set belongs to: the texts were written to be measured on.
WRITTEN_ZH_SPLIT = "test"
WRITTEN_ZH_CODES = GoldSetCodes(empty="E265", no_text="E266", unit="E267", sha="E268", span="E269")


def written_zh_folder() -> Path:
    """The folder of the written Chinese test set (corpus/gold/written-zh)."""
    return corpus_dir() / "gold" / WRITTEN_ZH


def load_written_zh(folder: Path | None = None) -> list[GoldUnit]:
    """Read the written Chinese gold files and resolve their spans against their own texts.

    folder (Path | None): the set's folder (default corpus/gold/written-zh), holding
        texts/<doc>.zh.md and <doc>.zh.yaml.
    RETURNS (list[GoldUnit]): the annotated units, every one in the test split.
    RAISES (XinyongError | ProblemList): E265 for a missing or empty set; E266-E269 for a gold file
        that does not match its text, naming file and line.
    """
    return load_own_text_gold(folder or written_zh_folder(), "zh", WRITTEN_ZH_CODES,
                              lambda doc, lang, unit: WRITTEN_ZH_SPLIT)


def written_zh_for_split(split: str) -> list[GoldUnit]:
    """The written set's units that belong to a split of the main evaluation: all of them for test
    and all, none for train."""
    return load_written_zh() if split in (WRITTEN_ZH_SPLIT, "all") else []


def evaluate_written_zh(folder: Path | None = None) -> dict[str, Any]:
    """Run the pipeline on the written Chinese set alone and score it per label.

    folder (Path | None): the set's folder (default corpus/gold/written-zh).
    RETURNS (dict): {"set", "split", "units", "rows"}: rows per label with support and precision,
        recall and F1 by exact span and by overlap (None, shown as n/a, where nothing was measured).
    """
    gold = load_written_zh(folder)
    rows = summary_rows(WRITTEN_ZH, WRITTEN_ZH_SPLIT, score(gold, predict(gold, "zh")))
    return {"set": WRITTEN_ZH, "split": WRITTEN_ZH_SPLIT,
            "units": {"units": len(gold), "documents": len({u.doc for u in gold})}, "rows": rows}


def summary_rows(set_name: str, split: str, scores: dict[str, dict[str, Score]]) -> list[dict[str, Any]]:
    """One row per evaluated label of a set scored on its own (as score() returns the scores): support,
    spans predicted, and precision, recall and F1 by exact span and by overlap (None where nothing
    was measured)."""
    rows = []
    for label in label_names(evaluated=True):
        exact, overlap = scores["exact"][label], scores["overlap"][label]
        support = exact.tp + exact.fn
        rows.append({"set": set_name, "split": split, "label": label, "support": support,
                     "predicted": exact.tp + exact.fp,
                     "precision": measured(exact.precision, exact.tp + exact.fp),
                     "recall": measured(exact.recall, support), "f1": measured(exact.f1, support),
                     "overlap_precision": measured(overlap.precision, overlap.tp + overlap.fp),
                     "overlap_recall": measured(overlap.recall, support),
                     "overlap_f1": measured(overlap.f1, support)})
    return rows


def written_zh_counts(folder: Path | None = None) -> list[dict[str, Any]]:
    """Units and gold spans per label of the written Chinese set (for `xinyong evaluate --written-zh --check`)."""
    gold = load_written_zh(folder)
    spans = Counter(s[2] for u in gold for s in u.spans)
    return [{"set": WRITTEN_ZH, "split": WRITTEN_ZH_SPLIT, "units": len(gold), "documents": len({u.doc for u in gold}),
             **{label: spans.get(label, 0) for label in sorted(spans)}}]
