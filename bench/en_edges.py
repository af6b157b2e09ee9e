"""The learned edge corrector of English MEASURE and TARGET spans (issue 16): cross-validation on the English
train units and the weights table.

usage: python bench/en_edges.py choose [--sources DIR]
       python bench/en_edges.py write --window N --epochs N --shifts=-1,0,1 --margin M [--sources DIR]
       python bench/en_edges.py sets [--sources DIR]
       python bench/en_edges.py speed [--sources DIR] [--repeat 3]

choose: runs the rules (corrector off) on every English train unit (corpus/gold's en train split, held-out
batch 1's train units, batches 3, 4, 7 and 8), then for each setting tried prints the exact and overlap F1 of
MEASURE and TARGET of the rules and of the rules with the corrector, cross-validated by document (5 folds:
each document's units corrected by a model trained on the other folds). No validation or test unit is read.
write: trains on every English train unit with the given settings and writes corpus/patterns/en-edges.json
(the same data give the same bytes).
sets: exact (overlap) F1 of MEASURE and TARGET per development set (main English train split, batch 1's
train units, batches 3, 4, 7, 8): the rules, the rules with the committed weights (trained on these very units,
so in-sample) and with the chosen settings cross-validated by document (out-of-fold).
speed: annotates every English unit of the corpus (translations and digests) with the corrector off and on (the
committed weights), best of --repeat runs each, and prints units per second and how many spans moved.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "analysis"))

from xinyong.annotate import en_edges  # noqa: E402
from xinyong.annotate import en_edges_model as model  # noqa: E402
from xinyong.annotate.gold import predict  # noqa: E402
from xinyong.annotate.heldout_en import heldout_en_batch  # noqa: E402
from xinyong.annotate.pipeline import annotatable_units, annotate_units  # noqa: E402
from xinyong.annotate.spancat_en import english_train_units  # noqa: E402
from xinyong.corpus import load_corpus  # noqa: E402
from xinyong.locations import corpus_dir  # noqa: E402

SHIFTS_TRIED = ((), (-1, 0, 1), (-2, -1, 0, 1, 2))
MARGINS_TRIED = (0.0, 3.0, 6.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("choose", "write", "sets", "speed"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sources", default="../shared/sources")
    parser.add_argument("--window", type=int, default=3)
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--shifts", default="")
    parser.add_argument("--margin", type=float, default=0.0)
    args = parser.parse_args()
    began = time.perf_counter()
    en_edges.EDGE_CORRECTOR_ON = False  # the corrector learns from, and is compared with, the rules alone
    if args.mode == "speed":
        speed(load_corpus(Path(args.sources)), args.repeat)
        return
    units = english_train_units(load_corpus(Path(args.sources)))
    predicted = predict(units, "en", en_tagger="off")  # the rules' own edges
    print(f"{len(units)} English train units in {len({u.doc for u in units})} documents; rules ran in "
          f"{time.perf_counter() - began:.0f} s")
    if args.mode == "write":
        shifts = tuple(int(s) for s in args.shifts.split(",") if s)
        path = corpus_dir() / en_edges.WEIGHTS_FILE
        count = model.write_weights(path, units, predicted, args.window, args.epochs, shifts, args.margin)
        print(f"wrote {path} ({count} weights; window {args.window}, epochs {args.epochs}, shifts {shifts}, "
              f"margin {args.margin})")
        return
    if args.mode == "sets":
        sets(units, predicted)
        return
    print(f"rules: {model.figures(units, predicted)}")
    for shifts in SHIFTS_TRIED:
        for window in model.WINDOWS_TRIED:
            for epochs in model.EPOCHS_TRIED:
                outs = model.cross_validate(units, predicted, window, epochs, shifts, MARGINS_TRIED)
                for margin, out in zip(MARGINS_TRIED, outs):
                    print(f"shifts {shifts} window {window} epochs {epochs} margin {margin}: "
                          f"{model.figures(units, out)} ({time.perf_counter() - began:.0f} s)", flush=True)


def _development_set(unit: object) -> str:
    doc = getattr(unit, "doc")
    return f"batch {heldout_en_batch(doc)}" + (" train" if heldout_en_batch(doc) == 1 else "") \
        if doc.startswith("heldout-") else "main en train"


def sets(units: list, predicted: dict) -> None:
    """Per development set: the rules, the committed weights (in-sample) and the chosen settings out-of-fold."""
    weights, window, margin = en_edges.load_weights(str(corpus_dir()))
    table = json.loads((corpus_dir() / en_edges.WEIGHTS_FILE).read_text(encoding="utf-8"))
    in_sample = model.corrected(units, predicted, weights, window, margin)
    (out_of_fold,) = model.cross_validate(units, predicted, window, table["epochs"], tuple(table["shifts"]), (margin,))
    print(f"committed weights: window {window}, epochs {table['epochs']}, shifts {table['shifts']}, margin {margin}")
    for name in sorted({_development_set(u) for u in units}):
        own = [u for u in units if _development_set(u) == name]
        row = []
        for system, found in (("rules", predicted), ("in-sample", in_sample), ("cross-validated", out_of_fold)):
            figures = model.figures(own, found)
            row.append(f"{system} " + " ".join(f"{label} {f['f1']:.3f} ({f['overlap_f1']:.3f})"
                                               for label, f in figures.items()))
        print(f"{name} ({len(own)} units): " + "; ".join(row))


def speed(corpus: object, repeat: int) -> None:
    """English annotation of the corpus with the corrector off and on: best time of `repeat` runs each."""
    documents = list(getattr(corpus, "documents")("en").values())
    units = [(d.id, annotatable_units(d)) for d in documents]
    count = sum(len(u) for _, u in units)
    found = {}
    for switch in (False, True):
        en_edges.EDGE_CORRECTOR_ON = switch
        best = float("inf")
        for _ in range(repeat):
            began = time.perf_counter()
            found[switch] = [r for doc_id, own in units for r in annotate_units(own, "en", doc_id)[0]]
            best = min(best, time.perf_counter() - began)
        print(f"corrector {'on ' if switch else 'off'}: {count} English units of {len(documents)} documents in "
              f"{best:.2f} s ({count / best:.0f} units/s)")
    key = [(r["doc"], r["unit"], r["label"], r["start"], r["end"]) for r in found[False]]
    moved = sum(1 for a, b in zip(found[False], found[True]) if (a["start"], a["end"]) != (b["start"], b["end"]))
    print(f"records: {len(key)} off, {len(found[True])} on; MEASURE/TARGET spans moved by the corrector: {moved}")


if __name__ == "__main__":
    main()
