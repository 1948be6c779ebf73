"""Ragged-right English text, made from the gold paragraphs of generated pages: reflow's
training takes it in, and this measures reflow on it.

    python -m benchmarks.accuracy.ragged --cases DIR [DIR ...] [--documents N] [--seed N]

The generated pages are all justified. Text set ragged right (side columns, typescripts and
their OCR) leaves room at the end of most lines, not only at paragraph ends, so the room a line
left says less there. A document here is a few gold paragraphs wrapped greedily (``textwrap``)
at one random measure, with no blank lines and no indents: only the lines themselves tell
where a paragraph ends. The script prints the precision and recall of the paragraph breaks
that ``reflow`` alone finds in such documents.
"""

from __future__ import annotations

import argparse
import json
import random
import textwrap
from collections.abc import Iterator
from pathlib import Path

import regex

from cleanpress.filters.reflow import Reflow

#: Paragraphs per document, and the range of measures (characters) a document is wrapped at.
PARAGRAPHS, MEASURES = 8, (25, 80)


def gold_paragraphs(directories: list[Path]) -> list[str]:
    """The English gold body paragraphs of the cases in ``directories`` (60 characters or more)."""
    return [
        block["text"]
        for directory in directories
        for gold_path in sorted(directory.glob("en-*.gold.json"))
        for item in json.loads(gold_path.read_text(encoding="utf-8"))["items"]
        for block in item["body"]
        if block["kind"] == "paragraph" and len(block["text"]) >= 60
    ]


def documents(paragraphs: list[str], count: int, seed: int) -> Iterator[list[list[str]]]:
    """``count`` documents, each as the wrapped lines of its paragraphs."""
    chance = random.Random(seed)
    for _ in range(count):
        measure = chance.randint(*MEASURES)
        chosen = chance.sample(paragraphs, min(PARAGRAPHS, len(paragraphs)))
        yield [textwrap.wrap(paragraph, measure) for paragraph in chosen]


def _visible(text: str) -> str:
    return regex.sub(r"\s", "", text)


def _ends(paragraphs: list[str]) -> set[int]:
    """Where each paragraph but the last ends, in visible characters from the start."""
    ends, position = set(), 0
    for paragraph in paragraphs[:-1]:
        position += len(_visible(paragraph))
        ends.add(position)
    return ends


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, nargs="+", required=True)
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    reflow = Reflow()
    found = true = gold = 0
    for document in documents(gold_paragraphs(args.cases), args.documents, args.seed):
        expected = _ends([" ".join(lines) for lines in document])
        cleaned = reflow("\n".join(line for lines in document for line in lines))
        predicted = _ends([unit for unit in cleaned.split("\n\n") if unit.strip()])
        found += len(predicted)
        true += len(predicted & expected)
        gold += len(expected)
    print(f"{args.documents} documents, {gold} paragraph breaks: precision {true / max(1, found):.3f} "
          f"recall {true / max(1, gold):.3f}")


if __name__ == "__main__":
    main()
