"""The benchmark's named page sets, and one command that makes them.

    python -m benchmarks.accuracy.sets list
    python -m benchmarks.accuracy.sets make NAME [NAME ...] --out DIR [--jobs N]
    python -m benchmarks.accuracy.sets score NAME [NAME ...] --out DIR [--jobs N] [--save FILE] [--against FILE]

The figures the README reports were measured on these sets; each is made of ``generate`` runs
(one per seed, all with ``--risk-share 0 --no-pdf``: normal leading, no PDFs kept), written
flat into ``DIR/NAME/`` so that ``python -m benchmarks.accuracy --summary --cases DIR/NAME``
scores the whole set. The same seeds and the same installed package versions give the same
files (``generate`` is deterministic), so a set made anew on another machine scores as the
README says. Making the held-out set takes about five minutes on the 2-core machine
(``--jobs 2``), most of it WeasyPrint's.

- ``heldout``: never tuned on; the README's held-out table (reportlab seeds 201-210, four
  pages each; WeasyPrint 401-410, six each; Chinese newspaper-length titles, reportlab
  2201-2210 and WeasyPrint 2251-2255, four each).
- ``development``: for looking at errors and checking changes before the held-out pages
  (reportlab 161-170; Chinese newspaper-length titles 2101-2110; WeasyPrint 481-490).
- ``cohesive-development`` and ``cohesive-unseen``: pages whose headlines name their articles
  (``--cohesive-heads``); the README's cohesive-heads table (reportlab 741-746 and WeasyPrint
  761-763; reportlab 801-804 and WeasyPrint 811-813). Session 30 looked at errors on the
  unseen ones too, so they are development pages now;
- ``cohesive-development-2``: more such pages to look at (reportlab 841-850 and WeasyPrint
  851-855, six each);
- ``cohesive-heldout``: such pages never looked at (reportlab 821-830 and WeasyPrint 831-835,
  six each), measured once for each change to the headline-word rules.
- ``english-fresh``: English pages, heads drawn at random (reportlab 5001-5012 and WeasyPrint
  5051-5056, six each), made in session 31 to judge how pdftotext's columns are put back
  together; one page's errors were looked at (en-s5002-p03), so they are development pages.
- ``chinese-fresh``: Chinese pages, heads drawn at random and newspaper-length (reportlab
  6001-6012 and WeasyPrint 6051-6056, six each; reportlab 6101-6105, four each), made in
  session 35 as a second test of changes to the pairing after the held-out pages (which are
  small enough that two or three blocks either way are noise).

``score`` prints the splitter's figures on made sets, one row per set and cell of the split
issue's bar (each language with each extractor): articles found, headline blocks, bylines and
paragraph breaks P / R, as the accuracy tables count them. ``--save`` keeps them as JSON;
``--against`` such a file shows each figure that moved as ``old->new``: how a change is tried
on every set at once (scoring the six sets of the README takes about 80 s with ``--jobs 2``).

The training pages of the shipped models are listed with their trainers in
``benchmarks/accuracy/README.md``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .metrics import Counts
from .score import BAR_CELLS, group_sums, run, table


@dataclass(frozen=True)
class Batch:
    """Pages made alike: one ``generate`` run per seed."""

    seeds: range
    pages: int
    engine: str = "reportlab"
    lang: str = "both"
    heads: str = "drawn"  # or "cohesive", "news" (generate --cohesive-heads, --news-heads)

    def commands(self, out: Path) -> list[list[str]]:
        """The ``generate`` command lines that make this batch into ``out``."""
        heads = {"drawn": [], "cohesive": ["--cohesive-heads"], "news": ["--news-heads"]}[self.heads]
        return [
            [sys.executable, "-m", "benchmarks.accuracy.generate", "--seed", str(seed), "--out", str(out),
             "--pages", str(self.pages), "--lang", self.lang, "--engine", self.engine, "--risk-share", "0",
             "--no-pdf", *heads]
            for seed in self.seeds
        ]


SETS: dict[str, tuple[Batch, ...]] = {
    "heldout": (
        Batch(range(201, 211), 4),
        Batch(range(401, 411), 6, engine="weasyprint"),
        Batch(range(2201, 2211), 4, lang="zh", heads="news"),
        Batch(range(2251, 2256), 4, engine="weasyprint", lang="zh", heads="news"),
    ),
    "development": (
        Batch(range(161, 171), 6),
        Batch(range(2101, 2111), 4, lang="zh", heads="news"),
        Batch(range(481, 491), 6, engine="weasyprint"),
    ),
    "cohesive-development": (
        Batch(range(741, 747), 6, heads="cohesive"),
        Batch(range(761, 764), 6, engine="weasyprint", heads="cohesive"),
    ),
    "cohesive-unseen": (
        Batch(range(801, 805), 6, heads="cohesive"),
        Batch(range(811, 814), 6, engine="weasyprint", heads="cohesive"),
    ),
    "cohesive-development-2": (
        Batch(range(841, 851), 6, heads="cohesive"),
        Batch(range(851, 856), 6, engine="weasyprint", heads="cohesive"),
    ),
    "cohesive-heldout": (
        Batch(range(821, 831), 6, heads="cohesive"),
        Batch(range(831, 836), 6, engine="weasyprint", heads="cohesive"),
    ),
    "english-fresh": (
        Batch(range(5001, 5013), 6, lang="en"),
        Batch(range(5051, 5057), 6, engine="weasyprint", lang="en"),
    ),
    "chinese-fresh": (
        Batch(range(6001, 6013), 6, lang="zh"),
        Batch(range(6051, 6057), 6, engine="weasyprint", lang="zh"),
        Batch(range(6101, 6106), 4, lang="zh", heads="news"),
    ),
}


def commands(name: str, out: Path) -> list[list[str]]:
    """Every ``generate`` command line that makes set ``name`` into ``out``."""
    return [command for batch in SETS[name] for command in batch.commands(out)]


def make(names: list[str], out: Path, jobs: int) -> int:
    """Make the named sets under ``out``, ``jobs`` seeds at a time; the number of failed runs."""
    runs = [command for name in names for command in commands(name, out / name)]
    root = Path(__file__).resolve().parents[2]

    def run(command: list[str]) -> int:
        done = subprocess.run(command, cwd=root, capture_output=True, text=True)
        if done.returncode:
            print(f"failed: {' '.join(command[1:])}\n{done.stderr.strip()}", file=sys.stderr)
        return done.returncode

    failed = 0
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for number, code in enumerate(pool.map(run, runs), 1):
            failed += bool(code)
            print(f"\r{number}/{len(runs)} seeds", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return failed


#: The figures ``score`` gives for each cell of the split issue's bar (``score.BAR_CELLS``).
FIGURES: tuple[tuple[str, Callable[[Counts], float | None]], ...] = (
    ("articles", lambda c: c.split_ratio("matched_articles")),
    ("headline", lambda c: c.split_ratio("headline_ok")),
    ("byline", lambda c: c.split_ratio("byline_ok")),
    ("split P", lambda c: c.split_precision),
    ("split R", lambda c: c.split_recall),
)

Figures = dict[str, dict[str, dict[str, float | None]]]  # set -> cell -> figure -> value


def figures(folder: Path) -> dict[str, dict[str, float | None]]:
    """The splitter's figures on the pages in ``folder``, per cell of the bar it has pages for."""
    options = argparse.Namespace(
        cases=folder, cleaner="cleanpress:clean_text", splitter="cleanpress:split_text", split_input="raw"
    )
    groups = group_sums(run(options)["results"])
    out: dict[str, dict[str, float | None]] = {}
    for cell in (f"{language} {extractor}" for language, extractor in BAR_CELLS):
        counts = groups.get(cell, {}).get("cleanpress")
        if counts is not None:
            out[cell] = {name: figure(counts) for name, figure in FIGURES}
    return out


def score(names: list[str], out: Path, jobs: int) -> Figures:
    """The figures of the named sets made under ``out``, ``jobs`` sets at a time."""
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return dict(zip(names, pool.map(figures, [out / name for name in names])))


def figure_table(scored: Figures, against: Figures | None = None) -> str:
    """``scored`` as a table; with ``against``, each figure that moved as ``old->new``."""
    rows = []
    for name, cells in scored.items():
        for cell, values in cells.items():
            old = (against or {}).get(name, {}).get(cell, {})
            row = [name, cell]
            for figure, value in values.items():
                shown = "n/a" if value is None else f"{value:.3f}"
                before = old.get(figure)
                if before is not None and value is not None and f"{before:.3f}" != shown:
                    shown = f"{before:.3f}->{shown}"
                row.append(shown)
            rows.append(row)
    return table(["set", "cell", *(name for name, _ in FIGURES)], rows, markdown=False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.accuracy.sets", description=__doc__.splitlines()[0])
    verbs = ap.add_subparsers(dest="verb", required=True)
    verbs.add_parser("list", help="name each set and the generate runs it is made of")
    maker = verbs.add_parser("make", help="make sets into OUT/NAME/")
    maker.add_argument("names", nargs="+", choices=sorted(SETS), metavar="NAME")
    maker.add_argument("--out", type=Path, required=True)
    maker.add_argument("--jobs", type=int, default=2, help="seeds generated at once (default 2)")
    scorer = verbs.add_parser("score", help="the splitter's figures on sets made into OUT/NAME/")
    scorer.add_argument("names", nargs="+", choices=sorted(SETS), metavar="NAME")
    scorer.add_argument("--out", type=Path, required=True)
    scorer.add_argument("--jobs", type=int, default=2, help="sets scored at once (default 2)")
    scorer.add_argument("--save", type=Path, help="also write the figures to this JSON file")
    scorer.add_argument("--against", type=Path, help="figures saved before: show what moved")
    args = ap.parse_args(argv)
    if args.verb == "list":
        for name, batches in SETS.items():
            print(name)
            for batch in batches:
                print(f"  {batch.engine} seeds {batch.seeds.start}-{batch.seeds.stop - 1}, {batch.pages} pages each,"
                      f" lang {batch.lang}, heads {batch.heads}")
        return 0
    if args.verb == "score":
        missing = [name for name in args.names if not (args.out / name).is_dir()]
        if missing:
            print(f"error: not made under {args.out}: {', '.join(missing)}", file=sys.stderr)
            return 1
        against = json.loads(args.against.read_text(encoding="utf-8")) if args.against else None
        scored = score(args.names, args.out, args.jobs)
        print(figure_table(scored, against))
        if args.save:
            args.save.write_text(json.dumps(scored, indent=1), encoding="utf-8")
        return 0
    failed = make(args.names, args.out, args.jobs)
    if failed:
        print(f"error: {failed} generate runs failed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
