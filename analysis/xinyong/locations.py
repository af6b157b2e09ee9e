"""Where the corpus, the sources and the build output live."""
from __future__ import annotations

import os
from pathlib import Path

from .errors import XinyongError

PACKAGE_DIR = Path(__file__).resolve().parent


def repo_root() -> Path:
    """The project root: $XINYONG_ROOT, else the nearest folder above the working directory or
    this package that holds corpus/catalog.

    RETURNS (Path): the folder containing corpus/, site/ and build/.
    """
    env = os.environ.get("XINYONG_ROOT")
    if env:
        return Path(env).resolve()
    for start in (Path.cwd(), PACKAGE_DIR):
        for folder in (start, *start.parents):
            if (folder / "corpus" / "catalog").is_dir():
                return folder
    return PACKAGE_DIR.parent.parent


def corpus_dir() -> Path:
    return repo_root() / "corpus"


def build_dir() -> Path:
    return Path(os.environ.get("XINYONG_BUILD", repo_root() / "build")).resolve()


def sources_dir(option: str | Path | None = None, must_exist: bool = False) -> Path | None:
    """Resolve the sources directory: the option, else $XINYONG_SOURCES, else ../shared/sources
    when it exists, else corpus/sources/ (git-ignored).

    option (str | Path | None): the --sources value.
    must_exist (bool): raise E020 when an explicitly chosen directory is missing.
    RETURNS (Path | None): the directory, or None when the default one does not exist.
    """
    explicit = option or os.environ.get("XINYONG_SOURCES")
    if explicit:
        path = Path(explicit).resolve()
        if not path.is_dir():
            if must_exist:
                raise XinyongError("E020", path=path)
            return None
        return path
    shared = (repo_root().parent / "shared" / "sources").resolve()
    if shared.is_dir():
        return shared
    local = corpus_dir() / "sources"
    return local if local.is_dir() else None
