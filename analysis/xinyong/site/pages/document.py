"""Document pages, one per catalog entry: the text (Chinese beside our English, or our digest
alone) with its annotations and a cite box per article; or, without text, the catalog record."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import __version__, citation
from ...digest_basis import label_of
from ...labels import legend_entries
from ...structure import ParsedDocument, Unit
from .. import document_views
from ..html import highlight
from ..templating import markup, render
from .base import Page, register

if TYPE_CHECKING:
    from .builder import SiteBuilder

@register("document", order=1000)
def documents(site: SiteBuilder) -> list[Page]:
    return [document(site, doc_id) for doc_id in site.corpus.catalog.entries]


def document(site: SiteBuilder, doc_id: str) -> Page:
    entry = site.corpus.catalog[doc_id]
    page = site.doc_page(doc_id)
    original = site.corpus.originals.get(doc_id)
    english = site.corpus.english(doc_id)
    context: dict[str, Any] = {"entry": entry, "facts": document_views.facts_line(entry, site.corpus.agencies),
                               "card": markup(metadata_card(site, doc_id, page)), "legend": legend_entries(),
                               "text": None}
    if original or english:
        context["contents"] = document_views.contents(original or english, english)
        context["text"] = markup(parallel_text(site, doc_id, original, english, page))
    # Both titles in the page title: search weighs titles highest, in either language.
    return Page(page, f"{entry['title_en']} · {entry['title_zh']}", render("document.html", **context),
                {"description": entry["summary"][:300]})


def metadata_card(site: SiteBuilder, doc_id: str, page: str) -> str:
    """The catalog record as a table (issuers, dates, relations, sources, what we hold)."""
    corpus = site.corpus
    entry = corpus.catalog[doc_id]
    agencies = corpus.agencies
    hrefs = site.doc_hrefs(page)
    relations = [(r["type"], hrefs[r["target"]], corpus.catalog[r["target"]]["title_en"]) for r in entry["relations"]]
    relations += [(document_views.PASSIVE.get(kind, f"{kind} (by)"), hrefs[source], corpus.catalog[source]["title_en"])
                  for kind, source in corpus.catalog.incoming(doc_id)]
    english = corpus.english(doc_id)
    is_digest = doc_id in corpus.digests and doc_id not in corpus.translations
    return render("record.html", entry=entry, relations=relations, english=english, is_digest=is_digest,
                  english_kind="digest (our summary, not a translation)" if is_digest else "translation",
                  issuers=[f"{agencies[a]['en']} ({agencies[a]['zh']})" for a in entry["issuers"]]).strip("\n")


def parallel_text(site: SiteBuilder, doc_id: str, original: ParsedDocument | None, english: ParsedDocument | None,
                  page: str) -> str:
    """The text, unit by unit: rows of aligned cells, article headings with their cite boxes."""
    primary = original or english
    english_units = english.unit_map() if english else {}
    original_units = original.unit_map() if original else {}
    hrefs = site.doc_hrefs(page)
    measures = {k: v["en"] for k, v in site.measures.items()}
    glossary, agencies = site.corpus.glossary, site.corpus.agencies
    by_unit = site.data.annotations_by_unit
    entry = site.corpus.catalog[doc_id]
    rows: list[dict[str, Any]] = []
    ids = [u.id for u in primary.units] + [u for u in english_units if u not in original_units and original]
    for unit_id in ids:
        zh_unit = original_units.get(unit_id)
        en_unit = english_units.get(unit_id)
        unit = zh_unit or en_unit
        if unit.kind == "article":
            rows.append({"article": True, "id": unit_id, "label_zh": zh_unit.label if zh_unit else "",
                         "label_en": en_unit.label if en_unit else "",
                         "cite": cite_box(site, entry, unit_id, en_unit or zh_unit)})
            continue
        cells = []
        for lang, lang_unit in (("zh", zh_unit), ("en", en_unit)):
            if lang_unit is None and original is None:
                continue  # a digest alone: one column, no column of dashes
            if lang_unit is None:
                cells.append({"lang": lang, "missing": True})
                continue
            cell = {"lang": lang, "html": markup(highlight(lang_unit.text, by_unit.get((doc_id, lang, unit_id), []),
                                                           hrefs, glossary, agencies, measures))}
            basis = lang_unit.basis
            if basis and (lang_unit.kind == "heading" or basis["declared_at"] == unit_id):
                # a digest: what each section rests on
                cell.update(basis=label_of(basis), basis_kind=basis["kind"])
            cells.append(cell)
        kind = unit.kind
        heading = "h2" if kind in ("chapter", "part") else "h3" if kind in ("section", "heading") else None
        rows.append({"id": unit_id, "kind": kind, "heading": heading, "cells": cells})
    english_name = "our translation" if doc_id in site.corpus.translations else "our digest"
    return render("text.html", rows=rows, digest=original is None, english_name=english_name)


def cite_box(site: SiteBuilder, entry: dict[str, Any], unit_id: str, unit: Unit | None) -> dict[str, Any]:
    """The citation of one article: a sentence and a BibTeX entry (as lines)."""
    label = unit.label if unit and unit.label else unit_id
    permalink = site.permalink(entry["id"], unit_id)
    text = (f"{entry['title_en']} ({entry['title_zh']}), {label}. "
            f"{'Doc. no. ' + entry['doc_number'] + '. ' if entry.get('doc_number') else ''}"
            f"Xinyong corpus, version {__version__}, {permalink}.")
    issuers = [site.corpus.agencies[a]["en"] for a in entry["issuers"]]
    original = site.corpus.originals.get(entry["id"])
    zh_unit = original.unit_map().get(unit_id) if original else None
    label_zh = zh_unit.label if zh_unit else None
    bibtex = citation.bibtex_entry(citation.bib_key(entry["id"], unit_id), citation.citation_fields(
        entry, issuers, permalink, label, label_zh)).rstrip("\n")
    return {"text": text, "bibtex": bibtex.split("\n")}
