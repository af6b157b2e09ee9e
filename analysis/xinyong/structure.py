"""The structure parser: a Chinese legal or policy text, or one of our English translations or
digests, becomes a list of units with stable ids.

Legal texts (编/章/节/条/款/项) give `ch-4`, `ch-5.sec-1`, `art-30` (the article's label),
`art-30.p2` (its second paragraph, 款) and `art-30.p2.i3` (item 3 of that paragraph, 项).
Policy documents (一、 / （一） / 1. / （1）, or numbered Markdown headings in English) give
headings `s1`, `s1.2`, ... with paragraphs `s1.2.p1`. Text before the first article or heading
is `preamble.pN`.

Every line of the body becomes exactly one unit (an article line gives two: its label and its
first paragraph), so joining the units' texts gives back the body, whitespace aside.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from .datafiles import read_text
from .errors import XinyongError
# The data model and the builder live in their own modules; their names stay importable from here.
from .parsed_document import ParsedDocument, Unit  # noqa: F401
from .structure_builder import UnitBuilder

INFO_END = "<!-- INFO END -->"
ZH_NUM = "零〇一二两三四五六七八九十百千"

ZH_PART = re.compile(rf"^#*\s*(第([{ZH_NUM}\d]+)编)\s*(.*)$")
ZH_CHAPTER = re.compile(rf"^#*\s*(第([{ZH_NUM}\d]+)章)\s*(.*)$")
ZH_SECTION = re.compile(rf"^#*\s*(第([{ZH_NUM}\d]+)节)\s*(.*)$")
# An article starts a line with 第N条 (or 第N条之一); a line that starts with a cross-reference
# ("第六十八条规定的…", "第一条第二款") is a paragraph, not an article.
ZH_ARTICLE = re.compile(rf"^(第([{ZH_NUM}\d]+)条(?:之([{ZH_NUM}]+))?)(?![规的第所、和至或及中])\s*")
ZH_ITEM = re.compile(rf"^([（(]([{ZH_NUM}]+)[）)])\s*")
ZH_HEADINGS = (  # policy documents, outermost first
    re.compile(rf"^#*\s*(([{ZH_NUM}]+)、)\s*"),
    re.compile(rf"^#*\s*([（(]([{ZH_NUM}]+)[）)])\s*"),
    re.compile(r"^#*\s*((\d+)[.．、](?!\d))\s*"),
    re.compile(r"^#*\s*([（(](\d+)[）)])\s*"),
)

EN_PART = re.compile(r"^#*\s*(Part\s+(\d+|[IVXLC]+))\b\.?\s*(.*)$")
EN_CHAPTER = re.compile(r"^#*\s*(Chapter\s+(\d+|[IVXLC]+))\b\.?\s*(.*)$")
EN_SECTION = re.compile(r"^#*\s*(Section\s+(\d+|[IVXLC]+))\b\.?\s*(.*)$")
EN_ARTICLE = re.compile(r"^(Article\s+(\d+)(?:-(\d+))?)(?!\s+(?:of|and|to|or|through|and)\b)(?=[\s.:]|$)[.:]?\s*")
EN_ITEM = re.compile(r"^(\((\d+)\))\s*")
EN_HEADING = re.compile(r"^#{2,6}\s*((\d+(?:\.\d+)*)\.?)\s+")

EVENT = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(.*)$")
EVENT_KINDS = (("修正", "amended"), ("修订", "revised"), ("修改", "amended"), ("通过", "adopted"),
               ("公布", "promulgated"), ("发布", "promulgated"), ("施行", "effective"))
TRADITIONAL_MARKERS = str.maketrans({"條": "条", "節": "节", "編": "编", "兩": "两"})
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


class MalformedNumeral(ValueError):
    """A numeral the structure patterns matched that is no number (第十十条): parse_text names the file and line."""

    def __init__(self, numeral: str) -> None:
        super().__init__(numeral)
        self.numeral = numeral


@lru_cache(maxsize=4096)
def to_int(numeral: str) -> int:
    """Convert 三十一, 31 or XXXI to 31 (cached: a long text repeats the same few numerals).

    RAISES (MalformedNumeral): for a string of numeral characters that is no number (十十, 五二十〇).
    """
    if numeral.isdigit():
        return int(numeral)
    if numeral and set(numeral) <= set(ROMAN):
        total = 0
        for char, following in zip(numeral, numeral[1:] + " "):
            value = ROMAN[char]
            total += -value if following in ROMAN and ROMAN[following] > value else value
        return total
    import cn2an  # here, not at the top: importing it costs 0.1 s of every command's start-up

    try:
        return int(cn2an.cn2an(numeral.replace("两", "二"), "smart"))
    except (ValueError, KeyError):  # cn2an refuses 十十 with a ValueError and 五二十〇 with a KeyError
        raise MalformedNumeral(numeral) from None


def parse_events(head: str) -> list[dict[str, Any]]:
    """Dated lines of a source file's metadata head, e.g. 2017年6月23日 …通过.

    RETURNS (list[dict]): {"date", "kind", "text"} in file order.
    """
    events = []
    for line in head.splitlines():
        match = EVENT.match(line.strip())
        if not match:
            continue
        year, month, day, text = match.groups()
        kind = next((name for marker, name in EVENT_KINDS if marker in text), "other")
        events.append({"date": f"{int(year):04d}-{int(month):02d}-{int(day):02d}", "kind": kind,
                       "text": text.strip()})
    return events


def split_document(text: str, lang: str) -> tuple[str, str, dict[str, Any], str, int]:
    """Separate a file into title, metadata head, front matter and body.

    RETURNS (tuple): title, head, front matter, body, and the line number where the body starts.
    """
    meta: dict[str, Any] = {}
    head = ""
    offset = 0
    if text.startswith("---"):
        post = frontmatter.loads(text)
        meta = dict(post.metadata)
        offset = text[: len(text) - len(post.content)].count("\n") if post.content else text.count("\n")
        text = post.content
    elif INFO_END in text:
        head, _, text = text.partition(INFO_END)
        offset = head.count("\n")
    title = ""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("# "):
            title = stripped[2:].strip()
            text = "\n".join(lines[index + 1:])
            offset += index + 1
        break
    if not title and head:
        first = next((line for line in head.splitlines() if line.strip()), "")
        title = first.lstrip("#").strip()
    return title, head, meta, text, offset


def parse_text(text: str, doc_id: str = "", lang: str | None = None, path: str | None = None) -> ParsedDocument:
    """Parse a document's text.

    text (str): the whole file: a sources file (title, metadata head, `<!-- INFO END -->`, body),
        or a translation/digest (YAML front matter, `# Title`, body).
    doc_id (str): the catalog id to record.
    lang (str | None): zh or en; guessed from the text when None.
    path (str | None): the file, for messages.
    RETURNS (ParsedDocument): the title, events and units.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if lang is None:
        lang = guess_language(text)
    title, head, meta, body, offset = split_document(text, lang)
    lines = body.split("\n")
    is_law = _has_articles(lines, lang)
    builder = UnitBuilder(lang)
    for index, raw in enumerate(lines):
        stripped = raw.strip()
        if not stripped or stripped == INFO_END:
            continue
        line_no = offset + index + 1
        heading_text = stripped.lstrip("#").strip()
        try:
            if lang == "zh":
                _zh_line(builder, stripped, heading_text, line_no, is_law)
            else:
                _en_line(builder, stripped, heading_text, line_no, is_law)
        except MalformedNumeral as problem:
            raise XinyongError("E322", path=path, line=line_no, numeral=problem.numeral,
                               line_text=stripped[:60]) from None
    return ParsedDocument(id=doc_id, title=title, lang=lang, events=parse_events(head),
                          units=builder.units, meta=meta, body=body,
                          mode="law" if is_law else "policy", warnings=builder.warnings, path=path)


def _has_articles(lines: list[str], lang: str) -> bool:
    pattern = ZH_ARTICLE if lang == "zh" else EN_ARTICLE
    return any(pattern.match(_markers(line.strip(), lang)) for line in lines)


def _markers(line: str, lang: str) -> str:
    """The line as structure patterns see it: traditional markers (第一條, 第二節) simplified, the
    length unchanged so that offsets found on it hold for the original line."""
    return line.translate(TRADITIONAL_MARKERS) if lang == "zh" else line


def _zh_line(builder: UnitBuilder, stripped: str, heading_text: str, line_no: int, is_law: bool) -> None:
    # a Markdown heading that is no chapter or section keeps its text without the # marks
    original = heading_text if stripped.startswith("#") else stripped
    stripped = _markers(original, "zh")
    for kind, pattern in (("part", ZH_PART), ("chapter", ZH_CHAPTER), ("section", ZH_SECTION)):
        match = pattern.match(stripped)
        if match and (stripped.startswith("#") or len(heading_text) <= 40):
            builder.open_division(kind, to_int(match.group(2)), match.group(1), heading_text, line_no)
            return
    if is_law:
        match = ZH_ARTICLE.match(stripped)
        if match:
            sub = to_int(match.group(3)) if match.group(3) else None
            builder.open_article(to_int(match.group(2)), original[:match.end(1)], original[match.end():], line_no, sub)
            return
        match = ZH_ITEM.match(stripped)
        if match and (builder.article or builder.paragraph):
            builder.add_item(to_int(match.group(2)), match.group(1), original, line_no)
            return
        builder.open_paragraph(original, line_no)
        return
    for level, pattern in enumerate(ZH_HEADINGS):
        match = pattern.match(stripped)
        if match:
            builder.open_heading(level, to_int(match.group(2)), match.group(1), heading_text, line_no)
            return
    builder.open_paragraph(original, line_no)


def _en_line(builder: UnitBuilder, stripped: str, heading_text: str, line_no: int, is_law: bool) -> None:
    if stripped.startswith("#"):
        for kind, pattern in (("part", EN_PART), ("chapter", EN_CHAPTER), ("section", EN_SECTION)):
            match = pattern.match(stripped)
            if match:
                builder.open_division(kind, to_int(match.group(2)), match.group(1), heading_text, line_no)
                return
        match = EN_HEADING.match(stripped)
        if match:
            numbers = [int(n) for n in match.group(2).split(".")]
            builder.open_heading(len(numbers) - 1, numbers[-1], match.group(1), heading_text, line_no)
            return
    if is_law:
        match = EN_ARTICLE.match(stripped)
        if match:
            sub = int(match.group(3)) if match.group(3) else None
            builder.open_article(int(match.group(2)), match.group(1), stripped[match.end():], line_no, sub)
            return
    match = EN_ITEM.match(stripped)
    if match and (builder.article or builder.paragraph or builder.headings):
        builder.add_item(int(match.group(2)), match.group(1), stripped, line_no)
        return
    builder.open_paragraph(heading_text if stripped.startswith("#") else stripped, line_no)


def guess_language(text: str) -> str:
    """zh when CJK characters make up a fifth of the letters, else en."""
    sample = text[:5000]
    cjk = sum(1 for c in sample if "\u4e00" <= c <= "\u9fff")
    letters = sum(1 for c in sample if c.isalpha())
    return "zh" if letters and cjk / letters > 0.2 else "en"


def doc_id_from_path(path: Path) -> str:
    name = path.name
    for suffix in (".en.md", ".digest.md", ".zh.md", ".md", ".txt"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def parse_file(path: Path | str, lang: str | None = None, doc_id: str | None = None) -> ParsedDocument:
    """Parse a sources file, a translation or a digest.

    path (Path | str): the file.
    lang (str | None): zh or en (guessed when None).
    doc_id (str | None): the catalog id (default: from the file name).
    RETURNS (ParsedDocument): the parsed document.
    RAISES (XinyongError): E001/E021/E022/E023 for unreadable, non-UTF-8, empty or binary files.
    """
    path = Path(path)
    text = read_text(path)
    if not text.strip():
        raise XinyongError("E022", path=path)
    try:
        return parse_text(text, doc_id or doc_id_from_path(path), lang, str(path))
    except yaml.YAMLError as exc:  # a translation's front matter
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        raise XinyongError("E066", path=path, line=mark.line + 1 if mark else None,
                           reason=getattr(exc, "problem", None) or str(exc)) from exc


def body_without_markup(body: str) -> str:
    """The body as the units reproduce it: INFO marker and heading marks removed, no whitespace."""
    kept = []
    for line in body.split("\n"):
        stripped = line.strip()
        if not stripped or stripped == INFO_END:
            continue
        kept.append(stripped.lstrip("#") if stripped.startswith("#") else stripped)
    return re.sub(r"\s+", "", "".join(kept))


def units_text(document: ParsedDocument) -> str:
    """The concatenated texts of the units, whitespace removed (compare with body_without_markup)."""
    return re.sub(r"\s+", "", "".join(u.text for u in document.units))
