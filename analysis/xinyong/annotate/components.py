"""spaCy pipeline components, one per label family, each a registered factory configured from our
data files. Every component matches on the raw text and records exact character offsets (the
standoff annotations) in `doc.user_data["xinyong"]`; it also adds token-aligned spans to
`doc.spans["xinyong"]` so that the Doc serializes with its annotations (DocBin).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..locations import corpus_dir
from .finders import FINDERS, Record, inside_citation
from .resources import load_resources

SPAN_KEY = "xinyong"
# Set in a Doc's user_data when only its records are wanted (pipeline.annotate_units without
# keep_docs): the Doc is thrown away, so the token-aligned spans are not built.
RECORDS_ONLY = "xinyong_records_only"


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
    kept = records(doc)
    if doc.user_data.get(RECORDS_ONLY):
        if found:
            titles = _citation_spans(doc)
            kept.extend(record for record in found if not inside_citation(record, titles))
        return
    # doc.spans.setdefault builds a new span group on every call, even when one exists
    group = doc.spans[SPAN_KEY] if SPAN_KEY in doc.spans else doc.spans.setdefault(SPAN_KEY, [])
    if not found:
        return
    titles = _citation_spans(doc)
    for start, end, label, norm in found:
        if inside_citation((start, end, label, norm), titles):
            continue
        kept.append((start, end, label, norm))
        span = doc.char_span(start, end, label=label, kb_id=norm or "", alignment_mode="expand")
        if span is not None:
            group.append(span)


# The finders are in finders.py; the order the components run in is the label table's `pipeline`
# list (labels.component_order).


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
