"""Commands that analyse: analyze (the registry in analyze/__init__.py), concordance, evidence."""
from __future__ import annotations

from pathlib import Path

import click

from ..outputs import render
from .common import FORMAT_OPTION, SOURCES_OPTION, main


class AnalysisListCommand(click.Command):
    """A command whose help lists the analyses from the registry (analyze/__init__.py: ANALYSES),
    read only when the help is shown, so that starting the CLI does not import the analyses."""

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_help_text(ctx, formatter)
        from ..analyze import ANALYSES

        with formatter.section("Analyses (NAME)"):
            formatter.write_dl([(analysis.name, analysis.description + "".join(
                f" Option {' / '.join(option.opts)}: {option.help}" for option in analysis.options))
                for analysis in ANALYSES.values()])


@main.command("analyze", cls=AnalysisListCommand,
              context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("name")
@SOURCES_OPTION
@click.pass_context
def analyze_command(ctx: click.Context, name: str, sources: Path | None) -> None:
    """Run one analysis into build/analysis/ (CSV, JSON and, where one helps, an SVG chart).

    Run `xinyong build` first (analyses read the annotations). For a concordance, use
    `xinyong concordance`.

    \b
    Example:
        xinyong analyze reuse
    """
    if name == "concordance":
        # `analyze concordance` before the concordance was its own command: kept for one release
        click.echo("warning: `xinyong analyze concordance` is deprecated and goes in the next release; "
                   "use `xinyong concordance` (same options)", err=True)
        arguments = [*ctx.args, *(["--sources", str(sources)] if sources else [])]
        with concordance_command.make_context("concordance", arguments, parent=ctx.parent) as sub:
            concordance_command.invoke(sub)
        return
    from .. import analyze
    from ..corpus import load_corpus
    from ..locations import build_dir

    declared = analyze.ANALYSES[name].options if name in analyze.ANALYSES else ()
    options = {}
    if declared:  # the analysis's own options, from the registry
        with click.Command(name, params=list(declared)).make_context(name, list(ctx.args), parent=ctx) as own:
            options = own.params
    elif ctx.args:
        raise click.UsageError(f"`xinyong analyze {name}` takes no options but --sources (got {' '.join(ctx.args)}); "
                               "the concordance's options belong to `xinyong concordance`", ctx)
    result = analyze.run(name, load_corpus(sources), build_dir(), **options)
    click.echo(f"{name}: wrote {', '.join(result['files'])} into {build_dir() / 'analysis'} in {result['seconds']}s")


@main.command("concordance")
@click.option("--term", required=True, help="Chinese or English text, or a glossary id.")
@click.option("--type", "doc_type", help="Only documents of this type.")
@click.option("--level", help="Only documents of this level.")
@click.option("--region", help="Only documents of this region.")
@click.option("--from-year", type=int, help="Issued in or after this year.")
@click.option("--to-year", type=int, help="Issued in or before this year.")
@click.option("--width", type=int, default=30, show_default=True, help="Context characters on each side.")
@SOURCES_OPTION
@FORMAT_OPTION
def concordance_command(term: str, doc_type: str | None, level: str | None, region: str | None,
                        from_year: int | None, to_year: int | None, width: int, sources: Path | None, fmt: str) -> None:
    """Print every occurrence of a term with its context (KWIC) and the aligned English.

    Searches the Chinese originals and our English texts, not the digests. Run `xinyong build`
    first (it reads the annotations).

    \b
    Examples:
        xinyong concordance --term 联合惩戒 --level provincial --format csv
        xinyong concordance --term joint-punishment --from-year 2020
    """
    from ..analyze.concordance import concordance
    from ..analyze.data import AnnotatedCorpus
    from ..corpus import load_corpus
    from ..ingest import allowed_values, check_choice
    from ..locations import build_dir

    corpus = load_corpus(sources)
    if doc_type:
        check_choice(doc_type, allowed_values("type"), "--type (document type)")
    if level:
        check_choice(level, allowed_values("level"), "--level")
    if region:
        check_choice(region, sorted({e["region"] for e in corpus.catalog if e.get("region")}), "--region")
    rows = concordance(AnnotatedCorpus(corpus, build_dir(), "none"), term, width, doc_type, level, region,
                       from_year, to_year)
    if not rows:
        reason = " (no Chinese original is in the sources directory: only English texts were searched)" \
            if not corpus.originals else ""
        click.echo(f"no occurrence of {term!r}{reason}", err=True)
    columns = None if fmt != "table" else ["doc", "unit", "lang", "left", "hit", "right"]
    click.echo(render(rows, fmt, columns), nl=False)


@main.command("evidence")
@click.argument("claim", required=False)
@click.option("--top", type=int, default=None, help="How many provisions to list (default 10; 5 with --evaluate).")
@click.option("--lang", type=click.Choice(["zh", "en"]), default=None, help="Only this language.")
@click.option("--evaluate", "evaluation_set", type=click.Choice(["register", "dev", "test", "unseen2"]), default=None,
              help="Instead: score the finder on the claims register or on the dev or test queries "
                   "(corpus/gold/evidence-queries-*.yaml): the share whose evidence is in the top results.")
@click.option("--no-thesaurus", "no_thesaurus", is_flag=True,
              help="Leave out the lay-vocabulary expansion (corpus/patterns/evidence-thesaurus.yaml).")
@SOURCES_OPTION
@FORMAT_OPTION
def evidence_command(claim: str | None, top: int | None, lang: str | None, evaluation_set: str | None,
                     no_thesaurus: bool, sources: Path | None, fmt: str) -> None:
    """Rank the provisions most relevant to a claim (BM25, across languages through the annotations).

    \b
    Examples:
        xinyong evidence "People with low credit scores cannot buy plane tickets" --top 5
        xinyong evidence --evaluate register
        xinyong evidence --evaluate test --no-thesaurus
    """
    from ..evidence import evaluate_queries, load_index, register_queries, snippet

    if evaluation_set:
        from ..claims import load_claims, load_evidence_queries
        from ..corpus import load_corpus

        corpus = load_corpus(sources)
        queries = (register_queries(load_claims(corpus)) if evaluation_set == "register"
                   else load_evidence_queries(corpus, evaluation_set))
        if not queries:
            raise click.UsageError(f"no {evaluation_set} queries found")
        index = load_index(sources)
        result = evaluate_queries(index, queries, top or 5, expand=not no_thesaurus)
        click.echo(render(result["rows"], fmt), nl=False)
        click.echo(f"{evaluation_set}: evidence in the top {result['top']} for {result['found']} of "
                   f"{result['queries']} queries ({result['share']:.1%}); mean reciprocal rank {result['mrr']:.3f}; "
                   f"thesaurus {'on' if result['thesaurus'] else 'off'}", err=fmt != "table")
        return
    if not claim:
        raise click.UsageError("give a claim, or --evaluate register|dev|test|unseen2")
    # The index comes from build/cache/ when no input changed (the corpus is then not loaded).
    index = load_index(sources)
    rows = [{"rank": rank, "id": h.ref, "kind": h.kind, "lang": "+".join(h.langs), "score": h.score,
             "text": snippet(h.text)}
            for rank, h in enumerate(index.search(claim, top or 10, lang, expand=not no_thesaurus), start=1)]
    click.echo(render(rows, fmt), nl=False)
