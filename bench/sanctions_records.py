"""Sanctions records before and after a rule change: prints the count of records per measure type
and language, and how many records of the seed-20 hand check still exist with the same measure
(those judged correct and those judged incorrect apart). Not a test.

usage: python bench/sanctions_records.py [--out DIR] [--save FILE] [--compare FILE] [--rebuild]

--out keeps the parsed and annotated corpus between runs (rebuilt with --rebuild, needed after a
finder changes); --save writes the counts to a JSON file, --compare prints the change against one.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "analysis"))

import yaml  # noqa: E402

from xinyong.analyze.data import AnnotatedCorpus  # noqa: E402
from xinyong.build import build  # noqa: E402
from xinyong.corpus import load_corpus  # noqa: E402
from xinyong.locations import corpus_dir  # noqa: E402
from xinyong.sanctions import sanction_records  # noqa: E402


def seed_check(records: list[dict]) -> dict[str, int]:
    """How many seed-20 records still exist (same id, hence same measure), by verdict on the measure."""
    check = yaml.safe_load((corpus_dir() / "gold" / "sanctions-check.yaml").read_text(encoding="utf-8"))
    ids = {r["id"] for r in records}
    figures: Counter = Counter()
    for judged in check["records"]:
        verdict = judged["fields"].get("measure")
        figures[f"{verdict} judged"] += 1
        figures[f"{verdict} kept"] += judged["id"] in ids
    return dict(figures)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="/tmp/xinyong-sanctions-bench")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--save")
    parser.add_argument("--compare")
    args = parser.parse_args()
    out = Path(args.out)
    if args.rebuild or not (out / "annotations").is_dir():
        build(None, out, stages=("parse", "annotate"), workers=1)
    records = sanction_records(AnnotatedCorpus(load_corpus(None), out))
    counts = Counter(f"{r['lang']} {r['measure']}" for r in records)
    before = json.loads(Path(args.compare).read_text()) if args.compare else {}
    print(f"records: {len(records)}" + (f" (before {sum(before['counts'].values())})" if before else ""))
    for lang in ("zh", "en"):
        total = sum(n for key, n in counts.items() if key.startswith(lang))
        was = sum(n for key, n in before.get("counts", {}).items() if key.startswith(lang))
        print(f"  {lang}: {total}" + (f" (before {was})" if before else ""))
    for key in sorted(set(counts) | set(before.get("counts", {}))):
        now, was = counts.get(key, 0), before.get("counts", {}).get(key, 0)
        if not before or now != was:
            print(f"  {key:45} {was if before else '':>5} -> {now:>5}" if before else f"  {key:45} {now:>5}")
    print("seed-20 records still present (same id and measure):", seed_check(records))
    if args.save:
        ids = sorted(r["id"] for r in records)
        Path(args.save).write_text(json.dumps({"counts": dict(counts), "ids": ids}, indent=1))
    if before:
        gone = sorted(set(before["ids"]) - {r["id"] for r in records})
        new = sorted({r["id"] for r in records} - set(before["ids"]))
        print(f"records dropped: {len(gone)}; new: {len(new)}")
        for rid in gone:
            print("  -", rid)
        for rid in new:
            print("  +", rid)


if __name__ == "__main__":
    main()
