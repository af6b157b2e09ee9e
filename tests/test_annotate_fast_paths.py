"""The annotator's shortcuts change nothing: spaCy's own word alignment, a fresh scan of every
pattern set and a scan of every free pattern give the same Docs and annotations on every shared
text (issue 22)."""
from __future__ import annotations

import jieba
import pytest
from spacy.util import get_words_and_spaces

from xinyong.annotate import patterns, segmenter
from xinyong.annotate.pipeline import analysis_text, annotatable_units, annotate_units, load_userdict, make_pipeline
from xinyong.annotate.resources import load_resources
from xinyong.locations import corpus_dir
from xinyong.structure import parse_file

TRICKY = ["  a  b \n c ", " ", "x\r\ny", "中文 English  words\t\tand\u3000全角 ", "\n\n第一条  信用", "a \u00a0b", ""]


@pytest.fixture(scope="module")
def nlp():
    load_userdict(corpus_dir())
    return make_pipeline("zh", corpus_dir())


@pytest.fixture(scope="module")
def units(source_files) -> list[tuple[str, str]]:
    return [(f"{path.stem} {unit_id}", text) for path in source_files for unit_id, text in annotatable_units(parse_file(path))]


def test_words_and_spaces_as_spacy_aligns_them(source_files):
    checked = 0
    for path in source_files:
        text = path.read_text(encoding="utf-8")
        for piece in [text, *text.split("\n\n")]:
            words = [word for word in jieba.cut(piece) if word]
            assert segmenter.words_and_spaces(words, piece) == get_words_and_spaces(words, piece), path.name
            checked += 1
    for piece in TRICKY:
        words = [word for word in jieba.cut(piece) if word]
        assert segmenter.words_and_spaces(words, piece) == get_words_and_spaces(words, piece), repr(piece)
    # words that are not jieba's (a word starting with whitespace) go to spaCy's own alignment
    assert segmenter.words_and_spaces(["a", " ", " b"], "a  b") == get_words_and_spaces(["a", " ", " b"], "a  b")
    assert checked > 100


def test_make_doc_gives_spacys_doc(nlp, units):
    for name, text in units[::7] + [("tricky", t) for t in TRICKY]:
        text = analysis_text(text, "zh")
        ours, theirs = segmenter.make_doc(nlp, text), nlp.make_doc(text)
        assert [(t.text, t.whitespace_) for t in ours] == [(t.text, t.whitespace_) for t in theirs], name
        assert ours.text == text


def test_annotations_identical_without_the_shortcuts(nlp, units, monkeypatch):
    fast, _ = annotate_units(units, "zh", "all-shared-texts", nlp)
    assert len(fast) > 5000
    # spaCy's own tokenizer, and every pattern set scanned afresh with every free pattern run
    monkeypatch.setattr(segmenter, "make_doc", lambda nlp, text: nlp.make_doc(text))
    monkeypatch.setattr(patterns.PatternSet, "finditer", lambda self, text: list(self._scan(text)))
    resources = load_resources("zh", str(corpus_dir()))
    for pattern_set in [resources.measures, resources.targets, resources.docno, resources.local_agencies,
                        *resources.deontic.values()]:
        monkeypatch.setattr(pattern_set, "free_needs", [""] * len(pattern_set.free))
    slow, _ = annotate_units(units, "zh", "all-shared-texts", nlp)
    assert fast == slow


def test_a_free_pattern_is_skipped_only_without_its_characters():
    assert patterns.required_characters(r"(?P<code>[\u4e00-\u9fff]{1,10})?〔(?P<year>\d{4})〕第?(?P<num>\d+)号") == "〔〕号"
    assert patterns.required_characters(r"a|b") == ""
    assert patterns.required_characters(r"(?i)abc") == ""
    found = patterns.PatternSet([("p", r"\w{0,3}号")])  # \w: no first characters, so a free pattern
    assert found.free and found.free_needs == ["号"]
    assert [(m.start, m.end) for m in found.finditer("第三号文件")] == [(0, 3)]
    assert found.finditer("没有") == []


def test_the_last_text_is_scanned_once(monkeypatch):
    found = patterns.PatternSet([("t", "信用"), ("t", "信用信息")])
    calls = []
    scan = patterns.PatternSet._scan
    monkeypatch.setattr(patterns.PatternSet, "_scan", lambda self, text: calls.append(text) or scan(self, text))
    first = found.finditer("公共信用信息和信用")
    assert [(m.start, m.end) for m in first] == [(2, 6), (7, 9)]
    assert found.finditer("公共信用信息和信用") == first and len(calls) == 1
    assert [(m.start, m.end) for m in found.finditer("信用")] == [(0, 2)] and len(calls) == 2


def test_records_alone_are_the_records_of_the_full_pipeline(nlp, units):
    # without keep_docs the components build no spans and the sentencizer does not run
    alone, none = annotate_units(units, "zh", "all-shared-texts", nlp)
    full, docs = annotate_units(units, "zh", "all-shared-texts", nlp, keep_docs=True)
    assert none == [] and len(docs) == len(units)
    assert alone == full and len(alone) > 5000
    assert sum(len(doc.spans["xinyong"]) for doc in docs) > 5000
    assert all(doc.has_annotation("SENT_START") for doc in docs if len(doc))


def test_english_records_alone_are_the_records_of_the_full_pipeline(corpus):
    english = make_pipeline("en", corpus_dir())
    for doc_id, document in corpus.documents("en").items():
        units = annotatable_units(document)
        alone, _ = annotate_units(units, "en", doc_id, english)
        full, _ = annotate_units(units, "en", doc_id, english, keep_docs=True)
        assert alone == full, doc_id


def test_docs_are_segmented_when_a_component_reads_tokens(units):
    from spacy.language import Language

    from xinyong.annotate.components import add_records
    from xinyong.annotate.pipeline import only_rule_components

    if not Language.has_factory("test_token_words"):
        @Language.component("test_token_words")
        def token_words(doc):  # a record for each token 的: needs jieba's words
            add_records(doc, [(t.idx, t.idx + len(t), "TERM", "token") for t in doc if t.text == "的"])
            return doc

    rules = make_pipeline("zh", corpus_dir())
    assert only_rule_components(rules)
    reader = make_pipeline("zh", corpus_dir())
    reader.add_pipe("test_token_words")
    assert not only_rule_components(reader)
    some = units[:400]
    alone, _ = annotate_units(some, "zh", "some", reader)
    full, _ = annotate_units(some, "zh", "some", reader, keep_docs=True)
    assert alone == full
    assert sum(r["norm"] == "token" for r in alone) > 100


def test_the_default_records_pipeline_needs_no_jieba(units):
    from xinyong.annotate.pipeline import cached_pipeline, records_pipeline

    corpus = str(corpus_dir())
    records, full = records_pipeline("zh", corpus), cached_pipeline("zh", corpus)
    assert records.pipe_names == full.pipe_names
    assert getattr(records.tokenizer, "jieba_seg", None) is None and full.tokenizer.jieba_seg is not None
    alone, _ = annotate_units(units, "zh", "all-shared-texts")  # the default: records_pipeline
    kept, _ = annotate_units(units, "zh", "all-shared-texts", keep_docs=True)  # cached_pipeline
    assert alone == kept and len(alone) > 5000
