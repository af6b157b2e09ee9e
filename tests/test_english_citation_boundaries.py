"""Exact boundaries of English CITATION and DOCNO spans in other translators' conventions (issue 16),
one test per convention of corpus/gold/GUIDELINES.md ("English text by other translators"). The
sentences are written for these tests; widget titles are invented so that only the shape decides."""
from __future__ import annotations

import pytest

from xinyong.annotate.en_docnos import code_prefix
from xinyong.annotate.pipeline import annotate_units


def spans(text: str, label: str) -> list[tuple[str, str | None]]:
    records, _ = annotate_units([("u1", text)], "en", "test-document")
    return [(r["text"], r["norm"]) for r in records if r["label"] == label]


# --- CITATION: where a title starts ---------------------------------------------------------------

def test_a_leading_the_and_the_words_of_the_sentence_are_not_part_of_the_title():
    for lead in ("Based on the", "Implementing the", "Consistent with the", "Accordingly the", "(1) Implementing the"):
        text = f"{lead} Regulations on the Administration of the Credit Reporting Industry, banks report."
        assert spans(text, "CITATION") == [("Regulations on the Administration of the Credit Reporting Industry",
                                            "credit-reporting-industry-regulation-2013")], lead


def test_an_issuer_before_the_instrument_word_belongs_to_the_title_and_still_resolves():
    assert spans("the State Council Planning Outline for Building the Social Credit System (2014-2020) "
                 "sets goals", "CITATION") == [
        ("State Council Planning Outline for Building the Social Credit System (2014-2020)",
         "planning-outline-2014")]
    # issuers joined by "and the" stay in the title; a possessive issuer does not
    assert spans("the Supreme People's Court and the Supreme People's Procuratorate Interpretation on Widget "
                 "Cases applies", "CITATION") == [
        ("Supreme People's Court and the Supreme People's Procuratorate Interpretation on Widget Cases", None)]
    assert spans("the State Council's Notice on Widget Credit applies", "CITATION") == [
        ("Notice on Widget Credit", None)]


def test_an_issuer_after_the_instrument_word_belongs_to_the_title():
    assert spans("the Several Provisions of the Supreme People's Court on Widget Enforcement apply", "CITATION") == [
        ("Several Provisions of the Supreme People's Court on Widget Enforcement", None)]


def test_the_name_of_the_state_before_or_after_a_law_is_part_of_the_title():
    assert spans("Courts apply the PRC Civil Procedure Law and the Law of the People's Republic of China on "
                 "Administrative Penalties.", "CITATION") == [
        ("PRC Civil Procedure Law", "civil-procedure-law-2023"),  # an undated text: the latest version
        ("Law of the People's Republic of China on Administrative Penalties", "administrative-penalty-law-2021")]


def test_a_numbered_part_before_a_title_is_not_part_of_it():
    assert spans("Chapter Three of the Regulations on Widget Credit applies.", "CITATION") == [
        ("Regulations on Widget Credit", None)]


# --- CITATION: where a title ends -----------------------------------------------------------------

@pytest.mark.parametrize("note", ["(Revised in 2017)", "(as amended on 26 October 2018)", "(Amended 2018)",
                                  "(2017 Revision)", "(for Trial Implementation)", "(2016-20)"])
def test_a_revision_or_edition_note_in_brackets_belongs_to_the_title(note):
    assert spans(f"the Widget Credit Law {note} applies", "CITATION") == [(f"Widget Credit Law {note}", None)]


def test_a_bare_year_and_a_document_number_in_brackets_do_not():
    assert spans("the Widget Credit Law (2021) applies", "CITATION") == [("Widget Credit Law", None)]
    text = "the Notice on Widget Credit (Guo Ban Fa [2016] No. 98) applies"
    # the number after the title decides the catalog id, whatever the wording
    assert spans(text, "CITATION") == [("Notice on Widget Credit", "individual-integrity-opinions-2016")]
    assert spans(text, "DOCNO") == [("Guo Ban Fa [2016] No. 98", "国办发〔2016〕98号")]


def test_a_title_ends_before_a_document_number_printed_without_brackets():
    text = "the Several Provisions of the Supreme People's Court Fa Shi [2017] No. 7 apply"
    assert [t for t, _ in spans(text, "CITATION")] == ["Several Provisions of the Supreme People's Court"]
    assert spans(text, "DOCNO") == [("Fa Shi [2017] No. 7", "法释〔2017〕7号")]


def test_a_list_inside_a_title_stays_in_it_and_a_list_of_titles_is_cut():
    assert spans("under the Opinions on Accelerating the Construction of Credit Supervision, Warning and "
                 "Disciplinary Mechanisms of Dishonest Judgment Debtors, courts act",
                 "CITATION") == [
        ("Opinions on Accelerating the Construction of Credit Supervision, Warning and Disciplinary Mechanisms of "
         "Dishonest Judgment Debtors", "judgment-debtor-credit-opinions-2016")]
    assert [t for t, _ in spans("the Notice of the NDRC, the PBOC and the SAT on Issuing the Measures for Widget "
                                "Credit applies", "CITATION")] == [
        "Notice of the NDRC, the PBOC and the SAT on Issuing the Measures for Widget Credit"]
    assert [t for t, _ in spans("under the Cybersecurity Law, the Data Security Law and the Widget Code, and "
                                "Cybersecurity Law and Data Security Law", "CITATION")] == [
        "Cybersecurity Law", "Data Security Law", "Widget Code", "Cybersecurity Law", "Data Security Law"]
    assert [t for t, _ in spans("the National Catalogue of Widget Information, the Provincial Supplementary "
                                "Catalogue of Widget Information and others", "CITATION")] == [
        "National Catalogue of Widget Information", "Provincial Supplementary Catalogue of Widget Information"]


def test_a_year_named_in_a_title_and_spelled_ordinals():
    text = ("the Outline of the 14th Five-Year Plan for National Economic and Social Development and Long-Range "
            "Objectives Through the Year 2035 and the Twelfth Five-Year Plan apply")
    assert [t for t, _ in spans(text, "CITATION")] == [
        "Outline of the 14th Five-Year Plan for National Economic and Social Development and Long-Range "
        "Objectives Through the Year 2035", "Twelfth Five-Year Plan"]
    assert spans(text, "DATE") == []  # inside a cited title only the CITATION is annotated


def test_quoted_titles_keep_their_quotes_and_references_are_not_citations():
    assert [t for t, _ in spans('Under the "Widget Credit Measures of Atlantis", fines apply.', "CITATION")] == [
        '"Widget Credit Measures of Atlantis"']
    for text in ("the said Law applies", "these Measures apply", "the Law and the Regulations apply",
                 "Article 10 of the Outline applies"):
        assert spans(text, "CITATION") == [], text


# --- DOCNO ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("number, canonical", [
    ("Guo Fa [2014] No. 21", "国发〔2014〕21号"),
    ("Guo Fa (2014) No. 21", "国发〔2014〕21号"),
    ("Guo Fa 〔2014〕 No. 21", "国发〔2014〕21号"),
    ("Guo Fa〔2014〕21", "国发〔2014〕21号"),
    ("Guo Fa [2014] No 21", "国发〔2014〕21号"),
    ("Guo Fa [2014] #21", "国发〔2014〕21号"),
    ("Guo Fa [2014]21", "国发〔2014〕21号"),
    ("Guo Fa No. 21 [2014]", "国发〔2014〕21号"),
    ("Guo Fa 2014 No. 21", "国发〔2014〕21号"),
    ("GF No. (2014)21", "国发〔2014〕21号"),
    ("GF [2014] No. 21", "国发〔2014〕21号"),
    ("Guo Ban Fa [2016] No. 98", "国办发〔2016〕98号"),
    ("Guobanfa [2016] No. 98", "国办发〔2016〕98号"),
    ("GBF [2016] No. 98", "国办发〔2016〕98号"),
    ("Fa Fa [2016] No. 21", "法发〔2016〕21号"),
    ("Fagai Caijin [2016] No. 141", "发改财金〔2016〕141号"),
    ("Fa-Gai Cai-Jin [2016] No. 141", "发改财金〔2016〕141号"),
    ("Fagai Caijin（2016）141", "发改财金〔2016〕141号"),
    ("Fa Shi [2017] No. 7", "法释〔2017〕7号"),
])
def test_romanisations_brackets_and_spacing(number, canonical):
    for sentence in (f"as provided in ({number}), the units shall", f"as provided in {number}, the units shall",
                     f"as provided in {number}."):
        assert spans(sentence, "DOCNO") == [(number, canonical)], sentence
        assert spans(sentence, "DATE") == [], sentence  # the year of a number is not a date


def test_a_date_or_english_words_before_a_number_are_not_part_of_it():
    text = "the notice of 14 June 2014, Guo Fa [2014] No. 21, and the notice of 14 June Guo Fa [2014] No. 21"
    assert spans(text, "DOCNO") == [("Guo Fa [2014] No. 21", "国发〔2014〕21号")] * 2
    assert spans(text, "DATE") == [("14 June 2014", "2014-06-14"), ("14 June", "--06-14")]
    assert spans("See Min Zheng Fa [2015] No. 3 and the Municipal Government Hu Fu Fa [2017] No. 5.", "DOCNO") == [
        ("Min Zheng Fa [2015] No. 3", "Min Zheng Fa [2015] No. 3"), ("Hu Fu Fa [2017] No. 5", "Hu Fu Fa [2017] No. 5")]
    assert spans("filed as Document [2015] No. 4.", "DOCNO") == [("[2015] No. 4", "[2015] No. 4")]


def test_an_issuers_own_numbering_keeps_its_english_issuer():
    assert spans("see Presidential Order No. 91 and State Council Decree No. 724", "DOCNO") == [
        ("Presidential Order No. 91", "中华人民共和国主席令第91号"), ("State Council Decree No. 724", "国务院令第724号")]


def test_the_code_prefix_keeps_the_pinyin_tail():
    codes = {"guofa": "国发"}
    assert code_prefix("Court Guo Fa", codes) == len("Court ")
    assert code_prefix("Municipal Government Hu Fu Fa", codes) == len("Municipal Government ")
    assert code_prefix("Min Zheng Fa", codes) == 0
    assert code_prefix("Document", codes) == len("Document")


def test_a_title_that_goes_on_in_lower_case_ends_at_its_document_number():
    text = ("In line with the Opinions on accelerating the construction of the widget credit system "
            "(Guo Fa [2016] No. 33), courts act.")
    assert spans(text, "CITATION") == [("Opinions on accelerating the construction of the widget credit system",
                                        "joint-incentives-punishment-opinions-2016")]
    # words that carry the sentence on end the title where its capitals end
    assert [t for t, _ in spans("the Regulations on Widgets issued by the State Council (Decree No. 724) apply",
                                "CITATION")] == ["Regulations on Widgets"]
    assert [t for t, _ in spans("the Opinions on accelerating widget work apply", "CITATION")] == []


def test_an_issuer_after_its_own_number_and_a_trailing_hao_belong_to_the_number():
    assert spans("see Order No. 58 of the NDRC and Decree No. 724 of the State Council.", "DOCNO") == [
        ("Order No. 58 of the NDRC", "国家发展和改革委员会令第58号"), ("Decree No. 724 of the State Council", "国务院令第724号")]
    assert spans("cited as Guo Fa [2014] 21 Hao, or Guo Fa [2014] no. 21.", "DOCNO") == [
        ("Guo Fa [2014] 21 Hao", "国发〔2014〕21号"), ("Guo Fa [2014] no. 21", "国发〔2014〕21号")]


def test_a_bare_decree_number_takes_the_issuer_its_title_implies_or_the_catalogued_number():
    assert spans("the Regulations on Widget Credit (Decree No. 710) and the Widget Law (Order No. 24) and the "
                 "Measures on Widgets (Order No. 5) apply", "DOCNO") == [
        ("Decree No. 710", "国务院令第710号"), ("Order No. 24", "中华人民共和国主席令第24号"), ("Order No. 5", "Order No. 5")]
    # the catalog writes this order's number in Chinese numerals (第九十一号); the title resolves by it
    assert spans("the Information Law of the People's Republic of China (Order No. 91) applies", "CITATION") == [
        ("Information Law of the People's Republic of China", "personal-information-protection-law-2021")]


@pytest.mark.parametrize("number, canonical", [
    ("Jiao Yun Fa [2018] No. 58", "交运发〔2018〕58号"),
    ("Fagai Caijin Gui [2017] No. 1798", "发改财金规〔2017〕1798号"),
    ("Guo Shi Jian Xin Gui [2021] No. 3", "国市监信规〔2021〕3号"),
    ("GACC Order No. 251", "海关总署令第251号"),
])
def test_issuer_codes_of_catalogued_document_numbers(number, canonical):
    assert spans(f"as provided in ({number}), the units shall", "DOCNO") == [(number, canonical)]


def test_a_draft_is_named_only_by_a_title_that_says_so_and_places_must_agree():
    title = "Market Regulation Measures on Managing the List of Seriously Illegal and Untrustworthy Entities"
    assert spans(f"the {title} apply", "CITATION") == [(title, "samr-serious-violation-list-measures-2021")]
    assert spans(f"the {title} (Revised Draft for Comment) was published", "CITATION") == [
        (f"{title} (Revised Draft for Comment)", "samr-serious-violation-list-measures-revision-draft-2025")]
    # the catalog holds Beijing's regulations only as a draft, and Chongqing's as adopted
    assert spans("the Beijing Municipal Social Credit Regulations apply", "CITATION") == [
        ("Beijing Municipal Social Credit Regulations", None)]


def test_an_issuers_order_after_a_resolved_title_takes_the_catalogued_form():
    title = "Measures for the Administration of Credit Information Repair after Trust-Breaking Conduct Is Corrected (Trial)"
    text = f"the {title} (NDRC Order No. 58) apply; NDRC Order No. 58 alone"
    assert spans(text, "CITATION") == [(title, "credit-repair-measures-2023")]
    assert spans(text, "DOCNO") == [("NDRC Order No. 58", "国家发展改革委令第58号"),
                                    ("NDRC Order No. 58", "国家发展和改革委员会令第58号")]
    # a number holding brackets of its own still names the title; a month after a title ends it
    assert spans("the Outline for Widget Credit (2014-2020) (GF No. (2014)21) applies", "CITATION") == [
        ("Outline for Widget Credit (2014-2020)", "planning-outline-2014")]
    assert [t for t, _ in spans("the Notice on Widget Credit after May 1 applies", "CITATION")] == [
        "Notice on Widget Credit"]
