"""The Chinese development set (issue 19): Chinese provisions written by the project blind to the rules,
with every label and the sanctioned party of each measure, that rule writers MAY read. Every unit is a
train unit: `evaluate --split train/all` score it in the zh lines and show its differences, the party
links bench counts its links, and `--split test` never sees it."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ..locations import corpus_dir
from ..parsed_document import ParsedDocument
from .gold import GoldUnit
from .heldout import HeldoutGold
from .own_text_gold import GoldSetCodes
from .validation_zh import counts_with_parties, load_gold_with_parties, score_with_parties

# Kept in corpus/gold/dev-zh/, outside the folder glob of load_gold: its units join the train split here,
# by name, and never the hash split (a third of them would otherwise fall into test).
DEV_ZH = "dev-zh"
DEV_ZH_SPLIT = "train"
# E298: no set; E299: a gold file that does not match its text, whatever the mismatch (the reason says which).
DEV_ZH_CODES = GoldSetCodes(empty="E298", no_text="E299", unit="E299", sha="E299", span="E299")


def dev_zh_folder() -> Path:
    """The folder of the Chinese development set (corpus/gold/dev-zh)."""
    return corpus_dir() / "gold" / DEV_ZH


def load_dev_zh(folder: Path | None = None) -> HeldoutGold:
    """Read the development gold files: spans resolved against their own texts, and the sanctioned
    party (`target`) of each MEASURE span.

    folder (Path | None): the set's folder (default corpus/gold/dev-zh), holding texts/<doc>.zh.md
        and <doc>.zh.yaml.
    RETURNS (HeldoutGold): units (all in the train split), sanctioned parties and unit parents.
    RAISES (XinyongError | ProblemList): E298 for a missing or empty set; E299 for a gold file that
        does not match its text or a sanctioned party not in its unit, naming file and line.
    """
    return load_gold_with_parties(folder or dev_zh_folder(), DEV_ZH_CODES, DEV_ZH_SPLIT, "E299")


def dev_zh_for_split(split: str) -> list[GoldUnit]:
    """The development set's units that belong to a split of the main evaluation: all of them for
    train and all, none for test."""
    return list(load_dev_zh().units) if split in (DEV_ZH_SPLIT, "all") else []


def dev_zh_documents(folder: Path | None = None) -> dict[str, ParsedDocument]:
    """The set's texts parsed as whole documents (for the party-link bench, which annotates whole
    documents so that a list item's lead-in is there), by document id."""
    from ..structure import parse_file

    folder = folder or dev_zh_folder()
    return {path.name[: -len(".zh.md")]: parse_file(path, "zh", path.name[: -len(".zh.md")])
            for path in sorted((folder / "texts").glob("*.zh.md"))}


def evaluate_dev_zh(folder: Path | None = None) -> dict[str, Any]:
    """Run the pipeline on the development set alone and score it (development figures).

    folder (Path | None): the set's folder (default corpus/gold/dev-zh).
    RETURNS (dict): {"set", "split", "units", "rows", "sanctioned_party"} as evaluate_validation_zh.
    """
    return score_with_parties(load_dev_zh(folder), DEV_ZH, DEV_ZH_SPLIT)


def dev_zh_counts(folder: Path | None = None) -> list[dict[str, Any]]:
    """Units, gold spans per label and measures with a sanctioned party of the development set (for
    `xinyong evaluate --dev-zh --check`)."""
    return counts_with_parties(load_dev_zh(folder), DEV_ZH, DEV_ZH_SPLIT)
