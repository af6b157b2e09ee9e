"""Unit ids: the ids the parser builds on real texts are the ones unit_ids reads back and orders."""
from __future__ import annotations

from xinyong.structure import parse_file, parse_text
from xinyong.unit_ids import (contains, is_article_unit, is_item, is_whole_article, sort_key,
                              top_level)


def test_every_unit_of_the_real_texts_belongs_to_its_top_level_unit(source_files):
    for path in source_files:
        document = parse_file(path)
        ids = {u.id for u in document.units}
        for unit in document.units:
            top = top_level(unit.id)
            assert top in ids or top == "preamble", (path.name, unit.id)
            assert contains(top, unit.id) and contains(unit.id, top)
            # an item's lead-in is its parent paragraph, which is what is_item callers look up
            assert is_item(unit.id) == (unit.kind == "item"), (path.name, unit.id)
            if unit.kind == "article":
                assert top == unit.id and is_whole_article(unit.id)


def test_sort_key_gives_back_the_reading_order_of_a_real_law(source_files):
    path = next(p for p in source_files if p.name.startswith("personal-information-protection-law"))
    document = parse_file(path)
    articles = [u.id for u in document.units if u.kind == "article"]
    assert len(articles) > 70
    assert sorted(reversed(articles), key=sort_key) == articles  # a string sort puts art-10 before art-2
    units = [u.id for u in document.units if is_article_unit(u.id)]
    assert sorted(reversed(units), key=sort_key) == units


def test_ids_of_inserted_articles_duplicates_sections_and_headings():
    law = parse_text("# 条例\n\n第一章 总则\n\n第一节 一般规定\n\n第一条 甲。\n\n第一条 乙。\n\n"
                     "第十条 丙：\n（一）丁；\n\n第十条之一 戊。\n\n第十一条 己。\n", "x", "zh")
    ids = [u.id for u in law.units]
    assert ids[:2] == ["ch-1", "ch-1.sec-1"]
    assert "art-1~2" in ids and "art-10-1" in ids and "art-10.p1.i1" in ids
    assert is_whole_article("art-1~2") and not is_whole_article("art-10-1")
    assert top_level("art-1~2.p1") == "art-1~2" and top_level("art-10-1.p1") == "art-10-1"
    assert sorted(["art-11", "art-10-1", "art-2", "art-10"], key=sort_key) == ["art-2", "art-10", "art-10-1", "art-11"]

    policy = parse_text("# Plan\n\nIntro.\n\n## 1. Aims\n\nText.\n\n### 1.2. Scope\n\nMore.\n", "y", "en")
    ids = [u.id for u in policy.units]
    assert ids == ["preamble.p1", "s1", "s1.p1", "s1.2", "s1.2.p1"]
    assert [top_level(i) for i in ids] == ["preamble", "s1", "s1", "s1.2", "s1.2"]
    assert contains("s1", "s1.2.p1") and not contains("s1.2", "s1.10")
    assert sorted(["s1.10", "s1.2", "s1"], key=sort_key) == ["s1", "s1.2", "s1.10"]


def test_running_text_units_are_the_ones_the_annotator_reads(source_files):
    from xinyong.annotate.pipeline import annotatable_units

    path = next(p for p in source_files if p.name.startswith("shanghai-social-credit-regulation"))
    document = parse_file(path)
    leaves = document.leaves()
    assert [(u.id, u.text) for u in leaves] == annotatable_units(document)
    # article label units carry no running text: their first paragraph does
    assert not any(u.kind == "article" for u in leaves)
    assert {u.kind for u in leaves} >= {"chapter", "paragraph", "item"}
    assert len(leaves) == sum(1 for u in document.units if u.kind != "article")
