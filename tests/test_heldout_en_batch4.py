"""Batch 4 of the held-out English set (issue 16): development text written blind to the rules, every unit a
train unit. The batch is loaded and checked here, never scored: the annotator is not run on it in tests."""
from __future__ import annotations



from xinyong.annotate.heldout_en import (HELDOUT_EN_LATER_BATCHES, heldout_en_counts,
                                         heldout_en_folder)

FOLDER = heldout_en_folder()
HELDOUT_EN_BATCH4 = HELDOUT_EN_LATER_BATCHES[4][1]



def test_batch4_counts_are_reported_as_train_only():
    rows = [row for row in heldout_en_counts() if row["batch"] == 4]
    assert [row["split"] for row in rows] == ["train"]
    assert rows[0]["documents"] == len(HELDOUT_EN_BATCH4) and rows[0]["units"] >= 90
    # the brief's minimum support, so that a rule writer developing on the batch has enough of each
    assert rows[0]["MEASURE"] >= 60 and rows[0]["TARGET"] >= 80
    assert rows[0]["CITATION"] >= 20 and rows[0]["DOCNO"] >= 10
