"""English MEASURE kinds found missing altogether on text written blind to the rules (issue 16, session 10), gathered
for find_en_measures (en_measures.py) in one call: each kind lives in its own module, this one only lists them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .en_example_measures import example_measures
from .en_inspection_measures import inspection_measures
from .en_item_segments import item_segments

if TYPE_CHECKING:
    from .en_measures import MeasureRules

Record = tuple[int, int, str, str | None]


def recalled_measures(text: str, rules: MeasureRules) -> list[Record]:
    """The MEASURE records of the session-10 kinds in `text`.

    text (str): the unit's text.
    rules (MeasureRules): the compiled en-measures.yaml.
    RETURNS (list[Record]): MEASURE records (they may overlap those of other rules; the caller chooses).
    """
    return inspection_measures(text) + example_measures(text, rules) + item_segments(text, rules)
