"""The Chinese rule finders on a test sentence, shared by the tests of their kinds: the spans each finds with
their type. The Chinese resources are built once for the session (they are read-only)."""
from __future__ import annotations

from functools import lru_cache

from xinyong.annotate.finders import find_agencies, find_measures, find_targets
from xinyong.annotate.resources import build_resources
from xinyong.locations import corpus_dir


@lru_cache(maxsize=1)
def zh_resources():
    """The Chinese rule resources of the project's corpus folder."""
    return build_resources("zh", corpus_dir())


def zh_targets(text: str) -> list[tuple[str, str]]:
    """The TARGET spans found in text, as (span text, party type)."""
    return [(text[start:end], kind) for start, end, _, kind in find_targets(text, zh_resources())]


def zh_agencies(text: str) -> list[tuple[str, str]]:
    """The AGENCY spans found in text, as (span text, normalised body: an agency id or local:<kind>)."""
    return [(text[start:end], norm) for start, end, _, norm in find_agencies(text, zh_resources())]


def zh_measures(text: str) -> list[tuple[str, str]]:
    """The MEASURE spans found in text, as (span text, measure type)."""
    return [(text[start:end], kind) for start, end, _, kind in find_measures(text, zh_resources())]
