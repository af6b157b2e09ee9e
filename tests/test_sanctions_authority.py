"""The imposing authority of a measure, for the kinds the independent seed-21 hand check found wrong
(issue 16): a body made from a fragment ("organ" in "organizations", "its administrative authority" as a
power), one body of an enumeration taken for all, a body that only sets criteria or lists, a generic word
as the document's body, and a body named but missed (公共管理机构). Provisions written for the purpose,
read with the project's cues, each beside one of the same shape that does name the body."""
from __future__ import annotations

from sanctions_helpers import Annotations, Provisions
from xinyong.parsed_document import Unit
from xinyong.sanctions_authority import follows_from_listing, is_generic, sets_criteria
from xinyong.sanctions_reader import ProvisionReader


def authority(text: str, words: str, lang: str, kind: str | None = None) -> str | None:
    units = {"art-1": Unit("art-1", "article", 1, None, None, "", 1)}
    unit = Unit("art-1.p1", "paragraph", 1, None, "art-1", text, 2)
    units[unit.id] = unit
    reader = ProvisionReader(Annotations(), Provisions(units), lang)
    found, _ = reader.authority(unit, text.index(words), kind)
    return found.text if found else None


def test_no_body_is_made_from_a_fragment_of_a_word():
    text = "For organizations, the measures also apply to their legal representatives: no soft sleeper berths."
    assert authority(text, "no soft sleeper berths", "en") is None
    assert authority("Tours organized by travel agencies are barred; no soft sleeper berths.", "no soft sleeper", "en") is None
    named = "The public security organ shall bar them from soft sleeper berths."
    assert authority(named, "soft sleeper berths", "en") == "public security organ"


def test_an_authority_that_is_a_power_is_no_body():
    text = ("The competent department at the higher level shall, according to its administrative authority, "
            "give a warning.")
    assert authority(text, "warning", "en") == "competent department"
    body = "The administrative authority shall give a warning."
    assert authority(body, "warning", "en") == "administrative authority"


def test_an_enumeration_of_notified_bodies_is_led_by_its_first():
    text = "法院应当将名单向政府有关部门、市场监管部门、行业主管部门等通报，供其在政府扶持、市场准入等方面予以惩戒。"
    assert authority(text, "政府扶持", "zh") == "政府有关部门"
    alone = "法院应当将名单向市场监管部门通报，供其在政府扶持等方面予以惩戒。"
    assert authority(alone, "政府扶持", "zh") == "市场监管部门"


def test_a_body_named_but_missed_is_found():
    text = "公共管理机构可以根据信用等级对监管对象降低抽查频次。"
    assert authority(text, "降低抽查频次", "zh") == "公共管理机构"


def test_a_provision_setting_criteria_or_a_listing_has_no_imposing_body():
    prescribed = "需要列入惩戒名单的具体情形，由国务院有关部门规定。"
    assert sets_criteria(prescribed, prescribed.index("列入惩戒名单"), "zh")
    decided = "需要列入惩戒名单的，由国务院有关部门决定。"
    assert not sets_criteria(decided, decided.index("列入惩戒名单"), "zh")
    basis = "前款所列行为可以作为列入惩戒名单的依据。"
    assert sets_criteria(basis, basis.index("列入惩戒名单"), "zh")
    entered = "许可信息应当作为基础信息纳入信用记录。"
    assert not sets_criteria(entered, entered.index("纳入信用记录"), "zh")
    en = "The circumstances requiring inclusion in the list shall be prescribed by the department of the State Council."
    assert sets_criteria(en, en.index("inclusion"), "en")
    # a bar that follows from a listing, with only the listing body named in an earlier sentence
    text = "由市场监管部门列入黑名单。被列入黑名单的企业的法定代表人，三年内不得担任其他企业的法定代表人。"
    bar = text.index("不得担任")
    assert follows_from_listing(text, bar, text.index("市场监管部门"), "zh")
    own = "被列入黑名单的企业，由市场监管部门限制其参加招标投标。"
    assert not follows_from_listing(own, own.index("限制"), own.index("市场监管部门"), "zh")


def test_a_generic_word_is_not_a_documents_body():
    assert is_generic("department") and is_generic("有关部门") and is_generic("Relevant departments")
    assert not is_generic("县级以上人民政府发展改革部门") and not is_generic("people's court")


def test_the_documents_usual_body_is_assumed_in_a_text_not_in_a_digest():
    from xinyong.sanctions import _document_authority

    def rows(kind: str) -> list[dict]:
        named = [{"doc": "d", "lang": "en", "source_kind": kind, "measure": "fine", "authority": "court",
                  "authority_text": "people's court", "authority_basis": "provision"} for _ in range(3)]
        return named + [{"doc": "d", "lang": "en", "source_kind": kind, "measure": "fine", "authority": None,
                         "authority_text": None, "authority_basis": None}]
    text, digest = rows("text"), rows("digest")
    _document_authority(text, "d", "en")
    _document_authority(digest, "d", "en")
    assert text[-1]["authority_text"] == "people's court" and text[-1]["authority_basis"] == "document"
    assert digest[-1]["authority_text"] is None
