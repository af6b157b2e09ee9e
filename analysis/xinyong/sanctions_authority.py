"""Rules on the imposing authority of a sanctions record that the provision's wording settles (issue 16):
a power is not a body ("according to its administrative authority"), a body named in an enumeration of
the bodies notified or acting stands for the enumeration, whose first body leads it (向政府相关部门、金融
监管机构、金融机构…通报), and a provision that only sets the criteria of a measure (…的具体情形，由…部门规定;
前款规定行为可以作为列入…名单的依据) has no imposing body: the body named there makes rules, and the
document's usual body is not assumed either; nor is one for a bar that follows from a listing by
itself (被列入严重违法企业名单的企业的法定代表人…不得担任…), when only the listing body is named. Used by sanctions_reader.py and sanctions.py."""
from __future__ import annotations

import re
from typing import Protocol


class BodySpan(Protocol):
    start: int
    end: int
    text: str


# "according to its administrative authority", "within the scope of their statutory authority": a power.
POWER = re.compile(r"\b(?:its|their|his|her|statutory|legal|own)\s+$", re.I)
AUTHORITY_WORD = re.compile(r"\bauthorit(?:y|ies)$", re.I)
# What joins the bodies of one enumeration (政府相关部门、金融监管机构; "departments, regulators and …").
JOINER = {"zh": re.compile(r"[、，,]|和|及|以及|与|或者"), "en": re.compile(r",?\s*(?:and|or)\s+(?:the\s+)?|,\s*(?:the\s+)?")}
# A provision that sets the criteria of a measure: the measure as the basis (作为…的依据, "as the basis for
# …") or a body that prescribes it (由…部门规定, "shall be prescribed by …").
CRITERIA_BEFORE = {"zh": re.compile(r"(?:作为|成为)[^，。；]{0,4}$"),
                   "en": re.compile(r"\bas (?:the |a )?basis for\s+(?:\w+\s+){0,3}$", re.I)}
CRITERIA_AFTER = {"zh": re.compile(r"[^，。；]{0,16}?的?依据"), "en": re.compile(r"")}
PRESCRIBED = {"zh": re.compile(r"由[^，。；]{2,40}?(?:规定|制定|确定)(?:[。；]|$)"),
              "en": re.compile(r"\bshall be (?:prescribed|specified|formulated|determined|laid down) by\b", re.I)}
# A sentence about what follows for a listed party (被列入…名单的企业…, "an enterprise included in the list …").
LISTED_SUBJECT = {"zh": re.compile(r"\s*被?(?:列入|纳入)[^，。；]{0,30}名[单录]的"),
                  # ("The legal representative or person in charge of an enterprise included in the list …": the
                  # listed party may stand after a long head; never a modal, which makes the listing the measure)
                  "en": re.compile(r"\s*(?:(?!(?:shall|may|must|be|is|are)\b)[\w'-]+\s+){0,12}(?:listed|included|entered) (?:in|on|into) (?:the |a )?[^,.;]{0,60}(?:list|register|directory)", re.I)}
# A bare generic word does not say which body the document's measures come from.
GENERIC = re.compile(r"(?:有关|相关)?(?:部门|机关|机构)|(?:the |relevant )?(?:departments?|organs?|authorit(?:y|ies))", re.I)


def is_power(text: str, body: BodySpan, lang: str) -> bool:
    """Whether an English "authority" names the power a body acts under, not a body."""
    return lang == "en" and bool(AUTHORITY_WORD.search(body.text)) \
        and bool(POWER.search(text, max(0, body.start - 12), body.start))


# What introduces the members of a body named in general ("departments, among them development and
# reform, finance, …"; 有关部门，包括发展改革、财政…): the members are functions, the general body acts.
MEMBERS_INTRO = {"zh": re.compile(r"[，,]?(?:包括|其中有?|如)"),
                 "en": re.compile(r",?\s*(?:among them|including|such as|namely)\s+(?:the\s+)?", re.I)}


def enumeration_head(text: str, bodies: list, body, lang: str):
    """The first body of the enumeration the body is named in (itself when it stands alone), or the
    general body whose members the enumeration names."""
    head = body
    while True:
        previous = [b for b in bodies if b.end <= head.start and JOINER[lang].fullmatch(text, b.end, head.start)]
        if not previous:
            general = [b for b in bodies if b.end <= head.start and MEMBERS_INTRO[lang].fullmatch(text, b.end, head.start)]
            return max(general, key=lambda b: b.end) if general else head
        head = max(previous, key=lambda b: b.end)


def sets_criteria(text: str, start: int, lang: str) -> bool:
    """Whether the measure at `start` is named in a provision that only sets its criteria."""
    s_start = max(text.rfind(mark, 0, start) for mark in ("。；" if lang == "zh" else ".;")) + 1
    if CRITERIA_BEFORE[lang].search(text, s_start, start) and CRITERIA_AFTER[lang].match(text, start):
        return True
    return bool(PRESCRIBED[lang].search(text, start))


def is_generic(body_text: str | None) -> bool:
    """Whether a body's text is only a generic word (部门, "the department")."""
    return bool(body_text) and GENERIC.fullmatch(body_text.strip()) is not None


def follows_from_listing(text: str, start: int, body_start: int | None, lang: str) -> bool:
    """Whether the measure at `start` follows by itself from a listing its sentence opens with, and the
    only body (at `body_start`) is named outside that sentence (the body that lists)."""
    s_start = max(text.rfind(mark, 0, start) for mark in ("。；" if lang == "zh" else ".;")) + 1
    return bool(LISTED_SUBJECT[lang].match(text, s_start)) and (body_start is None or body_start < s_start)


# A body that only qualifies a document ("refuse to carry out court judgments", 拒不履行人民法院已经发生法律效力的
# 判决): part of the conduct.
DOCUMENT_AFTER = {"en": re.compile(r"'?s?\s+(?:judgments?|rulings?|verdicts?)\b", re.I),
                  "zh": re.compile(r"(?:已经)?(?:发生法律效力|生效)的(?:判决|裁定)")}


def qualifies_a_document(text: str, body_start: int, body_end: int, lang: str) -> bool:
    """Whether the body named at body_start..body_end only qualifies a document ("court judgments"), in
    the conduct that triggers the measure, so that it imposes nothing."""
    pattern = DOCUMENT_AFTER.get(lang)
    return pattern is not None and pattern.match(text, body_end) is not None


# A body whose own sentence only has it disclose information (相关部门应当及时公开失信信息; "departments are
# to disclose information on …"), while the measure stands in a later sentence that names no body.
DISCLOSING = {"zh": re.compile(r"[^。；]{0,20}?(?:公开|公示|共享|披露)[^。；]{0,30}?信息"),
              "en": re.compile(r"[^.;]{0,40}?\b(?:are to|shall|should|will|must)\s+(?:\w+\s+){0,2}(?:disclose|publish|publici[sz]e|share)\b", re.I)}


def only_discloses(text: str, body_end: int, measure_start: int, lang: str) -> bool:
    """Whether the body ending at body_end is named in an earlier sentence than the measure at
    measure_start, where it only discloses information, so that it imposes nothing."""
    marks = "。；" if lang == "zh" else ".;"
    measure_sentence = max(text.rfind(mark, 0, measure_start) for mark in marks) + 1
    return body_end <= measure_sentence and DISCLOSING[lang].match(text, body_end) is not None


# A body that only asks another to impose (由社会信用工作主管部门提请监察机关予以处分; "shall request the
# supervisory organ to impose"): the body asked imposes.
ASKING = {"zh": re.compile(r"[^，。；]{0,6}?(?:提请|建议|商请|移送)"),
          "en": re.compile(r"[^,.;]{0,30}?\b(?:request|ask|propose to|refer (?:the case|it) to)\s+(?:the\s+)?", re.I)}


def body_asked(text: str, bodies: list, agent, start: int, lang: str):
    """The body the agent only asks to impose the measure at `start`, named between them; else the agent."""
    asked = [b for b in bodies if agent.end <= b.start and b.end <= start and ASKING[lang].fullmatch(text, agent.end, b.start)]
    return min(asked, key=lambda b: b.start) if asked else agent


# A provision whose own actor is outside the state, so that no state body imposes what it names: a party
# that shall, may or is encouraged to act itself (个人信息处理者应当…; 鼓励金融机构…; "financial institutions are
# encouraged to raise …"), or rules a party makes public as its own ("the handling rules shall be made
# public"); and a measure that other laws attach to the conduct (依照有关法律、行政法规的规定记入信用档案; "shall be
# recorded … in accordance with the provisions of relevant laws"), whose body those laws name.
NON_STATE_PARTY = {"zh": r"(?:个人信息处理者|市场主体|金融机构|企业|平台(?:经营者)?|经营者|行业协会(?:商会)?)",
                   "en": r"(?:(?:personal information )?handlers?|market entities|financial institutions|enterprises?|"
                         r"platforms?(?: operators?)?|operators?|industry associations?)"}
NON_STATE_ACTS = {
    "zh": re.compile(rf"(?:鼓励|支持|引导){NON_STATE_PARTY['zh']}|{NON_STATE_PARTY['zh']}(?:应当|可以|应|须)"),
    "en": re.compile(rf"\b{NON_STATE_PARTY['en']},?\s+(?:are|is)\s+(?:\w+\s+)?encouraged\b|"
                     rf"\b{NON_STATE_PARTY['en']}\s+(?:shall|may|should|must)\s+(?!(?:not\s+)?be\b)", re.I)}
OWN_RULES = {"zh": re.compile(r"公开[^，。；]{0,12}规则"), "en": re.compile(r"\brules\s+(?:shall|must|should|are to)\s+be\s*$", re.I)}
BY_OTHER_LAWS = {"zh": re.compile(r"依照有关法律[^，。；]{0,12}规定"),
                 "en": re.compile(r"\b(?:in accordance with|under|pursuant to) (?:the provisions of )?(?:the )?(?:relevant|other) laws\b", re.I)}


def no_state_act(text: str, start: int, lang: str) -> bool:
    """Whether the measure at `start`, in a provision that names no imposing body, is taken by a party
    outside the state, is a party's own rules made public, or follows from other laws, so that the
    document's usual body is not to be assumed."""
    marks = "。；" if lang == "zh" else ".;"
    s_start = max(text.rfind(mark, 0, start) for mark in marks) + 1
    ends = [i for i in (text.find(mark, start) for mark in marks) if i >= 0]
    before, s_end = text[s_start:start], min(ends, default=len(text))
    return bool(NON_STATE_ACTS[lang].search(before) or BY_OTHER_LAWS[lang].search(text, s_start, s_end)
                or (OWN_RULES[lang].search(before) if lang == "en" else OWN_RULES[lang].match(text, start, s_end)))
