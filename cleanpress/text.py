"""Character classes, display width and a few facts about words, shared by the filters.

Every filter asks the same questions about a character: is it a CJK ideograph, a piece of
full-width punctuation, a Latin letter or digit? And how wide is a line as printed? Keeping the
answers here means the filters cannot drift apart in what they call "CJK".

The answers are computed once per distinct character and kept in tables (a page uses a few
thousand distinct characters, and the filters look at every one of millions): this is what
makes per-character decisions affordable in Python.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import Final, Generic, TypeVar

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

#: A hyphen-like mark that a line may end on where a word broke: the hyphen-minus, the Unicode
#: hyphen (U+2010: WeasyPrint's breaks, as pdftotext puts them out), the soft hyphen (U+00AD, a
#: discretionary break) and the ``¬`` (U+00AC) OCR engines print for one; for a character class.
LINE_END_HYPHENS = "-\u2010\u00AD\u00AC"

#: A Latin word: letters and digits, with the apostrophes and hyphens inside it.
LATIN_WORD: Final = regex.compile(r"[\p{L}\d][\p{L}\d'’-]*")

#: A weekday, and an English date as a running head or a dateline prints it: ``Tuesday, May
#: 6, 2025``, ``TUE., MAY 6, 2025``, ``May 6, 2025`` (patterns, for the splitter's running
#: heads and for reflow, which keeps a line holding nothing else apart).
EN_WEEKDAY: Final = r"(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_EN_MONTH = (
    r"(?i:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
EN_DATE: Final = (
    rf"(?:(?:{EN_WEEKDAY}|(?i:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?),?\s+)?"
    rf"{_EN_MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}"
)

#: Characters no column line reaches: a text whose lines reach it often is written as
#: paragraphs, one per line (see :func:`written_as_paragraphs`).
PARAGRAPH_LENGTH: Final = 100


def written_as_paragraphs(lines: Sequence[str]) -> bool:
    """Whether these lines are paragraphs, one per line, as ``reflow`` writes them: a quarter
    of them longer than :data:`PARAGRAPH_LENGTH`, or half of those that end a sentence. A
    quarter, not half: a cleaned page keeps its headlines, kickers, bylines and datelines as
    short lines of their own, and on a page of short articles they may be half its lines or
    more; those end no sentence, and the paragraphs that do are what a column's lines never
    are, longer than any of them."""
    lengths = sorted(len(line) for line in lines)
    if not lengths:
        return False
    if lengths[3 * len(lengths) // 4] > PARAGRAPH_LENGTH:
        return True
    sentences = sorted(len(line) for line in lines if line.rstrip(CLOSERS)[-1:] in SENTENCE_END)
    return bool(sentences) and sentences[len(sentences) // 2] > PARAGRAPH_LENGTH


#: Words that need another after them (articles, prepositions, conjunctions, auxiliaries,
#: determiners): no headline, deck or kicker stops on one, and no paragraph does.
OPEN_WORDS: Final = frozenset(
    "a an the of to in on at for from by with as into onto than that this these those which who whose and or "
    "but nor if when while because so is are was were be been has have had do does did can could will would "
    "shall should may might must its their our your his her my not".split()
)


def open_brackets(text: str) -> int:
    """How many round brackets ``text`` leaves open (negative: closes that many it did not
    open): a Latin text that leaves one open goes on in the next piece (``TCP (Transmission`` /
    ``Control Protocol).``)."""
    return text.count("(") - text.count(")")


def stops_on_open_word(text: str) -> bool:
    """Whether a Latin text's last word is one of :data:`OPEN_WORDS` (``… to stay in touch
    with the``)."""
    words = LATIN_WORD.findall(text)
    return bool(words) and words[-1].lower() in OPEN_WORDS


#: The classes :data:`CHAR_CLASS` gives each character.
CJK_CHAR: Final = 0
CJK_PUNCT_CHAR: Final = 1
SHARED_PUNCT_CHAR: Final = 2
LATIN_CHAR: Final = 3
OTHER_CHAR: Final = 4

_cjk_char = regex.compile(f"[{CJK}]")
_cjk_punct_char = regex.compile(f"[{CJK_PUNCT}]")
_latin_or_digit = regex.compile(r"[\p{Latin}\p{Greek}\p{Cyrillic}0-9]")

T = TypeVar("T")


class CharTable(dict, Generic[T]):  # type: ignore[type-arg]
    """A dict from character to a computed property, filled on first look-up of each character."""

    def __init__(self, compute: Callable[[str], T]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, char: str) -> T:
        value = self[char] = self._compute(char)
        return value


def _classify(char: str) -> int:
    if _cjk_char.match(char):
        return CJK_CHAR
    if _cjk_punct_char.match(char):
        return CJK_PUNCT_CHAR
    if char in SHARED_PUNCT:
        return SHARED_PUNCT_CHAR
    if _latin_or_digit.match(char) or char.isalnum():
        return LATIN_CHAR
    return OTHER_CHAR


def char_width(char: str) -> float:
    """Printed width of one character in em: 1 for CJK and full-width forms, 1/2 otherwise.

    Full-width punctuation and quotes count as 1/2 too: newspapers compress them (``，“``
    shares one em), and measured on real pages this makes full column lines agree far better in
    width. Dashes and ellipses are never compressed: ``——`` and ``……`` take one em a piece.
    Spaces count for nothing: extractors invent and drop them.

    >>> char_width("中"), char_width("a"), char_width("，"), char_width("…")
    (1.0, 0.5, 0.5, 1.0)
    """
    if char.isspace():
        return 0.0
    if char in QUOTES or _cjk_punct_char.match(char):
        return 0.5
    if char in SHARED_PUNCT:
        return 1.0
    return 1.0 if unicodedata.east_asian_width(char) in ("W", "F") else 0.5


#: Character -> one of CJK_CHAR, CJK_PUNCT_CHAR, SHARED_PUNCT_CHAR, LATIN_CHAR, OTHER_CHAR.
CHAR_CLASS: Final[CharTable[int]] = CharTable(_classify)
#: Character -> printed width in em (see :func:`char_width`).
CHAR_WIDTH: Final[CharTable[float]] = CharTable(char_width)


#: Advance widths in thousandths of an em of the printable ASCII characters (from U+0020 on) in
#: a common newspaper text face, Adobe's Times-Roman (a PDF base font), with a few typographic
#: marks: proportional widths measure a Latin line much better than a count of its characters.
_ADVANCE_WIDTHS: Final = {
    **{chr(32 + i): width / 1000 for i, width in enumerate((
        250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500,
        500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722,
        722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333,
        278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
        500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
    ))},
    "\u2018": 0.333, "\u2019": 0.333, "\u201c": 0.444, "\u201d": 0.444, "\u2013": 0.5, "\u2014": 1.0, "\u2026": 1.0,
}


def _advance(char: str) -> float:
    """Advance width of a character in em; one not listed is half an em wide."""
    return _ADVANCE_WIDTHS.get(char, 0.5)


#: Character -> advance width in em in a Latin text face (see :data:`_ADVANCE_WIDTHS`): what a
#: Latin line measures at natural word spacing.
ADVANCE: Final[CharTable[float]] = CharTable(_advance)


def display_width(line: str) -> float:
    """Printed width of a line in em, ignoring spaces.

    >>> display_width("4 月 28 日")
    3.5
    """
    return sum(map(CHAR_WIDTH.__getitem__, line))


#: The traditional forms of the simplified characters that newspaper conventions are written
#: with (本报讯, 记者, 新华社…电, 下转, 据, 农历, the role words of bylines and of the page's staff,
#: papers' names): the patterns that find them are written once, in simplified characters, and
#: :func:`either_script` makes them match a page in either script (a page is split before any
#: conversion).
TRADITIONAL: Final = {
    "报": "報", "讯": "訊", "记": "記", "华": "華", "电": "電", "转": "轉", "据": "據", "实": "實",
    "习": "習", "员": "員", "摄": "攝", "见": "見", "驻": "駐", "来": "來", "紧": "緊", "图": "圖",
    "农": "農", "历": "曆歷", "约": "約", "编": "編", "辑": "輯", "对": "對", "论": "論", "译": "譯",
    "评": "評", "调": "調", "导": "導", "专": "專", "责": "責", "术": "術", "审": "審", "读": "讀",
    "组": "組", "设": "設", "计": "計", "时": "時", "周": "週",
}


def either_script(pattern: str) -> str:
    """``pattern`` with each simplified character of :data:`TRADITIONAL` matching its
    traditional forms too: a class of both (inside a class, the forms join it).

    >>> either_script("本报讯|[电讯]")
    '本[报報][讯訊]|[电電讯訊]'
    """
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        forms = TRADITIONAL.get(char) if not escaped else None
        if forms:
            out.append(char + forms if in_class else f"[{char}{forms}]")
        else:
            out.append(char)
            if not escaped and char == "[" and not in_class:
                in_class = True
            elif not escaped and char == "]" and in_class:
                in_class = False
        escaped = not escaped and char == "\\"
    return "".join(out)
