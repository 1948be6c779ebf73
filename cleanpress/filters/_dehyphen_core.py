"""The line-by-line work of :mod:`cleanpress.filters.dehyphen`: which lines of a page are two
column lines that the extractor printed as one, and which of their words it joined there.

Plain functions, so that mypyc can compile them (``CLEANPRESS_COMPILE=1 pip install .``, see
``setup.py``); interpreted, they are ordinary Python with the same results. The word-list
decisions (whether a joined word had a hyphen) stay in :mod:`.dehyphen`.
"""

from __future__ import annotations

import statistics
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate
from typing import Final

import regex

from ..text import ADVANCE, CJK, LINE_END_HYPHENS
from ._scan import NATURAL_WIDTHS

#: A word of a line that pdftotext may have joined from two (see :func:`joined_words`).
_word: Final = regex.compile(rf"(?<![\p{{L}}\p{{N}}{LINE_END_HYPHENS}])\p{{L}}+(?![\p{{L}}\p{{N}}{LINE_END_HYPHENS}])")
_cjk: Final = regex.compile(f"[{CJK}]")
_more_words: Final = regex.compile(r"[\p{L}\p{N}]")
#: Lines looked at on either side of a line to measure its column, and how many of them must
#: be there, most of them (``_COLUMN_SHARE``) within ``_COLUMN_SPREAD`` of their median width:
#: lines of a column, not paragraphs that a cleaner wrote one a line.
_NEAR: Final = 6
_FEWEST_NEAR: Final = 4
_COLUMN_SHARE: Final = 0.6
_COLUMN_SPREAD: Final = 0.15
#: A line this much wider than its column holds two of its lines; counted in characters,
#: which measure a line more loosely, a little less.
_MERGED: Final = 1.2
_MERGED_CHARACTERS: Final = 1.08
#: Characters a line holds at least to be two column lines (of the narrowest columns).
_SHORTEST_JOINED: Final = 24
#: Columns are narrower than this (in em): wider lines are a cleaned text's paragraphs.
_WIDEST_COLUMN: Final = 50.0
#: How far short of the measure a full column line may end, as a share of it.
_SLACK: Final = 0.1


@dataclass(frozen=True)
class WideLine:
    """A Latin line much wider than the column it stands in (:data:`_MERGED`): where in the
    text it lies, its column's measure, and whether it reads as column lines printed as one
    (else, a wider box set among the column's lines: a deck, a headline)."""

    start: int
    end: int
    measure: float
    joined: bool


def wide_lines(text: str) -> list[WideLine]:
    """The lines of ``text`` that are much wider than the column they stand in (see
    :func:`joined_words`). The measure is the median width of the lines around, when most of
    those that are not wide themselves agree on it (a column's lines, not the paragraphs of a
    cleaned text). A wide line reads as column lines printed as one when its box (the lines
    between blank lines) holds a line of the column; a deck or a headline that the extractor
    set among the column's lines stands in a box of its own."""
    lines = text.split("\n")
    sizes = [len(line.strip()) for line in lines]
    # Quick first looks by characters: a wide line has many more than a line beside it.
    quick = _MERGED_CHARACTERS
    above, below = [0, *sizes[:-1]], [*sizes[1:], 0]
    candidates = [
        i for i, (size, up, down) in enumerate(zip(sizes, above, below))
        if size >= _SHORTEST_JOINED and (up or down) and size >= quick * (min(up, down) or up or down)
    ]
    if not candidates:
        return []
    widths: dict[int, float] = {}

    def width(j: int) -> float:  # measured when first needed: most lines are never looked at
        if j not in widths:
            widths[j] = 0.0 if not sizes[j] or _cjk.search(lines[j]) else NATURAL_WIDTHS.sum(lines[j].strip())
        return widths[j]

    ends = list(accumulate(map(len, lines)))  # where each line ends, less the line breaks before it
    blanks = [j for j, size in enumerate(sizes) if not size]  # the lines that part boxes
    out: list[WideLine] = []
    for i in candidates:
        low, high = max(0, i - _NEAR), min(len(lines), i + 1 + _NEAR)
        # ... and than most lines around it.
        near_sizes = sorted(sizes[low:i] + sizes[i + 1 : high])
        blank = near_sizes.count(0)
        filled = len(near_sizes) - blank
        if filled < _FEWEST_NEAR or sizes[i] < quick * near_sizes[blank + filled // 2]:
            continue
        if not width(i):  # a CJK line
            continue
        near = [w for w in (width(j) for j in range(low, high) if j != i) if w]
        if len(near) < _FEWEST_NEAR:
            continue
        measure = statistics.median(near)
        if width(i) < _MERGED * measure or measure > _WIDEST_COLUMN:
            continue
        single = [w for w in near if w < _MERGED * measure]
        if sum(abs(w - measure) <= _COLUMN_SPREAD * measure for w in single) < _COLUMN_SHARE * len(single):
            continue
        # The box the line stands in: from the blank line before it to the one after.
        after = bisect_left(blanks, i)
        box = range(blanks[after - 1] + 1 if after else 0, blanks[after] if after < len(blanks) else len(lines))
        joined = any(abs(width(j) - measure) <= _COLUMN_SPREAD * measure for j in box if j != i)
        start = ends[i] - len(lines[i]) + i
        out.append(WideLine(start, start + len(lines[i]), measure, joined))
    return out


def joined_words(text: str, wide: list[WideLine]) -> list[tuple[int, int, list[int]]]:
    """Words that the extractor may have joined at a line-end hyphen: each one's start and end
    in ``text``, and the places in it where the hyphen may have stood.

    pdftotext prints a column line that ends on a hyphen together with the next one, the hyphen
    taken out (``general-`` / ``purpose operating`` -> ``generalpurpose operating``): such a
    line is wider than the lines of its column by far (:func:`wide_lines`), and a joined word
    is one that crosses a whole number of the column's measures, its first part ending near
    there."""
    out: list[tuple[int, int, list[int]]] = []
    for line in wide:
        if not line.joined:
            continue
        raw = text[line.start : line.end]
        offset = line.start + len(raw) - len(raw.lstrip())
        stripped, measure = raw.strip(), line.measure
        widths = list(accumulate(map(ADVANCE.__getitem__, stripped), initial=0.0))  # of each prefix
        for word in _word.finditer(stripped):
            # The first printed line ends short of the measure by its slack, and so on.
            boundary = measure * (1 + int(widths[word.start()] // measure))
            if widths[word.end()] < boundary - _SLACK * measure:
                continue
            if not _more_words.search(stripped, word.end()):
                break  # the last word: the rest of one that a broken word's line took up (dehyphen's own)
            splits = [
                k for k in range(2, len(word.group()) - 1) if widths[word.start() + k] < boundary + _SLACK * measure
            ]
            out.append((offset + word.start(), offset + word.end(), splits))
    return out
