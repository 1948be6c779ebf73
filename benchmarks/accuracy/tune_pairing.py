"""Search the pairing's cost constants on training pages.

    python -m benchmarks.accuracy.tune_pairing --cases DIR [DIR ...] [--sweeps 1]

The pairing (:mod:`cleanpress.segment.pairing`) weighs its readings of a page by hand-set
costs (a block nobody takes, an article without a block, a block handed back past other
articles, an article that opens with no byline or lead, ...). This script tries each constant
in turn at 0, 0.5, 0.75, 1.33 and 2 times its value, split running on every case (both
extractors, interleave-risk pages left out), and keeps a value when it gets at least three more
fields right than the best so far: headline blocks, bylines and dateline+credits, counted over
all gold articles (:func:`benchmarks.accuracy.split_metrics.score_split`). It prints every trial.

What it finds is a proposal, not the shipped values: check it on validation pages, on pages
whose headlines name their articles (``generate --cohesive-heads``: the generated titles are
drawn at random, so the search cannot see what the headline-word evidence needs) and with the
tests, and keep only what holds there.
"""

from __future__ import annotations

import argparse
import glob
import json
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import cleanpress
from cleanpress.segment import pairing

from .split_metrics import score_split

CONSTANTS = ("FAR", "FAR_LATIN", "BANNER", "HEADLESS", "LATE", "NO_OPENING", "SAME_COLUMN", "PLAIN_LEVEL", "ROW",
             "TOGETHER", "OPENING_BELOW", "INSET_RUNS_ON", "BOUNDARY_WEIGHT", "COLUMN_CHANGE", "KICKER_ALONE",
             "CAPITALS_ALONE")
FACTORS = (0.0, 0.5, 0.75, 1.33, 2.0)
MARGIN = 3  # fields right a new value must add


def _cases(folders: list[str]) -> list[tuple[str, str]]:
    out = []
    for folder in folders:
        for path in sorted(glob.glob(f"{folder}/*.gold.json")):
            if not json.loads(Path(path).read_text(encoding="utf-8")).get("interleave_risk"):
                out += [(path, extractor) for extractor in ("pdftotext", "pdfminer")]
    return out


def _score(job: tuple[dict[str, float], str, str]) -> tuple[int, int, int, int]:
    values, gold_path, extractor = job
    for name, value in values.items():
        setattr(pairing, name, value)
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    text = Path(gold_path.replace(".gold.json", f".{extractor}.txt")).read_text(encoding="utf-8")
    c = score_split(gold, cleanpress.split_text(text))
    return c.headline_ok, c.byline_ok, c.dateline_credit_ok, c.gold_articles


def _evaluate(pool: Any, values: dict[str, float], cases: list[tuple[str, str]]) -> tuple[int, tuple[int, ...]]:
    sums = tuple(map(sum, zip(*pool.map(_score, [(values, *case) for case in cases], chunksize=8))))
    return sums[0] + sums[1] + sums[2], sums


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", nargs="+", required=True, help="folders of generated pages (training)")
    parser.add_argument("--sweeps", type=int, default=1, help="passes over the constants")
    args = parser.parse_args()
    cases = _cases(args.cases)
    values = {name: float(getattr(pairing, name)) for name in CONSTANTS}
    with Pool() as pool:
        best, sums = _evaluate(pool, values, cases)
        print(f"start: {best} right (headline, bylines, dateline, of articles: {sums})", values, flush=True)
        for _ in range(args.sweeps):
            for name in CONSTANTS:
                for value in sorted({round(values[name] * f, 3) for f in FACTORS} - {values[name]}):
                    trial = {**values, name: value}
                    score, trial_sums = _evaluate(pool, trial, cases)
                    print(f"  {name}={value}: {score} {trial_sums}", flush=True)
                    if score >= best + MARGIN:
                        best, values = score, trial
                        print(f"keep {name}={value}", flush=True)
        print("proposal:", values)


if __name__ == "__main__":
    main()
