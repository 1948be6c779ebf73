"""How fast ``split`` reads pages, against cleaning the same pages.

    python benchmarks/split_speed.py [--repeat 3]

The pages are the seed page and the extracted benchmark pages committed in tests/cases/pages/
(Chinese and English, pdfminer and pdftotext), each split one page at a time as the ``split``
command does. ``split`` cleans with the default pipeline first and then reads the page (units,
bodies and heading runs, pairing, fields), so the table shows both and what the reading adds.
Times are the best of ``--repeat`` runs, in one process, after one warm-up pass.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import cleanpress

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_3c7ae53d10ee8564.txt"
PAGES = ROOT / "tests" / "cases" / "pages"


def pages() -> list[str]:
    return [SEED.read_text(encoding="utf-8")] + [p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.txt"))]


def best_time(work: Callable[[str], object], texts: list[str], repeat: int) -> float:
    for text in texts:  # warm-up: word lists, models and compiled patterns load once
        work(text)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            work(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = pages()
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    clean = best_time(cleanpress.clean_text, texts, args.repeat)
    split = best_time(cleanpress.split_text, texts, args.repeat)
    print(f"{len(texts)} pages, {megabytes:.2f} MB")
    print("| what | seconds | pages/s | MB/s |")
    print("|---|---:|---:|---:|")
    for name, seconds in (("clean", clean), ("split (clean, then read)", split)):
        print(f"| {name} | {seconds:.3f} | {len(texts) / seconds:.0f} | {megabytes / seconds:.2f} |")


if __name__ == "__main__":
    main()
