"""The agency network of the joint incentive and punishment memoranda (catalog entries of type mou):
which agencies co-sign with which, how many memoranda each signs, and how the set grows by year.

It reads the catalog only (the signatories are the entries' `issuers`), so it needs no texts.
"""
from __future__ import annotations

import io
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

import networkx as nx

from ..catalog import Catalog, document_date
from ..outputs import write_atomic
from .analysis_cache import cached_svg
from .data import AnnotatedCorpus
from .registry import Chart, analysis, write_results


def mou_entries(catalog: Catalog) -> list[dict[str, Any]]:
    """The memoranda in the catalog, oldest first (then by id); undated ones last."""
    entries = [e for e in catalog if e["type"] == "mou"]
    return sorted(entries, key=lambda e: (document_date(e) or "9999", e["id"]))


def mou_year(entry: dict[str, Any]) -> int | None:
    """The year of a memorandum's date (catalog.document_date), or None."""
    date = document_date(entry)
    return int(date[:4]) if date else None


def agency_label(agency: dict[str, Any], agency_id: str) -> str:
    """A short readable label: the English abbreviation, else the id."""
    return agency.get("abbr") or agency_id


def mou_graph(catalog: Catalog) -> nx.Graph:
    """The co-signature network.

    catalog (Catalog): the catalog with its agency list.
    RETURNS (nx.Graph): one node per signatory agency (label, en, zh, level, mous: how many memoranda
        it signs, leads: how many it signs first, first_year); one edge per pair of agencies that
        sign a memorandum together, weighted by how many they share, with the memoranda's ids.
    """
    graph = nx.Graph()
    signed: dict[str, list[str]] = defaultdict(list)
    leads: Counter[str] = Counter()
    first_year: dict[str, int] = {}
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for entry in mou_entries(catalog):
        year = mou_year(entry)
        issuers = entry["issuers"]
        leads[issuers[0]] += 1
        for agency_id in issuers:
            signed[agency_id].append(entry["id"])
            if year is not None:
                first_year[agency_id] = min(year, first_year.get(agency_id, year))
        for a, b in combinations(sorted(set(issuers)), 2):
            shared[(a, b)].append(entry["id"])
    for agency_id in sorted(signed):
        agency = catalog.agencies.get(agency_id, {})
        graph.add_node(agency_id, label=agency_label(agency, agency_id), en=agency.get("en", agency_id),
                       zh=agency.get("zh", ""), level=agency.get("level", ""), mous=len(signed[agency_id]),
                       leads=leads[agency_id], first_year=first_year.get(agency_id, 0))
    for (a, b), mous in sorted(shared.items()):
        graph.add_edge(a, b, weight=len(mous), mous=" ".join(sorted(mous)))
    return graph


def signatory_rows(graph: nx.Graph) -> list[dict[str, Any]]:
    """One row per agency: memoranda signed, led, first year, and distinct co-signatories;
    most memoranda first."""
    rows = [{"agency": node, "label": attrs["label"], "en": attrs["en"], "zh": attrs["zh"], "level": attrs["level"],
             "mous": attrs["mous"], "leads": attrs["leads"], "first_year": attrs["first_year"] or None,
             "partners": graph.degree(node)}
            for node, attrs in graph.nodes(data=True)]
    return sorted(rows, key=lambda r: (-r["mous"], r["agency"]))


def edge_rows(graph: nx.Graph) -> list[dict[str, Any]]:
    """One row per co-signing pair: the number of memoranda they share and which; heaviest first."""
    rows = [{"agency_a": a, "agency_b": b, "shared": attrs["weight"], "mous": attrs["mous"]}
            for a, b, attrs in graph.edges(data=True)]
    return sorted(rows, key=lambda r: (-r["shared"], r["agency_a"], r["agency_b"]))


def mou_rows(catalog: Catalog) -> list[dict[str, Any]]:
    """One row per memorandum: id, year, document number, how many signatories are recorded, the lead."""
    return [{"doc": e["id"], "year": mou_year(e), "doc_number": e.get("doc_number"), "title_en": e["title_en"],
             "title_zh": e["title_zh"], "signatories": len(e["issuers"]), "lead": e["issuers"][0],
             "issuers": " ".join(e["issuers"])}
            for e in mou_entries(catalog)]


def growth_rows(catalog: Catalog) -> list[dict[str, Any]]:
    """How the set grows: per year, new memoranda, new agencies and new co-signing pairs, with totals
    so far. Undated memoranda are left out (they are counted in mou_rows)."""
    by_year: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for entry in mou_entries(catalog):
        year = mou_year(entry)
        if year is not None:
            by_year[year].append(entry)
    rows = []
    agencies: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    total = 0
    for year in range(min(by_year, default=0), max(by_year, default=-1) + 1):
        entries = by_year.get(year, [])
        new_agencies = {a for e in entries for a in e["issuers"]} - agencies
        new_pairs = {p for e in entries for p in combinations(sorted(set(e["issuers"])), 2)} - pairs
        agencies |= new_agencies
        pairs |= new_pairs
        total += len(entries)
        rows.append({"year": year, "mous": len(entries), "mous_total": total, "new_agencies": len(new_agencies),
                     "agencies_total": len(agencies), "new_pairs": len(new_pairs), "pairs_total": len(pairs)})
    return rows


def network_json(graph: nx.Graph, catalog: Catalog) -> dict[str, Any]:
    """Nodes, links, memoranda and yearly growth in one JSON-ready document."""
    nodes = [{"id": node, **attrs} for node, attrs in sorted(graph.nodes(data=True))]
    links = [{"source": a, "target": b, **attrs} for a, b, attrs in sorted(graph.edges(data=True))]
    return {"nodes": nodes, "links": links, "mous": mou_rows(catalog), "growth": growth_rows(catalog)}


@cached_svg
def drawing(graph: nx.Graph, title: str, min_shared: int = 3) -> str:
    """A deterministic circle drawing: agencies ordered by memoranda signed (most at the top, going
    clockwise), node area by memoranda signed, labels set radially; only pairs sharing at least
    `min_shared` memoranda are drawn, darker and wider the more they share (all pairs are in the data)."""
    import math

    from . import charts

    order = [r["agency"] for r in signatory_rows(graph)]
    angles = {node: math.pi / 2 - 2 * math.pi * index / max(len(order), 1) for index, node in enumerate(order)}
    positions = {node: (math.cos(angle), math.sin(angle)) for node, angle in angles.items()}
    edges = sorted(((a, b, attrs["weight"]) for a, b, attrs in graph.edges(data=True) if attrs["weight"] >= min_shared),
                   key=lambda e: (e[2], e[0], e[1]))
    most = max((weight for _, _, weight in edges), default=1)
    with charts.plt.rc_context(charts.STYLE):
        figure, axes = charts.plt.subplots(figsize=(11, 11))
        nx.draw_networkx_edges(graph, positions, edgelist=[(a, b) for a, b, _ in edges], ax=axes,
                               width=[0.2 + 2.0 * (w / most) ** 2 for _, _, w in edges],
                               edge_color=[w / most for _, _, w in edges], edge_cmap=charts.plt.get_cmap("Blues"),
                               edge_vmin=-0.2, edge_vmax=1.0, alpha=0.8)
        nx.draw_networkx_nodes(graph, positions, nodelist=order, ax=axes, node_color=charts.PALETTE[0],
                               node_size=[6 + 5 * graph.nodes[n]["mous"] for n in order])
        for node in order:
            degrees = math.degrees(angles[node]) % 360
            left = 90 < degrees < 270
            x, y = positions[node]
            axes.text(1.04 * x, 1.04 * y, f"{graph.nodes[node]['label']} ({graph.nodes[node]['mous']})", fontsize=6.5,
                      rotation=degrees - 180 if left else degrees, rotation_mode="anchor",
                      ha="right" if left else "left", va="center")
        # room for the longest labels (agencies without an abbreviation print their id)
        axes.set_xlim(-1.9, 1.9)
        axes.set_ylim(-1.9, 1.9)
        axes.set_aspect("equal")
        axes.axis("off")
        axes.set_title(f"{title}\n(agencies with the number of memoranda they sign; lines: pairs sharing "
                       f"{min_shared} or more)")
        return charts.svg(figure, title)


@analysis("mou-network", "Memoranda agency network", "Which agencies co-sign the joint incentive and punishment "
          "memoranda with which, how many memoranda each signs, and how the set grows by year (signatories as "
          "recorded in the catalog).", order=100, page="analyses/mou-network.md",
          charts=(Chart("mou-network.svg", "Each dot is an agency, sized by the number of joint memoranda it signs "
                        "(in brackets); a line joins two agencies that sign three or more memoranda together. "
                        "Signatories as recorded in the catalog.",
                        ("mou-network.json", "mou-network.graphml", "mou-pairs.csv")),
                  Chart("mou-signatories.svg", "Joint incentive and punishment memoranda signed by each agency "
                        "(count of catalogued memoranda).", ("mou-signatories.csv",)),
                  Chart("mou-growth.svg", "Memoranda per year of issue, and the agencies that sign one for the first "
                        "time that year (counts).", ("mou-growth.csv",))),
          data=("mou-network.graphml", "mou-network.json", "mou-signatories.csv", "mou-pairs.csv", "mou-growth.csv",
                "mou-list.csv"),
          reads="Reads the catalog records of the memoranda and their recorded signatories, not the texts: "
                "digests play no part.")
def run_mou_network(data: AnnotatedCorpus, folder: Path) -> list[str]:
    """The co-signature network (GraphML, JSON, drawing), the signatories, pairs, growth and list."""
    from . import charts

    catalog = data.corpus.catalog
    graph = mou_graph(catalog)
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer, encoding="utf-8", prettyprint=True)
    write_atomic(folder / "mou-network.graphml", buffer.getvalue())
    signatories = signatory_rows(graph)
    growth = growth_rows(catalog)
    bars = charts.grouped_bars([r["label"] for r in signatories],
                               {"memoranda signed": [r["mous"] for r in signatories]},
                               "Joint incentive and punishment memoranda signed, by agency",
                               "memoranda") if signatories else None
    years = [str(r["year"]) for r in growth]
    series = {"memoranda": [r["mous"] for r in growth],
              "agencies signing for the first time": [r["new_agencies"] for r in growth]}
    columns = charts.stacked_columns(years, series, "Memoranda and first-time signatories per year",
                                     "count") if growth else None
    return (["mou-network.graphml"]
            + write_results(folder, "mou-network", payload=network_json(graph, catalog), chart=drawing(
                graph, "Co-signature network of the joint incentive and punishment memoranda"))
            + write_results(folder, "mou-signatories", signatories, chart=bars)
            + write_results(folder, "mou-pairs", edge_rows(graph))
            + write_results(folder, "mou-growth", growth, chart=columns)
            + write_results(folder, "mou-list", mou_rows(catalog)))
