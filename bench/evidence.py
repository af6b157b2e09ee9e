"""Benchmark of the evidence finder: index build time, query latency, memory, and whole-process
timings of `xinyong evidence "claim"` with and without the on-disk cache (not a test).

Reads the annotations of the last `xinyong build` (build/). Prints figures only. The floor is a
bare process that imports spaCy and builds a blank Chinese pipeline with the jieba segmenter (what
any command that annotates pays before doing anything); a cached English query should be well
under it and under 1 s.

usage: python bench/evidence.py [--sources DIR] [--queries N] [--runs N]
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "analysis"))

from xinyong.analyze.data import AnnotatedCorpus  # noqa: E402
from xinyong.claims import load_claims, load_evidence_queries  # noqa: E402
from xinyong.corpus import load_corpus  # noqa: E402
from xinyong.evidence import EvidenceIndex, cache_dir, register_queries  # noqa: E402
from xinyong.locations import build_dir  # noqa: E402

CLAIM = "People with low credit scores cannot buy plane tickets"
FLOOR = ("import spacy; spacy.blank('zh', config={'nlp': {'tokenizer': {'segmenter': 'jieba'}}})"
         "('预热jieba的词典')")


def timed(command: list[str], runs: int, env: dict[str, str]) -> list[float]:
    """Wall-clock seconds of `runs` runs of a whole process."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env, cwd=ROOT)
        times.append(time.perf_counter() - started)
    return times


def whole_process(runs: int, sources: str | None) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "analysis")}
    cli = [sys.executable, "-c", "from xinyong.cli import main; main()", "evidence", CLAIM, "--top", "5"]
    if sources:
        cli += ["--sources", sources]
    floor = timed([sys.executable, "-c", FLOOR], runs, env)
    print(f"floor (bare process: import spaCy, blank zh with jieba, segment once): median {statistics.median(floor):.2f}s")
    out = build_dir()
    shutil.rmtree(cache_dir(out), ignore_errors=True)  # the next run rebuilds the same cache
    cold = timed(cli, 1, env)  # builds the index and writes the cache
    warm = timed(cli, runs, env)
    print(f"`xinyong evidence` whole process, no cache (index built and cached): {cold[0]:.2f}s")
    print(f"`xinyong evidence` whole process, cached index: median {statistics.median(warm):.2f}s, "
          f"max {max(warm):.2f}s over {runs} runs ({statistics.median(warm) / statistics.median(floor):.0%} of the floor)")
    size = sum(p.stat().st_size for p in cache_dir(out).glob("*.pickle"))
    print(f"cache size: {size / 1e6:.1f} MB in {cache_dir(out)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sources", default=None)
    parser.add_argument("--queries", type=int, default=3, help="Rounds over the test queries.")
    parser.add_argument("--runs", type=int, default=5, help="Runs of each whole process.")
    args = parser.parse_args()
    corpus = load_corpus(args.sources)
    started = time.perf_counter()
    index = EvidenceIndex(AnnotatedCorpus(corpus, build_dir()))
    built = time.perf_counter() - started
    kinds = {kind: sum(1 for e in index.entries if e[4] == kind) for kind in ("text", "digest", "catalog", "secondary")}
    print(f"index: {len(index.entries)} passages {kinds} in {built:.2f}s (annotations read from {build_dir()})")
    texts = [q["query"] for q in register_queries(load_claims(corpus))]
    texts += [q["query"] for split in ("dev", "test", "unseen2") for q in load_evidence_queries(corpus, split)]
    index.search(texts[0], top=5)  # the first query loads the matchers and the stemmer
    for expand in (True, False):
        times = []
        for _ in range(args.queries):
            for text in texts:
                started = time.perf_counter()
                index.search(text, top=10, expand=expand)
                times.append(time.perf_counter() - started)
        times.sort()
        print(f"query ({'with' if expand else 'without'} thesaurus): {len(times)} searches, median "
              f"{statistics.median(times) * 1000:.1f} ms, 95th percentile {times[int(len(times) * 0.95)] * 1000:.1f} ms")
    print(f"peak memory (in-process part): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    whole_process(args.runs, args.sources)


if __name__ == "__main__":
    main()
