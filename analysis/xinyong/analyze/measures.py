"""The measures matrix: which documents provide which punishment and incentive measures, where,
and for whom."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

from ..catalog import load_measures
from ..unit_ids import is_item, sort_key
from .data import AnnotatedCorpus
from .registry import Chart, analysis, write_results


def primary_language(data: AnnotatedCorpus, doc_id: str) -> str:
    """Chinese where we hold the original, else the English digest."""
    return "zh" if doc_id in data.documents("zh") else "en"


def measure_rows(data: AnnotatedCorpus) -> list[dict[str, Any]]:
    """One row per (measure type, document): count, unit ids, and the targets named in the unit
    or, for a list item, in the paragraph that introduces the list."""
    grouped: dict[tuple[str, str], dict[str, Any]] = {}
    documents = sorted(set(data.documents("zh")) | set(data.documents("en")))
    for doc_id in documents:
        lang = primary_language(data, doc_id)
        document = data.corpus.originals[doc_id] if lang == "zh" else data.corpus.english(doc_id)
        parents = {u.id: u.parent for u in document.units}
        for record in data.annotations(doc_id, lang):
            if record["label"] != "MEASURE":
                continue
            unit = record["unit"]
            targets = {r["norm"] for r in data.annotations_by_unit.get((doc_id, lang, unit), [])
                       if r["label"] == "TARGET"}
            if is_item(unit) and parents.get(unit):
                targets |= {r["norm"] for r in data.annotations_by_unit.get((doc_id, lang, parents[unit]), [])
                            if r["label"] == "TARGET"}
            row = grouped.setdefault((record["norm"], doc_id), {
                "measure": record["norm"], "doc": doc_id, "lang": lang, "count": 0, "units": set(), "targets": set(),
                # counted apart: our digest's paraphrase of a paragraph that rests on the text
                "from_digest": doc_id in data.corpus.digests and lang == "en"})
            row["count"] += 1
            row["units"].add(unit)
            row["targets"] |= targets
    kinds = {m["id"]: m["kind"] for m in data.corpus.measures.values()}
    rows = []
    for (measure, doc_id), row in sorted(grouped.items()):
        rows.append({**row, "kind": kinds.get(measure), "units": sorted(row["units"], key=sort_key),
                     "targets": sorted(row["targets"])})
    return rows


def matrix(rows: list[dict[str, Any]],
           taxonomy: Iterable[str] | None = None) -> tuple[list[str], list[str], list[list[int]]]:
    """Measure types × documents count matrix (types in taxonomy order, documents sorted).

    taxonomy (Iterable[str] | None): the measure ids in taxonomy order (Corpus.measures); read from
        corpus/measures.yaml when not given.
    """
    order = list(load_measures() if taxonomy is None else taxonomy)
    measures = [m for m in order if any(r["measure"] == m for r in rows)]
    documents = sorted({r["doc"] for r in rows})
    counts = defaultdict(int)
    for row in rows:
        counts[(row["measure"], row["doc"])] = row["count"]
    return measures, documents, [[counts[(m, d)] for d in documents] for m in measures]


@analysis("measures", "Measures matrix", "Which documents provide which punishment and incentive measures, where, "
          "and for whom.", order=50, page="analyses/measures.md", digests="text", charts=(Chart(
              "measures.svg", "Mentions of each punishment or incentive measure (rows) in each document (columns): "
              "the number in a cell is the count of annotated mentions.", ("measures-matrix.csv", "measures.csv")),),
          data=("measures.csv", "measures-matrix.csv"))
def run_measures(data: AnnotatedCorpus, folder: Path) -> list[str]:
    """The measure mentions, the measure-by-document matrix and its heat map."""
    from . import charts

    rows = measure_rows(data)
    measures, documents, values = matrix(rows)
    table = [{"measure": m, **{d: v for d, v in zip(documents, row)}} for m, row in zip(measures, values)]
    chart = charts.heatmap(measures, documents, values, "Measures by document (mentions)",
                           "measure", "document", "mentions (count)") if measures else None
    return write_results(folder, "measures", rows, chart=chart) + write_results(folder, "measures-matrix", table)
