"""Charts and costly results computed once per input, kept on disk between builds.

Drawing with matplotlib took most of the analyses' time (the timeline's small multiples alone
about a second), and finding reused articles needs datasketch, whose import (SciPy) and MinHash
signatures take about a second more; a build with nothing changed draws the same charts and
finds the same pairs from the same inputs. So a decorated function's result is stored under the
SHA-256 of its name and arguments, the code that computes it (its module, and charts.py for
charts), the Python version, the versions of the libraries it uses and, for charts, the font
matplotlib measures text with: a change to any of them computes it again. The entries live with
the annotator's (annotate/cache.py: build/cache/ or $XINYONG_CACHE, checksummed, a damaged entry
is computed again, XINYONG_NO_CACHE=1 turns caching off).
"""
from __future__ import annotations

import functools
import hashlib
import pickle
import re
import sys
from importlib import metadata
from pathlib import Path
from typing import Any, Callable

CHARTS = Path(__file__).resolve().with_name("charts.py")


def cached_svg(draw: Callable[..., str]) -> Callable[..., str]:
    """Decorate a function that returns a chart's SVG: the same arguments give the stored SVG."""
    return _cached(draw, ("matplotlib",), charts=True, dumps=lambda text: text.encode("utf-8"),
                   loads=lambda raw: raw.decode("utf-8"))


def cached_result(*packages: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorate a function of plain data (pickled result) that uses the named PyPI packages."""
    return lambda compute: _cached(compute, packages, charts=False, dumps=pickle.dumps, loads=pickle.loads)


def _cached(compute: Callable[..., Any], packages: tuple[str, ...], charts: bool,
            dumps: Callable[[Any], bytes], loads: Callable[[bytes], Any]) -> Callable[..., Any]:
    @functools.wraps(compute)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from ..annotate import cache

        key = call_key(compute, packages, charts, args, kwargs)
        label = f"{compute.__name__} {_title(args, kwargs) if charts else ''}"
        name = ("chart-" if charts else "result-") + re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")[:60]
        return cache.load_or_build(name, key, lambda: compute(*args, **kwargs), dumps=dumps, loads=loads)

    return wrapper


def call_key(compute: Callable[..., Any], packages: tuple[str, ...], charts: bool, args: tuple,
             kwargs: dict[str, Any]) -> str:
    """SHA-256 of everything the result is computed from (see the module's docstring)."""
    digest = hashlib.sha256(f"{compute.__module__}.{compute.__qualname__}\0{sys.version}".encode())
    for package in packages:
        try:
            version = metadata.version(package)
        except metadata.PackageNotFoundError:
            version = "missing"
        digest.update(f"\0{package} {version}".encode())
    module = Path(sys.modules[compute.__module__].__file__ or CHARTS).resolve()
    for path in sorted({module, CHARTS} if charts else {module}):
        digest.update(path.read_bytes())
    if charts:
        digest.update(_font().encode())
    digest.update(repr([_plain(value) for value in args]).encode())
    digest.update(repr(sorted((name, _plain(value)) for name, value in kwargs.items())).encode())
    return digest.hexdigest()


def _plain(value: Any) -> Any:
    """A value as data whose repr says everything a drawing reads from it (a networkx graph as
    its nodes and edges with their attributes, in their order)."""
    if hasattr(value, "nodes") and hasattr(value, "edges") and hasattr(value, "graph"):
        return ("graph", type(value).__name__, value.graph, list(value.nodes(data=True)), list(value.edges(data=True)))
    return value


def _title(args: tuple, kwargs: dict[str, Any]) -> str:
    return str(kwargs.get("title") or next((a for a in args if isinstance(a, str)), ""))


@functools.lru_cache(maxsize=1)
def _font() -> str:
    """The font file matplotlib measures text with (text sizes decide the layout)."""
    from matplotlib import font_manager

    from .charts import STYLE

    path = Path(font_manager.findfont(font_manager.FontProperties(family=STYLE["font.family"])))
    stat = path.stat()
    return f"{path} {stat.st_size} {stat.st_mtime_ns}"
