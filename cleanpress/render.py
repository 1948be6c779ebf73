"""The formats of ``cleanpress split``: plain text, Markdown, JSON and JSON lines.

Pure functions from items (:class:`~cleanpress.document.Article`) to text; no I/O, no Rich
(the terminal view is :mod:`cleanpress.rich_view`, imported only when it is asked for). Every
format shows every field, so nothing the splitter found is lost on the way to the reader.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

import regex

from .document import Article

FORMATS = ("text", "markdown", "json", "jsonl", "rich")
#: What an output file of each format is called after its input (``page.txt`` -> ``page.txt.jsonl``).
SUFFIXES = {"text": ".articles.txt", "markdown": ".md", "json": ".json", "jsonl": ".jsonl"}
RULE = "-" * 40
#: What goes between the output of two inputs (the items of one are apart by the same).
BETWEEN_INPUTS = {"text": "\n" + RULE + "\n\n", "markdown": "\n---\n\n", "json": "", "jsonl": ""}


def byline_line(item: Article) -> str:
    """Bylines and dateline on one line: ``本报记者 柯其其 · 本报讯``, ``Jane Doe · LONDON``."""
    return " · ".join(part for part in ("; ".join(item.bylines), item.dateline or "") if part)


def _heading_lines(item: Article) -> list[str]:
    return [value for value in (item.kicker, item.headline, item.subheadline) if value]


def to_text(items: Sequence[Article]) -> str:
    """Each item with its headline block first (kicker, headline, subheadline, one a line),
    then its byline and dateline line, then its body one paragraph a line (a subhead on a line
    of its own), then its credits and continuation markers; items apart by a blank line and a
    rule.

    >>> from cleanpress.document import Block
    >>> print(to_text([Article(headline="标题", bylines=["记者 张三"], dateline="本报讯",
    ...                        body=[Block("paragraph", "正文。")]), Article(type="banner", headline="第2版")]))
    标题
    记者 张三 · 本报讯
    正文。
    <BLANKLINE>
    ----------------------------------------
    <BLANKLINE>
    第2版
    <BLANKLINE>
    """
    parts = []
    for item in items:
        lines = _heading_lines(item)
        if byline_line(item):
            lines.append(byline_line(item))
        if item.continued_from:
            lines.append(f"({item.continued_from})")
        lines += [block.text for block in item.body]
        lines += [f"({credit})" for credit in item.credits]
        if item.continued_to:
            lines.append(f"({item.continued_to})")
        parts.append("\n".join(lines))
    return ("\n\n" + RULE + "\n\n").join(parts) + "\n" if parts else ""


_markdown_special = regex.compile(r"([\\`*_\[\]<>|])")
_markdown_line_start = regex.compile(r"^(\s*)([#>+\-=]|\d+[.)])")


def _md(text: str) -> str:
    """Text as Markdown shows it literally: inline marks escaped, and a line start that
    would open a heading, quote or list."""
    text = _markdown_special.sub(r"\\\1", text)
    return _markdown_line_start.sub(lambda m: m[1] + "\\" + m[2], text)


def to_markdown(items: Sequence[Article]) -> str:
    """Each article as Markdown: the kicker above a ``#`` headline, the subheadline below it,
    the byline and dateline in italics, section subheads as ``##``; banners in bold; items
    apart by a rule.

    >>> from cleanpress.document import Block
    >>> print(to_markdown([Article(kicker="引题", headline="主题", subheadline="——副题",
    ...                            bylines=["记者 张三"], body=[Block("subhead", "小标题"),
    ...                            Block("paragraph", "正文。")])]), end="")
    引题
    <BLANKLINE>
    # 主题
    <BLANKLINE>
    ——副题
    <BLANKLINE>
    *记者 张三*
    <BLANKLINE>
    ## 小标题
    <BLANKLINE>
    正文。
    """
    parts = []
    for item in items:
        blocks: list[str] = []
        if item.type == "banner":
            blocks.append(f"**{_md(item.headline or '')}**")
        else:
            if item.kicker:
                blocks.append(_md(item.kicker))
            if item.headline:
                blocks.append(f"# {_md(item.headline)}")
            if item.subheadline:
                blocks.append(_md(item.subheadline))
            if byline_line(item):
                blocks.append(f"*{_md(byline_line(item))}*")
            if item.continued_from:
                blocks.append(f"({_md(item.continued_from)})")
        for block in item.body:
            blocks.append(f"## {_md(block.text)}" if block.kind == "subhead" else _md(block.text))
        blocks += [f"({_md(credit)})" for credit in item.credits]
        if item.continued_to:
            blocks.append(f"({_md(item.continued_to)})")
        parts.append("\n\n".join(blocks))
    return "\n\n---\n\n".join(parts) + "\n" if parts else ""


def to_json(items: Sequence[Article]) -> str:
    """A JSON list of the items, each exactly :meth:`Article.to_dict`."""
    return json.dumps([item.to_dict() for item in items], ensure_ascii=False, indent=1) + "\n"


def to_jsonl(items: Iterable[Article]) -> str:
    """One JSON object a line, each exactly :meth:`Article.to_dict`."""
    return "".join(json.dumps(item.to_dict(), ensure_ascii=False) + "\n" for item in items)


def from_jsonl(text: str) -> list[Article]:
    """The items of :func:`to_jsonl` text."""
    return [Article.from_dict(json.loads(line)) for line in text.splitlines() if line.strip()]


RENDERERS = {"text": to_text, "markdown": to_markdown, "json": to_json, "jsonl": to_jsonl}


def render(items: Sequence[Article], fmt: str) -> str:
    """``items`` in format ``fmt`` (one of :data:`RENDERERS`; ``rich`` is drawn, not rendered)."""
    try:
        return RENDERERS[fmt](items)
    except KeyError:
        raise ValueError(f"unknown format {fmt!r} (formats: {', '.join(RENDERERS)})") from None
