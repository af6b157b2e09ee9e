"""What a document page shows around its text, as data for site/templates/document.html: a
one-line summary of the catalog facts, a table of contents for long texts, and the names that
read a relation from its target's side."""
from __future__ import annotations

from typing import Any

from ..catalog import document_date
from ..structure import ParsedDocument

# A relation read from its target's side: "X amends Y" shows on Y's page as "amended by X".
PASSIVE = {"cites": "cited by", "amends": "amended by", "supersedes": "superseded by",
           "implements": "implemented by", "citation": "cited by", "docno": "cited by document number in"}
CONTENTS_FROM_ARTICLES = 20  # a text without chapters gets an article index from this many articles
# Type names that are not plain words (the rest read as they are spelled, hyphens as spaces).
TYPE_NAMES = {"mou": "Memorandum of understanding"}
ISSUERS_IN_FACTS = 4  # more signatories than this: the line names the first ones, the record lists all


def facts_line(entry: dict[str, Any], agencies: dict[str, dict[str, Any]]) -> str:
    """Type, level, issuer, date, number and status in one readable line."""
    kind = TYPE_NAMES.get(entry["type"], entry["type"].replace("-", " ").capitalize())
    facts = [kind, entry["level"] + (f" ({entry['region']})" if entry.get("region") else "")]
    issuers = [agencies[a]["en"] for a in entry["issuers"] if a in agencies]
    if len(issuers) > ISSUERS_IN_FACTS:
        rest = len(issuers) - ISSUERS_IN_FACTS + 1
        facts.append("issued by " + "; ".join(issuers[:ISSUERS_IN_FACTS - 1]) + f" and {rest} other bodies")
    elif issuers:
        facts.append("issued by " + "; ".join(issuers))
    date = document_date(entry)  # the record card below shows all three dates
    facts.append(f"issued {entry['date_issued']}" if entry.get("date_issued")
                 else f"dated {date}" if date else "date not verified")
    if entry.get("doc_number"):
        facts.append(f"No. {entry['doc_number']}")
    facts.append(f"status: {entry['status']}")
    return " · ".join(facts)


def contents(primary: ParsedDocument, english: ParsedDocument | None) -> dict[str, Any] | None:
    """A table of contents: the chapters (or parts and sections), else for a long text an index of
    its articles; None for a short text.

    RETURNS (dict | None): summary, and items each with id, kind (None for an article), text and
        the English heading when the text is Chinese (translated) and its language (lang).
    """
    english_units = english.unit_map() if english else {}
    headings = [u for u in primary.units if u.kind in ("part", "chapter", "section")]
    articles = [u for u in primary.units if u.kind == "article"]
    if headings:
        items = []
        for unit in headings:
            other = english_units.get(unit.id)
            items.append({"id": unit.id, "kind": unit.kind, "text": unit.text.strip() or unit.label or unit.id,
                          "lang": None if primary is english else "zh",
                          "translated": other.text.strip() if other is not None and other is not unit else ""})
        return {"summary": f"Contents: {len(headings)} headings, {len(articles)} articles", "items": items}
    if len(articles) >= CONTENTS_FROM_ARTICLES:
        def label(unit: Any) -> str:
            translated = english_units.get(unit.id)
            return translated.label if translated is not None and translated.label else unit.label or unit.id

        return {"summary": f"Contents: {len(articles)} articles",
                "items": [{"id": u.id, "kind": None, "text": label(u)} for u in articles]}
    return None
