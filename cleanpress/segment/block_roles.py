"""Step 5 of the splitter, continued: which lines of a Chinese headline block are its kicker,
main title and subtitle, as generated pages taught (:func:`weigh`).

A reading of a block cuts its lines into kicker lines, title lines and subtitle lines, in that
order, the title never empty. The page's conventions rule some readings out: a line opening
with ``——`` (below the first) opens the subtitle, a line closing with one ends the kicker,
and a short last line naming who attended (``林鸿嘉参加``, ``张三出席``) is the subtitle. The
others are weighed by gradient-boosted trees learned from generated pages
(``cleanpress/data/block_roles_zh.json``, fitted by ``benchmarks/accuracy/train_roles.py``) on
the evidence :func:`reading_evidence` describes: the main title is set in the largest type, so
its lines hold fewer characters than a kicker's or a subtitle's, and a wrapped title's first
line is its full one; extractors put a field's wrapped lines out tight and often, not always,
part two fields by a blank line.

The reading the conventions' rules give (:func:`cleanpress.segment.reading.read_heading`)
stands unless the trees find another clearly likelier (``OVERRULE``). pdfminer sets a Chinese
block's lines tight, so only their widths tell the fields apart, and there the rules read a
kicker into the title in most blocks that had one. But generated pages are not real ones. The
trees are learned from pages of both kinds of titles the benchmark makes, the corpus's short
section titles and titles as long as a newspaper's (``generate --news-heads``): trees learned
from the short ones alone read the long ones worse than the rules. On the real seed page,
whose ten blocks the rules read right, these trees alone would read one wrong (a title of two
long lines as a title and a subtitle), by a margin of 2.37.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

import regex

from ..text import display_width
from ..trees import Trees, shipped
from .units import Unit

#: A subtitle that names who attended, as Chinese pages set it under a meeting's title.
attendance = regex.compile(r"^[\p{Han}·、，\s]{2,14}(?:参加|出席|主持|讲话|致辞|陪同)$")

#: A reading of a block of n lines: kicker = lines[:k], title = lines[k:t], subtitle = lines[t:].
Reading = tuple[int, int]

ROLE_NAMES = (
    "kicker", "subtitle", "title lines", "one title line", "two title lines", "title lines 3+",
    "kicker lines 2+", "subtitle lines 2+", "log kicker / title width", "log subtitle / title width",
    "kicker 3 wider", "subtitle 3 wider", "title's first line full", "title's first line not full",
    "title width", "kicker dash", "subtitle dash", "title separator", "kicker separator",
    "subtitle separator", "kicker wrap short", "subtitle wrap short", "kicker lines not a wrap",
    "subtitle lines not a wrap", "blank line before title", "blank line before subtitle",
    "blank line inside title", "blank line inside kicker", "blank line inside subtitle",
)


def readings(texts: Sequence[str]) -> list[Reading]:
    """The readings of a block's lines that the conventions allow (all of them when its lines
    break the conventions: a subtitle above the kicker's closing dash, say)."""
    n = len(texts)
    opens = [i for i in range(1, n) if texts[i].startswith("——")]
    closes = [i for i in range(n - 1) if texts[i].endswith("——")]
    named = n > 1 and bool(attendance.match(texts[-1]))
    every = [(k, t) for k in range(n) for t in range(k + 1, n + 1)]
    allowed = [
        (k, t) for k, t in every
        if (not opens or t == opens[0]) and (not closes or k == closes[-1] + 1) and (not named or t < n)
    ]
    return allowed or every


def reading_evidence(texts: Sequence[str], blanks: Sequence[bool], reading: Reading) -> list[float]:
    """What a reading of a block's lines (``blanks``: set after a blank line) shows, as the
    numbers the trees weigh (``ROLE_NAMES``)."""
    k, t = reading
    n = len(texts)
    kicker, title, subtitle = texts[:k], texts[k:t], texts[t:]
    widths = [display_width(text) for text in texts]
    title_width = max(widths[k:t])
    kicker_width = max(widths[:k], default=0.0)
    subtitle_width = max(widths[t:], default=0.0)
    return [
        float(k > 0),
        float(t < n),
        float(t - k),
        float(t - k == 1),
        float(t - k == 2),
        float(t - k >= 3),
        float(k >= 2),
        float(n - t >= 2),
        math.log((kicker_width + 1) / (title_width + 1)) if k else 0.0,
        math.log((subtitle_width + 1) / (title_width + 1)) if t < n else 0.0,
        float(k > 0 and kicker_width >= title_width + 3),
        float(t < n and subtitle_width >= title_width + 3),
        float(t - k >= 2 and widths[k] >= max(widths[k + 1 : t])),
        float(t - k >= 2 and widths[k] < max(widths[k + 1 : t])),
        min(title_width, 20.0) / 10,
        float(k > 0 and kicker[-1].endswith("——")),
        float(t < n and subtitle[0].startswith("——")),
        float(any(" " in text for text in title)),
        float(any(" " in text for text in kicker)),
        float(any(" " in text for text in subtitle)),
        float(k >= 2 and widths[k - 1] <= 0.5 * widths[0]),
        float(n - t >= 2 and widths[-1] <= 0.5 * widths[t]),
        float(k >= 2 and widths[k - 1] > 0.5 * widths[0]),
        float(n - t >= 2 and widths[-1] > 0.5 * widths[t]),
        float(k > 0 and blanks[k]),
        float(t < n and blanks[t]),
        float(any(blanks[k + 1 : t])),
        float(any(blanks[1:k])),
        float(any(blanks[t + 1 :])),
    ]


@lru_cache(maxsize=1)
def _trees() -> Trees:
    data = shipped("block_roles_zh.json")
    if data["features"] != list(ROLE_NAMES):
        raise ValueError("block_roles_zh.json does not match cleanpress.segment.block_roles.reading_evidence")
    return Trees.from_json(data)


#: How much likelier (in log-odds) the trees must find a reading than the conventions' reading
#: to prefer it: above the seed page's margin (see the module docstring). Of the Chinese blocks
#: the splitter formed right as a whole, the fields come out right, by the rules alone / by the
#: trees alone / so, pdfminer's and pdftotext's: on held-out generated pages (seeds 201-210,
#: 301-313, 1501-1904 and WeasyPrint 401-410, 1601-1952) 0.666 / 0.836 / 0.796 and 0.816 /
#: 0.919 / 0.897; on held-out pages with newspaper-length titles (seeds 2201-2210 and
#: WeasyPrint 2251-2255) 0.675 / 0.781 / 0.763 and 0.871 / 0.881 / 0.921.
OVERRULE = 2.5


def surprise(units: Sequence[Unit], reading: Reading) -> float:
    """How unlikely the trees find ``reading`` of a block's lines among all the readings the
    conventions allow (with it): minus the log of its share of their probability, 0 for the
    likeliest reading of a clear block. :mod:`.pairing` adds it to the cost of dealing the
    boxes of a row of Chinese headline blocks (kickers, then titles, then subtitles) in one
    way rather than another, which the boxes' forms alone leave tied."""
    texts = [unit.text for unit in units]
    blanks = [unit.blank_before for unit in units]
    options = readings(texts)
    if reading not in options:
        options.append(reading)
    trees = _trees()
    scores = [trees.score(reading_evidence(texts, blanks, option)) for option in options]
    top = max(scores)
    total = top + math.log(sum(math.exp(score - top) for score in scores))
    return total - scores[options.index(reading)]


def weigh(units: Sequence[Unit], usual: Reading) -> Reading:
    """The reading of a Chinese headline block's lines: ``usual``, the conventions' reading,
    unless the trees find another clearly likelier (see the module docstring)."""
    texts = [unit.text for unit in units]
    options = readings(texts)
    if len(options) == 1:
        return options[0]
    blanks = [unit.blank_before for unit in units]
    trees = _trees()
    scores = {option: trees.score(reading_evidence(texts, blanks, option)) for option in options}
    best = max(options, key=scores.__getitem__)
    if usual in scores and scores[best] - scores[usual] <= OVERRULE:
        return usual
    return best
