"""The deontic force of a measure, for the kinds the independent seed-21 hand check found wrong
(issue 16): a shall that belongs to another clause (a notice, a purpose clause, an earlier sentence),
"may be imposed" read as shall, a prohibition with no force recorded. Provisions written for the purpose;
the deontic cues are given as the annotator marks them, each case beside one where the cue does govern."""
from __future__ import annotations

import re
from dataclasses import dataclass

from xinyong.sanctions_force import sentence_force
from xinyong.sanctions_reader import sentence_bounds

CUES = {"zh": {"应当": "shall", "可以": "may", "不得": "shall not"},
        "en": {"shall": "shall", "may": "may", "must": "shall"}}


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    kind: str


def force(text: str, words: str, lang: str) -> str | None:
    pattern = "|".join(CUES[lang]) if lang == "zh" else r"\b(?:shall|may|must)\b"
    cues = [Cue(m.start(), m.end(), CUES[lang][m.group(0)]) for m in re.finditer(pattern, text)
            if not (lang == "en" and text[m.end():].startswith(" not"))]
    start = text.index(words)
    return sentence_force(text, cues, start, sentence_bounds(text, start, lang), lang)


def test_a_shall_of_a_notice_does_not_reach_the_punishment_of_its_purpose_clause():
    notice = "法院应当将名单通报有关部门，供其在政府采购等方面对失信主体予以惩戒。"
    assert force(notice, "政府采购", "zh") is None
    direct = "有关部门应当在政府采购等方面对失信主体予以惩戒。"
    assert force(direct, "政府采购", "zh") == "shall"
    en = "Courts shall notify the list to the departments, so that the departments may restrict the debtors in procurement."
    assert force(en, "procurement", "en") == "may"
    moved = "The organ shall transfer the case to the judicial organ so that criminal liability is pursued."
    assert force(moved, "criminal liability", "en") is None


def test_a_shall_of_an_earlier_sentence_does_not_reach_the_sanction_clause():
    text = "错误列入名单的，应当立即移除；并对直接责任人员依法给予处分。"
    assert force(text, "给予处分", "zh") is None
    assert force("错误列入名单的，应当立即移除，并对直接责任人员依法给予处分。", "给予处分", "zh") == "shall"
    en = "Associations shall build credit management. Associations are encouraged to take measures such as expulsion."
    assert force(en, "expulsion", "en") is None


def test_may_be_imposed_after_an_amount_with_a_thousands_comma_is_may():
    text = "The department shall order it to correct; where it refuses, a fine of not less than 10,000 yuan may be imposed."
    assert force(text, "fine", "en") == "may"
    assert force("Where it refuses, a fine of 500 yuan shall be imposed.", "fine", "en") == "shall"
    assert force("If the organ has not yet penalised the party, no further fine shall be imposed.", "fine", "en") == "shall not"


def test_a_prohibition_in_the_measures_sentence_is_shall_not():
    assert force("被列入名单的企业的法定代表人，三年内不得担任其他企业的法定代表人。", "担任其他企业", "zh") == "shall not"
    text = "After being restricted from high consumption, the debtor and its legal representative are prohibited from such spending."
    assert force(text, "restricted from high consumption", "en") == "shall not"
    assert force("尚未给予罚款的，不再给予罚款。", "罚款", "zh") == "shall not"
    # a limit on an amount and a prohibition a body decides are no bar on the party
    assert force("每日加处罚款，加处罚款的数额不得超出罚款的数额。", "加处罚款", "zh") is None
    assert force("对负责人处罚款，并可以决定禁止其担任董事。", "处罚款", "zh") is None
