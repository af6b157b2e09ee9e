"""The on-disk cache of what the annotator derives from the data files: reused while the data is
unchanged, rebuilt when a data file changes or an entry is damaged, and the annotations are the
same with it, without it and from a fresh one."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import xinyong
from xinyong.annotate import cache
from xinyong.annotate.resources import load_resources, userdict_lines
from xinyong.locations import corpus_dir

PACKAGE_PARENT = str(Path(xinyong.__file__).resolve().parent.parent)


@pytest.fixture
def cache_folder(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("XINYONG_CACHE", str(folder))
    monkeypatch.delenv("XINYONG_NO_CACHE", raising=False)
    return folder


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    copy = tmp_path / "corpus"
    shutil.copytree(corpus_dir(), copy, ignore=shutil.ignore_patterns("gold", "claims", "digests"))
    return copy


def entries(folder: Path, name: str) -> list[Path]:
    return sorted(folder.glob(f"{name}-*.bin"))


def test_an_entry_is_reused_while_the_data_is_unchanged(cache_folder, corpus_copy, monkeypatch):
    from xinyong.annotate import resources

    first = userdict_lines(corpus_copy)
    assert "信用 2000 n" in first and len(entries(cache_folder, "userdict")) == 1
    monkeypatch.setattr(resources, "_userdict_lines", lambda corpus: pytest.fail("rebuilt from unchanged data"))
    assert userdict_lines(corpus_copy) == first


def test_a_changed_data_file_gives_a_new_entry(cache_folder, corpus_copy):
    before = userdict_lines(corpus_copy)
    glossary = corpus_copy / "glossary.yaml"
    text = glossary.read_text(encoding="utf-8")
    glossary.write_text(text.replace("  zh: 信用\n", "  zh: 信用\n  zh_forms:\n  - 信用度测\n", 1), encoding="utf-8")
    after = userdict_lines(corpus_copy)
    assert "信用度测 4000 n" in after and "信用度测 4000 n" not in before
    assert len(entries(cache_folder, "userdict")) == 2

    # the matchers follow a changed pattern file too
    build = load_resources.__wrapped__  # past the in-process memo, to the disk cache
    targets = corpus_copy / "targets.yaml"
    assert not any(m.key == "test-target" for m in build("zh", str(corpus_copy)).targets.finditer("测试对象甲"))
    targets.write_text(targets.read_text(encoding="utf-8") + TEST_TARGET, encoding="utf-8")
    matches = list(build("zh", str(corpus_copy)).targets.finditer("测试对象甲"))
    assert [(m.start, m.end, m.key) for m in matches] == [(0, 5, "test-target")]


TEST_TARGET = """
- id: test-target
  en: test targets
  description: A target type added by a test.
  patterns:
    zh: ["测试对象甲"]
    en: ["test target alpha"]
"""


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty"])
def test_a_damaged_entry_is_rebuilt_not_trusted(cache_folder, damage):
    built = []

    def build():
        built.append(1)
        return {"value": list(range(100))}

    key = cache.fingerprint([], "test")
    assert cache.load_or_build("test", key, build) == {"value": list(range(100))}
    [path] = entries(cache_folder, "test")
    raw = path.read_bytes()
    damaged = {"truncate": raw[:-7], "flip": raw[:-3] + bytes([raw[-3] ^ 1]) + raw[-2:],
               "garbage": b"\x80\x04not a cache", "empty": b""}[damage]
    path.write_bytes(damaged)
    assert cache.load_or_build("test", key, build) == {"value": list(range(100))}
    assert len(built) == 2  # rebuilt once, and written back whole
    assert path.read_bytes() == raw
    assert cache.load_or_build("test", key, build) == {"value": list(range(100))} and len(built) == 2


def test_old_entries_are_pruned(cache_folder):
    for version in range(6):
        cache.load_or_build("test", cache.fingerprint([], str(version)), lambda: version)
    assert len(entries(cache_folder, "test")) == cache.KEEP


def test_jieba_gets_the_same_prefix_dictionary_from_the_cache(cache_folder):
    import jieba

    from xinyong.annotate import pipeline

    pipeline._jieba_words["installed"] = None
    userdict = pipeline.load_userdict(corpus_dir())  # builds the entry
    pipeline._jieba_words["installed"] = None
    pipeline.load_userdict(corpus_dir())  # installs it from disk
    assert len(entries(cache_folder, "jieba")) == 1
    plain = jieba.Tokenizer()
    plain.initialize()
    plain.load_userdict(str(userdict))
    assert jieba.dt.total == plain.total and jieba.dt.FREQ == plain.FREQ


def cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    code = "import sys; from xinyong.cli import main; main(sys.argv[1:])"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=False,
                          env={**os.environ, "PYTHONPATH": PACKAGE_PARENT, **env})


def test_annotations_are_identical_with_and_without_the_cache(tmp_path, sources):
    files = [sources / "zh" / "enterprise-information-publicity-regulation-2014.md",
             corpus_dir() / "translations" / "spc-high-consumption-restrictions-2010.en.md"]
    folder = tmp_path / "cache"
    for path in files:
        runs = [cli("annotate", str(path), env={"XINYONG_NO_CACHE": "1"}),
                cli("annotate", str(path), env={"XINYONG_CACHE": str(folder)}),  # builds the entries
                cli("annotate", str(path), env={"XINYONG_CACHE": str(folder)})]  # reads them
        assert [r.returncode for r in runs] == [0, 0, 0], runs[0].stderr
        assert runs[0].stdout.count("\n") > 20 and '"label": "TERM"' in runs[0].stdout.replace('":"', '": "')
        assert runs[1].stdout == runs[0].stdout and runs[2].stdout == runs[0].stdout
    # annotate prints records alone: it never segments, so jieba's entries are not made (see
    # test_jieba_gets_the_same_prefix_dictionary_from_the_cache for those); the English lexicon is an
    # entry of its own, since building it imports lemminflect, which imports spaCy, and so are the reprimand
    # patterns made from it; the catalog's dates are those of each version (drafts apart) for resolve_version
    assert {p.name.rsplit("-", 1)[0] for p in folder.glob("*.bin")} == {
        "catalog-version-dates", "resources-zh", "resources-en", "en-lexicon", "en-reprimands"}


@pytest.mark.parametrize("args", [["--help"], ["list"], ["list", "--format", "json"]])
def test_help_and_list_do_not_import_spacy(args):
    code = ("import sys; from xinyong.cli import main\n"
            "try:\n    main(sys.argv[1:])\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
            "heavy = sorted({'spacy', 'jieba', 'pandas', 'matplotlib', 'frictionless'} & set(sys.modules))\n"
            "print('HEAVY', heavy)")
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=False,
                            env={**os.environ, "PYTHONPATH": PACKAGE_PARENT})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("HEAVY []")


def test_a_long_document_annotated_by_forked_processes_gives_the_same_records(source_files):
    from xinyong.annotate import pipeline
    from xinyong.structure import INFO_END, parse_text

    texts = [path.read_text(encoding="utf-8") for path in source_files]
    body = "".join(text.partition(INFO_END)[2] for text in texts)
    document = parse_text(texts[0].partition(INFO_END)[0] + INFO_END + body, "long", "zh")
    units = pipeline.annotatable_units(document)
    assert sum(len(t) for _, t in units) >= pipeline.PARALLEL_MIN_CHARACTERS > 0
    assert pipeline._worker_count() >= 1
    forked = pipeline._annotate_forked(units, "zh", "long", 2)
    assert forked == pipeline.annotate_units(units, "zh", "long")[0]
    assert len(forked) > 5000 and {r["unit"] for r in forked[:50]} <= {u for u, _ in units[:50]}
