"""The catalog page: every catalogued document in a sortable, filterable table."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..templating import render
from .base import Page, WayIn, href, register

if TYPE_CHECKING:
    from .builder import SiteBuilder

PATH = "catalog.md"
COLUMNS = ("Date", "Title", "Number", "Type", "Level", "Region", "Status", "Text")


def filter_values(entries: list[dict], key: str) -> list[str]:
    """The values a filter offers: every value of the field, sorted, without the empty one."""
    return sorted({str(e.get(key) or "") for e in entries} - {""})


@register("catalog", PATH, nav_title="Catalog", order=10,
          way_in=WayIn("Read a document", "The catalog: every document, with its text where we hold it", 10))
def catalog(site: SiteBuilder) -> Page:
    corpus = site.corpus
    entries = []
    for entry in sorted(corpus.catalog, key=lambda e: (e.get("date_issued") or "9999", e["id"])):
        text = "text" if entry["id"] in corpus.originals else "digest" if entry["id"] in corpus.digests else ""
        entries.append((entry, href(PATH, site.doc_page(entry["id"])), (entry.get("date_issued") or "")[:4], text))
    filters = [(key.capitalize(), key, filter_values(corpus.catalog, key))
               for key in ("type", "level", "region", "status")]
    years = sorted({(e.get("date_issued") or "")[:4] for e in corpus.catalog} - {""})
    filters.append(("Year", "year", years))
    return Page(PATH, "Catalog", render("catalog.html", entries=entries, filters=filters, columns=COLUMNS))
