"""The parallel corpus export: TMX 1.4b checked against a DTD and read back by translate-toolkit's
TMX reader, and the plain text pair with its ids file."""
from __future__ import annotations

import json

import pytest
from lxml import etree

from conftest import FIXTURES

from xinyong.export_parallel import STEM, aligned_pairs, tmx_document, write_parallel


@pytest.fixture(scope="module")
def written(corpus, tmp_path_factory):
    folder = tmp_path_factory.mktemp("data")
    (folder / "datapackage.json").write_text(json.dumps({"name": "xinyong", "resources": []}), encoding="utf-8")
    summary = write_parallel(corpus, folder)
    return folder, summary


def test_one_translation_unit_per_aligned_unit(corpus, written):
    folder, summary = written
    pairs = aligned_pairs(corpus)
    expected = sum(1 for doc_id, translation in corpus.translations.items()
                   for unit in corpus.originals[doc_id].leaves()
                   if unit.id in translation.unit_map() and translation.unit_map()[unit.id].text.strip())
    assert summary["units"] == len(pairs) == expected > 1500
    assert {doc for doc, *_ in pairs} == set(corpus.translations)  # every translation, no digest
    shanghai = {unit: en for doc, unit, zh, en in pairs if doc == "shanghai-social-credit-regulation-2017"}
    assert shanghai["art-30.p1"].startswith("With respect to trust-breaking subjects that violate statutory obligations or")


def test_tmx_is_valid_against_the_tmx_1_4b_dtd(written):
    folder, _ = written
    dtd = etree.DTD(str(FIXTURES / "tmx14-subset.dtd"))
    tree = etree.parse(str(folder / "parallel" / f"{STEM}.tmx"))
    assert dtd.validate(tree), dtd.error_log.filter_from_errors()
    header = tree.getroot().find("header")
    assert header.get("srclang") == "zh" and header.get("segtype") == "paragraph"
    first = tree.getroot().find("body/tu")
    props = {p.get("type"): p.text for p in first.findall("prop")}
    assert first.get("tuid") == f"{props['x-doc']}:{props['x-unit']}"
    assert [t.get("{http://www.w3.org/XML/1998/namespace}lang") for t in first.findall("tuv")] == ["zh", "en"]


def test_the_dtd_rejects_a_tmx_without_required_parts():
    dtd = etree.DTD(str(FIXTURES / "tmx14-subset.dtd"))
    good = etree.fromstring(tmx_document([("d", "art-1.p1", "第一段", "First paragraph")]))
    assert dtd.validate(good)
    good.find("header").attrib.pop("srclang")
    assert not dtd.validate(good)
    broken = etree.fromstring(tmx_document([("d", "art-1.p1", "第一段", "First paragraph")]))
    broken.find("body/tu/tuv").attrib.clear()  # a tuv without xml:lang
    assert not dtd.validate(broken)


def test_translate_toolkit_reads_the_tmx(corpus, written):
    from translate.storage import tmx

    folder, _ = written
    store = tmx.tmxfile.parsefile(str(folder / "parallel" / f"{STEM}.tmx"))
    pairs = aligned_pairs(corpus)
    assert len(store.units) == len(pairs)
    by_id = {unit.getid(): unit for unit in store.units}
    doc, unit_id, chinese, english = next(p for p in pairs if p[0] == "personal-information-protection-law-2021"
                                          and p[1] == "art-66.p1")
    read = by_id[f"{doc}:{unit_id}"]
    assert read.source == chinese and read.target == english
    assert "confiscate illegal gains" in read.target


def test_markup_and_ampersands_in_text_survive_as_text():
    from translate.storage import tmx

    data = tmx_document([("d", "u1", "<script>alert(1)</script> & 第一条", "A & B <b>")])
    assert b"<script>" not in data and b"&lt;script&gt;" in data
    store = tmx.tmxfile(data)
    assert store.units[0].source == "<script>alert(1)</script> & 第一条" and store.units[0].target == "A & B <b>"


def test_text_pair_and_ids_line_up(corpus, written):
    folder, _ = written
    zh = (folder / "parallel" / f"{STEM}.zh").read_text(encoding="utf-8").split("\n")[:-1]
    en = (folder / "parallel" / f"{STEM}.en").read_text(encoding="utf-8").split("\n")[:-1]
    ids = [line.split("\t") for line in (folder / "parallel" / f"{STEM}.ids").read_text(encoding="utf-8").split("\n")[:-1]]
    pairs = aligned_pairs(corpus)
    assert len(zh) == len(en) == len(ids) == len(pairs)
    index = ids.index(["shanghai-social-credit-regulation-2017", "art-2.p2"])
    source = corpus.originals["shanghai-social-credit-regulation-2017"].unit("art-2.p2").text
    assert zh[index] == source and en[index].startswith("Social credit information, as used in these Regulations")
    assert all(line.strip() and "\t" not in line for line in zh + en)


def test_listed_in_the_data_package_and_byte_identical_when_rewritten(corpus, written, tmp_path):
    folder, _ = written
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    paths = {r["path"] for r in package["resources"]}
    assert {f"parallel/{STEM}.{ext}" for ext in ("tmx", "zh", "en", "ids")} <= paths
    (tmp_path / "datapackage.json").write_text(json.dumps({"resources": []}), encoding="utf-8")
    write_parallel(corpus, tmp_path)
    for ext in ("tmx", "zh", "en", "ids"):
        assert (tmp_path / "parallel" / f"{STEM}.{ext}").read_bytes() == (folder / "parallel" / f"{STEM}.{ext}").read_bytes()
