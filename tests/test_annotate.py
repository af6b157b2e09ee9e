"""The annotation pipeline on real sentences and on the twelve texts."""
from __future__ import annotations

import json
import re

import jieba

from xinyong.annotate.pipeline import annotate_document, annotate_units, load_userdict
from xinyong.annotate.resources import userdict_lines
from xinyong.locations import corpus_dir
from xinyong.structure import parse_file


def labels(text: str, lang: str, label: str | None = None) -> list[tuple[str, str, str | None]]:
    found, _ = annotate_units([("u", text)], lang, "test")
    return [(r["label"], r["text"], r["norm"]) for r in found if label is None or r["label"] == label]


def test_every_title_and_document_number_in_the_twelve_texts_is_found(source_files):
    # An independent scan: every 《…》 in the bodies, and every 〔year〕N号 or 令第N号 pattern.
    for path in source_files:
        document = parse_file(path)
        found = annotate_document(document)
        for unit in document.units:
            if unit.kind == "article":
                continue
            titles = [m.group(0) for m in re.finditer(r"《[^《》]+》", unit.text)]
            got = [r["text"] for r in found if r["unit"] == unit.id and r["label"] == "CITATION"]
            assert got == titles, (path.name, unit.id)
            numbers = [m.group(0) for m in re.finditer(r"〔\d{4}〕\d+号|令第\d+号", unit.text)]
            got_numbers = [r["text"] for r in found if r["unit"] == unit.id and r["label"] == "DOCNO"]
            assert all(any(n in g for g in got_numbers) for n in numbers), (path.name, unit.id)


def test_citations_resolve_to_the_version_in_force():
    found = labels("根据《中华人民共和国民事诉讼法》的规定", "zh", "CITATION")
    # an uncatalogued, undated text: the law as it now stands (tests/test_citation_versions.py has the dated cases)
    assert found == [("CITATION", "《中华人民共和国民事诉讼法》", "civil-procedure-law-2023")]
    high = parse_file(corpus_dir().parent / "corpus" / "translations" / "spc-high-consumption-restrictions-2010.en.md", "en")
    cited = {r["norm"] for r in annotate_document(high) if r["label"] == "CITATION"}
    assert cited == {"civil-procedure-law-2007"}  # the 2010 provisions cite the 2007 text


def test_document_numbers_in_all_spellings():
    for text, canonical in (("国发〔2014〕21号", "国发〔2014〕21号"), ("国发[2014]21号", "国发〔2014〕21号"),
                            ("国办发（2019）35号", "国办发〔2019〕35号"), ("(2014)21号", "〔2014〕21号"),
                            ("中华人民共和国国务院令第631号", "中华人民共和国国务院令第631号")):
        assert ("DOCNO", text, canonical) in labels(text + "。", "zh", "DOCNO"), text
    assert labels("under Guofa [2014] No. 21.", "en", "DOCNO") == [("DOCNO", "Guofa [2014] No. 21", "国发〔2014〕21号")]
    assert labels("(Guo Ban Fa [2019] No. 35)", "en", "DOCNO")[0][2] == "国办发〔2019〕35号"


def test_nothing_but_the_citation_inside_a_title():
    text = "依照《关于不得擅自设立限制高消费措施的通知》（国发〔2016〕33号）执行，有关部门不得拒绝。"
    found = labels(text, "zh")
    prohibitions = [t for label, t, _ in found if label == "PROHIBITION"]
    assert prohibitions == ["不得"]  # the one outside the title
    assert not any(label == "MEASURE" and "高消费" in t for label, t, _ in found)
    assert ("DOCNO", "国发〔2016〕33号", "国发〔2016〕33号") in found  # 文号 next to the title


def test_dates_partial_and_full():
    assert labels("本条例自2017年10月1日起施行", "zh", "DATE") == [("DATE", "2017年10月1日", "2017-10-01")]
    assert labels("2014年6月印发", "zh", "DATE") == [("DATE", "2014年6月", "2014-06")]
    assert labels("每年1月1日至6月30日", "zh", "DATE") == [("DATE", "1月1日", "--01-01"), ("DATE", "6月30日", "--06-30")]
    assert labels("effective on 1 October 2017 and revised in June 2014", "en", "DATE") == [
        ("DATE", "1 October 2017", "2017-10-01"), ("DATE", "June 2014", "2014-06")]
    assert labels("within three years", "en", "DATE") == []


def test_deontic_modality_in_both_languages():
    found = labels("信用服务机构应当建立制度，不得采集个人隐私，可以依法查询。", "zh")
    assert [(label, t) for label, t, _ in found if label in ("OBLIGATION", "PROHIBITION", "PERMISSION")] == [
        ("OBLIGATION", "应当"), ("PROHIBITION", "不得"), ("PERMISSION", "可以")]
    found = labels("Agencies shall keep records and shall not collect income data; they may query it. "
                   "No organization or individual may infringe these rights.", "en")
    assert [(label, t) for label, t, _ in found if label in ("OBLIGATION", "PROHIBITION", "PERMISSION")] == [
        ("OBLIGATION", "shall"), ("PROHIBITION", "shall not"), ("PERMISSION", "may"), ("PROHIBITION", "may")]
    assert labels("不可抗力和可能的损失", "zh", "PERMISSION") == []


def test_measures_and_targets_on_real_provisions(sources):
    document = parse_file(sources / "zh" / "shandong-social-credit-regulation-2020.md")
    found = annotate_document(document)
    measures = {(r["unit"], r["norm"]) for r in found if r["label"] == "MEASURE"}
    assert ("art-30.p1.i6", "air-travel-restriction") in measures
    assert ("art-30.p1.i5", "procurement-exclusion") in measures
    assert ("art-30.p1.i3", "financing-restriction") in measures
    targets = {(r["unit"], r["norm"]) for r in found if r["label"] == "TARGET"}
    assert ("art-30.p1", "credit-subject") in targets
    english = parse_file(corpus_dir() / "translations" / "shandong-social-credit-regulation-2020.en.md", "en")
    english_measures = {(r["unit"], r["norm"]) for r in annotate_document(english) if r["label"] == "MEASURE"}
    assert ("art-30.p1.i6", "air-travel-restriction") in english_measures


def test_terms_and_agencies():
    found = labels("最高人民法院将失信被执行人纳入失信被执行人名单，国家发展改革委会同有关部门联合惩戒。", "zh")
    terms = [(t, n) for label, t, n in found if label == "TERM"]
    assert ("失信被执行人名单", "list-of-trust-breaking-judgment-debtors") in terms
    assert ("失信被执行人", "trust-breaking-judgment-debtor") in terms
    assert ("联合惩戒", "joint-punishment") in terms
    agencies = [(t, n) for label, t, n in found if label == "AGENCY"]
    assert agencies == [("最高人民法院", "spc"), ("国家发展改革委", "ndrc")]
    assert ("AGENCY", "NDRC", "ndrc") in labels("The NDRC and the People's Bank of China", "en")
    # a finance department named by function (a local body since issue 19), not the Ministry of Finance
    assert labels("财政部门负责", "zh", "AGENCY") == [("AGENCY", "财政部门", "local:department")]


def test_offsets_point_into_the_unit_text_and_output_is_deterministic(sources):
    document = parse_file(sources / "zh" / "henan-social-credit-regulation-2019.md")
    first = annotate_document(document)
    texts = {u.id: u.text for u in document.units}
    for record in first:
        assert texts[record["unit"]][record["start"]:record["end"]] == record["text"]
    assert json.dumps(first, ensure_ascii=False) == json.dumps(annotate_document(document), ensure_ascii=False)


def test_jieba_keeps_every_glossary_term_and_agency_whole():
    load_userdict(corpus_dir())
    words = [line.split(" ")[0] for line in userdict_lines(corpus_dir())]
    assert len(words) > 300
    split = [w for w in words if jieba.lcut(w, HMM=False) != [w]]
    assert split == []


def test_cli_annotate_contract(sources):
    from click.testing import CliRunner

    from xinyong.cli import main

    result = CliRunner().invoke(main, ["annotate", str(sources / "zh" / "spc-high-consumption-restrictions-2010.md"),
                                       "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows and set(rows[0]) == {"doc", "unit", "lang", "start", "end", "label", "text", "norm"}
    assert rows[0]["doc"] == "spc-high-consumption-restrictions-2010"


def test_build_writes_annotations_and_docbins(built):
    from spacy.tokens import DocBin

    import spacy

    path = built / "annotations" / "shanghai-social-credit-regulation-2017.zh.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert {r["label"] for r in rows} >= {"TERM", "OBLIGATION", "MEASURE", "TARGET", "DATE"}
    [doc] = list(DocBin().from_bytes((built / "annotations" / "shanghai-social-credit-regulation-2017.zh.spacy")
                                     .read_bytes()).get_docs(spacy.blank("zh").vocab))
    units = {unit: doc[start:end] for unit, start, end in doc.user_data["units"]}
    assert {r["unit"] for r in rows} <= set(units)
    assert units["art-31.p1.i1"].text.startswith("（一）限制进入相关市场")
    labels = {span.label_ for span in doc.spans["xinyong"]}
    assert {"TERM", "MEASURE", "OBLIGATION"} <= labels


def test_incremental_rebuild_reannotates_only_what_changed(built, tmp_path):
    import shutil

    from xinyong.annotate.run import annotate_corpus
    from xinyong.corpus import load_corpus

    out = tmp_path / "build"
    shutil.copytree(built / "annotations", out / "annotations")
    corpus = load_corpus()
    assert annotate_corpus(corpus, out, workers=1)["annotated"] == 0
    document = corpus.originals["henan-social-credit-regulation-2019"]
    document.units[-1].text += "本条例自公布之日起施行。"
    stats = annotate_corpus(corpus, out, workers=1)
    assert stats["annotated"] == 1 and stats["reused"] == len(corpus.originals) + len(corpus.documents("en")) - 1
