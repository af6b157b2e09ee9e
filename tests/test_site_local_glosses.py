"""Popovers of local bodies (AGENCY norms local:...) on document pages, without a browser: the gloss read
from corpus/patterns/local-agencies.yaml for spans the annotator finds in real text, the generic line for
a type the table lacks, and escaping (the browser test is in test_site_local_popover.py)."""
from __future__ import annotations

import re
from html import unescape

import pytest

from conftest import ROOT, SOURCES

SHENZHEN = "shenzhen-social-credit-regulation-2022"
UNIT = "art-5.p2"  # names the municipal market regulation department in both languages
# what a regular expression has and a name has not
REGEX_SYNTAX = re.compile(r"[()\[\]|?*+\\{}^$]")


def unit_text(lang: str) -> str:
    from xinyong.structure import parse_file

    path = SOURCES / "zh" / f"{SHENZHEN}.md" if lang == "zh" else ROOT / "corpus" / "translations" / f"{SHENZHEN}.en.md"
    return parse_file(path, lang).unit_map()[UNIT].text


def glosses(text: str, records: list[dict]) -> list[str]:
    """The popover texts of a unit's highlighted HTML (unescaped, as the browser reads the attribute)."""
    from xinyong.site.html import highlight

    markup = highlight(text, records, {}, {}, {}, {})
    return [unescape(value) for value in re.findall(r'data-gloss="([^"]*)"', markup)]


def agency_records(text: str, lang: str) -> list[dict]:
    """The unit's AGENCY records as the annotator finds them (its finder for the label)."""
    from xinyong.annotate.finders import find_agencies
    from xinyong.annotate.resources import load_resources

    return [{"start": s, "end": e, "label": label, "norm": norm, "lang": lang}
            for s, e, label, norm in find_agencies(text, load_resources(lang, str(ROOT / "corpus")))]


@pytest.mark.needs_sources
@pytest.mark.parametrize("lang, span, expected", [
    ("zh", "市市场监管部门", "market regulation department / 市场监管部门 (municipal / 市; local body, not a national agency)"),
    ("en", "municipal market regulation department",
     "market regulation department / 市场监管部门 (municipal / 市级; local body, not a national agency)")])
def test_a_local_body_found_in_real_text_shows_its_function_and_level(lang, span, expected):
    text = unit_text(lang)
    records = [r for r in agency_records(text, lang) if r["norm"] == "local:market-regulation-department"]
    assert [text[r["start"]:r["end"]] for r in records] == [span]
    assert glosses(text, records) == [expected]


@pytest.mark.needs_sources
def test_every_local_body_of_a_real_unit_has_a_popover():
    text = unit_text("zh")
    records = [r for r in agency_records(text, "zh") if r["norm"].startswith("local:")]
    assert records
    shown = glosses(text, records)
    assert len(shown) == len(records) and all(g.endswith("local body, not a national agency)") for g in shown)
    # each takes the keyboard focus like a glossary term (none of these records is a term)
    from xinyong.site.html import highlight

    spans = re.findall(r"<span [^>]*data-gloss=[^>]*>", highlight(text, records, {}, {}, {}, {}))
    assert len(spans) == len(records) and all('tabindex="0"' in s and 'role="button"' in s for s in spans)


def test_a_local_id_missing_from_the_table_shows_a_generic_line():
    text = "由港务管理部门负责。"
    record = {"start": 1, "end": 7, "label": "AGENCY", "norm": "local:harbour-department", "lang": "zh"}
    assert glosses(text, [record]) == ["local body, not a national agency (local:harbour-department)"]


def test_a_name_with_markup_in_a_local_popover_is_escaped():
    from xinyong.site.html import highlight

    text = "由<script>alert(1)</script>部门负责。"
    record = {"start": 1, "end": 28, "label": "AGENCY", "norm": "local:<script>alert(2)</script>", "lang": "zh"}
    markup = highlight(text, [record], {}, {}, {}, {})
    assert "<script" not in markup and "&lt;script&gt;alert(2)" in markup and "&lt;script&gt;alert(1)" in markup
    assert glosses(text, [record]) == ["local body, not a national agency (local:<script>alert(2)</script>)"]


def test_a_table_name_with_markup_is_text_in_the_gloss():
    from xinyong.site.local_glosses import LocalBodies

    table = LocalBodies({"types": [{"id": "local:x", "name": {"en": "<b>x</b> office", "zh": "办<i>公</i>室"}}]})
    assert table.gloss("local:x", "某办公室", "zh") == "<b>x</b> office / 办<i>公</i>室 (local body, not a national agency)"


def test_every_name_and_level_of_the_table_has_a_plain_form_in_both_languages():
    from xinyong.datafiles import load_yaml
    from xinyong.site.local_glosses import plain_form

    data = load_yaml(ROOT / "corpus" / "patterns" / "local-agencies.yaml").data
    for entry in data["types"]:
        assert entry["name"]["en"] and entry["name"]["zh"], entry["id"]
        for item in (entry.get("functions") or []) + (entry.get("standalone") or []):
            for pattern in ([item] if isinstance(item, str) else [item.get("zh"), item.get("en")]):
                if pattern:
                    name = plain_form(pattern)
                    assert name and not REGEX_SYNTAX.search(name), (entry["id"], pattern, name)
    for level in data["levels"]:
        for name in (*level["zh"], level["en"]):
            assert name and not REGEX_SYNTAX.search(name), level


def test_plain_forms_leave_out_optional_parts_and_lookarounds():
    from xinyong.site.local_glosses import plain_form

    assert plain_form("人力资源(?:和)?社会保障") == "人力资源社会保障"
    assert plain_form("finance|financial(?= (?:departments?|bureaus?)\\b)") == "finance"
    assert plain_form("(?<!最高)(?:中级|高级|基层)?人民法院") == "人民法院"
    assert plain_form("exit(?:-| and )entry(?: administration)?") == "exit-entry"
    assert plain_form("cit(?:y|ies) divided into districts") == "city divided into districts"
    assert plain_form(".+部门") is None


@pytest.mark.parametrize("lang, norm, span, expected", [
    # spans the annotator finds in the shared texts and our translations (build/annotations)
    ("zh", "local:department", "省、自治区、直辖市人民政府财政部门",
     "finance department / 财政部门 (provincial / 省; autonomous region / 自治区; municipality directly under the "
     "central government / 直辖市; local body, not a national agency)"),  # not 民政 inside 人民政府
    ("zh", "local:government", "县级以上地方人民政府",
     "local people's government / 人民政府 (at or above the county level / 县级以上; local / 地方; local body, not a "
     "national agency)"),
    ("en", "local:government", "county-level people's governments",
     "local people's government / 地方人民政府 (county / 县级; local body, not a national agency)"),
    ("en", "local:department", "finance departments of the people's governments of provinces",
     "finance department / 财政部门 (provincial / 省级; local body, not a national agency)")])
def test_the_gloss_names_the_function_the_span_ends_or_starts_with_and_its_levels(lang, norm, span, expected):
    from xinyong.site.local_glosses import load_local_bodies

    assert load_local_bodies(str(ROOT / "corpus")).gloss(norm, span, lang) == expected


@pytest.mark.needs_sources
@pytest.mark.parametrize("doc, word, level", [
    ("henan-social-credit-regulation-2019", "上级", "at the higher level / 上级"),
    ("migrant-worker-wage-payment-regulation-2019", "上一级", "at the next higher level / 上一级")])
def test_a_chinese_level_word_shows_as_the_text_writes_it(doc, word, level):
    from xinyong.structure import parse_file

    shown = []
    for unit in parse_file(SOURCES / "zh" / f"{doc}.md", "zh").unit_map().values():
        records = [r for r in agency_records(unit.text, "zh")
                   if r["norm"].startswith("local:") and unit.text[r["start"]:r["end"]].startswith(word)]
        shown += glosses(unit.text, records)
    assert shown and all(f"({level};" in gloss for gloss in shown), shown


def test_every_level_word_of_the_table_is_one_the_annotator_finds():
    """One list for both: a body after any level word of the table is found, and its popover names that word."""
    from xinyong.annotate.local_agencies import load_local_agencies
    from xinyong.datafiles import load_yaml
    from xinyong.site.local_glosses import load_local_bodies

    path = ROOT / "corpus" / "patterns" / "local-agencies.yaml"
    matcher, table = load_local_agencies(path), load_local_bodies(str(ROOT / "corpus"))
    for level in load_yaml(path).data["levels"]:
        for word in level["zh"]:
            text = f"由{word}财政部门负责。"
            assert [text[m.start:m.end] for m in matcher.finditer(text)] == [f"{word}财政部门"], word
            assert f"({level['en']} / {word};" in table.gloss("local:department", f"{word}财政部门", "zh"), word


def write_levels(tmp_path, levels: str):
    """A copy of the table with another `levels` list."""
    source = (ROOT / "corpus" / "patterns" / "local-agencies.yaml").read_text(encoding="utf-8")
    start = source.index("\nlevels:\n") + 1
    end = source.index("\ntypes:\n", start) + 1
    path = tmp_path / "local-agencies.yaml"
    path.write_text(source[:start] + levels + source[end:], encoding="utf-8")
    return path


@pytest.mark.parametrize("levels, problem", [
    ("levels:\n  - {zh: [省], en: provincial}\n  - {zh: [市, 省], en: municipal}\n", "the word 省 is already in levels entry 1"),
    ("levels:\n  - {zh: [省], en: provincial}\n  - {zh: [], en: municipal}\n", "`zh` must be a non-empty list"),
    ("levels:\n  - {zh: [省], en: provincial}\n  - '市|县'\n", "an entry is a mapping"),
    ("levels:\n  - {zh: [省], en: provincial, en_forms: 'provinc(e'}\n", "`en_forms` is not a regular expression")])
def test_a_malformed_level_entry_is_a_numbered_error_naming_the_file_and_entry(tmp_path, levels, problem):
    from xinyong.annotate.local_agencies import load_local_agencies
    from xinyong.errors import XinyongError
    from xinyong.site.local_glosses import LocalBodies
    from xinyong.datafiles import load_yaml

    path = write_levels(tmp_path, levels)
    number = "1" if "en_forms" in levels else "2"
    for load in (load_local_agencies, lambda p: LocalBodies(load_yaml(p).data, str(p))):
        with pytest.raises(XinyongError) as error:
            load(path)
        message = str(error.value)
        assert message.startswith(f"E292 {path} (levels entry {number}):") and problem in message, message


def test_a_blank_piece_of_a_glossed_span_takes_no_focus():
    """Cut at the boundaries of the inner spans, the space of "criminal liability" is a piece of the measure
    alone: it keeps the measure's class and gloss but is no nameless button (axe-core: aria-command-name)."""
    from xinyong.site.html import highlight

    text = "bear criminal liability"
    records = [{"start": 5, "end": 23, "label": "MEASURE", "norm": "criminal-liability"},
               {"start": 5, "end": 13, "label": "TARGET", "norm": "natural-person"},
               {"start": 14, "end": 23, "label": "DATE", "norm": "2020"}]
    spans = re.findall(r"<span ([^>]*)>([^<]*)</span>", highlight(text, records, {}, {}, {}, {}))
    assert [content for _, content in spans] == ["criminal", " ", "liability"]
    assert ["data-gloss" in attributes for attributes, _ in spans] == [True, True, True]
    assert ['tabindex="0"' in attributes for attributes, _ in spans] == [True, False, True]
