"""A measure mention written into a test sentence, and whether sanctions_measure.imposed makes it a
record: shared by the tests of the sanctions measure kinds."""
from __future__ import annotations

from dataclasses import dataclass

from xinyong.sanctions_measure import imposed


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str


def mention(text: str, words: str, kind: str, occurrence: int = 0) -> Mention:
    """The `occurrence`-th (from 0) appearance of `words` in `text`, as a mention of type `kind`."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return Mention(start, start + len(words), words, kind)


def is_record(text: str, words: str, kind: str, lang: str, context: list[str] | None = None,
              occurrence: int = 0, measure_kind: str = "punishment") -> bool:
    """Whether the mention of `words` in `text` (with the list lead-ins in `context`) is a record."""
    return imposed(text, mention(text, words, kind, occurrence), lang, context or [], measure_kind)
