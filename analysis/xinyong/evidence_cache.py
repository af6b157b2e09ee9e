"""The evidence index's cache on disk (build/cache/evidence/): keyed by a hash of every file the
index is built from, written atomically with a checksum, and rebuilt rather than trusted when damaged."""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import Any

INDEX_FORMAT = "evidence-index-4"  # change when the cached structure or the tokenization changes
CACHE_MAGIC = b"XINYONG-EVIDENCE\n"


def index_inputs(sources: Path | None, out: Path) -> list[Path]:
    """Every file the index is built from: the Chinese originals, the corpus data (translations,
    digests, catalog, glossary, agencies, measures, targets, patterns, bibliography), the build's
    annotations and our code (parsing and tokenizing rules live there)."""
    from .locations import corpus_dir

    corpus = corpus_dir()
    package = Path(__file__).resolve().parent
    files: list[Path] = []
    if sources is not None:
        files += sorted((sources / "zh").glob("*"))
    for folder in ("translations", "digests", "catalog", "patterns"):
        files += sorted((corpus / folder).rglob("*"))
    files += [corpus / name for name in ("glossary.yaml", "agencies.yaml", "measures.yaml", "targets.yaml",
                                          "claims/bibliography.yaml")]
    files += sorted((out / "annotations").glob("*.jsonl"))
    files += sorted(package.rglob("*.py"))
    return [f for f in files if f.is_file()]


def inputs_key(sources: Path | None, out: Path) -> str:
    """The cache key: a hash of the names and contents of every input file, the index format and
    the Python version (the cache is a pickle)."""
    from .locations import corpus_dir

    # names relative to their folder, so that the same inputs in another checkout or build folder
    # give the same key (builds are byte-identical wherever they run)
    bases = [(label, base.resolve()) for label, base in (("sources", sources), ("corpus", corpus_dir()),
                                                         ("build", out), ("code", Path(__file__).parent))
             if base is not None]
    digest = hashlib.sha256(f"{INDEX_FORMAT}\0{sys.version_info[:2]}\0".encode())
    for path in index_inputs(sources, out):
        resolved = path.resolve()
        name = next((f"{label}:{resolved.relative_to(base).as_posix()}" for label, base in bases
                     if resolved.is_relative_to(base)), resolved.name)
        digest.update(name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def cache_dir(out: Path) -> Path:
    return out / "cache" / "evidence"


def read_cached_state(path: Path) -> dict[str, Any] | None:
    """The state stored at path, or None when the file is missing, truncated or corrupt (its
    checksum, written with it, does not match): such a cache is rebuilt, never trusted."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    header = len(CACHE_MAGIC) + 32
    if len(raw) <= header or not raw.startswith(CACHE_MAGIC):
        return None
    checksum, payload = raw[len(CACHE_MAGIC):header], raw[header:]
    if hashlib.sha256(payload).digest() != checksum:
        return None
    try:
        state = pickle.loads(payload)  # our own file, checked above; never a downloaded one
    except Exception:  # noqa: BLE001 - any unpickling failure means a cache to rebuild
        return None
    return state if isinstance(state, dict) and state.get("format") == INDEX_FORMAT else None


def write_cached_state(path: Path, state: dict[str, Any]) -> None:
    """Write atomically (temporary file, then rename) and remove caches of other inputs."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)
    temporary = path.with_suffix(f".tmp{os.getpid()}")
    temporary.write_bytes(CACHE_MAGIC + hashlib.sha256(payload).digest() + payload)
    os.replace(temporary, path)
    for old in path.parent.glob("*.pickle"):
        if old != path:
            old.unlink(missing_ok=True)
