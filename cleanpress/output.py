"""Everything shown to a person: the only module that imports Rich, always on stderr except
for a diff (which is data, so it goes to stdout)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .filters import Filter
from .report import Report

_stderr = Console(stderr=True)


def print_stats(report: Report) -> None:
    """A table of what each filter did, added up over all inputs."""
    table = Table(title="What the filters did", title_justify="left")
    table.add_column("filter")
    table.add_column("what")
    table.add_column("count", justify="right")
    for name, counts in report.filter_totals().items():
        if not counts:
            table.add_row(name, "nothing to do", "")
        for index, (what, count) in enumerate(counts.items()):
            table.add_row(name if index == 0 else "", what, f"{count:,}")
    _stderr.print(table)


def print_diff(diff: str) -> None:
    """A unified diff, coloured: removals red, additions green, hunk headers cyan."""
    console = Console()
    for line in diff.splitlines():
        style = (
            "bold" if line.startswith(("---", "+++"))
            else "cyan" if line.startswith("@@")
            else "red" if line.startswith("-")
            else "green" if line.startswith("+")
            else ""
        )
        console.print(Text(line, style=style), soft_wrap=True)


def print_filters(filters: dict[str, type[Filter]], default: list[str]) -> None:
    """The filter list of ``cleanpress filters``: name, default or not, summary, options."""
    console = Console()
    table = Table(show_lines=True)
    table.add_column("filter", style="bold")
    table.add_column("default")
    table.add_column("what it does")
    table.add_column("options (FILTER.OPTION=VALUE)")
    for name, cls in filters.items():
        options = "\n".join(
            f"{spec.name}: {spec.describe_type()} = {spec.default!r}\n  {spec.help}" for spec in cls.option_specs()
        )
        table.add_row(name, "on" if name in default else "off", cls.summary, options or "-")
    console.print(table)
