"""The evidence finder's index for the site: what the browser needs to rank passages as the CLI does."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Callable

from .evidence_tokens import B, EN_TOKEN, GENERIC_TERMS, K1, STOPWORDS, _stemmer

if TYPE_CHECKING:
    from .evidence import EvidenceIndex


def browser_index(index: EvidenceIndex, page_of: Callable[[str], str]) -> dict[str, Any]:
    """What the site's evidence finder needs to rank passages in the browser as the CLI does, as
    far as it can without spaCy: the text passages and their BM25 postings, the stem of every
    English word of the corpus, the glossary and agency names (for TERM and AGENCY tokens), the
    regions and the thesaurus. Measures and targets in the claim are not recognized there, nor are
    word pairs; catalog records and bibliography entries are left out (the page links documents).

    page_of (Callable): catalog id -> the document page's path on the site.
    """
    data = index.data
    if data is None:
        raise ValueError("the browser index is made from an index built from the corpus, not from the cache")
    kept = [n for n, entry in enumerate(index.entries) if entry[4] in ("text", "digest")]
    renumber = {old: new for new, old in enumerate(kept)}
    passages, postings = [], {}
    for number in kept:
        doc_id, unit_id, lang, text, _ = index.entries[number]
        passages.append([doc_id, unit_id, lang, 0, page_of(doc_id), snippet(text, 200)])
    for token, found in sorted(index.postings.items()):
        if token.startswith("PAIR:"):
            continue
        kept_postings = [[renumber[n], count] for n, count in found if n in renumber]
        if kept_postings:
            postings[token] = kept_postings
            for n, count in kept_postings:
                passages[n][3] += count
    surface = sorted({t.lower() for _, unit in data.units("en") for t in EN_TOKEN.findall(unit.content)
                      if t.lower() not in STOPWORDS and len(t) > 1})
    stems = dict(zip(surface, _stemmer().stemWords(surface)))
    glossary = data.corpus.glossary
    names_en = sorted({(form.lower(), f"TERM:{gid}") for gid, e in glossary.items() if gid not in GENERIC_TERMS
                       for form in [e["en"], *e.get("en_forms", [])]} |
                      {(name.lower(), f"AGENCY:{a['id']}") for a in data.corpus.agencies.values()
                       for name in [a["en"], *a.get("aliases_en", [])]})
    names_zh = sorted({(form, f"TERM:{gid}") for gid, e in glossary.items() if gid not in GENERIC_TERMS
                       for form in [e["zh"], *e.get("zh_forms", [])]} |
                      {(name, f"AGENCY:{a['id']}") for a in data.corpus.agencies.values()
                       for name in [a["zh"], *a.get("aliases_zh", [])]})
    return {"k1": K1, "b": B, "passages": passages, "postings": postings, "stems": stems,
            "stopwords": sorted(STOPWORDS), "names_en": names_en, "names_zh": names_zh,
            "regions": index.regions, "thesaurus": [[p.pattern, t] for p, t in index.thesaurus]}


def snippet(text: str, width: int = 160) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= width else text[: width - 1] + "…"
