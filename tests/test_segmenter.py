"""The compiled segmenter gives exactly jieba's words (accurate mode, HMM on, our user words) on
every shared text, whole and unit by unit, and jieba stays the fallback."""
from __future__ import annotations

import jieba
import pytest

from xinyong.annotate import segmenter
from xinyong.annotate.pipeline import analysis_text, annotatable_units, load_userdict, make_pipeline
from xinyong.locations import corpus_dir
from xinyong.structure import parse_file

pytest.importorskip("jieba_next", reason="jieba-next is a dependency (pyproject.toml); jieba is the fallback")

TRICKY = ["2014-2020年社会信用体系建设规划纲要", "第--条", "a.b.c 50% 3.5倍", "国发〔2014〕21号", "  \r\n\t混合 text 文本",
          "Ｆｕｌｌ－ｗｉｄｔｈ", "（一）失信被执行人", "e-mail：test@example.cn", ""]


@pytest.fixture(scope="module")
def fast() -> segmenter.FastJieba:
    load_userdict(corpus_dir())
    return segmenter.FastJieba()


def test_identical_words_on_every_shared_text(fast, source_files):
    checked = 0
    for path in source_files:
        text = path.read_text(encoding="utf-8")
        assert list(fast._accurate(text)) == jieba.lcut(text), path.name
        for unit_id, unit_text in annotatable_units(parse_file(path)):
            unit_text = analysis_text(unit_text, "zh")
            assert list(fast._accurate(unit_text)) == jieba.lcut(unit_text), f"{path.name} {unit_id}"
            checked += 1
    assert checked > 1500


def test_identical_words_on_tricky_strings(fast):
    for text in TRICKY:
        assert list(fast._accurate(text)) == jieba.lcut(text), text


def test_the_user_words_stay_whole(fast):
    # 社会信用体系建设 is not in jieba's own dictionary: without our words it would be split
    words = list(fast._accurate("推进社会信用体系建设，实施失信联合惩戒。"))
    assert words == jieba.lcut("推进社会信用体系建设，实施失信联合惩戒。")
    assert "失信联合惩戒" in words or "联合惩戒" in words


def test_warm_up_and_other_modes_use_jieba(fast, monkeypatch):
    accurate, full = jieba.lcut("信用信息"), jieba.lcut("信用信息", cut_all=True)
    calls = []
    real = jieba.dt.cut
    monkeypatch.setattr(jieba.dt, "cut", lambda *a, **k: calls.append(a) or real(*a, **k))
    fresh = segmenter.FastJieba()
    assert list(fresh.cut("信用信息")) == accurate and len(calls) == 1  # still warming up
    fresh.characters = segmenter.WARM_UP_CHARACTERS
    assert list(fresh.cut("信用信息")) == accurate and len(calls) == 1  # the compiled path
    assert list(fresh.cut("信用信息", cut_all=True)) == full and len(calls) == 2


def test_the_pipeline_uses_it_unless_told_not_to(monkeypatch):
    assert isinstance(make_pipeline("zh").tokenizer.jieba_seg, segmenter.FastJieba)
    monkeypatch.setenv("XINYONG_SEGMENTER", "jieba")
    assert make_pipeline("zh").tokenizer.jieba_seg is jieba
