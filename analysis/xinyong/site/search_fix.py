"""A correction to the theme's search for Chinese queries.

Material's search worker cuts a Chinese query into the words of its index, but its loop stops one
character short, so a query that is itself a whole indexed word (信用修复) is never looked up
whole: it becomes 信用* 修* 复, and a title holding 修 (修正, "amendment") outranks the document
about credit repair. The built worker is patched in place so the loop reaches the end of the query.
"""
from __future__ import annotations

from pathlib import Path

from ..outputs import write_atomic

# The segmenter's inner loop in the minified worker (Material 9.x) and the same loop run to the end.
SHORT_LOOP = "for(let o=s+1;o<t.length;o++)t.slice(s,o)in e"
FULL_LOOP = "for(let o=s+1;o<=t.length;o++)t.slice(s,o)in e"


def patch_search_worker(site: Path) -> bool:
    """Patch the built search worker(s) under `site`.

    site (Path): the built site folder.
    RETURNS (bool): True when a worker was patched (or already was); False when the theme's worker
        no longer has the loop we know, in which case it is left as it is.
    """
    patched = False
    for worker in sorted((site / "assets" / "javascripts" / "workers").glob("search.*.min.js")):
        text = worker.read_text(encoding="utf-8")
        if SHORT_LOOP in text:
            write_atomic(worker, text.replace(SHORT_LOOP, FULL_LOOP, 1))
            patched = True
        elif FULL_LOOP in text:
            patched = True
    return patched
