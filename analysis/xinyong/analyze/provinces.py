"""Side-by-side comparison of what each local regulation provides, derived from the annotations
and the curated feature list in corpus/features.yaml."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..datafiles import load_yaml
from ..locations import corpus_dir
from ..structure import ParsedDocument
from ..unit_ids import is_article_unit, sort_key, top_level
from .data import LOCAL_LEVELS, AnnotatedCorpus
from .registry import analysis, write_results


def features() -> list[dict[str, Any]]:
    return load_yaml(corpus_dir() / "features.yaml").data


def feature_cells(data: AnnotatedCorpus, doc_id: str, document: ParsedDocument) -> dict[str, list[str]]:
    """Feature id -> the articles of one regulation that provide it."""
    kinds = {m["id"]: m["kind"] for m in data.corpus.measures.values()}
    records = data.annotations(doc_id, "zh")
    cells: dict[str, set[str]] = {}
    for feature in features():
        cues = feature["cues"]
        pattern = re.compile("|".join(cues.get("zh", []))) if cues.get("zh") else None
        found: set[str] = set()
        for record in records:
            if record["label"] == "TERM" and record["norm"] in cues.get("terms", []):
                found.add(top_level(record["unit"]))
            if record["label"] == "MEASURE" and (kinds.get(record["norm"]) in cues.get("measure_kinds", [])
                                                 or record["norm"] in cues.get("measures", [])):
                found.add(top_level(record["unit"]))
        if pattern:
            for unit in document.leaves():
                if pattern.search(unit.text):
                    found.add(top_level(unit.id))
        cells[feature["id"]] = sorted((a for a in found if is_article_unit(a)), key=sort_key)
    return cells


def comparison(data: AnnotatedCorpus) -> dict[str, Any]:
    """The table: features × local regulations, each cell the list of articles."""
    regulations = {doc_id: document for doc_id, document in data.documents("zh").items()
                   if data.meta(doc_id)["level"] in LOCAL_LEVELS}
    columns = sorted(regulations, key=lambda d: (data.meta(d)["year"] or 0, d))
    table = {doc_id: feature_cells(data, doc_id, regulations[doc_id]) for doc_id in columns}
    rows = []
    for feature in features():
        rows.append({"feature": feature["id"], "en": feature["en"], "zh": feature["zh"],
                     **{doc_id: table[doc_id][feature["id"]] for doc_id in columns}})
    return {"columns": columns, "rows": rows}


@analysis("provinces", "Provincial comparison", "What each local regulation provides, with links to the articles.",
          order=90, page="analyses/provinces.md", data=("provinces.csv", "provinces.json"),
          reads="Reads the Chinese texts of the local regulations: our English translations and digests play no "
                "part.")
def run_provinces(data: AnnotatedCorpus, folder: Path) -> list[str]:
    """What each local regulation provides: provinces.csv (the rows) and provinces.json (all of it)."""
    result = comparison(data)
    return write_results(folder, "provinces", result["rows"], payload=result)
