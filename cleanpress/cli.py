"""The ``cleanpress`` command: the only module that knows about flags.

A ladder in black's manner: :func:`clean_source` cleans one input (a file or standard input)
into an :class:`Outcome`; the ``clean`` command runs it over every input into a
:class:`Report`, whose return code is the exit code. Rich is imported only by ``output`` and
only when something is shown to a person (stats, coloured diffs, the filter list).
"""

from __future__ import annotations

import difflib
import enum
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from . import __version__
from .files import InputError, read_text, write_atomic
from .filters import available_filters, get_filter
from .pipeline import Pipeline, default_names
from .report import ExitCode, Outcome, Report, Status

app = typer.Typer(
    name="cleanpress",
    help="Clean text extracted from printed layouts: stray spaces, broken lines, scripts.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

STDIN = "-"


class CjkLatin(str, enum.Enum):
    remove = "remove"
    keep = "keep"
    add = "add"


class WriteBack(enum.Enum):
    """Where a cleaned text goes."""

    STDOUT = "stdout"
    IN_PLACE = "in-place"
    CHECK = "check"
    DIFF = "diff"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"cleanpress {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        Optional[bool],
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = None,
) -> None:
    """Clean text extracted from printed layouts: stray spaces, broken lines, scripts."""


def parse_filter_options(items: list[str]) -> dict[str, dict[str, Any]]:
    """``["despace.cjk_latin=add"]`` -> ``{"despace": {"cjk_latin": "add"}}``, values typed."""
    options: dict[str, dict[str, Any]] = {}
    for item in items:
        key, sep, raw = item.partition("=")
        filter_name, dot, option_name = key.partition(".")
        if not sep or not dot:
            raise typer.BadParameter(f"{item!r} is not of the form FILTER.OPTION=VALUE", param_hint="--option")
        try:
            specs = {spec.name: spec for spec in get_filter(filter_name).option_specs()}
        except ValueError as error:
            raise typer.BadParameter(str(error), param_hint="--option") from None
        if option_name not in specs:
            known = ", ".join(specs) or "none"
            raise typer.BadParameter(
                f"filter {filter_name!r} has no option {option_name!r} (options: {known})", param_hint="--option"
            )
        try:
            options.setdefault(filter_name, {})[option_name] = specs[option_name].parse(raw)
        except ValueError as error:
            raise typer.BadParameter(f"{key}: {error}", param_hint="--option") from None
    return options


def build_cli_pipeline(
    filters: str | None, skip: list[str], options: list[str], cjk_latin: CjkLatin | None, convert: str | None
) -> Pipeline:
    """The pipeline the flags describe; any inconsistency is a usage error (exit 2)."""
    parsed = parse_filter_options(options)
    if cjk_latin is not None:
        parsed.setdefault("despace", {})["cjk_latin"] = cjk_latin.value
    if convert is not None:
        parsed.setdefault("convert", {})["config"] = convert
    names = [n.strip() for n in filters.split(",") if n.strip()] if filters else default_names(parsed)
    for name in skip:
        if name not in names:
            raise typer.BadParameter(f"{name!r} is not in the pipeline ({', '.join(names)})", param_hint="--skip")
    names = [n for n in names if n not in skip]
    try:
        return Pipeline.from_names(names, parsed)
    except (ValueError, TypeError) as error:
        raise typer.BadParameter(str(error)) from None


def clean_contents(text: str, pipeline: Pipeline) -> tuple[str, list]:
    """The cleaned file contents (ending in one newline unless empty) and the filter reports."""
    cleaned, reports = pipeline.explain(text)
    cleaned = cleaned.rstrip("\n")
    return (cleaned + "\n" if cleaned else ""), reports


def clean_source(
    source: str, pipeline: Pipeline, write_back: set[WriteBack], encoding: str | None
) -> Outcome:
    """Clean one input and deliver the result as ``write_back`` says; failures become outcomes."""
    try:
        if source == STDIN:
            from .files import decode

            decoded = decode(sys.stdin.buffer.read(), encoding)
        else:
            decoded = read_text(Path(source), encoding)
        cleaned, reports = clean_contents(decoded.text, pipeline)
        changed = cleaned != decoded.text
        if WriteBack.DIFF in write_back and changed:
            _show_diff(source, decoded.text, cleaned)
        if WriteBack.IN_PLACE in write_back and changed:
            write_atomic(Path(source), cleaned)  # always UTF-8: cleaned files are normalized files
        if WriteBack.STDOUT in write_back:
            sys.stdout.write(cleaned)
            sys.stdout.flush()
    except InputError as error:
        return Outcome(source, Status.FAILED, str(error))
    status = Status.CHANGED if changed else Status.UNCHANGED
    return Outcome(source, status, reports=tuple(reports), size=len(decoded.text))


def _show_diff(source: str, before: str, after: str) -> None:
    name = "stdin" if source == STDIN else source
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True),
        fromfile=f"{name} (original)", tofile=f"{name} (cleaned)",
    )
    diff = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    if sys.stdout.isatty():
        from .output import print_diff

        print_diff(diff)
    else:
        sys.stdout.write(diff)


@app.command()
def clean(
    paths: Annotated[
        Optional[list[str]], typer.Argument(help="Files to clean; none or '-' reads standard input.", show_default=False)
    ] = None,
    in_place: Annotated[bool, typer.Option("--in-place", "-i", help="Rewrite the files (atomically).")] = False,
    check: Annotated[bool, typer.Option("--check", help="Change nothing; exit 1 if any input would change.")] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Print a unified diff of what would change.")] = False,
    filters: Annotated[
        Optional[str], typer.Option("--filters", "-f", help="Comma-separated filters to run, in order.", show_default=False)
    ] = None,
    skip: Annotated[list[str], typer.Option("--skip", help="Leave this filter out (repeatable).")] = [],
    option: Annotated[
        list[str], typer.Option("--option", "-o", help="A filter option, FILTER.OPTION=VALUE (repeatable).")
    ] = [],
    cjk_latin: Annotated[
        Optional[CjkLatin],
        typer.Option("--cjk-latin", help="Spaces between CJK and Latin/digits (despace.cjk_latin).", show_default=False),
    ] = None,
    convert: Annotated[
        Optional[str], typer.Option("--convert", help="Convert scripts with this OpenCC config (s2t, t2s, ...).", show_default=False)
    ] = None,
    encoding: Annotated[
        Optional[str], typer.Option("--encoding", help="Read inputs in this encoding instead of UTF-8.", show_default=False)
    ] = None,
    stats: Annotated[bool, typer.Option("--stats", help="Show what each filter did (on stderr).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print errors only.")] = False,
) -> None:
    """Clean files or standard input with the filter pipeline.

    Exit codes: 0 done (or, with --check, nothing to change); 1 --check found changes;
    2 usage error; 123 an input could not be read or written.
    """
    sources = list(paths or [STDIN])
    if in_place and (check or diff):
        raise typer.BadParameter("--in-place cannot be combined with --check or --diff")
    if in_place and STDIN in sources:
        raise typer.BadParameter("--in-place needs file paths, not standard input")
    pipeline = build_cli_pipeline(filters, skip, option, cjk_latin, convert)
    write_back = {WriteBack.IN_PLACE} if in_place else set()
    write_back |= {WriteBack.CHECK} if check else set()
    write_back |= {WriteBack.DIFF} if diff else set()
    if not write_back:
        write_back = {WriteBack.STDOUT}
    report = Report(check=check)
    for source in sources:
        outcome = clean_source(source, pipeline, write_back, encoding)
        report.add(outcome)
        if outcome.status is Status.FAILED:
            typer.echo(f"error: cannot clean {outcome.source}: {outcome.message}", err=True)
        elif check and outcome.status is Status.CHANGED and not quiet:
            typer.echo(f"would clean {outcome.source}", err=True)
    if stats:
        from .output import print_stats

        print_stats(report)
    if (in_place or check) and not quiet:
        _summary(report, check)
    raise typer.Exit(int(report.return_code))


def _summary(report: Report, check: bool) -> None:
    changed, unchanged, failed = (report.count(s) for s in (Status.CHANGED, Status.UNCHANGED, Status.FAILED))
    verb = "would be cleaned" if check else "cleaned"
    parts = [f"{changed} file{'s' * (changed != 1)} {verb}", f"{unchanged} unchanged"]
    if failed:
        parts.append(f"{failed} failed")
    typer.echo(", ".join(parts) + ".", err=True)


@app.command("filters")
def list_filters() -> None:
    """List the filters with their summaries and options (default pipeline order first)."""
    from .output import print_filters

    print_filters(available_filters(), default_names({}))


def main() -> None:
    """Console entry point: usage errors become one line and exit 2; Ctrl-C exits 130."""
    from typer._click import exceptions as click_exceptions  # typer vendors click

    try:
        code = app(standalone_mode=False)
    except click_exceptions.UsageError as error:
        print(f"cleanpress: error: {error.format_message()}", file=sys.stderr)
        sys.exit(ExitCode.USAGE)
    except (KeyboardInterrupt, click_exceptions.Abort):
        print("cleanpress: interrupted", file=sys.stderr)
        sys.exit(ExitCode.INTERRUPTED)
    except BrokenPipeError:  # `cleanpress clean big.txt | head`: the reader left, not an error
        sys.stderr.close()
        sys.exit(ExitCode.OK)
    sys.exit(code if isinstance(code, int) else ExitCode.OK)
