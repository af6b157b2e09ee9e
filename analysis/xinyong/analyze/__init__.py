"""Corpus analyses. Each writes data (build/analysis/<name>*.csv and .json) and, where a picture
helps, a static SVG chart; each is reachable as `xinyong analyze NAME` and as a function here."""
from __future__ import annotations

import io
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from ..corpus import Corpus
from ..errors import EXIT_USAGE, XinyongError
from ..outputs import dumps, to_csv, write_atomic
from .data import DIGEST_SCOPE_WORDS, AnnotatedCorpus, digest_scope


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
                                "Deontic profile of the Chinese texts", "occurrences per 1,000 characters",
                                category_title="document (Chinese text)")
    return _write(folder, "deontic", profile, chart=chart) + _write(folder, "deontic-targets", targets)


def run_measures(data: AnnotatedCorpus, folder: Path) -> list[str]:
    from . import charts
    from .measures import matrix, measure_rows

    rows = measure_rows(data)
    measures, documents, values = matrix(rows)
    table = [{"measure": m, **{d: v for d, v in zip(documents, row)}} for m, row in zip(measures, values)]
    chart = charts.heatmap(measures, documents, values, "Measures by document (mentions)",
                                   "measure", "document", "mentions (count)") if measures else None
    return _write(folder, "measures", rows, chart=chart) + _write(folder, "measures-matrix", table)


def run_citations(data: AnnotatedCorpus, folder: Path) -> list[str]:
    import networkx as nx

    from .citations import citation_graph, graph_json
    from .network import layered_svg

    graph, unresolved = citation_graph(data)
    buffer = io.BytesIO()
    # GraphML edge ids must be unique: the multigraph's keys (the edge kinds) repeat
    nx.write_graphml(graph, buffer, encoding="utf-8", prettyprint=True, edge_id_from_attribute="id")
    write_atomic(folder / "citations.graphml", buffer.getvalue())
    written = ["citations.graphml"]
    network = graph_json(graph)
    written += _write(folder, "citations", payload=network,
                      chart=layered_svg(network, "Citation network: documents by level of issuer and year"))
    written += _write(folder, "citations-unresolved", unresolved)
    return written


def run_timeline(data: AnnotatedCorpus, folder: Path) -> list[str]:
    from . import charts
    from .timeline import counts_by, timeline_rows

    rows = timeline_rows(data)
    years, by_level = counts_by(rows, "level")
    chart = charts.stacked_columns(years, by_level, "Catalogued documents per year, by level", "documents issued (count)")
    years, by_type = counts_by(rows, "type")
    chart_type = charts.small_multiples(years, by_type, "Catalogued documents per year, by type (total in brackets)",
                                        "documents (count)")
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
    chart = charts.heatmap(names, names, values, "Articles reused between local regulations",
                           "local regulation", "local regulation", "pairs of articles (count)") if names else None
    return _write(folder, "reuse", pairs) + _write(folder, "reuse-summary", summary, chart=chart)


def run_provinces(data: AnnotatedCorpus, folder: Path) -> list[str]:
    from .provinces import comparison

    result = comparison(data)
    return _write(folder, "provinces", result["rows"], payload=result)


def run_mou_network(data: AnnotatedCorpus, folder: Path) -> list[str]:
    import networkx as nx

    from . import charts
    from .mou_network import drawing, edge_rows, growth_rows, mou_graph, mou_rows, network_json, signatory_rows

    catalog = data.corpus.catalog
    graph = mou_graph(catalog)
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer, encoding="utf-8", prettyprint=True)
    write_atomic(folder / "mou-network.graphml", buffer.getvalue())
    signatories = signatory_rows(graph)
    growth = growth_rows(catalog)
    bars = charts.grouped_bars([r["label"] for r in signatories], {"memoranda signed": [r["mous"] for r in signatories]},
                               "Joint incentive and punishment memoranda signed, by agency", "memoranda") if signatories else None
    years = [str(r["year"]) for r in growth]
    columns = charts.stacked_columns(years, {"memoranda": [r["mous"] for r in growth],
                                             "agencies signing for the first time": [r["new_agencies"] for r in growth]},
                                     "Memoranda and first-time signatories per year", "count") if growth else None
    return (["mou-network.graphml"]
            + _write(folder, "mou-network", payload=network_json(graph, catalog),
                     chart=drawing(graph, "Co-signature network of the joint incentive and punishment memoranda"))
            + _write(folder, "mou-signatories", signatories, chart=bars)
            + _write(folder, "mou-pairs", edge_rows(graph))
            + _write(folder, "mou-growth", growth, chart=columns)
            + _write(folder, "mou-list", mou_rows(catalog)))


def run_concordance_index(data: AnnotatedCorpus, folder: Path) -> list[str]:
    from .concordance import concordance_index

    write_atomic(folder / "concordance-index.json", dumps(concordance_index(data), indent=None))
    return ["concordance-index.json"]


@dataclass(frozen=True)
class Analysis:
    """One analysis, declared once: the CLI's help and the site's pages read this.

    name (str): its name on the command line (`xinyong analyze NAME`) and in file names.
    title (str): its title on the site.
    description (str): one sentence: what it shows.
    run (Callable): run(data, folder) -> the names of the files written into folder.
    page (str | None): its page on the site (e.g. "analyses/keyness.md"), or None.
    digests (str): how much of the digests it reads: all, text or none (see data.DIGEST_SCOPES).
    options (tuple[click.Option, ...]): CLI options of its own, passed to run as keyword arguments
        (none today: the concordance, which had seven, is the command `xinyong concordance`).
    """

    name: str
    title: str
    description: str
    run: Callable[[AnnotatedCorpus, Path], list[str]]
    page: str | None = None
    digests: str = "all"
    options: tuple[Any, ...] = ()


def _registry(*analyses: Analysis) -> dict[str, Analysis]:
    return {analysis.name: analysis for analysis in analyses}


# In the order the build runs them; the site lists the ones with a page in this order too.
ANALYSES: dict[str, Analysis] = _registry(
    Analysis("frequencies", "Frequencies", "Token and glossary-term frequencies per document and language.",
             run_frequencies, digests="none"),
    Analysis("keyness", "Keyness", "Glossary terms relatively more frequent on one side of a comparison of "
             "sub-corpora (log-likelihood G², %DIFF and log ratio); each comparison lists the documents on both "
             "sides.", run_keyness, "analyses/keyness.md", digests="none"),
    Analysis("collocations", "Collocations", "Words and terms that occur near each glossary term (window of 5 "
             "tokens; logDice and PMI).", run_collocations, "analyses/collocations.md", digests="none"),
    Analysis("deontic", "Deontic profiles", "Obligations, prohibitions and permissions per 1,000 characters, and "
             "who is addressed.", run_deontic, "analyses/deontic.md", digests="none"),
    Analysis("measures", "Measures matrix", "Which documents provide which punishment and incentive measures, "
             "where, and for whom.", run_measures, "analyses/measures.md", digests="text"),
    Analysis("citations", "Citation network", "Documents and the instruments they cite, with the catalog's "
             "relations.", run_citations, "analyses/citations.md"),
    Analysis("timeline", "Timeline", "Catalogued documents per year, by level and by type.", run_timeline,
             "analyses/timeline.md"),
    Analysis("reuse", "Text reuse between local regulations", "Articles copied or closely adapted between local "
             "regulations.", run_reuse, "analyses/reuse.md"),
    Analysis("provinces", "Provincial comparison", "What each local regulation provides, with links to the "
             "articles.", run_provinces, "analyses/provinces.md"),
    Analysis("mou-network", "Memoranda agency network", "Which agencies co-sign the joint incentive and "
             "punishment memoranda with which, how many memoranda each signs, and how the set grows by year "
             "(signatories as recorded in the catalog).", run_mou_network, "analyses/mou-network.md"),
    Analysis("concordance-index", "Concordance index", "The units' texts and metadata the concordance page "
             "searches in the browser.", run_concordance_index, digests="none"),
)


def digest_scope_rows() -> list[dict[str, str]]:
    """What each analysis does with the digests, written beside the results (digest-scope.csv)."""
    return [{"analysis": name, "digests": digest_scope(name), "meaning": DIGEST_SCOPE_WORDS[digest_scope(name)]}
            for name in ANALYSES]


def run(name: str, corpus: Corpus, out: Path, **options: Any) -> dict[str, Any]:
    """Run one analysis into out/analysis/, with the values of its own options (see Analysis).
    RETURNS (dict): files written and seconds taken."""
    if name not in ANALYSES:
        raise XinyongError("E052", name=name, known=", ".join(ANALYSES), exit_code=EXIT_USAGE)
    data = AnnotatedCorpus(corpus, out).scoped(digest_scope(name))
    started = time.perf_counter()
    files = ANALYSES[name].run(data, out / "analysis", **options)
    return {"name": name, "files": files, "seconds": round(time.perf_counter() - started, 3)}


def run_all(corpus: Corpus, out: Path, progress: Callable[[str], None] | None = None) -> dict[str, float]:
    """Run every analysis; RETURNS (dict): seconds per analysis."""
    data = AnnotatedCorpus(corpus, out)
    timings = {}
    for name, analysis in ANALYSES.items():
        started = time.perf_counter()
        analysis.run(data.scoped(digest_scope(name)), out / "analysis")
        timings[name] = round(time.perf_counter() - started, 3)
    _write(out / "analysis", "digest-scope", digest_scope_rows())
    from .token_cache import ZH_TABLE

    ZH_TABLE.save()  # the Chinese tokens, for the next build's analyses
    if progress:
        progress("analyses: " + ", ".join(f"{k} {v:.1f}s" for k, v in timings.items()))
    return timings
