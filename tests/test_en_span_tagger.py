"""The learned English span tagger (annotate/en_span_tagger.py): its committed table is what the train units give,
its spans come before the rules' in the pipeline, and it holds on the seed article, English nobody tuned it on."""
from __future__ import annotations

import itertools
import json
import os
import re
import shutil

import pytest
import yaml

from xinyong.annotate import en_span_tagger as tagger
from xinyong.annotate.en_edges import word_spans
from xinyong.annotate.pipeline import annotate_units
from xinyong.errors import XinyongError
from xinyong.locations import corpus_dir

from conftest import SEEDS


def _table() -> dict:
    """A hand-made table: "travelling by air" is a MEASURE (typed air travel), "debtors" a TARGET."""
    def state(pairs: dict[str, dict[str, float]]) -> dict:
        return {"state": pairs, "transitions": {"O>I": -9.0, "O>L": -9.0, "B>I": 1.0, "I>I": 1.0, "I>L": 1.0}}

    return {"tags": list(tagger.TAGS),
            "labels": {"MEASURE": state({"bias": {"O": 1.0}, "w=travelling": {"B": 5.0}, "w=by": {"I": 3.0},
                                         "-1:w=by": {"L": 3.0}}),
                       "TARGET": state({"bias": {"O": 1.0}, "w=debtors": {"U": 5.0}})},
            "types": {"MEASURE": {"w=air": {"air-travel-restriction": 1.0}, "w=travelling": {"rail-travel-restriction": 0.5}},
                      "TARGET": {"w=debtors": {"judgment-debtor": 1.0}}}}


def _record(text: str, start: int, end: int, label: str, norm: str | None) -> dict:
    return {"doc": "d", "unit": "u", "lang": "en", "start": start, "end": end, "label": label, "text": text[start:end],
            "norm": norm}


def test_tags_and_spans_round_trip_on_word_edges():
    text = "Debtors shall be barred from travelling by air and from buying property."
    offsets = word_spans(text)
    wanted = [(text.index("travelling"), text.index(" and")), (text.index("buying"), text.index("."))]
    tags = tagger.tags_of_spans(offsets, wanted)
    assert tags[offsets.index((text.index("travelling"), text.index(" by"))):][:3] == ["B", "I", "L"]
    assert tags.count("B") == tags.count("L") == 2 and "U" not in tags
    assert [(offsets[i][0], offsets[j - 1][1]) for i, j in tagger.tag_runs(tags)] == wanted
    assert tagger.tags_of_spans(offsets, [(0, len("Debtors"))])[0] == "U"


def test_a_decoded_sequence_that_breaks_bilou_order_still_reads_as_whole_spans():
    # the CRF's best path may be L after O or B without L: each run of tags other than O is read as one span,
    # ended by an L or a U, so no word the tagger marked is lost and no span crosses an L
    assert tagger.tag_runs(["O", "I", "L", "O", "B", "I", "O", "U", "U", "B", "L", "I"]) == [
        (1, 3), (4, 6), (7, 8), (8, 9), (9, 11), (11, 12)]


def test_viterbi_finds_the_highest_scoring_path_of_all():
    words = ["go", "by", "air", "travelling", "by", "air", "debtors"]
    features = tagger.token_features(words)
    table = _table()["labels"]["MEASURE"]
    state, transitions = table["state"], table["transitions"]

    def total(path: tuple[str, ...]) -> float:
        own = sum(state.get(f, {}).get(tag, 0.0) for row, tag in zip(features, path) for f in row)
        return own + sum(transitions.get(f"{a}>{b}", 0.0) for a, b in zip(path, path[1:]))

    best = max(itertools.product(tagger.TAGS, repeat=len(words)), key=total)
    found = tagger.viterbi(features, state, transitions)
    assert total(tuple(found)) == pytest.approx(total(best))
    assert found[3:6] == ["B", "I", "L"]


def test_the_taggers_span_replaces_an_overlapping_rule_span_and_untouched_rule_spans_stay(tagger_on):
    text = "Debtors shall not go travelling by air; they are fined."
    rules = [_record(text, text.index("travelling"), text.index(" by"), "MEASURE", "rail-travel-restriction"),
             _record(text, text.index("fined"), text.index("."), "MEASURE", "fine"),
             _record(text, 0, len("Debtors"), "TARGET", "natural-person")]
    merged = tagger.merged_unit_records(text, rules, _table(), {"doc": "d", "unit": "u", "lang": "en"}, add=True)
    measures = [(r["text"], r["norm"]) for r in merged if r["label"] == "MEASURE"]
    # the tagger's longer span, typed by its own words; the rule's fine, which the tagger did not touch, stays
    assert measures == [("travelling by air", "air-travel-restriction"), ("fined", "fine")]
    # redrawing only: the same here, as every tagger span overlaps a rule span
    assert [r["text"] for r in tagger.merged_unit_records(text, rules, _table(), {"unit": "u"}, add=False)
            if r["label"] == "MEASURE"] == ["travelling by air", "fined"]
    # a TARGET keeps the type the rules gave the party they found
    assert [(r["text"], r["norm"]) for r in merged if r["label"] == "TARGET"] == [("Debtors", "natural-person")]


def test_no_tagger_span_inside_a_cited_title(tagger_on):
    text = "See the Rules on Debtors travelling by air."
    citation = _record(text, text.index("Rules"), text.index("."), "CITATION", None)
    merged = tagger.merged_unit_records(text, [citation], _table(), {"doc": "d", "unit": "u", "lang": "en"})
    assert [r["label"] for r in merged] == ["CITATION"]


def test_redrawing_only_adds_no_span_the_rules_did_not_touch(tagger_on):
    text = "Debtors are barred from travelling by air."
    assert tagger.merged_unit_records(text, [], _table(), {"unit": "u"}, add=False) == []
    assert {r["text"] for r in tagger.merged_unit_records(text, [], _table(), {"unit": "u"}, add=True)} == {
        "Debtors", "travelling by air"}


def test_the_pipeline_leaves_the_rules_output_alone_while_the_tagger_is_off(monkeypatch):
    text = "Dishonest judgment debtors shall be barred from travelling by air and from buying luxury cars."
    monkeypatch.setenv(tagger.TAGGER_ENV, "off")
    found, _ = annotate_units([("u", text)], "en", "test")
    assert tagger.with_tagger_spans(list(found), [("u", text)], "test", [], str(corpus_dir()), False) == found


def test_by_default_the_tagger_runs_on_english_we_did_not_write_and_our_own_keeps_the_rules(monkeypatch):
    # "auto": a document whose id is not a catalog id (a researcher's file, a held-out text) gets "add"; our
    # translations and digests (catalog ids), on which the sanctions dataset was checked, get the rules alone
    text = ("Operators found to have cheated will lose their place in the queue for berths and pay a higher deposit "
            "on every contract.")
    ours = "spc-high-consumption-restrictions-2010"
    assert ours in {path.name.split(".")[0] for path in (corpus_dir() / "translations").glob("*.en.md")}

    def spans(doc_id: str, mode: str | None = None) -> list[tuple[int, int, str, str]]:
        found, _ = annotate_units([("u", text)], "en", doc_id, en_tagger=mode)
        return [(r["start"], r["end"], r["label"], r["norm"]) for r in found if r["label"] in tagger.TAGGED_LABELS]

    monkeypatch.delenv(tagger.TAGGER_ENV, raising=False)
    assert tagger.tagger_mode() == "auto"
    rules = spans("mine", "off")
    assert spans(ours) == spans(ours, "off") == rules
    assert spans("mine") == spans("mine", "add") != rules
    monkeypatch.setenv(tagger.TAGGER_ENV, "add")  # a mode set by the variable holds for our own texts too
    assert spans(ours) == spans("mine", "add")
    monkeypatch.setenv(tagger.TAGGER_ENV, "off")
    assert spans("mine") == rules
    assert tagger.document_mode("redraw", own_text=True) == tagger.document_mode("redraw", own_text=False) == "redraw"


def test_the_mode_is_part_of_the_pipelines_fingerprint_and_a_bad_one_is_e307(monkeypatch):
    from xinyong.annotate.pipeline import pipeline_version

    versions = set()
    for mode in tagger.MODES:
        monkeypatch.setenv(tagger.TAGGER_ENV, mode)
        versions.add(pipeline_version())
    assert len(versions) == len(tagger.MODES) == 4  # cached annotations of one mode are never served for another
    monkeypatch.setenv(tagger.TAGGER_ENV, "on")
    with pytest.raises(XinyongError) as raised:
        tagger.tagger_mode()
    assert raised.value.code == "E307" and "XINYONG_EN_TAGGER" in str(raised.value) and raised.value.exit_code == 2


def test_a_span_no_rule_touched_is_added_only_when_the_tagger_is_sure_enough(tagger_on):
    text = "Debtors are barred from travelling by air."
    table = _table()
    scores = tagger.state_scores(tagger.token_features([text[s:e] for s, e in word_spans(text)]),
                                 table["labels"]["MEASURE"]["state"])
    (first, after, margin), = tagger.span_margins(scores, table["labels"]["MEASURE"]["transitions"])
    assert margin > 0 and (first, after) == (4, 7)  # "travelling by air": words 4 to 6
    tagger.ADD_MARGIN = {"MEASURE": margin + 0.5, "TARGET": 0.0}
    assert {r["text"] for r in tagger.merged_unit_records(text, [], table, {"unit": "u"}, add=True)} == {"Debtors"}
    tagger.ADD_MARGIN = {"MEASURE": margin - 0.5, "TARGET": 0.0}
    assert {r["text"] for r in tagger.merged_unit_records(text, [], table, {"unit": "u"}, add=True)} == {
        "Debtors", "travelling by air"}


def test_a_broken_weights_table_is_e306_naming_the_file(tmp_path):
    (tmp_path / "patterns").mkdir()
    broken = tmp_path / "patterns" / "en-span-tagger.json"
    broken.write_text('{"labels": {"MEASURE": {}}}', encoding="utf-8")
    with pytest.raises(XinyongError) as raised:
        tagger.load_tagger(str(tmp_path))
    assert raised.value.code == "E306" and "en-span-tagger.json" in str(raised.value)
    broken.write_text("{not json", encoding="utf-8")
    tagger.load_tagger.cache_clear()
    with pytest.raises(XinyongError, match="E306"):
        tagger.load_tagger(str(tmp_path / ""))
    assert tagger.load_tagger(str(tmp_path / "nothing-here")) is None  # no table: the rules stand alone
    older = dict(_table(), tags=["O", "B", "I"])  # a table trained on other tags would be decoded as nonsense
    (tmp_path / "older" / "patterns").mkdir(parents=True)
    (tmp_path / "older" / tagger.WEIGHTS_FILE).write_text(json.dumps(older), encoding="utf-8")
    with pytest.raises(XinyongError) as raised:
        tagger.load_tagger(str(tmp_path / "older"))
    assert raised.value.code == "E306" and "['O', 'B', 'I']" in str(raised.value) and "en-span-tagger.json" in str(
        raised.value)


def test_the_committed_table_is_what_the_train_units_give(corpus):
    from xinyong.annotate.en_span_tagger_training import table_bytes, train_table
    from xinyong.annotate.spancat_en import english_train_units

    units = english_train_units(corpus)
    assert units and all(u.split == "train" for u in units)
    assert (corpus_dir() / tagger.WEIGHTS_FILE).read_bytes() == table_bytes(train_table(units)), \
        "corpus/patterns/en-span-tagger.json is stale: run `python bench/en_span_tagger.py write`"


def _type_ids(name: str) -> set[str]:
    data = yaml.safe_load((corpus_dir() / name).read_text(encoding="utf-8"))
    return {entry["id"] for entry in (data if isinstance(data, list) else data["types"])}


def _seed_paragraphs() -> list[tuple[str, str]]:
    files = sorted(SEEDS.glob("*")) if SEEDS.is_dir() else []
    if not files:
        pytest.skip(f"the seed article is not in {SEEDS}")
    text = files[0].read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if len(p.strip()) > 80]
    return [(f"p{i}", p) for i, p in enumerate(paragraphs)]


@pytest.fixture
def tagger_on(monkeypatch):
    """The pipeline with the tagger merged, adding every span it finds (whatever the margins say)."""
    monkeypatch.setenv(tagger.TAGGER_ENV, "add")
    monkeypatch.setattr(tagger, "ADD_MARGIN", {label: 0.0 for label in tagger.TAGGED_LABELS})


@pytest.mark.needs_sources
def test_on_the_seed_article_tagger_spans_are_whole_words_typed_and_apart(tagger_on):
    units = _seed_paragraphs()
    found, _ = annotate_units(units, "en", "seed")
    texts = dict(units)
    os.environ[tagger.TAGGER_ENV] = "off"
    rules = {(r["unit"], r["start"], r["end"], r["label"]) for r in annotate_units(units, "en", "seed")[0]}
    os.environ[tagger.TAGGER_ENV] = "add"
    type_ids = {"MEASURE": _type_ids("measures.yaml"), "TARGET": _type_ids("targets.yaml")}
    tagged = [r for r in found if r["label"] in tagger.TAGGED_LABELS]
    assert sum(r["label"] == "TARGET" for r in tagged) >= 5
    for record in tagged:
        if (record["unit"], record["start"], record["end"], record["label"]) in rules:
            continue  # a rule span the tagger left alone (the rules may cut inside a hyphenated word)
        text = texts[record["unit"]]
        edges = word_spans(text)
        assert record["start"] in {s for s, _ in edges} and record["end"] in {e for _, e in edges}, record
        assert record["norm"] in type_ids[record["label"]], record
    for label in tagger.TAGGED_LABELS:
        for unit, _ in units:
            spans = sorted((r["start"], r["end"]) for r in tagged if r["label"] == label and r["unit"] == unit)
            assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), (unit, label, spans)


@pytest.mark.needs_sources
def test_on_the_seed_article_the_default_finds_its_restricted_activities_and_no_framing_clause(monkeypatch):
    # what a researcher gets from `xinyong annotate` on the article (auto: the tagger adds only spans it is sure of);
    # the raw tagger (margin 0) also proposes a framing clause ("As the government document states") and a clause
    # about the scores, both with margins far below ADD_MARGIN
    monkeypatch.delenv(tagger.TAGGER_ENV, raising=False)
    found, _ = annotate_units(_seed_paragraphs(), "en", "seed")
    measures = [r["text"] for r in found if r["label"] == "MEASURE"]
    assert any("reservations with hotels" in m for m in measures) and "obtaining some jobs" in measures, measures
    assert not any(m.startswith("As the") or " will be " in m for m in measures), measures


def test_docs_kept_for_docbin_say_what_the_records_say(tagger_on):
    text = "Dishonest judgment debtors shall be barred from travelling by air and from buying luxury cars."
    found, docs = annotate_units([("u", text)], "en", "test", keep_docs=True)
    in_docs = sorted((s.start_char, s.end_char, s.label_) for s in docs[0].spans["xinyong"]
                     if s.label_ in tagger.TAGGED_LABELS)
    in_records = sorted((r["start"], r["end"], r["label"]) for r in found if r["label"] in tagger.TAGGED_LABELS)
    assert in_docs == in_records and in_records


def test_the_committed_table_names_only_known_types():
    table = json.loads((corpus_dir() / tagger.WEIGHTS_FILE).read_text(encoding="utf-8"))
    known = _type_ids("measures.yaml")
    named = {kind for weights in table["types"]["MEASURE"].values() for kind in weights}
    assert named and named <= known


def test_a_copy_without_the_table_annotates_with_the_rules_alone(tmp_path, tagger_on):
    copy = tmp_path / "corpus"
    shutil.copytree(corpus_dir(), copy, ignore=shutil.ignore_patterns("sources", "gold"))
    (copy / tagger.WEIGHTS_FILE).unlink()
    found: list = []
    assert tagger.with_tagger_spans(found, [("u", "Debtors travelling by air.")], "d", [], str(copy), False) == []
    assert not (copy / tagger.WEIGHTS_FILE).exists()
