"""English CITATION and DOCNO as other translators print them (issue 16): catalog titles without
quotes, and document numbers in their common romanisations. The sentences are written for the tests."""
from __future__ import annotations

from xinyong.annotate.pipeline import annotate_units


def found(text: str, labels: tuple[str, ...] = ("CITATION", "DOCNO")) -> list[tuple[str, str, str | None]]:
    records, _ = annotate_units([("u1", text)], "en", "test-document")
    return [(r["label"], r["text"], r["norm"]) for r in records if r["label"] in labels]


def test_plain_catalog_titles_are_citations_resolved_to_the_catalog():
    text = ("Courts apply the Civil Procedure Law of the People's Republic of China, and regulators the "
            "Regulations on the Administration of the Credit Reporting Industry and the Administrative Penalty Law.")
    assert found(text, ("CITATION",)) == [
        # an undated text: the latest catalogued version
        ("CITATION", "Civil Procedure Law of the People's Republic of China", "civil-procedure-law-2023"),
        ("CITATION", "Regulations on the Administration of the Credit Reporting Industry",
         "credit-reporting-industry-regulation-2013"),
        ("CITATION", "Administrative Penalty Law", "administrative-penalty-law-2021")]


def test_words_inside_a_plain_title_are_not_separate_terms():
    text = "The Planning Outline for Building the Social Credit System (2014–2020) set the agenda."
    records = found(text, ("CITATION", "TERM"))
    assert records == [("CITATION", "Planning Outline for Building the Social Credit System (2014–2020)",
                         "planning-outline-2014")]
    # Outside a title the same words are still a term.
    assert ("TERM", "social credit system", "social-credit-system") in found(
        "Building a social credit system takes time.", ("TERM",))


def test_generic_words_and_quoted_titles_are_not_doubled():
    assert found("The law and the regulations apply; these Measures take effect on 1 May.", ("CITATION",)) == []
    quoted = found('Under the "Administrative Penalty Law of the People\'s Republic of China", fines are limited.',
                   ("CITATION",))
    assert len(quoted) == 1 and quoted[0][2] == "administrative-penalty-law-2021"


def test_document_numbers_in_common_romanisations():
    text = ("See Guo Fa [2014] No. 21, also cited as GF No. (2014)21 or Guofa (2014) No. 21, "
            "and the interpretation Fa Shi [2017] No. 7.")
    assert [(label, norm) for label, _, norm in found(text, ("DOCNO",))] == [
        ("DOCNO", "国发〔2014〕21号"), ("DOCNO", "国发〔2014〕21号"), ("DOCNO", "国发〔2014〕21号"),
        ("DOCNO", "法释〔2017〕7号")]
