"""Commands that build: build (the stage table in build.py), export, site."""
from __future__ import annotations

from pathlib import Path

import click

from ..build import DEFAULT_STAGES
from .common import SOURCES_OPTION, main


@main.command("build")
@SOURCES_OPTION
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Build folder (default build/).")
@click.option("--stage", "stages", multiple=True, type=click.Choice(DEFAULT_STAGES),
              help="Run only these stages (repeatable). Default: all.")
@click.option("--workers", type=int, default=None, help="Processes for annotation (default: all cores).")
def build_command(sources: Path | None, out: Path | None, stages: tuple[str, ...], workers: int | None) -> None:
    """Parse, annotate, analyse and export the corpus into build/.

    Only documents whose text, translation or pipeline changed are re-annotated.

    \b
    Example:
        xinyong build --sources ../shared/sources
    """
    from ..build import build
    from ..locations import sources_guidance

    guidance = sources_guidance(sources)  # at the start, where a newcomer sees it
    if guidance:
        click.echo(guidance, err=True)
    result = build(sources, out, stages or None, progress=lambda m: click.echo(m, err=True), workers=workers)
    for doc_id in result.missing:
        click.echo(f"no text: {doc_id} (catalogued, but not in the sources directory)", err=True)
    timing = ", ".join(f"{k} {v:.1f}s" for k, v in result.timings.items())
    click.echo(f"built {result.documents} documents into {result.out} ({timing})")


@main.command("export")
@SOURCES_OPTION
@click.option("--site-url", default=None, help="Published address of the site, for permalinks in citations.")
def export_command(sources: Path | None, site_url: str | None) -> None:
    """Write the data package (CSV, JSON lines, Parquet), DocBins, TEI and citations to build/data/.

    \b
    Example:
        xinyong build && xinyong export
    """
    from ..corpus import load_corpus
    from ..export import export_all
    from ..locations import build_dir

    result = export_all(load_corpus(sources), build_dir(), site_url=site_url)
    click.echo(f"exported {sum(result['tables'].values())} rows, {result['tei']} TEI files and "
               f"{result['citations']} citations into {build_dir() / 'data'}")


@main.command("site")
@SOURCES_OPTION
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Build folder (default build/); the site goes to <out>/site.")
@click.option("--site-url", default=None, help="Published address, for absolute permalinks in citations.")
def site_command(sources: Path | None, out: Path | None, site_url: str | None) -> None:
    """Build the static site (MkDocs + Material) from the corpus and the analyses.

    Run `xinyong build` first; the site is written to build/site/ and works offline.

    \b
    Example:
        xinyong build && xinyong site && python -m http.server -d build/site
    """
    from ..locations import sources_guidance
    from ..site import build_site

    guidance = sources_guidance(sources)
    if guidance:
        click.echo(guidance, err=True)
    result = build_site(sources, out, site_url)
    click.echo(f"site: {result['pages']} pages, {result['bytes'] / 1e6:.1f} MB, largest page "
               f"{result['largest_page']} ({result['largest_page_bytes'] / 1e3:.0f} kB), {result['seconds']}s")
