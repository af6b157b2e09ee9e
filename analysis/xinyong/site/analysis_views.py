"""Readable views of the analyses for the site: what each table or chart counts, the direction of
text reuse by date, the citation network as a drawing plus lists, keyness with the composition of
both sides, and collocation tables per glossary term in both languages."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any, Callable

from ..analyze.network import node_anchor
from .html import esc, tag

# Each chart: its caption (what is counted, in which unit) and the data behind it.
CHARTS: dict[str, tuple[str, list[str]]] = {
    "timeline.svg": ("Documents of the catalog per year of issue (or of entry into force, or publication, when the "
                     "issue date is unknown), stacked by level of the issuer. Undated documents are left out.",
                     ["timeline.csv"]),
    "timeline-types.svg": ("The same documents, one panel per document type on shared axes; the panel title gives "
                           "the type's total. Counts are of catalogued documents, not of texts we hold.",
                           ["timeline.csv", "timeline-types.json"]),
    "deontic.svg": ("Obligations, prohibitions and permissions found by the annotation rules in each Chinese text, "
                    "per 1,000 characters of the text.", ["deontic.csv"]),
    "measures.svg": ("Mentions of each punishment or incentive measure (rows) in each document (columns): the "
                     "number in a cell is the count of annotated mentions.", ["measures-matrix.csv", "measures.csv"]),
    "reuse-summary.svg": ("Pairs of articles found copied, adapted or contained between two local regulations "
                          "(the matrix is symmetric; the direction is in the table below).", ["reuse-summary.csv"]),
    "citations.svg": ("Each dot is a document (filled: we hold its text), in the column of its issuer's level and in "
                      "order of year; an arrow runs from the citing document to the cited one (dashed: amends or "
                      "supersedes). Select a title to see its lists below.", ["citations.json", "citations.graphml"]),
}


def figure(chart: str, alt: str) -> str:
    """A chart as an image with its caption and a link to its data (charts are at ../analysis/)."""
    caption, data = CHARTS.get(chart, ("", []))
    links = ", ".join(tag("a", esc(d), href=f"../analysis/{d}") for d in [chart, *data])
    return tag("figure", tag("div", f'<img src="../analysis/{esc(chart)}" alt="{esc(alt)}" loading="lazy">',
                             class_="xy-chart", tabindex="0", role="region", aria_label=f"{alt} (scrollable)")
               + tag("figcaption", esc(caption) + " Data: " + links), class_="xy-figure")


def document_date(entry: dict[str, Any]) -> str | None:
    """The date that orders documents: issued, else effective, else published (as in the catalog's
    analyses); may be a bare year."""
    return entry.get("date_issued") or entry.get("date_effective") or entry.get("date_published")


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

        def place(doc: str, unit: str, date: str | None) -> str:
            return (tag("a", esc(f"{catalog[doc]['title_en']}, {unit.replace('art-', 'Art. ')}"), href=f"{hrefs[doc]}#{unit}")
                    + " " + tag("span", esc(f"({date or 'undated'})"), class_="xy-date-note"))

        order = "earlier → later" if way["ordered"] else "order unknown: the dates do not tell"
        rows.append(tag("tr", tag("td", place(way["earlier"], way["earlier_unit"], way["earlier_date"])) +
                        tag("td", place(way["later"], way["later_unit"], way["later_date"])) +
                        tag("td", esc(order)) + tag("td", esc(pair["similarity"])) + tag("td", esc(pair["kind"])),
                        class_=None if way["ordered"] else "xy-unordered"))
    head = "".join(tag("th", h, scope="col") for h in ("Earlier article", "Later article", "Direction", "Similarity",
                                                        "Kind"))
    note = tag("p", "Direction follows the documents' dates (issued, else effective, else published): the later "
                    "regulation may have taken the article from the earlier one, or both may follow a common model "
                    "such as a national draft. Where the dates are missing or equal the row says so. Similarity is "
                    "the normalized edit similarity of the two articles (1 = identical).")
    return note + tag("div", tag("table", tag("thead", tag("tr", head)) + tag("tbody", "".join(rows)),
                                 class_="xy-reuse", id="xy-reuse"), class_="xy-table-scroll")


def citation_lists(network: dict[str, Any], hrefs: dict[str, str]) -> str:
    """Per node, what it cites and what cites it (every node, with or without links)."""
    unresolved = sorted(n["id"] for n in network["nodes"] if n["id"].startswith("unresolved:"))
    names = {n["id"]: str(n.get("label") or n["id"]) for n in network["nodes"]}
    wording = {"cites": ("cites", "cited by"), "citation": ("cites by title", "cited by title in"),
               "docno": ("cites by document number", "cited by document number in"),
               "implements": ("implements", "implemented by"), "amends": ("amends", "amended by"),
               "supersedes": ("supersedes", "superseded by")}

    def link(node_id: str) -> str:
        return tag("a", esc(names[node_id]), href=f"#{node_anchor(node_id, unresolved)}")

    groups: dict[str, list[str]] = {}
    order = ("central", "judicial", "provincial", "municipal", "private", "unresolved")
    for node in sorted(network["nodes"], key=lambda n: (order.index(n["level"]) if n["level"] in order else 9,
                                                        n.get("year") or 9999, n["id"])):
        node_id = node["id"]
        out = [(wording.get(l["kind"], (l["kind"], ""))[0], l["target"]) for l in network["links"] if l["source"] == node_id]
        into = [(wording.get(l["kind"], ("", l["kind"] + " by"))[1], l["source"]) for l in network["links"]
                if l["target"] == node_id]
        items = [tag("li", esc(kind) + " " + link(other)) for kind, other in out + into]
        page = (" " + tag("a", "document page", href=hrefs[node_id])) if node_id in hrefs else ""
        heading = tag("span", esc(f"{node.get('year') or 'n.d.'} ")) + esc(names[node_id]) + (
            " " + tag("span", esc(node["title_zh"]), lang="zh") if node.get("title_zh") and node["title_zh"] != names[node_id] else "")
        body = tag("ul", "".join(items)) if items else tag("p", "No citations recorded in either direction.")
        groups.setdefault(node["level"], []).append(
            tag("li", tag("strong", heading) + page + body, id=node_anchor(node_id, unresolved), class_="xy-node"))
    titles = {"unresolved": "Cited but not in the catalog"}
    return "".join(tag("h3", esc(titles.get(level, level.capitalize()))) + tag("ul", "".join(items), class_="xy-nodes")
                   for level, items in groups.items())


def citations_section(folder: Path, hrefs: dict[str, str]) -> str:
    """The layered drawing (inline, so that its labels are links) and the per-node lists."""
    network = json.loads((folder / "citations.json").read_text(encoding="utf-8"))
    drawing = (folder / "citations.svg").read_text(encoding="utf-8").replace("\n\n", "\n").strip()
    caption, data = CHARTS["citations.svg"]
    links = ", ".join(tag("a", esc(d), href=f"../analysis/{d}") for d in ["citations.svg", *data])
    total, linked = len(network["nodes"]), len({x for l in network["links"] for x in (l["source"], l["target"])})
    summary = tag("p", esc(f"{total} documents and cited instruments, {len(network['links'])} links; {linked} "
                           f"documents take part in at least one link."))
    return (summary + tag("figure", tag("div", drawing, class_="xy-chart xy-network-wrap", tabindex="0", role="region",
                                        aria_label="Citation network drawing (scrollable)")
                          + tag("figcaption", esc(caption) + " Data: " + links), class_="xy-figure")
            + tag("h2", "Cites and cited by, document by document", id="nodes") + citation_lists(network, hrefs))


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
            listing = tag("ul", "".join(tag("li", tag("a", esc(meta(d)["title_en"]), href=hrefs[d]) + esc(
                f" ({meta(d)['year'] or 'n.d.'}, {meta(d)['type']}" + (f"; {sizes[d]:,} term occurrences" if d in sizes else "")
                + ")")) for d in docs))
            largest = max(docs, key=lambda d: sizes.get(d, 0)) if docs and sizes else None
            share = (f"; the largest, {largest}, holds {sizes[largest] / total:.0%} of them"
                     if largest and total and sizes.get(largest) else "")
            sides.append(tag("details", tag("summary", esc(
                f"{label}: {len(docs)} documents, {total:,} glossary-term occurrences{share}; types: "
                + ", ".join(f"{t} {n}" for t, n in sorted(types.items())) + "; levels: "
                + ", ".join(f"{l} {n}" for l, n in sorted(levels.items())))) + listing))
        caveat = keyness_caveat(result, meta)
        parts.append(tag("h2", esc(f"{result['a']} vs {result['b']}"), id=result["split"]) + "".join(sides)
                     + (tag("p", tag("strong", "Caveat: ") + esc(caveat), class_="xy-caveat") if caveat else ""))
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
    def rows(selected: list[dict[str, Any]]) -> str:
        return "".join(tag("tr", tag("td", tag("span", esc(glossary.get(r["item"], {}).get("zh", r["item"])), lang="zh")) +
                               tag("td", esc(glossary.get(r["item"], {}).get("en", ""))) +
                               "".join(tag("td", esc(r[k])) for k in ("freq_a", "freq_b", "ll", "log_ratio")))
                       for r in selected)
    positive = [r for r in result["rows"] if r["ll"] > 0][:10]
    negative = sorted((r for r in result["rows"] if r["ll"] < 0), key=lambda r: (r["ll"], r["item"]))[:10]
    head = "".join(tag("th", h, scope="col") for h in ("Term", "English", f"count in {result['a']}",
                                                        f"count in {result['b']}", "G² (signed)", "log ratio"))
    language = "Chinese texts" if lang == "zh" else "English translations and digests"
    return tag("h3", esc(f"{language}: terms most key to each side")) + tag("div", tag("table", tag("thead", tag("tr", head)) +
               tag("tbody", tag("tr", tag("th", esc(f"more frequent in {result['a']}"), colspan="6", scope="rowgroup")) +
                   rows(positive) + tag("tr", tag("th", esc(f"more frequent in {result['b']}"), colspan="6",
                                                  scope="rowgroup")) + rows(negative))), class_="xy-table-scroll")


def collocations_section(folder: Path, glossary: dict[str, dict[str, Any]], terms: int = 12, per_term: int = 8) -> str:
    """Collocate tables for the glossary terms with the most collocates in both languages."""
    results = {}
    for lang in ("zh", "en"):
        path = folder / f"collocations-{lang}.json"
        results[lang] = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else []
    if not results["zh"] and not results["en"]:
        return tag("p", "The collocation analysis has not been run in this build (<code>xinyong analyze collocations</code>).")
    counts = {lang: Counter(r["term"] for r in rows) for lang, rows in results.items()}
    shared = sorted(set(counts["zh"]) & set(counts["en"]), key=lambda t: (-(counts["zh"][t] + counts["en"][t]), t))[:terms]

    def name(row: dict[str, Any], lang: str) -> str:
        if row["collocate_is_term"] and row["collocate"] in glossary:
            entry = glossary[row["collocate"]]
            return tag("span", esc(entry["zh"] if lang == "zh" else entry["en"]), lang=lang) + " " + tag("small", "(term)")
        return tag("span", esc(row["collocate"]), lang=lang)

    sections = []
    for term in shared:
        entry = glossary.get(term, {"zh": term, "en": term})
        tables = []
        for lang, title in (("zh", "Chinese texts"), ("en", "English translations and digests")):
            rows = [r for r in results[lang] if r["term"] == term][:per_term]
            body = "".join(tag("tr", tag("td", name(r, lang)) + tag("td", esc(r["cooc"])) + tag("td", esc(r["logdice"])) +
                                     tag("td", esc(r["pmi"]))) for r in rows)
            head = "".join(tag("th", h, scope="col") for h in ("Collocate", "Together", "logDice", "PMI"))
            tables.append(tag("div", tag("table", tag("caption", esc(title)) + tag("thead", tag("tr", head)) +
                                        tag("tbody", body))))
        sections.append(tag("h3", tag("span", esc(entry["zh"]), lang="zh") + " " + esc(entry["en"]), id=f"coll-{term}")
                        + tag("div", "".join(tables), class_="xy-pair"))
    intro = tag("p", esc(f"The {len(shared)} glossary terms with the most collocates in both languages, each with its "
                         f"{per_term} strongest collocates by logDice (window of 5 words either side, seen together at "
                         "least 3 times). Chinese words are jieba's segmentation; \"(term)\" marks another glossary "
                         "term. All terms are in the data files."))
    return intro + "".join(sections)
