"""Regenerate the measured tables in README.md: accuracy and throughput.

    python -m benchmarks.readme_tables [--mb 50]

Runs the accuracy scorer on the committed pages (tests/cases/pages/) and the throughput
benchmark, and replaces what stands between the markers ``<!-- accuracy:start -->`` /
``<!-- accuracy:end -->`` and ``<!-- throughput:start -->`` / ``<!-- throughput:end -->`` in
README.md with what they print. The README then shows exactly what the commands print on this
machine, never numbers typed by hand.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


def _run(command: list[str]) -> str:
    return subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()


def _replace(text: str, name: str, body: str) -> str:
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    head, found, rest = text.partition(start)
    if not found or end not in rest:
        raise SystemExit(f"README.md has no {start} ... {end} section")
    return f"{head}{start}\n{body}\n{end}{rest.partition(end)[2]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", default="50", help="throughput corpus size in MB (default 50)")
    args = parser.parse_args()
    accuracy = _run([sys.executable, "-m", "benchmarks.accuracy", "--summary", "--markdown"])
    throughput = _run([sys.executable, "benchmarks/throughput.py", "--mb", args.mb])
    text = README.read_text(encoding="utf-8")
    text = _replace(text, "accuracy", accuracy)
    text = _replace(text, "throughput", throughput)
    README.write_text(text, encoding="utf-8")
    print("README.md tables regenerated")


if __name__ == "__main__":
    main()
