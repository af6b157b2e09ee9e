"""Chinese document numbers (DOCNO): where a number's span starts, and which names inside it are
agencies (corpus/gold/GUIDELINES.md, DOCNO). The patterns in corpus/patterns/docno.yaml match an
issuer code greedily, so the words before it (按照国办发…, 已由…主席令…, a date's 日) are cut off
here: a decree or announcement keeps the longest listed issuer before 令/公告, any other code
starts after the last word that cannot belong to an issuer code (`code_stops` in docno.yaml).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .resources import Resources

FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# Words that name the issuer of a decree or announcement (国务院令, 中华人民共和国主席令) end here.
DECREE_WORDS = ("令", "公告")
STATE_PREFIX = "中华人民共和国"


def ascii_digits(text: str) -> str:
    """The text with full-width digits written as ASCII digits (same length, same offsets)."""
    return text.translate(FULL_WIDTH_DIGITS)


def _listed_issuer_start(code: str, res: "Resources") -> int | None:
    """Where the longest listed agency name that ends just before a decree word starts in `code`
    (with 中华人民共和国 before it), or None when no listed name ends there."""
    word = next((w for w in DECREE_WORDS if code.endswith(w)), None)
    if word is None:
        return None
    issuer_end = len(code) - len(word)
    starts = [m.start for m in res.agencies.finditer(code) if m.end == issuer_end]
    if not starts:
        return None
    start = min(starts)
    if code[:start].endswith(STATE_PREFIX):
        start -= len(STATE_PREFIX)
    return start


def issuer_code_start(code: str, res: "Resources", stops: re.Pattern | None) -> int:
    """How many leading characters of a matched issuer code belong to the text before the number.

    code (str): the text the pattern took as the issuer code.
    res (Resources): the Chinese resources (agency names).
    stops (re.Pattern | None): the words that cannot be part of an issuer code.
    RETURNS (int): the offset in `code` where the issuer code starts.
    """
    listed = _listed_issuer_start(code, res)
    if listed is not None:
        return listed
    if stops is None:
        return 0
    last = None
    # 和 in 中华人民共和国 (中华人民共和国主席令) is no stop
    for last in stops.finditer(code.replace(STATE_PREFIX, "\u3000" * len(STATE_PREFIX))):
        pass
    return last.end() if last else 0


def find_zh_docnos(text: str, res: "Resources") -> list[tuple[int, int, str, str | None]]:
    """Chinese document numbers with their canonical forms.

    text (str): the text.
    res (Resources): the Chinese resources (docno patterns, stop words, agency names).
    RETURNS (list): (start, end, "DOCNO", canonical) records in text order.
    """
    found = []
    for m, groups in res.docno.groups(ascii_digits(text)):
        start, code = m.start, groups.group("code") or ""
        decree_after = text[m.end - 2:m.end] == "号令"  # 国家发展改革委第11号令 = …委令第11号
        code += "令" if decree_after else ""
        skip = issuer_code_start(code, res, res.docno_stops) if code else 0
        if skip:
            start = groups.start("code") + skip
            code = code[skip:]
        if decree_after and code == "令":
            continue  # 第5号令 without its issuer
        values = {**groups.groupdict(), "code": code}
        found.append((start, m.end, "DOCNO", zh_canonical(values)))
    return found


def zh_canonical(values: dict) -> str:
    """code〔year〕N号, or code〔year〕第N号 for a decree or announcement, with Arabic numerals: the
    key under which a number is compared with the catalog's (catalog.docno_key), so that the two
    cannot drift apart; a numeral that is no number (第十十号) stays as written.

    values (dict): the matched groups: code, year or year_after, num.
    RETURNS (str): the canonical form.
    """
    from ..catalog import docno_key

    year = values.get("year") or values.get("year_after")
    return docno_key(f"{values.get('code') or ''}{'〔' + year + '〕' if year else ''}第{values.get('num') or ''}号")


def docno_stops(words: list[str] | None, source: str = "") -> re.Pattern | None:
    """One pattern of the stop words (regular expressions), longest first so that 已由 is tried
    before 由.

    words (list[str] | None): `code_stops` of docno.yaml.
    source (str): the data file, for the error message.
    RETURNS (re.Pattern | None): the pattern, or None without stop words.
    """
    from ..errors import XinyongError

    if not words:
        return None
    for word in words:
        try:
            re.compile(str(word))
        except re.error as exc:
            raise XinyongError("E050", path=source, place="code_stops",
                               reason=f"pattern {word!r} is not a valid regular expression ({exc})") from exc
    return re.compile("|".join(f"(?:{w})" for w in sorted(map(str, words), key=len, reverse=True)))


def agency_inside_docno_is_kept(agency_norm: str | None, docno_norm: str | None) -> bool:
    """Whether an agency inside a document number is marked: only a listed body that the number
    names as the issuer of a decree or announcement (国务院 in 国务院令第631号, 国家发展改革委 in
    国家发展改革委第11号令), never a name inside an issuer code (国办 in 国办发〔2019〕35号) nor a body
    of a generic local type.

    agency_norm (str | None): the agency id or generic type.
    docno_norm (str | None): the canonical document number.
    RETURNS (bool): True to keep the agency.
    """
    if not agency_norm or str(agency_norm).startswith("local:") or not docno_norm:
        return False
    return "令第" in docno_norm or "公告" in docno_norm
