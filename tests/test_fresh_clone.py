"""A newcomer's first hour: `git clone` of the committed HEAD into a temporary folder with no
originals anywhere (no ../shared beside it, no XINYONG_SOURCES), then the build, the site, the
README tour and the tests that do not need the originals, through the existing virtual
environment (nothing is installed)."""
from __future__ import annotations

import pytest

from fresh_clone_runs import LAYER, NOT_IN_THE_TOUR_RUN
from test_readme import tour_commands

pytestmark = pytest.mark.build


@pytest.fixture(scope="module")
def fresh_clone(fresh_clone_started) -> dict:
    """The clone and its processes, started with the session (conftest.py: fresh_clone_started) and
    run in the background; waiting here for all of them."""
    if fresh_clone_started is None:
        pytest.skip("needs git and a git checkout of the project")
    fresh = fresh_clone_started.wait()
    clone = fresh.clone
    assert not (clone.parent / "shared").exists() and not (clone / "corpus" / "sources").exists()
    return {"clone": clone, "env": fresh.env, "runs": fresh.runs, "tour": fresh.tour}


def test_build_and_site_succeed_and_say_where_the_originals_are(fresh_clone):
    build, site = fresh_clone["runs"]["build"], fresh_clone["runs"]["site"]
    clone = fresh_clone["clone"]
    assert build.returncode == 0, build.stderr[-3000:]
    assert site.returncode == 0, site.stderr[-3000:]
    # The guidance comes first, before any stage's news.
    first_lines = build.stderr.splitlines()[:6]
    assert first_lines[0].startswith("No Chinese originals found"), first_lines
    assert any(str(clone.parent / "shared" / "sources") in line for line in first_lines)
    assert any(str(clone / "corpus" / "sources") in line for line in first_lines)
    assert any(line.startswith("Get them with: xinyong fetch") for line in first_lines)
    # Gold files of absent texts are left out by name, with the reason.
    skipped = [line for line in build.stderr.splitlines() if line.startswith("evaluation: skipped")]
    gold = sorted(p.name for p in (clone / "corpus" / "gold").glob("*.zh.yaml"))
    assert gold and len(skipped) == len(gold)
    assert all("not in the sources directory" in line for line in skipped)
    assert "Traceback" not in build.stderr + site.stderr
    assert (clone / "build" / "site" / "index.html").is_file()
    assert (clone / "build" / "evaluation" / "test.json").is_file()


def test_the_readme_tour_runs_as_typed(fresh_clone):
    clone = fresh_clone["clone"]
    commands = [c for c in tour_commands((clone / "README.md").read_text(encoding="utf-8"))
                if c[1] not in NOT_IN_THE_TOUR_RUN]
    assert len(commands) >= 8
    assert [command for command, _ in fresh_clone["tour"]] == commands  # each was run, in the README's order
    for command, result in fresh_clone["tour"]:
        # 1 is a finding (a label below its target in `evaluate`), not a failure to run.
        assert result.returncode in (0, 1), (command, result.stderr[-2000:])
        # Something is said (rows, or why there are none), and never a traceback.
        said = (result.stdout + result.stderr).strip()
        assert said and "Traceback" not in result.stderr, (command, result.stderr[-2000:])


def test_the_tests_without_originals_pass_in_the_clone(fresh_clone):
    result = fresh_clone["runs"]["layer"]
    assert result.args[-2:] == ["-m", LAYER]
    assert result.returncode == 0, result.stdout[-3000:]
    assert "skipped" in result.stdout and "needs the Chinese originals" in result.stdout


def test_ci_refuses_to_skip_when_the_originals_are_required(fresh_clone):
    clone = fresh_clone["clone"]
    result = fresh_clone["runs"]["required"]
    assert result.returncode != 0
    assert "XINYONG_REQUIRE_SOURCES=1" in result.stdout + result.stderr
    assert "XINYONG_REQUIRE_SOURCES=1" in (clone / ".ci" / "run").read_text(encoding="utf-8")
