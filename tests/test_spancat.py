"""The trained span categoriser (issue 19): trained on gold train units only, seeded and repeatable."""
from __future__ import annotations

import pytest

from xinyong.annotate.evaluate import load_gold
from xinyong.annotate.spancat import SPANCAT_LABELS, predict, train_spancat

pytestmark = pytest.mark.needs_sources


def test_same_seed_same_model_and_spans_inside_the_units(corpus):
    gold = [u for u in load_gold(corpus) if u.lang == "zh"]
    train = [u for u in gold if u.split == "train"][:40]
    test = [u for u in gold if u.split == "test"][:30]
    assert train and test and not {(u.doc, u.unit) for u in train} & {(u.doc, u.unit) for u in test}
    first = predict(train_spancat(train, seed=7, epochs=2), test)
    second = predict(train_spancat(train, seed=7, epochs=2), test)
    assert first == second and any(first.values())
    for unit in test:
        spans = first[(unit.doc, unit.lang, unit.unit)]
        assert all(0 <= start < end <= len(unit.text) and label in SPANCAT_LABELS for start, end, label, _ in spans)
        for label in SPANCAT_LABELS:  # one span per mention: no overlaps within a label
            own = sorted(s for s in spans if s[2] == label)
            assert all(a[1] <= b[0] for a, b in zip(own, own[1:]))
