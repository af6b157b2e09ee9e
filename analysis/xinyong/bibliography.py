"""The bibliography of secondary works (corpus/claims/bibliography.yaml): our own records of press
pieces, company statements and research that claims can cite as evidence or provenance."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from .datafiles import load_yaml, schema_errors
from .errors import ProblemList
from .locations import corpus_dir

BIBLIOGRAPHY_FILE = "bibliography.yaml"


def bibliography_path() -> Path:
    return corpus_dir() / "claims" / BIBLIOGRAPHY_FILE


def load_bibliography(path: Path | None = None) -> dict[str, dict[str, Any]]:
    """Load and validate the bibliography; an empty mapping when the file does not exist.

    path (Path | None): the file (default corpus/claims/bibliography.yaml).
    RETURNS (dict): entry id -> record (with "line", the line of the record in the file).
    RAISES (ProblemList): schema violations (E004) and duplicate ids (E005), each with its line.
    """
    from .claims import duplicate_ids

    path = path or bibliography_path()
    if not path.is_file():
        return {}
    document = load_yaml(path)
    problems = schema_errors(document, document.data, "bibliography")
    if problems:
        raise ProblemList(problems)
    problems = duplicate_ids(document, path, "entries", "bibliography entry")
    if problems:
        raise ProblemList(problems)
    return {entry["id"]: {**entry, "line": document.line_of(["entries", index])}
            for index, entry in enumerate(document.data["entries"])}
