"""English MEASURE and TARGET kinds found on the development text of batch 3 (issue 16), checked on
sentences written for these tests, not taken from any gold text: list names that run on, passive
exclusion, denials with their modal, incentive list items, record entry, subject lists of
activities, trailing addressees, and parties named by sector, role or credit."""
from __future__ import annotations

import pytest

from xinyong.annotate.pipeline import annotate_units

pytestmark = pytest.mark.rules_only  # the rules alone: see tests/conftest.py


def spans(text: str, label: str) -> list[tuple[str, str | None]]:
    found, _ = annotate_units([("u", text)], "en", "test")
    return [(r["text"], r["norm"]) for r in found if r["label"] == label]


# --- MEASURE ---------------------------------------------------------------------------------

def test_a_list_name_runs_on_to_its_place_and_its_enforcement_phrase():
    assert ("included in the list of untrustworthy entities of the province", "list-inclusion") in \
        spans("Operators that forge invoices shall be included in the list of untrustworthy entities of the "
              "province and placed under key supervision.", "MEASURE")
    assert spans("Debtors who are placed on the list of dishonest persons subject to execution may apply for "
                 "repair after two years.", "MEASURE") == \
        [("placed on the list of dishonest persons subject to execution", "list-inclusion")]


def test_a_passive_exclusion_leaves_out_its_participle_from_a_thing_or_an_activity():
    # GUIDELINES.md, adjudicated conventions: after "excluded/barred from" only what follows "from"
    assert spans("Such firms shall be excluded from awards for one year.", "MEASURE") == \
        [("awards", "honor-restriction")]
    assert spans("Such firms shall be barred from bidding for public works.", "MEASURE") == \
        [("bidding for public works", "procurement-exclusion")]


def test_a_denial_span_starts_at_the_verb_and_leaves_the_modal_and_addressee_out():
    text = "District bureaus shall not grant subsidies to these enterprises while the listing lasts."
    assert spans(text, "MEASURE") == [("grant subsidies", "public-funding-restriction")]
    assert ("shall not", "PROHIBITION") in [(t, "PROHIBITION") for t, _ in spans(text, "PROHIBITION")]
    assert spans("Lenders may refuse loans to the aforementioned companies.", "MEASURE") == \
        [("refuse loans", "financing-restriction")]


def test_an_activity_ends_before_in_accordance_with_the_law():
    assert spans("Border police shall restrict listed debtors from leaving the country in accordance with "
                 "the law.", "MEASURE") == [("leaving the country", "exit-restriction")]


def test_a_subject_list_of_activities_ends_at_its_verb_and_a_repeated_on_opens_the_next():
    found = spans("Restrictions on applying for state subsidies and on taking part in bidding shall be "
                  "imposed by the finance bureau.", "MEASURE")
    assert found == [("Restrictions on applying for state subsidies", "public-funding-restriction"),
                     ("taking part in bidding", "procurement-exclusion")]


def test_incentive_list_items_name_the_whole_object_phrase():
    assert spans("(2) the green channel for business registration;", "MEASURE") == \
        [("green channel for business registration", "green-channel")]
    assert spans("(3) acceptance of applications with some materials missing;", "MEASURE") == \
        [("acceptance of applications with some materials missing", "priority-handling")]
    assert spans("(4) reduced proportion of spot checks;", "MEASURE") == \
        [("reduced proportion of spot checks", "fewer-inspections")]
    assert spans("(5) priority in applying for special subsidies.", "MEASURE") == \
        [("priority in applying for special subsidies", "funding-priority")]


def test_priority_in_a_review_and_promotion_as_models_are_incentives():
    assert spans("Credit-worthy carriers may be given priority in the examination of route permits.",
                 "MEASURE") == [("given priority in the examination of route permits", "priority-handling")]
    assert spans("Such associations may be recommended as advanced collectives in the press.", "MEASURE") == \
        [("recommended as advanced collectives in the press", "honor-award")]


def test_entry_in_a_record_takes_its_owner_and_passive_rating_and_inspection_measures():
    assert spans("The violation shall be entered in the integrity files of the insurance market.", "MEASURE") == \
        [("entered in the integrity files of the insurance market", "credit-record-entry")]
    assert spans("(2) its rating shall be lowered;", "MEASURE") == [("rating shall be lowered", "credit-score-deduction")]
    assert spans("(3) random checks shall be stepped up.", "MEASURE") == \
        [("random checks shall be stepped up", "key-supervision")]


def test_activity_types_for_services_posts_hotels_licences_and_bans():
    assert spans("Auditors punished twice shall be prohibited from engaging in asset appraisal services.",
                 "MEASURE") == [("engaging in asset appraisal services", "occupation-restriction")]
    assert ("recruited as public servants", "civil-service-restriction") in \
        spans("Listed debtors shall not be recruited as public servants.", "MEASURE")
    assert spans("(2) lodging in hotels of four stars;", "MEASURE") == []  # "lodging" opens no list item
    assert spans("Listed debtors shall be restricted from staying in hotels rated four stars or above.",
                 "MEASURE") == [("staying in hotels rated four stars or above", "luxury-venue-restriction")]
    assert spans("(1) its application for new licences shall not be approved;", "MEASURE") == \
        [("application for new licences shall not be approved", "license-revocation")]  # as in test_annotate_en_rules
    assert ("market ban", "market-entry-restriction") in \
        spans("Traders under a market ban shall report their holdings.", "MEASURE")


def test_a_routine_recommendation_or_record_is_not_a_measure():
    assert spans("The bureau recommended changes to the form.", "MEASURE") == []
    assert spans("Minutes shall be recorded in the meeting file.", "MEASURE") == []


# --- TARGET ----------------------------------------------------------------------------------

def test_companies_and_firms_by_sector_keep_their_sector_word():
    assert spans("Insurance companies, guarantee companies and law firms shall file reports.", "TARGET") == \
        [("Insurance companies", "legal-person"), ("guarantee companies", "legal-person"),
         ("law firms", "legal-person")]


def test_principals_officers_banks_and_public_servants_are_parties():
    found = spans("Enterprises and their principals, directors and senior executives shall sign the pledge; "
                  "banks and public servants shall keep it confidential.", "TARGET")
    assert found == [("Enterprises", "legal-person"), ("principals", "natural-person"),
                     ("directors", "natural-person"), ("senior executives", "natural-person"),
                     ("banks", "legal-person"), ("public servants", "public-official")]


def test_officers_inside_a_position_restriction_name_the_post():
    found = spans("Such persons shall not serve as directors of insurance companies.", "TARGET")
    assert ("directors", "natural-person") not in found


def test_parties_named_by_their_credit_and_bodies_named_by_function_or_county():
    assert spans("Creditworthy market entities may apply once a year.", "TARGET") == \
        [("Creditworthy market entities", "credit-subject")]
    assert spans("The approving authority and county departments shall check the pledge.", "TARGET") == \
        [("approving authority", "government-body"), ("county departments", "government-body")]
    assert spans("Persons against whom a ban was imposed shall report.", "TARGET") == [("Persons", "natural-person")]


def test_units_and_the_central_bank_are_not_targets():
    assert spans("The People's Bank of China and member units shall share data.", "TARGET") == []


def test_air_tickets_model_enterprises_and_publicised_lists_in_probe_wording():
    assert spans("Listed debtors shall not be permitted to buy airline tickets.", "MEASURE") == \
        [("buy airline tickets", "air-travel-restriction")]
    assert spans("Such firms shall be disqualified from being evaluated as model enterprises.", "MEASURE") == \
        [("being evaluated as model enterprises", "honor-restriction")]
    assert spans("The names of dishonest enterprises shall be publicised on the Credit China website.",
                 "MEASURE") == [("publicised on the Credit China website", "public-naming")]


def test_practitioners_responsible_persons_members_and_producers_are_parties():
    assert spans("Practitioners who falsify records shall be barred from the industry for life.", "TARGET") == \
        [("Practitioners", "natural-person")]
    measure = spans("Practitioners who falsify records shall be barred from the industry for life.", "MEASURE")
    assert [kind for _, kind in measure] == ["market-entry-restriction"]
    assert measure[0][0].endswith("industry") and not measure[0][0].startswith("barred")
    assert spans("The responsible persons of a dishonest company shall attend.", "TARGET")[0] == \
        ("responsible persons", "natural-person")
    assert spans("Members of chambers of commerce and producers and operators shall keep books.", "TARGET") == \
        [("Members", "legal-person"), ("chambers of commerce", "legal-person"), ("producers and operators", "legal-person")]
    assert spans("Member companies shall report once a year.", "TARGET") == [("Member companies", "legal-person")]


def test_leaving_an_industry_of_ones_own_accord_is_no_measure():
    assert spans("Zombie firms shall withdraw from the industry in an orderly way.", "MEASURE") == []
