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


class InputError(Exception):
    """A file that cannot be read as text, or cannot be written back; the message says why."""


@dataclass(frozen=True)
class Decoded:
    """A file's text and the encoding it was read with."""

    text: str
    encoding: str


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode bytes as text: the given encoding, else by byte-order mark, else UTF-8.

    Bytes with NUL characters and no UTF-16/32 byte-order mark are refused as binary.

    >>> decode("法治".encode("utf-8")).text
    '法治'
    """
    if encoding is None:
        for bom, name in _BOMS:
            if data.startswith(bom):
                encoding = name
                break
    if encoding is None and b"\x00" in data:
        raise InputError("binary file (NUL bytes and no UTF-16 byte-order mark)")
    encoding = encoding or "utf-8"
    try:
        return Decoded(data.decode(encoding), encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as error:
        raise InputError(
            f"not valid {encoding} text at byte {error.start} (give the encoding with --encoding)"
        ) from None


def read_text(path: Path, encoding: str | None = None) -> Decoded:
    """Read and decode a file; every failure becomes an :class:`InputError` with the reason."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except OSError as error:
        raise InputError(error.strerror or str(error)) from None
    return decode(data, encoding)


def write_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``text`` so that a reader sees the old file or the new, never half.

    The text goes to a temporary file in the same folder, is flushed to disk, takes the
    original's permissions and is renamed over it. On any failure the temporary file is removed
    and the original is untouched.
    """
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError as error:
        raise InputError(f"cleaned text cannot be written as {encoding}: {error.reason}") from None
    try:
        mode = path.stat().st_mode & 0o7777
    except OSError:
        mode = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".cleanpress", dir=path.parent)
    except OSError as error:
        raise InputError(f"cannot write next to the file: {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is not None:
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
