"""The concordance page: a KWIC search of the Chinese texts and our translations, in the browser
(assets/concordance.js reads the index written beside the page)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..templating import render
from .base import Page, WayIn, register

if TYPE_CHECKING:
    from .builder import SiteBuilder

PATH = "concordance.md"
LEVEL_ORDER = ("central", "judicial", "provincial", "municipal", "private")


@register("concordance", PATH, nav_title="Concordance", order=20,
          way_in=WayIn("Search the texts", "Concordance of the Chinese texts and our translations", 40))
def concordance(site: SiteBuilder) -> Page:
    corpus, meta = site.corpus, site.data.meta
    levels = [level for level in LEVEL_ORDER if any(e["level"] == level for e in corpus.catalog)]
    types = sorted({meta(d)["type"] for d in corpus.documents("en")} | {meta(d)["type"] for d in corpus.originals})
    regions = sorted({meta(d)["region"] for d in corpus.originals if meta(d)["region"]})
    filters = [("Level", "level", levels), ("Type", "type", types), ("Region", "region", regions)]
    return Page(PATH, "Concordance", render("concordance.html", filters=filters))
