"""highlight(): a unit's text as HTML with its annotations as spans, tested directly on real units
annotated by the pipeline (Chinese originals and our English translation) and on hostile text."""
from __future__ import annotations

import html
from html.parser import HTMLParser

import pytest

from xinyong.annotate.pipeline import annotate_units
from xinyong.site.html import LABEL_CLASSES, highlight

DEBTOR_LIST = "spc-dishonest-judgment-debtor-list-2013"
SHANGHAI = "shanghai-social-credit-regulation-2017"


class Pieces(HTMLParser):
    """The highlighted HTML read back: (text, classes of the innermost element, its attributes)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, dict[str, str | None]]] = []
        self.pieces: list[tuple[str, frozenset[str], dict[str, str | None]]] = []
        self.tags: list[str] = []

    def handle_starttag(self, name, attributes):
        self.tags.append(name)
        self.open.append((name, dict(attributes)))

    def handle_endtag(self, name):
        self.open.pop()

    def handle_data(self, data):
        attributes = self.open[-1][1] if self.open else {}
        self.pieces.append((data, frozenset((attributes.get("class") or "").split()), attributes))


def read_back(markup: str) -> Pieces:
    parser = Pieces()
    parser.feed(markup)
    parser.close()
    return parser


def classes_at(pieces: Pieces, offset: int) -> frozenset[str]:
    """The classes on the character at `offset` of the shown text."""
    position = 0
    for data, classes, _ in pieces.pieces:
        if position <= offset < position + len(data):
            return classes
        position += len(data)
    raise IndexError(offset)


@pytest.fixture(scope="module")
def lookups(corpus):
    measures = {m["id"]: m["en"] for m in corpus.measures.values()}
    return corpus.glossary, corpus.agencies, measures


def annotated_unit(document, unit_id: str, lang: str, doc_id: str) -> tuple[str, list[dict]]:
    text = document.unit(unit_id).text
    records, _ = annotate_units([(unit_id, text)], lang, doc_id)
    return text, records


def test_a_chinese_unit_keeps_every_character_and_marks_every_annotation(corpus, lookups):
    text, records = annotated_unit(corpus.originals[DEBTOR_LIST], "art-2.p1", "zh", DEBTOR_LIST)
    assert {"TERM", "MEASURE", "CITATION"} <= {r["label"] for r in records}
    markup = highlight(text, records, {}, *lookups)
    pieces = read_back(markup)
    assert "".join(data for data, _, _ in pieces.pieces) == text  # nothing lost, nothing added
    for record in records:
        for offset in range(record["start"], record["end"]):
            shown = classes_at(pieces, offset)
            if record["label"] == "CITATION":  # a citation is one element, unresolved here
                assert shown == {"xy-citation", "xy-unresolved"}
            else:
                assert LABEL_CLASSES[record["label"]] in shown, (record, offset)
    # a glossary term is focusable and carries its gloss (Chinese, pinyin, English)
    term = next(r for r in records if r["label"] == "TERM" and r["norm"] in corpus.glossary)
    _, _, attributes = next(p for p in pieces.pieces if p[2].get("data-term") == term["norm"])
    entry = corpus.glossary[term["norm"]]
    assert attributes["tabindex"] == "0" and attributes["role"] == "button"
    assert entry["pinyin"] in attributes["data-gloss"] and entry["en"] in attributes["data-gloss"]


def test_nested_annotations_show_all_their_labels_where_they_overlap(corpus, lookups):
    text, records = annotated_unit(corpus.originals[DEBTOR_LIST], "art-2.p1", "zh", DEBTOR_LIST)
    measure = next(r for r in records if r["label"] == "MEASURE" and r["text"] == "纳入失信被执行人名单")
    inner = next(r for r in records if r["label"] == "TERM" and r["text"] == "失信被执行人名单")
    assert measure["start"] < inner["start"] and inner["end"] == measure["end"]
    pieces = read_back(highlight(text, records, {}, *lookups))
    assert classes_at(pieces, measure["start"]) >= {"xy-measure"} and "xy-term" not in classes_at(pieces, measure["start"])
    assert classes_at(pieces, inner["start"]) >= {"xy-measure", "xy-term"}
    # spans are cut where an annotation begins or ends, never nested inside one another
    assert all(name in ("span", "a") for name in pieces.tags)


def test_crossing_annotations_in_english_are_cut_at_each_boundary(corpus, lookups):
    text, records = annotated_unit(corpus.translations[SHANGHAI], "art-36.p2.i2", "en", SHANGHAI)
    term = next(r for r in records if r["label"] == "TERM" and r["text"] == "credit information")
    target = next(r for r in records if r["label"] == "TARGET" and r["text"] == "information provider")
    assert term["start"] < target["start"] < term["end"] < target["end"]  # they cross
    pieces = read_back(highlight(text, records, {}, *lookups))
    assert "".join(data for data, _, _ in pieces.pieces) == text
    assert "xy-target" not in classes_at(pieces, term["start"])
    assert classes_at(pieces, target["start"]) >= {"xy-term", "xy-target"}
    assert "xy-term" not in classes_at(pieces, target["end"] - 1)
    position, around = 0, []
    for data, classes, _ in pieces.pieces:
        if term["start"] <= position < target["end"]:
            around.append((data, classes))
        position += len(data)
    assert around == [("credit ", {"xy-term"}), ("information", {"xy-target", "xy-term"}),
                      (" provider", {"xy-target"})]


def test_html_special_characters_in_the_text_and_the_gloss_are_escaped(corpus, lookups):
    real = corpus.translations[SHANGHAI].unit("art-36.p2.i2").text
    hostile = f'<script>alert("x")</script> & {real} <img src=x onerror=alert(1)>'
    records, _ = annotate_units([("art-36.p2.i2", hostile)], "en", SHANGHAI)
    assert any(r["label"] == "TERM" for r in records)
    glossary, agencies, measures = lookups
    tampered = {key: {**entry, "definition": 'quoted "gloss" with <b>markup</b> & more'}
                for key, entry in glossary.items()}
    markup = highlight(hostile, records, {}, tampered, agencies, measures)
    assert "<script" not in markup and "<img" not in markup and "<b>" not in markup
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; " in markup
    assert "&lt;b&gt;markup&lt;/b&gt;" in markup and 'quoted &quot;gloss&quot;' in markup
    pieces = read_back(markup)
    assert "".join(data for data, _, _ in pieces.pieces) == hostile  # shown as text, all of it
    assert set(pieces.tags) <= {"span", "a"}


def test_a_unit_without_matches_is_only_escaped(corpus, lookups):
    text = corpus.originals[DEBTOR_LIST].unit("art-2.p1").text
    assert highlight(text, [], {}, *lookups) == html.escape(text, quote=True)
    english = "Article 1 <of> the “plan” & its annex"
    assert highlight(english, [], {}, *lookups) == "Article 1 &lt;of&gt; the “plan” &amp; its annex"
    # records that end inside the skipped label are not shown, and the label is not either
    records = [{"start": 0, "end": 3, "label": "TERM", "norm": "x", "text": "Art"}]
    assert highlight(english, records, {}, *lookups, skip=10) == html.escape(english[10:], quote=True)


def test_a_resolved_citation_links_to_the_cited_document(corpus, lookups):
    text, records = annotated_unit(corpus.originals[DEBTOR_LIST], "art-2.p1", "zh", DEBTOR_LIST)
    citation = next(r for r in records if r["label"] == "CITATION")
    linked = [{**r, "norm": "civil-procedure-law-2012"} if r is citation else r for r in records]
    markup = highlight(text, linked, {"civil-procedure-law-2012": "civil-procedure-law-2012.html"}, *lookups)
    pieces = read_back(markup)
    shown = [(data, attributes) for data, _, attributes in pieces.pieces if data == citation["text"]]
    assert shown == [(citation["text"], {"href": "civil-procedure-law-2012.html", "class": "xy-citation",
                                         "title": "cited document"})]


def test_labels_without_a_reference_entry_are_glossed_by_name_and_value():
    """Deontic spans carry no value; a date or target shows its value; a value the finder could not
    normalise shows the label's name alone (never "None")."""
    text = "应当于2020年1月1日前报送"
    records = [{"start": 0, "end": 2, "label": "OBLIGATION", "norm": None},
               {"start": 3, "end": 12, "label": "DATE", "norm": "2020-01-01"},
               {"start": 13, "end": 15, "label": "TARGET", "norm": None}]
    shown = html.unescape(highlight(text, records, {}, {}, {}, {}))
    assert 'data-gloss="obligation"' in shown and 'data-gloss="date: 2020-01-01"' in shown
    assert 'data-gloss="target"' in shown and "None" not in shown
