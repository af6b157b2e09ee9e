"""`xinyong build`: parse the corpus and write everything derived from it into build/."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .corpus import Corpus, load_corpus
from .locations import build_dir, corpus_dir
from .outputs import write_json


DEFAULT_STAGES = ("parse", "annotate", "analyze", "evaluate", "export")


@dataclass
class BuildResult:
    """What a build produced.

    out (Path): the build folder.
    documents (int): catalog entries.
    texts (dict[str, list[str]]): ids parsed per language.
    missing (list[str]): catalogued texts absent from the sources directory.
    timings (dict[str, float]): seconds per stage.
    """

    out: Path
    documents: int = 0
    texts: dict[str, list[str]] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    stats: dict[str, Any] = field(default_factory=dict)


def catalog_record(entry: dict[str, Any]) -> dict[str, Any]:
    """A catalog entry as published (internal keys dropped)."""
    return {k: v for k, v in entry.items() if not k.startswith("_")}


def write_parsed(corpus: Corpus, out: Path) -> dict[str, list[str]]:
    """build/corpus/<id>.<lang>.json in the `xinyong parse` format, plus the catalog."""
    written: dict[str, list[str]] = {"zh": [], "en": []}
    for lang in ("zh", "en"):
        for doc_id, document in corpus.documents(lang).items():
            write_json(out / "corpus" / f"{doc_id}.{lang}.json", document.to_dict())
            written[lang].append(doc_id)
    write_json(out / "corpus" / "catalog.json",
               [catalog_record(e) for e in corpus.catalog])
    return written


def build(sources: str | Path | None = None, out: Path | None = None, stages: tuple[str, ...] | None = None,
          progress: Callable[[str], None] | None = None, workers: int | None = None) -> BuildResult:
    """Build everything derived from the corpus into `out`.

    sources (str | Path | None): the sources directory.
    out (Path | None): the build folder (default build/).
    stages (tuple[str, ...] | None): the stages to run (default all): parse, annotate, analyze, export.
    progress (Callable | None): called with a line of news per stage.
    workers (int | None): processes for annotation (default: the number of cores).
    RETURNS (BuildResult): counts, missing texts and timings.
    """
    out = out or build_dir()
    say = progress or (lambda message: None)
    stages = stages or DEFAULT_STAGES
    result = BuildResult(out)
    started = time.perf_counter()
    corpus = load_corpus(sources)
    result.documents = len(corpus.catalog)
    result.missing = corpus.missing
    result.timings["load"] = time.perf_counter() - started
    if "parse" in stages:
        started = time.perf_counter()
        result.texts = write_parsed(corpus, out)
        result.timings["parse"] = time.perf_counter() - started
        say(f"parsed {len(result.texts['zh'])} Chinese and {len(result.texts['en'])} English texts")
    if "annotate" in stages:
        from .annotate.run import annotate_corpus

        started = time.perf_counter()
        stats = annotate_corpus(corpus, out, workers=workers, progress=say)
        result.stats["annotate"] = stats
        result.timings["annotate"] = time.perf_counter() - started
    if "analyze" in stages:
        from .analyze import run_all

        started = time.perf_counter()
        result.stats["analyze"] = run_all(corpus, out, progress=say)
        result.timings["analyze"] = time.perf_counter() - started
    if "evaluate" in stages and (corpus_dir() / "gold").is_dir():
        from .annotate.evaluate import evaluate
        from .outputs import to_csv, write_atomic

        started = time.perf_counter()
        evaluation = evaluate(corpus, "test")
        write_json(out / "evaluation" / "test.json", evaluation)
        write_atomic(out / "evaluation" / "test.csv", to_csv(evaluation["rows"]))
        missed = [f"{r['lang']} {r['label']}" for r in evaluation["rows"] if r["meets_target"] is False]
        for line in evaluation["skipped"]:
            say(f"evaluation: skipped {line}")
        say("evaluation (test split): " + (f"below target: {', '.join(missed)}" if missed else "all targets met"))
        finder = evaluate_evidence_finder(corpus, out)
        write_json(out / "evaluation" / "evidence.json", finder)
        result.timings["evaluate"] = time.perf_counter() - started
        say("evidence finder, top 5: " + "; ".join(
            f"{name} {r['thesaurus']['found']}/{r['thesaurus']['queries']} "
            f"({r['no-thesaurus']['found']} without the thesaurus)" for name, r in finder.items()))
    if "export" in stages:
        from .export import export_all

        started = time.perf_counter()
        result.stats["export"] = export_all(corpus, out, progress=say)
        result.timings["export"] = time.perf_counter() - started
    return result


def evaluate_evidence_finder(corpus: Corpus, out: Path) -> dict:
    """The evidence finder on the claims registers and the dev and test queries (see evidence.py)."""
    from .analyze.data import AnnotatedCorpus
    from .claims import QUERY_SETS, load_claims, load_evidence_queries
    from .evidence import evaluate_finder, load_index, register_queries

    index = load_index(out=out, data=AnnotatedCorpus(corpus, out))  # also fills the CLI's cache
    sets = {"register": register_queries(load_claims(corpus))}
    sets.update({split: load_evidence_queries(corpus, split) for split in QUERY_SETS})
    return evaluate_finder(index, sets)
