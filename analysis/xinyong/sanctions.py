"""The sanctions dataset: one record per measure named in a provision, saying what can happen, to
whom (the sanctioned party, never the imposing body), on what trigger, imposed by whom, with which
deontic force, for how long, on which legal basis, and where (doc:unit, with the aligned unit in the
other language). Built from the standoff annotations and the structure, for the Chinese texts, our
English translations and the English digests (`source_kind` keeps digests apart).

The rules are heuristics over the annotations; their precision per field is checked by hand on a
seeded sample (corpus/gold/sanctions-check.yaml, sanctions_check.py) and published on the methodology
page. Reading a provision is sanctions_reader.py's job; this module assembles the records.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

from .analyze.data import AnnotatedCorpus
from .sanctions_authority import (follows_from_listing, is_generic, no_state_act, only_discloses,
                                  qualifies_a_document, sets_criteria)
from .sanctions_check import CHECKED_FIELDS, check_precision, sample
from .sanctions_measure import imposed, retyped, superseded
from .sanctions_reader import ProvisionReader, load_cues
from .sanctions_trigger import find_trigger, is_the_measure

__all__ = ["CHECKED_FIELDS", "DESCRIPTION", "FIELDS", "JUDICIAL", "check_precision", "imposed", "load_cues",
           "sample", "sanction_records", "source_kind"]

FIELDS: list[tuple[str, str]] = [
    ("id", "string"), ("doc", "string"), ("lang", "string"), ("source_kind", "string"), ("unit", "string"),
    ("clause", "string"), ("aligned_unit", "string"), ("measure", "string"), ("measure_kind", "string"),
    ("measure_text", "string"), ("party_type", "string"), ("party_text", "string"), ("trigger_kind", "string"),
    ("trigger_text", "string"), ("authority", "string"), ("authority_text", "string"),
    ("authority_basis", "string"), ("force", "string"), ("duration", "string"), ("legal_basis", "string")]
DESCRIPTION = ("Sanctions: one row per measure named in a provision, with the sanctioned party (never the imposing "
               "body), trigger, imposing authority, deontic force, duration, legal basis and clause; source_kind "
               "tells texts from digests. Rule-built: see the methodology page for hand-checked precision.")
JUDICIAL = {"zh": re.compile(r"司法机关|人民法院|人民检察院|公安机关"),
            "en": re.compile(r"judicial organ|people's court|procuratorate|public security organ", re.I)}

# An incentive is granted for credit: a provision that names no party, no trigger and no credit at all
# simplifies a procedure for everyone.
CREDIT_WORDS = {"zh": re.compile(r"信用|守信|诚信|失信"), "en": re.compile(r"credit|trust|honest", re.I)}

# Measures whose imposing body is never the document's usual one: criminal liability is pursued by
# judicial bodies, a disciplinary sanction by the official's appointing or supervisory body.
UNDOCUMENTED = {"criminal-liability", "disciplinary-sanction"}


def source_kind(data: AnnotatedCorpus, doc_id: str, lang: str) -> str:
    """text (a Chinese original or our full translation) or digest (our English summary)."""
    return "text" if lang == "zh" or doc_id in data.corpus.translations else "digest"


def sanction_records(data: AnnotatedCorpus) -> list[dict[str, Any]]:
    """Every sanctions record of the corpus, in document, language and unit order.

    data (AnnotatedCorpus): the corpus with its annotations (build/annotations).
    RETURNS (list[dict]): records with the fields of FIELDS.
    """
    kinds = {measure_id: measure["kind"] for measure_id, measure in data.corpus.measures.items()}
    rows: list[dict[str, Any]] = []
    for lang in ("zh", "en"):
        for doc_id, document in data.documents(lang).items():
            other = data.corpus.english(doc_id) if lang == "zh" else data.corpus.originals.get(doc_id)
            other_units = other.unit_map() if other else {}
            reader = ProvisionReader(data, document, lang)
            seen: dict[str, int] = {}
            for unit in document.leaves():
                context = reader.context_texts(unit)
                measures = [replace(m, kind=retyped(unit.text, m, lang, context))
                            for m in sorted(reader.spans(unit.id)["measure"], key=lambda s: s.start)
                            if imposed(unit.text, m, lang, context, kinds.get(m.kind))]
                for measure in measures:
                    if superseded(unit.text, measure, measures, lang):
                        continue
                    party = reader.party(unit, measure.start, measure.end, measure.kind)
                    authority, basis = reader.non_state_authority(unit, measure.start, measure.kind)
                    if authority is None:
                        authority, basis = reader.authority(unit, measure.start, measure.kind)
                    elif party is not None and (party.start, party.text) == (authority.start, authority.text):
                        party = None  # the association that sanctions its members is not the party (issue 16)
                    if measure.kind == "criminal-liability" and authority is not None \
                            and not JUDICIAL[lang].search(authority.text):
                        authority, basis = None, None  # pursued by judicial organs, whoever else the provision names
                    if authority is not None and qualifies_a_document(unit.text, authority.start, authority.end, lang):
                        authority, basis = None, None  # "refuse to carry out court judgments": no body named
                    if authority is not None and only_discloses(unit.text, authority.end, measure.start, lang):
                        authority, basis = None, None  # the body named only discloses information (issue 16)
                    if sets_criteria(unit.text, measure.start, lang) or measure.kind != "list-inclusion" \
                            and follows_from_listing(unit.text, measure.start, authority.start if authority else None, lang):
                        authority, basis = None, "criteria"  # a rule-maker named, no imposing body; none assumed
                    if authority is None and no_state_act(unit.text, measure.start, lang):
                        basis = "criteria"  # a non-state actor, or other laws: the document's body is not assumed
                    trigger_kind, trigger_text = find_trigger(reader, unit, measure.start, measure.kind)
                    if is_the_measure(trigger_text, measure.text):
                        trigger_kind, trigger_text = None, None
                    if kinds.get(measure.kind) == "incentive" and party is None and trigger_kind is None \
                            and not CREDIT_WORDS[lang].search(unit.text):
                        continue  # a procedure simplified for everyone (简化审批手续) is no incentive granted to a party
                    key = f"{doc_id}:{lang}:{unit.id}:{measure.kind}:{party.kind if party else '-'}"
                    if key in seen:
                        continue  # the same measure on the same party twice in one unit is one record
                    seen[key] = 1
                    rows.append({
                        "id": f"{lang}:{doc_id}:{unit.id}:{measure.kind}" + (f":{party.kind}" if party else ""),
                        "doc": doc_id, "lang": lang, "source_kind": source_kind(data, doc_id, lang),
                        "unit": unit.id, "clause": f"{doc_id}:{unit.id}",
                        "aligned_unit": f"{doc_id}:{unit.id}" if unit.id in other_units else None,
                        "measure": measure.kind, "measure_kind": kinds.get(measure.kind), "measure_text": measure.text,
                        "party_type": party.kind if party else None, "party_text": party.text if party else None,
                        "trigger_kind": trigger_kind, "trigger_text": trigger_text,
                        "authority": authority.kind if authority else None,
                        "authority_text": authority.text if authority else None, "authority_basis": basis,
                        "force": reader.force(unit, measure.start), "duration": reader.duration(unit),
                        "legal_basis": reader.legal_basis(unit)})
            _document_authority(rows, doc_id, lang)
    for row in rows:
        if row["authority_basis"] == "criteria":
            row["authority_basis"] = None
    _unique_ids(rows)
    return rows


SUPERVISING = re.compile(r"上级|(?:the )?(?:\w+ )?(?:organs?|departments?|authorit\w+) at (?:a |the )?(?:next )?higher level|higher[- ]level", re.I)


def _document_authority(rows: list[dict[str, Any]], doc_id: str, lang: str) -> None:
    """A measure whose provision names no body is imposed by the body the document's other
    provisions name most often for its measures (the court, in the court rules), when that body names at
    least half of them; marked "document". Not in a digest, nor for a generic word."""
    own = [r for r in rows if r["doc"] == doc_id and r["lang"] == lang]
    if any(r["source_kind"] == "digest" for r in own):
        return  # a digest summarises: the bodies it names belong to the sentences that name them
    named = Counter((r["authority"], r["authority_text"]) for r in own if r["authority_basis"] == "provision")
    # a body outside the state (an industry association) takes only its own kind of measure: it is never
    # the document's body, though it counts among the bodies named; nor is an organ at a higher level
    # (上级行政机关), which supervises the organs that impose
    state = {body: count for body, count in named.items()
             if body[0] != "non-state-body" and not SUPERVISING.match(body[1] or "")}
    if not state:
        return
    (authority, text), count = max(state.items(), key=lambda item: (item[1], item[0][1] or ""))
    if count * 2 < sum(named.values()) or is_generic(text):
        return  # no body dominates the document, or only a generic word does: guessing one would mislead
    for row in own:
        if row["authority"] is None and row["measure"] not in UNDOCUMENTED and row["authority_basis"] != "criteria":
            row.update(authority=authority, authority_text=text, authority_basis="document")


def _unique_ids(rows: list[dict[str, Any]]) -> None:
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["id"]] = counts.get(row["id"], 0) + 1
        if counts[row["id"]] > 1:
            row["id"] += f":{counts[row['id']]}"
