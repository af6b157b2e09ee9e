"""Benchmark of the structure parser: time per MB at three sizes, as whole processes
(`xinyong parse FILE`, start-up included) and in-process, and the peak memory (not a test).

usage: python bench/parse.py [--sources DIR] [--sizes 1.3 5.2 20]

The inputs are one sources file whose body is the bodies of the shared texts concatenated until
the size is reached (never over 20,000,000 bytes, the size limit of a source). Linear parsing gives
about 4x the time for 4x the size: the goal is 5.2 MB within 5x of 1.3 MB, and 20 MB under 15 s.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "analysis"))

from xinyong.locations import sources_dir  # noqa: E402
from xinyong.sources import MAX_SOURCE_BYTES  # noqa: E402
from xinyong.structure import INFO_END, parse_file  # noqa: E402

SIZES_MB = (1.3, 5.2, 20.0)
CPU_SECONDS: list[float] = []  # of every process run, in order: a check on wall times on a busy machine
CLI = "import sys; from xinyong.cli import main; sys.argv[0] = 'xinyong'; main()"


def shared_texts(sources: Path | None) -> list[Path]:
    folder = sources_dir(sources)
    files = sorted((folder / "zh").glob("*.md")) if folder else []
    if not files:
        sys.exit("no shared texts: give --sources DIR (the folder with zh/)")
    return files


def concatenated_text(files: list[Path], megabytes: float) -> str:
    """The first text's head, then the bodies of all texts in turn up to `megabytes` (at most the
    20,000,000-byte limit of a source)."""
    texts = [path.read_text(encoding="utf-8") for path in files]
    head = texts[0].partition(INFO_END)[0] + INFO_END
    bodies = [text.partition(INFO_END)[2].encode("utf-8") for text in texts]
    limit = min(int(megabytes * 1e6), MAX_SOURCE_BYTES)
    parts, size, index = [head.encode("utf-8")], len(head.encode("utf-8")), 0
    while size + len(bodies[index % len(bodies)]) <= limit:
        parts.append(bodies[index % len(bodies)])
        size += len(parts[-1])
        index += 1
    return b"".join(parts).decode("utf-8")


def run_process(args: list[str], stdout=subprocess.DEVNULL, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Run a command to its end: (wall seconds, peak resident memory in MB of it and its children).
    Its CPU seconds (user + system, children included) are kept in CPU_SECONDS[-1]."""
    # stderr goes to a file, not a pipe: a process printing more than a pipe holds (the parser's
    # warnings on a concatenated text) would wait forever for a reader while we wait for it
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(args, stdout=stdout, stderr=errors,
                                   env={**os.environ, "PYTHONPATH": str(ROOT / "analysis"), **(env or {})})
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode:
            errors.seek(0)
            sys.exit(f"failed ({process.returncode}): {' '.join(args)}\n{errors.read().decode()[-2000:]}")
    CPU_SECONDS.append(usage.ru_utime + usage.ru_stime)
    return seconds, usage.ru_maxrss / 1024


def xinyong(*args: str) -> list[str]:
    """The `xinyong` command run with this checkout's code."""
    return [sys.executable, "-c", CLI, *args]


def measure(files: list[Path], sizes: tuple[float, ...], folder: Path) -> list[dict[str, float]]:
    rows = []
    for megabytes in sizes:
        path = folder / f"parse-{megabytes}mb.md"
        path.write_text(concatenated_text(files, megabytes), encoding="utf-8")
        actual = path.stat().st_size / 1e6
        process_seconds, peak = run_process(xinyong("parse", str(path), "--format", "json"))
        started = time.perf_counter()
        parse_file(path)
        in_process = time.perf_counter() - started
        rows.append({"mb": actual, "process": process_seconds, "in_process": in_process, "peak_mb": peak})
    return rows


def report(rows: list[dict[str, float]]) -> list[str]:
    """Lines of figures, and the goals as ratios measured in this run."""
    lines = ["parse: size, whole process `xinyong parse --format json` (s, s/MB, peak MB), in-process parse_file (s, s/MB)"]
    for row in rows:
        lines.append(f"  {row['mb']:5.1f} MB: {row['process']:6.2f} s {row['process'] / row['mb']:5.2f} s/MB "
                     f"{row['peak_mb']:4.0f} MB | {row['in_process']:6.2f} s {row['in_process'] / row['mb']:5.2f} s/MB")
    if len(rows) >= 2:
        small, middle = rows[0], rows[1]
        for kind in ("process", "in_process"):
            ratio, size_ratio = middle[kind] / small[kind], middle["mb"] / small["mb"]
            # the goal: 5x the time for 4x the size (5.2 / 1.3 MB), i.e. at most 1.25 x the size ratio
            lines.append(f"  {kind.replace('_', '-')} time {middle['mb']:.1f} MB / {small['mb']:.1f} MB = {ratio:.1f}x "
                         f"for {size_ratio:.1f}x the size (goal <= {1.25 * size_ratio:.1f}x: "
                         f"{'ok' if ratio <= 1.25 * size_ratio else 'MISSED'})")
    largest = rows[-1]
    lines.append(f"  {largest['mb']:.1f} MB: {largest['process']:.1f} s whole process (goal < 15 s: "
                 f"{'ok' if largest['process'] < 15 else 'MISSED'}), peak memory {largest['peak_mb']:.0f} MB "
                 f"(goal < 500 MB: {'ok' if largest['peak_mb'] < 500 else 'MISSED'})")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sources", default=None, help="The sources folder (default as for xinyong).")
    parser.add_argument("--sizes", type=float, nargs="+", default=list(SIZES_MB), help="Sizes in MB.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        rows = measure(shared_texts(args.sources), tuple(args.sizes), Path(folder))
    print("\n".join(report(rows)))


if __name__ == "__main__":
    main()
