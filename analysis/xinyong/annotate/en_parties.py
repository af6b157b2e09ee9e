"""English TARGET spans and sanctioned parties for English written in other translators'
conventions (issue 16).

TARGET: the `en` patterns of corpus/targets.yaml plus corpus/patterns/en-targets.yaml (other
translators' names for the parties), longest match first. A party noun inside a MEASURE span names
where or what the activity concerns ("state-owned enterprises" in "holding posts in state-owned
enterprises") and is not a TARGET, except inside a list entry or a rating measure, where it names
the party ("the list of dishonest persons subject to enforcement", "the credit grade of the
enterprise").

Sanctioned party: each English MEASURE record gets `target`, the texts of the parties it falls on:
the party inside its span; else the party a restriction cue names before it ("restrict the persons
in charge from ..."); else the nearest parties before it in its sentence; else those after it in its
clause; else, for a list item, the parties of the paragraph that introduces the list. Government
bodies impose measures and are never the party.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from .en_lexicon import load_lexicon
from .parties import add_sanctioned_parties
from .patterns import PatternSet
from .record_overlaps import keep_longest_first

Record = tuple[int, int, str, str | None]
TARGETS_FILE = "patterns/en-targets.yaml"
# Measures whose span may name the party itself.
PARTY_INSIDE_TYPES = frozenset({"list-inclusion", "credit-score-deduction", "credit-record-entry", "key-supervision", "license-revocation",
                                "public-naming",  # "publish the names of [tour guides]": the party named
                                # a reprimand's object is the party reprimanded ("publicly censure [those involved]")
                                "warning-and-criticism", "association-sanction"})
# "cancel the qualifications of the enterprise to ...": "of the" names the party the measure falls on;
# "senior managers of state-owned enterprises" (no article) names where the activity is.
DEFINITE_OF = re.compile(r"\bof\s+the\s+$", re.IGNORECASE)
# "reject bids from [suppliers]": inside a measure, the party that something comes from is the party
FROM_PARTY = re.compile(r"\bfrom\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
POSSESSIVE = re.compile(r"['’]s?\b")  # "the judgment debtor's high consumption": the party
SENTENCE_END = ".;\n"
CLAUSE_END = ",.;:\n"
PARTY_JOINER = re.compile(r"\s*(?:,\s*)?(?:and|or|and\s+(?:their|its)|together\s+with\s+(?:their|its)|,)?\s*(?:the\s+|their\s+|its\s+)?")
# "entered on the list of dishonest persons ...": a party in the list's name names the list, not
# the party entered on it.
LIST_NAME_BEFORE = re.compile(r"\b(?:black)?list\s+of\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
# The persons directly responsible for a violation are officials when the violator is a public
# body named earlier in the unit, else natural persons acting for an organisation (GUIDELINES.md).
RESPONSIBLE_PERSONS = re.compile(
    r"(?:(?:other\s+)?directly\s+responsible\s+(?:persons?(?:\s+in\s+charge)?|personnel)|persons?\s+directly\s+responsible)",
    re.IGNORECASE)
PUBLIC_BODY = re.compile(r"\b(?:state|administrative|government|superior|judicial)\s+(?:organs?|bod(?:y|ies))\b", re.IGNORECASE)
# Head-noun rule (GUIDELINES.md): a party noun that modifies a following noun is part of a compound
# ("taxpayer credit rating", "debtor information", "market entity registration"), not a TARGET; a
# list name is the exception ("dishonest debtor list" names the listed parties).
COMPOUND_HEAD = re.compile(
    r"\s+(?:credit|information|data|registration|records?|files?|ratings?|grades?|systems?|platforms?|"
    r"databases?|identity|identification|codes?|accounts?|annual|income|qualifications?|"
    # what a court decides, what a client pays, what identifies a store, and "firm" as an adjective ("court rulings",
    # "client deposits", "store identifiers", "store page", "firm action")
    r"rulings?|judge?ments?|verdicts?|deposits?|funds|monies|identifiers?|pages?|action|stance|"
    # a party noun before "units" names the kind of unit ("project undertaking units")
    r"units?)\b", re.IGNORECASE)
# "the legal representative of the enterprise": the party after "of" says whose representative,
# the measure falls on the head before it.
OF_MODIFIER = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|such\s+)?(?:(?!(?:and|or|its|their)\b)[\w-]+\s+){0,3}")
# "the person in charge of the firm and its legal representative": one group across the "of" phrase
JOINER_AFTER_OF = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|such\s+)?(?:[\w-]+\s+){0,3}?[\w-]+"
                             + PARTY_JOINER.pattern)
SECTOR_JOINER = re.compile(r"\b(?:and|or)\s+$", re.IGNORECASE)
# Credit and grade modifiers belong to the party they qualify ("D-grade taxpayer", "blacklisted debtors",
# "covered individual", "seriously illegal and dishonest enterprises", "AAA-grade firms"): the span starts at the modifier.
MODIFIER_REACH = 200  # characters before a party that its credit and grade modifiers can take up
# "other" before a party belongs to it, as 其他 does in Chinese ("[other departments]", "[other relevant departments]";
# GUIDELINES.md, adjudicated conventions of session 10); a quantifier or number before "other" stays out
OTHER_BEFORE = re.compile(r"(?<![\w-])other\s+$", re.IGNORECASE)
CREDIT_MODIFIER = re.compile(
    r"(?<![\w-])(?:(?:(?:(?-i:AAA|AA|BBB|BB|CCC|CC)|[A-DM])-(?:grade|level|rated)|trustworthy|violating|offending|non-compliant|seriously\s+illegal\s+and\s+dishonest|blacklisted|restricted|covered|defaulting|delinquent|signatory|criminal|"
    # the adjudicated conventions (session 6): listed, dishonest, untrustworthy, warned and a grade are inside
    r"principal|listed|seriously\s+illegal\s+and|(?:seriously\s+)?(?:dishonest|untrustworthy|trust-breaking)|honest|warned|"
    r"(?-i:[Gg]rade\s+[A-D])|"
    # repeated conduct also says which parties ("repeat offenders", "habitual violators"); size words do not join (the
    # main English gold keeps "[enterprises]" in "large enterprises", where blind batches 7 and 8 took size in)
    r"repeat|habitual|persistent|"
    # customs certification grades (高级认证企业: "advanced certified enterprises", "AEO enterprises")
    r"(?:advanced\s+|general\s+)?certified|(?-i:AEO))\s+)+$", re.IGNORECASE)
# Generic party heads that refer back to the parties of the text ("violators", "offenders", "the
# entities in the list"): judgment debtors where the unit is about debtors, else credit subjects.
DEBTOR_CONTEXT = re.compile(r"\bdebtors?\b|\bsubject\s+to\s+enforcement\b", re.IGNORECASE)
BACK_REFERENCE_TYPES = frozenset({"credit-subject"})
BACK_REFERENCE_HEAD = re.compile(r"(?:violators?|offenders?|wrongdoers?|entit(?:y|ies))", re.IGNORECASE)
# A bare head: after a determiner or at the start of a clause, not before a noun it modifies or a participle of a role.
BARE_HEAD = re.compile(r"(?<![\w-])(?:entit(?:y|ies)|organi[sz]ations?)(?![\w-])(?!\s+(?:(?!(?:is|are|was|were|shall|may|must|"
                       r"will|can|has|have|had|and|or|in|on|from|to|of|that|which|who|whose|with|by|for|at|again|also|decides?|before|"
                       r"after|until|when|where|if|once|because|under|within|during|concerned)\b)(?![a-z]+ed\b)[a-z][\w-]*))",
                       re.IGNORECASE)
DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|an|any|each|such|that|this|every|these|those)\s+|^\W*|[,;:(]\s*)$", re.IGNORECASE)
LISTING_CONTEXT = re.compile(r"\b(?:black)?list(?:s|ed|ing)?\b|\bdishonest|\buntrustworth|\btrust-breaking", re.IGNORECASE)
PREDICATE_BEFORE = re.compile(r"\b(?:is|are|be|been|as)\s+(?:an?\s+)?$", re.IGNORECASE)
LEVEL_WORDS = re.compile(r"(?:(?:provincial|municipal|county|county-level|city|district|regional|prefectural|local|township)"
                         r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+|\s+))+", re.IGNORECASE)
# a list of functions sharing one head: the separators between functions, and what may stand between the last
# function and the head ("finance and taxation departments", "banking supervision and other departments")
FUNCTION_SEPARATOR = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
FUNCTION_TO_HEAD = re.compile(r"\s+|,?\s+(?:and|or)\s+(?:other\s+)?(?:relevant\s+)?(?:competent\s+)?", re.IGNORECASE)
RESTRICTION_OBJECT = re.compile(
    r"\b(?:restrict|restricts|restricting|prevent|prevents|preventing|stop|stops|prohibit|prohibits|bar|ban|refuse\s+to\s+sell\s+[^.;]*?\s+to)\b",
    re.IGNORECASE)


@lru_cache(maxsize=4)
def extra_target_patterns(corpus: str) -> PatternSet:
    """The patterns of corpus/patterns/en-targets.yaml (type -> regular expressions)."""
    from ..datafiles import load_yaml

    path = Path(corpus) / TARGETS_FILE
    data = load_yaml(path).data or {}
    patterns = [(kind, p) for kind, listed in data.items() for p in listed]
    # party head nouns in all their forms (corpus/patterns/en-lexicon.yaml)
    patterns += load_lexicon(corpus).party_patterns
    return PatternSet(patterns, re.IGNORECASE, str(path))


def find_en_targets(text: str, corpus: str, listed: list[Record], measures: list[Record],
                    agencies: list[Record]) -> list[Record]:
    """English TARGET records: the `listed` matches of corpus/targets.yaml and the extra patterns,
    the longest first where they overlap, without party nouns inside a measure's activity or
    inside an agency's name ("Development and Reform Commission" inside the NDRC's full name)."""
    extra = [(m.start, m.end, "TARGET", m.key) for m in extra_target_patterns(corpus).finditer(text)]
    compound = load_lexicon(corpus).compound
    chosen: list[Record] = []
    for record in sorted(listed + extra, key=lambda r: (r[0], -(r[1] - r[0]))):
        if any(s < record[1] and record[0] < e for s, e, _, _ in chosen):
            continue
        if any(s <= record[0] and record[1] <= e and (s, e) != record[:2] for s, e, _, _ in agencies):
            continue
        inside = [m for m in measures if m[0] <= record[0] and record[1] <= m[1]]
        if inside and not any(m[3] in PARTY_INSIDE_TYPES for m in inside) and not POSSESSIVE.match(text, record[1]) \
                and not DEFINITE_OF.search(text, max(0, record[0] - 20), record[0]) \
                and not any(FROM_PARTY.search(text, m[0], record[0]) for m in inside):
            continue
        if COMPOUND_HEAD.match(text, record[1]) or (compound and compound.match(text, record[1])):
            continue
        if RESPONSIBLE_PERSONS.fullmatch(text, record[0], record[1]):
            public = PUBLIC_BODY.search(text, 0, record[0]) is not None
            record = (record[0], record[1], record[2], "public-official" if public else "natural-person")
        chosen.append(record)
    chosen = _with_coordinated_functions(text, sorted(chosen) + _bare_heads(text, chosen), _function_bodies(corpus, text))
    return _with_modifiers(text, chosen, load_lexicon(corpus).party_modifiers)


def _bare_heads(text: str, chosen: list[Record]) -> list[Record]:
    """Bare "entity" and "organisation" heads that refer back to the listed or sanctioned parties ("the department
    that listed the entity", "before any entity is listed"): TARGET credit-subject, like "the untrustworthy"
    (GUIDELINES.md: each mention of a party by its head noun phrase). In a generic rule ("No entity or individual
    shall ..."), as a role in a procedure ("the issuing entity") or as a predicate ("is an entity") they name no
    listed party and are left out, as the main English gold does."""
    found: list[Record] = []
    for match in BARE_HEAD.finditer(text):
        sentence = text[_before(text, match.start(), SENTENCE_END):_after(text, match.end(), SENTENCE_END)]
        before = text[max(0, match.start() - 12):match.start()]
        if not LISTING_CONTEXT.search(sentence) or PREDICATE_BEFORE.search(before) or not DETERMINER_BEFORE.search(before):
            continue
        if not any(s < match.end() and match.start() < e for s, e, _, _ in chosen):
            found.append((match.start(), match.end(), "TARGET", "credit-subject"))
    return found


@lru_cache(maxsize=4)
def _local_bodies(corpus: str) -> Any:
    from .en_local_agencies import load_en_local_agencies

    return load_en_local_agencies(Path(corpus) / "patterns" / "local-agencies.yaml")


def _function_bodies(corpus: str, text: str) -> list[tuple[int, int]]:
    """The stretches of bodies and function words the English local-agency matcher finds in `text`."""
    matcher = _local_bodies(corpus)
    return [(r[0], r[1]) for r in matcher.find(text)] if matcher is not None else []


def _with_coordinated_functions(text: str, records: list[Record], functions: list[tuple[int, int]]) -> list[Record]:
    """Government bodies whose head is shared by a list of functions before it ("Health, market regulation and
    public security departments", "development and reform, banking supervision and other departments"): one
    TARGET from the first function to the head (GUIDELINES.md, adjudicated conventions: coordinated heads),
    while each function stays its own AGENCY; level words before a body join it as they join its AGENCY
    ("[provincial, regional and municipal people's governments]": level and place words inside)."""
    extended: list[Record] = []
    for start, end, label, kind in records:
        if kind == "government-body":
            # the list's last function: inside the span at its start, or just before it ("... and other departments")
            last = next((f for f in functions if f[0] == start and f[1] < end), None) \
                or next((f for f in functions if f[1] <= start and FUNCTION_TO_HEAD.fullmatch(text, f[1], start)), None)
            chain = [last] if last else []
            while chain:
                before = next((f for f in functions if f[1] <= chain[-1][0]
                               and FUNCTION_SEPARATOR.fullmatch(text, f[1], chain[-1][0])), None)
                if before is None:
                    break
                chain.append(before)
            if len(chain) >= 2:
                start = chain[-1][0]
            # level words before the body ("provincial development and reform commission"): inside, as for AGENCY
            body = next((f for f in functions if f[1] == end and f[0] < start and LEVEL_WORDS.fullmatch(text, f[0], start)), None)
            if body:
                start = body[0]
        extended.append((start, end, label, kind))
    return keep_longest_first(extended)


def _with_modifiers(text: str, records: list[Record], sector: re.Pattern | None = None) -> list[Record]:
    """Party spans joined to their modifiers (GUIDELINES.md, head-noun rule): a party noun directly
    before another party noun modifies it ("enterprise taxpayers": one legal person), up to three
    sector and kind words of the lexicon before a party head belong to it ("online tourism platforms",
    "foreign-invested real estate developers"), credit and grade words before those, and a generic back-reference head ("violators")
    names judgment debtors in a text about debtors."""
    joined: list[Record] = []
    about_debtors = DEBTOR_CONTEXT.search(text) is not None
    for record in records:
        if joined and joined[-1][3] != "government-body" and text[joined[-1][1]:record[0]] == " ":
            previous = joined.pop()
            record = (previous[0], record[1], record[2], record[3])
        # the modifiers stand just before the party: a bounded look-back, not a scan from the text's start
        kind_words = sector.search(text, max(0, record[0] - MODIFIER_REACH), record[0]) if sector else None
        if kind_words and not (joined and kind_words.start() < joined[-1][1]) and record[3] != "government-body":
            record = (kind_words.start(), record[1], record[2], record[3])
            # coordinated kind words share the head ("import and export enterprises", "food or drug producers")
            joiner = SECTOR_JOINER.search(text, max(0, record[0] - 6), record[0])
            earlier = sector.search(text, max(0, joiner.start() - 40), joiner.start()) if joiner and sector else None
            if earlier and not (joined and earlier.start() < joined[-1][1]):
                record = (earlier.start(), record[1], record[2], record[3])
        modifier = CREDIT_MODIFIER.search(text, max(0, record[0] - MODIFIER_REACH), record[0])
        if modifier and not (joined and modifier.start() < joined[-1][1]):
            record = (modifier.start(), record[1], record[2], record[3])
        other = OTHER_BEFORE.search(text, max(0, record[0] - 8), record[0])
        if other and not (joined and other.start() < joined[-1][1]):
            record = (other.start(), record[1], record[2], record[3])
        if record[3] in BACK_REFERENCE_TYPES and BACK_REFERENCE_HEAD.fullmatch(text, record[0], record[1]) \
                and about_debtors:
            record = (record[0], record[1], record[2], "judgment-debtor")
        joined.append(record)
    return joined


def _groups(text: str, parties: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Parties joined by and/or/commas, each group in text order; a party that only says whose the
    one before is ("the person in charge of the enterprise") joins no group, and the joiner after it
    still links its head to the next party ("... and its legal representative")."""
    groups: list[list[tuple[int, int, str]]] = []
    reach = -1  # where the last head's phrase ends, with its "of" modifier
    for party in parties:
        if groups and OF_MODIFIER.fullmatch(text, groups[-1][-1][1], party[0]) and reach == groups[-1][-1][1]:
            reach = party[1]
            continue
        gap = text[reach:party[0]]
        if groups and (PARTY_JOINER.fullmatch(gap) or JOINER_AFTER_OF.fullmatch(gap)):
            groups[-1].append(party)
        else:
            groups.append([party])
        reach = party[1]
    return groups


def _before(text: str, position: int, marks: str) -> int:
    return max(text.rfind(mark, 0, position) for mark in marks) + 1


def _after(text: str, position: int, marks: str) -> int:
    ends = [i for i in (text.find(mark, position) for mark in marks) if i >= 0]
    return min(ends) if ends else len(text)


def en_party_of_measure(text: str, start: int, end: int, parties: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The parties (TARGET spans, no government bodies) an English measure at [start, end) falls on."""
    inside = [p for p in parties if start <= p[0] and p[1] <= end
              and not LIST_NAME_BEFORE.search(text, start, p[0])]
    if inside:
        return inside
    sentence_start = _before(text, start, SENTENCE_END)
    before = [p for p in parties if sentence_start <= p[0] and p[1] <= start]
    cues = list(RESTRICTION_OBJECT.finditer(text, sentence_start, start))
    if cues:
        objects = [p for p in before if p[0] >= cues[-1].end()]
        if objects:
            return _groups(text, objects)[0]
    if before:
        return _groups(text, before)[-1]
    after = [p for p in parties if end <= p[0] and p[1] <= _after(text, end, CLAUSE_END)]
    return _groups(text, after)[0] if after else []


def add_en_sanctioned_parties(records: list[dict[str, Any]], texts: dict[str, str]) -> None:
    """Set `target` (a list of party texts) on every English MEASURE record whose provision names
    a party (see the module docstring); records are changed in place."""
    add_sanctioned_parties(records, texts, en_party_of_measure, _groups)
