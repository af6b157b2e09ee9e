"""English MEASURE and TARGET kinds for wording the rules were not written on (issue 16), on
sentences written for these tests (not gold text): nominal incentives and costs, nominalised
sanctions, referrals and detention, and parties named with credit or grade modifiers or by
back-reference."""
from __future__ import annotations

import pytest

from xinyong.annotate.pipeline import annotate_units

pytestmark = pytest.mark.rules_only  # the rules alone: see tests/conftest.py


def spans(text: str, label: str) -> list[tuple[str, str | None]]:
    found, _ = annotate_units([("u", text)], "en", "test")
    return [(r["text"], r["norm"]) for r in found if r["label"] == label]


# --- MEASURE: measures named by a noun phrase ------------------------------------------------

def test_nominal_incentives_run_to_the_clause_end_and_split_at_a_new_incentive_word():
    assert spans("(2) faster approval of building permits, and lowered performance bonds and waived "
                 "tender fees in county procurement;", "MEASURE") == [
        ("faster approval of building permits", "priority-handling"),
        ("lowered performance bonds", "cost-reduction"),
        ("waived tender fees in county procurement", "cost-reduction")]


def test_a_passive_granting_verb_joins_a_nominal_incentive():
    assert spans("A model farm may be granted fast-track review of its export licences.", "MEASURE") == [
        ("granted fast-track review of its export licences", "priority-handling")]


def test_nominal_incentives_are_typed_by_what_they_concern():
    assert spans("Lenders shall offer them preferential treatment in mortgage lending and smaller fees.",
                 "MEASURE") == [("preferential treatment in mortgage lending", "financing-preference"),
                                ("smaller fees", "cost-reduction")]
    assert spans("(c) higher security deposits for import quotas.", "MEASURE") == [
        ("higher security deposits for import quotas", "cost-increase")]


def test_an_incentive_word_inside_a_restriction_is_not_an_incentive():
    assert ("preferential treatment in mortgage lending", "financing-preference") not in \
        spans("Such firms shall not receive preferential treatment in mortgage lending.", "MEASURE")


def test_an_incentive_word_with_nothing_it_names_is_no_measure():
    assert spans("The office reported lower figures and a longer queue this year.", "MEASURE") == []


def test_nominalised_sanctions_in_list_items():
    assert spans("(1) publication of their names on the bureau's portal;", "MEASURE") == [
        ("publication of their names on the bureau's portal", "public-naming")]
    assert spans("(3) cancellation of the export benefits it receives, as the rules provide;", "MEASURE") == [
        ("cancellation of the export benefits it receives", "facilitation-restriction")]


def test_raising_a_ratio_or_frequency_stops_before_the_next_verb():
    assert spans("The bureau shall increase the frequency of spot checks and publish the results.",
                 "MEASURE")[0] == ("increase the frequency of spot checks", "key-supervision")
    assert spans("(5) raising the amount of margin deposits for land auctions.", "MEASURE") == [
        ("raising the amount of margin deposits for land auctions", "cost-increase")]


def test_referral_detention_and_a_back_reference_to_a_list():
    assert spans("Repeat offenders may be detained for up to ten days or transferred to the "
                 "procuratorate.", "MEASURE") == [("detained for up to ten days", "detention"),
                                                  ("transferred to the procuratorate", "criminal-liability")]
    assert spans("Some 300 traders were added to the list in May.", "MEASURE") == [
        ("added to the list", "list-inclusion")]


def test_a_reporting_clause_ends_a_list_of_restricted_activities():
    assert spans("Debtors will be barred from buying cars, the ministry said.", "MEASURE") == [
        ("buying cars", "vehicle-purchase-restriction")]


def test_a_second_place_of_publication_belongs_to_the_measure():
    assert ("published on the city's website and on notice boards in public places", "public-naming") in \
        spans("The names of dishonest traders will be published on the city's website and on notice "
              "boards in public places.", "MEASURE")


# --- TARGET ----------------------------------------------------------------------------------

def test_grade_and_credit_modifiers_belong_to_the_party():
    assert spans("A C-grade taxpayer and trustworthy taxpayers are assessed yearly.", "TARGET") == [
        ("C-grade taxpayer", "legal-person"), ("trustworthy taxpayers", "legal-person")]
    assert spans("Blacklisted debtors shall report their assets.", "TARGET") == [
        ("Blacklisted debtors", "judgment-debtor")]


def test_a_party_noun_before_another_is_its_modifier():
    assert spans("These rules cover enterprise taxpayers in the zone.", "TARGET") == [
        ("enterprise taxpayers", "legal-person")]


def test_back_references_take_the_type_the_text_gives_them():
    assert spans("Violators shall be named.", "TARGET") == [("Violators", "credit-subject")]
    assert spans("Debtors who hide assets are offenders.", "TARGET") == [
        ("Debtors", "judgment-debtor"), ("offenders", "judgment-debtor")]
    assert spans("Measures against the dishonest, and for each entity on the list, apply.", "TARGET") == [
        ("dishonest", "credit-subject"), ("entity", "credit-subject")]


def test_bodies_named_by_the_field_they_regulate_and_their_staff():
    assert spans("Staff of the customs authorities and the environmental regulatory departments shall "
                 "cooperate.", "TARGET") == [("Staff", "public-official"), ("customs authorities", "government-body"),
                                              ("environmental regulatory departments", "government-body")]


def test_producers_and_traders_by_their_sector_and_principal_officers():
    assert spans("Cosmetics manufacturers and distributors, and their principal officers, shall keep records.",
                 "TARGET") == [("Cosmetics manufacturers and distributors", "legal-person"),
                               ("principal officers", "natural-person")]


def test_the_website_of_a_body_is_a_place_not_a_party():
    assert spans("The county tax service shall post the list on the website of the tax service.", "TARGET") == [
        ("county tax service", "government-body")]


def test_not_eligible_for_restricts_the_activity_and_a_withdrawn_incentive_is_a_measure():
    assert spans("A firm that evades tax is not eligible for recognition as a model enterprise during that year.",
                 "MEASURE") == [("recognition as a model enterprise", "honor-restriction")]
    assert spans("An incentive shall be withdrawn at once.", "MEASURE") == [
        ("incentive shall be withdrawn", "facilitation-restriction")]
    assert spans("Such a person may not receive any incentive under this plan.", "MEASURE") == []


def test_a_negated_passive_licence_is_an_occupation_restriction():
    assert spans("Its manager shall not be certified as an auditor, and may be barred from acting as the "
                 "chief financial officer of a bank for three years.", "MEASURE") == [
        ("certified as an auditor", "occupation-restriction"),
        ("acting as the chief financial officer of a bank", "position-restriction")]


def test_a_defining_relative_clause_belongs_to_the_restricted_activity():
    assert spans("Debtors will be barred from buying boats that are not used for fishing, the court said.",
                 "MEASURE") == [("buying boats that are not used for fishing", "ship-class-restriction")]


def test_not_allowed_to_and_luxury_spending():
    assert ("attend private schools", "private-school-restriction") in \
        spans("Their children are not allowed to attend private schools.", "MEASURE")
    assert spans("The rules stop blacklisted debtors from lavish spending.", "MEASURE") == [
        ("lavish spending", "high-consumption-restriction")]


def test_priority_in_public_services_keeps_its_examples():
    # examples after "such as" belong to the measure (GUIDELINES.md, adjudicated conventions)
    assert spans("Model employers shall be given priority in public services such as housing.", "MEASURE") == [
        ("given priority in public services such as housing", "public-service-support")]


def test_a_closing_quotation_mark_ends_a_quoted_list():
    assert spans('"They may not buy cars," the bureau says.', "MEASURE") == [
        ("buy cars", "vehicle-purchase-restriction")]
