"""The gold set (corpus/gold/*.yaml) and `xinyong evaluate`: precision, recall and F1 per label,
by exact span and by overlap, on the test split."""
from __future__ import annotations

from typing import Any

from ..corpus import Corpus
from ..labels import get_label, label_names
from .gold import (ELISION, NOT_ANNOTATIONS, GoldUnit, Score, _locate, load_gold, measured, predict,  # noqa: F401
                   score, split_of, unit_differences, unit_sha)
# The held-out sets live in their own modules; their names stay importable from here.
from .heldout import (HELDOUT, HELDOUT_GOALS, HELDOUT_NOT_ANNOTATED, SANCTIONED_PARTY_GOAL,  # noqa: F401
                      HeldoutGold, evaluate_heldout, heldout_folder, load_heldout_gold)
from .heldout_en import (HELDOUT_EN, HELDOUT_EN_GOALS, evaluate_heldout_en, heldout_en_counts,  # noqa: F401
                         heldout_en_differences, heldout_en_folder, load_heldout_en)
from .written_zh import (WRITTEN_ZH, evaluate_written_zh, load_written_zh, written_zh_counts,  # noqa: F401
                         written_zh_folder, written_zh_for_split)
from .validation_zh import (VALIDATION_ZH, evaluate_validation_zh, load_validation_zh,  # noqa: F401
                            validation_zh_counts, validation_zh_folder)
from .dev_zh import DEV_ZH, dev_zh_counts, dev_zh_folder, dev_zh_for_split, evaluate_dev_zh, load_dev_zh  # noqa: F401


def differences(corpus: Corpus, split: str = "train", label: str | None = None) -> list[dict[str, Any]]:
    """Spans the pipeline missed or added on a split (for tuning rules on the train split only),
    with the development set (corpus/gold/dev-zh) in train and all."""
    gold = [u for u in load_gold(corpus) if split == "all" or u.split == split]
    return unit_differences(gold + dev_zh_for_split(split), label)


def split_gold(corpus: Corpus, split: str, langs: tuple[str, ...] = ("zh", "en"),
               skipped: list[str] | None = None) -> list[GoldUnit]:
    """The gold units `evaluate` scores on a split: the main gold's units of that split; for test
    and all, every unit of the written Chinese set (corpus/gold/written-zh), which is all test; for
    train and all, every unit of the Chinese development set (corpus/gold/dev-zh), which is all train.

    skipped (list[str] | None): collects the main gold files left out for a missing original.
    """
    gold = [u for u in load_gold(corpus, skipped=skipped) if (split == "all" or u.split == split) and u.lang in langs]
    return gold + [u for u in written_zh_for_split(split) + dev_zh_for_split(split) if u.lang in langs]


def evaluate(corpus: Corpus, split: str = "test", langs: tuple[str, ...] = ("zh", "en")) -> dict[str, Any]:
    """Run the pipeline on the gold units of a split and score it.

    corpus (Corpus): the corpus.
    split (str): test, train or all (test and all include every unit of the written Chinese set,
        corpus/gold/written-zh; train never does; train and all include every unit of the development
        set, corpus/gold/dev-zh).
    langs (tuple[str, ...]): the languages to score.
    RETURNS (dict): rows per language and label with support, precision, recall and F1 (exact and
        overlap) and whether the label reaches its target.
    """
    skipped: list[str] = []
    gold = split_gold(corpus, split, langs, skipped)
    written_docs = {u.doc for u in written_zh_for_split(split)}
    dev_docs = {u.doc for u in dev_zh_for_split(split)}
    rows = []
    counts = {}
    for lang in langs:
        units = [u for u in gold if u.lang == lang]
        counts[lang] = {"units": len(units), "documents": len({u.doc for u in units}),
                        "written_zh_units": sum(u.doc in written_docs for u in units),
                        "dev_zh_units": sum(u.doc in dev_docs for u in units)}
        scores = score(units, predict(units, lang))
        for label in label_names(evaluated=True):
            exact, overlap = scores["exact"][label], scores["overlap"][label]
            support = exact.tp + exact.fn
            rows.append({"lang": lang, "label": label, "support": support,
                         "precision": measured(exact.precision, exact.tp + exact.fp),
                         "recall": measured(exact.recall, support), "f1": measured(exact.f1, support),
                         "overlap_precision": measured(overlap.precision, overlap.tp + overlap.fp),
                         "overlap_recall": measured(overlap.recall, support),
                         "overlap_f1": measured(overlap.f1, support),
                         "target": get_label(label).goal,
                         "meets_target": None if support == 0 else exact.f1 >= get_label(label).goal})
    return {"split": split, "units": counts, "rows": rows, "skipped": skipped}
