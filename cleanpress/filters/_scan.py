"""Per-character scans of lines and pages on the filters' hot paths, each with two bodies.

Every line of every page is measured character by character. Interpreted, the fastest way to
do that is a builtin or a regular expression walking the string (``sum(map(table.__getitem__,
text))``): the loop runs in C. Compiled by mypyc (see ``setup.py``), that same call is the slow
part: each character becomes a one-character string that is hashed and looked up in a dict, or
a regular expression tries a look-behind at every character. So each scan here has a second
body for the compiled module, a loop over code points (``ord(text[i])`` compiles to a plain
read) that reads its answers from a list indexed by code point, filled on first use from the
same tables (:mod:`cleanpress.text` stays the one place that decides).

:data:`NATIVE` chooses the body. The interpreted body is the specification; the test suite runs
both bodies on random text and checks that they agree (``tests/filters/test_scan.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from ..text import ADVANCE, CHAR_CLASS, CJK_CHAR, CJK_PUNCT_CHAR, LATIN_CHAR

#: Code points below this have their answers kept in a list; the rest (rare) ask the table.
_CODES: Final = 0x10000


def _probe() -> None:
    """Compiled by mypyc this is a builtin function; interpreted, a Python function."""


#: Whether mypyc compiled this module (and with it the other modules ``setup.py`` names).
COMPILED: Final = type(_probe).__name__ != "function"
#: Which body the scans run: the native one when compiled. A plain module global (not
#: ``Final``, which mypyc would fold into the code) so that tests can choose the body.
NATIVE: bool = COMPILED


class Widths:
    """A table of character widths in em (a :class:`cleanpress.text.CharTable`), summed over
    lines. ``quarters``: every width in it is a multiple of 1/4 em, so that any sum of them is
    exact, in any order."""

    def __init__(self, table: dict[str, float], quarters: bool) -> None:
        self.table = table
        self.quarters = quarters
        #: ``table.__getitem__``, bound once: the interpreted body maps it over each line.
        self.width_of: Callable[[str], float] = table.__getitem__
        #: The table's answers by code point, -1 until first asked (native body only).
        self.by_code: list[float] = []

    def sum(self, text: str) -> float:
        """``sum(map(table.__getitem__, text))``: the width of ``text``.

        The two bodies agree to the last bit: widths in quarters of an em add up exactly
        whatever adds them; other widths the native body also hands to the builtin ``sum``
        (which on Python 3.12 and later compensates rounding), in the same order.
        """
        if not NATIVE:
            return sum(map(self.width_of, text))
        table = self.table
        by_code = self.by_code
        if not by_code:
            by_code = self.by_code = [-1.0] * _CODES
        total = 0.0
        widths: list[float] = []
        for i in range(len(text)):
            code = ord(text[i])
            if code < _CODES:
                width = by_code[code]
                if width < 0.0:
                    width = by_code[code] = table[text[i]]
            else:
                width = table[text[i]]
            if self.quarters:
                total += width
            else:
                widths.append(width)
        return total if self.quarters else sum(widths)


#: Width in em of a Latin line set at natural word spacing (justification only stretches it):
#: what reflow and dehyphen measure Latin column lines with.
NATURAL_WIDTHS: Final = Widths(ADVANCE, quarters=False)


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


#: A run of two or more spaces or tabs between two characters that are no whitespace.
_space_run: Final = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")


def collapse_space_runs(text: str) -> tuple[str, int]:
    """``text`` with every run of two or more spaces or tabs between two characters that are
    no whitespace made one space, and how many such runs there were.

    Interpreted, the regular expression (:data:`_space_run`) is the fastest way. Compiled, a
    scan for spaces and tabs is several times faster than the regular expression, which tries
    its look-behind at every character of the text.
    """
    if not NATIVE:
        return _space_run.subn(" ", text)
    out: list[str] = []
    last = runs = 0
    size = len(text)
    i = 1  # a run must follow a character
    while i < size:
        code = ord(text[i])
        if code != 0x20 and code != 0x09:
            i += 1
            continue
        start = i
        while i < size and (ord(text[i]) == 0x20 or ord(text[i]) == 0x09):
            i += 1
        # text[start:i] is a whole run of spaces and tabs: the expression can match only that
        if i - start >= 2 and i < size and not text[start - 1].isspace() and not text[i].isspace():
            out.append(text[last:start])
            out.append(" ")
            last = i
            runs += 1
    if not runs:
        return text, 0
    out.append(text[last:])
    return "".join(out), runs
