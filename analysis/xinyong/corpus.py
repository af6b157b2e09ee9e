"""Load the whole corpus: catalog, reference lists, originals, translations and digests."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .catalog import Catalog, load_agencies, load_catalog, load_glossary, load_measures, load_targets
from .digest_basis import attach_basis
from .errors import XinyongError
from .locations import corpus_dir, sources_dir
from .sources import read_source, sha256_file, source_path
from .structure import ParsedDocument, parse_file, parse_text


@dataclass
class Corpus:
    """Everything the pipeline reads.

    catalog (Catalog): the documents' metadata.
    glossary (dict): glossary entries by id.
    sources (Path | None): the sources directory used.
    originals (dict[str, ParsedDocument]): parsed Chinese texts by catalog id.
    translations (dict[str, ParsedDocument]): parsed English translations by catalog id.
    digests (dict[str, ParsedDocument]): parsed English digests by catalog id.
    source_hashes (dict[str, str]): SHA-256 of each original read.
    missing (list[str]): ids whose catalogued text is not in the sources directory.
    problems (list[XinyongError]): files that could not be read (kept out of the corpus).
    measures (dict): measure types (corpus/measures.yaml) by id, in taxonomy order.
    targets (dict): target classes (corpus/targets.yaml) by id, in file order.
    """

    catalog: Catalog
    glossary: dict[str, dict[str, Any]]
    sources: Path | None
    originals: dict[str, ParsedDocument] = field(default_factory=dict)
    translations: dict[str, ParsedDocument] = field(default_factory=dict)
    digests: dict[str, ParsedDocument] = field(default_factory=dict)
    source_hashes: dict[str, str] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    problems: list[XinyongError] = field(default_factory=list)
    measures: dict[str, dict[str, Any]] = field(default_factory=dict)
    targets: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def agencies(self) -> dict[str, dict[str, Any]]:
        return self.catalog.agencies

    def documents(self, lang: str) -> dict[str, ParsedDocument]:
        """Parsed texts of one language: Chinese originals, or English translations and digests."""
        if lang == "zh":
            return self.originals
        merged = dict(self.digests)
        merged.update(self.translations)
        return dict(sorted(merged.items()))

    def english(self, doc_id: str) -> ParsedDocument | None:
        return self.translations.get(doc_id) or self.digests.get(doc_id)


def translation_path(doc_id: str) -> Path:
    return corpus_dir() / "translations" / f"{doc_id}.en.md"


def digest_path(doc_id: str) -> Path:
    return corpus_dir() / "digests" / f"{doc_id}.md"


def load_corpus(sources: str | Path | None = None, strict: bool = True) -> Corpus:
    """Load and parse everything.

    sources (str | Path | None): the sources directory (see locations.sources_dir).
    strict (bool): raise on catalog problems; when False, unreadable files are skipped and listed.
    RETURNS (Corpus): the corpus.
    """
    agencies = load_agencies()
    catalog = load_catalog(agencies=agencies, strict=strict)
    glossary = load_glossary()
    source_root = sources_dir(sources, must_exist=bool(sources))
    corpus = Corpus(catalog, glossary, source_root, measures=load_measures(), targets=load_targets())
    for entry in catalog:
        doc_id = entry["id"]
        path = source_path(entry, source_root)
        if entry.get("text") and path is None:
            corpus.missing.append(doc_id)
        if path is not None:
            try:
                text = read_source(path)
                corpus.originals[doc_id] = parse_text(text, doc_id, "zh", str(path))
                corpus.source_hashes[doc_id] = sha256_file(path)
            except XinyongError as exc:
                if strict:
                    raise
                corpus.problems.append(exc)
        for kind, target, lang_path in (("translation", corpus.translations, translation_path(doc_id)),
                                        ("digest", corpus.digests, digest_path(doc_id))):
            if lang_path.is_file():
                try:
                    target[doc_id] = parse_file(lang_path, "en", doc_id)
                    if kind == "digest":
                        attach_basis(target[doc_id])
                except XinyongError as exc:
                    if strict:
                        raise
                    corpus.problems.append(exc)
    return corpus
