"""The checks that are the same for both Chinese sets over our own texts whose measures name their
sanctioned party (the validation set, the development set): each party is a gold measure written in its
provision, every norm is an id of the project lists, and no text repeats a stretch of the originals. What
is each set's own is in test_validation_zh.py and test_dev_zh.py."""
from __future__ import annotations

import re

import pytest
import yaml

from xinyong.annotate.evaluate import load_dev_zh, load_validation_zh
from xinyong.locations import corpus_dir


@pytest.fixture(scope="module", params=["validation-zh", "dev-zh"])
def gold(request):
    return {"validation-zh": load_validation_zh, "dev-zh": load_dev_zh}[request.param]()


def test_each_sanctioned_party_is_a_gold_measure_and_written_in_its_provision(gold):
    measures = {(u.doc, u.unit, s[0], s[1]) for u in gold.units for s in u.spans if s[2] == "MEASURE"}
    assert set(gold.parties) <= measures
    texts = {(u.doc, u.unit): u.text for u in gold.units}
    for (doc, unit, _, _), parties in gold.parties.items():
        scope = texts[(doc, unit)] + texts.get((doc, gold.parents.get((doc, unit)) or ""), "")
        assert parties and all(party in scope for party in parties), (unit, parties)


def test_norms_are_ids_of_the_project_lists(gold):
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


def test_the_texts_share_no_40_character_stretch_with_the_originals(gold, source_files):
    originals = "".join(re.sub(r"\s+", "", p.read_text(encoding="utf-8")) for p in source_files)
    for unit in gold.units:
        text = re.sub(r"\s+", "", unit.text)
        assert not any(text[i:i + 40] in originals for i in range(max(0, len(text) - 39))), unit.unit
