"""Per-character scans of a line on the filters' hot paths, each with two bodies.

Every line of every page is measured character by character. Interpreted, the fastest way to
do that is a builtin walking the string (``sum(map(table.__getitem__, text))``): the loop runs
in C. Compiled by mypyc (see ``setup.py``), that same builtin is the slow part: each character
becomes a one-character string that is hashed and looked up in a dict. So each scan here has a
second body for the compiled module, a loop over code points (``ord(text[i])`` compiles to a
plain read) that reads the answers from a list indexed by code point, filled on first use from
the same tables (:mod:`cleanpress.text` stays the one place that decides).

:data:`NATIVE` chooses the body. The interpreted body is the specification; the test suite runs
both bodies on random text and checks that they agree (``tests/filters/test_scan.py``).
"""

from __future__ import annotations

from typing import Final

from ..text import CHAR_CLASS, CJK_CHAR, CJK_PUNCT_CHAR, LATIN_CHAR

#: Code points below this have their answers kept in a list; the rest (rare) ask the table.
_CODES: Final = 0x10000


def _probe() -> None:
    """Compiled by mypyc this is a builtin function; interpreted, a Python function."""


#: Whether mypyc compiled this module, and so which body the scans run. A plain module global
#: (not ``Final``, which mypyc would fold into the code) so that tests can choose the body.
NATIVE: bool = type(_probe).__name__ != "function"


class Widths:
    """A table of character widths in em (a :class:`cleanpress.text.CharTable`), summed over
    lines."""

    def __init__(self, table: dict[str, float]) -> None:
        self.table = table
        #: The table's answers by code point, -1 until first asked (native body only).
        self.by_code: list[float] = []

    def sum(self, text: str) -> float:
        """``sum(map(table.__getitem__, text))``: the width of ``text``.

        Both bodies add the same floats in the same order with the builtin ``sum`` (which on
        Python 3.12 and later compensates rounding), so they agree to the last bit.
        """
        table = self.table
        if not NATIVE:
            return sum(map(table.__getitem__, text))
        by_code = self.by_code
        if not by_code:
            by_code = self.by_code = [-1.0] * _CODES
        widths: list[float] = []
        for i in range(len(text)):
            code = ord(text[i])
            if code < _CODES:
                width = by_code[code]
                if width < 0.0:
                    width = by_code[code] = table[text[i]]
            else:
                width = table[text[i]]
            widths.append(width)
        return sum(widths)


#: :data:`cleanpress.text.CHAR_CLASS` by code point, -1 until first asked (native body only).
_CLASS_BY_CODE: Final[list[int]] = []


def count_classes(text: str) -> tuple[int, int, bool]:
    """How many CJK characters and Latin letters or digits ``text`` holds, and whether it holds
    full-width punctuation (:data:`cleanpress.text.CHAR_CLASS`)."""
    if not NATIVE:
        classes = list(map(CHAR_CLASS.__getitem__, text))
        return classes.count(CJK_CHAR), classes.count(LATIN_CHAR), CJK_PUNCT_CHAR in classes
    if not _CLASS_BY_CODE:
        _CLASS_BY_CODE.extend([-1] * _CODES)
    cjk = latin = 0
    punct = False
    for i in range(len(text)):
        code = ord(text[i])
        if code < _CODES:
            kind = _CLASS_BY_CODE[code]
            if kind < 0:
                kind = _CLASS_BY_CODE[code] = CHAR_CLASS[text[i]]
        else:
            kind = CHAR_CLASS[text[i]]
        if kind == CJK_CHAR:
            cjk += 1
        elif kind == LATIN_CHAR:
            latin += 1
        elif kind == CJK_PUNCT_CHAR:
            punct = True
    return cjk, latin, punct
