"""The citation network: documents, the instruments they cite (by 《title》 or document number,
resolved to catalog ids where possible) and the catalog's own relations."""
from __future__ import annotations

import io
from collections import defaultdict
from pathlib import Path
from typing import Any

import networkx as nx

from ..annotate.resources import normalize_title
from ..catalog import docno_key
from ..outputs import write_atomic
from .data import AnnotatedCorpus
from .measures import primary_language
from .registry import Chart, analysis, write_results


def citation_graph(data: AnnotatedCorpus) -> tuple[nx.MultiDiGraph, list[dict[str, Any]]]:
    """Build the network.

    RETURNS (tuple): the graph (nodes: catalog ids and "unresolved:<title>" nodes; edges with
        kind citation, docno, implements, cites, amends or supersedes, and the citing unit ids), and
        the unresolved citations as rows (doc, unit, lang, label, text).
    """
    catalog = data.corpus.catalog
    by_number = catalog.docno_ids()
    graph = nx.MultiDiGraph()
    for entry in catalog:
        meta = data.meta(entry["id"])
        graph.add_node(entry["id"], label=entry["title_en"], title_zh=entry["title_zh"], level=entry["level"],
                       type=entry["type"], resolved=True,
                       has_text=entry["id"] in data.documents("zh") or data.corpus.english(entry["id"]) is not None)
        if meta["year"] is not None:  # absent, not 0, when the catalog has no date (GraphML readers see no value)
            graph.nodes[entry["id"]]["year"] = meta["year"]
    edges: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    unresolved = []
    for doc_id in sorted(set(data.documents("zh")) | set(data.documents("en"))):
        lang = primary_language(data, doc_id)
        for record in data.annotations(doc_id, lang):
            if record["label"] not in ("CITATION", "DOCNO"):
                continue
            target = (record["norm"] if record["label"] == "CITATION"
                      else by_number.get(docno_key(record["norm"] or "")))
            if target == doc_id:
                continue  # a document naming itself
            if target is None:
                key = normalize_title(record["text"], lang) if record["label"] == "CITATION" else record["norm"]
                target = f"unresolved:{key}"
                if target not in graph:
                    graph.add_node(target, label=record["text"], title_zh=record["text"] if lang == "zh" else "",
                                   level="unresolved", type="unresolved", resolved=False, has_text=False)
                unresolved.append({"doc": doc_id, "unit": record["unit"], "lang": lang,
                                   "label": record["label"], "text": record["text"]})
            edges[(doc_id, target, "citation" if record["label"] == "CITATION" else "docno")].add(record["unit"])
    for entry in catalog:
        for relation in entry["relations"]:
            edges[(entry["id"], relation["target"], relation["type"])].add("catalog")
    for (source, target, kind), units in sorted(edges.items()):
        graph.add_edge(source, target, key=kind, id=f"{kind}:{source}->{target}", kind=kind, weight=len(units),
                       units=" ".join(sorted(units)))
    return graph, unresolved


def graph_json(graph: nx.MultiDiGraph) -> dict[str, Any]:
    nodes = [{"id": node, **{k: v for k, v in attrs.items()}} for node, attrs in sorted(graph.nodes(data=True))]
    edges = sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2]["kind"]))
    links = [{"source": s, "target": t, **attrs} for s, t, attrs in edges]
    return {"nodes": nodes, "links": links}


@analysis("citations", "Citation network", "Documents and the instruments they cite, with the catalog's relations.",
          order=60, page="analyses/citations.md", charts=(Chart(
              "citations.svg", "Each dot is a document (filled: we hold its text), in the column of its issuer's "
              "level and in order of year; an arrow runs from the citing document to the cited one (dashed: amends "
              "or supersedes). Select a title to see its lists below.", ("citations.json", "citations.graphml"),
              inline=True),),
          data=("citations.graphml", "citations.json", "citations-unresolved.csv"))
def run_citations(data: AnnotatedCorpus, folder: Path) -> list[str]:
    """The citation graph as GraphML and JSON with its drawing, and the citations left unresolved."""
    from .network import layered_svg

    graph, unresolved = citation_graph(data)
    buffer = io.BytesIO()
    # GraphML edge ids must be unique: the multigraph's keys (the edge kinds) repeat
    nx.write_graphml(graph, buffer, encoding="utf-8", prettyprint=True, edge_id_from_attribute="id")
    write_atomic(folder / "citations.graphml", buffer.getvalue())
    written = ["citations.graphml"]
    network = graph_json(graph)
    written += write_results(folder, "citations", payload=network,
                             chart=layered_svg(network, "Citation network: documents by level of issuer and year"))
    written += write_results(folder, "citations-unresolved", unresolved)
    return written
