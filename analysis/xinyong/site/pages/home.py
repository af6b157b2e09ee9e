"""The home page: what the corpus is, the ways in (from the page registry), the most recent
documents we hold, the corpus in figures, how to cite."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import __version__
from ..templating import render
from .base import Page, href, register, ways_in

if TYPE_CHECKING:
    from .builder import SiteBuilder

PATH = "index.md"
CITATION_NAME = "Xinyong: a bilingual corpus of China's Social Credit System documents"
RECENT = 6  # documents listed under "Most recent documents we hold"


def stats(site: SiteBuilder) -> dict[str, int]:
    """The corpus in figures."""
    corpus, data = site.corpus, site.data
    articles = sum(1 for d in corpus.originals.values() for u in d.units if u.kind == "article")
    characters = sum(len(u.content) for d in corpus.originals.values() for u in d.units)
    words = sum(len(data.unit_tokens(doc_id, "zh", unit)) for doc_id, unit in data.units("zh"))
    english_words = sum(len(data.unit_tokens(doc_id, "en", unit)) for doc_id, unit in data.units("en"))
    return {"documents": len(corpus.catalog), "texts": len(corpus.originals),
            "translations": len(corpus.translations), "digests": len(corpus.digests),
            "articles": articles, "characters": characters, "words_zh": words, "words_en": english_words,
            "glossary": len(corpus.glossary), "agencies": len(corpus.agencies)}


def held(site: SiteBuilder, doc_id: str) -> str:
    """What we hold of a document, in words."""
    if doc_id in site.corpus.originals:
        return "Chinese text and our translation" if doc_id in site.corpus.translations else "Chinese text"
    return "our translation" if doc_id in site.corpus.translations else "our English digest"


@register("home", PATH, nav_title="Home", order=0)
def home(site: SiteBuilder) -> Page:
    corpus = site.corpus
    readable = [e for e in corpus.catalog if e["id"] in corpus.originals or corpus.english(e["id"])]
    recent = sorted((e for e in readable if e.get("date_issued")), key=lambda e: e["date_issued"], reverse=True)
    figures = stats(site)
    names = [("catalogued documents", "documents"), ("Chinese texts", "texts"),
             ("our English translations", "translations"), ("digests", "digests"), ("articles", "articles"),
             ("Chinese characters", "characters"), ("Chinese words (jieba)", "words_zh"),
             ("English words", "words_en"), ("glossary terms", "glossary"), ("agencies", "agencies")]
    context: dict[str, Any] = {
        "ways_in": ways_in(PATH),
        "recent": [(e, href(PATH, site.doc_page(e["id"])), held(site, e["id"])) for e in recent[:RECENT]],
        "not_held": len(corpus.catalog) - len(readable),
        "figures": [(name, figures[key]) for name, key in names],
        "link": lambda path: href(PATH, path), "citation_name": CITATION_NAME, "version": __version__,
        "site_url": site.site_url}
    return Page(PATH, "Xinyong", render("home.html", **context))
