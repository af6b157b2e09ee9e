"""jieba's accurate mode with its hot loop in compiled code, when jieba-next is installed.

The pipeline segments with jieba's accurate mode, HMM on (spaCy calls `jieba.cut(text,
cut_all=False)`). Most of that time goes into building each block's word graph and best route
in Python. jieba-next computes the same route in Rust (and the HMM for unknown words too), from
the same prefix dictionary. Its own `cut` splits the text into blocks with a pattern that differs
from jieba 0.42's (jieba keeps "-" inside blocks), so only the block cutter is borrowed: the blocks
are made with jieba's own patterns, and the dictionary is jieba's (with our user words) as it is.
tests/test_segmenter.py checks that the tokens are identical on every shared text.

jieba itself stays the fallback: when jieba-next is missing, for the first characters a process
segments (building the compiled prefix dictionary costs about 0.1 s, more than a short document
takes), for cut_all or HMM off, and when XINYONG_SEGMENTER=jieba.
"""
from __future__ import annotations

import os
from typing import Any, Iterator

import jieba

# Characters segmented with plain jieba before the compiled dictionary is built.
WARM_UP_CHARACTERS = 20_000


class FastJieba:
    """A stand-in for the `jieba` module in spaCy's Chinese tokenizer (only `cut` is used)."""

    def __init__(self) -> None:
        import jieba_next

        self._module = jieba_next
        self._tokenizer: Any = None
        self._dictionary: tuple[int, int] | None = None  # which jieba FREQ table it was built from
        self.characters = 0

    def cut(self, sentence: str, cut_all: bool = False, HMM: bool = True) -> Iterator[str]:  # noqa: N803  (jieba's name)
        """The words of `sentence`, as jieba.cut gives them."""
        self.characters += len(sentence)
        if cut_all or not HMM or self.characters <= WARM_UP_CHARACTERS:
            return jieba.dt.cut(sentence, cut_all=cut_all, HMM=HMM)
        return self._accurate(sentence)

    def prepare(self) -> None:
        """Build the compiled dictionary now and end the warm-up (before forking workers, so
        that they share it instead of each building its own)."""
        self._current()
        self.characters = max(self.characters, WARM_UP_CHARACTERS)

    def _accurate(self, sentence: str) -> Iterator[str]:
        cut_block = self._current()._cut_dag
        han, skip = jieba.re_han_default, jieba.re_skip_default
        for block in han.split(sentence):
            if not block:
                continue
            if han.match(block):
                yield from cut_block(block)
                continue
            for part in skip.split(block):
                if skip.match(part):
                    yield part
                else:
                    yield from part

    def _current(self) -> Any:
        """jieba-next's tokenizer on jieba's current prefix dictionary (rebuilt when jieba's
        dictionary has been replaced, e.g. by another corpus's user words)."""
        jieba.dt.check_initialized()
        source = (id(jieba.dt.FREQ), jieba.dt.total)
        if self._tokenizer is None or self._dictionary != source:
            tokenizer = self._module.Tokenizer()
            tokenizer.FREQ, tokenizer.total = jieba.dt.FREQ, jieba.dt.total
            tokenizer.initialized = True
            tokenizer._rust_prefix = None
            tokenizer._ensure_rust_prefix()
            self._tokenizer, self._dictionary = tokenizer, source
        return self._tokenizer


def segmenter() -> Any:
    """What spaCy's Chinese tokenizer should call: FastJieba when jieba-next is installed and not
    turned off, else the jieba module itself."""
    if os.environ.get("XINYONG_SEGMENTER", "") == "jieba":
        return jieba
    try:
        return FastJieba()
    except ImportError:
        return jieba
