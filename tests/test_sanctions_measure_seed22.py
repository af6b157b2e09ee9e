"""The kinds of wrong measure found by the independent seed-22 hand check (issue 16): a measure
mentioned in a rule about something else (money handed to the treasury, returned or kept apart from
assessment, the costs of announcing an order, suspending the execution of a detention), a warning talk
taken as a warning, and commendations recorded taken as a credit-record entry. Sentences written for
the purpose (paraphrased shapes, not the sources'), each beside one of the same shape that imposes."""
from __future__ import annotations

import pytest

from xinyong.sanctions_measure import imposed, retyped
from sanctions_helpers import Mention, is_record


@pytest.mark.parametrize("lang, handled, imposing, words, kind", [
    ("en", "Fines and confiscated illegal gains must be turned over in full to the state treasury.",
     "Confiscated illegal gains and fines shall be imposed by the department on the operator.",
     "onfiscated illegal gains", "confiscation"),
    ("en", "Fines and the proceeds of auctions shall not be linked to the assessment of the organ and its staff.",
     "Fines shall be imposed by the organ on the operator and its staff.", "Fines", "fine"),
    ("zh", "罚款和没收的违法所得，不得同作出决定的机关及其工作人员的考核挂钩。",
     "对违法经营者，由市场监管部门没收的违法所得，并处罚款。", "罚款", "fine"),
    ("en", "The finance department shall not return to the organ that decided the penalty any fines or confiscated gains.",
     "The organ that decided the penalty shall impose fines on the party.", "fines", "fine"),
    ("zh", "财政部门不得向作出决定的机关返还罚款、没收的违法所得或者没收非法财物。",
     "市场监管部门应当没收非法财物，并处罚款。", "没收非法财物", "confiscation"),
])
def test_money_handled_after_a_penalty_is_not_imposing_it(lang, handled, imposing, words, kind):
    assert not is_record(handled, words, kind, lang)
    assert is_record(imposing, words, kind, lang)


def test_the_costs_of_announcing_an_order_are_not_the_order():
    costs = "The costs of publicly announcing an order restricting high consumption are borne by the debtor."
    imposing = "The court shall issue an order restricting high consumption to the debtor."
    words = "order restricting high consumption"
    assert not is_record(costs, words, "high-consumption-order", "en")
    assert is_record(imposing, words, "high-consumption-order", "en")


def test_suspending_the_execution_of_a_detention_under_review_does_not_impose_it():
    suspended = "当事人对拘留决定不服申请复议的，可以向作出决定的机关提出暂缓执行申请，符合条件的，应当暂缓执行行政拘留。"
    imposing = "当事人拒不改正的，公安机关可以给予当事人行政拘留。"
    assert not is_record(suspended, "行政拘留", "detention", "zh")
    assert is_record(imposing, "行政拘留", "detention", "zh")


def test_a_warning_talk_is_a_procedure_not_a_warning():
    talk = "The provider shall start a warning talk procedure, urging the subject to perform its obligations."
    penalty = "The provider shall give the subject a warning and order it to perform its obligations."
    assert not is_record(talk, "warning", "warning-and-criticism", "en")
    assert is_record(penalty, "warning", "warning-and-criticism", "en")
    assert not is_record("提供单位应当启动警示约谈程序，督促信用主体履行义务。", "警示", "warning-and-criticism", "zh")
    assert is_record("提供单位应当给予信用主体警示，督促其履行义务。", "警示", "warning-and-criticism", "zh")


@pytest.mark.parametrize("lang, recorded, imposing, words", [
    ("en", "The following information shall be included in the credit records of credit subjects as other information:",
     "The following trust-breaking conduct shall be included in the credit records of credit subjects:",
     "included in the credit records"),
    ("en", "Commendations and awards received by a subject shall be entered into its credit record.",
     "Penalties imposed on a subject for fraud shall be entered into its credit record.", "entered into its credit record"),
    ("zh", "信用主体获得的表彰、奖励等信息，纳入信用主体的信用记录。",
     "信用主体的下列失信信息，纳入信用主体的信用记录。", "纳入信用主体的信用记录"),
])
def test_commendations_recorded_are_record_keeping_not_a_measure(lang, recorded, imposing, words):
    assert not is_record(recorded, words, "credit-record-entry", lang)
    assert is_record(imposing, words, "credit-record-entry", lang)


@pytest.mark.parametrize("lang, withheld, revoked, withheld_words, revoked_words", [
    ("en", "Where the money is not in place, the department shall not issue the building permit.",
     "Where the money is not in place, the department shall revoke the building permit.",
     "issue the building permit", "revoke the building permit"),
    ("zh", "资金未落实的，主管部门不予颁发施工许可证。", "资金未落实的，主管部门吊销施工许可证。", "颁发施工许可证", "吊销施工许可证"),
])
def test_a_permit_withheld_is_a_refusal_not_a_revocation(lang, withheld, revoked, withheld_words, revoked_words):
    def kind_of(text: str, words: str) -> str:
        start = text.index(words)
        return retyped(text, Mention(start, start + len(words), words, "license-revocation"), lang, [])
    assert kind_of(withheld, withheld_words) == "license-refusal"
    assert kind_of(revoked, revoked_words) == "license-revocation"


def test_preferences_in_financing_are_no_public_service_support():
    financing = "支持银行对守信主体在融资授信、利率等方面给予优惠或者便利。"
    service = "支持有关部门对守信主体在办理社会保障事项时给予优惠或者便利。"
    words = "给予优惠或者便利"
    for text, expected in ((financing, False), (service, True)):
        start = text.index(words)
        mention = Mention(start, start + len(words), words, "public-service-support")
        assert imposed(text, mention, "zh", [], "incentive") is expected


def test_a_right_to_a_remedy_against_listing_does_not_list():
    remedy = "信息主体对行政机关将其列入严重失信主体名单有权申请救济。"
    listing = "信息主体有下列行为之一的，行政机关应当将其列入严重失信主体名单。"
    words = "列入严重失信主体名单"
    assert not is_record(remedy, words, "list-inclusion", "zh")
    assert is_record(listing, words, "list-inclusion", "zh")
    en = "A subject has the right to apply for a remedy against its inclusion in the list."
    assert not is_record(en, "inclusion in the list", "list-inclusion", "en")


def test_a_department_publicising_the_information_it_holds_names_no_one():
    lead = "Departments shall publicize the following enterprise information generated in performing their duties:"
    item = "(3) other information that shall be publicized in accordance with the law."
    start = item.index("publicized")
    mention = Mention(start, start + len("publicized"), "publicized", "public-naming")
    assert not imposed(item, mention, "en", [lead], "punishment")
    naming = "Departments shall publicize the following information on trust-breaking subjects:"
    assert imposed(item, mention, "en", [naming], "punishment")


def test_an_offence_in_a_list_of_acts_is_no_restriction():
    lead = "Where an agency violates these rules by committing any of the following acts, it shall be fined:"
    item = "(5) refusing or obstructing inspection by the supervising department."
    words = "refusing or obstructing inspection by the supervising department"
    start = item.index(words)
    mention = Mention(start, start + len(words), words, "office-rental-restriction")
    assert not imposed(item, mention, "en", [lead], "punishment")
    bar = "(5) restricting the agency from renting offices in government buildings."
    words = "restricting the agency from renting offices"
    start = bar.index(words)
    assert imposed(bar, Mention(start, start + len(words), words, "office-rental-restriction"), "en", [lead], "punishment")
