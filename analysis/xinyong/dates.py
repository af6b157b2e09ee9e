"""Find dates in Chinese and English text and normalize them to ISO 8601 (partial dates allowed).

Used by the DATE annotation and by the translation check (a Chinese 2010年10月1日 matches an
English "1 October 2010", "October 1, 2010" or "2010-10-01").
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .zh_date_edges import range_starts, year_period_end


MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
_ZH_DIGIT = "〇零一二三四五六七八九十"

ZH_DATE = re.compile(
    rf"(?P<y>[12]\d{{3}}|[一二][{_ZH_DIGIT}○]{{3}})年"
    rf"(?:(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月"
    rf"(?:(?P<d>3[01]|[12]\d|0?[1-9]|[一二]?十[一二三四五六七八九]?|三十[一]?|[一二三四五六七八九])日)?)?"
    rf"(?P<tail>[上中下]旬|底|初)?")
_ZH_MONTH = r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月"
# A day or month without a year (6月30日, 六月三十日, 1月, 3月底); never the end of a longer number
# (十二 in 二十二月 is no month) nor 第N月 or N个月 (a duration).
ZH_MONTH_DAY = re.compile(
    rf"(?<![\d{_ZH_DIGIT}第]){_ZH_MONTH}(?P<d>3[01]|[12]\d|0?[1-9]|[一二]?十[一二三四五六七八九]?|三十[一]?|[一二三四五六七八九])日")
ZH_MONTH_ONLY = re.compile(rf"(?<![\d{_ZH_DIGIT}第]){_ZH_MONTH}(?P<tail>[上中下]旬|底|初)?")
# Full-width digits (２０１６年) are read as ASCII digits; the offsets do not change.
_ASCII_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
EN_DMY = re.compile(rf"\b(?P<d>[0-3]?\d)\s+{_MONTH}(?:,?\s+(?P<y>[12]\d{{3}}))?\b")
EN_MDY = re.compile(rf"\b{_MONTH}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y>[12]\d{{3}}))?\b")
EN_MY = re.compile(rf"\b{_MONTH}\s+(?P<y>[12]\d{{3}})\b")
EN_ISO = re.compile(r"\b(?P<y>[12]\d{3})-(?P<m>1[0-2]|0?[1-9])(?:-(?P<d>3[01]|[12]\d|0?[1-9]))?\b")
# A bare year: 19xx or 20xx standing alone (not in a document number "[2014]", an amount or an id).
EN_YEAR = re.compile(r"(?<![\d,.\[(〔［（/-])(?<!No\. )\b(?P<y>(?:19|20)\d{2})\b(?![\])〕］）\d,-]|\s(?:No\.?|#)\s?\d|\.\d|\s*(?:yuan|RMB|percent|%))")


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    text: str
    iso: str  # YYYY, YYYY-MM, YYYY-MM-DD, --MM-DD for a day without a year, --MM for a month alone


def _num(value: str | None) -> int | None:
    if not value:
        return None
    if value.isdigit():
        return int(value)
    if len(value) == 4 and all(c in _ZH_DIGIT + "○" for c in value):  # 二〇一四, 二○一四 (a circle for zero)
        return int("".join(str("〇一二三四五六七八九".index(c.replace("零", "〇").replace("○", "〇"))) for c in value))
    import cn2an  # here, not at the top: importing it costs 0.1 s of every command's start-up

    return int(cn2an.cn2an(value, "smart"))


def _iso(year: int | None, month: int | None, day: int | None) -> str | None:
    if month is not None and not 1 <= month <= 12 or day is not None and not 1 <= day <= 31:
        return None
    if year is None:
        return f"--{month:02d}-{day:02d}" if month and day else None
    parts = [f"{year:04d}"]
    if month:
        parts.append(f"{month:02d}")
        if day:
            parts.append(f"{day:02d}")
    return "-".join(parts)


def find_dates(text: str, lang: str) -> list[DateMatch]:
    """Every date expression in a text, longest first where they overlap.

    text (str): the text.
    lang (str): zh or en.
    RETURNS (list[DateMatch]): matches in text order with their ISO value.
    """
    found: list[DateMatch] = []
    if lang == "zh":
        original, text = text, text.translate(_ASCII_DIGITS)
        for match in ZH_DATE.finditer(text):
            iso = _iso(_num(match.group("y")), _num(match.group("m")), _num(match.group("d")))
            end = (match.end("d") if match.group("d") else match.end("m") if match.group("m")
                   else match.end("y")) + 1  # the closing 日, 月 or 年
            if match.group("tail"):
                end = match.end()
            elif not match.group("m"):
                end = year_period_end(text, end)  # 2022年度
            if iso:
                found.append(DateMatch(match.start(), end, original[match.start():end], iso))
        for match in ZH_MONTH_DAY.finditer(text):
            iso = _iso(None, _num(match.group("m")), _num(match.group("d")))
            if iso:
                found.append(DateMatch(match.start(), match.end(), original[match.start():match.end()], iso))
        for start, end, year, month in range_starts(text):  # 2014—2020年, 2024年1-6月: the first end
            iso = _iso(_num(year), _num(month), None)
            if iso:
                found.append(DateMatch(start, end, original[start:end], iso))
        for match in ZH_MONTH_ONLY.finditer(text):  # a month without a year: --MM
            month = _num(match.group("m"))
            if month and 1 <= month <= 12:
                found.append(DateMatch(match.start(), match.end(), original[match.start():match.end()], f"--{month:02d}"))
    else:
        for pattern in (EN_ISO, EN_DMY, EN_MDY, EN_MY):
            for match in pattern.finditer(text):
                groups = match.groupdict()
                month_name = next((g for g in match.groups() if g and g.lower() in MONTHS), None)
                month = MONTHS.index(month_name.lower()) + 1 if month_name else int(groups["m"])
                iso = _iso(int(groups["y"]) if groups.get("y") else None, month,
                           int(groups["d"]) if groups.get("d") else None)
                if iso:
                    found.append(DateMatch(match.start(), match.end(), match.group(0), iso))
        for match in EN_YEAR.finditer(text):
            found.append(DateMatch(match.start("y"), match.end("y"), match.group("y"), match.group("y")))
    return _longest_first(found)


def _longest_first(matches: list[DateMatch]) -> list[DateMatch]:
    # The chosen matches never overlap and are kept sorted by start, so a candidate can only
    # overlap its two neighbours there (a bisection, not a scan of everything chosen so far).
    chosen: list[tuple[int, int, DateMatch]] = []
    for match in sorted(matches, key=lambda m: (-(m.end - m.start), m.start)):
        index = bisect.bisect_left(chosen, match.start, key=lambda c: c[0])
        if index > 0 and chosen[index - 1][1] > match.start:
            continue
        if index < len(chosen) and chosen[index][0] < match.end:
            continue
        chosen.insert(index, (match.start, match.end, match))
    return [match for _, _, match in chosen]


def strip_dates(text: str, lang: str) -> tuple[str, set[str]]:
    """The text with its dates blanked out, and the set of the dates' ISO values."""
    # a month alone (--MM) stays in the text: the translation check compares it as a number, as
    # before months alone were dates
    matches = [m for m in find_dates(text, lang) if not (m.iso.startswith("--") and len(m.iso) == 4)]
    pieces, last = [], 0
    for match in matches:
        pieces.append(text[last:match.start])
        pieces.append(" ")
        last = match.end
    pieces.append(text[last:])
    return "".join(pieces), {m.iso for m in matches}
