"""Static SVG charts with matplotlib, made byte-stable (no dates, fixed ids, text kept as text)."""
from __future__ import annotations

import io
import warnings
from typing import Sequence

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

STYLE = {
    "svg.hashsalt": "xinyong",  # stable element ids
    "svg.fonttype": "none",  # keep text as text: the browser renders Chinese with its own fonts
    "font.family": ["sans-serif"],
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
}
PALETTE = ["#1f5f8b", "#c0392b", "#2e8b57", "#8e6c1f", "#6a3d9a", "#555555", "#d35400", "#16a085"]


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


def heatmap(rows: Sequence[str], columns: Sequence[str], values: Sequence[Sequence[float]], title: str) -> str:
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
        figure.colorbar(image, ax=axes, shrink=0.6)
        return svg(figure, title)


def grouped_bars(categories: Sequence[str], series: dict[str, Sequence[float]], title: str, ylabel: str,
                 horizontal: bool = True) -> str:
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
        else:
            axes.set_xticks(range(len(categories)), labels=categories, rotation=60, ha="right")
            axes.set_ylabel(ylabel)
        axes.legend(frameon=False)
        axes.set_title(title)
        return svg(figure, title)


def stacked_columns(categories: Sequence[str], series: dict[str, Sequence[float]], title: str, ylabel: str) -> str:
    with plt.rc_context(STYLE):
        figure, axes = plt.subplots(figsize=(max(6, 0.35 * len(categories) + 2), 4))
        bottom = [0.0] * len(categories)
        for index, (name, values) in enumerate(series.items()):
            axes.bar(categories, values, bottom=bottom, label=name, color=PALETTE[index % len(PALETTE)])
            bottom = [b + v for b, v in zip(bottom, values)]
        axes.set_ylabel(ylabel)
        axes.tick_params(axis="x", rotation=60)
        axes.legend(frameon=False, fontsize=8)
        axes.set_title(title)
        return svg(figure, title)
