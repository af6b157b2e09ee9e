"""The structure parser's builder: keeps the open division, article, paragraph and heading while
lines are read, and gives each new unit its id (see structure.py for the id scheme)."""
from __future__ import annotations

from collections import Counter

from .parsed_document import Unit
from .unit_ids import article_id, division_id, duplicate_id, heading_id, item_id, paragraph_id


class UnitBuilder:
    """Keeps the open chapter, article, paragraph and heading while lines are read."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.units: list[Unit] = []
        self.ids: set[str] = set()
        self.warnings: list[str] = []
        self.part: str | None = None
        self.chapter: str | None = None
        self.section: str | None = None
        self.article: str | None = None
        self.article_number = 0
        self.paragraph: str | None = None  # the paragraph items attach to
        self.paragraph_count = 0
        self.item_count = 0
        self.headings: list[str] = []  # open heading ids, outermost first
        self.preamble_count = 0
        # Counters kept as units are added, so that no step rescans the units read so far
        # (a rescan per paragraph made parsing quadratic in the length of the text).
        self.paragraphs_under: Counter[str | None] = Counter()
        self.next_suffix: dict[str, int] = {}

    def add(self, unit_id: str, kind: str, number: int | None, label: str | None,
            parent: str | None, text: str, line: int) -> str:
        if unit_id in self.ids:
            # Keep the unit (never lose text) under a distinct id, and say so.
            suffix = self.next_suffix.get(unit_id, 2)
            while duplicate_id(unit_id, suffix) in self.ids:
                suffix += 1
            self.next_suffix[unit_id] = suffix + 1
            self.warnings.append(f"line {line}: duplicate id {unit_id}, kept as {duplicate_id(unit_id, suffix)}")
            unit_id = duplicate_id(unit_id, suffix)
        self.ids.add(unit_id)
        self.units.append(Unit(unit_id, kind, number, label, parent, text, line))
        if kind == "paragraph":
            self.paragraphs_under[parent] += 1
        return unit_id

    def container(self) -> str | None:
        return self.section or self.chapter or self.part

    def open_division(self, kind: str, number: int, label: str, text: str, line: int) -> None:
        if kind == "part":
            self.part = self.add(division_id(kind, number), kind, number, label, None, text, line)
            self.chapter = self.section = None
        elif kind == "chapter":
            self.chapter = self.add(division_id(kind, number), kind, number, label, self.part, text, line)
            self.section = None
        else:
            parent = self.chapter or self.part
            self.section = self.add(division_id(kind, number, parent), kind, number, label, parent, text, line)
        self.article = self.paragraph = None
        self.headings = []

    def open_article(self, number: int, label: str, rest: str, line: int, sub: int | None = None) -> None:
        if number <= self.article_number and sub is None:
            self.warnings.append(f"line {line}: article {number} follows article {self.article_number}")
        self.article_number = number
        unit_id = article_id(number, sub)
        self.article = self.add(unit_id, "article", number, label, self.container(), label, line)
        self.paragraph_count = 0
        self.paragraph = None
        self.headings = []
        if rest:
            self.open_paragraph(rest, line)

    def open_paragraph(self, text: str, line: int) -> None:
        self.item_count = 0
        owner = self.headings[-1] if self.headings else self.article
        if owner is None:
            self.preamble_count += 1
            self.paragraph = self.add(paragraph_id(None, self.preamble_count), "paragraph",
                                      self.preamble_count, None, None, text, line)
            return
        number = self.paragraphs_under[owner] + 1
        self.paragraph = self.add(paragraph_id(owner, number), "paragraph", number, None, owner, text, line)

    def add_item(self, number: int, label: str, text: str, line: int) -> None:
        if self.paragraph is None:
            # An item with no lead-in paragraph: attach it to the article or heading itself.
            owner = self.headings[-1] if self.headings else self.article
            if owner is None:
                self.preamble_count += 1
                owner = self.add(paragraph_id(None, self.preamble_count), "paragraph",
                                 self.preamble_count, None, None, "", line)
            first = paragraph_id(owner, 1)
            self.paragraph = self.add(first, "paragraph", 1, None, owner, "", line) if first not in self.ids else first
        self.add(item_id(self.paragraph, number), "item", number, label, self.paragraph, text, line)

    def open_heading(self, level: int, number: int, label: str, text: str, line: int) -> None:
        self.headings = self.headings[:level]
        while len(self.headings) < level:  # a level skipped in the text: give it a placeholder id
            parent = self.headings[-1] if self.headings else None
            self.headings.append(heading_id(parent, 0))
        parent = self.headings[-1] if self.headings else None
        unit_id = heading_id(parent, number)
        self.headings.append(self.add(unit_id, "heading", number, label, parent, text, line))
        self.paragraph = None
