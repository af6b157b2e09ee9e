"""The trigger of a measure (issue 16), on provisions written for the purpose (paraphrased shapes of
the kinds the hand checks found wrong), read with the project's cues (corpus/sanctions.yaml) and no
annotations: what sets the measure off is found from the provision's own wording."""
from __future__ import annotations

import re

from sanctions_helpers import Annotations, Provisions, one_article
from xinyong.parsed_document import Unit
from xinyong.sanctions_reader import ProvisionReader
from xinyong.sanctions_trigger import find_trigger






def trigger(text: str, words: str, lang: str, lead_in: str | None = None) -> tuple[str | None, str | None]:
    units, unit = one_article(text, lead_in)
    reader = ProvisionReader(Annotations(), Provisions(units), lang)
    return find_trigger(reader, unit, text.index(words))


def test_zh_a_crime_stated_without_de_is_the_trigger():
    assert trigger("违规行为已经构成犯罪，应当依法追究刑事责任的，不得只给予罚款。", "追究刑事责任", "zh") == \
        ("conduct", "违规行为已经构成犯罪")


def test_zh_the_conduct_before_the_body_named_after_you():
    text = "主管机关对应当移送的案件拒不移送，由上级机关责令改正，对负责人员依法给予处分。"
    assert trigger(text, "给予处分", "zh") == ("conduct", "主管机关对应当移送的案件拒不移送")


def test_zh_a_credit_rating_named_with_dui_is_the_trigger():
    text = "鼓励银行对信用较差的企业审慎发放贷款。"
    assert trigger(text, "审慎发放贷款", "zh") == ("status", "信用较差的企业")


def test_en_a_condition_cut_at_its_first_comma_runs_to_the_main_clause():
    text = ("Where anyone, without the permission of the supervision department of the State Council, runs a rating "
            "business, the supervision department of the State Council shall stop it, with confiscation of illegal gains.")
    kind, found = trigger(text, "confiscation", "en")
    # (a long condition is clipped to 80 characters)
    assert kind == "conduct" and found.startswith("Where anyone, without the permission of the supervision")


def test_en_conduct_stated_after_the_measure_in_a_relative_clause():
    text = "Sanctions shall be imposed on officials of the labour departments who abuse their powers in wage supervision."
    assert trigger(text, "Sanctions", "en") == ("conduct", "who abuse their powers in wage supervision")


def test_en_able_to_perform_but_refusing_is_the_trigger():
    text = "Subjects that can perform their obligations but refuse are to face restrictions on flying."
    assert trigger(text, "flying", "en") == ("conduct", "that can perform their obligations but refuse")


def test_en_a_list_name_stops_before_the_verb_of_its_clause():
    text = ("The legal representative of an enterprise on the list of enterprises with serious violations of law "
            "shall not serve as the legal representative of another enterprise for 3 years.")
    assert trigger(text, "shall not serve", "en") == ("list", "list of enterprises with serious violations of law")


def test_en_trust_breaking_information_in_its_disclosure_period():
    text = "Within the disclosure period for trust-breaking information, providers shall hold warning talks."
    assert trigger(text, "warning", "en") == ("status", "trust-breaking information")


def test_a_lead_in_states_the_trigger_of_its_items():
    lead_in = "对违反法定义务的信用主体，有关部门可以采取下列措施："
    assert trigger("（一）限制参加政府采购；", "限制参加政府采购", "zh", lead_in) == ("conduct", "违反法定义务的")


def trigger_with_items(text: str, words: str, lang: str, items: list[str]) -> tuple[str | None, str | None]:
    units = {"art-1": Unit("art-1", "article", 1, None, None, "", 1),
             "art-1.p1": Unit("art-1.p1", "paragraph", 1, None, "art-1", text, 1)}
    for number, item in enumerate(items, 1):
        label = re.match(r"（[一二三四五六七八九十]+）|\(\d+\)", item).group(0)
        units[f"art-1.p1.i{number}"] = Unit(f"art-1.p1.i{number}", "item", number, label, "art-1.p1", item, 1 + number)
    reader = ProvisionReader(Annotations(), Provisions(units), lang)
    return find_trigger(reader, units["art-1.p1"], text.index(words))


def test_the_acts_of_a_following_list_are_the_trigger_of_the_lead_ins_measure():
    text = "评级机构违反本办法，有下列行为之一的，由主管部门处十万元以下罚款："
    kind, found = trigger_with_items(text, "罚款", "zh", ["（一）伪造评级结果的；", "（二）泄露客户资料的。"])
    assert (kind, found) == ("conduct", "评级机构违反本办法，有下列行为之一的：伪造评级结果的；泄露客户资料的")
    text = "Where, in breach of these Rules, a rating firm commits any of the following acts, the authority shall impose a fine:"
    kind, found = trigger_with_items(text, "fine", "en", ["(1) forging ratings;", "(2) leaking client files."])
    assert kind == "conduct" and found.startswith("Where, in breach of these Rules, a rating firm commits any of the following acts: forging ratings")


def test_having_undergone_the_measure_is_the_trigger_of_what_follows():
    assert trigger("被执行人为企业的，被限制高消费后，不得动用企业财产支付旅游费用。", "限制高消费", "zh") == \
        ("conduct", "被限制高消费后")
    text = "Where the debtor is a firm, after it has been restricted from high consumption, its managers are prohibited from such spending."
    assert trigger(text, "restricted from high consumption", "en") == ("conduct", "after it has been restricted from high consumption")
