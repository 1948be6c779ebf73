"""Which files a command line names: files as given, folders walked for matching files.

A file named on the command line is taken whatever its name: whoever typed it (or pre-commit,
which passes the files it selected) meant it. A folder is walked in name order, and a file in
it is taken when it matches an ``include`` glob and no ``exclude`` glob. A glob matches a file
or folder when it matches its name or its path under the folder given, with ``fnmatch`` rules
(``*`` also crosses ``/``): ``*.txt`` matches text files at any depth, ``drafts`` or
``2024/drafts`` a folder. An excluded folder is not entered. Names starting with a dot
(``.git``, ``.venv``, editors' temporary files) and symbolic links are skipped while walking:
a link is never followed (no cycles, no escaping the tree) nor replaced.

Folders that cannot be listed become sources that carry their error, so that they are reported
with the files, in order, instead of ending the walk.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath

DEFAULT_INCLUDE = ("*.txt",)


@dataclass(frozen=True)
class Source:
    """One input file: where it is, where it sits under the folder given, and its size."""

    path: Path
    #: Its path under the folder that was walked; a file given by name is just its name.
    relative: PurePosixPath
    size: int = 0
    #: Why it cannot be read at all (a folder that could not be listed), else empty.
    error: str = ""


def find_sources(
    paths: Iterable[Path], include: Sequence[str] = DEFAULT_INCLUDE, exclude: Sequence[str] = ()
) -> list[Source]:
    """Every input file the ``paths`` name, in command-line order and then name order.

    >>> import tempfile; root = Path(tempfile.mkdtemp())
    >>> for name in ("a.txt", "b.md", "sub/c.txt", ".git/d.txt", "old/e.txt"):
    ...     (root / name).parent.mkdir(exist_ok=True); _ = (root / name).write_text("x")
    >>> [str(s.relative) for s in find_sources([root, root / "b.md"], exclude=["old"])]
    ['a.txt', 'sub/c.txt', 'b.md']
    """
    found: list[Source] = []
    for path in paths:
        if path.is_dir():
            found.extend(_walk(path, PurePosixPath(), include, exclude))
        else:
            found.append(Source(path, PurePosixPath(path.name), _size(path)))
    return found


def would_walk(root: Path, inside: Path, exclude: Sequence[str]) -> bool:
    """Whether walking ``root`` would enter the folder ``inside`` (a folder under it)."""
    parts = inside.relative_to(root).parts
    return all(
        not _skipped(name) and not _matches(PurePosixPath(*parts[: i + 1]), exclude)
        for i, name in enumerate(parts)
    )


def _walk(folder: Path, relative: PurePosixPath, include: Sequence[str], exclude: Sequence[str]) -> Iterator[Source]:
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield Source(folder, relative, error=f"cannot list the folder: {error.strerror or error}")
        return
    for entry in entries:
        if _skipped(entry.name) or entry.is_symlink():
            continue
        child = relative / entry.name
        if _matches(child, exclude):
            continue
        if entry.is_dir():
            yield from _walk(Path(entry.path), child, include, exclude)
        elif entry.is_file() and _matches(child, include):
            yield Source(Path(entry.path), child, _size(entry))


def _skipped(name: str) -> bool:
    return name.startswith(".")


def _matches(relative: PurePosixPath, globs: Sequence[str]) -> bool:
    text = relative.as_posix()
    return any(fnmatchcase(text, glob) or fnmatchcase(relative.name, glob) for glob in globs)


def _size(path: Path | os.DirEntry[str]) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # reading it will say what is wrong


def is_uri(text: str) -> bool:
    """``s3://...``, ``gs://...``, ``file:///...``: a scheme of two letters or more (so that
    ``C:\\pages`` stays a path). Only the Ray engine reads and writes such locations."""
    scheme, sep, _ = text.partition("://")
    return bool(sep) and len(scheme) > 1 and scheme.replace("+", "").replace("-", "").replace(".", "").isalnum()
