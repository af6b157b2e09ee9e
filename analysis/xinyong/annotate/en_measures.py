"""English MEASURE spans for English written in other translators' conventions (issue 16).

The restricted activity is the measure: in "restrict X from travelling by air, taking soft
sleepers on trains and bidding in public tenders" each activity is one span, typed by the words
that name it (corpus/patterns/en-measures.yaml). A restricting or granting verb that takes the
measure as its object ("refuse loans", "lower their credit rating") is one span with its object.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .en_lexicon import load_lexicon, participle_measures
from .en_convention_edges import (RESTRICT_FROM_ACTIVITY, after_restricting_verb, with_channels, with_examples,
                               without_determiner)
from .en_reprimands import find_reprimands
from .en_negated_activities import negated_activities
from .en_passive_applications import passive_applications
from .en_measure_recall import recalled_measures
from .en_quoted_objects import with_quoted_object
from .en_granting_verbs import with_granting_verb

Record = tuple[int, int, str, str | None]
MEASURES_FILE = "patterns/en-measures.yaml"
# a quotation mark closes a quoted clause in news text ("... charging high fees," the notice says);
# "such as ..." gives examples of the activity before it, not further activities
# a subject pronoun with its verb opens the main clause ("after being restricted from high consumption he or she
# shall not ...")
CLAUSE_END = re.compile(r"[.;:!?\n\"”]|\s\((?!\d)|,?\s+such\s+as\b|$"
                        r"|\s+(?=(?:he|she|it|they)(?:\s+or\s+(?:he|she))?\s+(?:shall|may|must|will|is|are|has|have|can|should)\b)")
# "restrictions on applying for X and on participating in Y": a repeated "on" opens the next activity
SEPARATOR = re.compile(r",\s+(?:and|or)\s+(?:from\s+|no\s+|on\s+(?=\w+ing\b))?|,\s+(?:no\s+)?"
                       r"|\s+(?:and|or)\s+(?:from\s+|no\s+|on\s+(?=\w+ing\b))?")
# "no X, no Y and no Z": each "no" opens a new measure, whatever the words of the one before.
NEGATED_SEPARATOR = re.compile(r".*\bno\s+$")
# An object that starts with a preposition continues the one before ("stays in star-rated hotels,
# in hotels rated ..."); one that starts with a noun is a further object of the cue.
PREPOSITION_START = re.compile(r"(?:in|on|at|of|for|to|with|by|from|under|inside|within)\b", re.IGNORECASE)
# A finite verb in a segment: another clause has begun ("..., the debtor and its representative
# are prohibited from ...").
MODAL = re.compile(r"\b(?:shall|may|must|will|should|is|are|was|were|has|have)\b")
# A defining relative clause right after the activity's noun is part of the activity, not a new clause.
RELATIVE_BEFORE = re.compile(r"\b[\w-]+\s+(?:that|which)\s+$", re.IGNORECASE)
# A segment that starts with a party names who, not what: the list of activities has ended.
PARTY_START = re.compile(r"(?:the|its|their|his|her)\s+(?:judgment\s+debtors?|debtors?|persons?|enterprises?|"
                         r"entit(?:y|ies)|compan(?:y|ies)|units?|legal\s+representatives?)\b", re.IGNORECASE)
# "..., its legal consequences": something said about the measure, not another activity
POSSESSIVE_START = re.compile(r"(?:its|their|his|her)\s", re.IGNORECASE)
# "..., the transfer of state-owned land and the allocation of public resources": an object with its own head noun
# (article, noun, "of") is a further activity (GUIDELINES.md, lists after one verb)
OWN_HEAD = re.compile(r"(?:the|an?)\s+[\w-]+\s+of\b", re.IGNORECASE)
NOMINAL_RESTRICTION = re.compile(r"\brestrictions?\s+on\s+", re.IGNORECASE)
ITEM_LABEL = re.compile(r"\s*(?:\(\d+\)|\d+[.)]|[a-z][.)])\s*")
# Measures named by their object alone ("soft sleepers") are only measures where a restriction is
# being imposed; elsewhere ("passengers who smoked on high-speed trains") they are context.
OBJECT_ONLY_TYPES = frozenset({
    "air-travel-restriction", "rail-travel-restriction", "ship-class-restriction", "luxury-venue-restriction",
    "real-estate-restriction", "office-rental-restriction", "vehicle-purchase-restriction",
    "leisure-travel-restriction", "private-school-restriction", "insurance-product-restriction"})
PAST_CONDUCT = re.compile(r"\b(?:who|which|that)\s+(?:have|has|had)\b", re.IGNORECASE)
# "(5) Take their records into account as a reference in the selection of civil servants": the
# item uses credit information in an area; it restricts nothing (GUIDELINES.md: work areas).
REFERENCE_USE = re.compile(r"\binto\s+account\b|\bas\s+(?:an?\s+)?(?:important\s+)?(?:reference|basis)\b", re.IGNORECASE)
RESTRICTION_CONTEXT = re.compile(r"\b(?:restrict\w*|prevent\w*|prohibit\w*|refus\w*|ban\w*|bar\w*|not|no)\b", re.IGNORECASE)
# A passive measure whose subject names what is taken away ("their business licence shall be
# revoked", "the company's qualification certificate shall be cancelled"): the span runs from the
# subject's noun (after its determiner) to the participle, typed by the subject's words.
PASSIVE_CANCELLATION = re.compile(
    # or a subject without determiner that opens the line or list item ("- Online contract signing rights can be suspended")
    r"(?:\b(?:the|their|its|his|her|such|an?|any)\s+|['’]s\s+|^[-•*]?\s*)((?:(?!of\b)[\w-]+\s+){0,4}?[\w-]+)"
    # whose it is may follow the noun ("the business licence of the enterprise shall be revoked")
    r"(?:\s+of\s+(?:the|its|their|such|that|this)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(?:shall|may|must|will|can)\s+"
    r"(?:also\s+)?(?:be\s+(?:revoked|cancell?ed|suspended|withdrawn|rescinded|terminated|downgraded|lowered)"
    r"(?:\s+or\s+(?:revoked|cancell?ed|suspended|withdrawn|rescinded))?(?:\s+to\s+grade\s+[A-D]\b)?"
    r"|not\s+be\s+(?:approved|accepted|granted|renewed))\b",
    re.IGNORECASE)
JOINED_NEXT = re.compile(r"(?:and|or|but)\b", re.IGNORECASE)
# "shall have their business licences revoked": the same measure with "have" (span as above)
# (also "has had its registration certificate revoked", and a long object: "have his eligibility to provide
# services payable from the fund suspended")
HAVE_CANCELLED = re.compile(r"\b(?:have|has|had|having)\s+(?:their|its|his|her)\s+((?:(?!of\b)[\w-]+\s+){0,10}?[\w-]+\s+"
                            r"(?:revoked|cancell?ed|suspended|withdrawn|rescinded|frozen|withheld|seized|lowered|downgraded))\b", re.IGNORECASE)
# Passive publication is a sanction only where the sentence is about listed or untrustworthy
# parties ("the names of dishonest persons ... shall be published on ..."); routine publication
# ("these Measures shall be published") is not a measure. The place it is published in belongs to it.
PASSIVE_PUBLICATION = re.compile(
    r"(?:(?<=\bbe\s)|(?<=\bare\s)|(?<=\bis\s))(?:published|publici[sz]ed|disclosed|publicly\s+(?:exposed|announced|disclosed))\b(?:\s+(?:on|in|through|via)\s+(?:the\s+)?(?:[\w'’-]+,?\s+){0,6}"
    r"(?:website|platform|portal|network|system|media|newspapers|internet|Credit\s+China(?:\s+website)?)"
    # a second place ("on the court's website and on large screens in public places")
    # every further place or channel, with or without its preposition (GUIDELINES.md, adjudicated
    # conventions: "on the Credit China website and the China Government Procurement Network")
    r"(?:,?\s+(?:and|or)\s+(?:(?:on|in|through|via)\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:websites?|platforms?|portals?|"
    r"networks?|media|newspapers|screens|boards|television|Credit\s+China(?:\s+website)?)(?:\s+in\s+public\s+places)?)*)?", re.IGNORECASE)
# "shall not grant subsidies": the modal is the PROHIBITION; the measure starts at the verb
MODAL_NOT = re.compile(r"(?:shall|may|must|will)\s+not\s+", re.IGNORECASE)
# A nominal measure ("reduced frequency of tax inspections", "publication of its name") runs to the
# end of its clause (examples after "such as" are not part of it, as in CLAUSE_END), or to an "and" that opens the next one ("lower guarantee deposits and waived bid bonds").
NOMINAL_END = re.compile(r",(?!\d{3}\b)|[;:!?\n\"”]|\.(?!\d)|\s+such\s+as\b|$")
# Incentives named by a noun phrase are left to the restriction rules inside a restriction
# ("shall not enjoy preferential treatment"); whole words only ("banks" is no "ban").
INCENTIVE_TYPES = frozenset({"fewer-inspections", "cost-reduction", "financing-preference", "funding-priority",
                             "public-service-support", "priority-handling", "honor-award"})
NOMINAL_RESTRICTION_CONTEXT = re.compile(
    # ("with no violation", "that has had no accident": a condition of conduct, not a restriction)
    r"\b(?:restrict\w*|prevent\w*|prohibit\w*|refus\w*|ban|bans|banned|bar|barred|not|(?<!\bwith\s)(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)no|den(?:y|ied|ies)|"
    r"cancel\w*|revok\w*|withdraw\w*|ineligible)\b", re.IGNORECASE)
# "shall be granted fast-track processing": the passive granting verb joins the span (GUIDELINES.md)
GRANTED_BEFORE = re.compile(r"(?<=\bbe\s)(?:granted|given|offered)\s+$", re.IGNORECASE)
# "said" of a news report ("restrictions on leaving the country, the notice said") ends a list
REPORTING_CLAUSE = re.compile(r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:said|says|stated|states|added|reported|noted)\b", re.IGNORECASE)
# the parties' names are what is published ("the names of listed entities", "their names are published")
SANCTION_SUBJECT = re.compile(r"\b(?:untrustworthy|dishonest|trust-breaking|blacklist\w*|list\s+of|the\s+list|violat\w*|"
                              r"punish\w*|listed|names)\b", re.IGNORECASE)


@dataclass(frozen=True)
class MeasureRules:
    """The compiled English measure rules (see corpus/patterns/en-measures.yaml)."""

    cues: tuple[re.Pattern, ...]
    item_verbs: frozenset[str]
    activity_verbs: frozenset[str]
    types: tuple[tuple[str, tuple[re.Pattern, ...]], ...]
    verb_objects: tuple[tuple[str, re.Pattern], ...]
    trailing: tuple[re.Pattern, ...]
    verb_classes: tuple[re.Pattern, ...] = ()
    nominal_openers: tuple[re.Pattern, ...] = ()
    nominal_types: tuple[tuple[str, tuple[re.Pattern, ...]], ...] = ()
    sanction_nouns: re.Pattern | None = None  # the lexicon's sanction nouns: each opens a new measure
    head_types: tuple[tuple[str, tuple[re.Pattern, ...]], ...] = ()  # the activity's head, before `types`


@lru_cache(maxsize=4)
def load_measure_rules(corpus: str) -> MeasureRules:
    """Compile corpus/patterns/en-measures.yaml.

    RAISES (XinyongError): E050 for a pattern that is not a valid regular expression, naming the file.
    """
    from ..datafiles import load_yaml
    from ..errors import XinyongError

    path = Path(corpus) / MEASURES_FILE
    data = load_yaml(path).data or {}

    def compiled(pattern: str, place: str) -> re.Pattern:
        try:
            return re.compile(pattern, re.IGNORECASE)
        except re.error as exc:
            raise XinyongError("E050", path=path, place=place,
                               reason=f"pattern {pattern!r} is not a valid regular expression ({exc})") from exc

    cues = tuple(compiled(p, "restriction_cues") for p in data.get("restriction_cues") or [])
    # every form of the lexicon's restriction verbs (corpus/patterns/en-lexicon.yaml)
    cues += tuple(compiled(p, "restriction_cues") for p in load_lexicon(corpus).restriction_cues)
    return MeasureRules(
        sanction_nouns=load_lexicon(corpus).nominal_sanctions,
        cues=cues,
        item_verbs=frozenset(data.get("list_item_verbs") or []),
        activity_verbs=frozenset(data.get("activity_verbs") or []),
        types=tuple((kind, tuple(compiled(p, kind) for p in patterns))
                    for kind, patterns in (data.get("activity_types") or {}).items()),
        head_types=tuple((kind, tuple(compiled(p, f"head_types.{kind}") for p in patterns))
                         for kind, patterns in (data.get("head_types") or {}).items()),
        verb_objects=tuple((kind, compiled(p, kind)) for kind, patterns in (data.get("verb_objects") or {}).items()
                           for p in patterns),
        trailing=tuple(compiled(p, "trailing") for p in data.get("trailing") or []),
        verb_classes=tuple(compiled(p, f"verb_classes.{name}") for name, patterns in (data.get("verb_classes") or {}).items()
                           for p in patterns),
        nominal_openers=tuple(compiled(p, "nominal_openers") for p in data.get("nominal_openers") or []),
        nominal_types=tuple((kind, tuple(compiled(p, f"nominal_types.{kind}") for p in patterns))
                            for kind, patterns in (data.get("nominal_types") or {}).items()))


def activity_type(phrase: str, rules: MeasureRules) -> str | None:
    """The measure type an activity phrase names: that of its head when `head_types` names it ("the
    settlement of expenses under the agreement": what is suspended is the payment, whatever its object
    names), else the first listed type whose words occur."""
    for kind, patterns in rules.head_types + rules.types:
        if any(p.search(phrase) for p in patterns):
            return kind
    return None


def _starts_activity(phrase: str, rules: MeasureRules) -> bool:
    word = phrase.split(maxsplit=1)[0].lower() if phrase.split() else ""
    return word in rules.activity_verbs or (len(word) > 4 and word.endswith("ing"))


def _trimmed(text: str, start: int, end: int, rules: MeasureRules) -> int:
    """The end of an activity without trailing durations, places and addressees."""
    phrase = text[start:end]
    for pattern in rules.trailing:
        found = pattern.search(phrase)
        if found and found.start() > 0:
            phrase = phrase[:found.start()]
    return start + len(phrase.rstrip(" ,"))


def activity_spans(text: str, start: int, rules: MeasureRules) -> list[Record]:
    """The activities listed from `start` to the end of the clause, one typed span each.

    Segments are cut at commas and and/or; a segment joins the next when no type names it and an
    and/or (no comma) follows it ("second-class or better cabins on ships"), and the activity
    before otherwise; a segment that starts with a verb or names another type starts a new
    activity, except after a lone word ("bidding and tendering"). A segment with a modal verb
    ends the list (another clause has begun).
    """
    end = CLAUSE_END.search(text, start).start()
    sanction_nouns = rules.sanction_nouns
    pieces: list[tuple[int, int, str]] = []  # start, end, the separator after it
    position = start
    for separator in SEPARATOR.finditer(text, start, end):
        pieces.append((position, separator.start(), separator.group(0)))
        position = separator.end()
    pieces.append((position, end, ""))
    segments: list[tuple[int, int]] = []
    negated: set[int] = set()  # segment starts that a "no" separator opened
    pending: int | None = None
    for index, (s, e, separator) in enumerate(pieces):
        if index and NEGATED_SEPARATOR.match(pieces[index - 1][2]) and pending is None:
            negated.add(s)
        modal = MODAL.search(text, s, e)
        if modal and RELATIVE_BEFORE.search(text, s, modal.start()):
            modal = None  # "vehicles that are not needed for business": the relative clause belongs to it
        if modal and pending is None and modal.start() > s and _starts_activity(text[s:e], rules) \
                and activity_type(text[s:modal.start()], rules):
            # a list of activities as the subject ("Restrictions on X and on Y-ing shall be imposed"):
            # the last activity ends at the verb
            segments.append((s, modal.start()))
            break
        # "denied bank loans and barred from issuing bonds": a further restriction opens its own list
        further_cue = index > 0 and (any(cue.match(text, s) for cue in rules.cues)
                                     or any(opener.match(text, s) for opener in rules.nominal_openers)
                                     or (sanction_nouns is not None and sanction_nouns.match(text, s)))
        # "..., in cooperation with financial regulators": a circumstance after a comma that names no
        # measure is outside the span (GUIDELINES.md, adjudicated conventions: extent of the object)
        circumstance = index > 0 and "," in pieces[index - 1][2] and PREPOSITION_START.match(text, s) \
            and activity_type(text[s:e], rules) is None
        if modal or further_cue or circumstance or PARTY_START.match(text, s) or REPORTING_CLAUSE.fullmatch(text, s, e) \
                or (POSSESSIVE_START.match(text, s) and activity_type(text[s:e], rules) is None):
            pending = None
            break
        first = pending if pending is not None else s
        pending = None
        last = index == len(pieces) - 1
        if activity_type(text[first:e], rules) is None and not last and "," not in separator \
                and not _starts_activity(text[s:e], rules):
            pending = first
            continue
        segments.append((first, e))
    groups: list[list[int]] = []
    for s, e in segments:
        if e <= s:
            continue
        if groups:
            current = groups[-1]
            kind, new_kind = activity_type(text[current[0]:current[1]], rules), activity_type(text[s:e], rules)
            # a lone word shares what follows ("bidding and tendering", "build, expand or renovate
            # housing") unless the two name different measures ("flying, riding soft sleepers")
            lone = len(text[current[0]:current[1]].split()) == 1 and not (kind and new_kind and kind != new_kind)
            # a second object of the cue ("seats in G-series trains and first-class seats on other
            # trains") is its own measure; further objects of an activity verb are not
            # ("high consumption and related consumption": two short phrases are one compound)
            further_object = (new_kind is not None and kind is not None
                              and not _starts_activity(text[current[0]:current[1]], rules)
                              and min(len(text[current[0]:current[1]].split()), len(text[s:e].split())) >= 3
                              and not PREPOSITION_START.match(text, s))
            if s in negated or further_object or (new_kind is not None and OWN_HEAD.match(text, s)):
                groups.append([s, e])
                continue
            if lone or not (_starts_activity(text[s:e], rules) or (kind and new_kind and kind != new_kind)):
                current[1] = e
                continue
        groups.append([s, e])
    found: list[Record] = []
    for s, e in groups:
        e = _trimmed(text, s, e, rules)
        kind = activity_type(text[s:e], rules)
        if kind and e > s:
            found.append((s, e, "MEASURE", kind))
    return found


def find_en_measures(text: str, corpus: str, listed: list[Record]) -> list[Record]:
    """English MEASURE records: restricted activities, verb-object measures, and the `listed`
    matches of corpus/measures.yaml that neither overlaps nor is mere context."""
    rules = load_measure_rules(corpus)
    found: list[Record] = []
    for cue in rules.cues:
        for match in cue.finditer(text):
            # the span is what follows "from", never the verb, also for a thing ("excluded from [honours]")
            found += activity_spans(text, match.end(), rules)
    # "restrictions on X", "a ban on X", "exclusion from X", "loss of X" (nouns of the lexicon), and
    # "lose eligibility for X": the sanction word with its first activity is one span
    lexicon = load_lexicon(corpus)
    openers = [NOMINAL_RESTRICTION] + [p for p in (lexicon.nominal_sanctions, lexicon.deprivation) if p]
    for opener, match in ((o, m) for o in openers for m in o.finditer(text)):
        activities = activity_spans(text, match.end(), rules)
        # a lexicon noun or verb takes its object at once: a typed activity further on is not its object
        if activities and (opener is NOMINAL_RESTRICTION or activities[0][0] == match.end()):
            first = activities[0]
            found += [(match.start(), first[1], first[2], first[3])] + activities[1:]
    # a denying or cancelling verb with the activity as its object: one span with the first
    # activity ("revoke their business licences", "refuse to approve new projects")
    for verb_class in rules.verb_classes:
        for match in verb_class.finditer(text):
            activities = activity_spans(text, match.end(), rules)
            # "shall be revoked and its grade lowered": a passive verb has no object after it
            if activities and activities[0][0] == match.end() and not JOINED_NEXT.match(text, match.end()):
                first = activities[0]
                modal = MODAL_NOT.match(text, match.start())
                found += [(modal.end() if modal else match.start(), first[1], first[2], first[3])] + activities[1:]
    item = ITEM_LABEL.match(text)
    if item and not any(cue.match(text, item.end()) for cue in rules.cues):
        first_word = text[item.end():].split(maxsplit=1)[0].lower() if text[item.end():].split() else ""
        if first_word in rules.item_verbs and not REFERENCE_USE.search(text):
            found += activity_spans(text, item.end(), rules)
    for match in PASSIVE_CANCELLATION.finditer(text):
        kind = activity_type(match.group(1), rules)
        if kind:
            found.append((match.start(1), match.end(), "MEASURE", kind))
    for match in HAVE_CANCELLED.finditer(text):
        kind = activity_type(match.group(1), rules)
        if kind:
            found.append((match.start(1), match.end(1), "MEASURE", kind))
    for match in PASSIVE_PUBLICATION.finditer(text):
        if SANCTION_SUBJECT.search(_sentence_before(text, match.start())):
            found.append((match.start(), match.end(), "MEASURE", "public-naming"))
    for kind, pattern in rules.verb_objects:
        for match in pattern.finditer(text):
            found.append((match.start(), match.end(), "MEASURE", kind))
    found += find_reprimands(text, corpus) + nominal_measures(text, rules) + participle_measures(text, lexicon)
    found += negated_activities(text, rules) + passive_applications(text)
    found += recalled_measures(text, rules)
    found = [with_channels(text, without_determiner(text, with_examples(text, with_quoted_object(text, r)))) for r in found]
    found = [with_granting_verb(text, r) for r in found]
    # A listed match (corpus/measures.yaml) that starts before an overlapping activity holds its
    # restricting verb ("restricting participation in ..."): the earlier start wins, then the longer.
    # A list item may name the object alone (its restriction is in the paragraph before it),
    # unless it describes a party's past conduct ("passengers who have smoked on trains").
    listed = [r for r in listed if r[3] not in OBJECT_ONLY_TYPES
              or RESTRICTION_CONTEXT.search(_sentence_before(text, r[0]))
              or (item and not PAST_CONDUCT.search(_sentence_before(text, r[0])))]
    starts = {r[0] for r in found}
    listed = [after_restricting_verb(text, r) for r in listed
              if not ((verb := RESTRICT_FROM_ACTIVITY.match(text, r[0], r[1])) and verb.end() in starts)]
    chosen: list[Record] = []
    ranked = [(r, 0) for r in found] + [(r, 1) for r in listed]
    for record, _ in sorted(ranked, key=lambda pair: (pair[0][0], -(pair[0][1] - pair[0][0]), pair[1])):
        if not any(s < record[1] and record[0] < e for s, e, _, _ in chosen):
            chosen.append(record)
    return sorted(chosen)


def nominal_measures(text: str, rules: MeasureRules) -> list[Record]:
    """Measures named by a noun phrase that opens with an incentive or cost word or a
    nominalised sanction ("fast-track approval of ...", "an increased guarantee deposit for ...",
    "cancellation of the tax preferences it enjoys"), each to the end of its clause or to an "and"
    that opens the next, typed by `nominal_types`; an incentive word inside a restriction
    ("shall not enjoy preferential treatment") is left to the restriction rules."""
    openings = sorted({m.start() for opener in rules.nominal_openers for m in opener.finditer(text)})
    found: list[Record] = []
    for index, start in enumerate(openings):
        end = NOMINAL_END.search(text, start).start()
        following = [o for o in openings[index + 1:] if o < end
                     and re.search(r"\s(?:and|or)\s+(?:an?\s+)?$", text[start:o])]
        if following:
            end = re.search(r"\s+(?:and|or)\s+(?:an?\s+)?$", text[start:following[0]]).start() + start
        for joined in re.finditer(r"\s+(?:and|or)\s+(?:to\s+)?(\w+)", text[start:end]):
            if joined.group(1).lower() in rules.activity_verbs:  # "... and list them as ...": a new measure
                end = start + joined.start()
                break
        phrase = text[start:_trimmed(text, start, end, rules)]
        kind = next((k for k, patterns in rules.nominal_types if any(p.search(phrase) for p in patterns)), None)
        if kind is None or kind in INCENTIVE_TYPES and NOMINAL_RESTRICTION_CONTEXT.search(_sentence_before(text, start)):
            continue
        # only the few words before the opening can hold "be granted": searching from 0 would make
        # every opening scan the whole text before it
        granted = GRANTED_BEFORE.search(text, max(0, start - 40), start)
        found.append((granted.start() if granted else start, start + len(phrase), "MEASURE", kind))
    return found


def _sentence_before(text: str, position: int) -> str:
    start = max(text.rfind(mark, 0, position) for mark in ".;\n") + 1
    return text[start:position]
