"""Helpers shared by the tests of the Chinese sets over our own texts whose measures name their sanctioned
party (the validation set, the development set): counts straight from the gold files, every unit
annotated, and a one-text fixture set written for scoring tests."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

from xinyong.annotate.heldout import HeldoutGold
from xinyong.structure import parse_file


def file_counts(folder: Path) -> tuple[Counter, int, int]:
    """Spans per label, MEASURE spans with a `target` and units, counted straight from the gold files."""
    counts: Counter = Counter()
    with_party = units = 0
    for path in sorted(folder.glob("*.zh.yaml")):
        entries = yaml.safe_load(path.read_text(encoding="utf-8"))["units"]
        units += len(entries)
        for entry in entries.values():
            counts.update(span["l"] for span in entry["spans"])
            with_party += sum("target" in span for span in entry["spans"])
    return counts, with_party, units


def check_every_unit_annotated(gold: HeldoutGold, folder: Path) -> None:
    """Every unit of every text in folder/texts is in the gold, bare article labels aside."""
    annotated = {(u.doc, u.unit) for u in gold.units}
    for text in sorted((folder / "texts").glob("*.zh.md")):
        parsed = parse_file(text, "zh")
        for unit in parsed.units:
            if unit.kind != "article":  # bare article labels are not annotated (GUIDELINES.md, Units)
                assert (parsed.id, unit.id) in annotated, (parsed.id, unit.id)


def write_fixture_set(folder: Path, doc_id: str, text: str, spans: dict[str, list[dict]]) -> Path:
    """Write a one-text set of our own into folder (texts/<doc_id>.zh.md and <doc_id>.zh.yaml), every
    unit but bare article labels annotated with its spans in `spans` (none if absent), for tests that
    score a set without annotating the real one."""
    from xinyong.annotate.gold import unit_sha

    (folder / "texts").mkdir(parents=True)
    text_path = folder / "texts" / f"{doc_id}.zh.md"
    text_path.write_text(text, encoding="utf-8")
    units = {u.id: u.text for u in parse_file(text_path, "zh").units if u.kind != "article"}
    gold = {"doc": doc_id, "lang": "zh",
            "units": {unit: {"sha": unit_sha(units[unit]), "spans": spans.get(unit, [])} for unit in units}}
    (folder / f"{doc_id}.zh.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True, sort_keys=False),
                                              encoding="utf-8")
    return folder
