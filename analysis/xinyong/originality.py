"""Originality guard: runs of words our texts share with published translations.

Published translations may not be stored in the repository, so they are kept as one-way hashes of
their word runs (`tests/fixtures/published-runs.json`, written by `scripts/published-runs.py` from
local copies that are never committed). A run of RUN_LENGTH words that hashes into that set is a
stretch of our text that matches a published translation word for word.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

RUN_LENGTH = 15  # the threshold: no run of 15 or more words may match
WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    """Lowercased words with punctuation, quotes and apostrophes dropped (so that "subjects'" and
    "Subjects" compare equal, as a reader would see them)."""
    text = unicodedata.normalize("NFKC", text).lower().replace("'", "").replace("\u2019", "")
    return WORD.findall(text)


def run_hash(run: list[str]) -> str:
    """A short, stable hash of one run of words."""
    return hashlib.sha256(" ".join(run).encode("utf-8")).hexdigest()[:16]


def run_hashes(text: str, length: int = RUN_LENGTH) -> set[str]:
    """Hashes of every run of `length` consecutive words of a text.

    text (str): the text.
    length (int): words per run.
    RETURNS (set[str]): the hashes.
    """
    tokens = words(text)
    return {run_hash(tokens[i:i + length]) for i in range(len(tokens) - length + 1)}


def shared_runs(text: str, published: set[str], length: int = RUN_LENGTH) -> list[str]:
    """The runs of a text whose hashes are in a published set, as plain text, merged where they
    overlap (a 22-word match is reported once, not as eight 15-word runs).

    text (str): our text.
    published (set[str]): run hashes of published translations.
    length (int): words per run.
    RETURNS (list[str]): the matching stretches of our text.
    """
    tokens = words(text)
    hits = [i for i in range(len(tokens) - length + 1) if run_hash(tokens[i:i + length]) in published]
    stretches: list[list[int]] = []
    for start in hits:
        if stretches and start <= stretches[-1][1]:
            stretches[-1][1] = start + length
        else:
            stretches.append([start, start + length])
    return [" ".join(tokens[a:b]) for a, b in stretches]
