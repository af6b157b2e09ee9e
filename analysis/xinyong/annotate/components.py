"""spaCy pipeline components, one per label family, each a registered factory configured from our
data files. Every component matches on the raw text and records exact character offsets (the
standoff annotations) in `doc.user_data["xinyong"]`; it also adds token-aligned spans to
`doc.spans["xinyong"]` so that the Doc serializes with its annotations (DocBin).
"""
from __future__ import annotations

import re
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..dates import find_dates
from ..locations import corpus_dir
from .resources import DEONTIC, Resources, load_resources, normalize_title

SPAN_KEY = "xinyong"
INSTRUMENT_WORDS = re.compile(
    r"\b(Law|Laws|Regulations?|Provisions|Measures|Opinions|Decision|Notice|Outline|Plan|Rules|"
    r"Interpretations?|Code|Constitution|Memorandum|Catalogue|List|Guidelines|Methods|Circular)\b")

Record = tuple[int, int, str, str | None]  # start, end, label, norm


def records(doc: Doc) -> list[Record]:
    """The exact-offset annotations a pipeline left on a Doc."""
    return doc.user_data.setdefault(SPAN_KEY, [])


def doc_text(doc: Doc) -> str:
    """The Doc's text, computed once: spaCy rebuilds doc.text from the tokens on every access."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def _citation_spans(doc: Doc) -> list[tuple[int, int]]:
    return [(s, e) for s, e, label, _ in records(doc) if label == "CITATION"]


def add_records(doc: Doc, found: list[Record]) -> None:
    """Add annotations, leaving out anything inside a cited title except the citation itself."""
    titles = _citation_spans(doc)
    group = doc.spans.setdefault(SPAN_KEY, [])
    kept = records(doc)
    for start, end, label, norm in found:
        if label != "CITATION" and any(s <= start and end <= e for s, e in titles):
            continue
        kept.append((start, end, label, norm))
        span = doc.char_span(start, end, label=label, kb_id=norm or "", alignment_mode="expand")
        if span is not None:
            group.append(span)


# --- finders: plain functions over text, used by the components and testable on their own -----

def find_citations(text: str, res: Resources) -> list[Record]:
    found = []
    if res.lang == "zh":
        from .resources import ZH_TITLE

        for match in ZH_TITLE.finditer(text):
            found.append((match.start(), match.end(), "CITATION", res.titles.get(normalize_title(match.group(0), "zh"))))
        return found
    from .resources import EN_TITLE

    for match in EN_TITLE.finditer(text):
        title = match.group("title") or match.group("italic")
        norm = res.titles.get(normalize_title(title, "en"))
        if norm or INSTRUMENT_WORDS.search(title):
            found.append((match.start(), match.end(), "CITATION", norm))
    return found


def canonical_docno(match: re.Match, res: Resources) -> str:
    groups = match.groupdict()
    code = (groups.get("code") or "").strip()
    year = groups.get("year")
    number = groups.get("num")
    if number and not number.isdigit():
        from ..structure import to_int

        number = str(to_int(number))
    if res.lang == "en":
        zh_code = res.codes_en_zh.get(re.sub(r"\s+", "", code).lower())
        if zh_code and year:
            return f"{zh_code}〔{year}〕{int(number)}号"
        return re.sub(r"\s+", " ", match.group(0)).strip()
    if code.endswith(("令", "公告")):
        return f"{code}{'〔' + year + '〕' if year else ''}第{int(number)}号"
    return f"{code}〔{year}〕{int(number)}号"


def find_docnos(text: str, res: Resources) -> list[Record]:
    return [(m.start, m.end, "DOCNO", canonical_docno(groups, res)) for m, groups in res.docno.groups(text)]


def find_dates_records(text: str, res: Resources) -> list[Record]:
    return [(d.start, d.end, "DATE", d.iso) for d in find_dates(text, res.lang)]


def find_terms(text: str, res: Resources) -> list[Record]:
    return [(m.start, m.end, "TERM", m.key) for m in res.terms.finditer(text)]


def find_agencies(text: str, res: Resources) -> list[Record]:
    # 财政部 in 财政部门 ("finance departments") is not the Ministry of Finance
    listed = [(m.start, m.end, "AGENCY", m.key) for m in res.agencies.finditer(text)
              if not (res.lang == "zh" and text[m.end - 1:m.end] == "部" and text[m.end:m.end + 1] == "门")]
    if res.local_agencies is None:
        return listed
    # A body named by level or function (省人民政府发展改革部门) is one span even where it contains
    # a listed name (人民政府 is not, 国务院 is): the longer span wins, the listed one on a tie.
    candidates = sorted(listed + [(m.start, m.end, "AGENCY", m.key) for m in res.local_agencies.finditer(text)],
                        key=lambda r: (r[0], -(r[1] - r[0])))
    chosen: list[Record] = []
    for record in candidates:
        if chosen and record[0] < chosen[-1][1]:
            continue
        chosen.append(record)
    return chosen


def find_deontic(text: str, res: Resources) -> list[Record]:
    """Modal cues; a prohibition wins over an overlapping obligation or permission, and an English
    modal after a negative subject ("No organization may …") is a prohibition."""
    chosen: list[Record] = []
    for label in DEONTIC:  # PROHIBITION first
        for match in res.deontic[label].finditer(text):
            if any(match.start < e and s < match.end for s, e, _, _ in chosen):
                continue
            final = label
            if label != "PROHIBITION" and res.negative_subject is not None \
                    and res.negative_subject.search(text, 0, match.start):
                final = "PROHIBITION"
            chosen.append((match.start, match.end, final, None))
    return sorted(chosen)


def find_measures(text: str, res: Resources) -> list[Record]:
    return [(m.start, m.end, "MEASURE", m.key) for m in res.measures.finditer(text)]


def find_targets(text: str, res: Resources) -> list[Record]:
    return [(m.start, m.end, "TARGET", m.key) for m in res.targets.finditer(text)]


FINDERS: dict[str, Callable[[str, Resources], list[Record]]] = {
    "xinyong_citations": find_citations,
    "xinyong_docnos": find_docnos,
    "xinyong_dates": find_dates_records,
    "xinyong_terms": find_terms,
    "xinyong_agencies": find_agencies,
    "xinyong_deontic": find_deontic,
    "xinyong_measures": find_measures,
    "xinyong_targets": find_targets,
}
# Citations come first: the other components skip text inside cited titles.
COMPONENT_ORDER = tuple(FINDERS)


class RuleComponent:
    """A pipeline component that runs one finder over the Doc's text.

    nlp (Language): the pipeline (its language selects the resources).
    name (str): the component name, which selects the finder.
    corpus (str | None): the corpus folder with the data files (default: the project's).
    """

    def __init__(self, nlp: Language, name: str, corpus: str | None = None) -> None:
        self.name = name
        self.finder = FINDERS[name]
        self.corpus = str(corpus or corpus_dir())
        self.lang = nlp.lang

    def __call__(self, doc: Doc) -> Doc:
        resources = load_resources(self.lang, self.corpus)
        add_records(doc, self.finder(doc_text(doc), resources))
        return doc


def _register(name: str) -> None:
    def factory(nlp: Language, name: str, corpus: str | None) -> RuleComponent:
        return RuleComponent(nlp, name, corpus)

    Language.factory(name, default_config={"corpus": None})(factory)


for _name in FINDERS:
    if not Language.has_factory(_name):
        _register(_name)

if not Span.has_extension("norm"):
    Span.set_extension("norm", getter=lambda span: span.kb_id_ or None)
