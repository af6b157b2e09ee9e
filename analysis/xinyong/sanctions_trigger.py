"""The trigger of a measure in a provision, for the sanctions records: the list or the conduct that
sets the measure off (in its sentence, elsewhere in the provision or in the lead-in of its list), else
the credit status of the party (issue 16). The cue patterns come from corpus/sanctions.yaml
(sanctions_reader.load_cues).
"""
from __future__ import annotations

import re

from .sanctions_reader import ProvisionReader, clip, sentence_bounds
from .structure import Unit

REMOVAL = {"zh": re.compile(r"移出|移除|删除"), "en": re.compile(r"remov\w* (?:it |them )?from|delet\w* from", re.I)}
# A clause that states what a party is (被执行人为自然人的, "Where the judgment debtor is a natural
# person") scopes the provision; it sets nothing off.
STATUS = {"zh": re.compile(r"[^，。；]{0,12}(?:为|是)(?:自然人|单位|法人(?:或者其他组织)?|其他组织|非法人组织)的?"),
          "en": re.compile(r"(?:where|if|when)\s+(?:the\s+)?[a-z -]{0,40}?\s+(?:is|are)\s+(?:an?\s+)?"
                           r"(?:natural persons?|units?|legal persons?|entit(?:y|ies)|organi[sz]ations?)", re.I)}
# "Where, in violation of these Regulations, a collector commits …,": the inserted phrase is not the condition.
INSERTED_VIOLATION = re.compile(r"(?:where|if|when),\s*in (?:violation|breach) of [^,]{2,60}", re.I)
MAIN_CLAUSE = re.compile(r",\s*(?:it|they|he|she|the [a-z' ]{2,120}?)\s+(?:shall|may|must)\b", re.I)
# An English list name ends before the verb of its clause ("the list of … serious violations of law shall
# not serve …", "… abnormal operations performs its …").
LIST_NAME_END = re.compile(r"\s+(?:shall|may|must|is|are|was|were|has|have|performs?|and publici[sz]e)\b.*", re.I | re.S)
# Having undergone a measure sets off what follows it (被限制高消费后，不得…; "after it has been restricted
# from high consumption, … are prohibited"): the clause holds the measure itself.
UNDERGONE = {"zh": re.compile(r"被(?:采取|限制)[^，。；：]{0,14}后"),
             "en": re.compile(r"\bafter (?:it |they |he |she )?(?:has |have )?(?:being |been |having been )?"
                              r"(?:restricted|subjected)[^,;:]{0,40}?(?=\s+(?:he|she|it|they)\b|[,;:]|$)", re.I)}
# "有下列行为之一的" / "any of the following acts": the acts are the list items under the provision.
FOLLOWING = {"zh": re.compile(r"(?:有|具有)(?:下列|以下)(?:情形|行为)之一的?"),
             "en": re.compile(r"any of the following (?:acts|conduct|circumstances|behaviou?rs?)", re.I)}
# A Chinese penalty clause without 的 (行政机关…不移交，以行政处罚代替刑事处罚，由上级行政机关责令改正，…):
# the conduct is what comes before the body named after 由.
ZH_CONDUCT_BEFORE_AGENT = re.compile(r"([^。；]{4,120}?)，由")
# An English condition cut at its first comma ("Where anyone, without approval, establishes …,") runs to
# the main clause; so does one cut after an inserted phrase.
SHORT_CONDITION = re.compile(r"(?:where|if|when)(?:\s+\S+){0,2}", re.I)
# The conduct of the sanctioned persons stated after the measure in a relative clause ("Sanctions shall
# be imposed on staff … who abuse their powers …").
EN_RELATIVE_CONDUCT = re.compile(r"\b(?:who|that|which) (?:abuse|neglect|violate|breach|fail|refuse|engage|commit|owe|default|"
                                 r"practi[cs]e|falsif|conceal|disclose|misappropriat)\w*[^;:.]{2,120}", re.I)

# The imposing body deciding the measure (人民法院决定限制高消费的, "Where a people's court decides to
# restrict …") is a step of procedure, not a list or conduct of the party: no trigger is stated.
DECIDING_BODY = {"zh": re.compile(r"[^，。；]{0,12}(?:人民法院|法院|机关|部门|机构)[^，。；]{0,4}决定"),
                 "en": re.compile(r"(?:where|if|when)\s+(?:an?|the)\s+[a-z' ]{0,40}?\b(?:court|organ|department|authority)\s+decides\b", re.I)}
# A listing done wrongly is the conduct of the body that did it (滥用职权…将不应当列入名单的…列入名单的):
# a list named in such a condition sets nothing off.
WRONGFUL_LISTING = {"zh": re.compile(r"滥用职权|不应当?列入|错误列入|未按照法定程序"),
                    "en": re.compile(r"abus\w* (?:their |its )?power|wrongly|should not (?:have been|be) (?:included|listed)", re.I)}


def find_trigger(reader: ProvisionReader, unit: Unit, start: int, measure: str | None = None) -> tuple[str | None, str | None]:
    """The trigger (see _find_trigger), none where it is the imposing body's own decision."""
    kind, text = _find_trigger(reader, unit, start, measure)
    if kind == "conduct" and DECIDING_BODY[reader.lang].match(text.strip(" ，,")):
        return None, None
    return kind, text


def _find_trigger(reader: ProvisionReader, unit: Unit, start: int, measure: str | None = None) -> tuple[str | None, str | None]:
    """(kind, text): a named list in the measure's sentence, else the conduct clause of that sentence,
    else a list elsewhere in the provision or its list intro, else the conduct clause of the provision
    or of the list intro (also a relative clause there: 对违反法定义务的信用主体), else a credit status
    (对严重失信主体…, "trustworthy parties"). For entry into a list the list is the measure, never its
    trigger: the conduct is. A measure in a rule of procedure about deciding it has none."""
    if reader.procedural(unit, start):
        return None, None
    s_start, s_end = sentence_bounds(unit.text, start, reader.lang)
    undergone = next((m for m in UNDERGONE[reader.lang].finditer(unit.text, s_start, s_end) if m.start() <= start < m.end()), None)
    if undergone:
        return "conduct", clip(undergone.group(0).strip(" ，,"))
    texts = [(unit.text, start)] + [(reader.units[u].text, len(reader.units[u].text)) for u in reader.context(unit)]
    # Entry into a list is then the measure, not its trigger: the list inside the measure is skipped.
    measure_spans = [(m.start, m.end) for m in reader.spans(unit.id)["measure"] if m.start <= start < m.end]
    s_start, s_end = sentence_bounds(unit.text, start, reader.lang)
    lists: list[tuple[bool, str]] = []  # (in the measure's sentence, list name)
    for index, (text, _) in enumerate(texts if measure != "list-inclusion" else []):
        for match in reader.cues.lists.finditer(text):
            name = LIST_NAME_END.split(match.group(0))[0]
            if index == 0 and any(a < match.start() + len(name) and match.start() < b for a, b in measure_spans):
                continue
            if REMOVAL[reader.lang].search(text[max(0, match.start() - 12):match.start() + 4]):
                continue  # leaving a list is an exit condition, not a trigger
            clause_start = max(text.rfind(mark, 0, match.start()) for mark in "。；.;") + 1
            if WRONGFUL_LISTING[reader.lang].search(text, clause_start, match.start()):
                continue
            lists.append((index == 0 and s_start <= match.start() < s_end, name.strip()))
    own_list = next((name for own, name in lists if own), None)
    if own_list:
        return "list", own_list
    # "…名单…；构成犯罪的，依法追究刑事责任": the crime of the measure's own sentence sets it off
    own_conduct = next((m for m in reader.cues.conduct.finditer(unit.text, s_start, max(start, s_start))
                        if not STATUS[reader.lang].fullmatch(m.group(0).strip(" ，,"))), None)
    if own_conduct is None and lists:
        return "list", lists[0][1]
    for index, (text, position) in enumerate(texts):
        s_start, _ = sentence_bounds(text, min(position, len(text) - 1) if text else 0, reader.lang)
        match = next((m for m in reader.cues.conduct.finditer(text, s_start, max(position, s_start))
                      if not STATUS[reader.lang].fullmatch(m.group(0).strip(" ，,"))), None)
        if match:
            found = match.group(0)
            if reader.lang == "en" and (INSERTED_VIOLATION.fullmatch(found.strip(" ,"))
                                        or SHORT_CONDITION.fullmatch(found.strip(" ,"))):
                # the condition runs to the comma before the main clause (", it shall be ordered …")
                main = MAIN_CLAUSE.search(text, match.end(), max(position, match.end()))
                found = text[match.start():main.start()] if main else found
            following = FOLLOWING[reader.lang].search(found)
            if index == 0 and following:
                # from the sentence's start to "…之一的" (not the measures that follow it)
                condition = text[min(s_start, match.start()):match.start()] + found[:following.end()]
                return "conduct", _with_listed_acts(reader, unit, condition)
            return "conduct", clip(found.strip(" ，,"))
        if index == 0 and reader.lang == "zh":
            agent = ZH_CONDUCT_BEFORE_AGENT.match(text, s_start, max(position, s_start))
            if agent and not agent.group(1).startswith("由") and not STATUS["zh"].fullmatch(agent.group(1)):
                return "conduct", clip(agent.group(1).strip(" ，,"))
        if index == 0:
            # "…的，由…责令改正；拒不改正的，处…": the last conduct clause before the measure
            earlier = [m for m in reader.cues.conduct.finditer(text, 0, s_start)
                       if not STATUS[reader.lang].fullmatch(m.group(0).strip(" ，,；;"))]
            if earlier:
                found = earlier[-1].group(0)
                if reader.lang == "en" and not FOLLOWING["en"].search(found):
                    # the first condition of that sentence, to its main clause ("Where a project …, whose
                    # …, is in arrears …, the department shall …"), not its last relative clause
                    line = max(text.rfind(mark, 0, earlier[-1].start()) for mark in ".;") + 1
                    first = next(m for m in earlier if m.start() >= line)
                    main = MAIN_CLAUSE.search(text, first.end(), s_start)
                    if main:
                        return "conduct", clip(text[first.start():main.start()].strip(" ,"), 240)
                following = FOLLOWING[reader.lang].search(found)
                if following:
                    return "conduct", _with_listed_acts(reader, unit, found[:following.end()])
                return "conduct", clip(found.strip(" ，,；;"))
    if reader.lang == "en":
        s_start, s_end = sentence_bounds(unit.text, start, reader.lang)
        after = EN_RELATIVE_CONDUCT.search(unit.text, start, s_end)
        if after:
            return "conduct", clip(after.group(0).strip(" ,"))
    return _status(reader, unit, start)


def _with_listed_acts(reader: ProvisionReader, unit: Unit, condition: str) -> str:
    """The condition "…有下列行为之一的" with the acts its list items name (the first three), so that the
    trigger says what was done."""
    items = [u.content.strip(" ；;。.") for u in reader.units.values() if u.parent == unit.id and u.text.strip()]
    separator = "；" if reader.lang == "zh" else "; "
    condition = condition.strip(" ，,")
    if not items:
        return clip(condition)
    return clip(f"{condition}{'：' if reader.lang == 'zh' else ': '}{separator.join(items[:3])}", 160)


def _status(reader: ProvisionReader, unit: Unit, start: int) -> tuple[str | None, str | None]:
    """The credit status named nearest before the measure in its sentence, else after it there, else
    the last one of the list intro."""
    s_start, s_end = sentence_bounds(unit.text, start, reader.lang)
    found = list(reader.cues.statuses.finditer(unit.text, s_start, s_end))
    before = [m for m in found if m.end() <= start]
    if before or found:
        return "status", (before[-1] if before else found[0]).group(0).strip()
    for unit_id in reader.context(unit):
        found = list(reader.cues.statuses.finditer(reader.units[unit_id].text))
        if found:
            return "status", found[-1].group(0).strip()
    return None, None


# What is left of a trigger once the measure is taken out when the trigger only names the party's state
# under that measure (被限制高消费后, "after being restricted from high consumption").
STATE_ONLY = re.compile(r"\s*(?:被|在|after being|after|during|while being|upon being)?\s*(?:后|以后|期间)?\s*", re.I)


def is_the_measure(trigger_text: str | None, measure_text: str) -> bool:
    """Whether a trigger is the measure itself, named as the party's state (被限制高消费后): then the
    provision states no list or conduct that leads to it. A trigger that names conduct about the measure
    (违反限制高消费令) keeps its other words and is a trigger."""
    if not trigger_text or not measure_text or measure_text not in trigger_text:
        return False
    return STATE_ONLY.fullmatch(trigger_text.replace(measure_text, "", 1)) is not None
