"""Batch 8 of the held-out English set (issue 16): development text written blind to the rules, rich in measure and
target shapes whose span boundaries matter, every unit a train unit. The batch is loaded and checked here, never
scored: where the scoring wiring is checked, the pipeline is replaced by a stub that records what it is asked to
annotate."""
from __future__ import annotations

import json
from collections import Counter

import pytest
from click.testing import CliRunner
from heldout_en_helpers import record_annotated_units

from xinyong.annotate.heldout_en import (HELDOUT_EN_LATER_BATCHES, batch_prefix, evaluate_heldout_en,
                                         heldout_en_batch, heldout_en_counts, heldout_en_folder, load_heldout_en)
from xinyong.catalog import load_catalog
from xinyong.cli import main
from xinyong.structure import parse_file

FOLDER = heldout_en_folder()
SPLIT, BATCH8, REFUSAL = HELDOUT_EN_LATER_BATCHES[8]
PREFIX = batch_prefix(8)


@pytest.fixture(scope="module")
def eighth():
    return [u for u in load_heldout_en() if heldout_en_batch(u.doc) == 8]


@pytest.fixture
def annotated(monkeypatch):
    return record_annotated_units(monkeypatch)


def test_every_batch8_file_is_listed_and_all_its_units_are_train(eighth):
    assert SPLIT == "train" and REFUSAL == "E304"  # the files and the refusal: test_heldout_en_batches.py
    assert isinstance(BATCH8, tuple) and len(BATCH8) == 4
    parsed = {(doc, unit.id) for doc in BATCH8 for unit in parse_file(FOLDER / "texts" / f"{doc}.en.md", "en").units
              if unit.kind != "article"}
    assert {(u.doc, u.unit) for u in eighth} == parsed and len(eighth) >= 100
    assert {u.split for u in eighth} == {"train"}
    assert all(24 <= sum(u.doc == doc for u in eighth) <= 28 for doc in BATCH8)


def test_batch8_gold_has_the_support_the_brief_asked_for(eighth):
    spans = Counter(span[2] for unit in eighth for span in unit.spans)
    assert spans["MEASURE"] >= 70 and spans["TARGET"] >= 90
    assert spans["CITATION"] >= 12 and spans["DOCNO"] >= 6
    # local bodies follow the adjudicated convention: AGENCY with a local: type as well as TARGET
    assert sum(1 for u in eighth for s in u.spans if s[2] == "AGENCY" and str(s[3]).startswith("local:")) >= 15
    # the batch is meant to vary measure shapes: many types, incentives among them
    types = Counter(s[3] for u in eighth for s in u.spans if s[2] == "MEASURE")
    assert len(types) >= 20 and {"fewer-inspections", "priority-handling", "funding-priority"} <= set(types)


def test_batch8_citations_and_document_numbers_resolve_to_the_catalog(eighth):
    catalog = load_catalog().entries
    cited = [s[3] for u in eighth for s in u.spans if s[2] == "CITATION" and s[3]]
    assert len(cited) >= 12 and set(cited) <= set(catalog)
    numbers = {entry.get("doc_number") for entry in catalog.values()}
    docnos = {s[3] for u in eighth for s in u.spans if s[2] == "DOCNO"}
    assert len(docnos) >= 6 and docnos <= numbers


def test_batch8_is_in_the_train_aggregate_and_never_in_the_test_one(annotated, eighth):
    evaluate_heldout_en("train")
    assert {(u.doc, u.unit) for u in eighth} <= {(u.doc, u.unit) for u in annotated}
    annotated.clear()
    evaluate_heldout_en("test")
    assert annotated and not any(u.doc.startswith(PREFIX) for u in annotated)
    annotated.clear()
    alone = evaluate_heldout_en("train", batch=8)
    assert {(u.doc, u.unit) for u in annotated} == {(u.doc, u.unit) for u in eighth}
    assert alone["units"] == {"units": len(eighth), "documents": 4}


def test_check_counts_batch8_as_train_only(tmp_path, monkeypatch, eighth):
    monkeypatch.setenv("XINYONG_BUILD", str(tmp_path / "build"))
    counted = CliRunner().invoke(main, ["evaluate", "--heldout-en", "--check", "--format", "json"])
    assert counted.exit_code == 0, counted.output
    rows = [r for r in json.loads(counted.output) if r["batch"] == 8]
    assert [(r["split"], r["units"], r["documents"]) for r in rows] == [("train", len(eighth), 4)]
    assert rows == [r for r in heldout_en_counts() if r["batch"] == 8]
