"""Character classes and display width shared by the filters.

Every filter asks the same questions about a character: is it a CJK ideograph, a piece of
full-width punctuation, a Latin letter or digit? And how wide is a line as printed? Keeping the
answers here means the filters cannot drift apart in what they call "CJK".
"""

from __future__ import annotations

import unicodedata

import regex

#: Characters written without spaces between them: Han ideographs, kana, bopomofo.
CJK = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Bopomofo}ー々〆〇"

#: Full-width punctuation that only occurs in CJK text (CJK Symbols block, full-width forms).
CJK_PUNCT = r"\u3001-\u3003\u3008-\u3011\u3014-\u301F\u30FB\uFE10-\uFE19\uFE30-\uFE4F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65"

#: Punctuation that Chinese and English share ("curly quotes", dashes, ellipsis, middle dot):
#: whether a space next to it is stray depends on the text around it.
QUOTES = "\u2018\u2019\u201C\u201D"
SHARED_PUNCT = QUOTES + "\u2014\u2015\u2026\u00B7\u2025"

#: Marks that end a sentence (or close one), in CJK and Latin text.
SENTENCE_END = "。！？…!?.；;" + "\uFF0E"
#: Closing marks that may follow a sentence end: quotes and brackets.
CLOSERS = "”’」』）)》〉】\"'"

cjk_char = regex.compile(f"[{CJK}]")
cjk_punct_char = regex.compile(f"[{CJK_PUNCT}]")
latin_or_digit = regex.compile(r"[\p{Latin}\p{Greek}\p{Cyrillic}0-9]")

def is_cjk(char: str) -> bool:
    """True for characters of scripts that are written without spaces (Han, kana)."""
    return bool(cjk_char.match(char))


def is_cjk_punct(char: str) -> bool:
    """True for full-width punctuation that belongs to CJK text only (，。、（）《》 ...)."""
    return bool(cjk_punct_char.match(char))


def is_latin_or_digit(char: str) -> bool:
    """True for letters of alphabetic scripts and ASCII digits."""
    return bool(latin_or_digit.match(char))


def char_width(char: str) -> float:
    """Printed width of one character in em: 1 for CJK and full-width forms, 1/2 otherwise.

    Full-width punctuation and quotes count as 1/2 too: newspapers compress them (``，“``
    shares one em), and measured on real pages this makes full column lines agree far better in
    width. Dashes and ellipses are never compressed: ``——`` and ``……`` take one em a piece.

    >>> char_width("中"), char_width("a"), char_width("，"), char_width("…")
    (1.0, 0.5, 0.5, 1.0)
    """
    if char in QUOTES or is_cjk_punct(char):
        return 0.5
    if char in SHARED_PUNCT:
        return 1.0
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return 1.0
    return 0.5


def display_width(line: str) -> float:
    """Printed width of a line in em, ignoring spaces (extractors invent or drop them).

    >>> display_width("4 月 28 日")
    3.5
    """
    return sum(char_width(c) for c in line if not c.isspace())


def cjk_ratio(text: str) -> float:
    """Share of CJK ideographs among the letters of ``text`` (0 when it has no letters)."""
    letters = [c for c in text if c.isalnum()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if is_cjk(c)) / len(letters)
