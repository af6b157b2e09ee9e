"""English measure and party heads listed by lemma (issue 16, corpus/patterns/en-lexicon.yaml), on
sentences written for these tests (not gold text): every inflection of a listed word is found,
sanction nouns and deprivation verbs take a typed object, participles name a measure, party head
nouns are TARGETs unless they modify a following noun, and a bad lexicon entry is a numbered error."""
from __future__ import annotations

from pathlib import Path

import pytest

from xinyong.annotate.en_lexicon import load_lexicon, noun_forms, verb_forms
from xinyong.annotate.pipeline import annotate_units
from xinyong.errors import XinyongError

pytestmark = pytest.mark.rules_only  # the rules alone: see tests/conftest.py


def spans(text: str, label: str) -> list[tuple[str, str | None]]:
    found, _ = annotate_units([("u", text)], "en", "test")
    return [(r["text"], r["norm"]) for r in found if r["label"] == label]


def test_forms_come_from_the_lemma():
    assert set(verb_forms("debar")) == {"debar", "debars", "debarred", "debarring"}
    assert set(noun_forms("firm")) == {"firm", "firms"}
    assert set(noun_forms("platform operator")) == {"platform operator", "platform operators"}
    assert noun_forms("businesses") == ["businesses"]  # written plural: the singular is mostly a modifier


@pytest.mark.parametrize("sentence, activity", [
    ("Listed suppliers shall be debarred from public procurement.", "public procurement"),
    ("The rules debar them from public procurement.", "public procurement"),
    ("The court issued an order debarring the firm from public procurement.", "public procurement"),
])
def test_every_form_of_a_restriction_verb_is_a_cue(sentence, activity):
    assert (activity, "procurement-exclusion") in spans(sentence, "MEASURE")


def test_an_inability_is_a_restriction_and_its_list_splits_into_activities():
    assert spans("Defaulting borrowers will not be able to buy plane tickets or book sleeper berths.",
                 "MEASURE") == [("buy plane tickets", "air-travel-restriction"),
                                ("book sleeper berths", "rail-travel-restriction")]


def test_a_sanction_noun_takes_its_typed_object():
    assert spans("Blacklisted drivers face a ban on operating ride-hailing vehicles.", "MEASURE") == [
        ("ban on operating ride-hailing vehicles", "vehicle-purchase-restriction")]
    assert spans("Penalties include exclusion from public tenders for three years.", "MEASURE") == [
        ("exclusion from public tenders", "procurement-exclusion")]


def test_a_sanction_noun_with_no_typed_object_is_no_measure():
    assert spans("A ban on smoking applies in the hall.", "MEASURE") == []


def test_a_deprivation_verb_joins_its_object():
    assert spans("Offending researchers will lose eligibility for national research grants.", "MEASURE") == [
        ("lose eligibility for national research grants", "public-funding-restriction")]


def test_participles_name_measures_on_their_own():
    assert spans("The enterprise shall be downgraded to grade C.", "MEASURE") == [
        ("downgraded to grade C", "credit-score-deduction")]
    assert spans("Producers that conceal recalls will be named publicly on the website.", "MEASURE") == [
        ("named publicly on the website", "public-naming")]  # with the place (adjudicated: publication)
    # a name given is no sanction
    assert spans("The officer shall be named in the report.", "MEASURE") == []


def test_list_entry_and_inspections_named_by_their_kind():
    assert spans("The firm shall be placed on a watch list and subjected to unannounced inspections.",
                 "MEASURE") == [("placed on a watch list", "list-inclusion"),
                                ("unannounced inspections", "key-supervision")]
    assert spans("Exporters rated A shall be subject to fewer inspections.", "MEASURE") == [
        ("fewer inspections", "fewer-inspections")]


def test_party_heads_in_both_numbers_with_credit_modifiers():
    assert spans("Violating employers and the contractor shall each pay.", "TARGET") == [
        ("Violating employers", "legal-person"), ("contractor", "legal-person")]
    assert spans("Offending researchers and accountants shall report.", "TARGET") == [
        ("Offending researchers", "natural-person"), ("accountants", "natural-person")]


def test_a_party_head_that_modifies_a_noun_is_no_party():
    assert spans("The driver licence and the company name shall be recorded.", "TARGET") == []
    assert spans("The business licence of the firm shall be revoked.", "TARGET") == [("firm", "legal-person")]


def test_a_bad_lexicon_entry_is_a_numbered_error_naming_the_file(tmp_path: Path):
    (tmp_path / "patterns").mkdir()
    (tmp_path / "patterns" / "en-lexicon.yaml").write_text("restriction_verbs: debar\n", encoding="utf-8")
    with pytest.raises(XinyongError) as raised:
        load_lexicon(str(tmp_path))
    assert raised.value.code == "E290"
    assert "en-lexicon.yaml" in raised.value.render() and "restriction_verbs" in raised.value.render()


def test_a_further_restriction_opens_its_own_list():
    assert spans("Violators will be denied bank loans and barred from issuing corporate bonds.", "MEASURE") == [
        ("denied bank loans", "financing-restriction"), ("issuing corporate bonds", "financing-restriction")]


def test_nominal_sanctions_and_incentives_by_their_head_noun():
    assert spans("Penalties include cancellation of subsidies.", "MEASURE") == [
        ("cancellation of subsidies", "public-funding-restriction")]
    assert spans("Contractors who default on wages face suspension of their bidding rights.", "MEASURE") == [
        ("suspension of their bidding rights", "procurement-exclusion")]
    assert spans("Manufacturers rated excellent shall be granted a waiver of the security deposit.", "MEASURE") == [
        ("waiver of the security deposit", "cost-reduction")]
    assert spans("Dishonest agents shall be subject to stricter scrutiny of their applications.", "MEASURE") == [
        ("stricter scrutiny of their applications", "key-supervision")]


def test_a_party_inside_a_supervision_or_licence_measure_is_still_the_party():
    # "listed" is a credit modifier inside the span (GUIDELINES.md, adjudicated conventions)
    assert ("listed firms", "legal-person") in spans("The bureau shall carry out stricter supervision of listed firms.",
                                              "TARGET")


def test_research_funding_prizes_and_review_roles_are_typed():
    assert spans("Scientists found to have fabricated data shall be barred from applying for research funding.",
                 "MEASURE") == [("applying for research funding", "public-funding-restriction")]
    assert spans("The author may not serve as a grant reviewer.", "MEASURE") == [
        ("serve as a grant reviewer", "occupation-restriction")]
    assert spans("The institute shall recover the research funds already allocated.", "MEASURE") == [
        ("recover the research funds already allocated", "confiscation")]


def test_parties_of_customs_freight_and_research_texts():
    assert spans("Declarants, freight forwarders and principal investigators shall keep records.", "TARGET") == [
        ("Declarants", "legal-person"), ("freight forwarders", "legal-person"),
        ("principal investigators", "natural-person")]


def test_passive_measures_with_whose_they_are_and_joined_participles():
    assert spans("The road transport licence of the operator shall be revoked.", "MEASURE") == [
        ("road transport licence of the operator shall be revoked", "license-revocation")]
    assert spans("The enterprise's certification shall be revoked and its credit grade lowered to C.", "MEASURE") == [
        ("certification shall be revoked", "license-revocation"),
        ("credit grade lowered to C", "credit-score-deduction")]
    assert spans("The project shall be terminated and the funds already allocated recovered.", "MEASURE") == [
        ("project shall be terminated", "public-funding-restriction"),
        ("funds already allocated recovered", "confiscation")]


def test_priority_in_a_procedure_and_dismissal():
    assert spans("Carriers rated AAA shall be given priority in the allocation of route licences.", "MEASURE") == [
        ("given priority in the allocation of route licences", "priority-handling")]
    assert spans("The person responsible shall be dismissed from his post.", "MEASURE") == [
        ("dismissed", "disciplinary-sanction")]


def test_any_activity_after_may_not_is_typed_but_forbidden_conduct_is_not_a_measure():
    assert spans("Listed carriers may not lease aircraft or charter ships.", "MEASURE") == [
        ("lease aircraft", "air-travel-restriction"), ("charter ships", "ship-class-restriction")]
    assert spans("Large firms shall not use their dominant position to delay payments.", "MEASURE") == []


def test_precision_guards_on_our_own_kind_of_wording():
    # a prohibition on the authorities, a state of a business, and routine spot checks are no measures
    assert spans("Localities shall not create an administrative license for that matter.", "MEASURE") == []
    assert spans("(2) the state of the enterprise, such as having suspended business;", "MEASURE") == []
    assert spans("The matters subject to spot checks are listed in the annual plan.", "MEASURE") == []


def test_a_low_grade_given_directly_is_a_deduction():
    assert spans("A carrier that forges waybills shall be rated as a dishonest carrier.", "MEASURE") == [
        ("rated as a dishonest carrier", "credit-score-deduction")]
    assert spans("Such an importer shall be graded D directly.", "MEASURE") == [("graded D", "credit-score-deduction")]


def test_passive_rates_guarantees_and_upgrades():
    assert spans("For grade-A carriers the guarantee may be waived.", "MEASURE") == [
        ("guarantee may be waived", "cost-reduction")]
    assert spans("Their physical inspection rate shall be raised.", "MEASURE") == [
        ("physical inspection rate shall be raised", "key-supervision")]
    assert spans("The firm shall be upgraded to grade A.", "MEASURE") == [("upgraded to grade A", "credit-score-bonus")]
