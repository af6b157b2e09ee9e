"""Matchers built from our data files: leftmost-longest matching of many regular expressions or
literal strings over raw text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

from ..errors import XinyongError


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    key: str  # which entry matched (a glossary id, a measure type, a label, ...)


class PatternSet:
    """Many (key, regex) pairs matched leftmost-longest in one scan.

    Each pattern's possible first characters are read from its parsed form, so that the scan only
    stops where some pattern can start (one character class over the text), and there tries only
    the patterns that can start with that character; the longest match wins, so the result does
    not depend on the order of the patterns. Patterns whose first character cannot be known run on
    their own.

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
        self.by_first: dict[str, list[tuple[str, re.Pattern]]] = {}
        self.free: list[tuple[str, re.Pattern]] = []
        for key, compiled in self.entries:
            starts = first_characters(compiled.pattern, flags)
            if starts is None:
                self.free.append((key, compiled))
                continue
            for char in starts:
                self.by_first.setdefault(char, []).append((key, compiled))
        # Latin letters only start a match at the start of a word: every English pattern begins a
        # word, and scanning every letter would stop almost everywhere.
        latin = "".join(sorted(c for c in self.by_first if c.isascii() and c.isalpha()))
        other = "".join(sorted(c for c in self.by_first if not (c.isascii() and c.isalpha())))
        alternatives = ([f"(?<![A-Za-z])[{re.escape(latin)}]"] if latin else []) + ([f"[{re.escape(other)}]"] if other else [])
        self.starts = re.compile("|".join(alternatives)) if alternatives else None
        # Characters a match of each free pattern must contain: without them it is not run.
        self.free_needs = [required_characters(compiled.pattern, flags) for _, compiled in self.free]
        self._last: tuple[str, list[Match]] | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_last": None}

    def finditer(self, text: str) -> list[Match]:
        """The leftmost-longest matches in `text`, in order (the last text's are kept: the
        agencies and the targets both look for local agencies in the same unit)."""
        last = self._last
        if last is not None and last[0] == text:
            return last[1]
        found = list(self._scan(text))
        self._last = (text, found)
        return found

    def _scan(self, text: str) -> Iterable[Match]:
        best_at: dict[int, Match] = {}
        for (key, pattern), needs in zip(self.free, self.free_needs):
            if needs and not all(char in text for char in needs):
                continue
            for found in pattern.finditer(text):
                if found.end() > found.start():
                    current = best_at.get(found.start())
                    if current is None or found.end() > current.end:
                        best_at[found.start()] = Match(found.start(), found.end(), key)
        positions = sorted(set(best_at) | ({m.start() for m in self.starts.finditer(text)} if self.starts else set()))
        last_end = 0
        for start in positions:
            if start < last_end:
                continue
            best = best_at.get(start)
            for key, pattern in self.by_first.get(text[start], ()):
                candidate = pattern.match(text, start)
                if candidate and candidate.end() > start and (best is None or candidate.end() > best.end):
                    best = Match(start, candidate.end(), key)
            if best is not None:
                yield best
                last_end = best.end

    def groups(self, text: str) -> Iterable[tuple[Match, re.Match]]:
        """Like finditer, with the winning pattern's match object (for named groups)."""
        for match in self.finditer(text):
            for key, pattern in self.entries:
                candidate = pattern.match(text, match.start)
                if candidate and candidate.end() == match.end and key == match.key:
                    yield match, candidate
                    break


def first_characters(pattern: str, flags: int = 0) -> set[str] | None:
    """The characters a match of `pattern` can start with, or None when that cannot be bounded
    (a class such as \\w or ., a long range, or a pattern that can match the empty string).

    Python has no public API for a parsed regular expression, so this reads the stdlib's own
    parser (re._parser, Python 3.11 and later: hence requires-python >= 3.11). It only speeds up
    PatternSet: when the parser is missing or its form has changed, None sends every pattern to the
    unfiltered scan, which finds the same matches more slowly (tests/test_patterns_fallback.py).
    """
    try:
        from re import _constants as constants, _parser as parser  # the stdlib's own parser
    except ImportError:
        return None

    def first(items: list, position: int = 0) -> set[str] | None:
        while position < len(items):
            op, arg = items[position]
            if op in (constants.AT, constants.ASSERT, constants.ASSERT_NOT):
                position += 1  # zero-width: the match starts with what follows
                continue
            if op is constants.LITERAL:
                return {chr(arg)}
            if op is constants.IN:
                chars: set[str] = set()
                for item_op, item_arg in arg:
                    if item_op is constants.LITERAL:
                        chars.add(chr(item_arg))
                    elif item_op is constants.RANGE and item_arg[1] - item_arg[0] < 256:
                        chars.update(chr(c) for c in range(item_arg[0], item_arg[1] + 1))
                    else:
                        return None
                return chars
            if op is constants.SUBPATTERN:
                inner = first(list(arg[3]))
                return inner if inner is not None or not _nullable(list(arg[3])) else None
            if op is constants.BRANCH:
                result: set[str] = set()
                for branch in arg[1]:
                    part = first(list(branch))
                    if part is None:
                        return None
                    result |= part
                return result
            if op in (constants.MAX_REPEAT, constants.MIN_REPEAT):
                low, _, sub = arg
                head = first(list(sub))
                if head is None:
                    return None
                if low == 0:
                    rest = first(items, position + 1)
                    return None if rest is None else head | rest
                return head
            return None
        return None  # the pattern can match the empty string

    def _nullable(items: list) -> bool:
        return first(items) is None

    try:
        parsed = parser.parse(pattern, flags)
        found = first(list(parsed))
    except (re.error, AttributeError, TypeError, ValueError):  # a parse tree of another shape
        return None
    if found is not None and flags & re.IGNORECASE:
        found = found | {c.swapcase() for c in found}
    return found


def required_characters(pattern: str, flags: int = 0) -> str:
    """Characters every match of `pattern` contains (its literals outside any group, repeat or
    lookaround), so that a text without one of them needs no scan; "" when none is known."""
    from re import _constants as constants, _parser as parser

    if flags & re.IGNORECASE:
        return ""
    try:
        parsed = parser.parse(pattern, flags)
    except re.error:
        return ""
    if parsed.state.flags & re.IGNORECASE:  # an inline (?i)
        return ""
    return "".join(sorted({chr(arg) for op, arg in parsed if op is constants.LITERAL}))


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
