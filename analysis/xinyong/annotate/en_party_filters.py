"""English party nouns that name no party in their place (issue 16): the generic heads "organization" and
"entity" (listed in corpus/patterns/en-lexicon.yaml because blind-written policy English names the
sanctioned parties with them, held-out batch 8) are not TARGET where the wording addresses everyone or
names a role, not a party:

- a quantified subject of a general rule: "No organization or individual may ...", "any entity" (not "before any
  entity is listed", where the listing names the party it falls on);
- a party in a pair with "individual" ("organization or individual", "entities and individuals"), the
  stock phrase for everyone;
- a predicate noun ("where the listed party is an entity"): the party's form, named elsewhere;
- a participle beside it that names a role in a procedure ("the issuing entity", "the entity requesting
  the certificate");
- "Organisation" heading a section ("III. Organisation and Implementation", "Chapter III Organisation"): the
  act of organising; "its foundation": a basis;
- a bare "entity" in a text about judgment debtors ("where the debtor is an entity"): the debtor's legal
  form, the debtor being the party;
- organizations authorised by law to administer public affairs (法律法规授权的组织) are public bodies: they are
  kept as TARGET `government-body`, which is never the party of a measure;
- "organizations" in an enumeration of the sectors of society after public bodies ("Party and government
  organs, mass organizations, social organizations, enterprises ..."): the scope of a system, not parties.
"""
from __future__ import annotations

import re

Record = tuple[int, int, str, str | None]
GENERIC_HEAD = re.compile(r"(?:organi[sz]ations?|entit(?:y|ies))", re.IGNORECASE)
QUANTIFIER_BEFORE = re.compile(r"\b(?:no|any)\s+$", re.IGNORECASE)
# "before any entity is listed": the quantified head names the party that a listing falls on, not everyone
LISTED_AFTER = re.compile(r"\s+(?:(?:that|which|who)\s+)?(?:is|are|has\s+been|have\s+been|was|were|be|being)\s+(?:blacklisted|listed|included|entered|placed|added)\b",
                          re.IGNORECASE)
PREDICATE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|being)\s+(?:an?\s+)?$", re.IGNORECASE)
EVERYONE_PAIR = re.compile(r"\s+(?:or|and)\s+individuals?\b", re.IGNORECASE)
ROLE_PARTICIPLE_BEFORE = re.compile(r"\b(?!(?:during|being|offending|defaulting|violating)\b)[a-z]+ing\s+$")
ROLE_PARTICIPLE_AFTER = re.compile(r"\s+(?!(?:that|which|who)\b)[a-z]+ing\b(?!\s+(?:in|on|at|to|with)\b)")
HEADING_BEFORE = re.compile(r"(?:^|\n)\s*(?:[IVXLC]+\.|\d+\.|Chapter\s+[IVXLC\d]+|Section\s+\w+)?\s*$", re.IGNORECASE)
ACT_AFTER = re.compile(r"\s+and\s+(?:implementation|leadership|coordination|safeguards?)\b|\s*$", re.IGNORECASE)
ORGANIZATIONS_END = re.compile(r"organi[sz]ations$", re.IGNORECASE)
ENTITY = re.compile(r"entit(?:y|ies)", re.IGNORECASE)
AUTHORIZED_BY_LAW = re.compile(r"\s+(?:authori[sz]ed|empowered|entrusted)\s+by\s+(?:the\s+)?laws?\b", re.IGNORECASE)
BASIS = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)
FOUNDATION = re.compile(r"foundations?", re.IGNORECASE)
# public bodies at the head of a list of sectors, the list running on to the organization without a clause end
SECTORS_BEFORE = re.compile(r"\b(?:organs|mass\s+organi[sz]ations|public\s+institutions|(?:state|government)\s+agencies)"
                            r",\s+(?:[^,.;:]+,\s+)*?(?:(?:and|or)\s+)?(?:other\s+)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def without_generic_parties(text: str, targets: list[Record]) -> list[Record]:
    """The TARGET records without the generic heads the module docstring lists.

    text (str): the unit's text.
    targets (list[Record]): the TARGET records.
    RETURNS (list[Record]): the records kept, in the same order.
    """
    kept: list[Record] = []
    for record in targets:
        start, end = record[0], record[1]
        if GENERIC_HEAD.fullmatch(text, start, end) and (
                (QUANTIFIER_BEFORE.search(text, max(0, start - 10), start) and not LISTED_AFTER.match(text, end))
                or EVERYONE_PAIR.match(text, end)
                or PREDICATE_BEFORE.search(text, max(0, start - 12), start)
                or ROLE_PARTICIPLE_BEFORE.search(text, max(0, start - 20), start)
                or ROLE_PARTICIPLE_AFTER.match(text, end)
                or (HEADING_BEFORE.search(text, max(0, start - 20), start) and ACT_AFTER.match(text, end))):
            continue
        if ORGANIZATIONS_END.search(text, start, end) and SECTORS_BEFORE.search(text, max(0, start - 150), start):
            continue
        if record[3] == "judgment-debtor" and ENTITY.fullmatch(text, start, end):
            continue
        if FOUNDATION.fullmatch(text, start, end) and BASIS.search(text, max(0, start - 8), start):
            continue
        if ORGANIZATIONS_END.search(text, start, end) and AUTHORIZED_BY_LAW.match(text, end):
            record = (start, end, record[2], "government-body")
        kept.append(record)
    return kept
