"""Kinds of wrong authority found by the independent seed-23 hand check (issue 16): a court named only in
the triggering conduct (refusing to perform a court's effective judgment), taken as the imposing body.
Sentences written for the purpose, beside one of the same shape where the court imposes."""
from __future__ import annotations

from sanctions_helpers import bodies

from xinyong.sanctions_authority import qualifies_a_document


def test_a_court_named_in_the_conduct_of_refusing_its_judgment_imposes_nothing() -> None:
    conduct = "经营者拒不履行人民法院已经发生法律效力的判决的，予以罚款。"
    imposing = "经营者拒不改正的，由人民法院予以罚款。"
    start = conduct.index("履行人民法院")
    assert qualifies_a_document(conduct, start, start + len("履行人民法院"), "zh")
    start = imposing.index("人民法院")
    assert not qualifies_a_document(imposing, start, start + len("人民法院"), "zh")


def test_a_body_that_only_discloses_information_imposes_nothing() -> None:
    from xinyong.sanctions_authority import only_discloses
    disclosing = ("Relevant departments are to disclose information on trust-breaking enterprises. "
                  "Such enterprises are to face restrictions on bidding.")
    imposing = "Relevant departments are to impose restrictions on bidding on trust-breaking enterprises."
    for text in (disclosing, imposing):
        assert text.startswith("Relevant departments")
    measure = disclosing.index("restrictions")
    assert only_discloses(disclosing, len("Relevant departments"), measure, "en")
    assert not only_discloses(imposing, len("Relevant departments"), imposing.index("restrictions"), "en")
    zh = "有关部门应当及时公开失信企业信息。失信企业不得参与招标投标。"
    assert only_discloses(zh, len("有关部门"), zh.index("不得参与"), "zh")


def test_a_body_that_only_asks_another_to_impose_gives_way_to_it() -> None:
    from xinyong.sanctions_authority import body_asked

    asking = "有关部门未予处分的，由信用主管部门提请监察机关予以处分。"
    agent, asked = bodies(asking, "信用主管部门", "监察机关")
    assert body_asked(asking, [agent, asked], agent, asking.index("处分。"), "zh") == asked
    imposing = "有关部门未予处分的，由信用主管部门会同监察机关予以处分。"
    agent, other = bodies(imposing, "信用主管部门", "监察机关")
    assert body_asked(imposing, [agent, other], agent, imposing.index("处分。"), "zh") == agent
