"""AGENCY patterns for state bodies named by level and function (local governments, their
departments, courts, procuratorates, and national departments named by function), composed from
corpus/patterns/local-agencies.yaml. Bodies listed in agencies.yaml keep their own ids; these
patterns give the rest a generic type (local:government, local:court, ...) per the guidelines.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

from .local_levels import levels_pattern, read_levels
from .patterns import PatternSet

# What may follow a function word to make it a department's name.
# 机构 only after a supervising or inspecting function (金融监管机构, 劳动保障监察机构): 教育机构 is a
# school, not a department.
DEPARTMENT_TAIL = "(?:相关|有关)?(?:行政)?(?:(?:主管|监督管理|管理|监管)?(?:部门|机关)|(?<=监管|管理|监察)机构)"
# A local body named as a bureau of its function (市税务局, 省教育厅, 市卫生健康委, 县发展改革局):
# 委 not in 委托 (财政委托第三方), 办 only for the credit and cyberspace offices (信用办, 网信办).
BUREAU_TAIL = "(?:(?:管理)?(?:分局|局|厅|委员会)|委(?![托派])|(?<=信用|网信)办(?!理|法|事))"


def _alternatives(items: Iterable[str]) -> str:
    return "|".join(f"(?:{item})" for item in items)


def words(items: Iterable[str | dict], lang: str = "zh") -> list[str]:
    """The patterns of one language in a list of function words or standalone names, where an entry is a
    Chinese pattern alone or a mapping {zh: ..., en: ...} (English beside the Chinese, either may be absent).

    items (Iterable[str | dict]): the `functions` or `standalone` list of a type.
    lang (str): zh or en.
    RETURNS (list[str]): the patterns, in the list's order.
    """
    found = []
    for item in items:
        if isinstance(item, str):
            if lang == "zh":
                found.append(item)
        elif item.get(lang):
            found.append(item[lang])
    return found


def local_agency_patterns(data: dict, source: str = "local-agencies.yaml") -> list[tuple[str, str]]:
    """(agency norm, regular expression) pairs for the local-agencies data.

    data (dict): the parsed corpus/patterns/local-agencies.yaml.
    source (str): the file, for error messages.
    RETURNS (list[tuple[str, str]]): patterns for a PatternSet, keyed by agency id or generic type.
    RAISES (XinyongError): E292 for a malformed entry of `levels` (local_levels.py).
    """
    levels = levels_pattern(read_levels(data, source))
    government = f"(?:{levels}人民政府)?"
    every_function = _alternatives(f for entry in data["types"] for f in words(entry.get("functions", [])))
    # The shared head of a list of functions: 财政、公安等有关部门
    # the head may name the field after 等 (住房城乡建设、交通运输、水利等相关行业工程建设主管部门)
    list_head = f"(?:、(?:{every_function}))*、?(?:等[^，。；、]{{0,10}}?)?(?:有关|相关)?{DEPARTMENT_TAIL}"
    patterns: list[tuple[str, str]] = []
    for entry in data["types"]:
        functions = _alternatives(words(entry.get("functions", [])))
        if functions:
            patterns.append((entry["id"], f"{government}{levels}(?:{functions}){DEPARTMENT_TAIL}"))
            patterns.append((entry["id"], f"{government}{levels}(?:{functions}){BUREAU_TAIL}"))
            patterns.append((entry["id"], f"(?:{functions})(?=(?:、(?:{every_function}))+、?(?:等[^，。；、]{{0,10}}?)?(?:有关|相关)?{DEPARTMENT_TAIL})"))
            patterns.append((entry["id"], f"(?<=、)(?:{functions})(?={list_head})"))
        for name in words(entry.get("standalone", [])):
            patterns.append((entry["id"], f"{government}{levels}(?:{name})"))
    for function, agency in data.get("national", {}).items():
        patterns.append((agency, f"国务院(?:{function}){DEPARTMENT_TAIL}"))
    return patterns


def load_function_list(path: Path) -> re.Pattern | None:
    """A list of functions sharing one head (司法行政、税务、市场监管等部门), which is one party (a
    TARGET) though each function word is its own AGENCY; None without the data file."""
    from ..datafiles import load_yaml  # imported here: the evidence finder unpickles matchers without YAML

    if not path.is_file():
        return None
    data = load_yaml(path).data
    every_function = _alternatives(f for entry in data["types"] for f in words(entry.get("functions", [])))
    # with the level words and the government the departments belong to (同级卫生健康、市场监管等部门,
    # 县级以上地方人民政府住房城乡建设、交通运输等部门)
    levels = levels_pattern(read_levels(data, str(path)))
    return re.compile(f"(?:{levels}人民政府)?{levels}(?:{every_function})(?:、(?:{every_function}))*等[^，。；、]{{0,10}}?{DEPARTMENT_TAIL}")


def load_local_agencies(path: Path) -> PatternSet | None:
    """The matcher for local bodies, or None when the corpus has no such data file."""
    from ..datafiles import load_yaml  # imported here: the evidence finder unpickles matchers without YAML

    if not path.is_file():
        return None
    return PatternSet(local_agency_patterns(load_yaml(path).data, str(path)), 0, str(path))
