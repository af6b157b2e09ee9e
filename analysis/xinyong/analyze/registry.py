"""The analysis registry: each analysis declares itself in its own module with `@analysis(...)` on
its run function, and the package (analyze/__init__.py) imports its modules and orders the entries.
The CLI's help, the build, digest-scope.csv and the site's analysis pages read these records."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from ..outputs import dumps, to_csv, write_atomic

RunFunction = Callable[..., list[str]]


@dataclass(frozen=True)
class Chart:
    """A chart an analysis draws, as its page shows it.

    file (str): the SVG file (in build/analysis/).
    caption (str): what is counted, in which unit.
    data (tuple[str, ...]): the files behind it, linked after the caption.
    inline (bool): the page draws it itself (the citation network, whose labels are links)
        instead of showing it as a figure.
    """

    file: str
    caption: str = ""
    data: tuple[str, ...] = ()
    inline: bool = False


@dataclass(frozen=True)
class Analysis:
    """One analysis, declared once: the CLI's help, the build and the site's pages read this.

    name (str): its name on the command line (`xinyong analyze NAME`) and in file names.
    title (str): its title on the site.
    description (str): one sentence: what it shows.
    run (Callable): run(data, folder) -> the names of the files written into folder.
    page (str | None): its page on the site (e.g. "analyses/keyness.md"), or None.
    digests (str): how much of the digests it reads: all, text or none (see data.DIGEST_SCOPES).
    options (tuple[click.Option, ...]): CLI options of its own, passed to run as keyword arguments
        (none today: the concordance, which had seven, is the command `xinyong concordance`).
    order (int): its place in the build, the CLI's help and digest-scope.csv (smallest first).
    nav_order (int | None): its place in the site's navigation and analyses index (default: order).
    charts (tuple[Chart, ...]): the charts its page shows, in this order (those present).
    data (tuple[str, ...]): the files its page offers under "Data" (those present); a name with a
        `*` stands for every matching file, sorted.
    reads (str | None): what it reads when that is not the annotated texts (the page says so
        instead of the digest scope).
    """

    name: str
    title: str
    description: str
    run: RunFunction
    page: str | None = None
    digests: str = "all"
    options: tuple[Any, ...] = ()
    order: int = 1000
    nav_order: int | None = None
    charts: tuple[Chart, ...] = ()
    data: tuple[str, ...] = ()
    reads: str | None = None

    @property
    def position(self) -> int:
        """Its place in the site's navigation."""
        return self.order if self.nav_order is None else self.nav_order


# Filled by @analysis as the analyze package imports its modules; read it through xinyong.analyze.ANALYSES,
# which is in `order`.
DECLARED: dict[str, Analysis] = {}


def analysis(name: str, title: str, description: str, order: int, **fields: Any) -> Callable[[RunFunction],
                                                                                               RunFunction]:
    """Declare the decorated run(data, folder) function as the analysis `name` (fields: see Analysis).

    RETURNS (Callable): the decorator; it registers the analysis and returns the function unchanged.
    RAISES (ValueError): when another module already declared the name (a programming error).
    """
    def register(run: RunFunction) -> RunFunction:
        if name in DECLARED and DECLARED[name].run.__qualname__ != run.__qualname__:
            raise ValueError(f"the analysis {name!r} is declared twice")
        DECLARED[name] = Analysis(name, title, description, run, order=order, **fields)
        return run

    return register


def write_results(folder: Path, name: str, rows: list[dict[str, Any]] | None = None, payload: Any = None,
                  chart: str | None = None) -> list[str]:
    """Write an analysis's results: rows as <name>.csv and .json (or payload as <name>.json) and a
    chart as <name>.svg; RETURNS (list[str]): the names of the files written."""
    written = []
    if rows is not None:
        write_atomic(folder / f"{name}.csv", to_csv(rows))
        written.append(f"{name}.csv")
    if payload is not None or rows is not None:
        write_atomic(folder / f"{name}.json", dumps(payload if payload is not None else rows))
        written.append(f"{name}.json")
    if chart is not None:
        write_atomic(folder / f"{name}.svg", chart)
        written.append(f"{name}.svg")
    return written
