"""The sanctioned party of a measure, for the kinds the independent seed-21 hand check found wrong
(issue 16): a party named only as the credit standing of an incentive or an association's measure, the
wrong party chosen (the one ordered to correct over the named contractor, "units" among the acting bodies
or in a selections phrase, the enterprise over its legal representative, a citizen whose small fine is
another measure). Provisions written for the purpose, read with the project's cues and the measure spans
given, each beside one of the same shape whose party is the other."""
from __future__ import annotations


from sanctions_helpers import Annotations, Provisions, one_article
from xinyong.sanctions_reader import ProvisionReader




def party(text: str, words: str, kind: str, lang: str, lead_in: str | None = None,
          others: tuple[tuple[str, str], ...] = (), targets: tuple[tuple[str, str], ...] = ()) -> str | None:
    """The party text chosen for the measure `words` (of type `kind`); `others` are the other measure
    mentions of the unit and `targets` its TARGET spans (first occurrence), both as (words, type)."""
    units, unit = one_article(text, lead_in)
    spans = [(text.index(w), w, k) for w, k in ((words, kind),) + others]
    records = [{"label": "MEASURE", "start": s, "end": s + len(w), "text": w, "norm": k} for s, w, k in spans]
    records += [{"label": "TARGET", "start": text.index(w), "end": text.index(w) + len(w), "text": w, "norm": k}
                for w, k in targets]
    reader = ProvisionReader(Annotations({("fixture", lang, unit.id): records}), Provisions(units), lang)
    start = text.index(words)
    found = reader.party(unit, start, start + len(words), kind)
    return found.text if found else None


def test_the_subjects_an_incentive_or_an_association_measure_is_for_are_its_party():
    text = ("Trade associations are encouraged to adopt measures such as priority recommendation for trustworthy "
            "subjects, and measures such as expulsion for trust-breaking subjects.")
    assert party(text, "priority recommendation", "association-recommendation", "en") == "trustworthy subjects"
    assert party(text, "expulsion", "association-sanction", "en") == "trust-breaking subjects"
    listed = "Trade associations may take punishment measures for members with poor credit, such as circulated criticism."
    assert party(listed, "circulated criticism", "warning-and-criticism", "en") == "members with poor credit"
    # a lead-in's acting "departments and units" are not the party its items are for
    lead_in = "Departments and units may take the following measures for credit subjects with good credit standing:"
    assert party("(2) fewer spot checks;", "fewer spot checks", "fewer-inspections", "en", lead_in) == \
        "credit subjects with good credit standing"
    assert party("(2) fewer spot checks;", "fewer spot checks", "fewer-inspections", "en",
                 "The following measures may be taken on units with good credit:") == "units"
    assert party("监管部门可以根据信用等级对监管对象降低抽查频次。", "降低抽查频次", "fewer-inspections", "zh") == "监管对象"


def test_the_named_contractor_and_the_heads_of_the_owner_are_the_party():
    text = ("The party concerned shall be ordered to correct. Where the circumstances are serious, the construction "
            "contractor shall be given penalties such as revocation of its licence.")
    assert party(text, "revocation of its licence", "license-revocation", "en") == "construction contractor"
    assert party("The party concerned shall be ordered to correct. Where the circumstances are serious, a fine "
                 "shall also be imposed.", "fine", "fine", "en") == "The party"
    owner = "The department shall penalise the project owner. Sanctions shall be imposed on the heads of the project owner."
    assert party(owner, "Sanctions", "disciplinary-sanction", "en") == "heads of the project owner"


def test_units_in_a_selections_phrase_are_not_the_party():
    text = ("Where an employer owes wages, it shall be listed. The departments shall restrict them in government "
            "procurement and selections of outstanding individuals and units.")
    assert party(text, "government procurement", "procurement-exclusion", "en",
                 targets=(("employer", "legal-person"),)) == "employer"
    assert party("The departments shall restrict units in government procurement.", "government procurement",
                 "procurement-exclusion", "en") == "units"


def test_the_legal_representative_of_the_listed_enterprise_is_the_party_of_a_bar_on_posts():
    text = "被列入黑名单的企业的法定代表人，三年内不得担任其他企业的法定代表人。"
    enterprise = (("企业", "legal-person"),)
    assert party(text, "不得担任其他企业的法定代表人", "position-restriction", "zh", targets=enterprise) == "法定代表人"
    assert party("被列入黑名单的企业，三年内不得参加政府采购。", "不得参加政府采购", "procurement-exclusion", "zh",
                 targets=enterprise) == "企业"


def test_a_party_named_for_a_small_fine_is_not_the_party_of_a_warning_beside_it():
    text = "Where a fine of up to 200 yuan on a citizen, or a warning, is to be given, the decision may be made on the spot."
    citizen = (("citizen", "natural-person"),)
    assert party(text, "warning", "warning-and-criticism", "en", others=(("fine", "fine"),), targets=citizen) is None
    assert party(text, "fine", "fine", "en", others=(("warning", "warning-and-criticism"),), targets=citizen) == "citizen"
    both = "Where a citizen is to be given a fine or a warning, the decision may be made on the spot."
    assert party(both, "warning", "warning-and-criticism", "en", others=(("fine", "fine"),), targets=citizen) == "citizen"
