"""The trained span categoriser against the rules on the held-out Chinese documents (issue 19).

usage: python bench/spancat_vs_rules.py [--sources DIR] [--seed 19] [--epochs 15]

Trains spaCy spancat (jieba tokens, CPU, seeded) on the Chinese train units of corpus/gold, then
prints overlap precision, recall and F1 of MEASURE and TARGET on corpus/gold/heldout for the model
and for the rules, with the training time. Every run reads the held-out documents: count it as a
held-out run, and never tune rules or the model on what it prints.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", default="../shared/sources")
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--epochs", type=int, default=15)
    args = parser.parse_args()
    from xinyong.annotate.spancat import compare_on_heldout
    from xinyong.corpus import load_corpus

    corpus = load_corpus(Path(args.sources))
    began = time.perf_counter()
    figures = compare_on_heldout(corpus, seed=args.seed, epochs=args.epochs)
    seconds = time.perf_counter() - began
    print(f"trained on {figures['training_units']} train units, scored on {figures['heldout_units']} held-out units "
          f"(seed {args.seed}, {args.epochs} epochs, {seconds:.0f} s including the rules' run)")
    print(f"{'label':8} {'system':8} {'support':>7} {'precision':>9} {'recall':>6} {'f1':>6}")
    for label in ("MEASURE", "TARGET"):
        for system in ("spancat", "rules"):
            row = figures[system][label]
            print(f"{label:8} {system:8} {row['support']:>7} {row['precision']:>9.3f} {row['recall']:>6.3f} {row['f1']:>6.3f}")


if __name__ == "__main__":
    main()
