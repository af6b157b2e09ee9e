"""The evidence finder measured: the rank of each query's cited evidence among the finder's hits,
on the claims registers and the query sets, with and without the thesaurus."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .evidence_tokens import BIBLIOGRAPHY_DOC, CATALOG_UNIT
from .unit_ids import contains

if TYPE_CHECKING:
    from .evidence import EvidenceIndex


def register_queries(registers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The claims of the registers as test queries; their evidence is the cited units, catalog
    records (doc:catalog) and bibliography entries (bib:id)."""
    def reference(evidence: dict[str, Any]) -> str:
        if "unit" in evidence:
            return evidence["unit"]
        if "bib" in evidence:
            return f"{BIBLIOGRAPHY_DOC}:{evidence['bib']}"
        return f"{evidence['doc']}:{CATALOG_UNIT}"

    return [{"source": register["source"]["id"], "id": claim["id"], "query": claim["claim"],
             "evidence": [reference(e) for e in claim["evidence"]]}
            for register in registers for claim in register["claims"] if claim["evidence"]]


def evaluate_queries(index: EvidenceIndex, queries: list[dict[str, Any]], top: int = 5,
                     expand: bool = True) -> dict[str, Any]:
    """For every query: the rank of its first evidence passage among all passages, and whether it
    is within the top results.

    queries (list[dict]): {"id", "query", "evidence": ["doc:unit", …]} (and optionally "source").
    RETURNS (dict): queries evaluated, found, share, mean reciprocal rank, and per-query rows.
    """
    rows = []
    for query in queries:
        wanted = [reference.split(":", 1) for reference in query["evidence"]]
        hits = index.search(query["query"], top=len(index.entries), expand=expand)
        rank = next((n for n, h in enumerate(hits, start=1)
                     if any(h.doc == doc and contains(h.unit, unit) for doc, unit in wanted)), None)
        rows.append({"source": query.get("source", ""), "query": query["id"], "text": query["query"],
                     "found": rank is not None and rank <= top, "rank": rank, "evidence": query["evidence"],
                     "top": [h.ref for h in hits[:top]], "kinds": [h.kind for h in hits[:top]]})
    found = sum(1 for r in rows if r["found"])
    mrr = sum(1 / r["rank"] for r in rows if r["rank"]) / len(rows) if rows else 0.0
    return {"queries": len(rows), "found": found, "share": round(found / len(rows), 4) if rows else 0.0,
            "mrr": round(mrr, 4), "top": top, "thesaurus": expand, "rows": rows}


def evaluate_finder(index: EvidenceIndex, sets: dict[str, list[dict[str, Any]]], top: int = 5) -> dict[str, Any]:
    """The finder scored on each query set, with and without the thesaurus.

    sets (dict): name -> queries, e.g. the claims register, the dev queries (used to tune the
        thesaurus, so optimistic), the test queries and the second unseen set (never tuned on).
    """
    return {name: {setting: evaluate_queries(index, queries, top, expand=setting == "thesaurus")
                   for setting in ("thesaurus", "no-thesaurus")}
            for name, queries in sets.items() if queries}
