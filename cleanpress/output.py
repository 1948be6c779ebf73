"""Everything shown to a person: the only module that imports Rich, always on stderr except
for a diff (which is data, so it goes to stdout)."""

from __future__ import annotations

from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn, TransferSpeedColumn,
)
from rich.table import Table
from rich.text import Text

from .filters import Filter
from .report import Report, Status

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


class ProgressBar:
    """Files done, megabytes done, rate and time left, on stderr while a batch runs; gone when
    it ends, so that the summary follows it."""

    def __init__(self, files: int, total_bytes: int) -> None:
        self._files = files
        self._done = 0
        self._progress = Progress(
            TextColumn("{task.fields[done]:,}/{task.fields[files]:,} files"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            TimeRemainingColumn(),
            console=_stderr,
            transient=True,
        )
        self._task = self._progress.add_task("clean", total=max(total_bytes, 1), done=0, files=files)

    def __enter__(self) -> "ProgressBar":
        self._progress.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self._progress.stop()

    def advance(self, size: int) -> None:
        """One more file done, of ``size`` bytes."""
        self._done += 1
        self._progress.update(self._task, advance=size, done=self._done)

    def note(self, text: str) -> None:
        """A line above the bar."""
        self._progress.console.print(text, markup=False, highlight=False, soft_wrap=True)


def print_summary(report: Report, check: bool) -> None:
    """The end of a batch: how many files were seen, changed, unchanged and failed, in which
    encodings they were read, and what the filters did."""
    table = Table(title="Files", title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("seen", f"{len(report.outcomes):,}")
    table.add_row("would change" if check else "changed", f"{report.count(Status.CHANGED):,}")
    table.add_row("unchanged", f"{report.count(Status.UNCHANGED):,}")
    table.add_row("failed", f"{report.count(Status.FAILED):,}", style="red" if report.failures else None)
    if report.skipped:
        table.add_row("skipped (output exists)", f"{report.skipped:,}")
    for encoding, count in report.encodings().most_common():
        table.add_row(f"read as {encoding}", f"{count:,}")
    _stderr.print(table)
    print_stats(report)


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
