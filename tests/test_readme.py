"""The README stays true: its counts match the data, and its tour names no file a fresh clone lacks."""
from __future__ import annotations

import re
import shlex
import subprocess
from collections import Counter

from conftest import ROOT

README = ROOT / "README.md"

# What the README counts, how it says it (one number per pattern), and how to count it in the data.
COUNTED = {
    "documents": r"\(`corpus/catalog/`, (\d+) documents\)",
    "local regulations": r"(\d+) local regulations",
    "glossary terms": r"\*\*Glossary\*\* \((\d+) terms",
    "agencies": r"\*\*agencies\*\* \((\d+) bodies",
}


def data_counts() -> dict[str, int]:
    from xinyong.catalog import load_agencies, load_catalog, load_glossary

    catalog = list(load_catalog())
    types = Counter(entry["type"] for entry in catalog)
    return {"documents": len(catalog), "local regulations": types["local-regulation"],
            "glossary terms": len(load_glossary()), "agencies": len(load_agencies())}


def readme_counts(text: str) -> dict[str, int]:
    found = {}
    for name, pattern in COUNTED.items():
        matches = re.findall(pattern, text)
        assert len(matches) == 1, f"README.md should state the number of {name} once ({pattern})"
        found[name] = int(matches[0])
    return found


def tour_commands(text: str) -> list[list[str]]:
    """The commands of the README's CLI tour, comments removed, as argument lists."""
    block = text.split("## A short tour of the CLI", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    return [shlex.split(line, comments=True) for line in block.splitlines() if line.strip()]


def test_readme_counts_match_the_data():
    stated, actual = readme_counts(README.read_text(encoding="utf-8")), data_counts()
    wrong = {name: f"README says {stated[name]}, the data has {actual[name]}" for name in COUNTED
             if stated[name] != actual[name]}
    assert not wrong, f"update the counts in README.md: {wrong}"


def test_readme_count_check_catches_a_drift():
    text = README.read_text(encoding="utf-8")
    stated = readme_counts(text)
    drifted = re.sub(COUNTED["agencies"], lambda m: m.group(0).replace(m.group(1), str(int(m.group(1)) + 1)), text)
    assert readme_counts(drifted)["agencies"] == stated["agencies"] + 1 != data_counts()["agencies"]


def test_the_tour_names_only_files_a_fresh_clone_has():
    text = README.read_text(encoding="utf-8")
    assert "../shared" not in text.split("## A short tour of the CLI", 1)[1].split("## Layout", 1)[0]
    tracked = set(subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True,
                                 check=True).stdout.splitlines())
    commands = tour_commands(text)
    assert len(commands) >= 10 and all(command[0] == "xinyong" for command in commands)
    for command in commands:
        if command[1] == "add":  # the reader's own file
            continue
        for argument in command[2:]:
            if "/" in argument and not argument.startswith("http"):
                assert argument in tracked or any(t.startswith(argument.rstrip("/") + "/") for t in tracked) \
                    or argument == "build/site", (command, argument)
