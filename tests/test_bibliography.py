"""The bibliography of secondary works, the split claims of the register and their references."""
from __future__ import annotations

import re

import pytest

from xinyong.bibliography import load_bibliography
from xinyong.claims import load_claims, load_evidence_queries
from xinyong.errors import ProblemList

BUNDLED = ("c05", "c06", "c08", "c09", "c11", "c13", "c14", "c15", "c17", "c18", "c19", "c21")


def register(corpus) -> dict:
    return load_claims(corpus)[0]


def test_bibliography_records_are_complete_and_verified():
    records = load_bibliography()
    assert len(records) >= 10
    types = {r["type"] for r in records.values()}
    assert {"press", "company-statement", "research-article"} <= types
    for bib_id, record in records.items():
        assert record["verified_against"] and all(v["source"].startswith("http") for v in record["verified_against"]), bib_id
        assert record["url"] is None or record["url"].startswith("http"), bib_id


def test_every_cited_secondary_work_and_provenance_resolves(corpus):
    records = load_bibliography()
    claims = register(corpus)["claims"]
    cited = {e["bib"] for c in claims for e in c["evidence"] if "bib" in e}
    sources = {p["bib"] for c in claims for p in c.get("provenance", [])}
    assert cited and sources and (cited | sources) <= set(records)
    # the article's own sources are identified: the WIRED feature and the MERICS report
    assert {"botsman-2017-wired", "meissner-2017-merics"} <= {p["bib"] for c in claims for p in c.get("provenance", [])
                                                            if p["strength"] == "shown"}


def test_bundled_claims_are_split_into_parts_that_resolve(corpus):
    claims = register(corpus)["claims"]
    ids = [c["id"] for c in claims]
    assert len(ids) > 30 and len(ids) == len(set(ids))
    for old in BUNDLED:
        assert old not in ids
        parts = [i for i in ids if re.fullmatch(rf"{old}[a-z]", i)]
        assert len(parts) >= 2, old
    assert {"c01", "c02", "c03", "c04", "c07", "c10", "c12", "c16", "c20", "c22", "c23", "c24"} <= set(ids)  # kept
    by_id = {c["id"]: c for c in claims}
    # the review's findings: a hotel, not a restaurant; a new document, not an update; the version in force
    assert by_id["c17a"]["verdict"] == "misleading" and "hotel" in by_id["c17a"]["explanation"]
    assert by_id["c21c"]["verdict"] == "misleading"
    assert any(e.get("doc") == "spc-high-consumption-restrictions-2015" for e in by_id["c16"]["evidence"])
    assert any(e.get("doc") == "spc-dishonest-judgment-debtor-list-2017" for e in by_id["c12"]["evidence"])
    assert "寸步难行" in " ".join(e.get("note", "") for e in by_id["c23"]["evidence"])


def test_an_unknown_secondary_work_is_reported_with_its_line(corpus, tmp_path):
    from conftest import ROOT

    text = (ROOT / "corpus" / "claims" / "hitouch-2017.yaml").read_text(encoding="utf-8")
    (tmp_path / "bad.yaml").write_text(text.replace("bib: xinhua-2015-sesame-launch", "bib: xinhua-2015-nowhere", 1),
                                       encoding="utf-8")
    (tmp_path / "bibliography.yaml").write_text(
        (ROOT / "corpus" / "claims" / "bibliography.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ProblemList) as caught:
        load_claims(corpus, tmp_path)
    problem = caught.value.problems[0]
    assert problem.code == "E100" and "xinhua-2015-nowhere" in problem.render() and problem.line > 1


def test_a_bibliography_record_with_a_missing_field_or_a_duplicate_id_is_reported(tmp_path):
    from conftest import ROOT

    text = (ROOT / "corpus" / "claims" / "bibliography.yaml").read_text(encoding="utf-8")
    (tmp_path / "missing.yaml").write_text(text.replace("    venue: WIRED UK\n", "", 1), encoding="utf-8")
    with pytest.raises(ProblemList) as caught:
        load_bibliography(tmp_path / "missing.yaml")
    assert caught.value.problems[0].code == "E004" and "venue" in caught.value.render()
    (tmp_path / "twice.yaml").write_text(text.replace("id: meissner-2017-merics", "id: botsman-2017-wired", 1),
                                         encoding="utf-8")
    with pytest.raises(ProblemList) as caught:
        load_bibliography(tmp_path / "twice.yaml")
    assert caught.value.problems[0].code == "E005"


def test_the_unseen_query_set_resolves_and_cites_catalog_records(corpus):
    queries = load_evidence_queries(corpus, "unseen2")
    assert len(queries) >= 40
    assert any(ref.endswith(":catalog") for q in queries for ref in q["evidence"])
