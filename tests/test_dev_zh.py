"""The Chinese development set (corpus/gold/dev-zh, issue 19): loading, its place in the train split
(scores, differences, party links) and never in test, `evaluate --dev-zh`, and its numbered errors.
No test here asserts a quality figure: the set is development data (see its README)."""
from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from own_text_sets import check_every_unit_annotated, file_counts, write_fixture_set

from xinyong.annotate import dev_zh, evaluate as evaluate_module, party_links
from xinyong.annotate.evaluate import (differences, dev_zh_counts, dev_zh_folder, load_dev_zh, load_gold,
                                       load_validation_zh, load_written_zh, split_gold)
from xinyong.cli import main
from xinyong.errors import ProblemList, XinyongError
from xinyong.labels import label_names

FOLDER = dev_zh_folder()


@pytest.fixture(scope="module")
def gold():
    return load_dev_zh()


def test_every_text_every_unit_annotated_all_train(gold):
    # batches of four, each written blind to the rules (the second: test_dev_zh_second_batch.py)
    texts = {path.name[: -len(".zh.md")] for path in (FOLDER / "texts").glob("*.zh.md")}
    assert {u.doc for u in gold.units} == texts and len(texts) >= 12 and len(gold.units) >= 300
    assert all(u.lang == "zh" and u.split == "train" for u in gold.units)
    check_every_unit_annotated(gold, FOLDER)


def test_counts_come_from_the_files(gold):
    counts, with_party, units = file_counts(FOLDER)
    assert len(gold.units) == units
    assert Counter(s[2] for u in gold.units for s in u.spans) == counts
    assert len(gold.parties) == with_party
    row = dev_zh_counts()[0]
    assert row["units"] == units and row["measures_with_party"] == with_party and row["split"] == "train"
    assert all(row[label] == n for label, n in counts.items())
    assert {s[2] for u in gold.units for s in u.spans} == set(label_names())


def test_in_train_and_all_never_in_test_nor_in_other_sets(corpus, gold):
    docs = {u.doc for u in gold.units}
    keys = {(u.doc, u.unit) for u in gold.units}
    assert not docs & {u.doc for u in load_gold(corpus)}
    assert not docs & {u.doc for u in load_written_zh()} and not docs & {u.doc for u in load_validation_zh().units}
    for split in ("train", "all"):
        zh = split_gold(corpus, split, ("zh",))
        assert keys <= {(u.doc, u.unit) for u in zh}, split
        assert not docs & {u.doc for u in split_gold(corpus, split, ("en",))}
    assert not docs & {u.doc for u in split_gold(corpus, "test")}


def test_differences_show_the_set_on_train_and_all_only(corpus, gold, monkeypatch):
    passed: list[set] = []  # the units each differences() call hands to the annotator
    monkeypatch.setattr(evaluate_module, "unit_differences",
                        lambda units, label=None: passed.append({(u.doc, u.unit) for u in units}) or [])
    dev_units = {(u.doc, u.unit) for u in gold.units}
    for split in ("train", "all", "test"):
        differences(corpus, split, "MEASURE")
    train, every, test = passed
    assert dev_units <= train and dev_units <= every and not dev_units & test


def test_party_links_count_the_set_on_train_and_all_only(corpus, gold, monkeypatch):
    dev_docs = {u.doc for u in gold.units}
    for split in ("train", "all"):
        assert set(gold.parties) <= set(party_links.load_party_links(corpus, split)), split
    assert not {link[0] for link in party_links.load_party_links(corpus, "test")} & dev_docs
    # the main gold's links are left out here, so that only the development documents are annotated
    only_dev = party_links.load_party_links
    monkeypatch.setattr(party_links, "load_party_links", lambda corpus, split: {
        link: parties for link, parties in only_dev(corpus, split).items() if link[0] in dev_docs})
    train = party_links.evaluate_party_links(corpus, "train")
    assert train["gold_measures_with_party"] == len(gold.parties) > 0
    assert 0 <= train["strict_right"] <= train["measures_found"] <= len(gold.parties)
    assert {row["doc"] for row in train["wrong"]} <= dev_docs
    assert party_links.evaluate_party_links(corpus, "test")["gold_measures_with_party"] == 0


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "dev-zh"
    shutil.copytree(FOLDER, target)
    return target


def test_bad_gold_gets_its_numbered_error_naming_file_and_line(tmp_path):
    folder = _copy(tmp_path)
    gold_file = folder / "dev-wage-arrears-list-rules.zh.yaml"
    lines = gold_file.read_text(encoding="utf-8").splitlines()
    sha_line = next(i for i, line in enumerate(lines) if line.strip().startswith("sha:"))
    lines[sha_line] = '    sha: "000000000000"'
    party_line = next(i for i, line in enumerate(lines) if 'target: "用人单位"' in line)
    lines[party_line] = lines[party_line].replace('target: "用人单位"', 'target: "不在本条的当事人"')
    span_line = next(i for i, line in enumerate(lines) if '{t: "2022年5月1日"' in line)
    lines[span_line] = lines[span_line].replace("2022年5月1日", "2021年5月1日")
    gold_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ProblemList) as caught:
        load_dev_zh(folder)
    assert {p.code for p in caught.value.problems} == {"E299"} and len(caught.value.problems) == 3
    assert all(p.path.endswith("dev-wage-arrears-list-rules.zh.yaml") for p in caught.value.problems)
    assert sha_line in {p.line for p in caught.value.problems}  # the unit's key, the line before its sha
    messages = caught.value.render()
    assert f"dev-wage-arrears-list-rules.zh.yaml:{party_line + 1}:" in messages and "不在本条的当事人" in messages
    assert f"dev-wage-arrears-list-rules.zh.yaml:{span_line + 1}:" in messages and "2021年5月1日" in messages
    (folder / "texts" / "dev-tax-credit-measures.zh.md").unlink()
    with pytest.raises(ProblemList) as no_text:
        load_dev_zh(folder)
    assert any(p.code == "E299" and "texts/dev-tax-credit-measures.zh.md" in p.render() for p in no_text.value.problems)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(XinyongError) as missing:
        load_dev_zh(empty)
    assert missing.value.code == "E298" and "empty" in missing.value.render()


def test_cli_counts_and_refuses_other_sets_and_splits():
    runner = CliRunner()
    counted = runner.invoke(main, ["evaluate", "--dev-zh", "--check", "--format", "json"])
    assert counted.exit_code == 0, counted.output
    counts, with_party, units = file_counts(FOLDER)
    row = json.loads(counted.output)[0]
    assert row["units"] == units and row["MEASURE"] == counts["MEASURE"] and row["measures_with_party"] == with_party
    for args in (["--split", "train"], ["--split", "all"], ["--written-zh"], ["--validation-zh"], ["--heldout-en"]):
        refused = runner.invoke(main, ["evaluate", "--dev-zh", *args])
        assert refused.exit_code == 2 and "--dev-zh" in refused.output, args


# A small set of our own for the scoring command, so that the CLI test does not annotate the real set.
FIXTURE_TEXT = """# 测试用纳税信用办法

第一条 对纳税信用评价为D级的纳税人，税务机关应当采取下列措施：

（一）列为重点监管对象；

（二）限制申请财政资金补助。

第二条 本办法自2024年1月1日起施行。
"""


def _fixture_set(folder: Path) -> Path:
    spans = {"art-1.p1": [{"t": "纳税人", "l": "TARGET", "n": "legal-person"}],
             "art-1.p1.i1": [{"t": "列为重点监管对象", "l": "MEASURE", "n": "key-supervision", "target": "纳税人"}],
             "art-1.p1.i2": [{"t": "限制申请财政资金补助", "l": "MEASURE", "n": "public-funding-restriction",
                              "target": "纳税人"}],
             "art-2.p1": [{"t": "2024年1月1日", "l": "DATE", "n": "2024-01-01"}]}
    return write_fixture_set(folder, "fixture-tax", FIXTURE_TEXT, spans)


def test_dev_zh_scores_the_set_alone_and_lists_its_differences(tmp_path, monkeypatch):
    folder = _fixture_set(tmp_path / "set")
    monkeypatch.setattr(dev_zh, "dev_zh_folder", lambda: folder)
    monkeypatch.setenv("XINYONG_BUILD", str(tmp_path / "build"))
    runner = CliRunner()
    result = runner.invoke(main, ["evaluate", "--dev-zh", "--format", "json"])
    assert result.exit_code == 0, result.output
    scored = json.loads(result.output)
    assert scored["set"] == "dev-zh" and scored["split"] == "train"
    assert scored["units"] == {"units": 4, "documents": 1}
    rows = {row["label"]: row for row in scored["rows"]}
    assert set(rows) == set(label_names(evaluated=True))
    assert rows["MEASURE"]["support"] == 2 and rows["DATE"]["support"] == 1 and rows["TARGET"]["support"] == 1
    assert scored["sanctioned_party"]["gold_measures_with_party"] == 2
    stored = json.loads((tmp_path / "build" / "evaluation" / "dev-zh.json").read_text(encoding="utf-8"))
    assert stored == scored
    table = runner.invoke(main, ["evaluate", "--dev-zh"])
    assert table.exit_code == 0 and "measure -> sanctioned party" in table.output
    listed = runner.invoke(main, ["evaluate", "--dev-zh", "--differences", "ALL", "--format", "json"])
    assert listed.exit_code == 0, listed.output
    rows = json.loads(listed.output)
    assert all(row["doc"] == "fixture-tax" and row["kind"] in ("missed", "extra") for row in rows)
    wanted = {("missed", u, t) for u, t in (("art-1.p1.i1", "列为重点监管对象"), ("art-1.p1.i2", "限制申请财政资金补助"))}
    found_missed = {(r["kind"], r["unit"], r["text"]) for r in rows if r["kind"] == "missed"}
    assert found_missed <= wanted | {("missed", "art-1.p1", "纳税人"), ("missed", "art-2.p1", "2024年1月1日")}
    bad = runner.invoke(main, ["evaluate", "--dev-zh", "--differences", "NOPE"])
    assert bad.exit_code != 0 and "NOPE" in bad.output


def test_third_batch_four_texts_rich_in_measure_wordings(gold):
    # the third batch (dev3-*): written for the wording of measures; its counts come from its files
    batch = {path.name[: -len(".zh.yaml")] for path in FOLDER.glob("dev3-*.zh.yaml")}
    assert len(batch) == 4
    units = [u for u in gold.units if u.doc in batch]
    per_doc = Counter(u.doc for u in units)
    assert set(per_doc) == batch and sum(per_doc.values()) >= 100 and min(per_doc.values()) >= 24
    measures = [s for u in units for s in u.spans if s[2] == "MEASURE"]
    kinds = {s[3] for s in measures}
    assert len(kinds) >= 25 and {"green-channel", "fewer-inspections", "cost-reduction", "priority-handling",
                                 "financing-preference", "honor-restriction", "license-refusal"} <= kinds
    links = [key for key in gold.parties if key[0] in batch]
    assert len(links) >= len(measures) - 2 and any(len(gold.parties[key]) > 2 for key in links)
