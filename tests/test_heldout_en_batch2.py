"""Batch 2 of the held-out English gold set (issue 16): four documents written after the English rules,
every unit a test unit, scored with batch 1 or on its own."""
from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from xinyong.annotate.gold import split_of
from xinyong.annotate.heldout_en import (HELDOUT_EN_LATER_BATCHES, number_runs, batch_prefix, HELDOUT_EN_BATCHES, evaluate_heldout_en, heldout_en_batch,
                                         heldout_en_counts, heldout_en_differences, heldout_en_folder,
                                         load_heldout_en)
from xinyong.cli import main
from xinyong.errors import ProblemList, XinyongError
from xinyong.labels import label_names
from xinyong.structure import parse_file

FOLDER = heldout_en_folder()
HELDOUT_EN_BATCH2 = HELDOUT_EN_LATER_BATCHES[2][1]
BATCH2_PREFIX = batch_prefix(2)


@pytest.fixture(scope="module")
def gold():
    return load_heldout_en()


def test_batch2_list_names_exactly_the_batch2_files():
    named = {(yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("doc") for path in FOLDER.glob("*.en.yaml")}
    assert {doc for doc in named if doc.startswith(BATCH2_PREFIX)} == set(HELDOUT_EN_BATCH2)
    for doc in HELDOUT_EN_BATCH2:
        assert (FOLDER / "texts" / f"{doc}.en.md").is_file(), doc


def test_every_batch2_unit_is_read_and_is_test_while_batch1_keeps_the_hash_split(gold):
    second = [u for u in gold if heldout_en_batch(u.doc) == 2]
    parsed = [unit for doc in HELDOUT_EN_BATCH2 for unit in parse_file(FOLDER / "texts" / f"{doc}.en.md", "en").units
              if unit.kind != "article"]
    assert len(second) == len(parsed) >= 90
    assert {u.doc for u in second} == set(HELDOUT_EN_BATCH2)
    assert {u.split for u in second} == {"test"}
    # the same units would be mostly train by the hash: the rule, not chance, makes them test
    assert sum(split_of(u.doc, "en", u.unit) == "train" for u in second) > len(second) / 2
    first = [u for u in gold if heldout_en_batch(u.doc) == 1]
    assert first and all(u.split == split_of(u.doc, "en", u.unit) for u in first)


def test_batch2_has_the_support_the_issue_asked_for(gold):
    spans = Counter(s[2] for u in gold if heldout_en_batch(u.doc) == 2 for s in u.spans)
    assert spans["CITATION"] >= 30 and spans["DOCNO"] >= 15
    assert spans["MEASURE"] >= 50 and spans["TARGET"] >= 60
    assert set(spans) == set(label_names())


def test_differences_never_show_batch2(gold):
    rows = heldout_en_differences("TARGET")
    assert rows and not any(r["doc"] in HELDOUT_EN_BATCH2 for r in rows)
    refused = CliRunner().invoke(main, ["evaluate", "--heldout-en-batch", "2", "--split", "train",
                                        "--differences", "ALL"])
    assert refused.exit_code == 2 and "batch 2" in refused.output


def _small_set(tmp_path: Path) -> Path:
    """One document of each batch, copied from the real set."""
    folder = tmp_path / "heldout-en"
    (folder / "texts").mkdir(parents=True)
    for doc in ("heldout-court-provisions", "heldout-b2-municipal-credit-regulations"):
        shutil.copy(FOLDER / f"{doc}.en.yaml", folder)
        shutil.copy(FOLDER / "texts" / f"{doc}.en.md", folder / "texts")
    return folder


def test_scoring_one_batch_alone_adds_up_to_both(tmp_path):
    folder = _small_set(tmp_path)
    both = evaluate_heldout_en("test", folder)
    one = evaluate_heldout_en("test", folder, batch=1)
    two = evaluate_heldout_en("test", folder, batch=2)
    assert (both["batch"], one["batch"], two["batch"]) == ("all", 1, 2)
    parsed = parse_file(folder / "texts" / "heldout-b2-municipal-credit-regulations.en.md", "en").units
    assert two["units"] == {"units": sum(unit.kind != "article" for unit in parsed), "documents": 1}
    assert one["units"]["units"] + two["units"]["units"] == both["units"]["units"]
    for label in label_names(evaluated=True):
        rows = [next(r for r in result["rows"] if r["label"] == label) for result in (both, one, two)]
        assert rows[0]["support"] == rows[1]["support"] + rows[2]["support"], label
        assert rows[0]["predicted"] == rows[1]["predicted"] + rows[2]["predicted"], label
    with pytest.raises(XinyongError) as wrong:
        evaluate_heldout_en("test", folder, batch=max(HELDOUT_EN_BATCHES) + 1)
    assert wrong.value.code == "E261" and f"batches 1-{max(HELDOUT_EN_BATCHES)} " in wrong.value.render()


def test_batch_numbers_are_listed_as_runs():
    assert number_runs((1, 2, 3, 4, 6, 8, 9)) == "1-4, 6, 8-9" and number_runs((5,)) == "5"


def test_an_unlisted_batch2_file_is_refused(tmp_path):
    folder = _small_set(tmp_path)
    source = "heldout-b2-municipal-credit-regulations"
    data = (folder / f"{source}.en.yaml").read_text(encoding="utf-8").replace(f"doc: {source}", "doc: heldout-b2-extra")
    (folder / "heldout-b2-extra.en.yaml").write_text(data, encoding="utf-8")
    shutil.copy(folder / "texts" / f"{source}.en.md", folder / "texts" / "heldout-b2-extra.en.md")
    with pytest.raises(ProblemList) as caught:
        load_heldout_en(folder)
    assert caught.value.code == "E260" and "heldout-b2-extra.en.yaml:1" in caught.value.render()


def test_cli_scores_batch2_alone_and_counts_it(tmp_path, monkeypatch, gold):
    monkeypatch.setenv("XINYONG_BUILD", str(tmp_path / "build"))
    runner = CliRunner()
    counted = runner.invoke(main, ["evaluate", "--heldout-en", "--check", "--format", "json"])
    assert counted.exit_code == 0, counted.output
    rows = json.loads(counted.output)
    assert [(r["batch"], r["split"]) for r in rows if r["batch"] == 2] == [(2, "test")]
    assert rows == heldout_en_counts()
    scored = runner.invoke(main, ["evaluate", "--heldout-en-batch", "2", "--format", "json"])
    assert scored.exit_code in (0, 1), scored.output
    result = json.loads(scored.output)
    assert result["batch"] == 2 and result["units"]["units"] == sum(heldout_en_batch(u.doc) == 2 for u in gold)
    written = json.loads((tmp_path / "build" / "evaluation" / "heldout-en-test-batch2.json").read_text(encoding="utf-8"))
    assert written == result
    assert scored.exit_code == (1 if any(g["meets_goal"] is False for g in result["goals"]) else 0)
