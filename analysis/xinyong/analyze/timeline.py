"""The catalog over time: documents per year by level and by type."""
from __future__ import annotations

from collections import Counter
from typing import Any

from ..catalog import document_date
from .data import AnnotatedCorpus


def timeline_rows(data: AnnotatedCorpus) -> list[dict[str, Any]]:
    """One row per catalog document with a known year, sorted by date."""
    rows = []
    for entry in data.corpus.catalog:
        meta = data.meta(entry["id"])
        if meta["year"] is None:
            continue
        rows.append({"doc": entry["id"], "date": document_date(entry),
                     "year": meta["year"], "level": entry["level"], "type": entry["type"],
                     "title_en": entry["title_en"], "status": entry["status"]})
    rows.sort(key=lambda r: (r["date"] or "", r["doc"]))
    return rows


def counts_by(rows: list[dict[str, Any]], field: str) -> tuple[list[str], dict[str, list[int]]]:
    """Years (as strings, every year in range) and a series per value of `field`."""
    if not rows:
        return [], {}
    years = list(range(min(r["year"] for r in rows), max(r["year"] for r in rows) + 1))
    counts = Counter((r["year"], r[field]) for r in rows)
    values = sorted({r[field] for r in rows})
    return [str(y) for y in years], {v: [counts[(y, v)] for y in years] for v in values}
