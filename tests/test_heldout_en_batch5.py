"""Batch 5 of the held-out English set (issue 16): a never-seen test batch, written blind to the rules,
every unit a test unit. These tests check the files and the wiring only: they never score the batch, so
nobody sees the rules' output on it before the lead measures it once."""
from __future__ import annotations

import json
from collections import Counter

import pytest
from click.testing import CliRunner

from xinyong.annotate.heldout_en import (HELDOUT_EN_LATER_BATCHES, batch_prefix, heldout_en_batch, heldout_en_counts,
                                         heldout_en_folder, load_heldout_en)
from xinyong.cli import main
from xinyong.structure import parse_file

FOLDER = heldout_en_folder()
SPLIT, BATCH5, REFUSAL = HELDOUT_EN_LATER_BATCHES[5]
PREFIX = batch_prefix(5)


@pytest.fixture(scope="module")
def fifth():
    return [u for u in load_heldout_en() if heldout_en_batch(u.doc) == 5]


def test_every_batch5_file_is_listed_and_all_its_units_are_test(fifth):
    assert SPLIT == "test" and REFUSAL == "E282"  # the files and the refusal: test_heldout_en_batches.py
    parsed = [unit for doc in BATCH5 for unit in parse_file(FOLDER / "texts" / f"{doc}.en.md", "en").units
              if unit.kind != "article"]
    assert len(fifth) == len(parsed) >= 90
    assert {u.split for u in fifth} == {"test"}
    assert {(u.doc, u.unit) for u in fifth} == {(doc, unit.id) for doc in BATCH5
                                                for unit in parse_file(FOLDER / "texts" / f"{doc}.en.md", "en").units
                                                if unit.kind != "article"}


def test_batch5_gold_has_the_support_the_brief_asked_for(fifth):
    spans = Counter(span[2] for unit in fifth for span in unit.spans)
    assert spans["CITATION"] >= 20 and spans["DOCNO"] >= 10
    assert spans["MEASURE"] >= 60 and spans["TARGET"] >= 80
    assert all(20 <= sum(u.doc == doc for u in fifth) <= 25 for doc in BATCH5)


def test_check_counts_batch5_as_test_only(tmp_path, monkeypatch, fifth):
    monkeypatch.setenv("XINYONG_BUILD", str(tmp_path / "build"))
    counted = CliRunner().invoke(main, ["evaluate", "--heldout-en", "--check", "--format", "json"])
    assert counted.exit_code == 0, counted.output
    rows = json.loads(counted.output)
    assert rows == heldout_en_counts()
    assert [(r["split"], r["units"], r["documents"]) for r in rows if r["batch"] == 5] == [("test", len(fifth), 4)]
