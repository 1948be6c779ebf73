"""Reading and writing page files: decoding, refusing binaries, and atomic writes.

Everything that touches the file system for a single file lives here, so that the CLI and the
batch runner fail in the same way on the same bad input.
"""

from __future__ import annotations

import codecs
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .encodings import Encoding, NotText, detect


class InputError(Exception):
    """A file that cannot be read as text, or cannot be written back; the message says why."""


@dataclass(frozen=True)
class Decoded:
    """A file's text and the encoding it was read with."""

    text: str
    encoding: Encoding


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode bytes as text: in the given encoding, else in the one :func:`detect` finds.

    Binary files and text in no plausible encoding are refused with the reason.

    >>> decode("法治".encode("utf-8")).text
    '法治'
    >>> decode("法治".encode("big5"), "big5").text
    '法治'
    """
    try:
        chosen = Encoding(codecs.lookup(encoding).name) if encoding else detect(data)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    except NotText as error:
        raise InputError(str(error)) from None
    try:
        return Decoded(chosen.decode(data), chosen)
    except UnicodeDecodeError as error:
        raise InputError(f"not valid {chosen} text at byte {error.start}") from None


def read_bytes(path: Path) -> bytes:
    """A file's bytes; every failure (gone since the walk, a folder, no permission) becomes an
    :class:`InputError` with the reason."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except OSError as error:
        raise InputError(error.strerror or str(error)) from None


def write_atomic(path: Path, data: bytes, mode: int | None = None) -> None:
    """Replace ``path`` with ``data`` so that a reader sees the old file or the new, never half.

    The data goes to a temporary file in the same folder, is flushed to disk, takes the
    original's permissions (a new file takes ``mode``, else the umask's default) and is renamed
    over it. On any failure the temporary file is removed and the original is untouched.
    """
    try:
        mode = path.stat().st_mode & 0o7777
    except OSError:
        mode = _default_mode() if mode is None else mode
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".cleanpress", dir=path.parent)
    except OSError as error:
        raise InputError(f"cannot write next to the file: {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException as error:  # Ctrl-C included: never leave the temporary file behind
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        if isinstance(error, OSError):
            raise InputError(f"cannot write: {error.strerror or error}") from None
        raise


def _default_mode() -> int:
    """What ``open()`` would give a new file: 0o666 less the umask (read by setting it back)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask
