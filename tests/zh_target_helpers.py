"""The Chinese TARGET finder on a test sentence, shared by the tests of its kinds: the spans it finds with
their party types. The Chinese resources are built once for the session (they are read-only)."""
from __future__ import annotations

from functools import lru_cache

from xinyong.annotate.finders import find_targets
from xinyong.annotate.resources import build_resources
from xinyong.locations import corpus_dir


@lru_cache(maxsize=1)
def zh_resources():
    """The Chinese rule resources of the project's corpus folder."""
    return build_resources("zh", corpus_dir())


def zh_targets(text: str) -> list[tuple[str, str]]:
    """The TARGET spans found in text, as (span text, party type)."""
    return [(text[start:end], kind) for start, end, _, kind in find_targets(text, zh_resources())]
