"""Checks shared by the tests of the Chinese sets over our own texts whose measures name their sanctioned
party (the validation set, the development set): counts straight from the gold files, every unit
annotated, parties written in their provision, norms from the project lists, and no stretch of the
originals in the texts."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import yaml

from xinyong.annotate.heldout import HeldoutGold
from xinyong.locations import corpus_dir
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


def check_parties_are_measures_in_their_provision(gold: HeldoutGold) -> None:
    """Each sanctioned party belongs to a gold MEASURE span and is written in its unit or its parent."""
    measures = {(u.doc, u.unit, s[0], s[1]) for u in gold.units for s in u.spans if s[2] == "MEASURE"}
    assert set(gold.parties) <= measures
    texts = {(u.doc, u.unit): u.text for u in gold.units}
    for (doc, unit, _, _), parties in gold.parties.items():
        scope = texts[(doc, unit)] + texts.get((doc, gold.parents.get((doc, unit)) or ""), "")
        assert parties and all(party in scope for party in parties), (unit, parties)


def check_norms_are_project_ids(gold: HeldoutGold) -> None:
    """Every norm is an id of the project's lists (catalog, measures, targets, glossary, agencies or a
    local: agency), and every DATE norm an ISO date or a --MM(-DD) recurring date."""
    def ids(name: str) -> set[str]:
        return {e["id"] for e in yaml.safe_load((corpus_dir() / name).read_text(encoding="utf-8"))}

    catalog = {yaml.safe_load(p.read_text(encoding="utf-8"))["id"] for p in (corpus_dir() / "catalog").glob("*.yaml")}
    known = {"MEASURE": ids("measures.yaml"), "TARGET": ids("targets.yaml"), "TERM": ids("glossary.yaml"),
             "CITATION": catalog}
    agencies = ids("agencies.yaml")
    for unit in gold.units:
        for start, end, label, norm in unit.spans:
            text = unit.text[start:end]
            if label in known and norm is not None:
                assert norm in known[label], (unit.unit, text, norm)
            if label == "AGENCY":
                assert norm in agencies or norm.startswith("local:"), (unit.unit, text, norm)
            if label == "DATE":
                assert re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?|--\d\d(-\d\d)?", norm), (unit.unit, text, norm)


def check_no_40_character_stretch_of_the_originals(gold: HeldoutGold, source_files: list[Path]) -> None:
    """No unit shares a stretch of 40 characters (whitespace aside) with the Chinese originals."""
    originals = "".join(re.sub(r"\s+", "", p.read_text(encoding="utf-8")) for p in source_files)
    for unit in gold.units:
        text = re.sub(r"\s+", "", unit.text)
        assert not any(text[i:i + 40] in originals for i in range(max(0, len(text) - 39))), unit.unit


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
