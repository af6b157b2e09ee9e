"""Digests as what they are: every part of a digest says what it rests on (the text, a named
report, or our overview); the page shows it; analyses of language leave digests out and the
measures matrix counts only paragraphs that rest on the text."""
from __future__ import annotations

import json

import pytest

from xinyong.analyze.data import AnnotatedCorpus, digest_scope
from xinyong.digest_basis import basis_problems, rests_on_text, unit_basis
from xinyong.structure import parse_text
from xinyong.validate import validate

DEBTORS = "judgment-debtor-credit-opinions-2016"


def test_every_digest_unit_has_a_basis_and_validate_finds_no_basis_problem(corpus, sources):
    for doc_id, digest in corpus.digests.items():
        resolved = unit_basis(digest)
        missing = [u.id for u in digest.leaves() if u.id not in resolved]
        assert missing == [], doc_id
        assert {b.kind for b in resolved.values()} <= {"text", "report", "overview"}
        assert all(b.source for b in resolved.values() if b.kind != "overview"), doc_id
    codes = {p.code for p in validate(sources).problems}
    assert not codes & {"E110", "E111", "E112"}


def test_bases_follow_what_the_digest_notes_say_was_read(corpus):
    debtors = corpus.digests[DEBTORS]
    assert debtors.unit("s2.7.p1").basis["kind"] == "text"  # item (7) read in the Chinese text
    assert debtors.unit("s2.4.p1").basis["kind"] == "report"  # "The Xinhua report says ..."
    assert "Xinhua" in debtors.unit("s2.4.p1").basis["source"]
    assert debtors.unit("s2.2.p1").basis["kind"] == "overview"  # heading seen, content not read
    constraints = corpus.digests["trust-breaking-constraints-opinions-2020"]
    assert constraints.unit("s4").basis["kind"] == "report"  # the part heading from a reworded reprint
    assert rests_on_text(constraints, "s4.6.p1") and not rests_on_text(constraints, "s4.8.p1")
    assert not rests_on_text(constraints, "s5.p1")
    # every report-based paragraph of the 2022 opinions' opening is marked as such
    assert corpus.digests["high-quality-development-opinions-2022"].unit("preamble.p3").basis["kind"] == "report"


DIGEST = """---
source: test-digest
kind: digest
note: A digest for the test.
basis_sources:
  text: the Chinese text
basis:
  s1: {kind: text, source: text}
  s2: {kind: report, source: xinhua}
  s9: {kind: text, source: text}
  s1.p2: {kind: rumour}
---

# Digest: test

Opening paragraph with no basis.

## 1 First part

Read in the text.

A second paragraph.

## 2 Second part

From a report.
"""


def test_basis_problems_are_numbered_and_name_the_file_and_unit():
    digest = parse_text(DIGEST, "test-digest", "en", "corpus/digests/test-digest.md")
    problems = basis_problems(digest)
    rendered = [p.render() for p in problems]
    assert [p.code for p in problems] == ["E111", "E112", "E111", "E110"]  # entries in file order, then units
    assert all("corpus/digests/test-digest.md" in line for line in rendered)
    assert "(s2)" in rendered[0] and "'xinhua' is not in basis_sources" in rendered[0]
    assert "(s9)" in rendered[1] and "(s1.p2)" in rendered[2] and "kind must be one of" in rendered[2]
    assert "test-digest.md:16 (preamble.p1)" in rendered[3]  # the line of the paragraph


def _annotations(tmp_path, corpus):
    """A build folder with MEASURE records on a text-based and a report-based paragraph of a real
    digest, and on a translation paragraph."""
    folder = tmp_path / "annotations"
    folder.mkdir()
    records = {f"{DEBTORS}.en": [("s2.7.p1", "rail-travel-restriction"), ("s2.4.p1", "warning-and-criticism")],
               "shanghai-social-credit-regulation-2017.en": [("art-30.p1.i1", "procurement-exclusion")]}
    for name, rows in records.items():
        lines = [json.dumps({"doc": name.rsplit(".", 1)[0], "unit": unit, "lang": "en", "start": 0, "end": 1,
                             "label": "MEASURE", "text": "x", "norm": norm}) for unit, norm in rows]
        (folder / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return AnnotatedCorpus(corpus, tmp_path)


def test_the_digest_switch_in_the_analysis_data(corpus, tmp_path):
    data = _annotations(tmp_path, corpus)
    assert set(data.documents("en")) == set(corpus.translations) | set(corpus.digests)
    none = data.scoped("none")
    assert set(none.documents("en")) == set(corpus.translations)
    assert none.annotations(DEBTORS, "en") == []
    assert all(doc not in corpus.digests for doc, _ in none.units("en"))
    text = data.scoped("text")
    kept = {u.id for u in text.documents("en")[DEBTORS].units}
    assert "s2.7.p1" in kept and "s2.4.p1" not in kept and "s2.2.p1" not in kept
    assert [r["norm"] for r in text.annotations(DEBTORS, "en")] == ["rail-travel-restriction"]
    assert [r["norm"] for r in text.annotations("shanghai-social-credit-regulation-2017", "en")] == ["procurement-exclusion"]
    assert len(data.annotations(DEBTORS, "en")) == 2  # the evidence finder's view keeps everything
    with pytest.raises(ValueError):
        data.scoped("some")


def test_measures_matrix_counts_only_text_based_digest_paragraphs_and_marks_them(corpus, tmp_path):
    from xinyong.analyze.measures import measure_rows

    data = _annotations(tmp_path, corpus).scoped(digest_scope("measures"))
    rows = {(r["doc"], r["measure"]): r for r in measure_rows(data)}
    assert (DEBTORS, "warning-and-criticism") not in rows  # rests on a Xinhua report
    assert rows[(DEBTORS, "rail-travel-restriction")]["from_digest"] is True
    assert {digest_scope(name) for name in ("keyness", "collocations", "deontic", "concordance-index",
                                                     "frequencies")} == {"none"}


def test_the_digest_page_shows_the_basis_beside_each_section(corpus, tmp_path):
    from xinyong.site.pages import SiteBuilder

    builder = SiteBuilder(AnnotatedCorpus(corpus, tmp_path), tmp_path)
    page = builder.page(f"docs/{DEBTORS}.md").body
    assert page.count('class="xy-basis xy-basis-report"') >= 4
    section = page[page.index('id="s2.4"'):page.index('id="s2.5"')]
    assert "Basis: rests on a report (a Xinhua report on the document)" in section
    text_section = page[page.index('id="s2.7"'):page.index('id="s2.8"')]
    assert "Basis: rests on the text" in text_section
    # translations carry no basis label
    assert "xy-basis" not in builder.page("docs/shanghai-social-credit-regulation-2017.md").body


def test_each_analysis_page_says_what_it_does_with_the_digests(corpus, tmp_path):
    from xinyong.site.pages import SiteBuilder
    from xinyong.site.pages.analyses import analysis_pages

    pages = {p.path: p.body for p in analysis_pages(SiteBuilder(AnnotatedCorpus(corpus, tmp_path), tmp_path))}
    assert "Digests: digests left out (our paraphrases, not the documents&#x27; wording)." in pages["analyses/keyness.md"] \
        or "Digests: digests left out (our paraphrases, not the documents' wording)." in pages["analyses/keyness.md"]
    assert "report-based paragraphs and overviews left out" in pages["analyses/measures.md"]
    assert "Digests: digests included." in pages["analyses/citations.md"]


def test_a_basis_with_markup_is_shown_as_text(corpus, tmp_path):
    from dataclasses import replace

    from xinyong.digest_basis import attach_basis
    from xinyong.site.pages import SiteBuilder

    path = corpus.digests[DEBTORS].path
    text = open(path, encoding="utf-8").read().replace(
        "  xinhua: a Xinhua report on the document", "  xinhua: a report <script>alert(1)</script> & more", 1)
    digest = parse_text(text, DEBTORS, "en", path)
    attach_basis(digest)
    changed = replace(corpus, digests={**corpus.digests, DEBTORS: digest})
    page = SiteBuilder(AnnotatedCorpus(changed, tmp_path), tmp_path).page(f"docs/{DEBTORS}.md").body
    assert "<script>alert(1)</script>" not in page
    assert "a report &lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in page


def test_numbered_headings_over_report_based_sections_say_so(corpus):
    """A numbered heading that copies the document's structure says "(from reports)" when every
    paragraph under it rests on a report, and never when something under it rests on the text."""
    for doc_id, digest in corpus.digests.items():
        for heading in (u for u in digest.units if u.kind == "heading"):
            below = [u for u in digest.leaves() if u.id.startswith(heading.id + ".") and u.kind == "paragraph"]
            if heading.text.endswith("(from reports)"):
                assert below and all(u.basis["kind"] == "report" for u in below), (doc_id, heading.id)
            elif below and all(u.basis["kind"] == "report" and not u.basis.get("note") for u in below):
                assert any(heading.id.startswith(h.id + ".") and h.text.endswith("(from reports)")
                           for h in digest.units if h.kind == "heading"), (doc_id, heading.id)
    assert corpus.digests[DEBTORS].unit("s2.4").text.endswith("(from reports)")
    assert not corpus.digests[DEBTORS].unit("s2.7").text.endswith("(from reports)")
