"""Inter-annotator agreement on the held-out English set (issue 16): a second, independent annotation (B) of
some of its texts, in corpus/gold/agreement-en, scored against the gold (A) with the evaluation's span
matching, beside the rules' scores against A and against B, as summary figures only."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from ..datafiles import load_yaml
from ..errors import ProblemList, XinyongError
from ..labels import label_names
from ..locations import corpus_dir
from .gold import GoldUnit, Score, _locate, measured, predict, score, unit_sha
from .heldout_en import heldout_en_batch, heldout_en_folder, load_heldout_en

AGREEMENT_EN = "agreement-en"
Spans = dict[tuple[str, str, str], list[tuple[int, int, str, str | None]]]


def agreement_en_folder() -> Path:
    """The folder of the second English annotations (corpus/gold/agreement-en)."""
    return corpus_dir() / "gold" / AGREEMENT_EN


def load_second_annotation(gold: list[GoldUnit], folder: Path | None = None) -> tuple[list[GoldUnit], list[str]]:
    """Read the second annotations and resolve their spans against the texts of the gold units.

    gold (list[GoldUnit]): annotator A's units (the held-out English gold), whose texts B's spans refer to.
    folder (Path | None): the folder of B's files (default corpus/gold/agreement-en), <doc>.en.yaml each.
    RETURNS (tuple): B's units (one per unit of each gold document B annotated, in the gold's order) and the
        labels B annotated: those its files declare under `labels:`, and any label of its spans.
    RAISES (ProblemList): E301 for a file without a gold file of the same name, a unit missing, extra or changed
        (sha) against that gold file, or a span not in its unit, naming file, line and unit.
    """
    folder = folder or agreement_en_folder()
    by_doc: dict[str, dict[str, GoldUnit]] = defaultdict(dict)
    for unit in gold:
        by_doc[unit.doc][unit.unit] = unit
    units: list[GoldUnit] = []
    labels: set[str] = set()
    problems: list[XinyongError] = []
    for path in sorted(folder.glob("*.en.yaml")) if folder.is_dir() else []:
        document = load_yaml(path)
        data = document.data or {}
        doc = path.name[: -len(".en.yaml")]
        entries = data.get("units") or {}
        labels.update(data.get("labels") or [])
        if doc not in by_doc:
            problems.append(XinyongError("E301", path=path, line=1, reason=f"there is no gold file {doc}.en.yaml in "
                                                                          f"{heldout_en_folder()}"))
            continue
        for missing in [u for u in by_doc[doc] if u not in entries]:
            problems.append(XinyongError("E301", path=path, line=1, place=f"unit {missing}",
                                         reason=f"unit '{missing}' of the gold file is not annotated"))
        for unit_id, entry in entries.items():
            line, entry = document.line_of(["units", unit_id]), entry or {}
            if unit_id not in by_doc[doc]:
                problems.append(XinyongError("E301", path=path, line=line, place=f"unit {unit_id}",
                                             reason=f"unit '{unit_id}' is not a unit of the gold file"))
                continue
            text = by_doc[doc][unit_id].text
            if entry.get("sha") and str(entry["sha"]) != unit_sha(text):
                problems.append(XinyongError("E301", path=path, line=line, place=f"unit {unit_id}",
                                             reason=f"unit '{unit_id}' changed since it was annotated (sha)"))
                continue
            second = GoldUnit(doc, "en", unit_id, text, by_doc[doc][unit_id].split)
            for index, span in enumerate(entry.get("spans") or []):
                located = _locate(text, span)
                if isinstance(located, str):
                    problems.append(XinyongError("E301", path=path, line=document.line_of(["units", unit_id, "spans", index]),
                                                 place=f"unit {unit_id}", reason=located))
                    continue
                if span.get("l") not in label_names():
                    problems.append(XinyongError("E301", path=path, line=document.line_of(["units", unit_id, "spans", index]),
                                                 place=f"unit {unit_id}", reason=f"unknown label {span.get('l')!r}"))
                    continue
                second.spans.append((located[0], located[1], span.get("l"), span.get("n")))
                labels.add(span.get("l"))
            units.append(second)
    if problems:
        raise ProblemList(problems)
    return units, sorted(labels)


def _as_predictions(units: list[GoldUnit]) -> Spans:
    """Units' spans in the shape score() reads for predictions."""
    return {(u.doc, u.lang, u.unit): list(u.spans) for u in units}


def _f1(scores: dict[str, dict[str, Score]], kind: str, label: str) -> float | None:
    """F1 of one label by exact span or overlap, None where neither side has a span."""
    found = scores[kind][label]
    return measured(found.f1, found.tp + found.fp + found.fn)


def evaluate_agreement_en(folder: Path | None = None, gold_folder: Path | None = None) -> dict[str, Any]:
    """Agreement of the second annotation (B) with the gold (A), and the rules against each, per batch and label.

    folder (Path | None): B's folder (default corpus/gold/agreement-en).
    gold_folder (Path | None): the held-out English set's folder (default corpus/gold/heldout-en).
    RETURNS (dict): {"set", "labels", "rows"}: one row per batch present (and "all") and label B annotated,
        with units, support A and B, F1 of B against A by exact span (type included, as the evaluation does) and
        by overlap, exact F1 of B against A whatever the type, and the rules' exact and overlap F1 against A and
        against B. Summary figures only: no span, text or difference.
    RAISES (ProblemList): E301 (see load_second_annotation), or the held-out set's own errors.
    """
    gold = load_heldout_en(gold_folder)
    second, labels = load_second_annotation(gold, folder)
    annotated = {(u.doc, u.unit) for u in second}
    first = [GoldUnit(u.doc, u.lang, u.unit, u.text, u.split, [s for s in u.spans if s[2] in labels])
             for u in gold if (u.doc, u.unit) in annotated]
    rules = predict(first, "en", en_tagger="off") if first else {}  # the rules alone, whatever the default
    groups = [(batch, [u for u in first if heldout_en_batch(u.doc) == batch])
              for batch in sorted({heldout_en_batch(u.doc) for u in first})]
    rows = []
    for batch, units in groups + [("all", first)]:
        keys = {(u.doc, u.unit) for u in units}
        theirs = [u for u in second if (u.doc, u.unit) in keys]
        b_vs_a = score(units, _as_predictions(theirs))
        b_vs_a_any_type = score(units, _as_predictions(theirs), check_norm=False)
        rules_vs_a, rules_vs_b = score(units, rules), score(theirs, rules)
        for label in labels:
            rows.append({"batch": batch, "label": label, "units": len(units),
                         "support_a": sum(s[2] == label for u in units for s in u.spans),
                         "support_b": sum(s[2] == label for u in theirs for s in u.spans),
                         "b_vs_a_exact_f1": _f1(b_vs_a, "exact", label),
                         "b_vs_a_overlap_f1": _f1(b_vs_a, "overlap", label),
                         "b_vs_a_exact_f1_any_type": _f1(b_vs_a_any_type, "exact", label),
                         "rules_vs_a_exact_f1": _f1(rules_vs_a, "exact", label),
                         "rules_vs_a_overlap_f1": _f1(rules_vs_a, "overlap", label),
                         "rules_vs_b_exact_f1": _f1(rules_vs_b, "exact", label),
                         "rules_vs_b_overlap_f1": _f1(rules_vs_b, "overlap", label)})
    return {"set": AGREEMENT_EN, "labels": labels, "rows": rows}
