"""Shared fixtures: the real upstream texts in ../shared/sources, the seed article, and a
writable copy of the project.

Tests that read the Chinese originals are marked `needs_sources` (explicitly, or because they use
one of the fixtures below that read them). Without the originals they are skipped with one line of
reason, so a fresh clone still runs everything else; CI sets XINYONG_REQUIRE_SOURCES=1, which turns
the missing originals into an error instead of a skip.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = Path(os.environ.get("XINYONG_SOURCES") or ROOT.parent / "shared" / "sources").resolve()
SEEDS = SOURCES.parent / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
HAVE_SOURCES = (SOURCES / "zh").is_dir()

# Fixtures that read the originals: a test using any of them needs the sources.
SOURCE_FIXTURES = frozenset({"sources", "source_files", "corpus", "built", "annotated"})
# Fixtures that run a whole build: a test using any of them is in the slow `build` layer.
BUILD_FIXTURES = frozenset({"built", "annotated"})

os.environ.setdefault("XINYONG_ROOT", str(ROOT))


def pytest_configure(config):
    if not HAVE_SOURCES and os.environ.get("XINYONG_REQUIRE_SOURCES") == "1":
        raise pytest.UsageError(f"the upstream texts are missing: {SOURCES}/zh, and XINYONG_REQUIRE_SOURCES=1 "
                                "forbids skipping the tests that need them (set XINYONG_SOURCES)")


def pytest_collection_modifyitems(config, items):
    skip = pytest.mark.skip(reason=f"needs the Chinese originals, not found in {SOURCES}/zh "
                                   "(set XINYONG_SOURCES, or run `xinyong fetch`)")
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if SOURCE_FIXTURES & fixtures:
            item.add_marker(pytest.mark.needs_sources)
        if BUILD_FIXTURES & fixtures:
            item.add_marker(pytest.mark.build)
        if not HAVE_SOURCES and item.get_closest_marker("needs_sources"):
            item.add_marker(skip)
    # The fresh-clone tests wait for processes started with the session (fresh_clone_started) that run on the
    # second core meanwhile: last, they find them done instead of idling the session while they finish.
    items.sort(key=lambda item: item.nodeid.startswith("tests/test_fresh_clone.py"))


@pytest.fixture(autouse=True)
def _english_rules_alone(request, monkeypatch):
    """Tests marked rules_only check what the English rules do on sentences written for them, whatever
    $XINYONG_EN_TAGGER says (the learned span tagger, annotate/en_span_tagger.py, would redraw their spans)."""
    if request.node.get_closest_marker("rules_only"):
        monkeypatch.setenv("XINYONG_EN_TAGGER", "off")


def copy_project(destination: Path, with_site: bool = False) -> Path:
    """A writable copy of the project's corpus (without any sources folder) and, when asked, its
    site folder, for tests that change data files.

    destination (Path): the new project root (created).
    with_site (bool): also copy site/ (MkDocs configuration and assets).
    RETURNS (Path): the new project root.
    """
    shutil.copytree(ROOT / "corpus", destination / "corpus", ignore=shutil.ignore_patterns("sources"))
    if with_site:
        shutil.copytree(ROOT / "site", destination / "site")
    return destination


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """A copy of the project in a temporary folder, made the project root for this test."""
    root = copy_project(tmp_path / "project")
    monkeypatch.setenv("XINYONG_ROOT", str(root))
    return root


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


@pytest.fixture(scope="session", autouse=True)
def fresh_clone_started(request, tmp_path_factory):
    """When tests/test_fresh_clone.py is in the session, its clone and processes are started with the
    session and run in the background (tests/fresh_clone_runs.py); None otherwise."""
    if not any(getattr(item, "module", None) is not None and item.module.__name__ == "test_fresh_clone"
               for item in request.session.items):
        yield None
        return
    import fresh_clone_runs

    if not fresh_clone_runs.available():
        yield None
        return
    fresh = fresh_clone_runs.start(tmp_path_factory.mktemp("fresh"))
    yield fresh
    fresh.stop()


# the browser tests' session fixtures, registered here once for every test module that uses them
from site_browser import browser, page, server, site  # noqa: E402,F401
