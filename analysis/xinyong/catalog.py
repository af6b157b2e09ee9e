"""Load and check the catalog (corpus/catalog/*.yaml), the agency list and the glossary."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .datafiles import YamlDocument, check_date, load_yaml, schema_errors
from .errors import ProblemList, XinyongError
from .locations import corpus_dir

DATE_FIELDS = ("date_issued", "date_published", "date_effective", "date_repealed")
# Which date is "the document's date" (citations, timelines, years, the citing date of a version),
# in order of preference: the date on the document (or of its promulgation), else its public
# release, else its entry into force; the release comes before entry into force because it is the
# nearer to when the text was written (see corpus/schema/catalog.schema.json).
DOCUMENT_DATE_FIELDS = ("date_issued", "date_published", "date_effective")
# Relations that order documents in time: a cycle among them is impossible.
ORDERED_RELATIONS = ("implements", "amends", "supersedes")
# Spellings of one document number (docno_key): full-width digits, a year in any bracket or before 年
# (公告2014年第40号), its digits written in Chinese (〔二〇一四〕), the number in brackets (公告（第88号）),
# the number in Chinese numerals (第九十一号).
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_CHINESE_DIGITS = str.maketrans("零〇一二三四五六七八九", "00123456789")
_YEAR = "[0-9零〇一二三四五六七八九]{4}"
_YEAR_IN_BRACKETS = re.compile(rf"[〔\[［(（【]({_YEAR})[〕\]］)）】]")
_YEAR_BEFORE_NUMBER = re.compile(rf"(令|公告)({_YEAR})年(?=第)")
_NUMBER_IN_BRACKETS = re.compile(r"[(（](第[^()（）]+号)[)）]$")
_NUMBER = re.compile(r"(〔\d{4}〕)?(第)?([0-9零〇一二三四五六七八九十百千两]+)号$")


def document_date(entry: dict[str, Any]) -> str | None:
    """The document's date (YYYY, YYYY-MM or YYYY-MM-DD): issued, else published, else effective.

    entry (dict): a catalog entry.
    RETURNS (str | None): the date, or None when the catalog gives none of the three.
    """
    return next((str(entry[key]) for key in DOCUMENT_DATE_FIELDS if entry.get(key)), None)


def docno_key(number: str) -> str:
    """The key under which two spellings of one document number meet, which is the annotator's
    canonical DOCNO (corpus/gold/GUIDELINES.md, DOCNO norm): no blanks, the year in 〔〕 with Arabic
    digits, the number in Arabic numerals, 第 only before the number of a decree or announcement. So
    中华人民共和国主席令第九十一号 and 中华人民共和国主席令第91号 meet, and so do 国家税务总局公告2014年第40号
    and 国家税务总局公告〔2014〕第40号; a numeral that is no number (第十十号) stays as written.

    number (str): a document number as the catalog or an annotation writes it.
    RETURNS (str): its key.
    """
    key = re.sub(r"\s+", "", number).translate(_FULL_WIDTH_DIGITS)
    key = _YEAR_IN_BRACKETS.sub(lambda m: f"〔{m.group(1).translate(_CHINESE_DIGITS)}〕", key)
    key = _YEAR_BEFORE_NUMBER.sub(lambda m: f"{m.group(1)}〔{m.group(2).translate(_CHINESE_DIGITS)}〕", key)
    key = _NUMBER_IN_BRACKETS.sub(r"\1", key)
    found = _NUMBER.search(key)
    if not found:
        return key
    year, ordinal, numeral = found.groups()
    from .structure import MalformedNumeral, to_int  # here: structure is not needed until a number is compared

    try:
        numeral = str(to_int(numeral))
    except MalformedNumeral:  # 十十, 五二十〇: not a number, compared as written
        return key
    code = key[:found.start()]
    # 发改财金〔2016〕第141号 is 发改财金〔2016〕141号; a decree or announcement keeps its 第
    if ordinal and year and not code.endswith(("令", "公告")):
        ordinal = ""
    return f"{code}{year or ''}{ordinal or ''}{numeral}号"


@dataclass
class Catalog:
    """The whole catalog with its reference lists.

    entries (dict[str, dict]): catalog entries by id, sorted by id.
    agencies (dict[str, dict]): agencies by id.
    paths (dict[str, Path]): the file of each entry.
    """

    entries: dict[str, dict[str, Any]]
    agencies: dict[str, dict[str, Any]]
    paths: dict[str, Path] = field(default_factory=dict)

    def __getitem__(self, doc_id: str) -> dict[str, Any]:
        if doc_id not in self.entries:
            raise XinyongError("E030", doc=doc_id)
        return self.entries[doc_id]

    def __iter__(self):
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)

    def docno_ids(self) -> dict[str, str]:
        """The catalogued document numbers under their key (docno_key) -> catalog id: look a number
        up as `docno_ids().get(docno_key(number))`."""
        return {docno_key(entry["doc_number"]): entry["id"] for entry in self if entry.get("doc_number")}

    def incoming(self, doc_id: str) -> list[tuple[str, str]]:
        """Relations pointing at a document: (relation type, source id) pairs."""
        return sorted((rel["type"], other["id"]) for other in self.entries.values()
                      for rel in other.get("relations", []) if rel["target"] == doc_id)


def load_agencies(path: Path | None = None) -> dict[str, dict[str, Any]]:
    """Load corpus/agencies.yaml.

    path (Path | None): another agency file.
    RETURNS (dict[str, dict]): agencies by id.
    RAISES (ProblemList): schema violations and duplicate ids, each with its line.
    """
    path = path or corpus_dir() / "agencies.yaml"
    document = load_yaml(path)
    return _index_list(document, "agencies")


def load_glossary(path: Path | None = None) -> dict[str, dict[str, Any]]:
    """Load corpus/glossary.yaml.

    path (Path | None): another glossary file.
    RETURNS (dict[str, dict]): glossary entries by id, in file order.
    RAISES (ProblemList): schema violations, duplicate ids or Chinese forms, unknown related ids.
    """
    path = path or corpus_dir() / "glossary.yaml"
    document = load_yaml(path)
    entries = _index_list(document, "glossary")
    problems = []
    seen_zh: dict[str, str] = {}
    for index, entry in enumerate(document.data):
        for zh in [entry["zh"], *entry.get("zh_forms", [])]:
            if zh in seen_zh:
                problems.append(XinyongError("E005", path=path, line=document.line_of([index, "zh"]),
                                             id=zh, other=f"glossary entry {seen_zh[zh]}"))
            seen_zh[zh] = entry["id"]
        for related in entry.get("related", []):
            if related not in entries:
                problems.append(XinyongError("E013", path=path, line=document.line_of([index, "related"]),
                                             what="glossary id", value=related, field="related"))
    if problems:
        raise ProblemList(problems)
    return entries


def load_measures(path: Path | None = None) -> dict[str, dict[str, Any]]:
    """Load corpus/measures.yaml: the taxonomy of punishment and incentive measures (MEASURE norms).

    path (Path | None): another measures file.
    RETURNS (dict[str, dict]): measure types by id, in taxonomy (file) order.
    """
    return {m["id"]: m for m in load_yaml(path or corpus_dir() / "measures.yaml").data}


def load_targets(path: Path | None = None) -> dict[str, dict[str, Any]]:
    """Load corpus/targets.yaml: the classes of addressees of measures (TARGET norms).

    path (Path | None): another targets file.
    RETURNS (dict[str, dict]): target classes by id, in file order.
    """
    return {t["id"]: t for t in load_yaml(path or corpus_dir() / "targets.yaml").data}


def _index_list(document: YamlDocument, schema_name: str) -> dict[str, dict[str, Any]]:
    if not isinstance(document.data, list):
        raise XinyongError("E003", path=document.path, line=1, expected="list",
                           found=type(document.data).__name__)
    problems = schema_errors(document, document.data, schema_name)
    if problems:
        raise ProblemList(problems)
    entries: dict[str, dict[str, Any]] = {}
    for index, entry in enumerate(document.data):
        if entry["id"] in entries:
            problems.append(XinyongError("E005", path=document.path, line=document.line_of([index, "id"]),
                                         id=entry["id"], other="an earlier entry of the same file"))
        entries[entry["id"]] = entry
    if problems:
        raise ProblemList(problems)
    return entries


def load_entry(path: Path) -> tuple[dict[str, Any], list[XinyongError]]:
    """Load one catalog file and check it on its own (schema, id, dates).

    path (Path): corpus/catalog/<id>.yaml.
    RETURNS (tuple): the entry (or {} when unreadable) and its problems.
    """
    try:
        document = load_yaml(path)
    except XinyongError as exc:
        return {}, [exc]
    if not isinstance(document.data, dict):
        return {}, [XinyongError("E003", path=path, line=1, expected="mapping",
                                 found=type(document.data).__name__)]
    entry = document.data
    problems = schema_errors(document, entry, "catalog")
    if entry.get("id") and entry["id"] != path.stem:
        problems.append(XinyongError("E006", path=path, line=document.line_of(["id"]),
                                     id=entry["id"], stem=path.stem))
    for name in DATE_FIELDS:
        value = entry.get(name)
        if isinstance(value, str):
            problem = check_date(document, [name], value)
            if problem:
                problems.append(problem)
    if problems:
        return entry, problems  # not valid: its references are not looked at
    entry["_lines"] = {
        "id": document.line_of(["id"]),
        "issuers": [document.line_of(["issuers", i]) for i in range(len(entry.get("issuers") or []))],
        "relations": [document.line_of(["relations", i, "target"]) for i in range(len(entry.get("relations") or []))],
    }
    return entry, problems


def load_catalog(catalog_dir: Path | None = None, agencies: dict[str, dict] | None = None,
                 strict: bool = True) -> Catalog:
    """Load every catalog entry and check references between them.

    catalog_dir (Path | None): the folder of entries (default corpus/catalog).
    agencies (dict | None): the agency list (default corpus/agencies.yaml).
    strict (bool): raise on any problem; when False, skip bad entries and keep the rest.
    RETURNS (Catalog): the entries by id.
    RAISES (ProblemList): every problem found, each naming its file and line.
    """
    catalog_dir = catalog_dir or corpus_dir() / "catalog"
    agencies = agencies if agencies is not None else load_agencies()
    problems: list[XinyongError] = []
    entries: dict[str, dict[str, Any]] = {}
    paths: dict[str, Path] = {}
    for path in sorted(catalog_dir.glob("*.yaml")):
        entry, entry_problems = load_entry(path)
        problems.extend(entry_problems)
        if entry_problems or not entry:
            continue
        if entry["id"] in entries:
            problems.append(XinyongError("E005", path=path, line=entry["_lines"]["id"],
                                         id=entry["id"], other=paths[entry["id"]]))
            continue
        entries[entry["id"]] = entry
        paths[entry["id"]] = path
    for doc_id, entry in entries.items():
        lines = entry.pop("_lines")
        for issuer, line in zip(entry["issuers"], lines["issuers"]):
            if issuer not in agencies:
                problems.append(XinyongError("E007", path=paths[doc_id], line=line, issuer=issuer))
        for relation, line in zip(entry["relations"], lines["relations"]):
            if relation["target"] not in entries:
                problems.append(XinyongError("E008", path=paths[doc_id], line=line,
                                             kind=relation["type"], target=relation["target"]))
    problems.extend(_cycles(entries, paths))
    if problems and strict:
        raise ProblemList(problems)
    bad = {p.path for p in problems}
    kept = {k: v for k, v in sorted(entries.items()) if str(paths[k]) not in bad}
    return Catalog(kept, agencies, {k: paths[k] for k in kept})


def _cycles(entries: dict[str, dict], paths: dict[str, Path]) -> list[XinyongError]:
    import networkx as nx

    graph = nx.DiGraph()
    for doc_id, entry in entries.items():
        for relation in entry["relations"]:
            if relation["type"] in ORDERED_RELATIONS and relation["target"] in entries:
                graph.add_edge(doc_id, relation["target"], kind=relation["type"])
    problems = []
    for cycle in sorted(nx.simple_cycles(graph), key=lambda c: sorted(c)):
        start = min(cycle)
        rotated = cycle[cycle.index(start):] + cycle[:cycle.index(start)]
        kind = graph.edges[rotated[0], rotated[1 % len(rotated)]]["kind"]
        problems.append(XinyongError("E009", path=paths[start], cycle=" -> ".join(rotated + [start]),
                                     kind=kind))
    return problems
