"""English MEASURE kinds that the rules missed altogether on development text (issue 16, session 10), checked on
sentences written for these tests (not gold text): one group per kind, with wordings other writers would use."""
from __future__ import annotations

import pytest

from xinyong.annotate.pipeline import annotate_units

pytestmark = pytest.mark.rules_only  # the rules alone: see tests/conftest.py


def measures(text: str) -> list[tuple[str, str | None]]:
    found, _ = annotate_units([("u", text)], "en", "test")
    return [(r["text"], r["norm"]) for r in found if r["label"] == "MEASURE"]


# Kind: how often a party is inspected, the share of inspections changed, key supervision by an active verb or a
# coined name.
@pytest.mark.parametrize("sentence, measure", [
    ("Grade D carriers will be inspected more often.", ("inspected more often", "key-supervision")),
    ("Such shops shall be checked at least twice a year.", ("checked at least twice a year", "key-supervision")),
    ("Grade A importers will be inspected less frequently.", ("inspected less frequently", "fewer-inspections")),
    ("A model unit is audited no more than once every two years.",
     ("audited no more than once every two years", "fewer-inspections")),
    ("The proportion of random inspections of such hospitals shall be increased.",
     ("proportion of random inspections of such hospitals shall be increased", "key-supervision")),
    ("- subjecting them to review, with the ratio and frequency of spot checks raised;",
     ("ratio and frequency of spot checks raised", "key-supervision")),
    ("For trusted taxpayers the audit rate may be appropriately lowered.", ("audit rate may be appropriately lowered", "fewer-inspections")),
    ("(2) placing such operators under strict supervision;", ("placing such operators under strict supervision", "key-supervision")),
    ("The bureau may put them under enhanced monitoring.", ("put them under enhanced monitoring", "key-supervision")),
    ('Violators will be designated as "key regulatory targets".', ('designated as "key regulatory targets"', "key-supervision")),
    ("Such firms shall be brought into the scope of key supervision.",
     ("brought into the scope of key supervision", "key-supervision")),
])
def test_inspection_frequency_and_key_supervision(sentence, measure):
    assert measure in measures(sentence)


@pytest.mark.parametrize("sentence", [
    "The goods were inspected at the border.",  # no frequency: a fact, no measure
    "The rate of growth was raised in the report.",  # no inspections
    "Inspectors visited more often than planned.",  # the inspectors, not a party inspected
])
def test_inspection_kinds_stay_narrow(sentence):
    assert not {n for _, n in measures(sentence)} & {"key-supervision", "fewer-inspections"}


# Kind: priority in a selection or evaluation is an honour; a quoted name completes the measure; a condition of
# conduct ("with no violation") does not make an incentive a restriction.
@pytest.mark.parametrize("sentence, measure", [
    ("Good employers shall be given priority in the selection of model units.",
     ("given priority in the selection of model units", "honor-award")),
    ('(3) priority for recommendation as "civilised enterprises";', ('priority for recommendation as "civilised enterprises"', "honor-award")),
    ("Firms with no violation in three years enjoy priority in the evaluation of advanced collectives and public "
     "commendation by the county bureau.", ("public commendation by the county bureau", "honor-award")),
    ("Firms with no violation in three years enjoy priority in the evaluation of advanced collectives and public "
     "commendation by the county bureau.", ("priority in the evaluation of advanced collectives", "honor-award")),
])
def test_priority_in_selection_is_an_honour(sentence, measure):
    assert measure in measures(sentence)


def test_an_incentive_after_a_restriction_stays_out():
    assert "honor-award" not in {n for _, n in measures("Listed firms shall not get priority in the selection of model units.")}


# Kind: measures listed as examples after a noun of the class ("measures such as", "steps including").
@pytest.mark.parametrize("sentence, measure", [
    ("The platform may take measures such as limiting its traffic, suspending its sales or closing its shop.",
     ("closing its shop", "business-suspension")),
    ("The platform may take measures such as limiting its traffic, suspending its sales or closing its shop.",
     ("suspending its sales", "business-suspension")),
    ("Regulators will take steps including revoking the permit and restricting bank loans.",
     ("revoking the permit", "license-revocation")),
    ("Regulators will take steps including revoking the permit and restricting bank loans.",
     ("restricting bank loans", "financing-restriction")),
    ("The court may impose sanctions such as barring them from public tenders for two years.",
     ("public tenders", "procurement-exclusion")),
])
def test_examples_of_a_class_of_measures(sentence, measure):
    assert measure in measures(sentence)


def test_measures_forbidden_to_the_authorities_are_no_examples():
    sentence = "It is prohibited to impose measures such as freezing the accounts of market entities."
    assert not measures(sentence)


# Kind: a benefit no longer enjoyed or no longer open to the party; the framing verb is outside the span.
@pytest.mark.parametrize("sentence, measure", [
    ("A downgraded firm shall no longer enjoy preferential tax policies.", ("preferential tax policies", "public-funding-restriction")),
    ("Such importers will no longer enjoy expedited customs clearance.", ("expedited customs clearance", "facilitation-restriction")),
    ("The society will no longer be eligible for fiscal subsidies.", ("fiscal subsidies", "public-funding-restriction")),
    ("The trader no longer qualifies for bank loans.", ("bank loans", "financing-restriction")),
])
def test_benefits_no_longer_enjoyed(sentence, measure):
    assert measure in measures(sentence)


def test_a_state_no_longer_held_is_no_measure():
    assert not measures("The firm no longer holds a grade A rating.")


# Kind: scores, demerits and criminal liability named by verbs other writers use.
@pytest.mark.parametrize("sentence, measure", [
    ("The centre deducts 10 points for each unpaid fine.", ("deducts 10 points", "credit-score-deduction")),
    ("Where a bid is withdrawn, 3 points shall be deducted.", ("3 points shall be deducted", "credit-score-deduction")),
    ("The bureau adds points for each award.", ("adds points", "credit-score-bonus")),
    ("A clerk who forges records shall be given a major demerit.", ("given a major demerit", "disciplinary-sanction")),
    ("Where a crime is constituted, the manager shall be held criminally responsible.",
     ("held criminally responsible", "criminal-liability")),
])
def test_scores_demerits_and_liability(sentence, measure):
    assert measure in measures(sentence)


# Kind: the list or a listing decision published, and a party named on a channel, with every place of publication.
@pytest.mark.parametrize("sentence, measure", [
    ("The bureau shall publish the list on its portal and on Credit China.",
     ("publish the list on its portal and on Credit China", "public-naming")),
    ("- publishing each listing decision on the county website;", ("publishing each listing decision on the county website", "public-naming")),
    ("Dishonest builders will be named on the municipal credit website.", ("named on the municipal credit website", "public-naming")),
])
def test_lists_published_and_parties_named(sentence, measure):
    assert measure in measures(sentence)


@pytest.mark.parametrize("sentence", [
    "The office shall publish the list of administrative powers on its website.",  # routine publication
    "The winners were named in the newsletter.",  # no website, platform or media of a sanction
])
def test_routine_publication_is_no_measure(sentence):
    assert "public-naming" not in {n for _, n in measures(sentence)}


# Kind: a recommendation for honours as an incentive; a selection of model or demonstration units withheld.
@pytest.mark.parametrize("sentence, measure", [
    ("(4) recommendation for awards and honorary titles;", ("recommendation for awards and honorary titles", "honor-award")),
    ("- excluding them from the selection of model enterprises;", ("selection of model enterprises", "honor-restriction")),
    ("(3) denying them participation in the selection of demonstration projects;",
     ("denying them participation in the selection of demonstration projects", "honor-restriction")),
])
def test_recommendation_and_selection_for_honours(sentence, measure):
    assert measure in measures(sentence)


# Kind: incentives offered by a named verb to named parties: the verb joins the first, the parties stay out, and a
# green channel after "and" is its own measure.
@pytest.mark.parametrize("sentence, measure", [
    ("Lenders should offer preferential loan rates and more favourable repayment terms to creditworthy firms.",
     ("offer preferential loan rates", "financing-preference")),
    ("Lenders should offer preferential loan rates and more favourable repayment terms to creditworthy firms.",
     ("more favourable repayment terms", "financing-preference")),
    ("Insurers may offer reduced premiums for them.", ("offer reduced premiums", "cost-reduction")),
    ("(2) expedited approval and a green channel for project filing;", ("green channel for project filing", "green-channel")),
    ("(2) expedited approval and a green channel for project filing;", ("expedited approval", "priority-handling")),
])
def test_incentives_with_granting_verbs_and_addressees(sentence, measure):
    assert measure in measures(sentence)


# Kind: land taken out of reach, a registration cancelled and a grade lowered with "have".
@pytest.mark.parametrize("sentence, measure", [
    ("The builder will not be allowed to join land auctions.", ("join land auctions", "procurement-exclusion")),
    ("Such firms are barred from acquiring state-owned land.", ("acquiring state-owned land", "procurement-exclusion")),
    ("The lawyer shall have his practicing registration cancelled.", ("practicing registration cancelled", "license-revocation")),
    ("The contractor will have its qualification level downgraded.", ("qualification level downgraded", "qualification-downgrade")),
])
def test_land_registrations_and_grades(sentence, measure):
    assert measure in measures(sentence)


# Kind: several activities in one list item, separated by semicolons, and a bulleted item read from its bullet.
@pytest.mark.parametrize("sentence, measure", [
    ("(4) buying cars not needed for work; renting luxury offices; travelling abroad for leisure;",
     ("renting luxury offices", "office-rental-restriction")),
    ("(4) buying cars not needed for work; renting luxury offices; travelling abroad for leisure;",
     ("travelling abroad for leisure", "exit-restriction")),
    ("- taking flights; buying real estate;", ("taking flights", "air-travel-restriction")),
])
def test_semicolon_segments_of_one_item(sentence, measure):
    assert measure in measures(sentence)


def test_a_later_clause_of_an_item_is_no_activity():
    assert [n for _, n in measures("(3) renting offices; the court shall decide the rest.")] == ["office-rental-restriction"]


# Kind: ends and generic words: the reason for a restriction is outside, a listing recorded in a credit file is a
# measure, and "rewarded" alone names none.
@pytest.mark.parametrize("sentence, measure", [
    ("The firm was barred from public tenders over a breach of contract.", ("public tenders", "procurement-exclusion")),
    ("Lenders shall record the violation in the borrower's personal credit file.",
     ("record the violation in the borrower's personal credit file", "credit-record-entry")),
])
def test_reasons_and_credit_files(sentence, measure):
    assert measure in measures(sentence)


def test_rewarded_alone_is_no_measure():
    assert not measures("Honest traders, by contrast, are rewarded.")


# Kind: research sanctions in other writers' words: a project terminated, research work and expert roles barred.
@pytest.mark.parametrize("sentence, measure", [
    ("The funder shall terminate the project and recover the grant already paid.", ("terminate the project", "public-funding-restriction")),
    ("The author shall be banned from engaging in scientific research for three years.",
     ("engaging in scientific research", "occupation-restriction")),
    ("He shall not be hired as an evaluator of grant applications.",
     ("hired as an evaluator of grant applications", "occupation-restriction")),
])
def test_research_sanctions(sentence, measure):
    assert measure in measures(sentence)


# Kind: objects with a head noun of their own after one verb are activities of their own.
def test_objects_with_their_own_head_noun_are_separate_measures():
    found = measures("(1) restricting their participation in public tenders, the transfer of state-owned land and the "
                     "allocation of public resources;")
    assert ("transfer of state-owned land", "procurement-exclusion") in found
    assert ("allocation of public resources", "procurement-exclusion") in found


# Kind: two restricting verbs sharing a list of areas.
def test_two_verbs_sharing_areas():
    found = measures("(2) limiting or banning market entry, administrative approvals or financing;")
    assert ("limiting or banning market entry", "market-entry-restriction") in found
    assert ("administrative approvals", "license-refusal") in found
    assert ("financing", "financing-restriction") in found


def test_compulsory_measures_are_no_examples_of_sanctions():
    assert not measures("(3) imposing compulsory measures such as freezing the property of market entities or their managers;")


# Kind: the end of a measure before a starting date, the coming years or a condition with its own subject.
@pytest.mark.parametrize("sentence, measure", [
    ("The debtor shall be barred from public tenders from the date of listing.", ("public tenders", "procurement-exclusion")),
    ("The firm shall be restricted from issuing bonds for the next three years.", ("issuing bonds", "financing-restriction")),
    ("The firm shall be restricted from issuing bonds if the debt remains unpaid.", ("issuing bonds", "financing-restriction")),
])
def test_measure_ends_before_dates_years_and_conditions(sentence, measure):
    assert measure in measures(sentence)


@pytest.mark.parametrize("sentence, measure", [
    ("The firm shall be barred from public tenders in accordance with relevant provisions.", ("public tenders", "procurement-exclusion")),
    ("Banks shall refuse loans to listed enterprises.", ("refuse loans", "financing-restriction")),
    ("The firm shall be barred from public tenders for a certain period.", ("public tenders", "procurement-exclusion")),
])
def test_measure_ends_before_legal_basis_parties_and_open_periods(sentence, measure):
    assert measure in measures(sentence)


@pytest.mark.parametrize("sentence, measure", [
    ("Late filers will receive a lower credit rating.", ("lower credit rating", "credit-score-deduction")),
    ("Prompt payers may get a higher credit grade.", ("higher credit grade", "credit-score-bonus")),
])
def test_credit_ratings_changed_by_adjective(sentence, measure):
    assert measure in measures(sentence)


@pytest.mark.parametrize("sentence, measure", [
    ("(3) cancellation of its membership;", ("cancellation of its membership", "association-sanction")),
    ("The chamber may revoke the membership of the firm.", ("revoke the membership of the firm", "association-sanction")),
])
def test_membership_taken_away(sentence, measure):
    assert measure in measures(sentence)
