"""A newcomer's first hour: `git clone` of the committed HEAD into a temporary folder with no
originals anywhere (no ../shared beside it, no XINYONG_SOURCES), then the build, the site, the
README tour and the tests that do not need the originals, through the existing virtual
environment (nothing is installed)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from test_readme import tour_commands

pytestmark = pytest.mark.build

# Tour commands that cannot run here: fetch downloads (tests stay offline), add takes the
# reader's own file, build and site are run first by the fixture.
NOT_IN_THE_TOUR_RUN = {"fetch", "add", "build", "site"}


def xinyong_command() -> list[str]:
    script = Path(sys.executable).parent / "xinyong"
    return [str(script)] if script.is_file() else [sys.executable, "-c", "from xinyong.cli import main; main()"]


def clean_environment(clone: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("XINYONG_SOURCES", "XINYONG_ROOT", "XINYONG_BUILD", "XINYONG_REQUIRE_SOURCES")}
    env["PYTHONPATH"] = str(clone / "analysis")  # the clone's code, the venv's packages
    return env


@pytest.fixture(scope="module")
def fresh_clone(tmp_path_factory) -> dict:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs git and a git checkout of the project")
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout.strip()
    clone = tmp_path_factory.mktemp("fresh") / "xinyong"
    subprocess.run(["git", "clone", "--quiet", "--no-checkout", str(ROOT), str(clone)], check=True)
    subprocess.run(["git", "checkout", "--quiet", head], cwd=clone, check=True)
    assert not (clone.parent / "shared").exists() and not (clone / "corpus" / "sources").exists()
    env = clean_environment(clone)
    runs = {}
    for name, args in (("build", ["build", "--workers", "1"]), ("site", ["site"])):
        runs[name] = subprocess.run(xinyong_command() + args, cwd=clone, env=env, capture_output=True, text=True,
                                    timeout=1800)
    return {"clone": clone, "env": env, "runs": runs}


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
    for command in commands:
        result = subprocess.run(xinyong_command() + command[1:], cwd=clone, env=fresh_clone["env"],
                                capture_output=True, text=True, timeout=600)
        # 1 is a finding (a label below its target in `evaluate`), not a failure to run.
        assert result.returncode in (0, 1), (command, result.stderr[-2000:])
        # Something is said (rows, or why there are none), and never a traceback.
        said = (result.stdout + result.stderr).strip()
        assert said and "Traceback" not in result.stderr, (command, result.stderr[-2000:])


def test_the_tests_without_originals_pass_in_the_clone(fresh_clone):
    clone = fresh_clone["clone"]
    layer = "not browser and not build"
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", layer],
                            cwd=clone, env=fresh_clone["env"], capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "skipped" in result.stdout and "needs the Chinese originals" in result.stdout


def test_ci_refuses_to_skip_when_the_originals_are_required(fresh_clone):
    clone = fresh_clone["clone"]
    env = {**fresh_clone["env"], "XINYONG_REQUIRE_SOURCES": "1"}
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_cli.py"],
                            cwd=clone, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode != 0
    assert "XINYONG_REQUIRE_SOURCES=1" in result.stdout + result.stderr
    assert "XINYONG_REQUIRE_SOURCES=1" in (clone / ".ci" / "run").read_text(encoding="utf-8")
