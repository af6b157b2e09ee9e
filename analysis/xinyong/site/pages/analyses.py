"""The analyses: an index page and one page per analysis, each with its charts, data and a preview
table. Which analyses have a page, their titles, charts and data files come from the analysis
registry (xinyong.analyze.ANALYSES), read by `analysis_entries()`."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...analyze.data import DIGEST_SCOPE_WORDS, digest_scope
from ...analyze.registry import Chart
from .. import analysis_views
from ..templating import markup, render_macro
from .base import Page, WayIn, register

if TYPE_CHECKING:
    from .builder import SiteBuilder

INDEX = "analyses/index.md"
SECTION = "Analyses"


@dataclass(frozen=True)
class AnalysisEntry:
    """An analysis as the site shows it (from its registry record, xinyong.analyze.Analysis)."""
    name: str
    title: str
    description: str
    page: str  # e.g. analyses/keyness.md
    charts: tuple[Chart, ...] = ()
    data: tuple[str, ...] = ()
    reads: str | None = None


def analysis_entries() -> list[AnalysisEntry]:
    """The analyses that have a page, from the analysis registry (xinyong.analyze.ANALYSES), in the
    order of their `nav_order` (default: their build `order`)."""
    from ... import analyze

    listed = sorted((a for a in analyze.ANALYSES.values() if a.page), key=lambda a: (a.position, a.name))
    return [AnalysisEntry(a.name, a.title, a.description, a.page, a.charts, a.data, a.reads) for a in listed]


def downloads(entry: AnalysisEntry, folder: Path) -> list[str]:
    """The data files the page offers, those present in the build (a pattern with * gives every match, sorted)."""
    files = [name for wanted in entry.data
             for name in (sorted(p.name for p in folder.glob(wanted)) if "*" in wanted else [wanted])]
    return [d for d in files if (folder / d).is_file()]


def analysis_page(site: SiteBuilder, entry: AnalysisEntry) -> Page:
    from .analysis_tables import preview_table

    folder = site.out / "analysis"
    figures = [markup(analysis_views.figure(chart, f"{entry.title}: {entry.description}"))
               for chart in entry.charts if not chart.inline and (folder / chart.file).is_file()]
    scope = entry.reads or f"Digests: {DIGEST_SCOPE_WORDS[digest_scope(entry.name)]}."
    body = render_macro("analyses.html", "page", entry, scope, figures, downloads(entry, folder),
                        markup(preview_table(site, entry.name, folder, entry.page)))
    return Page(entry.page, entry.title, body)


@register("analyses", INDEX, section=SECTION, order=40,
          way_in=WayIn("See the analyses", "Timeline, citations, reuse, measures and more", 60))
def analyses_index(site: SiteBuilder) -> Page:
    entries: list[dict[str, Any]] = [{"link": Path(e.page).with_suffix(".html").name, "title": e.title,
                                      "description": e.description} for e in analysis_entries()]
    return Page(INDEX, "Analyses", render_macro("analyses.html", "index", entries))


def analysis_pages(site: SiteBuilder) -> list[Page]:
    """The index and every analysis page."""
    return [analyses_index(site), *(analysis_page(site, entry) for entry in analysis_entries())]


def register_analysis_pages() -> None:
    """Register a page type for every analysis with a page, in the navigation after the index."""
    for number, entry in enumerate(analysis_entries(), start=1):
        register(f"analysis:{entry.name}", entry.page, section=SECTION, order=40 + number / 100)(
            lambda site, entry=entry: analysis_page(site, entry))


register_analysis_pages()
