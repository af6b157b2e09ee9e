"""Gold sets over texts we wrote ourselves (the held-out English set, the written Chinese set): a
folder of texts/<doc>.<lang>.md beside <doc>.<lang>.yaml gold files, read and checked the same way."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..datafiles import YamlDocument, check_date, load_yaml
from ..errors import ProblemList, XinyongError
from ..labels import label_names
from .gold import GoldUnit, _locate, guideline_problem, unit_sha


@dataclass(frozen=True)
class GoldSetCodes:
    """The error codes of one set, so that a message names the set it is about.

    empty: no gold file in the folder; no_text: a gold file without its text; unit: a unit id not in
    the text; sha: a unit changed since it was annotated; span: a span not in its unit or with an
    unknown label. Every error but empty also carries `reason`, so that a set may give several kinds
    one code whose message is its reason.
    """
    empty: str
    no_text: str
    unit: str
    sha: str
    span: str


def load_own_text_gold(folder: Path, lang: str, codes: GoldSetCodes,
                       split_of_unit: Callable[[str, str, str], str],
                       refuse_doc: Callable[[Path, str], XinyongError | None] | None = None) -> list[GoldUnit]:
    """Read the gold files of a set over our own texts and resolve their spans against the texts.

    folder (Path): the set's folder, holding texts/<doc>.<lang>.md and <doc>.<lang>.yaml.
    lang (str): the language of the set.
    codes (GoldSetCodes): the set's error codes.
    split_of_unit (Callable): (doc, lang, unit) -> the split the unit belongs to.
    refuse_doc (Callable | None): (gold path, doc) -> an error when the set refuses that document
        (checked before its units are read), else None.
    RETURNS (list[GoldUnit]): the annotated units.
    RAISES (XinyongError | ProblemList): codes.empty for a missing or empty set; the other codes for
        a gold file that does not match its text, naming file and line.
    """
    from ..structure import parse_file

    suffix = f".{lang}.yaml"
    paths = sorted(folder.glob(f"*{suffix}")) if folder.is_dir() else []
    if not paths:
        raise XinyongError(codes.empty, path=folder, reason=f"no <doc>{suffix} gold files found")
    units: list[GoldUnit] = []
    problems: list[XinyongError] = []
    for path in paths:
        document = load_yaml(path)
        data = document.data or {}
        doc_id = str(data.get("doc") or path.name[: -len(suffix)])
        text_path = folder / "texts" / f"{doc_id}.{lang}.md"
        if not text_path.is_file():
            problems.append(XinyongError(codes.no_text, path=path, line=1, doc=doc_id,
                                         reason=f"no text texts/{doc_id}.{lang}.md for this gold file"))
            continue
        refusal = refuse_doc(path, doc_id) if refuse_doc else None
        if refusal is not None:
            problems.append(refusal)
            continue
        texts = {u.id: u.text for u in parse_file(text_path, lang, doc_id).units}
        date, date_problem = text_date(document, data)
        if date_problem is not None:
            problems.append(date_problem)
        for unit_id, entry in (data.get("units") or {}).items():
            line = document.line_of(["units", unit_id])
            if unit_id not in texts:
                problems.append(XinyongError(codes.unit, path=path, line=line, unit=unit_id, doc=doc_id,
                                             reason=f"unit '{unit_id}' is not in the text of {doc_id}"))
                continue
            text, entry = texts[unit_id], entry or {}
            if entry.get("sha") and str(entry["sha"]) != unit_sha(text):
                problems.append(XinyongError(codes.sha, path=path, line=line, unit=unit_id,
                                             found=entry["sha"], expected=unit_sha(text),
                                             reason=f"unit '{unit_id}' changed since it was annotated (sha "
                                                    f"{entry['sha']}, text has {unit_sha(text)})"))
                continue
            gold = GoldUnit(doc_id, lang, unit_id, text, split_of_unit(doc_id, lang, unit_id), date=date)
            for index, span in enumerate(entry.get("spans") or []):
                span_line = document.line_of(["units", unit_id, "spans", index])
                located = _locate(text, span)
                if isinstance(located, str):
                    problems.append(XinyongError(codes.span, path=path, line=span_line, reason=located))
                elif span.get("l") not in label_names():
                    problems.append(XinyongError(codes.span, path=path, line=span_line,
                                                 reason=f"unknown label {span.get('l')!r}"))
                elif (broken := guideline_problem(text, located[0], located[1], span["l"], lang)) is not None:
                    problems.append(XinyongError(codes.span, path=path, line=span_line, reason=broken))
                else:
                    gold.spans.append((located[0], located[1], span["l"], span.get("n")))
            units.append(gold)
    if problems:
        raise ProblemList(problems)
    return units


def text_date(document: YamlDocument, data: dict) -> tuple[str | None, XinyongError | None]:
    """The optional `date` of a gold file over our own text: the date the text bears, which the
    catalog cannot give (the text is not catalogued), so that a law it cites by its bare title
    resolves to the version in force then (annotate.resources.resolve_version).

    document (YamlDocument): the parsed gold file.
    data (dict): its content.
    RETURNS (tuple): the date as YYYY, YYYY-MM or YYYY-MM-DD (None when absent), and an E305 problem
        naming the file and line when the value is not such a date.
    """
    value = data.get("date")
    if value is None or value == "":
        return None, None
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)  # YAML reads 2018-04-10 as a date
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text) or check_date(document, ["date"], text) is not None:
        return None, XinyongError("E305", path=document.path, line=document.line_of(["date"]), value=text)
    return text, None
