"""The learned English span tagger (issue 16): its weights table, and how it compares with the rules.

usage: python bench/en_span_tagger.py write [--sources DIR]
       python bench/en_span_tagger.py check [--sources DIR]
       python bench/en_span_tagger.py compare --batch N [--sources DIR]
       python bench/en_span_tagger.py folds [--sources DIR]

write: trains on every English train unit (corpus/gold's en train split, held-out batch 1's train units, batches 3,
4, 7, 8 and 9) and writes corpus/patterns/en-span-tagger.json (the same data give the same bytes).
check: trains again and says whether the committed table is what the train units give (exit 1 if not).
compare: exact and overlap precision, recall and F1 of MEASURE and TARGET on one held-out English batch, for the
rules alone and with each mode of $XINYONG_EN_TAGGER (redraw: the tagger redraws the rules' spans; add: it also
adds the spans it is sure enough of) (the batch's own rules decide what may be scored: a validation batch
prints figures only, which is all this prints).
folds: the default mode out of fold on the held-out English train units: five folds by document, each fold's units
annotated with a tagger trained on every other English train unit (its table stands in for the committed one); prints
exact and overlap F1 of MEASURE and TARGET and where their gold spans went (found, right edges but another type,
other edges, not touched) and how many spans touch no gold span. Five trainings: about ten minutes.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "analysis"))

from xinyong.annotate import en_span_tagger as tagger  # noqa: E402
from xinyong.annotate.en_span_tagger_training import table_bytes, train_table  # noqa: E402
from xinyong.annotate.gold import predict, score, where_spans_went  # noqa: E402
from xinyong.annotate.heldout_en import heldout_en_batch, load_heldout_en  # noqa: E402
from xinyong.annotate.spancat_en import english_train_units  # noqa: E402
from xinyong.corpus import load_corpus  # noqa: E402
from xinyong.errors import XinyongError  # noqa: E402
from xinyong.locations import corpus_dir  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("write", "check", "compare", "folds"))
    parser.add_argument("--sources", default="../shared/sources")
    parser.add_argument("--batch", type=int)
    args = parser.parse_args()
    began = time.perf_counter()
    path = corpus_dir() / tagger.WEIGHTS_FILE
    if args.mode == "compare":
        if args.batch is None:
            parser.error("compare needs --batch N")
        compare(args.batch)
        return
    units = english_train_units(load_corpus(Path(args.sources)))
    if args.mode == "folds":
        folds(units)
        return
    data = table_bytes(train_table(units))
    print(f"trained on {len(units)} English train units in {time.perf_counter() - began:.1f} s")
    if args.mode == "write":
        path.write_bytes(data)
        print(f"wrote {path} ({len(data)} bytes)")
        return
    same = path.is_file() and path.read_bytes() == data
    print(f"{path}: {'the same as a fresh training' if same else 'NOT what the train units give: run write'}")
    sys.exit(0 if same else 1)


def compare(batch: int) -> None:
    units = [u for u in load_heldout_en() if heldout_en_batch(u.doc) == batch]
    if not units:
        sys.exit(f"no units in batch {batch}")
    for mode in ("off", "redraw", "add"):  # auto is add on these texts (not catalogued)
        os.environ[tagger.TAGGER_ENV] = mode
        name = {"off": "rules", "redraw": "tagger redraws", "add": "tagger adds"}[mode]
        predicted = predict(units, "en")
        results, spans_only = score(units, predicted), score(units, predicted, check_norm=False)
        for label in tagger.TAGGED_LABELS:
            exact, overlap, span = results["exact"][label], results["overlap"][label], spans_only["exact"][label]
            print(f"batch {batch} {name:13} {label:8} support {exact.tp + exact.fn:3}  exact P {exact.precision:.3f} "
                  f"R {exact.recall:.3f} F1 {exact.f1:.3f}  span alone F1 {span.f1:.3f}  overlap F1 {overlap.f1:.3f}")


FOLDS = 5


def folds(train_units: list) -> None:
    held = [u for u in load_heldout_en() if u.split == "train"]
    docs = sorted({u.doc for u in held})
    fold_of = {doc: index % FOLDS for index, doc in enumerate(docs)}
    predicted: dict = {}
    os.environ[tagger.TAGGER_ENV] = "auto"  # held-out texts are not catalogued: the default mode is "add"
    for fold in range(FOLDS):
        began = time.perf_counter()
        scored = [u for u in held if fold_of[u.doc] == fold]
        out = {u.doc for u in scored}
        table = train_table([u for u in train_units if u.doc not in out])
        tagger.load_tagger = lambda corpus, table=table: table  # the fold's table instead of the committed one
        predicted.update(predict(scored, "en"))
        seconds = time.perf_counter() - began
        print(f"fold {fold + 1}/{FOLDS}: {len(scored)} units of {len(out)} documents ({seconds:.0f} s)", flush=True)
    results = score(held, predicted)
    for label in tagger.TAGGED_LABELS:
        exact, overlap = results["exact"][label], results["overlap"][label]
        went = ", ".join(f"{kind} {count}" for kind, count in where_spans_went(held, predicted, label).items())
        print(f"out of fold, {len(held)} units, {label:8} exact P {exact.precision:.3f} R {exact.recall:.3f} "
              f"F1 {exact.f1:.4f}  overlap F1 {overlap.f1:.3f}\n  gold spans: {went}")


if __name__ == "__main__":
    try:
        main()
    except XinyongError as error:  # a bad --sources or a broken data file: the message, not a traceback
        sys.exit(str(error))
