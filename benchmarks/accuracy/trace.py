"""How the splitter read one generated page, next to the gold: for looking at one error.

    python -m benchmarks.accuracy.trace DIR/<id>.<extractor>.txt

``head_errors`` says which articles went wrong and of what kind; this prints one page the way
the splitter saw it (:func:`cleanpress.segment.page_pieces`), so that the step that went wrong
shows:

- the pieces in page order: each heading run's lines (``·`` marks a line after a blank line),
  and, where the page shows cohesion, the body each line clearly names (``-> B3``, see
  :mod:`cleanpress.segment.cohesion`); each body ``B0``, ``B1``... with its first words and
  the gold articles its paragraphs belong to;
- the items the splitter made: type, kicker | headline | subheadline, bylines, and the gold
  articles of its body's paragraphs in order (``[0, 0, 3]``: the last paragraph is article 3's;
  ``?``: a paragraph the gold does not hold as it is);
- the gold articles: number, block, bylines.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

from cleanpress import split_text
from cleanpress.api import build_pipeline
from cleanpress.segment import page_pieces
from cleanpress.segment.bodies import Body
from cleanpress.segment.boundaries import wraps
from cleanpress.segment.cohesion import Cohesion

from .gold import load
from .split_metrics import as_dict

_invisible = re.compile(r"[\s\-‐]+")


def owners(gold: dict[str, Any]) -> dict[int, str]:
    """Each gold article's body text (whitespace and hyphens left out), by its number."""
    articles = [item for item in gold["items"] if item["type"] == "article"]
    return {n: _invisible.sub("", " ".join(block["text"] for block in item["body"])) for n, item in enumerate(articles)}


def owner(text: str, bodies: dict[int, str]) -> int | None:
    """The gold article whose body holds ``text`` (its first or last 30, then 15, characters
    found in one body only), or None."""
    visible = _invisible.sub("", text)
    for size in (30, 15):
        for part in (visible[:size], visible[-size:]):
            found = [n for n, body in bodies.items() if part and part in body]
            if len(found) == 1:
                return found[0]
    return None


def trace(path: Path) -> list[str]:
    """The lines :func:`main` prints for one extraction (see the module docstring)."""
    gold = load(path.with_name(path.name.split(".")[0] + ".gold.json"))
    bodies = owners(gold)
    text = path.read_text(encoding="utf-8")
    pieces = page_pieces(text, build_pipeline())
    cohesion = Cohesion.of_page(pieces)
    names = {id(piece): f"B{n}" for n, piece in enumerate(p for p in pieces if isinstance(p, Body))}
    out = [f"pieces (the page {'shows' if cohesion.shown else 'does not show'} cohesion):"]
    for piece in pieces:
        if isinstance(piece, Body):
            seq = [owner(unit.text, bodies) for unit in piece.units]
            out.append(f"  {names[id(piece)]:4s} {piece.units[0].text[:40]!r} {_sequence(seq)}")
            continue
        for line in wraps(piece.units):
            shown = " / ".join(unit.text for unit in line)
            named = cohesion.clearly(line) if cohesion.shown else None
            mark = "·" if line[0].blank_before else " "
            out.append(f"     {mark}{shown[:60]}" + (f"  -> {names[named]}" if named is not None else ""))
    out.append("items:")
    for item in (as_dict(i) for i in split_text(text)):
        seq = [owner(block["text"], bodies) for block in item["body"]]
        out.append(f"  {item['type'][:4]} {_block(item)} {item['bylines']} {_sequence(seq)}")
    out.append("gold articles:")
    for n, item in enumerate(i for i in gold["items"] if i["type"] == "article"):
        out.append(f"  {n} {_block(item)} {item['bylines']}")
    return out


def _block(item: dict[str, Any]) -> str:
    """An item's headline block, its three fields apart, cut to 90 characters."""
    return " | ".join(str(item[field]) for field in ("kicker", "headline", "subheadline"))[:90]


def _sequence(seq: list[int | None]) -> str:
    return "[" + ", ".join("?" if n is None else str(n) for n in seq) + "]"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("extraction", type=Path, help="DIR/<id>.<extractor>.txt, with DIR/<id>.gold.json beside it")
    args = parser.parse_args(argv)
    print("\n".join(trace(args.extraction)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
