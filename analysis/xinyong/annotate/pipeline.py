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
from ..outputs import write_atomic
from ..sources import to_simplified
from ..structure import ParsedDocument
from . import components  # noqa: F401  (registers the factories)
from ..labels import component_order, table_file
from .components import RECORDS_ONLY, SPAN_KEY, RuleComponent, records
from .parties import add_sanctioned_parties
from .en_span_tagger import tagger_mode
from .measure_context import drop_context_measures, drop_from_docs
from .resources import data_fingerprint, in_force_date, resolve_version, userdict_lines

PIPELINE_VERSION = "1"
MODEL_ENV = {"zh": "XINYONG_SPACY_MODEL_ZH", "en": "XINYONG_SPACY_MODEL_EN"}
_jieba_words: dict[str, str | None] = {"installed": None}  # digest of the user words jieba holds


def load_userdict(corpus: Path) -> Path:
    """Write the jieba user dictionary (glossary + agencies) to a file and give jieba (global)
    its prefix dictionary with those words, once per process and user dictionary.

    RETURNS (Path): the user dictionary file (one "word frequency n" line per word).
    """
    digest, path = _userdict_file(_resolved(str(corpus)))
    if _jieba_words["installed"] != digest:
        _install_jieba_dictionary(path)
        _jieba_words["installed"] = digest
    return path


@lru_cache(maxsize=8)
def _resolved(folder: str) -> str:
    """The folder's absolute path (resolved once: the analyses segment unit by unit)."""
    return str(Path(folder).resolve())


@lru_cache(maxsize=4)
def _userdict_file(corpus: str) -> tuple[str, Path]:
    lines = "\n".join(userdict_lines(Path(corpus))) + "\n"
    digest = hashlib.sha256(lines.encode()).hexdigest()[:16]
    path = Path(tempfile.gettempdir()) / f"xinyong-userdict-{digest}.txt"
    if not path.exists():
        # several processes (parallel builds, the test suite's clone) may write it at once
        write_atomic(path, lines)
    return digest, path


def _install_jieba_dictionary(userdict: Path) -> None:
    """Give jieba the prefix dictionary of its default dictionary plus our user words.

    Building it (jieba.initialize, then load_userdict) takes about a second per process; the
    result (jieba's FREQ table, its total and the words' tags) is cached on disk keyed by the
    user words, jieba's version and its dictionary file, and installed as jieba would leave it.
    """
    import marshal

    import jieba

    from . import cache

    jieba.setLogLevel(60)

    def build() -> tuple[dict, int, dict]:
        tokenizer = jieba.Tokenizer()  # a fresh one: the default dictionary and our words only
        tokenizer.initialize()
        tokenizer.load_userdict(str(userdict))
        return tokenizer.FREQ, tokenizer.total, tokenizer.user_word_tag_tab

    dictionary = Path(jieba.__file__).resolve().parent / jieba.DEFAULT_DICT_NAME
    stat = dictionary.stat()
    key = cache.fingerprint([userdict], jieba.__version__, f"{dictionary} {stat.st_size} {stat.st_mtime_ns}")
    freq, total, tags = cache.load_or_build("jieba", key, build, marshal.dumps, marshal.loads)
    segmenter = jieba.dt
    with segmenter.lock:
        segmenter.FREQ, segmenter.total, segmenter.user_word_tag_tab = freq, total, tags
        segmenter.initialized = True


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
        if getattr(nlp.tokenizer, "jieba_seg", None) is not None:
            from .segmenter import segmenter

            nlp.tokenizer.jieba_seg = segmenter()  # the same words, faster (see segmenter.py)
        punctuation = ["。", "！", "？", "；", "!", "?"]
    else:
        nlp = spacy.load(model) if model else spacy.blank("en")
        punctuation = None
    if "sentencizer" not in nlp.pipe_names and "parser" not in nlp.pipe_names \
            and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", config={"punct_chars": punctuation} if punctuation else {})
    for name in component_order(lang, corpus):
        nlp.add_pipe(name, config={"corpus": str(corpus)})
    return nlp


@lru_cache(maxsize=2)
def cached_pipeline(lang: str, corpus: str) -> Language:
    return make_pipeline(lang, Path(corpus))


@lru_cache(maxsize=2)
def records_pipeline(lang: str, corpus: str) -> Language:
    """The pipeline for records alone (no Docs kept): for Chinese without a trained model, the
    same components after spaCy's character segmenter, so that jieba and its dictionary are not
    loaded (the rule components read the text, and such Docs are not segmented: see
    _records_only); else the cached pipeline."""
    if lang != "zh" or os.environ.get(MODEL_ENV[lang]):
        return cached_pipeline(lang, corpus)
    nlp = spacy.blank("zh")
    nlp.add_pipe("sentencizer", config={"punct_chars": ["。", "！", "？", "；", "!", "?"]})
    for name in component_order(lang, Path(corpus)):
        nlp.add_pipe(name, config={"corpus": corpus})
    return nlp if only_rule_components(nlp) else cached_pipeline(lang, corpus)


def pipeline_version(corpus: Path | None = None) -> str:
    """A fingerprint of everything that decides the annotations: our code and our data files."""
    corpus = Path(corpus or corpus_dir())
    digest = hashlib.sha256(PIPELINE_VERSION.encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.glob("*.py")) + [package.parent / "dates.py", package.parent / "structure.py"]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    digest.update(data_fingerprint(corpus).encode())
    digest.update(table_file(corpus).read_bytes())  # the label table: which components run, in which order
    digest.update(spacy.__version__.encode())
    digest.update(f"en tagger {tagger_mode()}".encode())  # $XINYONG_EN_TAGGER changes the English spans
    return digest.hexdigest()


@lru_cache(maxsize=2)
def catalog_dates(corpus: str) -> tuple[dict[str, str], dict[str, str | None]]:
    """For choosing the version of a cited instrument (resolve_version), cached on disk: catalog id
    -> the document's date (the citing date), and catalog id -> the date the version took effect."""
    from . import cache

    root = Path(corpus)
    files = cache.corpus_files(root, ["agencies.yaml"], ["catalog/*.yaml"])
    return cache.load_or_build("catalog-version-dates", cache.fingerprint(files), lambda: _catalog_dates(root))


def _catalog_dates(root: Path) -> tuple[dict[str, str], dict[str, str | None]]:
    from ..catalog import document_date, load_agencies, load_catalog

    catalog = load_catalog(root / "catalog", agencies=load_agencies(root / "agencies.yaml"))
    return {e["id"]: document_date(e) or "" for e in catalog}, {e["id"]: in_force_date(e) for e in catalog}


def analysis_text(text: str, lang: str) -> str:
    """The text the annotator reads: Chinese normalized to simplified characters (same length)."""
    return to_simplified(text) if lang == "zh" else text


def annotatable_units(document: ParsedDocument) -> list[tuple[str, str]]:
    """(unit id, text) for every unit with running text (article label units are skipped)."""
    return [(u.id, u.text) for u in document.leaves()]


def annotate_units(units: Iterable[tuple[str, str]], lang: str, doc_id: str, nlp: Language | None = None,
                   keep_docs: bool = False, citing_date: str | None = None,
                   en_tagger: str | None = None) -> tuple[list[dict[str, Any]], list]:
    """Annotate (unit id, text) pairs.

    units (Iterable[tuple[str, str]]): the units.
    lang (str): zh or en.
    doc_id (str): the catalog id recorded in each annotation.
    nlp (Language | None): the pipeline (default: the cached one for the project's corpus).
    keep_docs (bool): also return the spaCy Docs (for DocBin).
    citing_date (str | None): the text's date when the catalog has none for `doc_id` (a text of
        our own gold sets), for the version of an instrument cited by its bare title.
    en_tagger (str | None): how English MEASURE and TARGET use the learned span tagger (auto, off, redraw or add;
        default: what $XINYONG_EN_TAGGER says; auto: off for a catalogued document, add for any other).
    RETURNS (tuple): standoff records {doc, unit, lang, start, end, label, text, norm} in unit
        order then offset order (Chinese MEASURE records also carry `target`, the sanctioned
        party's text(s), where the provision names one), and the Docs when asked for.
    """
    nlp = nlp or (cached_pipeline if keep_docs else records_pipeline)(lang, str(corpus_dir()))
    units = list(units)
    dates, in_force = catalog_dates(str(corpus_dir()))
    citing_date = dates.get(doc_id) or citing_date
    out: list[dict[str, Any]] = []
    docs = []
    if keep_docs:
        annotated = nlp.pipe(_made_docs(nlp, units, lang), batch_size=256)
    else:
        annotated = _records_only(nlp, units, lang)
    for (unit_id, text), doc in zip(units, annotated):
        doc.user_data["unit"] = unit_id
        doc.user_data["doc"] = doc_id
        for start, end, label, norm in sorted(records(doc), key=lambda r: (r[0], r[1], r[2])):
            if label == "CITATION":
                norm = resolve_version(norm, citing_date, in_force)
            out.append({"doc": doc_id, "unit": unit_id, "lang": lang, "start": start, "end": end,
                        "label": label, "text": text[start:end], "norm": norm})
        if keep_docs:
            docs.append(doc)
    if lang == "zh":
        texts = {unit_id: analysis_text(text, lang) for unit_id, text in units}
        out = drop_context_measures(out, texts)
        drop_from_docs(docs, out, SPAN_KEY)
        add_sanctioned_parties(out, texts)
    else:
        from .en_edges import correct_en_records
        from .en_parties import add_en_sanctioned_parties
        from .en_span_tagger import with_tagger_spans

        correct_en_records(out, dict(units), docs, str(corpus_dir()))  # before anything reads the offsets
        out = with_tagger_spans(out, units, doc_id, docs, str(corpus_dir()), doc_id in dates, en_tagger)
        add_en_sanctioned_parties(out, dict(units))
    return out, docs


def _records_only(nlp: Language, units: list[tuple[str, str]], lang: str) -> Iterable:
    """The Docs through the pipeline when only their records are wanted (the Docs are thrown
    away): the components leave out the token-aligned spans, and the sentencizer, whose sentence
    starts no component reads, is not run. When every other component is one of our rule
    components, which read only the text, the Docs are not even segmented (no tokens: jieba's
    words are for the DocBins). The records are the same (tests/test_annotate_fast_paths.py)."""
    steps = [component for name, component in nlp.pipeline if name != "sentencizer"]
    docs = _made_docs(nlp, units, lang, tokenize=not only_rule_components(nlp))
    for doc in docs:
        doc.user_data[RECORDS_ONLY] = True
        for component in steps:
            doc = component(doc)
        yield doc


def only_rule_components(nlp: Language) -> bool:
    """Whether every component but the sentencizer is one of our rule components (which read
    the Doc's text, never its tokens)."""
    return all(type(component) is RuleComponent for name, component in nlp.pipeline if name != "sentencizer")


def _made_docs(nlp: Language, units: list[tuple[str, str]], lang: str, tokenize: bool = True) -> Iterable:
    """Tokenized Docs that already know their text: spaCy rebuilds doc.text from the tokens on
    every access, and the components would otherwise do that once per Doc (see doc_text).
    tokenize=False gives Docs without tokens, for components that read only the text."""
    from spacy.tokens import Doc

    for _, text in units:
        text = analysis_text(text, lang)
        if tokenize:
            from .segmenter import make_doc  # imports jieba

            doc = make_doc(nlp, text)
        else:
            doc = Doc(nlp.vocab)
        doc.user_data["text"] = text
        yield doc


# A document this long (about 150 kB of Chinese) is annotated by forked processes, each taking
# runs of its units: below it, starting the processes costs more than it saves.
PARALLEL_MIN_CHARACTERS = 50_000
CHUNKS_PER_WORKER = 4


def annotate_document(document: ParsedDocument, nlp: Language | None = None) -> list[dict[str, Any]]:
    """Standoff annotations of a parsed document (see annotate_units).

    A long document (PARALLEL_MIN_CHARACTERS or more) with the default pipeline is annotated by
    one forked process per core, each on consecutive units; the records come back in unit order,
    the same as from one process.
    """
    units = annotatable_units(document)
    workers = _worker_count() if nlp is None and sum(len(t) for _, t in units) >= PARALLEL_MIN_CHARACTERS else 1
    if workers > 1:
        return _annotate_forked(units, document.lang, document.id, workers)
    import gc

    from .resources import load_resources

    nlp = nlp or records_pipeline(document.lang, str(corpus_dir()))
    load_resources(document.lang, str(corpus_dir()))
    # The loaded objects (spaCy's tables, the matchers) live to the end: the
    # collector's full passes over them, triggered by the records piling up, are wasted (0.1 s on
    # 2.6 MB). Frozen objects are not visited; what the annotation leaves as garbage still is.
    gc.freeze()
    try:
        return annotate_units(units, document.lang, document.id, nlp)[0]
    finally:
        gc.unfreeze()


def _worker_count() -> int:
    import multiprocessing

    if multiprocessing.current_process().daemon or "fork" not in multiprocessing.get_all_start_methods():
        return 1  # inside a pool worker (which may not fork), or on a system without fork
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, cores)


def _annotate_forked(units: list[tuple[str, str]], lang: str, doc_id: str, workers: int) -> list[dict[str, Any]]:
    import gc
    import multiprocessing

    from .resources import load_resources

    # Load everything before forking, so that every worker starts with it in memory; jieba's
    # segmenter cannot be pickled, hence fork rather than spawn.
    corpus = str(corpus_dir())
    annotate_units(units[:1], lang, doc_id)
    load_resources(lang, corpus)
    nlp = records_pipeline(lang, corpus)
    segmenter = getattr(nlp.tokenizer, "jieba_seg", None)
    if hasattr(segmenter, "prepare") and not only_rule_components(nlp):  # else the workers do not segment
        segmenter.prepare()
    size = max(1, -(-len(units) // (workers * CHUNKS_PER_WORKER)))
    chunks = [(units[i:i + size], lang, doc_id) for i in range(0, len(units), size)]
    # The workers share this process's memory until they write to it; Python's garbage collector
    # would write to every object it visits (jieba's dictionary, spaCy's tables), copying the pages
    # into each worker. Frozen objects are never visited.
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            parts = pool.map(_annotate_chunk, chunks, chunksize=1)
    except OSError:  # no processes to be had (limits, memory): the same work in this one
        parts = [_annotate_chunk(chunk) for chunk in chunks]
    finally:
        gc.unfreeze()
    return [record for part in parts for record in part]


def _annotate_chunk(job: tuple[list[tuple[str, str]], str, str]) -> list[dict[str, Any]]:
    units, lang, doc_id = job
    return annotate_units(units, lang, doc_id)[0]
