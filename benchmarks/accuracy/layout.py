"""Page geometry shared by both languages: columns, headline blocks, drawing operations.

Coordinates here are in points from the page's top-left corner, y growing downwards (the
renderer flips them). A language module (``zh.py``, ``en.py``) turns an article into an
:class:`ArticleLayout` -- headline-block lines spanning the article, and a *flow* of body lines
for columns of one width -- and :func:`place_article` puts it on the page: headline block on
top, body lines poured into ``k`` balanced columns below it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Span:
    """A run of text drawn at one position (``dx`` from the left of its line)."""

    dx: float
    text: str
    font: str
    size: float
    word_space: float = 0.0  # PDF Tw: extra points after each space character
    hscale: float = 100.0  # PDF Tz: horizontal scale, percent


@dataclass
class FlowLine:
    """One line of an article's body flow; ``height`` counts body leadings (a subhead takes 1.5)."""

    spans: list[Span]
    height: float = 1.0


@dataclass
class HeadLine:
    """One line of a headline block, with the vertical room (points) it takes."""

    spans: list[Span]
    advance: float
    size: float


@dataclass
class Photo:
    """A grey picture box with caption lines under it, spanning the article."""

    height: float
    caption: list[HeadLine]


@dataclass
class ArticleLayout:
    item: dict[str, Any]  # the gold item
    head: list[HeadLine]
    flow: list[FlowLine]
    col_width: float
    columns: int
    gutter: float
    head_first: bool  # draw the headline block before the body in the content stream
    photo: Photo | None = None
    hyphens: list[dict] = field(default_factory=list)


@dataclass
class Op:
    """A drawing operation: ``text`` at a baseline, a ``rule`` or a grey ``box``."""

    kind: str
    x: float
    y: float
    text: str = ""
    font: str = ""
    size: float = 0.0
    word_space: float = 0.0
    hscale: float = 100.0
    x2: float = 0.0
    y2: float = 0.0
    gray: float = 0.0


def text_ops(spans: list[Span], x: float, baseline: float) -> list[Op]:
    return [Op("text", x + s.dx, baseline, s.text, s.font, s.size, s.word_space, s.hscale) for s in spans]


def balance(flow: list[FlowLine], columns: int) -> list[list[FlowLine]]:
    """Pour ``flow`` into ``columns`` columns of (nearly) equal height, in order."""
    total = sum(f.height for f in flow)
    target = math.ceil(total / columns - 1e-9)
    cols: list[list[FlowLine]] = [[] for _ in range(columns)]
    c, used = 0, 0.0
    for line in flow:
        if used + line.height > target + 1e-9 and c < columns - 1 and cols[c]:
            c, used = c + 1, 0.0
        cols[c].append(line)
        used += line.height
    return cols


def place_article(
    art: ArticleLayout, x0: float, y0: float, *, leading: float, body_size: float
) -> tuple[list[Op], list[Op], float]:
    """Lay ``art`` out with its top-left at (x0, y0): (headline ops, body ops, height)."""
    head_ops: list[Op] = []
    y = y0
    for hl in art.head:
        y += hl.advance
        head_ops += text_ops(hl.spans, x0, y - hl.advance * 0.22)
    if art.head:
        y += body_size * 0.8
    span_width = art.columns * art.col_width + (art.columns - 1) * art.gutter
    if art.photo is not None:
        head_ops.append(Op("box", x0, y, x2=x0 + span_width, y2=y + art.photo.height, gray=0.82))
        y += art.photo.height + 2
        for hl in art.photo.caption:
            y += hl.advance
            head_ops += text_ops(hl.spans, x0, y - hl.advance * 0.22)
        y += body_size * 0.8
    body_ops: list[Op] = []
    cols = balance(art.flow, art.columns)
    depth = 0.0
    for c, lines in enumerate(cols):
        x = x0 + c * (art.col_width + art.gutter)
        used = 0.0
        for line in lines:
            used += line.height
            body_ops += text_ops(line.spans, x, y + (used - 1) * leading + body_size * 0.88)
        depth = max(depth, used)
    height = (y - y0) + depth * leading
    return head_ops, body_ops, height
