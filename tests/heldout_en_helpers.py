"""A stand-in for the pipeline in the tests of the held-out English batches, so that wiring tests never
score the rules' output on a batch."""
from __future__ import annotations

from functools import cache

import pytest

import xinyong.annotate.heldout_en as heldout_en


def record_annotated_units(monkeypatch: pytest.MonkeyPatch) -> list:
    """Replace the pipeline by a stub that predicts nothing and records the units it was given.

    RETURNS (list): the units the stub has been asked to annotate so far (filled as it is called).
    """
    seen: list = []

    def stub(units, lang):
        seen.extend(units)
        return {}

    monkeypatch.setattr(heldout_en, "predict", stub)
    return seen


@cache
def all_heldout_en_units() -> tuple:
    """Every unit of the held-out English set, loaded once per test session (a load parses every text, about 5 s);
    read only: the tests that change the set work on copies in their own folders."""
    return tuple(heldout_en.load_heldout_en())
