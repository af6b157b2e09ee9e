"""Batch 6 of the held-out English set (issue 16): a validation batch, written blind to the rules. Rule writers may
score it alone for its summary figures while they work; its units are in neither the train nor the test aggregates
and its differences are never shown. These tests check the files and the wiring only: the pipeline is replaced by a
stub that records what it is asked to annotate, so no test ever scores the rules' output on the batch."""
from __future__ import annotations

import json
from collections import Counter

import pytest
from click.testing import CliRunner
from heldout_en_helpers import record_annotated_units

from xinyong.annotate.heldout_en import (HELDOUT_EN_LATER_BATCHES, VALIDATION, batch_prefix, evaluate_heldout_en,
                                         heldout_en_batch, heldout_en_counts, heldout_en_differences,
                                         heldout_en_folder, is_validation_batch, load_heldout_en)
from xinyong.cli import main
from xinyong.errors import XinyongError
from xinyong.structure import parse_file

FOLDER = heldout_en_folder()
SPLIT, BATCH6, REFUSAL = HELDOUT_EN_LATER_BATCHES[6]
PREFIX = batch_prefix(6)


@pytest.fixture(scope="module")
def sixth():
    return [u for u in load_heldout_en() if heldout_en_batch(u.doc) == 6]


@pytest.fixture
def annotated(monkeypatch):
    return record_annotated_units(monkeypatch)


def test_every_batch6_file_is_listed_and_all_its_units_are_validation(sixth):
    assert SPLIT == VALIDATION and REFUSAL == "E283"  # the files and the refusal: test_heldout_en_batches.py
    assert is_validation_batch(6) and not any(is_validation_batch(b) for b in (None, 1, 2, 3, 4, 5))
    parsed = {(doc, unit.id) for doc in BATCH6 for unit in parse_file(FOLDER / "texts" / f"{doc}.en.md", "en").units
              if unit.kind != "article"}
    assert {(u.doc, u.unit) for u in sixth} == parsed and len(sixth) >= 95
    assert {u.split for u in sixth} == {VALIDATION}
    assert all(22 <= sum(u.doc == doc for u in sixth) <= 28 for doc in BATCH6)


def test_batch6_gold_has_the_support_the_brief_asked_for(sixth):
    spans = Counter(span[2] for unit in sixth for span in unit.spans)
    assert spans["CITATION"] >= 15 and spans["DOCNO"] >= 8
    assert spans["MEASURE"] >= 60 and spans["TARGET"] >= 80


def test_differences_of_batch6_are_refused_with_e284_in_every_form():
    with pytest.raises(XinyongError) as caught:
        heldout_en_differences("MEASURE", batch=6)
    assert caught.value.code == "E284"
    runner = CliRunner()
    for args in (["--heldout-en-batch", "6", "--differences", "ALL"],
                 ["--heldout-en", "--split", "train", "--heldout-en-batch", "6", "--differences", "TARGET"],
                 ["--heldout-en-batch", "6", "--split", "all", "--differences", "MEASURE", "--format", "json"]):
        result = runner.invoke(main, ["evaluate", *args])
        assert result.exit_code != 0 and "E284" in result.output, (args, result.output)
        assert PREFIX not in result.output


def test_train_test_and_all_aggregates_never_take_batch6(annotated, sixth):
    for split in ("train", "test", "all"):
        annotated.clear()
        result = evaluate_heldout_en(split)
        docs = {u.doc for u in annotated}
        assert docs and not any(doc.startswith(PREFIX) for doc in docs)
        assert result["units"]["units"] == len(annotated)
    assert all(u.split != "train" for u in sixth) and all(u.split != "test" for u in sixth)


def test_batch6_alone_is_scored_on_its_own_units_and_printed_as_summary_only(tmp_path, monkeypatch, annotated, sixth):
    monkeypatch.setenv("XINYONG_BUILD", str(tmp_path / "build"))
    result = CliRunner().invoke(main, ["evaluate", "--heldout-en-batch", "6"])
    assert {(u.doc, u.unit) for u in annotated} == {(u.doc, u.unit) for u in sixth}
    assert f"batch 6, split {VALIDATION}: {len(sixth)} units in 4 documents" in result.output
    assert "MEASURE" in result.output and "TARGET" in result.output
    assert PREFIX not in result.output and not any(f" {u.unit} " in result.output for u in sixth if "." in u.unit)
    written = json.loads((tmp_path / "build" / "evaluation" / f"heldout-en-{VALIDATION}-batch6.json").read_text())
    assert written["split"] == VALIDATION and set(written) == {"set", "split", "batch", "units", "rows", "goals"}
    assert all(set(row) >= {"label", "precision", "recall", "f1", "overlap_f1"} and "doc" not in row
               for row in written["rows"])


def test_check_counts_batch6_as_validation_only(tmp_path, monkeypatch, sixth):
    monkeypatch.setenv("XINYONG_BUILD", str(tmp_path / "build"))
    counted = CliRunner().invoke(main, ["evaluate", "--heldout-en", "--check", "--format", "json"])
    assert counted.exit_code == 0, counted.output
    rows = json.loads(counted.output)
    assert rows == heldout_en_counts()
    assert [(r["split"], r["units"], r["documents"]) for r in rows if r["batch"] == 6] == [(VALIDATION, len(sixth), 4)]
