"""What the ``split`` command plugs into the batch seam (:mod:`cleanpress.batch`).

- :class:`SplitFile`, the per-file operation: cleans and splits one file's text in a worker
  and sends back its items as JSON lines (``source`` is filled in by the parent, which knows
  the path; an operation sees only the text);
- the sinks that take those lines in the parent, in input order: one file per input in an
  output folder (:class:`SplitOutputDir`), one combined file written atomically at the end
  (:class:`CombinedOutput`), or standard output in any format (:class:`SplitToStdout`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, ClassVar

from .api import split_with_pipeline
from .batch import STDIN, Product, Result
from .document import Article
from .pipeline import Pipeline
from .render import BETWEEN_INPUTS, SUFFIXES, from_jsonl, render, to_jsonl
from .sinks import OutputDir
from .walk import Source


@dataclass(frozen=True)
class SplitFile:
    """The ``split`` operation: the page's items, one JSON object a line (``source`` null)."""

    pipeline: Pipeline
    suffix: ClassVar[str] = ".jsonl"

    def __call__(self, text: str) -> Product:
        return Product(to_jsonl(split_with_pipeline(text, self.pipeline)))


def source_name(source: Source) -> str | None:
    """What ``source`` is called in the items: its path, or None for standard input."""
    return None if source.path == STDIN else str(source.path)


def items_of(source: Source, result: Result) -> list[Article]:
    """The items a worker sent back for ``source``, with their source filled in."""
    items = from_jsonl(result.payload.decode("utf-8"))
    for item in items:
        item.source = source_name(source)
    return items


@dataclass(frozen=True)
class SplitOutputDir:
    """One file per input under ``root`` (mirroring the folders given), in format ``fmt``."""

    root: Path
    fmt: str = "jsonl"

    @property
    def folder(self) -> OutputDir:
        return OutputDir(self.root, SUFFIXES[self.fmt])

    def __call__(self, source: Source, result: Result) -> None:
        payload = render(items_of(source, result), self.fmt).encode("utf-8")
        self.folder(source, dataclasses.replace(result, payload=payload))


@dataclass
class CombinedOutput:
    """All inputs' items in one file, written to a temporary file beside ``path`` as they
    come and renamed into place by :meth:`finish`: an interrupted run leaves the old file (or
    none), never half a file. JSON (a list) is written at the end, the other formats as they
    come."""

    path: Path
    fmt: str = "jsonl"
    _file: IO[str] | None = None
    _temporary: str = ""
    _items: list[Article] = field(default_factory=list)
    _first: bool = True

    def __enter__(self) -> CombinedOutput:
        folder = self.path.parent if str(self.path.parent) else Path(".")
        handle, self._temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=folder)
        self._file = os.fdopen(handle, "w", encoding="utf-8", newline="\n")
        return self

    def __call__(self, source: Source, result: Result) -> None:
        items = items_of(source, result)
        assert self._file is not None
        if self.fmt == "json":
            self._items += items
            return
        text = render(items, self.fmt)
        if text and not self._first:
            text = BETWEEN_INPUTS[self.fmt] + text
        self._first = self._first and not text
        self._file.write(text)

    def finish(self) -> None:
        """Put the file in place."""
        assert self._file is not None
        if self.fmt == "json":
            self._file.write(render(self._items, "json"))
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        self._file = None
        os.chmod(self._temporary, 0o666 & ~_umask())
        os.replace(self._temporary, self.path)

    def __exit__(self, *exc: object) -> None:
        if self._file is not None:  # not finished: leave nothing behind
            self._file.close()
            self._file = None
        if os.path.exists(self._temporary):
            with contextlib.suppress(OSError):
                os.unlink(self._temporary)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@dataclass
class SplitToStdout:
    """Each input's items on standard output, in input order, in format ``fmt``; JSON (one
    list for all inputs) is written by :meth:`finish`."""

    fmt: str = "text"
    _items: list[Article] = field(default_factory=list)
    _first: bool = True

    def __call__(self, source: Source, result: Result) -> None:
        items = items_of(source, result)
        if self.fmt == "json":
            self._items += items
            return
        if self.fmt == "rich":
            from .rich_view import print_items

            print_items(items)
            return
        text = render(items, self.fmt)
        if text and not self._first:
            text = BETWEEN_INPUTS[self.fmt] + text
        self._first = self._first and not text
        _write(text)

    def finish(self) -> None:
        if self.fmt == "json":
            _write(render(self._items, "json"))


def _write(text: str) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()
