"""The mechanical part of the translations' house style (corpus/translations/STYLE.md)."""
from __future__ import annotations

from pathlib import Path

from xinyong.structure import parse_text
from xinyong.style_check import style_warnings, unit_findings
from xinyong.validate import validate

ROOT = Path(__file__).resolve().parent.parent


def test_the_real_translations_follow_the_house_style(corpus, sources):
    for doc_id, translation in corpus.translations.items():
        assert [w.render() for w in style_warnings(translation, corpus.originals[doc_id])] == [], doc_id
    assert not [w for w in validate(sources).warnings if w.startswith(("E113", "E114", "E115", "E116", "E117", "E118"))]


def test_the_style_guide_names_every_checked_rule():
    guide = (ROOT / "corpus" / "translations" / "STYLE.md").read_text(encoding="utf-8")
    for code in ("E113", "E114", "E115", "E116", "E117", "E118"):
        assert code in guide
    for section in ("## Capitalisation", "## Modal verbs", "## Recurring formulae", "## Lists", "## Numbers and money"):
        assert section in guide


def test_the_reviewed_patterns_come_back_as_numbered_warnings_naming_file_and_unit(corpus):
    """Put the review's findings back into a copy of a real translation: each is reported."""
    doc = "shanghai-social-credit-regulation-2017"
    path = ROOT / "corpus" / "translations" / f"{doc}.en.md"
    text = path.read_text(encoding="utf-8")
    edits = [("in accordance with the overall arrangements of the State", "according to law and the overall arrangements of the state"),
             ("Article 30 With respect to", "Article 30 The results shall be published to society. With respect to"),
             ("(2) in policy support such as fiscal funding", "(2) with a fine of 10000 yuan or 5% of turnover, in policy support such as fiscal funding")]
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    text = text.replace("administrative organs may, within the scope of their statutory authority, adopt the following punishment",
                        "administrative organs, within the scope of their statutory authority, adopt the following punishment", 1)
    broken = parse_text(text, doc, "en", str(path))
    warnings = [w.render() for w in style_warnings(broken, corpus.originals[doc])]
    codes = sorted(w.split()[0] for w in warnings)
    assert codes == ["E113", "E114", "E115", "E116", "E117", "E117"]
    assert all(f"{doc}.en.md:" in w for w in warnings)
    assert any("(art-7.p1)" in w and "E113" in w for w in warnings)
    assert any("(art-30.p1)" in w and "可以" in w for w in warnings)
    assert any("10000 yuan" in w and "10,000 yuan" in w for w in warnings)


def test_accepted_alternatives_are_not_reported(corpus):
    original = corpus.originals["shanghai-social-credit-regulation-2017"]
    english = corpus.translations["shanghai-social-credit-regulation-2017"]
    item = english.unit("art-9.p2.i1")  # 应当缴纳 rendered "due"
    assert "应当" in original.unit("art-9.p2.i1").text
    assert unit_findings(item, original.unit("art-9.p2.i1")) == []
    # the state in which ... (a condition) and state secrets (a modifier) stay lower case
    assert unit_findings(english.unit("art-2.p1"), original.unit("art-2.p1")) == []
    assert unit_findings(english.unit("art-6.p1"), original.unit("art-6.p1")) == []


def test_glossary_marks_variants_whose_link_to_the_term_is_inferred(corpus, tmp_path):
    """Renderings taken from a source that gives no Chinese (a short law-firm alert) are marked, and
    the glossary page says so beside them."""
    from xinyong.analyze.data import AnnotatedCorpus
    from xinyong.site.pages import SiteBuilder

    alert = [(gid, v) for gid, e in corpus.glossary.items() for v in e.get("variants", []) if "haynesboone" in (v.get("source") or "")]
    assert len(alert) >= 5 and all(v.get("inferred") is True for _, v in alert)
    assert not any(v.get("inferred") for gid, e in corpus.glossary.items() for v in e.get("variants", [])
                   if "chinalawtranslate" in (v.get("source") or ""))
    page = SiteBuilder(AnnotatedCorpus(corpus, tmp_path), tmp_path).page("glossary.md").body
    line = page[page.index("public reprimand"):][:400]
    assert "matched to this term by us: the source gives no Chinese" in line
