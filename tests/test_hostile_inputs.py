"""Every command against hostile inputs: a numbered error or a usage message with its exit
code, never a Python traceback."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from xinyong.cli import main

SHORT_LAW = "spc-high-consumption-restrictions-2010"


def invoke(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), env=env)


def assert_clean_failure(result, args, codes=(1, 2, 3), expected: str | None = None) -> None:
    """A failure the user can act on: no exception escaped, no traceback printed, a documented
    exit code, and the expected error number or message."""
    assert result.exception is None or isinstance(result.exception, SystemExit), (args, repr(result.exception))
    assert "Traceback" not in result.output, (args, result.output)
    assert result.exit_code in codes, (args, result.exit_code, result.output)
    if expected:
        assert expected in result.output, (args, result.output)


@pytest.fixture
def files(tmp_path) -> dict[str, Path]:
    """Hostile files: missing, empty, binary, a folder, random bytes, too large for a small limit."""
    made = {"missing": tmp_path / "missing.md", "folder": tmp_path / "folder"}
    made["folder"].mkdir()
    made["empty"] = tmp_path / "empty.md"
    made["empty"].write_text("", encoding="utf-8")
    made["binary"] = tmp_path / "binary.md"
    made["binary"].write_bytes(b"\x00\x01\x02PK\x03\x04" * 200)
    made["noise"] = tmp_path / "noise.md"
    made["noise"].write_bytes(bytes(range(128, 256)) * 40)
    made["large"] = tmp_path / "large.md"
    made["large"].write_text("第一条 测试。\n" * 200, encoding="utf-8")
    return made


FILE_COMMANDS = [
    ["parse"], ["annotate"], ["parse", "--max-bytes", "100"], ["annotate", "--max-bytes", "100"],
    ["add", "--id", "hostile-2026", "--type", "notice", "--level", "central", "--issuer", "ndrc"],
]


@pytest.mark.parametrize("kind", ["missing", "folder", "empty", "binary", "noise", "large"])
def test_file_commands_on_hostile_files(project, files, tmp_path, kind):
    store = tmp_path / "store"
    store.mkdir()
    for command in FILE_COMMANDS:
        if kind == "large" and "--max-bytes" not in command:
            continue  # a plain small text: not hostile without the small limit
        args = [command[0], str(files[kind]), *command[1:]]
        if command[0] == "add":
            args += ["--sources", str(store)]
        result = invoke(*args)
        assert_clean_failure(result, args, expected=None)
        if kind == "large":
            assert "E024" in result.output and "--max-bytes" in result.output


@pytest.mark.parametrize("args, allowed", [
    (["list", "--level", "bogus"], "provincial"),
    (["list", "--type", "bogus"], "local-regulation"),
    (["concordance", "--term", "信用", "--level", "bogus"], "municipal"),
    (["concordance", "--term", "信用", "--type", "bogus"], "mou"),
    (["analyze", "concordance", "--term", "信用", "--type", "bogus"], "mou"),  # the deprecated spelling
    (["evaluate", "--differences", "FOO"], "MEASURE"),
])
def test_filters_with_values_that_do_not_exist_list_the_allowed_ones(tmp_path, args, allowed):
    empty = tmp_path / "sources"
    empty.mkdir()
    extra = ["--sources", str(empty)] if args[0] in ("analyze", "concordance", "evaluate") else []
    result = invoke(*args, *extra)
    assert_clean_failure(result, args, codes=(2,), expected="E060")
    assert allowed in result.output


def test_annotate_with_an_unknown_label_lists_the_labels(tmp_path):
    text = tmp_path / "doc.md"
    text.write_text("# 测试\n\n<!-- INFO END -->\n\n第一条 行政机关应当公开信息。\n", encoding="utf-8")
    result = invoke("annotate", str(text), "--label", "FOO")
    assert_clean_failure(result, "annotate --label FOO", codes=(2,), expected="E060")
    assert "OBLIGATION" in result.output


def test_broken_front_matter_in_a_translation(project, tmp_path):
    path = project / "corpus" / "translations" / f"{SHORT_LAW}.en.md"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines.insert(2, "broken: [unclosed")  # a flow list that never closes
    path.write_text("\n".join(lines), encoding="utf-8")
    empty = tmp_path / "sources"
    empty.mkdir()
    runs = ((["validate", "--sources", str(empty)], 1),
            (["build", "--stage", "parse", "--out", str(tmp_path / "b"), "--sources", str(empty)], 3),
            (["parse", str(path)], 3))
    for args, code in runs:
        result = invoke(*args)
        assert_clean_failure(result, args, codes=(code,), expected="E066")
        assert f"{SHORT_LAW}.en.md:" in result.output


def test_a_misspelled_label_in_a_pattern_file(project, tmp_path):
    path = project / "corpus" / "patterns" / "deontic.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  PROHIBITION:", "  PROHIBITON:", 1), encoding="utf-8")
    text = tmp_path / "doc.md"
    text.write_text("# 测试\n\n<!-- INFO END -->\n\n第一条 行政机关应当公开信息。\n", encoding="utf-8")
    result = invoke("annotate", str(text))
    assert_clean_failure(result, "annotate", codes=(3,), expected="E067")
    assert "deontic.yaml:" in result.output and "PROHIBITON" in result.output and "PROHIBITION" in result.output


def test_an_unwritable_build_folder(tmp_path, monkeypatch):
    blocker = tmp_path / "build"
    blocker.write_text("a file where the build folder should be", encoding="utf-8")
    empty = tmp_path / "sources"
    empty.mkdir()
    env = {"XINYONG_BUILD": str(blocker)}
    for args in (["build", "--stage", "parse"], ["analyze", "timeline"], ["export"], ["site"]):
        result = invoke(*args, "--sources", str(empty), env=env)
        assert_clean_failure(result, args, codes=(3,), expected="E065")
    # a read-only folder (root ignores file modes, so the refusal is simulated where files are written)
    import xinyong.outputs

    def refuse(path, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(xinyong.outputs, "write_atomic", refuse)
    monkeypatch.setattr("xinyong.build.write_json", refuse)
    result = invoke("build", "--stage", "parse", "--out", str(tmp_path / "ro"), "--sources", str(empty))
    assert_clean_failure(result, "build (read-only)", codes=(3,), expected="E065")
    assert "Permission denied" in result.output


@pytest.mark.parametrize("args", [
    ["analyze", "no-such-analysis"], ["gold-template", "no-such-doc", "--lang", "zh", "--articles", "art-1"],
    ["fetch", "no-such-doc"], ["verify"], ["evidence"], ["evaluate", "--check"],
    ["add", "/no/such/file.pdf", "--id", "x-2026", "--type", "notice", "--level", "central", "--issuer", "ndrc"],
])
def test_other_commands_with_wrong_arguments(tmp_path, args):
    empty = tmp_path / "sources"
    empty.mkdir()
    result = invoke(*args, "--sources", str(empty))
    assert result.exception is None or isinstance(result.exception, SystemExit), (args, repr(result.exception))
    assert "Traceback" not in result.output and result.exit_code in (0, 1, 2, 3), (args, result.output)


def test_article_numbering_that_jumps_repeats_or_goes_backwards_is_reported(project, tmp_path):
    text = tmp_path / "doc.md"
    text.write_text("# 测试\n\n<!-- INFO END -->\n\n" + "".join(f"第{n}条 内容{i}。\n" for i, n in
                    enumerate(["一", "二", "四", "四", "三", "一百"])), encoding="utf-8")
    result = invoke("parse", str(text))
    assert result.exit_code == 0
    assert "jumps from 2 to 4 (3 missing)" in result.output and "number 4 repeats" in result.output
    assert "goes backwards: 3 after 4" in result.output and "jumps from 3 to 100 (4-99 missing)" in result.output


def test_ctrl_c_exits_130_quietly(project, monkeypatch, tmp_path):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("xinyong.build.build", interrupted)
    result = invoke("build", "--out", str(tmp_path / "b"), "--sources", str(tmp_path))
    assert result.exit_code == 130 and "Traceback" not in result.output and "Aborted" not in result.output


def _default_ctrl_c() -> None:
    """Give the build the terminal's Ctrl-C even when the suite runs as a background job: a shell
    without job control starts those with SIGINT ignored, and the build would inherit that."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _copy_pipe(pipe, into: bytearray) -> None:
    """Copy what a process writes to a pipe into a buffer as it arrives, until the pipe closes."""
    for chunk in iter(lambda: os.read(pipe.fileno(), 4096), b""):
        into.extend(chunk)


def _wait_for(pattern: str, output: bytearray, process: subprocess.Popen, timeout: float) -> None:
    """Wait until the output shows pattern; fail, with the output's end, if the process ends or time runs out first."""
    deadline = time.monotonic() + timeout
    while True:
        shown = bytes(output).decode("utf-8", "replace")
        if re.search(pattern, shown):
            return
        assert process.poll() is None, f"the process ended before {pattern!r}: {shown[-2000:]}"
        assert time.monotonic() < deadline, f"no {pattern!r} in {timeout}s: {shown[-2000:]}"
        time.sleep(0.1)


@pytest.mark.build
def test_ctrl_c_during_a_parallel_build_exits_130_with_nothing_half_written(sources, tmp_path):
    out = tmp_path / "build"
    script = Path(sys.executable).parent / "xinyong"
    command = [str(script)] if script.is_file() else [sys.executable, "-c", "from xinyong.cli import main; main()"]
    process = subprocess.Popen(command + ["build", "--workers", "2", "--out", str(out), "--sources", str(sources)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                               preexec_fn=_default_ctrl_c)
    news = bytearray()
    reader = threading.Thread(target=_copy_pipe, args=(process.stderr, news), daemon=True)
    reader.start()
    try:
        # into the annotation stage, with its worker processes at work (signs, not a fixed time, so that a
        # slow or busy machine waits longer): the stage's line, then a first document on its progress bar
        _wait_for(r"annotating \d+ document\(s\) with 2 process", news, process, timeout=600)
        _wait_for(r"\| *[1-9]\d*/\d+", news, process, timeout=600)
        os.killpg(process.pid, signal.SIGINT)  # as a terminal does: the whole process group
        process.wait(timeout=120)
        reader.join(timeout=120)
    finally:
        if process.poll() is None:  # a failed wait: no build is left running
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    stdout, stderr = process.stdout.read().decode("utf-8", "replace"), bytes(news).decode("utf-8", "replace")
    assert process.returncode == 130, stderr[-2000:]
    assert "Traceback" not in stderr + stdout and "KeyboardInterrupt" not in stderr
    assert list(out.rglob("*.tmp")) == []
