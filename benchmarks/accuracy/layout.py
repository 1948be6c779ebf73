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
    head_mode: str = "top"  # where the headline block sits, see place_article
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


def balance(flow: list[FlowLine], offsets: list[float]) -> list[list[FlowLine]]:
    """Pour ``flow`` into columns that start ``offsets[c]`` body lines down, ending level.

    The common depth is the smallest that holds the whole flow; columns fill in order.
    """
    total = sum(f.height for f in flow)
    depth = max(offsets) if offsets else 0.0
    while sum(max(0.0, depth - o) for o in offsets) < total - 1e-9:
        depth += 0.5
    cols: list[list[FlowLine]] = [[] for _ in offsets]
    c, used = 0, 0.0
    for line in flow:
        if used + line.height > depth - offsets[c] + 1e-9 and c < len(offsets) - 1 and (cols[c] or offsets[c] >= depth):
            c, used = c + 1, 0.0
        cols[c].append(line)
        used += line.height
    return cols


HEAD_MODES = ("top", "inset", "side-left", "side-right")


def head_width(mode: str, columns: int, col_width: float, gutter: float) -> float:
    """Width available to the headline block in each placement mode."""
    span = columns * col_width + (columns - 1) * gutter
    if mode == "inset":
        return span - col_width - gutter
    if mode.startswith("side"):
        return col_width
    return span


def place_article(
    art: ArticleLayout, x0: float, y0: float, *, leading: float, body_size: float
) -> tuple[list[Op], list[Op], float]:
    """Lay ``art`` out with its top-left at (x0, y0): (headline ops, body ops, height).

    Headline placement (``art.head_mode``): ``top`` across all columns, body below;
    ``inset`` over columns 2..k, the first column starting at the top beside it;
    ``side-left`` / ``side-right`` in a column of its own beside the body columns.
    """
    step = art.col_width + art.gutter
    mode = art.head_mode
    head_x = x0
    body_slots = list(range(art.columns))
    if mode == "inset":
        head_x = x0 + step
    elif mode == "side-left":
        body_slots = body_slots[1:]
    elif mode == "side-right":
        head_x = x0 + (art.columns - 1) * step
        body_slots = body_slots[:-1]

    head_ops: list[Op] = []
    y = y0
    for hl in art.head:
        y += hl.advance
        head_ops += text_ops(hl.spans, head_x, y - hl.advance * 0.22)
    head_h = (y - y0) + (body_size * 0.8 if art.head else 0.0)
    span_width = art.columns * art.col_width + (art.columns - 1) * art.gutter
    top = y0
    if mode == "top":
        top = y0 + head_h
        if art.photo is not None:
            head_ops.append(Op("box", x0, top, x2=x0 + span_width, y2=top + art.photo.height, gray=0.82))
            y = top + art.photo.height + 2
            for hl in art.photo.caption:
                y += hl.advance
                head_ops += text_ops(hl.spans, x0, y - hl.advance * 0.22)
            top = y + body_size * 0.8
        offsets = [0.0] * len(body_slots)
    elif mode == "inset":
        offsets = [0.0] + [math.ceil(head_h / leading)] * (len(body_slots) - 1)
    else:
        offsets = [0.0] * len(body_slots)

    body_ops: list[Op] = []
    depth = 0.0
    for slot, off, lines in zip(body_slots, offsets, balance(art.flow, offsets)):
        x = x0 + slot * step
        used = off
        for line in lines:
            used += line.height
            body_ops += text_ops(line.spans, x, top + (used - 1) * leading + body_size * 0.88)
        depth = max(depth, used)
    height = max((top - y0) + depth * leading, head_h)
    return head_ops, body_ops, height
