"""English deontic cues, measures and targets in the styles other translators use (issue 16), on
sentences written for these tests (not gold text): negative subjects after a comma or an item
label, epistemic "may", passive measures, incentives and targets named by their head noun."""
from __future__ import annotations

import pytest

from xinyong.annotate.pipeline import annotate_units

pytestmark = pytest.mark.rules_only  # the rules alone: see tests/conftest.py


def spans(text: str, label: str) -> list[tuple[str, str | None]]:
    found, _ = annotate_units([("u", text)], "en", "test")
    return [(r["text"], r["norm"]) for r in found if r["label"] == label]


def deontic(text: str) -> list[tuple[str, str]]:
    found, _ = annotate_units([("u", text)], "en", "test")
    return [(r["text"], r["label"]) for r in found if r["label"] in {"OBLIGATION", "PROHIBITION", "PERMISSION"}]


# --- OBLIGATION / PROHIBITION / PERMISSION ---------------------------------------------------

def test_a_negative_subject_after_a_condition_makes_the_modal_a_prohibition():
    assert deontic("Without the consent of the credit subject, no organisation or individual may "
                   "query its records.") == [("may", "PROHIBITION")]


def test_a_negative_subject_after_an_item_label_or_with_commas_makes_the_modal_a_prohibition():
    assert deontic("(2) No rating firm shall sell the scores it computes.") == [("shall", "PROHIBITION")]
    assert deontic("No organisation, individual or other body shall hinder the audit.") == \
        [("shall", "PROHIBITION")]


def test_a_later_clause_with_its_own_subject_keeps_its_modal():
    assert deontic("No bureau may change the list, and the office shall check it.") == \
        [("may", "PROHIBITION"), ("shall", "OBLIGATION")]
    assert deontic("Objections shall be filed no later than ten days after notice, and the office "
                   "shall answer them.") == [("shall", "OBLIGATION"), ("shall", "OBLIGATION")]


def test_epistemic_may_is_not_a_permission():
    assert deontic("Leaked scores may easily lead to fraud, and the office may publish a warning.") == \
        [("may", "PERMISSION")]
    assert deontic("Conduct that may cause losses to lenders is reviewed.") == []
    # "No X may infringe" is a rule, not a possibility
    assert deontic("No lender may infringe these rights.") == [("may", "PROHIBITION")]


# --- TARGET by head noun, and the party a measure falls on -----------------------------------

def measure_targets(text: str) -> list[tuple[str, list[str]]]:
    found, _ = annotate_units([("u", text)], "en", "test")
    return [(r["text"], r.get("target", [])) for r in found if r["label"] == "MEASURE"]


def test_untrustworthy_entities_are_targets_also_inside_a_list_name():
    assert spans("Dishonest entities are listed for the audit.", "TARGET") == [("Dishonest entities", "credit-subject")]
    assert ("seriously untrustworthy entities", "credit-subject") in spans(
        "A firm placed on the list of seriously untrustworthy entities is audited.", "TARGET")


def test_a_party_noun_that_modifies_another_noun_is_not_a_target():
    assert spans("The taxpayer credit rating and the debtor information are kept apart.", "TARGET") == []
    assert spans("Market entity registration is free of charge.", "TARGET") == []


def test_the_measure_falls_on_the_head_before_of_not_on_the_party_after_it():
    found = measure_targets("The person in charge of the firm and its legal representative shall be "
                            "restricted from travelling by air.")
    assert found == [("travelling by air", ["person in charge", "legal representative"])]
    found = measure_targets("Legal representatives of dishonest enterprises shall not serve as directors of banks.")
    assert found == [("serve as directors of banks", ["Legal representatives"])]


def test_a_party_in_a_list_name_is_not_the_party_entered_on_it():
    found = measure_targets("Where a market entity is included in the list of seriously untrustworthy "
                            "entities, the office notifies it.")
    assert found == [("included in the list of seriously untrustworthy entities", ["market entity"])]


# --- MEASURE in other translators' styles ------------------------------------------------------

def test_a_passive_restriction_in_areas_gives_one_span_per_area():
    assert spans("Listed firms shall be restricted in government procurement, bidding and tendering, "
                 "and the granting of honours.", "MEASURE") == [
        ("government procurement", "procurement-exclusion"), ("bidding and tendering", "procurement-exclusion"),
        ("granting of honours", "honor-restriction")]  # the article outside (adjudicated: determiners)


def test_a_passive_cancellation_spans_from_the_thing_taken_away_to_the_participle():
    assert spans("In serious cases, their business licence shall be revoked.", "MEASURE") == \
        [("business licence shall be revoked", "license-revocation")]
    assert spans("The firm's qualification certificate shall be revoked.", "MEASURE") == \
        [("qualification certificate shall be revoked", "license-revocation")]
    assert spans("Its eligibility for fiscal subsidies shall be cancelled.", "MEASURE") == \
        [("eligibility for fiscal subsidies shall be cancelled", "public-funding-restriction")]
    # what is cancelled names no measure: not one
    assert spans("The hearing shall be cancelled if the debtor pays.", "MEASURE") == []


def test_a_passive_publication_is_a_measure_only_for_listed_or_untrustworthy_parties():
    assert spans("The names of untrustworthy lenders shall be published on the Credit China website.",
                 "MEASURE") == [("published on the Credit China website", "public-naming")]
    assert spans("These Rules shall be published on the government website.", "MEASURE") == []


def test_passive_list_entry_and_supervision():
    assert spans("The carrier shall be placed on the blacklist of the transport sector.", "MEASURE") == \
        [("placed on the blacklist of the transport sector", "list-inclusion")]
    assert spans("Dishonest entities shall be placed under key supervision.", "MEASURE") == \
        [("placed under key supervision", "key-supervision")]


def test_verbs_of_deprivation_and_exclusion_join_their_activity():
    assert spans("Such firms shall be deprived of honorary titles already granted.", "MEASURE") == \
        [("deprived of honorary titles already granted", "honor-restriction")]
    assert spans("Measures include restricting their access to the market.", "MEASURE") == \
        [("restricting their access to the market", "market-entry-restriction")]


def test_incentives_in_other_translators_wording():
    assert spans("Honest market entities shall be given priority in administrative licensing.", "MEASURE") == \
        [("given priority in administrative licensing", "priority-handling")]
    assert spans("A-rated firms may be exempted from routine inspections.", "MEASURE") == \
        [("exempted from routine inspections", "fewer-inspections")]
    assert spans("Good taxpayers shall enjoy less frequent inspections.", "MEASURE") == \
        [("less frequent inspections", "fewer-inspections")]


def test_joint_punishment_is_a_generic_reference_not_a_measure():
    assert spans("The parties concerned shall be subject to joint punishment.", "MEASURE") == []


def test_restricted_from_an_activity_gives_the_activity_alone_also_where_a_listed_pattern_has_the_verb():
    assert spans("The legal representative shall be restricted from leaving the country.", "MEASURE") == \
        [("leaving the country", "exit-restriction")]


def test_a_passive_denial_and_a_cancelled_possession_of_a_named_party():
    assert spans("Their applications to issue corporate bonds shall not be approved.", "MEASURE") == \
        [("applications to issue corporate bonds shall not be approved", "financing-restriction")]
    found = spans("The bureau shall suspend the firm's export tax rebates.", "MEASURE")
    assert found == [("suspend the firm's export tax rebates", "public-funding-restriction")]
    assert spans("The court may issue an exit ban against the debtor.", "MEASURE") == [("exit ban", "exit-restriction")]


def test_subject_to_key_supervision_gives_the_supervision_alone():
    assert spans("Listed carriers shall be subject to key supervision.", "MEASURE") == \
        [("key supervision", "key-supervision")]


def test_the_parties_concerned_is_one_target_and_the_party_is_not_the_communist_party():
    assert spans("The parties concerned shall be notified in writing.", "TARGET") == \
        [("parties concerned", "credit-subject")]
    assert spans("The Party concerned itself with the plan.", "TARGET") == []


def test_restricting_their_consumption_and_enrolment_gives_one_span_each():
    assert spans("Restrict their consumption of luxury goods and their children's enrolment in private schools.",
                 "MEASURE") == [("Restrict their consumption of luxury goods", "high-consumption-restriction"),
                                ("children's enrolment in private schools", "private-school-restriction")]


def test_a_negative_adverb_with_the_modal_makes_it_a_prohibition():
    assert deontic("Under no circumstances may the bureau sell the scores.") == [("may", "PROHIBITION")]
    assert deontic("Raters shall in no case alter a score, and staff must never leak it.") == \
        [("shall", "PROHIBITION"), ("must", "PROHIBITION")]
    assert deontic("Nobody may alter the records.") == [("may", "PROHIBITION")]


def test_restricting_a_nominal_activity_takes_the_verb_and_its_examples():
    cases = {
        "(1) Restrict the issuance of corporate bonds.": [("Restrict the issuance of corporate bonds", "financing-restriction")],
        "(2) Restrict participation in government procurement.":
            [("Restrict participation in government procurement", "procurement-exclusion")],
        "(7) Restrict the purchase of real estate by the persons concerned.":
            [("Restrict the purchase of real estate", "real-estate-restriction")],
        # examples after "such as" belong to the measure (GUIDELINES.md, adjudicated conventions)
        "(3) restricting participation in tender activities such as public works and land auctions;":
            [("restricting participation in tender activities such as public works and land auctions",
              "procurement-exclusion")],
    }
    for text, expected in cases.items():
        assert spans(text, "MEASURE") == expected, text


def test_an_item_that_uses_records_as_a_reference_restricts_nothing():
    assert spans("(5) Take their records into account as a reference in the selection of civil servants.",
                 "MEASURE") == []


def test_a_party_after_of_the_inside_a_measure_is_the_party_it_falls_on():
    text = "(10) Cancel the qualifications of the enterprise to receive preferential tax treatment."
    assert spans(text, "MEASURE") == [("Cancel the qualifications of the enterprise to receive preferential tax "
                                       "treatment", "public-funding-restriction")]
    assert spans(text, "TARGET") == [("enterprise", "legal-person")]
    # no article: where the activity is, not who
    assert spans("Restrict them from holding posts in state-owned enterprises.", "TARGET") == []


def test_passive_downgrades_have_cancelled_and_listed_as_key_targets():
    assert spans("Their credit rating shall be downgraded to grade D.", "MEASURE") == \
        [("credit rating shall be downgraded to grade D", "credit-score-deduction")]
    assert spans("Raters that cheat shall have their business licences revoked.", "MEASURE") == \
        [("business licences revoked", "license-revocation")]
    assert spans("Such firms shall be listed as key targets of supervision.", "MEASURE") == \
        [("listed as key targets of supervision", "key-supervision")]
    assert spans("Trustworthy entities may be given priority in government procurement.", "MEASURE") == \
        [("given priority in government procurement", "funding-priority")]


def test_a_heading_restricting_access_qualifications_or_market_transactions_is_a_topic_measure():
    assert spans("3.1 Restrictions on access qualifications", "MEASURE") == \
        [("Restrictions on access qualifications", "market-entry-restriction")]
    assert spans("3.2 Restrictions on special market transactions", "MEASURE") == \
        [("Restrictions on special market transactions", "procurement-exclusion")]


def test_more_verbs_and_objects_of_other_translators():
    cases = {
        "(1) Restrict them from being employed by government agencies.":
            [("being employed by government agencies", "civil-service-restriction")],
        "(3) Prohibit their participation in the bidding of state projects.":
            [("Prohibit their participation in the bidding of state projects", "procurement-exclusion")],
        "(4) Do not grant them government subsidies.": [("not grant them government subsidies", "public-funding-restriction")],
        "(7) Firms rated D shall be subject to more frequent tax audits.": [("more frequent tax audits", "key-supervision")],
        "(9) Circulate notices of criticism.": [("Circulate notices of criticism", "warning-and-criticism")],
        "(12) Listed carriers shall be barred for life from the transport market.":
            [("transport market", "market-entry-restriction")],  # the article outside (adjudicated: determiners)
        "(14) Honest firms shall be given commendations.": [("given commendations", "honor-award")],
        "(15) Such persons shall not assume the post of director of any firm.":
            [("assume the post of director of any firm", "position-restriction")],
    }
    for text, expected in cases.items():
        assert spans(text, "MEASURE") == expected, text
    # a market named as a party or a regulator is no activity
    assert spans("Market entities and market regulation bodies met.", "MEASURE") == []


def test_other_translators_names_for_debtors_courts_and_governments():
    assert spans("The executed person shall be notified by the enforcement court.", "TARGET") == \
        [("executed person", "judgment-debtor"), ("enforcement court", "government-body")]
    assert spans("The dishonest judgement debtor shall pay.", "TARGET") == \
        [("dishonest judgement debtor", "judgment-debtor")]
    assert spans("Local governments at all levels and relevant ministries shall act.", "TARGET") == \
        [("Local governments at all levels", "government-body"), ("relevant ministries", "government-body")]


def test_routine_wording_with_cancel_publish_or_market_is_no_measure():
    for text in ("Zombie firms shall withdraw from the market in an orderly way.",
                 "The decision shall be revoked where the debtor has performed the obligation.",
                 "Data on licensing shall be published on the Credit China website within seven days.",
                 "The restriction shall be lifted after the debtor pays in full."):
        assert spans(text, "MEASURE") == [], text
