"""English MEASURE and TARGET shapes of round 3 (issue 16), on sentences written for these tests
(not gold text): sector words before a party head, passive measures after "is"/"are", a subject
noun without determiner, "shut out of", weighted fines, "have their deposits waived", and sector
words that no longer pass for a leisure, housing or insurance restriction."""
from __future__ import annotations

import pytest

from xinyong.annotate.pipeline import annotate_units

pytestmark = pytest.mark.rules_only  # the rules alone: see tests/conftest.py


def spans(text: str, label: str) -> list[tuple[str, str | None]]:
    found, _ = annotate_units([("u", text)], "en", "test")
    return [(r["text"], r["norm"]) for r in found if r["label"] == label]


@pytest.mark.parametrize("sentence, party", [
    ("The notice covers catering businesses in the old town.", "catering businesses"),
    ("Online tourism platforms must check their sellers.", "Online tourism platforms"),
    ("The guide is written for foreign-invested real estate developers.", "foreign-invested real estate developers"),
    ("Seriously dishonest procurement suppliers face a ban.", "Seriously dishonest procurement suppliers"),
])
def test_sector_words_before_a_party_head_belong_to_it(sentence, party):
    assert party in [text for text, _ in spans(sentence, "TARGET")]


def test_a_word_outside_the_list_stays_outside_the_span():
    # "larger" is no sector word, and size words are left out (the main gold keeps "Large [enterprises]")
    assert ("enterprises", "legal-person") in spans("Large enterprises shall pay on time.", "TARGET")
    assert ("firms", "legal-person") in spans("Larger firms must report each year.", "TARGET")


@pytest.mark.parametrize("sentence, measure", [
    ("A clinic that forges invoices shall be placed in grade D.", ("placed in grade D", "credit-score-deduction")),
    ("Where a pharmacy is placed in grade D, its contract is reviewed.", ("placed in grade D", "credit-score-deduction")),
    ("Brokers who cheat buyers lose their licences, and their names are published on the city's website.",
     ("published on the city's website", "public-naming")),
    ("Dishonest bidders will be shut out of public contracts for two years.", ("public contracts", "procurement-exclusion")),
    ("The hearing comes before heavy fines are imposed.", ("heavy fines", "fine")),
    ("Trustworthy suppliers will have their bid deposits waived.", ("bid deposits waived", "cost-reduction")),
    ("- Online contract signing rights can be suspended.", ("Online contract signing rights can be suspended",
                                                            "license-revocation")),
])
def test_passive_and_nominal_shapes_are_measures(sentence, measure):
    assert measure in spans(sentence, "MEASURE")


def test_routine_publication_after_are_is_no_measure():
    assert spans("The annual statistics are published on the bureau's website.", "MEASURE") == []


def test_a_bare_placement_is_no_measure():
    assert spans("Applications shall be placed in the archive.", "MEASURE") == []


@pytest.mark.parametrize("sentence, measure", [
    ("Listed guides are barred from working for any travel agency.",
     ("working for any travel agency", "occupation-restriction")),
    ("Listed firms are barred from subsidies for the tourism industry.",
     ("subsidies for the tourism industry", "public-funding-restriction")),
    ("Listed firms are barred from bidding for public housing projects.",
     ("bidding for public housing projects", "procurement-exclusion")),
])
def test_sector_words_do_not_make_a_leisure_or_housing_restriction(sentence, measure):
    assert measure in spans(sentence, "MEASURE")


def test_medical_insurance_is_not_an_insurance_product():
    kinds = [kind for _, kind in spans("Listed doctors are barred from billing the medical insurance fund.", "MEASURE")]
    assert "insurance-product-restriction" not in kinds
    assert ("buying insurance with a cash value", "insurance-product-restriction") in spans(
        "Listed debtors are barred from buying insurance with a cash value.", "MEASURE")


@pytest.mark.parametrize("sentence, measure", [
    ("Listed clinics face ineligibility for state subsidies.", ("ineligibility for state subsidies",
                                                                 "public-funding-restriction")),
    ("The bureau may order termination of its service agreement.", ("termination of its service agreement",
                                                                    "license-revocation")),
    ("The bureau may revoke its filing certificate.", ("revoke its filing certificate", "license-revocation")),
    ("Listed brokers will not be allowed to open new branches.", ("open new branches", "market-entry-restriction")),
    # a condition of how long the measure lasts is outside its span
    ("Its staff cannot take out provident fund loans while the employer remains on the list.",
     ("take out provident fund loans", "financing-restriction")),
])
def test_nominal_sanctions_objects_and_conditions(sentence, measure):
    assert measure in spans(sentence, "MEASURE")


@pytest.mark.parametrize("sentence, party", [
    ("Listed entities may apply for credit repair.", ("Listed entities", "credit-subject")),
    ("Grade D agencies face more inspections.", ("Grade D agencies", "legal-person")),
    ("Local governments at or above the county level must report each quarter.",
     ("Local governments at or above the county level", "government-body")),
    ("Under the notice, purchasers must check the list.", ("purchasers", "government-body")),
    ("The city medical security agency may suspend the card.", ("city medical security agency", "government-body")),
    ("Officials are punished by their supervisory organs.", ("supervisory organs", "government-body")),
])
def test_graded_listed_and_public_parties(sentence, party):
    assert party in spans(sentence, "TARGET")


def test_an_agency_without_a_grade_is_not_a_graded_party():
    assert ("agencies", "legal-person") not in spans("Other agencies may join the memorandum.", "TARGET")


@pytest.mark.parametrize("sentence, measure", [
    ("Officials who take bribes will be removed from their posts.", ("removed from their posts", "disciplinary-sanction")),
    ("Experts who give biased scores shall be removed from the assessor pool.",
     ("removed from the assessor pool", "occupation-restriction")),
])
def test_removal_from_a_post_or_a_pool_is_a_measure(sentence, measure):
    assert measure in spans(sentence, "MEASURE")


def test_removal_from_the_list_is_no_measure():
    assert spans("Entities that correct their conduct shall be removed from the list.", "MEASURE") == []


def test_employees_are_workers_and_a_medical_practitioner_a_natural_person():
    assert ("employees", "worker") in spans("The employer must pay contributions for its employees.", "TARGET")
    assert ("medical practitioner", "natural-person") in spans(
        "A medical practitioner who forges records shall be listed.", "TARGET")


def test_rejecting_bids_is_a_denial_and_the_list_a_party_is_on_is_outside():
    assert spans("Purchasers must reject bids from suppliers on the list.", "MEASURE") == [
        ("reject bids from suppliers", "procurement-exclusion")]


def test_the_party_bids_come_from_stays_a_target_inside_the_measure():
    assert ("suppliers", "legal-person") in spans("Purchasers must reject bids from suppliers on the list.", "TARGET")
