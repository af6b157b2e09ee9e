"""Trigger fixes after the independent seed-22 hand check (issue 16): a trigger that is only the
measure named as the party's state (被限制高消费后) is no trigger; conduct about the measure is one."""
from __future__ import annotations

import pytest

from xinyong.sanctions_trigger import is_the_measure


@pytest.mark.parametrize("trigger, measure, expected", [
    ("被限制高消费后", "限制高消费", True),
    ("after being restricted from high consumption", "restricted from high consumption", True),
    ("违反限制高消费令", "限制高消费", False),
    ("where the debtor consumes in violation of being restricted from high consumption",
     "restricted from high consumption", False),
    ("拒不履行生效法律文书确定的义务", "限制高消费", False),
    (None, "限制高消费", False),
])
def test_a_trigger_that_is_the_measure_itself(trigger, measure, expected):
    assert is_the_measure(trigger, measure) is expected
