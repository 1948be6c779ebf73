"""Throughput, memory and cold start of cleanpress, as one table.

    python benchmarks/throughput.py [--mb 50] [--repeat 3]

The corpus is about ``--mb`` megabytes of damaged pages, pages separated by form feeds:
the seed page as extracted (a blank line after every line), the same page with no blank lines
(another extractor's convention), the seed in Traditional script, and the English pages that
pdfminer and pdftotext extracted in tests/cases/pages/ (real hyphenated columns). Each
filter is timed on the output of the filters before it, then the whole default pipeline, on
the pages and on the corpus as one page (no form feeds: a whole archive piped in, where a cost
that grows faster than the text would show); the reference is one `regex` substitution pass over the same text (collapsing runs of spaces),
the cheapest thing a cleaner could possibly do. Times are the best of ``--repeat`` runs.
Cold start compares `cleanpress clean` on the seed with `python -c "import typer, regex"`.
The first line names the build measured: pure Python, or compiled filters (see README, Speed).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import regex

import cleanpress
from cleanpress import Pipeline
from cleanpress.filters import build_name

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_3c7ae53d10ee8564.txt"
PAGES = ROOT / "tests" / "cases" / "pages"


def corpus_pages() -> list[str]:
    """One copy of each kind of page in the corpus."""
    seed = SEED.read_text(encoding="utf-8")
    pages = [seed, regex.sub(r"\n\n+", "\n", seed), cleanpress.clean_text(seed, ["convert"], convert={"config": "s2t"})]
    pages += [path.read_text(encoding="utf-8") for path in sorted(PAGES.glob("en-*.txt"))]
    return pages


def build_corpus(megabytes: float) -> str:
    pages = corpus_pages()
    size = sum(len(p.encode("utf-8")) for p in pages)
    copies = max(1, round(megabytes * 1e6 / size))
    return "\f".join(pages * copies)


def best_time(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def cold_start(repeat: int = 25) -> tuple[float, float]:
    """Median wall time of `cleanpress clean SEED` and of `python -c "import typer, regex"`.

    `cleanpress` is the console script of the environment this runs in (what a user runs), and
    the two commands take turns, so that a machine growing busier or quieter during the
    measurement slows both alike.
    """
    script = Path(sys.executable).with_name("cleanpress")
    cleanpress_cmd = [str(script), "clean", str(SEED)] if script.exists() else [
        sys.executable, "-m", "cleanpress", "clean", str(SEED)
    ]
    baseline_cmd = [sys.executable, "-c", "import typer, regex"]
    times: dict[str, list[float]] = {"cleanpress": [], "baseline": []}
    subprocess.run(cleanpress_cmd, check=True, stdout=subprocess.DEVNULL)  # warm the file cache once
    for _ in range(repeat):
        for name, command in (("cleanpress", cleanpress_cmd), ("baseline", baseline_cmd)):
            start = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            times[name].append(time.perf_counter() - start)
    return statistics.median(times["cleanpress"]), statistics.median(times["baseline"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0, help="corpus size in MB (default 50)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best counts")
    args = parser.parse_args()

    corpus = build_corpus(args.mb)
    megabytes = len(corpus.encode("utf-8")) / 1e6
    reference = best_time(lambda: regex.sub(r"[ \t]+", " ", corpus), args.repeat)
    rows = [("reference: regex.sub(r'[ \\t]+', ' ', text)", megabytes / reference)]

    pipeline = Pipeline.from_names()
    text = corpus
    for filter_ in pipeline.filters:
        single = Pipeline((filter_,))
        seconds = best_time(lambda: single.run(text), args.repeat)
        rows.append((f"filter {filter_.name}", megabytes / seconds))
        text = single.run(text)
    seconds = best_time(lambda: pipeline.run(corpus), args.repeat)
    rows.append(("default pipeline", megabytes / seconds))
    # The same text with no page breaks (a whole archive piped in): cost must grow with size.
    one_page = corpus.replace("\f", "\n\n")
    seconds = best_time(lambda: pipeline.run(one_page), args.repeat)
    rows.append(("default pipeline, the corpus as one page", megabytes / seconds))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(
        f"corpus: {megabytes:.1f} MB, {corpus.count(chr(12)) + 1} pages; best of {args.repeat} runs; "
        f"build: {build_name()}\n"
    )
    print("| what | MB/s | share of reference |")
    print("|---|---:|---:|")
    for name, rate in rows:
        print(f"| {name} | {rate:.1f} | {rate / rows[0][1]:.0%} |")
    print(f"\npeak memory of this process (corpus, copies, cleaning it in one call): {peak_mb:.0f} MB")
    ours, baseline = cold_start()
    print(
        f"cold start: `cleanpress clean` on the seed {ours * 1000:.0f} ms, "
        f'`python -c "import typer, regex"` {baseline * 1000:.0f} ms ({ours / baseline:.2f}x)'
    )


if __name__ == "__main__":
    main()
