"""The trigger of a measure, for the kinds the independent seed-21 hand check found wrong (issue 16):
the listed debtor of a digest as the list, conduct or a credit grade missed, a fragment of a condition,
the imposing body's own decision or a wrongful listing taken as the trigger. Provisions written for the
purpose, read with the project's cues and no annotations, each beside one of the same shape that does
state the trigger found."""
from __future__ import annotations

from sanctions_helpers import Annotations, Provisions
from test_sanctions_trigger import trigger
from xinyong.parsed_document import Unit
from xinyong.sanctions_reader import ProvisionReader
from xinyong.sanctions_trigger import find_trigger


def listing_trigger(text: str, words: str) -> tuple[str | None, str | None]:
    """The trigger of an entry into a list (the list is then the measure, never its trigger)."""
    units = {"art-1": Unit("art-1", "article", 1, None, None, "", 1),
             "art-1.p1": Unit("art-1.p1", "paragraph", 1, None, "art-1", text, 2)}
    reader = ProvisionReader(Annotations(), Provisions(units), "zh")
    return find_trigger(reader, units["art-1.p1"], text.index(words), "list-inclusion")


def test_the_listed_debtor_names_the_list():
    text = "Measures applying to the listed debtor: no first-class seats on trains, where travel is not needed. Lodging: no star hotels."
    assert trigger(text, "no star hotels", "en") == ("list", "listed debtor")
    assert trigger("Measures applying to the debtor: no star hotels.", "no star hotels", "en") == (None, None)


def test_conduct_and_a_credit_grade_stated_beside_the_measure_are_found():
    assert listing_trigger("拖欠工资需要列入惩戒名单的具体情形，由部门规定。", "列入惩戒名单") == ("conduct", "拖欠工资")
    assert listing_trigger("前款规定行为可以作为列入惩戒名单的依据。", "列入惩戒名单") == ("conduct", "前款规定行为")
    assert listing_trigger("具体情形由部门规定后列入惩戒名单。", "列入惩戒名单") == (None, None)
    graded = "管理机构根据其信用等级的高低实施降低抽查频次的措施。"
    assert trigger(graded, "降低抽查频次", "zh") == ("status", "信用等级的高低")
    assert trigger("管理机构实施降低抽查频次的措施。", "降低抽查频次", "zh") == (None, None)


def test_a_condition_of_an_earlier_sentence_is_taken_whole_not_its_last_relative_clause():
    text = ("Where a project whose funds are not in place, and on which work began in violation of the rules, owes wages, "
            "the department shall fine the owner. Sanctions shall be imposed on the heads of the owner.")
    kind, found = trigger(text, "Sanctions", "en")
    assert kind == "conduct" and found.startswith("Where a project") and found.endswith("owes wages")


def test_the_imposing_bodys_own_decision_is_no_trigger():
    text = "Where a people's court decides to restrict high consumption, it shall issue an order to the debtor."
    assert trigger(text, "order", "en") == (None, None)
    refuses = "Where a debtor refuses to perform the judgment, the court shall issue an order to the debtor."
    assert trigger(refuses, "order", "en") == ("conduct", "Where a debtor refuses to perform the judgment")
    assert trigger("人民法院决定限制高消费的，应当向被执行人发出限制令。", "发出限制令", "zh") == (None, None)


def test_a_list_named_in_a_wrongful_listing_is_the_bodys_conduct_not_the_trigger():
    wrongful = "机关工作人员滥用职权，将不应当列入失信名单的主体列入失信名单的，对直接责任人员给予处分。"
    kind, found = trigger(wrongful, "给予处分", "zh")
    assert kind == "conduct" and "滥用职权" in found
    assert trigger("对列入失信名单的主体，有关部门给予处分。", "给予处分", "zh")[0] == "list"
