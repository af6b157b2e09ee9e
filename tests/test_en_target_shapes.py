"""TARGET shapes of blind-written English (issue 16, held-out batch 9): bodies that only own the place a measure is
published in, grade modifiers of several letters, and roles and bodies with their own "of"/"in charge of" phrase.
The sentences are written for these tests."""
from __future__ import annotations

import pytest

from xinyong.annotate.en_target_places import without_bodies_as_places
from xinyong.annotate.finders import find_targets
from xinyong.annotate.resources import load_resources
from xinyong.locations import corpus_dir

pytestmark = pytest.mark.rules_only  # the rules alone: see tests/conftest.py


@pytest.fixture(scope="module")
def res():
    return load_resources("en", str(corpus_dir()))


def targets(text: str, res) -> list[tuple[str, str]]:
    return [(text[s:e], kind) for s, e, _, kind in find_targets(text, res)]


def test_a_body_owning_the_place_of_publication_inside_a_measure_is_no_target():
    text = "The order shall be published on the court's website, and the court must serve it."
    court = text.index("court")
    published = text.index("published")
    records = [(court, court + 5, "TARGET", "government-body"), (text.rindex("court"), text.rindex("court") + 5, "TARGET",
                                                                 "government-body")]
    measure = [(published, text.index(","), "MEASURE", "public-naming")]
    kept = without_bodies_as_places(text, records, measure)
    assert [text[s:e] for s, e, _, _ in kept] == ["court"] and kept[0][0] == text.rindex("court")
    # outside a measure, the courts' platform keeps its owner as a party (the main English gold)
    assert without_bodies_as_places(text, records, []) == records


def test_grade_modifiers_of_several_letters_join_the_party(res):
    text = "An AAA-grade enterprise and AA-grade firms are rewarded, while a B-grade company is inspected."
    found = [span for span, _ in targets(text, res)]
    assert {"AAA-grade enterprise", "AA-grade firms", "B-grade company"} <= set(found)
    assert "enterprise" not in found and "firms" not in found


def test_bodies_and_roles_keep_the_phrase_that_names_them(res):
    text = ("Where the circumstances are serious, the provincial department in charge of social credit shall act, and "
            "the people's government at the same level shall fine the person in charge of statistics.")
    found = dict(targets(text, res))
    assert found.get("provincial department in charge of social credit") == "government-body"
    assert found.get("people's government at the same level") == "government-body"
    assert found.get("person in charge of statistics") == "natural-person"


def test_a_person_in_charge_of_another_party_leaves_that_party_out(res):
    text = "The persons in charge of enterprises that have been listed shall be named."
    found = [span for span, _ in targets(text, res)]
    assert "persons in charge of enterprises" not in found and "enterprises" in found


def test_parties_of_the_construction_and_housing_trades(res):
    text = ("The rules bind builders, property management companies, housing agencies and estate agents, and registered "
            "practitioners such as constructors and supervising engineers; a brokerage on the list and its managers "
            "are named, and so is the general manager.")
    found = dict(targets(text, res))
    for firm in ("builders", "property management companies", "housing agencies", "estate agents"):
        assert found.get(firm) == "legal-person", firm
    for person in ("registered practitioners", "constructors", "supervising engineers", "managers", "general manager"):
        assert found.get(person) == "natural-person", person


def test_authorities_by_level_and_relevant_organs_keep_their_words(res):
    text = "District housing authorities keep the records, and the relevant administrative organs shall act."
    found = dict(targets(text, res))
    assert found.get("District housing authorities") == "government-body"
    assert found.get("relevant administrative organs") == "government-body"


def test_a_bare_body_acting_in_the_present_tense_is_a_party(res):
    text = "Each firm starts with 1,000 points. The bureau adds points for awards, and the bureau's list is public."
    found = [span for span, _ in targets(text, res)]
    assert found.count("bureau") == 1


def test_lenders_asked_to_apply_a_measure_are_no_parties(res):
    asked = ("Banks have been asked to take the grade into account, and the city will guide banks to offer loans; "
             "financial institutions are encouraged to offer lower rates, and insurers to lower premiums.")
    assert not [span for span, _ in targets(asked, res) if span.lower().rstrip("s") in ("bank", "insurer")
                or span.lower().startswith("financial institution")]
    # a bank that is itself the regulated party keeps its TARGET
    regulated = "Commercial banks that breach the rules shall be fined."
    assert any("banks" in span for span, _ in targets(regulated, res))
