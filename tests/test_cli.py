"""The CLI's contracts and exit codes."""
from __future__ import annotations

import json
import re

from click.testing import CliRunner

from xinyong.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_parse_contract(sources):
    result = run("parse", str(sources / "zh" / "shanghai-social-credit-regulation-2017.md"), "--format", "json")
    assert result.exit_code == 0
    payload = json.loads(result.output)
    assert set(payload) == {"id", "title", "lang", "events", "units"}
    assert set(payload["units"][0]) == {"id", "kind", "number", "label", "parent", "text"}
    assert payload["title"] == "上海市社会信用条例" and payload["lang"] == "zh"


def test_list_formats():
    csv_out = run("list", "--type", "local-regulation", "--format", "csv")
    assert csv_out.exit_code == 0 and csv_out.output.count("\n") >= 16
    as_json = json.loads(run("list", "--format", "json").output)
    assert len(as_json) >= 60 and {"id", "title_zh", "doc_number"} <= set(as_json[0])


def test_validate_passes_on_the_corpus_with_a_high_consistency(sources):
    result = run("validate", "--sources", str(sources), "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["problems"] == []
    assert report["consistency"]["rate"] >= 0.95 and len(report["translations"]) == 12


def test_verify_reports_every_text_ok(sources):
    result = run("verify", "--sources", str(sources), "--format", "json")
    assert result.exit_code == 0
    rows = json.loads(result.output)
    assert {r["status"] for r in rows} == {"ok"} and len(rows) == 24


def test_errors_have_their_number_and_exit_code(tmp_path):
    missing = run("parse", str(tmp_path / "nothing.md"))
    assert missing.exit_code == 2  # click's own check of the argument
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    result = run("parse", str(empty))
    assert result.exit_code == 3 and "E022" in result.output
    result = run("list", "--format", "xml")
    assert result.exit_code == 2


def test_every_command_help_ends_with_an_example():
    for name, command in main.commands.items():
        last_block = (command.help or "").strip().split("\n\n")[-1].strip()
        heading, *examples = [line.strip() for line in last_block.replace("\b", "").strip().splitlines()]
        assert heading in ("Example:", "Examples:"), name
        assert examples and all(line.startswith("xinyong ") for line in examples), name
        assert any(re.search(rf"\bxinyong {name}\b", line) for line in examples), name  # shows this command


def test_h_is_a_help_alias_for_every_command():
    top = run("-h")
    assert top.exit_code == 0 and "Usage:" in top.output and top.output == run("--help").output
    for name in main.commands:
        short, long = run(name, "-h"), run(name, "--help")
        assert short.exit_code == 0 and short.output == long.output, name
