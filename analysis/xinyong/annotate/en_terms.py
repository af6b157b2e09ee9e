"""English TERM forms for text by other translators (issue 16)."""
from __future__ import annotations

from typing import Any


def english_term_forms(glossary: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    """(glossary id, form) pairs for English TERM matching: every entry's preferred rendering and
    its forms (`en`, `en_forms`) first, then other translators' renderings (`variants`).

    The glossary is the only source of TERM forms, so no single generic word becomes a term
    unless an entry lists it. Where a form belongs to two entries, the entry listing it under
    `en`/`en_forms` wins over one listing it as a variant (the matcher keeps the first key given
    for a literal, compared lowercased).
    """
    forms = [(entry["id"], form) for entry in glossary.values() for form in [entry["en"], *entry.get("en_forms", [])]]
    forms += [(entry["id"], variant["en"]) for entry in glossary.values() for variant in entry.get("variants") or []
              if variant.get("en")]
    return forms
