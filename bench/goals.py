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
- the analyses alone (under 5 s), in one process after loading the corpus, CPU and wall seconds,
  and `xinyong evidence "claim"` (an English claim, cached index) within 1.0x of the start-up
  floor: both read the last build's annotations (build/) and are skipped without them.
"""
from __future__ import annotations

import argparse
import os
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
ANALYSES = ("import sys, time\n"
            "from pathlib import Path\n"
            "from xinyong.analyze import run_all\n"
            "from xinyong.corpus import load_corpus\n"
            "corpus = load_corpus(sys.argv[2] or None)\n"
            "cpu, wall = time.process_time(), time.perf_counter()\n"
            "run_all(corpus, Path(sys.argv[1]))\n"
            "print(time.process_time() - cpu, time.perf_counter() - wall)\n")
# The build's path: records AND tokens (the DocBins), so the text is segmented with jieba.
WITH_TOKENS = ("import sys\n"
               "from xinyong.annotate.pipeline import annotatable_units, annotate_units\n"
               "from xinyong.structure import parse_file\n"
               "document = parse_file(sys.argv[1], 'zh')\n"
               "annotate_units(annotatable_units(document), 'zh', document.id, keep_docs=True)\n")
CLAIM = "People with low credit scores cannot buy plane tickets"


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
    evidence_lines = evidence(floor, repeat)
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
             *evidence_lines,
             f"  xinyong --help: {help_seconds:.2f} s; xinyong list: {list_seconds:.2f} s (neither imports spaCy)"]
    return lines, {"annotate_10kb_over_floor": ratio}


def evidence(floor: list[tuple[float, float, float]], repeat: int) -> list[str]:
    """`xinyong evidence "claim"` with its index cached, against the floor runs of the same run."""
    if not (parse_bench.ROOT / "build" / "annotations").is_dir():
        return ["  xinyong evidence: no build/ (run xinyong build first): not measured"]
    run_process(xinyong("evidence", CLAIM, "--top", "5"))  # builds the index cache when missing
    runs = [timed(xinyong("evidence", CLAIM, "--top", "5")) for _ in range(repeat)]
    floor_s, _, floor_cpu = best(floor)
    seconds, _, cpu = best(runs)
    return [f"  xinyong evidence \"{CLAIM[:24]}…\" (cached index): {seconds:.2f} s [{cpu:.2f}] = "
            f"{seconds / floor_s:.2f}x the floor, CPU {cpu / floor_cpu:.2f}x (goal <= 1.0x: {verdict(seconds / floor_s, 1.0)})"]


def analyses(out: Path | None, sources: str | None, repeat: int) -> tuple[list[str], dict[str, float]]:
    """The analyses in one process after loading the corpus (what `xinyong build` times as
    "analyze"): CPU and wall seconds, best of runs; the first run is printed too (it fills the
    chart, result and token caches when they are empty)."""
    folder = out or parse_bench.ROOT / "build"
    if not (folder / "annotations").is_dir():
        return [f"analyses: no annotations in {folder} (run xinyong build first): not measured"], {}
    runs = []
    for _ in range(repeat + 1):
        result = subprocess.run([sys.executable, "-c", ANALYSES, str(folder), sources or ""], check=True,
                                capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(parse_bench.ROOT / "analysis")})
        runs.append(tuple(float(v) for v in result.stdout.split()[-2:]))
    cpu, wall = min(r[0] for r in runs[1:]), min(r[1] for r in runs[1:])
    return ["analyses (in one process, after loading the corpus; best of runs):",
            f"  {cpu:.2f} s CPU, {wall:.2f} s wall (goal < 5 s: CPU {verdict(cpu, 5)}, wall {verdict(wall, 5)}); "
            f"first run {runs[0][0]:.2f} s CPU, {runs[0][1]:.2f} s wall"], {"analyses_cpu": cpu, "analyses_wall": wall}


def annotation(files: list[Path], repeat: int, folder: Path, cache: Path) -> tuple[list[str], dict[str, float]]:
    path = folder / "annotate-2.6mb.md"
    path.write_text(concatenated_text(files, 2.6), encoding="utf-8")
    env = {"XINYONG_CACHE": str(cache)}
    bare, annotate, tokens = [], [], []
    python_env = {**env, "PYTHONPATH": str(parse_bench.ROOT / "analysis")}
    for _ in range(max(1, repeat - 1)):
        bare.append(timed([sys.executable, "-c", BARE_JIEBA, str(path)]))
        annotate.append(timed(xinyong("annotate", str(path)), env=env))
        tokens.append(timed([sys.executable, "-c", WITH_TOKENS, str(path)], env=python_env))
    bare_s, bare_mb, bare_cpu = best(bare)
    annotate_s, annotate_mb, annotate_cpu = best(annotate)
    tokens_s, tokens_mb, tokens_cpu = best(tokens)
    ratio, cpu_ratio = annotate_s / bare_s, annotate_cpu / bare_cpu
    lines = [f"annotation of {path.stat().st_size / 1e6:.1f} MB (whole processes, best of runs; CPU seconds in brackets):",
             f"  bare jieba.lcut: {bare_s:.2f} s [{bare_cpu:.2f}], peak {bare_mb:.0f} MB",
             f"  xinyong annotate: {annotate_s:.2f} s [{annotate_cpu:.2f}, all processes], peak {annotate_mb:.0f} MB "
             f"(the largest process) = {ratio:.2f}x bare jieba, CPU {cpu_ratio:.2f}x",
             f"  goal <= 2x: CPU {verdict(cpu_ratio, 2)}, wall {verdict(ratio, 2)}; "
             f"aim <= 1.5x: CPU {verdict(cpu_ratio, 1.5)}, wall {verdict(ratio, 1.5)} "
             "(CPU seconds are the steadier measure on a shared machine)",
             f"  with tokens (the build's DocBin path, one process, jieba segmenting): {tokens_s:.2f} s "
             f"[{tokens_cpu:.2f}], peak {tokens_mb:.0f} MB = {tokens_s / bare_s:.2f}x bare jieba, "
             f"CPU {tokens_cpu / bare_cpu:.2f}x (`xinyong annotate` prints records only, which no token is "
             "needed for)"]
    return lines, {"annotate_2_6mb_over_jieba": ratio, "annotate_2_6mb_over_jieba_cpu": cpu_ratio,
                   "annotate_with_tokens_over_jieba_cpu": tokens_cpu / bare_cpu}


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
    lines, _ = analyses(args.out, args.sources, args.repeat)
    print("\n".join(lines), flush=True)
    if not args.skip_build:
        lines, _ = build_and_site(args.out, args.sources)
        print("\n".join(lines), flush=True)


if __name__ == "__main__":
    try:
        main()
    except subprocess.SubprocessError as exc:
        sys.exit(str(exc))
