"""The analyses' caches (charts, reused-article pairs, Chinese tokens) change no byte of their
outputs: the analyses give the same files with an empty cache, a full one and none (issue 22)."""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from xinyong.analyze import analysis_cache, run_all
from xinyong.analyze.token_cache import ZH_TABLE


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def _analyses_into(built: Path, out: Path, corpus) -> dict[str, bytes]:
    out.mkdir()
    (out / "annotations").symlink_to(built / "annotations")
    run_all(corpus, out)
    return _files(out / "analysis")


def test_same_outputs_with_an_empty_cache_a_full_one_and_none(built, corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("XINYONG_CACHE", str(tmp_path / "cache"))
    cold = _analyses_into(built, tmp_path / "cold", corpus)
    stored = sorted(path.name.rsplit("-", 1)[0] for path in (tmp_path / "cache").glob("*.bin"))
    assert any(name.startswith("chart-small-multiples") for name in stored)
    assert "result-find-reuse" in stored and "tokens-zh" in stored
    # a full cache: nothing is drawn, no article compared and no Chinese segmented
    import matplotlib.figure
    import xinyong.analyze.data as data

    monkeypatch.setattr(matplotlib.figure.Figure, "savefig", lambda *a, **k: (_ for _ in ()).throw(AssertionError("drawn")))
    monkeypatch.setattr(data, "_zh_tokens", lambda text: (_ for _ in ()).throw(AssertionError(f"segmented {text[:10]}")))
    warm = _analyses_into(built, tmp_path / "warm", corpus)
    monkeypatch.undo()
    monkeypatch.setenv("XINYONG_NO_CACHE", "1")
    uncached = _analyses_into(built, tmp_path / "uncached", corpus)
    assert len(cold) > 50
    assert warm == cold
    assert uncached == cold
    assert _files(built / "analysis").keys() == cold.keys()


def test_a_damaged_entry_is_computed_again(built, corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("XINYONG_CACHE", str(tmp_path / "cache"))
    first = _analyses_into(built, tmp_path / "first", corpus)
    for path in (tmp_path / "cache").glob("*.bin"):
        if path.name.startswith(("chart-", "result-", "tokens-")):
            path.write_bytes(path.read_bytes()[:-7] + b"damaged")
    assert _analyses_into(built, tmp_path / "second", corpus) == first


def test_the_key_follows_every_input():
    def chart(values, title):
        return ""

    key = analysis_cache.call_key(chart, ("matplotlib",), True, ([1, 2], "a"), {})
    assert key == analysis_cache.call_key(chart, ("matplotlib",), True, ([1, 2], "a"), {})
    assert key != analysis_cache.call_key(chart, ("matplotlib",), True, ([1, 3], "a"), {})
    assert key != analysis_cache.call_key(chart, ("matplotlib",), True, ([1, 2], "b"), {})
    assert key != analysis_cache.call_key(chart, ("matplotlib",), True, ([1, 2.0000001], "a"), {})
    assert key != analysis_cache.call_key(chart, ("matplotlib",), True, ([1, 2], "a"), {"min_shared": 2})
    one, other = nx.Graph(), nx.Graph()
    one.add_edge("a", "b", weight=3)
    other.add_edge("a", "b", weight=4)
    assert analysis_cache.call_key(chart, (), True, (one,), {}) != analysis_cache.call_key(chart, (), True, (other,), {})


def test_the_token_table_keeps_only_what_was_asked(tmp_path, monkeypatch):
    monkeypatch.setenv("XINYONG_CACHE", str(tmp_path))
    ZH_TABLE.save()  # start from a fresh load
    assert ZH_TABLE.tokens("社会信用体系", lambda text: ["社会信用", "体系"]) == ["社会信用", "体系"]
    ZH_TABLE.save()
    assert ZH_TABLE.tokens("社会信用体系", lambda text: ["not", "asked"]) == ["社会信用", "体系"]
    assert ZH_TABLE.tokens("失信", lambda text: ["失信"]) == ["失信"]
    ZH_TABLE.save()
    ZH_TABLE.tokens("失信", lambda text: ["again"])
    ZH_TABLE.save()  # the table now holds 失信 only
    assert ZH_TABLE.tokens("社会信用体系", lambda text: ["segmented"]) == ["segmented"]
    ZH_TABLE.save()
