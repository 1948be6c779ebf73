"""The evidence the English headline-line model reads off a page's lines."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from cleanpress.headlines import NAMES, features


@dataclass
class _Line:
    text: str
    blank_before: bool = False


#: pdftotext, an ``english-fresh`` page (en-w5053-p04): a title and its deck set tight over the
#: text of their article, in one box with it, after another article's closing line.
TITLE_AND_DECK_OVER_TEXT = [
    _Line("ing Debian developers."),
    _Line("Continued on Page A7"),
    _Line("Managing Machines with virsh", blank_before=True),
    _Line("As a general guideline in security matters, unneeded software"),
    _Line("is best uninstalled"),
    _Line("The Debian distribution"),
    _Line("is dynamic and changes"),
    _Line("continually. Most of the"),
    _Line("changes are in the Testing"),
]


def _evidence(lines: list[_Line], i: int) -> dict[str, float]:
    return dict(zip(NAMES, features(lines)[i]))


def test_a_line_is_measured_against_the_lines_of_its_box_around_it() -> None:
    """The deck's first line is more than twice as long as the column lines under it, the
    column's lines as long as their neighbours; the first line of a box has none before it."""
    deck = _evidence(TITLE_AND_DECK_OVER_TEXT, 3)
    assert deck["length / next lines"] > 2.0
    column = _evidence(TITLE_AND_DECK_OVER_TEXT, 6)
    assert 0.8 < column["length / next lines"] < 1.2 and 0.8 < column["length / previous lines"] < 1.2
    title = _evidence(TITLE_AND_DECK_OVER_TEXT, 2)
    assert title["length / previous lines"] == 1.0  # the box's first line: nothing before it in the box


def test_a_line_knows_its_place_in_its_box_and_whether_a_sentence_ended_before_it() -> None:
    """No line of the title, the deck and the column under them ends a sentence: a heading
    stack opens its box; the running line under ``ing Debian developers.`` has one before it."""
    assert [_evidence(TITLE_AND_DECK_OVER_TEXT, i)["lines before in its box"] for i in (2, 3, 4)] == [
        0.0, pytest.approx(1 / 6), pytest.approx(2 / 6),
    ]
    assert _evidence(TITLE_AND_DECK_OVER_TEXT, 6)["a sentence ended before in its box"] == 0.0
    assert _evidence(TITLE_AND_DECK_OVER_TEXT, 1)["a sentence ended before in its box"] == 1.0  # ``developers.``
