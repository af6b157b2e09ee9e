"""Parts of a document page around its text: a one-line summary of the catalog facts, a table of
contents for long texts, and, for a catalog record without text, where to get the text."""
from __future__ import annotations

from typing import Any

from ..structure import ParsedDocument
from .html import esc, tag

# A relation read from its target's side: "X amends Y" shows on Y's page as "amended by X".
PASSIVE = {"cites": "cited by", "amends": "amended by", "supersedes": "superseded by",
           "implements": "implemented by", "citation": "cited by", "docno": "cited by document number in"}
CONTENTS_FROM_ARTICLES = 20  # a text without chapters gets an article index from this many articles
# Type names that are not plain words (the rest read as they are spelled, hyphens as spaces).
TYPE_NAMES = {"mou": "Memorandum of understanding"}
ISSUERS_IN_FACTS = 4  # more signatories than this: the line names the first ones, the record lists all


def facts_line(entry: dict[str, Any], agencies: dict[str, dict[str, Any]]) -> str:
    """Type, level, issuer, date, number and status in one readable line, then the summary."""
    kind = TYPE_NAMES.get(entry["type"], entry["type"].replace("-", " ").capitalize())
    facts = [kind, entry["level"] + (f" ({entry['region']})" if entry.get("region") else "")]
    issuers = [agencies[a]["en"] for a in entry["issuers"] if a in agencies]
    if len(issuers) > ISSUERS_IN_FACTS:
        rest = len(issuers) - ISSUERS_IN_FACTS + 1
        facts.append("issued by " + "; ".join(issuers[:ISSUERS_IN_FACTS - 1]) + f" and {rest} other bodies")
    elif issuers:
        facts.append("issued by " + "; ".join(issuers))
    date = entry.get("date_issued") or entry.get("date_effective") or entry.get("date_published")
    facts.append(f"issued {entry['date_issued']}" if entry.get("date_issued") else f"dated {date}" if date else "date not verified")
    if entry.get("doc_number"):
        facts.append(f"No. {entry['doc_number']}")
    facts.append(f"status: {entry['status']}")
    return (tag("p", esc(" · ".join(facts)), class_="xy-facts") + "\n" +
            tag("p", esc(entry["summary"]), class_="xy-doc-summary"))


def contents(primary: ParsedDocument, english: ParsedDocument | None) -> str:
    """A folded table of contents: the chapters (or parts and sections), else for a long text an
    index of its articles; nothing for a short text."""
    english_units = english.unit_map() if english else {}
    headings = [u for u in primary.units if u.kind in ("part", "chapter", "section")]
    articles = [u for u in primary.units if u.kind == "article"]

    def name(unit: Any) -> str:
        own = unit.text.strip() or unit.label or unit.id
        other = english_units.get(unit.id)
        translated = other.text.strip() if other is not None and other is not unit else ""
        return tag("span", esc(own), lang=None if primary is english else "zh") + (" · " + esc(translated) if translated else "")

    if headings:
        items = "".join(tag("li", tag("a", name(u), href=f"#{u.id}"), class_=f"xy-toc-{u.kind}") for u in headings)
        summary = f"Contents: {len(headings)} headings, {len(articles)} articles"
    elif len(articles) >= CONTENTS_FROM_ARTICLES:
        items = "".join(tag("li", tag("a", esc(english_units[u.id].label if u.id in english_units and english_units[u.id].label
                                                 else u.label or u.id), href=f"#{u.id}")) for u in articles)
        summary = f"Contents: {len(articles)} articles"
    else:
        return ""
    return tag("nav", tag("details", tag("summary", esc(summary)) + tag("ol", items, class_="xy-toc-list")),
               class_="xy-toc", aria_label="Contents of the text")


def where_to_get(entry: dict[str, Any]) -> str:
    """Where the official text is, and the command that fetches it into the corpus."""
    where = entry.get("source_url")
    official = (tag("p", "The official text: " + tag("a", esc(where), href=where, rel="external") + ".") if where
                else tag("p", "No official address has been verified yet; the sources in the record above name where "
                              "its facts were checked."))
    command = f"xinyong fetch {entry['id']}"
    fetch = (tag("p", "To add the Chinese text to your copy of the corpus (downloads from the official address, "
                      "records its SHA-256 in the catalog entry):") + tag("pre", tag("code", esc(command))))
    return tag("h2", "Where to get the text", id="text") + official + (fetch if where else "")
