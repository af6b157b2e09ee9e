"""The measure -> sanctioned party link on the unit-level gold (corpus/gold/*.zh.yaml): the
`target` fields of MEASURE spans, scored as the held-out documents score them, and the wrong links
listed for tuning (train split only; the held-out documents never show their differences)."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from ..corpus import Corpus
from ..datafiles import load_yaml
from ..locations import corpus_dir
from .dev_zh import DEV_ZH_SPLIT, dev_zh_documents, load_dev_zh
from .gold import NOT_ANNOTATIONS, _locate, split_of
from .heldout import HeldoutGold, _sanctioned_party
from .pipeline import annotatable_units, annotate_units

Link = tuple[str, str, int, int]  # doc, unit, start, end of a gold MEASURE


def load_party_links(corpus: Corpus, split: str = "train", folder: Path | None = None) -> dict[Link, tuple[str, ...]]:
    """The gold parties of the Chinese MEASURE spans of a split that carry `target`.

    corpus (Corpus): the parsed texts.
    split (str): train, test or all (the unit-level split of gold.split_of).
    folder (Path | None): the gold folder (default corpus/gold; load_gold has checked its spans).
    RETURNS (dict): (doc, unit, start, end) -> the party texts.
    """
    folder = folder or corpus_dir() / "gold"
    links: dict[Link, tuple[str, ...]] = {}
    for path in sorted(p for p in folder.glob("*.zh.yaml") if p.name not in NOT_ANNOTATIONS):
        data = load_yaml(path).data or {}
        doc_id = data.get("doc")
        parsed = corpus.documents("zh").get(doc_id or "")
        if parsed is None:
            continue
        texts = {u.id: u.text for u in parsed.units}
        for unit_id, entry in (data.get("units") or {}).items():
            if unit_id not in texts or (split != "all" and split_of(doc_id, "zh", unit_id) != split):
                continue
            for span in entry.get("spans") or []:
                if span.get("l") != "MEASURE" or "target" not in span:
                    continue
                located = _locate(texts[unit_id], span)
                if isinstance(located, str):
                    continue  # load_gold reports it (E051)
                named = span["target"] if isinstance(span["target"], list) else [span["target"]]
                links[(doc_id, unit_id, *located)] = tuple(str(t) for t in named)
    return links


def evaluate_party_links(corpus: Corpus, split: str = "train") -> dict[str, Any]:
    """Annotate the whole documents of the gold links (so that a list item's lead-in is there, as
    in a build) and score the links strictly and leniently, as evaluate_heldout does. Train and all
    include the links of the Chinese development set (corpus/gold/dev-zh).

    RETURNS (dict): the figures of heldout._sanctioned_party, plus `wrong`: one row per gold link
        whose found measure names other parties (doc, unit, measure, gold, found, context).
    """
    links = load_party_links(corpus, split)
    documents = dict(corpus.documents("zh"))
    if split in (DEV_ZH_SPLIT, "all"):  # the development set's links are train links
        links.update(load_dev_zh().parties)
        documents.update(dev_zh_documents())
    predicted: dict[tuple[str, str, str], list] = defaultdict(list)
    named: dict[Link, frozenset[str]] = {}
    texts: dict[tuple[str, str], str] = {}
    parents: dict[tuple[str, str], str | None] = {}
    for doc_id in sorted({link[0] for link in links}):
        parsed = documents[doc_id]
        parents.update({(doc_id, u.id): u.parent for u in parsed.units})
        units = annotatable_units(parsed)
        texts.update({(doc_id, unit_id): text for unit_id, text in units})
        for record in annotate_units(units, "zh", doc_id)[0]:
            predicted[(doc_id, "zh", record["unit"])].append(
                (record["start"], record["end"], record["label"], record["norm"]))
            if record.get("target"):
                named[(doc_id, record["unit"], record["start"], record["end"])] = frozenset(record["target"])
    result = _sanctioned_party(HeldoutGold([], links, parents), predicted, texts, named)
    wrong = []
    for (doc_id, unit_id, start, end), parties in sorted(links.items()):
        found = [s for s in predicted.get((doc_id, "zh", unit_id), []) if s[2] == "MEASURE" and s[0] < end and start < s[1]]
        answers = [sorted(named.get((doc_id, unit_id, s[0], s[1]), ())) for s in found]
        if found and sorted(parties) not in answers:
            text = texts[(doc_id, unit_id)]
            wrong.append({"doc": doc_id, "unit": unit_id, "measure": text[start:end], "gold": "|".join(parties),
                          "found": "|".join(answers[0]) or "-", "context": text[max(0, start - 30):end + 10]})
    return {**result, "wrong": wrong}
