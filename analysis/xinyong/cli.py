"""The `xinyong` command: thin wrappers over the library; each help text ends with an example."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import errors
from .errors import XinyongError
from .outputs import FORMATS, render

if TYPE_CHECKING:
    from .corpus import Corpus

SOURCES_OPTION = click.option(
    "--sources", type=click.Path(file_okay=False, path_type=Path), default=None,
    help="Folder of the Chinese originals (default: $XINYONG_SOURCES, ../shared/sources, corpus/sources).")
FORMAT_OPTION = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                             help="Output format.")


# The default is sources.MAX_SOURCE_BYTES, the limit `fetch` and the build use.
MAX_BYTES_OPTION = click.option("--max-bytes", type=click.IntRange(min=1), default=20_000_000, show_default=True,
                                help="Refuse files larger than this (the limit `fetch` and the build use).")


def check_size(file: Path, max_bytes: int) -> None:
    """Refuse a file over the size limit before reading it (E024), as `fetch` does."""
    size = file.stat().st_size
    if size > max_bytes:
        raise XinyongError("E024", path=file, size=size, limit=max_bytes)


class XinyongGroup(click.Group):
    """Turns our errors into one clear message and the documented exit code."""

    def invoke(self, ctx: click.Context):
        import os

        try:
            return super().invoke(ctx)
        except XinyongError as exc:
            click.echo(exc.render(), err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            # Ctrl-C: quietly, with the shell's code; writes are atomic, so nothing is half-written.
            ctx.exit(errors.EXIT_INTERRUPTED)
        except OSError as exc:  # a read-only build/, a file where a folder should be, a full disk
            click.echo(XinyongError("E065", path=exc.filename, reason=exc.strerror or str(exc)).render(), err=True)
            ctx.exit(errors.EXIT_INPUT)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except Exception as exc:  # no traceback reaches a user; XINYONG_DEBUG=1 shows it for us
            if os.environ.get("XINYONG_DEBUG"):
                raise
            click.echo(XinyongError("E068", kind=type(exc).__name__, reason=str(exc)).render(), err=True)
            ctx.exit(errors.EXIT_PROBLEMS)


@click.group(cls=XinyongGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="xinyong")
def main() -> None:
    """Xinyong: a bilingual corpus of China's Social Credit System documents.

    \b
    Example:
        xinyong list --level provincial
    """


@main.command("list")
@click.option("--type", "doc_type", help="Only documents of this type (e.g. local-regulation).")
@click.option("--level", help="Only documents of this level (central, provincial, municipal, judicial, private).")
@click.option("--with-text", is_flag=True, help="Only documents whose Chinese text is catalogued.")
@FORMAT_OPTION
def list_command(doc_type: str | None, level: str | None, with_text: bool, fmt: str) -> None:
    """List the catalog.

    \b
    Example:
        xinyong list --type local-regulation --format csv
    """
    from .catalog import load_catalog
    from .ingest import allowed_values, check_choice

    if doc_type:
        check_choice(doc_type, allowed_values("type"), "--type (document type)")
    if level:
        check_choice(level, allowed_values("level"), "--level")
    rows = []
    for entry in load_catalog():
        if doc_type and entry["type"] != doc_type or level and entry["level"] != level:
            continue
        if with_text and not entry.get("text"):
            continue
        rows.append({"id": entry["id"], "date_issued": entry["date_issued"], "type": entry["type"],
                     "level": entry["level"], "region": entry["region"], "doc_number": entry["doc_number"],
                     "title_zh": entry["title_zh"], "title_en": entry["title_en"],
                     "status": entry["status"], "text": bool(entry.get("text"))})
    columns = None if fmt != "table" else ["id", "date_issued", "type", "level", "doc_number", "title_zh"]
    click.echo(render(rows, fmt, columns), nl=False)


@main.command("parse")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--lang", type=click.Choice(["zh", "en"]), default=None, help="Language (guessed when omitted).")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True)
@MAX_BYTES_OPTION
def parse_command(file: Path, lang: str | None, fmt: str, max_bytes: int) -> None:
    """Parse one document into units with stable ids.

    Prints {"id", "title", "lang", "events", "units": [{"id", "kind", "number", "label",
    "parent", "text"}]}.

    \b
    Example:
        xinyong parse corpus/translations/shanghai-social-credit-regulation-2017.en.md --format json
    """
    from .numbering import numbering_warnings
    from .outputs import dumps
    from .structure import parse_file

    check_size(file, max_bytes)
    document = parse_file(file, lang)
    for warning in document.warnings + numbering_warnings(document):
        click.echo(f"warning: {file}: {warning}", err=True)
    if fmt == "json":
        payload = document.to_dict()
        for unit in payload["units"]:
            unit.pop("line", None)
        click.echo(dumps(payload), nl=False)
    else:
        rows = [{"id": u.id, "kind": u.kind, "label": u.label or "", "text": u.text[:60]} for u in document.units]
        click.echo(render(rows, "table"), nl=False)


@main.command("validate")
@SOURCES_OPTION
@click.option("--report", is_flag=True, help="Also print the glossary consistency rate per translation.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def validate_command(sources: Path | None, report: bool, fmt: str) -> None:
    """Check the catalog, agencies, glossary, translations and digests.

    Exits 1 when any problem is found; each names the file and line or article.

    \b
    Example:
        xinyong validate --report
    """
    from .outputs import dumps
    from .validate import consistency_table, validate

    result = validate(sources)
    good, total = result.consistency
    if fmt == "json":
        click.echo(dumps({"problems": [p.render() for p in result.problems], "warnings": result.warnings,
                          "consistency": {"consistent": good, "total": total,
                                          "rate": round(result.consistency_rate, 4) if total else None},
                          "translations": consistency_table(result),
                          "provenance": result.provenance.as_dict()}), nl=False)
    else:
        for problem in result.problems:
            click.echo(problem.render(), err=True)
        for warning in result.warnings:
            click.echo(f"warning: {warning}", err=True)
        if report:
            rows = [{**row, "inconsistent": len(row["inconsistent"])} for row in consistency_table(result)]
            click.echo(render(rows, "table"), nl=False)
            for row in consistency_table(result):
                for miss in row["inconsistent"]:
                    click.echo(f"  {row['doc']}: {miss}")
            for line in result.provenance.lines():
                click.echo(line)
        rate = (f"{good}/{total} = {result.consistency_rate:.1%}" if total else
                "n/a (no Chinese original with its translation to compare: the originals are not in the "
                "sources directory; `xinyong fetch` gets them)")
        click.echo(f"{result.documents} catalog entries, {len(result.translations)} translations checked, "
                   f"glossary consistency {rate}, "
                   f"{len(result.problems)} problem(s), {len(result.warnings)} warning(s)")
    if result.problems:
        sys.exit(errors.EXIT_PROBLEMS)


@main.command("build")
@SOURCES_OPTION
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Build folder (default build/).")
@click.option("--stage", "stages", multiple=True, type=click.Choice(["parse", "annotate", "analyze", "evaluate", "export"]),
              help="Run only these stages (repeatable). Default: all.")
@click.option("--workers", type=int, default=None, help="Processes for annotation (default: all cores).")
def build_command(sources: Path | None, out: Path | None, stages: tuple[str, ...], workers: int | None) -> None:
    """Parse, annotate, analyse and export the corpus into build/.

    Only documents whose text, translation or pipeline changed are re-annotated.

    \b
    Example:
        xinyong build --sources ../shared/sources
    """
    from .build import build
    from .locations import sources_guidance

    guidance = sources_guidance(sources)  # at the start, where a newcomer sees it
    if guidance:
        click.echo(guidance, err=True)
    result = build(sources, out, stages or None, progress=lambda m: click.echo(m, err=True), workers=workers)
    for doc_id in result.missing:
        click.echo(f"no text: {doc_id} (catalogued, but not in the sources directory)", err=True)
    timing = ", ".join(f"{k} {v:.1f}s" for k, v in result.timings.items())
    click.echo(f"built {result.documents} documents into {result.out} ({timing})")


@main.command("annotate")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--lang", type=click.Choice(["zh", "en"]), default=None, help="Language (guessed when omitted).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("--label", "labels", multiple=True, help="Only these labels (repeatable), e.g. --label MEASURE.")
@MAX_BYTES_OPTION
def annotate_command(file: Path, lang: str | None, fmt: str, labels: tuple[str, ...], max_bytes: int) -> None:
    """Annotate one document (a sources file, a translation or a digest).

    Prints one standoff record per annotation: {"doc", "unit", "lang", "start", "end",
    "label", "text", "norm"}, with offsets into the unit's text.

    \b
    Example:
        xinyong annotate corpus/translations/spc-high-consumption-restrictions-2010.en.md --format jsonl
    """
    from .annotate.pipeline import annotate_document
    from .labels import label_names
    from .ingest import check_choice
    from .structure import parse_file

    for label in labels:
        check_choice(label, list(label_names()), "--label")
    check_size(file, max_bytes)
    document = parse_file(file, lang)
    found = [r for r in annotate_document(document) if not labels or r["label"] in labels]
    columns = ["doc", "unit", "lang", "start", "end", "label", "text", "norm"]
    click.echo(render(found, fmt, columns), nl=False)


@main.command("evaluate")
@SOURCES_OPTION
@click.option("--split", type=click.Choice(["test", "train", "all", "heldout"]), default="test", show_default=True,
              help="Gold units to score (rules are tuned on train only; heldout: the whole documents in "
                   "corpus/gold/heldout, never used for tuning; reported, never an exit code).")
@click.option("--check", is_flag=True, help="Only check the gold files and count their units and spans.")
@click.option("--heldout-en", "heldout_en", is_flag=True,
              help="Score the held-out English set (corpus/gold/heldout-en) on its own, on --split.")
@click.option("--differences", "label", default=None, metavar="LABEL",
              help="List missed and extra spans of one label (ALL for every label) instead of scores.")
@FORMAT_OPTION
def evaluate_command(sources: Path | None, split: str, check: bool, label: str | None, fmt: str,
                     heldout_en: bool = False) -> None:
    """Score the annotation pipeline against the gold set in corpus/gold/.

    Prints precision, recall and F1 per label, by exact span and by overlap, and writes the table
    to build/evaluation/ (JSON and CSV). Exits 1 when a label with test support misses its target.

    \b
    Example:
        xinyong evaluate --split test
        xinyong evaluate --heldout-en --split test
    """
    if heldout_en:
        if split == "heldout":
            raise click.UsageError("--heldout-en takes --split test, train or all (heldout names the Chinese "
                                   "held-out documents)")
        _evaluate_heldout_en(split, check, label, fmt)
        return
    from collections import Counter

    from .annotate.evaluate import evaluate, load_gold
    from .corpus import load_corpus
    from .locations import build_dir
    from .outputs import to_csv, write_atomic, write_json

    corpus = load_corpus(sources)
    if split == "heldout":
        _evaluate_heldout(corpus, check, label, fmt)
        return
    if label:
        from .annotate.evaluate import differences
        from .labels import label_names
        from .ingest import check_choice

        check_choice(label, ["ALL", *label_names()], "--differences label")

        click.echo(render(differences(corpus, split, None if label == "ALL" else label), fmt), nl=False)
        return
    if check:
        skipped: list[str] = []
        gold = load_gold(corpus, skipped=skipped)
        for line in skipped:
            click.echo(f"skipped {line}", err=True)
        rows = []
        for (lang, part), units in sorted(Counter((u.lang, u.split) for u in gold).items()):
            spans = Counter(s[2] for u in gold if u.lang == lang and u.split == part for s in u.spans)
            rows.append({"lang": lang, "split": part, "units": units,
                         "documents": len({u.doc for u in gold if u.lang == lang and u.split == part}),
                         **{label: spans.get(label, 0) for label in sorted(spans)}})
        click.echo(render(rows, fmt), nl=False)
        return
    result = evaluate(corpus, split)
    folder = build_dir() / "evaluation"
    write_json(folder / f"{split}.json", result)
    write_atomic(folder / f"{split}.csv", to_csv(result["rows"]))
    for line in result["skipped"]:
        click.echo(f"skipped {line}", err=True)
    shown = result["rows"] if fmt in ("json", "jsonl") else \
        [{k: "n/a" if v is None and k != "meets_target" else v for k, v in row.items()} for row in result["rows"]]
    click.echo(render(shown, fmt), nl=False)
    if any(row["meets_target"] is False for row in result["rows"]):
        sys.exit(errors.EXIT_PROBLEMS)


def _evaluate_heldout(corpus: "Corpus", check: bool, label: str | None, fmt: str) -> None:
    """`xinyong evaluate --split heldout`: scores on the held-out documents, never differences."""
    from collections import Counter

    from .annotate.evaluate import HELDOUT, evaluate_heldout, load_heldout_gold
    from .locations import build_dir
    from .outputs import to_csv, write_atomic, write_json

    if label:
        raise XinyongError("E141", what="--differences")
    from .annotate.evaluate import heldout_folder
    from .datafiles import load_yaml

    absent = sorted({(load_yaml(path).data or {}).get("doc") for path in heldout_folder().glob("*.yaml")}
                    & set(corpus.missing))
    if absent:  # a fresh clone: nothing to score, which is not a problem with the gold
        click.echo(f"held-out documents: n/a, the originals of {', '.join(absent)} are not in the sources "
                   "directory (`xinyong fetch` gets them)", err=True)
        return
    if check:
        gold = load_heldout_gold(corpus)
        spans = Counter(s[2] for u in gold.units for s in u.spans)
        click.echo(render([{"lang": "zh", "split": HELDOUT, "units": len(gold.units),
                            "documents": len({u.doc for u in gold.units}),
                            "measures_with_party": len(gold.parties),
                            **{name: spans.get(name, 0) for name in sorted(spans)}}], fmt), nl=False)
        return
    result = evaluate_heldout(corpus)
    folder = build_dir() / "evaluation"
    write_json(folder / f"{HELDOUT}.json", result)
    write_atomic(folder / f"{HELDOUT}.csv", to_csv(result["rows"]))
    click.echo(render(result["rows"], fmt), nl=False)
    if fmt == "table":
        party = result["sanctioned_party"]
        click.echo(f"measure -> sanctioned party: {party['strict_note']}: {party['strict_right']} of "
                   f"{party['gold_measures_with_party']}; lenient (any target the pipeline "
                   f"finds in the provision): {party['lenient_right']} of {party['gold_measures_with_party']} "
                   f"({party['measures_found']} of the measures found)")


def _evaluate_heldout_en(split: str, check: bool, label: str | None, fmt: str) -> None:
    """`xinyong evaluate --heldout-en`: scores (or counts) of the held-out English set, with n/a
    where a label has no gold span; exits 1 when one of the issue's goals is missed."""
    from .annotate.evaluate import HELDOUT_EN, evaluate_heldout_en, heldout_en_counts, heldout_en_differences
    from .locations import build_dir
    from .outputs import to_csv, write_atomic, write_json

    if label:
        if split != "train":
            raise click.UsageError("with --heldout-en, --differences shows the train split only (use --split train): "
                                   "the test split is held out for the goals.")
        click.echo(render(heldout_en_differences(None if label == "ALL" else label), fmt), nl=False)
        return
    if check:
        click.echo(render(heldout_en_counts(), fmt), nl=False)
        return
    result = evaluate_heldout_en(split)
    folder = build_dir() / "evaluation"
    write_json(folder / f"{HELDOUT_EN}-{split}.json", result)
    write_atomic(folder / f"{HELDOUT_EN}-{split}.csv", to_csv(result["rows"]))
    if fmt in ("json", "jsonl"):
        click.echo(render([result] if fmt == "jsonl" else result, fmt), nl=False)
    else:
        rows = [{key: ("n/a" if value is None else value) for key, value in row.items()} for row in result["rows"]]
        click.echo(render(rows, fmt), nl=False)
        if fmt == "table":
            for goal in result["goals"]:
                value = "n/a" if goal["value"] is None else f"{goal['value']:.3f}"
                state = {True: "met", False: "missed", None: "n/a"}[goal["meets_goal"]]
                click.echo(f"goal {goal['label']} {goal['measure']} >= {goal['goal']:.2f}: {value} ({state})")
    if any(goal["meets_goal"] is False for goal in result["goals"]):
        sys.exit(errors.EXIT_PROBLEMS)


@main.command("gold-template")
@click.argument("doc")
@click.option("--lang", type=click.Choice(["zh", "en"]), required=True)
@click.option("--articles", required=True, help="Comma-separated top-level ids (art-9, s1.2, preamble) whose units to include.")
@SOURCES_OPTION
def gold_template_command(doc: str, lang: str, articles: str, sources: Path | None) -> None:
    """Print a gold-file skeleton (unit ids with their sha, empty spans) for whole articles.

    The skeleton carries no text: read the units with `xinyong parse`, then fill in the spans
    following corpus/gold/GUIDELINES.md.

    \b
    Example:
        xinyong gold-template shanghai-social-credit-regulation-2017 --lang zh --articles art-9,art-30
    """
    from .align import article_of
    from .annotate.evaluate import unit_sha
    from .corpus import load_corpus

    corpus = load_corpus(sources)
    document = corpus.documents(lang).get(doc)
    if document is None:
        raise XinyongError("E030", doc=doc)
    import yaml

    wanted = {a.strip() for a in articles.split(",") if a.strip()}
    units = {unit.id: {"sha": unit_sha(unit.text), "spans": []} for unit in document.units
             if unit.kind != "article" and unit.text.strip() and (article_of(unit.id) in wanted or unit.id in wanted)}
    skeleton = {"doc": doc, "lang": lang, "annotator": "Xinyong contributors", "glossary_version": "2026-11-28",
                "units": units}
    # Written by the YAML library: ids and hashes that look like numbers or dates stay strings.
    click.echo(yaml.safe_dump(skeleton, allow_unicode=True, sort_keys=False, default_flow_style=False), nl=False)


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
    from .locations import sources_guidance
    from .site import build_site

    guidance = sources_guidance(sources)
    if guidance:
        click.echo(guidance, err=True)
    result = build_site(sources, out, site_url)
    click.echo(f"site: {result['pages']} pages, {result['bytes'] / 1e6:.1f} MB, largest page "
               f"{result['largest_page']} ({result['largest_page_bytes'] / 1e3:.0f} kB), {result['seconds']}s")


@main.command("analyze")
@click.argument("name")
@click.option("--term", help="For concordance: Chinese or English text, or a glossary id.")
@click.option("--type", "doc_type", help="For concordance: only documents of this type.")
@click.option("--level", help="For concordance: only documents of this level.")
@click.option("--region", help="For concordance: only documents of this region.")
@click.option("--from-year", type=int, help="For concordance: issued in or after this year.")
@click.option("--to-year", type=int, help="For concordance: issued in or before this year.")
@click.option("--width", type=int, default=30, show_default=True, help="For concordance: context characters.")
@SOURCES_OPTION
@FORMAT_OPTION
def analyze_command(name: str, term: str | None, doc_type: str | None, level: str | None, region: str | None,
                    from_year: int | None, to_year: int | None, width: int, sources: Path | None, fmt: str) -> None:
    """Run one analysis into build/analysis/ (or print a concordance).

    NAME is one of: concordance, frequencies, keyness, collocations, deontic, measures, citations,
    timeline, reuse, provinces, concordance-index. Run `xinyong build` first (analyses read the
    annotations).

    \b
    Examples:
        xinyong analyze concordance --term 联合惩戒 --level provincial --format csv
        xinyong analyze reuse
    """
    from . import analyze
    from .corpus import load_corpus
    from .locations import build_dir

    corpus = load_corpus(sources)
    if name == "concordance":
        from .analyze.concordance import concordance
        from .analyze.data import AnnotatedCorpus

        from .ingest import allowed_values, check_choice

        if not term:
            raise click.UsageError("concordance needs --term")
        if doc_type:
            check_choice(doc_type, allowed_values("type"), "--type (document type)")
        if level:
            check_choice(level, allowed_values("level"), "--level")
        if region:
            check_choice(region, sorted({e["region"] for e in corpus.catalog if e.get("region")}), "--region")
        rows = concordance(AnnotatedCorpus(corpus, build_dir(), "none"), term, width, doc_type, level, region, from_year, to_year)
        if not rows:
            reason = " (no Chinese original is in the sources directory: only English texts were searched)" \
                if not corpus.originals else ""
            click.echo(f"no occurrence of {term!r}{reason}", err=True)
        columns = None if fmt != "table" else ["doc", "unit", "lang", "left", "hit", "right"]
        click.echo(render(rows, fmt, columns), nl=False)
        return
    result = analyze.run(name, corpus, build_dir())
    click.echo(f"{name}: wrote {', '.join(result['files'])} into {build_dir() / 'analysis'} in {result['seconds']}s")


@main.command("export")
@SOURCES_OPTION
@click.option("--site-url", default=None, help="Published address of the site, for permalinks in citations.")
def export_command(sources: Path | None, site_url: str | None) -> None:
    """Write the data package (CSV, JSON lines, Parquet), DocBins, TEI and citations to build/data/.

    \b
    Example:
        xinyong build && xinyong export
    """
    from .corpus import load_corpus
    from .export import export_all
    from .locations import build_dir

    result = export_all(load_corpus(sources), build_dir(), site_url=site_url)
    click.echo(f"exported {sum(result['tables'].values())} rows, {result['tei']} TEI files and "
               f"{result['citations']} citations into {build_dir() / 'data'}")


@main.command("verify")
@SOURCES_OPTION
@FORMAT_OPTION
def verify_command(sources: Path | None, fmt: str) -> None:
    """Check every source text against the SHA-256 in the catalog, and every translation against
    the hash of the text it was made from; report stale translations. Exits 1 on any mismatch.

    \b
    Example:
        xinyong verify --sources ../shared/sources
    """
    from .verify import verify

    rows = verify(sources)
    click.echo(render(rows, fmt), nl=False)
    if any(r["status"] not in ("ok", "no text held") for r in rows):
        sys.exit(errors.EXIT_PROBLEMS)


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
    from .evidence import evaluate_queries, load_index, register_queries, snippet

    if evaluation_set:
        from .claims import load_claims, load_evidence_queries
        from .corpus import load_corpus

        corpus = load_corpus(sources)
        queries = (register_queries(load_claims(corpus)) if evaluation_set == "register"
                   else load_evidence_queries(corpus, evaluation_set))
        if not queries:
            raise click.UsageError(f"no {evaluation_set} queries found")
        index = load_index(sources)
        result = evaluate_queries(index, queries, top or 5, expand=not no_thesaurus)
        click.echo(render(result["rows"], fmt), nl=False)
        click.echo(f"{evaluation_set}: evidence in the top {result['top']} for {result['found']} of {result['queries']} "
                   f"queries ({result['share']:.1%}); mean reciprocal rank {result['mrr']:.3f}; "
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


@main.command("fetch")
@click.argument("ids", nargs=-1)
@SOURCES_OPTION
@click.option("--force", is_flag=True, help="Replace an existing text that differs from the download.")
@click.option("--retries", type=int, default=3, show_default=True, help="Attempts per download.")
def fetch_command(ids: tuple[str, ...], sources: Path | None, force: bool, retries: int) -> None:
    """Download originals from the catalog's source_url into the sources directory.

    HTML (main text extracted), PDF, DOCX and text in any encoding; the SHA-256 is recorded in the
    catalog entry. An existing text that differs is never replaced without --force.

    \b
    Example:
        xinyong fetch hubei-social-credit-information-regulation-2017 --sources corpus/sources
    """
    from .fetch import fetch
    from .locations import corpus_dir, sources_dir

    folder = sources_dir(sources) or (corpus_dir() / "sources")
    for row in fetch(list(ids) or None, folder, force, attempts=retries, progress=lambda m: click.echo(m, err=True)):
        click.echo(f"{row['id']}: {row['file']} sha256 {row['sha256']}")


@main.command("add")
@click.argument("location")
@click.option("--id", "doc_id", required=True, help="The catalog id: a new slug such as beijing-credit-rules-2024, "
                                                     "or an existing id with --attach.")
@click.option("--attach", is_flag=True, help="Give the existing entry --id this text; every fact of the entry is kept.")
@click.option("--type", "doc_type", default=None, help="Document type (a value of corpus/schema/catalog.schema.json).")
@click.option("--level", default=None, help="Level: central, provincial, municipal, judicial or private.")
@click.option("--title", default=None, help="Chinese title (default: taken from the document).")
@click.option("--title-en", default=None, help="English title (default: a placeholder to replace by hand).")
@click.option("--issuer", "issuers", multiple=True, help="Issuer id from corpus/agencies.yaml (repeatable; required "
                                                         "for a new entry).")
@SOURCES_OPTION
@click.option("--force", is_flag=True, help="Replace an existing text (and, without --attach, the whole entry).")
def add_command(location: str, doc_id: str, attach: bool, doc_type: str | None, level: str | None, title: str | None,
                title_en: str | None, issuers: tuple[str, ...], sources: Path | None, force: bool) -> None:
    """Bring your own document (HTML, PDF, DOCX, text, or a file in the sources layout) from a file or a URL.

    Writes the text to the sources directory. A new id gets a catalog entry whose unverified facts
    are null (dates are taken from the metadata head of a file in the sources layout); with
    --attach, an existing entry gets the text and keeps all its facts.

    \b
    Examples:
        xinyong add notice.html --id example-notice-2024 --type notice --level central --issuer ndrc
        xinyong add shanghai.pdf --id shanghai-social-credit-regulation-2017 --attach
    """
    from .ingest import add_document, attach_document
    from .locations import corpus_dir, sources_dir

    folder = sources_dir(sources) or (corpus_dir() / "sources")
    if attach:
        given = [name for name, value in (("--type", doc_type), ("--level", level), ("--title", title),
                                          ("--title-en", title_en), ("--issuer", issuers)) if value]
        if given:
            raise click.UsageError(f"--attach keeps the entry's facts: leave out {', '.join(given)}")
        result = attach_document(location, doc_id, folder, force)
        click.echo(f"attached {result['file']} ({result['kind']}, {result['encoding'] or 'binary'}) to "
                   f"{result['catalog']}: only its text (file and sha256) changed")
        return
    missing = [name for name, value in (("--type", doc_type), ("--level", level)) if not value]
    if missing:
        raise click.UsageError(f"a new entry needs {' and '.join(missing)} (or give --attach for an existing one)")
    result = add_document(location, doc_id, doc_type, level, folder, title, title_en, list(issuers) or None, force)
    dates = ", ".join(f"{k} {result[k]}" for k in ("date_issued", "date_effective") if result[k]) or "no dates found"
    click.echo(f"added {result['id']}: {result['file']} ({result['kind']}, {result['encoding'] or 'binary'}; {dates}), "
               f"catalog entry {result['catalog']}: verify its facts before committing")
