"""What the structure parser produces: a parsed document and its units, with stable unit ids."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .errors import XinyongError


@dataclass
class Unit:
    """One structural unit.

    id (str): stable id inside the document, e.g. art-30.p2.i3.
    kind (str): part, chapter, section, article, paragraph, item or heading.
    number (int | None): the unit's number (article 30, item 3, paragraph 2, heading 2).
    label (str | None): the label as printed (第三十条, Article 30, （三）, 一、).
    parent (str | None): the id of the enclosing unit.
    text (str): the unit's own text as in the file (for an article: its label only).
    line (int): 1-based line in the file.
    basis (dict | None): for a digest unit, what it rests on (see digest_basis.Basis.to_dict).
    """

    id: str
    kind: str
    number: int | None
    label: str | None
    parent: str | None
    text: str
    line: int
    basis: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        # what dataclasses.asdict gives, without its recursive deep copy (the fields are plain)
        record = {"id": self.id, "kind": self.kind, "number": self.number, "label": self.label,
                  "parent": self.parent, "text": self.text, "line": self.line}
        if self.basis is not None:  # digests only: records of translations and originals unchanged
            record["basis"] = self.basis
        return record

    @property
    def content(self) -> str:
        """The text without its printed label (what a reader sees after the label)."""
        if self.kind == "article":
            return ""
        if self.label and self.text.startswith(self.label):
            return self.text[len(self.label):].strip()
        return self.text


@dataclass
class ParsedDocument:
    """A parsed document.

    id (str): the catalog id (the file stem without .en).
    title (str): the title line.
    lang (str): zh or en.
    events (list[dict]): dated events from the metadata head (adopted, promulgated, ...).
    units (list[Unit]): the units in reading order.
    meta (dict): front matter of a translation or digest.
    body (str): the body the units were parsed from.
    mode (str): law (articles) or policy (headings).
    warnings (list[str]): oddities found (duplicate numbers, articles out of order).
    """

    id: str
    title: str
    lang: str
    events: list[dict[str, Any]]
    units: list[Unit]
    meta: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    mode: str = "law"
    warnings: list[str] = field(default_factory=list)
    path: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "lang": self.lang, "events": self.events,
                "units": [u.to_dict() for u in self.units]}

    def unit(self, unit_id: str) -> Unit:
        for unit in self.units:
            if unit.id == unit_id:
                return unit
        raise XinyongError("E055", unit=unit_id, doc=self.id)

    def unit_map(self) -> dict[str, Unit]:
        return {u.id: u for u in self.units}

    def article_text(self, unit_id: str) -> str:
        """The full text of a unit and everything under it, e.g. a whole article."""
        prefix = unit_id + "."
        return "\n".join(u.content if u.kind == "article" else u.text for u in self.units
                         if u.id == unit_id or u.id.startswith(prefix)).strip()

    def leaves(self) -> list[Unit]:
        """Units that carry running text (paragraphs, items, headings, chapter titles)."""
        return [u for u in self.units if u.kind != "article" and u.text.strip()]
