"""Write tests/fixtures/published-runs.json: hashed word runs of published translations.

Usage: python scripts/published-runs.py FOLDER
FOLDER holds plain-text copies of published translations (first line: the URL, then the text).
The copies stay outside the repository; only the hashes and URLs are written, so the guard in
tests/test_originality.py can compare our translations with them offline.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from xinyong.originality import RUN_LENGTH, run_hashes


def main(folder: str) -> None:
    sources = []
    for path in sorted(Path(folder).glob("*.txt")):
        url, _, text = path.read_text(encoding="utf-8").partition("\n")
        sources.append({"url": url.strip(), "hashes": sorted(run_hashes(text))})
    out = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "published-runs.json"
    out.write_text(json.dumps({"run_length": RUN_LENGTH, "sources": sources}, indent=1) + "\n", encoding="utf-8")
    print(f"{out}: {len(sources)} sources, {sum(len(s['hashes']) for s in sources)} runs")


if __name__ == "__main__":
    main(sys.argv[1])
