"""`xinyong verify`: check source texts and translations against the hashes recorded for them."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from .corpus import load_corpus, translation_path
from .sources import sha256_file, source_path


def verify(sources: str | Path | None = None) -> list[dict[str, Any]]:
    """One row per catalogued text and per translation.

    RETURNS (list[dict]): kind (source or translation), doc, status (ok, changed, missing, stale,
        no text held), recorded and actual hashes.
    """
    corpus = load_corpus(sources, strict=False)
    rows = []
    for entry in corpus.catalog:
        if not entry.get("text"):
            continue
        path = source_path(entry, corpus.sources)
        recorded = entry["text"]["sha256"]
        if path is None:
            rows.append({"kind": "source", "doc": entry["id"], "status": "missing", "recorded": recorded,
                         "actual": None})
            continue
        actual = sha256_file(path)
        rows.append({"kind": "source", "doc": entry["id"], "status": "ok" if actual == recorded else "changed",
                     "recorded": recorded, "actual": actual})
    for doc_id, translation in corpus.translations.items():
        made_from = translation.meta.get("source_sha256")
        actual = corpus.source_hashes.get(doc_id)
        status = "no text held" if actual is None else "ok" if made_from == actual else "stale"
        rows.append({"kind": "translation", "doc": doc_id, "status": status, "recorded": made_from, "actual": actual,
                     "file": str(translation_path(doc_id))})
    return rows
