"""A second page source: the benchmark's articles laid out by WeasyPrint (HTML + CSS -> PDF).

The content is the reportlab path's (``zh.article`` / ``en.article`` choose the prose, headlines
and furniture and fill the gold item); only the layout is WeasyPrint's own: CSS multi-column
bodies (``column-count``, balanced), its line breaking (pango: UAX #14 with CJK kinsoku),
``hyphens: auto`` (pyphen) and word-space justification for English, fonts found through
fontconfig (CFF/OTF Noto CJK and TeX Gyre faces included). The page is a table of rows of
articles; an article's headline block (kicker, title, subtitle) sits above its body or in a
column of its own beside it.

WeasyPrint justifies only at spaces, so Chinese lines would stay ragged; newspapers (and
browsers, ``text-justify: inter-character``) spread the space left over between characters.
:mod:`weasy_layout` does that in a second pass, from the lines WeasyPrint broke in the first.

Page ids are ``<lang>-w<seed>-p<nn>``; the gold has the reportlab path's schema, with
``printed`` line lists read back from WeasyPrint's layout (see :mod:`weasy_layout`).
"""

from __future__ import annotations

import html
import math
import random
from dataclasses import dataclass
from typing import Any

from . import en, furniture, zh
from .sources import load_corpus

PAGE_WIDTH = 842.0
MARGIN = 36.0
GENERATOR_VERSION = 1
ZH_BODY_FONTS = ("AR PL UMing CN", "Noto Serif CJK SC", "Noto Serif CJK SC")
ZH_HEAD_FONTS = ("WenQuanYi Zen Hei", "Noto Sans CJK SC")
EN_BODY_FONTS = ("Liberation Serif", "TeX Gyre Termes", "TeX Gyre Pagella", "DejaVu Serif Condensed")
EN_HEAD_FONTS = ("Liberation Serif", "TeX Gyre Termes", "Liberation Sans", "TeX Gyre Heros")
EN_SANS_FONTS = ("Liberation Sans", "TeX Gyre Heros", "DejaVu Sans Condensed")

CSS = """
@page {{ size: {width}pt {height}pt; margin: {margin}pt; }}
html {{ font-family: "{body}"; font-size: {size}pt; line-height: {leading}; }}
body {{ margin: 0; }}
p, h1, h2, h3, h4, div {{ margin: 0; padding: 0; font-weight: normal; }}
.folio {{ display: table; width: 100%; border-bottom: 0.5pt solid black; font-family: "{head}";
  font-size: 8.5pt; padding-bottom: 3pt; margin-bottom: 10pt; }}
.folio span {{ display: table-cell; width: 33%; }}
.folio .sec {{ text-align: center; font-size: 10.5pt; }}
.folio .pg {{ text-align: right; }}
.banner {{ font-family: "{head}"; font-weight: bold; text-align: center; font-size: {banner}pt;
  line-height: 1.3; border-bottom: 0.5pt solid black; padding-bottom: 4pt; margin-bottom: 8pt; }}
table.row {{ width: 100%; border-collapse: collapse; table-layout: fixed; }}
table.row + table.row, .banner + table.row {{ border-top: 0.5pt solid black; }}
td.art {{ vertical-align: top; padding: {size}pt {gutter}pt; }}
td.art:first-child {{ padding-left: 0; }}
td.art:last-child {{ padding-right: 0; }}
td.art + td.art {{ border-left: 0.5pt solid black; }}
table.side {{ width: 100%; border-collapse: collapse; table-layout: fixed; }}
table.side td {{ vertical-align: top; padding: 0; }}
.head {{ font-family: "{head}"; line-height: 1.25; margin-bottom: {head_gap}pt; }}
table.side td.head {{ padding: 0 {gutter}pt; }}
table.side td.head:first-child {{ padding-left: 0; }}
table.side td.head:last-child {{ padding-right: 0; }}
.kicker {{ font-family: "{kicker}"; }}
.title {{ font-weight: bold; word-spacing: {sep_em}em; }}
.body {{ column-gap: {gutter}pt; column-fill: balance; text-align: justify; orphans: 1; widows: 1; }}
.body p {{ text-indent: {indent}em; }}
.body .own {{ text-indent: 0; }}
.body .right {{ text-align: right; }}
.body .subhead {{ font-family: "{head}"; text-align: center; text-indent: 0;
  margin: 0.25em 0; }}
.byline {{ font-family: "{sans}"; text-indent: 0; text-align: left; {byline_size} }}
.lead {{ font-family: "{lead}"; }}
.photo {{ background: #d0d0d0; margin-bottom: 2pt; }}
.caption {{ font-family: "{sans}"; font-size: 7.5pt; line-height: 1.2; margin-bottom: {size}pt; }}
.tight {{ letter-spacing: 0; }}
{extra}
"""
# English furniture faces: kicker in sans capitals, deck in italics, crossheads and titles bold.
EN_CSS = """
.kicker { font-weight: bold; }
.sub { font-style: italic; }
.body .subhead { font-weight: bold; }
.body .own { font-style: italic; }
.body .byline { font-style: normal; }
"""


@dataclass
class Article:
    """One article: the gold item the content modules made, and how WeasyPrint lays it out."""

    item: dict[str, Any]
    columns: int  # body columns (a side headline takes one more column's width)
    width_pt: float  # the article's whole width
    head: str  # "top" | "side-left" | "side-right"
    title_pt: float  # headline size; kicker and subtitle are set smaller
    center: bool  # headline block centred (else flush left)
    photo_pt: float = 0.0


@dataclass
class Draft:
    """A page before layout: its articles in rows, the page style, the gold without lines."""

    language: str
    rows: list[list[Article]]
    banner_at: int | None
    banner: dict[str, Any] | None
    style: dict[str, Any]
    gold: dict[str, Any]
    attempt: int
    head_style: str = "drawn"  # how headlines are written (see :func:`page.compose`)


def _style(rng: random.Random, language: str) -> dict[str, Any]:
    """Fonts, sizes, leading and gutters of one page, in the range real papers use."""
    if language == "zh":
        size = rng.choice((9.0, 9.5, 10.0, 10.5, 11.0))
        body, head = rng.choice(ZH_BODY_FONTS), rng.choice(ZH_HEAD_FONTS)
        sans = lead = head
        gutter = round(size * rng.uniform(1.0, 1.8), 1)
    else:
        size = rng.choice((8.5, 9.0, 9.5, 10.0))
        body, head, sans = rng.choice(EN_BODY_FONTS), rng.choice(EN_HEAD_FONTS), rng.choice(EN_SANS_FONTS)
        lead = body
        gutter = round(size * rng.uniform(1.0, 1.5), 1)
    return {
        "size": size, "leading": round(rng.uniform(1.2, 1.45), 2), "body": body, "head": head,
        "sans": sans, "lead": lead, "gutter": gutter, "column_rule": rng.random() < 0.3,
        "hyphenate_character": rng.choice(("\u2010", "\u2010", "-")) if language == "en" else None,
        "banner_pt": rng.choice((14.0, 16.0, 18.0)),
    }


def _columns(rng: random.Random, language: str, region: float, style: dict[str, Any]) -> tuple[int, float]:
    """(k, column width in pt) for an article ``region`` points wide: CJK columns 11-21 em,
    English 100-190 pt, as dailies set them."""
    gutter, size = style["gutter"], style["size"]
    lo, hi = (11 * size, 21 * size) if language == "zh" else (100.0, 190.0)
    options = [k for k in range(1, 8) if lo <= (region - (k - 1) * gutter) / k <= hi]
    k = rng.choice(options) if options else 1
    return k, (region - (k - 1) * gutter) / k


def _article(rng, corpus, used, ctx, language, region, style, photo, head_style="drawn") -> Article:
    """Compose one article's content with the reportlab path's generators, for this width."""
    k, col = _columns(rng, language, region, style)
    size, gutter = style["size"], style["gutter"]
    if language == "zh":
        target = rng.randint(16, 34)
        art = zh.article(rng, corpus, used, ctx, width=math.floor(col / size), columns=k, size=size,
                         gutter=gutter, target_lines=target, style="full", head_style=head_style)
    else:
        target = rng.randint(24, 48)
        art = en.article(rng, corpus, used, ctx, width=col, columns=k, size=size, gutter=gutter,
                         target_lines=target, photo=photo and k >= 2, head_style=head_style)
    head = art.head_mode if art.head_mode.startswith("side") else "top"
    body_columns = k - 1 if head.startswith("side") else k
    photo_pt = art.photo.height if art.photo is not None else 0.0
    title_pt = _title_size(rng, language, art.item["headline"], col if head != "top" else region)
    return Article(art.item, body_columns, region, head, title_pt, rng.random() < 0.6, photo_pt)


def _title_size(rng: random.Random, language: str, title: str, width: float) -> float:
    """A headline size that sets ``title`` on about two lines of ``width`` points (more in a
    narrow block beside the body), as a make-up editor would choose it."""
    if language == "zh":
        size = rng.choice((20.0, 22.0, 24.0, 26.0))
        while size > 16 and len(title) * size > 2 * width:
            size -= 2
        return size
    size = rng.choice((18.0, 20.0, 24.0, 28.0)) if width > 200 else rng.choice((14.0, 16.0, 18.0))
    while size > 10 and max(len(w) for w in title.split()) * size * 0.55 > width:
        size -= 2  # the longest word must fit the block
    return size


def _folio(rng: random.Random, language: str, ctx: dict[str, Any]) -> dict[str, Any]:
    """Running head gold: date and weekday left, section centred, page number right."""
    mod = zh if language == "zh" else en
    _, gold = mod.folio(rng, ctx["date"], ctx["page_no"], PAGE_WIDTH - 2 * MARGIN, MARGIN)
    if language == "zh":
        day = f"{gold['date']} {gold['weekday']}"
    else:
        day = f"{gold['weekday']}, {gold['date']}"
    gold["printed"] = [day, gold["section"], gold["page"]]
    return gold


def draft(language: str, seed: int, index: int, attempt: int = 0, head_style: str = "drawn") -> Draft:
    """Choose a page's style, rows and articles; deterministic for its arguments (``head_style``:
    see :func:`page.compose`)."""
    rng = random.Random(f"cleanpress-bench-weasy:{seed}:{language}:{index}:{attempt}")
    corpus = load_corpus(language)
    style = _style(rng, language)
    ctx = {"date": furniture.random_date(rng), "page_no": rng.randint(2, 8)}
    folio = _folio(rng, language, ctx)
    n_articles = rng.randint(3, 6)
    while True:
        sizes = [rng.randint(1, 3) for _ in range(rng.choice((2, 2, 3)))]
        if sum(sizes) == n_articles:
            break
    banner_at = rng.randrange(len(sizes)) if rng.random() < (0.5 if language == "zh" else 0.35) else None
    banner = None
    if banner_at is not None:
        _, banner = (zh if language == "zh" else en).banner(rng, corpus, PAGE_WIDTH - 2 * MARGIN)
    content = PAGE_WIDTH - 2 * MARGIN
    sep = 2 * style["gutter"]
    used: set[int] = set()
    rows: list[list[Article]] = []
    for count in sizes:
        weights = [rng.uniform(0.7, 1.3) for _ in range(count)]
        avail = content - (count - 1) * sep
        rows.append([
            _article(rng, corpus, used, ctx, language, avail * w / sum(weights), style, photo=not rows and not a,
                     head_style=head_style)
            for a, w in enumerate(weights)
        ])
    items = [a.item for row in rows for a in row]
    if banner is not None:
        items.insert(sum(len(r) for r in rows[:banner_at]), banner)
    gold = {
        "id": f"{language}-w{seed}-p{index:02d}", "language": language, "generator_seed": seed,
        "interleave_risk": False, "items": items, "folio": folio, "hyphens": [],
        "sources": [{"package": s.package, "version": s.version, "license": s.license} for s in corpus.sources],
    }
    return Draft(language, rows, banner_at, banner, style, gold, attempt, head_style)


def layout_record(d: Draft, height: float) -> dict[str, Any]:
    """The gold's ``layout``: engine, page style and each article's columns and headline place."""
    from importlib.metadata import version

    s = d.style
    record = {
        "generator_version": GENERATOR_VERSION, "engine": "weasyprint", "engine_version": version("weasyprint"),
        "attempt": d.attempt, "page_size_pt": [PAGE_WIDTH, height], "body_size_pt": s["size"],
        "leading_em": s["leading"], "gutter_pt": s["gutter"], "punctuation": None, "body_hscale": 100.0,
        "fonts": {"body": s["body"], "head": s["head"], "sans": s["sans"]},
        "hyphenate_character": s["hyphenate_character"], "column_rule": s["column_rule"],
        "articles": [{"columns": a.columns, "width_pt": round(a.width_pt, 1), "head": a.head, "head_first": None}
                     for row in d.rows for a in row],
    }
    if d.head_style != "drawn":
        record[f"{d.head_style}_heads"] = True
    return record


# --- HTML ------------------------------------------------------------------------------------------


def escape(s: str) -> str:
    """``s`` as HTML text."""
    return html.escape(s, quote=False)


def _block(tag: str, cls: str, element_id: str, inner: str, style: str = "") -> str:
    css = f' style="{style}"' if style else ""
    return f'<{tag} class="{cls}" id="{element_id}"{css}>{inner}</{tag}>'


def _head_html(n: int, art: Article, language: str) -> str:
    """Kicker, title and subtitle; each block's lines are read back from the layout."""
    item = art.item
    small = max(10.0, round(art.title_pt * 0.55)) if language == "zh" else max(10.0, art.title_pt * 0.5)
    out = []
    if item["kicker"]:
        out.append(_block("p", "kicker", f"i{n}-kicker", escape(item["kicker"]), f"font-size:{small}pt"))
    out.append(_block("h1", "title", f"i{n}-headline", escape(item["headline"]), f"font-size:{art.title_pt}pt"))
    if item["subheadline"]:
        out.append(_block("p", "sub", f"i{n}-subheadline", escape(item["subheadline"]), f"font-size:{small}pt"))
    align = "center" if art.center else "left"
    return f'<div class="head" style="text-align:{align}">{"".join(out)}</div>'


def paragraph_inner(item: dict[str, Any], p: int) -> list[tuple[str, str]]:
    """A body part's printed text as (text, css class) runs: the lead in front of the first
    paragraph, an inline credit after the last one."""
    printed = item["printed"]
    paragraphs = [part for part in item["body"] if part["kind"] == "paragraph"]
    part = item["body"][p]
    runs: list[tuple[str, str]] = []
    if p == 0 and printed.get("lead"):
        runs.append((printed["lead"], "lead"))
    runs.append((part["text"], ""))
    if part is paragraphs[-1] and printed.get("credit_inline"):
        runs.append((" " + printed["credit_inline"], ""))
    return runs


def _runs_html(runs: list[tuple[str, str]]) -> str:
    return "".join(f'<span class="{c}">{escape(t)}</span>' if c else escape(t) for t, c in runs)


def _body_html(n: int, item: dict[str, Any], art: Article, lines: dict[str, str]) -> str:
    """The body flow: continuation, byline lines, paragraphs, subheads, credits, in k columns.

    ``lines`` maps a paragraph's element id to justified markup from the first pass.
    """
    printed = item["printed"]
    out = []
    if printed.get("continued_from_line"):
        out.append(_block("p", "own", f"i{n}-continued_from_line", escape(printed["continued_from_line"])))
    if item["bylines"] and printed.get("byline_lines"):
        out.append(_block("p", "byline own", f"i{n}-byline_lines", escape(" ".join(printed["byline_lines"]))))
    for p, part in enumerate(item["body"]):
        pid = f"i{n}-b{p}"
        if part["kind"] == "subhead":
            out.append(_block("h3", "subhead", pid, escape(part["text"])))
        elif pid in lines:  # second pass: set line by line
            out.append(_block("p", "para", pid, lines[pid], "white-space:nowrap"))
        else:
            out.append(_block("p", "para", pid, _runs_html(paragraph_inner(item, p))))
    for k, line in enumerate(printed.get("credit_lines", [])):
        cls = "own right" if line.startswith("（") else "own"
        out.append(_block("p", cls, f"i{n}-credit_lines-{k}", escape(line)))
    if printed.get("continued_to_line"):
        out.append(_block("p", "own right", f"i{n}-continued_to_line", escape(printed["continued_to_line"])))
    return f'<div class="body" style="column-count:{art.columns}">{"".join(out)}</div>'


def _article_html(n: int, art: Article, style: dict[str, Any], lines: dict[str, str], language: str) -> str:
    head = _head_html(n, art, language)
    body = _body_html(n, art.item, art, lines)
    if art.photo_pt:
        caption = art.item["printed"].get("caption", [])
        body = (f'<div class="photo" style="height:{art.photo_pt}pt"></div>'
                + _block("p", "caption", f"i{n}-caption", escape(" ".join(caption))) + body)
    if art.head == "top":
        return head + body
    col = (art.width_pt - (art.columns) * style["gutter"]) / (art.columns + 1)
    head_td = f'<td class="head" style="width:{col + style["gutter"]:.1f}pt">{head}</td>'
    cells = [head_td, f"<td>{body}</td>"] if art.head == "side-left" else [f"<td>{body}</td>", head_td]
    return f'<table class="side"><tr>{"".join(cells)}</tr></table>'


def page_html(d: Draft, lines: dict[str, str] | None = None, height: float = 14000.0) -> str:
    """The whole page as an HTML document (``lines``: justified paragraph markup, second pass)."""
    lines = lines or {}
    s = d.style
    folio = d.gold["folio"]["printed"]
    parts = [f'<div class="folio"><span>{escape(folio[0])}</span><span class="sec">{escape(folio[1])}</span>'
             f'<span class="pg">{escape(folio[2])}</span></div>']
    n = 0
    for r, row in enumerate(d.rows):
        if r == d.banner_at:
            parts.append(_block("div", "banner", f"i{n}-headline", escape(d.banner["headline"])))
            n += 1
        cells = []
        for art in row:
            cells.append(f'<td class="art" style="width:{art.width_pt:.1f}pt">{_article_html(n, art, s, lines, d.language)}</td>')
            n += 1
        parts.append(f'<table class="row"><tr>{"".join(cells)}</tr></table>')
    extra = EN_CSS if d.language == "en" else ""
    if s["column_rule"]:
        extra += ".body { column-rule: 0.4pt solid #888; }\n"
    if s["hyphenate_character"]:
        extra += f'.body p.para {{ hyphens: auto; hyphenate-character: "{s["hyphenate_character"]}"; hyphenate-limit-chars: 6 2 3; }}\n'
    css = CSS.format(
        width=PAGE_WIDTH, height=height, margin=MARGIN, body=s["body"], head=s["head"], sans=s["sans"],
        lead=s["lead"], size=s["size"], leading=s["leading"], gutter=s["gutter"],
        kicker=s["sans"] if d.language == "en" else s["head"], banner=s["banner_pt"], head_gap=round(s["size"] * 0.8, 1),
        sep_em=0.7 if d.language == "zh" else 0, indent=2 if d.language == "zh" else 1,
        byline_size="" if d.language == "zh" else "font-size: 0.8em;", extra=extra,
    )
    lang = "zh-CN" if d.language == "zh" else "en-US"
    return f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><style>{css}</style></head><body>{"".join(parts)}</body></html>'
