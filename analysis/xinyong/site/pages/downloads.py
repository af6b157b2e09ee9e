"""The downloads page: the data package, the analysis tables and the evaluation results."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...export import checked_with
from ..templating import render
from .base import Page, register

if TYPE_CHECKING:
    from .builder import SiteBuilder

PATH = "downloads.md"


@register("downloads", PATH, nav_title="Downloads", order=80)
def downloads(site: SiteBuilder) -> Page:
    data_dir = site.out / "data"
    names = [p.relative_to(data_dir).as_posix() for p in sorted(data_dir.rglob("*")) if p.is_file()] \
        if data_dir.is_dir() else []
    files = [(name, (data_dir / name).stat().st_size, checked_with(name)) for name in names]
    analysis_dir = site.out / "analysis"
    analysis = sorted(p.name for p in analysis_dir.glob("*") if p.suffix in (".csv", ".json", ".graphml")
                      and p.name != "concordance-index.json") if analysis_dir.is_dir() else []
    evaluation_dir = site.out / "evaluation"
    evaluation = sorted(p.name for p in evaluation_dir.glob("*") if p.is_file()) if evaluation_dir.is_dir() else []
    return Page(PATH, "Downloads", render("downloads.html", files=files, evaluation=evaluation, site_url=site.site_url,
                                          analysis=[(name, checked_with("analysis/" + name)) for name in analysis]))
