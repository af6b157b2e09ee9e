"""The second batch of the Chinese development set (corpus/gold/dev-zh/dev2-*, issue 19): four more texts
written blind to the rules, rich in the shapes that decide whom a measure falls on. They live in the dev-zh
folder, so every route that reads the set reads them: they load, their counts come from their files, they
are train units only, and their measure -> party links reach the party-link evaluation. No test here
asserts a quality figure: the set is development data (see its README)."""
from __future__ import annotations

from collections import Counter

import pytest
import yaml

from xinyong.annotate import party_links
from xinyong.annotate.evaluate import dev_zh_folder, load_dev_zh, split_gold

FOLDER = dev_zh_folder()
SECOND_BATCH = "dev2-"


@pytest.fixture(scope="module")
def gold():
    return load_dev_zh()


@pytest.fixture(scope="module")
def batch_files() -> dict[str, dict]:
    """The second batch's gold files, read straight from YAML, by document id."""
    files = {}
    for path in sorted(FOLDER.glob(f"{SECOND_BATCH}*.zh.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        files[data["doc"]] = data
    return files


def test_four_new_texts_load_each_with_24_to_28_units(gold, batch_files):
    assert len(batch_files) == 4
    assert {path.name[: -len(".zh.md")] for path in (FOLDER / "texts").glob(f"{SECOND_BATCH}*.zh.md")} == set(batch_files)
    per_doc = Counter(u.doc for u in gold.units if u.doc in batch_files)
    assert set(per_doc) == set(batch_files)
    assert all(24 <= n <= 28 for n in per_doc.values()), per_doc
    assert sum(per_doc.values()) >= 100


def test_counts_per_label_and_parties_come_from_the_files(gold, batch_files):
    for doc, data in batch_files.items():
        spans = [span for entry in data["units"].values() for span in entry["spans"]]
        loaded = [u for u in gold.units if u.doc == doc]
        assert len(loaded) == len(data["units"]), doc
        assert Counter(s[2] for u in loaded for s in u.spans) == Counter(span["l"] for span in spans), doc
        with_party = [span for span in spans if "target" in span]
        links = {key: parties for key, parties in gold.parties.items() if key[0] == doc}
        assert len(links) == len(with_party) > 0, doc
        several = sum(isinstance(span["target"], list) and len(span["target"]) > 1 for span in with_party)
        assert sum(len(parties) > 1 for parties in links.values()) == several, doc


def test_the_batch_holds_the_party_shapes_it_was_written_for(gold, batch_files):
    links = {key: parties for key, parties in gold.parties.items() if key[0] in batch_files}
    texts = {(u.doc, u.unit): u.text for u in gold.units}
    several = [parties for parties in links.values() if len(parties) > 1]
    assert len(several) >= 5  # a unit and its persons, or two persons, sanctioned by one measure
    # a list item whose party is named only in the lead-in paragraph that introduces the list
    from_lead_in = [key for key, parties in links.items()
                    if not any(p in texts[key[:2]] for p in parties) and gold.parents.get(key[:2])]
    assert len(from_lead_in) >= 20
    # one provision sanctioning different parties with different measures
    by_unit: dict[tuple[str, str], set] = {}
    for key, parties in links.items():
        by_unit.setdefault(key[:2], set()).add(parties)
    assert sum(len(groups) >= 2 for groups in by_unit.values()) >= 4
    # incentives as well as punishments
    kinds = {s[3] for u in gold.units if u.doc in batch_files for s in u.spans if s[2] == "MEASURE"}
    assert {"fewer-inspections", "honor-award", "priority-handling", "cost-reduction"} <= kinds


def test_train_and_all_only_never_test(corpus, gold, batch_files):
    keys = {(u.doc, u.unit) for u in gold.units if u.doc in batch_files}
    assert all(u.split == "train" for u in gold.units if u.doc in batch_files)
    for split in ("train", "all"):
        assert keys <= {(u.doc, u.unit) for u in split_gold(corpus, split, ("zh",))}, split
    assert not set(batch_files) & {u.doc for u in split_gold(corpus, "test")}


def test_party_links_read_the_batch_on_train_and_all_only(corpus, gold, batch_files):
    expected = {key: parties for key, parties in gold.parties.items() if key[0] in batch_files}
    for split in ("train", "all"):
        read = party_links.load_party_links(corpus, split)
        assert {key: read[key] for key in expected} == expected, split
    assert not {key[0] for key in party_links.load_party_links(corpus, "test")} & set(batch_files)
