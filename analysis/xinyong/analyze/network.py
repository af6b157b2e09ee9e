"""A layered drawing of the citation network, written as SVG by hand so that every node keeps a
readable label: one column per level of issuer, documents listed by year inside their column, an
arrow from each citing document to the cited one. Each label links to the node's entry ("cites",
"cited by") on the citations page."""
from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape, quoteattr

# Columns of the drawing, left to right: which levels each holds, and its heading.
COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Central", ("central",)),
    ("Judicial", ("judicial",)),
    ("Provincial and municipal", ("provincial", "municipal")),
    ("Private, and not in the catalog", ("private", "unresolved")),
)
COLUMN_WIDTH = 300
ROW_HEIGHT = 22
TOP = 56
MARGIN = 80  # room on the left for arcs between documents of the same column
LABEL_CHARS = 40
NODE_PAGE = "../analyses/citations.html"
LEVEL_RANK = {"central": 0, "judicial": 1, "provincial": 2, "municipal": 3, "private": 4, "unresolved": 5}


def node_anchor(node_id: str, unresolved_ids: list[str]) -> str:
    """The id of a node's entry on the citations page (unresolved titles are numbered, since
    they may contain any character)."""
    if node_id.startswith("unresolved:"):
        return f"node-unresolved-{unresolved_ids.index(node_id) + 1}"
    return f"node-{node_id}"


def column_of(level: str) -> int:
    return next((i for i, (_, levels) in enumerate(COLUMNS) if level in levels), len(COLUMNS) - 1)


def node_label(node: dict[str, Any]) -> str:
    """Year and a shortened title: the full title is in the node's tooltip and its list entry."""
    title = str(node.get("label") or node["id"])
    short = title if len(title) <= LABEL_CHARS else title[:LABEL_CHARS - 1].rstrip() + "…"
    return f"{node['year']} {short}" if node.get("year") else f"n.d. {short}"


def layout(graph: dict[str, Any]) -> dict[str, tuple[float, float]]:
    """Node id -> (x, y) of the node's dot: columns by level, rows by year then id."""
    columns: list[list[dict[str, Any]]] = [[] for _ in COLUMNS]
    for node in graph["nodes"]:
        columns[column_of(node["level"])].append(node)
    positions = {}
    for index, nodes in enumerate(columns):
        ordered = sorted(nodes, key=lambda n: (LEVEL_RANK.get(n["level"], 9), n.get("year") or 9999, n["id"]))
        for row, node in enumerate(ordered):
            positions[node["id"]] = (MARGIN + index * COLUMN_WIDTH + 10.0, TOP + row * ROW_HEIGHT + 0.0)
    return positions



def layered_svg(graph: dict[str, Any], title: str) -> str:
    """The drawing as a standalone SVG document (also inlined into the citations page).

    graph (dict): nodes and links as written by `citations.graph_json`.
    title (str): the accessible title of the drawing.
    RETURNS (str): the SVG text, on one line per element and without blank lines.
    """
    positions = layout(graph)
    unresolved = sorted(n["id"] for n in graph["nodes"] if n["id"].startswith("unresolved:"))
    rows = max((sum(1 for n in graph["nodes"] if column_of(n["level"]) == i) for i in range(len(COLUMNS))), default=0)
    width, height = MARGIN + COLUMN_WIDTH * len(COLUMNS), TOP + rows * ROW_HEIGHT + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="xy-network" role="group" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}" font-family="sans-serif" aria-labelledby="xy-network-title">',
             f'<title id="xy-network-title">{escape(title)}</title>',
             '<defs><marker id="xy-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" '
             'orient="auto-start-reverse"><path d="M0,0 L8,4 L0,8 z" fill="#4d4d4d"/></marker></defs>']
    for index, (heading, _) in enumerate(COLUMNS):
        parts.append(f'<text x="{MARGIN + index * COLUMN_WIDTH + 4}" y="24" class="xy-network-heading" '
                     f'font-weight="bold" font-size="14">{escape(heading)}</text>')
    for link in graph["links"]:
        (x1, y1), (x2, y2) = positions[link["source"]], positions[link["target"]]
        if abs(x1 - x2) < 1:  # same column: an arc to the left of the dots
            bend = 10 + min(abs(y2 - y1) / 6, 60)
            path = f"M{x1:.0f},{y1:.0f} C{x1 - bend:.0f},{y1:.0f} {x2 - bend:.0f},{y2:.0f} {x2 - 5:.0f},{y2:.0f}"
        else:
            middle = (x1 + x2) / 2
            end = x2 - 5 if x2 > x1 else x2 + 5
            path = f"M{x1:.0f},{y1:.0f} C{middle:.0f},{y1:.0f} {middle:.0f},{y2:.0f} {end:.0f},{y2:.0f}"
        dash = ' stroke-dasharray="4 3"' if link["kind"] in ("amends", "supersedes") else ""
        parts.append(f'<path d="{path}" fill="none" stroke="#4d4d4d" stroke-opacity="0.55" stroke-width="1.2"{dash} '
                     f'marker-end="url(#xy-arrow)"><title>{escape(link["source"])} {escape(link["kind"])} '
                     f'{escape(link["target"])}</title></path>')
    for node in sorted(graph["nodes"], key=lambda n: n["id"]):
        x, y = positions[node["id"]]
        colour = "#ffffff" if not node.get("has_text") else "#0072b2"
        anchor = node_anchor(node["id"], unresolved)
        full = str(node.get("label") or node["id"]) + (f" ({node['title_zh']})" if node.get("title_zh") else "")
        parts.append(f'<a href={quoteattr(NODE_PAGE + "#" + anchor)}><title>{escape(full)}</title>'
                     f'<circle cx="{x:.0f}" cy="{y:.0f}" r="5" fill="{colour}" stroke="#0072b2" stroke-width="1.5"/>'
                     f'<text x="{x + 10:.0f}" y="{y + 4:.0f}" font-size="12" fill="#1a1a1a">'
                     f'{escape(node_label(node))}</text></a>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
