"""The claims register (corpus/claims/*.yaml): media claims, verdicts and pinpoint evidence."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from .corpus import Corpus
from .datafiles import load_yaml, schema_errors
from .errors import ProblemList, XinyongError
from .locations import corpus_dir

CATALOG_UNIT = "catalog"  # "doc:catalog" cites a document's catalog record (summary, notes), not a unit
VERDICTS = ("supported", "partly-supported", "unsupported", "misleading", "misattributed", "cannot-determine")


def resolve_unit(corpus: Corpus, reference: str) -> tuple[str, str] | str:
    """Split and check a "doc:unit" reference; RETURNS (doc, unit) or the reason it fails."""
    doc_id, _, unit_id = reference.partition(":")
    if doc_id == "bib":  # a bibliography entry (evidence.BIBLIOGRAPHY_DOC)
        from .bibliography import load_bibliography

        return (doc_id, unit_id) if unit_id in load_bibliography() else f"no bibliography entry '{unit_id}'"
    if doc_id not in corpus.catalog.entries:
        return f"no catalog entry '{doc_id}'"
    if unit_id == CATALOG_UNIT:
        return doc_id, unit_id
    texts = [d for d in (corpus.originals.get(doc_id), corpus.translations.get(doc_id),
                         corpus.digests.get(doc_id)) if d is not None]
    if not texts:
        return f"we hold no text or digest of '{doc_id}'"
    if not any(unit_id in d.unit_map() for d in texts):
        return f"'{doc_id}' has no unit '{unit_id}'"
    return doc_id, unit_id


def unresolved(corpus: Corpus, reference: str, path: Path, line: int | None) -> list[XinyongError]:
    """E054 for a "doc:unit" reference that does not resolve, else nothing."""
    resolved = resolve_unit(corpus, reference)
    if isinstance(resolved, str):
        return [XinyongError("E054", path=path, line=line, ref=reference, reason=resolved)]
    return []


def duplicate_ids(document: Any, path: Path, section: str, noun: str) -> list[XinyongError]:
    """E005 for every item of `section` whose id an earlier item already has."""
    seen, problems = set(), []
    for index, item in enumerate(document.data[section]):
        if item["id"] in seen:
            problems.append(XinyongError("E005", path=path, line=document.line_of([section, index, "id"]),
                                         id=item["id"], other=f"an earlier {noun} in this file"))
        seen.add(item["id"])
    return problems


def load_claims(corpus: Corpus, folder: Path | None = None) -> list[dict[str, Any]]:
    """Load every claims file, validate it and resolve its evidence.

    corpus (Corpus): the corpus the evidence points into.
    folder (Path | None): the claims folder (default corpus/claims).
    RETURNS (list[dict]): one register per file: {"source": …, "claims": […], "path": …}.
    RAISES (ProblemList): schema violations and unresolvable evidence (E054), each with its line.
    """
    from .bibliography import BIBLIOGRAPHY_FILE, load_bibliography

    folder = folder or corpus_dir() / "claims"
    bibliography = load_bibliography(folder / BIBLIOGRAPHY_FILE)
    registers, problems = [], []
    for path in sorted(folder.glob("*.yaml")):
        if path.name == BIBLIOGRAPHY_FILE:
            continue
        document = load_yaml(path)
        errors = schema_errors(document, document.data, "claims")
        if errors:
            problems.extend(errors)
            continue
        problems += duplicate_ids(document, path, "claims", "claim")
        for index, claim in enumerate(document.data["claims"]):
            for number, evidence in enumerate(claim["evidence"]):
                line = document.line_of(["claims", index, "evidence", number])
                if "unit" in evidence:
                    problems += unresolved(corpus, evidence["unit"], path, line)
                elif "bib" in evidence:
                    if evidence["bib"] not in bibliography:
                        problems.append(XinyongError("E100", path=path, line=line, ref=evidence["bib"]))
                elif evidence["doc"] not in corpus.catalog.entries:
                    problems.append(XinyongError("E054", path=path, line=line, ref=evidence["doc"],
                                                 reason="not in the catalog"))
        for index, claim in enumerate(document.data["claims"]):
            for number, source in enumerate(claim.get("provenance", [])):
                if source["bib"] not in bibliography:
                    problems.append(XinyongError("E100", path=path, ref=source["bib"],
                                                 line=document.line_of(["claims", index, "provenance", number])))
        registers.append({**document.data, "path": str(path)})
    if problems:
        raise ProblemList(problems)
    return registers


QUERY_SETS = ("dev", "test", "unseen2")


def load_evidence_queries(corpus: Corpus, split: str = "test", path: Path | None = None) -> list[dict[str, Any]]:
    """Test queries of the evidence finder (corpus/gold/evidence-queries-<split>.yaml); an empty
    list when the file does not exist. "dev" queries have been used to tune the finder; "test"
    queries were written afterwards, by a contributor who saw neither the finder nor the dev set.

    RETURNS (list[dict]): {"id", "query", "topic", "evidence": ["doc:unit", …]}.
    RAISES (ProblemList): schema violations, duplicate ids and unresolvable evidence, each with its line.
    """
    path = path or corpus_dir() / "gold" / f"evidence-queries-{split}.yaml"  # see annotate.evaluate.NOT_ANNOTATIONS
    if not path.is_file():
        return []
    document = load_yaml(path)
    problems = schema_errors(document, document.data, "evidence-queries")
    if problems:
        raise ProblemList(problems)
    problems += duplicate_ids(document, path, "queries", "query")
    for index, query in enumerate(document.data["queries"]):
        for number, reference in enumerate(query["evidence"]):
            problems += unresolved(corpus, reference, path, document.line_of(["queries", index, "evidence", number]))
    if problems:
        raise ProblemList(problems)
    return document.data["queries"]
