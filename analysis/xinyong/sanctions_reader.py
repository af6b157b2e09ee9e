"""Reading one provision for the sanctions dataset: the parties, imposing bodies, deontic cues,
citations and measures of a unit and of the lead-ins of its list, and the rules that pick, for one
measure, its sanctioned party, imposing authority, force, duration and legal basis (its trigger is
sanctions_trigger.py's job). The cue patterns come from corpus/sanctions.yaml; the records are
assembled in sanctions.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .analyze.data import AnnotatedCorpus
from .datafiles import load_yaml
from .errors import XinyongError
from .locations import corpus_dir
from .sanctions_authority import body_asked, enumeration_head, is_power
from .sanctions_force import sentence_force
from .structure import ParsedDocument, Unit

FORCES = {"OBLIGATION": "shall", "PERMISSION": "may", "PROHIBITION": "shall not"}
SENTENCE_END = {"zh": re.compile(r"[。；;！？]"), "en": re.compile(r"(?<=[a-z0-9)\]])[.;](?=\s|$)|;")}
# Words that put the party a measure falls on right after them (对失信被执行人限制…, "against the party").
OBJECT_MARKERS = {"zh": re.compile(r"(?:(?:对|对于)[^，。；、]{0,12}|向|给予|将|限制|禁止)$"),
                  "en": re.compile(r"\b(?:on|against|to|restrict|restricting|prohibit|bar|impose[sd]? on)\s+(?:the\s+|its\s+|their\s+)?$", re.I)}
PROTECTED = {"worker"}
# "measures such as A and B for credit subjects with good credit": the party of an English list of
# measures follows it after "for".
BENEFICIARY = re.compile(r"\bfor\s+(?:the\s+|its\s+|their\s+)?$", re.I)
# The post a bar names is not its party (不得担任其他企业的法定代表人, "serving as the legal representative").
POST_HELD = {"zh": re.compile(r"担任[^，。；]{0,10}$"), "en": re.compile(r"\bserv\w* as\b[^,;.]{0,30}$", re.I)}
# A party introduced by "on" after another measure is that measure's ("a fine … on a citizen, or a warning").
ON_PARTY = {"zh": re.compile(r"对|向"), "en": re.compile(r"\b(?:on|against)\b", re.I)}
CLAUSE_END = {"zh": re.compile(r"的[，,：]"), "en": re.compile(r"(?<=,)\s")}
# Bodies outside the state that take measures of their own kind (measure type -> the body).
_ASSOCIATION = {"zh": re.compile(r"行业协会(?:商会)?|商会"), "en": re.compile(r"industry associations?|chambers? of commerce", re.I)}
_FINANCIAL = {"zh": re.compile(r"金融机构"), "en": re.compile(r"financial institutions?", re.I)}
NON_STATE = {(lang, measure): pattern for lang in ("zh", "en")
             for measure, pattern in (("association-sanction", _ASSOCIATION[lang]),
                                      ("association-recommendation", _ASSOCIATION[lang]),
                                      ("financing-restriction", _FINANCIAL[lang]),
                                      # the lender's own terms: preferential credit, a higher interest rate
                                      ("financing-preference", _FINANCIAL[lang]), ("cost-increase", _FINANCIAL[lang]))}
# A measure an organ is about to decide, in a rule of procedure (行政机关拟作出下列行政处罚决定，应当告知
# 当事人…听证): the provision's trigger and force belong to the procedure, not to the measure.
PROCEDURE = {"zh": re.compile(r"拟(?:作出|给予|决定)|作出[^，。；]{0,12}决定(?:之)?前"),
             "en": re.compile(r"\b(?:intends?|proposes?|plans?) to (?:make|impose|give|decide)|\bbefore (?:making|imposing|deciding)", re.I)}
# A sentence about the aggravated case of the conduct before it (情节严重构成犯罪的, "where the
# circumstances are serious"): it concerns the party the previous sentence sanctions.
AGGRAVATED = {"zh": re.compile(r"\s*情节(?:特别)?严重"), "en": re.compile(r"\s*(?:where|if) the circumstances are (?:especially |particularly )?serious", re.I)}
OWNER_OF = re.compile(r"(?:\s+for [a-z ,'-]{2,60}?)?\s+of the\s+", re.I)
AGENT_MARKERS = {"zh": re.compile(r"由$"), "en": re.compile(r"\bby\s+(?:the\s+)?$", re.I)}
# Measures that fall on persons, never on the unit they work for: a disciplinary sanction (处分) goes to
# the persons in charge or the officials, and the body a provision names beside it is the one at fault,
# not the one that imposes it (the appointing or supervisory body does, unless 由 / "by" names it).
PERSONAL_MEASURES = {"disciplinary-sanction"}
PERSONAL_PARTIES = ("responsible-person", "public-official")


@dataclass(frozen=True)
class Cues:
    """The compiled cue patterns of corpus/sanctions.yaml for one language."""

    parties: list[tuple[str, re.Pattern]]
    authorities: re.Pattern
    lists: re.Pattern
    conduct: re.Pattern
    statuses: re.Pattern
    durations: re.Pattern


@lru_cache(maxsize=4)
def load_cues(lang: str, folder: str) -> Cues:
    """Compile the cues of one language (cached per corpus folder)."""
    path = Path(folder) / "sanctions.yaml"
    data = load_yaml(path).data
    flags = re.I if lang == "en" else 0

    def union(patterns: list[str], key: str) -> re.Pattern:
        try:
            return re.compile("|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True)), flags)
        except re.error as exc:
            raise XinyongError("E145", path=path, key=key, reason=str(exc)) from exc

    try:
        return Cues(parties=[(p["id"], union(p[lang], f"parties.{p['id']}")) for p in data["parties"]],
                    authorities=union(data["authorities"][lang], "authorities"),
                    lists=union(data["lists"][lang], "lists"), conduct=union(data["conduct"][lang], "conduct"),
                    statuses=union(data["statuses"][lang], "statuses"),
                    durations=union(data["durations"][lang], "durations"))
    except (KeyError, TypeError) as exc:
        raise XinyongError("E146", path=path, reason=f"missing or malformed key {exc}") from exc


@dataclass
class Span:
    start: int
    end: int
    text: str
    kind: str  # target type, agency id, deontic label, ...
    unit: str


def sentence_bounds(text: str, position: int, lang: str) -> tuple[int, int]:
    """The bounds of the sentence (or semicolon clause) around a position."""
    start, end = 0, len(text)
    for match in SENTENCE_END[lang].finditer(text):
        if match.end() <= position:
            start = match.end()
        elif match.start() >= position:
            end = match.start()
            break
    return start, end


def _in(spans: list[Span], start: int, end: int) -> list[Span]:
    return [s for s in spans if start <= s.start and s.end <= end]


def _nearest_before(spans: list[Span], position: int) -> Span | None:
    before = [s for s in spans if s.end <= position]
    return max(before, key=lambda s: s.end) if before else None


def _first(spans: list[Span]) -> Span | None:
    return min(spans, key=lambda s: s.start) if spans else None


class ProvisionReader:
    """Finds parties, authorities, forces and triggers in one unit and its context.

    data (AnnotatedCorpus): the annotated corpus.
    document (ParsedDocument): the document read.
    lang (str): its language.
    """

    def __init__(self, data: AnnotatedCorpus, document: ParsedDocument, lang: str) -> None:
        self.data = data
        self.document = document
        self.lang = lang
        self.units = document.unit_map()
        self.cues = load_cues(lang, str(corpus_dir()))
        self._cache: dict[str, dict[str, list[Span]]] = {}

    def spans(self, unit_id: str) -> dict[str, list[Span]]:
        """Parties, authorities, deontic cues and citations of one unit, by kind."""
        if unit_id in self._cache:
            return self._cache[unit_id]
        unit = self.units[unit_id]
        text = unit.text
        found: dict[str, list[Span]] = {"party": [], "authority": [], "force": [], "citation": [], "measure": []}
        records = self.data.annotations_by_unit.get((self.document.id, self.lang, unit_id), [])
        for r in records:
            span = Span(r["start"], r["end"], r["text"], r["norm"] or "", unit_id)
            if r["label"] == "TARGET":
                # a party the cues name more precisely (the persons in charge, the unit) keeps the cue's type
                cue = next((kind for kind, pattern in self.cues.parties if pattern.fullmatch(r["text"])), None)
                if cue and r["norm"] != "government-body":
                    span = Span(r["start"], r["end"], r["text"], cue, unit_id)
                found["authority" if r["norm"] == "government-body" else "party"].append(span)
            elif r["label"] == "AGENCY":
                found["authority"].append(span)
            elif r["label"] in FORCES:
                found["force"].append(Span(r["start"], r["end"], r["text"], FORCES[r["label"]], unit_id))
            elif r["label"] == "CITATION":
                found["citation"].append(Span(r["start"], r["end"], r["text"], r["norm"] or r["text"], unit_id))
            elif r["label"] == "MEASURE":
                found["measure"].append(span)
        occupied = [(s.start, s.end) for kind in ("party", "authority", "citation") for s in found[kind]]
        for party_type, pattern in self.cues.parties:
            for m in pattern.finditer(text):
                if not any(a < m.end() and m.start() < b for a, b in occupied):
                    found["party"].append(Span(m.start(), m.end(), m.group(0), party_type, unit_id))
                    occupied.append((m.start(), m.end()))
        blocked = [(s.start, s.end) for kind in ("party", "citation") for s in found[kind]]
        for m in self.cues.authorities.finditer(text):
            start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            if not any(a < m.end() and start < b for a, b in blocked) and len(m.group(0).strip()) > 1:
                found["authority"].append(Span(start, m.end(), m.group(0).strip(), "government-body", unit_id))
        found["authority"] = [a for a in found["authority"] if not is_power(text, a, self.lang)]
        # A body named by function that contains an agency ("the ... department of the State Council")
        # is the acting body, not the agency inside it.
        found["authority"] = [a for a in found["authority"] if not any(
            b is not a and b.start <= a.start and a.end <= b.end and (b.end - b.start) > (a.end - a.start)
            for b in found["authority"])]
        # A party inside a measure span ("restricting the judgment debtor's travel") is still a party;
        # an authority inside a measure span is not the acting body.
        found["authority"] = [a for a in found["authority"]
                              if not any(m.start <= a.start and a.end <= m.end for m in found["measure"])]
        self._cache[unit_id] = found
        return found

    def context(self, unit: Unit) -> list[str]:
        """The units that introduce a list item, nearest first (a paragraph's context is itself only:
        the paragraphs of an article are separate provisions)."""
        chain = []
        parent = unit.parent
        while parent and parent in self.units and self.units[parent].kind not in ("article", "chapter", "section", "part"):
            if self.units[parent].text.strip():
                chain.append(parent)
            parent = self.units[parent].parent
        return chain

    def context_texts(self, unit: Unit) -> list[str]:
        return [self.units[u].text for u in self.context(unit)]

    def party(self, unit: Unit, start: int, end: int, measure: str | None = None) -> Span | None:
        """The party a measure falls on: for a measure on persons (a disciplinary sanction) the persons
        in charge or officials of the sentence or, failing that, of the unit before it; else the nearest
        party after an object marker (对…, "on …") past the conduct clause, else a party inside the measure
        span, else the first party of the sentence (the subject of its conduct clause), else, in an
        aggravated case (…对直接负责的主管人员…给予处分；情节严重构成犯罪的…), the latest one an object
        marker names earlier in the unit, else the
        first earlier in the unit, else the list intro's party."""
        text = unit.text
        parties = self.spans(unit.id)["party"]
        s_start, s_end = sentence_bounds(text, start, self.lang)
        sentence = _in(parties, s_start, s_end)
        if measure in PERSONAL_MEASURES:
            # the persons in charge before the officials (…及其工作人员…的，对直接负责的主管人员…给予处分),
            # anywhere in the sentence ("sanctions shall be imposed on the persons in charge")
            # (those of the sentence before those of an earlier sentence: "… on the heads of the owner.
            # Where staff fail …, sanctions shall be imposed on them")
            persons = [p for p in parties if p.kind in PERSONAL_PARTIES and (p.start >= s_start and p.end <= s_end or p.end <= start)]
            for kind in PERSONAL_PARTIES:
                in_sentence = [p for p in persons if p.kind == kind and p.start >= s_start]
                if in_sentence:
                    return _first(in_sentence)
            for kind in PERSONAL_PARTIES:
                earlier = [p for p in persons if p.kind == kind]
                if earlier:
                    return max(earlier, key=lambda s: s.end)
        # An object marker inside the conduct clause (…对信用主体进行恶意评级的，…) marks a victim, not
        # the party sanctioned: only markers after the clause count.
        clause_end = max((m.end() for m in CLAUSE_END[self.lang].finditer(text, s_start, start)), default=s_start)
        marked = [p for p in sentence if p.start >= clause_end
                  and OBJECT_MARKERS[self.lang].search(text[max(s_start, p.start - 12):p.start])]
        marked_before = [p for p in marked if p.end <= end]
        if marked_before:
            return max(marked_before, key=lambda s: s.end)
        if self.lang == "en":
            following = [p for p in sentence if end <= p.start <= end + 120 and p.kind not in PROTECTED
                         and BENEFICIARY.search(text[max(s_start, p.start - 10):p.start])]
            # "… and punishment measures for trust-breaking subjects, such as warnings, circulated criticism"
            listed_for = [p for p in sentence if p.end <= start and BENEFICIARY.search(text[max(s_start, p.start - 10):p.start])
                          and re.fullmatch(r",?\s+such as\b[^;:]*", text[p.end:start])]
            if following or listed_for:
                return _first(following) if following else max(listed_for, key=lambda p: p.end)
        inside = [p for p in sentence if start <= p.start and p.end <= end
                  and not POST_HELD[self.lang].search(text[max(start, p.start - 14):p.start])]
        if inside:
            return inside[0]
        # The subject of the conduct clause ("信用主体…的，由…处…", "Where an enterprise …, …"); protected
        # parties (workers whose wages are owed) are not sanctioned, nor those another measure names.
        subjects = [p for p in sentence if p.kind not in PROTECTED and not self._of_another_measure(unit, p, measure)]
        if subjects:
            first = _first(subjects)
            # the persons of the party (企业的法定代表人) when the sentence names them
            persons = [q for q in subjects if q.kind == "responsible-person" and q.end <= start
                       and any(re.fullmatch(r"的|'s\s+", text[p.end:q.start]) for p in subjects if p.end <= q.start)]
            return persons[0] if persons else first
        before = [p for p in parties if p.end <= start and p.kind not in PROTECTED
                  and not (p.start >= s_start and self._of_another_measure(unit, p, measure))]
        # (a marker inside the opening conduct clause, 对信用主体进行恶意评级的, names a victim)
        conduct_end = next((m.end() for m in CLAUSE_END[self.lang].finditer(text)), 0)
        marked_earlier = [p for p in before if p.start >= conduct_end
                          and OBJECT_MARKERS[self.lang].search(text[max(0, p.start - 12):p.start])]
        if marked_earlier and AGGRAVATED[self.lang].match(text, s_start):
            return max(marked_earlier, key=lambda s: s.end)
        if before:
            return _first(before)
        for unit_id in self.context(unit):
            intro = self.units[unit_id].text
            context_parties = [p for p in self.spans(unit_id)["party"] if p.kind not in PROTECTED]
            marked = [p for p in context_parties if OBJECT_MARKERS[self.lang].search(intro[max(0, p.start - 14):p.start])
                      or self.lang == "en" and BENEFICIARY.search(intro[max(0, p.start - 10):p.start])]
            if marked or context_parties:
                return _first(marked or context_parties)
        return None

    def _of_another_measure(self, unit: Unit, party: Span, measure: str | None) -> bool:
        """Whether "on"/对 introduces the party after a mention of another measure type (and none of its own)."""
        s_start, _ = sentence_bounds(unit.text, party.start, self.lang)
        nearest = _nearest_before(_in(self.spans(unit.id)["measure"], s_start, party.start), party.start)
        return nearest is not None and measure is not None and nearest.kind != measure \
            and bool(ON_PARTY[self.lang].search(unit.text, nearest.end, party.start))

    def non_state_authority(self, unit: Unit, start: int, measure: str) -> tuple[Span | None, str | None]:
        """The body outside the state that takes a measure of its own kind: an industry association
        its members' sanctions and recommendations, a financial institution its lending restrictions
        (鼓励金融机构……对失信主体……限制向其提供贷款)."""
        pattern = NON_STATE.get((self.lang, measure))
        if pattern is None:
            return None, None
        s_start, _ = sentence_bounds(unit.text, start, self.lang)
        for text, end, basis in [(unit.text[s_start:start], start - s_start, "provision")] + \
                [(self.units[u].text, None, "context") for u in self.context(unit)]:
            found = list(pattern.finditer(text, 0, end if end is not None else len(text)))
            if found:
                offset = s_start if basis == "provision" else 0
                unit_id = unit.id if basis == "provision" else ""
                return Span(found[0].start() + offset, found[0].end() + offset, found[0].group(0),
                            "non-state-body", unit_id), basis
        return None, None

    def authority(self, unit: Unit, start: int, measure: str | None = None) -> tuple[Span | None, str | None]:
        """The body that imposes a measure, and where it was found (provision, context): the body after
        由 / "by" in the sentence (for a measure on persons, only that), else the nearest before it in
        the sentence, else the first of the sentence, else one after 由 / "by" earlier in the unit (由…
        部门责令改正…；对直接负责的主管人员处…罚款), else the nearest earlier, else the list intro's."""
        text = unit.text
        bodies = self.spans(unit.id)["authority"]
        s_start, s_end = sentence_bounds(text, start, self.lang)
        sentence = _in(bodies, s_start, s_end)
        agent = [b for b in sentence if AGENT_MARKERS[self.lang].search(text[max(s_start, b.start - 6):b.start])]
        if agent:
            return body_asked(text, sentence, _first(agent), start, self.lang), "provision"
        earlier_agents = [b for b in bodies if b.end <= s_start
                          and AGENT_MARKERS[self.lang].search(text[max(0, b.start - 6):b.start])]
        if measure in PERSONAL_MEASURES:
            return None, None
        nearest = _nearest_before(sentence, start)
        if nearest:
            # "the administrative department for industry and commerce of the people's government of the
            # province": the government owns the department that acts
            owned = [b for b in sentence if b.end <= nearest.start and OWNER_OF.fullmatch(text, b.end, nearest.start)]
            return (max(owned, key=lambda b: b.end) if owned else enumeration_head(text, sentence, nearest, self.lang)), "provision"
        if sentence:
            return _first(sentence), "provision"
        if earlier_agents:
            return max(earlier_agents, key=lambda s: s.end), "provision"
        before = [b for b in bodies if b.end <= start]
        if before:
            return max(before, key=lambda s: s.end), "provision"
        for unit_id in self.context(unit):
            context_bodies = self.spans(unit_id)["authority"]
            if context_bodies:
                return _first(context_bodies), "context"
        return None, None

    def force(self, unit: Unit, start: int) -> str | None:
        """shall / may / shall not: the deontic cue of the measure's own sentence that governs it
        (sanctions_force.py), else the last of its list's lead-in; none in a rule of procedure about
        deciding it. A cue of an earlier sentence of the unit does not reach the measure (…应当立即移除…；
        并对…给予处分: the sanction clause has no modal)."""
        if self.procedural(unit, start):
            return None
        forces = self.spans(unit.id)["force"]
        bounds = sentence_bounds(unit.text, start, self.lang)
        found = sentence_force(unit.text, forces, start, bounds, self.lang)
        if found:
            return found
        for unit_id in self.context(unit):
            context = self.spans(unit_id)["force"]
            if context:
                return max(context, key=lambda s: s.end).kind
        return None

    def procedural(self, unit: Unit, start: int) -> bool:
        """Whether the measure is named in a rule of procedure about deciding it (a hearing before it)."""
        s_start, _ = sentence_bounds(unit.text, start, self.lang)
        return bool(PROCEDURE[self.lang].search(unit.text, s_start, start)
                    or any(PROCEDURE[self.lang].search(t) for t in self.context_texts(unit)))

    def duration(self, unit: Unit) -> str | None:
        texts = [unit.text] + [self.units[u].text for u in self.context(unit)]
        found = []
        for text in texts:
            found += [m.group(0).strip() for m in self.cues.durations.finditer(text)]
        return "; ".join(dict.fromkeys(found)) or None

    def legal_basis(self, unit: Unit) -> str | None:
        citations = list(self.spans(unit.id)["citation"])
        for unit_id in self.context(unit):
            citations += self.spans(unit_id)["citation"]
        return "; ".join(dict.fromkeys(c.kind for c in citations)) or None


def clip(text: str, limit: int = 80) -> str:
    """The text cut to `limit` characters with an ellipsis (a long conduct clause as a trigger)."""
    return text if len(text) <= limit else text[:limit - 1] + "…"
