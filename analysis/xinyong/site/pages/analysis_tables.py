"""The preview tables on some analysis pages (the full data is downloadable)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import analysis_views
from ..templating import render_macro

if TYPE_CHECKING:
    from .builder import SiteBuilder

REUSE_ROWS = 200  # pairs shown on the reuse page


def preview_table(site: SiteBuilder, name: str, folder: Path, page: str) -> str:
    """A readable preview table for some analyses, or "" (the others show their charts only)."""
    hrefs = site.doc_hrefs(page)

    def read(file: str) -> Any:
        return json.loads((folder / file).read_text(encoding="utf-8"))

    if name == "provinces" and (folder / "provinces.json").is_file():
        titles = {doc_id: entry["title_en"] for doc_id, entry in site.corpus.catalog.entries.items()}
        return render_macro("analyses.html", "provinces", read("provinces.json"), titles, hrefs).strip("\n")
    if name == "reuse" and (folder / "reuse.json").is_file():
        return analysis_views.reuse_table(read("reuse.json")[:REUSE_ROWS], site.corpus.catalog, hrefs)
    if name == "citations" and (folder / "citations.json").is_file() and (folder / "citations.svg").is_file():
        from ...analyze import ANALYSES

        drawing = next(chart for chart in ANALYSES[name].charts if chart.file == "citations.svg")
        return analysis_views.citations_section(folder, hrefs, drawing)
    if name == "collocations":
        return analysis_views.collocations_section(folder, site.corpus.glossary)
    if name == "measures" and (folder / "measures.json").is_file():
        return render_macro("analyses.html", "measures", read("measures.json"), site.measures, hrefs).strip("\n")
    if name == "mou-network" and (folder / "mou-list.json").is_file():
        return mou_table(site, read("mou-list.json"), hrefs)
    if name == "keyness":
        return analysis_views.keyness_section(folder, site.corpus.glossary, site.data.meta, hrefs)
    return ""


def mou_table(site: SiteBuilder, mous: list[dict[str, Any]], hrefs: dict[str, str]) -> str:
    """The memoranda with their recorded signatories, linked to their catalog pages."""
    return render_macro("analyses.html", "memoranda", mous, site.corpus.agencies, hrefs).strip("\n")
