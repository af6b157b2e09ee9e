"""The measure -> sanctioned party link on the unit-level Chinese gold (issue 19): strict and
lenient accuracy on a split, and with --wrong the wrong links (train split only: the test units
and the held-out documents are for measuring, not tuning).

usage: python bench/party_links.py [--split train|test|all] [--wrong]
"""
from __future__ import annotations

import argparse

from xinyong.annotate.party_links import evaluate_party_links
from xinyong.corpus import load_corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["train", "test", "all"], default="train")
    parser.add_argument("--wrong", action="store_true", help="list the wrong links (train only)")
    args = parser.parse_args()
    result = evaluate_party_links(load_corpus(), args.split)
    print(f"split {args.split}: gold measures with a party {result['gold_measures_with_party']}, "
          f"found {result['measures_found']}, strict {result['strict_right']} = {result['strict_accuracy']}, "
          f"lenient {result['lenient_right']} = {result['lenient_accuracy']}")
    if args.wrong and args.split == "train":
        for row in result["wrong"]:
            print(f"{row['doc']} {row['unit']}: {row['measure']} gold={row['gold']} found={row['found']}  …{row['context']}…")


if __name__ == "__main__":
    main()
