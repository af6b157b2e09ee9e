"""The pattern matcher's first-character filter reads the stdlib's private regex parser only to go
faster: without it (another Python, or a parse tree of another shape) the matches are the same."""
from __future__ import annotations

import re

from xinyong.annotate import patterns
from xinyong.annotate.patterns import PatternSet, first_characters
from xinyong.datafiles import load_yaml
from xinyong.locations import corpus_dir


def _measure_patterns(lang: str) -> list[tuple[str, str]]:
    return [(m["id"], p) for m in load_yaml(corpus_dir() / "measures.yaml").data for p in m["patterns"][lang]]


def test_first_characters_of_real_patterns():
    assert first_characters("限制(?:其|被执行人)?高消费(?!令)") == {"限"}
    assert first_characters("(?:乘坐|购买)飞机") == {"乘", "购"}
    assert first_characters("restricted from", re.IGNORECASE) == {"r", "R"}
    assert first_characters(r"\w+信用") is None  # cannot be bounded: the pattern runs unfiltered
    assert first_characters("a?") is None  # can match the empty string


def test_matches_are_the_same_without_the_private_parser(source_files, monkeypatch):
    text = next(p for p in source_files if p.name.startswith("shanghai-social-credit")).read_text(encoding="utf-8")
    filtered = PatternSet(_measure_patterns("zh"), 0, "measures.yaml")
    assert filtered.by_first and len(filtered.free) < len(filtered.entries)  # the filter is in use
    expected = list(filtered.finditer(text))
    assert len(expected) > 20

    monkeypatch.setattr(patterns, "first_characters", lambda pattern, flags=0: None)
    unfiltered = PatternSet(_measure_patterns("zh"), 0, "measures.yaml")
    assert not unfiltered.by_first and len(unfiltered.free) == len(unfiltered.entries)
    assert list(unfiltered.finditer(text)) == expected


def test_english_matches_are_the_same_without_the_private_parser(monkeypatch):
    text = (corpus_dir() / "translations" / "shanghai-social-credit-regulation-2017.en.md").read_text(encoding="utf-8")
    expected = list(PatternSet(_measure_patterns("en"), re.IGNORECASE).finditer(text))
    assert len(expected) > 10
    monkeypatch.setattr(patterns, "first_characters", lambda pattern, flags=0: None)
    assert list(PatternSet(_measure_patterns("en"), re.IGNORECASE).finditer(text)) == expected
