"""The held-out documents (issue 19): whole Chinese documents annotated blind to the rules, scored
per label and for the measure -> sanctioned party link."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..corpus import Corpus
from ..datafiles import load_yaml
from ..errors import ProblemList, XinyongError
from ..locations import corpus_dir
from ..unit_ids import is_item
from .gold import GoldUnit, _locate, load_gold, score
from .pipeline import annotate_units
from ..labels import label_names

# The held-out documents (issue 19): whole documents annotated blind to the rules, kept in their
# own folder so that load_gold's unit-level split never reads them.
HELDOUT = "heldout"
# Labels the held-out files do not annotate (TERM follows the glossary and cannot be done blind).
HELDOUT_NOT_ANNOTATED = frozenset({"TERM"})
# Goals the issue sets for the held-out documents, on overlap F1 (reported, not enforced).
HELDOUT_GOALS = {"MEASURE": 0.80, "TARGET": 0.90, "AGENCY": 0.85}
SANCTIONED_PARTY_GOAL = 0.85


def heldout_folder() -> Path:
    """corpus/gold/heldout: the document-level test set (see its README)."""
    return corpus_dir() / "gold" / HELDOUT


@dataclass
class HeldoutGold:
    """The held-out units, and for each MEASURE span the sanctioned party texts its gold names.

    units (list[GoldUnit]): the annotated units, with split "heldout".
    parties (dict): (doc, unit, start, end) of a gold MEASURE -> the `target` texts.
    parents (dict): (doc, unit) -> the unit that introduces it (a list item's paragraph), or None.
    """
    units: list[GoldUnit]
    parties: dict[tuple[str, str, int, int], tuple[str, ...]]
    parents: dict[tuple[str, str], str | None]


def load_heldout_gold(corpus: Corpus, folder: Path | None = None) -> HeldoutGold:
    """Read the held-out gold files: spans as load_gold reads them, plus MEASURE `target` fields.

    corpus (Corpus): the parsed texts the gold refers to.
    folder (Path | None): the held-out folder (default corpus/gold/heldout).
    RETURNS (HeldoutGold): units, sanctioned parties and unit parents.
    RAISES (ProblemList): E051 as load_gold; E140 for a `target` that is not on a MEASURE span or
        whose text is neither in the unit nor in the paragraph that introduces it.
    """
    folder = folder or heldout_folder()
    units = load_gold(corpus, folder)
    for unit in units:
        unit.split = HELDOUT
    parties: dict[tuple[str, str, int, int], tuple[str, ...]] = {}
    parents: dict[tuple[str, str], str | None] = {}
    problems: list[XinyongError] = []
    for path in sorted(folder.glob("*.yaml")):
        document = load_yaml(path)
        data = document.data or {}
        doc_id, lang = data.get("doc"), data.get("lang")
        parsed = corpus.documents(lang or "")[doc_id]
        texts = {u.id: u.text for u in parsed.units}
        parents.update({(doc_id, u.id): u.parent for u in parsed.units})
        parties.update(read_parties(path, document, doc_id, texts, parents, "E140", problems))
    if problems:
        raise ProblemList(problems)
    return HeldoutGold(units, parties, parents)


def read_parties(path: Path, document: Any, doc_id: str, texts: dict[str, str],
                 parents: dict[tuple[str, str], str | None], code: str,
                 problems: list[XinyongError]) -> dict[tuple[str, str, int, int], tuple[str, ...]]:
    """The `target` fields of one gold file's MEASURE spans (whose spans the loader has checked).

    document: the loaded YAML (data and line_of). texts: unit id -> text of the document.
    parents: (doc, unit) -> the unit introducing it. code: the error code of the set.
    problems (list[XinyongError]): collects a `target` that is not on a MEASURE span or whose
        text is neither in the unit nor in the paragraph that introduces it.
    RETURNS (dict): (doc, unit, start, end) of a gold MEASURE -> the sanctioned party texts.
    """
    parties: dict[tuple[str, str, int, int], tuple[str, ...]] = {}
    for unit_id, entry in ((document.data or {}).get("units") or {}).items():
        for index, span in enumerate((entry or {}).get("spans") or []):
            if "target" not in span or unit_id not in texts:
                continue
            line = document.line_of(["units", unit_id, "spans", index])
            named = span["target"] if isinstance(span["target"], list) else [span["target"]]
            scope = texts[unit_id] + "\n" + texts.get(parents.get((doc_id, unit_id)) or "", "")
            if span.get("l") != "MEASURE":
                problems.append(XinyongError(code, path=path, line=line, text=span.get("t"),
                                             reason="only a MEASURE span names a sanctioned party"))
                continue
            missing = [str(t) for t in named if not str(t) or str(t) not in scope]
            if missing:
                problems.append(XinyongError(code, path=path, line=line, text=span.get("t"),
                                             reason=f"'{missing[0]}' is neither in the unit nor in the paragraph that introduces it"))
                continue
            located = _locate(texts[unit_id], span)
            if isinstance(located, tuple):  # a span that is not in its unit is reported by the loader
                parties[(doc_id, unit_id, located[0], located[1])] = tuple(str(t) for t in named)
    return parties


def evaluate_heldout(corpus: Corpus) -> dict[str, Any]:
    """Run the pipeline on the held-out documents and score it (report only: no target exits).

    Per label: support, exact and overlap precision, recall and F1; None with a note where the
    label has no gold (TERM is not annotated). Measure -> sanctioned party: the strict figure
    counts a gold measure as right when a MEASURE record overlapping it names, in its `target`
    field, exactly the gold parties (compared as sets of texts); the lenient figure counts a found
    measure as right when any TARGET the pipeline finds in its unit (or the paragraph introducing
    a list item) is one of the gold parties, as the measures matrix lists them. Both are out of
    every gold measure that has a party.
    RETURNS (dict): split, unit counts, rows (as evaluate) and sanctioned_party.
    """
    gold = load_heldout_gold(corpus)
    units = [u for u in gold.units if u.lang == "zh"]
    predicted, named_parties, texts = predict_with_parties(units)
    documents = {u.doc for u in units}
    scores = score(units, predicted)
    rows = []
    for label in label_names(evaluated=True):
        exact, overlap = scores["exact"][label], scores["overlap"][label]
        support = exact.tp + exact.fn
        note = ("n/a: not annotated in the held-out files" if label in HELDOUT_NOT_ANNOTATED
                else "n/a: no gold spans" if support == 0 else "")
        figures = {"precision": exact.precision, "recall": exact.recall, "f1": exact.f1,
                   "overlap_precision": overlap.precision, "overlap_recall": overlap.recall,
                   "overlap_f1": overlap.f1}
        rows.append({"lang": "zh", "label": label, "support": None if label in HELDOUT_NOT_ANNOTATED else support,
                     **{k: None if note else round(v, 3) for k, v in figures.items()},
                     "goal_overlap_f1": HELDOUT_GOALS.get(label), "note": note})
    return {"split": HELDOUT, "units": {"zh": {"units": len(units), "documents": len(documents)}}, "rows": rows,
            "sanctioned_party": _sanctioned_party(gold, predicted, texts, named_parties)}


def predict_with_parties(units: list[GoldUnit]) -> tuple[dict[tuple[str, str, str], list],
                                                         dict[tuple[str, str, int, int], frozenset[str]],
                                                         dict[tuple[str, str], str]]:
    """Run the pipeline on Chinese gold units, one call per document, keeping each MEASURE record's
    sanctioned party.

    RETURNS (tuple): predicted spans as score() reads them; (doc, unit, start, end) -> the party
        texts a predicted MEASURE names; (doc, unit) -> the unit text.
    """
    predicted: dict[tuple[str, str, str], list] = defaultdict(list)
    named_parties: dict[tuple[str, str, int, int], frozenset[str]] = {}
    texts: dict[tuple[str, str], str] = {}
    by_doc: dict[str, list[GoldUnit]] = defaultdict(list)
    for unit in units:
        by_doc[unit.doc].append(unit)
        texts[(unit.doc, unit.unit)] = unit.text
    for doc_id, doc_units in sorted(by_doc.items()):
        found, _ = annotate_units([(u.unit, u.text) for u in doc_units], "zh", doc_id, citing_date=doc_units[0].date)
        for record in found:
            predicted[(doc_id, "zh", record["unit"])].append(
                (record["start"], record["end"], record["label"], record["norm"]))
            if record.get("target"):
                named_parties[(doc_id, record["unit"], record["start"], record["end"])] = frozenset(record["target"])
    return predicted, named_parties, texts


def _sanctioned_party(gold: HeldoutGold, predicted: dict[tuple[str, str, str], list],
                      texts: dict[tuple[str, str], str],
                      named_parties: dict[tuple[str, str, int, int], frozenset[str]]) -> dict[str, Any]:
    found = lenient = strict = 0
    for (doc_id, unit_id, start, end), parties in sorted(gold.parties.items()):
        spans = predicted.get((doc_id, "zh", unit_id), [])
        if not any(s[2] == "MEASURE" and s[0] < end and start < s[1] for s in spans):
            continue
        found += 1
        strict += any(named_parties.get((doc_id, unit_id, s[0], s[1])) == frozenset(parties)
                      for s in spans if s[2] == "MEASURE" and s[0] < end and start < s[1])
        scope = [(unit_id, spans)]
        parent = gold.parents.get((doc_id, unit_id))
        if parent and is_item(unit_id):
            scope.append((parent, predicted.get((doc_id, "zh", parent), [])))
        named = {texts[(doc_id, u)][s[0]:s[1]] for u, found_spans in scope for s in found_spans if s[2] == "TARGET"}
        lenient += bool(named & set(parties))
    total = len(gold.parties)
    return {"gold_measures_with_party": total, "measures_found": found,
            "strict_right": strict,
            "strict_accuracy": round(strict / total, 3) if total else None,
            "strict_note": "strict (the MEASURE record's target names exactly the gold parties)",
            "lenient_right": lenient,
            "lenient_accuracy": round(lenient / total, 3) if total else None,
            "goal": SANCTIONED_PARTY_GOAL}
