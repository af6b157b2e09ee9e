"""The CLI's surface comes from the registries: the analyses listed in `analyze -h` and the build's
stages are the ones in ANALYSES and STAGES; every command takes -h; --format means the same
everywhere it is offered; the concordance is its own command."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import click
from click.testing import CliRunner

from xinyong.analyze import ANALYSES, Analysis
from xinyong.build import DEFAULT_STAGES, STAGES
from xinyong.cli import main
from xinyong.outputs import FORMATS

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "analysis" / "xinyong"
SHORT_TEXT = ROOT / "corpus" / "translations" / "spc-high-consumption-restrictions-2010.en.md"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_every_command_takes_dash_h():
    for name in main.commands:
        result = run(name, "-h")
        assert result.exit_code == 0 and result.output.startswith(f"Usage: main {name} "), name


def test_analyze_help_lists_the_registry():
    result = run("analyze", "-h")
    assert result.exit_code == 0
    listed = result.output.split("Analyses (NAME):", 1)[1]
    for analysis in ANALYSES.values():
        assert f"  {analysis.name} " in listed
    # the names are typed once, in the registry: not again in the command's own text (its example aside)
    own = (main.commands["analyze"].help or "").split("\b", 1)[0]
    assert not any(name in own for name in ANALYSES)


def test_registry_entries_declare_a_title_a_description_and_a_page():
    assert all(isinstance(a, Analysis) and a.name == name and a.title and a.description.endswith(".")
               for name, a in ANALYSES.items())
    pages = {name: a.page for name, a in ANALYSES.items() if a.page}
    assert pages["keyness"] == "analyses/keyness.md" and all(p == f"analyses/{n}.md" for n, p in pages.items())
    assert ANALYSES["frequencies"].page is None and "concordance" not in ANALYSES


def test_analyze_refuses_options_that_belong_to_the_concordance():
    result = run("analyze", "reuse", "--term", "信用")
    assert result.exit_code == 2 and "xinyong concordance" in result.output


def test_build_stages_come_from_the_stage_table():
    option = next(p for p in main.commands["build"].params if p.name == "stages")
    assert tuple(option.type.choices) == DEFAULT_STAGES == tuple(stage.name for stage in STAGES)
    assert DEFAULT_STAGES == ("parse", "annotate", "analyze", "evaluate", "export")
    result = run("build", "--stage", "bogus")
    assert result.exit_code == 2 and "'parse'" in result.output


def test_every_format_option_offers_the_same_formats():
    offered = {}
    for name, command in main.commands.items():
        for param in command.params:
            if isinstance(param, click.Option) and "--format" in param.opts:
                offered[name] = tuple(param.type.choices)
    assert set(offered) >= {"list", "parse", "validate", "annotate", "evaluate", "concordance", "verify", "evidence"}
    assert set(offered.values()) == {FORMATS}
    assert "analyze" not in offered  # it writes files; it prints no rows


def test_parse_prints_the_same_units_in_every_row_format():
    as_json = json.loads(run("parse", str(SHORT_TEXT), "--format", "json").stdout)
    as_csv = list(csv.DictReader(run("parse", str(SHORT_TEXT), "--format", "csv").stdout.splitlines()))
    as_jsonl = [json.loads(line) for line in run("parse", str(SHORT_TEXT), "--format", "jsonl").stdout.splitlines()]
    table = run("parse", str(SHORT_TEXT), "--format", "table").stdout.splitlines()
    ids = [unit["id"] for unit in as_json["units"]]
    assert ids and [row["id"] for row in as_csv] == ids == [row["id"] for row in as_jsonl]
    assert [row["text"] for row in as_jsonl] == [unit["text"] for unit in as_json["units"]]
    assert table[0].split() == ["id", "kind", "label", "text"] and len(table) == len(ids) + 2


def test_validate_rows_in_csv():
    result = run("validate", "--format", "csv")
    header = result.stdout.splitlines()[0]
    assert header == "kind,code,file,line,message" and result.exit_code in (0, 1)


def test_no_cli_module_is_over_400_lines():
    for path in sorted((PACKAGE / "cli").glob("*.py")):
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 400, path.name


def test_an_analysis_declares_its_own_options_in_the_registry(monkeypatch, tmp_path):
    """A registered analysis with an option of its own: `analyze -h` names the option, the value
    reaches its run function, and another analysis still refuses options."""
    from xinyong import analyze

    seen = {}

    def run_counts(data, folder, top):
        seen["top"] = top
        return []

    option = click.Option(["--top"], type=int, default=3, help="How many rows to keep.")
    registry = {**ANALYSES, "counts": Analysis("counts", "Counts", "Counts of things.", run_counts, options=(option,))}
    monkeypatch.setattr(analyze, "ANALYSES", registry)
    monkeypatch.setenv("XINYONG_BUILD", str(tmp_path))
    assert "Option --top: How many rows to keep." in run("analyze", "-h").output
    result = run("analyze", "counts", "--top", "7")
    assert result.exit_code == 0, result.output
    assert seen == {"top": 7}
    bad = run("analyze", "counts", "--top", "seven")
    assert bad.exit_code == 2 and "seven" in bad.output


def test_a_stage_whose_input_no_build_wrote_is_refused_before_anything_runs(tmp_path):
    out = tmp_path / "out"
    result = run("build", "--stage", "analyze", "--out", str(out))
    assert result.exit_code == 3 and "E172" in result.output and "annotations" in result.output
    assert "--stage annotate" in result.output and not out.exists()  # nothing read, nothing written
    export = run("build", "--stage", "annotate", "--stage", "export", "--out", str(out), "--workers", "1")
    assert export.exit_code == 3 and "analysis" in export.output and "--stage analyze" in export.output
