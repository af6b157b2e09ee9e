"""Edges of Chinese dates that the plain date patterns of dates.py miss (issue 19, session 8, written on
sentences of our own):

- the first end of a range whose unit word is written once, after the second end: 2014—2020年 and
  2020至2022年 (the year 2014, 2020), 2024年1-6月 (2024年1: the month 2024-01). GUIDELINES.md: each end
  of a range is its own DATE;
- a year with 年度 (2022年度): the span keeps 度, as a month keeps 底 (GUIDELINES.md, "Adjudicated
  (session 8)"); the value is the year.
"""
from __future__ import annotations

import re

_DASH = r"\s*[—–\-－~～至到]\s*"
_ZH_MONTH = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
# 2014—2020年, （2014—2020年）: the first year, which has no 年 of its own (not a number's tail, nor a year
# of a document number, 〔2014〕).
ZH_YEAR_RANGE_START = re.compile(rf"(?<![\d〔\[［第.])(?P<y>[12]\d{{3}})(?={_DASH}[12]\d{{3}}年)")
# 2024年1-6月, 2024年一至六月: the first month, which has no 月 of its own.
ZH_MONTH_RANGE_START = re.compile(rf"(?P<y>[12]\d{{3}})年(?P<m>{_ZH_MONTH})(?={_DASH}(?:{_ZH_MONTH})月)")
# 年度 after a year alone (2022年度), never 年度 after a month or a day.
ZH_YEAR_PERIOD = "度"


def range_starts(text: str) -> list[tuple[int, int, str, str | None]]:
    """The first ends of year and month ranges in a text (with ASCII digits).

    text (str): the text, full-width digits already read as ASCII (offsets unchanged).
    RETURNS (list[tuple[int, int, str, str | None]]): (start, end, year, month or None) per range start.
    """
    found = [(m.start(), m.end(), m.group("y"), None) for m in ZH_YEAR_RANGE_START.finditer(text)]
    found += [(m.start(), m.end(), m.group("y"), m.group("m")) for m in ZH_MONTH_RANGE_START.finditer(text)]
    return sorted(found)


def year_period_end(text: str, end: int) -> int:
    """The end of a year-only date at `end` (just after 年), moved past 度 when the text says 年度."""
    return end + 1 if text.startswith(ZH_YEAR_PERIOD, end) else end
