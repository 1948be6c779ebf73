"""Which encoding a page file is in: byte-order marks, a UTF-8 fast path, then a detector.

Newspaper text reaches us as UTF-8 mostly, but also as UTF-16 from Windows tools, GBK/GB18030
from mainland systems and Big5 from Taiwan and Hong Kong. Detection goes from certain to
guessed, and stops at the first answer:

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) decides;
2. NUL bytes without a mark mean a binary file (text in these encodings never has them);
3. bytes that decode as strict UTF-8 are UTF-8 (ASCII included): the common case costs one
   decode and never loads the detector;
4. otherwise charset-normalizer chooses between the plausible legacy encodings only
   (:data:`PLAUSIBLE`), by how much of a mess each decoding makes; nothing plausible means the
   file is refused rather than guessed at. Restricting the candidates is what makes the guess
   reliable: among all of the world's code pages, a few hundred bytes of GBK also read as
   something.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

#: Legacy encodings a page may be in, for the detector to choose between.
PLAUSIBLE = ("gb18030", "big5")
#: Each detected family is named by its narrowest member that decodes the bytes, so that
#: ``--keep-encoding`` writes a file that the reader of the original can still read.
_NARROWEST = {"gb18030": ("gbk", "gb18030"), "big5": ("big5", "cp950", "big5hkscs")}
#: UTF-32 marks first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class NotText(ValueError):
    """The bytes are not text in any encoding we can tell; the message says why."""


@dataclass(frozen=True)
class Encoding:
    """A codec name and the byte-order mark the file started with (written back with it)."""

    name: str
    bom: bytes = b""

    def __str__(self) -> str:
        return f"{self.name} with BOM" if self.bom else self.name

    def decode(self, data: bytes) -> str:
        """The text of ``data`` (its byte-order mark left out); UnicodeDecodeError if not."""
        return data[len(self.bom):].decode(self.name)

    def encode(self, text: str) -> bytes:
        """``text`` in this encoding, mark first; UnicodeEncodeError if it cannot be."""
        return self.bom + text.encode(self.name)


UTF8 = Encoding("utf-8")


def detect(data: bytes) -> Encoding:
    """The encoding of ``data``, or :class:`NotText` saying why there is none.

    >>> detect("法治".encode("utf-8")), detect(codecs.BOM_UTF16_BE + "法治".encode("utf-16-be"))
    (Encoding(name='utf-8', bom=b''), Encoding(name='utf-16-be', bom=b'\\xfe\\xff'))
    >>> detect("法治思想，坚持依法治县".encode("gbk")).name
    'gbk'
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Encoding(name, bom)
    if b"\x00" in data:
        raise NotText("binary file (NUL bytes and no UTF-16 byte-order mark)")
    try:
        data.decode("utf-8")
        return UTF8
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # ~25 ms to import: only for non-UTF-8 files

    best = from_bytes(data, cp_isolation=list(PLAUSIBLE)).best()
    if best is None:
        raise NotText(
            "not text in a known encoding (UTF-8, UTF-16, GB18030/GBK, Big5), or binary;"
            " give the encoding with --encoding"
        )
    for name in _NARROWEST.get(best.encoding, (best.encoding,)):
        try:
            data.decode(name)
            return Encoding(name)
        except UnicodeDecodeError:
            continue
    raise NotText(f"not valid {best.encoding} text; give the encoding with --encoding")
