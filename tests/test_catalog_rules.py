"""Cross-field catalog rules (provenance and date conventions) on the real catalog and on entries
written to break one rule each."""
from __future__ import annotations

from pathlib import Path

import yaml

from xinyong.catalog_rules import check_catalog_rules
from xinyong.locations import corpus_dir
from xinyong.validate import validate

ENTRY = """\
id: {id}
title_zh: 测试条例
title_en: Test Regulations
doc_number: null
issuers: [state-council]
type: administrative-regulation
level: central
region: null
date_issued: "2020-05-01"
date_published: "2020-05-08"
date_effective: "2020-07-01"
date_repealed: null
status: in-force
relations: []
source_url: null
translations: []
text: null
summary: A test entry written for the rule tests; it describes no real document at all.
verified_against:
  - source: https://example.org/test
    strength: established
    facts: [title_zh, date_issued, status]
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def codes(folder: Path) -> list[str]:
    return [problem.code for problem in check_catalog_rules(folder)]


def test_the_real_catalog_follows_the_rules():
    assert check_catalog_rules() == []


def test_a_clean_entry_passes(tmp_path):
    write(tmp_path, "clean", ENTRY.format(id="clean"))
    assert codes(tmp_path) == []


def test_a_bare_index_id_is_not_a_source(tmp_path):
    text = ENTRY.format(id="a").replace("https://example.org/test", '"github-index file id 123 (a script)"')
    path = write(tmp_path, "a", text)
    [problem] = check_catalog_rules(tmp_path)
    assert problem.code == "E095"
    assert problem.path == str(path)
    assert problem.line == text.splitlines().index(
        next(line for line in text.splitlines() if "github-index" in line)) + 1
    assert "github-index file id 123" in problem.render()


def test_a_named_local_text_is_a_source(tmp_path):
    write(tmp_path, "a", ENTRY.format(id="a").replace("https://example.org/test", "sources:zh/a.md"))
    assert codes(tmp_path) == []


def test_a_known_status_needs_a_source(tmp_path):
    text = ENTRY.format(id="a").replace("facts: [title_zh, date_issued, status]", "facts: [title_zh]")
    write(tmp_path, "a", text)
    [problem] = check_catalog_rules(tmp_path)
    assert problem.code == "E096"
    assert problem.line == 13  # the status line
    assert "in-force" in problem.render()


def test_unknown_status_needs_no_source(tmp_path):
    text = (ENTRY.format(id="a").replace("facts: [title_zh, date_issued, status]", "facts: [title_zh]")
            .replace("status: in-force", "status: unknown"))
    write(tmp_path, "a", text)
    assert codes(tmp_path) == []


def test_in_force_before_issue_breaks_the_date_convention(tmp_path):
    # The typical mistake the convention prevents: the adoption meeting taken as the issue date of
    # a text that says it takes effect earlier than that "issue" date.
    text = ENTRY.format(id="a").replace('date_effective: "2020-07-01"', 'date_effective: "2020-04-01"')
    write(tmp_path, "a", text)
    [problem] = check_catalog_rules(tmp_path)
    assert problem.code == "E097"
    assert problem.line == 11  # the date_effective line
    assert "date_effective (2020-04-01) is before date_issued (2020-05-01)" in problem.render()


def test_publication_before_issue_and_repeal_before_effect(tmp_path):
    text = (ENTRY.format(id="a").replace('date_published: "2020-05-08"', 'date_published: "2020-04"')
            .replace("date_repealed: null", 'date_repealed: "2020-06-30"'))
    write(tmp_path, "a", text)
    assert codes(tmp_path) == ["E097", "E097"]


def test_partial_dates_compare_on_what_they_share(tmp_path):
    # "2020-05" may be any day of May, so it is not before 2020-05-01.
    text = ENTRY.format(id="a").replace('date_published: "2020-05-08"', 'date_published: "2020-05"')
    write(tmp_path, "a", text)
    assert codes(tmp_path) == []


def test_a_fact_must_be_a_field(tmp_path):
    write(tmp_path, "a", ENTRY.format(id="a").replace("[title_zh, date_issued, status]",
                                                      "[title_zh, date_issue, status]"))
    [problem] = check_catalog_rules(tmp_path)
    assert problem.code == "E099"
    assert "date_issue'" in problem.render()


def test_unreadable_files_are_left_to_the_loader(tmp_path):
    write(tmp_path, "broken", "id: [unclosed\n")
    write(tmp_path, "a", ENTRY.format(id="a"))
    assert codes(tmp_path) == []


def test_strength_takes_only_the_four_values():
    schema = yaml.safe_load((corpus_dir() / "schema" / "catalog.schema.json").read_text(encoding="utf-8"))
    item = schema["properties"]["verified_against"]["items"]["properties"]
    assert item["strength"]["enum"] == ["official", "established", "press", "weak"]


def test_every_web_source_in_the_catalog_has_a_strength():
    # MOU entries are revised in their own pass (branch catalog-mou), which sets their strengths.
    missing = []
    for path in sorted((corpus_dir() / "catalog").glob("*.yaml")):
        entry = yaml.safe_load(path.read_text(encoding="utf-8"))
        if entry["type"] == "mou":
            continue
        for item in entry["verified_against"]:
            if item["source"].startswith("http") and "strength" not in item:
                missing.append(f"{path.name}: {item['source']}")
    assert missing == []


def test_validate_reports_rule_problems(tmp_path, monkeypatch):
    """`validate` carries rule problems into its report, so the command fails on them."""
    import xinyong.validate as validate_module

    write(tmp_path, "a", ENTRY.format(id="a").replace("https://example.org/test", "an index id"))
    monkeypatch.setattr(validate_module, "check_catalog_rules", lambda: check_catalog_rules(tmp_path))
    report = validate()
    assert [p.code for p in report.problems if p.code.startswith("E09")] == ["E095"]
