"""The trained span categoriser against, and combined with, the English rules (issue 16).

usage: python bench/spancat_vs_rules_en.py choose [--sources DIR] [--seed 19]
       python bench/spancat_vs_rules_en.py unseen --epochs N --max-tokens N --threshold T [--sources DIR]

choose: trains spaCy spancat (spacy.blank("en") tokens, CPU, seeded) on every English train unit except
held-out batch 4 and scores the rules, the model, their union and rules-first-then-model on batch 4
(training data), for each setting tried; prints the mean exact F1 of MEASURE and TARGET and the chosen
setting. unseen: retrains on every English train unit with the given settings and prints exact and
overlap figures on the unseen test batches 5 and 2. Run `unseen` once, with the settings `choose` gave.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("choose", "unseen"))
    parser.add_argument("--sources", default="../shared/sources")
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--max-tokens", type=int, default=8)
    parser.add_argument("--threshold", type=float, default=0.5)
    args = parser.parse_args()
    from xinyong.annotate.spancat_en import choose_settings, score_unseen
    from xinyong.corpus import load_corpus

    corpus = load_corpus(Path(args.sources))
    began = time.perf_counter()
    if args.mode == "choose":
        result = choose_settings(corpus, seed=args.seed)
        print(f"trained on {result['train_units']} units, development batch 4: {result['dev_units']} units; "
              f"chosen {result['chosen']} ({time.perf_counter() - began:.0f} s)")
        return
    result = score_unseen(corpus, args.epochs, args.max_tokens, args.threshold, seed=args.seed)
    print(f"trained on {result['train_units']} English train units (seed {args.seed}, {args.epochs} epochs, "
          f"n-grams 1-{args.max_tokens}, threshold {args.threshold}; {time.perf_counter() - began:.0f} s)")
    for batch, scored in result["batches"].items():
        print(f"batch {batch} ({scored['units']} units)")
        print(f"  {'label':8} {'system':11} {'sup':>4} {'P':>6} {'R':>6} {'F1':>6} {'oP':>6} {'oR':>6} {'oF1':>6}")
        for label in ("MEASURE", "TARGET"):
            for system, rows in scored["systems"].items():
                r = rows[label]
                print(f"  {label:8} {system:11} {r['support']:>4} {r['precision']:>6.3f} {r['recall']:>6.3f} "
                      f"{r['f1']:>6.3f} {r['overlap_precision']:>6.3f} {r['overlap_recall']:>6.3f} {r['overlap_f1']:>6.3f}")


if __name__ == "__main__":
    main()
