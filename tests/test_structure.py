"""The structure parser on the twelve real texts and on our translations."""
from __future__ import annotations

import re
from collections import Counter

import pytest
from click.testing import CliRunner

from xinyong.cli import main
from xinyong.errors import XinyongError
from xinyong.structure import body_without_markup, parse_file, parse_text, units_text

ARTICLE_LINE = re.compile(r"^第[零〇一二两三四五六七八九十百千]+条")


def test_every_source_parses_with_one_article_per_article_line(source_files):
    for path in source_files:
        document = parse_file(path)
        expected = sum(1 for line in path.read_text(encoding="utf-8").splitlines() if ARTICLE_LINE.match(line))
        articles = [u for u in document.units if u.kind == "article"]
        assert len(articles) == expected, path.name
        assert [a.number for a in articles] == list(range(1, expected + 1)), path.name
        assert document.mode == "law"
        assert document.title and document.lang == "zh"


def test_nothing_is_lost_and_ids_are_unique(source_files):
    for path in source_files:
        document = parse_file(path)
        assert units_text(document) == body_without_markup(document.body), path.name
        ids = [u.id for u in document.units]
        assert len(ids) == len(set(ids)), path.name
        known = set(ids)
        assert all(u.parent is None or u.parent in known for u in document.units), path.name


def test_ids_are_stable_between_runs(source_files):
    for path in source_files:
        assert parse_file(path).to_dict() == parse_file(path).to_dict()


def test_articles_paragraphs_and_items_of_the_shanghai_regulation(sources):
    document = parse_file(sources / "zh" / "shanghai-social-credit-regulation-2017.md")
    units = document.unit_map()
    # Article 9: a lead-in, a second paragraph with six items, then a third paragraph.
    assert units["art-9"].label == "第九条" and units["art-9"].parent == "ch-2"
    assert units["art-9.p2"].text.startswith("列入目录的失信信息")
    assert [units[f"art-9.p2.i{n}"].label for n in range(1, 7)] == ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）"]
    assert "art-9.p2.i7" not in units
    assert units["art-9.p3"].text.startswith("法律、法规对违法事项")
    assert units["ch-2"].text.replace(" ", "") == "第二章社会信用信息"


def test_sections_inside_chapters(sources):
    document = parse_file(sources / "zh" / "administrative-penalty-law-2021.md")
    sections = [u for u in document.units if u.kind == "section"]
    assert [s.id for s in sections] == ["ch-5.sec-1", "ch-5.sec-2", "ch-5.sec-3", "ch-5.sec-4"]
    assert document.unit("art-44").parent == "ch-5.sec-1"


def test_half_width_item_brackets_are_items(sources):
    document = parse_file(sources / "zh" / "credit-reporting-industry-regulation-2013.md")
    items = [u for u in document.units if u.kind == "item" and u.label.startswith("(")]
    assert items, "the credit reporting regulation has (四) written with half-width brackets"


def test_preamble_of_a_judicial_interpretation(sources):
    document = parse_file(sources / "zh" / "spc-high-consumption-restrictions-2010.md")
    assert document.units[0].id == "preamble.p1"
    assert "民事诉讼法" in document.units[0].text


def test_metadata_head_becomes_events(sources):
    document = parse_file(sources / "zh" / "administrative-penalty-law-2021.md")
    assert [e["kind"] for e in document.events] == ["adopted", "amended", "amended", "revised"]
    assert document.events[0]["date"] == "1996-03-17"
    decree = parse_file(sources / "zh" / "credit-reporting-industry-regulation-2013.md").events
    assert [(e["date"], e["kind"]) for e in decree] == [
        ("2012-12-26", "adopted"), ("2013-01-21", "promulgated"), ("2013-03-15", "effective")]


def test_missing_first_chapter_heading_is_not_invented(sources):
    document = parse_file(sources / "zh" / "henan-social-credit-regulation-2019.md")
    assert document.unit("art-1").parent is None
    assert "ch-1" not in document.unit_map()
    assert document.unit("art-20").parent.startswith("ch-")


def test_cross_reference_at_line_start_is_not_an_article():
    text = "# 测试\n\n第一条 总则。\n\n第六十八条规定的罚款，依照本条执行。\n\n第二条 附则。\n"
    document = parse_text(text, "t", "zh")
    assert [u.id for u in document.units if u.kind == "article"] == ["art-1", "art-2"]
    assert document.unit("art-1.p2").text.startswith("第六十八条规定")


def test_policy_document_headings():
    text = ("# 关于测试的意见\n\n各省人民政府：\n\n一、总体要求\n\n（一）指导思想。坚持依法。\n\n"
            "1. 第一点。\n\n（1）细目。\n\n正文段落。\n\n二、主要任务\n\n（一）建立制度。\n")
    document = parse_text(text, "t", "zh")
    assert document.mode == "policy"
    assert [u.id for u in document.units] == ["preamble.p1", "s1", "s1.1", "s1.1.1", "s1.1.1.1",
                                             "s1.1.1.1.p1", "s2", "s2.1"]


def test_english_translation_structure():
    text = ("---\nsource: t\n---\n\n# Test Regulations\n\n## Chapter 1 General Provisions\n\n"
            "Article 1 These Regulations are made.\n\nSecond paragraph:\n\n(1) first;\n\n(2) second.\n\n"
            "Article 2 Article 1 of these Regulations applies.\n\nArticle 68 of this Law applies here.\n")
    document = parse_text(text, "t", "en")
    assert [u.id for u in document.units] == ["ch-1", "art-1", "art-1.p1", "art-1.p2", "art-1.p2.i1",
                                             "art-1.p2.i2", "art-2", "art-2.p1", "art-2.p2"]
    assert document.meta == {"source": "t"}
    assert document.title == "Test Regulations"


def test_duplicate_article_numbers_keep_their_text():
    text = "第一条 甲。\n第一条 乙。\n"
    document = parse_text(text, "t", "zh")
    assert [u.id for u in document.units if u.kind == "article"] == ["art-1", "art-1~2"]
    assert document.warnings
    assert units_text(document) == body_without_markup(document.body)


@pytest.mark.parametrize("line, numeral", [("第十十条 错误的条号。", "十十"), ("第五二十〇条 另一条。", "五二十〇"),
                                           ("第二十十章 总则", "二十十")])
def test_a_numeral_that_is_no_number_names_the_file_and_line(line, numeral):
    text = f"# 测试条例\n\n第一条 总则。\n\n{line}\n"
    with pytest.raises(XinyongError) as caught:
        parse_text(text, "t", "zh", path="sources/zh/t.md")
    assert caught.value.code == "E322" and caught.value.line == 5 and numeral in caught.value.render()
    assert "sources/zh/t.md:5" in caught.value.render()


def test_the_parse_command_reports_a_malformed_numeral_without_a_traceback(tmp_path):
    source = tmp_path / "t.md"
    source.write_text("# 测试条例\n\n第一条 总则。\n\n第十十条 错误。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(source)])
    assert result.exit_code != 0 and "E322" in result.output and f"{source}:5" in result.output
    assert "Traceback" not in result.output


def test_translations_align_one_to_one(corpus):
    assert corpus.translations, "no translations found in corpus/translations"
    for doc_id, english in corpus.translations.items():
        chinese = corpus.originals[doc_id]
        assert [u.id for u in english.units] == [u.id for u in chinese.units], doc_id
        kinds = Counter(u.kind for u in english.units)
        assert kinds["article"] == sum(1 for u in chinese.units if u.kind == "article")
