"""What a space between two tokens is: the judgement despace removes spaces by and reflow
joins lines by.

The two filters must agree. When reflow joins two lines it puts a space or nothing between
them; if despace, cleaning the joined text again, would judge that gap otherwise, cleaning clean
text would change it. So both ask this module.
"""

from __future__ import annotations

from typing import Final

from .text import CHAR_CLASS, CJK_CHAR, CJK_PUNCT_CHAR, LATIN_CHAR, SHARED_PUNCT_CHAR

#: Kinds of gap, and of what lies on one side of one.
PUNCT: Final = "punct"
CJK: Final = "cjk"
LATIN: Final = "latin"
SYMBOL: Final = "symbol"
BOUNDARY: Final = "boundary"

#: A space right after an opening or right before a closing mark is stray in any script.
OPENERS: Final = "“‘「『（《〈【(["
CLOSERS: Final = "”’」』）》〉】)]"
_OPENING_BRACKETS: Final = "（("
_CLOSING_BRACKETS: Final = "）)"
#: Character classes of letters: a gap with one on both sides is decided by them alone.
LETTER_CLASSES: Final = frozenset({CJK_CHAR, LATIN_CHAR})
#: Gaps between two letters, by the character classes on either side.
_LETTER_GAPS: Final = {
    (CJK_CHAR, CJK_CHAR): CJK, (LATIN_CHAR, LATIN_CHAR): LATIN,
    (CJK_CHAR, LATIN_CHAR): BOUNDARY, (LATIN_CHAR, CJK_CHAR): BOUNDARY,
}


def side_of_gap(token: str, from_end: bool) -> tuple[str, bool]:
    """Classify a token as seen from a gap: (kind, whether shared punctuation was crossed).

    Full-width punctuation right at the gap makes the gap stray in any text. Shared
    punctuation (“ ” — …) and ASCII symbols are looked through to the first letter, so that
    ``次 ”事`` counts as CJK on both sides and ``85% 以`` as Latin-then-CJK.
    """
    crossed_shared = False
    for index, char in enumerate(reversed(token) if from_end else token):
        kind = CHAR_CLASS[char]
        if kind == CJK_CHAR:
            return CJK, crossed_shared
        if kind == CJK_PUNCT_CHAR:  # right at the gap it makes the gap stray; further in, CJK text
            return (PUNCT, False) if index == 0 else (CJK, True)
        if kind == LATIN_CHAR:
            return LATIN, crossed_shared
        if kind == SHARED_PUNCT_CHAR:
            crossed_shared = True
    return SYMBOL, crossed_shared


def classify_gap(tokens: list[str], k: int, before: str = "", after: str = "") -> str:
    """The kind of the gap after ``tokens[k]``: PUNCT (always stray), CJK (between CJK runs),
    LATIN (a word space), or BOUNDARY (CJK next to Latin letters or digits).

    A space inside quotes or brackets is stray in any script (``“ hello ”``). A token of
    symbols alone (``”``, ``+``) is seen through to the token beyond it; at the start of a
    line, to the end of the line ``before`` it, and at its end, to the start of the line
    ``after`` it, so that the decision does not change when reflow later joins the lines.

    >>> classify_gap(["法", "治"], 0), classify_gap(["new", "roads"], 0), classify_gap(["共有", "3"], 0)
    ('cjk', 'latin', 'boundary')
    >>> classify_gap(["方法——", "这些"], 0), classify_gap(["Manager", "——需要"], 0)
    ('cjk', 'punct')
    """
    left, right = tokens[k], tokens[k + 1]
    # Most gaps have a letter or full-width punctuation on both sides: decided at once.
    at_left, at_right = CHAR_CLASS[left[-1]], CHAR_CLASS[right[0]]
    if at_left == CJK_PUNCT_CHAR or at_right == CJK_PUNCT_CHAR:
        return PUNCT
    if at_left in LETTER_CLASSES and at_right in LETTER_CLASSES:
        return _LETTER_GAPS[at_left, at_right]
    if left[-1] in OPENERS or right[0] in CLOSERS:
        return PUNCT
    left_kind, left_shared = _looking_out(tokens, k, -1, before)
    right_kind, right_shared = _looking_out(tokens, k + 1, 1, after)
    kinds = {left_kind, right_kind}
    if PUNCT in kinds:
        return PUNCT
    if SYMBOL in kinds:  # a lone "+" or "%" takes the kind of its other neighbour
        kinds.discard(SYMBOL)
        kinds = kinds or {LATIN}
    if kinds == {CJK}:
        return CJK
    if kinds == {LATIN}:
        return LATIN
    # CJK next to Latin; a quote mark between them belongs to the CJK text.
    return PUNCT if (left_shared or right_shared) else BOUNDARY


def _looking_out(tokens: list[str], start: int, step: int, context: str) -> tuple[str, bool]:
    """What lies on one side of a gap, seen from ``tokens[start]`` outward (``step`` -1: to the
    left): a token of symbols alone is looked through to the next one, and past the last token
    to the ``context`` line, as if the spaces between them were gone; so a gap is judged the
    same before and after despace removes its neighbours (``0 . . 、`` and ``0 ..、``)."""
    kind, shared = side_of_gap(tokens[start], from_end=step < 0)
    index = start
    while kind == SYMBOL:
        index += step
        if 0 <= index < len(tokens):
            beyond = tokens[index]
        elif context:
            beyond, context = context, ""
        else:
            break
        kind, crossed = side_of_gap(beyond, from_end=step < 0)
        if kind == PUNCT:  # full-width punctuation further in: CJK text, as in one token
            kind, crossed = CJK, True
        shared = shared or crossed
    return kind, shared


def inside_brackets(before: str, after: str) -> bool:
    """Whether a gap between ``before`` and ``after`` lies inside round brackets: a bracket
    opened before it is still open, or one closes after it that was not opened after it.
    A byline's names are separated inside brackets (``（记者 何成宇 苏敏）``), also when the
    opening bracket is in another line or column.

    >>> inside_brackets("（记者 何成宇", "苏敏）当你"), inside_brackets("何成宇", "苏敏）当你")
    (True, True)
    >>> inside_brackets("（记者）说", "好（的）")
    False
    """
    depth = 0
    for char in before:
        if char in _OPENING_BRACKETS:
            depth += 1
        elif char in _CLOSING_BRACKETS:
            depth = max(0, depth - 1)
    if depth:
        return True
    for char in after:
        if char in _OPENING_BRACKETS:
            depth += 1
        elif char in _CLOSING_BRACKETS:
            if not depth:
                return True
            depth -= 1
    return False
