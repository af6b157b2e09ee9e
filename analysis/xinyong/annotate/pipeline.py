"""Build the spaCy pipelines and annotate parsed documents into standoff records."""
from __future__ import annotations

import hashlib
import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import spacy
from spacy.language import Language

from ..locations import corpus_dir
from ..sources import to_simplified
from ..structure import ParsedDocument
from . import components  # noqa: F401  (registers the factories)
from .components import COMPONENT_ORDER, records
from .parties import add_sanctioned_parties
from .resources import data_fingerprint, resolve_version, userdict_lines

PIPELINE_VERSION = "1"
MODEL_ENV = {"zh": "XINYONG_SPACY_MODEL_ZH", "en": "XINYONG_SPACY_MODEL_EN"}
def load_userdict(corpus: Path) -> Path:
    """Write the jieba user dictionary (glossary + agencies) and load it into jieba (global),
    once per process and corpus folder."""
    return _load_userdict(str(Path(corpus).resolve()))


@lru_cache(maxsize=4)
def _load_userdict(corpus: str) -> Path:
    import jieba

    lines = "\n".join(userdict_lines(Path(corpus))) + "\n"
    digest = hashlib.sha256(lines.encode()).hexdigest()[:16]
    path = Path(tempfile.gettempdir()) / f"xinyong-userdict-{digest}.txt"
    if not path.exists():
        path.write_text(lines, encoding="utf-8")
    jieba.setLogLevel(60)
    jieba.load_userdict(str(path))
    return path


def make_pipeline(lang: str, corpus: Path | None = None, model: str | None = None) -> Language:
    """The annotation pipeline for one language.

    lang (str): zh (spaCy blank Chinese with the jieba segmenter and our user dictionary) or en.
    corpus (Path | None): the corpus folder with the data files.
    model (str | None): an installed trained spaCy pipeline to start from instead of a blank one
        (default: $XINYONG_SPACY_MODEL_ZH / _EN when set); our rule components are added after it.
    RETURNS (Language): the pipeline.
    """
    corpus = Path(corpus or corpus_dir())
    model = model or os.environ.get(MODEL_ENV[lang])
    if lang == "zh":
        load_userdict(corpus)
        nlp = spacy.load(model) if model else spacy.blank(
            "zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
        punctuation = ["。", "！", "？", "；", "!", "?"]
    else:
        nlp = spacy.load(model) if model else spacy.blank("en")
        punctuation = None
    if "sentencizer" not in nlp.pipe_names and "parser" not in nlp.pipe_names \
            and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", config={"punct_chars": punctuation} if punctuation else {})
    for name in COMPONENT_ORDER:
        nlp.add_pipe(name, config={"corpus": str(corpus)})
    return nlp


@lru_cache(maxsize=2)
def cached_pipeline(lang: str, corpus: str) -> Language:
    return make_pipeline(lang, Path(corpus))


def pipeline_version(corpus: Path | None = None) -> str:
    """A fingerprint of everything that decides the annotations: our code and our data files."""
    corpus = Path(corpus or corpus_dir())
    digest = hashlib.sha256(PIPELINE_VERSION.encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.glob("*.py")) + [package.parent / "dates.py", package.parent / "structure.py"]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    digest.update(data_fingerprint(corpus).encode())
    digest.update(spacy.__version__.encode())
    return digest.hexdigest()


@lru_cache(maxsize=2)
def catalog_dates(corpus: str) -> dict[str, str]:
    """Catalog id -> date issued (for choosing the version of a cited instrument)."""
    from ..catalog import load_agencies, load_catalog

    catalog = load_catalog(Path(corpus) / "catalog", agencies=load_agencies(Path(corpus) / "agencies.yaml"))
    return {e["id"]: e.get("date_issued") or e.get("date_effective") or "" for e in catalog}


def analysis_text(text: str, lang: str) -> str:
    """The text the annotator reads: Chinese normalized to simplified characters (same length)."""
    return to_simplified(text) if lang == "zh" else text


def annotatable_units(document: ParsedDocument) -> list[tuple[str, str]]:
    """(unit id, text) for every unit with running text (article label units are skipped)."""
    return [(u.id, u.text) for u in document.units if u.kind != "article" and u.text.strip()]


def annotate_units(units: Iterable[tuple[str, str]], lang: str, doc_id: str, nlp: Language | None = None,
                   keep_docs: bool = False) -> tuple[list[dict[str, Any]], list]:
    """Annotate (unit id, text) pairs.

    units (Iterable[tuple[str, str]]): the units.
    lang (str): zh or en.
    doc_id (str): the catalog id recorded in each annotation.
    nlp (Language | None): the pipeline (default: the cached one for the project's corpus).
    keep_docs (bool): also return the spaCy Docs (for DocBin).
    RETURNS (tuple): standoff records {doc, unit, lang, start, end, label, text, norm} in unit
        order then offset order (Chinese MEASURE records also carry `target`, the sanctioned
        party's text(s), where the provision names one), and the Docs when asked for.
    """
    nlp = nlp or cached_pipeline(lang, str(corpus_dir()))
    units = list(units)
    dates = catalog_dates(str(corpus_dir()))
    out: list[dict[str, Any]] = []
    docs = []
    texts = (analysis_text(text, lang) for _, text in units)
    for (unit_id, text), doc in zip(units, nlp.pipe(texts, batch_size=256)):
        doc.user_data["unit"] = unit_id
        doc.user_data["doc"] = doc_id
        for start, end, label, norm in sorted(records(doc), key=lambda r: (r[0], r[1], r[2])):
            if label == "CITATION":
                norm = resolve_version(norm, dates.get(doc_id), dates)
            out.append({"doc": doc_id, "unit": unit_id, "lang": lang, "start": start, "end": end,
                        "label": label, "text": text[start:end], "norm": norm})
        if keep_docs:
            docs.append(doc)
    if lang == "zh":
        add_sanctioned_parties(out, {unit_id: analysis_text(text, lang) for unit_id, text in units})
    return out, docs


def annotate_document(document: ParsedDocument, nlp: Language | None = None) -> list[dict[str, Any]]:
    """Standoff annotations of a parsed document (see annotate_units)."""
    return annotate_units(annotatable_units(document), document.lang, document.id, nlp)[0]
