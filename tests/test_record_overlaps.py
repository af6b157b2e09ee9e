"""The choice among overlapping rule records shared by the English measure edges and party extensions."""
from __future__ import annotations

from xinyong.annotate.record_overlaps import keep_longest_first


def test_the_earliest_record_wins_and_the_longer_on_the_same_start():
    records = [(10, 20, "MEASURE", "fine"), (0, 12, "MEASURE", "warning"), (0, 5, "TARGET", None),
               (20, 25, "TARGET", None)]
    assert keep_longest_first(records) == [(0, 12, "MEASURE", "warning"), (20, 25, "TARGET", None)]


def test_records_that_only_touch_are_both_kept_in_text_order():
    assert keep_longest_first([(5, 9, "TARGET", None), (0, 5, "TARGET", None)]) == \
        [(0, 5, "TARGET", None), (5, 9, "TARGET", None)]
    assert keep_longest_first([]) == []
