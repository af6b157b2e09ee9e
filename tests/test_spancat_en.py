"""The English span categoriser (issue 16) on a tiny fixture written for the test: it trains, predicts
MEASURE and TARGET spans inside the units, the same seed gives the same spans, and the two ways of
combining it with the rules keep what they promise."""
from __future__ import annotations

from xinyong.annotate.gold import GoldUnit
from xinyong.annotate.spancat import SPANCAT_LABELS, predict, train_spancat
from xinyong.annotate.spancat_en import rules_first, union

# (text, [(phrase, label)]): short provisions in the style of the English gold, written for this test.
FIXTURE = [
    ("Dishonest enterprises shall be restricted from bidding in public tenders.",
     [("Dishonest enterprises", "TARGET"), ("bidding in public tenders", "MEASURE")]),
    ("Listed persons may not travel by air.", [("Listed persons", "TARGET"), ("travel by air", "MEASURE")]),
    ("The legal representative shall be barred from holding posts in state-owned enterprises.",
     [("The legal representative", "TARGET"), ("holding posts in state-owned enterprises", "MEASURE")]),
    ("Dishonest enterprises may not issue bonds.", [("Dishonest enterprises", "TARGET"), ("issue bonds", "MEASURE")]),
    ("Listed persons shall be restricted from bidding in public tenders.",
     [("Listed persons", "TARGET"), ("bidding in public tenders", "MEASURE")]),
    ("The legal representative may not travel by air.",
     [("The legal representative", "TARGET"), ("travel by air", "MEASURE")]),
    ("Departments shall publish the list on the website.", []),
    ("This notice takes effect on the date of issue.", []),
]


def _units() -> list[GoldUnit]:
    units = []
    for number, (text, phrases) in enumerate(FIXTURE):
        spans = [(text.index(p), text.index(p) + len(p), label, None) for p, label in phrases]
        units.append(GoldUnit("fixture-doc", "en", f"u{number}", text, "train", spans))
    return units


def test_english_model_learns_the_fixture_and_is_seeded():
    units = _units()
    first = predict(train_spancat(units, seed=3, epochs=40, lang="en", max_tokens=6), units)
    second = predict(train_spancat(units, seed=3, epochs=40, lang="en", max_tokens=6), units)
    assert first == second
    found = [s for spans in first.values() for s in spans]
    assert {s[2] for s in found} == set(SPANCAT_LABELS)
    for unit in units:
        for start, end, label, _ in first[(unit.doc, unit.lang, unit.unit)]:
            assert 0 <= start < end <= len(unit.text) and label in SPANCAT_LABELS
    # trained on its own units, the model finds most gold spans exactly
    gold = {(u.unit, s[0], s[1], s[2]) for u in units for s in u.spans}
    got = {(key[2], s[0], s[1], s[2]) for key, spans in first.items() for s in spans}
    assert len(gold & got) >= len(gold) // 2


def test_union_and_rules_first():
    key = ("d", "en", "u")
    rules = {key: [(0, 10, "TARGET", None), (20, 30, "MEASURE", None)]}
    model = {key: [(0, 10, "TARGET", None), (25, 40, "MEASURE", None), (25, 40, "TARGET", None), (50, 55, "MEASURE", None)]}
    assert union(rules, model)[key] == sorted({*rules[key], *model[key]})
    # a model span overlapping a rule span of the same label is dropped; other labels and free text are kept
    assert rules_first(rules, model)[key] == [(0, 10, "TARGET", None), (20, 30, "MEASURE", None),
                                             (25, 40, "TARGET", None), (50, 55, "MEASURE", None)]
