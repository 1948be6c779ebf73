"""Cleaning and splitting on Ray: batch functions for Ray Data, and the engine of ``--engine ray``.

Ray is an optional extra (``pip install 'cleanpress[ray]'``). This module imports it only
inside the functions that need it, so ``import cleanpress`` and ``import cleanpress.ray``
work without it (absolute imports: the ``import ray`` below is Ray itself, not this module).

**In your own Ray pipelines**, map batches of files with the callable classes: their
constructor runs once per worker and receives the pipeline (or filter names and options); the
heavy resources (OpenCC converters, word lists) are then built lazily in that worker, on first
use, and kept for every batch it is given::

    import ray, cleanpress
    from cleanpress.ray import CleanBatch

    pipeline = cleanpress.Pipeline.from_names(options={"convert": {"config": "t2s"}})
    ds = ray.data.read_binary_files("s3://bucket/pages/", include_paths=True)
    ds = ds.map_batches(CleanBatch, fn_constructor_kwargs={"pipeline": pipeline},
                        compute=ray.data.ActorPoolStrategy(size=8), batch_size=32)
    ds.write_parquet("s3://bucket/clean/")   # columns: path, text, status, error, encoding

Rows need a ``bytes`` column (the file's bytes; ``read_binary_files`` makes it) or a ``path``
column to read from (a local path, or a path on the ``filesystem`` given to the constructor).
Bytes are decoded exactly as the command line decodes them (:func:`cleanpress.files.decode`:
byte-order marks, UTF-8, then GB18030/GBK or Big5; binary and undecodable files are refused),
so a file that fails, fails with the same reason; it becomes a row with ``status`` ``failed``,
its ``error`` and no ``text``, never an exception that stops the dataset. Other columns pass
through. :class:`SplitBatch` does the same with the page split into articles (``text`` holds
the JSON lines).

**The engine** (:func:`run`) is what ``cleanpress clean DIR --engine ray --output-dir OUT``
runs: the files are found by the same walk as a local run (local folders, or any file system
pyarrow opens from a URI: ``s3://``, ``gs://``, ``hdfs://``, ``file://``), read by the workers
as bytes, cleaned on an actor pool, and written by the workers under ``OUT`` (a local folder or
a URI), each file atomically: a temporary file beside it, then a rename. The driver gets back
one small outcome per file and adds them to the :class:`~cleanpress.report.Report` in input
order, so failures are reported as in a local run. With ``resume``, inputs whose output exists
are left out: since every output appears whole or not at all, one that exists is complete.
"""

from __future__ import annotations

import json
import logging
import math
import os
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from . import interrupts
from .batch import CleanFile, Job, Operation, Result, process_data
from .config import default_jobs
from .files import InputError, read_bytes
from .pipeline import FilterReport, Pipeline
from .report import Outcome, Report, Status
from .sinks import OutputDir
from .walk import DEFAULT_INCLUDE, Source, _matches, _skipped, find_sources, is_uri, would_walk

if TYPE_CHECKING:
    import pyarrow.fs

__all__ = [
    "CleanBatch", "SplitBatch", "FileBatch", "OUTPUT_COLUMNS", "run", "plan", "Plan", "Location", "is_uri",
    "PlanError", "RayUnavailable", "INSTALL_HINT",
]

INSTALL_HINT = "pip install 'cleanpress[ray]'"
#: Blocks per worker that the file list is cut into: enough to keep every worker busy to the
#: end (and the progress bar moving), few enough that scheduling costs nothing next to cleaning.
BLOCKS_PER_WORKER = 8
#: How long to wait for a cluster's address to answer before saying that nothing does.
PROBE_SECONDS = 10


class RayUnavailable(Exception):
    """Ray cannot be used: not installed, or the cluster cannot be started or reached."""


class PlanError(ValueError):
    """The run is refused before anything starts (an output on an input); a usage error."""


# --- batch functions for Ray Data ---------------------------------------------------------------


class FileBatch:
    """Run one operation over a batch of files: ``Dataset.map_batches(FileBatch, ...)``.

    The constructor runs once per worker. ``encoding`` reads every file in that encoding
    instead of detecting it; ``filesystem`` (a ``pyarrow.fs.FileSystem``) is where rows that
    have a ``path`` but no ``bytes`` are read from (default: the local file system).
    """

    def __init__(
        self, operation: Operation, *, encoding: str | None = None, filesystem: pyarrow.fs.FileSystem | None = None
    ) -> None:
        self._job = Job(operation, encoding)
        self._filesystem = filesystem

    def __call__(self, batch: Mapping[str, Any]) -> dict[str, list[Any]]:
        if "bytes" not in batch and "path" not in batch:
            raise ValueError("cleanpress: a batch needs a 'bytes' or a 'path' column (read_binary_files makes both)")
        paths = [str(p) for p in batch["path"]] if "path" in batch else None
        contents = batch["bytes"] if "bytes" in batch else None
        count = len(paths if paths is not None else contents)  # type: ignore[arg-type]
        columns: dict[str, list[Any]] = {
            name: list(values) for name, values in batch.items() if name not in ("bytes", *OUTPUT_COLUMNS)
        }
        out: dict[str, list[Any]] = {name: [] for name in OUTPUT_COLUMNS}
        for index in range(count):
            name = paths[index] if paths is not None else ""
            try:
                data = bytes(contents[index]) if contents is not None else self._read(name)
            except InputError as error:
                result = Result(Outcome(name, Status.FAILED, str(error)))
            else:
                result = process_data(self._job, name, data, len(data))
            outcome = result.outcome
            failed = outcome.status is Status.FAILED
            out["path"].append(name)
            out["text"].append(None if failed else self._text(name, result))
            out["status"].append(outcome.status.value)
            out["error"].append(outcome.message)
            out["encoding"].append(outcome.encoding)
        return {**columns, **out}

    def _text(self, name: str, result: Result) -> str:
        return result.payload.decode("utf-8")

    def _read(self, path: str) -> bytes:
        if self._filesystem is None:
            return read_bytes(Path(path))
        return _read_remote(self._filesystem, path)


#: The columns that :class:`FileBatch` adds (replacing ``bytes``).
OUTPUT_COLUMNS = ("path", "text", "status", "error", "encoding")


class CleanBatch(FileBatch):
    """Clean a batch of files: ``text`` is what ``cleanpress clean`` writes for each.

    Give the ``pipeline`` (a :class:`~cleanpress.pipeline.Pipeline`), or ``filters`` (names,
    in order; default: the default pipeline) and ``options`` (per filter), as for
    :func:`cleanpress.clean_text`.
    """

    def __init__(
        self,
        pipeline: Pipeline | None = None,
        *,
        filters: Sequence[str] | None = None,
        options: Mapping[str, Mapping[str, Any]] | None = None,
        encoding: str | None = None,
        filesystem: pyarrow.fs.FileSystem | None = None,
    ) -> None:
        super().__init__(CleanFile(_pipeline(pipeline, filters, options)), encoding=encoding, filesystem=filesystem)


class SplitBatch(FileBatch):
    """Split a batch of files into articles: ``text`` holds each file's items as JSON lines,
    their ``source`` the row's path, as ``cleanpress split --output-dir`` writes them
    (:meth:`cleanpress.Article.from_dict` reads a line back). The constructor takes what
    :class:`CleanBatch`'s does: the text is cleaned with that pipeline first."""

    def __init__(
        self,
        pipeline: Pipeline | None = None,
        *,
        filters: Sequence[str] | None = None,
        options: Mapping[str, Mapping[str, Any]] | None = None,
        encoding: str | None = None,
        filesystem: pyarrow.fs.FileSystem | None = None,
    ) -> None:
        from .splitting import SplitFile

        super().__init__(SplitFile(_pipeline(pipeline, filters, options)), encoding=encoding, filesystem=filesystem)

    def _text(self, name: str, result: Result) -> str:
        return _rendered(name or None, result, "jsonl").decode("utf-8")


def _pipeline(
    pipeline: Pipeline | None, filters: Sequence[str] | None, options: Mapping[str, Mapping[str, Any]] | None
) -> Pipeline:
    if pipeline is None:
        return Pipeline.from_names(filters, options)
    if filters is not None or options:
        raise ValueError("give a pipeline, or filters and options, not both")
    return pipeline


# --- the engine ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Location:
    """Where a tree is: a local path, or a path on a pyarrow file system opened from a URI."""

    text: str  #: as given (for messages)
    filesystem: pyarrow.fs.FileSystem | None = None  #: None: local
    path: str = ""  #: on ``filesystem`` (local: the path as given)

    @classmethod
    def parse(cls, text: str) -> "Location":
        """A URI (``s3://bucket/pages``) opens its file system; anything else is a local path.
        ``file://`` URIs are local paths too, so that they are walked and written as such."""
        if not is_uri(text):
            return cls(text, None, text)
        try:
            import pyarrow.fs
        except ImportError:
            raise RayUnavailable(f"paths like {text} need pyarrow ({INSTALL_HINT})") from None
        try:
            filesystem, path = pyarrow.fs.FileSystem.from_uri(text)
        except (ValueError, OSError, TypeError) as error:
            raise PlanError(f"cannot open {text}: {_one_line(error)}") from None
        if isinstance(filesystem, pyarrow.fs.LocalFileSystem):
            return cls(text, None, path)
        return cls(text, filesystem, path.rstrip("/"))

    @property
    def local(self) -> bool:
        return self.filesystem is None

    def display(self, relative: str = "") -> str:
        """How a file below this location is named in messages (a URI without its query)."""
        if self.local:
            return str(Path(self.path).joinpath(*PurePosixPath(relative).parts))
        base = self.text.split("?", 1)[0].rstrip("/")
        return f"{base}/{relative}" if relative else base

    def name(self, source: Source) -> str:
        """What a file found here is called: as a local run calls it, or its URI."""
        if self.local:
            return str(source.path)
        if str(source.path) == str(Path(self.path)):  # the URI named the file itself
            return self.display()
        return self.display(str(source.relative))


@dataclass
class Plan:
    """What a run will do: every input file in order, and the ones it leaves out."""

    rows: list[dict[str, Any]] = field(default_factory=list)  #: files to process, in input order
    outcomes: dict[int, Outcome] = field(default_factory=dict)  #: known before starting (a folder that cannot be listed)
    skipped: int = 0  #: left out by ``resume``: their output exists
    filesystems: list[pyarrow.fs.FileSystem] = field(default_factory=list)
    total: int = 0  #: input files found, skipped ones included


def plan(
    inputs: Sequence[str],
    output: str,
    suffix: str = "",
    include: Sequence[str] = DEFAULT_INCLUDE,
    exclude: Sequence[str] = (),
    resume: bool = False,
) -> tuple[Plan, Location]:
    """Walk the inputs, check where the outputs go, and leave out the done ones (``resume``).

    Raises :class:`PlanError` when the output folder is refused, for the reasons a local run
    refuses it (see :meth:`cleanpress.sinks.OutputDir.problem`).
    """
    out = Location.parse(output)
    locations = [Location.parse(text) for text in inputs]
    found: list[tuple[Location, Source]] = []
    for location in locations:
        if location.local:
            found.extend((location, source) for source in find_sources([Path(location.path)], include, exclude))
        else:
            found.extend((location, source) for source in _walk_remote(location, include, exclude))
    sources = [source for _, source in found]
    if out.local:
        sink = OutputDir(Path(out.path), suffix)
        local = [location for location in locations if location.local]
        problem = sink.problem([Path(l.path) for l in local], [s for (l, s) in found if l.local], exclude)
        if not problem and len(local) < len(locations):
            problem = _collisions(found, out, suffix)
    else:
        problem = _remote_problem(locations, found, out, suffix, exclude)
    if problem:
        raise PlanError(problem)

    result = Plan(total=len(sources))
    filesystems: list[Any] = []
    try:
        done = _existing_outputs(found, out, suffix) if resume else set()
    except OSError as error:
        raise PlanError(f"cannot tell which outputs exist in {out.text} (--resume): {_one_line(error)}") from None
    for index, (location, source) in enumerate(found):
        name = location.name(source)
        if source.error:
            result.outcomes[index] = Outcome(name, Status.FAILED, source.error, size=source.size)
            continue
        if index in done:
            result.skipped += 1
            continue
        fs_index = -1
        if not location.local:
            if location.filesystem not in filesystems:
                filesystems.append(location.filesystem)
            fs_index = filesystems.index(location.filesystem)
        read = str(source.path) if not location.local else os.path.join(os.getcwd(), source.path)
        result.rows.append(
            {"index": index, "name": name, "path": read, "fs": fs_index, "relative": str(source.relative), "size": source.size}
        )
    result.filesystems = filesystems
    return result, out


def run(
    inputs: Sequence[str],
    output: str,
    job: Job,
    report: Report | None = None,
    *,
    include: Sequence[str] = DEFAULT_INCLUDE,
    exclude: Sequence[str] = (),
    resume: bool = False,
    address: str | None = None,
    jobs: int | None = None,
    progress: bool = False,
    split_format: str | None = None,
) -> Report:
    """Run ``job`` over the files the ``inputs`` name, on Ray, writing into ``output``.

    Without ``address`` (and without ``RAY_ADDRESS`` in the environment) a local Ray instance
    is started with ``jobs`` CPUs (default: the machine's cores) and stopped at the end; with
    one (``auto``, ``ray://host:10001``, ``host:6379``) the run joins that cluster, on ``jobs``
    workers (default: one per CPU of the cluster). In a program that has called ``ray.init``
    already, its session is used. Outcomes are added to ``report`` in input order;
    ``report.skipped`` counts the inputs left out by ``resume``. Raises :class:`PlanError`
    before starting when the output is refused, and :class:`RayUnavailable` when Ray cannot be
    imported, started or reached.

    Through Ray Client (``ray://``) the driver is not on the cluster, and Ray Data cannot run
    its executor from there; so the walk and the run go to one task on the cluster, and local
    paths are the cluster's paths (give absolute ones, or URIs). No progress is shown then.

    ``progress`` shows the command line's progress bar on stderr (files, megabytes, rate, time
    left), moving as batches of outcomes come back; Ray Data's own bars stay off.

    ``split_format`` is for the ``split`` operation: each input's items are written in that
    format (``jsonl``, ``json``, ``markdown``, ``text``), with their ``source`` filled in, as
    ``cleanpress split --output-dir`` writes them.
    """
    report = report if report is not None else Report()
    address = address or os.environ.get("RAY_ADDRESS") or None
    if (address or "").startswith("ray://") or _client_connected():
        with _ray_session(address, jobs) as (ray, _):
            remote = ray.remote(num_cpus=0)(_plan_and_process)
            try:
                skipped, outcomes = ray.get(
                    remote.remote(inputs, output, job, include, exclude, resume, jobs, split_format)
                )
            except Exception as error:
                cause = getattr(error, "cause", None) or error
                if isinstance(cause, (PlanError, RayUnavailable)):
                    raise type(cause)(str(cause)) from None
                raise RayUnavailable(f"the run on the Ray cluster at {address} failed: {_one_line(cause)}") from None
    else:
        the_plan, out = plan(inputs, output, _suffix(job, split_format), include, exclude, resume)
        skipped, outcomes = the_plan.skipped, dict(the_plan.outcomes)
        if the_plan.rows:
            with _progress_bar(the_plan if progress else None) as done, _ray_session(address, jobs) as (ray, cpus):
                outcomes.update(_process(ray, the_plan, out, job, split_format, jobs or cpus, done))
    report.skipped += skipped
    for index in sorted(outcomes):
        report.add(outcomes[index])
    return report


def _plan_and_process(
    inputs: Sequence[str], output: str, job: Job, include: Sequence[str], exclude: Sequence[str], resume: bool,
    jobs: int | None, split_format: str | None,
) -> tuple[int, dict[int, Outcome]]:
    """:func:`run`'s work, as a task on the cluster (for Ray Client)."""
    import ray
    import ray.data

    ray.data.DataContext.get_current().enable_progress_bars = False
    the_plan, out = plan(inputs, output, _suffix(job, split_format), include, exclude, resume)
    outcomes = dict(the_plan.outcomes)
    if the_plan.rows:
        outcomes.update(_process(ray, the_plan, out, job, split_format, jobs or _cpus(ray)))
    return the_plan.skipped, outcomes


def _suffix(job: Job, split_format: str | None) -> str:
    """What an output file's name adds to its input's: the operation's, or the split format's."""
    if split_format is None:
        return job.operation.suffix
    from .render import SUFFIXES

    return SUFFIXES[split_format]


def _process(
    ray: Any, the_plan: Plan, out: Location, job: Job, split_format: str | None, workers: int,
    done: Callable[[Outcome], None] | None = None,
) -> dict[int, Outcome]:
    """Run the actor pool over the plan's rows, and collect the outcomes (``done`` is called
    with each, as they come: for progress)."""
    workers = max(1, min(workers, len(the_plan.rows)))
    blocks = min(len(the_plan.rows), workers * BLOCKS_PER_WORKER)
    dataset = ray.data.from_items(the_plan.rows, override_num_blocks=blocks).map_batches(
        _WriteFiles,
        fn_constructor_kwargs={
            "job": job, "output": out, "filesystems": the_plan.filesystems, "cwd": os.getcwd(),
            "split_format": split_format,
        },
        compute=ray.data.ActorPoolStrategy(size=workers),
        batch_size=max(1, math.ceil(len(the_plan.rows) / blocks)),
        num_cpus=1,
    )
    outcomes: dict[int, Outcome] = {}
    try:
        for batch in dataset.iter_batches(batch_size=None, batch_format="numpy"):
            for row in _rows(batch):
                outcome = outcomes[int(row["index"])] = _outcome(row)
                if done is not None:
                    done(outcome)
    except KeyboardInterrupt:
        raise
    except Exception as error:  # the cluster went away, a worker died for good: the rest fail
        reason = f"the Ray run stopped: {_one_line(error)}"
        for row in the_plan.rows:
            if row["index"] not in outcomes:
                outcomes[row["index"]] = Outcome(row["name"], Status.FAILED, reason, size=row["size"])
    return outcomes


def _client_connected() -> bool:
    """Whether this program is connected to a cluster through Ray Client already."""
    import sys

    if "ray" not in sys.modules:
        return False
    try:
        from ray.util.client import ray as client
    except ImportError:
        return False
    return bool(client.is_connected())


class _WriteFiles:
    """The engine's worker: read, process and write each file of a batch; return outcomes."""

    def __init__(
        self, job: Job, output: Location, filesystems: list[Any], cwd: str, split_format: str | None = None
    ) -> None:
        self._job = job
        self._output = output
        self._filesystems = filesystems
        self._format = split_format
        self._suffix = _suffix(job, split_format)
        self._sink: Callable[[Source, Result], None] | None = None
        # Local paths are read and written as the driver gave them, from the driver's folder,
        # so that messages (and split's "source") name them as a local run does; on a node
        # where that folder does not exist (a cluster without a shared file system at the same
        # place), from the absolute paths.
        try:
            os.chdir(cwd)
            self._here = True
        except OSError:
            self._here = False
        if output.local:
            root = Path(output.path) if self._here else Path(cwd, output.path)
            if split_format is None:
                self._sink = OutputDir(root, self._suffix)
            else:
                from .splitting import SplitOutputDir

                self._sink = SplitOutputDir(root, split_format)

    def __call__(self, batch: Mapping[str, Any]) -> dict[str, list[Any]]:
        out: dict[str, list[Any]] = {name: [] for name in _OUTCOME_COLUMNS}
        for row in _rows(batch):
            outcome = self._one(row)
            out["index"].append(int(row["index"]))
            out["name"].append(outcome.source)
            out["status"].append(outcome.status.value)
            out["message"].append(outcome.message)
            out["size"].append(outcome.size)
            out["encoding"].append(outcome.encoding)
            out["reports"].append(json.dumps([[r.name, r.counts] for r in outcome.reports], ensure_ascii=False))
        return out

    def _one(self, row: Mapping[str, Any]) -> Outcome:
        name, size = str(row["name"]), int(row["size"])
        here = self._here and int(row["fs"]) < 0
        source = Source(Path(name if here else str(row["path"])), PurePosixPath(str(row["relative"])), size)
        try:
            fs_index = int(row["fs"])
            if fs_index < 0:
                data = read_bytes(source.path)
            else:
                data = _read_remote(self._filesystems[fs_index], str(row["path"]))
        except InputError as error:
            return Outcome(name, Status.FAILED, str(error), size=size)
        except Exception as error:
            return Outcome(name, Status.FAILED, f"internal error: {type(error).__name__}: {error}", size=size)
        result = process_data(self._job, name, data, size)
        if result.outcome.status is Status.FAILED:
            return result.outcome
        try:
            if self._sink is not None:
                self._sink(source, result)
            else:
                payload = result.payload if self._format is None else _rendered(name, result, self._format)
                _write_remote(self._output, str(row["relative"]) + self._suffix, payload)
        except InputError as error:
            return Outcome(name, Status.FAILED, str(error), size=size)
        return result.outcome


def _rendered(name: str | None, result: Result, fmt: str) -> bytes:
    """Split's items (JSON lines from the worker's operation) with their source, in ``fmt``."""
    from .render import from_jsonl, render

    items = from_jsonl(result.payload.decode("utf-8"))
    for item in items:
        item.source = name
    return render(items, fmt).encode("utf-8")


_OUTCOME_COLUMNS = ("index", "name", "status", "message", "size", "encoding", "reports")


def _outcome(row: Mapping[str, Any]) -> Outcome:
    reports = tuple(FilterReport(name, dict(counts)) for name, counts in json.loads(str(row["reports"])))
    return Outcome(
        str(row["name"]), Status(str(row["status"])), str(row["message"]), reports, int(row["size"]), str(row["encoding"])
    )


def _rows(batch: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    names = list(batch)
    columns = [batch[name] for name in names]
    for values in zip(*columns):
        yield {name: (value.item() if hasattr(value, "item") else value) for name, value in zip(names, values)}


@contextmanager
def _ray_session(address: str | None, jobs: int | None) -> Iterator[tuple[Any, int]]:
    """Ray, started (a local instance) or joined (a cluster), quiet but for errors, and shut
    down (or disconnected) at the end. In a program that has already called ``ray.init``, its
    session is used as it is, and left running."""
    try:
        import ray
        import ray.data
    except ImportError as error:
        raise RayUnavailable(f"--engine ray needs Ray ({error.name or 'ray'} is not installed): {INSTALL_HINT}") from None
    if ray.is_initialized():
        yield ray, _cpus(ray)
        return
    # Ours: the command line shows its own progress bar, so Ray Data's stay off (its logged
    # progress included, which it prints when standard output is not a terminal).
    ray.data.DataContext.get_current().enable_progress_bars = False
    with _started(ray, address or os.environ.get("RAY_ADDRESS") or None, jobs):
        with interrupts.handled(), _native_stderr_to_log():
            yield ray, _cpus(ray)


@contextmanager
def _progress_bar(the_plan: Plan | None) -> Iterator[Callable[[Outcome], None] | None]:
    """The command line's progress bar over the plan's files (none without a plan)."""
    if the_plan is None:
        yield None
        return
    from .output import ProgressBar

    with ProgressBar(len(the_plan.rows), sum(row["size"] for row in the_plan.rows)) as bar:
        yield lambda outcome: bar.advance(outcome.size)


@contextmanager
def _started(ray: Any, address: str | None, jobs: int | None) -> Iterator[None]:
    verbose = bool(os.environ.get("CLEANPRESS_RAY_VERBOSE"))
    level = logging.INFO if verbose else logging.ERROR
    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(level)
    options: dict[str, Any] = {"logging_level": level, "log_to_driver": verbose}
    try:
        if address:
            _probe(address)
        with _native_stderr_to_log(), warnings.catch_warnings():
            if not verbose:
                warnings.simplefilter("ignore")
            if address:
                ray.init(address=address, **options)
            else:
                os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # a local run reports to no one
                ray.init(address="local", num_cpus=jobs or default_jobs(), include_dashboard=False, **options)
    except (KeyboardInterrupt, RayUnavailable):
        raise
    except Exception as error:
        where = f"join the Ray cluster at {address}" if address else "start a local Ray instance"
        raise RayUnavailable(f"cannot {where}: {_one_line(error)}") from None
    try:
        yield
    finally:
        with _native_stderr_to_log():
            ray.shutdown()


def _cpus(ray: Any) -> int:
    return int(ray.cluster_resources().get("CPU", 1)) or 1


def _probe(address: str) -> None:
    """Fail fast, in one line, when nothing answers at a HOST:PORT address: Ray itself retries
    for minutes and then ends the process from its C++ core, with no exception to report."""
    if address == "auto" or "://" in address:
        return  # Ray finds "auto" or fails at once; Ray Client times out with an exception
    import socket
    host, _, port = address.rpartition(":")
    if not host or not port.isdigit():
        return  # let Ray say what is wrong with it
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=PROBE_SECONDS).close()
    except OSError as error:
        raise RayUnavailable(
            f"cannot join the Ray cluster at {address}: nothing answers there ({error.strerror or error})"
        ) from None


@contextmanager
def _native_stderr_to_log() -> Iterator[None]:
    """Ray's C++ core writes warnings of its own (about actor restarts, object spilling)
    straight to file descriptor 2 of the driver; they say nothing to a person who cleans files,
    so while Ray runs, descriptor 2 is discarded and Python's ``sys.stderr`` (progress bars,
    our messages) keeps the real one. ``CLEANPRESS_RAY_VERBOSE=1`` leaves everything on stderr
    (and Ray's Python logging at INFO), for finding out why a cluster misbehaves."""
    if os.environ.get("CLEANPRESS_RAY_VERBOSE"):
        yield
        return
    import sys

    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError):  # no descriptor 2 (a test runner's captured stream)
        yield
        return
    previous = sys.stderr
    target = os.open(os.devnull, os.O_WRONLY)
    real = open(saved, "w", encoding=getattr(previous, "encoding", None) or "utf-8", errors="replace", closefd=False)
    try:
        os.dup2(target, 2)
        sys.stderr = real
        yield
    finally:
        try:
            real.flush()
        except (OSError, ValueError):
            pass
        sys.stderr = previous
        os.dup2(saved, 2)
        os.close(saved)
        os.close(target)


# --- other file systems -------------------------------------------------------------------------


def _walk_remote(location: Location, include: Sequence[str], exclude: Sequence[str]) -> list[Source]:
    """The files below a URI, chosen and ordered as :func:`cleanpress.walk.find_sources`
    chooses and orders local ones (name order, depth first; names starting with a dot and
    excluded folders skipped)."""
    import pyarrow.fs

    filesystem, base = location.filesystem, location.path
    assert filesystem is not None
    try:
        info = filesystem.get_file_info(base)
    except OSError as error:
        return [Source(Path(base), PurePosixPath(), error=f"cannot list the folder: {_one_line(error)}")]
    if info.type != pyarrow.fs.FileType.Directory:
        size = info.size if info.type == pyarrow.fs.FileType.File and info.size is not None else 0
        return [Source(Path(base), PurePosixPath(PurePosixPath(base).name), size)]
    try:
        entries = filesystem.get_file_info(pyarrow.fs.FileSelector(base, recursive=True))
    except OSError as error:
        return [Source(Path(base), PurePosixPath(), error=f"cannot list the folder: {_one_line(error)}")]
    found: list[tuple[tuple[str, ...], Source]] = []
    for entry in entries:
        if entry.type != pyarrow.fs.FileType.File:
            continue
        relative = PurePosixPath(entry.path[len(base):].lstrip("/"))
        parts = relative.parts
        if any(_skipped(part) for part in parts):
            continue
        if any(_matches(PurePosixPath(*parts[: i + 1]), exclude) for i in range(len(parts))):
            continue
        if _matches(relative, include):
            found.append((parts, Source(Path(entry.path), relative, entry.size or 0)))
    return [source for _, source in sorted(found, key=lambda item: item[0])]


def _read_remote(filesystem: Any, path: str) -> bytes:
    try:
        with filesystem.open_input_stream(path) as stream:
            return stream.read()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except OSError as error:
        raise InputError(_one_line(error)) from None


def _write_remote(output: Location, relative: str, data: bytes) -> None:
    """Write ``data`` to ``relative`` below ``output``: to a temporary object beside it first,
    then moved into place, so that the output appears whole or not at all (on object stores a
    move is a server-side copy, which is atomic per object)."""
    import secrets

    filesystem = output.filesystem
    assert filesystem is not None
    target = f"{output.path}/{relative}"
    parent, _, name = target.rpartition("/")
    temporary = f"{parent}/.{name}.{secrets.token_hex(4)}.cleanpress"
    try:
        filesystem.create_dir(parent, recursive=True)
        with filesystem.open_output_stream(temporary) as stream:
            stream.write(data)
        filesystem.move(temporary, target)
    except BaseException as error:
        try:
            filesystem.delete_file(temporary)
        except (OSError, ValueError):
            pass
        if isinstance(error, OSError):
            raise InputError(f"cannot write: {_one_line(error)}") from None
        raise


def _existing_outputs(found: Sequence[tuple[Location, Source]], out: Location, suffix: str) -> set[int]:
    """Indexes of the inputs whose output exists (complete, since outputs are written whole)."""
    targets = [_target(out, source, suffix) for _, source in found]
    if out.local:
        return {index for index, target in enumerate(targets) if Path(target).is_file()}
    import pyarrow.fs

    assert out.filesystem is not None
    infos = out.filesystem.get_file_info(targets)
    return {index for index, info in enumerate(infos) if info.type == pyarrow.fs.FileType.File}


def _target(out: Location, source: Source, suffix: str) -> str:
    if out.local:
        return str(OutputDir(Path(out.path), suffix).target(source))
    return f"{out.path}/{source.relative}{suffix}"


def _collisions(found: Sequence[tuple[Location, Source]], out: Location, suffix: str) -> str:
    seen: dict[str, str] = {}
    for location, source in found:
        target = _target(out, source, suffix)
        name = location.name(source)
        if target in seen:
            return f"{seen[target]} and {name} would both be written to {out.display(str(source.relative) + suffix)}"
        seen[target] = name
    return ""


def _remote_problem(
    locations: Sequence[Location], found: Sequence[tuple[Location, Source]], out: Location, suffix: str,
    exclude: Sequence[str],
) -> str:
    """:meth:`OutputDir.problem` for an output on another file system."""
    for location in (l for l in locations if not l.local and l.filesystem == out.filesystem):
        if location.path == out.path:
            return f"the output folder {out.text} is an input folder"
        base = PurePosixPath(location.path)
        inside = PurePosixPath(out.path)
        if inside.is_relative_to(base) and would_walk(base, inside, exclude):  # type: ignore[arg-type]
            return (
                f"the output folder {out.text} is inside the input folder {location.text}, whose walk would take"
                " the output as input; put it elsewhere, or give it a name starting with a dot or matched by --exclude"
            )
    return _collisions(found, out, suffix)


def _one_line(error: BaseException) -> str:
    """An exception as one line: its first line, or its type when it has no message."""
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
