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
            # A folder the user named but that is not there is a typo, never "no originals": a
            # build without them would pass silently (must_exist is kept for older callers).
            raise XinyongError("E020", path=path, place="--sources" if option else "$XINYONG_SOURCES")
        return path
    shared = (repo_root().parent / "shared" / "sources").resolve()
    if shared.is_dir():
        return shared
    local = corpus_dir() / "sources"
    return local if local.is_dir() else None


FETCH_COMMAND = "xinyong fetch   (downloads every catalogued original into corpus/sources/)"


def searched_for_sources(option: str | Path | None = None) -> list[str]:
    """The folders `sources_dir` looks at, in order, each with what chose it (for messages).

    option (str | Path | None): the --sources value.
    RETURNS (list[str]): lines such as "--sources: /path" or "../shared/sources: /path (missing)".
    """
    def described(label: str, path: Path) -> str:
        return f"{label}: {path}" + ("" if path.is_dir() else " (missing)")

    if option:
        return [described("--sources", Path(option).resolve())]
    if os.environ.get("XINYONG_SOURCES"):
        return [described("$XINYONG_SOURCES", Path(os.environ["XINYONG_SOURCES"]).resolve())]
    return [described("../shared/sources", (repo_root().parent / "shared" / "sources").resolve()),
            described("corpus/sources", corpus_dir() / "sources")]


def sources_guidance(option: str | Path | None = None) -> str | None:
    """A few lines for the start of a build when no Chinese original is found: where we looked
    and the one command that gets them; None when the sources directory holds texts.

    option (str | Path | None): the --sources value.
    RETURNS (str | None): the message.
    """
    folder = sources_dir(option)
    if folder is not None and any((folder / "zh").glob("*.md")):
        return None
    lines = ["No Chinese originals found; the build goes on from the catalog, translations and digests.",
             "Searched for originals (in <folder>/zh/):"]
    lines += [f"  {line}" for line in searched_for_sources(option)]
    lines.append(f"Get them with: {FETCH_COMMAND}")
    return "\n".join(lines)
