"""Compose one newspaper page: running head, optional banner, rows of articles in columns.

The page is 842 pt (A3) wide; its height follows from the content. Articles are placed in 2-3
rows of 1-3 articles side by side, each article's body in its own columns (Chinese: W em wide,
W from 12 to 20 and different between articles where possible; English: 110-180 pt), its
headline block across the top, inset beside the first column, or in a column of its own (see
``layout.place_article``). The reading order recorded in the gold is: banner where it stands,
then articles row by row, left to right. The content-stream order differs: each article's
headline block is drawn before or after its body at random, and the running head is sometimes
drawn last.

Leading is normal (1.2-1.4 em) except on *interleave-risk* pages (1.6-1.9 em), where
extractors are known to interleave lines of neighbouring columns.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from . import en, furniture, zh
from .layout import ArticleLayout, Op, place_article, text_ops
from .sources import load_corpus

PAGE_WIDTH = 842.0
MARGIN = 36.0
GENERATOR_VERSION = 1


@dataclass
class Page:
    ops: list[Op]
    width: float
    height: float
    gold: dict[str, Any]


def _partition(rng: random.Random, n: int) -> list[int]:
    """Split ``n`` articles into 2-3 rows of 1-3 articles."""
    while True:
        rows = rng.choice((2, 2, 3))
        sizes = [rng.randint(1, 3) for _ in range(rows)]
        if sum(sizes) == n:
            return sizes


def _zh_columns(rng: random.Random, region: float, size: float, gutter: float, taken: set[int]) -> tuple[int, int]:
    """(W, k): columns W em wide, k of them, filling ``region`` points well."""
    options = []
    for w in range(12, 21):
        for k in range(1, 8):
            total = k * w * size + (k - 1) * gutter
            if total <= region and region - total <= max(0.12 * region, w * size * 0.7):
                options.append((w, k))
    fresh = [o for o in options if o[0] not in taken] or options or [(12, 1)]
    w, k = rng.choice(fresh)
    taken.add(w)
    return w, k


def _en_columns(rng: random.Random, region: float, gutter: float) -> tuple[float, int]:
    options = []
    for k in range(1, 7):
        w = (region - (k - 1) * gutter) / k
        if 110 <= w <= 180:
            options.append((round(w, 1), k))
    return rng.choice(options) if options else (round(max(60.0, region), 1), 1)


def compose(language: str, seed: int, index: int, *, risk: bool, attempt: int = 0, head_style: str = "drawn") -> Page:
    """Compose page ``index`` of a ``seed``'s set; deterministic for its arguments.

    ``head_style``: ``"cohesive"``, each article's headline block is written from clauses of its own
    body where it has suitable ones (``--cohesive-heads``); ``"news"``, Chinese titles are as
    long as a newspaper's (``--news-heads``); the page is otherwise the one made without.
    """
    rng = random.Random(f"cleanpress-bench:{seed}:{language}:{index}:{attempt}")
    corpus = load_corpus(language)
    mod = zh if language == "zh" else en
    size = rng.choice((9.5, 10.0, 10.5)) if language == "zh" else rng.choice((8.5, 9.0, 9.5))
    leading_em = round(rng.uniform(1.6, 1.9) if risk else rng.uniform(1.2, 1.4), 2)
    leading = size * leading_em
    gutter = size * (1.5 if language == "zh" else 1.3)
    style = rng.choice(("compress", "compress", "full"))
    # Chinese body type is often condensed (长体) on the one-em grid; extractors see the gaps.
    hscale = rng.choice((90.0, 90.0, 95.0, 100.0)) if language == "zh" else 100.0
    content_width = PAGE_WIDTH - 2 * MARGIN
    date = furniture.random_date(rng)
    page_no = rng.randint(2, 8)
    ctx = {"date": date, "page_no": page_no}

    y = MARGIN
    folio_spans, folio_gold = mod.folio(rng, date, page_no, content_width, MARGIN)
    folio_ops = text_ops(folio_spans, 0.0, y + 10)
    y += 16
    folio_ops.append(Op("rule", MARGIN, y, x2=PAGE_WIDTH - MARGIN, y2=y))
    y += 12

    n_articles = rng.randint(3, 6)
    rows = _partition(rng, n_articles)
    banner_at = rng.randrange(len(rows)) if rng.random() < (0.5 if language == "zh" else 0.35) else None

    items: list[dict[str, Any]] = []
    hyphens: list[dict] = []
    layouts: list[dict] = []
    stream: list[list[Op]] = []
    used: set[int] = set()
    taken: set[int] = set()
    first_article = True
    for r, count in enumerate(rows):
        if r == banner_at:
            lines, item = mod.banner(rng, corpus, content_width)
            items.append(item)
            ops: list[Op] = []
            for hl in lines:
                y += hl.advance
                ops += text_ops(hl.spans, MARGIN, y - hl.advance * 0.22)
            y += 6
            ops.append(Op("rule", MARGIN, y, x2=PAGE_WIDTH - MARGIN, y2=y))
            y += 12
            stream.append(ops)
        sep = 2 * gutter
        weights = [rng.uniform(0.7, 1.3) for _ in range(count)]
        avail = content_width - (count - 1) * sep
        target_lines = rng.randint(16, 34) if language == "zh" else rng.randint(24, 48)
        x = MARGIN
        row_height = 0.0
        for a in range(count):
            region = avail * weights[a] / sum(weights)
            if language == "zh":
                w, k = _zh_columns(rng, region, size, gutter, taken)
                art: ArticleLayout = zh.article(
                    rng, corpus, used, ctx, width=w, columns=k, size=size, gutter=gutter,
                    target_lines=target_lines, style=style, hscale=hscale, head_style=head_style,
                )
                layouts.append({"columns": k, "width_em": w, "head": art.head_mode, "head_first": art.head_first})
            else:
                w, k = _en_columns(rng, region, gutter)
                art = en.article(
                    rng, corpus, used, ctx, width=w, columns=k, size=size, gutter=gutter,
                    target_lines=target_lines, photo=first_article and k >= 2, head_style=head_style,
                )
                layouts.append({"columns": k, "width_pt": w, "head": art.head_mode, "head_first": art.head_first})
            first_article = False
            head_ops, body_ops, height = place_article(art, x, y, leading=leading, body_size=size)
            stream.append(head_ops + body_ops if art.head_first else body_ops + head_ops)
            for h in art.hyphens:
                hyphens.append({**h, "item": len(items)})
            items.append(art.item)
            row_height = max(row_height, height)
            if a < count - 1:
                rx = x + region + sep / 2
                stream.append([Op("rule", rx, y, x2=rx, y2=y + height)])
            x += region + sep
        y += row_height + size
        if r < len(rows) - 1:
            stream.append([Op("rule", MARGIN, y, x2=PAGE_WIDTH - MARGIN, y2=y)])
        y += size

    ops = [op for group in stream for op in group]
    ops = ops + folio_ops if rng.random() < 0.2 else folio_ops + ops
    height = y + MARGIN
    page_id = f"{language}-s{seed}-p{index:02d}"
    gold: dict[str, Any] = {
        "id": page_id,
        "language": language,
        "generator_seed": seed,
        "interleave_risk": risk,
        "items": items,
        "folio": folio_gold,
        "hyphens": hyphens,
        "layout": {
            "generator_version": GENERATOR_VERSION,
            "attempt": attempt,
            "page_size_pt": [PAGE_WIDTH, round(height, 1)],
            "body_size_pt": size,
            "leading_em": leading_em,
            "gutter_pt": round(gutter, 2),
            "punctuation": style if language == "zh" else None,
            "body_hscale": hscale,
            "articles": layouts,
        },
        "sources": [
            {"package": s.package, "version": s.version, "license": s.license} for s in corpus.sources
        ],
    }
    if head_style != "drawn":
        gold["layout"][f"{head_style}_heads"] = True
    return Page(ops, PAGE_WIDTH, height, gold)


def compose_checked(language: str, seed: int, index: int, *, risk: bool, head_style: str = "drawn") -> Page:
    """:func:`compose`, retried with the next attempt number until the page shows what the
    benchmark needs: on English pages at least two compound hyphens and two syllable breaks at
    line ends."""
    for attempt in range(50):
        page = compose(language, seed, index, risk=risk, attempt=attempt, head_style=head_style)
        if language == "zh":
            return page
        kinds = [h["kind"] for h in page.gold["hyphens"]]
        if kinds.count("compound") >= 2 and kinds.count("break") >= 2:
            return page
    return page


__all__ = ["Page", "compose", "compose_checked"]
