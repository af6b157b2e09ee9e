"""Romanised issuer codes of English document numbers (issue 16): where the code of "Guo Ban Fa
[2016] No. 98" starts among the capitalised words before the number, and the key under which it
is listed in patterns/docno.yaml (codes_en_zh)."""
from __future__ import annotations

import re

# Capitalised words before a document number that are never part of a romanised issuer code, though
# some are spelled like pinyin ("See"): "See Min Zheng Fa [2015] No. 3".
NOT_CODE_WORDS = frozenset({"See", "Also", "Under", "Per", "Document", "Documents", "Cf", "And", "Or", "The",
                            "Notice", "In", "By", "With", "Number", "Ref", "Reference", "File", "Doc", "Issued",
                            "Dated"})
# One pinyin syllable without tone: an initial and a final, or a final that may stand alone (a, o, e
# words). A romanised code is made of these (Fa, Gai, Fagai, Caijin, Guobanfa); English words before
# it mostly are not ("Government", "Municipal", "Council").
_SYLLABLE = (r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
             r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ui|ao|ou|iu|ie|ue|ve|an|en|in|un|ia|ua|uo"
             r"|a|o|e|i|u|v)"
             r"|(?:ang|eng|ai|an|ao|ei|en|er|ou|a|o|e))")
PINYIN_WORD = re.compile(rf"(?:{_SYLLABLE})+(?:-(?:{_SYLLABLE})+)*", re.IGNORECASE)
ABBREVIATION = re.compile(r"[A-Z]{2,6}")
# An issuer's own numbering ("Presidential Order No. 91"): the issuer is written in English.
ISSUER_NUMBER_WORDS = frozenset({"Decree", "Order", "Announcement"})


def code_key(code: str) -> str:
    """A romanised issuer code as codes_en_zh lists it: lower case, without blanks or hyphens
    ("Guo Ban Fa", "Guobanfa" and "Fa-Gai Cai-Jin" meet their keys)."""
    return re.sub(r"[\s-]+", "", code).lower()


def _romanised(word: str) -> bool:
    return bool(ABBREVIATION.fullmatch(word) or PINYIN_WORD.fullmatch(word))


def code_prefix(code: str, codes: dict[str, str]) -> int:
    """How many characters of the capitalised words before a document number are not part of its
    issuer code.

    Left out, in this order: words up to the last that is never a code ("See "); nothing more before an issuer's
    decree, order or announcement number, written in English; words before a shorter tail that
    is a known code ("Court Fa Shi [2017] No. 7": "Court "); else words before the longest tail of
    pinyin words or abbreviations ("Municipal Government Hu Fu Fa [2017] No. 5": the code is
    "Hu Fu Fa").
    code (str): the words the pattern took as the code.
    codes (dict[str, str]): known codes (codes_en_zh), keyed by code_key.
    RETURNS (int): an offset into `code` (len(code) when no word is part of a code).
    """
    words = list(re.finditer(r"\S+", code))
    stops = [i for i, word in enumerate(words) if word.group(0) in NOT_CODE_WORDS]
    if stops:
        words = words[stops[-1] + 1:]
    if not words:
        return len(code)
    if codes.get(code_key(code[words[0].start():])) or words[-1].group(0) in ISSUER_NUMBER_WORDS:
        return words[0].start()
    for word in words[1:]:
        if codes.get(code_key(code[word.start():])):
            return word.start()
    while len(words) > 1 and not all(_romanised(w.group(0)) for w in words):
        words = words[1:]
    return words[0].start()
