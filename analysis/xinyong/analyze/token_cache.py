"""Chinese word tokens of the analysed texts, kept on disk between builds.

The analyses segment every Chinese unit (and, for the collocations, the stretches between
glossary terms) with jieba: installing jieba's dictionary with our user words and segmenting
take about a second of a build in which nothing changed. Tokens depend only on the text, our user
words, jieba's dictionary and the segmenting code, so the key of the stored table is the hash of
those (not of the texts: a text is looked up by its content, and one not in the table is
segmented). After the analyses, the table is stored again holding only the texts they asked for,
so it does not grow with old texts. Storage is annotate/cache.py's: build/cache/ or
$XINYONG_CACHE, checksummed (a damaged table is ignored), XINYONG_NO_CACHE=1 turns it off.
"""
from __future__ import annotations

import hashlib
import importlib.util
import sys
from importlib import metadata
from pathlib import Path
from typing import Callable

NAME = "tokens-zh"
PACKAGE = Path(__file__).resolve().parent.parent
CODE = ("analyze/data.py", "analyze/token_cache.py", "annotate/segmenter.py")


class TokenTable:
    """Text -> tokens, loaded from the cache on first use."""

    def __init__(self) -> None:
        self.key: str | None = None
        self.known: dict[str, list[str]] = {}
        self.used: dict[str, list[str]] = {}

    def tokens(self, text: str, segment: Callable[[str], list[str]]) -> list[str]:
        """The stored tokens of `text`, or segment(text)."""
        if self.key is None:
            self._load()
        found = self.used.get(text)
        if found is None:
            found = self.known.get(text)
            if found is None:
                found = segment(text)
            self.used[text] = found
        return found

    def save(self) -> None:
        """Store the texts asked for since loading, unless that is what was loaded; the next
        use loads again."""
        if self.key is not None and self.used.keys() != self.known.keys():
            from ..annotate import cache

            cache.store(NAME, self.key, self.used)
        self.key = None  # the next use reads the key again (the user words may have changed)

    def _load(self) -> None:
        from ..annotate import cache

        self.key = table_key()
        self.known = cache.load_or_build(NAME, self.key, dict)
        self.used = {}


def table_key() -> str:
    """SHA-256 of our user words, jieba's version and dictionary, and the segmenting code."""
    from ..annotate.resources import userdict_lines
    from ..locations import corpus_dir

    digest = hashlib.sha256(sys.version.encode())
    digest.update("\n".join(userdict_lines(corpus_dir())).encode())
    for package in ("jieba", "jieba-next"):
        try:
            digest.update(f"\0{package} {metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"\0{package} missing".encode())
    spec = importlib.util.find_spec("jieba")
    if spec is not None and spec.origin:
        dictionary = Path(spec.origin).parent / "dict.txt"
        stat = dictionary.stat() if dictionary.exists() else None
        digest.update(f"\0{dictionary} {stat.st_size if stat else 0} {stat.st_mtime_ns if stat else 0}".encode())
    for name in CODE:
        digest.update(name.encode() + b"\0" + (PACKAGE / name).read_bytes())
    return digest.hexdigest()


ZH_TABLE = TokenTable()
