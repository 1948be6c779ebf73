"""Which physical lines of a Latin-script page are headline lines (kicker, headline, deck,
banner, crosshead) rather than body text.

Chinese column lines have a width that gives them away (reflow measures it); English lines are
ragged, hyphenated and justified by the extractor in its own way, and reflow cannot tell a
headline line from a short body line. This module weighs the evidence a line carries, in its
page: its end (a sentence end, a comma, a hyphen), its start, blank lines around it, its
length against the page's column lines, its box of lines, and its neighbours (it reads the
lines after ``despace``, which makes the double spaces of justified text one). The weights are a logistic regression learned from generated pages
(``benchmarks/accuracy/train_headlines.py``; ``cleanpress/data/headline_weights.json``); at
run time this is a dot product per line.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import lru_cache
from importlib.resources import files
from typing import Protocol

import regex


class LineLike(Protocol):
    text: str
    blank_before: bool


_ends_sentence = regex.compile(r"[.!?…][”’\"')\]]*$")
_ends_clause = regex.compile(r"[,;:][”’\"')\]]*$")
_byline = regex.compile(r"^(?:By|BY)\s+\p{Lu}")
_lead = regex.compile(r"^[\p{Lu}][\p{Lu}.'-]*(?:\s+[\p{Lu}][\p{Lu}.'-]*){0,3}(?:\s*\([\p{L} .]+\))?\s*(?:—|–|--)")
_capitals = regex.compile(r"^(?=.*\p{Lu}{2})[\p{Lu}\d][\p{Lu}\d &'’/:,.-]*$")
_word = regex.compile(r"[\p{L}\d][\p{L}\d'’-]*")


#: Words that need another after them (articles, prepositions, conjunctions, auxiliaries,
#: determiners): a headline, deck or kicker does not stop on one, a piece of running text may.
_OPEN_WORDS = frozenset(
    "a an the of to in on at for from by with as into onto than that this these those which who whose and or "
    "but nor if when while because so is are was were be been has have had do does did can could will would "
    "shall should may might must its their our your his her my not".split()
)


def ends_open(text: str) -> bool:
    """Whether a Latin text stops where no title stops: on a word that needs another after it
    (``Once the BIOS has begun booting from the CD- or``, ``In``) or on a comma."""
    words = _word.findall(text)
    return text.rstrip().endswith(",") or bool(words) and words[-1].lower() in _OPEN_WORDS


def _clip(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def features(lines: Sequence[LineLike]) -> list[list[float]]:
    """The evidence of every line, in the order :data:`NAMES` gives."""
    count = len(lines)
    texts = [line.text for line in lines]
    lengths = sorted(len(t) for t in texts) or [1]
    median = max(1, lengths[len(lengths) // 2])
    boxes: list[int] = []  # box number of each line
    for i, line in enumerate(lines):
        boxes.append((boxes[-1] + (1 if line.blank_before else 0)) if boxes else 0)
    box_size: dict[int, int] = {}
    box_ends: dict[int, int] = {}
    for i, box in enumerate(boxes):
        box_size[box] = box_size.get(box, 0) + 1
        box_ends[box] = box_ends.get(box, 0) + bool(_ends_sentence.search(texts[i]))
    out = []
    for i, text in enumerate(texts):
        previous = texts[i - 1] if i else ""
        following = texts[i + 1] if i + 1 < count else ""
        blank_after = i + 1 >= count or lines[i + 1].blank_before
        words = _word.findall(text)
        long_words = [w for w in words if len(w) >= 4]
        size = box_size[boxes[i]]
        out.append([
            1.0,
            float(bool(_ends_sentence.search(text))),
            float(bool(_ends_clause.search(text))),
            float(text.endswith("-")),
            float(text[:1].isupper()),
            float(text[:1].islower()),
            float(lines[i].blank_before or i == 0),
            float(blank_after),
            min(len(words), 15) / 15,
            _clip(len(text) / median, 0.0, 2.5),
            float(bool(_capitals.match(text))),
            sum(w[0].isupper() for w in long_words) / len(long_words) if long_words else 0.0,
            float(not previous or bool(_ends_sentence.search(previous))),
            float(previous.endswith("-")),
            float(following[:1].islower()),
            float(following[:1].isupper()),
            float(bool(_byline.match(following))),
            float(bool(_byline.match(previous))),
            float(bool(_lead.match(following))),
            _clip(len(text) / max(1, len(previous)), 0.0, 3.0) if previous else 1.0,
            _clip(len(text) / max(1, len(following)), 0.0, 3.0) if following else 1.0,
            float(size == 1),
            float(2 <= size <= 4),
            float(size >= 8),
            box_ends[boxes[i]] / size,
            float(len(words) <= 3),
            float(any(c.isdigit() for c in text)),
            float(text.endswith("?")),
            float(i == 0 or boxes[i - 1] != boxes[i]),
            float(bool(_lead.match(text))),
            float(bool(previous) and not _ends_sentence.search(previous) and not previous.endswith("-")
                  and len(previous) < 0.7 * median),
        ])
    return out


NAMES = (
    "bias", "ends sentence", "ends clause", "ends hyphen", "starts upper", "starts lower", "blank before",
    "blank after", "words", "length / page median",
    "capitals", "title case", "previous ends sentence", "previous ends hyphen", "next starts lower",
    "next starts upper", "next is a byline", "previous is a byline", "next has a dateline lead",
    "length / previous", "length / next", "box of one", "box of 2-4", "box of 8+", "box share of sentence ends",
    "three words or fewer", "digits", "ends with ?", "first of its box", "has a dateline lead",
    "previous is short and runs on",
)


#: The second pass adds what the first pass thinks of the neighbours: headline lines come in
#: blocks of a few lines.
NEIGHBOUR_NAMES = ("line before", "line after", "two lines before", "two lines after", "either neighbour")


def with_neighbours(rows: list[list[float]], first: list[float]) -> list[list[float]]:
    """The second pass's evidence: each row, then the first pass's view of its neighbours."""
    count = len(first)

    def at(i: int) -> float:
        return first[i] if 0 <= i < count else 0.0

    return [row + [at(i - 1), at(i + 1), at(i - 2), at(i + 2), max(at(i - 1), at(i + 1))] for i, row in enumerate(rows)]


@lru_cache(maxsize=1)
def _weights() -> tuple[tuple[float, ...], tuple[float, ...]]:
    data = json.loads(files("cleanpress.data").joinpath("headline_weights.json").read_text(encoding="utf-8"))
    first = tuple(float(w) for w in data["weights"])
    second = tuple(float(w) for w in data["weights_second_pass"])
    if len(first) != len(NAMES) or len(second) != len(NAMES) + len(NEIGHBOUR_NAMES):
        raise ValueError("headline_weights.json does not match cleanpress.headlines.features")
    return first, second


def _logistic(weights: Sequence[float], row: Sequence[float]) -> float:
    score = sum(w * x for w, x in zip(weights, row))
    return 1.0 / (1.0 + math.exp(-_clip(score, -30.0, 30.0)))


def probabilities(lines: Sequence[LineLike]) -> list[float]:
    """For every line, how likely it is a headline line (kicker, headline, deck, crosshead)."""
    first_weights, second_weights = _weights()
    rows = features(lines)
    first = [_logistic(first_weights, row) for row in rows]
    return [_logistic(second_weights, row) for row in with_neighbours(rows, first)]
