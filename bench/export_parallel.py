"""Benchmark of the parallel corpus export and the house-style check: prints figures (not a test).

usage: python bench/export_parallel.py [--sources DIR] [--factor 10]

Figures: seconds and peak memory to pair the aligned units, write the TMX and the text pair, and
read the TMX back with translate-toolkit, on the corpus and on the corpus replicated `factor` times;
seconds for the house-style check of all translations.
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

from xinyong.corpus import load_corpus  # noqa: E402
from xinyong.export_parallel import STEM, write_parallel  # noqa: E402
from xinyong.style_check import style_warnings  # noqa: E402


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def replicated(corpus, factor: int):
    bigger = copy.copy(corpus)
    bigger.originals = {f"{d}~{k}": doc for k in range(factor) for d, doc in corpus.originals.items()}
    bigger.translations = {f"{d}~{k}": doc for k in range(factor) for d, doc in corpus.translations.items()}
    return bigger


def run(corpus, label: str) -> None:
    from translate.storage import tmx

    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        summary = write_parallel(corpus, Path(folder))
        written = time.perf_counter() - started
        path = Path(folder) / "parallel" / f"{STEM}.tmx"
        started = time.perf_counter()
        units = len(tmx.tmxfile.parsefile(str(path)).units)
        read = time.perf_counter() - started
        print(f"{label}: {summary['units']} units, TMX {path.stat().st_size / 1e6:.1f} MB; write {written:.2f} s, "
              f"translate-toolkit read {read:.2f} s ({units} units); peak memory {peak_mb():.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sources", default=None)
    parser.add_argument("--factor", type=int, default=10)
    args = parser.parse_args()
    corpus = load_corpus(args.sources)
    run(corpus, "corpus")
    run(replicated(corpus, args.factor), f"corpus x{args.factor}")
    started = time.perf_counter()
    findings = sum(len(style_warnings(t, corpus.originals.get(d))) for d, t in corpus.translations.items())
    print(f"house-style check of {len(corpus.translations)} translations: {time.perf_counter() - started:.2f} s, "
          f"{findings} findings")


if __name__ == "__main__":
    main()
