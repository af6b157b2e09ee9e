"""English measure and party heads listed by lemma (issue 16): corpus/patterns/en-lexicon.yaml.

Surface patterns copied from the development wording did not carry to other translators' English
("debarred" where the rules knew "barred", "firms" where they knew "enterprises"). This module turns
the lemmas of the lexicon into regular expressions over all their inflections (lemminflect), so
that each rule is written once per word family: restriction verbs become cues before a list of
restricted activities, sanction nouns and deprivation verbs open a measure whose object the
activity types name, participles name a measure on their own, and party head nouns become TARGET
patterns that obey the head-noun rule.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LEXICON_FILE = "patterns/en-lexicon.yaml"
Record = tuple[int, int, str, str | None]
# a passive participle follows a form of "be" ("shall be placed in grade D", "is placed in grade D")
PASSIVE_BE = r"(?:(?<=\bbe\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bbeen\s))"


@dataclass(frozen=True)
class Lexicon:
    """The compiled lexicon (see corpus/patterns/en-lexicon.yaml)."""

    restriction_cues: tuple[str, ...]
    nominal_sanctions: re.Pattern | None
    deprivation: re.Pattern | None
    participles: tuple[tuple[str, re.Pattern, re.Pattern | None], ...]
    party_patterns: tuple[tuple[str, str], ...]
    compound: re.Pattern | None = None  # a noun after a party head that makes the head a modifier
    # up to three sector or kind words before a party head that belong to its span ("tourism businesses")
    party_modifiers: re.Pattern | None = None


def verb_forms(lemma: str) -> list[str]:
    """Every form of an English verb (base, -s, past, participle, -ing), longest first."""
    from lemminflect import getAllInflections

    forms = {lemma}
    for inflected in getAllInflections(lemma, upos="VERB").values():
        forms.update(inflected)
    return sorted(forms, key=lambda f: (-len(f), f))


def noun_forms(entry: str) -> list[str]:
    """Singular and plural of a noun entry (its last word inflected), longest first; an entry
    written in the plural stays plural only."""
    from lemminflect import getAllInflections, getAllLemmas

    *lead, last = entry.split()
    lemmas = getAllLemmas(last, upos="NOUN").get("NOUN", ())
    if lemmas and last not in lemmas:  # written plural: matched as written
        forms = {last}
    else:
        forms = {last}
        for inflected in getAllInflections(last, upos="NOUN").values():
            forms.update(inflected)
        if len(forms) == 1 and not lemmas:  # a word lemminflect does not know ("declarant"): the regular plural
            forms.add(_regular_plural(last))
    return sorted({" ".join(lead + [f]) for f in forms}, key=lambda f: (-len(f), f))


def _regular_plural(noun: str) -> str:
    """The regular English plural of a noun."""
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    return noun + ("es" if re.search(r"(?:s|x|z|ch|sh)$", noun) else "s")


def _alternation(forms: list[str]) -> str:
    return "(?:" + "|".join(r"\s+".join(re.escape(w) for w in f.split()) for f in forms) + ")"


def _participle(lemma: str) -> str:
    from lemminflect import getInflection

    found = getInflection(lemma, tag="VBN")
    return found[0] if found else lemma + "ed"


@lru_cache(maxsize=4)
def load_lexicon(corpus: str) -> Lexicon:
    """Compile corpus/patterns/en-lexicon.yaml, or read it from the annotator's on-disk cache while the
    file, this module and lemminflect are unchanged: lemminflect imports spaCy whenever spaCy is
    installed, a cost that a process which only searches (the evidence finder) must not pay.

    corpus (str): the corpus directory.
    RETURNS (Lexicon): the cue patterns (as strings, for en-measures' cue list) and compiled rules.
    RAISES (XinyongError): E290 for a lexicon entry of the wrong shape or a pattern that does not
        compile, naming the file and the entry.
    """
    from importlib.metadata import version

    from . import cache

    path = Path(corpus) / LEXICON_FILE
    key = cache.fingerprint([path, Path(__file__)], version("lemminflect"))
    return cache.load_or_build("en-lexicon", key, lambda: _compile_lexicon(path))


def _compile_lexicon(path: Path) -> Lexicon:
    from ..datafiles import load_yaml
    from ..errors import XinyongError

    data = load_yaml(path).data or {}

    def words(key: str, value: object) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
            raise XinyongError("E290", path=path, place=key, reason="expected a list of words")
        return [w.strip().lower() for w in value]

    def compiled(pattern: str, place: str) -> re.Pattern:
        try:
            return re.compile(pattern, re.IGNORECASE)
        except re.error as exc:
            raise XinyongError("E290", path=path, place=place,
                               reason=f"pattern {pattern!r} does not compile ({exc})") from exc

    restriction = [f for lemma in words("restriction_verbs", data.get("restriction_verbs") or [])
                   for f in verb_forms(lemma)]
    cues = []
    if restriction:
        # "debarred from", "disqualifies them from": the verb, up to 80 characters of its object, "from"
        cues.append(r"\b" + _alternation(restriction) + r"\b(?:(?![.;:!?()])[^.;:!?()]){0,80}?\bfrom\s+")
    for index, cue in enumerate(data.get("inability_cues") or []):
        compiled(cue, f"inability_cues[{index}]")
        cues.append(cue)
    nominal = []
    for preposition, heads in (data.get("nominal_sanctions") or {}).items():
        forms = [f for head in words(f"nominal_sanctions.{preposition}", heads) for f in noun_forms(head)]
        nominal.append(_alternation(forms) + r"\s+" + re.escape(str(preposition)) + r"\s+")
    deprivation = [f for lemma in words("deprivation_verbs", data.get("deprivation_verbs") or [])
                   for f in verb_forms(lemma)]
    participles = []
    for kind, entry in (data.get("participle_measures") or {}).items():
        if not isinstance(entry, dict):
            raise XinyongError("E290", path=path, place=f"participle_measures.{kind}",
                               reason="expected a mapping with `verbs` (and optional before, after, require)")
        forms = sorted({_participle(v) for v in words(f"participle_measures.{kind}.verbs", entry.get("verbs"))},
                       key=lambda f: (-len(f), f))
        pattern = (PASSIVE_BE + str(entry.get("before") or "") + _alternation(forms) + r"\b"
                   + str(entry.get("after") or ""))
        require = compiled(entry["require"], f"participle_measures.{kind}.require") if entry.get("require") else None
        participles.append((str(kind), compiled(pattern, f"participle_measures.{kind}"), require))
    compounds = [f for noun in words("compound_nouns", data.get("compound_nouns") or []) for f in noun_forms(noun)]
    not_compound = r"(?![\w-])" + (r"(?!\s+" + _alternation(compounds) + r"\b)" if compounds else "")
    party_patterns = []
    for kind, heads in (data.get("party_heads") or {}).items():
        forms = [f for head in words(f"party_heads.{kind}", heads) for f in noun_forms(head)]
        party_patterns.append((str(kind), r"(?<![\w-])" + _alternation(forms) + not_compound))
    modifiers = words("party_modifiers", data.get("party_modifiers") or [])
    modifier_words = "|".join(r"\s+".join(re.escape(w) for w in m.split()) for m in sorted(modifiers, key=lambda m: -len(m)))
    return Lexicon(
        party_modifiers=compiled(r"(?<![\w-])(?:(?:" + modifier_words + r")\s+){1,3}$", "party_modifiers")
        if modifiers else None,
        restriction_cues=tuple(cues),
        nominal_sanctions=compiled(r"\b(?:" + "|".join(nominal) + ")", "nominal_sanctions") if nominal else None,
        deprivation=compiled(r"\b" + _alternation(deprivation) + r"\s+(?:(?:their|its|his|her|the|any|all)\s+)?"
                             r"(?:(?:eligibility|right|entitlement|access)\s+(?:for|to)\s+)?", "deprivation_verbs")
        if deprivation else None,
        participles=tuple(participles),
        party_patterns=tuple(party_patterns),
        compound=compiled(r"\s+" + _alternation(compounds) + r"\b", "compound_nouns") if compounds else None)


def participle_measures(text: str, lexicon: Lexicon) -> list[Record]:
    """Measures named by a passive participle alone ("shall be downgraded to grade C", "will be
    publicly named and shamed"), typed by the lexicon."""
    found: list[Record] = []
    for kind, pattern, require in lexicon.participles:
        for match in pattern.finditer(text):
            if require is None or require.search(match.group(0)):
                found.append((match.start(), match.end(), "MEASURE", kind))
    return found
