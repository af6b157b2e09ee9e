"""The spaCy DocBins carry exactly the standoff annotations: same units, offsets, labels, values and
text for every span, in both languages, once loaded in spaCy."""
from __future__ import annotations

import pytest


def docbin_spans(path, lang: str) -> set[tuple]:
    """(doc, unit, start, end, label, norm, text) of every span in an exported DocBin, with offsets
    counted from the start of its unit as in the standoff records."""
    import spacy
    from spacy.tokens import DocBin

    spans = set()
    for doc in DocBin().from_bytes(path.read_bytes()).get_docs(spacy.blank(lang).vocab):
        for unit_id, first, last in doc.user_data["units"]:
            offset = doc[first].idx
            for span in doc.spans["xinyong"]:
                if first <= span.start and span.end <= last:
                    spans.add((doc.user_data["doc"], unit_id, span.start_char - offset, span.end_char - offset,
                               span.label_, span.kb_id_ or None, span.text))
    return spans


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_docbin_span_equals_its_standoff_record(built, annotated, corpus, lang):
    records = {(r["doc"], r["unit"], r["start"], r["end"], r["label"], r["norm"], r["text"])
               for doc_id in corpus.documents(lang) for r in annotated.annotations(doc_id, lang)}
    spans = docbin_spans(built / "data" / "spacy" / f"{lang}.spacy", lang)
    assert len(records) > 1000
    assert sorted(records - spans)[:5] == [] and sorted(spans - records)[:5] == []


def test_a_span_inside_a_jieba_word_splits_the_word():
    from xinyong.annotate.docbin import exact_doc
    from xinyong.annotate.pipeline import cached_pipeline
    from xinyong.locations import corpus_dir

    nlp = cached_pipeline("zh", str(corpus_dir()))
    text = "直辖市人民政府应对失信行为"
    doc = nlp.make_doc(text)
    assert "直辖市" in [t.text for t in doc] or "直辖市人民政府" in [t.text for t in doc]
    records = [{"start": 2, "end": 7, "label": "AGENCY", "norm": "municipal-government"},
               {"start": 7, "end": 8, "label": "OBLIGATION", "norm": None}]
    exact = exact_doc(doc, text, records)
    assert exact.text == text
    assert [(s.text, s.label_, s.kb_id_) for s in exact.spans["xinyong"]] == [
        ("市人民政府", "AGENCY", "municipal-government"), ("应", "OBLIGATION", "")]
