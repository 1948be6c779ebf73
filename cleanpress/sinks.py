"""Where a batch's products go: back into the files, into a mirrored output folder, or to
standard output. Each sink is a callable ``(source, result)`` that :func:`cleanpress.batch.run`
calls in the parent process, one file at a time, in input order; a failure to write is an
:class:`~cleanpress.files.InputError` and becomes that file's outcome.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .batch import Result
from .files import InputError, write_atomic
from .report import Status
from .walk import Source, would_walk


def in_place(source: Source, result: Result) -> None:
    """Rewrite the file, atomically, when its contents change. A symbolic link named on the
    command line is written through (its target changes, the link stays a link)."""
    if result.outcome.status is Status.CHANGED:
        path = Path(os.path.realpath(source.path)) if source.path.is_symlink() else source.path
        write_atomic(path, result.payload)


def to_stdout(source: Source, result: Result) -> None:
    """Write the product's bytes to standard output, in input order."""
    sys.stdout.flush()
    sys.stdout.buffer.write(result.payload)
    sys.stdout.buffer.flush()


@dataclass(frozen=True)
class OutputDir:
    """Write each product to ``root`` under the file's path below the folder it was found in
    (a file named on the command line: under its name), plus the operation's suffix.

    Every file is written, changed or not, so that ``root`` mirrors the inputs. Nothing is ever
    written outside ``root``: paths come from the walk (no ``..``), and a folder inside ``root``
    that is a link to elsewhere is refused.
    """

    root: Path
    suffix: str = ""

    def target(self, source: Source) -> Path:
        path = self.root.joinpath(*source.relative.parts)
        return path.with_name(path.name + self.suffix)

    def __call__(self, source: Source, result: Result) -> None:
        target = self.target(source)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise InputError(f"cannot make the folder {target.parent}: {error.strerror or error}") from None
        if not target.parent.resolve().is_relative_to(self.root.resolve()):
            raise InputError(f"{target.parent} leads outside the output folder {self.root}")
        try:
            mode = source.path.stat().st_mode & 0o777
        except OSError:
            mode = None
        write_atomic(target, result.payload, mode)

    def problem(self, inputs: Sequence[Path], sources: Sequence[Source], exclude: Sequence[str]) -> str:
        """Why writing ``sources`` here is refused (empty if it is not): the output folder
        would be walked as an input next time, two inputs would land on one file, or a file
        would overwrite its own input."""
        root = self.root.resolve()
        for folder in (path.resolve() for path in inputs if path.is_dir()):
            if root == folder:
                return f"the output folder {self.root} is an input folder (use --in-place to rewrite it)"
            if root.is_relative_to(folder) and would_walk(folder, root, exclude):
                return (
                    f"the output folder {self.root} is inside the input folder {folder}, whose walk would"
                    " take the output as input; put it elsewhere, or give it a name starting with a dot"
                    " or matched by --exclude"
                )
        seen: dict[Path, Source] = {}
        for source in sources:
            target = self.target(source).resolve()
            if target == source.path.resolve():
                return f"{source.path} would be overwritten by its own output"
            if target in seen:
                return f"{seen[target].path} and {source.path} would both be written to {target}"
            seen[target] = source
        return ""
