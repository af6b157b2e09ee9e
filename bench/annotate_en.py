"""Benchmark of English annotation on the corpus's English: our translations and the held-out English texts
(corpus/gold/heldout-en/texts). Prints figures; not a test.

usage: python bench/annotate_en.py [--runs 3]

Figures, each the median of --runs runs (CPU seconds beside wall seconds: on a shared machine they are
the steadier measure):

- whole processes, as a user meets them: `xinyong annotate ALL.en.md --lang en` on one file holding the
  texts of all those files one after another (start-up included), wall, CPU and peak memory, with the
  annotator's data cache (XINYONG_CACHE, the existing switch) warm, with only the lemma lexicon's entry
  missing (lexicon cold: lemminflect loads and inflects its words), and empty (everything cold);
- in one process, after loading: the English finders over every unit of those files, with and without the
  local-body finder, and that finder alone. There is no switch that turns the local-body finder off, so
  this part calls the finders directly (annotate.finders.find_all, as the pipeline's components do) with the
  finder's matcher set to None, which is what the pipeline runs when the corpus has no local-agencies.yaml;
- the lexicon's loading alone (annotate.en_lexicon.load_lexicon) in a fresh process, cache entry warm and cold.
"""
from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import parse as parse_bench  # noqa: E402  (bench/parse.py: whole-process runs and their CPU seconds)
from parse import ROOT, run_process, xinyong  # noqa: E402

TRANSLATIONS = ROOT / "corpus" / "translations"
HELDOUT = ROOT / "corpus" / "gold" / "heldout-en" / "texts"
LEXICON_ENTRY = "en-lexicon-*.bin"  # the lexicon's entry in the data cache (annotate/cache.py)
LOAD_LEXICON = ("import sys, time\n"
                "wall, cpu = time.perf_counter(), time.process_time()\n"
                "from xinyong.annotate.en_lexicon import load_lexicon\n"
                "load_lexicon(sys.argv[1])\n"
                "print(time.perf_counter() - wall, time.process_time() - cpu)\n")


def english_files() -> list[Path]:
    """Our translations and the held-out English texts, in name order."""
    return sorted(TRANSLATIONS.glob("*.en.md")) + sorted(HELDOUT.glob("*.en.md"))


def body(path: Path) -> str:
    """A file's text without its front matter."""
    text = path.read_text(encoding="utf-8")
    if text.startswith("---\n"):
        text = text.split("\n---\n", 1)[1]
    return text.strip("\n")


def median_run(args: list[str], runs: int, cache: Path, before=None) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak MB), each the median of `runs` whole processes; `before(cache)`
    runs before each (it sets the cache's state)."""
    walls, cpus, peaks = [], [], []
    for _ in range(runs):
        if before:
            before(cache)
        wall, peak = run_process(args, env={"XINYONG_CACHE": str(cache)})
        walls.append(wall)
        cpus.append(parse_bench.CPU_SECONDS[-1])
        peaks.append(peak)
    return statistics.median(walls), statistics.median(cpus), statistics.median(peaks)


def drop_lexicon(cache: Path) -> None:
    for entry in cache.glob(LEXICON_ENTRY):
        entry.unlink()


def emptied(cache: Path) -> None:
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir()


def whole_processes(files: list[Path], runs: int, folder: Path) -> list[str]:
    combined = folder / "english-corpus.en.md"
    combined.write_text("# The corpus's English\n\n" + "\n\n".join(body(p) for p in files) + "\n", encoding="utf-8")
    cache = folder / "cache"
    cache.mkdir()
    command = xinyong("annotate", str(combined), "--lang", "en")
    run_process(command, env={"XINYONG_CACHE": str(cache)})  # fills the cache
    warm = median_run(command, runs, cache)
    if not list(cache.glob(LEXICON_ENTRY)):
        sys.exit(f"no {LEXICON_ENTRY} in the cache after a run: the lexicon's cache entry has another name")
    lexicon_cold = median_run(command, runs, cache, drop_lexicon)
    cold = median_run(command, runs, folder / "empty-cache", emptied)
    sys.path.insert(0, str(ROOT / "analysis"))
    from xinyong.annotate.pipeline import annotatable_units
    from xinyong.structure import parse_file

    units = annotatable_units(parse_file(combined, "en"))
    lines = [f"whole process `xinyong annotate --lang en` on {len(files)} files in one "
             f"({combined.stat().st_size / 1e3:.0f} kB, {len(units)} units, {sum(len(t) for _, t in units):,} characters), "
             f"median of {runs}: wall s [CPU s], peak MB"]
    for name, (wall, cpu, peak) in (("cache warm", warm), ("lexicon entry cold", lexicon_cold),
                                    ("cache empty (all cold)", cold)):
        lines.append(f"  {name:24} {wall:6.2f} s [{cpu:6.2f}]  {peak:4.0f} MB  ({wall / warm[0]:.2f}x warm wall, "
                     f"{cpu / warm[1]:.2f}x CPU)")
    return lines


def lexicon_loading(runs: int, folder: Path) -> list[str]:
    cache = folder / "cache"  # filled by whole_processes
    command = [sys.executable, "-c", LOAD_LEXICON, str(ROOT / "corpus")]

    def timings(before) -> tuple[float, float]:
        values = []
        for _ in range(runs):
            before(cache)
            result = subprocess.run(command, check=True, capture_output=True, text=True,
                                    env={**os.environ, "PYTHONPATH": str(ROOT / "analysis"), "XINYONG_CACHE": str(cache)})
            values.append(tuple(float(v) for v in result.stdout.split()[-2:]))
        return statistics.median(v[0] for v in values), statistics.median(v[1] for v in values)

    cold = timings(drop_lexicon)
    warm = timings(lambda _: None)
    return ["lemma lexicon loading alone (load_lexicon in a fresh process, import included), median: wall s [CPU s]",
            f"  cache entry cold {cold[0]:.2f} s [{cold[1]:.2f}], warm {warm[0]:.2f} s [{warm[1]:.2f}]"]


def finders(files: list[Path], runs: int) -> list[str]:
    """The finders over every English unit, in process, with and without the local-body finder."""
    sys.path.insert(0, str(ROOT / "analysis"))
    from xinyong.annotate.finders import find_all
    from xinyong.annotate.pipeline import annotatable_units
    from xinyong.annotate.resources import load_resources
    from xinyong.labels import component_order
    from xinyong.structure import parse_file

    texts = [text for path in files for _, text in annotatable_units(parse_file(path, "en"))]
    resources = load_resources("en", str(ROOT / "corpus"))
    without = dataclasses.replace(resources, en_local_agencies=None)
    components = component_order("en")
    find_all(texts[0], resources, components)  # loads what the finders load on first use (the lexicon)

    def timed(work) -> tuple[float, float, int]:
        walls, cpus = [], []
        for _ in range(runs):
            wall, cpu = time.perf_counter(), time.process_time()
            found = sum(len(work(text)) for text in texts)
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        return statistics.median(walls), statistics.median(cpus), found

    with_local = timed(lambda text: find_all(text, resources, components))
    without_local = timed(lambda text: find_all(text, without, components))
    alone = timed(resources.en_local_agencies.find)
    characters = sum(len(t) for t in texts)
    return [f"English finders in one process over {len(texts)} units ({characters:,} characters), median of {runs}:",
            f"  with the local-body finder     {with_local[0]:6.2f} s [{with_local[1]:6.2f} CPU], {with_local[2]} records",
            f"  without it                     {without_local[0]:6.2f} s [{without_local[1]:6.2f} CPU], {without_local[2]} records "
            f"(with it: {with_local[1] / without_local[1]:.2f}x CPU)",
            f"  the local-body finder alone    {alone[0]:6.2f} s [{alone[1]:6.2f} CPU], {alone[2]} records"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="Runs of each measurement (the median is printed).")
    args = parser.parse_args()
    files = english_files()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        print("\n".join(whole_processes(files, args.runs, folder)), flush=True)
        print("\n".join(lexicon_loading(args.runs, folder)), flush=True)
    print("\n".join(finders(files, args.runs)), flush=True)


if __name__ == "__main__":
    try:
        main()
    except subprocess.SubprocessError as exc:
        sys.exit(str(exc))
