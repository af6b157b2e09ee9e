"""Inter-annotator agreement on the held-out English set (issue 16): a second annotation (B) scored against the gold
(A) with the evaluation's span matching, beside the rules against each. The checks run on small fixtures written
here; no figure on the real files is asserted (those are test texts)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from xinyong.annotate import agreement_en, heldout_en
from xinyong.annotate.agreement_en import evaluate_agreement_en, load_second_annotation
from xinyong.annotate.gold import unit_sha
from xinyong.annotate.heldout_en import load_heldout_en
from xinyong.cli import main
from xinyong.errors import ProblemList
from xinyong.structure import parse_file

DOC = "fixture-agreement-measures"  # a batch-1 name: no later batch's prefix
TEXT = """# Fixture Measures on Listed Enterprises

## Chapter I Measures

Article 1 Market regulation departments shall restrict listed enterprises from travelling by air.

Article 2 Dishonest entities may apply to the State Council for credit repair.
"""
# unit -> spans of annotator A (the gold); AGENCY is in A only, so it is no label of B's
GOLD = {
    "ch-1": [],
    "art-1.p1": [("listed enterprises", "TARGET", "legal-person"), ("travelling by air", "MEASURE", "air-travel-restriction"),
                 ("Market regulation departments", "TARGET", "government-body")],
    "art-2.p1": [("Dishonest entities", "TARGET", "credit-subject"), ("State Council", "AGENCY", "state-council")],
}


def write_set(folder: Path, units: dict[str, list[tuple[str, str, str]]], labels: list[str] | None = None) -> Path:
    """A gold-format file for DOC in folder, with each unit's sha taken from the fixture text."""
    texts = {unit.id: unit.text for unit in parse_file(folder.parent / "heldout-en" / "texts" / f"{DOC}.en.md", "en").units}
    data = {"doc": DOC, "lang": "en", **({"labels": labels} if labels else {}),
            "units": {unit: {"sha": unit_sha(texts[unit]), "spans": [{"t": t, "l": label, "n": norm} for t, label, norm in spans]}
                      for unit, spans in units.items()}}
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{DOC}.en.yaml"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")  # JSON is YAML
    return path


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    """(the gold folder with its text and A's file, an empty folder for B's files)."""
    gold = tmp_path / "heldout-en"
    (gold / "texts").mkdir(parents=True)
    (gold / "texts" / f"{DOC}.en.md").write_text(TEXT, encoding="utf-8")
    write_set(gold, GOLD)
    return gold, tmp_path / "agreement-en"


WITHOUT_AGENCY = {unit: [span for span in spans if span[1] != "AGENCY"] for unit, spans in GOLD.items()}


def rows_by_label(result: dict, batch: object = 1) -> dict[str, dict]:
    return {row["label"]: row for row in result["rows"] if row["batch"] == batch}


def test_the_fixture_units_are_those_of_the_text(folders):
    gold, _ = folders
    assert {u.unit for u in load_heldout_en(gold)} == set(GOLD)


def test_identical_annotations_agree_fully_on_the_labels_b_annotated(folders):
    gold, second = folders
    write_set(second, WITHOUT_AGENCY, labels=["MEASURE", "TARGET"])
    result = evaluate_agreement_en(second, gold)
    assert result["labels"] == ["MEASURE", "TARGET"]  # AGENCY is A's only: not compared
    for batch in (1, "all"):
        rows = rows_by_label(result, batch)
        assert set(rows) == {"MEASURE", "TARGET"}
        assert (rows["TARGET"]["support_a"], rows["TARGET"]["support_b"]) == (3, 3)
        assert (rows["MEASURE"]["support_a"], rows["MEASURE"]["support_b"]) == (1, 1)
        for row in rows.values():
            assert row["b_vs_a_exact_f1"] == row["b_vs_a_overlap_f1"] == row["b_vs_a_exact_f1_any_type"] == 1.0
            assert row["rules_vs_a_exact_f1"] == row["rules_vs_b_exact_f1"]  # B is A: the rules score alike


def test_a_span_moved_by_one_word_counts_in_overlap_not_in_exact(folders):
    gold, second = folders
    moved = {unit: [("from travelling by air", label, norm) if t == "travelling by air" else (t, label, norm)
                    for t, label, norm in spans] for unit, spans in WITHOUT_AGENCY.items()}
    write_set(second, moved)  # no `labels:`: the labels of B's spans
    rows = rows_by_label(evaluate_agreement_en(second, gold))
    assert set(rows) == {"MEASURE", "TARGET"}
    assert rows["MEASURE"]["b_vs_a_exact_f1"] == 0.0 and rows["MEASURE"]["b_vs_a_overlap_f1"] == 1.0
    assert rows["TARGET"]["b_vs_a_exact_f1"] == 1.0


def test_a_different_type_counts_in_exact_only_when_the_type_is_compared(folders):
    gold, second = folders
    retyped = {unit: [(t, label, "natural-person" if t == "listed enterprises" else norm) for t, label, norm in spans]
               for unit, spans in WITHOUT_AGENCY.items()}
    write_set(second, retyped)
    row = rows_by_label(evaluate_agreement_en(second, gold))["TARGET"]
    assert row["b_vs_a_exact_f1"] == pytest.approx(2 / 3, abs=0.001) and row["b_vs_a_exact_f1_any_type"] == 1.0


@pytest.mark.parametrize("change, unit", [("drop", "art-2.p1"), ("add", "art-9.p1")])
def test_units_that_are_not_those_of_the_gold_file_give_e301_naming_file_and_unit(folders, change, unit):
    gold, second = folders
    units = {u: s for u, s in GOLD.items() if u != unit}
    path = write_set(second, units)
    if change == "add":
        data = json.loads(path.read_text(encoding="utf-8"))
        data["units"][unit] = {"sha": "000000000000", "spans": []}
        path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProblemList) as raised:
        load_second_annotation(load_heldout_en(gold), second)
    assert raised.value.code == "E301"
    assert str(path) in str(raised.value) and unit in str(raised.value)


def test_a_file_without_a_gold_file_of_its_name_gives_e301(folders):
    gold, second = folders
    path = write_set(second, GOLD)
    stray = path.with_name("fixture-other.en.yaml")
    path.rename(stray)
    with pytest.raises(ProblemList) as raised:
        load_second_annotation(load_heldout_en(gold), second)
    assert raised.value.code == "E301" and str(stray) in str(raised.value)


def test_the_command_prints_summary_figures_never_spans(folders, monkeypatch):
    gold, second = folders
    write_set(second, WITHOUT_AGENCY, labels=["MEASURE", "TARGET"])
    monkeypatch.setattr(heldout_en, "heldout_en_folder", lambda: gold)
    monkeypatch.setattr(agreement_en, "agreement_en_folder", lambda: second)
    result = CliRunner().invoke(main, ["evaluate", "--agreement-en", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert {(row["batch"], row["label"]) for row in rows} == {(1, "MEASURE"), (1, "TARGET"), ("all", "MEASURE"),
                                                            ("all", "TARGET")}
    table = CliRunner().invoke(main, ["evaluate", "--agreement-en"]).output
    assert "b_vs_a_exact_f1" in table
    assert not any(t in out for spans in GOLD.values() for t, _, _ in spans for out in (result.output, table))


def test_differences_are_refused_with_e300():
    result = CliRunner().invoke(main, ["evaluate", "--agreement-en", "--differences", "MEASURE"])
    assert result.exit_code == 2
    assert "E300" in result.output
