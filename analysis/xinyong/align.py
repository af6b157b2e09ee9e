"""Align our English translations with the Chinese originals, unit by unit, and check them:
structure, numbers, glossary renderings and stray Chinese.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .dates import strip_dates
from .errors import XinyongError
from .structure import ParsedDocument, Unit
from .unit_ids import top_level

FRONT_MATTER_FIELDS = ("source", "source_sha256", "translator", "license", "date", "status")
STATUSES = ("draft", "reviewed")
ARABIC = re.compile(r"\d+(?:\.\d+)?")
ZH_SCALED = re.compile(r"(\d+(?:\.\d+)?)\s*(万|亿)")
SCALE_ZH = {"万": 1e4, "亿": 1e8}
EN_SCALED = re.compile(r"(\d+(?:\.\d+)?)\s*(thousand|million|billion)", re.IGNORECASE)
SCALE_EN = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
CJK = re.compile(r"[\u3400-\u9fff]+")
PARENTHESIZED_CJK = re.compile(r"[(（]([\u3400-\u9fff、·]+)[)）]")


@dataclass
class TermCheck:
    """A glossary term found in a Chinese article, and whether its rendering is in the English."""

    doc: str
    article: str
    term: str
    zh: str
    en: str
    found: bool
    excused: bool = False


@dataclass
class TranslationReport:
    """What `check_translation` found for one document.

    doc (str): catalog id.
    problems (list[XinyongError]): structure and front-matter errors.
    missing_numbers (list[tuple[str, str]]): (article id, number) pairs absent from the English.
    terms (list[TermCheck]): every glossary occurrence checked.
    stray_chinese (list[tuple[str, str]]): (unit id, text) for Chinese outside glossary parentheses.
    """

    doc: str
    problems: list[XinyongError] = field(default_factory=list)
    missing_numbers: list[tuple[str, str]] = field(default_factory=list)
    terms: list[TermCheck] = field(default_factory=list)
    stray_chinese: list[tuple[str, str]] = field(default_factory=list)

    @property
    def consistency(self) -> tuple[int, int]:
        """(consistent occurrences, all occurrences), excused exceptions counted as consistent."""
        return sum(1 for t in self.terms if t.found or t.excused), len(self.terms)


def alignment_problems(zh: ParsedDocument, en: ParsedDocument, path: str | None) -> list[XinyongError]:
    """Units present in one language only, reported by article."""
    zh_ids = [u.id for u in zh.units]
    en_ids = [u.id for u in en.units]
    problems = []
    zh_known, en_known = set(zh_ids), set(en_ids)  # built once: a set per id was quadratic
    extra = [i for i in en_ids if i not in zh_known]
    missing = [i for i in zh_ids if i not in en_known]
    english = en.unit_map()
    if extra:
        problems.append(XinyongError("E027", path=path, line=english[extra[0]].line, place=extra[0],
                                     source=zh.id, ids=", ".join(extra[:12]) + (" …" if len(extra) > 12 else "")))
    if missing:
        first = _nearest_line(missing[0], zh_ids, english)
        problems.append(XinyongError("E028", path=path, line=first, place=missing[0], source=zh.id,
                                     ids=", ".join(missing[:12]) + (" …" if len(missing) > 12 else "")))
    return problems


def _nearest_line(unit_id: str, order: list[str], english: dict[str, Unit]) -> int | None:
    """The English line just before where a missing unit should be."""
    index = order.index(unit_id)
    for previous in reversed(order[:index]):
        if previous in english:
            return english[previous].line
    return None


def _grouped(document: ParsedDocument) -> dict[str, str]:
    groups: dict[str, list[str]] = {}
    for unit in document.units:
        if unit.kind in ("chapter", "section", "part"):
            continue
        groups.setdefault(top_level(unit.id), []).append(unit.content if unit.kind != "article" else "")
    return {key: "\n".join(texts) for key, texts in groups.items()}


class GlossaryMatcher:
    """Leftmost-longest matching of glossary terms in Chinese text, and rendering checks in English.

    glossary (dict[str, dict]): glossary entries by id.
    """

    def __init__(self, glossary: dict[str, dict[str, Any]]) -> None:
        from .annotate.patterns import LiteralSet

        self.glossary = glossary
        self.literals = LiteralSet((entry["id"], zh) for entry in glossary.values()
                                   for zh in [entry["zh"], *entry.get("zh_forms", [])])
        self.forms = {
            entry["id"]: [f.lower() for f in [entry["en"], *entry.get("en_forms", [])]]
            for entry in glossary.values()
        }

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping (start, end, glossary id) matches, leftmost-longest."""
        return [(m.start, m.end, m.key) for m in self.literals.finditer(text)]

    def exceptions(self, doc: str) -> dict[str, set[str]]:
        """Glossary id -> articles of `doc` (or "*") where the glossary documents an exception."""
        found: dict[str, set[str]] = {}
        for entry in self.glossary.values():
            for exception in entry.get("exceptions", []):
                if exception["doc"] == doc:
                    found.setdefault(entry["id"], set()).add(exception.get("unit") or "*")
        return found

    def rendered(self, gid: str, english: str) -> bool:
        lowered = english.lower().replace("\u2019", "'")
        return any(form in lowered for form in self.forms[gid])


def check_translation(zh: ParsedDocument, en: ParsedDocument, matcher: GlossaryMatcher,
                      source_sha256: str | None, path: str | None = None) -> TranslationReport:
    """Check one translation against its original.

    zh (ParsedDocument): the parsed original.
    en (ParsedDocument): the parsed translation.
    matcher (GlossaryMatcher): the glossary.
    source_sha256 (str | None): the hash of the original the translation should be made from.
    path (str | None): the translation's file, for messages.
    RETURNS (TranslationReport): everything found.
    """
    report = TranslationReport(zh.id)
    report.problems.extend(front_matter_problems(en, path))
    if source_sha256 and en.meta.get("source_sha256") and en.meta["source_sha256"] != source_sha256:
        report.problems.append(XinyongError("E029", path=path, line=2, actual=en.meta["source_sha256"],
                                            expected=source_sha256, record="the original in the sources directory"))
    report.problems.extend(alignment_problems(zh, en, path))
    zh_groups, en_groups = _grouped(zh), _grouped(en)
    excused = matcher.exceptions(zh.id)
    for article, zh_text in zh_groups.items():
        en_text = en_groups.get(article)
        if en_text is None:
            continue
        report.missing_numbers.extend((article, n) for n in missing_numbers(zh_text, en_text))
        seen = set()
        for start, end, gid in matcher.find(zh_text):
            if gid in seen:
                continue
            seen.add(gid)
            entry = matcher.glossary[gid]
            report.terms.append(TermCheck(zh.id, article, gid, entry["zh"], entry["en"],
                                          matcher.rendered(gid, en_text),
                                          excused=bool({article, "*"} & excused.get(gid, set()))))
    allowed = {e["zh"] for e in matcher.glossary.values()}
    for unit in en.units:
        without_glosses = PARENTHESIZED_CJK.sub(lambda m: "" if m.group(1) in allowed else m.group(0), unit.text)
        if CJK.search(without_glosses):
            report.stray_chinese.append((unit.id, CJK.search(without_glosses).group(0)))
    return report


def missing_numbers(zh_text: str, en_text: str) -> list[str]:
    """Arabic numbers and dates of a Chinese text that its English rendering lacks.

    Dates are compared as dates (2010年10月1日 = 1 October 2010 = October 1, 2010), other numbers
    as written (thousands separators ignored).
    """
    zh_rest, zh_dates = strip_dates(zh_text, "zh")
    en_rest, en_dates = strip_dates(en_text, "en")
    en_rest = en_rest.replace(",", "")
    en_numbers = set(ARABIC.findall(en_rest))
    en_values = {float(n) for n in en_numbers}
    en_values |= {float(n) * SCALE_EN[unit.lower()] for n, unit in EN_SCALED.findall(en_rest)}
    en_years = {iso[:4] for iso in en_dates} | en_numbers
    en_month_days = {iso[-5:] for iso in en_dates if len(iso) >= 7}
    missing = []
    for iso in sorted(zh_dates):
        if iso in en_dates or len(iso) == 4 and iso in en_years:
            continue
        if iso.startswith("--") and iso[2:] in en_month_days:
            continue
        missing.append(iso)
    for number, unit in ZH_SCALED.findall(zh_rest):
        # 5万元 is 50,000 yuan: compare values, not digits
        if float(number) * SCALE_ZH[unit] not in en_values:
            missing.append(number + unit)
    for number in dict.fromkeys(ARABIC.findall(ZH_SCALED.sub(" ", zh_rest))):
        if number not in en_numbers:
            missing.append(number)
    return missing


def front_matter_problems(en: ParsedDocument, path: str | None) -> list[XinyongError]:
    if not en.meta:
        return [XinyongError("E025", path=path, line=1)]
    problems = []
    for name in FRONT_MATTER_FIELDS:
        if not en.meta.get(name):
            problems.append(XinyongError("E026", path=path, line=1, field=name, reason="is required"))
    if en.meta.get("status") and en.meta["status"] not in STATUSES:
        problems.append(XinyongError("E026", path=path, line=1, field="status",
                                     reason=f"must be one of {', '.join(STATUSES)}"))
    if en.meta.get("source") and en.meta["source"] != en.id:
        problems.append(XinyongError("E026", path=path, line=1, field="source",
                                     reason=f"is '{en.meta['source']}' but the file is for '{en.id}'"))
    sha = str(en.meta.get("source_sha256", ""))
    if sha and not re.fullmatch(r"[0-9a-f]{64}", sha):
        problems.append(XinyongError("E026", path=path, line=1, field="source_sha256",
                                     reason="must be 64 lowercase hex digits"))
    return problems
