"""The Chinese validation set (issue 19): Chinese provisions written by the project, blind to the
rules, with every label and the sanctioned party of each measure. Rule writers score it to see
whether a change generalises; only summary figures ever leave this module."""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from ..datafiles import load_yaml
from ..errors import ProblemList, XinyongError
from ..locations import corpus_dir
from .gold import score
from .heldout import HeldoutGold, _sanctioned_party, predict_with_parties, read_parties
from .own_text_gold import GoldSetCodes, load_own_text_gold
from .written_zh import summary_rows

# Kept in corpus/gold/validation-zh/, outside the folder glob of load_gold and apart from the written
# test set: its units are in no split of `evaluate --split` and never in `--written-zh`.
VALIDATION_ZH = "validation-zh"
VALIDATION_ZH_SPLIT = "validation"
# A gold file that does not match its text is one kind of error (E287) whatever the mismatch.
VALIDATION_ZH_CODES = GoldSetCodes(empty="E286", no_text="E287", unit="E287", sha="E287", span="E288")


def validation_zh_folder() -> Path:
    """The folder of the Chinese validation set (corpus/gold/validation-zh)."""
    return corpus_dir() / "gold" / VALIDATION_ZH


def load_validation_zh(folder: Path | None = None) -> HeldoutGold:
    """Read the validation gold files: their spans, resolved against their own texts, and the
    sanctioned party (`target`) of each MEASURE span.

    folder (Path | None): the set's folder (default corpus/gold/validation-zh), holding
        texts/<doc>.zh.md and <doc>.zh.yaml.
    RETURNS (HeldoutGold): units (split "validation"), sanctioned parties and unit parents.
    RAISES (XinyongError | ProblemList): E286 for a missing or empty set; E287 for a gold file
        without its text or a unit that is not in it or has changed; E288 for a span or a
        sanctioned party that does not match its unit, naming file and line.
    """
    return load_gold_with_parties(folder or validation_zh_folder(), VALIDATION_ZH_CODES, VALIDATION_ZH_SPLIT, "E288")


def load_gold_with_parties(folder: Path, codes: GoldSetCodes, split: str, party_code: str) -> HeldoutGold:
    """Read a Chinese set over our own texts whose MEASURE spans name their sanctioned party (the
    validation set, the development set): spans resolved against the texts, and the parties.

    folder (Path): the set's folder, holding texts/<doc>.zh.md and <doc>.zh.yaml.
    codes (GoldSetCodes): the set's error codes.
    split (str): the split every unit of the set belongs to.
    party_code (str): the error code for a sanctioned party that does not match its unit.
    RETURNS (HeldoutGold): units, sanctioned parties and unit parents.
    RAISES (XinyongError | ProblemList): the set's codes, naming file and line.
    """
    from ..structure import parse_file

    problems: list[XinyongError] = []
    try:
        units = load_own_text_gold(folder, "zh", codes, lambda doc, lang, unit: split)
    except ProblemList as found:  # reported together with any bad sanctioned party below
        units, problems = [], list(found.problems)
    parties: dict[tuple[str, str, int, int], tuple[str, ...]] = {}
    parents: dict[tuple[str, str], str | None] = {}
    for path in sorted(folder.glob("*.zh.yaml")):
        document = load_yaml(path)
        doc_id = str((document.data or {}).get("doc") or path.name[: -len(".zh.yaml")])
        text_path = folder / "texts" / f"{doc_id}.zh.md"
        if not text_path.is_file():  # reported by the loader
            continue
        parsed = parse_file(text_path, "zh", doc_id)
        texts = {u.id: u.text for u in parsed.units}
        parents.update({(doc_id, u.id): u.parent for u in parsed.units})
        parties.update(read_parties(path, document, doc_id, texts, parents, party_code, problems))
    if problems:
        raise ProblemList(problems)
    return HeldoutGold(units, parties, parents)


def evaluate_validation_zh(folder: Path | None = None) -> dict[str, Any]:
    """Run the pipeline on the validation set and score it: summary figures only, nothing per unit.

    folder (Path | None): the set's folder (default corpus/gold/validation-zh).
    RETURNS (dict): {"set", "split", "units", "rows", "sanctioned_party"}: rows per label with
        support and precision, recall and F1 by exact span and by overlap (None where nothing was
        measured); sanctioned_party the strict and lenient measure -> party figures, counted as on
        the held-out documents (heldout._sanctioned_party).
    """
    return score_with_parties(load_validation_zh(folder), VALIDATION_ZH, VALIDATION_ZH_SPLIT)


def score_with_parties(gold: HeldoutGold, set_name: str, split: str) -> dict[str, Any]:
    """Run the pipeline on a set with sanctioned parties and score it: summary figures only.

    gold (HeldoutGold): the set (load_gold_with_parties). set_name, split (str): for the rows.
    RETURNS (dict): {"set", "split", "units", "rows", "sanctioned_party"} as evaluate_validation_zh.
    """
    predicted, named_parties, texts = predict_with_parties(gold.units)
    units = {"units": len(gold.units), "documents": len({u.doc for u in gold.units})}
    return {"set": set_name, "split": split, "units": units,
            "rows": summary_rows(set_name, split, score(gold.units, predicted)),
            "sanctioned_party": _sanctioned_party(gold, predicted, texts, named_parties)}


def validation_zh_counts(folder: Path | None = None) -> list[dict[str, Any]]:
    """Units, gold spans per label and measures with a sanctioned party of the validation set (for
    `xinyong evaluate --validation-zh --check`)."""
    return counts_with_parties(load_validation_zh(folder), VALIDATION_ZH, VALIDATION_ZH_SPLIT)


def counts_with_parties(gold: HeldoutGold, set_name: str, split: str) -> list[dict[str, Any]]:
    """Units, gold spans per label and measures with a sanctioned party of a set (one row)."""
    spans = Counter(s[2] for u in gold.units for s in u.spans)
    return [{"set": set_name, "split": split, "units": len(gold.units),
             "documents": len({u.doc for u in gold.units}), "measures_with_party": len(gold.parties),
             **{label: spans.get(label, 0) for label in sorted(spans)}}]
