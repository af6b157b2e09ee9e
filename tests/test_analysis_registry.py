"""One analysis = one module: each analysis declares its registry entry on its run function
(`@analysis` in analyze/registry.py), and the analyze package finds every module that does."""
from __future__ import annotations

import sys

import pytest

from xinyong import analyze
from xinyong.analyze import ANALYSES, registry

DUMMY_MODULE = '''
from pathlib import Path

from xinyong.analyze.registry import analysis, write_results


@analysis("dummy-counts", "Dummy counts", "Counts of dummies.", order=65, page="analyses/dummy-counts.md",
          digests="none", data=("dummy-counts.csv",))
def run_dummy_counts(data, folder: Path) -> list[str]:
    return write_results(folder, "dummy-counts", [{"dummy": 1}])
'''


def test_every_analysis_is_declared_in_its_own_module():
    modules = {name: a.run.__module__ for name, a in ANALYSES.items()}
    assert all(module.startswith("xinyong.analyze.") and module != "xinyong.analyze.registry"
               for module in modules.values()), modules
    assert len(set(modules.values())) == len(modules)  # one analysis per module
    assert modules["frequencies"] == "xinyong.analyze.frequency" and modules["mou-network"].endswith("mou_network")


def test_the_registry_is_in_build_order():
    """The order the build, `analyze -h` and digest-scope.csv use, as before the registry moved."""
    assert list(ANALYSES) == ["frequencies", "keyness", "collocations", "deontic", "measures", "citations", "timeline",
                              "reuse", "provinces", "mou-network", "concordance-index"]
    orders = [a.order for a in ANALYSES.values()]
    assert orders == sorted(orders) and len(set(orders)) == len(orders)


@pytest.fixture
def dummy_module(tmp_path, monkeypatch):
    """A module with an analysis in a folder that the analyze package searches (no file in the tree)."""
    (tmp_path / "dummy_counts.py").write_text(DUMMY_MODULE, encoding="utf-8")
    monkeypatch.setattr(analyze, "__path__", [*analyze.__path__, str(tmp_path)])
    yield
    registry.DECLARED.pop("dummy-counts", None)
    sys.modules.pop("xinyong.analyze.dummy_counts", None)


def test_a_module_that_declares_an_analysis_is_registered_in_its_order(dummy_module, tmp_path):
    found = analyze._declared_analyses()
    assert list(found).index("dummy-counts") == list(found).index("citations") + 1  # order 65: after 60
    dummy = found["dummy-counts"]
    assert dummy.page == "analyses/dummy-counts.md" and dummy.digests == "none" and dummy.position == 65
    assert dummy.run(None, tmp_path) == ["dummy-counts.csv", "dummy-counts.json"]
    assert (tmp_path / "dummy-counts.csv").read_text(encoding="utf-8").splitlines() == ["dummy", "1"]


def test_a_name_declared_twice_is_refused():
    def run_other(data, folder):
        return []

    with pytest.raises(ValueError, match="declared twice"):
        registry.analysis("keyness", "Keyness again", "Another keyness.", order=1)(run_other)
    assert ANALYSES["keyness"].run.__name__ == "run_keyness"
