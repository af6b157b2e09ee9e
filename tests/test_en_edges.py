"""The learned edge corrector of English MEASURE and TARGET spans (issue 16, annotate/en_edges.py and
en_edges_model.py), on sentences written for these tests: candidate edges, moving by weights, the bounds
a span keeps, training from gold spans, determinism, and the pipeline hook and its switch."""
from __future__ import annotations

import json

from xinyong.annotate import en_edges
from xinyong.annotate.en_edges import correct_edges, correct_en_records, edge_candidates, load_weights, word_spans
from xinyong.annotate.en_edges_model import (cross_validate, examples_of, figures, paired_spans, train,
                                             write_weights)
from xinyong.annotate.gold import GoldUnit
from xinyong.annotate.pipeline import annotate_units


def _at(text: str, phrase: str, label: str, norm: str | None = None) -> tuple[int, int, str, str | None]:
    start = text.index(phrase)
    return start, start + len(phrase), label, norm


def test_words_split_a_possessive_and_keep_numbers_whole():
    text = "the debtor's fine of 5,000 yuan"
    assert [text[s:e] for s, e in word_spans(text)] == ["the", "debtor", "'s", "fine", "of", "5,000", "yuan"]


def test_candidates_lie_within_the_window_and_bounds_and_include_the_rules_edge():
    text = "Market regulation departments shall publish the list on their websites."
    spans = word_spans(text)
    start = text.index("publish")
    found = edge_candidates(spans, "L", start, 2, -1, len(text))
    assert (start, 0) in found
    assert [text[p:p + 5] for p, _ in found] == ["depar", "shall", "publi", "the l", "list "]
    bounded = edge_candidates(spans, "L", start, 2, text.index("shall"), len(text))
    assert [text[p:p + 5] for p, _ in bounded] == ["publi", "the l", "list "]  # not at or before the bound


def test_weights_move_an_edge_past_an_article_and_keep_a_span_when_nothing_outweighs_staying():
    text = "They shall be liable to the fine imposed by the department."
    rule = _at(text, "the fine", "MEASURE", "fine")
    weights = {"L|dropw=the": 5.0}
    moved = correct_edges(text, [rule], weights, 2)
    assert [text[s:e] for s, e, _, _ in moved] == ["fine"]
    assert moved[0][2:] == ("MEASURE", "fine")
    assert correct_edges(text, [rule], weights, 2, margin=6.0) == [rule]  # the move does not beat the margin
    other = _at(text, "the department", "AGENCY")
    assert correct_edges(text, [other], weights, 2) == [other]  # only MEASURE and TARGET move


def test_a_span_never_grows_into_its_neighbour_of_the_same_label():
    text = "restrict them from bidding and issuing bonds"
    first, second = _at(text, "bidding", "MEASURE"), _at(text, "issuing bonds", "MEASURE")
    weights = {"R|addw=and": 9.0, "R|addw=issuing": 9.0}
    moved = correct_edges(text, [first, second], weights, 3)
    assert text[moved[0][0]:moved[0][1]] == "bidding and"  # it may grow up to its neighbour, never into it
    assert moved[1] == second


def _unit(doc: str, unit: str, text: str, spans: list[tuple[int, int, str, str | None]]) -> GoldUnit:
    return GoldUnit(doc=doc, lang="en", unit=unit, text=text, split="train", spans=spans)


SENTENCES = [
    ("The debtor shall be restricted from travelling by air.", "debtor", "the debtor"),
    ("The enterprise is barred from bidding in public tenders.", "enterprise", "the enterprise"),
    ("The applicant shall not hold posts in state-owned enterprises.", "applicant", "the applicant"),
    ("The supplier loses access to subsidies.", "supplier", "the supplier"),
    ("The guarantor is subject to more frequent inspection.", "guarantor", "the guarantor"),
    ("The lessee may not purchase real estate.", "lessee", "the lessee"),
]


def _training_set() -> tuple[list[GoldUnit], dict]:
    """Units whose gold leaves the article out, with rule spans that keep it in."""
    units, predicted = [], {}
    for index, (text, gold, rule) in enumerate(SENTENCES):
        unit = _unit(f"doc-{index % 3}", f"u{index}", text, [_at(text, gold.capitalize(), "TARGET", "credit-subject")
                                                             if text.startswith(gold.capitalize())
                                                             else _at(text, gold, "TARGET", "credit-subject")])
        units.append(unit)
        predicted[(unit.doc, "en", unit.unit)] = [_at(text, rule.capitalize(), "TARGET", "credit-subject")]
    return units, predicted


def test_rule_spans_pair_with_the_gold_span_they_overlap_most():
    text = "The debtor and the guarantor"
    rules = [_at(text, "The debtor", "TARGET"), _at(text, "the guarantor", "TARGET")]
    gold = [_at(text, "guarantor", "TARGET")]
    assert paired_spans(rules, gold) == [(rules[1], gold[0])]


def test_the_model_learns_to_leave_the_article_out_and_applies_it_to_a_sentence_it_has_not_seen():
    units, predicted = _training_set()
    weights = train(examples_of(units, predicted, 2), epochs=5)
    text = "The contractor shall be restricted from bidding."
    moved = correct_edges(text, [_at(text, "The contractor", "TARGET", "credit-subject")], weights, 2)
    assert [text[s:e] for s, e, _, _ in moved] == ["contractor"]


def test_training_is_deterministic_and_the_weights_table_is_byte_identical(tmp_path):
    units, predicted = _training_set()
    examples = examples_of(units, predicted, 2, shifts=(-1, 0, 1))
    assert train(examples, 5) == train(examples, 5)
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    write_weights(first, units, predicted, 2, 5, (-1, 0, 1), 1.0)
    write_weights(second, units, predicted, 2, 5, (-1, 0, 1), 1.0)
    assert first.read_bytes() == second.read_bytes()
    table = json.loads(first.read_text(encoding="utf-8"))
    assert table["window"] == 2 and table["margin"] == 1.0 and table["train_units"] == len(units)


def test_cross_validation_holds_out_whole_documents_and_scores_the_corrected_spans():
    units, predicted = _training_set()
    assert figures(units, predicted)["TARGET"]["f1"] == 0.0  # every rule span keeps "the"
    (out,) = cross_validate(units, predicted, 2, 5)
    assert figures(units, out)["TARGET"]["f1"] == 1.0


def test_the_pipeline_hook_moves_records_only_when_switched_on(tmp_path, monkeypatch):
    (tmp_path / "patterns").mkdir()
    (tmp_path / "patterns" / "en-edges.json").write_text(json.dumps(
        {"window": 2, "margin": 0.0, "weights": {"L|dropw=the": 5.0, "L|dropw=The": 5.0}}), encoding="utf-8")
    load_weights.cache_clear()
    text = "The debtor pays."
    records = [{"doc": "d", "unit": "u", "lang": "en", "start": 0, "end": 10, "label": "TARGET",
                "text": "The debtor", "norm": "credit-subject"}]
    monkeypatch.setattr(en_edges, "EDGE_CORRECTOR_ON", False)
    correct_en_records(records, {"u": text}, [], str(tmp_path))
    assert records[0]["text"] == "The debtor"
    monkeypatch.setattr(en_edges, "EDGE_CORRECTOR_ON", True)
    correct_en_records(records, {"u": text}, [], str(tmp_path))
    assert (records[0]["start"], records[0]["end"], records[0]["text"]) == (4, 10, "debtor")
    load_weights.cache_clear()


def test_the_pipeline_keeps_records_and_docs_in_step_when_the_corrector_runs(monkeypatch):
    text = "Where a market entity is listed, the market entity shall be restricted from bidding in public tenders."
    monkeypatch.setattr(en_edges, "EDGE_CORRECTOR_ON", True)
    found, docs = annotate_units([("u", text)], "en", "test", keep_docs=True)
    measured = sorted((r["start"], r["end"], r["label"]) for r in found if r["label"] in ("MEASURE", "TARGET"))
    assert measured
    for record in found:
        assert record["text"] == text[record["start"]:record["end"]]
    in_doc = sorted((s, e, label) for s, e, label, _ in docs[0].user_data["xinyong"] if label in ("MEASURE", "TARGET"))
    assert in_doc == measured


def test_a_damaged_weights_table_is_refused_with_e308_naming_the_file(tmp_path):
    import pytest

    from xinyong.errors import XinyongError

    (tmp_path / "patterns").mkdir()
    table = tmp_path / "patterns" / "en-edges.json"
    for content in ('{"window": 2, "weights": {"L|d=0": ', '{"window": 2, "margin": 0}', '["a"]'):
        table.write_text(content, encoding="utf-8")
        load_weights.cache_clear()
        with pytest.raises(XinyongError) as raised:
            load_weights(str(tmp_path))
        assert raised.value.code == "E308" and str(table) in raised.value.render()
    load_weights.cache_clear()



def test_where_gold_spans_went_tells_types_edges_and_misses_apart():
    from xinyong.annotate.gold import score, where_spans_went

    text = "Debtors are barred from flying, from buying homes, from bidding in tenders and from luxury hotels."
    gold = [_unit("d", "u", text, [_at(text, "flying", "MEASURE", "air-travel-restriction"),
                                   _at(text, "buying homes", "MEASURE", "real-estate-restriction"),
                                   _at(text, "bidding in tenders", "MEASURE", "procurement-exclusion"),
                                   _at(text, "luxury hotels", "MEASURE", "luxury-venue-restriction")])]
    predicted = {("d", "en", "u"): [_at(text, "flying", "MEASURE", "air-travel-restriction"),  # found
                                    _at(text, "buying homes", "MEASURE", "rail-travel-restriction"),  # another type
                                    _at(text, "bidding in", "MEASURE", "procurement-exclusion"),  # other edges
                                    _at(text, "barred", "MEASURE", "fine")]}  # touches no gold span
    went = where_spans_went(gold, predicted, "MEASURE")
    assert went == {"found": 1, "other type": 1, "other edges": 1, "not touched": 1, "predicted touching no gold": 1}
    exact = score(gold, predicted)["exact"]["MEASURE"]
    assert (exact.tp, exact.fp, exact.fn) == (1, 3, 3)  # exact F1 lumps the three kinds of loss together
    assert where_spans_went(gold, {}, "MEASURE")["not touched"] == 4
    assert set(where_spans_went(gold, predicted, "TARGET").values()) == {0}
