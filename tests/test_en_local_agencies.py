"""Issue 16: English AGENCY for state bodies named by level and function (GUIDELINES.md, "Local bodies in
English"), on sentences we wrote in the styles of other translators (not taken from any gold text)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from xinyong.annotate.en_local_agencies import load_en_local_agencies
from xinyong.annotate.local_agencies import words
from xinyong.annotate.pipeline import annotate_units
from xinyong.errors import XinyongError
from xinyong.locations import corpus_dir

pytestmark = pytest.mark.rules_only  # the rules alone: see tests/conftest.py


def found(text: str, label: str = "AGENCY", kind: str | None = None) -> list[tuple[str, str | None]]:
    records, _ = annotate_units([("u", text)], "en", "test")
    return [(r["text"], r["norm"]) for r in records if r["label"] == label and (kind is None or r["norm"] == kind)]


def test_a_department_named_with_its_government_is_one_body_of_the_department_type():
    text = ("Education departments of local people's governments at or above the county level shall keep the "
            "records; the development and reform department of the people's government at the next higher level "
            "shall review them.")
    assert found(text) == [
        ("Education departments of local people's governments at or above the county level", "local:department"),
        ("development and reform department of the people's government at the next higher level",
         "local:credit-department")]
    # TARGET keeps its two head nouns, as before (the guideline: AGENCY one span, TARGET two)
    targets = found(text, "TARGET", "government-body")
    assert ("local people's governments at or above the county level", "government-body") in targets
    assert not any(t.startswith("Education departments of") for t, _ in targets)


def test_level_words_governments_courts_and_procuratorates():
    assert found("Provincial and municipal market regulation bureaus and the county tax service shall act.") == [
        ("Provincial and municipal market regulation bureaus", "local:market-regulation-department"),
        ("county tax service", "local:department")]
    assert found("All provincial, regional and municipal people's governments and governments at all levels "
                 "shall support the work; the city government shall report.") == [
        ("provincial, regional and municipal people's governments", "local:government"),
        ("governments at all levels", "local:government"), ("city government", "local:government")]
    # a court keeps its own name's place ("of Qinghe City"), not "at all levels"
    assert found("The Higher People's Court of Qinghe City and people's courts at all levels may publish the list; "
                 "the court shall notify the procuratorate.") == [
        ("Higher People's Court of Qinghe City", "local:court"), ("people's courts", "local:court"),
        ("court", "local:court"), ("procuratorate", "local:procuratorate")]


def test_regulators_and_authorities_named_by_function():
    assert found("Banking and insurance regulators, judicial authorities and market regulators shall share the "
                 "list with governments of all levels.") == [
        ("Banking and insurance regulators", "local:department"), ("judicial authorities", "local:department"),
        ("market regulators", "local:market-regulation-department"), ("governments of all levels", "local:government")]


def test_head_first_names_and_a_curly_apostrophe():
    text = "the department in charge of social credit work at or above the county level informs the people’s court"
    assert found(text) == [("department in charge of social credit work at or above the county level",
                            "local:credit-department"), ("people’s court", "local:court")]


def test_each_function_of_a_shared_head_is_one_body_and_the_head_is_none():
    assert found("It is shared with the public security, civil affairs, housing and urban-rural development and "
                 "science and technology departments.") == [
        ("public security", "local:department"), ("civil affairs", "local:department"),
        ("housing and urban-rural development", "local:department"), ("science and technology", "local:department")]
    assert found("development and reform, banking supervision and other departments") == [
        ("development and reform", "local:credit-department"), ("banking supervision", "local:department")]
    # the head before the list ("departments, including ...")
    assert found("Several departments, including finance, industry and commerce and customs, shall cooperate.") == [
        ("finance", "local:department"), ("industry and commerce", "local:market-regulation-department"),
        ("customs", "local:department")]
    # one function whose name holds "and" is not a list of two ("culture and tourism")
    assert found("The culture and tourism departments shall act.") == [
        ("culture and tourism departments", "local:department")]


def test_a_national_body_named_by_function_takes_its_listed_id():
    assert found("rules made by the national cyberspace department") == [("national cyberspace department", "cac")]
    assert found("approved by the credit reporting industry supervision and administration department of the "
                 "State Council") == [
        ("credit reporting industry supervision and administration department of the State Council", "pboc")]
    assert found("the administrative department for industry and commerce under the State Council") == [
        ("administrative department for industry and commerce under the State Council", "saic")]
    assert found("penalties given by the civil aviation authority") == [("civil aviation authority", "caac")]
    assert found("the relevant departments of the State Council") == [("State Council", "state-council")]


def test_generic_descriptions_and_modifiers_are_not_agencies():
    text = ("Relevant departments, the competent department, the authorities, county departments, state organs and "
            "administrative organs shall act; government procurement and court rulings are not bodies, nor is the "
            "licensing authority.")
    assert found(text) == []
    assert found("endangering public security and public security administration penalties") == []
    assert found("to protect judicial authority") == []  # a power, not the judicial authorities


def test_the_function_table_is_shared_with_chinese():
    data = yaml.safe_load((corpus_dir() / "patterns" / "local-agencies.yaml").read_text(encoding="utf-8"))
    department = next(t for t in data["types"] if t["id"] == "local:department")
    assert "公安" in words(department["functions"]) and "public security" in words(department["functions"], "en")
    assert "卫生" in words(department["functions"])  # Chinese alone
    assert "personal information protection" in words(department["functions"], "en")  # English alone
    assert "personal information protection" not in words(department["functions"])
    # the Chinese side reads the same table as before
    records, _ = annotate_units([("u", "公安、财政等有关部门和国务院工商行政管理部门")], "zh", "test")
    assert [(r["text"], r["norm"]) for r in records if r["label"] == "AGENCY"] == [
        ("公安", "local:department"), ("财政", "local:department"), ("国务院工商行政管理部门", "saic")]


@pytest.mark.parametrize("change, code", [
    (lambda data: data.pop("en"), "E296"),
    (lambda data: data["en"].pop("heads"), "E296"),
    (lambda data: data["types"][0]["functions"].append({"en": ["a list"]}), "E297"),
])
def test_a_malformed_english_section_is_a_numbered_error_naming_the_file(tmp_path: Path, change, code):
    data = yaml.safe_load((corpus_dir() / "patterns" / "local-agencies.yaml").read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "local-agencies.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(XinyongError) as raised:
        load_en_local_agencies(path)
    assert raised.value.code == code
    assert str(path) in raised.value.render()


def test_a_management_centre_and_the_discipline_inspection_organs_are_whole_bodies():
    # a centre named by its function takes its level and head words; the two functions of 纪检监察机关 share
    # one head and are one body, not "supervisory organs" alone
    text = ("The county housing provident fund management centre shall hand the case over to the discipline "
            "inspection and supervisory organs, and the municipal government service centre shall be told.")
    assert found(text) == [("county housing provident fund management centre", "local:department"),
                           ("discipline inspection and supervisory organs", "local:department"),
                           ("municipal government service centre", "local:department")]
