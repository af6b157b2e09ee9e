"""Matchers built from our data files: leftmost-longest matching of many regular expressions or
literal strings over raw text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from ..datafiles import load_yaml
from ..errors import XinyongError


NAMED_GROUP = re.compile(r"\(\?P<\w+>")


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    key: str  # which entry matched (a glossary id, a measure type, a label, ...)


class PatternSet:
    """Many (key, regex) pairs matched leftmost-longest in one scan.

    A combined alternation finds the next position where any pattern matches; at that position
    every pattern is tried and the longest match wins, so the result does not depend on the order
    of the patterns.

    patterns (Iterable[tuple[str, str]]): (key, regular expression) pairs.
    flags (int): re flags for every pattern.
    source (str): the data file, for error messages.
    """

    def __init__(self, patterns: Iterable[tuple[str, str]], flags: int = 0, source: str = "") -> None:
        self.entries: list[tuple[str, re.Pattern]] = []
        for key, pattern in patterns:
            try:
                self.entries.append((key, re.compile(pattern, flags)))
            except re.error as exc:
                raise XinyongError("E050", path=source, place=key,
                                   reason=f"pattern {pattern!r} is not a valid regular expression ({exc})") from exc
        # the scanner only finds where some pattern starts: named groups would clash there
        alternatives = "|".join(f"(?:{NAMED_GROUP.sub('(?:', p.pattern)})" for _, p in self.entries) or r"(?!x)x"
        self.scanner = re.compile(alternatives, flags)

    def finditer(self, text: str) -> Iterable[Match]:
        position = 0
        length = len(text)
        while position <= length:
            found = self.scanner.search(text, position)
            if not found:
                return
            start = found.start()
            best: Match | None = None
            for key, pattern in self.entries:
                candidate = pattern.match(text, start)
                if candidate and candidate.end() > start and (best is None or candidate.end() > best.end):
                    best = Match(start, candidate.end(), key)
            if best is None:  # only empty matches here
                position = start + 1
                continue
            yield best
            position = best.end

    def groups(self, text: str) -> Iterable[tuple[Match, re.Match]]:
        """Like finditer, with the winning pattern's match object (for named groups)."""
        for match in self.finditer(text):
            for key, pattern in self.entries:
                candidate = pattern.match(text, match.start)
                if candidate and candidate.end() == match.end and key == match.key:
                    yield match, candidate
                    break


class LiteralSet:
    """Literal strings matched leftmost-longest (Aho-Corasick), optionally at word boundaries.

    literals (Iterable[tuple[str, str]]): (key, literal) pairs; a literal maps to one key.
    ignore_case (bool): compare lowercased text (English).
    word_boundaries (bool): require non-word characters (or the text's ends) around a match.
    """

    def __init__(self, literals: Iterable[tuple[str, str]], ignore_case: bool = False,
                 word_boundaries: bool = False) -> None:
        import ahocorasick

        self.ignore_case = ignore_case
        self.word_boundaries = word_boundaries
        self.automaton = ahocorasick.Automaton()
        count = 0
        for key, literal in literals:
            literal = literal.lower() if ignore_case else literal
            literal = literal.replace("\u2019", "'")
            if literal and literal not in self.automaton:
                self.automaton.add_word(literal, (len(literal), key))
                count += 1
        self.empty = count == 0
        if not self.empty:
            self.automaton.make_automaton()

    def finditer(self, text: str) -> list[Match]:
        if self.empty:
            return []
        haystack = text.lower() if self.ignore_case else text
        haystack = haystack.replace("\u2019", "'")
        candidates = []
        for end, (length, key) in self.automaton.iter(haystack):
            start = end - length + 1
            if self.word_boundaries and not _at_word_boundaries(haystack, start, end + 1):
                continue
            candidates.append((start, -(end + 1), key))
        candidates.sort()
        chosen: list[Match] = []
        last_end = -1
        for start, negative_end, key in candidates:
            if start >= last_end:
                chosen.append(Match(start, -negative_end, key))
                last_end = -negative_end
        return chosen


def _at_word_boundaries(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-")


def load_pattern_file(path: Path) -> Any:
    """Load a pattern data file (YAML) with the strict loader."""
    return load_yaml(path).data
