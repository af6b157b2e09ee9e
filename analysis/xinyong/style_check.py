"""The mechanical part of the translations' house style (corpus/translations/STYLE.md), checked on
every aligned unit. Each finding is a numbered warning (E113-E118) naming the file, line and unit;
the style guide explains the rule and the exceptions a reader would accept."""
from __future__ import annotations

import re
from pathlib import Path

from .errors import XinyongError
from .structure import ParsedDocument, Unit

YIFA_VARIANTS = re.compile(r"\b(?:according to law|in accordance with law)\b", re.I)
# "the state" as a noun; "the state in which ..." (a condition) and attributive uses (state secrets,
# state treasury, state security organ, state organs) stay lower case.
STATE_NOUN = re.compile(r"\b[Tt]he state\b(?! (?:in which|of\b|secrets|treasury|security|organs|functionar))")
TO_SOCIETY = re.compile(r"\b(?:publish\w*|publiciz\w*|disclos\w*|announc\w*|made public|make public|makes public)\b"
                        r"[^.;:]{0,80}?\b(to (?:society|the public))\b", re.I)
# zh modal -> English renderings the house style accepts (STYLE.md explains each alternative)
MODALS = {
    "应当": ("shall", "must", "should", "due", "payable"),
    "必须": ("must", "shall"),
    "不得": ("shall not", "may not", "must not", "no", "none", "not", "nor", "never"),
    "可以": ("may", "can"),
}
PERCENT_SIGN = re.compile(r"\d\s?%")
LONG_AMOUNT = re.compile(r"\b\d{4,}(?= yuan\b)")
CURRENCY_WORDS = re.compile(r"\bRMB\b|\brenminbi\b|\bYuan\b")
ITEM_END = re.compile(r"(?:[;.:]|; (?:and|or)|, (?:and|or))[\"')]*$")


def _has(text: str, rendering: str) -> bool:
    return re.search(rf"\b{re.escape(rendering)}\b", text, re.I) is not None


def unit_findings(english: Unit, chinese: Unit | None, lead_in: str = "") -> list[tuple[str, dict[str, str]]]:
    """The house-style findings for one English unit and its Chinese original.

    english (Unit): the unit of our translation.
    chinese (Unit | None): the aligned unit of the original (modal checks need it).
    lead_in (str): for a list item, the English paragraph that introduces the list: a modal there
        ("may take the following measures: (4) sealing up ...") carries over to the item.
    RETURNS (list[tuple[str, dict]]): (error code, message fields) per finding.
    """
    text = english.text
    found: list[tuple[str, dict[str, str]]] = []
    for match in YIFA_VARIANTS.finditer(text):
        found.append(("E113", {"found": match.group(0)}))
    for match in STATE_NOUN.finditer(text):
        found.append(("E114", {"found": match.group(0)}))
    for match in TO_SOCIETY.finditer(text):
        found.append(("E115", {"found": match.group(1)}))
    if chinese is not None:
        for modal, renderings in MODALS.items():
            if modal in chinese.text and not any(_has(text, r) or _has(lead_in, r) for r in renderings):
                found.append(("E116", {"modal": modal, "renderings": ", ".join(f'"{r}"' for r in renderings)}))
    for match in PERCENT_SIGN.finditer(text):
        found.append(("E117", {"found": match.group(0), "expected": "a number and \"percent\" (5 percent)"}))
    for match in LONG_AMOUNT.finditer(text):
        found.append(("E117", {"found": match.group(0) + " yuan",
                               "expected": f"{int(match.group(0)):,} yuan (thousands separated by commas)"}))
    for match in CURRENCY_WORDS.finditer(text):
        found.append(("E117", {"found": match.group(0), "expected": "\"yuan\" after the figure"}))
    if english.kind == "item" and not ITEM_END.search(text.strip()):
        found.append(("E118", {"found": text.strip()[-12:]}))
    return found


def style_warnings(translation: ParsedDocument, original: ParsedDocument | None,
                   path: str | Path | None = None) -> list[XinyongError]:
    """Every house-style finding in a translation, in reading order.

    translation (ParsedDocument): our English translation.
    original (ParsedDocument | None): the Chinese original, for the modal checks.
    path (str | Path | None): the translation file, for messages.
    RETURNS (list[XinyongError]): numbered findings naming file, line and unit (warnings: they
        never fail validation).
    """
    originals = original.unit_map() if original else {}
    units = translation.unit_map()
    warnings = []
    for unit in translation.leaves():
        lead_in = units[unit.parent].text if unit.kind == "item" and unit.parent in units else ""
        for code, fields in unit_findings(unit, originals.get(unit.id), lead_in):
            warnings.append(XinyongError(code, path=path or translation.path, line=unit.line, place=unit.id, **fields))
    return warnings
