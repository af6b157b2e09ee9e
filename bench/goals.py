"""The speed goals of the project, each measured as a ratio in one run (not a test).

usage: python bench/goals.py [--sources DIR] [--out BUILD] [--repeat 3] [--skip-build]

Every figure is a whole process, start-up included, as a user meets it (the in-process parse
figures are printed too). Times are the best of --repeat runs (the least disturbed by other work
on the machine); the floors are measured in the same run as what is compared with them:

- parse: time per MB at 1.3, 5.2 and 20 MB of the shared texts' bodies; 5.2 MB within 5x the time
  of 1.3 MB; 20 MB under 15 s; peak memory of the 20 MB case under 500 MB.
- start-up floor: a bare process importing spaCy, building spacy.blank("zh") with the jieba
  segmenter and running it on one word. `xinyong annotate` on a 10 kB document within 1.3x of it
  (with the data cache of build/cache/ in place; the first run, which builds the cache, is printed
  too). `xinyong --help` and `xinyong list` for reference.
- annotation: `xinyong annotate` on 2.6 MB of the shared texts within 2x (aim 1.5x) of a bare
  process running jieba.lcut on the same text.
- `xinyong build` with nothing changed, its analyses stage (under 5 s) and `xinyong site`
  (skipped with --skip-build; the first build into an empty folder is not measured).
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import parse as parse_bench  # noqa: E402  (bench/parse.py)
from parse import concatenated_text, run_process, shared_texts, xinyong  # noqa: E402

FLOOR = ("import spacy\n"
         "nlp = spacy.blank('zh', config={'nlp': {'tokenizer': {'segmenter': 'jieba'}}})\n"
         "nlp('信用')\n")
BARE_JIEBA = "import sys, jieba\njieba.lcut(open(sys.argv[1], encoding='utf-8').read())\n"


def timed(args: list[str], env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """(wall seconds, peak MB, CPU seconds) of one whole process."""
    seconds, peak = run_process(args, env=env)
    return seconds, peak, parse_bench.CPU_SECONDS[-1]


def best(runs: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """The fastest run's seconds, the largest peak memory and the least CPU time."""
    return min(r[0] for r in runs), max(r[1] for r in runs), min(r[2] for r in runs)


def verdict(value: float, goal: float) -> str:
    return "ok" if value <= goal else "MISSED"


def startup(files: list[Path], repeat: int, cache: Path) -> tuple[list[str], dict[str, float]]:
    document = min(files, key=lambda p: abs(p.stat().st_size - 10_000))
    env = {"XINYONG_CACHE": str(cache)}
    cold, _ = run_process(xinyong("annotate", str(document)), env=env)  # builds the data cache
    floor, annotate = [], []
    for _ in range(repeat):  # alternated, so that both meet the same load
        floor.append(timed([sys.executable, "-c", FLOOR]))
        annotate.append(timed(xinyong("annotate", str(document)), env=env))
    help_seconds = best([timed(xinyong("--help")) for _ in range(repeat)])[0]
    list_seconds = best([timed(xinyong("list")) for _ in range(repeat)])[0]
    floor_s, _, floor_cpu = best(floor)
    annotate_s, _, annotate_cpu = best(annotate)
    ratio = annotate_s / floor_s
    lines = ["start-up (whole processes, best of runs; CPU seconds in brackets):",
             f"  floor (import spaCy, blank zh with jieba, one word): {floor_s:.2f} s [{floor_cpu:.2f}]",
             f"  xinyong annotate {document.name} ({document.stat().st_size / 1e3:.1f} kB): {annotate_s:.2f} s "
             f"[{annotate_cpu:.2f}] = {ratio:.2f}x the floor, CPU {annotate_cpu / floor_cpu:.2f}x "
             f"(goal <= 1.3x: {verdict(ratio, 1.3)}); first run, building the cache: {cold:.2f} s",
             f"  xinyong --help: {help_seconds:.2f} s; xinyong list: {list_seconds:.2f} s (neither imports spaCy)"]
    return lines, {"annotate_10kb_over_floor": ratio}


def annotation(files: list[Path], repeat: int, folder: Path, cache: Path) -> tuple[list[str], dict[str, float]]:
    path = folder / "annotate-2.6mb.md"
    path.write_text(concatenated_text(files, 2.6), encoding="utf-8")
    env = {"XINYONG_CACHE": str(cache)}
    bare, annotate = [], []
    for _ in range(max(1, repeat - 1)):
        bare.append(timed([sys.executable, "-c", BARE_JIEBA, str(path)]))
        annotate.append(timed(xinyong("annotate", str(path)), env=env))
    bare_s, bare_mb, bare_cpu = best(bare)
    annotate_s, annotate_mb, annotate_cpu = best(annotate)
    ratio = annotate_s / bare_s
    lines = [f"annotation of {path.stat().st_size / 1e6:.1f} MB (whole processes, best of runs; CPU seconds in brackets):",
             f"  bare jieba.lcut: {bare_s:.2f} s [{bare_cpu:.2f}], peak {bare_mb:.0f} MB",
             f"  xinyong annotate: {annotate_s:.2f} s [{annotate_cpu:.2f}, all processes], peak {annotate_mb:.0f} MB "
             f"(the largest process) = {ratio:.2f}x bare jieba, CPU {annotate_cpu / bare_cpu:.2f}x "
             f"(goal <= 2x: {verdict(ratio, 2)}; aim <= 1.5x: {verdict(ratio, 1.5)})"]
    return lines, {"annotate_2_6mb_over_jieba": ratio}


def build_and_site(out: Path | None, sources: str | None) -> tuple[list[str], dict[str, float]]:
    flags = (["--out", str(out)] if out else []) + (["--sources", sources] if sources else [])
    folder = out or parse_bench.ROOT / "build"
    lines = []
    if not (folder / "annotations").is_dir():
        seconds, _ = run_process(xinyong("build", *flags))
        lines.append(f"  first build into {folder} (not a goal): {seconds:.1f} s")
    with tempfile.TemporaryFile() as output:
        build_s, build_mb = run_process(xinyong("build", *flags), stdout=output)
        build_cpu = parse_bench.CPU_SECONDS[-1]
        output.seek(0)
        printed = output.read().decode("utf-8", "replace")
    analyses = re.search(r"analyze ([\d.]+)s", printed)
    analyze_s = float(analyses.group(1)) if analyses else float("nan")
    site_s, site_mb = run_process(xinyong("site", *flags))
    lines = ["build and site (whole processes):", *lines,
             f"  xinyong build, nothing changed: {build_s:.1f} s [{build_cpu:.1f} CPU], peak {build_mb:.0f} MB; "
             f"its analyses: {analyze_s:.1f} s "
             f"(goal < 5 s: {verdict(analyze_s, 5)})",
             f"  xinyong site: {site_s:.1f} s, peak {site_mb:.0f} MB"]
    return lines, {"analyses_seconds": analyze_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sources", default=None, help="The sources folder (default as for xinyong).")
    parser.add_argument("--out", type=Path, default=None, help="Build folder for build and site (default build/).")
    parser.add_argument("--repeat", type=int, default=3, help="Runs of each short measurement (best kept).")
    parser.add_argument("--skip-build", action="store_true", help="Leave out xinyong build and site.")
    args = parser.parse_args()
    files = shared_texts(args.sources)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        rows = parse_bench.measure(files, parse_bench.SIZES_MB, folder)
        print("\n".join(parse_bench.report(rows)), flush=True)
        lines, _ = startup(files, args.repeat, folder / "cache")
        print("\n".join(lines), flush=True)
        lines, _ = annotation(files, args.repeat, folder, folder / "cache")
        print("\n".join(lines), flush=True)
    if not args.skip_build:
        lines, _ = build_and_site(args.out, args.sources)
        print("\n".join(lines), flush=True)


if __name__ == "__main__":
    try:
        main()
    except subprocess.SubprocessError as exc:
        sys.exit(str(exc))
