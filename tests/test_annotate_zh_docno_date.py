"""Chinese DOCNO, DATE and local AGENCY kinds (issue 19) on sentences we wrote for development:
where a document number starts, its canonical form, which years and names inside it are not DATE
or AGENCY, dates without a year, and local bodies named as bureaus of a function."""
from __future__ import annotations

import pytest

from xinyong.annotate.pipeline import annotate_units
from xinyong.annotate.zh_docnos import docno_stops
from xinyong.errors import XinyongError


def spans(text: str, label: str) -> list[tuple[str, str | None]]:
    """(text, norm) of the records of one label the pipeline leaves on one Chinese unit."""
    found, _ = annotate_units([("u", text)], "zh", "test")
    return [(r["text"], r["norm"]) for r in found if r["label"] == label]


def test_a_document_number_starts_at_its_issuer_code():
    cases = [
        ("按照国办发〔2019〕35号文件要求抓好落实。", "国办发〔2019〕35号"),
        ("依据法释〔2017〕7号的规定。", "法释〔2017〕7号"),
        ("经国办发〔2016〕33号批准。", "国办发〔2016〕33号"),
        ("已由中华人民共和国主席令第七十一号公布。", "中华人民共和国主席令第七十一号"),
        ("2016年12月30日国办发〔2016〕98号印发。", "国办发〔2016〕98号"),
        ("省人民政府办公厅2021年9月6日印发〔2021〕12号文。", "〔2021〕12号"),
    ]
    for text, number in cases:
        assert [t for t, _ in spans(text, "DOCNO")] == [number], text
    # 和 between two numbers is no part of the second, but 和 inside a listed issuer's name is
    found = spans("依据法释〔2015〕17号和法释〔2013〕17号；国务院令第631号和国家发展和改革委员会令第58号。", "DOCNO")
    assert [t for t, _ in found] == ["法释〔2015〕17号", "法释〔2013〕17号", "国务院令第631号", "国家发展和改革委员会令第58号"]
    # an issuer code such as 经信 keeps its 经
    assert spans("见沪经信法〔2018〕5号。", "DOCNO") == [("沪经信法〔2018〕5号", "沪经信法〔2018〕5号")]


def test_bracket_variants_and_full_width_digits_share_one_canonical_form():
    for text in ("发改财金〔2016〕141号", "发改财金[2016]141号", "发改财金（2016）141号", "发改财金(2016)141号",
                 "发改财金【2016】141号", "发改财金〔２０１６〕１４１号", "发改财金〔2016〕第141号"):
        assert spans(f"根据{text}，制定本办法。", "DOCNO") == [(text, "发改财金〔2016〕141号")], text


def test_decrees_and_announcements_with_arabic_numerals():
    cases = [
        ("国务院令第631号", "国务院令第631号"),
        ("中华人民共和国主席令第九十一号", "中华人民共和国主席令第91号"),
        ("国家税务总局公告2014年第40号", "国家税务总局公告〔2014〕第40号"),
        ("国家发展改革委第11号令", "国家发展改革委令第11号"),
        ("四川省第十四届人民代表大会常务委员会公告第15号", "四川省第十四届人民代表大会常务委员会公告第15号"),
    ]
    for number, canonical in cases:
        assert spans(f"依照{number}公布。", "DOCNO") == [(number, canonical)], number
    assert spans("依照第5号令执行。", "DOCNO") == []  # a decree number without its issuer


@pytest.mark.parametrize("sentence, numbers", [
    ("根据国务院令第七三五号和中华人民共和国主席令第九十一号的规定。",
     [("国务院令第七三五号", "国务院令第735号"), ("中华人民共和国主席令第九十一号", "中华人民共和国主席令第91号")]),
    ("依照国家发展改革委第十一号令和国务院令第七号执行。",
     [("国家发展改革委第十一号令", "国家发展改革委令第11号"), ("国务院令第七号", "国务院令第7号")]),
    ("依照国家发展改革委第11号令和国务院令第7号执行。",
     [("国家发展改革委第11号令", "国家发展改革委令第11号"), ("国务院令第7号", "国务院令第7号")]),
])
def test_two_decree_numbers_joined_by_he_are_two_numbers(sentence, numbers):
    assert spans(sentence, "DOCNO") == numbers


def test_a_year_inside_a_document_number_is_not_a_date():
    assert spans("国家税务总局公告2014年第40号发布。", "DATE") == []
    assert spans("根据国发〔2014〕21号和2014年6月的通知。", "DATE") == [("2014年6月", "2014-06")]
    assert spans("2016年12月30日国办发〔2016〕98号印发。", "DATE") == [("2016年12月30日", "2016-12-30")]


def test_an_agency_inside_a_document_number_only_as_the_named_issuer():
    assert spans("国务院令第631号", "AGENCY") == [("国务院", "state-council")]
    assert spans("国家税务总局公告2014年第40号", "AGENCY") == [("国家税务总局", "sta")]
    assert spans("国家发展改革委第11号令", "AGENCY") == [("国家发展改革委", "ndrc")]
    # names inside an issuer code are not the issuer named
    for text in ("国办发〔2019〕35号", "人社部规〔2017〕16号", "中办发〔2016〕64号"):
        assert spans(f"按照{text}执行。", "AGENCY") == [], text
    # outside the number the same body is an AGENCY
    assert ("国务院办公厅", "state-council-general-office") in spans("国务院办公厅印发国办发〔2019〕35号。", "AGENCY")


def test_dates_without_a_year_and_in_chinese_numerals():
    assert spans("1月至6月开展专项行动，3月底前完成，每年12月31日前报送。", "DATE") == [
        ("1月", "--01"), ("6月", "--06"), ("3月底", "--03"), ("12月31日", "--12-31")]
    assert spans("本意见自二〇二一年十月一日起施行。", "DATE") == [("二〇二一年十月一日", "2021-10-01")]
    assert spans("二○一六年十二月三十日印发。", "DATE") == [("二○一六年十二月三十日", "2016-12-30")]
    assert spans("每年六月三十日前报送。", "DATE") == [("六月三十日", "--06-30")]
    assert spans("自２０１８年５月１日起施行。", "DATE") == [("２０１８年５月１日", "2018-05-01")]
    assert spans("2017年3月1日至2017年12月31日为试点期间。", "DATE") == [
        ("2017年3月1日", "2017-03-01"), ("2017年12月31日", "2017-12-31")]
    # durations and ordinals are not dates
    assert spans("应当在三个月内、12个月内或者第3月履行。", "DATE") == []


def test_local_bodies_by_level_and_function():
    text = ("市发展改革委、市市场监管局、市税务局、市政务服务管理局、省教育厅、市卫生健康委、县发展改革局、"
            "市社会信用体系建设领导小组办公室、省信用办、执行法院、上级人民法院、市政府办公室按职责负责。")
    assert spans(text, "AGENCY") == [
        ("市发展改革委", "local:credit-department"), ("市市场监管局", "local:market-regulation-department"),
        ("市税务局", "local:department"), ("市政务服务管理局", "local:department"), ("省教育厅", "local:department"),
        ("市卫生健康委", "local:department"), ("县发展改革局", "local:credit-department"),
        ("市社会信用体系建设领导小组办公室", "local:credit-department"), ("省信用办", "local:credit-department"),
        ("执行法院", "local:court"), ("上级人民法院", "local:court"), ("市政府办公室", "local:government")]
    assert spans("市信用中心、省银保监局、出入境管理部门按职责负责。", "AGENCY") == [
        ("市信用中心", "local:credit-institution"), ("省银保监局", "local:department"), ("出入境管理部门", "local:department")]


def test_function_words_that_name_no_body():
    for text in ("财政委托第三方机构开展评估。", "办理信用办理事项。", "参加政府采购活动。", "政府部门应当公开。",
                 "市场主体应当公示。"):
        assert spans(text, "AGENCY") == [], text


def test_a_stop_word_that_is_no_regular_expression_is_a_numbered_error():
    with pytest.raises(XinyongError) as error:
        docno_stops(["按照", "经("], "corpus/patterns/docno.yaml")
    assert error.value.code == "E050" and "docno.yaml" in str(error.value) and "code_stops" in str(error.value)
