"""Benchmark of the full build and the site: prints times and sizes (not a test).

usage: python bench/site.py [--sources DIR]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "analysis"))

from xinyong.build import build  # noqa: E402
from xinyong.site import build_site  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sources", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        started = time.perf_counter()
        result = build(args.sources, out)
        print(f"build: {time.perf_counter() - started:.1f}s (" + ", ".join(f"{k} {v:.1f}s" for k, v in result.timings.items()) + ")")
        for name, seconds in sorted(result.stats.get("analyze", {}).items(), key=lambda kv: -kv[1]):
            print(f"  analysis {name}: {seconds:.2f}s")
        site = build_site(args.sources, out)
        print(f"site: {site['pages']} pages in {site['seconds']:.1f}s (pages generated in {site['generate_seconds']:.1f}s); "
              f"total size {site['bytes'] / 1e6:.1f} MB; largest page {site['largest_page']} "
              f"({site['largest_page_bytes'] / 1e3:.0f} kB)")
        pages = sorted((p.stat().st_size, p.relative_to(out / "site")) for p in (out / "site" / "docs").glob("*.html"))
        print(f"document pages: {len(pages)}, median {pages[len(pages) // 2][0] / 1e3:.0f} kB, "
              f"over 1 MB: {sum(1 for size, _ in pages if size > 1_000_000)}")


if __name__ == "__main__":
    main()
