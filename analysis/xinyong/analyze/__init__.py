"""Corpus analyses. Each writes data (build/analysis/<name>*.csv and .json) and, where a picture
helps, a static SVG chart; each is reachable as `xinyong analyze NAME` and as a function here.

An analysis is one module of this package whose run function carries `@analysis(...)` (registry.py):
importing the package imports every module, so the registry below holds them all, in their `order`."""
from __future__ import annotations

import importlib
import pkgutil
import time
from pathlib import Path
from typing import Any, Callable

from ..corpus import Corpus
from ..errors import EXIT_USAGE, XinyongError
from .data import DIGEST_SCOPE_WORDS, AnnotatedCorpus, digest_scope
from .registry import DECLARED, Analysis, write_results

__all__ = ["ANALYSES", "Analysis", "digest_scope_rows", "run", "run_all"]

# charts declares no analysis, and importing it loads matplotlib: the analyses import it when they draw.
_NOT_IMPORTED = frozenset({"charts"})


def _declared_analyses() -> dict[str, Analysis]:
    for module in pkgutil.iter_modules(__path__):
        if module.name not in _NOT_IMPORTED:
            importlib.import_module(f"{__name__}.{module.name}")
    return dict(sorted(DECLARED.items(), key=lambda item: (item[1].order, item[0])))


# In the order the build runs them (each analysis's `order`); the CLI's help and digest-scope.csv list them so.
ANALYSES: dict[str, Analysis] = _declared_analyses()


def digest_scope_rows() -> list[dict[str, str]]:
    """What each analysis does with the digests, written beside the results (digest-scope.csv)."""
    return [{"analysis": name, "digests": digest_scope(name), "meaning": DIGEST_SCOPE_WORDS[digest_scope(name)]}
            for name in ANALYSES]


def run(name: str, corpus: Corpus, out: Path, **options: Any) -> dict[str, Any]:
    """Run one analysis into out/analysis/, with the values of its own options (see Analysis).
    RETURNS (dict): files written and seconds taken."""
    if name not in ANALYSES:
        raise XinyongError("E052", name=name, known=", ".join(ANALYSES), exit_code=EXIT_USAGE)
    data = AnnotatedCorpus(corpus, out).scoped(digest_scope(name))
    started = time.perf_counter()
    files = ANALYSES[name].run(data, out / "analysis", **options)
    return {"name": name, "files": files, "seconds": round(time.perf_counter() - started, 3)}


def run_all(corpus: Corpus, out: Path, progress: Callable[[str], None] | None = None) -> dict[str, float]:
    """Run every analysis; RETURNS (dict): seconds per analysis."""
    data = AnnotatedCorpus(corpus, out)
    timings = {}
    for name, analysis in ANALYSES.items():
        started = time.perf_counter()
        analysis.run(data.scoped(digest_scope(name)), out / "analysis")
        timings[name] = round(time.perf_counter() - started, 3)
    write_results(out / "analysis", "digest-scope", digest_scope_rows())
    from .token_cache import ZH_TABLE

    ZH_TABLE.save()  # the Chinese tokens, for the next build's analyses
    if progress:
        progress("analyses: " + ", ".join(f"{k} {v:.1f}s" for k, v in timings.items()))
    return timings
