"""Batch 4 of the held-out English set (issue 16): development text written blind to the rules, every unit a
train unit. The batch is loaded and checked here, never scored: the annotator is not run on it in tests."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from xinyong.annotate.heldout_en import (BATCH4_PREFIX, HELDOUT_EN_BATCH4, heldout_en_batch, heldout_en_counts,
                                         heldout_en_folder, load_heldout_en)
from xinyong.errors import ProblemList
from xinyong.structure import parse_file

FOLDER = heldout_en_folder()


def test_every_batch4_file_is_listed_and_all_its_units_are_train():
    on_disk = {path.name[: -len(".en.yaml")] for path in FOLDER.glob(f"{BATCH4_PREFIX}*.en.yaml")}
    assert on_disk == set(HELDOUT_EN_BATCH4)
    texts = {path.name[: -len(".en.md")] for path in (FOLDER / "texts").glob(f"{BATCH4_PREFIX}*.en.md")}
    assert texts == set(HELDOUT_EN_BATCH4)
    fourth = [u for u in load_heldout_en() if heldout_en_batch(u.doc) == 4]
    parsed = [unit for doc in HELDOUT_EN_BATCH4 for unit in parse_file(FOLDER / "texts" / f"{doc}.en.md", "en").units
              if unit.kind != "article"]
    assert len(fourth) == len(parsed) and {u.split for u in fourth} == {"train"}


def test_batch4_counts_are_reported_as_train_only():
    rows = [row for row in heldout_en_counts() if row["batch"] == 4]
    assert [row["split"] for row in rows] == ["train"]
    assert rows[0]["documents"] == len(HELDOUT_EN_BATCH4) and rows[0]["units"] >= 90
    # the brief's minimum support, so that a rule writer developing on the batch has enough of each
    assert rows[0]["MEASURE"] >= 60 and rows[0]["TARGET"] >= 80
    assert rows[0]["CITATION"] >= 20 and rows[0]["DOCNO"] >= 10


def test_an_unlisted_batch4_file_is_refused(tmp_path: Path):
    folder = tmp_path / "heldout-en"
    (folder / "texts").mkdir(parents=True)
    source = HELDOUT_EN_BATCH4[0]
    data = (FOLDER / f"{source}.en.yaml").read_text(encoding="utf-8").replace(f"doc: {source}", "doc: heldout-b4-extra")
    (folder / "heldout-b4-extra.en.yaml").write_text(data, encoding="utf-8")
    shutil.copy(FOLDER / "texts" / f"{source}.en.md", folder / "texts" / "heldout-b4-extra.en.md")
    with pytest.raises(ProblemList) as caught:
        load_heldout_en(folder)
    assert caught.value.code == "E281" and "heldout-b4-extra.en.yaml:1" in caught.value.render()
