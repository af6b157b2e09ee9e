"""Chinese DATE edges (dates.py with zh_date_edges.py), on sentences written for these tests: the
boundaries GUIDELINES.md defines for ranges, periods, words around a date and document numbers."""
from __future__ import annotations

from xinyong.annotate.pipeline import annotate_units
from xinyong.dates import find_dates


def dates(text: str) -> list[tuple[str, str]]:
    return [(d.text, d.iso) for d in find_dates(text, "zh")]


def test_each_end_of_a_range_is_a_date():
    assert dates("实施期为2021—2025年。") == [("2021", "2021"), ("2025年", "2025")]
    assert dates("2020至2022年连续三年") == [("2020", "2020"), ("2022年", "2022")]
    assert dates("2024年1-6月的数据") == [("2024年1", "2024-01"), ("6月", "--06")]
    assert dates("有效期为2017年3月1日至12月31日") == [("2017年3月1日", "2017-03-01"), ("12月31日", "--12-31")]
    # a year inside a number or after 第 starts no range
    assert dates("编号12020—2022年") == [("2022年", "2022")]


def test_words_around_a_date_stay_outside_and_a_year_period_keeps_its_word():
    assert dates("本办法自2021年3月1日起施行") == [("2021年3月1日", "2021-03-01")]
    assert dates("应当于2023年6月30日前报送，每年3月31日以前更新") == [("2023年6月30日", "2023-06-30"), ("3月31日", "--03-31")]
    assert dates("2022年度纳税信用评价") == [("2022年度", "2022")]
    assert dates("2023年上半年") == [("2023年", "2023")]
    # durations are no dates
    assert dates("三年内不得，十二个月以内，十五日内") == []


def test_dates_beside_document_numbers_keep_their_own_ends():
    units = [("u1", "2019年12月1日原国家工商行政管理总局令第71号公布，2021年9月6日印发〔2021〕12号。"),
             ("u2", "国家税务总局公告2018年第59号自2019年1月1日起施行。")]
    records = annotate_units(units, "zh", "date-edges-fixture")[0]
    found = [(r["unit"], r["label"], r["text"]) for r in records if r["label"] in ("DATE", "DOCNO")]
    assert ("u1", "DATE", "2019年12月1日") in found and ("u1", "DATE", "2021年9月6日") in found
    assert ("u1", "DOCNO", "〔2021〕12号") in found
    # the year inside the announcement's number is no DATE
    assert [f for f in found if f[0] == "u2" and f[1] == "DATE"] == [("u2", "DATE", "2019年1月1日")]
