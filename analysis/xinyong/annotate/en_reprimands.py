"""English reprimands as MEASUREs (issue 16): criticism made known as a sanction (通报批评, 公开谴责).

Other translators write it as a verb ("the association will publicly censure those involved"), a passive
("shall be publicly reprimanded") or a noun ("subject to public censure", "issue a written reprimand"). The
words are listed by lemma in corpus/patterns/en-lexicon.yaml (`reprimands`) and matched in all their forms:

- an active verb with its object, the party, to the end of the noun phrase (GUIDELINES.md: the granting verb
  with its object when adjacent), with a manner adverb before it ("[publicly censure those involved]");
- a participle after a form of "be", with its manner adverb ("shall be [publicly censured]");
- a noun with its manner word and a granting verb directly before it ("[issue a public reprimand]"); the
  framing verbs ("subject to", "face") stay outside, as the adjudicated conventions say.

The type is warning-and-criticism, or association-sanction where an association or chamber of commerce
imposes it: named before an active verb or noun in the same clause, or after a passive with "by".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .en_lexicon import LEXICON_FILE, noun_forms, verb_forms

Record = tuple[int, int, str, str | None]
WARNING = "warning-and-criticism"
SELF_REGULATION = "association-sanction"
BE = r"(?:(?<=\bbe\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bbeen\s)|(?<=\bwas\s)|(?<=\bwere\s))"
# The object of an active reprimand: a noun phrase of up to six words, to the clause's end or to a word that
# opens something else (a conjunction, a preposition of reason or manner, a relative pronoun).
# ("in charge" belongs to the role: "the person in charge")
STOP_WORDS = (r"and|or|but|for|in(?!\s+charge\b)|on|at|by|with|who|which|that|if|where|when|within|according|under|after|before|"
              r"shall|may|must|will|is|are|was|were")
OBJECT_WORD = rf"(?!(?:{STOP_WORDS})\b)[\w'’-]+"
OBJECT = (rf"(?:\s+(?:(?:the|its|their|his|her|such|these|those|any|all|each|a|an)\s+)?{OBJECT_WORD}(?:\s+{OBJECT_WORD}){{0,5}}?"
          rf"(?=[,.;:!?)]|\s+(?:{STOP_WORDS})\b|$))")
CLAUSE_MARKS = ".;:\n"
# a verb form that follows "be" or "have" is a passive or perfect participle, not an active verb
NOT_ACTIVE_BEFORE = re.compile(r"\b(?:be|is|are|been|was|were|being|has|have|had)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# an active verb without a manner adverb is a sanction where it is imposed: after a modal, "to" or at the start of
# an item ("critics criticised the plan" reports an opinion)
IMPOSED_BEFORE = re.compile(r"(?:\b(?:shall|may|must|will|should|can|to)\s+(?:also\s+)?|^\W*|^\s*\(?\w{1,3}[.)]\s*)$",
                            re.IGNORECASE)


@dataclass(frozen=True)
class ReprimandRules:
    """The compiled reprimand patterns and the self-regulators that make one an association sanction."""

    active: re.Pattern | None
    passive: re.Pattern | None
    nominal: re.Pattern | None
    self_regulator: re.Pattern | None
    by_self_regulator: re.Pattern | None


def _words(data: dict, key: str) -> list[str]:
    return [str(w).strip().lower() for w in data.get(key) or [] if str(w).strip()]


def _alternation(forms: list[str]) -> str:
    return "(?:" + "|".join(r"\s+".join(re.escape(w) for w in f.split()) for f in sorted(set(forms), key=lambda f: (-len(f), f))) + ")"


@lru_cache(maxsize=4)
def load_reprimand_rules(corpus: str) -> ReprimandRules:
    """Compile the `reprimands` section of corpus/patterns/en-lexicon.yaml, or read it from the annotator's
    on-disk cache while the file, this module and lemminflect are unchanged: the word forms come from
    lemminflect, which imports spaCy, a cost a process that only searches (the evidence finder) must not pay.

    corpus (str): the corpus directory.
    RETURNS (ReprimandRules): the patterns (None each when the section is missing).
    RAISES (XinyongError): E290 for a section that is not a mapping of word lists, naming the file.
    """
    from importlib.metadata import version

    from . import cache, en_lexicon

    path = Path(corpus) / LEXICON_FILE
    key = cache.fingerprint([path, Path(__file__), Path(en_lexicon.__file__)], version("lemminflect"))
    return cache.load_or_build("en-reprimands", key, lambda: _compile_reprimand_rules(path))


def _compile_reprimand_rules(path: Path) -> ReprimandRules:
    from ..datafiles import load_yaml
    from ..errors import XinyongError

    data = (load_yaml(path).data or {}).get("reprimands") or {}
    if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
        raise XinyongError("E290", path=path, place="reprimands", reason="expected a mapping of word lists")
    verbs, nouns = _words(data, "verbs"), _words(data, "nouns")
    if not verbs or not nouns:
        return ReprimandRules(None, None, None, None, None)
    from lemminflect import getInflection

    manner = _words(data, "manner")
    adverbs = [m for m in manner if m.endswith("ly")]
    adjectives = [m for m in manner if not m.endswith("ly")]
    forms = [f for v in verbs for f in verb_forms(v)]
    participles = [getInflection(v, tag="VBN")[0] if getInflection(v, tag="VBN") else v + "d" for v in verbs]
    adverb = rf"(?:{_alternation(adverbs)}\s+)?" if adverbs else ""
    needs_manner = set(_words(data, "needs_manner"))
    free = [f for n in nouns if n not in needs_manner for f in noun_forms(n)]
    bound = [f for n in nouns if n in needs_manner for f in noun_forms(n)]
    adjective = _alternation(adjectives) if adjectives else None
    noun = "|".join(filter(None, [
        rf"(?:{adjective}\s+)?{_alternation(free)}" if free and adjective else (_alternation(free) if free else ""),
        rf"{adjective}\s+{_alternation(bound)}" if bound and adjective else "",
        rf"notices?\s+of\s+{_alternation(bound + free)}"]))
    granting = _words(data, "granting_verbs")
    granted = (rf"(?:{_alternation([f for g in granting for f in verb_forms(g)])}\s+(?:(?:them|it|him|her)\s+)?"
               rf"(?:(?:an?|the)\s+)?)?") if granting else ""
    regulators = [f for r in _words(data, "self_regulators") for f in noun_forms(r)]
    regulator = _alternation(regulators) if regulators else None
    return ReprimandRules(
        active=re.compile(rf"\b{adverb}{_alternation(forms)}\b{OBJECT}", re.IGNORECASE),
        passive=re.compile(rf"{BE}{adverb}{_alternation(participles)}\b", re.IGNORECASE),
        nominal=re.compile(rf"\b{granted}(?:{noun})\b", re.IGNORECASE),
        self_regulator=re.compile(rf"\b{regulator}\b", re.IGNORECASE) if regulator else None,
        by_self_regulator=re.compile(rf"\s+by\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,3}}?{regulator}\b", re.IGNORECASE)
        if regulator else None)


def _clause_before(text: str, position: int) -> str:
    return text[max(text.rfind(mark, 0, position) for mark in CLAUSE_MARKS) + 1:position]


def find_reprimands(text: str, corpus: str) -> list[Record]:
    """MEASURE records of reprimands in an English text (see the module docstring), not overlapping.

    text (str): the unit's text.
    corpus (str): the corpus directory.
    RETURNS (list[Record]): (start, end, "MEASURE", type), in order.
    """
    rules = load_reprimand_rules(corpus)
    if rules.active is None:
        return []
    found: list[tuple[Record, bool]] = []  # the record, whether it is passive
    for match in rules.nominal.finditer(text):
        found.append(((match.start(), match.end(), "MEASURE", WARNING), False))
    for match in rules.passive.finditer(text):
        found.append(((match.start(), match.end(), "MEASURE", WARNING), True))
    for match in rules.active.finditer(text):
        before = text[max(0, match.start() - 30):match.start()]
        manner = match.group(0).split(maxsplit=1)[0].lower().endswith("ly")
        if not NOT_ACTIVE_BEFORE.search(before) and (manner or IMPOSED_BEFORE.search(before)):
            found.append(((match.start(), match.end(), "MEASURE", WARNING), False))
    chosen: list[Record] = []
    for (start, end, label, kind), passive in sorted(found, key=lambda f: (f[0][0], -(f[0][1] - f[0][0]))):
        if any(s < end and start < e for s, e, _, _ in chosen):
            continue
        by_regulator = passive and rules.by_self_regulator.match(text, end) if rules.by_self_regulator else None
        before = not passive and rules.self_regulator and rules.self_regulator.search(_clause_before(text, start))
        chosen.append((start, end, label, SELF_REGULATION if by_regulator or before else kind))
    return sorted(chosen)
