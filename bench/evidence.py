"""Benchmark of the evidence finder: index build time, query latency and memory (not a test).

Reads the annotations of the last `xinyong build` (build/). Prints figures only.

usage: python bench/evidence.py [--sources DIR] [--queries N]
"""
from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "analysis"))

from xinyong.analyze.data import AnnotatedCorpus  # noqa: E402
from xinyong.claims import load_claims, load_evidence_queries  # noqa: E402
from xinyong.corpus import load_corpus  # noqa: E402
from xinyong.evidence import EvidenceIndex, register_queries  # noqa: E402
from xinyong.locations import build_dir  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sources", default=None)
    parser.add_argument("--queries", type=int, default=3, help="Rounds over the test queries.")
    args = parser.parse_args()
    corpus = load_corpus(args.sources)
    started = time.perf_counter()
    index = EvidenceIndex(AnnotatedCorpus(corpus, build_dir()))
    built = time.perf_counter() - started
    print(f"index: {len(index.entries)} passages in {built:.2f}s (annotations read from {build_dir()})")
    texts = [q["query"] for q in register_queries(load_claims(corpus)) + load_evidence_queries(corpus)]
    index.search(texts[0], top=5)  # the first query loads the English pipeline
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
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
