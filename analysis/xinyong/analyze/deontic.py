"""Deontic profile per document: obligations, prohibitions and permissions per 1,000 characters,
and who is obliged (the target mentioned before the modal in the same unit)."""
from __future__ import annotations

from collections import Counter
from typing import Any

from .data import AnnotatedCorpus

DEONTIC = ("OBLIGATION", "PROHIBITION", "PERMISSION")


def addressee(records: list[dict[str, Any]], modal: dict[str, Any]) -> str | None:
    """The target type of the last TARGET before a modal in its unit (the grammatical subject in
    most legal sentences: 行政机关应当…, "administrative organs shall …")."""
    before = [r for r in records if r["label"] == "TARGET" and r["end"] <= modal["start"]]
    return before[-1]["norm"] if before else None


def deontic_profile(data: AnnotatedCorpus) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows per document and language (counts and rates), and rows per (document, label, target)."""
    profile, by_target = [], []
    for lang in ("zh", "en"):
        for doc_id, document in data.documents(lang).items():
            characters = sum(len(u.content) for u in document.leaves())
            counts = Counter()
            targets = Counter()
            for unit in document.units:
                records = data.annotations_by_unit.get((doc_id, lang, unit.id), [])
                for record in records:
                    if record["label"] in DEONTIC:
                        counts[record["label"]] += 1
                        targets[(record["label"], addressee(records, record) or "unstated")] += 1
            row = {"doc": doc_id, "lang": lang, "characters": characters}
            for label in DEONTIC:
                row[label.lower()] = counts[label]
                row[f"{label.lower()}_per_1000"] = round(counts[label] * 1000 / characters, 3) if characters else 0
            profile.append(row)
            for (label, target), count in sorted(targets.items()):
                by_target.append({"doc": doc_id, "lang": lang, "label": label, "target": target, "count": count})
    return profile, by_target
