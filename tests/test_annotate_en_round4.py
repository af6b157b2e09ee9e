"""English MEASURE and TARGET, round 4 of issue 16: the kinds the last round left, on sentences written for
these tests (not the gold texts): "from" constructions with a noun, reprimands, suspended procedures,
coordinated function lists before one head, and bare heads referring back to listed parties."""
from __future__ import annotations

import pytest

from xinyong.annotate.pipeline import annotate_units

pytestmark = pytest.mark.rules_only  # the rules alone: see tests/conftest.py


def spans(text: str, label: str) -> list[tuple[str, str | None]]:
    found, _ = annotate_units([("u", text)], "en", "test")
    return [(r["text"], r["norm"]) for r in found if r["label"] == label]


# --- "restricted from" + a noun: what follows "from" only (adjudicated conventions) ----------------

def test_a_noun_after_restricted_from_is_the_measure_without_the_verb():
    text = "A company that has been restricted from high consumption shall report its spending."
    assert spans(text, "MEASURE") == [("high consumption", "high-consumption-restriction")]
    text = "Once a debtor restricted from high consumption has paid in full, the restriction ends."
    assert ("high consumption", "high-consumption-restriction") in spans(text, "MEASURE")
    assert not any(t.startswith("restricted") for t, _ in spans(text, "MEASURE"))


# --- reprimands: verb with its object, participle, noun (en-lexicon.yaml `reprimands`) -------------

def test_an_active_reprimand_keeps_its_object_and_an_association_makes_it_a_self_regulatory_sanction():
    text = "Members that falsify records shall be expelled, and the chamber of commerce shall publicly censure the members concerned."
    assert ("publicly censure the members concerned", "association-sanction") in spans(text, "MEASURE")
    assert spans("The department may reprimand the officer in charge.", "MEASURE") == \
        [("reprimand the officer in charge", "warning-and-criticism")]


def test_a_passive_reprimand_is_its_participle_with_the_manner_adverb():
    assert ("publicly reprimanded", "warning-and-criticism") in \
        spans("A pharmacy that refuses inspection shall be publicly reprimanded.", "MEASURE")
    assert ("admonished", "association-sanction") in \
        spans("Brokers that mislead clients may be admonished by the brokerage association.", "MEASURE")


def test_a_reprimand_named_by_a_noun_keeps_its_granting_verb_but_not_its_framing_verb():
    assert ("public censure", "warning-and-criticism") in \
        spans("Landlords who hide defects are subject to public censure.", "MEASURE")
    assert ("issue a written reprimand", "warning-and-criticism") in \
        spans("The bureau shall issue a written reprimand to the clinic.", "MEASURE")


def test_criticism_of_a_plan_or_an_opinion_reported_is_no_measure():
    assert spans("Scholars criticised the scheme, and the criticism was widely reported.", "MEASURE") == []


# --- suspended procedures: typed by the head of what is suspended (en-measures.yaml head_types) ---------

def test_a_suspended_payment_is_a_funding_restriction_whatever_its_object_names():
    text = "(2) suspension of the reimbursement of treatment costs under its service agreement for one year;"
    assert spans(text, "MEASURE") == [("suspension of the reimbursement of treatment costs under its service agreement",
                                       "public-funding-restriction")]


def test_a_suspended_processing_of_applications_is_a_licence_refusal():
    assert spans("The bureau shall suspend the processing of its applications for export subsidies.", "MEASURE") == \
        [("suspend the processing of its applications for export subsidies", "license-refusal")]


def test_suspended_direct_settlement_withdraws_a_convenience():
    assert spans("The fund may suspend direct billing of her hospital stays for six months.", "MEASURE") == \
        [("suspend direct billing of her hospital stays", "facilitation-restriction")]


# --- coordinated functions before one head: one TARGET, one AGENCY per function ---------------------

def test_functions_sharing_one_head_make_one_target_and_keep_their_own_agencies():
    text = "Education, civil affairs and public security departments shall share the list."
    assert spans(text, "TARGET") == [("Education, civil affairs and public security departments", "government-body")]
    assert [t for t, _ in spans(text, "AGENCY")] == ["Education", "civil affairs", "public security"]
    text = "The finance, taxation and other departments shall apply the restrictions."
    assert spans(text, "TARGET") == [("finance, taxation and other departments", "government-body")]


# --- bare heads (decided from GUIDELINES.md: a party mentioned by its head noun phrase) ---------------

def test_a_bare_entity_or_organisation_referring_to_a_listed_party_is_a_credit_subject():
    assert ("entity", "credit-subject") in spans("The bureau shall hear the entity before it is blacklisted.", "TARGET")
    # an organisation is a legal person by its head (batch 8's decision, en-lexicon.yaml): found, with that type
    assert ("organisation", "legal-person") in \
        spans("Each organisation removed from the dishonest list keeps its record.", "TARGET")


def test_a_bare_entity_in_a_generic_rule_a_role_or_a_predicate_is_no_target():
    assert ("entity", "credit-subject") not in spans("No entity or organisation may obstruct a listing.", "TARGET")
    assert spans("The entity requesting the record shall pay a fee.", "TARGET") == []
    assert ("entity", "credit-subject") not in spans("Where the listed party is an entity, it is blacklisted.", "TARGET")


def test_a_bare_department_or_bureau_acting_or_addressed_with_a_duty_is_a_government_body():
    assert spans("The rules allow a bureau to blacklist a firm, and the department must hear it first.", "TARGET")[:1] == \
        [("bureau", "government-body")]
    assert ("department", "government-body") in spans("The rules allow a bureau to blacklist a firm, and the department must hear it first.", "TARGET")
    assert ("department", "government-body") not in spans("Forms are sent to the department to check.", "TARGET")


# --- boundaries: determiners, "such as" examples, channels of publication, list fields, level words -----

def test_an_article_or_possessive_opening_a_measure_is_outside_it_but_stays_after_its_verb():
    assert ("award of honorary titles", "honor-restriction") in \
        spans("Listed firms shall be restricted in public procurement and the award of honorary titles.", "MEASURE")
    assert spans("The bureau shall lower their credit rating.", "MEASURE") == [("lower their credit rating", "credit-score-deduction")]


def test_an_active_publication_keeps_every_place_and_channel_it_is_made_in():
    assert spans("(4) Publicly expose the names of the untrustworthy via radio, billboards and the internet.",
                 "MEASURE")[:1] == \
        [("Publicly expose the names of the untrustworthy via radio, billboards and the internet", "public-naming")]
    assert spans("Agencies may publish the blacklist on their portals and on Credit China, but shall not sell it.", "MEASURE") == \
        [("publish the blacklist on their portals and on Credit China", "public-naming")]
    text = "- publication of the agent's name on the city portal and on Credit China;"
    assert spans(text, "MEASURE") == [("publication of the agent's name on the city portal and on Credit China", "public-naming")]


def test_such_as_examples_followed_by_a_comma_and_a_circumstance_stay_in_the_measure():
    text = "Trustworthy firms may be granted priority in public services such as water connection and permits, in line with the rules."
    assert spans(text, "MEASURE") == \
        [("granted priority in public services such as water connection and permits", "public-service-support")]


def test_a_list_name_keeps_the_field_that_ends_its_clause():
    assert spans("Such pharmacies shall be included in the list of dishonest entities in drug retail.", "MEASURE") == \
        [("included in the list of dishonest entities in drug retail", "list-inclusion")]
    assert ("included in the list of dishonest entities", "list-inclusion") in \
        spans("Firms included in the list of dishonest entities in accordance with the law shall report.", "MEASURE")


def test_level_words_before_a_body_are_inside_its_target():
    assert spans("The municipal development and reform commission shall keep the list.", "TARGET") == \
        [("municipal development and reform commission", "government-body")]
    assert spans("County and township people's governments shall assist.", "TARGET") == \
        [("County and township people's governments", "government-body")]


def test_staff_is_named_without_its_possessive_and_with_member_of():
    assert ("member of staff", "public-official") in \
        spans("A member of staff of the tax bureau who leaks the list shall be punished.", "TARGET")
    assert ("staff", "public-official") in spans("Bureaux shall train their staff in credit repair.", "TARGET")


def test_a_refused_application_keeps_what_it_is_for():
    assert spans("(2) refuse to accept their applications for new performance or tour licences;", "MEASURE") == \
        [("refuse to accept their applications for new performance or tour licences", "license-refusal")]


def test_a_subject_pronoun_with_its_verb_ends_the_restricted_activity():
    text = "Where the debtor is a natural person, after being restricted from high consumption she shall not buy a car."
    assert ("high consumption", "high-consumption-restriction") in spans(text, "MEASURE")


def test_the_party_a_reprimand_names_is_a_target_inside_it():
    text = "Brokers that hide fees shall be fined, and the association shall publicly censure those involved."
    assert ("publicly censure those involved", "association-sanction") in spans(text, "MEASURE")
    assert ("those involved", "credit-subject") in spans(text, "TARGET")
