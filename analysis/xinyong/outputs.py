"""Write outputs atomically and deterministically, and print data in the formats the CLI offers."""
from __future__ import annotations

import csv
import io
import itertools
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Iterable

FORMATS = ("table", "json", "jsonl", "csv")


def write_atomic(path: Path, data: str | bytes) -> Path:
    """Write a file so that readers see the old content or the new, never a half-written file.

    path (Path): the target; parent folders are created.
    data (str | bytes): the content (str is written as UTF-8 with \\n line ends).
    RETURNS (Path): the path written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
        os.chmod(temp, 0o644)  # mkstemp makes files private; outputs are for everyone to read
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise
    return path


def dumps(value: Any, indent: int | None = 1) -> str:
    """JSON with sorted keys and real characters, ending in a newline (byte-stable)."""
    if indent is None:
        return json.dumps(value, ensure_ascii=False, sort_keys=True) + "\n"
    # Indented JSON is encoded in small pieces; joining them in batches keeps memory to a few times
    # the output (json.dumps holds every piece at once: 270 MB for a 20 MB document's units).
    pieces = json.JSONEncoder(ensure_ascii=False, sort_keys=True, indent=indent).iterencode(value)
    batches = []
    while batch := list(itertools.islice(pieces, 65536)):
        batches.append("".join(batch))
    return "".join(batches) + "\n"


def write_json(path: Path, value: Any, indent: int | None = 1) -> Path:
    return write_atomic(path, dumps(value, indent))


def jsonl(rows: Iterable[dict[str, Any]], sort_keys: bool = True) -> str:
    """JSON lines; sort_keys=False keeps each row's key order (a table's column order)."""
    # one encoder for all rows: json.dumps with options builds a new one per call
    encode = json.JSONEncoder(ensure_ascii=False, sort_keys=sort_keys).encode
    return "".join(encode(row) + "\n" for row in rows)


def to_csv(rows: list[dict[str, Any]], columns: list[str] | None = None) -> str:
    columns = columns or _columns(rows)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    return buffer.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return "" if value is None else value


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    columns: list[str] = []
    for row in rows:
        for key in row:
            if key not in columns:
                columns.append(key)
    return columns


def render(rows: list[dict[str, Any]], fmt: str, columns: list[str] | None = None) -> str:
    """Rows as a table, JSON, JSON lines or CSV."""
    if fmt == "json":
        return dumps(rows)
    if fmt == "jsonl":
        return jsonl(rows)
    if fmt == "csv":
        return to_csv(rows, columns)
    columns = columns or _columns(rows)
    cells = [[str(_cell(r.get(c))) for c in columns] for r in rows]
    widths = [max([len(c)] + [_width(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(_pad(c, w) for c, w in zip(columns, widths)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(v, w) for v, w in zip(row, widths)) for row in cells]
    return "\n".join(lines) + "\n"


def _width(text: str) -> int:
    # CJK characters take two columns in a terminal
    return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
