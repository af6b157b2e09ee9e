"""The analyses: an index page and one page per analysis, each with its charts, data and a preview
table. Which analyses have a page, and their titles, come from `analysis_entries()`."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...analyze.data import DIGEST_SCOPE_WORDS, digest_scope
from .. import analysis_views
from ..templating import markup, render_macro
from .base import Page, WayIn, register

if TYPE_CHECKING:
    from .builder import SiteBuilder

INDEX = "analyses/index.md"
SECTION = "Analyses"

# Titles and descriptions of the analyses that have a page, in the order of the navigation.
# (Read here until the analysis registry carries them: see analysis_entries.)
TITLES: dict[str, tuple[str, str]] = {
    "timeline": ("Timeline", "Catalogued documents per year, by level and by type."),
    "keyness": ("Keyness", "Glossary terms relatively more frequent on one side of a comparison of sub-corpora "
                "(log-likelihood G², %DIFF and log ratio); each comparison lists the documents on both sides."),
    "collocations": ("Collocations", "Words and terms that occur near each glossary term (window of 5 tokens; "
                     "logDice and PMI)."),
    "deontic": ("Deontic profiles", "Obligations, prohibitions and permissions per 1,000 characters, and who is "
                "addressed."),
    "measures": ("Measures matrix", "Which documents provide which punishment and incentive measures, where, and "
                 "for whom."),
    "citations": ("Citation network", "Documents and the instruments they cite, with the catalog's relations."),
    "reuse": ("Text reuse between local regulations", "Articles copied or closely adapted between local "
              "regulations."),
    "provinces": ("Provincial comparison", "What each local regulation provides, with links to the articles."),
    "mou-network": ("Memoranda agency network", "Which agencies co-sign the joint incentive and punishment "
                    "memoranda with which, how many memoranda each signs, and how the set grows by year "
                    "(signatories as recorded in the catalog)."),
}
# The charts shown on each page and the files offered under "Data" (those present in the build).
FILES: dict[str, tuple[list[str], list[str]]] = {
    "timeline": (["timeline.svg", "timeline-types.svg"], ["timeline.csv", "timeline-types.json"]),
    "keyness": ([], []),  # every keyness-*.csv found in the build
    "collocations": ([], ["collocations-zh.csv", "collocations-en.csv"]),
    "deontic": (["deontic.svg"], ["deontic.csv", "deontic-targets.csv"]),
    "measures": (["measures.svg"], ["measures.csv", "measures-matrix.csv"]),
    "citations": ([], ["citations.graphml", "citations.json", "citations-unresolved.csv"]),  # drawn inline
    "reuse": (["reuse-summary.svg"], ["reuse.csv", "reuse-summary.csv"]),
    "provinces": ([], ["provinces.csv", "provinces.json"]),
    "mou-network": (["mou-network.svg", "mou-signatories.svg", "mou-growth.svg"],
                    ["mou-network.graphml", "mou-network.json", "mou-signatories.csv", "mou-pairs.csv",
                     "mou-growth.csv", "mou-list.csv"]),
}

# What an analysis reads when it is not the annotated texts (there the digest scope of
# xinyong.analyze.data says what it does with our digests).
DATA_READ: dict[str, str] = {
    "timeline": "Reads the catalog records (the date, level and type of every catalogued document), not the texts: "
                "digests play no part.",
    "mou-network": "Reads the catalog records of the memoranda and their recorded signatories, not the texts: "
                   "digests play no part.",
    "reuse": "Reads the Chinese texts of the local regulations: our English translations and digests play no part.",
    "provinces": "Reads the Chinese texts of the local regulations: our English translations and digests play no "
                 "part.",
}


@dataclass(frozen=True)
class AnalysisEntry:
    """An analysis as the site shows it."""
    name: str
    title: str
    description: str
    page: str  # e.g. analyses/keyness.md


def analysis_entries() -> list[AnalysisEntry]:
    """The analyses that have a page, from the analysis registry (xinyong.analyze.ANALYSES).

    The registry maps names to functions today, so titles and descriptions come from TITLES; once
    it holds Analysis records, this reads `.name .title .description .page` instead (pages None
    are left out), and TITLES goes.
    """
    from ...analyze import ANALYSES

    return [AnalysisEntry(name, *TITLES[name], f"analyses/{name}.md") for name in TITLES if name in ANALYSES]


def downloads(name: str, folder: Path) -> list[str]:
    files = sorted(p.name for p in folder.glob("keyness-*.csv")) if name == "keyness" else FILES[name][1]
    return [d for d in files if (folder / d).is_file()]


def analysis_page(site: SiteBuilder, entry: AnalysisEntry) -> Page:
    from .analysis_tables import preview_table

    folder = site.out / "analysis"
    figures = [markup(analysis_views.figure(chart, f"{entry.title}: {entry.description}"))
               for chart in FILES.get(entry.name, ([], []))[0] if (folder / chart).is_file()]
    scope = DATA_READ.get(entry.name) or f"Digests: {DIGEST_SCOPE_WORDS[digest_scope(entry.name)]}."
    body = render_macro("analyses.html", "page", entry, scope, figures, downloads(entry.name, folder),
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


def _register_each_analysis() -> None:
    for number, entry in enumerate(analysis_entries(), start=1):
        register(f"analysis:{entry.name}", entry.page, section=SECTION, order=40 + number / 100)(
            lambda site, entry=entry: analysis_page(site, entry))


_register_each_analysis()
