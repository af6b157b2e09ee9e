"""Kinds of wrong measure found by the independent seed-23 hand check (issue 16): publicity that names no
party's conduct, namely a proposed entry on an incentive list publicised for objections and the penalising
organs and procedures published. Sentences written for the purpose (paraphrased shapes, not the
sources'), each beside one of the same shape that imposes public naming."""
from __future__ import annotations

import pytest

from sanctions_helpers import is_record


@pytest.mark.parametrize("lang, notice, imposing, words", [
    ("en", "Where an enterprise is proposed for the list of targets of joint incentives for trustworthiness, "
           "the department shall give a public exposure of the proposal.",
     "Where an enterprise is proposed for the list of targets of joint punishment for trust-breaking, "
     "the department shall give a public exposure of its conduct.", "public exposure"),
    ("zh", "拟将企业列入守信激励对象名单的，主管部门应当予以公告，公告期为七日。",
     "企业被列入失信惩戒对象名单的，主管部门应当予以公告，公告期为七日。", "予以公告"),
    ("en", "The organs implementing environmental penalties and the bases for opening cases shall be publicly exposed.",
     "Operators that falsify emission data shall be publicly exposed as trust-breaking.", "publicly exposed"),
])
def test_publicity_naming_no_conduct_is_no_measure(lang: str, notice: str, imposing: str, words: str) -> None:
    assert not is_record(notice, words, "public-naming", lang)
    assert is_record(imposing, words, "public-naming", lang)


@pytest.mark.parametrize("lang, field_wide, targeted, words", [
    ("en", "For special industries and key fields that concern food safety, the department shall apply focused regulation.",
     "The department shall apply focused regulation to enterprises listed as trust-breaking.", "focused regulation"),
    ("zh", "涉及食品药品安全的特殊行业、重点领域，依法实行重点监管。",
     "对列入失信名单的企业，依法实行重点监管。", "实行重点监管"),
])
def test_supervision_of_whole_fields_is_no_measure(lang: str, field_wide: str, targeted: str, words: str) -> None:
    assert not is_record(field_wide, words, "key-supervision", lang)
    assert is_record(targeted, words, "key-supervision", lang)


@pytest.mark.parametrize("lang, basic, breaking, words", [
    ("zh", "企业的登记事项和行政许可等信息，应当作为基础信息纳入企业的信用记录。",
     "企业违反合同约定的信息，应当作为失信信息纳入企业的信用记录。", "纳入企业的信用记录"),
    ("en", "Registration matters and licences of an enterprise shall be entered in its credit record as basic information.",
     "Breaches of contract by an enterprise shall be entered in its credit record as trust-breaking information.",
     "entered in its credit record"),
])
def test_basic_information_kept_in_a_record_is_no_measure(lang: str, basic: str, breaking: str, words: str) -> None:
    assert not is_record(basic, words, "credit-record-entry", lang)
    assert is_record(breaking, words, "credit-record-entry", lang)


@pytest.mark.parametrize("lang, enforcing, imposing, words", [
    ("en", "The organ may sell the goods it has seized and transfer frozen deposits to offset the fine.",
     "The organ may seize the goods of the operator and impose the fine.", "fine"),
    ("en", "With installments approved by the organ, the time limit for seeking enforcement of the fine runs from the last due date.",
     "Where the operator refuses to correct, a fine of 5,000 yuan is imposed.", "fine"),
])
def test_enforcing_a_fine_already_imposed_is_no_measure(lang: str, enforcing: str, imposing: str, words: str) -> None:
    assert not is_record(enforcing, words, "fine", lang)
    assert is_record(imposing, words, "fine", lang)
