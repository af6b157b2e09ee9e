"""Generate the site's Markdown pages (with raw HTML blocks) from the corpus and the analyses."""
from __future__ import annotations

import json
import posixpath
import re
from collections import Counter, defaultdict
from urllib.parse import urlencode
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import __version__, citation
from ..analyze.data import DIGEST_SCOPE_WORDS, AnnotatedCorpus, digest_scope
from ..datafiles import load_yaml
from ..digest_basis import label_of
from ..export import checked_with
from ..locations import corpus_dir
from ..structure import ParsedDocument, Unit
from . import analysis_views, document_views
from .html import esc, highlight, tag
from .sanctions_page import sanctions_page, sanctions_quality

CITATION_NAME = "Xinyong: a bilingual corpus of China's Social Credit System documents"
LEVEL_ORDER = ("central", "judicial", "provincial", "municipal", "private")


@dataclass
class Page:
    path: str  # relative to the docs folder, e.g. docs/planning-outline-2014.md
    title: str
    body: str
    meta: dict[str, Any] = field(default_factory=dict)

    def render(self) -> str:
        # MkDocs and the theme print the title and meta values into HTML without escaping them.
        front = {"title": esc(self.title), **{k: esc(v) for k, v in self.meta.items()}}
        # JSON is valid YAML and quotes everything safely
        lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in front.items()]
        return "---\n" + "\n".join(lines) + "\n---\n\n" + self.body.rstrip() + "\n"


def href(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """A relative link between two generated pages (by their .md paths) as built .html files."""
    target = re.sub(r"\.md$", ".html", to_page)
    source_dir = posixpath.dirname(from_page)
    link = posixpath.relpath(target, source_dir or ".")
    return link + (f"#{anchor}" if anchor else "")


def html_block(*parts: str) -> str:
    """A raw HTML block for Markdown: one element per line, no blank lines inside."""
    return "\n".join(p.replace("\n\n", "\n") for p in parts if p) + "\n"


class SiteBuilder:
    """Generates every page.

    data (AnnotatedCorpus): the corpus with its annotations.
    out (Path): the build folder (analysis, evaluation and data outputs are read from it).
    site_url (str | None): the published address for citations (default: see citation.site_url).
    """

    def __init__(self, data: AnnotatedCorpus, out: Path, site_url: str | None = None) -> None:
        self.data = data
        self.corpus = data.corpus
        self.out = out
        self.site_url = citation.site_url(site_url)
        self.measures = {m["id"]: m for m in load_yaml(corpus_dir() / "measures.yaml").data}
        self.targets = {t["id"]: t for t in load_yaml(corpus_dir() / "targets.yaml").data}
        self.pages: list[Page] = []

    # --- helpers --------------------------------------------------------------------------------

    def doc_page(self, doc_id: str) -> str:
        return f"docs/{doc_id}.md"

    def doc_hrefs(self, from_page: str) -> dict[str, str]:
        return {doc_id: href(from_page, self.doc_page(doc_id)) for doc_id in self.corpus.catalog.entries}

    def permalink(self, doc_id: str, unit_id: str | None = None) -> str:
        return citation.permalink(self.site_url, doc_id, unit_id)

    def stats(self) -> dict[str, int]:
        articles = sum(1 for d in self.corpus.originals.values() for u in d.units if u.kind == "article")
        characters = sum(len(u.content) for d in self.corpus.originals.values() for u in d.units)
        words = sum(len(self.data.unit_tokens(doc_id, "zh", unit)) for doc_id, unit in self.data.units("zh"))
        english_words = sum(len(self.data.unit_tokens(doc_id, "en", unit)) for doc_id, unit in self.data.units("en"))
        return {"documents": len(self.corpus.catalog), "texts": len(self.corpus.originals),
                "translations": len(self.corpus.translations), "digests": len(self.corpus.digests),
                "articles": articles, "characters": characters, "words_zh": words, "words_en": english_words,
                "glossary": len(self.corpus.glossary), "agencies": len(self.corpus.agencies)}

    # --- pages ------------------------------------------------------------------------------------

    def build(self) -> list[Page]:
        self.pages = [self.home(), self.catalog_page()]
        self.pages += [self.document(doc_id) for doc_id in self.corpus.catalog.entries]
        self.pages += [self.glossary_page(), self.concordance_page(), self.claims_page(), self.evidence_page(),
                       self.downloads_page(), self.methodology_page()]
        self.pages += self.analysis_pages()
        self.pages.append(sanctions_page(self))
        return self.pages

    def home(self) -> Page:
        stats = self.stats()
        readable = [e for e in self.corpus.catalog if e["id"] in self.corpus.originals or self.corpus.english(e["id"])]
        recent = sorted((e for e in readable if e.get("date_issued")), key=lambda e: e["date_issued"], reverse=True)[:6]

        def held(entry: dict[str, Any]) -> str:
            if entry["id"] in self.corpus.originals:
                return "Chinese text and our translation" if entry["id"] in self.corpus.translations else "Chinese text"
            return "our translation" if entry["id"] in self.corpus.translations else "our English digest"

        items = "".join(tag("li", tag("a", esc(e["title_en"]), href=href("index.md", self.doc_page(e["id"])))
                                  + esc(f" ({e['date_issued']}, {e['level']}; {held(e)})")) for e in recent)
        not_held = len(self.corpus.catalog) - len(readable)
        figures = [("catalogued documents", stats["documents"]), ("Chinese texts", stats["texts"]),
                   ("our English translations", stats["translations"]), ("digests", stats["digests"]),
                   ("articles", stats["articles"]), ("Chinese characters", stats["characters"]),
                   ("Chinese words (jieba)", stats["words_zh"]), ("English words", stats["words_en"]),
                   ("glossary terms", stats["glossary"]), ("agencies", stats["agencies"])]
        table = "".join(tag("tr", tag("th", esc(name), scope="row") + tag("td", f"{value:,}")) for name, value in figures)
        ways_in = (("Read a document", "catalog.html", "The catalog: every document, with its text where we hold it"),
                   ("Check a claim", "claims.html", "Popular claims checked against the clauses"),
                   ("Find provisions", "evidence.html", "Type a claim, get the provisions that bear on it"),
                   ("Search the texts", "concordance.html", "Concordance of the Chinese texts and our translations"),
                   ("Look up a term", "glossary.html", "Glossary of the system's vocabulary"),
                   ("See the analyses", "analyses/index.html", "Timeline, citations, reuse, measures and more"))
        cards = "".join(tag("li", tag("a", tag("strong", esc(title)) + tag("span", esc(text)), href=link))
                        for title, link, text in ways_in)
        body = html_block(
            '<div class="xy-home">',
            tag("p", "Xinyong (信用, <em>credit, trust</em>) is an open, bilingual research corpus of the documents "
                     "of China's Social Credit System: the Chinese texts, our own English translations aligned "
                     "article by article, a verified catalog, a glossary, annotations and analyses. We document "
                     "and analyse the system; we do not score or list anyone.", class_="xy-lead"),
            tag("nav", tag("h2", "Start here", id="start-here") + tag("ul", cards, class_="xy-ways"),
                aria_label="Ways into the corpus"),
            tag("section", tag("h2", "简介", id="zh-intro", lang="zh") + tag("p", esc(
                "“信用”是一个开放、可复现的中英双语研究语料库，收集中国社会信用体系的法律、行政法规、地方性法规、"
                "司法解释和政策文件：中文原文、我们逐条对齐的英文译文、经过核实的文件目录、术语表、自动标注与分析，"
                "以及把媒体上流行的说法与条文逐条对照的核查表。我们记录和分析这一制度，不为任何人打分，也不制作任何名单。"),
                lang="zh"), class_="xy-zh-intro", lang="zh"),
            tag("h2", "Most recent documents we hold"),
            tag("ul", items),
            tag("p", esc(f"The catalog records {not_held} further documents whose text we do not hold; their pages are "
                         "catalog records that say where to get the text. ") +
                tag("a", "See the whole catalog", href="catalog.html") + "."),
            tag("h2", "The corpus in figures"),
            tag("table", table, class_="xy-figures"),
            tag("p", "The register checks popular media claims against the clauses; the methodology page gives the "
                     "annotation quality measured on held-out gold data. " +
                tag("a", "Methodology and annotation quality", href="methodology.html") + "; " +
                tag("a", "downloads", href="downloads.html") + "."),
            tag("h2", "How to cite"),
            tag("p", esc(f"Xinyong contributors. {CITATION_NAME}. Version {__version__}. ")
                + "Each article has its own citation box on its document page."),
            tag("h2", "Licences"),
            tag("p", "Code: MIT. Our translations, digests, glossary, catalog and annotations: CC BY 4.0. "
                     "The Chinese originals of laws, regulations and judicial interpretations are not "
                     "protected by copyright in the PRC (Copyright Law, Article 5); third-party "
                     "translations are only linked, never copied."),
            "</div>")
        return Page("index.md", "Xinyong", body)

    def catalog_page(self) -> Page:
        rows = []
        for entry in sorted(self.corpus.catalog, key=lambda e: (e.get("date_issued") or "9999", e["id"])):
            year = (entry.get("date_issued") or "")[:4]
            text = "text" if entry["id"] in self.corpus.originals else "digest" if entry["id"] in self.corpus.digests else ""
            cells = [tag("td", esc(entry.get("date_issued") or "")),
                     tag("td", tag("a", esc(entry["title_en"]), href=href("catalog.md", self.doc_page(entry["id"])))
                         + "<br>" + tag("span", esc(entry["title_zh"]), lang="zh", class_="xy-zh")),
                     tag("td", esc(entry.get("doc_number") or "")), tag("td", esc(entry["type"])),
                     tag("td", esc(entry["level"])), tag("td", esc(entry.get("region") or "")),
                     tag("td", esc(entry["status"])), tag("td", esc(text))]
            # cells apart by a space, so that the search's previews do not run them together
            rows.append(tag("tr", " ".join(cells), data_type=entry["type"], data_level=entry["level"],
                            data_region=entry.get("region") or "", data_year=year, data_status=entry["status"]))
        filters = "".join(self._select(name, sorted({str(e.get(key) or "") for e in self.corpus.catalog} - {""}))
                          for name, key in (("type", "type"), ("level", "level"), ("region", "region"), ("status", "status")))
        years = sorted({(e.get("date_issued") or "")[:4] for e in self.corpus.catalog} - {""})
        filters += self._select("year", years)
        headers = " ".join(tag("th", tag("button", name, type="button", class_="xy-sort", data_column=str(i)), scope="col")
                          for i, name in enumerate(("Date", "Title", "Number", "Type", "Level", "Region", "Status", "Text")))
        body = html_block(
            tag("p", f"{len(self.corpus.catalog)} documents. Click a column heading to sort; use the filters to narrow "
                     "the list. Each title leads to the document's metadata card and, where we hold it, its text."),
            tag("form", filters, class_="xy-filters xy-form", data_table="xy-catalog", aria_label="Filter the catalog"),
            tag("p", "", class_="xy-count", id="xy-catalog-count", aria_live="polite"),
            tag("table", tag("thead", tag("tr", headers)) + tag("tbody", "".join(rows)),
                class_="xy-catalog xy-sortable", id="xy-catalog"))
        return Page("catalog.md", "Catalog", body)

    def _select(self, name: str, values: list[str]) -> str:
        options = tag("option", "all", value="") + "".join(tag("option", esc(v), value=v) for v in values)
        return tag("label", f"{name.capitalize()} " + tag("select", options, name=name, data_filter=name))

    # --- document pages ---------------------------------------------------------------------------

    def document(self, doc_id: str) -> Page:
        entry = self.corpus.catalog[doc_id]
        page = self.doc_page(doc_id)
        original = self.corpus.originals.get(doc_id)
        english = self.corpus.english(doc_id)
        parts = [document_views.facts_line(entry, self.corpus.agencies)]
        if original or english:
            # The text comes first; the catalog record waits, folded, for those who want it.
            parts.append(tag("details", tag("summary", "About this document: issuers, dates, relations, sources")
                             + self.metadata_card(doc_id, page), class_="xy-about"))
            parts.append(document_views.contents(original or english, english))
            parts.append(self.legend())
            parts.append(self.parallel_text(doc_id, original, english, page))
        else:
            parts.append(tag("p", "This is a catalog record: we hold neither the Chinese text nor an English version "
                                  "of this document.", class_="xy-record-note"))
            parts.append(tag("h2", "Catalog record", id="record") + self.metadata_card(doc_id, page))
            parts.append(document_views.where_to_get(entry))
        body = html_block(*parts)
        # Both titles in the page title: search weighs titles highest, in either language.
        return Page(page, f"{entry['title_en']} · {entry['title_zh']}", body, {"description": entry["summary"][:300]})

    def metadata_card(self, doc_id: str, page: str) -> str:
        entry = self.corpus.catalog[doc_id]
        agencies = self.corpus.agencies
        hrefs = self.doc_hrefs(page)
        rows = [("Document number", esc(entry.get("doc_number") or "not verified")),
                ("Issued by", "; ".join(esc(f"{agencies[a]['en']} ({agencies[a]['zh']})") for a in entry["issuers"])),
                ("Type / level", esc(f"{entry['type'].replace('-', ' ')} / {entry['level']}") + (esc(f" / {entry['region']}") if entry.get("region") else "")),
                ("Dates", "; ".join(f"{name} {esc(entry.get('date_' + name) or '—')}"
                                    for name in ("issued", "published", "effective", "repealed"))),
                ("Status", esc(entry["status"]))]
        outgoing = [f"{esc(r['type'])} " + tag("a", esc(self.corpus.catalog[r['target']]['title_en']), href=hrefs[r["target"]])
                    for r in entry["relations"]]
        incoming = [esc(document_views.PASSIVE.get(kind, f"{kind} (by)")) + " " + tag("a", esc(self.corpus.catalog[source]['title_en']), href=hrefs[source])
                    for kind, source in self.corpus.catalog.incoming(doc_id)]
        if outgoing or incoming:
            rows.append(("Relations", "<br>".join(outgoing + incoming)))
        if entry.get("source_url"):
            rows.append(("Official source", tag("a", esc(entry["source_url"]), href=entry["source_url"], rel="external")))
        if entry.get("translations"):
            rows.append(("Other translations", "<br>".join(
                tag("a", esc(t["translator"]), href=t["url"], rel="external") + (f" ({esc(t['title'])})" if t.get("title") else "")
                for t in entry["translations"])))
        if entry.get("text"):
            rows.append(("Chinese text", esc(f"{entry['text']['file']}, SHA-256 {entry['text']['sha256']}")))
        english = self.corpus.english(doc_id)
        if english is not None:
            kind = "digest (our summary, not a translation)" if doc_id in self.corpus.digests and doc_id not in self.corpus.translations else "translation"
            rows.append(("English", esc(f"our {kind}, {english.meta.get('status', 'draft')}, {english.meta.get('license', 'CC-BY-4.0')}")))
            if kind.startswith("digest"):
                # A reader must see which parts of the document the digest could rest on.
                rows.append(("What the digest rests on", esc(english.meta.get("note", "")) + tag("ul", "".join(
                    tag("li", tag("a", esc(url), href=url, rel="external") if str(url).startswith("http") else esc(url))
                    for url in english.meta.get("based_on", [])))))
        rows.append(("Verified against", "<br>".join(
            esc(f"{', '.join(v['facts'])}: ") + (tag("a", esc(v["source"]), href=v["source"], rel="external")
                                                 if v["source"].startswith("http") else esc(v["source"]))
            for v in entry["verified_against"])))
        if entry.get("notes"):
            rows.append(("Notes", esc(entry["notes"])))
        body = "".join(tag("tr", tag("th", name, scope="row") + tag("td", value)) for name, value in rows)
        return tag("table", body, class_="xy-card")

    def legend(self) -> str:
        labels = (("xy-term", "glossary term"), ("xy-agency", "agency"), ("xy-citation", "citation"),
                  ("xy-obligation", "obligation"), ("xy-prohibition", "prohibition"),
                  ("xy-permission", "permission"), ("xy-measure", "measure"), ("xy-target", "target"),
                  ("xy-date", "date"), ("xy-docno", "document number"))
        boxes = "".join(tag("label", f'<input type="checkbox" checked data-toggle="{cls}"> '
                                     + tag("span", name, class_=cls)) for cls, name in labels)
        return tag("fieldset", tag("legend", "Highlight") + boxes, class_="xy-legend")

    def parallel_text(self, doc_id: str, original: ParsedDocument | None, english: ParsedDocument | None,
                      page: str) -> str:
        primary = original or english
        english_units = english.unit_map() if english else {}
        original_units = original.unit_map() if original else {}
        hrefs = self.doc_hrefs(page)
        measures = {k: v["en"] for k, v in self.measures.items()}
        glossary, agencies = self.corpus.glossary, self.corpus.agencies
        by_unit = self.data.annotations_by_unit
        entry = self.corpus.catalog[doc_id]
        rows = []
        ids = [u.id for u in primary.units] + [u for u in english_units if u not in original_units and original]
        for unit_id in ids:
            zh_unit = original_units.get(unit_id)
            en_unit = english_units.get(unit_id)
            unit = zh_unit or en_unit
            if unit.kind == "article":
                label_zh = esc(zh_unit.label) if zh_unit else ""
                label_en = esc(en_unit.label) if en_unit else ""
                rows.append(f'<div class="xy-article" id="{esc(unit_id)}">'
                            f'<h3 class="xy-article-label"><a class="xy-permalink" href="#{esc(unit_id)}" title="permalink">'
                            f'{label_en or label_zh} <span lang="zh">{label_zh}</span></a></h3>'
                            + self.cite_box(entry, unit_id, en_unit or zh_unit) + "</div>")
                continue
            cells = []
            for lang, lang_unit in (("zh", zh_unit), ("en", en_unit)):
                if lang_unit is None and original is None:
                    continue  # a digest alone: one column, no column of dashes
                if lang_unit is None:
                    cells.append(tag("div", "", class_=f"xy-{lang} xy-cell xy-missing", lang=lang))
                    continue
                text = highlight(lang_unit.text, by_unit.get((doc_id, lang, unit_id), []), hrefs, glossary,
                                 agencies, measures)
                if lang_unit.basis and (lang_unit.kind == "heading" or lang_unit.basis["declared_at"] == unit_id):  # digest: what each section rests on
                    text += " " + tag("span", esc(label_of(lang_unit.basis)), class_=f"xy-basis xy-basis-{lang_unit.basis['kind']}")
                cells.append(tag("div", text, class_=f"xy-{lang} xy-cell", lang=lang))
            kind = unit.kind
            heading_tag = "h2" if kind in ("chapter", "part") else "h3" if kind in ("section", "heading") else None
            if heading_tag:
                rows.append(tag(heading_tag, tag("span", "".join(cells), class_="xy-row"), id=unit_id, class_=f"xy-{kind}"))
            else:
                rows.append(tag("div", "".join(cells), id=unit_id, class_=f"xy-row xy-{kind}"))
        english_head = tag("div", "English (" + ("our translation" if doc_id in self.corpus.translations else "our digest") + ")",
                           class_="xy-cell")
        if original is None:
            header = tag("div", english_head, class_="xy-row xy-head")
            note = tag("p", "We do not hold the Chinese text: below is our English digest, a summary in our words, "
                            "not a translation.", class_="xy-record-note")
            return (tag("h2", "Digest", id="text") + "\n" + note + "\n" +
                    tag("div", header + "\n".join(rows), class_="xy-parallel xy-single"))
        header = tag("div", tag("div", "中文 (original)", class_="xy-cell", lang="zh") + english_head, class_="xy-row xy-head")
        return tag("h2", "Text", id="text") + "\n" + tag("div", header + "\n".join(rows), class_="xy-parallel")

    def cite_box(self, entry: dict[str, Any], unit_id: str, unit: Unit | None) -> str:
        label = unit.label if unit and unit.label else unit_id
        text = (f"{entry['title_en']} ({entry['title_zh']}), {label}. "
                f"{'Doc. no. ' + entry['doc_number'] + '. ' if entry.get('doc_number') else ''}"
                f"Xinyong corpus, version {__version__}, {self.permalink(entry['id'], unit_id)}.")
        issuers = [self.corpus.agencies[a]["en"] for a in entry["issuers"]]
        original = self.corpus.originals.get(entry["id"])
        zh_unit = original.unit_map().get(unit_id) if original else None
        label_zh = zh_unit.label if zh_unit else None
        bibtex = citation.bibtex_entry(citation.bib_key(entry["id"], unit_id), citation.citation_fields(
            entry, issuers, self.permalink(entry["id"], unit_id), label, label_zh)).rstrip("\n")
        return tag("details", tag("summary", "Cite this article") + tag("p", esc(text)) +
                   tag("pre", esc(bibtex).replace("\n", "&#10;")), class_="xy-cite")

    # --- glossary, concordance, claims -------------------------------------------------------------

    def glossary_page(self) -> Page:
        counts = Counter()
        documents = defaultdict(set)
        examples: dict[tuple[str, str], list[str]] = defaultdict(list)
        for (doc_id, lang, unit_id), records in sorted(self.data.annotations_by_unit.items()):
            for record in records:
                if record["label"] != "TERM":
                    continue
                counts[(record["norm"], lang)] += 1
                documents[record["norm"]].add(doc_id)
                if len(examples[(record["norm"], lang)]) < 2:
                    unit = self._unit(doc_id, lang, unit_id)
                    if unit is not None:
                        left = unit.text[max(0, record["start"] - 18):record["start"]]
                        right = unit.text[record["end"]:record["end"] + 18]
                        link = tag("a", esc(f"{doc_id} {unit_id}"), href=href("glossary.md", self.doc_page(doc_id), self._anchor(doc_id, lang, unit_id)))
                        examples[(record["norm"], lang)].append(
                            tag("li", esc(left) + tag("mark", esc(record["text"])) + esc(right) + " — " + link, lang=lang))
        entries = []
        for gid, entry in sorted(self.corpus.glossary.items(), key=lambda kv: kv[1]["pinyin"].lower()):
            variants = "".join(tag("li", esc(v["en"]) + " — " + esc(v["used_by"]) +
                                   (" " + tag("a", "(source)", href=v["source"], rel="external") if v.get("source") else "") +
                                   (" (matched to this term by us: the source gives no Chinese)" if v.get("inferred") else ""))
                               for v in entry.get("variants", []))
            related = ", ".join(tag("a", esc(self.corpus.glossary[r]["en"]), href=f"#{r}")
                                for r in entry.get("related", []) if r in self.corpus.glossary)
            concordance = "".join(examples[(gid, "zh")] + examples[(gid, "en")])
            entries.append(tag("section",
                               tag("h2", tag("span", esc(entry["zh"]), lang="zh") + " " + esc(entry["en"])) +
                               tag("p", tag("em", esc(entry["pinyin"])) + " · " + esc(entry["category"]) +
                                   f" · {counts[(gid, 'zh')]} occurrences in Chinese, {counts[(gid, 'en')]} in English, "
                                   f"in {len(documents[gid])} documents") +
                               tag("p", esc(entry["definition"])) +
                               (tag("p", "Other renderings:") + tag("ul", variants) if variants else "") +
                               (tag("p", "Note: " + esc(entry["note"])) if entry.get("note") else "") +
                               (tag("p", "Related: " + related) if related else "") +
                               (tag("ul", concordance, class_="xy-kwic") if concordance else "") +
                               tag("p", tag("a", "All occurrences in the concordance",
                                            href=f"concordance.html?term={esc(gid)}")),
                               id=gid, class_="xy-gloss-entry"))
        body = html_block(tag("p", f"{len(self.corpus.glossary)} terms, ordered by pinyin. Each gives our preferred "
                                   "English rendering, renderings used by other translators (with where we saw them), "
                                   "a definition in our words, its frequency, and examples from the corpus."),
                          *entries)
        return Page("glossary.md", "Glossary", body)

    def _anchor(self, doc_id: str, lang: str, unit_id: str) -> str:
        """The anchor of a unit on its document page: its article when it has one, else the unit."""
        article = unit_id.split(".")[0]
        return article if self._unit(doc_id, lang, article) is not None else unit_id

    def _unit(self, doc_id: str, lang: str, unit_id: str) -> Unit | None:
        document = self.corpus.documents(lang).get(doc_id)
        return document.unit_map().get(unit_id) if document else None

    def concordance_page(self) -> Page:
        levels = self._select("level", [l for l in LEVEL_ORDER if any(e["level"] == l for e in self.corpus.catalog)])
        types = self._select("type", sorted({self.data.meta(d)["type"] for d in self.corpus.documents("en")} |
                                            {self.data.meta(d)["type"] for d in self.corpus.originals}))
        regions = self._select("region", sorted({self.data.meta(d)["region"] for d in self.corpus.originals
                                                 if self.data.meta(d)["region"]}))
        body = html_block(
            tag("p", "Search the Chinese texts and our translations. A Chinese query finds every "
                     "occurrence in the originals, each shown beside the aligned English unit; an English "
                     "query finds our translations beside the Chinese. Digests are our paraphrases, not the "
                     "documents' words, so the concordance leaves them out (the evidence finder searches them). Enter a glossary id "
                     "(e.g. joint-punishment) to search both languages for that term."),
            '<form class="xy-concordance-form xy-form" role="search" aria-label="Concordance">',
            '<label class="xy-wide" for="xy-q">Search term <input id="xy-q" name="term" type="search" '
            'autocomplete="off" placeholder="联合惩戒 or joint punishment"></label>',
            levels + types + regions,
            '<label>From year <input type="number" name="from" min="1990" max="2100" inputmode="numeric" data-filter="from"></label>',
            '<label>To year <input type="number" name="to" min="1990" max="2100" inputmode="numeric" data-filter="to"></label>',
            '<label>Sort lines by <select id="xy-kwic-sort" name="sort"><option value="">corpus order</option>'
            '<option value="document">document</option><option value="left">left context</option>'
            '<option value="right">right context</option><option value="hit">hit</option></select></label>',
            '<button type="submit">Search</button>',
            '<button type="button" class="xy-button-secondary" id="xy-kwic-csv" disabled>Download CSV</button>',
            "</form>",
            '<p class="xy-count" id="xy-kwic-count" aria-live="polite"></p>',
            '<div class="xy-table-scroll"><table class="xy-kwic-table" id="xy-kwic"><thead><tr>'
            '<th scope="col" class="xy-kwic-doc">Document</th><th scope="col" class="xy-kwic-left">Left context</th>'
            '<th scope="col" class="xy-kwic-hit">Hit</th><th scope="col" class="xy-kwic-right">Right context</th>'
            '<th scope="col" class="xy-kwic-more"><span class="xy-sr">Aligned unit</span></th></tr></thead>'
            '<tbody></tbody></table></div>',
            '<script src="assets/data/concordance-index.js"></script>',
            '<script src="assets/data/glossary-forms.js"></script>')
        return Page("concordance.md", "Concordance", body)

    def claims_page(self) -> Page:
        from ..claims import load_claims

        registers = load_claims(self.corpus)
        parts = []
        for register in registers:
            source = register["source"]
            claims = register["claims"]
            verdicts = Counter(c["verdict"] for c in claims)
            parts.append(tag("h2", esc(source["title"]), id=source["id"]))
            parts.append(tag("p", esc(f"{source['publisher']}, {source.get('date') or 'date unknown'}; compiles "
                                      f"{', '.join(source['compiles'])}. ") + esc(source.get("note", ""))))
            parts.append(tag("p", "Verdicts: " + ", ".join(
                tag("span", esc(f"{v} {n}"), class_=f"xy-verdict xy-verdict-{v}") for v, n in sorted(verdicts.items())),
                class_="xy-summary"))
            filters = self._select("verdict", sorted(verdicts)) + self._select("category", sorted({c["category"] for c in claims}))
            parts.append(tag("form", filters, class_="xy-filters xy-form", data_table=f"xy-claims-{source['id']}",
                             aria_label=f"Filter the claims of {source['title']}"))
            parts.append(tag("p", "", class_="xy-count", id=f"xy-claims-{source['id']}-count", aria_live="polite"))
            items = []
            for claim in claims:
                evidence = []
                for item in claim["evidence"]:
                    if "unit" in item:
                        doc_id, _, unit_id = item["unit"].partition(":")
                        link = tag("a", esc(item["unit"]), href=href("claims.md", self.doc_page(doc_id), unit_id))
                    elif "bib" in item:  # a secondary work, listed under the register
                        link = tag("a", esc(f"{item['bib']} ({item['pinpoint']})"), href=f"#bib-{item['bib']}")
                    else:
                        link = tag("a", esc(f"{item['doc']} ({item['pinpoint']})"), href=href("claims.md", self.doc_page(item["doc"])))
                        link += " — verified at " + tag("a", "source", href=item["source"], rel="external") if item["source"].startswith("http") else ""
                    evidence.append(tag("li", tag("span", esc(item["stance"]), class_=f"xy-stance xy-stance-{item['stance']}")
                                        + " " + link + (": " + esc(item["note"]) if item.get("note") else "")))
                items.append(tag("tr", tag("td", esc(claim["id"])) +
                                 tag("td", esc(claim["claim"]) + "<br>" + tag("small", esc(claim.get("quote_locator", "")))) +
                                 tag("td", esc(claim["category"])) +
                                 tag("td", tag("span", esc(claim["verdict"]), class_=f"xy-verdict xy-verdict-{claim['verdict']}")) +
                                 tag("td", esc(claim["explanation"]) + tag("ul", "".join(evidence)) +
                                     (tag("p", "Paraphrases: " + ", ".join(
                                         tag("a", esc(f"{p['bib']} ({p['strength']})"), href=f"#bib-{p['bib']}")
                                         for p in claim["provenance"]), class_="xy-provenance") if claim.get("provenance") else "") +
                                     tag("a", "Find related provisions", class_="xy-find",
                                         href="evidence.html?" + urlencode({"claim": claim["claim"]}))),
                                 id=f"{source['id']}-{claim['id']}", data_verdict=claim["verdict"], data_category=claim["category"]))
            head = "".join(tag("th", h, scope="col") for h in ("Id", "Claim (our paraphrase)", "Category", "Verdict", "Explanation and evidence"))
            parts.append(tag("table", tag("thead", tag("tr", head)) + tag("tbody", "".join(items)),
                             class_="xy-claims", id=f"xy-claims-{source['id']}"))
        intro = tag("p", "Popular articles about the Social Credit System make claims that are rarely checked against "
                         "the documents. Each claim below is our paraphrase, with a verdict, an explanation and "
                         "links to the exact articles or digest sections. Use the evidence finder "
                         "(<code>xinyong evidence \"claim\"</code>) to search for more.")
        finder = self.evidence_evaluation()
        if finder:
            intro += tag("p", esc(finder_summary(finder)) + " " +
                         tag("a", "How it is measured", href=href("claims.md", "methodology.md", "evidence-finder")) + ".")
        return Page("claims.md", "Claims vs clauses", html_block(intro, *parts, self.bibliography_section()))

    def bibliography_section(self) -> str:
        """The secondary works that claims cite (corpus/claims/bibliography.yaml), typed."""
        from ..bibliography import load_bibliography

        records = load_bibliography()
        if not records:
            return ""
        items = "".join(tag("li", tag("span", esc(r["type"]), class_="xy-kind") + " " +
                                  esc(f"{'; '.join(r['authors'])}. {r['title']}. {r['venue']}, {r['date'] or 'date unknown'}. ") +
                                  (tag("a", "link", href=r["url"], rel="external") if r.get("url") else ""),
                            id=f"bib-{bib_id}") for bib_id, r in sorted(records.items()))
        return html_block(tag("h2", "Secondary works cited", id="bibliography"),
                          tag("p", "Our own bibliographic records, each checked against the pages named in "
                                   "corpus/claims/bibliography.yaml."), tag("ul", items))

    def evidence_page(self) -> Page:
        finder = self.evidence_evaluation()
        body = html_block(
            tag("p", "Type a claim about the Social Credit System, in English or in Chinese, as a newspaper might "
                     "put it. The finder ranks the articles of the Chinese texts, our translations and the digest "
                     "sections that share its words and terms (BM25; glossary terms and agency names count in "
                     "both languages, and a thesaurus maps media vocabulary to the documents' own). It is a way "
                     "into the texts, not a verdict: read the provisions, and see the claims register for "
                     "checked claims."),
            tag("p", "This page runs in your browser without the English pipeline, so measures and targets named "
                     "in a claim are not recognized; <code>xinyong evidence \"claim\"</code> on the command line "
                     "does that and is the reference." + (" " + esc(finder_summary(finder)) if finder else "")),
            '<form class="xy-evidence-form xy-form" role="search" aria-label="Evidence finder">',
            '<label class="xy-wide" for="xy-ev-q">Claim <input id="xy-ev-q" name="claim" type="search" autocomplete="off" '
            'placeholder="People with low scores cannot buy plane tickets"></label>',
            '<label class="xy-check"><input id="xy-ev-thesaurus" type="checkbox" checked> use the thesaurus</label>',
            '<button type="submit">Find provisions</button>',
            "</form>",
            '<p class="xy-count" id="xy-ev-count" aria-live="polite"></p>',
            '<table class="xy-evidence-table" id="xy-ev"><thead><tr><th scope="col">Rank</th><th scope="col">Provision</th>'
            '<th scope="col">Languages</th><th scope="col">Score</th><th scope="col">Text</th></tr></thead><tbody></tbody></table>',
            '<script src="assets/data/evidence-index.js"></script>')
        return Page("evidence.md", "Evidence finder", body)

    def evidence_evaluation(self) -> dict:
        path = self.out / "evaluation" / "evidence.json"
        return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}

    # --- downloads, methodology, analyses --------------------------------------------------------------

    def downloads_page(self) -> Page:
        data_dir = self.out / "data"
        files = sorted(p for p in data_dir.rglob("*") if p.is_file()) if data_dir.is_dir() else []
        rows = "".join(tag("tr", tag("td", tag("a", esc(p.relative_to(data_dir).as_posix()),
                                               href=f"data/{p.relative_to(data_dir).as_posix()}")) +
                              tag("td", f"{p.stat().st_size:,} bytes") +
                              tag("td", esc(checked_with(p.relative_to(data_dir).as_posix())))) for p in files)
        analysis_dir = self.out / "analysis"
        analysis = sorted(p.name for p in analysis_dir.glob("*") if p.suffix in (".csv", ".json", ".graphml")
                          and p.name != "concordance-index.json") if analysis_dir.is_dir() else []
        evaluation_dir = self.out / "evaluation"
        evaluation = sorted(p.name for p in evaluation_dir.glob("*") if p.is_file()) if evaluation_dir.is_dir() else []
        body = html_block(
            tag("p", "Everything on this site can be downloaded in standard formats. The data package follows the "
                     "Frictionless specification (datapackage.json with table schemas); tables come as CSV, JSON "
                     "lines and Parquet. spaCy DocBin files keep the annotated documents; TEI XML files keep the "
                     "structure for digital-humanities tools; BibTeX and CSL-JSON cite every document and article. "
                     "The parallel corpus (parallel/) pairs each unit of the Chinese texts with our translation, as "
                     "TMX 1.4b for translation tools and as a plain text pair with an ids file."),
            tag("h2", "Data package and exports"),
            tag("table", tag("thead", tag("tr", "".join(tag("th", h, scope="col") for h in ("File", "Size", "Checked with")))) +
                tag("tbody", rows)) if rows else tag("p", "Run <code>xinyong export</code> to produce the data package."),
            tag("h2", "Analysis tables"),
            tag("ul", "".join(tag("li", tag("a", esc(name), href=f"analysis/{name}") +
                                  (f" (checked with {esc(checked_with('analysis/' + name))})"
                                   if checked_with("analysis/" + name) else ""))
                              for name in analysis)),
            tag("h2", "Evaluation"),
            tag("p", "The annotation pipeline scored on the gold test split, and the evidence finder on the claims "
                     "register and the dev and test queries (see the methodology page)."),
            tag("ul", "".join(tag("li", tag("a", esc(name), href=f"evaluation/{name}")) for name in evaluation)))
        return Page("downloads.md", "Downloads", body)

    def methodology_page(self) -> Page:
        handwritten = (Path(__file__).resolve().parents[3] / "site" / "pages" / "methodology.md")
        intro = handwritten.read_text(encoding="utf-8") if handwritten.is_file() else ""
        evaluation = self.out / "evaluation" / "test.json"
        if evaluation.is_file():
            result = json.loads(evaluation.read_text(encoding="utf-8"))
            head = "".join(tag("th", h, scope="col") for h in ("Language", "Label", "Support", "P", "R", "F1",
                                                                "Overlap P", "Overlap R", "Overlap F1", "Target F1"))
            rows = "".join(tag("tr", "".join(tag("td", esc("n/a" if r[k] is None else r[k])) for k in (
                "lang", "label", "support", "precision", "recall", "f1", "overlap_precision", "overlap_recall",
                "overlap_f1", "target")), class_="xy-miss" if r["meets_target"] is False else None) for r in result["rows"])
            units = "; ".join(f"{lang}: {c['units']} units from {c['documents']} documents" for lang, c in result["units"].items())
            quality = html_block(tag("h2", "Annotation quality (test split of the gold set)", id="quality"),
                                 tag("p", esc(units) + ". Exact: same offsets, label and normalized value; overlap: same label, overlapping offsets."),
                                 tag("table", tag("thead", tag("tr", head)) + tag("tbody", rows), class_="xy-quality"))
        else:
            quality = html_block(tag("p", "The gold-set evaluation has not been run in this build."))
        return Page("methodology.md", "Methodology", intro + "\n\n" + quality + "\n\n" + self.finder_quality()
                    + "\n\n" + self.provenance_figures() + "\n\n" + sanctions_quality())

    def provenance_figures(self) -> str:
        """How strong the sources behind the catalog's core facts are (as `xinyong validate --report`)."""
        from ..provenance import STRENGTHS, provenance_report

        report = provenance_report(self.corpus.catalog)
        rows = "".join(tag("tr", tag("td", esc(name)) + tag("td", esc(report.by_strength.get(name, 0))))
                       for name in STRENGTHS)
        explanation = tag("p", esc(
            "Each catalog entry lists the sources its facts were checked against, each rated official, "
            "established (legal databases and translators), press or weak (anonymous mirrors); an entry counts "
            "under the weakest of its core facts (document number, dates, issuers), a fact being as strong as "
            "its best source. Unrated: sources not yet rated; unsupported: a stated core fact with no source. "
            f"{report.with_source_url} of {report.entries} entries ({report.share(report.with_source_url):.0%}) "
            f"have an official source URL; the status of {report.with_known_status} "
            f"({report.share(report.with_known_status):.0%}) is known."))
        head = tag("th", "Weakest core fact", scope="col") + tag("th", "Entries", scope="col")
        return html_block(tag("h2", "Provenance of the catalog", id="provenance"), explanation,
                          tag("table", tag("thead", tag("tr", head)) + tag("tbody", rows), class_="xy-quality"))

    def finder_quality(self) -> str:
        finder = self.evidence_evaluation()
        if not finder:
            return html_block(tag("p", "The evidence finder has not been evaluated in this build."))
        names = {"register": "Claims register (claims with unit evidence)",
                 "dev": "Dev queries (used to tune the thesaurus)",
                 "test": "Test queries (written after the last change, never used for tuning)",
                 "unseen2": "Unseen queries 2 (46 lay claims written before the issue-15 changes, never used for tuning)"}
        head = "".join(tag("th", h, scope="col") for h in ("Test set", "Thesaurus", "Queries", "Evidence in top 5",
                                                            "Share", "Mean reciprocal rank"))
        present = [name for name in names if name in finder]
        rows = "".join(tag("tr", "".join(tag("td", esc(v)) for v in (
            names[name], setting, r["queries"], r["found"], f"{r['share']:.0%}", r["mrr"])))
            for name in present for setting, r in ((s, finder[name][s]) for s in ("thesaurus", "no-thesaurus")))
        details = []
        for name in present:
            with_, without = finder[name]["thesaurus"]["rows"], finder[name]["no-thesaurus"]["rows"]
            body = "".join(tag("tr", tag("td", esc(r["query"])) + tag("td", esc(r["text"])) +
                                     "".join(tag("td", esc(x["rank"] or "not found")) for x in (r, bare)) +
                                     tag("td", esc("; ".join(r["evidence"]))), class_=None if r["found"] else "xy-miss")
                           for r, bare in zip(with_, without))
            columns = ("Id", "Query", "Rank", "Rank without thesaurus", "Evidence")
            details.append(tag("details", tag("summary", esc(f"Rank of the first evidence passage, per query: {names[name]}")) +
                               tag("table", tag("thead", tag("tr", "".join(tag("th", h, scope="col") for h in columns))) +
                                   tag("tbody", body), class_="xy-quality")))
        explanation = tag("p", "For each query the finder ranks every passage (an article, or a digest section, in "
                               "either language; a provision found in both languages counts once). A query counts as "
                               "found when one of its evidence units lies in one of the first five passages. The "
                               "lay-vocabulary thesaurus was written while reading the claims register and the dev "
                               "queries, so their figures with the thesaurus are optimistic. The test queries were "
                               "written afterwards by a contributor who saw neither the finder, its thesaurus nor the "
                               "dev queries: their figure is the one to quote. The second unseen set (46 lay claims "
                               "in the style of other outlets' articles) was written and run once before the finder "
                               "learned to rank catalog records and secondary works (the changes of issue 15) and was "
                               "never used to tune it; its evidence may be a catalog record (doc:catalog). A hit's "
                               "kind says what it is: a text unit, a digest section, a catalog record or a secondary "
                               "work from the bibliography.")
        return html_block(tag("h2", "Evidence finder", id="evidence-finder"), explanation,
                          tag("table", tag("thead", tag("tr", head)) + tag("tbody", rows), class_="xy-quality"), *details)

    def analysis_pages(self) -> list[Page]:
        folder = self.out / "analysis"
        sections = [
            ("timeline", "Timeline", "Catalogued documents per year, by level and by type.", ["timeline.svg", "timeline-types.svg"],
             ["timeline.csv", "timeline-types.json"]),
            ("keyness", "Keyness", "Glossary terms relatively more frequent on one side of a comparison of sub-corpora "
             "(log-likelihood G², %DIFF and log ratio); each comparison lists the documents on both sides.", [],
             sorted(p.name for p in folder.glob("keyness-*.csv"))),
            ("collocations", "Collocations", "Words and terms that occur near each glossary term (window of 5 tokens; logDice and PMI).",
             [], ["collocations-zh.csv", "collocations-en.csv"]),
            ("deontic", "Deontic profiles", "Obligations, prohibitions and permissions per 1,000 characters, and who is addressed.",
             ["deontic.svg"], ["deontic.csv", "deontic-targets.csv"]),
            ("measures", "Measures matrix", "Which documents provide which punishment and incentive measures, where, and for whom.",
             ["measures.svg"], ["measures.csv", "measures-matrix.csv"]),
            ("citations", "Citation network", "Documents and the instruments they cite, with the catalog's relations.",
             ["citations.svg"], ["citations.graphml", "citations.json", "citations-unresolved.csv"]),
            ("reuse", "Text reuse between local regulations", "Articles copied or closely adapted between local regulations.",
             ["reuse-summary.svg"], ["reuse.csv", "reuse-summary.csv"]),
            ("provinces", "Provincial comparison", "What each local regulation provides, with links to the articles.",
             [], ["provinces.csv", "provinces.json"]),
            ("mou-network", "Memoranda agency network", "Which agencies co-sign the joint incentive and punishment "
             "memoranda with which, how many memoranda each signs, and how the set grows by year (signatories as "
             "recorded in the catalog).", ["mou-network.svg", "mou-signatories.svg", "mou-growth.svg"],
             ["mou-network.graphml", "mou-network.json", "mou-signatories.csv", "mou-pairs.csv", "mou-growth.csv",
              "mou-list.csv"]),
        ]
        pages = []
        links = []
        for name, title, description, charts, downloads in sections:
            page = f"analyses/{name}.md"
            parts = [tag("p", esc(description)),
                     tag("p", esc(f"Digests: {DIGEST_SCOPE_WORDS[digest_scope(name)]}."), class_="xy-digest-scope")]
            for chart in charts:
                if (folder / chart).is_file() and chart != "citations.svg":  # the network is drawn inline
                    parts.append(analysis_views.figure(chart, f"{title}: {description}"))
            parts.append(tag("p", "Data: " + ", ".join(tag("a", esc(d), href=f"../analysis/{d}") for d in downloads
                                                      if (folder / d).is_file())))
            parts.append(self.analysis_table(name, folder, page))
            pages.append(Page(page, title, html_block(*parts)))
            links.append(tag("li", tag("a", esc(title), href=f"{name}.html") + " — " + esc(description)))
        pages.insert(0, Page("analyses/index.md", "Analyses", html_block(tag("ul", "".join(links)))))
        return pages

    def analysis_table(self, name: str, folder: Path, page: str) -> str:
        """A readable preview table for some analyses (the full data is downloadable)."""
        hrefs = self.doc_hrefs(page)
        if name == "provinces" and (folder / "provinces.json").is_file():
            result = json.loads((folder / "provinces.json").read_text(encoding="utf-8"))
            head = tag("th", "Feature", scope="col") + "".join(tag("th", tag("a", esc(self.corpus.catalog[d]["title_en"]), href=hrefs[d]), scope="col")
                                                                for d in result["columns"])
            rows = "".join(tag("tr", tag("th", esc(r["en"]) + " " + tag("span", esc(r["zh"]), lang="zh"), scope="row") +
                                "".join(tag("td", ", ".join(tag("a", esc(a.replace("art-", "Art. ")), href=f"{hrefs[d]}#{a}")
                                                            for a in r[d]) or "—") for d in result["columns"]))
                           for r in result["rows"])
            return tag("table", tag("thead", tag("tr", head)) + tag("tbody", rows), class_="xy-provinces")
        if name == "reuse" and (folder / "reuse.json").is_file():
            pairs = json.loads((folder / "reuse.json").read_text(encoding="utf-8"))
            return analysis_views.reuse_table(pairs[:200], self.corpus.catalog, hrefs)
        if name == "citations" and (folder / "citations.json").is_file() and (folder / "citations.svg").is_file():
            return analysis_views.citations_section(folder, hrefs)
        if name == "collocations":
            return analysis_views.collocations_section(folder, self.corpus.glossary)
        if name == "measures" and (folder / "measures.json").is_file():
            rows_data = json.loads((folder / "measures.json").read_text(encoding="utf-8"))
            rows = "".join(tag("tr", tag("td", esc(self.measures.get(r["measure"], {}).get("en", r["measure"]))) +
                                tag("td", tag("a", esc(r["doc"]), href=hrefs[r["doc"]])) +
                                tag("td", ", ".join(tag("a", esc(u), href=f"{hrefs[r['doc']]}#{u}") for u in r["units"][:12])) +
                                tag("td", esc(", ".join(r["targets"])))) for r in rows_data)
            head = "".join(tag("th", h, scope="col") for h in ("Measure", "Document", "Where", "Targets"))
            return tag("table", tag("thead", tag("tr", head)) + tag("tbody", rows))
        if name == "mou-network" and (folder / "mou-list.json").is_file():
            return self.mou_table(json.loads((folder / "mou-list.json").read_text(encoding="utf-8")), hrefs)
        if name == "keyness":
            return analysis_views.keyness_section(folder, self.corpus.glossary, self.data.meta, hrefs)
        return ""

    def mou_table(self, mous: list[dict[str, Any]], hrefs: dict[str, str]) -> str:
        """The memoranda with their recorded signatories, linked to their catalog pages."""
        agencies = self.corpus.agencies
        rows = "".join(tag("tr", tag("td", esc(r["year"] or "")) + tag("td", tag("a", esc(r["title_en"]), href=hrefs[r["doc"]])) +
                            tag("td", esc(r["doc_number"] or "")) + tag("td", esc(r["signatories"])) +
                            tag("td", esc(", ".join(agencies.get(a, {}).get("abbr") or a for a in r["issuers"].split()))))
                       for r in mous)
        head = "".join(tag("th", h, scope="col") for h in ("Year", "Memorandum", "Number", "Signatories", "Recorded signatories"))
        return tag("table", tag("thead", tag("tr", head)) + tag("tbody", rows))


def finder_summary(finder: dict) -> str:
    """One sentence on how often the evidence finder ranks the cited evidence in its top 5."""
    parts = []
    for name, label in (("register", "claims below"), ("test", "test queries written after it was tuned"),
                        ("unseen2", "unseen lay claims of the second set")):
        if name in finder:
            with_, without = finder[name]["thesaurus"], finder[name]["no-thesaurus"]
            parts.append(f"for {with_['found']} of the {with_['queries']} {label} ({without['found']} without its "
                         f"thesaurus)")
    return "The evidence finder places a cited provision among its first five results " + " and ".join(parts) + "."
