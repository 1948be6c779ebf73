"""dehyphen: rejoin words that a line break split, keep the hyphens that belong to words.

The search for lines that the extractor printed as two column lines is in
:mod:`._dehyphen_core` (compiled in the optional compiled build, see ``setup.py``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from ..text import LINE_END_HYPHENS, written_as_paragraphs
from . import _dehyphen_core as core
from .base import Filter, option

#: Letters of alphabetic scripts (CJK text never hyphenates), with combining marks, apostrophes.
_LETTERS = r"[\p{Latin}\p{Greek}\p{Cyrillic}\p{M}'’]"
#: A hyphen-like mark at the end of a line (see ``LINE_END_HYPHENS``). Found with the standard
#: library's re: it is the fast first pass over the whole text.
_line_end_mark = re.compile(f"[{LINE_END_HYPHENS}][ \t]*\n")
#: The word fragment before the mark (it may hold hyphens already: state-of-the-), or an
#: abbreviation (U.S.-). Searched backwards from the mark (REVERSE): the match must end there,
#: so it is found at once.
_left_word = regex.compile(
    rf"(?:(?<![\p{{L}}\p{{M}}'’-]){_LETTERS}+(?:-{_LETTERS}+)*|(?<![\p{{L}}.])(?:\p{{L}}\.){{2,}})$", regex.REVERSE
)
#: After the mark: at most one blank line, then the first word of the next line.
_right_word = regex.compile(
    rf"(?P<blank>[ \t]*\n)?(?P<indent>[ \t]*)(?P<right>(?:{_LETTERS}|[0-9])+)(?P<tail>\S*)[ \t]*(?P<end>\n|$)?"
)
#: Marks that only ever stand for a break: the word is joined without them.
_BREAK_ONLY = "\u00AD\u00AC"
#: The end of a word that ends a sentence (``itk.``, ``done!)``).
_ends_sentence = re.compile(r"[.!?][\"'’”)\]]*$")
#: A word that the page writes with a hyphen (``general-purpose``).
_hyphenated_word = re.compile(r"\b[^\W\d_]+(?:-[^\W\d_]+)+")
#: How far (in characters) from a joined word the page is searched for its other spellings.
_NEARBY = 20_000
#: Words that make compounds after a name (``Paris-based``, ``Unix-like``, ``Obama-era``): a
#: capitalized word joined to one of these had a hyphen; joined to another, it is a name
#: (``Stallman``, ``Novell``).
_AFTER_NAMES = frozenset(
    "based like led backed born era style wide specific related owned made run centric compatible friendly "
    "free oriented aware ready enabled powered sponsored funded bound only speaking language".split()
)
_LANGUAGES = ("en", "es", "fr", "pt", "de", "it", "ru", "nl", "eu", "lv", "ar", "fa")


@lru_cache(maxsize=None)
def word_counts(language: str) -> Any:
    """Word frequencies of ``language`` from pyspellchecker's lists, loaded on first use (the
    splitter reads them too, to tell a common word from a name)."""
    from spellchecker import SpellChecker

    return SpellChecker(language=language, distance=1).word_frequency


@dataclass(frozen=True)
class Dehyphen(Filter):
    """Rejoin words hyphenated at a line end, deciding each hyphen with a word-frequency list.

    ``infor-`` + ``mation`` becomes ``information`` (the joined word is a word, ``mation`` is
    not); ``well-`` + ``known`` stays ``well-known`` (both halves are words, ``wellknown`` is
    not). Soft hyphens and OCR's ``¬`` always mark a break. A hyphen stays when the next line
    starts with a capital or a digit (``Anglo-Saxon``, ``COVID-19``) or the word already holds
    a hyphen (``state-of-the-art``). Across a blank line only a word in lower case goes on a
    broken word: a capital there starts a block of its own (a byline, a heading, the next
    paragraph) and the hyphen before it is left alone, unless the text has a blank line after
    nearly every line of a column (such blank lines part nothing). A dash (``—``, or `` -``
    after a space) is never touched.
    The completed word moves up to the first line, so line structure survives for ``reflow``;
    a word that ends a sentence moves down instead, so that no sentence seems to end at the
    first line's end (``reflow`` reads a sentence end at the end of a full line as a
    paragraph's likely end) and a second line that held only the word stays short (the last
    line of its paragraph, which ``reflow`` reads as its end).
    Where the extractor took a compound's hyphen out and printed its two lines as one
    (pdftotext), the hyphen goes back (:meth:`restore_joined_compounds`).

    >>> Dehyphen()("the infor-\\nmation age")
    'the information\\nage'
    >>> Dehyphen()("a well-\\nknown fact")
    'a well-known\\nfact'
    """

    name = "dehyphen"
    summary = "Rejoin words hyphenated at line ends; keep real compounds (well-known)."

    language: str = option("en", f"Word list for decisions: {', '.join(_LANGUAGES)}.")

    def __post_init__(self) -> None:
        if self.language not in _LANGUAGES:
            raise ValueError(f"no word list for language {self.language!r} (known: {', '.join(_LANGUAGES)})")

    def apply(self, text: str, counts: Counter[str]) -> str:
        return self.rejoin(self.restore_joined_compounds(text, counts), counts)

    def restore_joined_compounds(self, text: str, counts: Counter[str]) -> str:
        """Put back the hyphen of a compound that the extractor took out when it printed two
        column lines as one (:func:`._dehyphen_core.joined_words`): ``generalpurpose`` ->
        ``general-purpose``.

        The hyphen goes back where the page writes the word with it elsewhere; else where the
        joined word is no word, its parts are and :meth:`is_compound` takes them for a compound.
        A word the page also writes solid (``filesystem``) stays so, and a broken word that the
        extractor rejoined is a word already (``information``).
        Measured on the 224 English pdftotext pages of five benchmark sets: 441 hyphens put
        back where the gold has them, 81 where it has none, nearly all in technical words
        written solid that the word list lacks (``lifecycle``, ``filesystem``, ``netmask``);
        line-end compounds kept, 0 -> about half of them. On the same pages from pdfminer,
        which keeps its hyphens, it put in two, both wrong (``workaround`` in a deck that
        stands among column lines).
        """
        if self.language not in _AFFIXES:
            return text  # the rules below are English ones (German writes its compounds solid)
        wide = core.wide_lines(text)
        joined = core.joined_words(text, wide)
        if not joined:
            return text
        words = word_counts(self.language)
        # How the page writes its words elsewhere: with a hyphen anywhere, solid off the wide
        # lines (which may hold the word joined the same way), near the word (a text of many
        # pages with no page breaks is not searched whole for each).
        lower = text.lower()
        hyphenated = set(_hyphenated_word.findall(lower))
        solid, at_line = [], 0
        for line in wide:
            solid += [lower[at_line : line.start], " " * (line.end - line.start)]
            at_line = line.end
        off_wide = "".join(solid) + lower[at_line:]
        pieces, done = [], 0
        for start, end, splits in joined:
            word = text[start:end]
            low = word.lower()
            on_page = [k for k in splits if f"{low[:k]}-{low[k:]}" in hyphenated]
            if on_page:
                at = on_page[0]
            elif len(word) < 5 or _is_listed(words, low) or off_wide.count(low, max(0, start - _NEARBY), end + _NEARBY):
                continue
            else:
                parts = [k for k in splits if self._compound_parts(word[:k], word[k:])]
                if not parts:
                    continue
                at = max(parts, key=lambda k: min(words[low[:k]], words[low[k:]]))
            pieces += [text[done : start + at], "-"]
            done = start + at
            counts["hyphens restored"] += 1
        return "".join(pieces) + text[done:] if pieces else text

    def _compound_parts(self, left: str, right: str) -> bool:
        """Whether a joined word is ``left-right``: two listed words in lower case that
        :meth:`is_compound` takes for a compound (``general-purpose``), an abbreviation and a
        word (``DNS-based``), a name and a word that makes compounds after names
        (``Unix-like``, :data:`_AFTER_NAMES`), or a prefix that keeps its hyphen and a name
        (``non-English``). Other words with capitals stay whole: names (``Stallman``,
        ``OpenLDAP``) and headings in capitals, whose every part reads as an abbreviation."""
        words = word_counts(self.language)
        affixes = _AFFIXES[self.language]  # (restore_joined_compounds runs for these languages only)
        if left.islower() and right.islower():
            if min(len(left), len(right)) < 3 and left not in affixes.hyphenated_prefixes:
                return False  # a word and a letter pair is a misread far more often (``pr-eversions``)
            return _is_listed(words, left) and _is_listed(words, right) and self.is_compound(left, right)
        if len(left) >= 2 and left.isupper() and right.islower():
            return _is_listed(words, right)
        if left[:1].isupper() and left[1:].islower() and right in _AFTER_NAMES:
            return True
        return left in affixes.hyphenated_prefixes and right[:1].isupper() and right[1:].islower()

    def rejoin(self, text: str, counts: Counter[str]) -> str:
        """Rejoin or keep each hyphen that ends a line (see the class docstring)."""
        pieces, done = [], 0
        blanks_part_blocks: bool | None = None  # worked out when first needed
        for mark in _line_end_mark.finditer(text):
            if mark.start() < done:
                continue
            left = _left_word.search(text, max(done, mark.start() - 80), mark.start())
            right = _right_word.match(text, mark.end()) if left else None
            if left is None or right is None:
                continue
            if right["blank"] and not right["right"][:1].islower():
                if blanks_part_blocks is None:
                    blanks_part_blocks = _blanks_part_blocks(text)
                if blanks_part_blocks:
                    continue
            sign = text[mark.start()]
            keep = sign not in _BREAK_ONLY and self.is_compound(left.group(), right["right"])
            counts["hyphens kept" if keep else "hyphens rejoined"] += 1
            word = left.group() + (sign if keep else "") + right["right"] + right["tail"]
            before = text[done : left.start()]
            if (
                not right["blank"] and _ends_sentence.search(right["tail"])
                and before[before.rfind("\n") + 1 :].strip()
            ):
                # The word ends a sentence: it moves down, so that the sentence does not seem
                # to end at the end of the full first line (which reflow reads as a paragraph's
                # likely end), and a second line that held only this word stays the short last
                # line of its paragraph (which reflow reads as the paragraph's end).
                word = before.rstrip(" \t") + "\n" + right["indent"] + word + (right["end"] or " ")
                before = ""
            elif right["end"] is not None:  # the second line held only this word: it disappears
                word += right["end"]
            else:  # the rest of the second line stays a line of its own, after the same break
                word += "\n" + (right["blank"] or "") + right["indent"]
            pieces += [before, word]
            done = right.end()
        return "".join(pieces) + text[done:] if pieces else text

    def is_compound(self, left: str, right: str) -> bool:
        """Whether ``left-`` + ``right`` is one hyphenated compound rather than a broken word.

        In order: a capital or digit after the hyphen, a hyphen already in the left part, or an
        abbreviation before it, makes a compound (``Anglo-Saxon``, ``COVID-19``,
        ``state-of-the-art``, ``U.S.-based``); a suffix after it makes a break
        (``greylist-ing``); English prefixes that keep their hyphen make a compound
        (``non-technical``, ``co-author``); a joined form that is a word makes a break
        (``do-main``, ``how-ever``), and so does a prefix that is written solid (``un-mount``);
        otherwise the halves decide: when either is a word, a compound (``well-known``,
        ``fai-server``), when neither is, a break (``infor-mation``).
        Measured on 2,939 line-end hyphens of generated English pages: 98.6% right.

        >>> d = Dehyphen()
        >>> d.is_compound("infor", "mation"), d.is_compound("well", "known"), d.is_compound("how", "ever")
        (False, True, False)
        """
        if "-" in left or left.endswith(".") or right[:1].isupper() or right[:1].isdigit():
            return True
        lower_left, lower_right = left.lower(), right.lower()
        affixes = _AFFIXES.get(self.language)
        if affixes and lower_right in affixes.suffixes:
            return False
        if affixes and lower_left in affixes.hyphenated_prefixes:
            return True
        counts = word_counts(self.language)
        if _is_listed(counts, lower_left + lower_right):
            return False
        if affixes and lower_left in affixes.solid_prefixes:
            return False
        return bool(counts[lower_left] or counts[lower_right])


def _blanks_part_blocks(text: str) -> bool:
    """Whether the blank lines of ``text`` part blocks: they stand between at most half of
    its lines (as in reflow), not after nearly every line as some extractors put them; or
    its lines are paragraphs (:func:`cleanpress.text.written_as_paragraphs`), as reflow writes
    them, a blank line after each. (Cleaning cleaned text must change nothing: a paragraph
    that ends on a broken word whose rest the extractor put elsewhere, ``… requires the
    libncurses-dev pack-``, keeps it, and the heading after it its first word.)"""
    lines = text.split("\n")
    filled = [line.strip() for line in lines if line.strip()]
    blank = len(lines) - len(filled)
    return blank <= 0.5 * len(filled) or written_as_paragraphs(filled)


#: Endings a listed word takes without being listed itself: possessives, plurals.
_INFLECTIONS = ("'s", "’s", "'", "’", "s", "es")


def _is_listed(counts: Any, word: str) -> bool:
    """Whether ``word``, or the word it is a possessive or plural of, is in the word list:
    ``maintainers'`` and ``encodings`` are words because ``maintainers`` and ``encoding`` are."""
    if counts[word]:
        return True
    return any(word.endswith(ending) and counts[word[: -len(ending)]] for ending in _INFLECTIONS)


@dataclass(frozen=True)
class _Affixes:
    """Spelling conventions of one language that word counts alone do not show."""

    suffixes: frozenset[str]  # never a word of a compound: "ing" after a hyphen is a break
    hyphenated_prefixes: frozenset[str]  # prefixes that keep their hyphen: non-technical
    solid_prefixes: frozenset[str]  # prefixes written solid: unmount, preseed


_AFFIXES = {
    "en": _Affixes(
        suffixes=frozenset(
            "ing ed er ers es ies ly ness ment ments tion tions able ible ity ize ized ization".split()
        ),
        hyphenated_prefixes=frozenset("non co self well half cross anti".split()),
        solid_prefixes=frozenset("un pre re de dis mis sub inter over under out".split()),
    ),
}
