"""The structure parser, the alignment check and the date finder do work proportional to their
input: checked by counting the Python lines they execute (not by wall time) on the shared texts
concatenated once and four times, and by the output of a concatenation."""
from __future__ import annotations

import sys
from pathlib import Path

import xinyong
from xinyong.align import alignment_problems
from xinyong.dates import find_dates
from xinyong.structure import INFO_END, parse_text

PACKAGE = str(Path(xinyong.__file__).resolve().parent)


def concatenated(source_files: list[Path], copies: int) -> str:
    """One sources file whose body is the bodies of all shared texts, `copies` times over."""
    texts = [path.read_text(encoding="utf-8") for path in source_files]
    head = texts[0].partition(INFO_END)[0] + INFO_END
    return head + "".join(text.partition(INFO_END)[2] for text in texts) * copies


def lines_executed(function, *args) -> int:
    """How many lines of the xinyong package run while `function(*args)` runs."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(PACKAGE) else None

    sys.settrace(tracer)
    try:
        function(*args)
    finally:
        sys.settrace(None)
    return count


def test_parsing_four_copies_costs_four_times_one(source_files):
    one = lines_executed(parse_text, concatenated(source_files, 1), "big", "zh")
    four = lines_executed(parse_text, concatenated(source_files, 4), "big", "zh")
    # linear work gives 4x (a little less: per-document start-up and cached numerals);
    # the per-paragraph rescan of all units read so far gave about 15x here
    assert 3.5 * one < four < 4.3 * one


def test_a_repeated_body_repeats_its_units(source_files):
    text = concatenated(source_files[:3], 1)
    once = parse_text(text, "big", "zh").units
    twice = parse_text(text + text.partition(INFO_END)[2], "big", "zh").units
    assert len(twice) == 2 * len(once)
    assert [(u.kind, u.text) for u in twice[len(once):]] == [(u.kind, u.text) for u in once]
    # repeated ids are kept under numbered suffixes, in order, never lost
    # the three texts each have art-1: art-1, art-1~2, art-1~3, then the copy's art-1~4 ...
    articles = [u.id for u in twice if u.kind == "article" and u.id.split("~")[0] == "art-1"]
    assert articles == ["art-1", "art-1~2", "art-1~3", "art-1~4", "art-1~5", "art-1~6"]
    assert len({u.id for u in twice}) == len(twice)


def test_alignment_check_builds_its_id_sets_once(source_files, monkeypatch):
    import builtins

    from xinyong import align

    built = []

    def counting_set(*args):
        built.append(1)
        return builtins.set(*args)

    monkeypatch.setattr(align, "set", counting_set, raising=False)
    zh = parse_text(concatenated(source_files, 2), "big", "zh")
    en = parse_text(concatenated(source_files, 2), "big", "zh")
    en.units = en.units[1:]  # one unit missing: the check reports it
    problems = alignment_problems(zh, en, None)
    assert [(p.code, p.place) for p in problems] == [("E028", zh.units[0].id)]
    # a set per id looked up (one per unit) was quadratic; two sets do for any length
    assert len(built) <= 2


def test_date_finder_is_linear_in_dates():
    text = "自2019年1月1日起施行，2020年3月5日修订。" * 200
    found = find_dates(text, "zh")
    assert [d.iso for d in found[:2]] == ["2019-01-01", "2020-03-05"] and len(found) == 400
    one = lines_executed(find_dates, text, "zh")
    four = lines_executed(find_dates, text * 4, "zh")
    assert four < 4.6 * one


def test_unit_dicts_are_what_asdict_gives(source_files):
    from dataclasses import asdict

    for path in source_files[:4]:
        for unit in parse_text(path.read_text(encoding="utf-8"), path.stem, "zh").units:
            expected = asdict(unit)
            if expected["basis"] is None:  # only digest units carry a basis; other records leave it out
                del expected["basis"]
            assert list(unit.to_dict().items()) == list(expected.items())
