"""Authority fixes after the independent seed-22 hand check (issue 16). An organ at a higher level
(上级行政机关) supervises the organs that impose: it never becomes the body a document's unnamed
provisions fall back to, however often it is named."""
from __future__ import annotations

from xinyong.sanctions import _document_authority


def row(authority_text: str | None, basis: str | None, measure: str = "fine") -> dict:
    return {"doc": "penalty-law", "lang": "zh", "source_kind": "law", "measure": measure,
            "authority": "government-body" if authority_text else None, "authority_text": authority_text,
            "authority_basis": basis}


def test_a_higher_level_organ_is_not_the_document_body():
    rows = [row("上级行政机关", "provision") for _ in range(4)] + [row("公安机关", "provision"),
                                                                  row("财政部门", "provision"), row(None, None)]
    _document_authority(rows, "penalty-law", "zh")
    assert rows[-1]["authority"] is None


def test_a_body_that_imposes_is_the_document_body_in_the_same_shape():
    rows = [row("市场监督管理部门", "provision") for _ in range(4)] + [row("公安机关", "provision"),
                                                                    row("财政部门", "provision"), row(None, None)]
    _document_authority(rows, "penalty-law", "zh")
    assert (rows[-1]["authority_text"], rows[-1]["authority_basis"]) == ("市场监督管理部门", "document")


def test_a_court_that_only_qualifies_judgments_imposes_nothing():
    from xinyong.sanctions_authority import qualifies_a_document
    conduct = "Market entities that refuse to carry out court judgments shall be subject to market entry bans."
    imposing = "The court shall impose market entry bans on entities that refuse to perform."
    start = conduct.index("court")
    assert qualifies_a_document(conduct, start, start + len("court"), "en")
    start = imposing.index("court")
    assert not qualifies_a_document(imposing, start, start + len("court"), "en")
