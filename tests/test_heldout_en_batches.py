"""The later batches of the held-out English set (issue 16) as one table: every file of a batch is listed,
all its units have the batch's split (train, test or validation), and an unlisted file with the batch's prefix is refused with the
batch's error code. The batches are loaded and checked here, never scored."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from heldout_en_helpers import all_heldout_en_units

from xinyong.annotate.heldout_en import (HELDOUT_EN_LATER_BATCHES, VALIDATION, batch_prefix, heldout_en_batch,
                                         heldout_en_folder, load_heldout_en)
from xinyong.errors import ProblemList
from xinyong.structure import parse_file

FOLDER = heldout_en_folder()


@pytest.mark.parametrize("batch, split", [(3, "train"), (4, "train"), (5, "test"), (6, VALIDATION), (7, "train"),
                                         (8, "train"), (9, "train"), (10, VALIDATION), (11, "train"), (12, "train"),
                                         (13, "train"), (14, "train"), (15, "train"), (16, "train"),
                                         (17, "train"), (18, "train"), (19, "train"),
                                         (20, "train"), (21, "train"), (22, "train"), (23, "train"),
                                         (24, "train"), (25, "train"), (26, "train"), (27, "train"),
                                         (28, VALIDATION), *((number, "train") for number in range(29, 53))])
def test_every_file_of_a_later_batch_is_listed_and_all_its_units_have_its_split(batch: int, split: str):
    documents = HELDOUT_EN_LATER_BATCHES[batch][1]
    on_disk = {path.name[: -len(".en.yaml")] for path in FOLDER.glob(f"{batch_prefix(batch)}*.en.yaml")}
    texts = {path.name[: -len(".en.md")] for path in (FOLDER / "texts").glob(f"{batch_prefix(batch)}*.en.md")}
    assert on_disk == texts == set(documents)
    units = [u for u in all_heldout_en_units() if heldout_en_batch(u.doc) == batch]
    parsed = [unit for doc in documents for unit in parse_file(FOLDER / "texts" / f"{doc}.en.md", "en").units
              if unit.kind != "article"]
    assert len(units) == len(parsed) and {u.split for u in units} == {split}


@pytest.mark.parametrize("batch, code", [(3, "E280"), (4, "E281"), (5, "E282"), (6, "E283"), (7, "E285"), (8, "E304"),
                                         (9, "E291"), (10, "E293"), (11, "E294"), (12, "E295"), (13, "E302"),
                                         (14, "E303"), (15, "E309"), (16, "E310"),
                                         (17, "E311"), (18, "E312"), (19, "E313"),
                                         (20, "E314"), (21, "E315"), (22, "E316"), (23, "E317"),
                                         (24, "E318"), (25, "E319"), (26, "E320"), (27, "E321"),
                                         (28, "E323"), *((number, "E324") for number in range(29, 53))])
def test_an_unlisted_file_of_a_later_batch_is_refused(tmp_path: Path, batch: int, code: str):
    prefix, source = batch_prefix(batch), HELDOUT_EN_LATER_BATCHES[batch][1][0]
    folder = tmp_path / "heldout-en"
    (folder / "texts").mkdir(parents=True)
    data = (FOLDER / f"{source}.en.yaml").read_text(encoding="utf-8").replace(f"doc: {source}", f"doc: {prefix}extra")
    (folder / f"{prefix}extra.en.yaml").write_text(data, encoding="utf-8")
    shutil.copy(FOLDER / "texts" / f"{source}.en.md", folder / "texts" / f"{prefix}extra.en.md")
    with pytest.raises(ProblemList) as caught:
        load_heldout_en(folder)
    assert caught.value.code == code and f"{prefix}extra.en.yaml:1" in caught.value.render()
    if code == "E324":  # the one code of batches 29 onwards names the batch and the split its units would have
        assert f"batch-{batch} document" in caught.value.render() and "then train" in caught.value.render()
