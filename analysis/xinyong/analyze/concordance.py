"""Parallel KWIC concordance: every hit of a term with its context and the aligned unit in the
other language."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..outputs import dumps, write_atomic
from .data import AnnotatedCorpus
from .registry import analysis


def search_forms(term: str, data: AnnotatedCorpus) -> dict[str, list[str]]:
    """The strings to look for in each language: a glossary id gives its Chinese and English
    forms; Chinese text searches Chinese; anything else searches English."""
    entry = data.corpus.glossary.get(term)
    if entry:
        return {"zh": [entry["zh"], *entry.get("zh_forms", [])],
                "en": [entry["en"], *entry.get("en_forms", [])]}
    if re.search(r"[\u3400-\u9fff]", term):
        return {"zh": [term], "en": []}
    return {"zh": [], "en": [term]}


def _pattern(forms: list[str], lang: str) -> re.Pattern | None:
    if not forms:
        return None
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    if lang == "en":
        return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)
    return re.compile(alternatives)


def concordance(data: AnnotatedCorpus, term: str, width: int = 30, doc_type: str | None = None,
                level: str | None = None, region: str | None = None, year_from: int | None = None,
                year_to: int | None = None, lang: str | None = None) -> list[dict[str, Any]]:
    """Every hit of a term in the corpus, with context and the aligned unit.

    data (AnnotatedCorpus): the corpus.
    term (str): Chinese or English text, or a glossary id (searches both languages).
    width (int): characters of context on each side.
    doc_type, level, region (str | None): catalog filters.
    year_from, year_to (int | None): filter on the year issued (inclusive).
    lang (str | None): only this language.
    RETURNS (list[dict]): rows with doc, unit, lang, left, hit, right, aligned, type, level,
        region, year, in reading order.
    """
    rows = []
    for language, forms in search_forms(term, data).items():
        if lang and language != lang:
            continue
        pattern = _pattern(forms, language)
        if pattern is None:
            continue
        for doc_id, unit in data.units(language):
            meta = data.meta(doc_id)
            if doc_type and meta["type"] != doc_type or level and meta["level"] != level \
                    or region and meta["region"] != region:
                continue
            if year_from and (meta["year"] or 0) < year_from or year_to and (meta["year"] or 9999) > year_to:
                continue
            text = unit.text
            for match in pattern.finditer(text):
                rows.append({"doc": doc_id, "unit": unit.id, "lang": language,
                             "left": text[max(0, match.start() - width):match.start()],
                             "hit": match.group(0), "right": text[match.end():match.end() + width],
                             "aligned": data.aligned_text(doc_id, unit.id, language),
                             "type": meta["type"], "level": meta["level"], "region": meta["region"],
                             "year": meta["year"]})
    return rows


def concordance_index(data: AnnotatedCorpus) -> dict[str, Any]:
    """The prebuilt index the site's concordance page searches in the browser: every unit's text
    in both languages with the document's filters."""
    documents = {}
    units = []
    for doc_id in sorted(set(data.documents("zh")) | set(data.documents("en"))):
        meta = data.meta(doc_id)
        documents[doc_id] = {k: meta[k] for k in ("type", "level", "region", "year", "title_zh", "title_en")}
        zh = data.documents("zh").get(doc_id)
        en = data.corpus.english(doc_id)
        english = en.unit_map() if en else {}
        chinese = zh.unit_map() if zh else {}
        order = [u.id for u in (zh or en).leaves()]
        for unit_id in order:
            units.append([doc_id, unit_id,
                          chinese[unit_id].content if unit_id in chinese else "",
                          english[unit_id].content if unit_id in english else ""])
    return {"fields": ["doc", "unit", "zh", "en"], "documents": documents, "units": units}


@analysis("concordance-index", "Concordance index", "The units' texts and metadata the concordance page searches "
          "in the browser.", order=110, digests="none")
def run_concordance_index(data: AnnotatedCorpus, folder: Path) -> list[str]:
    """The concordance page's index: concordance-index.json (compact JSON)."""
    write_atomic(folder / "concordance-index.json", dumps(concordance_index(data), indent=None))
    return ["concordance-index.json"]
