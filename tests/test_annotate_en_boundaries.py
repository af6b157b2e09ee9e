"""English MEASURE boundaries under the adjudicated conventions of session 6 (GUIDELINES.md,
"Adjudicated conventions (session 6)"), on sentences written for these tests (not gold text):
fine amounts, passive liability, every place of publication, examples after "such as", durations
and circumstances left out, list names with their field, criticism with its channel."""
from __future__ import annotations

import pytest

from xinyong.annotate.pipeline import annotate_units

pytestmark = pytest.mark.rules_only  # the rules alone: see tests/conftest.py


def measures(text: str) -> list[tuple[str, str | None]]:
    found, _ = annotate_units([("u", text)], "en", "test")
    return [(r["text"], r["norm"]) for r in found if r["label"] == "MEASURE"]


def test_a_fine_includes_its_amount():
    assert measures("The bureau shall impose a fine of not less than RMB 20,000 but not more than RMB 50,000.") == [
        ("impose a fine of not less than RMB 20,000 but not more than RMB 50,000", "fine")]
    assert measures("The trader was fined 8,000 yuan.") == [("fined 8,000 yuan", "fine")]
    assert ("fine of 2 to 5 per thousand of the contract value", "fine") in \
        measures("Sellers face a fine of 2 to 5 per thousand of the contract value.")
    # without an amount the span is the verb or the noun alone
    assert measures("The operator shall be fined.") == [("fined", "fine")]


def test_passive_criminal_liability_runs_to_the_participle():
    assert measures("Where a crime is constituted, criminal liability shall be investigated.") == [
        ("criminal liability shall be investigated", "criminal-liability")]


def test_every_coordinated_place_of_publication_joins_the_span():
    assert measures("The names of dishonest bidders will be published on the Credit China website "
                    "and the Provincial Procurement Network.") == [
        ("published on the Credit China website and the Provincial Procurement Network", "public-naming")]
    assert measures("Their untrustworthy conduct shall be published on the Credit China website "
                    "and on the bureau's own portal.") == [
        ("published on the Credit China website and on the bureau's own portal", "public-naming")]


def test_quoted_examples_after_such_as_belong_to_the_measure():
    assert measures('(2) exclusion from honours such as "model firm" and "green supplier".') == [
        ('exclusion from honours such as "model firm" and "green supplier"', "honor-restriction")]
    # the quoted examples end the span: what follows them names who, not what
    assert ('withhold honours such as "model unit"', "honor-restriction") in \
        measures('- withhold honours such as "model unit" from them;')


def test_a_duration_range_or_bound_is_outside_the_span():
    assert measures("Suppliers face a ban on taking part in government procurement for two to four years.") == [
        ("ban on taking part in government procurement", "procurement-exclusion")]
    assert measures("The firm is barred from bidding for up to twelve months.") == [
        ("bidding", "procurement-exclusion")]


def test_a_circumstance_after_a_comma_is_outside_the_span():
    assert measures("- restrict their access to bank loans, in cooperation with the banking regulator.") == [
        ("restrict their access to bank loans", "financing-restriction")]
    # a further typed place after a comma still belongs to the activity
    assert measures("They may not stay in star-rated hotels, in hotels rated four stars or above.") == [
        ("stay in star-rated hotels, in hotels rated four stars or above", "luxury-venue-restriction")]


def test_a_list_name_keeps_its_field_and_any_determiner_or_possessor():
    assert measures("The firm shall be entered on the list of dishonest employers in the water supply sector.") == [
        ("entered on the list of dishonest employers in the water supply sector", "list-inclusion")]
    assert measures("Such firms will be added to the city's list of seriously dishonest suppliers.") == [
        ("added to the city's list of seriously dishonest suppliers", "list-inclusion")]
    assert measures("Employers can be placed on a list of dishonest employers.") == [
        ("placed on a list of dishonest employers", "list-inclusion")]


def test_confiscation_named_by_its_noun_and_criticism_with_its_channel():
    assert ("confiscation of their illegal gains", "confiscation") in \
        measures("Offenders face confiscation of their illegal gains.")
    assert measures("Careless officers will be criticised in a circular.") == [
        ("criticised in a circular", "warning-and-criticism")]


def targets(text: str) -> list[tuple[str, str | None]]:
    found, _ = annotate_units([("u", text)], "en", "test")
    return [(r["text"], r["norm"]) for r in found if r["label"] == "TARGET"]


def test_credit_and_grade_modifiers_are_inside_the_target():
    assert ("listed suppliers", "legal-person") in targets("Banks shall review loans to listed suppliers.")
    assert ("dishonest employers", "legal-person") in targets("The centre names dishonest employers each month.")
    assert ("Grade D firms", "legal-person") in targets("Grade D firms shall be inspected every quarter.")
    assert ("seriously illegal and dishonest enterprises", "legal-person") in \
        targets("Purchasers shall reject bids from seriously illegal and dishonest enterprises.")
    # a grade word alone, with no letter, is not a modifier
    assert ("firms", "legal-person") in targets("Each grade firms receive is published.")


def test_parties_named_in_their_field():
    assert ("travel agencies", "legal-person") in targets("The bureau shall supervise travel agencies.")
    assert ("insured persons", "natural-person") in targets("Insured persons who commit fraud shall be punished.") \
        or ("Insured persons", "natural-person") in targets("Insured persons who commit fraud shall be punished.")
    assert ("review experts", "natural-person") in targets("The list covers review experts and bidders.")


def test_bureaux_named_by_function_keep_their_level_phrase():
    assert ("medical security bureaux of cities and counties", "government-body") in \
        targets("The medical security bureaux of cities and counties shall report each quarter.")
    assert ("provincial health bureau", "government-body") in \
        targets("The provincial health bureau shall revoke the licence.")
    assert ("seriously illegal and dishonest entities", "credit-subject") in \
        targets("Bids from seriously illegal and dishonest entities are rejected.")


def test_fines_paid_or_due_are_no_measure():
    assert measures("The firm has paid all fines and corrected its conduct.") == []
    assert measures("Any fines due shall be settled before removal.") == []
    assert measures("The firm shall be fined 3,000 yuan.") == [("fined 3,000 yuan", "fine")]


def test_entry_on_the_list_named_before_is_a_list_inclusion():
    assert measures("Firms placed on the list are checked monthly.") == [("placed on the list", "list-inclusion")]
    assert measures("Entry on the list is decided by the bureau.") == [("Entry on the list", "list-inclusion")]
    # removal from the list is not a measure
    assert measures("Removal from the list follows a year without violations.") == []


def test_publishing_the_names_of_parties_is_public_naming():
    assert measures("The rules publish the names of tour operators without any appeal.") == [
        ("publish the names of tour operators", "public-naming")]
    assert measures("The bureau may publish the names of dishonest agents on the Credit China website.") == [
        ("publish the names of dishonest agents on the Credit China website", "public-naming")]


def test_the_party_whose_names_are_published_stays_a_target():
    assert ("dishonest operators", "legal-person") in \
        targets("The rules publish the names of dishonest operators without appeal.")


def test_after_excluded_from_only_what_follows_from():
    assert measures("Such firms shall be excluded from commendations.") == [("commendations", "honor-restriction")]
