"""What the analyses read: the parsed corpus, its annotations and tokens, with document metadata."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Iterator

from ..annotate.run import read_annotations
from ..corpus import Corpus
from ..catalog import document_date
from ..structure import ParsedDocument, Unit

LOCAL_LEVELS = ("provincial", "municipal")

# How much of the digests an analysis reads (the `digests` of its @analysis declaration, analyze/registry.py).
# Digests are our paraphrases, and parts of them rest on press reports, so analyses of language leave
# them out ("none"); the measures matrix keeps only paragraphs that rest on the document's text
# ("text"); analyses of metadata keep them ("all").
DIGEST_SCOPES = ("all", "text", "none")
DIGEST_SCOPE_WORDS = {"none": "digests left out (our paraphrases, not the documents' wording)",
                      "text": "digests counted only where a paragraph rests on the document's text; "
                              "report-based paragraphs and overviews left out",
                      "all": "digests included"}


def digest_scope(analysis: str) -> str:
    """The digest scope an analysis runs with: its `digests` in the registry (default all)."""
    from . import ANALYSES  # the registry imports this module

    return ANALYSES[analysis].digests if analysis in ANALYSES else "all"
EN_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]|\d+(?:[.,]\d+)*")
ZH_WORD = re.compile(r"[\u3400-\u9fffA-Za-z0-9]")


@dataclass
class AnnotatedCorpus:
    """The corpus with its standoff annotations.

    corpus (Corpus): the loaded corpus.
    out (Path): the build folder holding annotations/.
    digests (str): which digest units the analyses see: all (the evidence finder, pages), text
        (only units resting on the document's text) or none.
    """

    corpus: Corpus
    out: Path
    digests: str = "all"
    _annotations: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    _tokens: dict[tuple[str, str, str], list[str]] = field(default_factory=dict)

    def meta(self, doc_id: str) -> dict[str, Any]:
        """Filterable metadata of a document: type, level, region, year, title."""
        entry = self.corpus.catalog[doc_id]
        date = document_date(entry)
        return {"doc": doc_id, "type": entry["type"], "level": entry["level"], "region": entry.get("region"),
                "year": int(date[:4]) if date else None, "title_zh": entry["title_zh"],
                "title_en": entry["title_en"]}

    def scoped(self, digests: str) -> "AnnotatedCorpus":
        """The same corpus seen with another digest scope (all, text or none), sharing the caches."""
        if digests not in DIGEST_SCOPES:
            raise ValueError(f"digest scope must be one of {DIGEST_SCOPES}, not {digests!r}")
        return AnnotatedCorpus(self.corpus, self.out, digests, self._annotations, self._tokens)

    def documents(self, lang: str) -> dict[str, ParsedDocument]:
        if lang == "zh" or self.digests == "all":
            return self.corpus.documents(lang)
        return self._english_in_scope

    @cached_property
    def _english_in_scope(self) -> dict[str, ParsedDocument]:
        documents = dict(self.corpus.translations)
        if self.digests == "text":
            for doc_id, digest in self.corpus.digests.items():
                if doc_id not in documents:
                    documents[doc_id] = replace(digest, units=[u for u in digest.units
                                                               if (u.basis or {}).get("kind") == "text"])
        return dict(sorted(documents.items()))

    def annotations(self, doc_id: str, lang: str) -> list[dict[str, Any]]:
        key = (doc_id, lang)
        if key not in self._annotations:
            self._annotations[key] = read_annotations(self.out, doc_id, lang)
        records = self._annotations[key]
        if lang == "zh" or self.digests == "all" or doc_id in self.corpus.translations:
            return records
        document = self.documents(lang).get(doc_id)
        if document is None:
            return []
        kept = {u.id for u in document.units}
        return [r for r in records if r["unit"] in kept]

    def units(self, lang: str) -> Iterator[tuple[str, Unit]]:
        """(doc id, unit) for every unit with running text."""
        for doc_id, document in self.documents(lang).items():
            for unit in document.leaves():
                yield doc_id, unit

    def aligned_text(self, doc_id: str, unit_id: str, lang: str) -> str | None:
        """The text of the same unit in the other language, when we hold it."""
        other = self.corpus.english(doc_id) if lang == "zh" else self.corpus.originals.get(doc_id)
        if other is None:
            return None
        unit = other.unit_map().get(unit_id)
        return unit.content if unit is not None else None

    def unit_tokens(self, doc_id: str, lang: str, unit: Unit) -> list[str]:
        """Word tokens of a unit's content, segmented once per build."""
        key = (doc_id, lang, unit.id)
        if key not in self._tokens:
            self._tokens[key] = tokens(unit.content, lang)
        return self._tokens[key]

    @cached_property
    def annotations_by_unit(self) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
        grouped: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        for lang in ("zh", "en"):
            for doc_id in self.documents(lang):
                for record in self.annotations(doc_id, lang):
                    grouped[(doc_id, lang, record["unit"])].append(record)
        return grouped


def tokens(text: str, lang: str) -> list[str]:
    """Word tokens: jieba words for Chinese (with our user dictionary), lowercased words for English.
    Punctuation and whitespace are dropped."""
    if lang == "zh":
        from .token_cache import ZH_TABLE

        return ZH_TABLE.tokens(text, _zh_tokens)
    return [t.lower() for t in EN_TOKEN.findall(text)]


def _zh_tokens(text: str) -> list[str]:
    from ..annotate.pipeline import load_userdict
    from ..locations import corpus_dir

    load_userdict(corpus_dir())
    return [w for w in _segmenter().cut(text) if ZH_WORD.search(w)]


@lru_cache(maxsize=1)
def _segmenter() -> Any:
    """jieba's accurate mode, compiled when jieba-next is installed (the same words as jieba.lcut:
    see annotate/segmenter.py and tests/test_segmenter.py)."""
    from ..annotate.segmenter import segmenter

    return segmenter()
