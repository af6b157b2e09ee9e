"""Corpus analyses. Each writes data (build/analysis/<name>*.csv and .json) and, where a picture
helps, a static SVG chart; each is reachable as `xinyong analyze NAME` and as a function here."""
from __future__ import annotations

import io
import time
from pathlib import Path
from typing import Any, Callable

from ..corpus import Corpus
from ..errors import XinyongError
from ..outputs import dumps, to_csv, write_atomic
from .data import AnnotatedCorpus


def _write(folder: Path, name: str, rows: list[dict[str, Any]] | None = None, payload: Any = None,
           chart: str | None = None) -> list[str]:
    written = []
    if rows is not None:
        write_atomic(folder / f"{name}.csv", to_csv(rows))
        written.append(f"{name}.csv")
    if payload is not None or rows is not None:
        write_atomic(folder / f"{name}.json", dumps(payload if payload is not None else rows))
        written.append(f"{name}.json")
    if chart is not None:
        write_atomic(folder / f"{name}.svg", chart)
        written.append(f"{name}.svg")
    return written


def run_frequencies(data: AnnotatedCorpus, folder: Path) -> list[str]:
    from .frequency import frequency_rows

    tokens, terms = frequency_rows(data)
    return _write(folder, "frequencies-tokens", tokens) + _write(folder, "frequencies-terms", terms)


def run_keyness(data: AnnotatedCorpus, folder: Path) -> list[str]:
    from .keyness import SPLITS, compare

    written = []
    for split in SPLITS:
        for lang in ("zh", "en"):
            for unit in ("tokens", "terms"):
                result = compare(data, split, lang, unit, min_count=5 if unit == "tokens" else 3)
                name = f"keyness-{split}-{lang}-{unit}"
                write_atomic(folder / f"{name}.csv", to_csv(result["rows"]))
                write_atomic(folder / f"{name}.json", dumps(result))
                written += [f"{name}.csv", f"{name}.json"]
    return written


def run_collocations(data: AnnotatedCorpus, folder: Path) -> list[str]:
    from .collocations import collocations

    written = []
    for lang in ("zh", "en"):
        written += _write(folder, f"collocations-{lang}", collocations(data, lang))
    return written


def run_deontic(data: AnnotatedCorpus, folder: Path) -> list[str]:
    from . import charts
    from .deontic import DEONTIC, deontic_profile

    profile, targets = deontic_profile(data)
    zh_rows = [r for r in profile if r["lang"] == "zh"]
    chart = charts.grouped_bars([r["doc"] for r in zh_rows],
                                {label.lower(): [r[f"{label.lower()}_per_1000"] for r in zh_rows] for label in DEONTIC},
                                "Deontic profile of the Chinese texts", "occurrences per 1,000 characters")
    return _write(folder, "deontic", profile, chart=chart) + _write(folder, "deontic-targets", targets)


def run_measures(data: AnnotatedCorpus, folder: Path) -> list[str]:
    from . import charts
    from .measures import matrix, measure_rows

    rows = measure_rows(data)
    measures, documents, values = matrix(rows)
    table = [{"measure": m, **{d: v for d, v in zip(documents, row)}} for m, row in zip(measures, values)]
    chart = charts.heatmap(measures, documents, values, "Measures by document (mentions)") if measures else None
    return _write(folder, "measures", rows, chart=chart) + _write(folder, "measures-matrix", table)


def run_citations(data: AnnotatedCorpus, folder: Path) -> list[str]:
    import networkx as nx

    from .citations import citation_graph, drawing, graph_json

    graph, unresolved = citation_graph(data)
    buffer = io.BytesIO()
    # GraphML edge ids must be unique: the multigraph's keys (the edge kinds) repeat
    nx.write_graphml(graph, buffer, encoding="utf-8", prettyprint=True, edge_id_from_attribute="id")
    write_atomic(folder / "citations.graphml", buffer.getvalue())
    written = ["citations.graphml"]
    written += _write(folder, "citations", payload=graph_json(graph),
                      chart=drawing(graph, "Citation network: documents by year and level"))
    written += _write(folder, "citations-unresolved", unresolved)
    return written


def run_timeline(data: AnnotatedCorpus, folder: Path) -> list[str]:
    from . import charts
    from .timeline import counts_by, timeline_rows

    rows = timeline_rows(data)
    years, by_level = counts_by(rows, "level")
    chart = charts.stacked_columns(years, by_level, "Catalogued documents per year, by level", "documents")
    years, by_type = counts_by(rows, "type")
    chart_type = charts.stacked_columns(years, by_type, "Catalogued documents per year, by type", "documents")
    return _write(folder, "timeline", rows, chart=chart) + _write(folder, "timeline-types", payload=by_type,
                                                                  chart=chart_type)


def run_reuse(data: AnnotatedCorpus, folder: Path) -> list[str]:
    from . import charts
    from .reuse import find_reuse, local_articles, reuse_summary

    documents = local_articles(data)
    pairs = find_reuse(documents)
    summary = reuse_summary(documents, pairs)
    names = sorted(documents)
    values = [[0 if a == b else next((s["pairs"] for s in summary if {s["doc_a"], s["doc_b"]} == {a, b}), 0)
               for b in names] for a in names]
    chart = charts.heatmap(names, names, values, "Articles reused between local regulations") if names else None
    return _write(folder, "reuse", pairs) + _write(folder, "reuse-summary", summary, chart=chart)


def run_provinces(data: AnnotatedCorpus, folder: Path) -> list[str]:
    from .provinces import comparison

    result = comparison(data)
    return _write(folder, "provinces", result["rows"], payload=result)


def run_concordance_index(data: AnnotatedCorpus, folder: Path) -> list[str]:
    from .concordance import concordance_index

    write_atomic(folder / "concordance-index.json", dumps(concordance_index(data), indent=None))
    return ["concordance-index.json"]


ANALYSES: dict[str, Callable[[AnnotatedCorpus, Path], list[str]]] = {
    "frequencies": run_frequencies,
    "keyness": run_keyness,
    "collocations": run_collocations,
    "deontic": run_deontic,
    "measures": run_measures,
    "citations": run_citations,
    "timeline": run_timeline,
    "reuse": run_reuse,
    "provinces": run_provinces,
    "concordance-index": run_concordance_index,
}


def run(name: str, corpus: Corpus, out: Path) -> dict[str, Any]:
    """Run one analysis into out/analysis/. RETURNS (dict): files written and seconds taken."""
    if name not in ANALYSES:
        raise XinyongError("E052", name=name, known=", ".join(ANALYSES))
    data = AnnotatedCorpus(corpus, out)
    started = time.perf_counter()
    files = ANALYSES[name](data, out / "analysis")
    return {"name": name, "files": files, "seconds": round(time.perf_counter() - started, 3)}


def run_all(corpus: Corpus, out: Path, progress: Callable[[str], None] | None = None) -> dict[str, float]:
    """Run every analysis; RETURNS (dict): seconds per analysis."""
    data = AnnotatedCorpus(corpus, out)
    timings = {}
    for name, function in ANALYSES.items():
        started = time.perf_counter()
        function(data, out / "analysis")
        timings[name] = round(time.perf_counter() - started, 3)
    if progress:
        progress("analyses: " + ", ".join(f"{k} {v:.1f}s" for k, v in timings.items()))
    return timings
