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
import re
from typing import Any, Iterator

import jieba

# Characters segmented with plain jieba before the compiled dictionary is built.
WARM_UP_CHARACTERS = 20_000
_WHITESPACE = re.compile(r"\s")


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


def make_doc(nlp: Any, text: str) -> Any:
    """nlp.make_doc(text), the same Doc, made faster for the jieba segmenter: spaCy aligns the
    words with the text by searching for each word in the rest of the text (see words_and_spaces)."""
    from spacy.lang.zh import ChineseTokenizer, Segmenter
    from spacy.tokens import Doc

    tokenizer = nlp.tokenizer
    if type(tokenizer) is not ChineseTokenizer or tokenizer.segmenter != Segmenter.jieba \
            or len(text) > nlp.max_length:
        return nlp.make_doc(text)  # spaCy's own path (and its error for too long a text)
    words = [word for word in tokenizer.jieba_seg.cut(text, cut_all=False) if word]
    words, spaces = words_and_spaces(words, text)
    return Doc(tokenizer.vocab, words=words, spaces=spaces)


def words_and_spaces(words: list[str], text: str) -> tuple[list[str], list[bool]]:
    """What spacy.util.get_words_and_spaces gives for jieba's words of `text`, in one pass.

    jieba's words put together are the text, and each is either whitespace only or starts with
    a character that is not whitespace. Then spaCy's alignment comes to: a run of whitespace
    words between two words is one token, except that its first character, when a plain space,
    becomes the trailing space of the word before. Any other words go to spaCy's function.
    """
    from spacy.util import get_words_and_spaces

    if "".join(words) != text:
        return get_words_and_spaces(words, text)
    if not _WHITESPACE.search(text):
        return words, [False] * len(words)
    tokens: list[str] = []
    spaces: list[bool] = []
    gap: list[str] = []

    def close_gap() -> None:
        run = "".join(gap)
        gap.clear()
        if tokens and run[0] == " ":
            spaces[-1] = True
            run = run[1:]
        if run:
            tokens.append(run)
            spaces.append(False)

    for word in words:
        if word.isspace():
            gap.append(word)
            continue
        if word[0].isspace():
            return get_words_and_spaces(words, text)
        if gap:
            close_gap()
        tokens.append(word)
        spaces.append(False)
    if gap:
        close_gap()
    return tokens, spaces

