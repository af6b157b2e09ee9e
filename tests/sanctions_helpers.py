"""Fixtures shared by the tests of the sanctions rules: a measure mention written into a test sentence and
whether sanctions_measure.imposed makes it a record; one article whose paragraph or list item (under a
lead-in) holds a test sentence, as the provision reader sees a parsed document; the bodies named in a test
sentence, as the authority rules see them."""
from __future__ import annotations

from dataclasses import dataclass, field

from xinyong.parsed_document import Unit
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


@dataclass
class Provisions:
    """A stand-in for a parsed document: an article's paragraphs and list items."""

    units: dict[str, Unit]
    id: str = "fixture"

    def unit_map(self) -> dict[str, Unit]:
        return self.units


@dataclass
class Annotations:
    """Annotations keyed by (document, language, unit), empty unless given."""

    annotations_by_unit: dict = field(default_factory=dict)


def one_article(text: str, lead_in: str | None = None) -> tuple[dict[str, Unit], Unit]:
    """The units of an article whose paragraph is `text`, or whose list item is `text` under the
    paragraph `lead_in`; and the unit holding `text`."""
    units = {"art-1": Unit("art-1", "article", 1, None, None, "", 1)}
    parent = "art-1"
    if lead_in is not None:
        units["art-1.p1"] = Unit("art-1.p1", "paragraph", 1, None, "art-1", lead_in, 1)
        parent = "art-1.p1"
    unit = Unit("art-1.x", "item" if lead_in else "paragraph", 1, None, parent, text, 2)
    units[unit.id] = unit
    return units, unit


@dataclass(frozen=True)
class Body:
    start: int
    end: int
    text: str


def bodies(text: str, *names: str) -> list[Body]:
    """Each name as a body mention at its first place in text."""
    return [Body(text.index(n), text.index(n) + len(n), n) for n in names]
