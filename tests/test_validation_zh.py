"""The Chinese validation set (corpus/gold/validation-zh, issue 19): loading, its place outside every
split, summary-only scoring and its numbered errors. No test here asserts a quality figure: the
set's figures belong to the rule writers' runs (see its README)."""
from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from own_text_sets import check_every_unit_annotated, file_counts, write_fixture_set

from xinyong.annotate import validation_zh
from xinyong.annotate.evaluate import (load_gold, load_validation_zh, load_written_zh, split_gold, validation_zh_counts,
                                       validation_zh_folder)
from xinyong.cli import main
from xinyong.errors import ProblemList, XinyongError
from xinyong.labels import label_names

FOLDER = validation_zh_folder()

# A small set of our own for the scoring machinery, so that the tests never score the real set.
FIXTURE_TEXT = """# 测试用信用管理办法

<!-- INFO END -->

第一条 对列入严重失信主体名单的企业，有关部门可以采取下列措施：

（一）限制参加政府采购活动；

（二）限制申请财政资金补助。

第二条 本办法自2024年1月1日起施行。
"""


def _fixture_set(folder: Path) -> Path:
    """Write the fixture text and its gold (two measures with their party) into folder."""
    spans = {"art-1.p1": [{"t": "列入严重失信主体名单", "l": "MEASURE", "n": "list-inclusion", "target": "企业"},
                          {"t": "企业", "l": "TARGET", "n": "legal-person"}],
             "art-1.p1.i1": [{"t": "限制参加政府采购活动", "l": "MEASURE", "n": "procurement-exclusion",
                              "target": "企业"}],
             "art-2.p1": [{"t": "2024年1月1日", "l": "DATE", "n": "2024-01-01"}]}
    return write_fixture_set(folder, "fixture-rules", FIXTURE_TEXT, spans)


@pytest.fixture(scope="module")
def gold():
    return load_validation_zh()


def test_four_texts_every_unit_annotated_in_its_own_split(gold):
    assert len({u.doc for u in gold.units}) == 4 and len(gold.units) >= 90
    assert all(u.lang == "zh" and u.split == "validation" for u in gold.units)
    check_every_unit_annotated(gold, FOLDER)


def test_counts_come_from_the_files(gold):
    counts, with_party, _ = file_counts(FOLDER)
    assert Counter(s[2] for u in gold.units for s in u.spans) == counts
    assert len(gold.parties) == with_party
    row = validation_zh_counts()[0]
    assert row["units"] == len(gold.units) and row["measures_with_party"] == with_party
    assert all(row[label] == n for label, n in counts.items())
    assert {s[2] for u in gold.units for s in u.spans} == set(label_names())


def test_the_set_is_in_no_split_and_not_in_the_written_set(corpus, gold):
    docs = {u.doc for u in gold.units}
    assert not docs & {u.doc for u in load_gold(corpus)}
    assert not docs & {u.doc for u in load_written_zh()}
    for split in ("train", "test", "all"):
        assert not docs & {u.doc for u in split_gold(corpus, split)}, split


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "validation-zh"
    shutil.copytree(FOLDER, target)
    return target


def test_bad_gold_gets_its_numbered_error_naming_file_and_line(tmp_path):
    folder = _copy(tmp_path)
    gold_file = folder / "validation-research-integrity-rules.zh.yaml"
    lines = gold_file.read_text(encoding="utf-8").splitlines()
    sha_line = next(i for i, line in enumerate(lines) if line.strip().startswith("sha:"))
    lines[sha_line] = '    sha: "000000000000"'
    party_line = next(i for i, line in enumerate(lines) if 'target: "科研人员"' in line)
    lines[party_line] = lines[party_line].replace('target: "科研人员"', 'target: "不在本条的当事人"')
    gold_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    notice = folder / "validation-municipal-market-notice.zh.yaml"
    notice.write_text(notice.read_text(encoding="utf-8").replace('{t: "2019年"', '{t: "2018年"', 1), encoding="utf-8")
    with pytest.raises(ProblemList) as caught:
        load_validation_zh(folder)
    problems = {p.code: p for p in caught.value.problems}
    assert sorted(problems) == ["E287", "E288"] and len(caught.value.problems) == 3
    assert problems["E287"].path.endswith("validation-research-integrity-rules.zh.yaml")
    assert problems["E287"].line == sha_line  # the unit's key, the line before its sha
    messages = caught.value.render()
    assert f"validation-research-integrity-rules.zh.yaml:{party_line + 1}:" in messages and "不在本条的当事人" in messages
    assert "validation-municipal-market-notice.zh.yaml:" in messages and "2018年" in messages
    (folder / "texts" / "validation-transport-credit-measures.zh.md").unlink()
    with pytest.raises(ProblemList) as no_text:
        load_validation_zh(folder)
    assert any(p.code == "E287" and "texts/validation-transport-credit-measures.zh.md" in p.render()
               for p in no_text.value.problems)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(XinyongError) as missing:
        load_validation_zh(empty)
    assert missing.value.code == "E286"


def test_cli_counts_and_refuses_differences_and_splits():
    runner = CliRunner()
    counted = runner.invoke(main, ["evaluate", "--validation-zh", "--check", "--format", "json"])
    assert counted.exit_code == 0, counted.output
    counts, with_party, _ = file_counts(FOLDER)
    row = json.loads(counted.output)[0]
    assert row["MEASURE"] == counts["MEASURE"] and row["measures_with_party"] == with_party
    for label in ("MEASURE", "ALL"):
        refused = runner.invoke(main, ["evaluate", "--validation-zh", "--differences", label])
        assert refused.exit_code == 2 and "E289" in refused.output and "validation-" not in refused.output
    for args in (["--split", "train"], ["--split", "all"], ["--written-zh"], ["--heldout-en"]):
        refused = runner.invoke(main, ["evaluate", "--validation-zh", *args])
        assert refused.exit_code == 2 and "--validation-zh" in refused.output, args


def test_scoring_prints_summary_figures_and_nothing_per_unit(tmp_path, monkeypatch):
    folder = _fixture_set(tmp_path / "set")
    monkeypatch.setattr(validation_zh, "validation_zh_folder", lambda: folder)
    monkeypatch.setenv("XINYONG_BUILD", str(tmp_path / "build"))
    runner = CliRunner()
    result = runner.invoke(main, ["evaluate", "--validation-zh", "--format", "json"])
    assert result.exit_code == 0, result.output
    scored = json.loads(result.output)
    assert set(scored) == {"set", "split", "units", "rows", "sanctioned_party"}
    assert scored["units"] == {"units": 4, "documents": 1}
    rows = {row["label"]: row for row in scored["rows"]}
    assert set(rows) == set(label_names(evaluated=True))
    assert rows["MEASURE"]["support"] == 2 and rows["DATE"]["support"] == 1 and rows["TARGET"]["support"] == 1
    party = scored["sanctioned_party"]
    assert party["gold_measures_with_party"] == 2
    assert 0 <= party["strict_right"] <= party["measures_found"] <= 2 and party["lenient_right"] <= 2
    assert all("unit" not in row and "text" not in row for row in scored["rows"])
    stored = json.loads((tmp_path / "build" / "evaluation" / "validation-zh.json").read_text(encoding="utf-8"))
    assert stored == scored
    table = runner.invoke(main, ["evaluate", "--validation-zh"])
    assert table.exit_code == 0 and "measure -> sanctioned party" in table.output
    for unit_text in ("限制参加政府采购活动", "art-1", "fixture-rules"):  # no unit, text or document shown
        assert unit_text not in table.output and unit_text not in result.output
