"""English annotation of text in other translators' conventions (issue 16), on sentences written
for these tests (not the held-out gold text): plain-text titles, romanised document numbers,
glossary variants, restricted activities, party names and the sanctioned party."""
from __future__ import annotations

import pytest

from xinyong.annotate.en_citations import loose_key, title_spans, translator_key
from xinyong.annotate.en_measures import activity_spans, load_measure_rules
from xinyong.annotate.pipeline import annotate_units
from xinyong.errors import XinyongError
from xinyong.locations import corpus_dir

pytestmark = pytest.mark.rules_only  # the rules alone: see tests/conftest.py


def records(text: str, unit: str = "u", doc: str = "test") -> list[dict]:
    found, _ = annotate_units([(unit, text)], "en", doc)
    return found


def spans(text: str, label: str) -> list[tuple[str, str | None]]:
    return [(r["text"], r["norm"]) for r in records(text) if r["label"] == label]


# --- CITATION and DOCNO ----------------------------------------------------------------------

def test_plain_titles_are_found_by_their_shape_and_two_titles_joined_by_and_the_stay_apart():
    text = ("Under the Interim Measures on Grading Widget Dealers (Trial) and the Notice on Improving "
            "Cross-Region Widget Supervision, these Measures apply.")
    found = [text[s:e] for s, e in title_spans(text)]
    assert found == ["Interim Measures on Grading Widget Dealers (Trial)",
                     "Notice on Improving Cross-Region Widget Supervision"]


def test_sentence_words_headings_and_references_are_not_titles():
    assert title_spans("These Provisions take effect on the date of issue.") == []
    assert title_spans("Measures of punishment shall be proportionate.") == []
    assert title_spans("III. Restriction Measures and Periods") == []  # a heading
    assert title_spans("Article 10 of these Measures applies.") == []


def test_a_short_title_ending_in_law_is_a_citation():
    text = "in accordance with the Civil Procedure Law and other laws"
    assert [text[s:e] for s, e in title_spans(text)] == ["Civil Procedure Law"]


def test_a_title_resolves_by_the_document_number_after_it():
    # wording that is in no catalog field: the number in brackets decides
    found = spans("To implement the Outline for Planning a Social Credit Framework (2014-2020) "
                  "(Guo Fa [2014] No. 21), the following is decided.", "CITATION")
    assert found == [("Outline for Planning a Social Credit Framework (2014-2020)", "planning-outline-2014")]


def test_a_title_in_other_translators_wording_resolves_without_a_number():
    found = spans("under the Regulations on Guaranteeing Payment of Wages to Rural Migrant Workers, employers",
                  "CITATION")
    assert found == [("Regulations on Guaranteeing Payment of Wages to Rural Migrant Workers",
                      "migrant-worker-wage-payment-regulation-2019")]
    assert translator_key(loose_key("Dishonest Persons Subject to Execution")) == \
        translator_key(loose_key("Trust-Breaking Judgment Debtors"))


def test_an_unknown_title_is_a_citation_without_an_id():
    assert spans("as the Provisions on Widget Quality Credit of Atlantis require", "CITATION") == \
        [("Provisions on Widget Quality Credit of Atlantis", None)]


def test_a_decree_number_after_a_resolved_title_takes_the_catalogued_form():
    found = spans("listed under the Regulation on Ensuring the Payment of Wages to Migrant Workers "
                  "(Decree No. 724) shall", "DOCNO")
    assert found == [("Decree No. 724", "国务院令第724号")]
    # without a title that resolves to it, the number stays as written
    assert spans("see Decree No. 724 for details", "DOCNO") == [("Decree No. 724", "Decree No. 724")]


@pytest.mark.parametrize("number, canonical", [
    ("Guo Fa [2014] No. 21", "国发〔2014〕21号"),
    ("GF No. (2014)21", "国发〔2014〕21号"),
    ("Fa Shi [2017] No. 7", "法释〔2017〕7号"),
    ("Fagai Caijin [2016] No. 141", "发改财金〔2016〕141号"),
])
def test_romanised_document_numbers(number, canonical):
    assert spans(f"as provided in ({number}), the units shall", "DOCNO") == [(number, canonical)]


# --- TERM -------------------------------------------------------------------------------------

def test_a_glossary_variant_is_a_term_and_the_preferred_entry_wins():
    assert spans("A dishonest judgment debtor shall report.", "TERM") == \
        [("dishonest judgment debtor", "trust-breaking-judgment-debtor")]
    assert spans("the list of dishonest persons subject to execution is kept", "TERM") == \
        [("list of dishonest persons subject to execution", "list-of-trust-breaking-judgment-debtors")]


def test_no_term_inside_a_plain_title_and_no_unlisted_word_is_a_term():
    text = "In accordance with the Notice on Building the Social Credit System in Widget Trade, dealers comply."
    assert spans(text, "CITATION")
    assert spans(text, "TERM") == []  # "Social Credit System" is inside the title; "dealers" is no entry


# --- MEASURE ----------------------------------------------------------------------------------

def test_restricted_activities_are_one_span_each_with_their_type():
    text = ("Restrict the persons in charge from flying, riding soft sleepers on trains, bidding in public "
            "tenders and being hired as civil servants.")
    assert spans(text, "MEASURE") == [
        ("flying", "air-travel-restriction"),
        ("riding soft sleepers on trains", "rail-travel-restriction"),
        ("bidding in public tenders", "procurement-exclusion"),
        ("being hired as civil servants", "civil-service-restriction")]


def test_a_list_item_of_consumption_verbs_splits_by_activity_and_keeps_shared_objects_together():
    text = "(2) buy cars not needed for business or build, expand or luxuriously renovate homes;"
    assert spans(text, "MEASURE") == [
        ("buy cars not needed for business", "vehicle-purchase-restriction"),
        ("build, expand or luxuriously renovate homes", "real-estate-restriction")]


def test_a_duration_is_not_part_of_the_activity_and_a_new_clause_ends_the_list():
    rules = load_measure_rules(str(corpus_dir()))
    text = "from taking part in government procurement for three years, and the bureau shall notify them."
    found = activity_spans(text, len("from "), rules)
    assert [(text[s:e], kind) for s, e, _, kind in found] == \
        [("taking part in government procurement", "procurement-exclusion")]


def test_verb_object_measures():
    assert spans("The bank may refuse loans to them.", "MEASURE") == [("refuse loans", "financing-restriction")]
    assert spans("(3) lower their credit rating in the widget sector;", "MEASURE") == \
        [("lower their credit rating", "credit-score-deduction")]


def test_an_object_named_as_past_conduct_is_not_a_measure():
    assert spans("(2) passengers who have smoked on high-speed trains and been fined;", "MEASURE") == \
        [("fined", "fine")]


# --- TARGET and the sanctioned party -------------------------------------------------------------

def test_other_translators_party_names_are_targets():
    found = spans("Persons subject to execution and their persons in charge shall report to the tax "
                  "authorities.", "TARGET")
    assert ("Persons subject to execution", "judgment-debtor") in found
    assert ("persons in charge", "natural-person") in found
    assert ("tax authorities", "government-body") in found


def test_no_target_inside_the_activity_or_an_agency_name():
    text = ("The Ministry of Commerce shall restrict them from holding posts in "
            "state-owned enterprises.")
    assert spans(text, "TARGET") == []
    assert spans(text, "MEASURE") == [("holding posts in state-owned enterprises", "position-restriction")]


def test_each_measure_carries_the_party_the_restriction_names():
    found = records("The tax office shall restrict the persons in charge from leaving the country.")
    measure = next(r for r in found if r["label"] == "MEASURE")
    assert (measure["text"], measure["target"]) == ("leaving the country", ["persons in charge"])


def test_a_list_item_takes_the_party_of_its_paragraph():
    found, _ = annotate_units([("p1", "Persons subject to execution shall be restricted as follows:"),
                               ("p1.i1", "(1) take aircraft;")], "en", "test")
    measure = next(r for r in found if r["label"] == "MEASURE")
    assert (measure["unit"], measure["text"], measure["target"]) == \
        ("p1.i1", "take aircraft", ["Persons subject to execution"])


def test_a_bad_pattern_in_the_measure_rules_is_a_numbered_error(tmp_path):
    (tmp_path / "patterns").mkdir()
    (tmp_path / "patterns" / "en-measures.yaml").write_text("restriction_cues: ['(unclosed']\n", encoding="utf-8")
    with pytest.raises(XinyongError) as caught:
        load_measure_rules(str(tmp_path))
    assert caught.value.code == "E050"
    assert "en-measures.yaml" in str(caught.value)


def test_a_title_variant_recorded_in_the_catalog_resolves_the_citation():
    # the wording of title_variants_en in corpus/catalog/spc-dishonest-judgment-debtor-list-2017.yaml
    title = "Several Provisions on the Information Disclosure concerning the List of Dishonest Judgment Debtors"
    assert spans(f"In line with the {title}, courts act.", "CITATION") == \
        [(title, "spc-dishonest-judgment-debtor-list-2017")]


def test_a_nominal_restriction_takes_its_first_activity_and_says_nothing_of_what_follows():
    assert spans("It explains the restriction on leaving the country, its legal effect and appeals.", "MEASURE") == \
        [("restriction on leaving the country", "exit-restriction")]


def test_incentives_named_by_verb_and_object():
    assert spans("Departments may open green channels and reduce the frequency of spot checks for them.",
                 "MEASURE") == [("open green channels", "green-channel"),
                                ("reduce the frequency of spot checks", "fewer-inspections")]


def test_other_restricting_verbs_and_list_entry_with_the_party_named():
    assert spans("The bureau shall limit them from applying for fiscal subsidies.", "MEASURE") == \
        [("applying for fiscal subsidies", "public-funding-restriction")]
    assert spans("The bureau shall include the enterprise and its legal representative in the blacklist.",
                 "MEASURE") == [("include the enterprise and its legal representative in the blacklist",
                                 "list-inclusion")]


# --- One guideline for both English gold sets (branch engold2) ---------------------------------

def test_a_negated_list_after_a_heading_gives_one_measure_per_no():
    text = ("Travel: no seats in business class on aircraft, no soft sleepers on night trains, and no "
            "berths in first-class cabins on ships.")
    assert spans(text, "MEASURE") == [
        ("seats in business class on aircraft", "air-travel-restriction"),
        ("soft sleepers on night trains", "rail-travel-restriction"),
        ("berths in first-class cabins on ships", "ship-class-restriction")]


def test_denying_and_cancelling_verbs_take_their_typed_object():
    assert spans("The licensing office shall revoke their operating licences and refuse to grant them new loans.",
                 "MEASURE") == [("revoke their operating licences", "license-revocation"),
                                ("refuse to grant them new loans", "financing-restriction")]
    assert spans("Relevant departments shall cancel the preferential policies they enjoy and deny them access "
                 "to public resource trading.", "MEASURE") == [
        ("cancel the preferential policies they enjoy", "public-funding-restriction"),
        ("deny them access to public resource trading", "procurement-exclusion")]


def test_refusing_to_sell_names_the_object_not_the_verb_and_a_second_object_is_its_own_measure():
    assert spans("Airlines shall refuse to sell tickets for flights to them.", "MEASURE") == \
        [("flights", "air-travel-restriction")]
    assert spans("Ferry operators shall refuse to sell tickets for berths in cabins on passenger ships and "
                 "first-class seats on express trains.", "MEASURE") == [
        ("berths in cabins on passenger ships", "ship-class-restriction"),
        ("first-class seats on express trains", "rail-travel-restriction")]


def test_ineligibility_publicizing_and_commending_are_measures():
    assert spans("Such enterprises shall not be eligible for government subsidies.", "MEASURE") == \
        [("government subsidies", "public-funding-restriction")]
    assert spans("Their conduct shall be publicized and the model units shall be commended.", "MEASURE") == \
        [("publicized", "public-naming"), ("commended", "honor-award")]


def test_role_persons_and_associations_are_targets():
    found = spans("The enterprise, its legal representative, its actual controller and its principal "
                  "responsible person shall be notified.", "TARGET")
    assert found == [("enterprise", "legal-person"), ("legal representative", "natural-person"),
                     ("actual controller", "natural-person"), ("principal responsible person", "natural-person")]
    assert spans("Industry associations and chambers of commerce shall guide their members.", "TARGET") == \
        [("Industry associations", "legal-person"), ("chambers of commerce", "legal-person")]


def test_the_persons_directly_responsible_are_officials_only_where_a_public_body_violated():
    assert ("directly responsible persons in charge", "public-official") in spans(
        "Where a state organ fails to do so, the directly responsible persons in charge shall be punished.", "TARGET")
    assert ("persons directly responsible", "natural-person") in spans(
        "Where a company fails to do so, the persons directly responsible shall be fined.", "TARGET")


def test_a_role_named_as_the_restricted_position_is_not_a_target():
    text = "The court may restrict them from serving as legal representative of any company."
    assert spans(text, "TARGET") == [("court", "government-body")]
    assert spans(text, "MEASURE") == [("serving as legal representative of any company", "position-restriction")]


def test_party_nouns_are_targets_by_their_head_noun():
    assert spans("Governments at all levels shall help the listed debtor and its creditors; officials shall not "
                 "interfere.", "TARGET") == [("Governments at all levels", "government-body"),
                                             ("listed debtor", "judgment-debtor"), ("officials", "public-official")]
    # "enterprise-related" is a compound, not a party; a bare "departments" that owes a duty is
    assert spans("The superior organ may review enterprise-related approvals, and departments shall report to it.",
                 "TARGET") == [("superior organ", "government-body"), ("departments", "government-body")]
    assert spans("Seriously untrustworthy subjects and dishonest parties are named by the public credit "
                 "information agency.", "TARGET") == [
        ("Seriously untrustworthy subjects", "credit-subject"), ("dishonest parties", "credit-subject"),
        ("public credit information agency", "information-handler")]


def test_titles_with_ordinals_and_the_short_title_of_a_five_year_plan():
    text = "It rests on the 12th Five-Year Plan. The planning period is 2014 to 2020."
    assert [text[s:e] for s, e in title_spans(text)] == ["12th Five-Year Plan"]
    text = "The province adopted the 14th Five-Year Plan for Social Credit System Construction in 2021."
    assert [text[s:e] for s, e in title_spans(text)] == ["14th Five-Year Plan for Social Credit System Construction"]
    # an ordinal outside a title is no title
    assert title_spans("On 3 May the 2nd Plenary Session met; the 5th item was read.") == []


def test_general_measure_wordings_of_confiscation_list_entry_supervision_and_restricted_access():
    assert spans("The bureau shall impose a fine and confiscate the illegal income.", "MEASURE") == \
        [("impose a fine", "fine"), ("confiscate the illegal income", "confiscation")]
    assert ("included in the list of key supervision targets", "list-inclusion") in spans(
        "The enterprise shall be included in the list of key supervision targets.", "MEASURE")
    assert spans("Model enterprises may enjoy green channels and reduced inspection frequency.", "MEASURE") == \
        [("green channels", "green-channel"), ("reduced inspection frequency", "fewer-inspections")]
    assert spans("Departments shall limit their access to financing and their receipt of honours.", "MEASURE") == \
        [("limit their access to financing", "financing-restriction"), ("receipt of honours", "honor-restriction")]
    assert spans("Strengthening daily supervision and inspection of the listed units", "MEASURE") == \
        [("Strengthening daily supervision and inspection", "key-supervision")]


def test_warnings_with_their_verb_and_luxury_hotels_in_a_list_of_what_may_not_be_done():
    assert spans("Any unit that conceals information shall be given a notice of criticism.", "MEASURE") == \
        [("given a notice of criticism", "warning-and-criticism")]
    assert spans("Dishonest persons shall not purchase first-class air tickets, take soft sleepers or stay in "
                 "luxury hotels.", "MEASURE") == [
        ("purchase first-class air tickets", "air-travel-restriction"), ("take soft sleepers", "rail-travel-restriction"),
        ("stay in luxury hotels", "luxury-venue-restriction")]


def test_whole_head_noun_phrases_of_agencies_enterprises_and_departments():
    assert spans("Credit service institutions and credit reporting agencies shall protect information subjects.",
                 "TARGET") == [("Credit service institutions", "credit-service-agency"),
                               ("credit reporting agencies", "credit-service-agency"),
                               ("information subjects", "credit-subject")]
    assert spans("State-owned enterprises and an intermediary agency shall report to relevant administrative "
                 "departments.", "TARGET") == [("State-owned enterprises", "legal-person"),
                                              ("intermediary agency", "legal-person"),
                                              ("relevant administrative departments", "government-body")]


def test_subject_first_titles_and_an_issuer_in_the_possessive():
    assert spans("The Enterprise Information Publicity Interim Regulations apply.", "CITATION") == \
        [("Enterprise Information Publicity Interim Regulations", "enterprise-information-publicity-regulation-2014")]
    # another translator's wording of the title (Construction for 建设), which the catalog does not list
    assert spans("As required by the State Council's Planning Outline on Constructing the Social Credit "
                 "System (2014-2020), cities shall act.", "CITATION") == \
        [("Planning Outline on Constructing the Social Credit System (2014-2020)", "planning-outline-2014")]
    # parts of a text and numbered headings are not titles
    for text in ("Chapter VII Supplementary Provisions", "II. Main Punishment Measures",
                 "These provisions follow the General Provisions.", "The Three Key Measures were taken."):
        assert spans(text, "CITATION") == [], text


def test_edition_notes_in_lower_case_or_with_a_year_belong_to_the_title():
    assert spans("The Interim Measures for Credit Repair (for Trial Implementation) apply.", "CITATION") == \
        [("Interim Measures for Credit Repair (for Trial Implementation)", None)]
    assert spans("The Interim Measures for Credit Repair (2016 Revision) apply.", "CITATION") == \
        [("Interim Measures for Credit Repair (2016 Revision)", None)]
    # a bare year in brackets is not part of the title
    assert spans("The Administrative Penalty Law (2021) applies.", "CITATION") == \
        [("Administrative Penalty Law", "administrative-penalty-law-2021")]


def test_an_issuers_decree_or_announcement_takes_the_chinese_form():
    assert spans("See State Council Decree No. 631, SAIC Order No. 83 and SAT Announcement No. 40 of 2014.",
                 "DOCNO") == [("State Council Decree No. 631", "国务院令第631号"),
                              ("SAIC Order No. 83", "国家工商行政管理总局令第83号"),
                              ("SAT Announcement No. 40 of 2014", "国家税务总局公告〔2014〕第40号")]


def test_operators_named_by_their_trade_are_enterprises():
    assert spans("Road transport operators and online platform operators shall keep records.", "TARGET") == \
        [("Road transport operators", "legal-person"), ("online platform operators", "legal-person")]


def test_list_items_of_denials_incentives_and_supervision_in_unseen_wording():
    cases = {
        "(4) not approving their applications for new business licences;":
            [("not approving their applications for new business licences", "license-revocation")],
        "(2) reducing the frequency of routine inspections;":
            [("reducing the frequency of routine inspections", "fewer-inspections")],
        "(3) giving priority to them in the arrangement of fiscal funds and investment projects;":
            [("giving priority to them in the arrangement of fiscal funds", "funding-priority")],
        "(7) disqualifying them from honours and awards;": [("honours and awards", "honor-restriction")],
        "The enterprise shall be listed as a key supervision target and subjected to more frequent inspections.":
            [("listed as a key supervision target", "key-supervision"), ("more frequent inspections", "key-supervision")],
        "Restrict the legal representative from leaving the country and from buying property.":
            [("leaving the country", "exit-restriction"), ("buying property", "real-estate-restriction")],
    }
    for text, expected in cases.items():
        assert spans(text, "MEASURE") == expected, text


def test_a_person_is_a_target_as_the_subject_of_a_relative_clause_not_as_the_one_entered_on_a_list():
    assert ("person", "natural-person") in spans("A person who refuses to pay shall be restricted.", "TARGET")
    assert ("person", "natural-person") not in spans("The court shall enter the person on the list.", "TARGET")
