"""Benchmark of the annotation pipeline: prints speed and memory figures (not a test).

usage: python bench/annotate.py [--sources DIR] [--megabytes 20] [--workers 2]

Figures: characters per second of the full Chinese pipeline and of bare jieba.lcut on the same
text in the same run (their ratio), English tokens per second, peak memory, and the time of a full
annotation of the corpus and of an incremental rebuild after one document changes, on the corpus
and on the corpus replicated to the given size.
"""
from __future__ import annotations

import argparse
import copy
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "analysis"))

import jieba  # noqa: E402

from xinyong.annotate.pipeline import annotatable_units, annotate_units, cached_pipeline, load_userdict  # noqa: E402
from xinyong.annotate.run import annotate_corpus  # noqa: E402
from xinyong.corpus import load_corpus  # noqa: E402
from xinyong.locations import corpus_dir  # noqa: E402


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def replicated(corpus, factor: int):
    """The corpus with every text repeated `factor` times under new ids."""
    bigger = copy.copy(corpus)
    bigger.originals = {f"{d}~{k}": doc for k in range(factor) for d, doc in corpus.originals.items()}
    bigger.translations = {f"{d}~{k}": doc for k in range(factor) for d, doc in corpus.translations.items()}
    bigger.digests = {f"{d}~{k}": doc for k in range(factor) for d, doc in corpus.digests.items()}
    return bigger


def size_mb(corpus) -> float:
    return sum(len(u.text.encode("utf-8")) for lang in ("zh", "en") for d in corpus.documents(lang).values()
               for u in d.units) / 1e6


def speed(corpus) -> None:
    units = [text for d in corpus.originals.values() for _, text in annotatable_units(d)]
    characters = sum(len(t) for t in units)
    load_userdict(corpus_dir())
    nlp_zh = cached_pipeline("zh", str(corpus_dir()))
    # warm up: jieba's dictionary and the components' resources load on first use
    list(jieba.lcut(units[0]))
    annotate_units([("warm", units[0])], "zh", "bench", nlp_zh)
    started = time.perf_counter()
    for text in units:
        jieba.lcut(text)
    bare = time.perf_counter() - started
    started = time.perf_counter()
    annotate_units([(str(i), t) for i, t in enumerate(units)], "zh", "bench", nlp_zh)
    full = time.perf_counter() - started
    print(f"Chinese: {characters:,} characters; bare jieba.lcut {characters / bare:,.0f} chars/s; "
          f"full pipeline {characters / full:,.0f} chars/s; ratio {full / bare:.2f}x")
    english = [text for d in corpus.documents("en").values() for _, text in annotatable_units(d)]
    nlp_en = cached_pipeline("en", str(corpus_dir()))
    annotate_units([("warm", english[0])], "en", "bench", nlp_en)
    tokens = sum(len(doc) for doc in nlp_en.tokenizer.pipe(english))
    started = time.perf_counter()
    annotate_units([(str(i), t) for i, t in enumerate(english)], "en", "bench", nlp_en)
    seconds = time.perf_counter() - started
    print(f"English: {tokens:,} tokens; full pipeline {tokens / seconds:,.0f} tokens/s")


def builds(corpus, label: str, workers: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        started = time.perf_counter()
        stats = annotate_corpus(corpus, out, workers=workers)
        full = time.perf_counter() - started
        changed = next(iter(corpus.originals))
        document = copy.deepcopy(corpus.originals[changed])
        document.units[-1].text += "本条例自公布之日起施行。"
        corpus.originals[changed] = document
        started = time.perf_counter()
        again = annotate_corpus(corpus, out, workers=workers)
        incremental = time.perf_counter() - started
    print(f"{label}: {size_mb(corpus):.1f} MB of text; full annotation {full:.1f}s ({stats['annotated']} documents, "
          f"{workers} processes, {size_mb(corpus) / full:.2f} MB/s); incremental after one change {incremental:.1f}s "
          f"({again['annotated']} re-annotated, {again['reused']} reused)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sources", default=None)
    parser.add_argument("--megabytes", type=float, default=20.0)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    corpus = load_corpus(args.sources)
    speed(corpus)
    builds(corpus, "corpus", args.workers)
    factor = max(1, round(args.megabytes / size_mb(corpus) + 0.5))
    builds(replicated(corpus, factor), f"corpus x{factor}", args.workers)
    print(f"peak memory of this process: {peak_mb():,.0f} MB (workers are separate processes)")


if __name__ == "__main__":
    main()
