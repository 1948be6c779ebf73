"""Batch cleaning of a generated tree: correctness against single-file runs, and files per second
with one process and with two.

    python benchmarks/batch.py [--files 2000] [--repeat 3]

The tree holds ``--files`` page files in nested folders, made from the seed page and the GPL
preamble (tests/data) with variations: slices of different lengths, with and without the blank
line after every line, the seed in Traditional script, English hard-wrapped at different
widths; written as UTF-8, UTF-8 with BOM, UTF-16 LE/BE with BOM, GBK and Big5. About one file in
twenty is bad (binary, Latin-1 that no plausible encoding reads, UTF-16 without a byte-order
mark), and files the walk must leave alone sit beside them (Markdown, a hidden folder).

Each run copies the tree and runs ``cleanpress clean --in-place TREE --jobs N`` in a subprocess
(start-up included), then checks that every good file holds exactly what
``cleanpress.clean_text`` makes of its decoded text (plus the final newline) in UTF-8, that
every bad file is reported and untouched, and that nothing else changed. Times are the best of
``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import codecs
import random
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

import cleanpress

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_3c7ae53d10ee8564.txt"
GPL = ROOT / "tests" / "data" / "gpl3-preamble.txt"


@dataclass(frozen=True)
class Page:
    """One generated file: its bytes, and the text a reader should find in it (None: bad)."""

    data: bytes
    text: str | None


def variants(rng: random.Random) -> tuple[list[str], list[str]]:
    """Chinese and English page texts to draw from."""
    seed = SEED.read_text(encoding="utf-8")
    traditional = cleanpress.clean_text(seed, ["convert"], convert={"config": "s2tw"})
    traditional = traditional.encode("big5", "replace").decode("big5")  # what Big5 can hold
    chinese = []
    for page in (seed, re.sub(r"\n\n+", "\n", seed)):
        lines = page.splitlines(keepends=True)
        for _ in range(12):
            start = rng.randrange(len(lines) // 2)
            chinese.append("".join(lines[start:start + rng.randrange(40, len(lines))]))
    big5_lines = traditional.splitlines(keepends=True)
    big5 = ["".join(big5_lines[rng.randrange(len(big5_lines) // 2):]) for _ in range(6)]
    paragraphs = GPL.read_text(encoding="utf-8").split("\n")
    english = [
        "\n".join(textwrap.fill(p, width) for p in paragraphs[rng.randrange(3):] if p)
        for width in (38, 45, 52, 60, 66, 72)
    ]
    return chinese + english, big5


def make_pages(count: int, rng: random.Random) -> dict[str, Page]:
    texts, big5 = variants(rng)
    pages: dict[str, Page] = {}
    for index in range(count):
        name = f"{index % 7}/{index % 13:02}/page{index:05}.txt"
        kind = rng.random()
        text = rng.choice(texts)
        if kind < 0.02:
            pages[name] = Page(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(2000), None)
        elif kind < 0.04:
            pages[name] = Page("Crème brûlée, déjà vu, à la carte.\n".encode("latin-1") * 20, None)
        elif kind < 0.05:
            pages[name] = Page(text.encode("utf-16-le"), None)  # no mark: NULs, refused as binary
        elif kind < 0.15:
            pages[name] = Page(text.encode("gbk", "replace"), text.encode("gbk", "replace").decode("gbk"))
        elif kind < 0.23:
            page = rng.choice(big5)
            pages[name] = Page(page.encode("big5"), page)
        elif kind < 0.28:
            pages[name] = Page(codecs.BOM_UTF16_LE + text.encode("utf-16-le"), text)
        elif kind < 0.31:
            pages[name] = Page(codecs.BOM_UTF16_BE + text.encode("utf-16-be"), text)
        elif kind < 0.35:
            pages[name] = Page(codecs.BOM_UTF8 + text.encode("utf-8"), text)
        else:
            pages[name] = Page(text.encode("utf-8"), text)
    return pages


#: Files the walk must not touch: not *.txt, or in a hidden folder.
BYSTANDERS = {"README.md": b"# pages\n", ".cache/page.txt": "法 治 思 想\n".encode()}


def write_tree(root: Path, pages: dict[str, Page]) -> None:
    for name, data in {**{n: p.data for n, p in pages.items()}, **BYSTANDERS}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)


def expected_bytes(pages: dict[str, Page]) -> dict[str, bytes]:
    """What a single-file run makes of each good page, computed once per distinct text."""
    cache: dict[str, bytes] = {}
    expected = {}
    for name, page in pages.items():
        if page.text is not None:
            if page.text not in cache:
                cleaned = cleanpress.clean_text(page.text).rstrip("\n")
                cache[page.text] = (cleaned + "\n" if cleaned else "").encode("utf-8")
            expected[name] = cache[page.text]
    return expected


def run_once(pristine: Path, work: Path, jobs: int) -> tuple[float, subprocess.CompletedProcess[str]]:
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(pristine, work)
    command = [sys.executable, "-m", "cleanpress", "clean", "--in-place", str(work), "--jobs", str(jobs)]
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    return time.perf_counter() - start, result


def verify(work: Path, pages: dict[str, Page], expected: dict[str, bytes], result: subprocess.CompletedProcess[str]) -> list[str]:
    """Everything that is not as it should be (empty: all good)."""
    problems = []
    if result.returncode != 123:
        problems.append(f"exit code {result.returncode}, expected 123")
    reported = {
        line.removeprefix("error: cannot clean ").split(": ", 1)[0]
        for line in result.stderr.splitlines() if line.startswith("error: cannot clean ")
    }
    bad = {str(work / name) for name, page in pages.items() if page.text is None}
    if reported != bad:
        problems.append(f"{len(reported ^ bad)} bad files reported wrongly")
    for name, page in pages.items():
        now = (work / name).read_bytes()
        if now != expected.get(name, page.data):
            problems.append(f"{name} is not as a single-file run would leave it")
    for name, data in BYSTANDERS.items():
        if (work / name).read_bytes() != data:
            problems.append(f"{name} was touched")
    present = {str(p.relative_to(work)) for p in work.rglob("*") if p.is_file()}
    if present != set(pages) | set(BYSTANDERS):
        problems.append(f"files appeared or disappeared: {sorted(present ^ (set(pages) | set(BYSTANDERS)))[:5]}")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000, help="page files in the tree (default 2000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best counts")
    args = parser.parse_args()

    pages = make_pages(args.files, random.Random(20240428))
    expected = expected_bytes(pages)
    megabytes = sum(len(p.data) for p in pages.values()) / 1e6
    with tempfile.TemporaryDirectory(prefix="cleanpress-batch-") as folder:
        pristine, work = Path(folder) / "pristine", Path(folder) / "work"
        write_tree(pristine, pages)
        times: dict[int, list[float]] = {1: [], 2: []}
        for _ in range(args.repeat):  # alternated, so that a busy moment of the machine hits both
            for jobs in times:
                seconds, result = run_once(pristine, work, jobs)
                problems = verify(work, pages, expected, result)
                if problems:
                    sys.exit(f"--jobs {jobs}: " + "; ".join(problems[:5]))
                times[jobs].append(seconds)
        rows = [(jobs, min(seconds)) for jobs, seconds in times.items()]

    bad = sum(page.text is None for page in pages.values())
    print(f"tree: {len(pages)} files, {megabytes:.1f} MB, {bad} bad; best of {args.repeat} runs; every run checked\n")
    print("| --jobs | seconds | files/s | MB/s | speed-up |")
    print("|---:|---:|---:|---:|---:|")
    for jobs, seconds in rows:
        print(f"| {jobs} | {seconds:.2f} | {len(pages) / seconds:.0f} | {megabytes / seconds:.2f} | {rows[0][1] / seconds:.2f}x |")


if __name__ == "__main__":
    main()
