"""The gold set (corpus/gold/*.yaml) and `xinyong evaluate`: precision, recall and F1 per label,
by exact span and by overlap, on the test split."""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..corpus import Corpus
from ..datafiles import load_yaml
from ..errors import ProblemList, XinyongError
from ..locations import corpus_dir
from .pipeline import annotate_units
from ..labels import get_label, label_names


def split_of(doc: str, lang: str, unit: str) -> str:
    """test for a third of the units, chosen by a hash of the unit id (stable, not tunable)."""
    value = int(hashlib.sha256(f"{doc}:{lang}:{unit}".encode()).hexdigest()[:8], 16)
    return "test" if value % 3 == 0 else "train"


def unit_sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


# Gold data of other kinds kept in the same folder (the evidence finder's query sets, read by
# claims.load_evidence_queries).
NOT_ANNOTATIONS = frozenset({"evidence-queries-dev.yaml", "evidence-queries-test.yaml", "evidence-queries-unseen2.yaml",
                             "sanctions-check.yaml"})


@dataclass
class GoldUnit:
    doc: str
    lang: str
    unit: str
    text: str
    split: str
    spans: list[tuple[int, int, str, str | None]] = field(default_factory=list)


def load_gold(corpus: Corpus, folder: Path | None = None, skipped: list[str] | None = None) -> list[GoldUnit]:
    """Read every gold file and resolve its spans to offsets.

    corpus (Corpus): the parsed texts the gold refers to.
    folder (Path | None): the gold folder (default corpus/gold).
    skipped (list[str] | None): when given, a gold file whose Chinese original is catalogued but
        absent from the sources directory (a clone without the originals) is left out and a line
        saying which and why is appended here, instead of raising E051.
    RETURNS (list[GoldUnit]): the annotated units.
    RAISES (ProblemList): E051 for a unit or span that does not match the text, naming file and line.
    """
    folder = folder or corpus_dir() / "gold"
    units: list[GoldUnit] = []
    problems: list[XinyongError] = []
    for path in sorted(p for p in folder.glob("*.yaml") if p.name not in NOT_ANNOTATIONS):
        document = load_yaml(path)
        data = document.data or {}
        doc_id, lang = data.get("doc"), data.get("lang")
        parsed = corpus.documents(lang or "").get(doc_id or "")
        if parsed is None and skipped is not None and lang == "zh" and doc_id in corpus.missing:
            skipped.append(f"{path.name}: no zh text for '{doc_id}' (its original is not in the sources directory)")
            continue
        if parsed is None:
            problems.append(XinyongError("E051", path=path, line=1, reason=f"no {lang} text for document '{doc_id}'"))
            continue
        texts = {u.id: u.text for u in parsed.units}
        for unit_id, entry in (data.get("units") or {}).items():
            line = document.line_of(["units", unit_id])
            if unit_id not in texts:
                problems.append(XinyongError("E051", path=path, line=line, reason=f"unit '{unit_id}' is not in {doc_id}"))
                continue
            text = texts[unit_id]
            if entry.get("sha") and entry["sha"] != unit_sha(text):
                problems.append(XinyongError("E051", path=path, line=line,
                                             reason=f"unit '{unit_id}' changed since it was annotated (sha)"))
                continue
            gold = GoldUnit(doc_id, lang, unit_id, text, split_of(doc_id, lang, unit_id))
            for index, span in enumerate(entry.get("spans") or []):
                located = _locate(text, span)
                if isinstance(located, str):
                    problems.append(XinyongError("E051", path=path, line=document.line_of(["units", unit_id, "spans", index]),
                                                 reason=located))
                    continue
                if span.get("l") not in label_names():
                    problems.append(XinyongError("E051", path=path, line=document.line_of(["units", unit_id, "spans", index]),
                                                 reason=f"unknown label {span.get('l')!r}"))
                    continue
                gold.spans.append((located[0], located[1], span["l"], span.get("n")))
            units.append(gold)
    if problems:
        raise ProblemList(problems)
    return units


ELISION = "…"  # a long span written as head…tail (GUIDELINES.md): the gold files quote no long stretch


def _locate(text: str, span: dict[str, Any]) -> tuple[int, int] | str:
    """Offsets of a gold span in its unit: `t` found for the k-th time, or for `head…tail` the k-th
    head and the first tail after it."""
    needle = str(span.get("t", ""))
    occurrence = int(span.get("k", 1))
    if not needle:
        return "a span needs its text in t"
    head, elided, tail = needle.partition(ELISION)
    start = -1
    for _ in range(occurrence):
        start = text.find(head, start + 1)
        if start < 0:
            return f"'{needle}' (occurrence {occurrence}) is not in the unit's text"
    if not elided:
        return start, start + len(needle)
    end = text.find(tail, start + len(head))
    if not head or not tail or end < 0:
        return f"'{needle}' (occurrence {occurrence}): no '{tail}' after '{head}' in the unit's text"
    return start, end + len(tail)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: list[GoldUnit], predicted: dict[tuple[str, str, str], list[tuple[int, int, str, str | None]]],
          check_norm: bool = True) -> dict[str, dict[str, Score]]:
    """Exact and overlap scores per label (and norm accuracy counted into exact when asked).

    An exact match needs the same start, end and label (and norm, for labels that carry one, when
    check_norm); an overlap match needs the same label and overlapping offsets, one-to-one.
    RETURNS (dict): {"exact": {label: Score}, "overlap": {label: Score}}.
    """
    results = {"exact": defaultdict(Score), "overlap": defaultdict(Score)}
    for unit in gold:
        found = predicted.get((unit.doc, unit.lang, unit.unit), [])
        for label in label_names(evaluated=True):
            want = [s for s in unit.spans if s[2] == label]
            got = [s for s in found if s[2] == label]
            key = (lambda s: (s[0], s[1], s[3])) if check_norm else (lambda s: (s[0], s[1]))
            want_keys = [key(s) for s in want]
            matched = 0
            remaining = list(want_keys)
            for span in got:
                if key(span) in remaining:
                    remaining.remove(key(span))
                    matched += 1
            exact = results["exact"][label]
            exact.tp += matched
            exact.fp += len(got) - matched
            exact.fn += len(want) - matched
            used: set[int] = set()
            hits = 0
            for span in got:
                for index, other in enumerate(want):
                    if index not in used and span[0] < other[1] and other[0] < span[1]:
                        used.add(index)
                        hits += 1
                        break
            overlap = results["overlap"][label]
            overlap.tp += hits
            overlap.fp += len(got) - hits
            overlap.fn += len(want) - hits
    return results


def differences(corpus: Corpus, split: str = "train", label: str | None = None) -> list[dict[str, Any]]:
    """Spans the pipeline missed or added on a split (for tuning rules on the train split only)."""
    return unit_differences([u for u in load_gold(corpus) if split == "all" or u.split == split], label)


def unit_differences(units: list[GoldUnit], label: str | None = None) -> list[dict[str, Any]]:
    """The pipeline's missed and extra spans on the given gold units, one row each (kind, lang, doc,
    unit, label, text, norm and a little context)."""
    rows = []
    for unit in units:
        found, _ = annotate_units([(unit.unit, unit.text)], unit.lang, unit.doc)
        predicted = {(r["start"], r["end"], r["label"], r["norm"]) for r in found}
        wanted = set(unit.spans)
        for kind, spans in (("missed", wanted - predicted), ("extra", predicted - wanted)):
            for start, end, span_label, norm in sorted(spans):
                if label and span_label != label:
                    continue
                rows.append({"kind": kind, "lang": unit.lang, "doc": unit.doc, "unit": unit.unit,
                             "label": span_label, "text": unit.text[start:end], "norm": norm,
                             "context": unit.text[max(0, start - 12):end + 12]})
    return rows


def evaluate(corpus: Corpus, split: str = "test", langs: tuple[str, ...] = ("zh", "en")) -> dict[str, Any]:
    """Run the pipeline on the gold units of a split and score it.

    corpus (Corpus): the corpus.
    split (str): test, train or all.
    langs (tuple[str, ...]): the languages to score.
    RETURNS (dict): rows per language and label with support, precision, recall and F1 (exact and
        overlap) and whether the label reaches its target.
    """
    skipped: list[str] = []
    gold = [u for u in load_gold(corpus, skipped=skipped) if (split == "all" or u.split == split) and u.lang in langs]
    rows = []
    counts = {}
    for lang in langs:
        units = [u for u in gold if u.lang == lang]
        counts[lang] = {"units": len(units), "documents": len({u.doc for u in units})}
        predicted: dict[tuple[str, str, str], list] = defaultdict(list)
        by_doc: dict[str, list[GoldUnit]] = defaultdict(list)
        for unit in units:
            by_doc[unit.doc].append(unit)
        for doc_id, doc_units in sorted(by_doc.items()):
            found, _ = annotate_units([(u.unit, u.text) for u in doc_units], lang, doc_id)
            for record in found:
                predicted[(doc_id, lang, record["unit"])].append(
                    (record["start"], record["end"], record["label"], record["norm"]))
        scores = score(units, predicted)
        for label in label_names(evaluated=True):
            exact, overlap = scores["exact"][label], scores["overlap"][label]
            support = exact.tp + exact.fn
            rows.append({"lang": lang, "label": label, "support": support,
                         "precision": _measured(exact.precision, exact.tp + exact.fp),
                         "recall": _measured(exact.recall, support), "f1": _measured(exact.f1, support),
                         "overlap_precision": _measured(overlap.precision, overlap.tp + overlap.fp),
                         "overlap_recall": _measured(overlap.recall, support),
                         "overlap_f1": _measured(overlap.f1, support),
                         "target": get_label(label).goal,
                         "meets_target": None if support == 0 else exact.f1 >= get_label(label).goal})
    return {"split": split, "units": counts, "rows": rows, "skipped": skipped}


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
        for unit_id, entry in (data.get("units") or {}).items():
            for index, span in enumerate(entry.get("spans") or []):
                if "target" not in span:
                    continue
                line = document.line_of(["units", unit_id, "spans", index])
                named = span["target"] if isinstance(span["target"], list) else [span["target"]]
                scope = texts[unit_id] + "\n" + texts.get(parents[(doc_id, unit_id)] or "", "")
                if span.get("l") != "MEASURE":
                    problems.append(XinyongError("E140", path=path, line=line, text=span.get("t"),
                                                 reason="only a MEASURE span names a sanctioned party"))
                    continue
                missing = [str(t) for t in named if not str(t) or str(t) not in scope]
                if missing:
                    problems.append(XinyongError("E140", path=path, line=line, text=span.get("t"),
                                                 reason=f"'{missing[0]}' is neither in the unit nor in the paragraph that introduces it"))
                    continue
                start, end = _locate(texts[unit_id], span)  # load_gold has checked the span
                parties[(doc_id, unit_id, start, end)] = tuple(str(t) for t in named)
    if problems:
        raise ProblemList(problems)
    return HeldoutGold(units, parties, parents)


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
    predicted: dict[tuple[str, str, str], list] = defaultdict(list)
    named_parties: dict[tuple[str, str, int, int], frozenset[str]] = {}
    texts: dict[tuple[str, str], str] = {}
    by_doc: dict[str, list[GoldUnit]] = defaultdict(list)
    for unit in units:
        by_doc[unit.doc].append(unit)
        texts[(unit.doc, unit.unit)] = unit.text
    for doc_id, doc_units in sorted(by_doc.items()):
        found, _ = annotate_units([(u.unit, u.text) for u in doc_units], "zh", doc_id)
        for record in found:
            predicted[(doc_id, "zh", record["unit"])].append(
                (record["start"], record["end"], record["label"], record["norm"]))
            if record.get("target"):
                named_parties[(doc_id, record["unit"], record["start"], record["end"])] = frozenset(record["target"])
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
    return {"split": HELDOUT, "units": {"zh": {"units": len(units), "documents": len(by_doc)}}, "rows": rows,
            "sanctioned_party": _sanctioned_party(gold, predicted, texts, named_parties)}


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
        if parent and ".i" in unit_id:
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


def _measured(value: float, denominator: int) -> float | None:
    """A score rounded for the tables, or None (shown as n/a) when nothing was there to measure:
    a label without test spans has no recall or F1, one never predicted has no precision."""
    return round(value, 3) if denominator else None


# --- Held-out English set (issue 16): English written by us in other translators' conventions ---
# Kept in corpus/gold/heldout-en/ (texts/ beside the gold files), outside the corpus and outside the
# folder glob of load_gold, so that it is scored on its own and never tuned on by accident.

HELDOUT_EN = "heldout-en"

# The goals on this set's test split: F1 by exact span for three labels, and TERM precision
# (the failure seen on other people's English was over-tagging).
HELDOUT_EN_GOALS = {"CITATION": ("f1", 0.90), "MEASURE": ("f1", 0.80), "TARGET": ("f1", 0.85),
                    "TERM": ("precision", 0.90)}


def heldout_en_folder() -> Path:
    """The folder of the held-out English gold set (corpus/gold/heldout-en)."""
    return corpus_dir() / "gold" / HELDOUT_EN


def load_heldout_en(folder: Path | None = None) -> list[GoldUnit]:
    """Read the held-out English gold files and resolve their spans against their own texts.

    folder (Path | None): the set's folder (default corpus/gold/heldout-en), holding
        texts/<doc>.en.md and <doc>.en.yaml.
    RETURNS (list[GoldUnit]): the annotated units, with the usual hash split (test/train).
    RAISES (XinyongError | ProblemList): E150 for a missing or empty set; E151-E154 for a gold file
        that does not match its text, naming file and line.
    """
    from ..structure import parse_file

    folder = folder or heldout_en_folder()
    paths = sorted(folder.glob("*.en.yaml")) if folder.is_dir() else []
    if not paths:
        raise XinyongError("E150", path=folder, reason="no <doc>.en.yaml gold files found")
    units: list[GoldUnit] = []
    problems: list[XinyongError] = []
    for path in paths:
        document = load_yaml(path)
        data = document.data or {}
        doc_id = str(data.get("doc") or path.name[: -len(".en.yaml")])
        text_path = folder / "texts" / f"{doc_id}.en.md"
        if not text_path.is_file():
            problems.append(XinyongError("E151", path=path, line=1, doc=doc_id))
            continue
        texts = {u.id: u.text for u in parse_file(text_path, "en", doc_id).units}
        for unit_id, entry in (data.get("units") or {}).items():
            line = document.line_of(["units", unit_id])
            if unit_id not in texts:
                problems.append(XinyongError("E152", path=path, line=line, unit=unit_id, doc=doc_id))
                continue
            text, entry = texts[unit_id], entry or {}
            if entry.get("sha") and str(entry["sha"]) != unit_sha(text):
                problems.append(XinyongError("E153", path=path, line=line, unit=unit_id,
                                             found=entry["sha"], expected=unit_sha(text)))
                continue
            gold = GoldUnit(doc_id, "en", unit_id, text, split_of(doc_id, "en", unit_id))
            for index, span in enumerate(entry.get("spans") or []):
                span_line = document.line_of(["units", unit_id, "spans", index])
                located = _locate(text, span)
                if isinstance(located, str):
                    problems.append(XinyongError("E154", path=path, line=span_line, reason=located))
                elif span.get("l") not in label_names():
                    problems.append(XinyongError("E154", path=path, line=span_line,
                                                 reason=f"unknown label {span.get('l')!r}"))
                else:
                    gold.spans.append((located[0], located[1], span["l"], span.get("n")))
            units.append(gold)
    if problems:
        raise ProblemList(problems)
    return units


def evaluate_heldout_en(split: str = "test", folder: Path | None = None) -> dict[str, Any]:
    """Run the pipeline on the held-out English set and score it per label.

    split (str): test, train or all (the usual hash split of the set's units).
    folder (Path | None): the set's folder (default corpus/gold/heldout-en).
    RETURNS (dict): {"set", "split", "units", "rows", "goals"}: rows per label with support and
        precision, recall and F1 by exact span and by overlap (None, shown as n/a, where the label
        has no gold span in the split); goals with the issue's goal figures and whether they are met.
    """
    gold = [u for u in load_heldout_en(folder) if split == "all" or u.split == split]
    predicted: dict[tuple[str, str, str], list] = defaultdict(list)
    by_doc: dict[str, list[GoldUnit]] = defaultdict(list)
    for unit in gold:
        by_doc[unit.doc].append(unit)
    for doc_id, doc_units in sorted(by_doc.items()):
        found, _ = annotate_units([(u.unit, u.text) for u in doc_units], "en", doc_id)
        for record in found:
            predicted[(doc_id, "en", record["unit"])].append(
                (record["start"], record["end"], record["label"], record["norm"]))
    scores = score(gold, predicted)
    rows = []
    for label in label_names(evaluated=True):
        exact, overlap = scores["exact"][label], scores["overlap"][label]
        support = exact.tp + exact.fn

        def figure(value: float) -> float | None:
            return round(value, 3) if support else None

        rows.append({"set": HELDOUT_EN, "split": split, "label": label, "support": support,
                     "predicted": exact.tp + exact.fp,
                     "precision": figure(exact.precision), "recall": figure(exact.recall),
                     "f1": figure(exact.f1), "overlap_precision": figure(overlap.precision),
                     "overlap_recall": figure(overlap.recall), "overlap_f1": figure(overlap.f1)})
    goals = []
    by_label = {row["label"]: row for row in rows}
    for label, (measure, goal) in HELDOUT_EN_GOALS.items():
        value = by_label[label][measure]
        goals.append({"label": label, "measure": measure, "value": value, "goal": goal,
                      "meets_goal": None if value is None else value >= goal})
    return {"set": HELDOUT_EN, "split": split,
            "units": {"units": len(gold), "documents": len(by_doc)}, "rows": rows, "goals": goals}


def heldout_en_counts(folder: Path | None = None) -> list[dict[str, Any]]:
    """Units and gold spans per split of the held-out English set (for `xinyong evaluate --check`)."""
    from collections import Counter

    gold = load_heldout_en(folder)
    rows = []
    for part in ("test", "train"):
        units = [u for u in gold if u.split == part]
        spans = Counter(s[2] for u in units for s in u.spans)
        rows.append({"set": HELDOUT_EN, "split": part, "units": len(units),
                     "documents": len({u.doc for u in units}),
                     **{label: spans.get(label, 0) for label in sorted(spans)}})
    return rows


def heldout_en_differences(label: str | None = None, folder: Path | None = None) -> list[dict[str, Any]]:
    """Spans the pipeline missed or added on the train split of the held-out English set.

    Only train is offered: the test split is what the goals are measured on, so no rule may be
    tuned by looking at it.
    label (str | None): one label, or None for all.
    folder (Path | None): the set's folder (default corpus/gold/heldout-en).
    RETURNS (list[dict]): rows with kind (missed/extra), doc, unit, label, text, norm and context.
    """
    return unit_differences([u for u in load_heldout_en(folder) if u.split == "train"], label)
