"""Many files, one operation: sources in, outcomes in input order out, in parallel.

This is the seam that every file-processing command shares. A command supplies three things:

- an **operation**: a small frozen, picklable object with a ``suffix`` and a ``__call__(text)``
  that turns one file's decoded text into a :class:`Product` (the text to write, and what the
  filters did). :class:`CleanFile` is the ``clean`` operation. A ``split`` operation turns a
  page into JSON lines and sets ``suffix = ".jsonl"``, so that an output folder gets
  ``OUT/rel/path.txt.jsonl``;
- the **sources**, from :func:`cleanpress.walk.find_sources` (files, walked folders);
- a **sink** (``deliver(source, result)``), from :mod:`cleanpress.sinks`: write in place, into a
  mirrored output folder, to standard output. A combined ``--output FILE`` is one more sink,
  one that appends each product to a temporary file and renames it into place at the end.

:func:`run` does the rest the same way for every command: reading and decoding (every failure
becomes one outcome with its reason: missing, unreadable, binary, undecodable), running the
operation in worker processes, delivering results in input order, progress callbacks, the
:class:`~cleanpress.report.Report`, and stopping cleanly on Ctrl-C or SIGTERM.

Who writes: only the parent process. A worker reads, decodes, runs the operation and encodes
the product, and sends the bytes back; the parent writes them, each file atomically
(:func:`cleanpress.files.write_atomic`) with signals held until the file is done
(:mod:`cleanpress.interrupts`). So an interrupted batch leaves every file either as it was or
fully written, never a temporary file, and workers can be stopped at any moment: they have
nothing to clean up. Sending the product back costs a copy of each file through a pipe, small
next to cleaning it.

Parallel runs follow black's ``reformat_many``: ``concurrent.futures`` is imported only when
there is more than one file and more than one job. The operation travels to each worker once,
when the worker starts (the pool's initializer), not with every file; files are handed out a
few per worker ahead, so memory stays flat however large the tree.
"""

from __future__ import annotations

import difflib
import sys
from collections import deque
from collections.abc import Callable, Generator, Sequence
from contextlib import closing
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import ClassVar, Protocol

from . import interrupts
from .encodings import UTF8
from .files import InputError, decode, read_bytes
from .pipeline import FilterReport, Pipeline
from .report import Outcome, Report, Status
from .walk import Source

STDIN = Path("-")
#: Files handed to the pool ahead of the one being delivered, per worker.
AHEAD_PER_WORKER = 8


@dataclass(frozen=True)
class Product:
    """What an operation made of one file: the text to write, and what the filters did."""

    text: str
    reports: tuple[FilterReport, ...] = ()


class Operation(Protocol):
    """What a command does to each file's text. Must be picklable (it goes to the workers)."""

    #: Added to a file's name in an output folder (``""`` keeps the name; split: ``".jsonl"``).
    suffix: ClassVar[str]

    def __call__(self, text: str) -> Product: ...


@dataclass(frozen=True)
class CleanFile:
    """The ``clean`` operation: the pipeline's text, ending in one newline (unless empty)."""

    pipeline: Pipeline
    suffix: ClassVar[str] = ""

    def __call__(self, text: str) -> Product:
        cleaned, reports = self.pipeline.explain(text)
        cleaned = cleaned.rstrip("\n")
        return Product(cleaned + "\n" if cleaned else "", tuple(reports))


@dataclass(frozen=True)
class Job:
    """The operation and how to read and write for it: sent to each worker once."""

    operation: Operation
    #: Read every input in this encoding instead of detecting it.
    encoding: str | None = None
    #: Write the product in the encoding the input was read in, instead of UTF-8.
    keep_encoding: bool = False
    #: Also make a unified diff of input and product text (for --diff).
    diff: bool = False


@dataclass(frozen=True)
class Result:
    """One file done: its outcome, the bytes to write, and the diff if one was asked for."""

    outcome: Outcome
    payload: bytes = b""
    diff: str = ""


Deliver = Callable[[Source, Result], None]


def process(job: Job, source: Source) -> Result:
    """Read, decode, operate, encode one file. Never writes; every failure is an outcome."""
    name = str(source.path)
    try:
        if source.error:
            raise InputError(source.error)
        data = sys.stdin.buffer.read() if source.path == STDIN else read_bytes(source.path)
    except InputError as error:
        return Result(Outcome(name, Status.FAILED, str(error), size=source.size))
    except Exception as error:
        return Result(Outcome(name, Status.FAILED, f"internal error: {type(error).__name__}: {error}", size=source.size))
    return process_data(job, name, data, source.size)


def process_data(job: Job, name: str, data: bytes, size: int = 0) -> Result:
    """Decode, operate, encode one file's bytes (read by whoever calls: this process, or a Ray
    worker from any file system); ``name`` is what its outcome is called."""
    try:
        decoded = decode(data, job.encoding)
        product = job.operation(decoded.text)
        encoding = decoded.encoding if job.keep_encoding else UTF8
        try:
            payload = encoding.encode(product.text)
        except UnicodeEncodeError as error:
            bad = error.object[error.start:error.end]
            raise InputError(f"the cleaned text has {bad!r}, which {encoding} cannot encode (--keep-encoding)") from None
    except InputError as error:
        return Result(Outcome(name, Status.FAILED, str(error), size=size))
    except Exception as error:  # a bug in one operation must not end a batch of thousands
        return Result(Outcome(name, Status.FAILED, f"internal error: {type(error).__name__}: {error}", size=size))
    status = Status.CHANGED if payload != data else Status.UNCHANGED
    outcome = Outcome(name, status, reports=product.reports, size=len(data), encoding=str(decoded.encoding))
    return Result(outcome, payload, _diff(name, decoded.text, product.text) if job.diff else "")


def run(
    sources: Sequence[Source],
    job: Job,
    deliver: Deliver,
    report: Report,
    jobs: int = 1,
    done: Callable[[Outcome], None] | None = None,
) -> Report:
    """Process ``sources`` on up to ``jobs`` processes and deliver each result, in input order.

    ``done`` is called with each outcome as it is added to ``report`` (for progress). A
    delivery that fails turns its outcome into a failure. Ctrl-C and SIGTERM raise
    KeyboardInterrupt here, but never while a file is being delivered.
    """
    with interrupts.handled(), closing(_results(sources, job, jobs)) as results:
        for source, result in results:
            if result.outcome.status is not Status.FAILED:
                try:
                    with interrupts.deferred():
                        deliver(source, result)
                except InputError as error:
                    result = Result(Outcome(str(source.path), Status.FAILED, str(error), size=source.size))
            report.add(result.outcome)
            if done is not None:
                done(result.outcome)
    return report


def _results(sources: Sequence[Source], job: Job, jobs: int) -> Generator[tuple[Source, Result], None, None]:
    """Each source with its result, in input order: in this process, or on a pool."""
    jobs = min(jobs, len(sources))
    if jobs <= 1 or any(source.path == STDIN for source in sources):
        for source in sources:
            yield source, process(job, source)
        return
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # Not "fork": the parent has threads (the pool's own, the progress bar's), and forking a
    # process with threads can deadlock. A fork server forks each worker from a clean process
    # that has imported cleanpress once, so workers start without importing it again.
    context: multiprocessing.context.BaseContext
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])
    else:
        context = multiprocessing.get_context()
    executor = ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker, initargs=(job,))

    def submit(source: Source) -> Future[Result]:
        try:
            return executor.submit(_process_in_worker, source)
        except BrokenProcessPool as error:  # a worker was killed (out of memory, kill -9)
            future: Future[Result] = Future()
            future.set_exception(error)
            return future

    try:
        upcoming = iter(sources)
        pending = deque((source, submit(source)) for source in islice(upcoming, jobs * AHEAD_PER_WORKER))
        while pending:
            source, future = pending.popleft()
            pending.extend((later, submit(later)) for later in islice(upcoming, 1))
            try:
                result = future.result()
            except BrokenProcessPool as error:
                result = Result(Outcome(str(source.path), Status.FAILED, f"a worker process died: {error}"))
            yield source, result
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


_worker_job: Job | None = None


def _start_worker(job: Job) -> None:
    global _worker_job
    interrupts.ignore_in_worker()
    _worker_job = job


def _process_in_worker(source: Source) -> Result:
    assert _worker_job is not None, "the pool's initializer sets the job"
    return process(_worker_job, source)


def _diff(name: str, before: str, after: str) -> str:
    name = "stdin" if name == str(STDIN) else name
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True),
        fromfile=f"{name} (original)", tofile=f"{name} (cleaned)",
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)
