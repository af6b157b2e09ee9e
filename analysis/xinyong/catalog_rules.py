"""Provenance and date rules for catalog entries that the JSON schema cannot express.

The schema checks each field on its own; these rules look across fields of one entry:
- every `verified_against` source is a URL or a named local text (`sources:<file>`), never a
  bare index id (E095);
- a known `status` names the source it rests on (E096);
- the dates follow the conventions written into the schema: a document is not published or in
  force before it is issued, nor repealed before it takes effect (E097);
- the facts a source is said to support are fields of the entry (E099).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from .catalog import DATE_FIELDS
from .datafiles import YamlDocument, load_yaml, schema
from .errors import XinyongError
from .locations import corpus_dir

# Pairs (earlier, later) that must not be out of order when both dates are known.
DATE_ORDER = (("date_issued", "date_published"), ("date_issued", "date_effective"),
              ("date_effective", "date_repealed"), ("date_issued", "date_repealed"))


def check_catalog_rules(catalog_dir: Path | None = None) -> list[XinyongError]:
    """Apply the cross-field rules to every catalog entry.

    catalog_dir (Path | None): the folder of entries (default corpus/catalog).
    RETURNS (list[XinyongError]): one problem per broken rule, naming the file and line. Files that
        cannot be read or are not mappings are skipped: `load_catalog` reports those already.
    """
    catalog_dir = catalog_dir or corpus_dir() / "catalog"
    problems: list[XinyongError] = []
    for path in sorted(catalog_dir.glob("*.yaml")):
        try:
            document = load_yaml(path)
        except XinyongError:
            continue
        if isinstance(document.data, dict):
            problems.extend(entry_rule_problems(document))
    return problems


def entry_rule_problems(document: YamlDocument) -> list[XinyongError]:
    """The rule problems of one parsed catalog entry.

    document (YamlDocument): the parsed entry (a mapping).
    RETURNS (list[XinyongError]): E095, E096, E097 and E099 problems, in file order.
    """
    entry: dict[str, Any] = document.data
    path = document.path
    problems: list[XinyongError] = []
    known_fields = set(schema("catalog")["properties"])
    sources = entry.get("verified_against") or []
    for index, item in enumerate(sources):
        if not isinstance(item, dict):
            continue
        source = str(item.get("source", ""))
        if not (source.startswith(("http://", "https://")) or source.startswith("sources:")):
            line = document.line_of(["verified_against", index, "source"])
            problems.append(XinyongError("E095", path=path, line=line, source=source))
        for fact_index, fact in enumerate(item.get("facts") or []):
            if fact not in known_fields:
                line = document.line_of(["verified_against", index, "facts", fact_index])
                problems.append(XinyongError("E099", path=path, line=line, fact=fact))
    status = entry.get("status")
    if status and status != "unknown":
        backed = any(isinstance(item, dict) and "status" in (item.get("facts") or []) for item in sources)
        if not backed:
            problems.append(XinyongError("E096", path=path, line=document.line_of(["status"]), status=status))
    dates = {name: entry.get(name) for name in DATE_FIELDS if isinstance(entry.get(name), str)}
    for earlier, later in DATE_ORDER:
        if earlier in dates and later in dates and _before(dates[later], dates[earlier]):
            problems.append(XinyongError("E097", path=path, line=document.line_of([later]),
                                         later=later, later_date=dates[later],
                                         earlier=earlier, earlier_date=dates[earlier]))
    return problems


def _before(first: str, second: str) -> bool:
    """True when date `first` is surely before `second`; partial dates compare on their common part."""
    length = min(len(first), len(second))
    return first[:length] < second[:length]
