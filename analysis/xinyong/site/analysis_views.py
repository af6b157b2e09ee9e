"""Readable views of the analyses for the site: what each table or chart counts, the direction of
text reuse by date, the citation network as a drawing plus lists, keyness with the composition of
both sides, and collocation tables per glossary term in both languages."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any, Callable

from markupsafe import Markup

from ..analyze.network import node_anchor
from ..analyze.registry import Chart
from ..catalog import document_date
from .templating import render_macro

def figure(chart: Chart, alt: str) -> str:
    """A chart as an image with its caption and a link to its data (charts are at ../analysis/)."""
    return render_macro("analyses.html", "figure", chart.file, alt, chart.caption, list(chart.data)).strip("\n")


def order_by_date(first: str | None, second: str | None) -> int:
    """-1 when `first` is earlier, 1 when later, 0 when the dates cannot tell (missing, equal, or
    the same year where one of them gives only the year)."""
    if not first or not second:
        return 0
    if len(first) < 10 or len(second) < 10:
        first, second = first[:4], second[:4]
    return (first > second) - (first < second)


def reuse_direction(pair: dict[str, Any], catalog: Any) -> dict[str, Any]:
    """A reuse pair as earlier -> later by the documents' dates.

    pair (dict): a row of reuse.json (doc_a, unit_a, doc_b, unit_b, ...).
    catalog (Catalog): for the dates.
    RETURNS (dict): earlier, earlier_unit, later, later_unit, their dates, and ordered (False when
        the dates cannot order the two documents; earlier/later then keep the pair's order).
    """
    date_a, date_b = document_date(catalog[pair["doc_a"]]), document_date(catalog[pair["doc_b"]])
    order = order_by_date(date_a, date_b)
    a, b = (pair["doc_a"], pair["unit_a"], date_a), (pair["doc_b"], pair["unit_b"], date_b)
    first, second = (b, a) if order > 0 else (a, b)
    return {"earlier": first[0], "earlier_unit": first[1], "earlier_date": first[2],
            "later": second[0], "later_unit": second[1], "later_date": second[2], "ordered": order != 0}


def reuse_table(pairs: list[dict[str, Any]], catalog: Any, hrefs: dict[str, str]) -> str:
    """The reuse pairs, earlier article first."""
    rows = []
    for pair in pairs:
        way = reuse_direction(pair, catalog)

        def place(doc: str, unit: str, date: str | None) -> dict[str, Any]:
            return {"link": f"{hrefs[doc]}#{unit}", "title": catalog[doc]["title_en"], "unit": unit, "date": date}

        rows.append({"earlier": place(way["earlier"], way["earlier_unit"], way["earlier_date"]),
                     "later": place(way["later"], way["later_unit"], way["later_date"]), "ordered": way["ordered"],
                     "similarity": pair["similarity"], "kind": pair["kind"]})
    return render_macro("analyses.html", "reuse", rows).strip("\n")


CITATION_WORDING = {"cites": ("cites", "cited by"), "citation": ("cites by title", "cited by title in"),
                    "docno": ("cites by document number", "cited by document number in"),
                    "implements": ("implements", "implemented by"), "amends": ("amends", "amended by"),
                    "supersedes": ("supersedes", "superseded by")}
LEVEL_ORDER = ("central", "judicial", "provincial", "municipal", "private", "unresolved")


def citation_groups(network: dict[str, Any], hrefs: dict[str, str]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Per level, per node, what it cites and what cites it (every node, with or without links)."""
    unresolved = sorted(n["id"] for n in network["nodes"] if n["id"].startswith("unresolved:"))
    names = {n["id"]: str(n.get("label") or n["id"]) for n in network["nodes"]}
    wording = CITATION_WORDING
    groups: dict[str, list[dict[str, Any]]] = {}
    for node in sorted(network["nodes"], key=lambda n: (LEVEL_ORDER.index(n["level"]) if n["level"] in LEVEL_ORDER
                                                        else 9, n.get("year") or 9999, n["id"])):
        node_id = node["id"]
        out = [(wording.get(link["kind"], (link["kind"], ""))[0], link["target"])
               for link in network["links"] if link["source"] == node_id]
        into = [(wording.get(link["kind"], ("", link["kind"] + " by"))[1], link["source"])
                for link in network["links"] if link["target"] == node_id]
        title_zh = node.get("title_zh")
        groups.setdefault(node["level"], []).append({
            "anchor": node_anchor(node_id, unresolved), "year": node.get("year") or "n.d.", "name": names[node_id],
            "title_zh": title_zh if title_zh and title_zh != names[node_id] else None, "page": hrefs.get(node_id),
            "relations": [(kind, node_anchor(other, unresolved), names[other]) for kind, other in out + into]})
    titles = {"unresolved": "Cited but not in the catalog"}
    return [(titles.get(level, level.capitalize()), nodes) for level, nodes in groups.items()]


def citations_section(folder: Path, hrefs: dict[str, str], chart: Chart) -> str:
    """The layered drawing (inline, so that its labels are links) and the per-node lists."""
    network = json.loads((folder / "citations.json").read_text(encoding="utf-8"))
    drawing = Markup((folder / chart.file).read_text(encoding="utf-8").replace("\n\n", "\n").strip())
    linked = len({x for link in network["links"] for x in (link["source"], link["target"])})
    total = len(network["nodes"])
    summary = (f"{total} documents and cited instruments, {len(network['links'])} links; {linked} "
               f"documents take part in at least one link.")
    return render_macro("analyses.html", "citations", summary, drawing, chart.caption, [chart.file, *chart.data],
                        citation_groups(network, hrefs)).strip("\n")


def keyness_section(folder: Path, glossary: dict[str, dict[str, Any]], meta: Callable[[str], dict[str, Any]],
                    hrefs: dict[str, str]) -> str:
    """Every keyness comparison found in the folder, with the composition of both sides and a caveat
    where the sides differ in more than the compared property."""
    parts = []
    sizes: Counter = Counter()  # glossary-term occurrences per Chinese text, from the frequency analysis
    frequencies = folder / "frequencies-terms.json"
    if frequencies.is_file():
        for row in json.loads(frequencies.read_text(encoding="utf-8")):
            if row["lang"] == "zh":
                sizes[row["doc"]] += row["count"]
    for path in sorted(folder.glob("keyness-*-zh-terms.json")):
        result = json.loads(path.read_text(encoding="utf-8"))
        sides = []
        for label, docs, total in ((result["a"], result["docs_a"], result["total_a"]),
                                   (result["b"], result["docs_b"], result["total_b"])):
            types = Counter(meta(d)["type"] for d in docs)
            levels = Counter(meta(d)["level"] for d in docs)
            largest = max(docs, key=lambda d: sizes.get(d, 0)) if docs and sizes else None
            share = (f"; the largest, {largest}, holds {sizes[largest] / total:.0%} of them"
                     if largest and total and sizes.get(largest) else "")
            summary = (f"{label}: {len(docs)} documents, {total:,} glossary-term occurrences{share}; types: "
                       + ", ".join(f"{t} {n}" for t, n in sorted(types.items())) + "; levels: "
                       + ", ".join(f"{level} {n}" for level, n in sorted(levels.items())))
            listing = [{"link": hrefs[d], "title": meta(d)["title_en"],
                        "note": f" ({meta(d)['year'] or 'n.d.'}, {meta(d)['type']}"
                                + (f"; {sizes[d]:,} term occurrences" if d in sizes else "") + ")"} for d in docs]
            sides.append({"summary": summary, "docs": listing})
        parts.append(render_macro("analyses.html", "keyness_comparison", result, sides,
                                  keyness_caveat(result, meta)).strip("\n"))
        for lang in ("zh", "en"):
            lang_path = folder / f"keyness-{result['split']}-{lang}-terms.json"
            if lang_path.is_file():
                parts.append(keyness_table(json.loads(lang_path.read_text(encoding="utf-8")), lang, glossary))
    return "\n".join(parts)


def keyness_caveat(result: dict[str, Any], meta: Callable[[str], dict[str, Any]]) -> str:
    """Why a comparison may reflect which documents are in the corpus rather than the compared
    property, or the empty string."""
    types_a = {meta(d)["type"] for d in result["docs_a"]}
    types_b = {meta(d)["type"] for d in result["docs_b"]}
    notes = []
    if types_a != types_b:
        only = sorted(types_a ^ types_b)
        notes.append("the two sides hold different kinds of documents (" + ", ".join(only) + " on one side only), so "
                     "terms that come out as key may belong to the subject of a particular law rather than to the "
                     "compared property")
    small = min(len(result["docs_a"]), len(result["docs_b"]))
    if small < 5:
        notes.append(f"one side has only {small} documents, so a single document can dominate it")
    return ("; ".join(notes) + ". Read the rows as leads to check in the texts, not as a trend.") if notes else ""


def keyness_table(result: dict[str, Any], lang: str, glossary: dict[str, dict[str, Any]]) -> str:
    """The ten most key glossary terms on each side, in one language."""
    positive = [r for r in result["rows"] if r["ll"] > 0][:10]
    negative = sorted((r for r in result["rows"] if r["ll"] < 0), key=lambda r: (r["ll"], r["item"]))[:10]
    language = "Chinese texts" if lang == "zh" else "English translations and digests"
    return render_macro("analyses.html", "keyness_table", result, language, positive, negative, glossary).strip("\n")


def collocations_section(folder: Path, glossary: dict[str, dict[str, Any]], terms: int = 12, per_term: int = 8) -> str:
    """Collocate tables for the glossary terms with the most collocates in both languages."""
    results = {}
    for lang in ("zh", "en"):
        path = folder / f"collocations-{lang}.json"
        results[lang] = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else []
    if not results["zh"] and not results["en"]:
        return render_macro("analyses.html", "collocations", None, per_term).strip("\n")
    counts = {lang: Counter(r["term"] for r in rows) for lang, rows in results.items()}
    shared = sorted(set(counts["zh"]) & set(counts["en"]), key=lambda t: (-(counts["zh"][t] + counts["en"][t]), t))

    def row(r: dict[str, Any], lang: str) -> dict[str, Any]:
        is_term = bool(r["collocate_is_term"] and r["collocate"] in glossary)
        name = glossary[r["collocate"]]["zh" if lang == "zh" else "en"] if is_term else r["collocate"]
        return {**r, "name": name, "is_term": is_term}

    sections = []
    for term in shared[:terms]:
        entry = glossary.get(term, {"zh": term, "en": term})
        tables = [{"title": title, "lang": lang,
                   "rows": [row(r, lang) for r in results[lang] if r["term"] == term][:per_term]}
                  for lang, title in (("zh", "Chinese texts"), ("en", "English translations and digests"))]
        sections.append({"id": term, "zh": entry["zh"], "en": entry["en"], "tables": tables})
    return render_macro("analyses.html", "collocations", sections, per_term).strip("\n")
