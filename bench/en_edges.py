"""The learned edge corrector of English MEASURE and TARGET spans (issue 16): cross-validation on the English
train units and the weights table.

usage: python bench/en_edges.py choose [--sources DIR]
       python bench/en_edges.py write --window N --epochs N --shifts=-1,0,1 --margin M [--sources DIR]

choose: runs the rules (corrector off) on every English train unit (corpus/gold's en train split, held-out
batch 1's train units, batches 3, 4 and 7), then for each setting tried prints the exact and overlap F1 of
MEASURE and TARGET of the rules and of the rules with the corrector, cross-validated by document (5 folds:
each document's units corrected by a model trained on the other folds). No validation or test unit is read.
write: trains on every English train unit with the given settings and writes corpus/patterns/en-edges.json
(the same data give the same bytes).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "analysis"))

from xinyong.annotate import en_edges  # noqa: E402
from xinyong.annotate import en_edges_model as model  # noqa: E402
from xinyong.annotate.gold import predict  # noqa: E402
from xinyong.annotate.spancat_en import english_train_units  # noqa: E402
from xinyong.corpus import load_corpus  # noqa: E402
from xinyong.locations import corpus_dir  # noqa: E402

SHIFTS_TRIED = ((), (-1, 0, 1), (-2, -1, 0, 1, 2))
MARGINS_TRIED = (0.0, 3.0, 6.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("choose", "write"))
    parser.add_argument("--sources", default="../shared/sources")
    parser.add_argument("--window", type=int, default=3)
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--shifts", default="")
    parser.add_argument("--margin", type=float, default=0.0)
    args = parser.parse_args()
    began = time.perf_counter()
    en_edges.EDGE_CORRECTOR_ON = False  # the corrector learns from, and is compared with, the rules alone
    units = english_train_units(load_corpus(Path(args.sources)))
    predicted = predict(units, "en")
    print(f"{len(units)} English train units in {len({u.doc for u in units})} documents; rules ran in "
          f"{time.perf_counter() - began:.0f} s")
    if args.mode == "write":
        shifts = tuple(int(s) for s in args.shifts.split(",") if s)
        path = corpus_dir() / en_edges.WEIGHTS_FILE
        count = model.write_weights(path, units, predicted, args.window, args.epochs, shifts, args.margin)
        print(f"wrote {path} ({count} weights; window {args.window}, epochs {args.epochs}, shifts {shifts}, "
              f"margin {args.margin})")
        return
    print(f"rules: {model.figures(units, predicted)}")
    for shifts in SHIFTS_TRIED:
        for window in model.WINDOWS_TRIED:
            for epochs in model.EPOCHS_TRIED:
                outs = model.cross_validate(units, predicted, window, epochs, shifts, MARGINS_TRIED)
                for margin, out in zip(MARGINS_TRIED, outs):
                    print(f"shifts {shifts} window {window} epochs {epochs} margin {margin}: "
                          f"{model.figures(units, out)} ({time.perf_counter() - began:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
