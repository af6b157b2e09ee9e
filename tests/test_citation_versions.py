"""A law cited by its bare title resolves to the version in force at the citing document's date
(issue 19): on a written history, on the real catalog's Civil Procedure Law (2007, 2012, 2017, 2021
and 2023 versions) in Chinese and English, in the real Administrative Penalty Law of 2021, and for a
text of our own gold sets dated by its gold file. The sentences are written for the tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from xinyong.annotate.pipeline import annotate_document, annotate_units
from xinyong.annotate.resources import in_force_date, resolve_version
from xinyong.errors import ProblemList

# a law adopted in 2012, 2017 and 2021, each version taking effect some months after its adoption
HISTORY = "law-2012|law-2017|law-2021"
IN_FORCE = {"law-2012": "2013-01-01", "law-2017": "2017-07-01", "law-2021": "2022-01-01"}


@pytest.mark.parametrize(("citing_date", "version"), [
    ("2021-01-22", "law-2017"),
    ("2013-07-01", "law-2012"),
    ("2022-05-26", "law-2021"),
    ("2021-12-30", "law-2017"),  # the 2021 version is adopted but not yet in force
    ("2017-07-01", "law-2017"),  # in force on the day it takes effect
    ("2017-06", "law-2012"),     # a month: compared at the month's precision
    ("2017-07", "law-2017"),     # a version taking effect within the citing month counts
    ("2017", "law-2017"),        # a year: likewise
    ("2012-10-01", "law-2012"),  # before any catalogued version took effect: the earliest
    (None, "law-2021"),          # an undated text: the law as it now stands
])
def test_the_version_in_force_on_the_citing_date(citing_date, version):
    assert resolve_version(HISTORY, citing_date, IN_FORCE) == version


def test_a_draft_is_never_the_version_in_force():
    # a revision draft published in 2025 without a date of its own (status draft: in_force_date None)
    history, in_force = "draft-2025|rules-2021", {"draft-2025": None, "rules-2021": "2021-09-01"}
    assert resolve_version(history, "2021-09", in_force) == "rules-2021"
    assert resolve_version(history, "2026-01-01", in_force) == "rules-2021"
    assert resolve_version(history, None, in_force) == "rules-2021"
    assert in_force_date({"status": "draft", "date_published": "2025-10-09"}) is None


def test_a_single_id_or_none_passes_through():
    assert resolve_version("law-2017", "2010-01-01", IN_FORCE) == "law-2017"
    assert resolve_version(None, "2010-01-01", IN_FORCE) is None


def test_a_version_counts_from_its_entry_into_force_else_from_its_date():
    assert in_force_date({"date_issued": "2017-06-27", "date_effective": "2017-07-01"}) == "2017-07-01"
    assert in_force_date({"date_issued": "2007-10-28", "date_effective": None}) == "2007-10-28"
    assert in_force_date({"date_issued": None, "date_published": None, "date_effective": None}) == ""


# catalogued citing documents and the Civil Procedure Law in force on their dates
CITING = [("spc-high-consumption-restrictions-2010", "civil-procedure-law-2007"),  # 2010-05
          ("spc-dishonest-judgment-debtor-list-2013", "civil-procedure-law-2012"),  # 2013
          ("administrative-penalty-law-2021", "civil-procedure-law-2017"),  # 2021-01-22
          ("hunan-social-credit-regulation-2022", "civil-procedure-law-2021")]  # 2022-05-26
SENTENCES = {"zh": "依照《中华人民共和国民事诉讼法》的有关规定送达。",
             "en": "It shall be served in accordance with the \"Civil Procedure Law of the People's Republic of China\".",
             "en-plain": "Courts apply the Civil Procedure Law of the People's Republic of China to service."}


@pytest.mark.parametrize(("doc_id", "version"), CITING)
@pytest.mark.parametrize("form", sorted(SENTENCES))
def test_a_bare_title_on_the_real_catalog_follows_the_citing_date(doc_id, version, form):
    records, _ = annotate_units([("u1", SENTENCES[form])], form[:2], doc_id)
    assert [r["norm"] for r in records if r["label"] == "CITATION"] == [version]


@pytest.mark.needs_sources
def test_the_administrative_penalty_law_cites_the_2017_amendment(source_files):
    from xinyong.structure import parse_file

    path = next(p for p in source_files if p.name.startswith("administrative-penalty-law-2021"))
    cited = {(r["unit"], r["norm"]) for r in annotate_document(parse_file(path))
             if r["label"] == "CITATION" and "民事诉讼法" in r["text"]}
    assert cited == {("art-61.p1", "civil-procedure-law-2017")}


def _own_text_set(folder: Path, date_line: str) -> Path:
    (folder / "texts").mkdir(parents=True)
    (folder / "texts" / "dated-notice.zh.md").write_text(
        "# 某市关于送达工作的通知\n\n第一条 依照《中华人民共和国民事诉讼法》的有关规定送达。\n", encoding="utf-8")
    (folder / "dated-notice.zh.yaml").write_text(
        f"doc: dated-notice\nlang: zh\n{date_line}units:\n  art-1.p1:\n    spans:\n"
        "      - {t: 《中华人民共和国民事诉讼法》, l: CITATION, n: civil-procedure-law-2017}\n", encoding="utf-8")
    return folder


def _load(folder: Path):
    from xinyong.annotate.own_text_gold import GoldSetCodes, load_own_text_gold

    codes = GoldSetCodes(empty="E298", no_text="E298", unit="E299", sha="E299", span="E299")
    return load_own_text_gold(folder, "zh", codes, lambda doc, lang, unit: "train")


@pytest.mark.parametrize(("date_line", "version"), [("date: 2018-04-10\n", "civil-procedure-law-2017"),
                                                    ("date: '2013-06'\n", "civil-procedure-law-2012"),
                                                    ("", "civil-procedure-law-2023")])
def test_an_own_text_gold_file_dates_its_text(tmp_path, date_line, version):
    from xinyong.annotate.gold import predict

    units = _load(_own_text_set(tmp_path, date_line))
    predicted = predict(units, "zh")[("dated-notice", "zh", "art-1.p1")]
    assert [norm for _, _, label, norm in predicted if label == "CITATION"] == [version]


def test_a_gold_date_that_is_not_a_date_is_e305(tmp_path):
    with pytest.raises(ProblemList) as raised:
        _load(_own_text_set(tmp_path, "date: 2018-02-30\n"))
    assert raised.value.code == "E305" and "dated-notice.zh.yaml:3" in str(raised.value)
