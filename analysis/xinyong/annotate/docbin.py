"""spaCy Docs that carry exactly the standoff annotations: tokens are split wherever an annotation
begins or ends inside a word (jieba often merges a term with its neighbours: 直辖市人民政府 holds
市人民政府), so that every span has the record's own character offsets, label and normalized value."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from spacy.tokens import Doc

from .components import SPAN_KEY, doc_text


def exact_doc(doc: Doc, text: str, found: list[dict[str, Any]]) -> Doc:
    """A copy of an annotated unit's Doc, over the unit's own text, with the annotations as spans.

    doc (Doc): the pipeline's Doc of the unit (its text has the same length as `text`).
    text (str): the unit's text as stored (the pipeline reads a simplified-character copy).
    found (list[dict]): the unit's standoff records (start, end, label, norm).
    RETURNS (Doc): the Doc with tokens split at every record boundary, its sentence starts kept,
        and doc.spans["xinyong"] holding one span per record (label, kb_id = norm or "").
    """
    cuts = sorted({record["start"] for record in found} | {record["end"] for record in found})
    words: list[str] = []
    spaces: list[bool] = []
    sent_starts: list[bool | None] = []
    split = False
    for token in doc:
        start, end = token.idx, token.idx + len(token)
        bounds = [start, *cuts[bisect_right(cuts, start):bisect_left(cuts, end)], end]
        split = split or len(bounds) > 2
        for piece, (left, right) in enumerate(zip(bounds, bounds[1:])):
            words.append(text[left:right])
            spaces.append(bool(token.whitespace_) and right == end)
            sent_starts.append(token.is_sent_start if piece == 0 else False)
    # building a Doc is the costly part: keep the pipeline's when it already fits (English, mostly)
    exact = Doc(doc.vocab, words=words, spaces=spaces, sent_starts=sent_starts) if split or doc_text(doc) != text else doc
    exact.spans[SPAN_KEY] = []  # the pipeline's own spans were widened to token boundaries
    group = exact.spans[SPAN_KEY]
    for record in found:
        # strict alignment: a record that begins or ends in a token's trailing whitespace gets no
        # span (tests/test_docbin.py checks that none does)
        span = exact.char_span(record["start"], record["end"], label=record["label"], kb_id=record["norm"] or "")
        if span is not None:
            group.append(span)
    return exact
