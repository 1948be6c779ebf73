"""Chinese articles, banners and running heads, following the conventions of domain.md §3.

An article is one of these kinds, each with the furniture a Chinese daily prints for it:

=============  ===============================================================================
``local``      first paragraph led by ``本报讯（记者 某某）`` (dateline 本报讯, byline in brackets)
``feature``    ``□本报记者 某某 某某`` (or ``□河南日报记者 某某``) on its own line above the body
``wire``       first paragraph led by ``新华社北京4月29日电（记者 某某）``
``commentary`` no byline; ``（新华社北京4月29日电）`` on its own line at the end
``brief``      no byline; ends with an author credit ``（某某 某某）`` or ``（据《某某日报》）``
=============  ===============================================================================

Any article may also carry ``（上接第一版）`` / ``（下转第二版）``, section subheads (short titles
from the source) inside a long body, a trailing author credit, a kicker (引题) and a subtitle
(副题). Body lines are set by :mod:`typeset_zh`; headlines, bylines and subheads in the Hei
face, body text in the Ming face.
"""

from __future__ import annotations

import datetime
import random
from typing import Any

from . import fonts, furniture, heads
from .gold import new_item
from .layout import ArticleLayout, FlowLine, HeadLine, Span, head_width
from .sources import Corpus
from .typeset_zh import (
    break_paragraph,
    natural_width,
    printed_width,
    split_headline,
    tokenize,
    wrap_headline,
)

BODY, HEAD = fonts.ZH_BODY, fonts.ZH_HEAD
KINDS = ("local", "feature", "wire", "commentary", "brief")
KIND_WEIGHTS = (0.35, 0.2, 0.2, 0.1, 0.15)


def _spans_with_gaps(text: str, font: str, size: float, x: float = 0.0, gap: float = 1.0) -> tuple[list[Span], float]:
    """Spans for ``text`` where each ASCII space is printed as a ``gap``-em blank (no glyph)."""
    spans: list[Span] = []
    for n, part in enumerate(text.split(" ")):
        if n:
            x += gap * size
        if part:
            spans.append(Span(x, part, font, size))
            x += fonts.width(part, font, size)
    return spans, x


def head_line(text: str, font: str, size: float, span_width: float, align: str) -> HeadLine:
    spans, end = _spans_with_gaps(text, font, size)
    shift = (span_width - end) / 2 if align == "center" else 0.0
    for s in spans:
        s.dx += max(0.0, shift)
    return HeadLine(spans, advance=size * 1.3, size=size)


def news_title(drawn: str, clauses: list[str]) -> str:
    """A title as long as a newspaper's, in place of the ``drawn`` one (the corpus's section
    titles run 4-16 characters; the seed page's titles 12-26, set over one or two lines): two
    clauses parted by a comma (``坚持稳中求进，推动高质量发展``) or by a space, or one long
    clause. Chosen by a generator of its own, seeded with the drawn title, so that the page
    is otherwise the one made without (``generate --news-heads``)."""
    rng = random.Random(f"news-title:{drawn}")
    r = rng.random()
    if r < 0.4:
        a, b = rng.sample([c for c in clauses if len(c) <= 12], 2)
        return f"{a}，{b}"
    if r < 0.7:
        a, b = rng.sample([c for c in clauses if len(c) <= 10], 2)
        return f"{a} {b}"
    return rng.choice([c for c in clauses if len(c) >= 10])


def headline_block(
    rng: random.Random, kicker: str | None, headline: str, sub: str | None, width: float
) -> tuple[list[HeadLine], dict[str, list[str]]]:
    """Kicker, main title and subtitle in the Hei face, fitted to ``width`` points.

    The title is set as large as it fits on one or two balanced lines; in a narrow block
    (a headline beside the body) it is wrapped over as many lines as needed.
    """
    align = rng.choice(("center", "center", "left"))
    size = rng.choice((20.0, 22.0, 24.0, 26.0))
    while True:
        lines = split_headline(headline, width / size)
        if max(printed_width(t) for t in lines) * size <= width:
            break
        if size <= 16:
            lines = wrap_headline(headline, width / size)
            break
        size -= 2
    small = max(10.0, round(size * 0.55))
    out: list[HeadLine] = []
    printed: dict[str, list[str]] = {}
    if kicker:
        printed["kicker"] = wrap_headline(kicker, width / small)
        out += [head_line(t, HEAD, small, width, align) for t in printed["kicker"]]
    out += [head_line(t, HEAD, size, width, align) for t in lines]
    printed["headline"] = lines
    if sub:
        printed["subheadline"] = wrap_headline(sub, width / small)
        out += [head_line(t, HEAD, small, width, align) for t in printed["subheadline"]]
    return out, printed


def paragraph_lines(
    text: str, width: int, size: float, style: str, lead: str = "", hscale: float = 100.0
) -> list[FlowLine]:
    """Typeset one paragraph (its lead, if any, in the Hei face) into flow lines.

    ``hscale`` below 100 condenses the glyphs (长体, common for newspaper body text) while the
    characters stay on the one-em grid; compressed marks are half-width glyphs either way.
    """
    lead_units = len(tokenize(lead)) if lead else 0
    out: list[FlowLine] = []
    for line in break_paragraph(lead + text, width, style=style):
        spans = []
        for unit, x in zip(line.units, line.xs):
            if unit.kind != "space":
                font = HEAD if unit.index < lead_units and unit.kind != "latin" else BODY
                scale = unit.hscale if unit.hscale != 100 else hscale
                spans.append(Span(x * size, unit.text, font, size, hscale=scale))
        out.append(FlowLine(spans))
    return out


def own_line(text: str, font: str, size: float, col_width: float, align: str, height: float = 1.0) -> FlowLine:
    spans, end = _spans_with_gaps(text, font, size)
    shift = {"left": 0.0, "center": (col_width - end) / 2, "right": col_width - end}[align]
    for s in spans:
        s.dx += max(0.0, shift)
    return FlowLine(spans, height)


def folio(rng: random.Random, date: datetime.date, page_no: int, width: float, x0: float) -> tuple[list[Span], dict]:
    """Running head: date and weekday left, section centred, page number right."""
    size = 9.0
    day = f"{furniture.zh_date(date)} {furniture.ZH_WEEKDAYS[date.weekday()]}"
    section = rng.choice(furniture.ZH_SECTIONS)
    page = f"第{page_no}版"
    left, _ = _spans_with_gaps(day, HEAD, size, x0)
    mid = Span(x0 + (width - fonts.width(section, HEAD, 11)) / 2, section, HEAD, 11.0)
    right = Span(x0 + width - fonts.width(page, HEAD, size), page, HEAD, size)
    if rng.random() < 0.5:
        parts, printed = left + [mid, right], [day, section, page]
    else:
        parts, printed = [right, mid] + left, [page, section, day]
    gold = {"date": furniture.zh_date(date), "weekday": furniture.ZH_WEEKDAYS[date.weekday()],
            "section": section, "page": page, "printed": printed}
    return parts, gold


def banner(rng: random.Random, corpus: Corpus, width: float) -> tuple[list[HeadLine], dict]:
    text = rng.choice([t for t in corpus.titles if 6 <= len(t) <= 14])
    size = rng.choice((14.0, 16.0, 18.0))
    item = new_item("banner")
    item["headline"] = text
    item["printed"] = {"headline": [text]}
    return [head_line(text, HEAD, size, width, "center")], item


def _pick_paragraphs(
    rng: random.Random, corpus: Corpus, used: set[int], width: int, size: float, style: str, capacity: float
) -> list[int]:
    """Consecutive unused paragraphs (one source file first) filling about ``capacity`` lines."""
    n = len(corpus.paragraphs)
    start = rng.randrange(n)
    chosen: list[int] = []
    lines = 0
    k = start
    while len(chosen) < 40:
        while k % n in used:
            k += 1
        idx = k % n
        need = len(break_paragraph(corpus.paragraphs[idx][0], width, style=style))
        if chosen and lines + need > capacity + 2:
            if lines >= capacity * 0.6:
                break
            k += 1
            continue
        chosen.append(idx)
        used.add(idx)
        lines += need
        k += 1
        if lines >= capacity:
            break
    return chosen


def article(
    rng: random.Random,
    corpus: Corpus,
    used: set[int],
    ctx: dict[str, Any],
    *,
    width: int,
    columns: int,
    size: float,
    gutter: float,
    target_lines: int,
    style: str,
    hscale: float = 100.0,
    head_style: str = "drawn",
) -> ArticleLayout:
    """One Chinese article for a body of ``columns`` columns ``width`` em wide.

    With ``head_style="cohesive"`` the kicker, headline and subtitle the article has are clauses of
    its own body, preferably of its first paragraphs, where it has suitable ones (see
    :func:`heads.zh_heads`); the random draws are the same either way, and so are the dashes
    of kicker and subtitle and whether the headline is two phrases. With ``head_style="news"`` the
    headline is as long as a newspaper's (:func:`news_title`), the page otherwise the same.
    """
    kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
    col_width = width * size
    # Where the headline block goes: across the top, over columns 2..k beside a first column
    # that starts at the top, or in a column of its own beside the body.
    modes = ["top"] + (["inset", "side-right", "side-left"] if columns >= 2 else [])
    head_mode = rng.choices(modes, [0.45, 0.25, 0.2, 0.1][: len(modes)])[0]
    body_columns = columns - 1 if head_mode.startswith("side") else columns
    item = new_item("article")
    printed: dict[str, Any] = {}
    flow: list[FlowLine] = []

    # Headline block.
    titles = [t for t in corpus.titles if len(t) <= 16]
    clauses = corpus.clauses
    r = rng.random()
    if r < 0.3:
        a, b = rng.sample([t for t in titles if len(t) <= 8], 2)
        headline = f"{a} {b}"
    elif r < 0.55:
        headline = rng.choice(clauses)
    else:
        headline = rng.choice(titles)
    if head_style == "news":
        headline = news_title(headline, clauses)
    kicker, kicker_dash = None, ""
    if rng.random() < 0.35:
        kicker = rng.choice(clauses)
        kicker_dash = "——" if rng.random() < 0.25 else ""
        kicker += kicker_dash
    sub, sub_dash = None, ""
    if rng.random() < 0.4 or kind == "feature":
        sub_dash = "——" if rng.random() < 0.6 else ""
        sub = sub_dash + rng.choice(clauses)
    block_state = rng.getstate()  # to set the block again, alike, with the cohesive heads
    hwidth = head_width(head_mode, columns, col_width, gutter)
    head, hp = headline_block(rng, kicker, headline, sub, hwidth)
    item.update(kicker=kicker, headline=headline, subheadline=sub)
    printed.update(hp)

    # Furniture around the body.
    date = ctx["date"]
    wire_date = date - datetime.timedelta(days=1)
    wire_dateline = f"新华社{rng.choice(furniture.ZH_CITIES)}{wire_date.month}月{wire_date.day}日电"
    lead = ""
    if rng.random() < 0.15:
        ref = furniture.zh_page_label(1)
        line = f"（上接{ref}）"
        flow.append(own_line(line, BODY, size, col_width, "left"))
        item["continued_from"] = ref
        printed["continued_from_line"] = line
    if kind == "feature":
        names = furniture.zh_names(rng, rng.choice((1, 2, 2)))
        role = "本报记者" if rng.random() < 0.75 else furniture.zh_paper(rng) + "记者"
        byline = f"{role} {' '.join(names)}"
        line = rng.choice(furniture.ZH_BYLINE_MARKS) + byline
        lines = [line]
        if natural_width(line) + line.count(" ") * 0.5 > width:  # names go on a second line
            lines = [line.rsplit(" ", 1)[0], line.rsplit(" ", 1)[1]]
        for text in lines:
            flow.append(own_line(text, HEAD, size, col_width, "left"))
        item["bylines"] = [byline]
        printed["byline_lines"] = lines
    elif kind == "local":
        names = furniture.zh_names(rng, 2)
        byline = rng.choice((f"记者 {names[0]}", f"首席记者 {names[0]}", f"记者 {names[0]} 通讯员 {names[1]}"))
        lead = f"本报讯（{byline}）"
        item["dateline"], item["bylines"] = "本报讯", [byline]
    elif kind == "wire":
        byline = "记者 " + " ".join(furniture.zh_names(rng, rng.choice((1, 2))))
        lead = f"{wire_dateline}（{byline}）"
        item["dateline"], item["bylines"] = wire_dateline, [byline]
    if lead:
        printed["lead"] = lead

    # Body text.
    capacity = body_columns * target_lines - len(flow) - 2
    chosen = _pick_paragraphs(rng, corpus, used, width, size, style, capacity)
    body = [{"kind": "paragraph", "text": corpus.paragraphs[i][0]} for i in chosen]
    if head_style == "cohesive":  # the heads written again from the body's own clauses, where it has them
        own_k, own_h, own_s = heads.zh_heads(
            [b["text"] for b in body], ctx.setdefault("cohesive_heads", set()),
            pair=r < 0.3, kicker=kicker is not None, sub=sub is not None,
        )
        kicker = own_k + kicker_dash if own_k else kicker
        headline = own_h or headline
        sub = sub_dash + own_s if own_s else sub
        block_rng = random.Random()
        block_rng.setstate(block_state)
        head, hp = headline_block(block_rng, kicker, headline, sub, hwidth)
        item.update(kicker=kicker, headline=headline, subheadline=sub)
        printed.update(hp)
    printed["source"] = sorted({corpus.paragraphs[i][1] for i in chosen})
    if len(body) >= 4 and rng.random() < 0.6:
        short = [t for t in corpus.titles if 4 <= len(t) <= min(10, width - 2) and " " not in t]
        for pos in sorted(rng.sample(range(1, len(body)), min(2, len(body) - 2)), reverse=True):
            body.insert(pos, {"kind": "subhead", "text": rng.choice(short)})
    item["body"] = body

    credit_inline = ""
    end_lines: list[str] = []
    if kind == "brief" or (kind != "commentary" and rng.random() < 0.25):
        if rng.random() < 0.6:
            credit = " ".join(furniture.zh_names(rng, rng.choice((1, 2))))
            credit_inline = f"（{credit}）"
        else:
            credit = f"据《{furniture.zh_paper(rng)}》"
            end_lines.append(f"（{credit}）")
        item["credits"] = [credit]
    if kind == "commentary":
        end_lines.append(f"（{wire_dateline}）")
        item["dateline"] = wire_dateline
    if credit_inline:
        printed["credit_inline"] = credit_inline
    if end_lines:
        printed["credit_lines"] = end_lines

    paragraphs = [p for p in body if p["kind"] == "paragraph"]
    for n, part in enumerate(body):
        if part["kind"] == "subhead":
            flow.append(own_line(part["text"], HEAD, size, col_width, "center", height=1.5))
            continue
        text = part["text"]
        if part is paragraphs[-1] and credit_inline:
            text = f"{text} {credit_inline}"
        flow += paragraph_lines(text, width, size, style, lead if n == 0 else "", hscale)
    for line in end_lines:
        flow.append(own_line(line, BODY, size, col_width, "right"))
    if item["continued_from"] is None and rng.random() < 0.18:
        ref = furniture.zh_page_label(min(12, ctx["page_no"] + rng.randint(1, 3)))
        line = f"（下转{ref}）"
        flow.append(own_line(line, BODY, size, col_width, "right"))
        item["continued_to"] = ref
        printed["continued_to_line"] = line

    item["printed"] = printed
    return ArticleLayout(
        item=item, head=head, flow=flow, col_width=col_width, columns=columns, gutter=gutter,
        head_first=rng.random() < 0.5, head_mode=head_mode,
    )
