"""Batch 3 of the held-out English set (issue 16): development text by the rule writer, every unit a
train unit, scored and compared on its own."""
from __future__ import annotations

import json

from click.testing import CliRunner

from xinyong.annotate.heldout_en import (HELDOUT_EN_LATER_BATCHES, batch_prefix, heldout_en_differences,
                                         heldout_en_folder)
from xinyong.cli import main

FOLDER = heldout_en_folder()
HELDOUT_EN_BATCH3 = HELDOUT_EN_LATER_BATCHES[3][1]
BATCH3_PREFIX = batch_prefix(3)



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
