"""The catalog over time: documents per year by level and by type."""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from ..catalog import document_date
from .data import AnnotatedCorpus
from .registry import Chart, analysis, write_results


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


@analysis("timeline", "Timeline", "Catalogued documents per year, by level and by type.", order=70,
          # first in the site's navigation: what the corpus holds, before what its texts say
          nav_order=5, page="analyses/timeline.md", charts=(
              Chart("timeline.svg", "Documents of the catalog per year of issue (or of publication, or entry into "
                    "force, when the issue date is unknown), stacked by level of the issuer. Undated documents are "
                    "left out.", ("timeline.csv",)),
              Chart("timeline-types.svg", "The same documents, one panel per document type on shared axes; the panel "
                    "title gives the type's total. Counts are of catalogued documents, not of texts we hold.",
                    ("timeline.csv", "timeline-types.json"))),
          data=("timeline.csv", "timeline-types.json"),
          reads="Reads the catalog records (the date, level and type of every catalogued document), not the texts: "
                "digests play no part.")
def run_timeline(data: AnnotatedCorpus, folder: Path) -> list[str]:
    """The catalogued documents per year, by level (stacked columns) and by type (small multiples)."""
    from . import charts

    rows = timeline_rows(data)
    years, by_level = counts_by(rows, "level")
    chart = charts.stacked_columns(years, by_level, "Catalogued documents per year, by level",
                                   "documents issued (count)")
    years, by_type = counts_by(rows, "type")
    chart_type = charts.small_multiples(years, by_type, "Catalogued documents per year, by type (total in brackets)",
                                        "documents (count)")
    return write_results(folder, "timeline", rows, chart=chart) + write_results(folder, "timeline-types",
                                                                                payload=by_type, chart=chart_type)
