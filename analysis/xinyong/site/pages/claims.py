"""The claims register page: popular claims checked against the clauses, with the secondary works
they cite."""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from ..templating import render
from .base import Page, WayIn, href, register
from .evidence import finder_summary

if TYPE_CHECKING:
    from .builder import SiteBuilder

PATH = "claims.md"


def evidence_link(site: SiteBuilder, item: dict[str, Any]) -> dict[str, Any]:
    """Where one piece of a claim's evidence leads: a unit, a secondary work or a catalog record."""
    if "unit" in item:
        doc_id, _, unit_id = item["unit"].partition(":")
        return {**item, "text": item["unit"], "link": href(PATH, site.doc_page(doc_id), unit_id)}
    if "bib" in item:  # a secondary work, listed under the register
        return {**item, "text": f"{item['bib']} ({item['pinpoint']})", "link": f"#bib-{item['bib']}"}
    return {**item, "text": f"{item['doc']} ({item['pinpoint']})", "link": href(PATH, site.doc_page(item["doc"])),
            "verified_at": item["source"] if item["source"].startswith("http") else None}


@register("claims", PATH, nav_title="Claims", order=60,
          way_in=WayIn("Check a claim", "Popular claims checked against the clauses", 20))
def claims(site: SiteBuilder) -> Page:
    from ...bibliography import load_bibliography
    from ...claims import load_claims

    registers = []
    for register_ in load_claims(site.corpus):
        claims = [{**c, "evidence_links": [evidence_link(site, item) for item in c["evidence"]],
                   "find": "evidence.html?" + urlencode({"claim": c["claim"]})} for c in register_["claims"]]
        registers.append({"source": register_["source"], "claims": claims,
                          "verdicts": sorted(Counter(c["verdict"] for c in claims).items()),
                          "categories": sorted({c["category"] for c in claims})})
    finder = site.evidence_evaluation()
    return Page(PATH, "Claims vs clauses", render(
        "claims.html", registers=registers, finder_summary=finder_summary(finder) if finder else "",
        measured=href(PATH, "methodology.md", "evidence-finder"), bibliography=sorted(load_bibliography().items())))
