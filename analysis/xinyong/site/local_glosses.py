"""Popover text for local bodies (AGENCY norms `local:...`), read from the one table that defines their
types, corpus/patterns/local-agencies.yaml: the function or name the span uses and the level words it
carries, in English and Chinese, and that it is a local body. Nothing beyond the table: a span whose
function the table cannot name shows its type's name, and a type the table lacks a generic line.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..annotate.local_levels import level_words_pattern, read_levels

LOCAL = "local:"
NOT_NATIONAL = "local body, not a national agency"
END = r"(?![\w-])"  # an English word ends at the end of a word ("town" is not in "township")
QUANTIFIERS = "?*+{"


def plain_form(pattern: str) -> str | None:
    """The pattern as a reader would write the name: its first alternative, optional parts and lookarounds
    left out ('人力资源(?:和)?社会保障' -> 人力资源社会保障, 'finance|financial(?= ...)' -> finance).

    pattern (str): a regular expression of the table (literal words, groups, alternatives, classes).
    RETURNS (str | None): the plain name, or None for a pattern with a wildcard or an anchor.
    """
    try:
        text, _ = _first_alternative(pattern, 0)
    except ValueError:
        return None
    return " ".join(text.split()) or None


def _first_alternative(pattern: str, index: int) -> tuple[str, int]:
    """(the plain text of the first alternative of the group that starts at index, the index after the
    group's closing bracket or the pattern's end)."""
    alternatives, current = [], []
    while index < len(pattern):
        char = pattern[index]
        if char == ")":
            index += 1
            break
        if char == "|":
            alternatives.append("".join(current))
            current, index = [], index + 1
            continue
        if char in ".^$":
            raise ValueError(pattern)
        if char == "(":
            lookaround = pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), index)
            opening = re.match(r"\((?:\?(?:<?[=!]|[-a-z]*:))?", pattern[index:])
            piece, index = _first_alternative(pattern, index + opening.end())
            piece = "" if lookaround else piece
        elif char == "[":
            close = pattern.index("]", index + 2)
            piece, index = pattern[index + 1:close].lstrip("^").replace("\\", "")[:1], close + 1
        elif char == "\\":
            piece = {"b": "", "B": "", "s": " "}.get(pattern[index + 1], pattern[index + 1])
            index += 2
        else:
            piece, index = char, index + 1
        if index < len(pattern) and pattern[index] in QUANTIFIERS:
            if pattern[index] in "?*":  # optional: left out
                piece = ""
            index = pattern.index("}", index) + 1 if pattern[index] == "{" else index + 1
            if index < len(pattern) and pattern[index] == "?":  # a lazy quantifier
                index += 1
        current.append(piece)
    alternatives.append("".join(current))
    return alternatives[0], index


class LocalBodies:
    """The popover lines of local bodies.

    data (dict): the parsed corpus/patterns/local-agencies.yaml (its `types`, with `name`, and `levels`).
    source (str): the file, for error messages.
    RAISES (XinyongError): E292 for a malformed entry of `levels` (annotate/local_levels.py).
    """

    def __init__(self, data: dict[str, Any], source: str = "local-agencies.yaml") -> None:
        self.types: dict[str, dict[str, Any]] = {}
        for entry in data.get("types") or []:
            name = entry.get("name") or {}
            names = [_named(item, key == "functions") for key in ("functions", "standalone") for item in entry.get(key) or []]
            self.types[entry["id"]] = {"en": name.get("en"), "zh": name.get("zh"), "names": names}
        # the same level words as the annotator's (one list), the longest first
        self.levels = read_levels(data, source)
        self.level_of_word = {word: level for level in self.levels for word in level.words}
        self.level_words = re.compile(level_words_pattern(self.levels))

    def gloss(self, norm: str, span: str, lang: str) -> str:
        """The popover line of a local body.

        norm (str): the AGENCY norm (local:TYPE).
        span (str): the span's text (what it names the function and level by).
        lang (str): the span's language, zh or en.
        RETURNS (str): "English name / Chinese name (level; local body, not a national agency)", or a
            generic line for a type the table lacks.
        """
        kind = self.types.get(norm)
        if kind is None:
            return f"{NOT_NATIONAL} ({norm})"
        en, zh, start, end, best = kind["en"], kind["zh"], 0, 0, None
        for pattern_en, pattern_zh, plain_en, plain_zh, head_en, head_zh in kind["names"]:
            pattern = pattern_zh if lang == "zh" else pattern_en
            for found in re.finditer(pattern, span, re.IGNORECASE) if pattern else ():
                # Chinese names the function last, before its head (not 民政 inside 人民政府 in
                # 省人民政府财政部门); English first, before its head and any "of the people's governments"
                rank = (found.end() if lang == "zh" else -found.start(), found.end() - found.start())
                if found.end() == found.start() or (best is not None and rank <= best):
                    continue
                best, start, end = rank, found.start(), found.end()
                en = f"{plain_en}{head_en}" if plain_en else kind["en"]
                zh = f"{plain_zh}{head_zh}" if plain_zh else kind["zh"]
        levels = self._levels(span[:start] + " " * (end - start) + span[end:], lang)
        names = " / ".join(name for name in (en, zh) if name) or norm
        return f"{names} ({'; '.join([*levels, NOT_NATIONAL])})"

    def _levels(self, text: str, lang: str) -> list[str]:
        """The level words in a span (its function or name blanked out), in the span's order, each once:
        "English name / Chinese word", the Chinese word as a Chinese span writes it (上级 stays 上级), and for
        an English span the level's first Chinese word."""
        found: list[tuple[int, str]] = []
        if lang == "zh":
            for match in self.level_words.finditer(text):
                found.append((match.start(), f"{self.level_of_word[match.group(0)].en} / {match.group(0)}"))
        else:
            for level in self.levels:
                pattern = rf"(?<![\w-])(?:{level.en_forms})(?:-level)?{END}"
                for match in re.finditer(pattern, text, re.IGNORECASE):
                    found.append((match.start(), f"{level.en} / {level.zh}"))
                # blanked so that a later entry does not find a form inside it (municipalities directly under ...)
                text = re.sub(pattern, lambda m: " " * len(m.group(0)), text, flags=re.IGNORECASE)
        return list(dict.fromkeys(label for _, label in sorted(found)))


def _named(item: str | dict, function: bool) -> tuple[str | None, str | None, str | None, str | None, str, str]:
    """(English pattern, Chinese pattern, their plain forms, the English and Chinese head words) of a function
    word or a standalone name: a function names a department (公安 -> 公安部门), a standalone name is whole."""
    en, zh = (None, item) if isinstance(item, str) else (item.get("en"), item.get("zh"))
    return (en, zh, plain_form(en) if en else None, plain_form(zh) if zh else None,
            " department" if function else "", "部门" if function else "")


@lru_cache(maxsize=2)
def load_local_bodies(corpus: str) -> LocalBodies:
    """The local bodies of a corpus folder (an empty table when it has no local-agencies.yaml)."""
    from ..datafiles import load_yaml

    path = Path(corpus) / "patterns" / "local-agencies.yaml"
    return LocalBodies(load_yaml(path).data if path.is_file() else {}, str(path))
