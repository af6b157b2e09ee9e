"""`xinyong build`: parse the corpus and write everything derived from it into build/."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from .errors import XinyongError
from .locations import build_dir, corpus_dir
from .outputs import write_json

if TYPE_CHECKING:  # the CLI reads the stage table without loading the corpus code
    from .corpus import Corpus


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


@dataclass
class StageRun:
    """What a stage works with: the loaded corpus, the build folder, the result it adds to."""

    corpus: Corpus
    out: Path
    result: BuildResult
    say: Callable[[str], None]
    workers: int | None = None


def parse_stage(run: StageRun) -> None:
    run.result.texts = write_parsed(run.corpus, run.out)
    run.say(f"parsed {len(run.result.texts['zh'])} Chinese and {len(run.result.texts['en'])} English texts")


def annotate_stage(run: StageRun) -> None:
    from .annotate.run import annotate_corpus

    run.result.stats["annotate"] = annotate_corpus(run.corpus, run.out, workers=run.workers, progress=run.say)


def analyze_stage(run: StageRun) -> None:
    from .analyze import run_all

    run.result.stats["analyze"] = run_all(run.corpus, run.out, progress=run.say)


def evaluate_stage(run: StageRun) -> None:
    from .annotate.evaluate import evaluate
    from .outputs import to_csv, write_atomic

    evaluation = evaluate(run.corpus, "test")
    write_json(run.out / "evaluation" / "test.json", evaluation)
    write_atomic(run.out / "evaluation" / "test.csv", to_csv(evaluation["rows"]))
    missed = [f"{r['lang']} {r['label']}" for r in evaluation["rows"] if r["meets_target"] is False]
    for line in evaluation["skipped"]:
        run.say(f"evaluation: skipped {line}")
    run.say("evaluation (test split): " + (f"below target: {', '.join(missed)}" if missed else "all targets met"))
    finder = evaluate_evidence_finder(run.corpus, run.out)
    write_json(run.out / "evaluation" / "evidence.json", finder)
    run.say("evidence finder, top 5: " + "; ".join(
        f"{name} {r['thesaurus']['found']}/{r['thesaurus']['queries']} "
        f"({r['no-thesaurus']['found']} without the thesaurus)" for name, r in finder.items()))


def export_stage(run: StageRun) -> None:
    from .export import export_all

    run.result.stats["export"] = export_all(run.corpus, run.out, progress=run.say)


@dataclass(frozen=True)
class Stage:
    """One step of the build.

    name (str): its name (`xinyong build --stage NAME`).
    run (Callable[[StageRun], None]): does the work.
    inputs (tuple[str, ...]): the folders of the build folder it reads, which earlier stages write.
    outputs (tuple[str, ...]): the folders of the build folder it writes.
    needs (str | None): a folder of corpus/ without which the stage is skipped (the gold set).
    """

    name: str
    run: Callable[[StageRun], None]
    inputs: tuple[str, ...] = ()
    outputs: tuple[str, ...] = ()
    needs: str | None = None


# The build in order: each stage reads what the ones before it wrote.
STAGES: tuple[Stage, ...] = (
    Stage("parse", parse_stage, outputs=("corpus",)),
    Stage("annotate", annotate_stage, outputs=("annotations",)),
    Stage("analyze", analyze_stage, inputs=("annotations",), outputs=("analysis",)),
    Stage("evaluate", evaluate_stage, inputs=("annotations",), outputs=("evaluation",), needs="gold"),
    Stage("export", export_stage, inputs=("annotations", "analysis"), outputs=("data",)),
)
DEFAULT_STAGES = tuple(stage.name for stage in STAGES)


def check_inputs(stages: tuple[str, ...], out: Path) -> None:
    """Refuse, before anything is read or written, a stage whose input neither an earlier build left
    in `out` nor an earlier stage of this run writes: it would run on nothing and say nothing (E172)."""
    written: set[str] = set()
    for stage in STAGES:
        if stage.name not in stages:
            continue
        for folder in stage.inputs:
            if folder not in written and not (out / folder).is_dir():
                producer = next(s.name for s in STAGES if folder in s.outputs)
                raise XinyongError("E172", path=out / folder, stage=stage.name, producer=producer)
        written.update(stage.outputs)


def build(sources: str | Path | None = None, out: Path | None = None, stages: tuple[str, ...] | None = None,
          progress: Callable[[str], None] | None = None, workers: int | None = None) -> BuildResult:
    """Build everything derived from the corpus into `out`, running the stages of STAGES in order.

    sources (str | Path | None): the sources directory.
    out (Path | None): the build folder (default build/).
    stages (tuple[str, ...] | None): the names of the stages to run (default all, see STAGES).
    progress (Callable | None): called with a line of news per stage.
    workers (int | None): processes for annotation (default: the number of cores).
    RETURNS (BuildResult): counts, missing texts and timings.
    """
    from .corpus import load_corpus

    out = out or build_dir()
    wanted = stages or DEFAULT_STAGES
    check_inputs(wanted, out)
    result = BuildResult(out)
    started = time.perf_counter()
    corpus = load_corpus(sources)
    result.documents = len(corpus.catalog)
    result.missing = corpus.missing
    result.timings["load"] = time.perf_counter() - started
    run = StageRun(corpus, out, result, progress or (lambda message: None), workers)
    for stage in STAGES:
        # the gold set is optional (a corpus without one builds everything else)
        if stage.name not in wanted or (stage.needs and not (corpus_dir() / stage.needs).is_dir()):
            continue
        started = time.perf_counter()
        stage.run(run)
        result.timings[stage.name] = time.perf_counter() - started
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
