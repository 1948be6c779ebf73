"""The two bodies of each scan in ``cleanpress.filters._scan`` agree.

Each scan has an interpreted body (a builtin or a regular expression: the specification) and a
native one (a loop over code points, which the compiled build runs). The suite runs both, in
either build, by setting ``_scan.NATIVE``, on random text of every kind the filters meet.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanpress.filters import _reflow_core, _scan

#: Characters of every class: CJK, kana, full-width and shared punctuation, Latin letters with
#: and without accents, digits, symbols, every kind of space and line break, and characters
#: beyond the Basic Multilingual Plane (which the native bodies look up in the tables).
ALPHABET = (
    list("法治思想中文报讯记者ーカタ々〇，。；：！？、（）《》“”‘’「」—…·．％＠")
    + list("abcxyzABCXYZéüñ0123456789.,;:!?()'\"-%+/&")
    + [" ", " ", " ", "\t", "\u3000", "\u00a0", "\n", "\r", "\x0b", "\u2028"]
    + ["\U00020000", "\U0001f600", "\U0002a6d6", "\u02ea"]
)
#: Text of those characters, or of any characters at all. (Drawn as lists: hypothesis merges a
#: ``one_of`` of character strategies into one in which the listed characters are rare.)
TEXTS = st.one_of(
    st.lists(st.sampled_from(ALPHABET), max_size=80).map("".join),
    st.text(st.characters(codec="utf-8"), max_size=40),
)


def both_bodies(scan, *args):
    """What ``scan(*args)`` gives with the native body (twice the same) and with the interpreted one."""
    chosen = _scan.NATIVE
    try:
        _scan.NATIVE = True
        first = scan(*args)  # fills the native body's tables by code point ...
        native = scan(*args)  # ... which the second call reads
        assert first == native
        _scan.NATIVE = False
        return native, scan(*args)
    finally:
        _scan.NATIVE = chosen


@pytest.mark.parametrize("widths", ["_COLUMN_WIDTHS", "_DISPLAY_WIDTHS", "NATURAL_WIDTHS"])
@settings(max_examples=300)
@given(text=TEXTS)
def test_widths_sum_to_the_same_float(widths: str, text: str) -> None:
    table = getattr(_reflow_core, widths)
    native, interpreted = both_bodies(table.sum, text)
    assert native == interpreted  # the same float, to the last bit


@settings(max_examples=300)
@given(text=TEXTS)
def test_character_classes_are_counted_alike(text: str) -> None:
    native, interpreted = both_bodies(_scan.count_classes, text)
    assert native == interpreted


@settings(max_examples=500)
@given(text=st.one_of(TEXTS, st.lists(st.sampled_from([*ALPHABET, "  ", " \t", "\t\t", "   "]), max_size=60).map("".join)))
def test_runs_of_spaces_collapse_alike(text: str) -> None:
    native, interpreted = both_bodies(_scan.collapse_space_runs, text)
    assert native == interpreted


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a  b", ("a b", 1)),
        ("a \t b\t\tc", ("a b c", 2)),
        ("  a", ("  a", 0)),  # a run at the start of the text follows no character
        ("a  \nb", ("a  \nb", 0)),  # nor one before a line break
        ("a\u3000  b", ("a\u3000  b", 0)),  # an ideographic space is whitespace too
        ("法 治  思想", ("法 治 思想", 1)),
    ],
)
def test_runs_of_spaces_between_characters_become_one_space(text: str, expected: tuple[str, int]) -> None:
    assert both_bodies(_scan.collapse_space_runs, text) == (expected, expected)


def test_the_compiled_build_runs_the_native_bodies() -> None:
    compiled = _scan.__file__.endswith((".so", ".pyd"))
    assert _scan.NATIVE == compiled
