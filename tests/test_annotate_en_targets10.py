"""English TARGET kinds found on the development batches in session 9 (issue 16), checked on sentences written for
these tests (not gold text), with other writers' wordings of each kind."""
from __future__ import annotations

import pytest

from xinyong.annotate.pipeline import annotate_units

pytestmark = pytest.mark.rules_only  # the rules alone: see tests/conftest.py


def targets(text: str) -> list[tuple[str, str | None]]:
    found, _ = annotate_units([("u", text)], "en", "test")
    return [(r["text"], r["norm"]) for r in found if r["label"] == "TARGET"]


@pytest.mark.parametrize("sentence, party", [
    # party heads no list had: executives, brokers, people counted or listed, persons referred back to
    ("Its chief executives may be summoned by the regulator.", ("chief executives", "natural-person")),
    ("Insurance brokers who mislead clients shall be listed.", ("Insurance brokers", "natural-person")),
    ("By June, 312 people had been placed on the list.", ("people", "natural-person")),
    ("People listed as dishonest cannot buy tickets.", ("People", "natural-person")),
    ("Such individuals shall not serve as directors.", ("individuals", "natural-person")),
    ("The above-mentioned persons may not leave the country.", ("persons", "natural-person")),
    # entities and bodies acting in a rule
    ("A production and business entity that conceals an accident shall be listed.",
     ("production and business entity", "legal-person")),
    ("If the report is false, the institution shall be fined.", ("institution", "legal-person")),
    ("Any platform that hosts a listed seller must remove it.", ("platform", "legal-person")),
    ("Infringers named by the court shall be listed.", ("Infringers", "credit-subject")),
    ("The notice gives the party ten days to file an objection.", ("party", "credit-subject")),
    ("No department shall extend the listing period.", ("department", "government-body")),
    ("The policy urges regulators to share records.", ("regulators", "government-body")),
    ("The memorandum lets authorities bar listed firms from bidding.", ("authorities", "government-body")),
    ("The county public credit information centre shall keep the records.",
     ("county public credit information centre", "information-handler")),
])
def test_party_heads(sentence: str, party: tuple[str, str]) -> None:
    assert party in targets(sentence)


@pytest.mark.parametrize("sentence, word", [
    # the same heads where they name no party
    ("The party shall lead the work.", "party"),
    ("A third party may hold the data.", "party"),
    ("The platform stores the data.", "platform"),
    ("Many people support the reform.", "people"),
])
def test_heads_in_other_roles(sentence: str, word: str) -> None:
    assert word not in [t for t, _ in targets(sentence)]


@pytest.mark.parametrize("sentence, party", [
    # repeated conduct says which parties, like a credit word; size words stay out (the main English gold)
    ("The chamber condemned repeat infringers.", "repeat infringers"),
    ("Habitual violators shall be listed for five years.", "Habitual violators"),
    ("Persistent offenders lose their licences.", "Persistent offenders"),
    ("Large enterprises shall not delay payments.", "enterprises"),
])
def test_conduct_modifiers(sentence: str, party: str) -> None:
    assert party in [t for t, _ in targets(sentence)]


@pytest.mark.parametrize("sentence, word", [
    # head-noun rule: a party noun that modifies the noun after it is no party
    ("Debtors who ignore court rulings shall be listed.", "court"),
    ("Courts must respect court judgments of other provinces.", "court"),
    ("Client deposits must be paid into a supervised account.", "Client"),
    ("The agency misused client funds.", "client"),
    ("Sellers shall display store identifiers on the home page.", "store"),
    ("We support firm action against infringers.", "firm"),
])
def test_party_noun_modifiers(sentence: str, word: str) -> None:
    assert word not in [t for t, _ in targets(sentence)]


@pytest.mark.parametrize("sentence, word", [
    # speakers and their employers in reported speech
    ('"Fines alone will not work," said a Qinghe lawyer who advises builders.', "lawyer"),
    ("The rules are vague, according to a Beijing lawyer.", "lawyer"),
    ("said Li Wen, a credit analyst at a Hangzhou brokerage.", "brokerage"),
    ("said Wu Dan, a professor of economics at Donglin University.", "University"),
    ("said an official with the finance department who asked not to be named.", "finance department"),
])
def test_speakers_are_no_parties(sentence: str, word: str) -> None:
    assert word not in [t for t, _ in targets(sentence)]


@pytest.mark.parametrize("sentence, party", [
    # what a speaker or a body says about parties keeps them
    ("The analyst said the grading would help honest sellers.", "honest sellers"),
    ("The bureau says an enterprise graded B can climb back.", "enterprise"),
    ("Article 9 says the department must first notify the parties concerned.", "department"),
])
def test_parties_in_what_is_said(sentence: str, party: str) -> None:
    assert party in [t for t, _ in targets(sentence)]


@pytest.mark.parametrize("sentence, expected, predicate", [
    # a relative clause saying the persons are officials types them and is no second party
    ("Persons directly responsible for the fraud who are public officials shall be handed over.",
     ("Persons directly responsible", "public-official"), "public officials"),
    ("Legal representatives who are also civil servants shall be dismissed.",
     ("Legal representatives", "public-official"), "civil servants"),
])
def test_officials_by_predicate(sentence: str, expected: tuple[str, str], predicate: str) -> None:
    found = targets(sentence)
    assert expected in found and predicate not in [t for t, _ in found]


def test_other_predicates_stay_parties() -> None:
    assert ("individuals", "natural-person") in targets("The curb covers debtors who are individuals.")


@pytest.mark.parametrize("sentence, word", [
    # a body named as the issuer of an instrument, or a piece of a proper name
    ("The Qinghe Provincial Department of Commerce has issued interim measures on the list.", "Provincial Department"),
    ("Under a circular issued last week by the municipal finance bureau, firms will be graded.", "municipal finance bureau"),
    ("The provincial tax service and the provincial finance department jointly issued a notice.", "provincial tax service"),
    ("The municipal market regulation bureau released new rules on Monday.", "municipal market regulation bureau"),
])
def test_issuers_are_no_parties(sentence: str, word: str) -> None:
    assert word not in [t for t, _ in targets(sentence)]


@pytest.mark.parametrize("sentence, party", [
    # a body that applies the scheme or publishes lists keeps its TARGET
    ("The court shall issue a restriction order to the debtor.", "court"),
    ("The names of the firms have been published by the tax authorities.", "tax authorities"),
    ("The provincial finance department shall list the firms.", "provincial finance department"),
])
def test_acting_bodies_stay_parties(sentence: str, party: str) -> None:
    assert party in [t for t, _ in targets(sentence)]


@pytest.mark.parametrize("sentence, word", [
    # bodies and platforms named as a place something is published or sold on
    ("The order may be posted on the court's website.", "court"),
    ("Names are shown on the portal of the municipal tax bureau.", "municipal tax bureau"),
    ("Listed livestreamers may not sell on platforms in the province.", "platforms"),
    ("She runs a shop on two platforms.", "platforms"),
])
def test_places_are_no_parties(sentence: str, word: str) -> None:
    assert word not in [t for t, _ in targets(sentence)]


def test_platforms_that_act_stay_parties() -> None:
    assert "Platforms" in [t for t, _ in targets("Platforms shall remove listed sellers within three days.")]


@pytest.mark.parametrize("sentence, word", [
    # party nouns inside the name of an honour
    ("They are preferred in selections of outstanding and advanced individuals and units.", "individuals"),
    ("Grade A firms get priority in the selection of demonstration enterprises.", "enterprises"),
    ('Listed agencies may not receive the title of "model travel agencies".', "travel agencies"),
    ('No listed firm may be named a "model enterprise".', "enterprise"),
])
def test_honour_names_are_no_parties(sentence: str, word: str) -> None:
    assert word not in [t for t, _ in targets(sentence)]


def test_selected_parties_stay_parties() -> None:
    assert "Listed enterprises" in [t for t, _ in targets("Listed enterprises shall be excluded from the selection.")]


@pytest.mark.parametrize("sentence", [
    # "the untrustworthy" naming the parties before a preposition, a conjunction or a verb
    "Publicly expose the names of the untrustworthy through newspapers.",
    "Joint punishment of the untrustworthy and incentives for good firms go together.",
    "Penalties for the dishonest shall be strict.",
])
def test_nominalised_adjectives(sentence: str) -> None:
    assert any(t in ("untrustworthy", "dishonest") and n == "credit-subject" for t, n in targets(sentence))


def test_credit_adjective_before_a_noun_is_no_party() -> None:
    assert "dishonest" not in [t for t, _ in targets("The dishonest conduct of firms shall be recorded.")]


@pytest.mark.parametrize("sentence, party", [
    # bare departments as other bodies ("other" inside, adjudicated in session 10), a body's own, or the members of a
    # joint mechanism
    ("The records will be shared with other departments for joint punishment.", "other departments"),
    ("County governments, together with their departments, shall restrict listed firms.", "departments"),
    ("The measures that member departments apply are listed below.", "member departments"),
])
def test_bare_departments(sentence: str, party: str) -> None:
    assert (party, "government-body") in targets(sentence)


@pytest.mark.parametrize("sentence, party", [
    # a single official as the party, with the words that say whose official
    ("A township official who takes bribes from listed firms shall be dismissed.", "township official"),
    ("A local government official who orders false reporting shall be punished.", "local government official"),
    ("The breach shall be noted in the official's integrity file.", "official"),
])
def test_single_officials(sentence: str, party: str) -> None:
    assert (party, "public-official") in targets(sentence)


def test_official_as_an_adjective_is_no_party() -> None:
    assert "official" not in [t for t, _ in targets("The official website shall publish the list.")]


@pytest.mark.parametrize("sentence, department, government", [
    # a department named with the government it belongs to keeps its own TARGET before the government's
    ("The emergency management departments of people's governments at or above the county level shall keep the list.",
     "emergency management departments", "people's governments at or above the county level"),
    ("The civil affairs departments of local people's governments shall act.",
     "civil affairs departments", "local people's governments"),
])
def test_department_of_a_government(sentence: str, department: str, government: str) -> None:
    found = targets(sentence)
    assert (department, "government-body") in found and (government, "government-body") in found


def test_department_imposing_in_the_passive_is_no_party() -> None:
    found = [t for t, _ in targets("The firm shall be fined by the civil affairs department of the people's government.")]
    assert "civil affairs department" not in found


@pytest.mark.parametrize("sentence, party", [
    # an association of a trade acting as a party
    ("The provincial procurement agency association will publicly censure those involved.",
     "provincial procurement agency association"),
    ("The municipal estate agents association shall expel listed members.", "municipal estate agents association"),
])
def test_trade_associations(sentence: str, party: str) -> None:
    assert (party, "legal-person") in targets(sentence)


@pytest.mark.parametrize("sentence, word", [
    # carriers that apply a travel restriction to listed persons
    ("(2) Railway companies shall refuse to sell tickets to them.", "companies"),
    ("Airlines must not sell seats to listed debtors.", "Airlines"),
])
def test_carriers_applying_a_restriction(sentence: str, word: str) -> None:
    assert word not in [t for t, _ in targets(sentence)]


def test_carriers_as_parties_stay() -> None:
    assert "Shipping companies" in [t for t, _ in targets("Shipping companies that are listed shall be fined.")]


@pytest.mark.parametrize("sentence, party", [
    # holders, providers, institutions by their work, market players, customs brokers, persons concerned
    ("Permit holders that breach the terms shall be listed.", ("Permit holders", "legal-person")),
    ("Payment service providers shall report listed accounts.", ("Payment service providers", "legal-person")),
    ("Testing institutions that issue false reports shall be fined.", ("Testing institutions", "legal-person")),
    ("Market players rated A enjoy fewer inspections.", ("Market players", "legal-person")),
    ("Customs brokers rated as dishonest shall be inspected more often.", ("Customs brokers", "legal-person")),
    ("The persons involved may file an objection.", ("persons involved", "credit-subject")),
])
def test_more_party_heads(sentence: str, party: tuple[str, str]) -> None:
    assert party in targets(sentence)


@pytest.mark.parametrize("sentence, party", [
    # customs certification grades say which enterprises, as credit grades do
    ("Advanced certified enterprises enjoy a lower inspection rate.", "Advanced certified enterprises"),
    ("Certified enterprises may apply for facilitation measures.", "Certified enterprises"),
    ("AEO enterprises are given priority in clearance.", "AEO enterprises"),
])
def test_certification_grades(sentence: str, party: str) -> None:
    assert party in [t for t, _ in targets(sentence)]


@pytest.mark.parametrize("sentence, party", [
    # kind words joined by "and"/"or" share one head (GUIDELINES.md: coordinated heads)
    ("Import and export enterprises rated as dishonest shall be inspected.", "Import and export enterprises"),
    ("Tourism and entertainment businesses shall display their grades.", "Tourism and entertainment businesses"),
])
def test_coordinated_kind_words(sentence: str, party: str) -> None:
    assert party in [t for t, _ in targets(sentence)]


def test_party_noun_before_units_names_a_kind_of_unit() -> None:
    assert "undertaking" not in [t for t, _ in targets("Project undertaking units shall cooperate with the inquiry.")]


@pytest.mark.parametrize("sentence, party", [
    # heads of research, education and funding rules
    ("Persons found responsible for misconduct shall be barred from applying for funding.", ("Persons", "natural-person")),
    ("Project team members who fabricate data shall be disqualified.", ("Project team members", "natural-person")),
    ("Examinees who cheat shall be listed.", ("Examinees", "natural-person")),
    ("Grant recipients that misuse funds shall repay them.", ("Grant recipients", "legal-person")),
    ("Third-party agencies that issue false certificates shall be fined.", ("Third-party agencies", "legal-person")),
    ("The perpetrator shall be notified in writing.", ("perpetrator", "credit-subject")),
])
def test_heads_of_research_and_funding_rules(sentence: str, party: tuple[str, str]) -> None:
    assert party in targets(sentence)


@pytest.mark.parametrize("sentence, party", [
    # a quantified generic head that a listing falls on names the party
    ("- provide for a hearing before any entity is listed;", "entity"),
    ("Any organization that is placed on the list may object.", "organization"),
])
def test_quantified_heads_that_are_listed(sentence: str, party: str) -> None:
    assert party in [t for t, _ in targets(sentence)]


def test_quantified_heads_of_a_general_rule_stay_out() -> None:
    assert "entity" not in [t for t, _ in targets("No entity may collect such information without consent.")]


@pytest.mark.parametrize("sentence, expected", [
    # a single business as a party, not the activity or a modifier
    ("The rules let the bureau list a business for minor breaches.", True),
    ("Any business that fails to report shall be fined.", True),
    ("Starting a business is easier now.", False),
    ("Each firm holds a business licence.", False),
])
def test_single_business(sentence: str, expected: bool) -> None:
    assert ("business" in [t for t, _ in targets(sentence)]) is expected


@pytest.mark.parametrize("sentence, lender", [
    # lenders permitted or bound to apply a financing measure apply it and are no parties
    ("Banks may refuse loans to such entities.", "Banks"),
    ("Financial institutions shall raise the interest rates charged to listed firms.", "Financial institutions"),
])
def test_lenders_that_apply_a_measure(sentence: str, lender: str) -> None:
    assert lender not in [t for t, _ in targets(sentence)]


def test_lenders_as_parties_stay() -> None:
    assert ("Listed banks", "legal-person") in targets("Listed banks shall be inspected more often.")


@pytest.mark.parametrize("sentence, party", [
    # individuals who sell are natural persons; individual businesses stay legal persons
    ("Individual sellers with a C grade must display it.", ("Individual sellers", "natural-person")),
    ("Individual vendors who cheat buyers shall be listed.", ("Individual vendors", "natural-person")),
    ("Individual businesses shall register their grades.", ("Individual businesses", "legal-person")),
])
def test_individual_sellers(sentence: str, party: tuple[str, str]) -> None:
    assert party in targets(sentence)


@pytest.mark.parametrize("sentence, party", [
    # staff named by their work are natural persons; the staff of a body stay officials
    ("The statistical staff who entered false figures shall be named.", ("statistical staff", "natural-person")),
    ("Accounting personnel who forge vouchers shall be barred from the trade.", ("Accounting personnel", "natural-person")),
    ("Staff of the bureau who leak data shall be punished.", ("Staff", "public-official")),
])
def test_staff_by_their_work(sentence: str, party: tuple[str, str]) -> None:
    assert party in targets(sentence)


@pytest.mark.parametrize("sentence, expected", [
    # members of an association named by their listing; not Party members
    ("The chamber shall expel members that are listed as dishonest.", True),
    ("The association may warn members which have been penalised twice.", True),
    ("Party members who are listed shall be disciplined.", False),
])
def test_listed_members(sentence: str, expected: bool) -> None:
    assert (("members", "legal-person") in targets(sentence)) is expected
