"""Choosing among overlapping rule records: where two overlap, the one that starts first wins, the longer on a tie.

Used where a finder has moved or extended span edges and two records may now cover the same words."""
from __future__ import annotations

Record = tuple[int, int, str, str | None]  # start, end, label, norm


def keep_longest_first(records: list[Record]) -> list[Record]:
    """The records that overlap none chosen before them, taken by start and, on the same start, longest first.

    records (list[Record]): the candidate records, in any order.
    RETURNS (list[Record]): the kept records, in text order, not overlapping.
    """
    kept: list[Record] = []
    for record in sorted(records, key=lambda r: (r[0], -(r[1] - r[0]))):
        if not any(s < record[1] and record[0] < e for s, e, _, _ in kept):
            kept.append(record)
    return sorted(kept)
