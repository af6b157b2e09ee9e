"""The SiteBuilder: what the page modules share (the corpus, links to document pages, permalinks)
and the build of every registered page type."""
from __future__ import annotations

import json
from pathlib import Path

from ... import citation
from ...analyze.data import AnnotatedCorpus
from .base import REGISTRY, Page, href


class SiteBuilder:
    """Generates every page.

    data (AnnotatedCorpus): the corpus with its annotations.
    out (Path): the build folder (analysis, evaluation and data outputs are read from it).
    site_url (str | None): the published address for citations (default: see citation.site_url).
    """

    def __init__(self, data: AnnotatedCorpus, out: Path, site_url: str | None = None) -> None:
        self.data = data
        self.corpus = data.corpus
        self.out = out
        self.site_url = citation.site_url(site_url)
        self.measures = self.corpus.measures  # loaded once, with the corpus
        self.targets = self.corpus.targets
        self.pages: list[Page] = []

    def doc_page(self, doc_id: str) -> str:
        return f"docs/{doc_id}.md"

    def doc_hrefs(self, from_page: str) -> dict[str, str]:
        return {doc_id: href(from_page, self.doc_page(doc_id)) for doc_id in self.corpus.catalog.entries}

    def permalink(self, doc_id: str, unit_id: str | None = None) -> str:
        return citation.permalink(self.site_url, doc_id, unit_id)

    def evidence_evaluation(self) -> dict:
        """The evidence finder's evaluation (build/evaluation/evidence.json), or {} when not run."""
        path = self.out / "evaluation" / "evidence.json"
        return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}

    def build(self) -> list[Page]:
        """Every page of every registered page type."""
        self.pages = [page for name in REGISTRY for page in self.build_type(name)]
        return self.pages

    def build_type(self, name: str) -> list[Page]:
        """The pages of one registered page type (e.g. "glossary", "analyses", "document")."""
        return REGISTRY[name].build(self)

    def page(self, path: str) -> Page:
        """One page by its path (e.g. "glossary.md", "analyses/keyness.md", "docs/ID.md")."""
        if path.startswith("docs/"):
            from .document import document

            return document(self, path[len("docs/"):-len(".md")])
        for page_type in REGISTRY.values():
            if page_type.path == path:
                return next(page for page in page_type.build(self) if page.path == path)
        raise KeyError(path)
