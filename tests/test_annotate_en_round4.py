"""English MEASURE and TARGET, round 4 of issue 16: the kinds the last round left, on sentences written for
these tests (not the gold texts): "from" constructions with a noun, reprimands, suspended procedures,
coordinated function lists before one head, and bare heads referring back to listed parties."""
from __future__ import annotations

from xinyong.annotate.pipeline import annotate_units


def spans(text: str, label: str) -> list[tuple[str, str | None]]:
    found, _ = annotate_units([("u", text)], "en", "test")
    return [(r["text"], r["norm"]) for r in found if r["label"] == label]


# --- "restricted from" + a noun: what follows "from" only (adjudicated conventions) ----------------

def test_a_noun_after_restricted_from_is_the_measure_without_the_verb():
    text = "A company that has been restricted from high consumption shall report its spending."
    assert spans(text, "MEASURE") == [("high consumption", "high-consumption-restriction")]
    text = "Once a debtor restricted from high consumption has paid in full, the restriction ends."
    assert ("high consumption", "high-consumption-restriction") in spans(text, "MEASURE")
    assert not any(t.startswith("restricted") for t, _ in spans(text, "MEASURE"))
