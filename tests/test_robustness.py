"""Bad input: one clear error naming the file and the place, and nothing already there is lost."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xinyong.datafiles import load_yaml
from xinyong.errors import ProblemList, XinyongError
from xinyong.outputs import write_atomic
from xinyong.sources import read_source
from xinyong.structure import body_without_markup, parse_file, parse_text, units_text

LINES = st.sampled_from(["第一条 总则。", "第十二条 罚款。", "（一）项目；", "(二)半角项；", "## 第二章 罚则", "### 第一节 一般规定",
                         "一、总体要求", "1. 细目", "（1）小项", "Article 3 Text.", "(4) item;", "## Chapter 2 Rules",
                         "<!-- INFO END -->", "# 标题", "第六十八条规定的罚款", "普通段落，没有编号。", "", "   ", "第条", "第一百零三条"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(LINES, st.text(max_size=40)), max_size=40), st.sampled_from(["zh", "en"]))
def test_parser_never_crashes_and_never_loses_text(lines, lang):
    text = "\n".join(lines)
    document = parse_text(text, "t", lang)
    assert units_text(document) == body_without_markup(document.body)
    ids = [u.id for u in document.units]
    assert len(ids) == len(set(ids))


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["id", "title_zh", "issuers", "date_issued", "relations", "status", "text"]),
                       st.one_of(st.none(), st.text(max_size=20), st.integers(), st.lists(st.text(max_size=5), max_size=3)),
                       max_size=7))
def test_catalog_loader_reports_instead_of_crashing(tmp_path_factory, entry):
    import yaml

    from xinyong.catalog import load_agencies, load_catalog

    folder = tmp_path_factory.mktemp("catalog")
    (folder / "doc.yaml").write_text(yaml.safe_dump(entry, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ProblemList) as caught:
        load_catalog(folder, agencies=load_agencies())
    assert all("doc.yaml" in p.render() for p in caught.value.problems)


def test_empty_binary_and_wrongly_encoded_sources(tmp_path):
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "binary.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    gbk = tmp_path / "gbk.md"
    gbk.write_bytes("第一条 为了规范。\n第二条 测试。\n".encode("gb18030"))
    for path, code in ((empty, "E022"), (binary, "E023"), (gbk, "E021")):
        with pytest.raises(XinyongError) as caught:
            parse_file(path)
        assert caught.value.code == code and str(path) in caught.value.render()
    with pytest.raises(XinyongError) as caught:
        parse_file(gbk)
    assert "line 1" in caught.value.render() or ":1" in caught.value.render()
    assert "xinyong add" in caught.value.render()  # says what to do


def test_a_50_mb_file_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "big.md"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(XinyongError) as caught:
        read_source(big)
    assert caught.value.code == "E024" and "big.md" in caught.value.render()


def test_deeply_nested_and_malformed_yaml(tmp_path):
    deep = tmp_path / "deep.yaml"
    deep.write_text("a: " + "[" * 100 + "]" * 100 + "\n", encoding="utf-8")
    with pytest.raises(XinyongError) as caught:
        load_yaml(deep)
    assert caught.value.code == "E012"
    # nested past what the parser itself will compose: still a numbered error naming the line, not a crash
    runaway = tmp_path / "runaway.yaml"
    runaway.write_text("a: " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(XinyongError) as caught:
        load_yaml(runaway)
    assert caught.value.code in ("E002", "E012") and caught.value.line == 1
    broken = tmp_path / "broken.yaml"
    broken.write_text("a: 1\nb: [1, 2\nc: 3\n", encoding="utf-8")
    with pytest.raises(XinyongError) as caught:
        load_yaml(broken)
    assert caught.value.code == "E002" and caught.value.line is not None


def edit_translation(root: Path, doc: str, edit) -> Path:
    """Rewrite one translation of the project copy at `root` with `edit` (text -> text)."""
    path = root / "corpus" / "translations" / f"{doc}.en.md"
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    return root


def test_translation_with_a_missing_article_names_the_file_and_article(project, sources):
    from xinyong.validate import validate

    doc = "spc-high-consumption-restrictions-2010"
    edit_translation(project, doc, lambda text: re.sub(r"\nArticle 5 [^\n]*\n", "\n", text))
    report = validate(sources)
    problems = [p for p in report.problems if p.code == "E028"]
    assert len(problems) == 1
    assert f"{doc}.en.md" in problems[0].render() and "art-5" in problems[0].render()


def test_translation_with_an_extra_article(project, sources):
    from xinyong.validate import validate

    doc = "spc-high-consumption-restrictions-2010"
    edit_translation(project, doc, lambda text: text.rstrip() + "\n\nArticle 13 An article the original lacks.\n")
    problems = [p for p in validate(sources).problems if p.code == "E027"]
    assert len(problems) == 1 and "art-13" in problems[0].render()


def test_translation_losing_a_number_is_reported(project, sources):
    from xinyong.validate import validate

    doc = "spc-high-consumption-restrictions-2010"
    edit_translation(project, doc, lambda text: text.replace("1 October 2010", "the first day of autumn"))
    problems = [p for p in validate(sources).problems if p.code == "E033"]
    assert problems and "art-12" in problems[0].render()


def test_missing_translation_is_a_warning_and_the_build_still_runs(project, sources):
    from xinyong.validate import validate

    doc = "spc-high-consumption-restrictions-2010"
    root = edit_translation(project, doc, lambda text: text)
    (root / "corpus" / "translations" / f"{doc}.en.md").unlink()
    report = validate(sources)
    assert any(doc in w and "no English translation" in w for w in report.warnings)


def test_atomic_write_leaves_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    target = tmp_path / "out.json"
    write_atomic(target, "old")

    def failing_replace(source, destination):
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", failing_replace)
    with pytest.raises(OSError):
        write_atomic(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temporary file left behind


def test_a_bad_catalog_entry_does_not_touch_existing_build_outputs(built, tmp_path, project):
    from xinyong.build import build

    out = tmp_path / "build"
    shutil.copytree(built / "corpus", out / "corpus")
    before = {p.name: p.read_bytes() for p in (out / "corpus").iterdir()}
    (project / "corpus" / "catalog" / "broken-entry.yaml").write_text("id: broken-entry\ntitle_zh: [unclosed\n", encoding="utf-8")
    with pytest.raises(ProblemList) as caught:
        build(out=out, stages=("parse",))
    assert "broken-entry.yaml" in caught.value.render()
    assert {p.name: p.read_bytes() for p in (out / "corpus").iterdir()} == before


def test_no_source_texts_at_all(tmp_path, monkeypatch):
    from xinyong.build import build

    empty = tmp_path / "no-sources"
    empty.mkdir()
    result = build(empty, tmp_path / "out", stages=("parse",))
    assert len(result.missing) == 12
    assert result.texts["zh"] == [] and len(result.texts["en"]) >= 8  # digests and... translations of absent texts
