"""The written Chinese test set (issue 19): Chinese provisions written by the project to give the
Chinese test split enough citations, document numbers and dates. Every unit is a test unit."""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from ..datafiles import load_yaml
from ..errors import ProblemList, XinyongError
from ..labels import label_names
from ..locations import corpus_dir
from .gold import GoldUnit, _locate, measured, predict, score, unit_sha

# Kept in corpus/gold/written-zh/ (texts/ beside the gold files), outside the folder glob of
# load_gold: its units never enter the hash split, so rules can never be tuned on them by accident.
WRITTEN_ZH = "written-zh"
# The split every unit of the set belongs to: the texts were written to be measured on.
WRITTEN_ZH_SPLIT = "test"


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
    from ..structure import parse_file

    folder = folder or written_zh_folder()
    paths = sorted(folder.glob("*.zh.yaml")) if folder.is_dir() else []
    if not paths:
        raise XinyongError("E265", path=folder, reason="no <doc>.zh.yaml gold files found")
    units: list[GoldUnit] = []
    problems: list[XinyongError] = []
    for path in paths:
        document = load_yaml(path)
        data = document.data or {}
        doc_id = str(data.get("doc") or path.name[: -len(".zh.yaml")])
        text_path = folder / "texts" / f"{doc_id}.zh.md"
        if not text_path.is_file():
            problems.append(XinyongError("E266", path=path, line=1, doc=doc_id))
            continue
        texts = {u.id: u.text for u in parse_file(text_path, "zh", doc_id).units}
        for unit_id, entry in (data.get("units") or {}).items():
            line = document.line_of(["units", unit_id])
            if unit_id not in texts:
                problems.append(XinyongError("E267", path=path, line=line, unit=unit_id, doc=doc_id))
                continue
            text, entry = texts[unit_id], entry or {}
            if entry.get("sha") and str(entry["sha"]) != unit_sha(text):
                problems.append(XinyongError("E268", path=path, line=line, unit=unit_id,
                                             found=entry["sha"], expected=unit_sha(text)))
                continue
            gold = GoldUnit(doc_id, "zh", unit_id, text, WRITTEN_ZH_SPLIT)
            for index, span in enumerate(entry.get("spans") or []):
                span_line = document.line_of(["units", unit_id, "spans", index])
                located = _locate(text, span)
                if isinstance(located, str):
                    problems.append(XinyongError("E269", path=path, line=span_line, reason=located))
                elif span.get("l") not in label_names():
                    problems.append(XinyongError("E269", path=path, line=span_line,
                                                 reason=f"unknown label {span.get('l')!r}"))
                else:
                    gold.spans.append((located[0], located[1], span["l"], span.get("n")))
            units.append(gold)
    if problems:
        raise ProblemList(problems)
    return units


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
    scores = score(gold, predict(gold, "zh"))
    rows = []
    for label in label_names(evaluated=True):
        exact, overlap = scores["exact"][label], scores["overlap"][label]
        support = exact.tp + exact.fn
        rows.append({"set": WRITTEN_ZH, "split": WRITTEN_ZH_SPLIT, "label": label, "support": support,
                     "predicted": exact.tp + exact.fp,
                     "precision": measured(exact.precision, exact.tp + exact.fp),
                     "recall": measured(exact.recall, support), "f1": measured(exact.f1, support),
                     "overlap_precision": measured(overlap.precision, overlap.tp + overlap.fp),
                     "overlap_recall": measured(overlap.recall, support),
                     "overlap_f1": measured(overlap.f1, support)})
    return {"set": WRITTEN_ZH, "split": WRITTEN_ZH_SPLIT,
            "units": {"units": len(gold), "documents": len({u.doc for u in gold})}, "rows": rows}


def written_zh_counts(folder: Path | None = None) -> list[dict[str, Any]]:
    """Units and gold spans per label of the written Chinese set (for `xinyong evaluate --written-zh --check`)."""
    gold = load_written_zh(folder)
    spans = Counter(s[2] for u in gold for s in u.spans)
    return [{"set": WRITTEN_ZH, "split": WRITTEN_ZH_SPLIT, "units": len(gold), "documents": len({u.doc for u in gold}),
             **{label: spans.get(label, 0) for label in sorted(spans)}}]
