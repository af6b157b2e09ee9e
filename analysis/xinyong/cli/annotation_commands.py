"""Commands about the annotations: annotate one file, evaluate against the gold sets, gold-template."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .. import errors
from ..errors import XinyongError
from ..outputs import render
from .common import FORMAT_OPTION, MAX_BYTES_OPTION, SOURCES_OPTION, check_size, format_option, main

if TYPE_CHECKING:
    from ..corpus import Corpus


@main.command("annotate")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--lang", type=click.Choice(["zh", "en"]), default=None, help="Language (guessed when omitted).")
@format_option("jsonl")
@click.option("--label", "labels", multiple=True, help="Only these labels (repeatable), e.g. --label MEASURE.")
@MAX_BYTES_OPTION
def annotate_command(file: Path, lang: str | None, fmt: str, labels: tuple[str, ...], max_bytes: int) -> None:
    """Annotate one document (a sources file, a translation or a digest).

    Prints one standoff record per annotation: {"doc", "unit", "lang", "start", "end",
    "label", "text", "norm"}, with offsets into the unit's text.

    English MEASURE and TARGET spans: on English we did not write (any file whose id is not a
    catalog id) a learned span tagger redraws the rules' spans and adds the spans it is sure of,
    for more recall on English worded unlike ours; our own translations and digests keep the
    rules alone, which the sanctions dataset was checked on. $XINYONG_EN_TAGGER=off, redraw or
    add sets one mode for every text (auto: the default just described; site: methodology).

    \b
    Example:
        xinyong annotate corpus/translations/spc-high-consumption-restrictions-2010.en.md --format jsonl
    """
    from ..annotate.pipeline import annotate_document
    from ..labels import label_names
    from ..ingest import check_choice
    from ..structure import parse_file

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
@click.option("--heldout-en-batch", "heldout_en_batch", type=click.IntRange(1, None), default=None,
              help="With --heldout-en (implied): score one batch alone (2: the batch written after the rules, "
                   "all test; 3: development text, all train; 6, 10 and 28: validation, summary scores only, never "
                   "differences).")
@click.option("--written-zh", "written_zh", is_flag=True,
              help="Score the written Chinese set (corpus/gold/written-zh, all test units) on its own.")
@click.option("--validation-zh", "validation_zh", is_flag=True,
              help="Score the Chinese validation set (corpus/gold/validation-zh): summary figures per label "
                   "and measure -> sanctioned party, never per unit; in no --split.")
@click.option("--dev-zh", "dev_zh", is_flag=True,
              help="Score the Chinese development set (corpus/gold/dev-zh, all train units, readable) on its "
                   "own, with measure -> sanctioned party; --differences LABEL lists its differences.")
@click.option("--agreement-en", "agreement_en", is_flag=True,
              help="Compare the second English annotations (corpus/gold/agreement-en) with the gold, beside the rules "
                   "against each: summary figures per batch and label, never spans or differences.")
@click.option("--differences", "label", default=None, metavar="LABEL",
              help="List missed and extra spans of one label (ALL for every label) instead of scores.")
@FORMAT_OPTION
def evaluate_command(sources: Path | None, split: str, check: bool, label: str | None, fmt: str,
                     heldout_en: bool = False, heldout_en_batch: int | None = None,
                     written_zh: bool = False, validation_zh: bool = False, dev_zh: bool = False,
                     agreement_en: bool = False) -> None:
    """Score the annotation pipeline against the gold set in corpus/gold/.

    Prints precision, recall and F1 per label, by exact span and by overlap, and writes the table
    to build/evaluation/ (JSON and CSV). Exits 1 when a label with test support misses its target.

    \b
    Example:
        xinyong evaluate --split test
        xinyong evaluate --heldout-en --split test
        xinyong evaluate --heldout-en-batch 2
        xinyong evaluate --written-zh
        xinyong evaluate --validation-zh
        xinyong evaluate --dev-zh --differences MEASURE
        xinyong evaluate --agreement-en
    """
    if agreement_en:
        if label:  # these are test texts: no form of their spans or differences is shown
            raise XinyongError("E300", exit_code=errors.EXIT_USAGE)
        if check or dev_zh or validation_zh or written_zh or heldout_en or heldout_en_batch is not None or split != "test":
            raise click.UsageError("--agreement-en compares the second English annotations alone: it takes only --format")
        _evaluate_agreement_en(fmt)
        return
    if dev_zh:
        if validation_zh or written_zh or heldout_en or heldout_en_batch is not None or split != "test":
            raise click.UsageError("--dev-zh scores the Chinese development set alone: it takes no "
                                   "--split, --written-zh, --validation-zh or --heldout-en")
        _evaluate_dev_zh(check, label, fmt)
        return
    if validation_zh:
        if written_zh or heldout_en or heldout_en_batch is not None or split != "test":
            raise click.UsageError("--validation-zh scores the Chinese validation set alone: it takes no "
                                   "--split, --written-zh or --heldout-en")
        _evaluate_validation_zh(check, label, fmt)
        return
    if written_zh:
        if heldout_en or heldout_en_batch is not None or split != "test":
            raise click.UsageError("--written-zh scores the written Chinese set, whose units are all test units: "
                                   "it takes neither --heldout-en nor a --split other than test")
        _evaluate_written_zh(check, label, fmt)
        return
    if heldout_en or heldout_en_batch is not None:
        if split == "heldout":
            raise click.UsageError("--heldout-en takes --split test, train or all (heldout names the Chinese "
                                   "held-out documents)")
        _evaluate_heldout_en(split, check, label, fmt, heldout_en_batch)
        return
    from collections import Counter

    from ..annotate.evaluate import evaluate, load_gold
    from ..corpus import load_corpus
    from ..locations import build_dir
    from ..outputs import to_csv, write_atomic, write_json

    corpus = load_corpus(sources)
    if split == "heldout":
        _evaluate_heldout(corpus, check, label, fmt)
        return
    if label:
        from ..annotate.evaluate import differences  # the main gold only: the written set shows no differences
        from ..labels import label_names
        from ..ingest import check_choice

        check_choice(label, ["ALL", *label_names()], "--differences label")

        click.echo(render(differences(corpus, split, None if label == "ALL" else label), fmt), nl=False)
        return
    if check:
        skipped: list[str] = []
        from ..annotate.evaluate import load_written_zh

        from ..annotate.evaluate import load_dev_zh

        # the written set counts in zh test, the development set in zh train
        gold = load_gold(corpus, skipped=skipped) + load_written_zh() + load_dev_zh().units
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

    from ..annotate.evaluate import HELDOUT, evaluate_heldout, load_heldout_gold
    from ..locations import build_dir
    from ..outputs import to_csv, write_atomic, write_json

    if label:
        raise XinyongError("E141", what="--differences", exit_code=errors.EXIT_USAGE)
    from ..annotate.evaluate import heldout_folder
    from ..datafiles import load_yaml

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


def _evaluate_heldout_en(split: str, check: bool, label: str | None, fmt: str, batch: int | None = None) -> None:
    """`xinyong evaluate --heldout-en [--heldout-en-batch N]`: scores (or counts) of the held-out English
    set or of one batch, with n/a where a label has no gold span; exits 1 when one of the issue's goals
    is missed."""
    from ..annotate.evaluate import HELDOUT_EN, evaluate_heldout_en, heldout_en_counts, heldout_en_differences
    from ..locations import build_dir
    from ..outputs import to_csv, write_atomic, write_json

    if label:
        from ..annotate.heldout_en import is_validation_batch

        if is_validation_batch(batch):  # its differences are never shown, in any form
            raise XinyongError("E284", batch=batch, exit_code=errors.EXIT_USAGE)
        if split != "train" or batch == 2:
            raise click.UsageError("with --heldout-en, --differences shows the train split only (use --split train): "
                                   "the test split, and all of batch 2, is held out for the goals.")
        click.echo(render(heldout_en_differences(None if label == "ALL" else label, batch=batch), fmt), nl=False)
        return
    if check:
        click.echo(render(heldout_en_counts(), fmt), nl=False)
        return
    result = evaluate_heldout_en(split, batch=batch)
    folder = build_dir() / "evaluation"
    name = f"{HELDOUT_EN}-{result['split']}" + ("" if batch is None else f"-batch{batch}")
    write_json(folder / f"{name}.json", result)
    write_atomic(folder / f"{name}.csv", to_csv(result["rows"]))
    if fmt in ("json", "jsonl"):
        click.echo(render([result] if fmt == "jsonl" else result, fmt), nl=False)
    else:
        rows = [{key: ("n/a" if value is None else value) for key, value in row.items()} for row in result["rows"]]
        click.echo(render(rows, fmt), nl=False)
        if fmt == "table":
            click.echo(f"batch {result['batch']}, split {result['split']}: {result['units']['units']} units in "
                       f"{result['units']['documents']} documents; English span tagger: {result['en_tagger']} "
                       "($XINYONG_EN_TAGGER chooses; see `xinyong annotate --help`)")
            for goal in result["goals"]:
                value = "n/a" if goal["value"] is None else f"{goal['value']:.3f}"
                state = {True: "met", False: "missed", None: "n/a"}[goal["meets_goal"]]
                click.echo(f"goal {goal['label']} {goal['measure']} >= {goal['goal']:.2f}: {value} ({state})")
    if any(goal["meets_goal"] is False for goal in result["goals"]):
        sys.exit(errors.EXIT_PROBLEMS)


def _evaluate_agreement_en(fmt: str) -> None:
    """`xinyong evaluate --agreement-en`: human agreement and the rules against each annotator, summary figures only."""
    from ..annotate.agreement_en import AGREEMENT_EN, agreement_en_folder, evaluate_agreement_en

    result = evaluate_agreement_en()
    if not result["rows"]:
        click.echo(f"no second annotations in {agreement_en_folder()}", err=True)
        return
    rows = result["rows"] if fmt in ("json", "jsonl") else \
        [{key: ("n/a" if value is None else value) for key, value in row.items()} for row in result["rows"]]
    click.echo(render(rows, fmt), nl=False)
    if fmt == "table":
        click.echo(f"{AGREEMENT_EN}: F1 of annotator B against A (exact: same span and type; any type: same span), "
                   "and of the rules against A and against B, on the units and labels B annotated")


def _evaluate_written_zh(check: bool, label: str | None, fmt: str) -> None:
    """`xinyong evaluate --written-zh`: scores (or counts) of the written Chinese set alone; never
    differences (its units are test units) and never an exit code (the main test split, which
    includes them, carries the targets)."""
    from ..annotate.evaluate import WRITTEN_ZH, evaluate_written_zh, written_zh_counts

    if label:
        raise click.UsageError("--written-zh shows no differences: its units are all test units, which no rule "
                               "may be tuned on.")
    if check:
        click.echo(render(written_zh_counts(), fmt), nl=False)
        return
    _store_and_show(evaluate_written_zh(), f"{WRITTEN_ZH}-test", fmt)


def _store_and_show(result: dict, name: str, fmt: str) -> None:
    """Write a set's scores to build/evaluation/<name>.json and .csv (its rows) and print them: the
    whole result as JSON, else its rows as a table with n/a for what was not measured."""
    from ..locations import build_dir
    from ..outputs import to_csv, write_atomic, write_json

    folder = build_dir() / "evaluation"
    write_json(folder / f"{name}.json", result)
    write_atomic(folder / f"{name}.csv", to_csv(result["rows"]))
    if fmt in ("json", "jsonl"):
        click.echo(render([result] if fmt == "jsonl" else result, fmt), nl=False)
    else:
        click.echo(render([{key: ("n/a" if value is None else value) for key, value in row.items()}
                           for row in result["rows"]], fmt), nl=False)


def _evaluate_validation_zh(check: bool, label: str | None, fmt: str) -> None:
    """`xinyong evaluate --validation-zh`: summary scores (or counts) of the Chinese validation set;
    never differences or anything per unit (rule writers may score the set, never read it), and never
    an exit code (its figures are development figures, not targets)."""
    from ..annotate.evaluate import VALIDATION_ZH, evaluate_validation_zh, validation_zh_counts

    if label:
        raise XinyongError("E289", what="--differences", exit_code=errors.EXIT_USAGE)
    if check:
        click.echo(render(validation_zh_counts(), fmt), nl=False)
        return
    _show_set_with_parties(evaluate_validation_zh(), VALIDATION_ZH, fmt,
                           "lenient (any target the pipeline finds in the provision)")


def _evaluate_dev_zh(check: bool, label: str | None, fmt: str) -> None:
    """`xinyong evaluate --dev-zh`: scores, counts or differences of the Chinese development set (rule
    writers may read it); never an exit code (its figures are development figures)."""
    from ..annotate.evaluate import DEV_ZH, dev_zh_counts, evaluate_dev_zh, load_dev_zh, unit_differences

    if label:
        from ..ingest import check_choice
        from ..labels import label_names

        check_choice(label, ["ALL", *label_names()], "--differences label")
        rows = unit_differences(load_dev_zh().units, None if label == "ALL" else label)
        if not rows:  # say so, rather than print nothing (the data output stays empty)
            click.echo(f"no differences for {label} on the dev-zh set", err=True)
        click.echo(render(rows, fmt), nl=False)
        return
    if check:
        click.echo(render(dev_zh_counts(), fmt), nl=False)
        return
    _show_set_with_parties(evaluate_dev_zh(), DEV_ZH, fmt, "lenient")


def _show_set_with_parties(result: dict, set_name: str, fmt: str, lenient_name: str) -> None:
    """Store and show the scores of a Chinese set whose measures name their sanctioned party, then (in
    text formats) one line of the measure -> party figures; lenient_name names the lenient figure."""
    _store_and_show(result, set_name, fmt)
    if fmt in ("json", "jsonl", "csv"):  # the party figures are in the JSON result; csv stays one table
        return
    party = result["sanctioned_party"]
    click.echo(f"measure -> sanctioned party: {party['strict_note']}: {party['strict_right']} of "
               f"{party['gold_measures_with_party']}; {lenient_name}: {party['lenient_right']} of "
               f"{party['gold_measures_with_party']} ({party['measures_found']} of the measures found); "
               f"{result['units']['units']} units in {result['units']['documents']} documents")


@main.command("gold-template")
@click.argument("doc")
@click.option("--lang", type=click.Choice(["zh", "en"]), required=True)
@click.option("--articles", required=True,
              help="Comma-separated top-level ids (art-9, s1.2, preamble) whose units to include.")
@SOURCES_OPTION
def gold_template_command(doc: str, lang: str, articles: str, sources: Path | None) -> None:
    """Print a gold-file skeleton (unit ids with their sha, empty spans) for whole articles.

    The skeleton carries no text: read the units with `xinyong parse`, then fill in the spans
    following corpus/gold/GUIDELINES.md.

    \b
    Example:
        xinyong gold-template shanghai-social-credit-regulation-2017 --lang zh --articles art-9,art-30
    """
    from ..unit_ids import top_level as article_of
    from ..annotate.evaluate import unit_sha
    from ..corpus import load_corpus

    corpus = load_corpus(sources)
    document = corpus.documents(lang).get(doc)
    if document is None:
        raise XinyongError("E030", doc=doc)
    import yaml

    wanted = {a.strip() for a in articles.split(",") if a.strip()}
    units = {unit.id: {"sha": unit_sha(unit.text), "spans": []} for unit in document.leaves()
             if article_of(unit.id) in wanted or unit.id in wanted}
    skeleton = {"doc": doc, "lang": lang, "annotator": "Xinyong contributors", "glossary_version": "2026-11-28",
                "units": units}
    # Written by the YAML library: ids and hashes that look like numbers or dates stay strings.
    click.echo(yaml.safe_dump(skeleton, allow_unicode=True, sort_keys=False, default_flow_style=False), nl=False)
