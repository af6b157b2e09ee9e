"""The site's page templates (site/templates/): every template family escapes what it is given,
the loader's layout rules, the page registry, and the analysis pages' statement of what they read."""
from __future__ import annotations

import pytest
from markupsafe import Markup

from xinyong.site.templating import join_lines, render, render_macro

SCRIPT = "<script>alert(1)</script>"
SHOWN = "&lt;script&gt;alert(1)&lt;/script&gt;"


def assert_escaped(html: str) -> None:
    assert SCRIPT not in html and SHOWN in html
    assert "<img src=x" not in html


HOSTILE_ENTRY = {"id": "x", "title_en": SCRIPT, "title_zh": SCRIPT, "date_issued": "2020-01-01", "level": SCRIPT,
                 "type": SCRIPT, "region": '"><img src=x onerror=alert(2)>', "status": SCRIPT, "doc_number": SCRIPT,
                 "issuers": [], "relations": [], "source_url": "https://example.org/" + SCRIPT,
                 "translations": [{"translator": SCRIPT, "url": "https://example.org/", "title": SCRIPT}],
                 "verified_against": [{"facts": [SCRIPT], "source": SCRIPT}], "notes": SCRIPT,
                 "summary": SCRIPT}


@pytest.mark.parametrize("template, context", [
    ("home.html", {"ways_in": [(SCRIPT, "a.html", SCRIPT)], "recent": [(HOSTILE_ENTRY, "x.html", SCRIPT)],
                   "not_held": 1, "figures": [(SCRIPT, 1)], "link": lambda path: path, "citation_name": SCRIPT,
                   "version": "1", "site_url": SCRIPT}),
    ("catalog.html", {"entries": [(HOSTILE_ENTRY, "x.html", "2020", SCRIPT)], "filters": [("Type", "type", [SCRIPT])],
                      "columns": (SCRIPT,)}),
    ("record.html", {"entry": HOSTILE_ENTRY, "relations": [(SCRIPT, "y.html", SCRIPT)], "issuers": [SCRIPT],
                     "english": None, "is_digest": False, "english_kind": SCRIPT}),
    ("document.html", {"entry": HOSTILE_ENTRY, "facts": SCRIPT, "card": Markup("<table></table>"),
                       "legend": [("xy-term", SCRIPT)], "text": None}),
    ("document.html", {"entry": HOSTILE_ENTRY, "facts": SCRIPT, "card": Markup("<table></table>"),
                       "legend": [("xy-term", SCRIPT)], "text": Markup("<div></div>"), "contents": {
                           "summary": SCRIPT, "items": [{"id": "ch-1", "kind": "chapter", "text": SCRIPT, "lang": "zh",
                                                         "translated": SCRIPT}, {"id": "art-1", "text": SCRIPT}]}}),
    ("text.html", {"digest": False, "english_name": SCRIPT, "rows": [
        {"article": True, "id": "art-1", "label_en": SCRIPT, "label_zh": SCRIPT,
         "cite": {"text": SCRIPT, "bibtex": [SCRIPT, "}"]}},
        {"id": "art-1.p1", "kind": "paragraph", "heading": None, "cells": [
            {"lang": "zh", "html": Markup("&lt;b&gt;"), "basis": SCRIPT, "basis_kind": "text"},
            {"lang": "en", "missing": True}]}]}),
    ("glossary.html", {"concordance": "concordance.html", "entries": [
        {"id": "t", "zh": SCRIPT, "en": SCRIPT, "pinyin": SCRIPT, "category": SCRIPT, "definition": SCRIPT,
         "count_zh": 1, "count_en": 1, "documents": 1, "note": SCRIPT, "related": [{"id": "r", "en": SCRIPT}],
         "variants": [{"en": SCRIPT, "used_by": SCRIPT, "source": "https://example.org/"}],
         "examples": [{"lang": "zh", "left": SCRIPT, "text": SCRIPT, "right": SCRIPT, "doc": SCRIPT, "unit": "u",
                       "link": "d.html"}]}]}),
    ("claims.html", {"finder_summary": SCRIPT, "measured": "m.html", "bibliography": [
        ("b", {"type": SCRIPT, "authors": [SCRIPT], "title": SCRIPT, "venue": SCRIPT, "date": None, "url": None})],
        "registers": [{"source": {"id": "s", "title": SCRIPT, "publisher": SCRIPT, "compiles": [SCRIPT],
                                  "note": SCRIPT},
                       "verdicts": [(SCRIPT, 1)], "categories": [SCRIPT], "claims": [
                           {"id": "c1", "claim": SCRIPT, "category": SCRIPT, "verdict": SCRIPT, "explanation": SCRIPT,
                            "quote_locator": SCRIPT, "find": "evidence.html?claim=x", "provenance": [
                                {"bib": "b", "strength": SCRIPT}],
                            "evidence_links": [{"stance": SCRIPT, "text": SCRIPT, "link": "d.html", "note": SCRIPT,
                                                "verified_at": "https://example.org/"}]}]}]}),
    ("downloads.html", {"files": [(SCRIPT, 1, SCRIPT)], "analysis": [(SCRIPT, SCRIPT)], "evaluation": [SCRIPT],
                        "site_url": SCRIPT}),
    ("concordance.html", {"filters": [("Level", "level", [SCRIPT])]}),
    ("evidence.html", {"finder_summary": SCRIPT}),
])
def test_every_page_template_escapes_what_it_is_given(template, context):
    assert_escaped(render(template, **context))


@pytest.mark.parametrize("macro, args", [
    ("index", ([{"link": "a.html", "title": SCRIPT, "description": SCRIPT}],)),
    ("page", ({"description": SCRIPT}, SCRIPT, [], [SCRIPT], "")),
    ("provinces", ({"columns": ["d"], "rows": [{"en": SCRIPT, "zh": SCRIPT, "d": [SCRIPT]}]}, {"d": SCRIPT},
                   {"d": "d.html"})),
    ("measures", ([{"measure": SCRIPT, "doc": "d", "units": [SCRIPT], "targets": [SCRIPT]}], {}, {"d": "d.html"})),
])
def test_analysis_templates_escape_what_they_are_given(macro, args):
    assert_escaped(render_macro("analyses.html", macro, *args))


def test_methodology_templates_escape_what_they_are_given():
    rows = {"rows": [{"query": SCRIPT, "text": SCRIPT, "rank": None, "found": False, "evidence": [SCRIPT]}]}
    finder = {"test": {"thesaurus": {**rows, "queries": 1, "found": 0, "share": 0.0, "mrr": SCRIPT},
                       "no-thesaurus": {**rows, "queries": 1, "found": 0, "share": 0.0, "mrr": SCRIPT}}}
    assert_escaped(render_macro("methodology.html", "finder", finder, [("test", SCRIPT)]))
    row = {k: SCRIPT for k in ("lang", "label", "support", "precision", "recall", "f1", "overlap_precision",
                               "overlap_recall", "overlap_f1", "target")}
    assert_escaped(render_macro("methodology.html", "quality", {"units": {"zh": {"units": 1, "documents": 1}},
                                                                 "rows": [{**row, "meets_target": False}]}))


def test_escaping_keeps_the_entities_of_the_pages_before_the_templates():
    """Apostrophes and quotes as html.escape writes them, so that the build stays byte-identical."""
    html = render("evidence.html", finder_summary="China's \"list\" & more")
    assert "China&#x27;s &quot;list&quot; &amp; more" in html


def test_template_lines_are_joined_into_a_raw_html_block():
    source = ("<p>One line\nwraps here.</p>\n<ul>\n{% for x in xs %}\n<li>{{ x }}</li>\n{% endfor %}\n</ul>\n\n"
              "<p>next</p>")
    assert join_lines(source) == ("<p>One line wraps here.</p><ul>{% for x in xs %}<li>{{ x }}</li>{% endfor %}</ul>\n"
                                  "<p>next</p>")


def test_navigation_and_home_cards_come_from_the_page_registry():
    from xinyong.site import NAV
    from xinyong.site.pages import REGISTRY, ways_in
    from xinyong.site.pages.analyses import analysis_entries

    paths = [p for item in NAV for value in item.values() for p in ([value] if isinstance(value, str) else value)]
    registered = {p.path for p in REGISTRY.values() if p.path}
    assert set(paths) == registered and len(paths) == len(registered)
    analyses = next(item["Analyses"] for item in NAV if "Analyses" in item)
    assert analyses == ["analyses/index.md", *(e.page for e in analysis_entries())]
    cards = ways_in("index.md")
    assert [c[1] for c in cards] == ["catalog.html", "claims.html", "evidence.html", "concordance.html",
                                     "glossary.html", "analyses/index.html"]


def test_a_new_page_module_reaches_the_navigation_and_the_home_page(monkeypatch):
    from xinyong.site.pages import base

    monkeypatch.setattr(base, "REGISTRY", dict(base.REGISTRY))
    base.register("about", "about.md", nav_title="About", order=95,
                  way_in=base.WayIn("About us", "Who we are", 70))(
        lambda site: base.Page("about.md", "About", "<p></p>"))
    assert base.navigation()[-1] == {"About": "about.md"}
    assert base.ways_in("index.md")[-1] == ("About us", "about.html", "Who we are")


def test_analysis_pages_say_what_they_read(corpus, tmp_path):
    from xinyong.analyze.data import AnnotatedCorpus
    from xinyong.site.pages import SiteBuilder

    builder = SiteBuilder(AnnotatedCorpus(corpus, tmp_path), tmp_path, "https://example.org/copy/")
    for name in ("timeline", "mou-network"):
        body = builder.page(f"analyses/{name}.md").body
        assert "catalog records" in body and "Digests: digests included" not in body
    for name in ("reuse", "provinces"):
        assert "Reads the Chinese texts of the local regulations" in builder.page(f"analyses/{name}.md").body
    assert "Digests: digests left out" in builder.page("analyses/keyness.md").body
    downloads = builder.page("downloads.md").body
    assert "<code>https://example.org/copy/</code>" in downloads and "--site-url" in downloads
    assert 'href="downloads.html#site-url"' in builder.page("index.md").body


def test_a_registered_analysis_with_a_page_reaches_the_navigation_and_the_analyses_index(monkeypatch, corpus,
                                                                                           tmp_path):
    """An analysis declared only in the registry (monkeypatched here) gets a page in the navigation's
    Analyses section, a line on the analyses index and a page with its chart and data."""
    from xinyong import analyze
    from xinyong.analyze.data import AnnotatedCorpus
    from xinyong.analyze.registry import Analysis, Chart
    from xinyong.site.pages import SiteBuilder, base
    from xinyong.site.pages.analyses import analyses_index, analysis_entries, analysis_page, register_analysis_pages

    dummy = Analysis("dummy-counts", "Dummy counts <b>", "Counts of dummies, one per document.",
                     lambda data, folder: [],
                     page="analyses/dummy-counts.md", order=500, nav_order=1,
                     charts=(Chart("dummy-counts.svg", "Dummies <i>counted</i>.", ("dummy-counts.csv",)),),
                     data=("dummy-counts.csv", "dummy-counts-*.json"), reads="Reads nothing but the catalog.")
    monkeypatch.setattr(analyze, "ANALYSES", {**analyze.ANALYSES, dummy.name: dummy})
    monkeypatch.setattr(base, "REGISTRY", dict(base.REGISTRY))
    register_analysis_pages()

    assert analysis_entries()[0].name == "dummy-counts"  # nav_order 1 puts it before the timeline (5)
    analyses = next(item["Analyses"] for item in base.navigation() if "Analyses" in item)
    assert analyses[:3] == ["analyses/index.md", "analyses/dummy-counts.md", "analyses/timeline.md"]
    folder = tmp_path / "analysis"
    folder.mkdir()
    for name in ("dummy-counts.svg", "dummy-counts.csv", "dummy-counts-b.json", "dummy-counts-a.json"):
        (folder / name).write_text("<svg/>" if name.endswith(".svg") else "x", encoding="utf-8")
    site = SiteBuilder(AnnotatedCorpus(corpus, tmp_path), tmp_path, "https://example.org/")
    index = analyses_index(site).body
    assert 'href="dummy-counts.html">Dummy counts &lt;b&gt;</a>' in index
    assert index.index("dummy-counts.html") < index.index("timeline.html")
    page = analysis_page(site, analysis_entries()[0])
    assert page.path == "analyses/dummy-counts.md" and "Reads nothing but the catalog." in page.body
    assert 'src="../analysis/dummy-counts.svg"' in page.body and "Dummies &lt;i&gt;counted&lt;/i&gt;." in page.body
    shown = [name for name in ("dummy-counts.csv", "dummy-counts-a.json", "dummy-counts-b.json") if name in page.body]
    assert shown == ["dummy-counts.csv", "dummy-counts-a.json", "dummy-counts-b.json"]
    assert page.body.index("dummy-counts-a.json") < page.body.index("dummy-counts-b.json")


def test_the_document_legend_comes_from_the_label_table(corpus, tmp_path):
    """The layer toggles on a document page are the label table's, in its legend order."""
    import re

    from xinyong.analyze.data import AnnotatedCorpus
    from xinyong.labels import legend_entries
    from xinyong.site.pages import SiteBuilder

    site = SiteBuilder(AnnotatedCorpus(corpus, tmp_path), tmp_path, "https://example.org/")
    body = site.page(f"docs/{sorted(corpus.originals)[0]}.md").body
    toggles = re.findall(r'data-toggle="([^"]+)"> <span class="[^"]+">([^<]+)</span>', body)
    assert toggles == legend_entries() and len(toggles) >= 10
