"""Find, read, hash and normalize the Chinese originals in the sources directory."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Any

from .datafiles import read_text
from .errors import XinyongError

MAX_SOURCE_BYTES = 20_000_000


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def source_path(entry: dict[str, Any], sources: Path | None) -> Path | None:
    """The file holding a catalog entry's original, or None when we hold no text for it."""
    if not entry.get("text") or sources is None:
        return None
    path = sources / entry["text"]["file"]
    return path if path.is_file() else None


def read_source(path: Path, max_bytes: int = MAX_SOURCE_BYTES) -> str:
    """Read an original as UTF-8, refusing empty, binary, oversized or wrongly encoded files.

    path (Path): the file in the sources directory.
    max_bytes (int): the size limit.
    RETURNS (str): the text, unchanged.
    """
    size = path.stat().st_size
    if size > max_bytes:
        raise XinyongError("E024", path=path, size=size, limit=max_bytes)
    text = read_text(path)
    if not text.strip():
        raise XinyongError("E022", path=path)
    return text


@lru_cache(maxsize=1)
def _converter():
    import opencc

    # hk2s/tw2sp convert phrases, not only characters; t2s is the general fallback.
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional characters normalized to simplified, for analysis only (originals are kept).

    The conversion maps character for character, so offsets stay valid.
    """
    converted = _converter().convert(text)
    return converted if len(converted) == len(text) else text
