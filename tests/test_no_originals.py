"""Commands run on a corpus without any Chinese original (an empty sources folder): they report
what they cannot measure as n/a, with the reason, instead of a perfect or a zero score."""
from __future__ import annotations

import csv
import io
import json
from collections import Counter

import pytest
from click.testing import CliRunner

from xinyong.annotate.evaluate import load_dev_zh, load_written_zh
from xinyong.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_validate_report_says_n_a_and_why(tmp_path):
    result = run("validate", "--report", "--sources", str(tmp_path))
    assert "0/0" not in result.output and "100.0%" not in result.output
    assert "glossary consistency n/a (no Chinese original" in result.output
    as_json = json.loads(run("validate", "--format", "json", "--sources", str(tmp_path)).output)
    assert as_json["consistency"] == {"consistent": 0, "total": 0, "rate": None}


def test_evaluation_table_prints_n_a_for_labels_without_test_data(tmp_path, monkeypatch):
    monkeypatch.setenv("XINYONG_BUILD", str(tmp_path / "build"))
    empty = tmp_path / "sources"
    empty.mkdir()
    result = run("evaluate", "--split", "test", "--sources", str(empty), "--format", "csv")
    assert "Traceback" not in result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    # Without the originals the zh lines hold only the written Chinese set (our own texts, all test).
    written = Counter(span[2] for unit in load_written_zh() for span in unit.spans)
    zh = [r for r in rows if r["lang"] == "zh"]
    assert zh and all(r["support"] == str(written.get(r["label"], 0)) for r in zh)
    assert all(r["recall"] == r["f1"] == "n/a" for r in zh if r["support"] == "0")
    en = [r for r in rows if r["lang"] == "en" and r["support"] != "0"]
    assert en and all(r["f1"] != "n/a" and 0 <= float(r["f1"]) <= 1 for r in en)
    assert "skipped" in result.stderr and ".zh.yaml" in result.stderr
    stored = json.loads((tmp_path / "build" / "evaluation" / "test.json").read_text(encoding="utf-8"))
    assert stored["units"]["zh"]["units"] == stored["units"]["zh"]["written_zh_units"] > 0


def test_a_sources_folder_that_does_not_exist_is_an_error(tmp_path, monkeypatch):
    missing = tmp_path / "no-such-folder"
    for args in (["validate"], ["build", "--stage", "parse"], ["verify"], ["evaluate", "--check"],
                 ["export"], ["site"]):
        result = run(*args, "--sources", str(missing))
        assert result.exit_code == 3 and "E020" in result.output and str(missing) in result.output, args
    monkeypatch.setenv("XINYONG_SOURCES", str(missing))
    result = run("validate")
    assert result.exit_code == 3 and "E020" in result.output and "$XINYONG_SOURCES" in result.output


def test_checking_the_gold_set_without_originals_skips_their_files(tmp_path):
    empty = tmp_path / "sources"
    empty.mkdir()
    result = run("evaluate", "--check", "--sources", str(empty), "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    # the only zh rows are the written Chinese set's (test) and the development set's (train), which need
    # no original
    assert rows and {(r["lang"], r["split"]) for r in rows if r["lang"] == "zh"} == {("zh", "test"), ("zh", "train")}
    assert {r["split"]: r["units"] for r in rows if r["lang"] == "zh"} == {
        "test": len(load_written_zh()), "train": len(load_dev_zh().units)}
    assert "skipped" in result.stderr and "not in the sources directory" in result.stderr


def test_make_test_passes_sources_to_the_tests(tmp_path):
    import shutil
    import subprocess

    from conftest import ROOT

    if shutil.which("make") is None:
        pytest.skip("needs make")
    planned = subprocess.run(["make", "-n", "test", f"SOURCES={tmp_path}"], cwd=ROOT, capture_output=True, text=True)
    pytest_line = next(line for line in planned.stdout.splitlines() if "-m pytest" in line)
    assert pytest_line.startswith(f"XINYONG_SOURCES={tmp_path} ")
    plain = subprocess.run(["make", "-n", "test"], cwd=ROOT, capture_output=True, text=True)
    assert "XINYONG_SOURCES" not in next(line for line in plain.stdout.splitlines() if "-m pytest" in line)
