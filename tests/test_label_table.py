"""The label table (corpus/labels.yaml) is the one definition of the annotation labels: a label
added to a copy of the table, with a small component of its own, shows in the pipeline's records,
the evaluation's rows, the JSON and DocBin annotations, the TEI taxonomy and the site's classes and
layer toggles, with no other file changed."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from lxml import etree
from spacy.language import Language
from spacy.tokens import DocBin

from xinyong import labels
from xinyong.annotate.components import add_records, doc_text
from xinyong.errors import XinyongError

ROOT = Path(__file__).resolve().parent.parent
CSS = ROOT / "site" / "assets" / "xinyong.css"
DUMMY_COMPONENT = "xinyong_test_dummy"
DUMMY = {"name": "DUMMY", "languages": ["zh"], "component": DUMMY_COMPONENT, "css_class": "xy-dummy",
         "toggle": "dummy layer", "legend": 11, "description": "A label added by a test", "evaluated": True,
         "goal": 0.5}
# Written for this test: the dummy component marks every 信用.
TEXT = "国家建立健全社会信用体系，对守信者予以激励，对失信者依法惩戒，信用信息依法公开。"


def _mark_credit(doc):
    add_records(doc, [(m.start(), m.end(), "DUMMY", "credit") for m in re.finditer("信用", doc_text(doc))])
    return doc


if not Language.has_factory(DUMMY_COMPONENT):
    Language.factory(DUMMY_COMPONENT, default_config={"corpus": None})(lambda nlp, name, corpus: _mark_credit)


@pytest.fixture
def dummy_project(project):
    """A project copy whose label table alone has one more label (and its component in the list)."""
    path = project / "corpus" / "labels.yaml"
    table = yaml.safe_load(path.read_text(encoding="utf-8"))
    table["labels"].append(DUMMY)
    table["pipeline"].append(DUMMY_COMPONENT)
    path.write_text(yaml.safe_dump(table, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return project


def test_table_lists_the_labels_the_pipeline_has_always_had():
    assert labels.label_names() == ("TERM", "AGENCY", "CITATION", "DOCNO", "DATE", "OBLIGATION", "PROHIBITION",
                                    "PERMISSION", "MEASURE", "TARGET")
    assert labels.component_order("zh")[0] == "xinyong_citations"  # the others skip cited titles
    assert labels.get_label("MEASURE").goal == 0.80


def test_every_label_has_a_colour_rule_and_a_layer_off_rule():
    css = CSS.read_text(encoding="utf-8")
    for label in labels.label_table().labels.values():
        cls = label.css_class
        assert re.search(rf"(^|[\s,}}]){re.escape('.' + cls)}\s*[,{{]", css, re.M), f"no colour rule for .{cls}"
        assert f".xy-off-{cls} .{cls}" in css, f"the layer toggle cannot switch .{cls} off"


def test_a_dummy_label_reaches_pipeline_evaluation_exports_and_site(dummy_project, corpus, monkeypatch):
    from xinyong.analyze.data import AnnotatedCorpus
    from xinyong.annotate import evaluate as evaluation
    from xinyong.annotate.pipeline import annotate_units
    from xinyong.annotate.run import _annotate_job
    from xinyong.export import tei_document
    from xinyong.site.html import highlight

    assert "DUMMY" in labels.label_names()
    # pipeline
    found, _ = annotate_units([("art-1", TEXT)], "zh", "test-doc")
    dummy = [r for r in found if r["label"] == "DUMMY"]
    assert [(r["start"], r["text"]) for r in dummy] == [(m.start(), "信用") for m in re.finditer("信用", TEXT)]
    assert "TERM" in {r["label"] for r in found}  # the other components still run
    english, _ = annotate_units([("art-1", "The State builds a social credit system.")], "en", "test-doc")
    assert not any(r["label"] == "DUMMY" for r in english)  # the row says zh only

    # evaluation: a gold unit with one of the two spans; the second is an extra
    gold = evaluation.GoldUnit("test-doc", "zh", "art-1", TEXT, "test",
                               [(dummy[0]["start"], dummy[0]["end"], "DUMMY", "credit")])
    monkeypatch.setattr(evaluation, "load_gold", lambda corpus, skipped=None: [gold])
    monkeypatch.setattr(evaluation, "written_zh_for_split", lambda split: [])  # only the unit above
    rows = {row["label"]: row for row in evaluation.evaluate(corpus, "test", ("zh",))["rows"]}
    assert rows["DUMMY"]["support"] == 1 and rows["DUMMY"]["recall"] == 1.0 and rows["DUMMY"]["precision"] == 0.5
    assert rows["DUMMY"]["target"] == 0.5 and rows["DUMMY"]["meets_target"] is True

    # exports: the JSON lines and the DocBin written per document, and the TEI taxonomy
    _, _, lines, docbin = _annotate_job(("test-doc", "zh", [("art-1", TEXT)]))
    assert sum('"label":"DUMMY"' in line.replace(" ", "") for line in lines.splitlines()) == len(dummy)
    doc = next(DocBin().from_bytes(docbin).get_docs(Language().vocab))
    assert [span.text for span in doc.spans["xinyong"] if span.label_ == "DUMMY"] == ["信用"] * len(dummy)
    doc_id, unit = next((d, u) for d, parsed in sorted(corpus.originals.items()) for u in parsed.units
                        if "信用" in u.text)
    records, _ = annotate_units([(unit.id, unit.text)], "zh", doc_id)
    records = [r for r in records if r["label"] == "DUMMY"]
    data = AnnotatedCorpus(corpus, dummy_project / "build", "all", {(doc_id, "zh"): records, (doc_id, "en"): []})
    tei = etree.fromstring(tei_document(data, doc_id).encode("utf-8"))
    ns = {"tei": "http://www.tei-c.org/ns/1.0"}
    category = tei.find(".//tei:category[@{http://www.w3.org/XML/1998/namespace}id='label-DUMMY']", ns)
    assert category is not None and category.findtext("tei:catDesc", namespaces=ns) == DUMMY["description"]
    assert len(tei.findall(".//tei:annotation[@ana='#label-DUMMY']", ns)) == len(records)

    # site: the highlight class and the layer toggle
    html = highlight(TEXT, dummy, {}, {}, {}, {})
    assert html.count('class="xy-dummy"') == len(dummy) and 'data-gloss="dummy: credit"' in html
    assert labels.legend_entries()[-1] == ("xy-dummy", "dummy layer")
    from xinyong.site.pages import SiteBuilder

    page = SiteBuilder(data, dummy_project / "build", "https://example.org/").page(f"docs/{doc_id}.md").body
    assert len(re.findall(r'class="[^"]*\bxy-dummy\b', page)) >= 1 + len(records)  # the toggle and the spans
    assert 'data-toggle="xy-dummy"> <span class="xy-dummy">dummy layer</span>' in page


def test_a_broken_table_is_a_numbered_error(project):
    path = project / "corpus" / "labels.yaml"
    table = yaml.safe_load(path.read_text(encoding="utf-8"))
    table["labels"].append(dict(DUMMY))  # its component is not in the pipeline list
    path.write_text(yaml.safe_dump(table, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(XinyongError) as raised:
        labels.label_table()
    message = str(raised.value)
    assert raised.value.code == "E170" and "labels.yaml" in message and "not in the pipeline" in message
    with pytest.raises(XinyongError) as unknown:
        labels.get_label("NOPE", ROOT / "corpus")
    assert unknown.value.code == "E171" and "MEASURE" in str(unknown.value)


def test_validate_reports_a_broken_table(project):
    from xinyong.validate import validate

    path = project / "corpus" / "labels.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("css_class: xy-measure", "css_class: measure"),
                    encoding="utf-8")
    problems = [p.render() for p in validate().problems]
    assert any(p.startswith("E004") and "labels.yaml" in p and "css_class" in p for p in problems), problems
