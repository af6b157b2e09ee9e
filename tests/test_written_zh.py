"""The written Chinese test set (corpus/gold/written-zh, issue 19): loading, its place in the test
split, its separate scoring and its numbered errors."""
from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from xinyong.annotate.evaluate import (load_gold, load_written_zh, split_gold, unit_sha,
                                       written_zh_counts, written_zh_folder, written_zh_for_split)
from xinyong.cli import main
from xinyong.errors import ProblemList, XinyongError
from xinyong.labels import label_names
from xinyong.locations import corpus_dir
from xinyong.structure import parse_file

FOLDER = written_zh_folder()
# Issue 19: at least 30 test spans per label on the Chinese test split.
WANTED_SUPPORT = 30


def _file_counts() -> Counter:
    """Spans per label counted straight from the gold files, not through the loader."""
    counts: Counter = Counter()
    for path in sorted(FOLDER.glob("*.zh.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["units"].values():
            counts.update(span["l"] for span in entry["spans"])
    return counts


@pytest.fixture(scope="module")
def gold():
    return load_written_zh()


def test_four_texts_every_unit_annotated_and_all_test(gold):
    assert len({u.doc for u in gold}) == 4 and len(gold) >= 60
    assert all(u.lang == "zh" and u.split == "test" for u in gold)
    annotated = {(u.doc, u.unit) for u in gold}
    for text in sorted((FOLDER / "texts").glob("*.zh.md")):
        parsed = parse_file(text, "zh")
        for unit in parsed.units:
            if unit.kind != "article":  # bare article labels are not annotated (GUIDELINES.md, Units)
                assert (parsed.id, unit.id) in annotated, (parsed.id, unit.id)
    for unit in gold:
        data = yaml.safe_load((FOLDER / f"{unit.doc}.zh.yaml").read_text(encoding="utf-8"))
        assert data["units"][unit.unit]["sha"] == unit_sha(unit.text)


def test_span_texts_lie_in_their_units_and_support_comes_from_the_files(gold):
    by_key = {(u.doc, u.unit): u for u in gold}
    for path in sorted(FOLDER.glob("*.zh.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for unit_id, entry in data["units"].items():
            unit = by_key[(data["doc"], unit_id)]
            found = [(unit.text[start:end], label) for start, end, label, _ in unit.spans]
            for (text, label), span in zip(found, entry["spans"], strict=True):
                head, elided, tail = span["t"].partition("…")  # a span of 30+ characters is head…tail
                assert label == span["l"] and (text == span["t"] if not elided else
                                               text.startswith(head) and text.endswith(tail) and len(text) >= 30)
    counts = _file_counts()
    assert Counter(s[2] for u in gold for s in u.spans) == counts
    row = written_zh_counts()[0]
    assert row["units"] == len(gold) and all(row[label] == n for label, n in counts.items())
    for label in ("CITATION", "DOCNO", "DATE"):
        assert counts[label] >= 35, label


def test_norms_are_ids_of_the_project_lists_and_dates_are_iso(gold):
    def ids(name: str) -> set[str]:
        return {e["id"] for e in yaml.safe_load((corpus_dir() / name).read_text(encoding="utf-8"))}

    catalog = set()
    for path in (corpus_dir() / "catalog").glob("*.yaml"):
        records = yaml.safe_load(path.read_text(encoding="utf-8"))
        catalog |= {r["id"] for r in (records if isinstance(records, list) else [records])}
    known = {"MEASURE": ids("measures.yaml"), "TARGET": ids("targets.yaml"), "TERM": ids("glossary.yaml"),
             "CITATION": catalog}
    agencies = ids("agencies.yaml")
    for unit in gold:
        for start, end, label, norm in unit.spans:
            text = unit.text[start:end]
            if label in known and norm is not None:
                assert norm in known[label], (unit.doc, unit.unit, text, norm)
            if label == "AGENCY":
                assert norm in agencies or norm.startswith("local:"), (unit.unit, text, norm)
            if label == "DATE":
                assert re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?|--\d\d(-\d\d)?", norm), (unit.unit, text, norm)
                assert not text.startswith("〔"), text  # the year of a document number is not a DATE
            if label == "DOCNO":
                assert text.endswith("号") and re.search(r"\d", norm), (unit.unit, text, norm)
            if label == "CITATION":
                assert text.startswith("《") and text.endswith("》") and len(text) < 42, text
    assert {s[2] for u in gold for s in u.spans} == set(label_names())


def test_the_texts_share_no_40_character_stretch_with_the_originals(gold, source_files):
    originals = "".join(re.sub(r"\s+", "", p.read_text(encoding="utf-8")) for p in source_files)
    for unit in gold:
        text = re.sub(r"\s+", "", unit.text)
        assert not any(text[i:i + 40] in originals for i in range(max(0, len(text) - 39))), unit.unit


def test_the_set_joins_the_test_split_never_train(corpus, gold):
    assert written_zh_for_split("train") == [] and len(written_zh_for_split("test")) == len(gold)
    docs = {u.doc for u in gold}
    assert not docs & {u.doc for u in load_gold(corpus)}  # the main loader does not read the folder
    assert not docs & {u.doc for u in split_gold(corpus, "train")}
    for split in ("test", "all"):
        zh = [u for u in split_gold(corpus, split, ("zh",))]
        assert {(u.doc, u.unit) for u in gold} <= {(u.doc, u.unit) for u in zh}
    support = Counter(s[2] for u in split_gold(corpus, "test", ("zh",)) for s in u.spans)
    assert all(support[label] >= WANTED_SUPPORT for label in ("CITATION", "DOCNO", "DATE", "AGENCY")), support


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "written-zh"
    shutil.copytree(FOLDER, target)
    return target


def test_changed_text_and_bad_entries_get_numbered_errors(tmp_path):
    folder = _copy(tmp_path)
    text = folder / "texts" / "written-court-rules.zh.md"
    text.write_text(text.read_text(encoding="utf-8").replace("纳入期限一般为二年", "纳入期限一般为三年", 1), encoding="utf-8")
    notice = folder / "written-department-notice.zh.yaml"
    data = notice.read_text(encoding="utf-8").replace('{t: "国办发〔2016〕1号"', '{t: "国办发〔2016〕2号"', 1)
    notice.write_text(data.replace("  s3.11.p2:", "  s9.p2:", 1), encoding="utf-8")
    (folder / "texts" / "written-municipal-work-plan.zh.md").unlink()
    with pytest.raises(ProblemList) as caught:
        load_written_zh(folder)
    assert sorted(p.code for p in caught.value.problems) == ["E266", "E267", "E268", "E269"]
    assert "written-department-notice.zh.yaml:" in caught.value.render()
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(XinyongError) as missing:
        load_written_zh(empty)
    assert missing.value.code == "E265"


def test_cli_counts_and_refuses_differences_and_train():
    runner = CliRunner()
    counted = runner.invoke(main, ["evaluate", "--written-zh", "--check", "--format", "json"])
    assert counted.exit_code == 0, counted.output
    assert json.loads(counted.output)[0]["CITATION"] == _file_counts()["CITATION"]
    for args in (["--differences", "ALL"], ["--split", "train"], ["--heldout-en"]):
        refused = runner.invoke(main, ["evaluate", "--written-zh", *args])
        assert refused.exit_code == 2 and "--written-zh" in refused.output, args


def test_scoring_the_set_alone(tmp_path, monkeypatch):
    monkeypatch.setenv("XINYONG_BUILD", str(tmp_path / "build"))
    result = CliRunner().invoke(main, ["evaluate", "--written-zh", "--format", "json"])
    assert result.exit_code == 0, result.output
    scored = json.loads(result.output)
    rows = {row["label"]: row for row in scored["rows"]}
    assert set(rows) == set(label_names(evaluated=True))
    counts = _file_counts()
    assert all(rows[label]["support"] == counts[label] for label in rows)
    for row in rows.values():
        for key in ("recall", "f1", "overlap_f1"):
            assert row[key] is None or 0.0 <= row[key] <= 1.0
        assert row["f1"] is None or row["overlap_f1"] >= row["f1"]
    stored = json.loads((tmp_path / "build" / "evaluation" / "written-zh-test.json").read_text(encoding="utf-8"))
    assert stored == scored
