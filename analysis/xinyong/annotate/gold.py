"""Gold annotations (corpus/gold/*.yaml): reading them into units with resolved offsets, and
scoring the pipeline's spans against them by exact span and by overlap."""
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
from ..labels import label_names


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
    # the text's date when the catalog has none for `doc` (the `date` of an own-text gold file): the
    # citing date that picks the version of a law the text cites by its bare title
    date: str | None = None


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
                    problem = located
                elif span.get("l") not in label_names():
                    problem = f"unknown label {span.get('l')!r}"
                else:
                    problem = guideline_problem(text, located[0], located[1], span["l"], lang)
                if problem is not None:
                    problems.append(XinyongError("E051", path=path, line=document.line_of(["units", unit_id, "spans", index]),
                                                 reason=problem))
                    continue
                gold.spans.append((located[0], located[1], span["l"], span.get("n")))
            units.append(gold)
    if problems:
        raise ProblemList(problems)
    return units


ELISION = "…"  # a long span written as head…tail (GUIDELINES.md): the gold files quote no long stretch

# GUIDELINES.md, "Determiners and possessives": in English an article or a possessive determiner is outside every
# MEASURE and TARGET span (the rules drop it by the same pattern, en_convention_edges.LEADING_DETERMINER). Batch
# writers slipped on it ("an exit ban"), and each slip costs exact F1 on a span the annotator drew by the
# guideline, so a gold file with one is refused.
DETERMINER_FREE_LABELS = ("MEASURE", "TARGET")
# GUIDELINES.md, '"from" constructions': after a restricting verb and "from" the MEASURE span is what follows "from",
# never the verb (en_convention_edges.RESTRICTING_VERB_FROM). Batch writers slipped on it too ("excluded from
# government procurement"), and the tagger learns edges from these spans.


def guideline_problem(text: str, start: int, end: int, label: str, lang: str) -> str | None:
    """What a located gold span breaks of the guideline's mechanical conventions, else None.

    RETURNS (str | None): the reason, naming the span and the convention.
    """
    if lang != "en" or label not in DETERMINER_FREE_LABELS:
        return None
    from .en_convention_edges import LEADING_DETERMINER, RESTRICTING_VERB_FROM

    span = text[start:end]
    found = LEADING_DETERMINER.match(text, start, end)
    if found is not None:
        return (f"the {label} span '{span}' starts with '{found.group(0).strip()}': articles and possessive "
                f"determiners are outside every {label} span (\"Determiners and possessives\"); start it at "
                f"'{text[found.end():end][:30]}'")
    found = RESTRICTING_VERB_FROM.match(text, start, end) if label == "MEASURE" else None
    if found is not None and found.end() < end:
        return (f"the MEASURE span '{span}' starts with '{found.group(0).strip()}': after a restricting verb and "
                f"\"from\" the span is what follows \"from\", never the verb ('\"from\" constructions'); start it at "
                f"'{text[found.end():end][:30]}'")
    return None


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



def where_spans_went(gold: list[GoldUnit],
                     predicted: dict[tuple[str, str, str], list[tuple[int, int, str, str | None]]],
                     label: str) -> dict[str, int]:
    """What became of the gold spans of one label, and how many predicted spans of it touch no gold span: the
    figures that tell edges, types and misses apart where exact F1 lumps them together.

    RETURNS (dict): "found" (same edges and norm), "other type" (same edges, another norm), "other edges" (overlapped
    by a predicted span with other edges), "not touched" (no predicted span overlaps it), each a count of gold spans;
    and "predicted touching no gold", a count of predicted spans.
    """
    counts = dict.fromkeys(("found", "other type", "other edges", "not touched", "predicted touching no gold"), 0)
    for unit in gold:
        want = [s for s in unit.spans if s[2] == label]
        got = [s for s in predicted.get((unit.doc, unit.lang, unit.unit), []) if s[2] == label]
        for start, end, _, norm in want:
            edges = [g for g in got if (g[0], g[1]) == (start, end)]
            kind = ("found" if any(g[3] == norm for g in edges) else "other type" if edges
                    else "other edges" if any(g[0] < end and start < g[1] for g in got) else "not touched")
            counts[kind] += 1
        alone = [g for g in got if not any(g[0] < w[1] and w[0] < g[1] for w in want)]
        counts["predicted touching no gold"] += len(alone)
    return counts

def unit_differences(units: list[GoldUnit], label: str | None = None) -> list[dict[str, Any]]:
    """The pipeline's missed and extra spans on the given gold units, one row each (kind, lang, doc,
    unit, label, text, norm and a little context)."""
    rows = []
    for unit in units:
        found, _ = annotate_units([(unit.unit, unit.text)], unit.lang, unit.doc, citing_date=unit.date)
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


def predict(units: list[GoldUnit], lang: str,
            en_tagger: str | None = None) -> dict[tuple[str, str, str], list[tuple[int, int, str, str | None]]]:
    """Run the pipeline on gold units, one call per document, in the shape score() reads.

    units (list[GoldUnit]): the units to annotate (of one language).
    lang (str): their language.
    en_tagger (str | None): the English span tagger's mode (default: $XINYONG_EN_TAGGER's; see annotate_units).
    RETURNS (dict): (doc, lang, unit) -> the predicted (start, end, label, norm) spans.
    """
    predicted: dict[tuple[str, str, str], list] = defaultdict(list)
    by_doc: dict[str, list[GoldUnit]] = defaultdict(list)
    for unit in units:
        by_doc[unit.doc].append(unit)
    for doc_id, doc_units in sorted(by_doc.items()):
        found, _ = annotate_units([(u.unit, u.text) for u in doc_units], lang, doc_id, citing_date=doc_units[0].date,
                                  en_tagger=en_tagger)
        for record in found:
            predicted[(doc_id, lang, record["unit"])].append(
                (record["start"], record["end"], record["label"], record["norm"]))
    return predicted


def measured(value: float, denominator: int) -> float | None:
    """A score rounded for the tables, or None (shown as n/a) when nothing was there to measure:
    a label without test spans has no recall or F1, one never predicted has no precision."""
    return round(value, 3) if denominator else None
