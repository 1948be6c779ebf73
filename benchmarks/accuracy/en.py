"""English articles, banners and running heads, following the conventions of domain.md §3.

Kinds of article and their furniture:

=========  ==========================================================================
``wire``   ``By JANE DOE`` line, first paragraph led by ``WASHINGTON (AP) —``
``staff``  ``By Jane Doe, Staff Writer`` (or two names), sometimes a ``LONDON —`` dateline,
           sometimes ``Additional reporting by …`` / ``… contributed reporting.`` at the end
``jump``   the continuation of a front-page story: ``Continued from Page A1`` on top
``brief``  no byline
=========  ==========================================================================

Any article may end with ``Continued on Page A4`` (then it has no closing credit), carry
crossheads (short section titles) in a long body, a kicker and a deck under a one- to
three-line headline. The page's first article has a photo with a caption.
"""

from __future__ import annotations

import random
import re
from typing import Any

from . import fonts, furniture, heads
from .gold import new_item
from .layout import ArticleLayout, FlowLine, HeadLine, Photo, Span, head_width
from .sources import Corpus
from .typeset_en import break_paragraph

KINDS = ("wire", "staff", "jump", "brief")
KIND_WEIGHTS = (0.3, 0.4, 0.15, 0.15)
_COMPOUND = re.compile(r"\b[A-Za-z]{2,}-[A-Za-z]{2,}")


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap (headlines, decks, captions: ragged right, no hyphenation)."""
    lines: list[str] = []
    cur = ""
    for word in text.split(" "):
        trial = f"{cur} {word}" if cur else word
        if cur and fonts.width(trial, font, size) > width:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


def head_lines(text: str, font: str, size: float, width: float, align: str = "left") -> tuple[list[HeadLine], list[str]]:
    out = []
    lines = wrap(text, font, size, width)
    for t in lines:
        dx = (width - fonts.width(t, font, size)) / 2 if align == "center" else 0.0
        out.append(HeadLine([Span(max(0.0, dx), t, font, size)], advance=size * 1.18, size=size))
    return out, lines


def own_line(text: str, font: str, size: float, col_width: float, align: str, height: float = 1.0) -> FlowLine:
    w = fonts.width(text, font, size)
    dx = {"left": 0.0, "center": (col_width - w) / 2, "right": col_width - w}[align]
    return FlowLine([Span(max(0.0, dx), text, font, size)], height)


def folio(rng: random.Random, date, page_no: int, width: float, x0: float) -> tuple[list[Span], dict]:
    size = 8.0
    day = furniture.en_date(date)
    section = rng.choice(furniture.EN_SECTIONS)
    page = f"{rng.choice('AB')}{page_no}"
    spans = [
        Span(x0, day, fonts.EN_SANS, size),
        Span(x0 + (width - fonts.width(section, fonts.EN_SANS_BOLD, 10)) / 2, section, fonts.EN_SANS_BOLD, 10.0),
        Span(x0 + width - fonts.width(page, fonts.EN_SANS_BOLD, size), page, fonts.EN_SANS_BOLD, size),
    ]
    printed = [day, section, page]
    if rng.random() < 0.4:
        spans, printed = spans[::-1], printed[::-1]
    gold = {"date": day.split(", ", 1)[1], "weekday": day.split(",")[0], "section": section,
            "page": page, "printed": printed}
    return spans, gold


def banner(rng: random.Random, corpus: Corpus, width: float) -> tuple[list[HeadLine], dict]:
    text = rng.choice([t for t in corpus.titles if len(t) <= 40]).upper()
    lines, printed = head_lines(text, fonts.EN_SANS_BOLD, 14.0, width, "center")
    item = new_item("banner")
    item["headline"] = text
    item["printed"] = {"headline": printed}
    return lines, item


def _pick_paragraphs(
    rng: random.Random, corpus: Corpus, used: set[int], col_width: float, size: float, capacity: float
) -> list[int]:
    """Consecutive unused paragraphs, starting at one with a hyphenated compound."""
    n = len(corpus.paragraphs)
    starts = [k for k, (p, _) in enumerate(corpus.paragraphs) if _COMPOUND.search(p) and k not in used]
    k = rng.choice(starts) if starts else rng.randrange(n)
    chosen: list[int] = []
    lines = 0
    while len(chosen) < 30:
        while k % n in used:
            k += 1
        idx = k % n
        need = len(break_paragraph(corpus.paragraphs[idx][0], col_width, size=size)[0])
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
    width: float,
    columns: int,
    size: float,
    gutter: float,
    target_lines: int,
    photo: bool = False,
    head_style: str = "drawn",
) -> ArticleLayout:
    """One English article whose body runs in ``columns`` columns ``width`` points wide.

    With ``head_style="cohesive"`` the kicker, headline and deck the article has are phrases and
    clauses of its own body, preferably of its first paragraphs, where it has suitable ones (see
    :func:`heads.en_heads`); the random draws are the same either way, and a headline that was
    to be a section title is title-cased. (``head_style="news"`` changes nothing here: the English
    titles are the corpus's section titles and sentences, as long as a newspaper's.)
    """
    kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
    span_width = columns * width + (columns - 1) * gutter
    # Headline placement (see layout.place_article); a photo goes only under a top headline.
    modes = ["top"] + (["inset", "side-left", "side-right"] if columns >= 2 and not photo else [])
    head_mode = rng.choices(modes, [0.5, 0.25, 0.15, 0.1][: len(modes)])[0]
    body_columns = columns - 1 if head_mode.startswith("side") else columns
    hwidth = head_width(head_mode, columns, width, gutter)
    item = new_item("article")
    printed: dict[str, Any] = {}
    flow: list[FlowLine] = []

    # Headline block: kicker, one- to three-line headline, deck.
    kicker = None
    if rng.random() < 0.3:
        kicker = rng.choice([t for t in corpus.titles if len(t.split()) <= 4]).upper()
    title_form = rng.random() < 0.6
    headline = rng.choice(corpus.titles) if title_form else rng.choice(corpus.clauses)
    hsize0 = rng.choice((18.0, 20.0, 24.0, 28.0)) if hwidth > 200 else rng.choice((14.0, 16.0, 18.0))
    deck = rng.choice(corpus.clauses) if rng.random() < 0.55 else None

    def head_block(kicker: str | None, headline: str, deck: str | None) -> list[HeadLine]:
        head: list[HeadLine] = []
        if kicker:
            lines, printed["kicker"] = head_lines(kicker, fonts.EN_SANS_BOLD, 8.0, hwidth)
            head += lines
        hsize = hsize0
        while hsize > 10 and max(fonts.width(w, fonts.EN_BOLD, hsize) for w in headline.split()) > hwidth:
            hsize -= 2  # the longest word must fit the block
        lines, printed["headline"] = head_lines(headline, fonts.EN_BOLD, hsize, hwidth)
        head += lines
        if deck:
            lines, printed["subheadline"] = head_lines(deck, fonts.EN_ITALIC, max(10.0, hsize * 0.5), hwidth)
            head += lines
        return head

    head = head_block(kicker, headline, deck)
    item.update(kicker=kicker, headline=headline, subheadline=deck)

    # Furniture.
    lead = ""
    if kind == "jump":
        ref = "Page A1"
        line = f"Continued from {ref}"
        flow.append(own_line(line, fonts.EN_ITALIC, size, width, "left"))
        item["continued_from"] = ref
        printed["continued_from_line"] = line
    if kind == "wire":
        name = furniture.en_name(rng).upper()
        wire = rng.choice(furniture.EN_WIRES)
        city = rng.choice(furniture.EN_DATELINE_CITIES)
        byline, dateline = name, f"{city} ({wire})"
    elif kind in ("staff", "jump"):
        r = rng.random()
        if r < 0.5:
            byline = f"{furniture.en_name(rng)}, {rng.choice(furniture.EN_STAFF_TITLES)}"
        elif r < 0.75:
            byline = f"{furniture.en_name(rng)} and {furniture.en_name(rng)}"
        else:
            byline = furniture.en_name(rng)
        dateline = rng.choice(furniture.EN_DATELINE_CITIES) if kind == "staff" and rng.random() < 0.5 else None
    else:
        byline, dateline = None, None
    if byline:
        # A byline wider than the column wraps after the name ("By Jane Doe," / "Staff Writer").
        lines = wrap(f"By {byline}", fonts.EN_SANS, size * 0.8, width)
        for line in lines:
            flow.append(own_line(line, fonts.EN_SANS, size * 0.8, width, "left", height=1.1))
        item["bylines"] = [byline]
        printed["byline_lines"] = lines
    if dateline:
        lead = f"{dateline} \u2014 "
        item["dateline"] = dateline
        printed["lead"] = lead

    # Body.
    capacity = body_columns * target_lines - len(flow) - 2
    chosen = _pick_paragraphs(rng, corpus, used, width, size, capacity)
    body: list[dict[str, str]] = [{"kind": "paragraph", "text": corpus.paragraphs[i][0]} for i in chosen]
    if head_style == "cohesive":  # the heads written again from the body's own clauses, where it has them
        own_k, own_h, own_d = heads.en_heads(
            [b["text"] for b in body], ctx.setdefault("cohesive_heads", set()),
            title=title_form, kicker=kicker is not None, deck=deck is not None,
        )
        kicker, headline, deck = own_k or kicker, own_h or headline, own_d or deck
        head = head_block(kicker, headline, deck)
        item.update(kicker=kicker, headline=headline, subheadline=deck)
    printed["source"] = sorted({corpus.paragraphs[i][1] for i in chosen})
    if len(body) >= 5 and rng.random() < 0.4:
        short = [t for t in corpus.titles if fonts.width(t, fonts.EN_BOLD, size) < width]
        pos = rng.randrange(2, len(body) - 1)
        body.insert(pos, {"kind": "subhead", "text": rng.choice(short)})
    item["body"] = body

    hyphens: list[dict] = []
    for n, part in enumerate(body):
        if part["kind"] == "subhead":
            flow.append(own_line(part["text"], fonts.EN_BOLD, size, width, "center", height=1.5))
            continue
        text = (lead + part["text"]) if n == 0 else part["text"]
        lines, hy = break_paragraph(text, width, size=size)
        for line in lines:
            flow.append(FlowLine([Span(line.indent, line.text, fonts.EN_BODY, size, line.word_space)]))
        for h in hy:
            offset = h.offset - (len(lead) if n == 0 else 0)
            hyphens.append({**h.to_dict(), "para": n, "offset": offset})

    if kind != "jump" and rng.random() < 0.2:
        ref = f"Page A{rng.randint(2, 20)}"
        line = f"Continued on {ref}"
        flow.append(own_line(line, fonts.EN_ITALIC, size, width, "right"))
        item["continued_to"] = ref
        printed["continued_to_line"] = line
    elif kind in ("staff", "wire") and rng.random() < 0.35:
        name = furniture.en_name(rng)
        credit = rng.choice((f"Additional reporting by {name}.", f"{name} contributed reporting."))
        flow.append(own_line(credit, fonts.EN_ITALIC, size, width, "left"))
        item["credits"] = [credit]
        printed["credit_lines"] = [credit]

    pic = None
    if photo:
        caption = rng.choice(corpus.clauses) + "."
        cap_lines, printed["caption"] = head_lines(caption, fonts.EN_SANS, 7.5, span_width)
        pic = Photo(height=rng.choice((120.0, 150.0, 180.0)), caption=cap_lines)
    item["printed"] = printed
    return ArticleLayout(
        item=item, head=head, flow=flow, col_width=width, columns=columns, gutter=gutter,
        head_first=rng.random() < 0.5, head_mode=head_mode, photo=pic, hyphens=hyphens,
    )
