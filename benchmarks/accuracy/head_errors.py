"""Why headline blocks go wrong: the splitter's errors on generated pages, by kind.

    python -m benchmarks.accuracy.head_errors DIR [DIR ...] [--show KIND] [--limit N] [--by-layout]

For every gold article of the normal-leading pages in the folders (interleave-risk pages are
measured apart, as in the accuracy tables), per language and extractor, its headline block
(kicker + headline + subheadline, whitespace ignored, as the tables score it) is one of:

- ``right``;
- ``dealt elsewhere``: the splitter formed the block but gave it to another body (or made it
  a banner): the pairing of blocks and bodies is wrong;
- ``cut wrong``: the block's lines stand together in the extraction, but the splitter cut its
  run of heading lines elsewhere (a banner or a neighbour's lines joined to it, its kicker cut
  off and dealt apart);
- ``scattered``: the extraction does not hold the block's lines together (the extractor read a
  row of headline blocks line by line, or set a kicker far from its title): no cutting of runs
  into blocks can form it;
- ``no body``: no predicted article holds half of the article's body.

The shares say what a change can win where: on Chinese pdftotext pages, for one, a better
pairing can mend a few in a hundred, a better cutting a fifth. ``--show KIND`` prints the
articles of one kind with the extraction's lines around the block (``cut wrong``) or with what
the splitter made of them. ``--by-layout`` counts the kinds apart by where each article's
block stands on the page (``layout.articles[].head`` of the gold: across the top of its
columns, beside them, inset between them) and whether the article has one column or more.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path
from typing import Any

from cleanpress import Pipeline, split_text

from .score import EXTRACTORS
from .gold import load
from .split_metrics import article_pairs, as_dict, norm

KINDS = ("right", "dealt elsewhere", "cut wrong", "scattered", "no body")
#: The filters before the splitter's own reading: lines as it sees them, letter-spacing gone (and a
#: laid-out page read column by column).
_LINES = Pipeline.from_names(["normalize", "columns", "despace"])
_invisible = re.compile(r"[\s\-‐]")
#: A headline block runs over at most this many extracted lines.
_MOST_LINES = 12


def placement(layout: dict[str, Any]) -> str:
    """Where a gold article's block stands and over how many columns (``--by-layout``):
    ``top``, ``side`` (left or right of the text) or ``inset``, then ``1 column`` or
    ``columns``."""
    where = "side" if layout["head"].startswith("side") else layout["head"]
    return f"{where}, {'1 column' if layout['columns'] == 1 else 'columns'}"


def _block(item: dict[str, Any]) -> str:
    return norm([item["kicker"], item["headline"], item["subheadline"]])


def _visible(text: str) -> str:
    return _invisible.sub("", text)


def contiguous_run(block: str, lines: list[str]) -> tuple[int, int] | None:
    """The first and last index of the extracted ``lines`` that together hold exactly the
    ``block`` (visible characters, hyphens left out), or None when no run of lines does."""
    target = _visible(block)
    visible = [_visible(line) for line in lines]
    for start, first in enumerate(visible):
        if not first or not target.startswith(first):
            continue
        held = ""
        for end in range(start, min(start + _MOST_LINES, len(lines))):
            held += visible[end]
            if held == target:
                return start, end
            if not target.startswith(held):
                break
    return None


def classify(gold: dict[str, Any], text: str) -> list[tuple[str, dict[str, Any], dict[str, Any] | None]]:
    """Each gold article of one extraction with the kind of its headline block and the
    predicted article paired with it (None: no body)."""
    predicted = [as_dict(item) for item in split_text(text)]
    articles = [item for item in predicted if item["type"] == "article"]
    golds = [item for item in gold["items"] if item["type"] == "article"]
    paired = dict(article_pairs(golds, articles))
    blocks = {_block(item) for item in predicted}
    lines = [line for line in _LINES.run(text).split("\n") if line.strip()]
    out = []
    for gi, article in enumerate(golds):
        mine = articles[paired[gi]] if gi in paired else None
        block = _block(article)
        if mine is None:
            kind = "no body"
        elif block == _block(mine):
            kind = "right"
        elif block in blocks:
            kind = "dealt elsewhere"
        elif contiguous_run(block, lines) is not None:
            kind = "cut wrong"
        else:
            kind = "scattered"
        out.append((kind, article, mine))
    return out


def _show(kind: str, name: str, article: dict[str, Any], mine: dict[str, Any] | None, text: str) -> None:
    fields = ("kicker", "headline", "subheadline")
    print(f"== {name}  gold: {[article[f] for f in fields]}")
    print(f"   made: {[mine[f] for f in fields] if mine else None}")
    if kind == "cut wrong":
        lines = [line for line in _LINES.run(text).split("\n") if line.strip()]
        run = contiguous_run(_block(article), lines)
        assert run is not None
        for i in range(max(0, run[0] - 3), min(len(lines), run[1] + 4)):
            print(f"     {'>' if run[0] <= i <= run[1] else ' '} {lines[i][:70]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path, help="folders of generated pages (*.gold.json)")
    parser.add_argument("--show", choices=KINDS, help="print the articles of this kind")
    parser.add_argument("--limit", type=int, default=20, help="how many to print with --show")
    parser.add_argument("--by-layout", action="store_true", help="count apart by where the block stands")
    args = parser.parse_args(argv)
    counts: dict[tuple[str, ...], Counter[str]] = {}
    shown = 0
    for folder in args.folders:
        for gold_path in sorted(folder.glob("*.gold.json")):
            gold = load(gold_path)
            if gold["interleave_risk"]:
                continue
            stem = gold_path.name[: -len(".gold.json")]
            for extractor in EXTRACTORS:
                text_path = gold_path.with_name(f"{stem}.{extractor}.txt")
                if not text_path.exists():
                    continue
                text = text_path.read_text(encoding="utf-8")
                layouts = gold["layout"]["articles"]
                for (kind, article, mine), layout in zip(classify(gold, text), layouts):
                    key = (gold["language"], extractor) + ((placement(layout),) if args.by_layout else ())
                    counts.setdefault(key, Counter())[kind] += 1
                    if kind == args.show and shown < args.limit:
                        shown += 1
                        _show(kind, f"{stem}.{extractor}", article, mine, text)
    width = 34 if args.by_layout else 16
    print(f"{'pages':{width}s} {'articles':>8s}  " + "  ".join(f"{kind:>15s}" for kind in KINDS))
    for key, counted in sorted(counts.items()):
        total = sum(counted.values())
        shares = "  ".join(f"{counted[kind] / total:15.3f}" for kind in KINDS)
        print(f"{' '.join(key):{width}s} {total:8d}  {shares}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
