"""The methodology page: the handwritten account (site/pages/methodology.md) followed by the
figures measured in this build (annotation quality, the evidence finder, provenance, sanctions)."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING

from pathlib import Path
from ..templating import render_macro
from .base import Page, register
from .sanctions import sanctions_quality

if TYPE_CHECKING:
    from .builder import SiteBuilder

PATH = "methodology.md"
FINDER_SETS = {"register": "Claims register (claims with unit evidence)",
               "dev": "Dev queries (used to tune the thesaurus)",
               "test": "Test queries (written after the last change, never used for tuning)",
               "unseen2": "Unseen queries 2 (46 lay claims written before the issue-15 changes, never used for tuning)"}


@register("methodology", PATH, nav_title="Methodology", order=90)
def methodology(site: SiteBuilder) -> Page:
    handwritten = Path(__file__).resolve().parents[4] / "site" / "pages" / "methodology.md"
    intro = handwritten.read_text(encoding="utf-8") if handwritten.is_file() else ""
    sections = [quality(site), finder_quality(site), provenance_figures(site), sanctions_quality()]
    return Page(PATH, "Methodology", intro + "\n\n" + "\n\n".join(sections))


def quality(site: SiteBuilder) -> str:
    """The annotation pipeline's scores on the gold test split."""
    evaluation = site.out / "evaluation" / "test.json"
    result = json.loads(evaluation.read_text(encoding="utf-8")) if evaluation.is_file() else None
    return render_macro("methodology.html", "quality", result)


def finder_quality(site: SiteBuilder) -> str:
    """The evidence finder's figures per test set, with and without its thesaurus."""
    finder = site.evidence_evaluation()
    names = [(name, title) for name, title in FINDER_SETS.items() if name in finder]
    return render_macro("methodology.html", "finder", finder, names)


def provenance_figures(site: SiteBuilder) -> str:
    """How strong the sources behind the catalog's core facts are (as `xinyong validate --report`)."""
    from ...provenance import STRENGTHS, provenance_report

    return render_macro("methodology.html", "provenance", provenance_report(site.corpus.catalog), STRENGTHS)
