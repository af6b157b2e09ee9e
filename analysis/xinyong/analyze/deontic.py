"""Deontic profile per document: obligations, prohibitions and permissions per 1,000 characters,
and who is obliged (the target mentioned before the modal in the same unit)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from .data import AnnotatedCorpus
from .registry import Chart, analysis, write_results

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


@analysis("deontic", "Deontic profiles", "Obligations, prohibitions and permissions per 1,000 characters, and who is "
          "addressed.", order=40, page="analyses/deontic.md", digests="none", charts=(Chart(
              "deontic.svg", "Obligations, prohibitions and permissions found by the annotation rules in each Chinese "
              "text, per 1,000 characters of the text.", ("deontic.csv",)),),
          data=("deontic.csv", "deontic-targets.csv"))
def run_deontic(data: AnnotatedCorpus, folder: Path) -> list[str]:
    """The deontic profile per document (with a chart of the Chinese texts) and who is addressed."""
    from . import charts

    profile, targets = deontic_profile(data)
    zh_rows = [r for r in profile if r["lang"] == "zh"]
    chart = charts.grouped_bars([r["doc"] for r in zh_rows],
                                {label.lower(): [r[f"{label.lower()}_per_1000"] for r in zh_rows] for label in DEONTIC},
                                "Deontic profile of the Chinese texts", "occurrences per 1,000 characters",
                                category_title="document (Chinese text)")
    return write_results(folder, "deontic", profile, chart=chart) + write_results(folder, "deontic-targets", targets)
