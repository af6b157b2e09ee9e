"""English citations as other translators print them (issue 16): plain-text titles without quotes,
found by the shape of an instrument title and resolved to catalog ids.

A title is a run of capitalised words (with the small words a title keeps: of, on, the, for ...,
and a bracketed edition note such as "(2014-2020)" or "(Trial)") that holds an instrument word
(Law, Regulations, Measures, Provisions, Opinions, Outline, Notice, Decision, Plan ...) in the shape
"<instrument> of/on/for ...", or that ends in Law/Code/Constitution ("the Civil Procedure Law").
It is resolved to a catalog id by, in this order: the document number printed in brackets after it
(when that number is a catalogued doc_number), the catalog's English titles, other translators'
titles (`title_variants_en`, `translations[].title`) and our translations' titles under a loose key
(no articles, no edition note, no "of the People's Republic of China"), and last a fuzzy match of
the title's content words against those titles (en_title_index).
"""
from __future__ import annotations

import re

from .en_title_index import (DECREE_NUMBER, INSTRUMENT, TitleIndex, loose_key, resolve, title_index,  # noqa: F401
                             translator_key)

Record = tuple[int, int, str, str | None]

# A title may end with one of these words (a short title); any other instrument word must be
# followed by of/on/for ... and more of the title ("Measures on ...").
SHORT_TITLE_ENDS = frozenset({"Law", "Code", "Constitution"})
# Other translators also put the subject first ("the Enterprise Information Publicity Interim
# Regulations"): these instrument words may end a title of three or more capitalised words, unless
# the words before them name a part of a text ("Supplementary Provisions").
SUBJECT_FIRST_ENDS = frozenset({"Regulations", "Measures", "Provisions", "Rules"})
NOT_SUBJECT_FIRST = frozenset({"General", "Supplementary", "Special", "Transitional", "Final", "Legal", "Other",
                               "Relevant", "Related", "Several", "Some", "Specific", "Detailed", "Following",
                               "Main", "Basic", "Key", "Major", "Two", "Three", "Four", "Five", "Six"})
ROMAN_NUMERAL = re.compile(r"[IVXLC]+")
# An issuer in the possessive before a title ("the State Council's Planning Outline ...") is not
# part of the title; "People's" is part of names.
ISSUER_POSSESSIVE = re.compile(r"(?!People)[A-Za-z][\w-]*['’]s")
LINKS = frozenset({"of", "on", "for", "concerning", "regarding", "about"})
SUBJECT_LINKS = frozenset({"on", "concerning", "regarding", "about"})
ARTICLES = frozenset({"the", "a", "an"})
SMALL_WORDS = frozenset({"of", "on", "for", "the", "a", "an", "and", "to", "from", "in", "by", "with", "at",
                         "concerning", "regarding", "about", "against", "under", "into", "or", "its", "their",
                         "after", "through", "within", "between", "among", "upon", "via"})
# Month names break a run: a date after a title is not part of it ("... Measures after May 1").
MONTHS = frozenset({"January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December"})
# Capitalised words that start a sentence or a reference, not a title.
NOT_TITLE_START = frozenset({
    "The", "These", "This", "That", "Those", "Such", "Said", "Said", "In", "Under", "According", "Pursuant",
    "For", "Where", "When", "If", "As", "By", "With", "And", "Or", "Its", "Their", "Any", "Each", "All", "See",
    "A", "An", "To", "On", "Of", "From", "Per", "Our", "Other", "Relevant", "Article", "Chapter", "Section",
    "Item", "Part", "Paragraph", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
    "Eleven", "Twelve"})
ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th)|(?:Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth)")
# A short title of a national plan ("the 12th Five-Year Plan"): the plan word ends the title.
SHORT_PLAN = ("Five-Year", "Plan")
TOKEN = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)\b"  # an ordinal in a title: the 14th Five-Year Plan for ...
    r"|\((?:19|20)\d{2}\s*(?:[-–—]|to)\s*(?:19|20)?\d{2}\)"  # an edition note: (2014-2020), (2016-20)
    # a revision note: (Revised in 2017), (as amended on 27 June 2017), (Amended 2018)
    r"|\((?:as )?(?:[Rr]evised|[Aa]mended)(?: (?:in|on))?(?: [0-3]?\d)?(?: [A-Z][a-z]+)?,? (?:19|20)\d{2}\)"
    r"|\((?:for )?(?:[A-Z][a-z]+(?: [A-Za-z]+){0,3}|(?:19|20)\d{2}(?: [A-Za-z]+){1,3})\)"  # (Trial), (for Trial Implementation), (2016 Revision)
    r"|(?<=Year )(?:19|20)\d{2}\b"  # a year named in a title: ... Objectives Through the Year 2035
    r"|[A-Za-z][A-Za-z'’\-]*")
GAP = re.compile(r"[ \t]+")




def _runs(text: str) -> list[list[re.Match]]:
    """Runs of title tokens separated by blanks only, or by the commas of a list inside a title."""
    runs: list[list[re.Match]] = []
    current: list[re.Match] = []
    for token in TOKEN.finditer(text):
        word = token.group(0)
        joined = current and (GAP.fullmatch(text[current[-1].end():token.start()] or " ")
                              or _list_comma(text, current[-1])) and current[-1].end() < token.start()
        fits = (word[0] in "(" or word[0].isupper() or word in SMALL_WORDS or ORDINAL.fullmatch(word)
                or word.isdigit()) and word not in MONTHS
        if current and joined and fits:
            current.append(token)
            continue
        if current:
            runs.append(current)
        current = [token] if (word[0].isupper() or word[0] == "(" or ORDINAL.fullmatch(word)) else []
    if current:
        runs.append(current)
    return runs


# A list in a title: ", Warning and Punishment" (Credit Supervision, Warning and Punishment
# Mechanisms), ", the PBOC and the SAT" (Notice of the NDRC, the PBOC and the SAT on ...).
_LIST_ITEM = r"(?:the\s)?[A-Z][\w'’-]*(?:\s(?:of\s(?:the\s)?)?[A-Z][\w'’-]*)*"
TITLE_LIST_REST = re.compile(rf",\s{_LIST_ITEM}(?:,\s{_LIST_ITEM})*,?\s(?:and|or)\s(?:the\s)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*")


def _list_comma(text: str, previous: re.Match) -> bool:
    """Whether the comma after `previous` continues a list inside a title. After an instrument word
    or an edition note, or before a list item holding one, the comma separates titles ("the
    Cybersecurity Law, the Data Security Law and ...")."""
    word = previous.group(0)
    if not word[0].isupper() or word in INSTRUMENT:
        return False
    rest = TITLE_LIST_REST.match(text, previous.end())
    # items that are titles themselves ("..., the Guangdong Provincial Supplementary Catalogue of ...")
    return bool(rest) and not any(item in INSTRUMENT for item in re.findall(r"[\w'’-]+", rest.group(0)))


def _is_capital(token: re.Match) -> bool:
    word = token.group(0)
    return word[0].isupper() or word[0] == "(" or word.isdigit() or bool(ORDINAL.fullmatch(word))


def _title_shape(tokens: list[re.Match]) -> bool:
    words = [t.group(0) for t in tokens]
    capitals = [w for w in words if w[0].isupper()]
    if len(capitals) < 2:
        return False
    for index, word in enumerate(words):
        if word not in INSTRUMENT:
            continue
        following = words[index + 1:]
        if following and following[0] in LINKS and any(w[0].isupper() for w in following[1:]):
            return True
        if word in SHORT_TITLE_ENDS and all(w[0] == "(" for w in following) and index >= 1:
            return True
        before = words[:index]
        if word in SUBJECT_FIRST_ENDS and all(w[0] == "(" for w in following) and len(before) >= 2 \
                and all(w[0].isupper() for w in before) and before[0] not in NOT_SUBJECT_FIRST:
            return True
        if tuple(words[index - 1:index + 1]) == SHORT_PLAN and index >= 2 and ORDINAL.fullmatch(words[index - 2]) \
                and all(w[0] == "(" for w in following):
            return True
    return False


def _split_titles(tokens: list[re.Match]) -> list[list[re.Match]]:
    """Cut a run into two titles at "and the"/"or the" where both sides hold an instrument word and
    the right side starts like a title, or at a bare "and"/"or" right after an instrument word
    ("the Cybersecurity Law and Data Security Law"). A right side whose first subject link comes
    before its instrument word continues one title ("Notice of the NDRC and the PBOC on Issuing the
    Measures ...": the issuers of one notice)."""
    parts: list[list[re.Match]] = []
    start = 0
    for index in range(1, len(tokens) - 1):
        if tokens[index].group(0) not in {"and", "or"} or index <= start:
            continue
        after_the = tokens[index + 1].group(0) == "the"
        after_instrument = tokens[index - 1].group(0) in INSTRUMENT
        if not (after_the or after_instrument):
            continue
        left, right = tokens[start:index], tokens[index + (2 if after_the else 1):]
        if any(t.group(0) in INSTRUMENT for t in left) and _starts_a_title(right):
            parts.append(left)
            start = index + (2 if after_the else 1)
    parts.append(tokens[start:])
    return parts


def _starts_a_title(tokens: list[re.Match]) -> bool:
    """Whether tokens begin a title: an instrument word comes before any subject link (on,
    concerning ...)."""
    for token in tokens:
        word = token.group(0)
        if word in INSTRUMENT:
            return True
        if word in SUBJECT_LINKS:
            return False
    return False


def _trimmed(tokens: list[re.Match]) -> list[re.Match]:
    possessive = [i for i, t in enumerate(tokens) if ISSUER_POSSESSIVE.fullmatch(t.group(0))]
    if possessive and any(t.group(0) in INSTRUMENT for t in tokens[possessive[-1] + 1:]):
        tokens = tokens[possessive[-1] + 1:]
    # Words of the sentence before a title end at the last article before its first instrument word
    # ("Based on the Regulations on ...", "Implementing the Planning Outline for ..."): a title has
    # no article before its instrument word, except in its issuers ("Standing Committee of the NPC
    # Decision", "the SPC and the SPP Interpretation").
    first = next((i for i, t in enumerate(tokens) if t.group(0) in INSTRUMENT), None)
    articles = [i for i, t in enumerate(tokens[:first]) if t.group(0) in ARTICLES
                and (i == 0 or tokens[i - 1].group(0) not in {"of", "and", "or"})] if first else []
    if articles:
        tokens = tokens[articles[-1] + 1:]
    while tokens and (tokens[0].group(0) in NOT_TITLE_START or not _is_capital(tokens[0])
                      or ROMAN_NUMERAL.fullmatch(tokens[0].group(0))):
        tokens = tokens[1:]
    while tokens and not _is_capital(tokens[-1]):
        tokens = tokens[:-1]
    return tokens


def title_spans(text: str, stops: tuple[int, ...] = ()) -> list[tuple[int, int]]:
    """Character spans of plain-text instrument titles in English text.

    stops (tuple[int, ...]): offsets where a title ends at the latest (the starts of document
        numbers, whose romanised issuer code is capitalised like a title: "... Court Fa Shi [2017]").
    """
    spans = []
    for run in _runs(text):
        run = [token for token in run if not any(run[0].start() < stop <= token.start() for stop in stops)]
        for part in _split_titles(run):
            tokens = _trimmed(part)
            if not tokens:
                continue
            tail = _lower_case_tail(text, tokens, stops)
            if tail and not any(s <= tokens[0].start() < e for s, e in spans):
                spans.append((tokens[0].start(), tail))
            elif _title_shape(tokens) and not _is_heading(text, tokens[0].start(), tokens[-1].end()):
                spans.append((tokens[0].start(), tokens[-1].end()))
    return spans


# Lower-case words that end a title printed partly in sentence case: the sentence goes on.
NOT_TITLE_TAIL = frozenset({"issued", "promulgated", "adopted", "released", "published", "formulated", "jointly",
                            "by", "which", "that", "was", "were", "is", "are", "has", "have", "had", "shall", "must",
                            "may", "will", "should", "as", "hereinafter", "dated", "effective", "since", "namely"})
LOWER_TAIL = re.compile(r"((?:[ \t]+[a-z][\w'’-]*|[ \t]+[A-Z][\w'’-]*){1,15}?)[ \t]*[(（][ \t]*")


def _lower_case_tail(text: str, tokens: list[re.Match], stops: tuple[int, ...]) -> int | None:
    """The end of a title that goes on in lower case up to a document number in brackets ("the
    Opinions on Accelerating the construction of the credit system (Guo Fa [2016] No. 33)"): the
    instrument word and its link are in the capitalised part, and no word of the tail is one that
    carries the sentence on ("issued by", "which"). None when there is no such tail."""
    words = [t.group(0) for t in tokens]
    linked = any(w in INSTRUMENT and (i + 1 < len(words) and words[i + 1] in LINKS or i + 1 == len(words))
                 for i, w in enumerate(words))
    tail = LOWER_TAIL.match(text, tokens[-1].end())
    if not linked or not tail or tail.end() not in stops:
        return None
    tail_words = tail.group(1).split()
    if any(word in NOT_TITLE_TAIL for word in tail_words) or all(word[0].isupper() for word in tail_words):
        return None
    if words[-1] in INSTRUMENT and tail_words[0] not in LINKS:
        return None
    return tokens[-1].end() + len(tail.group(1))


HEADING_LABEL = re.compile(r"[\W\d_]*(?:[IVXLC]+[.)]?\s+)?(?:(?:Chapter|Section|Part|Article)\s+[\w-]+[\s.:]*)?")


def _is_heading(text: str, start: int, end: int) -> bool:
    """A title-cased phrase that is the whole unit (after a label) is a heading, not a citation."""
    return bool(HEADING_LABEL.fullmatch(text[:start])) and not text[end:].strip(" .:;\n")



def find_plain_citations(text: str, corpus: str, docno_of, taken: list[tuple[int, int]],
                         stops: tuple[int, ...] = ()) -> list[Record]:
    """CITATION records for plain-text titles that do not overlap the spans already `taken`
    (quoted titles) and end before the next of `stops` (document numbers)."""
    index = title_index(corpus)
    found: list[Record] = []
    for start, end in title_spans(text, stops):
        if any(s < end and start < e for s, e in taken):
            continue
        found.append((start, end, "CITATION", resolve(text[start:end], text, end, index, docno_of)))
    return found


def decree_number_of_cited_title(text: str, start: int, printed: str, corpus: str, docno_of) -> str | None:
    """The Chinese form (国务院令第724号) of a decree or order number in brackets right after a title:
    the catalogued number when the title resolves to the catalog entry with that number (also when
    the issuer is printed: "NDRC Order No. 58" is catalogued as 国家发展改革委令第58号), else, for a
    number printed without its issuer ("Decree No. 724"), the issuer the kind of instrument implies
    (national administrative Regulations are State Council decrees, Laws presidential orders), else
    None."""
    decree = DECREE_NUMBER.search(printed)
    if not decree:
        return None
    bare = decree.group(0) == printed.strip()
    index = title_index(corpus)
    for title_start, title_end in title_spans(text[:start]):
        if not re.fullmatch(r"\s*[(（]\s*", text[title_end:start]):
            continue
        cited = resolve(text[title_start:title_end], text, title_end, index, docno_of)
        number = next((n for n, doc in index.docnos.items() if doc == cited), None)
        if number and number.endswith(f"令第{decree.group(1)}号"):
            return number
        instrument = next((w for w in re.findall(r"[A-Za-z]+", text[title_start:title_end]) if w in INSTRUMENT), None)
        if bare and instrument in IMPLIED_DECREE_ISSUER:
            return f"{IMPLIED_DECREE_ISSUER[instrument]}第{int(decree.group(1))}号"
    return None


# The body whose numbered decree promulgates an instrument of this kind (its first instrument word).
IMPLIED_DECREE_ISSUER = {"Regulations": "国务院令", "Regulation": "国务院令", "Law": "中华人民共和国主席令"}
