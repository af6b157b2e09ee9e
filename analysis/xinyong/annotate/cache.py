"""An on-disk cache of what the annotator derives from the data files: the built matchers, the
jieba user-dictionary lines, the catalog's dates and jieba's prefix dictionary with our user words.

Reading the YAML data files and building the matchers from them takes seconds; a new process
(`xinyong annotate FILE`) loads the result instead. Each entry is keyed by the SHA-256 of the
files it was derived from, of the code that derives it and of the Python and library versions,
so any change to an input gives a new key and the entry is rebuilt. Each file carries a checksum
of its payload: a truncated or damaged entry is rebuilt, never unpickled.

The cache lives in $XINYONG_CACHE, else build/cache/. XINYONG_NO_CACHE=1 turns it off.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import Any, Callable, Iterable

from ..locations import build_dir, corpus_dir

MAGIC = b"xinyong-cache 1\n"
KEEP = 3  # entries kept per name: older ones come from data since changed
PACKAGE = Path(__file__).resolve().parent.parent
# The modules whose code decides what is derived: a change to any of them changes every key.
DERIVING_CODE = ("annotate/cache.py", "annotate/resources.py", "annotate/patterns.py",
                 "annotate/pipeline.py", "annotate/local_agencies.py", "annotate/en_local_agencies.py", "catalog.py",
                 "datafiles.py", "annotate/local_levels.py")


def cache_folder() -> Path:
    """$XINYONG_CACHE, else build/cache/."""
    return Path(os.environ.get("XINYONG_CACHE") or build_dir() / "cache")


def enabled() -> bool:
    return os.environ.get("XINYONG_NO_CACHE", "") in ("", "0")


def fingerprint(files: Iterable[Path], *extra: str) -> str:
    """SHA-256 over the given files (name and bytes; a missing file counts as missing), the
    deriving code, the Python version and any extra strings (library versions, options)."""
    digest = hashlib.sha256(MAGIC + sys.version.encode())
    for name in DERIVING_CODE:
        digest.update(name.encode() + b"\0" + (PACKAGE / name).read_bytes())
    for path in sorted(set(files)):
        digest.update(str(path).encode() + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"\0missing")
    for value in extra:
        digest.update(b"\0" + value.encode())
    return digest.hexdigest()


def corpus_files(corpus: Path, names: Iterable[str], globs: Iterable[str] = ()) -> list[Path]:
    """Data files of a corpus folder (named, and matched by globs), with the JSON schemas that
    loading them checks against."""
    files = [corpus / name for name in names]
    for pattern in (*globs, "schema/*.json"):
        files.extend(corpus.glob(pattern))
    files.extend((corpus_dir() / "schema").glob("*.json"))  # schemas are read from the project
    return files


def load_or_build(name: str, key: str, build: Callable[[], Any],
                  dumps: Callable[[Any], bytes] = pickle.dumps,
                  loads: Callable[[bytes], Any] = pickle.loads) -> Any:
    """The cached value for `key`, or `build()` stored under it.

    name (str): what is cached (part of the file name).
    key (str): the fingerprint of the inputs (see `fingerprint`).
    build (Callable): computes the value from the data files.
    dumps, loads: how the value is serialized (pickle by default).
    RETURNS: the value. A missing, damaged or unreadable entry is rebuilt and rewritten; a cache
        folder that cannot be written is skipped (the value is still returned).
    """
    if not enabled():
        return build()
    path = cache_folder() / f"{name}-{key[:32]}.bin"
    value = _read(path, key, loads)
    if value is not None:
        return value[0]
    value = build()
    try:
        _write(path, key, dumps(value))
    except OSError:
        pass  # a read-only checkout still works, only slower
    return value


def _checksum(key: str, payload: bytes) -> bytes:
    return hashlib.sha256(key.encode() + b"\0" + payload).digest()


def _read(path: Path, key: str, loads: Callable[[bytes], Any]) -> tuple[Any] | None:
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    start = len(MAGIC) + 32
    if raw[:len(MAGIC)] != MAGIC or raw[len(MAGIC):start] != _checksum(key, raw[start:]):
        return None
    try:
        return (loads(raw[start:]),)
    except Exception:  # noqa: BLE001  (a checksum-valid entry from an incompatible library version)
        return None


def _write(path: Path, key: str, payload: bytes) -> None:
    from ..outputs import write_atomic

    write_atomic(path, MAGIC + _checksum(key, payload) + payload)
    stale = sorted((p for p in path.parent.glob(f"{path.name.rsplit('-', 1)[0]}-*.bin") if p != path),
                   key=lambda p: p.stat().st_mtime, reverse=True)
    for old in stale[KEEP - 1:]:
        old.unlink(missing_ok=True)


def store(name: str, key: str, value: Any) -> None:
    """Replace the entry for `key` (pickled), as load_or_build would write it; skipped when the
    cache is off or its folder cannot be written."""
    if enabled():
        try:
            _write(cache_folder() / f"{name}-{key[:32]}.bin", key, pickle.dumps(value))
        except OSError:
            pass
