"""The fresh-clone check's processes (tests/test_fresh_clone.py), started when the test session starts
and run one after another in a background thread, so that they use the second core while the rest of the
session runs in this process; the tests then wait for them and assert on what each process did.

Every step is still a whole process in a `git clone` of the committed HEAD with no originals anywhere: the
build, the site, each command of the README tour, the tests without originals, and the run that
XINYONG_REQUIRE_SOURCES=1 must refuse. The processes get a temporary folder of their own (TMPDIR), as on a
fresh machine, so that they share no temporary file with this session while both run."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

from conftest import ROOT
from test_readme import tour_commands

# Tour commands that cannot run here: fetch downloads (tests stay offline), add takes the
# reader's own file, build and site are run first.
NOT_IN_THE_TOUR_RUN = {"fetch", "add", "build", "site"}
# the layer of tests a fresh clone runs without the originals
LAYER = "not browser and not build"


def xinyong_command() -> list[str]:
    script = Path(sys.executable).parent / "xinyong"
    return [str(script)] if script.is_file() else [sys.executable, "-c", "from xinyong.cli import main; main()"]


def clean_environment(clone: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("XINYONG_SOURCES", "XINYONG_ROOT", "XINYONG_BUILD", "XINYONG_REQUIRE_SOURCES")}
    env["PYTHONPATH"] = str(clone / "analysis")  # the clone's code, the venv's packages
    temporary = clone.parent / "tmp"
    temporary.mkdir(exist_ok=True)
    env["TMPDIR"] = str(temporary)
    return env


@dataclass
class FreshCloneRuns:
    """A clone of HEAD and the processes run in it (filled by the background thread)."""

    clone: Path
    env: dict[str, str]
    runs: dict[str, subprocess.CompletedProcess] = field(default_factory=dict)
    tour: list[tuple[list[str], subprocess.CompletedProcess]] = field(default_factory=list)
    failure: BaseException | None = None
    thread: threading.Thread | None = None
    current: subprocess.Popen | None = None
    stopped: bool = False

    def run(self, args: list[str], timeout: int, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        """One process in the clone, as subprocess.run with captured text output."""
        if self.stopped:
            raise RuntimeError("the test session ended before the fresh-clone processes ran")
        with subprocess.Popen(args, cwd=self.clone, env=env or self.env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) as process:
            self.current = process
            try:
                stdout, stderr = process.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                raise
            finally:
                self.current = None
        return subprocess.CompletedProcess(args, process.returncode, stdout, stderr)

    def stop(self) -> None:
        """End the process still running when the session ends early (no orphan outlives it)."""
        self.stopped = True
        current = self.current
        if current is not None and current.poll() is None:
            current.kill()
        if self.thread is not None:
            self.thread.join(timeout=60)

    def wait(self) -> FreshCloneRuns:
        """Wait for every process; a failure to start one is raised here, in the test."""
        if self.thread is not None:
            self.thread.join()
        if self.failure is not None:
            raise self.failure
        return self


def start(folder: Path) -> FreshCloneRuns:
    """Clone the committed HEAD into `folder`/xinyong and start its processes in the background."""
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout.strip()
    clone = folder / "xinyong"
    subprocess.run(["git", "clone", "--quiet", "--no-checkout", str(ROOT), str(clone)], check=True)
    subprocess.run(["git", "checkout", "--quiet", head], cwd=clone, check=True)
    fresh = FreshCloneRuns(clone, clean_environment(clone))
    fresh.thread = threading.Thread(target=_run_all, args=(fresh,), name="fresh-clone", daemon=True)
    fresh.thread.start()
    return fresh


def _run_all(fresh: FreshCloneRuns) -> None:
    try:
        _run_steps(fresh)
    except BaseException as exc:  # reported by wait(), in the test that needs the result
        fresh.failure = exc


def _run_steps(fresh: FreshCloneRuns) -> None:
    for name, args in (("build", ["build", "--workers", "1"]), ("site", ["site"])):
        fresh.runs[name] = fresh.run(xinyong_command() + args, timeout=1800)
    commands = [c for c in tour_commands((fresh.clone / "README.md").read_text(encoding="utf-8"))
                if c[1] not in NOT_IN_THE_TOUR_RUN]
    for command in commands:
        fresh.tour.append((command, fresh.run(xinyong_command() + command[1:], timeout=600)))
    pytest = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    fresh.runs["layer"] = fresh.run(pytest + ["-m", LAYER], timeout=1800)
    fresh.runs["required"] = fresh.run(pytest + ["tests/test_cli.py"], timeout=600,
                                       env={**fresh.env, "XINYONG_REQUIRE_SOURCES": "1"})


def available() -> bool:
    return shutil.which("git") is not None and (ROOT / ".git").exists()
