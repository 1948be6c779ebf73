"""The ``cleanpress`` command: the only module that knows about flags.

A ladder in black's manner: the ``clean`` command resolves its settings (configuration file,
then flags), finds the sources (files, walked folders), and hands them with an operation and a
sink to :func:`cleanpress.batch.run`, which cleans each into an :class:`Outcome` of a
:class:`Report`, whose return code is the exit code. Rich is imported only by ``output`` and
only when something is shown to a person (progress, summaries, coloured diffs, the filter list).
"""

from __future__ import annotations

import codecs
import contextlib
import enum
import sys
from pathlib import Path
from typing import Annotated, Any, NoReturn, Optional

import typer
from typer._click.exceptions import UsageError  # typer vendors click

from . import __version__, batch, sinks
from .config import COMMAND_LINE, DEFAULT, ConfigError, Settings, describe, find_config, load_settings
from .filters import available_filters, get_filter
from .pipeline import Pipeline, default_names
from .report import ExitCode, Outcome, Report, Status
from .walk import Source, find_sources, is_uri

app = typer.Typer(
    name="cleanpress",
    help="Clean text extracted from printed layouts: stray spaces, broken lines, scripts.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

class CjkLatin(str, enum.Enum):
    remove = "remove"
    keep = "keep"
    add = "add"


class SplitFormat(str, enum.Enum):
    text = "text"
    markdown = "markdown"
    json = "json"
    jsonl = "jsonl"
    rich = "rich"


class Engine(str, enum.Enum):
    local = "local"
    ray = "ray"


# Options that both `clean` and `config` take: the settings a configuration file can hold.
ConfigOption = Annotated[
    Optional[Path],
    typer.Option(
        "--config", help="Read settings from this file (default: cleanpress.toml or pyproject.toml found above the inputs).",
        show_default=False, dir_okay=False,
    ),
]
FiltersOption = Annotated[
    Optional[str], typer.Option("--filters", "-f", help="Comma-separated filters to run, in order.", show_default=False)
]
SkipOption = Annotated[list[str], typer.Option("--skip", help="Leave this filter out (repeatable).")]
OptionOption = Annotated[
    list[str], typer.Option("--option", "-o", help="A filter option, FILTER.OPTION=VALUE (repeatable).")
]
CjkLatinOption = Annotated[
    Optional[CjkLatin],
    typer.Option("--cjk-latin", help="Spaces between CJK and Latin/digits (despace.cjk_latin).", show_default=False),
]
ConvertOption = Annotated[
    Optional[str], typer.Option("--convert", help="Convert scripts with this OpenCC config (s2t, t2s, ...).", show_default=False)
]
IncludeOption = Annotated[
    list[str],
    typer.Option("--include", help="Glob of files to take in folders (repeatable; default *.txt).", show_default=False),
]
ExcludeOption = Annotated[
    list[str],
    typer.Option("--exclude", help="Glob of files or folders to leave out of folders (repeatable).", show_default=False),
]
JobsOption = Annotated[
    Optional[int],
    typer.Option("--jobs", "-j", min=1, help="Processes to use (default: the machine's cores).", show_default=False),
]
EngineOption = Annotated[
    Engine,
    typer.Option(
        "--engine", help="local: --jobs processes on this machine; ray: a local Ray instance, or the cluster at"
        " --ray-address (needs --output-dir; pip install 'cleanpress[ray]').",
    ),
]
RayAddressOption = Annotated[
    Optional[str],
    typer.Option(
        "--ray-address", help="With --engine ray: join this Ray cluster (auto, ray://HOST:10001, HOST:6379).",
        show_default=False,
    ),
]
ResumeOption = Annotated[
    bool,
    typer.Option("--resume", help="With --output-dir: skip inputs whose output exists (outputs are written whole)."),
]
EncodingOption = Annotated[
    Optional[str],
    typer.Option("--encoding", help="Read inputs in this encoding instead of detecting it.", show_default=False),
]


def _version(value: bool) -> None:
    if value:
        from .filters import build_name

        typer.echo(f"cleanpress {__version__} ({build_name()})")
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


def resolve_settings(
    inputs: list[Path], config: Path | None, filters: str | None, skip: list[str], options: list[str],
    cjk_latin: CjkLatin | None, convert: str | None, include: list[str], exclude: list[str],
    jobs: int | None, encoding: str | None,
) -> Settings:
    """The configuration file's settings (``--config``, else the one found above ``inputs``),
    overridden by the flags that were given; a bad file or value is a usage error (exit 2)."""
    try:
        found = config or find_config(inputs)
        settings = load_settings(found) if found else Settings()
    except ConfigError as error:
        raise UsageError(str(error)) from None
    for filter_name, values in parse_filter_options(options).items():
        for option_name, value in values.items():
            settings.override(f"{filter_name}.{option_name}", value, COMMAND_LINE)
    if cjk_latin is not None:
        settings.override("despace.cjk_latin", cjk_latin.value, COMMAND_LINE)
    if convert is not None:
        settings.override("convert.config", convert, COMMAND_LINE)
    if filters:
        settings.override("filters", [n.strip() for n in filters.split(",") if n.strip()], COMMAND_LINE)
    for key, value in (("skip", skip), ("include", include), ("exclude", exclude), ("jobs", jobs)):
        if value:
            settings.override(key, list(value) if isinstance(value, list) else value, COMMAND_LINE)
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise typer.BadParameter(f"unknown encoding {encoding!r}", param_hint="--encoding") from None
        settings.override("encoding", encoding, COMMAND_LINE)
    return settings


def pipeline_names(settings: Settings) -> list[str]:
    """The filters the settings ask for, before ``skip``."""
    return settings.filters if settings.filters is not None else default_names(settings.options)


def build_cli_pipeline(settings: Settings) -> Pipeline:
    """The pipeline the settings describe; any inconsistency is a usage error (exit 2)."""
    names = pipeline_names(settings)
    for name in settings.skip:
        if name not in names:
            hint = "--skip" if settings.origin("skip") == COMMAND_LINE else f"skip in {settings.origin('skip')}"
            raise typer.BadParameter(f"{name!r} is not in the pipeline ({', '.join(names)})", param_hint=hint)
    names = [n for n in names if n not in settings.skip]
    try:
        return Pipeline.from_names(names, settings.options)
    except (ValueError, TypeError) as error:
        raise typer.BadParameter(str(error)) from None


def _show_diff(diff: str) -> None:
    if sys.stdout.isatty():
        from .output import print_diff

        print_diff(diff)
    else:
        sys.stdout.write(diff)


@app.command()
def clean(
    paths: Annotated[
        Optional[list[str]],
        typer.Argument(help="Files and folders to clean; none or '-' reads standard input.", show_default=False),
    ] = None,
    in_place: Annotated[bool, typer.Option("--in-place", "-i", help="Rewrite the files (atomically).")] = False,
    output_dir: Annotated[
        Optional[str],
        typer.Option(
            "--output-dir", help="Write cleaned files here, mirroring the folders given (with --engine ray: a"
            " folder or a URI such as s3://bucket/clean).", show_default=False,
        ),
    ] = None,
    check: Annotated[bool, typer.Option("--check", help="Change nothing; exit 1 if any input would change.")] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Print a unified diff of what would change.")] = False,
    exit_nonzero_on_change: Annotated[
        bool, typer.Option("--exit-nonzero-on-change", help="Exit 1 if any file was changed (for pre-commit).")
    ] = False,
    config: ConfigOption = None,
    filters: FiltersOption = None,
    skip: SkipOption = [],
    option: OptionOption = [],
    cjk_latin: CjkLatinOption = None,
    convert: ConvertOption = None,
    include: IncludeOption = [],
    exclude: ExcludeOption = [],
    jobs: JobsOption = None,
    encoding: EncodingOption = None,
    keep_encoding: Annotated[
        bool, typer.Option("--keep-encoding", help="Write files in the encoding they were read in, not UTF-8.")
    ] = False,
    stats: Annotated[bool, typer.Option("--stats", help="Show what each filter did (on stderr).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print errors only.")] = False,
    engine: EngineOption = Engine.local,
    ray_address: RayAddressOption = None,
    resume: ResumeOption = False,
) -> None:
    """Clean files, folders or standard input with the filter pipeline.

    Exit codes: 0 done (or, with --check, nothing to change); 1 --check found changes (or,
    with --exit-nonzero-on-change, files were changed); 2 usage error; 123 an input could not
    be read or written; 130 interrupted.
    """
    given = [Path(p) for p in paths] if paths else [batch.STDIN]
    if in_place and (check or diff):
        raise typer.BadParameter("--in-place cannot be combined with --check or --diff")
    if output_dir is not None and (in_place or check):
        raise typer.BadParameter("--output-dir cannot be combined with --in-place or --check")
    if (in_place or output_dir is not None) and batch.STDIN in given:
        flag = "--in-place" if in_place else "--output-dir"
        raise typer.BadParameter(f"{flag} needs file paths, not standard input")
    if not (in_place or output_dir or check or diff) and any(path.is_dir() for path in given):
        raise typer.BadParameter("a folder needs --in-place, --output-dir, --check or --diff")
    _check_engine(engine, ray_address, output_dir, resume, in_place or check or diff, paths)
    inputs = [path for path in given if path != batch.STDIN]
    settings = resolve_settings(
        inputs, config, filters, skip, option, cjk_latin, convert, include, exclude, jobs, encoding
    )
    job = batch.Job(batch.CleanFile(build_cli_pipeline(settings)), settings.encoding, keep_encoding, diff)
    report = Report(check=check, fail_on_change=exit_nonzero_on_change)
    if engine is Engine.ray:
        assert output_dir is not None and paths
        show = not quiet and sys.stderr.isatty()
        run_on_ray(paths, output_dir, job, settings, report, ray_address, resume, progress=show)
        finish(report, check=False, show=show, stats=stats, summarize=not quiet)
    sources = find_sources(given, settings.include, settings.exclude)
    deliver: batch.Deliver
    if output_dir is not None:
        deliver = sinks.OutputDir(Path(output_dir), job.operation.suffix)
        problem = deliver.problem(inputs, sources, settings.exclude)
        if problem:
            raise typer.BadParameter(problem, param_hint="--output-dir")
        if resume:  # an output that exists is complete: every output is written whole
            report.skipped = len(sources)
            sources = [source for source in sources if not deliver.target(source).is_file()]
            report.skipped -= len(sources)
    elif in_place:
        deliver = sinks.in_place
    elif check or diff:
        deliver = _nowhere
    else:
        deliver = sinks.to_stdout
    if diff:
        deliver = _with_diff(deliver)
    summarize = (in_place or output_dir is not None or check) and not quiet
    show = summarize and not diff and sys.stderr.isatty()  # a diff on the terminal goes alone
    _run(sources, job, deliver, report, settings.jobs, check and not quiet, show and len(sources) > 1)
    finish(report, check, show, stats, summarize)


def finish(report: Report, check: bool, show: bool, stats: bool, summarize: bool) -> NoReturn:
    """The end of a file-processing command: one line per failure, in input order, then the
    summary (a table on a terminal, else one line) or the --stats table; exit with the code."""
    for failure in report.failures:
        typer.echo(f"error: cannot clean {failure.source}: {failure.message}", err=True)
    if show:
        from .output import print_summary

        print_summary(report, check)
    elif stats:
        from .output import print_stats

        print_stats(report)
    if summarize and not show:
        _summary(report, check)
    raise typer.Exit(int(report.return_code))


def _check_engine(
    engine: Engine, ray_address: str | None, output_dir: str | None, resume: bool, elsewhere: bool,
    paths: list[str] | None,
) -> None:
    """Usage errors of --engine, --ray-address and --resume, and of URIs without Ray."""
    uri = next((p for p in [*(paths or []), output_dir or ""] if is_uri(p)), None)
    if uri is not None and engine is not Engine.ray:
        raise typer.BadParameter(f"{uri}: URIs are read and written with --engine ray", param_hint="--engine")
    if ray_address is not None and engine is not Engine.ray:
        raise typer.BadParameter("--ray-address needs --engine ray", param_hint="--ray-address")
    if engine is Engine.ray and (output_dir is None or elsewhere):
        raise typer.BadParameter(
            "--engine ray writes one file per input into --output-dir, and nowhere else", param_hint="--engine"
        )
    if resume and output_dir is None:
        raise typer.BadParameter("--resume needs --output-dir", param_hint="--resume")
    if output_dir is not None and not is_uri(output_dir) and Path(output_dir).is_file():
        raise typer.BadParameter(f"{output_dir} is a file, not a folder", param_hint="--output-dir")


def run_on_ray(
    paths: list[str], output_dir: str, job: batch.Job, settings: Settings, report: Report,
    address: str | None, resume: bool, progress: bool, split_format: str | None = None,
) -> None:
    """Run ``job`` on Ray (:func:`cleanpress.ray.run`): walked as a local run walks, written by
    the workers into ``output_dir``, outcomes added to ``report`` in input order. Ray missing,
    or a cluster that cannot be reached, is a usage error (one line, exit 2)."""
    from .ray import PlanError, RayUnavailable, run

    jobs = settings.jobs if settings.origin("jobs") != DEFAULT else None  # default: every CPU there is
    try:
        run(
            paths, output_dir, job, report, include=settings.include, exclude=settings.exclude, resume=resume,
            address=address, jobs=jobs, progress=progress, split_format=split_format,
        )
    except PlanError as error:
        raise typer.BadParameter(str(error), param_hint="--output-dir") from None
    except RayUnavailable as error:
        raise UsageError(str(error)) from None


def _run(
    sources: list[Source], job: batch.Job, deliver: batch.Deliver, report: Report, jobs: int,
    name_changes: bool, bar: bool,
) -> None:
    """Run the batch; name the files that would change (--check) as they come, over a progress
    bar when there is one."""
    with contextlib.ExitStack() as stack:
        progress = None
        if bar:
            from .output import ProgressBar

            progress = stack.enter_context(ProgressBar(len(sources), sum(source.size for source in sources)))

        def done(outcome: Outcome) -> None:
            if name_changes and outcome.status is Status.CHANGED:
                message = f"would clean {outcome.source}"
                if progress:
                    progress.note(message)
                else:
                    typer.echo(message, err=True)
            if progress:
                progress.advance(outcome.size)

        batch.run(sources, job, deliver, report, jobs, done)


def _nowhere(source: Source, result: batch.Result) -> None:
    """--check and --diff write nothing."""


def _with_diff(deliver: batch.Deliver) -> batch.Deliver:
    def show_then_deliver(source: Source, result: batch.Result) -> None:
        if result.diff:
            _show_diff(result.diff)
        deliver(source, result)

    return show_then_deliver


def _summary(report: Report, check: bool) -> None:
    changed, unchanged, failed = (report.count(s) for s in (Status.CHANGED, Status.UNCHANGED, Status.FAILED))
    verb = "would be cleaned" if check else "cleaned"
    parts = [f"{changed} file{'s' * (changed != 1)} {verb}", f"{unchanged} unchanged"]
    if failed:
        parts.append(f"{failed} failed")
    if report.skipped:
        parts.append(f"{report.skipped} skipped (output exists)")
    typer.echo(", ".join(parts) + ".", err=True)


@app.command()
def split(
    paths: Annotated[
        Optional[list[str]],
        typer.Argument(help="Files and folders to split; none or '-' reads standard input.", show_default=False),
    ] = None,
    fmt: Annotated[
        Optional[SplitFormat],
        typer.Option(
            "--format", "-F", help="text (the default on standard output), markdown, json, jsonl (the default in"
            " files) or rich (panels on a terminal).", show_default=False,
        ),
    ] = None,
    output: Annotated[
        Optional[Path],
        typer.Option("--output", help="Write every input's items into this one file (atomically).", show_default=False,
                     dir_okay=False),
    ] = None,
    output_dir: Annotated[
        Optional[str],
        typer.Option(
            "--output-dir", help="Write one file per input here (page.txt -> page.txt.jsonl), mirroring the folders"
            " given (with --engine ray: a folder or a URI such as s3://bucket/items).", show_default=False,
        ),
    ] = None,
    config: ConfigOption = None,
    filters: FiltersOption = None,
    skip: SkipOption = [],
    option: OptionOption = [],
    cjk_latin: CjkLatinOption = None,
    convert: ConvertOption = None,
    include: IncludeOption = [],
    exclude: ExcludeOption = [],
    jobs: JobsOption = None,
    encoding: EncodingOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print errors only.")] = False,
    engine: EngineOption = Engine.local,
    ray_address: RayAddressOption = None,
    resume: ResumeOption = False,
) -> None:
    """Split pages into articles (headline block, byline, dateline, body ...), banners and
    fragments, after cleaning them with the filter pipeline (the same options as clean).

    Exit codes: 0 done; 2 usage error; 123 an input could not be read or an output not written;
    130 interrupted.
    """
    from . import splitting

    given = [Path(p) for p in paths] if paths else [batch.STDIN]
    if output is not None and output_dir is not None:
        raise typer.BadParameter("--output and --output-dir cannot be combined")
    if output_dir is not None and batch.STDIN in given:
        raise typer.BadParameter("--output-dir needs file paths, not standard input")
    writes_files = output is not None or output_dir is not None
    chosen = (fmt or (SplitFormat.jsonl if writes_files else SplitFormat.text)).value
    if chosen == "rich" and writes_files:
        raise typer.BadParameter("rich draws on the terminal; write files as text, markdown, json or jsonl",
                                 param_hint="--format")
    _check_engine(engine, ray_address, output_dir, resume, output is not None, paths)
    inputs = [path for path in given if path != batch.STDIN]
    settings = resolve_settings(
        inputs, config, filters, skip, option, cjk_latin, convert, include, exclude, jobs, encoding
    )
    job = batch.Job(splitting.SplitFile(build_cli_pipeline(settings)), settings.encoding)
    report = Report()
    if engine is Engine.ray:
        assert output_dir is not None and paths
        show = not quiet and sys.stderr.isatty()
        run_on_ray(paths, output_dir, job, settings, report, ray_address, resume, show, split_format=chosen)
        _finish_split(report, not quiet)
    sources = find_sources(given, settings.include, settings.exclude)
    with contextlib.ExitStack() as stack:
        if output_dir is not None:
            deliver: Any = splitting.SplitOutputDir(Path(output_dir), chosen)
            problem = deliver.folder.problem(inputs, sources, settings.exclude)
            if problem:
                raise typer.BadParameter(problem, param_hint="--output-dir")
            if resume:  # an output that exists is complete: every output is written whole
                report.skipped = len(sources)
                sources = [source for source in sources if not deliver.folder.target(source).is_file()]
                report.skipped -= len(sources)
        elif output is not None:
            if any(output.resolve() == source.path.resolve() for source in sources if source.path != batch.STDIN):
                raise typer.BadParameter(f"{output} is an input", param_hint="--output")
            try:
                deliver = stack.enter_context(splitting.CombinedOutput(output, chosen))
            except OSError as error:
                raise typer.BadParameter(str(error), param_hint="--output") from None
        else:
            deliver = splitting.SplitToStdout(chosen)
        show = writes_files and not quiet and sys.stderr.isatty()
        _run(sources, job, deliver, report, settings.jobs, False, show and len(sources) > 1)
        if output is not None or output_dir is None:
            deliver.finish()
    _finish_split(report, writes_files and not quiet)


def _finish_split(report: Report, summarize: bool) -> NoReturn:
    """The end of ``split``: one line per failure, in input order, the summary line, the exit."""
    for failure in report.failures:
        typer.echo(f"error: cannot split {failure.source}: {failure.message}", err=True)
    if summarize:
        done = len(report.outcomes) - len(report.failures)
        parts = [f"{done} file{'s' * (done != 1)} split"]
        if report.failures:
            parts.append(f"{len(report.failures)} failed")
        if report.skipped:
            parts.append(f"{report.skipped} skipped (output exists)")
        typer.echo(", ".join(parts) + ".", err=True)
    raise typer.Exit(int(report.return_code))


@app.command("filters")
def list_filters() -> None:
    """List the filters with their summaries and options (default pipeline order first)."""
    from .output import print_filters

    print_filters(available_filters(), default_names({}))


@app.command("config")
def show_config(
    paths: Annotated[
        Optional[list[Path]],
        typer.Argument(help="Inputs to find the configuration file for (default: the current folder).", show_default=False),
    ] = None,
    config: ConfigOption = None,
    filters: FiltersOption = None,
    skip: SkipOption = [],
    option: OptionOption = [],
    cjk_latin: CjkLatinOption = None,
    convert: ConvertOption = None,
    include: IncludeOption = [],
    exclude: ExcludeOption = [],
    jobs: JobsOption = None,
    encoding: EncodingOption = None,
) -> None:
    """Print the effective configuration, in cleanpress.toml form, and where each value came
    from: default, a configuration file, or the command line (the same flags as clean)."""
    settings = resolve_settings(
        list(paths or []), config, filters, skip, option, cjk_latin, convert, include, exclude, jobs, encoding
    )
    pipeline = build_cli_pipeline(settings)
    specs = {f.name: type(f).option_specs() for f in pipeline.filters}
    typer.echo(describe(settings, pipeline_names(settings), specs), nl=False)


def main() -> None:
    """Console entry point: usage errors become one line and exit 2; Ctrl-C exits 130."""
    from typer._click import exceptions as click_exceptions  # typer vendors click

    try:
        code = app(standalone_mode=False)
    except click_exceptions.UsageError as error:
        print(f"cleanpress: error: {error.format_message()}", file=sys.stderr)
        sys.exit(ExitCode.USAGE)
    except (KeyboardInterrupt, typer.Abort):
        code = ExitCode.INTERRUPTED
    except BrokenPipeError:  # `cleanpress clean big.txt | head`: the reader left, not an error
        sys.stderr.close()
        sys.exit(ExitCode.OK)
    if code == ExitCode.INTERRUPTED:  # typer turns KeyboardInterrupt into this code, silently
        print("cleanpress: interrupted", file=sys.stderr)
    sys.exit(code if isinstance(code, int) else ExitCode.OK)
