"""What each part of a digest rests on: the document's text (read in the original or a published
translation), a named report (press or official summary), or our own overview.

A digest's front matter maps unit ids to a basis; an entry for a section covers every unit under
it unless a deeper entry overrides it:

    basis_sources:
      text: the Chinese text (Xinhua release of 25 September 2016), read for part 1
      xinhua: a Xinhua report on the document
    basis:
      s1: {kind: text, source: text}
      s2: {kind: report, source: xinhua}
      s2.3.p2: {kind: overview, note: heading seen, content not read}

Analyses of language use `rests_on_text` to keep report-based paragraphs out of a document's
content; pages show `label` beside each section.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .errors import XinyongError
from .structure import ParsedDocument

KINDS = ("text", "report", "overview")
KIND_LABELS = {"text": "rests on the text", "report": "rests on a report", "overview": "our overview"}


@dataclass(frozen=True)
class Basis:
    """The basis of one digest unit.

    kind (str): text, report or overview.
    source (str | None): what was read, in words (from `basis_sources`).
    note (str | None): a qualification (e.g. "its first sentence from the text").
    declared_at (str): the unit id whose entry this basis comes from.
    """

    kind: str
    source: str | None
    note: str | None
    declared_at: str

    @property
    def label(self) -> str:
        """A short line for readers, e.g. "Basis: rests on a report (a Xinhua report on the document)"."""
        detail = "; ".join(part for part in (self.source, self.note) if part)
        return f"Basis: {KIND_LABELS[self.kind]}" + (f" ({detail})" if detail else "")

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "source": self.source, "note": self.note, "declared_at": self.declared_at}


def label_of(basis: dict[str, Any]) -> str:
    """The reader's label for a basis as stored on a unit (`unit.basis`)."""
    return Basis(basis["kind"], basis.get("source"), basis.get("note"), basis.get("declared_at", "")).label


def _declared(document: ParsedDocument) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    basis = document.meta.get("basis") or {}
    sources = document.meta.get("basis_sources") or {}
    return (basis if isinstance(basis, dict) else {}), (sources if isinstance(sources, dict) else {})


def _covering(unit_id: str, declared: dict[str, Any]) -> str | None:
    """The deepest declared id that is the unit itself or one of its ancestors (s2.3.p1 -> s2.3 -> s2)."""
    candidate = unit_id
    while candidate:
        if candidate in declared:
            return candidate
        candidate = candidate.rpartition(".")[0]
    return None


def unit_basis(document: ParsedDocument) -> dict[str, Basis]:
    """The basis of every unit of a digest that has one.

    document (ParsedDocument): a parsed digest.
    RETURNS (dict[str, Basis]): by unit id; units without a declared basis are left out.
    """
    declared, sources = _declared(document)
    resolved = {}
    for unit in document.units:
        key = _covering(unit.id, declared)
        entry = declared.get(key) if key else None
        if not isinstance(entry, dict) or entry.get("kind") not in KINDS:
            continue
        source = entry.get("source")
        resolved[unit.id] = Basis(entry["kind"], sources.get(source, source) if source else None,
                                  entry.get("note"), key)
    return resolved


def rests_on_text(document: ParsedDocument, unit_id: str) -> bool:
    """Whether a digest unit gives the document's own content as read (basis text). Report-based
    paragraphs and our overviews are never the document's content."""
    basis = unit_basis(document).get(unit_id)
    return basis is not None and basis.kind == "text"


def attach_basis(document: ParsedDocument) -> None:
    """Set `unit.basis` on every unit of a digest, so that any consumer (pages, the evidence
    finder, exports) can show it without reading the front matter again."""
    resolved = unit_basis(document)
    for unit in document.units:
        basis = resolved.get(unit.id)
        unit.basis = basis.to_dict() if basis else None


def basis_problems(document: ParsedDocument) -> list[XinyongError]:
    """Numbered problems with a digest's basis: units without one (E110), malformed entries or
    unknown sources (E111), entries naming no unit (E112).

    document (ParsedDocument): a parsed digest (its `path` is used in messages).
    RETURNS (list[XinyongError]): the problems, in file order.
    """
    declared, sources = _declared(document)
    problems: list[XinyongError] = []
    ids = {u.id for u in document.units}
    for key, entry in declared.items():
        if key not in ids:
            problems.append(XinyongError("E112", path=document.path, place=str(key), unit=key))
            continue
        if not isinstance(entry, dict) or entry.get("kind") not in KINDS:
            problems.append(XinyongError("E111", path=document.path, place=key, unit=key,
                                         reason=f"kind must be one of {', '.join(KINDS)}"))
        elif entry["kind"] != "overview" and entry.get("source") not in sources:
            problems.append(XinyongError("E111", path=document.path, place=key, unit=key,
                                         reason=f"source {entry.get('source')!r} is not in basis_sources"))
    for unit in document.leaves():
        if _covering(unit.id, declared) is None:
            problems.append(XinyongError("E110", path=document.path, line=unit.line, place=unit.id, unit=unit.id))
    return problems
