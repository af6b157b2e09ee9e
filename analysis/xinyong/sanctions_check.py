"""The hand check of the sanctions records: the seeded sample drawn for it and the precision per
field computed from the judgements in corpus/gold/sanctions-check.yaml."""
from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from .datafiles import load_yaml
from .errors import XinyongError
from .locations import corpus_dir

CHECKED_FIELDS = ("measure", "party", "trigger", "authority", "force")


def sample(rows: list[dict[str, Any]], size: int = 100, seed: int = 16) -> list[dict[str, Any]]:
    """A seeded, reproducible random sample of records (the hand-check sample)."""
    ordered = sorted(rows, key=lambda r: r["id"])
    return random.Random(seed).sample(ordered, min(size, len(ordered)))


def check_precision(path: Path | None = None) -> dict[str, dict[str, Any]]:
    """Precision per field from the hand check (corpus/gold/sanctions-check.yaml).

    path (Path | None): the check file (default: the project's).
    RETURNS (dict): field -> {correct, judged, precision}; a field judged "n/a" is not counted.
    """
    path = path or corpus_dir() / "gold" / "sanctions-check.yaml"
    data = load_yaml(path).data
    totals: dict[str, dict[str, Any]] = {f: {"correct": 0, "judged": 0} for f in CHECKED_FIELDS}
    for position, record in enumerate(data.get("records") or []):
        for field in CHECKED_FIELDS:
            verdict = (record.get("fields") or {}).get(field)
            if verdict in (None, "n/a"):
                continue
            if verdict not in ("correct", "incorrect"):
                raise XinyongError("E147", path=path, record=record.get("id", position), field=field, value=verdict)
            totals[field]["judged"] += 1
            totals[field]["correct"] += verdict == "correct"
    for figures in totals.values():
        figures["precision"] = round(figures["correct"] / figures["judged"], 3) if figures["judged"] else None
    return totals
