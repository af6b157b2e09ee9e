"""Rebuilding paragraphs from PDF layout lines."""
from __future__ import annotations

from xinyong.textlayout import rejoin_wrapped_lines

WIDTH = 30  # characters on a full layout line


def wrapped(paragraph: str) -> list[str]:
    """A paragraph as a layout prints it: full lines, then the rest."""
    return [paragraph[i:i + WIDTH] for i in range(0, len(paragraph), WIDTH)]


ARTICLE_1 = "第一条 为了规范社会信用信息的归集、采集、共享和使用，完善社会信用体系，根据有关法律、行政法规，结合本市实际，制定本条例。"
ARTICLE_2 = ("第二条 本条例所称社会信用，是指具有完全民事行为能力的自然人、法人和非法人组织，在社会和经济活动中遵守法定义务"
             "或者履行约定义务的状态；信用信息主体有权查询其信用信息，并可以依照本条例提出异议；")
SECOND_PARAGRAPH = "法律、行政法规另有规定的，从其规定，本条例所称公共信用信息提供单位，应当按照目录归集信息。"


def test_wrapped_lines_join_into_their_paragraphs():
    lines = ["第一章 总则", *wrapped(ARTICLE_1), "- 2 -", *wrapped(ARTICLE_2), "（一）查询本人的信用信息；",
             "（二）提出异议。", *wrapped(SECOND_PARAGRAPH)]
    assert rejoin_wrapped_lines("\n".join(lines)).split("\n") == [
        "第一章 总则", ARTICLE_1, ARTICLE_2, "（一）查询本人的信用信息；", "（二）提出异议。", SECOND_PARAGRAPH]


def test_a_bare_article_marker_joins_its_text_with_a_space():
    lines = ["第三条", *wrapped(SECOND_PARAGRAPH), *wrapped(ARTICLE_1)]
    assert rejoin_wrapped_lines("\n".join(lines)).split("\n") == [f"第三条 {SECOND_PARAGRAPH}", ARTICLE_1]


def test_a_semicolon_at_the_end_of_a_full_line_does_not_end_the_paragraph():
    paragraph = "处理者采取措施有效避免信息泄露、篡改造成危害的，可以不通知；" \
                "履行个人信息保护职责的部门认为可能造成危害的，有权要求个人信息处理者通知个人。"
    assert paragraph.index("；") == WIDTH - 1  # the first layout line ends on the semicolon
    lines = [*wrapped(paragraph), *wrapped(ARTICLE_1)]
    assert rejoin_wrapped_lines("\n".join(lines)).split("\n") == [paragraph, ARTICLE_1]


def test_latin_words_broken_at_a_space_get_it_back():
    first = "信用管理体系可以参照国际标准化组织发布的质量管理体系标准，即 ISO"
    lines = [first, "9001 的要求。"]
    assert rejoin_wrapped_lines("\n".join(lines)) == first + " 9001 的要求。"
