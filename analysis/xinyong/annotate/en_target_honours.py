"""English party nouns inside the name of an honour, not parties (issue 16): in "selections of outstanding and advanced
individuals and units", "the selection of demonstration and advantage enterprises" or 'the title of "model travel
agencies"' the noun names the honour a party may be chosen for; the party is the one selected, named elsewhere (the
main English gold and held-out batches 7 and 9 leave these nouns unannotated).
"""
from __future__ import annotations

import re

Record = tuple[int, int, str, str | None]
# "selection(s) of", "selected as", "the title of", "rated as" and up to five words of the honour's name before the noun
HONOUR_BEFORE = re.compile(r"\b(?:selections?\s+(?:of|as)|selected\s+as|titles?\s+of|evaluations?\s+of|awards?\s+for)\s+"
                           r"(?:the\s+)?(?:[\"“]?[\w-]+[,\s]+(?:and\s+|or\s+)?){0,5}[\"“]?$", re.IGNORECASE)
# 'a "model enterprise"', '"advanced units"': an honour named in quotes
QUOTED_HONOUR_BEFORE = re.compile(r"[\"“](?:model|advanced|outstanding|exemplary|excellent|demonstration|star|civilised|civilized)"
                                  r"\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def without_honour_names(text: str, targets: list[Record]) -> list[Record]:
    """The TARGET records without party nouns inside the name of an honour.

    text (str): the unit's text.
    targets (list[Record]): the TARGET records.
    RETURNS (list[Record]): the records kept, in the same order.
    """
    return [r for r in targets if not (HONOUR_BEFORE.search(text, max(0, r[0] - 80), r[0])
                                       or QUOTED_HONOUR_BEFORE.search(text, max(0, r[0] - 40), r[0]))]
