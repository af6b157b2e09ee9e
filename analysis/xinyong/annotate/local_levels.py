"""The level and place words of local bodies (省, 市级, 县级以上, 同级, ...), read from the one list that
both the Chinese annotator (local_agencies.py) and the site's popover (site/local_glosses.py) use: the
`levels` of corpus/patterns/local-agencies.yaml, each entry a level with its Chinese words and its English
name. The annotator's pattern is built here from the words, so a word added for one is there for the other.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# What may follow a level word inside a body's name: the places it covers in brackets (县级以上人民政府
# （市、区）), then a joint to the next level word (省、市, 省和市, 市及其...).
LEVEL_JOINT = "(?:（[市区县、]{1,5}）)?(?:[、和]|及其)?"
SHAPE = "{zh: [省级, 省], en: provincial, en_forms: 'provincial|provinces?'} (en_forms is optional)"


@dataclass(frozen=True)
class Level:
    """One level of the list.

    words (tuple[str, ...]): its Chinese words as texts write them (literal text, not patterns).
    en (str): its English name, as the popover shows it.
    en_forms (str): a case-insensitive regular expression for the ways English spans write it.
    """

    words: tuple[str, ...]
    en: str
    en_forms: str

    @property
    def zh(self) -> str:
        """The level's Chinese name: its first word."""
        return self.words[0]


def read_levels(data: dict[str, Any], source: str = "local-agencies.yaml") -> list[Level]:
    """The levels of the parsed local-agencies data, in the file's order.

    data (dict): the parsed corpus/patterns/local-agencies.yaml.
    source (str): the file, for error messages.
    RETURNS (list[Level]): the levels (none when the file has no `levels`).
    RAISES (XinyongError): E292 naming the file and the entry (its number in the list, from 1) for an entry
        of the wrong shape, an empty or non-text word, a word given twice, or an English form that does not compile.
    """
    from ..errors import XinyongError

    items = data.get("levels") or []
    if not isinstance(items, list):
        raise XinyongError("E292", path=source, place="levels", reason="`levels` must be a list of entries", shape=SHAPE)
    levels: list[Level] = []
    seen: dict[str, int] = {}
    for number, item in enumerate(items, 1):
        place = f"levels entry {number}"

        def bad(reason: str) -> XinyongError:
            return XinyongError("E292", path=source, place=place, reason=f"{reason} (the entry is {item!r})", shape=SHAPE)

        if not isinstance(item, dict) or set(item) - {"zh", "en", "en_forms"}:
            raise bad("an entry is a mapping with `zh`, `en` and optionally `en_forms`")
        words = item.get("zh")
        words = [words] if isinstance(words, str) else words
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise bad("`zh` must be a non-empty list of Chinese words")
        if not isinstance(item.get("en"), str) or not item["en"].strip():
            raise bad("`en` must be the level's English name")
        forms = item.get("en_forms", re.escape(item["en"]))
        if not isinstance(forms, str) or not forms.strip():
            raise bad("`en_forms` must be a regular expression")
        try:
            re.compile(forms)
        except re.error as error:
            raise bad(f"`en_forms` is not a regular expression ({error})") from None
        for word in words:
            if word in seen:
                raise bad(f"the word {word} is already in levels entry {seen[word]}: give each level word once")
            seen[word] = number
        levels.append(Level(tuple(words), item["en"], forms))
    return levels


def level_words_pattern(levels: list[Level]) -> str:
    """A pattern for one level word of the list: every word escaped, the longest first so that a word is
    never cut to a shorter one it starts with (乡镇级 before 乡镇 before 乡)."""
    words = sorted((word for level in levels for word in level.words), key=len, reverse=True)
    return "|".join(re.escape(word) for word in words) or "(?!)"


def levels_pattern(levels: list[Level]) -> str:
    """The annotator's pattern for the level words before a body's name: any number of level words, each
    with what may follow it (LEVEL_JOINT)."""
    return f"(?:(?:{level_words_pattern(levels)}){LEVEL_JOINT})*"
