"""The glossary page: every term with its renderings, definition, frequency and examples."""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any

from ...structure import Unit
from ...unit_ids import top_level
from ..templating import render
from .base import Page, WayIn, href, register

if TYPE_CHECKING:
    from .builder import SiteBuilder

PATH = "glossary.md"
EXAMPLES = 2  # examples per term and language
CONTEXT = 18  # characters of context either side of an example


@register("glossary", PATH, nav_title="Glossary", order=30,
          way_in=WayIn("Look up a term", "Glossary of the system's vocabulary", 50))
def glossary(site: SiteBuilder) -> Page:
    glossary = site.corpus.glossary
    counts: Counter = Counter()
    documents: dict[str, set[str]] = defaultdict(set)
    examples: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for (doc_id, lang, unit_id), records in sorted(site.data.annotations_by_unit.items()):
        for record in records:
            if record["label"] != "TERM":
                continue
            counts[(record["norm"], lang)] += 1
            documents[record["norm"]].add(doc_id)
            if len(examples[(record["norm"], lang)]) >= EXAMPLES:
                continue
            unit = _unit(site, doc_id, lang, unit_id)
            if unit is not None:
                examples[(record["norm"], lang)].append({
                    "lang": lang, "text": record["text"], "doc": doc_id, "unit": unit_id,
                    "left": unit.text[max(0, record["start"] - CONTEXT):record["start"]],
                    "right": unit.text[record["end"]:record["end"] + CONTEXT],
                    "link": href(PATH, site.doc_page(doc_id), _anchor(site, doc_id, lang, unit_id))})
    entries = []
    for gid, entry in sorted(glossary.items(), key=lambda kv: kv[1]["pinyin"].lower()):
        entries.append({**entry, "id": gid, "count_zh": counts[(gid, "zh")], "count_en": counts[(gid, "en")],
                        "documents": len(documents[gid]), "examples": examples[(gid, "zh")] + examples[(gid, "en")],
                        "related": [{"id": r, "en": glossary[r]["en"]}
                                    for r in entry.get("related", []) if r in glossary],
                        "variants": entry.get("variants", []), "note": entry.get("note")})
    return Page(PATH, "Glossary", render("glossary.html", entries=entries, concordance=href(PATH, "concordance.md")))


def _anchor(site: SiteBuilder, doc_id: str, lang: str, unit_id: str) -> str:
    """The anchor of a unit on its document page: its article when it has one, else the unit."""
    article = top_level(unit_id)
    return article if _unit(site, doc_id, lang, article) is not None else unit_id


def _unit(site: SiteBuilder, doc_id: str, lang: str, unit_id: str) -> Unit | None:
    document = site.corpus.documents(lang).get(doc_id)
    return document.unit_map().get(unit_id) if document else None
