"""Paragraphs from text whose lines were wrapped by a page layout (PDF), rebuilt from the
structure markers of Chinese legal and policy documents."""
from __future__ import annotations

import re

from .structure import ZH_NUM

# A line that starts a unit of its own: an article, chapter, section or part, an item, a
# numbered heading, or a Markdown heading.
STARTS_UNIT = re.compile(rf"^(?:#|第[{ZH_NUM}\d]+[条章节编部分]|[（(][{ZH_NUM}\d]+[）)]|[{ZH_NUM}]+、"
                         r"|\d+[.、．]|附件|附则)")
# A line ending a sentence (a semicolon or colon at the end of a full line is as often mid-paragraph).
ENDS_PARAGRAPH = re.compile(r"[。！？][」”’]?$")
BARE_MARKER = re.compile(rf"^第[{ZH_NUM}\d]+[条章节编]$")
PAGE_NUMBER = re.compile(r"^[-—–\s]*\d{1,4}[-—–\s]*$|^第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?$")


def rejoin_wrapped_lines(text: str) -> str:
    """Join lines that a layout wrapped back into their paragraphs.

    A line starts a new paragraph when it begins with a structure marker (第九条, （三）, 二、, ...),
    when the previous line ends a sentence or clause, or when the previous line is clearly shorter
    than a full line (a heading, the last line of a paragraph); otherwise it continues the previous
    one. Lines holding only a page number are dropped.

    text (str): extracted text, one layout line per line.
    RETURNS (str): one paragraph per line.
    """
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line and not PAGE_NUMBER.match(line)]
    lengths = sorted(len(line) for line in lines)
    full = lengths[int(len(lengths) * 0.9)] if lengths else 0  # a full line of the layout
    paragraphs: list[str] = []
    previous_line = ""
    for line in lines:
        short = len(previous_line) < 0.8 * full and not BARE_MARKER.match(previous_line)
        if not paragraphs or short or STARTS_UNIT.match(line) or ENDS_PARAGRAPH.search(paragraphs[-1]):
            paragraphs.append(line)
            previous_line = line
            continue
        previous_line = line
        previous = paragraphs[-1]
        latin_gap = previous[-1].isascii() and previous[-1].isalnum() and line[0].isascii() and line[0].isalnum()
        separator = " " if BARE_MARKER.match(previous) or latin_gap else ""
        paragraphs[-1] = previous + separator + line
    return "\n".join(paragraphs)
