"""The deontic force of a measure in a provision, for the sanctions records (issue 16): shall / may /
shall not, from the deontic cues of the measure's sentence. A cue governs the measure when nothing
between them hands the measure to another clause: a purpose clause (供相关单位…予以惩戒, "so that the
relevant bodies …") or a new sentence (…应当立即移除…；并对…给予处分). A prohibition word of the measure's
own sentence (不得担任…, "are prohibited from …") is shall not; an English passive ("a fine … may be
imposed") is read from its modal, digits' commas ("10,000 yuan") being no clause break."""
from __future__ import annotations

import re
from typing import Protocol


class ForceSpan(Protocol):
    start: int
    end: int
    kind: str  # shall / may / shall not


# A purpose clause: the measure is what another body does with what the first one does.
PURPOSE = {"zh": re.compile(r"供|以便|以供"), "en": re.compile(r"\bso that\b|\bin order for\b|\bfor (?:use by|them to)\b", re.I)}
PROHIBITED = {"zh": re.compile(r"不得|禁止|严禁|不再(?:给予|处以)"),
              "en": re.compile(r"\b(?:prohibited|barred|forbidden) from\b|\b(?:shall|may|must) not\b", re.I)}
# A limit on an amount (不得超过, "shall not exceed") or on money handled is no bar on the party; a
# prohibition a body decides (决定禁止其担任…, 限制或者禁止进入…) is a measure word, not a modal.
LIMIT = {"zh": re.compile(r"\s*(?:超过|超出|低于|高于|少于|多于|以任何形式|同)"),
         "en": re.compile(r"\s*(?:exceed|be (?:less|more|lower|higher|linked|returned)|in any form)", re.I)}
MEASURE_VERB = {"zh": re.compile(r"决定|可以|或者|或"), "en": re.compile(r"\b(?:decide\w* to|restrict\w* or|or)\s*$", re.I)}
# "no (further) fine shall be imposed": a negated subject makes a passive "shall" a prohibition.
NEGATED_SUBJECT = re.compile(r"\bno (?:further |more |other )?$", re.I)
CLAUSE_BREAK = re.compile(r";|,(?!\d{3})")


def _before(forces: list, position: int):
    before = [f for f in forces if f.end <= position]
    return max(before, key=lambda f: f.end) if before else None


def sentence_force(text: str, forces: list, start: int, bounds: tuple[int, int], lang: str) -> str | None:
    """The force of the measure at `start` from the cues of its sentence (bounds), or None when the
    sentence has none that governs it (the caller then reads the lead-in of a list).

    forces (list[ForceSpan]): the unit's deontic cues.
    """
    s_start, s_end = bounds
    if lang == "en":
        passive = [f for f in forces if start <= f.start and f.end <= min(s_end, start + 90)
                   and re.match(r"\s+(?:not\s+)?be\b", text[f.end:]) and not CLAUSE_BREAK.search(text, start, f.start)]
        if passive:
            first = min(passive, key=lambda f: f.start)
            if first.kind == "shall" and NEGATED_SUBJECT.search(text[max(s_start, start - 20):start]):
                return "shall not"
            return first.kind
    own = [f for f in forces if s_start <= f.start and f.end <= s_end and not PURPOSE[lang].search(text, f.end, start)]
    nearest = _before(own, start)
    if nearest:
        return nearest.kind
    for match in PROHIBITED[lang].finditer(text, s_start, s_end):
        if not LIMIT[lang].match(text, match.end()) and not MEASURE_VERB[lang].search(text, max(s_start, match.start() - 4), match.start()):
            return "shall not"
    return None
