"""Kinds of wrong authority that the document's usual body brought in once English local bodies became
named bodies (issue 16, after the seed-24 check): a provision whose actor is outside the state (a handler
that shall inform, financial institutions encouraged to raise rates), a party's own rules made public, a
measure that other laws attach to the conduct, and a bar that follows by itself from a listing whose
party is named after a long head. Sentences written for the purpose, each beside one of the same shape
whose measure a state body does impose."""
from __future__ import annotations

from sanctions_helpers import bodies

from xinyong.sanctions_authority import follows_from_listing, no_state_act


def test_a_party_outside_the_state_that_acts_itself_takes_no_state_body() -> None:
    handler = "Before handling data, a personal information handler shall publish a notice of the purposes."
    body = "Before handling data, the market regulation department shall publish a notice of the violations."
    assert no_state_act(handler, handler.index("publish"), "en")
    assert not no_state_act(body, body.index("publish"), "en")
    encouraged = "Financial institutions are encouraged to raise loan interest rates for trust-breaking subjects."
    ordered = "Credit departments are to ask lenders to raise loan interest rates for trust-breaking subjects."
    assert no_state_act(encouraged, encouraged.index("raise"), "en")
    assert not no_state_act(ordered, ordered.index("raise"), "en")
    zh_encouraged = "鼓励金融机构对失信主体提高贷款利率。"
    zh_ordered = "由信用主管部门对失信主体提高抽查比例。"
    assert no_state_act(zh_encouraged, zh_encouraged.index("提高"), "zh")
    assert not no_state_act(zh_ordered, zh_ordered.index("提高"), "zh")
    zh_handler = "个人信息处理者应当公开其违规记录。"
    assert no_state_act(zh_handler, zh_handler.index("公开"), "zh")


def test_a_party_that_is_sanctioned_in_the_passive_is_not_an_actor() -> None:
    # "enterprises shall be fined": the enterprise is the party, the document's body may impose
    passive = "Enterprises shall be fined for late reports; platforms may not be exempted."
    assert not no_state_act(passive, passive.index("fined"), "en")


def test_own_rules_made_public_take_no_state_body() -> None:
    rules = "When a handler relies on them, its handling rules shall be made public and easy to consult."
    violations = "When a handler breaks them, its violations shall be made public and easy to consult."
    assert no_state_act(rules, rules.index("made public"), "en")
    assert not no_state_act(violations, violations.index("made public"), "en")


def test_a_measure_that_other_laws_attach_takes_no_body_of_this_document() -> None:
    other = "Violations of this Law shall be entered in credit records in accordance with the relevant laws."
    own = "Violations of this Law shall be entered in credit records in accordance with these Measures."
    assert no_state_act(other, other.index("entered"), "en")
    assert not no_state_act(own, own.index("entered"), "en")
    zh_other = "有本法规定的违法行为的，依照有关法律、行政法规的规定记入信用记录。"
    zh_own = "有本法规定的违法行为的，依照本办法的规定记入信用记录。"
    assert no_state_act(zh_other, zh_other.index("记入"), "zh")
    assert not no_state_act(zh_own, zh_own.index("记入"), "zh")


def test_a_bar_on_the_head_of_a_listed_enterprise_follows_from_the_listing() -> None:
    lists = "The tax department shall list the enterprise. "
    barred = lists + ("The director or person in charge of an enterprise included in the list of enterprises "
                      "in arrears shall not serve as a director of any other enterprise for 2 years.")
    acting = lists + ("The tax department shall bar the director or person in charge of an enterprise included "
                      "in the list of enterprises in arrears from serving as a director for 2 years.")
    assert follows_from_listing(barred, barred.index("shall not"), 0, "en")
    assert not follows_from_listing(acting, acting.index("bar the"), 0, "en")
    # a party that "shall be included in the list" is listed by this sentence: its listing is the measure
    listing = lists + "Its director shall be included in the list of persons in arrears and publicised."
    assert not follows_from_listing(listing, listing.index("publicised"), 0, "en")


def test_functions_named_as_members_of_a_general_body_stand_for_it() -> None:
    from xinyong.sanctions_authority import enumeration_head

    members = "Several departments, among them taxation, customs and transport, are to give priority handling."
    found = bodies(members, "departments", "taxation", "customs", "transport")
    assert enumeration_head(members, found, found[-1], "en") == found[0]
    # a body named after a general one without introducing its members stands alone
    apart = "Several departments consult, and taxation, customs and transport are to give priority handling."
    found = bodies(apart, "departments", "taxation", "customs", "transport")
    assert enumeration_head(apart, found, found[-1], "en") == found[1]
    zh = "有关部门，包括税务、海关和交通运输，应当优先办理。"
    found = bodies(zh, "有关部门", "税务", "海关", "交通运输")
    assert enumeration_head(zh, found, found[-1], "zh") == found[0]
