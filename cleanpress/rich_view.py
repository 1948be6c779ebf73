"""``cleanpress split --format rich``: articles as panels on a terminal.

Imported only when that format is asked for (Rich is a heavy import; the library and the
other formats never load it).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, Group
from rich.panel import Panel
from rich.rule import Rule
from rich.text import Text

from .document import Article
from .render import byline_line


def item_panel(item: Article) -> Panel:
    """One item as a panel: headline block, byline line, then the paragraphs."""
    parts: list[Text | Rule] = []
    if item.kicker:
        parts.append(Text(item.kicker, style="cyan"))
    if item.headline:
        parts.append(Text(item.headline, style="bold"))
    if item.subheadline:
        parts.append(Text(item.subheadline, style="italic"))
    line = byline_line(item)
    if line:
        parts.append(Text(line, style="dim"))
    if item.continued_from:
        parts.append(Text(f"({item.continued_from})", style="dim"))
    if item.body and parts:
        parts.append(Rule(style="dim"))
    for block in item.body:
        parts.append(Text(block.text, style="bold" if block.kind == "subhead" else ""))
    for credit in item.credits:
        parts.append(Text(f"({credit})", style="dim"))
    if item.continued_to:
        parts.append(Text(f"({item.continued_to})", style="dim"))
    title = f"{item.index} {item.type}" + (f" · {item.source}" if item.source else "")
    style = {"article": "blue", "banner": "magenta", "fragment": "yellow"}.get(item.type, "")
    return Panel(Group(*parts), title=title, title_align="left", border_style=style)


def print_items(items: Sequence[Article], console: Console | None = None) -> None:
    """Draw ``items`` on the terminal (standard output)."""
    console = console or Console()
    for item in items:
        console.print(item_panel(item))
