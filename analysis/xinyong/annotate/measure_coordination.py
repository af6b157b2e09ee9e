"""Chinese MEASURE spans that join two measures of different types under one verb (issue 19).

限制其获得政府补贴和荣誉称号 names two measures, a restriction on subsidies and one on honours,
but the widest pattern matches it as one span. The guidelines want one span per measure: the
first conjunct with the verb (限制其获得政府补贴) and the second as its object phrase (荣誉称号).
A conjunct of the same type (暂扣或者吊销许可证, 降低抽查比例和频次) stays in the span.
"""
from __future__ import annotations

import re
from typing import Protocol

# The conjunctions that join two objects of one verb.
ZH_CONJUNCTION = re.compile(r"以及|或者|和|及|、")


class _Found(Protocol):
    start: int
    end: int
    key: str


class _Patterns(Protocol):
    def finditer(self, text: str) -> list[_Found]: ...


def _whole_type(phrase: str, measures: _Patterns) -> str | None:
    """The measure type whose pattern matches all of `phrase`, if one does."""
    for found in measures.finditer(phrase):
        if found.start == 0 and found.end == len(phrase):
            return found.key
    return None


def split_coordinated(text: str, start: int, end: int, kind: str,
                      measures: _Patterns) -> list[tuple[int, int, str]]:
    """The measures named by text[start:end]: itself, or its two conjuncts when they are of
    different types.

    text (str): the unit's text.
    start, end (int): the MEASURE span.
    kind (str): the type the span was matched as.
    measures (PatternSet): the Chinese measure patterns.
    RETURNS (list[tuple[int, int, str]]): (start, end, type) of each measure, in order.
    """
    for conjunction in ZH_CONJUNCTION.finditer(text, start + 2, end - 1):
        head, tail = text[start:conjunction.start()], text[conjunction.end():end]
        head_kind = _whole_type(head, measures)
        if head_kind is None:
            continue
        # the tail takes the shortest lead of the head (the verb, with the party) that makes it a
        # measure on its own: 限制其获得 + 荣誉称号
        for lead in range(2, len(head)):
            tail_kind = _whole_type(head[:lead] + tail, measures)
            if tail_kind is not None:
                if tail_kind == head_kind:
                    break
                return [(start, conjunction.start(), head_kind), (conjunction.end(), end, tail_kind)]
    return [(start, end, kind)]


# The object phrase after a 、 that may be a second object of the same verb.
ZH_NEXT_OBJECT = re.compile(r"、([^，,。；;：:、等]{2,16})")


def join_same_type(text: str, start: int, end: int, kind: str, measures: _Patterns) -> int:
    """The end of a measure span extended over further objects of the same type that share its verb
    (减免投标保证金、履约保证金; 撤销获得的奖励、荣誉称号): the guidelines make one verb with two objects of
    one type one span.

    text (str): the unit's text.
    start, end (int): the MEASURE span.
    kind (str): its type.
    measures (PatternSet): the Chinese measure patterns.
    RETURNS (int): the new end (end itself when no object of the same type follows).
    """
    while True:
        following = ZH_NEXT_OBJECT.match(text, end)
        if following is None or _whole_type(following.group(1), measures) not in (None, kind):
            return end
        span = text[start:end]
        if not any(_whole_type(span[:lead] + following.group(1), measures) == kind for lead in range(2, len(span))):
            return end
        end = following.end()
