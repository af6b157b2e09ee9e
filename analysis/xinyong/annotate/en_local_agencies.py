"""English AGENCY records for state bodies named by level and function (issue 16; GUIDELINES.md, "Local
bodies in English"), composed from the English half of corpus/patterns/local-agencies.yaml: the same
types and function table as Chinese (local_agencies.py), each function with its English renderings beside
its Chinese word.

What is found: a department named by level and function ("provincial transport departments", "the food
and drug regulatory department", "transport departments of local people's governments at or above the
county level": one span of the department's type), a head before its function ("the department in charge
of social credit work"), a government by its level ("municipal people's government", "Governments at every
level"), courts and procuratorates, each function of a list that shares one head ("public security, civil
affairs and finance departments": three spans, the head in none), and a national body named by its
function ("national cyberspace department", "... department of the State Council") under the id that the
`national` table gives the function's Chinese word. A generic head alone ("relevant departments",
"authorities") names no function and is not found.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .local_agencies import words
from .patterns import PatternSet

Record = tuple[int, int, str, str | None]  # start, end, label, norm (as in finders.py)

# The parts of the `en:` section the patterns are composed from (see the data file's comments).
EN_PARTS = ("levels", "level_after", "government_after", "heads", "heads_first", "head_words", "head_links",
            "function_after", "list_leads", "compound_nouns")
END = r"(?![\w-])"  # a name ends at the end of a word ("court" is not in "courtyard")
PEOPLES = r"people's"  # texts are matched with ’ read as ' (same length, so offsets hold)
NATIONAL = "national"  # the key of a national body named by function, until its id is read


class EnLocalAgencies:
    """The English matcher for local bodies and national bodies named by function.

    data (dict): the parsed corpus/patterns/local-agencies.yaml.
    source (str): the file, for error messages.
    RAISES (XinyongError): E296 for a missing or malformed `en:` section, E297 for a function whose English
        is not a pattern (both naming the file); E050 for an English pattern that is not a regular expression.
    """

    def __init__(self, data: dict[str, Any], source: str) -> None:
        en = _english_section(data, source)
        p = {name: en[name] for name in EN_PARTS}
        levels = rf"(?:(?:{p['levels']})(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+))*(?:{p['levels']})\s+"
        any_levels = f"(?:{levels})?"
        head_word = rf"(?:(?:{p['head_words']})\s+)?"
        heads = rf"(?:{p['heads']}){END}"
        after = rf"(?:\s+(?:{p['level_after']}|{p['government_after']}))?"
        government = rf"{any_levels}{PEOPLES}\s+governments?{END}{after}"
        of_government = rf"(?:\s+(?:of|under)\s+(?:the\s+)?{government})"
        functions = _functions(data, source)
        patterns: list[tuple[str, str]] = [(agency, name) for agency, names in (en.get("names") or {}).items()
                                           for name in names]
        national = data.get("national") or {}
        for kind in dict.fromkeys(kind for kind, _, _ in functions):
            own = "|".join(f"(?:{english})" for k, english, _ in functions if k == kind)
            patterns.append((kind, rf"{any_levels}(?:competent\s+)?(?:{own})\s+{head_word}{heads}"
                                   rf"(?:{of_government}|\s+(?:{p['level_after']}))?"))
            patterns.append((kind, rf"{any_levels}(?:competent\s+)?{head_word}(?:{p['heads']}|{p['heads_first']}){END}"
                                   rf"\s+(?:{p['head_links']})\s+(?:{own})(?:\s+(?:{p['function_after']}))?{END}"
                                   rf"(?:{of_government}|\s+(?:{p['level_after']}))?"))
        # A national body named by function: one pattern per form over every function the `national` table
        # resolves, the id read from the function named (see _national_id).
        self.national = [(national[chinese], re.compile(rf"(?:{english}){END}", re.IGNORECASE))
                         for _, english, chinese in functions if chinese and national.get(chinese)]
        every_national = "|".join(f"(?:{pattern.pattern})" for _, pattern in self.national)
        if every_national:
            patterns += [(NATIONAL, rf"national\s+(?:{every_national})\s+{head_word}{heads}"),
                         (NATIONAL, rf"(?:competent\s+)?(?:{every_national})\s+{head_word}{heads}\s+(?:of|under)\s+the\s+State\s+Council{END}"),
                         (NATIONAL, rf"State\s+Council\s+(?:{every_national})\s+{head_word}{heads}"),
                         (NATIONAL, rf"(?:competent\s+)?{head_word}(?:{p['heads']}|{p['heads_first']}){END}\s+(?:{p['head_links']})"
                                    rf"\s+(?:{every_national})(?:\s+(?:{p['function_after']}))?\s+(?:of|under)\s+the\s+State\s+Council{END}")]
        for entry in data["types"]:
            for name in words(entry.get("standalone") or [], "en"):
                patterns.append((entry["id"], rf"{any_levels}(?:{name}){END}{of_government if entry['id'] != 'local:government' else after}?"))
        patterns += [("local:government", government),
                     ("local:government", rf"{levels}governments?{END}{after}"),
                     ("local:government", rf"governments?\s+(?:{p['level_after']}|{p['government_after']}){END}")]
        self.bodies = PatternSet(patterns, re.IGNORECASE, source)
        # Function words alone, for lists sharing one head: keyed by position in `functions`.
        self.functions = functions
        self.items = PatternSet(((str(i), rf"(?:{english}){END}") for i, (_, english, _) in enumerate(functions)),
                                re.IGNORECASE, source)
        self.separator = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
        self.list_tail = re.compile(rf"\s*,?\s+(?:(?:and|or)\s+)?(?:other\s+)?(?:relevant\s+)?(?:competent\s+)?"
                                    rf"{head_word}{heads}", re.IGNORECASE)
        self.list_lead = re.compile(rf"(?<![\w-])(?:{p['heads']}),?\s+(?:{p['list_leads']}):?\s+\Z", re.IGNORECASE)
        self.compound = re.compile(rf"\s+(?:{p['compound_nouns']}){END}")

    def find(self, text: str) -> list[Record]:
        """AGENCY records of local bodies and of national bodies named by function in an English text.

        text (str): the unit's text.
        RETURNS (list[Record]): (start, end, "AGENCY", type or agency id), in order, not overlapping.
        """
        text = text.replace("\u2019", "'")
        found: list[Record] = []
        taken: list[tuple[int, int]] = []
        for group, (start, end) in self._lists(text):
            found += group
            taken.append((start, end))
        for match in self.bodies.finditer(text):
            if any(s < match.end and match.start < e for s, e in taken):
                continue
            if self.compound.match(text, match.end):  # "court rulings": the name modifies a noun
                continue
            key = self._national_id(text, match.start, match.end) if match.key == NATIONAL else match.key
            found.append((match.start, match.end, "AGENCY", key))
        return sorted(found)

    def _national_id(self, text: str, start: int, end: int) -> str:
        """The listed id of the national body named by function between start and end: that of the longest
        function named there ("credit reporting industry supervision and administration": pboc)."""
        best, longest = NATIONAL, 0
        for agency, pattern in self.national:
            for found in pattern.finditer(text, start, end):
                if found.end() - found.start() > longest and not re.match(r"[\w-]", text[found.start() - 1:found.start()]):
                    best, longest = agency, found.end() - found.start()
        return best

    def _lists(self, text: str) -> list[tuple[list[Record], tuple[int, int]]]:
        """Lists of two or more function words sharing one head, after them ("public security and finance
        departments") or before them ("departments, among them development and reform, finance, ..."): one
        record per function, with the stretch the list covers (its head included)."""
        items = self.items.finditer(text)
        runs: list[list] = []
        for item in items:
            if runs and self.separator.fullmatch(text, runs[-1][-1].end, item.start):
                runs[-1].append(item)
            else:
                runs.append([item])
        lists = []
        for run in runs:
            if len(run) < 2:
                continue
            tail = self.list_tail.match(text, run[-1].end)
            if tail is None and not self.list_lead.search(text[max(0, run[0].start - 40):run[0].start]):
                continue
            records = [(m.start, m.end, "AGENCY", self.functions[int(m.key)][0]) for m in run]
            lists.append((records, (run[0].start, tail.end() if tail else run[-1].end)))
        return lists


def _english_section(data: dict[str, Any], source: str) -> dict[str, Any]:
    from ..errors import XinyongError

    en = data.get("en")
    if not isinstance(en, dict):
        raise XinyongError("E296", path=source, reason="there is no `en:` section of English name parts")
    missing = [name for name in EN_PARTS if not isinstance(en.get(name), str) or not en.get(name)]
    if missing:
        raise XinyongError("E296", path=source, reason=f"the `en:` section lacks {', '.join(missing)} (a pattern each)")
    names = en.get("names") or {}
    if not isinstance(names, dict) or not all(isinstance(v, list) and all(isinstance(n, str) for n in v)
                                              for v in names.values()):
        raise XinyongError("E296", path=source, reason="`en: names:` must map an agency id to a list of patterns")
    return en


def _functions(data: dict[str, Any], source: str) -> list[tuple[str, str, str | None]]:
    """(type, English pattern, Chinese pattern or None) for every function word with an English rendering."""
    from ..errors import XinyongError

    functions = []
    for entry in data["types"]:
        for item in entry.get("functions") or []:
            if isinstance(item, dict):
                english = item.get("en")
                if english is not None and not isinstance(english, str) or (not item.get("en") and not item.get("zh")):
                    raise XinyongError("E297", path=source, place=entry["id"], item=item)
                if english:
                    functions.append((entry["id"], english, item.get("zh")))
    return functions


def load_en_local_agencies(path: Path) -> EnLocalAgencies | None:
    """The English matcher for local bodies, or None when the corpus has no such data file."""
    from ..datafiles import load_yaml  # imported here: the evidence finder unpickles matchers without YAML

    if not path.is_file():
        return None
    return EnLocalAgencies(load_yaml(path).data, str(path))
