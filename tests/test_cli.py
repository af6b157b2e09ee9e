"""The CLI's contracts and exit codes."""
from __future__ import annotations

import json

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
        help_text = command.help or ""
        assert "Example" in help_text, name
