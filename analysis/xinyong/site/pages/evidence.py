"""The evidence finder page: type a claim, get the provisions that bear on it (in the browser,
assets/evidence.js over the index written beside the page)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..templating import render
from .base import Page, WayIn, register

if TYPE_CHECKING:
    from .builder import SiteBuilder

PATH = "evidence.md"


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


@register("evidence", PATH, nav_title="Evidence finder", order=70,
          way_in=WayIn("Find provisions", "Type a claim, get the provisions that bear on it", 30))
def evidence(site: SiteBuilder) -> Page:
    finder = site.evidence_evaluation()
    summary = finder_summary(finder) if finder else ""
    return Page(PATH, "Evidence finder", render("evidence.html", finder_summary=summary))
