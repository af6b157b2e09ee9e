"""Annotate the whole corpus into build/annotations/, incrementally and in parallel."""
from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
from pathlib import Path
from typing import Any, Callable

from ..corpus import Corpus
from ..locations import corpus_dir
from ..outputs import jsonl, write_atomic
from .docbin import exact_doc
from .pipeline import annotatable_units, annotate_units, cached_pipeline, pipeline_version

Job = tuple[str, str, list[tuple[str, str]]]  # doc id, lang, units


def cache_key(version: str, units: list[tuple[str, str]]) -> str:
    """Content hash of a document's units plus the pipeline version."""
    payload = json.dumps(units, ensure_ascii=False, separators=(",", ":")).encode()
    return hashlib.sha256(version.encode() + b"\0" + payload).hexdigest()


def _annotate_job(job: Job) -> tuple[str, str, str, bytes]:
    from spacy.tokens import Doc, DocBin

    doc_id, lang, units = job
    nlp = cached_pipeline(lang, str(corpus_dir()))
    found, docs = annotate_units(units, lang, doc_id, nlp, keep_docs=True)
    by_unit: dict[str, list[dict[str, Any]]] = {}
    for record in found:
        by_unit.setdefault(record["unit"], []).append(record)
    docs = [exact_doc(doc, text, by_unit.get(unit_id, [])) for (unit_id, text), doc in zip(units, docs)]
    # One Doc per document (the units joined, their token ranges in user_data["units"]): DocBin
    # serializes user data and span groups document by document, and each call is costly.
    ranges, position = [], 0
    for (unit_id, _), doc in zip(units, docs):
        ranges.append([unit_id, position, position + len(doc)])
        position += len(doc)
    merged = Doc.from_docs(docs, ensure_whitespace=True, exclude=["user_data"]) if docs else Doc(nlp.vocab)
    merged.user_data.update({"doc": doc_id, "lang": lang, "units": ranges})
    docbin = DocBin(attrs=["ORTH", "SENT_START"], store_user_data=True)
    docbin.add(merged)
    return doc_id, lang, jsonl(found), docbin.to_bytes()


def _warm(langs: tuple[str, ...]) -> None:
    import signal

    # Ctrl-C is the parent's to handle (exit 130, quietly): a worker would print its own traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for lang in langs:
        cached_pipeline(lang, str(corpus_dir()))


def annotate_corpus(corpus: Corpus, out: Path, workers: int | None = None,
                    progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Annotate every text of the corpus; re-annotate only what changed.

    corpus (Corpus): the loaded corpus.
    out (Path): the build folder; writes annotations/<id>.<lang>.jsonl and .spacy (DocBin).
    workers (int | None): processes (default: the number of cores; 1 runs in this process).
    progress (Callable | None): receives progress lines.
    RETURNS (dict): counts of annotated and reused documents and of records per label.
    """
    say = progress or (lambda message: None)
    version = pipeline_version()
    folder = out / "annotations"
    jobs: list[Job] = []
    keys: dict[tuple[str, str], str] = {}
    reused = 0
    for lang in ("zh", "en"):
        for doc_id, document in corpus.documents(lang).items():
            units = annotatable_units(document)
            key = cache_key(version, units)
            keys[(doc_id, lang)] = key
            key_file = folder / f"{doc_id}.{lang}.key"
            if key_file.is_file() and key_file.read_text() == key and (folder / f"{doc_id}.{lang}.jsonl").is_file():
                reused += 1
                continue
            jobs.append((doc_id, lang, units))
    workers = workers or os.cpu_count() or 1
    results = []
    if jobs:
        say(f"annotating {len(jobs)} document(s) with {min(workers, len(jobs))} process(es); {reused} unchanged")
        from tqdm import tqdm

        # Longest first, so that the pool is not left waiting on one big document at the end.
        jobs.sort(key=lambda job: -sum(len(text) for _, text in job[2]))
        if workers > 1 and len(jobs) > 1:
            # jieba's segmenter cannot be pickled: the workers must be forked, not spawned.
            context = multiprocessing.get_context("fork")
            langs = tuple(sorted({job[1] for job in jobs}))
            with context.Pool(min(workers, len(jobs)), initializer=_warm, initargs=(langs,)) as pool:
                iterator = pool.imap_unordered(_annotate_job, jobs)
                results = list(tqdm(iterator, total=len(jobs), disable=len(jobs) < 4, unit="doc"))
        else:
            results = [_annotate_job(job) for job in tqdm(jobs, disable=len(jobs) < 4, unit="doc")]
    for doc_id, lang, lines, docbin in sorted(results):
        write_atomic(folder / f"{doc_id}.{lang}.jsonl", lines)
        write_atomic(folder / f"{doc_id}.{lang}.spacy", docbin)
        write_atomic(folder / f"{doc_id}.{lang}.key", keys[(doc_id, lang)])
    expected = {f"{doc_id}.{lang}.{suffix}" for doc_id, lang in keys for suffix in ("jsonl", "spacy", "key")}
    for stale in sorted(folder.glob("*.*")) if folder.is_dir() else []:
        if stale.name not in expected:
            stale.unlink()  # a document that left the corpus
    return {"annotated": len(results), "reused": reused, "version": version}


def read_annotations(out: Path, doc_id: str, lang: str) -> list[dict[str, Any]]:
    """The standoff records of one document from the build folder."""
    path = out / "annotations" / f"{doc_id}.{lang}.jsonl"
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
