"""Kinds of wrong authority found by the independent seed-23 hand check (issue 16): a court named only in
the triggering conduct (refusing to perform a court's effective judgment), taken as the imposing body.
Sentences written for the purpose, beside one of the same shape where the court imposes."""
from __future__ import annotations

from xinyong.sanctions_authority import qualifies_a_document


def test_a_court_named_in_the_conduct_of_refusing_its_judgment_imposes_nothing() -> None:
    conduct = "经营者拒不履行人民法院已经发生法律效力的判决的，予以罚款。"
    imposing = "经营者拒不改正的，由人民法院予以罚款。"
    start = conduct.index("履行人民法院")
    assert qualifies_a_document(conduct, start, start + len("履行人民法院"), "zh")
    start = imposing.index("人民法院")
    assert not qualifies_a_document(imposing, start, start + len("人民法院"), "zh")
