"""The held-out English gold set (corpus/gold/heldout-en): loading, checks and its separate scoring."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from xinyong.annotate.evaluate import (evaluate_heldout_en, heldout_en_counts, heldout_en_differences,
                                       heldout_en_folder, load_gold, load_heldout_en, unit_sha)
from xinyong.annotate.gold import ELISION, guideline_problem
from xinyong.labels import label_names
from xinyong.annotate.heldout_en import heldout_en_batch
from xinyong.cli import main
from xinyong.errors import ProblemList, XinyongError
from xinyong.locations import corpus_dir
from xinyong.structure import parse_file

FOLDER = heldout_en_folder()


def _ids(name: str) -> set[str]:
    return {entry["id"] for entry in yaml.safe_load((corpus_dir() / name).read_text(encoding="utf-8"))}


@pytest.fixture(scope="module")
def gold():
    return load_heldout_en()


def test_set_has_at_least_150_units_over_six_texts(gold):
    first = [u for u in gold if heldout_en_batch(u.doc) == 1]  # batch 2 is all test (test_heldout_en_batch2.py)
    assert len(first) >= 150
    assert len({u.doc for u in first}) == 7
    assert all(u.lang == "en" for u in gold)
    # a third (by the hash rule) is the test split
    test = [u for u in first if u.split == "test"]
    assert 0.25 < len(test) / len(first) < 0.42


def test_every_unit_of_every_text_is_annotated_and_shas_match(gold):
    annotated = {(u.doc, u.unit) for u in gold}
    for text in sorted((FOLDER / "texts").glob("*.en.md")):
        parsed = parse_file(text, "en")
        for unit in parsed.units:
            if unit.kind == "article":
                continue  # bare article labels are not annotated (GUIDELINES.md, Units)
            assert (parsed.id, unit.id) in annotated, (parsed.id, unit.id)
    written = {}  # each gold file read once
    for unit in gold:
        if unit.doc not in written:
            written[unit.doc] = yaml.safe_load((FOLDER / f"{unit.doc}.en.yaml").read_text(encoding="utf-8"))
        assert written[unit.doc]["units"][unit.unit]["sha"] == unit_sha(unit.text)


def test_span_texts_lie_in_their_units(gold):
    by_key = {(u.doc, u.unit): u for u in gold}
    for path in sorted(FOLDER.glob("*.en.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for unit_id, entry in data["units"].items():
            unit = by_key[(data["doc"], unit_id)]
            wanted = [(s["t"], s["l"]) for s in entry["spans"]]
            found = [(unit.text[start:end], label) for start, end, label, _ in unit.spans]
            assert [label for _, label in found] == [label for _, label in wanted]
            for (text, _), (written, _) in zip(found, wanted):
                # a long span may be written head…tail (GUIDELINES.md); it then covers both ends
                head, elided, tail = written.partition(ELISION)
                if elided:
                    assert text.startswith(head) and text.endswith(tail), (text, written)
                else:
                    assert text == written


# The generic types of a body named by level or function (GUIDELINES.md, "AGENCY: local bodies"), which the
# adjudication of session 6 applies to English as to Chinese.
LOCAL_AGENCY_TYPES = {"local:government", "local:credit-department", "local:credit-institution",
                      "local:market-regulation-department", "local:court", "local:procuratorate", "local:department"}


def test_norms_are_ids_of_the_project_lists(gold):
    known = {"MEASURE": _ids("measures.yaml"), "TARGET": _ids("targets.yaml"),
             "AGENCY": _ids("agencies.yaml") | LOCAL_AGENCY_TYPES, "TERM": _ids("glossary.yaml")}
    catalog = set()
    for path in (corpus_dir() / "catalog").glob("*.yaml"):
        records = yaml.safe_load(path.read_text(encoding="utf-8"))
        catalog |= {r["id"] for r in (records if isinstance(records, list) else [records])}
    known["CITATION"] = catalog
    labels = set()
    for unit in gold:
        for start, end, label, norm in unit.spans:
            labels.add(label)
            if label in known and norm is not None:
                assert norm in known[label], (unit.doc, unit.unit, unit.text[start:end], norm)
            if label in ("MEASURE", "TARGET", "AGENCY", "TERM", "DOCNO", "DATE"):
                assert norm, (unit.doc, unit.unit, label, unit.text[start:end])
    assert labels == set(label_names())


def test_texts_use_other_translators_conventions_and_are_not_our_translations(gold):
    texts = "\n".join(p.read_text(encoding="utf-8") for p in sorted((FOLDER / "texts").glob("*.en.md")))
    assert "《" not in texts and "》" not in texts
    for convention in ("Guo Fa [2014] No. 21", "GF No. (2014)21", "Fa Shi [2017] No. 7",
                       "Fagai Caijin [2016] No. 141", "dishonest persons subject to enforcement", "blacklist"):
        assert convention in texts
    ours = "\n".join(p.read_text(encoding="utf-8") for p in (corpus_dir() / "translations").glob("*.en.md"))
    for unit in gold:
        if len(unit.text) > 60:
            assert unit.text not in ours, unit.unit


def test_main_gold_loader_does_not_read_the_held_out_folder(corpus):
    docs = {u.doc for u in load_gold(corpus)}
    assert docs and not any(doc.startswith("heldout-") for doc in docs)


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "heldout-en"
    shutil.copytree(FOLDER, target)
    return target


def test_changed_text_is_refused_with_file_and_line(tmp_path):
    folder = _copy(tmp_path)
    text = folder / "texts" / "heldout-court-provisions.en.md"
    text.write_text(text.read_text(encoding="utf-8").replace("fifteen days", "twenty days", 1), encoding="utf-8")
    with pytest.raises(ProblemList) as caught:
        load_heldout_en(folder)
    assert caught.value.code == "E153"
    assert "heldout-court-provisions.en.yaml:" in caught.value.render()


def test_bad_gold_entries_get_numbered_errors(tmp_path):
    folder = _copy(tmp_path)
    path = folder / "heldout-sector-measures.en.yaml"
    data = path.read_text(encoding="utf-8")
    data = data.replace('{t: "Ministry of Transport", l: AGENCY', '{t: "Ministry of Transportation", l: AGENCY', 1)
    data = data.replace("  ch-1:", "  ch-9:", 1)
    path.write_text(data, encoding="utf-8")
    (folder / "texts" / "heldout-rail-air-notice.en.md").unlink()
    with pytest.raises(ProblemList) as caught:
        load_heldout_en(folder)
    codes = sorted(p.code for p in caught.value.problems)
    assert codes == ["E151", "E152", "E154"]
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(XinyongError) as missing:
        load_heldout_en(empty)
    assert missing.value.code == "E150"


def _refused_guideline_span(tmp_path, span: str, written: str) -> tuple[XinyongError, Path, int]:
    """The one problem of the held-out set after the MEASURE span `span` of a batch-27 file is rewritten as `written`,
    with the file and its 1-based line."""
    folder = _copy(tmp_path)
    path = folder / "heldout-b27-performance-venue-credit-newsletter.en.yaml"
    lines = path.read_text(encoding="utf-8").split("\n")
    line = next(i for i, text in enumerate(lines) if f'{{t: "{span}", l: MEASURE' in text)
    lines[line] = lines[line].replace(f'{{t: "{span}"', f'{{t: "{written}"')
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(ProblemList) as caught:
        load_heldout_en(folder)
    [problem] = caught.value.problems
    return problem, path, line + 1


def test_a_span_starting_with_an_article_is_refused_with_its_line(tmp_path):
    # GUIDELINES.md, "Determiners and possessives": the article is outside the MEASURE span, and a TARGET
    # span does not take a possessive either
    problem, path, line = _refused_guideline_span(tmp_path, "public warning", "a public warning")
    assert problem.code == "E154" and str(problem.path) == str(path) and problem.line == line
    assert "'a public warning' starts with 'a'" in str(problem) and "Determiners and possessives" in str(problem)


def test_a_measure_span_starting_with_its_restricting_verb_is_refused_with_its_line(tmp_path):
    # GUIDELINES.md, '"from" constructions': "excluded from [provincial art awards]", never the verb
    problem, path, line = _refused_guideline_span(tmp_path, "provincial art awards", "excluded…awards")
    assert problem.code == "E154" and str(problem.path) == str(path) and problem.line == line
    assert "starts with 'excluded from'" in str(problem) and "start it at 'provincial art awards'" in str(problem)


def test_a_nominal_ban_from_keeps_its_noun():
    # "a ban from the securities market" is a nominal sanction (a development unit's span), not the verb "banned from"
    text = "such as a ban from the securities market, and"
    start = text.index("ban")
    assert guideline_problem(text, start, text.index(","), "MEASURE", "en") is None
    text = "He was banned from the securities market."
    start = text.index("banned")
    assert "starts with 'banned from'" in guideline_problem(text, start, len(text) - 1, "MEASURE", "en")
    assert guideline_problem(text, start, len(text) - 1, "TARGET", "en") is None


def test_evaluation_runs_per_label_with_na_and_goals(tmp_path):
    result = evaluate_heldout_en("test")
    rows = {row["label"]: row for row in result["rows"]}
    assert set(rows) == set(label_names())
    assert result["units"]["units"] == len([u for u in load_heldout_en() if u.split == "test"])
    for row in rows.values():
        assert row["support"] > 0
        for key in ("precision", "recall", "f1", "overlap_precision", "overlap_recall", "overlap_f1"):
            assert 0.0 <= row[key] <= 1.0
        assert row["overlap_f1"] >= row["f1"]
    assert {g["label"]: g["measure"] for g in result["goals"]} == {
        "CITATION": "f1", "MEASURE": "f1", "TARGET": "f1", "TERM": "precision"}
    assert next(g for g in result["goals"] if g["label"] == "TERM")["value"] == rows["TERM"]["precision"]

    # a set whose only unit has no DATE: DATE is n/a (None), not 0
    folder = _copy(tmp_path)
    for path in folder.glob("*.en.yaml"):
        if path.name != "heldout-central-opinions.en.yaml":
            path.unlink()
    path = folder / "heldout-central-opinions.en.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["units"] = {"preamble.p1": data["units"]["preamble.p1"]}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    small = evaluate_heldout_en("all", folder)
    date = next(row for row in small["rows"] if row["label"] == "DATE")
    assert date["support"] == 0 and date["f1"] is None
    assert next(g for g in small["goals"] if g["label"] == "CITATION")["meets_goal"] is None


def test_cli_reports_the_set_separately(tmp_path, monkeypatch):
    monkeypatch.setenv("XINYONG_BUILD", str(tmp_path / "build"))
    runner = CliRunner()
    counted = runner.invoke(main, ["evaluate", "--heldout-en", "--check", "--format", "json"])
    assert counted.exit_code == 0, counted.output
    assert {row["split"] for row in json.loads(counted.output)} == {"test", "train", "validation"}
    assert sum(row["units"] for row in json.loads(counted.output)) == sum(r["units"] for r in heldout_en_counts())
    scored = runner.invoke(main, ["evaluate", "--heldout-en", "--split", "test"])
    assert scored.exit_code in (0, 1), scored.output
    assert "goal TERM precision >= 0.90" in scored.output and "CITATION" in scored.output
    assert scored.exit_code == (1 if "(missed)" in scored.output else 0)
    written = json.loads((tmp_path / "build" / "evaluation" / "heldout-en-test.json").read_text(encoding="utf-8"))
    assert written["set"] == "heldout-en" and len(written["rows"]) == len(label_names())


def test_differences_are_offered_on_train_only(tmp_path):
    # A copy of the set whose gold has no MEASURE spans: every MEASURE the rules find is a
    # difference, on both splits, so the set's own train figures (which may reach 1.0) do not matter.
    folder = tmp_path / "heldout-en"
    shutil.copytree(FOLDER, folder)
    for path in folder.glob("*.en.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for entry in (data.get("units") or {}).values():
            if entry and entry.get("spans"):
                entry["spans"] = [span for span in entry["spans"] if span.get("l") != "MEASURE"]
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    rows = heldout_en_differences("MEASURE", folder)
    train = {(u.doc, u.unit) for u in load_heldout_en(folder) if u.split == "train"}
    assert rows and all((r["doc"], r["unit"]) in train and r["label"] == "MEASURE" for r in rows)
    assert {r["kind"] for r in rows} <= {"missed", "extra"}
    refused = CliRunner().invoke(main, ["evaluate", "--heldout-en", "--differences", "ALL"])
    assert refused.exit_code == 2 and "train split only" in refused.output
