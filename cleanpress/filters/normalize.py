"""normalize: make the raw text uniform before any other filter looks at it."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass


from .base import Filter, option

#: Latin ligatures that PDF fonts emit as one glyph. Expanded one by one rather than with NFKC,
#: which would also turn full-width Chinese punctuation (，：) into ASCII.
LIGATURES = {
    "\uFB00": "ff", "\uFB01": "fi", "\uFB02": "fl", "\uFB03": "ffi",
    "\uFB04": "ffl", "\uFB05": "st", "\uFB06": "st",
}
#: Characters that take no room: zero-width space, word joiner, byte-order mark.
ZERO_WIDTH = "\u200B\u2060\uFEFF"
#: Spaces of other widths that extractors emit; all become one ASCII space.
#: U+3000 (ideographic space) is included: it carries no meaning the later filters lose, since a
#: paragraph indent made of it stays at the start of its line.
ODD_SPACES = "\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v"

_ligature = re.compile("|".join(LIGATURES))
_zero_width = re.compile(f"[{ZERO_WIDTH}]")
_odd_space = re.compile(f"[{ODD_SPACES}]")
_trailing = re.compile(r"[ ]+$", re.MULTILINE)
_line_end = re.compile(r"\r\n?")
#: Any character that one of the substitutions below replaces. Most texts hold none, and one
#: search for them is much cheaper than the substitutions (the standard library's re, not
#: regex: for a plain character class it is several times faster over long texts).
_anything_odd = re.compile(f"[\r{ZERO_WIDTH}{ODD_SPACES}{''.join(LIGATURES)}]")


@dataclass(frozen=True)
class Normalize(Filter):
    """Unify line ends, spaces and code points so that later filters see one form of text.

    CRLF and CR become LF; zero-width characters and the byte-order mark go; no-break,
    ideographic and other odd spaces become plain spaces; trailing spaces go; the text is put in
    Unicode NFC; Latin ligatures (ﬁ) are spelled out. Full-width punctuation is left alone.

    >>> Normalize()("\\ufeffa\\u00a0b \\r\\nof\\ufb01ce")
    'a b\\noffice'
    """

    name = "normalize"
    summary = "Line ends, BOM, NFC, zero-width and odd spaces, trailing spaces, ligatures."

    nfc: bool = option(True, "Compose characters to Unicode NFC.")

    def apply(self, text: str, counts: Counter[str]) -> str:
        if _anything_odd.search(text):
            text, n = _line_end.subn("\n", text)
            counts["line ends unified"] += n
            text, n = _zero_width.subn("", text)
            counts["zero-width characters removed"] += n
            text, n = _odd_space.subn(" ", text)
            counts["odd spaces made plain"] += n
            text, n = _ligature.subn(lambda m: LIGATURES[m.group()], text)
            counts["ligatures expanded"] += n
        if " \n" in text or text.endswith(" "):
            text, n = _trailing.subn("", text)
            counts["trailing spaces removed"] += n
        if self.nfc and not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
            counts["texts composed to NFC"] += 1
        return text
