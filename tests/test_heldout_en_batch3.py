"""Batch 3 of the held-out English set (issue 16): development text by the rule writer, every unit a
train unit, scored and compared on its own."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from xinyong.annotate.heldout_en import (BATCH3_PREFIX, HELDOUT_EN_BATCH3, heldout_en_batch, heldout_en_differences,
                                         heldout_en_folder, load_heldout_en)
from xinyong.cli import main
from xinyong.errors import ProblemList
from xinyong.structure import parse_file

FOLDER = heldout_en_folder()


def test_every_batch3_file_is_listed_and_all_its_units_are_train():
    on_disk = {path.name[: -len(".en.yaml")] for path in FOLDER.glob(f"{BATCH3_PREFIX}*.en.yaml")}
    assert on_disk == set(HELDOUT_EN_BATCH3)
    third = [u for u in load_heldout_en() if heldout_en_batch(u.doc) == 3]
    parsed = [unit for doc in HELDOUT_EN_BATCH3 for unit in parse_file(FOLDER / "texts" / f"{doc}.en.md", "en").units
              if unit.kind != "article"]
    assert len(third) == len(parsed) and {u.split for u in third} == {"train"}


def test_differences_of_one_batch_show_that_batch_only():
    rows = heldout_en_differences("MEASURE", batch=3)
    assert {r["doc"] for r in rows} <= set(HELDOUT_EN_BATCH3)
    assert not any(r["doc"].startswith(BATCH3_PREFIX) for r in heldout_en_differences("MEASURE", batch=1))


def test_cli_scores_batch3_on_train(tmp_path, monkeypatch):
    monkeypatch.setenv("XINYONG_BUILD", str(tmp_path / "build"))
    scored = CliRunner().invoke(main, ["evaluate", "--heldout-en-batch", "3", "--split", "train", "--format", "json"])
    assert scored.exit_code in (0, 1), scored.output
    result = json.loads(scored.output)
    assert result["batch"] == 3 and result["units"] == {"units": 62, "documents": 3}


def test_an_unlisted_batch3_file_is_refused(tmp_path: Path):
    folder = tmp_path / "heldout-en"
    (folder / "texts").mkdir(parents=True)
    source = HELDOUT_EN_BATCH3[0]
    data = (FOLDER / f"{source}.en.yaml").read_text(encoding="utf-8").replace(f"doc: {source}", "doc: heldout-b3-extra")
    (folder / "heldout-b3-extra.en.yaml").write_text(data, encoding="utf-8")
    shutil.copy(FOLDER / "texts" / f"{source}.en.md", folder / "texts" / "heldout-b3-extra.en.md")
    with pytest.raises(ProblemList) as caught:
        load_heldout_en(folder)
    assert caught.value.code == "E280" and "heldout-b3-extra.en.yaml:1" in caught.value.render()
