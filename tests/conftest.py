"""Shared fixtures: the real upstream texts in ../shared/sources and the seed article."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = Path(os.environ.get("XINYONG_SOURCES", ROOT.parent / "shared" / "sources")).resolve()
SEEDS = SOURCES.parent / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

os.environ.setdefault("XINYONG_ROOT", str(ROOT))


def pytest_configure(config):
    if not (SOURCES / "zh").is_dir():
        raise pytest.UsageError(f"the upstream texts are missing: {SOURCES}/zh (set XINYONG_SOURCES)")


@pytest.fixture(scope="session")
def sources() -> Path:
    return SOURCES


@pytest.fixture(scope="session")
def source_files() -> list[Path]:
    files = sorted((SOURCES / "zh").glob("*.md"))
    assert len(files) == 12
    return files


@pytest.fixture(scope="session")
def corpus():
    from xinyong.corpus import load_corpus

    return load_corpus(SOURCES)


def run_full_build(out: Path) -> Path:
    """parse, annotate, analyse, evaluate, export and the site, into `out` (one worker: tests run
    on small machines and forking inside pytest is slower than it helps)."""
    from xinyong.build import build
    from xinyong.site import build_site

    build(SOURCES, out, workers=1)
    build_site(SOURCES, out)
    return out


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """A complete build of the real corpus in a temporary folder."""
    return run_full_build(tmp_path_factory.mktemp("build-a"))


@pytest.fixture(scope="session")
def annotated(built, corpus):
    from xinyong.analyze.data import AnnotatedCorpus

    return AnnotatedCorpus(corpus, built)
