"""The catalog loader on the real catalog and on malformed entries (one clear error each)."""
from __future__ import annotations

from pathlib import Path

import pytest

from xinyong.catalog import load_agencies, load_catalog, load_glossary
from xinyong.errors import ProblemList, XinyongError

VALID = """\
id: {id}
title_zh: 测试条例
title_en: Test Regulations
doc_number: null
issuers: [state-council]
type: administrative-regulation
level: central
region: null
date_issued: "2014-06-14"
date_published: null
date_effective: null
date_repealed: null
status: in-force
relations: []
source_url: null
translations: []
text: null
summary: A test entry written for the loader's tests; it describes no real document at all.
verified_against:
  - source: https://example.org/test
    facts: [title_zh]
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def problems_for(folder: Path) -> list[XinyongError]:
    with pytest.raises(ProblemList) as caught:
        load_catalog(folder, agencies=load_agencies())
    return caught.value.problems


def only_problem(folder: Path) -> XinyongError:
    problems = problems_for(folder)
    assert len(problems) == 1, [p.render() for p in problems]
    return problems[0]


def test_the_real_catalog_loads_and_is_big_enough():
    catalog = load_catalog()
    assert len(catalog) >= 60
    levels = {e["level"] for e in catalog}
    assert {"central", "provincial", "judicial", "private"} <= levels
    assert sum(1 for e in catalog if e["type"] == "local-regulation") >= 15
    for entry in catalog:
        assert entry["verified_against"], entry["id"]


def test_catalog_hashes_match_the_sources(sources):
    from xinyong.sources import sha256_file

    for entry in load_catalog():
        if entry["text"]:
            assert sha256_file(sources / entry["text"]["file"]) == entry["text"]["sha256"], entry["id"]


def test_a_valid_entry_loads(tmp_path):
    write(tmp_path, "test-entry", VALID.format(id="test-entry"))
    catalog = load_catalog(tmp_path, agencies=load_agencies())
    assert catalog["test-entry"]["date_issued"] == "2014-06-14"


def test_missing_field(tmp_path):
    text = VALID.format(id="a").replace("doc_number: null\n", "")
    write(tmp_path, "a", text)
    problem = only_problem(tmp_path)
    assert problem.code == "E004" and "doc_number" in problem.render() and "a.yaml" in problem.render()


def test_bad_date_pattern_names_the_line(tmp_path):
    write(tmp_path, "a", VALID.format(id="a").replace('"2014-06-14"', '"14 June 2014"'))
    problem = only_problem(tmp_path)
    assert problem.code == "E004" and problem.line == 9 and "date_issued" in problem.render()


def test_impossible_calendar_date(tmp_path):
    write(tmp_path, "a", VALID.format(id="a").replace('"2014-06-14"', '"2014-02-30"'))
    problem = only_problem(tmp_path)
    assert problem.code == "E011" and problem.line == 9


def test_unknown_issuer(tmp_path):
    write(tmp_path, "a", VALID.format(id="a").replace("[state-council]", "[ministry-of-magic]"))
    problem = only_problem(tmp_path)
    assert problem.code == "E007" and problem.line == 5 and "ministry-of-magic" in problem.render()


def test_duplicate_id_across_files(tmp_path):
    write(tmp_path, "a", VALID.format(id="a"))
    write(tmp_path, "b", VALID.format(id="a"))
    problems = problems_for(tmp_path)
    assert {p.code for p in problems} == {"E006"}  # b.yaml says id a: wrong file name
    write(tmp_path, "b", VALID.format(id="b"))
    (tmp_path / "sub").mkdir()
    assert len(load_catalog(tmp_path, agencies=load_agencies())) == 2


def test_duplicate_ids_in_a_list_file(tmp_path):
    agencies = tmp_path / "agencies.yaml"
    agencies.write_text("- {id: a, zh: 甲机关, en: Body A, level: central}\n"
                        "- {id: a, zh: 乙机关, en: Body B, level: central}\n", encoding="utf-8")
    with pytest.raises(ProblemList) as caught:
        load_agencies(agencies)
    assert caught.value.problems[0].code == "E005" and caught.value.problems[0].line == 2


def test_broken_yaml(tmp_path):
    write(tmp_path, "a", VALID.format(id="a").replace("issuers: [state-council]", "issuers: [state-council"))
    problem = only_problem(tmp_path)
    assert problem.code == "E002" and problem.line is not None and "a.yaml" in problem.render()


def test_duplicate_key(tmp_path):
    write(tmp_path, "a", VALID.format(id="a") + "status: repealed\n")
    problem = only_problem(tmp_path)
    assert problem.code == "E010" and problem.line == 22 and "status" in problem.render()


def test_deeply_nested_yaml(tmp_path):
    nested = "notes: " + "[" * 60 + "]" * 60 + "\n"
    write(tmp_path, "a", VALID.format(id="a") + nested)
    problem = only_problem(tmp_path)
    assert problem.code == "E012"


def test_not_a_mapping(tmp_path):
    write(tmp_path, "a", "- just\n- a list\n")
    assert only_problem(tmp_path).code == "E003"


def test_relation_to_unknown_document(tmp_path):
    text = VALID.format(id="a").replace("relations: []", "relations:\n  - {type: implements, target: nowhere}")
    write(tmp_path, "a", text)
    problem = only_problem(tmp_path)
    assert problem.code == "E008" and problem.line == 15


def test_cycle_in_relations(tmp_path):
    for name, target in (("a", "b"), ("b", "c"), ("c", "a")):
        write(tmp_path, name, VALID.format(id=name).replace(
            "relations: []", f"relations:\n  - {{type: supersedes, target: {target}}}"))
    problem = only_problem(tmp_path)
    assert problem.code == "E009" and "a -> b -> c -> a" in problem.render()


def test_a_bad_entry_does_not_hide_the_good_ones(tmp_path):
    write(tmp_path, "good", VALID.format(id="good"))
    write(tmp_path, "bad", "id: bad\n: : :\n")
    catalog = load_catalog(tmp_path, agencies=load_agencies(), strict=False)
    assert list(catalog.entries) == ["good"]


def test_wrongly_encoded_entry(tmp_path):
    (tmp_path / "a.yaml").write_bytes(VALID.format(id="a").encode("gb18030"))
    problem = only_problem(tmp_path)
    assert problem.code == "E021" and problem.line == 2


def test_glossary_and_agencies_meet_their_sizes():
    assert len(load_agencies()) >= 60
    glossary = load_glossary()
    assert len(glossary) >= 200
    for entry in glossary.values():
        assert entry["pinyin"] and entry["definition"]
