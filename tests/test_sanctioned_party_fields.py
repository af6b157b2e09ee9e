"""The sanctioned party of Chinese measures named as fields of restriction (在…等方面) and of an
aggravated case in a later sentence (…；情节严重构成犯罪的，…), on provisions of shared texts that are
not held out (corpus/gold/heldout is never read here)."""
from __future__ import annotations

import pytest

from xinyong.annotate.pipeline import annotatable_units, annotate_units


@pytest.fixture(scope="module")
def measures(corpus):
    """(doc id, unit id) -> the MEASURE records of that unit, for the documents the tests read."""
    found: dict[tuple[str, str], list[dict]] = {}
    for doc_id in ("spc-dishonest-judgment-debtor-list-2013", "migrant-worker-wage-payment-regulation-2019",
                   "administrative-penalty-law-2021", "credit-reporting-industry-regulation-2013"):
        units = annotatable_units(corpus.documents("zh")[doc_id])
        for record in annotate_units(units, "zh", doc_id)[0]:
            if record["label"] == "MEASURE":
                found.setdefault((doc_id, record["unit"]), []).append(record)
    return found


def test_fields_of_restriction_fall_on_the_party_named_with_dui_or_jiang(measures):
    # 向…金融机构…通报，供相关单位…在政府采购、…融资信贷…等方面，对失信被执行人予以信用惩戒
    fields = measures[("spc-dishonest-judgment-debtor-list-2013", "art-6.p1")]
    assert len(fields) >= 3 and all(r.get("target") == ["失信被执行人"] for r in fields)
    # 将该用人单位及其法定代表人……列入…名单，在…融资贷款…等方面依法依规予以限制: the whole group listed
    group = ["用人单位", "法定代表人", "主要负责人", "直接负责的主管人员和其他直接责任人员"]
    wage = measures[("migrant-worker-wage-payment-regulation-2019", "art-48.p1")]
    restricted = [r.get("target") for r in wage if r["norm"] == "procurement-exclusion"]
    assert restricted and all(target == group for target in restricted)


def test_an_aggravated_case_falls_on_the_persons_the_provision_sanctions(measures):
    # 行政机关…的，…对直接负责的主管人员和其他直接责任人员…给予处分；情节严重构成犯罪的，…追究刑事责任
    for unit in ("art-79.p1", "art-81.p1", "art-82.p1", "art-83.p1"):
        crimes = [r for r in measures[("administrative-penalty-law-2021", unit)] if r["norm"] == "criminal-liability"]
        # (art-82 also names 追究刑事责任 inside its conduct clause: the last mention is the measure)
        assert crimes and crimes[-1].get("target") == ["直接负责的主管人员和其他直接责任人员"], unit
    # without 情节严重 a later crime clause is not carried over to the persons fined before it
    later = [r for r in measures[("credit-reporting-industry-regulation-2013", "art-40.p1")]
             if r["norm"] in ("criminal-liability", "confiscation")]
    assert later and all("target" not in r for r in later)


@pytest.fixture(scope="module")
def more_measures(corpus):
    found: dict[tuple[str, str], list[dict]] = {}
    for doc_id in ("shanghai-social-credit-regulation-2017", "shenzhen-social-credit-regulation-2022"):
        units = annotatable_units(corpus.documents("zh")[doc_id])
        for record in annotate_units(units, "zh", doc_id)[0]:
            if record["label"] == "MEASURE":
                found.setdefault((doc_id, record["unit"]), []).append(record)
    return found


def test_a_party_in_a_list_name_is_not_the_party_and_the_encouraged_body_acts(measures, more_measures):
    # 信息主体有以下行为之一的，应当将其列入严重失信主体名单: the information subject, not the list's name
    (listing,) = [r for r in more_measures[("shanghai-social-credit-regulation-2017", "art-25.p2")]
                  if r["norm"] == "list-inclusion"]
    assert listing["target"] == ["信息主体"]
    # 人民法院决定将被执行人纳入失信被执行人名单的
    (court,) = [r for r in measures[("spc-dishonest-judgment-debtor-list-2013", "art-2.p3")] if r["norm"] == "list-inclusion"]
    assert court["target"] == ["被执行人"]
    # 支持金融机构对信用较好的主体在融资授信……等方面给予优惠或者便利: the financial institution grants, it
    # is not the party of the preferences (the fields are the measures; the closing grant repeats them)
    granted = [r for r in more_measures[("shenzhen-social-credit-regulation-2022", "art-16.p3")]
               if r["norm"] == "financing-preference"]
    assert granted and all(r.get("target") == ["信用较好的主体"] for r in granted)
