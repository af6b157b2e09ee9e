"""Sanctions records before and after a rule change: prints the count of records per measure type
and language, how many records of the current hand check (corpus/gold/sanctions-check.yaml, seed 25)
still exist with the same measure (those judged correct and those judged incorrect apart), and, with
--compare against a file saved with --save, how many records change in each checked field and how many
of the records judged correct keep the same values in each judged field (and the same text, for a
field with an id and a text: a body that gets its listed id keeps its text). Not a test.

usage: python bench/sanctions_records.py [--out DIR] [--save FILE] [--compare FILE] [--rebuild]

--out keeps the parsed and annotated corpus between runs (rebuilt with --rebuild, needed after a
finder changes); --save writes the counts and the records' checked fields to a JSON file, --compare
prints the change against one. A record is matched by id, else by its clause and measure when only one
record has them, or one of them the same measure text (a changed party changes the id).
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


# The checked fields and the record values each judgement covers.
FIELD_VALUES = {"measure": ("measure",), "party": ("party_type", "party_text"),
                "trigger": ("trigger_kind", "trigger_text"), "authority": ("authority", "authority_text"),
                "force": ("force",)}


def load_check() -> dict:
    return yaml.safe_load((corpus_dir() / "gold" / "sanctions-check.yaml").read_text(encoding="utf-8"))


def matcher(records: dict[str, dict], before: dict[str, dict]):
    """A function from a record id to the record of that id, else the only one of its clause and measure
    (and, among several, of the same measure text)."""
    by_clause: dict[str, list[dict]] = {}
    for record_id, record in records.items():
        by_clause.setdefault(":".join(record_id.split(":")[:4]), []).append(record)

    def find(record_id: str) -> dict | None:
        if record_id in records:
            return records[record_id]
        found = by_clause.get(":".join(record_id.split(":")[:4]), [])
        if len(found) > 1:
            found = [r for r in found if r.get("measure_text") == before.get(record_id, {}).get("measure_text")]
        return found[0] if len(found) == 1 else None
    return find


def field_changes(before: dict[str, dict], after: dict[str, dict]) -> None:
    """Prints the records whose checked fields changed, and how many judged-correct records keep theirs."""
    find = matcher(after, before)
    changed = Counter()
    for record_id, was in before.items():
        now = find(record_id)
        if now is None:
            continue
        fields = [f for f, keys in FIELD_VALUES.items() if any(was.get(k) != now.get(k) for k in keys)]
        changed.update(fields)
        changed["any field"] += bool(fields)
    print("records with a changed field (matched):", dict(changed))
    for field, keys in FIELD_VALUES.items():
        kept = same_text = judged = 0
        for judgement in load_check()["records"]:
            if judgement["fields"].get(field) != "correct" or judgement["id"] not in before:
                continue
            judged += 1
            now = find(judgement["id"])
            kept += now is not None and all(before[judgement["id"]].get(k) == now.get(k) for k in keys)
            # the text is what the checker read; an id alone may change when a body gets its listed id
            same_text += now is not None and before[judgement["id"]].get(keys[-1]) == now.get(keys[-1])
        print(f"  judged correct for {field}: {kept}/{judged} keep the same values"
              + (f" ({same_text}/{judged} the same {keys[-1]})" if len(keys) > 1 else ""))


def seed_check(records: list[dict]) -> dict[str, int]:
    """How many records of the current check still exist (same id, hence same measure), by verdict on the measure."""
    check = load_check()
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
    print(f"seed-{load_check()['seed']} records still present (same id and measure):", seed_check(records))
    values = {r["id"]: {k: r[k] for keys in [*FIELD_VALUES.values(), ("measure_text",)] for k in keys} for r in records}
    if args.save:
        ids = sorted(r["id"] for r in records)
        Path(args.save).write_text(json.dumps({"counts": dict(counts), "ids": ids, "records": values},
                                              indent=1, ensure_ascii=False))
    if before:
        gone = sorted(set(before["ids"]) - {r["id"] for r in records})
        new = sorted({r["id"] for r in records} - set(before["ids"]))
        print(f"records dropped: {len(gone)}; new: {len(new)}")
        if "records" in before:
            field_changes(before["records"], values)
        for rid in gone:
            print("  -", rid)
        for rid in new:
            print("  +", rid)


if __name__ == "__main__":
    main()
