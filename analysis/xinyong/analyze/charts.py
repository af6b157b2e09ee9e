"""Static SVG charts with matplotlib, made byte-stable (no dates, fixed ids, text kept as text)."""
from __future__ import annotations

import io
import warnings
from typing import Sequence

import matplotlib

matplotlib.use("Agg")


class _Pyplot:
    """matplotlib.pyplot, imported when first used: a build whose charts all come from the chart
    cache (analysis_cache.py) does without it (about half a second)."""

    def __getattr__(self, name: str):
        import matplotlib.pyplot as pyplot

        return getattr(pyplot, name)


plt = _Pyplot()

from .analysis_cache import cached_svg  # noqa: E402

STYLE = {
    "svg.hashsalt": "xinyong",  # stable element ids
    "svg.fonttype": "none",  # keep text as text: the browser renders Chinese with its own fonts
    "font.family": ["sans-serif"],
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
}
# Okabe and Ito's palette, told apart with the common colour-vision deficiencies; charts with more
# categories than colours use small multiples instead of reusing a colour.
PALETTE = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000"]


def svg(figure, title: str) -> str:
    """Serialize a figure as SVG with an accessible <title>, then close it."""
    buffer = io.StringIO()
    with warnings.catch_warnings():
        # Text stays text in the SVG (svg.fonttype none): the reader's browser draws the Chinese
        # glyphs, so matplotlib's own font lacking them does not matter.
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None, "Title": title},
                       bbox_inches="tight")
    plt.close(figure)
    text = buffer.getvalue()
    return text


@cached_svg
def heatmap(rows: Sequence[str], columns: Sequence[str], values: Sequence[Sequence[float]], title: str,
            row_title: str = "", column_title: str = "", unit: str = "") -> str:
    """A table of counts as shaded cells with the counts printed; the axis titles and the colour
    bar's unit say what is counted."""
    with plt.rc_context(STYLE):
        figure, axes = plt.subplots(figsize=(max(6, 0.45 * len(columns) + 3), max(3, 0.28 * len(rows) + 1.5)))
        image = axes.imshow(values, cmap="Blues", aspect="auto")
        axes.set_xticks(range(len(columns)), labels=columns, rotation=60, ha="right")
        axes.set_yticks(range(len(rows)), labels=rows)
        for i, row in enumerate(values):
            for j, value in enumerate(row):
                if value:
                    axes.text(j, i, str(value), ha="center", va="center", fontsize=7,
                              color="white" if value > max(map(max, values)) / 2 else "black")
        axes.set_title(title)
        axes.set_ylabel(row_title)
        axes.set_xlabel(column_title)
        figure.colorbar(image, ax=axes, shrink=0.6, label=unit)
        return svg(figure, title)


@cached_svg
def grouped_bars(categories: Sequence[str], series: dict[str, Sequence[float]], title: str, ylabel: str,
                 horizontal: bool = True, category_title: str = "") -> str:
    with plt.rc_context(STYLE):
        figure, axes = plt.subplots(figsize=(8, max(3, 0.35 * len(categories) + 1)))
        count = len(series)
        height = 0.8 / max(count, 1)
        for index, (name, values) in enumerate(series.items()):
            positions = [i + index * height - 0.4 + height / 2 for i in range(len(categories))]
            if horizontal:
                axes.barh(positions, values, height=height, label=name, color=PALETTE[index % len(PALETTE)])
            else:
                axes.bar(positions, values, width=height, label=name, color=PALETTE[index % len(PALETTE)])
        if horizontal:
            axes.set_yticks(range(len(categories)), labels=categories)
            axes.invert_yaxis()
            axes.set_xlabel(ylabel)
            axes.set_ylabel(category_title)
        else:
            axes.set_xticks(range(len(categories)), labels=categories, rotation=60, ha="right")
            axes.set_ylabel(ylabel)
            axes.set_xlabel(category_title)
        axes.legend(frameon=False)
        axes.set_title(title)
        return svg(figure, title)


@cached_svg
def stacked_columns(categories: Sequence[str], series: dict[str, Sequence[float]], title: str, ylabel: str,
                    xlabel: str = "year") -> str:
    """Stacked columns with one colour per series (at most as many series as PALETTE has colours).

    categories (Sequence[str]): the x values.
    series (dict): series name -> one value per category.
    title, ylabel, xlabel (str): the chart title and the axis titles (with units).
    RETURNS (str): the SVG.
    """
    if len(series) > len(PALETTE):
        raise ValueError(f"{len(series)} series but {len(PALETTE)} distinguishable colours: use small_multiples")
    with plt.rc_context(STYLE):
        figure, axes = plt.subplots(figsize=(max(6, 0.35 * len(categories) + 2), 4))
        bottom = [0.0] * len(categories)
        for index, (name, values) in enumerate(series.items()):
            axes.bar(categories, values, bottom=bottom, label=name, color=PALETTE[index % len(PALETTE)],
                     edgecolor="white", linewidth=0.5)
            bottom = [b + v for b, v in zip(bottom, values)]
        axes.set_ylabel(ylabel)
        axes.set_xlabel(xlabel)
        axes.tick_params(axis="x", rotation=60)
        axes.legend(frameon=False, fontsize=9, title="level", loc="upper left")
        axes.set_title(title)
        return svg(figure, title)


@cached_svg
def small_multiples(categories: Sequence[str], series: dict[str, Sequence[float]], title: str, ylabel: str,
                    xlabel: str = "year", columns: int = 4) -> str:
    """One small column chart per series, on shared axes, so that no colour has to tell series apart.

    categories (Sequence[str]): the x values (shared by every panel).
    series (dict): series name -> one value per category; each becomes a titled panel.
    title, ylabel, xlabel (str): the chart title and the axis titles (with units).
    columns (int): panels per row.
    RETURNS (str): the SVG.
    """
    rows = max(1, -(-len(series) // columns))
    with plt.rc_context(STYLE):
        figure, grid = plt.subplots(rows, columns, figsize=(2.6 * columns, 1.9 * rows + 0.8), sharex=True,
                                    sharey=True, squeeze=False)
        years = all(c.isdigit() for c in categories)
        ticks = [i for i, c in enumerate(categories) if int(c) % 5 == 0] if years else None
        for panel, (name, values) in zip(grid.flat, series.items()):
            panel.bar(range(len(categories)), values, color=PALETTE[0])
            panel.set_title(f"{name} ({sum(values):g})", fontsize=10)
        for panel in list(grid.flat)[len(series):]:
            panel.set_visible(False)
        for panel in grid.flat:
            if ticks is not None:
                panel.set_xticks(ticks, labels=[categories[i] for i in ticks])
            panel.tick_params(labelbottom=True, labelsize=8)
        for panel in grid[:, 0]:
            panel.set_ylabel(ylabel)
        for panel in grid[-1, :]:
            panel.set_xlabel(xlabel)
        figure.suptitle(title)
        figure.tight_layout()
        return svg(figure, title)
