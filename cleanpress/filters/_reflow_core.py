"""The line-by-line work of :mod:`cleanpress.filters.reflow`: reading lines, measuring
columns, deciding breaks, joining paragraphs.

It holds no Filter class, only plain functions and the ``Line`` record, with the options they
need (``indent_tolerance``) passed in, so that mypyc can compile all of it
(``CLEANPRESS_COMPILE=1 pip install .``, see ``setup.py``). Interpreted it is ordinary Python
and gives the same results. For both builds: keep annotations exact (a ``float`` attribute
holds a C double when compiled), and sum floats with the builtin ``sum``, so that both add in
the same way.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Final

import regex

from .. import gaps
from ..trees import Trees, shipped
from ..text import (
    ADVANCE, CHAR_CLASS, CHAR_WIDTH, CJK, CJK_CHAR, CJK_PUNCT_CHAR, CLOSERS, EN_DATE, LATIN_CHAR, QUOTES,
    SENTENCE_END, SHARED_PUNCT, OPEN_WORDS, CharTable, char_width, display_width, either_script, open_brackets,
    stops_on_open_word, written_as_paragraphs,
)
from ._scan import NATURAL_WIDTHS, Widths, count_classes

#: A sentence mark, then any closing quotes or brackets.
_SENTENCE_MARK: Final = f"[{regex.escape(SENTENCE_END)}][{regex.escape(CLOSERS)}]*"
#: A line ends a sentence.
_ends_sentence: Final = regex.compile(f"{_SENTENCE_MARK}$")
#: Lines that stand on their own whatever their width: byline markers, continuation markers
#: (``Continued on Page A4``, the jump line ``See BUDGET, Page A6``), subtitles (``——访…``),
#: and lines wholly in brackets (``（据《河南日报》）``; half-width ones only around Chinese: an
#: English parenthesis wraps onto a column line of its own as any words do).
_standalone: Final = regex.compile(
    r"^(?:[□■◎●◆▲★]|——(?!.*[。！？]$)|（[^（）]*）$|\((?=[^()]*\p{Han})[^()]*\)$|(?:By|BY) \p{Lu}|Continued (?:on|from) "
    r"|(?:Please )?[Ss]ee \p{Lu}{2,}[\p{Lu} ]*,? (?:on )?(?:Page )?[A-H]?\d{1,2}$)"
)
#: A Chinese paragraph that ends with a closing credit or dateline in brackets after its last
#: sentence (``……解决它们。（张三 李四）``): the end of an article, whatever the line's width.
_closing_credit: Final = regex.compile(f"{_SENTENCE_MARK} ?（[^（）]{{1,24}}）$")
_STANDALONE_STARTS: Final = frozenset("□■◎●◆▲★—（(BCPSs")
#: A line that holds a date and nothing else (``Tuesday, July 1, 2025``): a running head's or a
#: dateline's, never a piece of a paragraph, however full it ran (pdftotext sets a running
#: head's date tight over the title under it).
_date_line: Final = regex.compile(f"^{EN_DATE}$")
#: Marks that open an item of a list: each item opens a paragraph of its own (``• $2 million for
#: road repairs``); its wrapped lines join it as any paragraph's do.
_BULLETS: Final = frozenset("•▪◦‣")
#: A space that may be one between two CJK runs that despace kept (headline phrase separators,
#: bylines): CJK text before and after it, seen through symbols and punctuation as despace sees
#: it (``好方法—— 这些``, ``一一. —一``; a token of symbols alone too, ``一 . 二``).
_cjk_separator: Final = regex.compile(
    f"(?<=[{CJK}{SHARED_PUNCT}][^\\s\\p{{L}}\\p{{N}}]*(?: [^\\s\\p{{L}}\\p{{N}}]+)?)[ ]"
    f"(?=(?:[^\\s\\p{{L}}\\p{{N}}]+ )?[^\\s\\p{{L}}\\p{{N}}]*[{CJK}{SHARED_PUNCT}])"
)
#: Datelines that lead a paragraph (``本报讯``), and so open one.
_dateline_lead: Final = regex.compile(either_script(
    r"^(?:本报讯|新华社|据新华社|本报[^\s，。]{0,8}电|\p{Lu}{3,}[\p{Lu} ,.]*"
    r"(?:, \p{Lu}\p{Ll}+\.? \d{1,2})? (?:\([\p{L} .]+\) )?(?:—|--|(?<=\) )-))"
))
_sentence_punct: Final = regex.compile(r"[，。；：！？、,;:!?]|\.(?!\d)")
_bracket: Final = regex.compile(r"[（）()]")
_NO_LINE_START: Final = frozenset("，。、；：！？）》」』”’…")
_leading_latin: Final = re.compile(r"[(\[“‘\"']?[A-Za-z0-9][A-Za-z0-9.'_-]*")
_cjk_latin_spaced: Final = regex.compile(f"[{CJK}] [A-Za-z0-9]|[A-Za-z0-9%] [{CJK}]")
_cjk_latin_tight: Final = regex.compile(f"[{CJK}][A-Za-z0-9]|[A-Za-z0-9%][{CJK}]")

_SENTENCE_END: Final = frozenset(SENTENCE_END)
_CLOSERS: Final = frozenset(CLOSERS)
_NO_SPACE_AFTER: Final = frozenset({CJK_CHAR, CJK_PUNCT_CHAR})
_latin_letter: Final = re.compile("[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")  # stdlib re: faster per call
#: Lines looked at before or after a line when estimating its column width.
WINDOW: Final = 6
HALF_WINDOW: Final = WINDOW // 2
#: Column lines that must agree on a width before any line there is joined.
MIN_SUPPORT: Final = 2
#: How much wider than counted (in em) a Latin letter in a CJK column line may be printed.
LATIN_LETTER_SLACK: Final = 0.25
#: Reflowed paragraphs are longer than any column line; such lines are never joined again.
MAX_COLUMN_WIDTH: Final = {"cjk": 30.0, "latin": 100.0}
#: No newspaper sets a CJK column narrower than 8 characters: short lines that agree on a
#: narrower width are a run of page labels, kickers or subheads, not a column, and joining
#: them glued a heading to the body below it. (A floor for Latin columns only cost precision
#: on the generated pages.)
MIN_CJK_COLUMN_WIDTH: Final = 8.0
#: A line of more characters is wider than any column however narrow they are (every
#: character is at least 1/2 em): reflowed paragraphs are such lines, and are not measured.
_NEVER_A_COLUMN_LINE: Final = 2 * int(max(MAX_COLUMN_WIDTH.values()))
_NEVER_A_CJK_COLUMN_LINE: Final = 2 * int(MAX_COLUMN_WIDTH["cjk"])
_any_cjk: Final = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3001-\u3003\uff01-\uff65]")
_INFINITE: Final = float("inf")


def _column_char_width(char: str) -> float:
    """Printed width of a character in a CJK column line, in em: as :func:`char_width`, except
    that full-width punctuation and quotes count 3/4 (typesetters set them in 1/2 to 1 em:
    compressed in Chinese newspapers, full in many layout engines), and a space 1/2 (despace
    has removed the stray ones; a separator or a word space that is left was printed)."""
    if char == " ":
        return 0.5
    if char in QUOTES or CHAR_CLASS[char] == CJK_PUNCT_CHAR:
        return 0.75
    return char_width(char)


_COLUMN_CHAR_WIDTH: Final[CharTable[float]] = CharTable(_column_char_width)
#: Widths of CJK column lines, and of other lines (:func:`cleanpress.text.display_width`).
_COLUMN_WIDTHS: Final = Widths(_COLUMN_CHAR_WIDTH, quarters=True)
_DISPLAY_WIDTHS: Final = Widths(CHAR_WIDTH, quarters=True)


_SPACE_ADVANCE: Final = ADVANCE[" "]
#: A Latin line wider than its column's measure by more than this share of it holds more than
#: one column line.
_MERGED_EXCESS: Final = 0.15
#: :func:`_room_evidence` and :func:`_measures` of a CJK boundary: CJK columns have no room to measure.
#: (Typed as a tuple of any length: mypyc 2.4 miscompiles a Final fixed-length tuple of
#: floats, reading it as never set.)
_NO_ROOM_EVIDENCE: Final[tuple[float, ...]] = (0.0,) * 33
_NO_MEASURES: Final[tuple[float, ...]] = (0.0,) * 14


class Line:
    """One non-blank input line and what the decisions need to know about it.

    (A plain class with an ``__init__`` of its own, not a dataclass: mypyc compiles this
    ``__init__``, while a dataclass's generated one would stay interpreted. Interpreted,
    ``__slots__`` keeps it as quick to make as the dataclass was.)
    """

    __slots__ = (
        "text", "width", "cjk", "blank_before", "indented", "ends_sentence", "column_width", "alone",
        "overflow", "room", "spare", "slack", "gaps", "merged", "cut", "stretched", "runs_shown", "piece",
        "indents_shown", "char_spare", "char_wrapped",
    )

    def __init__(
        self, text: str, width: float, cjk: bool, blank_before: bool, indented: bool, ends_sentence: bool,
        stretched: bool = False,
    ) -> None:
        self.text = text
        self.width = width
        self.cjk = cjk
        self.blank_before = blank_before
        self.indented = indented
        self.ends_sentence = ends_sentence
        self.column_width = 0.0
        self.alone = True  # stands alone: no column line (heading, marker, joined paragraph)
        self.overflow = False  # Latin words that did not fit the CJK column line before
        self.room = 0.0  # Latin: em its last printed line stops short of the column's measure
        self.spare = 0.0  # Latin: room left after the next line's first word would be put there
        self.slack = 0.0  # Latin: room a justified line of its column usually leaves
        self.gaps = 0.0  # Latin: share of the page's lines with a blank line before them
        self.merged = False  # Latin: the extractor printed several column lines as this one
        self.cut = False  # CJK: the second piece of a printed line that the extractor cut in two
        self.stretched = stretched  # printed with runs of spaces between words (justified)
        self.piece = False  # Latin: one of several short lines in a row: pieces of one printed line
        self.runs_shown = False  # Latin: the page's extractor prints runs of spaces (some line is stretched)
        self.indents_shown = False  # Latin: the page indents its paragraphs' first lines (:func:`_indents_paragraphs`)
        self.char_spare = 0.0  # Latin: characters left after the next line's first word, against the widest line near
        self.char_wrapped = 0.0  # Latin: share of the page's running lines with no such characters left

    def __repr__(self) -> str:
        return f"Line({self.text!r}, width={self.width!r}, cjk={self.cjk!r}, alone={self.alone!r})"


def reflow(text: str, indent_tolerance: float) -> tuple[list[str], int, int]:
    """The paragraphs of ``text``, how many non-blank lines it had (none: no paragraph), and
    how many of them had runs of spaces between words (:attr:`Line.stretched`)."""
    lines = read_lines(text)
    if not lines:
        return [], 0, 0
    habit = _Habit(text)
    units = paragraphs(lines, blank_lines_mean_breaks(lines), indent_tolerance, habit)
    # Joining lines changes what the neighbourhood of the remaining lines looks like, so
    # reflow runs again on its own output, as written (a blank line after each paragraph),
    # until nothing more joins. The result is a fixed point: cleaning clean text changes
    # nothing. It only ever joins, so it ends; on real pages the second round confirms the
    # first.
    while len(units) > 1:
        written = read_lines("\n\n".join(units))
        again = paragraphs(written, blank_lines_mean_breaks(written), indent_tolerance, habit)
        if len(again) == len(units):
            break
        units = again
    return units, len(lines), sum(1 for line in lines if line.stretched)


def paragraphs(
    lines: list[Line], blanks_mean_breaks: bool, indent_tolerance: float, habit: _Habit
) -> list[str]:
    """Group lines into paragraphs and join each into one string (``habit``: whether the
    text puts a space between CJK and Latin, see :func:`join`)."""
    measure_columns(lines)
    weigh = trees_weigh(lines, blanks_mean_breaks)
    groups: list[list[Line]] = [[lines[0]]]
    for previous, line in zip(lines, lines[1:]):
        current = groups[-1]
        if _cut_from_one_printed_line(previous, line):
            line.cut = True
            line.width += previous.width + _COLUMN_CHAR_WIDTH[" "]  # the printed line's width
            current.append(line)
            continue
        if breaks(previous, line, len(current) == 1, blanks_mean_breaks and line.blank_before, indent_tolerance, weigh):
            groups[-1:] = _split_heading_block(current)
            groups.append([line])
        else:
            current.append(line)
    groups[-1:] = _split_heading_block(groups[-1])
    return [join(group, habit) for group in groups]


def trees_weigh(lines: list[Line], blanks_mean_breaks: bool) -> bool:
    """Whether the trees weigh the boundaries the rules leave open. Not in text written as
    paragraphs (reflow's own output, read by its later rounds and by a second cleaning): a
    blank line after every line, each line a paragraph or a line that stands alone. The trees
    learned from the lines of columns; there a page's short headings made a "column" of 5 em
    that a 76-em paragraph fitted, and the trees joined at will (on the development pages such
    boundaries were breaks 624 times in 640)."""
    return not (blanks_mean_breaks and all(line.blank_before for line in lines[1:]))


def read_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text``, stripped, with their script, width and marks.

    A run of spaces between words becomes one space, and the line is marked ``stretched``:
    an extractor prints runs where justification stretched the word spaces (pdfminer does), so
    the line is not a paragraph's last (see :func:`_stretch_evidence`). Reflow's output holds
    no runs, so its own rounds, and cleaning clean text, see none.
    """
    lines: list[Line] = []
    blank_before = False
    for raw in text.split("\n"):
        stripped = raw.strip()
        if not stripped:
            blank_before = True
            continue
        stretched = "  " in stripped
        if stretched:
            stripped = " ".join(stripped.split())
        if len(stripped) > _NEVER_A_CJK_COLUMN_LINE and (
            len(stripped) > _NEVER_A_COLUMN_LINE or _any_cjk.search(stripped)
        ):  # a joined paragraph: only its script matters
            lines.append(Line(stripped, float(len(stripped)), bool(_any_cjk.search(stripped)),
                               blank_before, False, _ends_a_sentence(stripped)))
            blank_before = False
            continue
        if stripped.isascii():  # the common Latin line: no table look-ups needed
            lines.append(Line(stripped, 0.5 * (len(stripped) - stripped.count(" ")), False,
                               blank_before, raw[:2].isspace() and len(raw) > 2,
                               _ends_a_sentence(stripped), stretched))
            blank_before = False
            continue
        if _latin_letter.search(stripped):
            cjk_chars, latin_chars, cjk_punct = count_classes(stripped)
            # A line with some CJK or full-width punctuation in it belongs to a CJK column
            # however much Latin it holds (``IP通信协议(Internet``, ``Debian。``); a Latin
            # column line rarely holds either.
            cjk = cjk_chars >= 2 or cjk_punct or cjk_chars * 2 >= latin_chars
        else:
            cjk = True
        # A closing dash ends a kicker (``今年年初以来——``) as a full stop ends a sentence.
        ends_sentence = _ends_a_sentence(stripped) or stripped.endswith("——")
        indented = raw[:2].isspace() and len(raw) > 2
        width = _COLUMN_WIDTHS.sum(stripped) if cjk else _DISPLAY_WIDTHS.sum(stripped)
        lines.append(Line(stripped, width, cjk, blank_before, indented, ends_sentence, stretched))
        blank_before = False
    _adopt_latin_runs_in_cjk_columns(lines)
    return lines


def blank_lines_mean_breaks(lines: list[Line]) -> bool:
    """Blank lines separate paragraphs when they sit between some lines, not (nearly) all;
    or between all, when the lines are paragraphs (:func:`cleanpress.text.written_as_paragraphs`):
    text that reflow wrote, or that was written so. Read as no breaks there, they let reflow's
    own later rounds, and a second cleaning, join the short lines it had set apart (a folio,
    a banner, a title, a deck) to each other and to the paragraph below, which agree on a
    width as if they were a column (English headline blocks kept apart on the development and
    held-out pages: pdftotext 0.708 -> 0.767, pdfminer 0.869 -> 0.879; paragraphs as they
    were)."""
    gaps = sum(1 for line in lines[1:] if line.blank_before)
    return 0 < gaps <= 0.5 * (len(lines) - 1) or (
        gaps > 0 and written_as_paragraphs([line.text for line in lines])
    )


def measure_columns(lines: list[Line]) -> None:
    """Estimate each line's column width W from its neighbours of the same script.

    The neighbourhood around the line comes first; at the edge of an article it mixes two
    columns, so when it gives weak support the lines just before and just after are tried,
    and the one with most support wins: a line takes its own column's width, not its
    neighbour's. W is the median width of the neighbourhood; its support is the number of
    lines within a tolerance of W that run on (do not end a sentence). A line is in a
    column when three lines support W and it is not wider than W (by more than compressed
    punctuation allows): a run of headlines, or of already joined paragraphs (which all end
    sentences), shows no such support and is left alone.
    """
    scripts = {line.cjk for line in lines}
    for cjk in scripts:
        same = [line for line in lines if line.cjk == cjk] if len(scripts) > 1 else lines
        _measure_script_columns(same, cjk)
        if not cjk:
            _measure_latin_room(same)


def shortfall(line: Line, first: bool) -> float:
    """How much narrower than expected a line is: W for a running line, W-2 for a first one."""
    expected = line.column_width - (2 if first and line.cjk else 0)
    return expected - line.width


def tolerance(line: Line, indent_tolerance: float) -> float:
    """How much short of the column a line may stop and still count as full."""
    return indent_tolerance if line.cjk else 0.15 * line.column_width


def looks_like_first_line(line: Line, indent_tolerance: float) -> bool:
    """About two characters narrower than the column: the lost first-line indent."""
    if not line.cjk:
        return False  # Latin indents are too small against ragged word spacing
    missing = line.column_width - line.width
    return indent_tolerance <= missing <= 3.5 and not line.ends_sentence


def evidence(
    previous: Line, line: Line, previous_is_first: bool, blank_between: bool, indent_tolerance: float
) -> list[float]:
    """What the decision at the boundary before ``line`` can see, as numbers: the rules'
    own verdict and the measurements behind it. The learned trees read these."""
    short_prev = shortfall(previous, previous_is_first)
    short_line = shortfall(line, first=False)
    if not previous.cjk:  # Latin: relative to the column, scaled to CJK-like magnitudes
        scale = 15.0 / max(previous.column_width, 1.0)
        short_prev, short_line = short_prev * scale, short_line * scale
    ends = float(previous.ends_sentence)
    return [
        1.0,
        float(rule_breaks(previous, line, previous_is_first, blank_between, indent_tolerance)),
        ends,
        float(line.ends_sentence),
        _clamp(short_prev, -3.0, 8.0),
        _clamp(short_line, -3.0, 8.0),
        float(previous_is_first),
        float(blank_between),
        float(line.blank_before),
        float(line.indented),
        float(_is_dateline_lead(line.text)),
        float(_open_bracket(previous.text)),
        float(line.text[0].islower()),
        float(line.text[0].isupper()),
        float(previous.text[-1] in "，、；：,;:"),
        float(previous.cjk),
        float(line.text[0] in "“‘「『（《(\"'"),
        float(not _sentence_punct.search(previous.text)),
        float(not _sentence_punct.search(line.text)),
        float(abs(previous.column_width - line.column_width) > 1.5),
        ends * (short_prev < 0.5), ends * (0.5 <= short_prev < 1.25), ends * (1.25 <= short_prev < 2.5),
        ends * (2.5 <= short_prev < 4), ends * (short_prev >= 4),
        ends * (short_line < 0.75), ends * (0.75 <= short_line < 1.25), ends * (1.25 <= short_line < 2.5),
        ends * (2.5 <= short_line < 3.5), ends * (short_line >= 3.5),
        (1 - ends) * (short_prev >= 1.25), (1 - ends) * (short_prev >= 4),
        _title_case(previous.text), _title_case(line.text),
        float(previous.text.isupper()), float(line.text.isupper()),
        *_room_evidence(previous, line),
        *_measures(previous, line),
    ]


#: Em a Latin line that ends a sentence leaves free after the next line's first word would have
#: been put on it, at which its paragraph ended, whatever the trees say, on a page without blank
#: lines (a typed page's ``… on the city's east side.`` / ``"We listened," …``: trees learned
#: from PDF extractions give 0.46 there; on extractions, whose blank lines part boxes, a line's
#: room is rougher, and the trees weigh it).
ROOM_FOR_MORE: Final = 6.0


def breaks(
    previous: Line, line: Line, previous_is_first: bool, blank_between: bool, indent_tolerance: float,
    weigh: bool = True,
) -> bool:
    """Whether a new paragraph starts at ``line``: by the rules (:func:`settled`), or where they
    leave it open, by the learned trees (without ``weigh``, there is a break)."""
    verdict = settled(previous, line, previous_is_first, blank_between, indent_tolerance)
    if verdict is not None:
        return verdict
    if not weigh:
        return True
    found = evidence(previous, line, previous_is_first, blank_between, indent_tolerance)
    return _model().probability(found) > 0.5


def settled(
    previous: Line, line: Line, previous_is_first: bool, blank_between: bool, indent_tolerance: float
) -> bool | None:
    """Whether the rules start a new paragraph at ``line``, or None where they leave a Latin
    boundary to the learned trees (which are trained on such boundaries only).

    Structure decides first: a change of script is always a break; a Latin line starting
    in lower case always runs on (:func:`_continues_sentence`), unless the line before marks
    itself alone (a byline, a continuation line) or is a title set apart by a blank line
    (:func:`_closed_title`), and so does one that closes the quotation the line before left
    open (:func:`_closes_quote`), and one after a line that stops on an article or a
    preposition (:func:`_stops_mid_phrase`) unless it marks itself alone (a deck that stops on
    ``in`` over its byline ``By BRIAN ANDERSON``: English headline blocks kept apart on the
    development pages, pdftotext 337 -> 342 of 454, pdfminer 388 -> 394, paragraphs as they
    were), and one that closes a bracket the line before left
    open (``TCP (Transmission`` / ``Control Protocol).``: English pdftotext paragraph precision
    0.896 -> 0.898 on the development and held-out pages, recall unchanged; pdfminer 0.961 ->
    0.962, recall 0.968 both); a line that is no column line is always a break, and so is one
    of two short lines in capitals (:func:`_headings_in_capitals`),
    and so is a Latin line that starts a sentence the line before gave no end to
    (:func:`_starts_afresh`); a full line that runs on into the next is always joined (most
    lines are such lines, so this is also the fast path). CJK columns are then decided by the
    rules (:func:`rule_breaks`); Latin columns, whose ragged widths say less, by weighing
    the rules' verdict and the evidence behind it with gradient-boosted trees learned from
    generated pages (``cleanpress/data/reflow_trees.json``), but for a sentence that ended with
    room for much more on a page without blank lines (:data:`ROOM_FOR_MORE`): its paragraph ended.
    """
    if previous.cjk != line.cjk or line.text[0] in _BULLETS:
        return True
    if previous.text[0] in _BULLETS and line.text[0].isupper():
        return True  # a list item of one line, then text
    if (
        not line.cjk and _continues_sentence(line.text) and not _marks_itself_alone(previous.text)
        and not (blank_between and _closed_title(previous.text))
    ):
        return False  # even after a line too wide or too lonely to measure
    if not (line.cjk or previous.alone) and _closes_quote(previous.text, line.text):
        return False  # a quotation that a column break cut (``the “Open Source`` / ``Definition”.``)
    if _stops_mid_phrase(previous) and not _marks_itself_alone(line.text):
        return False  # a short line beside a side headline (``As already mentioned, the`` / ``Debian…``)
    if not blank_between and _wrapped_heading(previous, line):
        return False  # a subhead that a narrow column wrapped (``Installation and`` / ``Upgrade``)
    if not line.cjk and open_brackets(previous.text) > 0 and open_brackets(line.text) < 0:
        return False  # no paragraph ends inside a bracket: ``TCP (Transmission`` / ``Control Protocol)``
    if previous.alone or line.alone:
        return True
    if _headings_in_capitals(previous, line):
        return True  # kickers side by side, put out one over the other (``SHORT REMEDIAL COURSE`` / ``THE …``)
    if not line.cjk and _starts_afresh(previous, line):
        return True  # a title or deck over its text: ``… to the Debian project`` / ``Not all …``
    if previous.text[-1] == "）" and previous.cjk and _closing_credit.search(previous.text):
        return True
    if previous.overflow and not previous.ends_sentence:
        return False  # its width says nothing: it is a piece of a printed line
    if (
        not (blank_between or previous.ends_sentence or line.indented)
        and (previous.cjk or not line.ends_sentence)
        and previous.width >= previous.column_width - (2.0 if previous_is_first and previous.cjk else 0.0)
        - tolerance(previous, indent_tolerance)
        and not _is_dateline_lead(line.text)
    ):
        return False
    if previous.cjk:
        return rule_breaks(previous, line, previous_is_first, blank_between, indent_tolerance)
    if previous.indents_shown:
        # A page that indents its paragraphs' first lines (typed text, a laid-out page read by
        # ``columns``) says where they start: at an indented line, or after a blank line
        # where the line before ended a sentence.
        return line.indented or (blank_between and previous.ends_sentence)
    if (
        previous.ends_sentence and previous.gaps == 0.0 and not (previous.merged or previous.piece)
        and previous.spare >= ROOM_FOR_MORE and not line.text[0].islower()
    ):
        return True  # the sentence ended with room for much more: its paragraph did too
    return None


#: How much wider (in em) than the column of the line before a CJK line after a blank line
#: is when it stands in another column: the paragraph before does not run on into it.
WIDER_COLUMN: Final = 1.5


def rule_breaks(
    previous: Line, line: Line, previous_is_first: bool, blank_between: bool, indent_tolerance: float
) -> bool:
    """Whether a new paragraph starts at ``line``; ``previous`` is the line before it.

    A meaningful blank line between them is a break, unless ``previous`` is a full line
    that runs on: extractors also leave a blank line where a paragraph continues in the
    next column, but not when the line after the blank is a heading set apart
    (:func:`_heading_set_apart`) or a line of a wider column (:data:`WIDER_COLUMN`: a
    title wrapped in its large type, ``或将决定权留给后面的规`` / ``则，推荐并行运行它们``, over
    its article's first column; an article's columns are all as wide).
    """
    if previous.alone or line.alone or previous.cjk != line.cjk:
        return True
    if blank_between:
        return (
            previous.ends_sentence
            or _is_dateline_lead(line.text)
            or shortfall(previous, previous_is_first) > tolerance(previous, indent_tolerance)
            or _heading_set_apart(line, indent_tolerance)
            or line.width > previous.column_width + WIDER_COLUMN
        )
    if (line.indented and not previous.indented) or _is_dateline_lead(line.text):
        return True
    stops_short = shortfall(previous, previous_is_first)
    short = stops_short - _pushed_down(line.text, previous.cjk)
    if not previous.ends_sentence:
        # Running text fills its line; stopping short without ending a sentence marks a
        # heading. A byline lead (``本报讯（记者 秦颖）大``) lost width to its spaces.
        if previous_is_first and _is_dateline_lead(previous.text):
            return False
        # Latin lines are ragged, and dehyphen moves word ends between them: only a line
        # that stops well short is a heading there. The Latin letters of a CJK line are
        # counted half an em, but CJK faces set them up to 3/4 em wide (capitals): each may
        # hide a quarter em of the line's width.
        heading_shortfall = (
            tolerance(previous, indent_tolerance) + LATIN_LETTER_SLACK * _latin_letters(previous.text)
            if previous.cjk else 0.4 * previous.column_width
        )
        if stops_short > heading_shortfall >= short and looks_like_first_line(line, indent_tolerance):
            return True  # a heading over an indented first line: the line's start pushed nothing down
        return short > heading_shortfall and not _open_bracket(previous.text)
    if short > tolerance(previous, indent_tolerance):
        return True
    if shortfall(line, first=False) > 3.5 and not line.ends_sentence:
        return True  # a short unpunctuated line after a sentence: a section subhead
    return looks_like_first_line(line, indent_tolerance)


def _heading_set_apart(line: Line, indent_tolerance: float) -> bool:
    """A CJK line after a blank line that holds no punctuation or bracket and stops short is
    a heading, not the rest of the sentence before the blank: an extractor puts an inset or
    side headline out between two lines of a column (``…内核提供一个块设备文件，它`` / blank /
    ``网络上的数据分享`` / ``类似于那些…``), and the text a column break carries on with either
    fills its line or ends a sentence. (Joined there, the headline was lost in the text: 1 in
    8 printed headline lines on pdftotext's Chinese held-out pages, 1 in 10 on pdfminer's.)"""
    return (
        line.cjk
        and not line.ends_sentence
        and not (_sentence_punct.search(line.text) or _bracket.search(line.text))
        and shortfall(line, first=False) > tolerance(line, indent_tolerance)
    )


def join(paragraph: list[Line], habit: _Habit) -> str:
    """Join lines: nothing between CJK, one space between Latin words. Where CJK meets
    Latin, the paragraph's own habit decides (despace's ``add`` style puts a space), and where
    the paragraph shows none, the whole text's (``habit``): a paragraph whose only meeting
    is at a line's end is written as the text around it, so that cleaning it again, which
    sees that meeting inside a line, changes nothing."""
    parts = [paragraph[0].text]
    for index in range(1, len(paragraph)):
        line = paragraph[index]
        left, right = CHAR_CLASS[parts[-1][-1]], CHAR_CLASS[line.text[0]]
        if left in _NO_SPACE_AFTER and right in _NO_SPACE_AFTER:
            glue = ""
        elif left == CJK_PUNCT_CHAR or right == CJK_PUNCT_CHAR:
            glue = ""  # never a space next to full-width punctuation (despace would remove it)
        elif left == LATIN_CHAR and right == LATIN_CHAR:
            # A number broken at a CJK column line's end is one number (``共有2`` / ``00家``).
            number = parts[-1][-1].isdigit() and line.text[0].isdigit() and paragraph[0].cjk and line.cjk
            glue = "" if number else " "
        elif {left, right} == {CJK_CHAR, LATIN_CHAR}:
            glue = " " if _puts_space_between_cjk_and_latin(paragraph, habit) else ""
        else:  # symbols or shared punctuation at the join: judge the gap as despace does
            left_tokens = parts[-1].rsplit(" ", 2)[-2:]
            # A line of symbols alone is seen through to the line after it, as despace will.
            after = paragraph[index + 1].text[:8] if index + 1 < len(paragraph) else ""
            kind = gaps.classify_gap(left_tokens + line.text.split(" ", 2)[:2], len(left_tokens) - 1, "", after)
            if kind == gaps.BOUNDARY:
                glue = " " if _puts_space_between_cjk_and_latin(paragraph, habit) else ""
            elif kind == gaps.LATIN:
                glue = " " if line.overflow or not (paragraph[0].cjk and line.cjk) else ""
            else:  # a space next to full-width punctuation or between CJK: despace drops it
                glue = ""
        parts.append(glue + line.text)
    joined = "".join(parts)
    if len(paragraph) > 1 and " " in joined and _sentence_punct.search(joined):
        joined = _drop_stray_separators(joined)
    return joined


def _latin_letters(text: str) -> int:
    return sum(1 for char in text if char.isascii() and char.isalpha())


def _cut_from_one_printed_line(previous: Line, line: Line) -> bool:
    """Whether two CJK column lines are pieces of one printed line.

    Justifying a CJK line that holds Latin words stretches the spaces around them, and
    extractors cut a line at such a wide gap (``Falcot`` / ``Corp的管理员和许多大``). So where
    the line break sits next to a Latin character, the first piece runs on, and both pieces
    together fit in the column, they were one line.
    """
    return (
        previous.cjk
        and line.cjk
        and not (previous.alone or line.alone or previous.ends_sentence)
        and (previous.text[-1].isascii() and line.text[0].isascii())
        and previous.width + line.width <= previous.column_width  # with the gap, about W
    )


def _ends_a_sentence(text: str) -> bool:
    """A sentence mark at the end, perhaps followed by closing quotes or brackets."""
    last = text[-1]
    return last in _SENTENCE_END or (last in _CLOSERS and bool(_ends_sentence.search(text)))


def _adopt_latin_runs_in_cjk_columns(lines: list[Line]) -> None:
    """Latin words that a CJK column line could not hold come out as lines of their own
    (``使用TCP`` / ``(Transmission`` / ``Control`` / ``Protocol)。TCP是IP``): a run of
    few short Latin-only lines between two CJK lines belongs to the CJK column. (A longer
    run is an English text of its own, such as a caption.)"""
    i = 1
    while i < len(lines) - 1:
        if lines[i].cjk or not lines[i - 1].cjk:
            i += 1
            continue
        end = i
        while end < len(lines) and not lines[end].cjk and _is_latin_overflow(lines[end].text):
            end += 1
        if end < len(lines) and lines[end].cjk and end - i <= _MAX_LATIN_OVERFLOW_LINES:
            for line in lines[i:end]:
                line.cjk = line.overflow = True
                line.width = _COLUMN_WIDTHS.sum(line.text)
        i = end + 1


#: Lines of Latin words that overflowed one CJK column line: at most three, of three words.
_MAX_LATIN_OVERFLOW_LINES: Final = 3
_MAX_LATIN_OVERFLOW_WORDS: Final = 3


def _is_latin_overflow(text: str) -> bool:
    return text.count(" ") < _MAX_LATIN_OVERFLOW_WORDS


def _puts_space_between_cjk_and_latin(paragraph: list[Line], habit: _Habit) -> bool:
    apart, tight = _cjk_latin_meetings("\n".join(line.text for line in paragraph))
    return apart > tight or (apart == tight and habit.apart())


def _cjk_latin_meetings(text: str) -> tuple[int, int]:
    """How often ``text`` puts a space where CJK meets a Latin letter or digit, and how often not."""
    return len(_cjk_latin_spaced.findall(text)), len(_cjk_latin_tight.findall(text))


class _Habit:
    """Whether a text puts a space where CJK meets a Latin letter or digit more often than not:
    counted when first asked (a paragraph of its own habit, most of them, never asks)."""

    __slots__ = ("text", "known")

    def __init__(self, text: str) -> None:
        self.text = text
        self.known: bool | None = None

    def apart(self) -> bool:
        if self.known is None:
            apart, tight = _cjk_latin_meetings(self.text)
            self.known = apart > tight
        return self.known


def _marks_itself_alone(text: str) -> bool:
    """Lines that stand alone whatever their width: markers, subtitles, lines in brackets,
    bylines, continuation lines, dates."""
    if text[-1].isdigit() and _date_line.match(text):
        return True
    return text[0] in _STANDALONE_STARTS and bool(_standalone.match(text))


def _drop_stray_separators(text: str) -> str:
    """A paragraph of running text has no separator between CJK runs outside brackets.

    despace keeps such a space on a line without sentence punctuation, which may be a headline
    (``依法治县 依法执政``); when reflow finds the line is part of a paragraph, it was stray.
    """
    out, last = [], 0
    for found in _cjk_separator.finditer(text):
        space = found.start()
        left, right = text[:space].rsplit(" ", 2)[-2:], text[space + 1 :].split(" ", 2)[:2]
        if gaps.classify_gap(left + right, len(left) - 1) == gaps.CJK and not gaps.inside_brackets(
            text[:space], text[space + 1 :]
        ):
            out.append(text[last:space])
            last = space + 1
    return "".join(out) + text[last:]


@lru_cache(maxsize=1)
def _model() -> Trees:
    """The trees that weigh :func:`evidence` in Latin columns, read once from the package data."""
    return Trees.from_json(shipped("reflow_trees.json"))


def _pushed_down(text: str, cjk: bool) -> float:
    """How much room the start of ``text`` may have left empty at the end of the line before.

    CJK typesetting never splits a Latin word, never ends a line with an opening bracket or
    quote, and never starts one with a closing mark (，。、）”): such a start moves to the next
    line whole, taking the character before a closing mark with it, and the line before stops
    short by it.
    """
    if not cjk:
        return 0.0
    match = _leading_latin.match(text)
    if match:
        return display_width(match.group())
    if text[0] in "（“《「『" or text[1:2] in _NO_LINE_START:
        return 1.0  # an opening mark, or a character that keeps its closing mark company
    return 0.0


def _title_case(text: str) -> float:
    """Share of capitalised words in a Latin line (headlines are in title case)."""
    words = text.split()
    return sum(1 for w in words if w[0].isupper()) / len(words) if words and text.isascii() else 0.0


def _is_dateline_lead(text: str) -> bool:
    return (text[0] in "本新据據" or text[0].isupper()) and bool(_dateline_lead.match(text))


def _overfull(cjk: bool) -> float:
    """How much wider than W a column line can be: compressed punctuation adds up to two em
    to a CJK line. A Latin line may be any width: ragged columns vary, and dehyphen moves
    whole word ends up to a line."""
    return 2.0 if cjk else float("inf")


def _measure_script_columns(lines: list[Line], cjk: bool) -> None:
    """:func:`measure_columns` for lines of one script.

    This runs for every line of every page, so each neighbourhood is summed up by sorting and
    bisecting a plain list: the widths of the lines that run on (do not end a sentence), with
    every other line, and every line too wide to be a column line, counted as infinitely wide.
    """
    limit = MAX_COLUMN_WIDTH["cjk" if cjk else "latin"]
    overfull = _overfull(cjk)
    running = [
        line.width if line.width <= limit and not line.ends_sentence else _INFINITE for line in lines
    ]
    count = len(lines)
    # The neighbourhoods just before and just after line i are the centred ones of lines i-3
    # and i+3 (away from the ends of the page, where windows are clipped): sum up each
    # centred one once.
    centred = [
        _column_support(running[max(0, i - HALF_WINDOW) : i + HALF_WINDOW + 1], cjk) for i in range(count)
    ]
    for i, line in enumerate(lines):
        line.alone = True
        if line.width > limit:
            continue
        # The centred neighbourhood first; a side one wins only with strictly more support.
        best_support, best_width = centred[i]
        best_fits = line.width <= best_width + overfull
        size = min(count, i + HALF_WINDOW + 1) - max(0, i - HALF_WINDOW)
        if not best_fits or best_support * 3 < size * 2:  # maybe an edge: look to either side
            for start, stop, known in (
                (max(0, i - WINDOW), i + 1, i >= HALF_WINDOW and centred[i - HALF_WINDOW]),
                (i, min(count, i + WINDOW + 1), i + HALF_WINDOW < count and centred[i + HALF_WINDOW]),
            ):
                support, width = known or _column_support(running[start:stop], cjk)
                fits = line.width <= width + overfull
                if (fits, support) > (best_fits, best_support):
                    best_fits, best_support, best_width = fits, support, width
                if fits and support * 3 >= (stop - start) * 2:
                    break
        line.column_width = best_width
        line.alone = not (best_fits and best_support >= MIN_SUPPORT) or _marks_itself_alone(line.text)


def _column_support(running: list[float], cjk: bool) -> tuple[int, float]:
    """The full width W of neighbouring lines, and how many lines support it.

    ``running`` holds the widths of the lines that run on (do not end a sentence), infinity for
    the others. Running lines are full lines or first lines (W-2); W is their upper median, and
    the lines that support it are the running lines between W-2.5 and W+1. Paragraphs that are
    already joined all end sentences, so however alike their widths, they make no column; nor
    do CJK lines that agree on a width narrower than any column (:data:`MIN_CJK_COLUMN_WIDTH`).
    """
    ordered = sorted(running)
    count = bisect_left(ordered, _INFINITE)
    if count < 2:
        return 0, 0.0
    width = ordered[count // 2]
    if cjk and width < MIN_CJK_COLUMN_WIDTH:
        return 0, width
    below, above = (2.5, 1.0) if cjk else (0.2 * width, 0.12 * width)
    return bisect_right(ordered, width + above, 0, count) - bisect_left(ordered, width - below, 0, count), width


def _measure_latin_room(lines: list[Line]) -> None:
    """How much room each Latin line left at its end, against its column's measure.

    Columns are set greedily: a word goes on a line while it fits, so a justified line has no
    room left for the next line's first word, and a line that has room for it ended its
    paragraph (or was indented as a first line, one em short). The measure of the column is
    taken from the neighbouring full running lines, as the widest at natural spacing, or the
    widest but one when the widest stands out (dehyphen moves word ends up a line, which makes a
    few lines too wide). A line much wider than that is several column lines printed as one
    (pdftotext does so at every line-end hyphen); its last printed line is what is left after
    the full ones.
    """
    naturals = [0.0 if line.alone else NATURAL_WIDTHS.sum(line.text) for line in lines]  # alone: never weighed
    gaps = _blank_line_share(lines)
    runs_shown = any(line.stretched for line in lines)
    indents_shown = _indents_paragraphs(lines)
    full = [natural if _runs_full(line) else 0.0 for line, natural in zip(lines, naturals)]
    for i, line in enumerate(lines):
        line.gaps = gaps
        line.runs_shown = runs_shown
        line.indents_shown = indents_shown
        if line.alone:
            continue
        near = sorted(width for width in full[max(0, i - WINDOW) : i + WINDOW + 1] if width)
        if not near:
            continue
        measure = near[-1] if len(near) < 2 or near[-1] <= 1.06 * near[-2] else near[-2]
        printed = max(1, math.ceil(naturals[i] / measure - _MERGED_EXCESS))
        line.merged = printed > 1
        following = lines[i + 1].text.split(" ", 1)[0] if i + 1 < len(lines) else ""
        # A full printed line falls short of the measure by what a justified line usually does.
        line.slack = measure - near[len(near) // 2]
        line.room = printed * measure - naturals[i] - (printed - 1) * line.slack
        line.spare = line.room - _SPACE_ADVANCE - NATURAL_WIDTHS.sum(following)
    _mark_pieces(lines, naturals)
    _measure_character_room(lines)


def _measure_character_room(lines: list[Line]) -> None:
    """How many characters each Latin column line left after the next line's first word would
    have been put on it, against the longest column line near it, and how many of the page's
    running lines (column lines that end no sentence) left none. Text wrapped at a count of
    characters (plain-text mail, a typescript, ``textwrap``) leaves none after every running
    line, where its widths in em, measured with a newspaper face, say little; a typeset page's
    lines, counted in characters, leave some now and then."""
    counts = [0 if line.alone else len(line.text) for line in lines]
    running = 0
    tight = 0
    for i, line in enumerate(lines):
        if line.alone:
            continue
        measure = max(counts[max(0, i - WINDOW) : i + WINDOW + 1])
        following = lines[i + 1].text.split(" ", 1)[0] if i + 1 < len(lines) else ""
        line.char_spare = float(measure - counts[i] - 1 - len(following))
        if not line.ends_sentence:
            running += 1
            tight += line.char_spare < 0
    wrapped = tight / running if running else 0.0
    for line in lines:
        line.char_wrapped = wrapped


#: A page indents its paragraphs when this many of its Latin column lines are indented, at
#: least, and such lines start a good share of its sentences after a line's end (see
#: :func:`_indents_paragraphs`).
MIN_INDENTED_LINES: Final = 3
INDENTED_SHARE: Final = 0.3


def _indents_paragraphs(lines: list[Line]) -> bool:
    """Whether the Latin column lines show the habit of indenting a paragraph's first line: a
    few are indented (three at least, and fewer than half: a page indented as a whole shows
    nothing), most of those follow a line that ended a sentence or stood alone (a headline, a
    byline), and they are a good share of the lines after a sentence end (a page that indents
    its paragraphs indents most of the sentences that start a line). Extractions in reading
    order keep no indents (pdfminer's occasional leading spaces are on pieces of loose lines,
    not after sentence ends); typed pages and laid-out pages read by ``columns`` do."""
    column = [i for i, line in enumerate(lines) if not line.alone]
    indented = [i for i in column if lines[i].indented]
    if len(indented) < MIN_INDENTED_LINES or 2 * len(indented) >= len(column):
        return False
    after_sentence = sum(1 for i in column if i and lines[i - 1].ends_sentence)
    opening = sum(1 for i in indented if not i or lines[i - 1].ends_sentence or lines[i - 1].alone)
    indented_after_sentence = sum(1 for i in indented if i and lines[i - 1].ends_sentence)
    return opening * 3 >= len(indented) * 2 and indented_after_sentence >= INDENTED_SHARE * after_sentence


def _mark_pieces(lines: list[Line], naturals: list[float]) -> None:
    """Mark the Latin lines that are pieces of one printed line: pdftotext cuts a loose
    justified line at its wide word gaps into short lines (``Apache,`` / ``MySQL,`` / ``PHP)`` /
    ``stack.``), so two or more lines in a row that each stop short of half the measure were
    most likely one printed line, which, being justified, was no paragraph's last. (A
    paragraph's last line is short too, but the line before it, and the first line after it,
    are full.)"""
    short = [
        not (line.alone or line.merged) and line.room > 0.5 * (line.room + natural)
        for line, natural in zip(lines, naturals)
    ]
    for i, line in enumerate(lines):
        line.piece = short[i] and ((i > 0 and short[i - 1]) or (i + 1 < len(lines) and short[i + 1]))


def _blank_line_share(lines: list[Line]) -> float:
    """How many lines have a blank line before them: extractors differ (pdfminer leaves one
    between its text boxes, at some paragraph starts and around pieces of loose lines; pdftotext
    rarely does), and so does what a sentence end at a short line says. Blank lines after (nearly)
    every line, or none, say nothing (0)."""
    share = sum(line.blank_before for line in lines) / len(lines)
    return share if share <= 0.5 else 0.0


def _runs_full(line: Line) -> bool:
    """A column line that runs on and is about as wide as its column: a justified line."""
    return not (line.alone or line.ends_sentence) and abs(line.width - line.column_width) <= 0.15 * line.column_width


def _room_evidence(previous: Line, line: Line) -> tuple[float, ...]:
    """What the room left at line ends says about a Latin boundary (all 0 for CJK lines).

    ``previous`` ends its paragraph if the next line's first word would have fitted on it; a
    line that runs on had no room for it. Whether it is a sentence end and whether it is
    several printed lines (whose full ones are estimated, so its room is rougher) change how
    much that says. ``line`` opens a paragraph if it stops about an indent (one em) shorter
    than a justified line of its column usually does. How the extractor uses blank lines on the
    page (:func:`_blank_line_share`) changes how much a sentence end and a blank line say. Runs
    of spaces, where the extractor prints them, tell justified lines (:func:`_stretch_evidence`).
    """
    if previous.cjk:
        return _NO_ROOM_EVIDENCE
    spare = previous.spare
    bins = (spare < -0.5, -0.5 <= spare < 1.0, 1.0 <= spare < 3.0, spare >= 3.0)
    ends, merged = previous.ends_sentence, previous.merged
    opens, indent = float(not (line.ends_sentence or line.merged)), line.room - line.slack
    return (
        *(float(ends and not merged and b) for b in bins),
        *(float(not ends and not merged and b) for b in bins),
        float(ends and not merged) * _clamp(spare, -3.0, 3.0),
        float(merged and ends and spare < 0.5), float(merged and ends and spare >= 0.5), float(merged and not ends),
        opens * _clamp(indent, -2.0, 3.0),
        *(float(opens and b) for b in (indent < -0.5, -0.5 <= indent < 0.75, 0.75 <= indent < 2.0, indent >= 2.0)),
        float(_is_word_or_two(previous.text) and not ends), float(_is_word_or_two(line.text)),
        previous.gaps, previous.gaps * ends, previous.gaps * float(ends and spare >= 1.0), previous.gaps * float(line.blank_before),
        *_stretch_evidence(previous),
        float(previous.piece and ends), float(previous.piece and line.piece),
        *_near_fit_evidence(previous, line),
    )


def _measures(previous: Line, line: Line) -> tuple[float, ...]:
    """The measures behind the Latin evidence as they are, not cut into bins (all 0 for CJK
    lines): the room both lines left, the indent ``line`` shows against its column's usual
    slack, the column's width, each line's width against it, which lines are several printed
    lines, and whether ``previous`` holds three words or fewer. The trees find their own cuts
    in them (and which matter in narrow columns, which in wide ones): with them the
    validation English paragraph-break recall on pdftotext pages rose from 0.896 to 0.912
    (seeds 161-170), the other validation figures stayed within 0.003 or rose."""
    if previous.cjk:
        return _NO_MEASURES
    return (
        _clamp(previous.spare, -5.0, 10.0), _clamp(previous.room, -5.0, 10.0),
        _clamp(line.room - line.slack, -5.0, 10.0), _clamp(line.spare, -5.0, 10.0),
        _clamp(previous.column_width, 0.0, 60.0),
        _clamp(previous.width / max(previous.column_width, 1.0), 0.0, 3.0),
        _clamp(line.width / max(line.column_width, 1.0), 0.0, 3.0),
        float(previous.merged), float(line.merged), _clamp(previous.slack, -5.0, 10.0),
        float(len(previous.text.split()) <= 3),
        _clamp(previous.char_spare, -10.0, 20.0), previous.char_wrapped,
        previous.char_wrapped * float(previous.char_spare >= 0.0),
    )


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def _near_fit_evidence(previous: Line, line: Line) -> tuple[float, float, float, float]:
    """Where the room at line ends sits close to what greedy setting allows (a Latin boundary).

    ``previous`` ends a sentence and the next line's first word only just did not fit (a full
    last line, or a justified one), or only just would have fitted (the paragraph ended).
    ``line`` had room for its own next line's first word but not for it and a one-em indent
    more: set greedily, it was indented, a paragraph's first line; ``line`` left less room than
    an indent: it was not. The measure is too rough for the last two on pages whose extractor
    prints the space runs of justified lines (dehyphen widens more of their lines; pdftotext
    prints the lines around a line-end hyphen as one), and there the runs say more: they are
    0 on such pages."""
    spare, ends = previous.spare, previous.ends_sentence and not previous.merged
    indentable = not (line.ends_sentence or line.merged or previous.runs_shown)
    return (
        float(ends and -0.5 <= spare < 0.0), float(ends and 0.0 <= spare < 0.5),
        float(indentable and 0.0 <= line.spare < 1.0), float(indentable and line.room < 0.75),
    )


def _stretch_evidence(previous: Line) -> tuple[float, float, float, float]:
    """What runs of spaces say about a Latin boundary. On a page whose extractor prints them
    (pdfminer does, where justification stretched a line's word spaces), a line with runs is
    no paragraph's last line, and one without them (above all when it ends a sentence) may
    well be: the last line is the one line of a paragraph that is not justified. (A stretched
    line can still end its paragraph where dehyphen moved the last line's only word up onto
    it, which the trees learn.) On a page without runs (pdftotext) all four are 0."""
    ends = previous.ends_sentence
    plain = previous.runs_shown and not previous.stretched
    return float(previous.stretched), float(previous.stretched and ends), float(plain), float(plain and ends)


def _continues_sentence(text: str) -> bool:
    """A Latin line that starts in lower case continues the sentence (or headline) of the line
    before it: paragraphs, headlines, bylines and datelines start with a capital, a digit or a
    quote. Lower-case starts are the pieces pdfminer cuts from loose justified lines and leaves
    between blank lines (``This`` / ``effective`` / ``operational``), and the second lines of
    headlines."""
    return text[0].islower()


#: The share of capitalised words that makes a Latin line a title (``List of Mount Points``).
TITLE_CASE: Final = 0.6


def _closed_title(text: str) -> bool:
    """Whether a Latin line is a title that needs nothing after it: words mostly capitalised,
    two at least, the last no open word (``List of Mount Points``, not ``Keeping Everything
    that``). Across a meaningful blank line, text in lower case after it goes on from another
    column, not from the title (English headline blocks kept apart on the development and
    held-out pages, pdfminer 0.883 -> 0.887; paragraphs as they were)."""
    return " " in text and _title_case(text) >= TITLE_CASE and not stops_on_open_word(text)


def _is_word_or_two(text: str) -> bool:
    """One or two lower-case words: a piece of a loose justified line that the extractor cut
    off its line (it breaks at wide word gaps), never a heading."""
    return text[0].islower() and text.count(" ") <= 1


def _split_heading_block(paragraph: list[Line]) -> list[list[Line]]:
    """CJK lines that never held any sentence punctuation or bracket and then stopped short are
    a headline printed over several lines, not a paragraph: each printed line stays a line of
    its own. (A byline lead cut off by a column break holds no sentence punctuation either,
    but it holds brackets.) Latin lines are not split again: their trees already read title
    case and missing punctuation, and the pieces an extractor cuts from a loose justified line
    (``This`` / ``effective`` / ``operational``) hold no punctuation either."""
    if len(paragraph) > 1 and paragraph[0].cjk and not any(
        _sentence_punct.search(line.text) or _bracket.search(line.text) for line in paragraph
    ):
        printed: list[list[Line]] = []
        for line in paragraph:  # pieces of one printed line stay together
            if line.cut and printed:
                printed[-1].append(line)
            else:
                printed.append([line])
        return printed
    return [paragraph]


_sentence_inside = regex.compile(r"[.?!][\"”’)]?\s")


def _stops_mid_phrase(previous: Line) -> bool:
    """Whether a Latin column line stops on a word that needs another (an article, a
    preposition, an auxiliary: :data:`cleanpress.text.OPEN_WORDS`), where no paragraph ends, so
    that the next line goes on with it whatever the widths and blank lines say: text set around
    a side headline changes its measure, and pdftotext leaves a blank line there (``As already
    mentioned, the`` / blank / a full-width ``Debian project evolves…``).
    The line must stop on the word itself (``… what the others will do.`` ends a sentence).
    Left out: lines in capitals (a kicker, ``EDITORS WITH``, stays apart from its title), lines
    of three words or fewer and lines with a sentence end inside (pdfminer puts the pieces it
    cuts from loose justified lines, ``very much to``, after other lines' sentences)."""
    text = previous.text
    return (
        not (previous.cjk or previous.piece or previous.merged or text.isupper())
        and text.count(" ") >= 3
        and text[-1].isalpha()
        and stops_on_open_word(text)
        and not _sentence_inside.search(text)
    )


#: A capitalised word opening a line.
_first_word: Final = regex.compile(r"\p{Lu}\p{Ll}*\b")
#: Words that, capitalised, open a sentence and nothing else: the open words (less ``May`` and
#: ``Will``, also a month and a name) and other words a sentence starts with that name nothing.
_SENTENCE_OPENERS: Final = (OPEN_WORDS - {"may", "will"}) | frozenset(
    "however although though even once since after before many most some each every all both such then "
    "there here what where how why also only other another".split()
)


def _starts_afresh(previous: Line, line: Line) -> bool:
    """Whether Latin ``line`` starts a sentence that ``previous`` gave no end to: it opens on
    a capitalised article, preposition, conjunction, pronoun, auxiliary or other word that
    names nothing (``The``, ``In``, ``Not``, ``Even``: :data:`_SENTENCE_OPENERS`), which only a
    sentence's start capitalises, and ``previous`` ends on a letter or digit, no punctuation at
    all. Running text never does that: ``previous`` closed a title or a deck, which stop
    unpunctuated, and ``line`` opens the text below, however full ``previous`` ran (pdftotext
    sets a narrow column's title and deck right over its text: ``Syntax of the`` /
    ``Selector`` / ``The infrastructure used for this work is`` / ``completely external to the
    Debian project`` / ``Not all …``).
    Left out: a ``previous`` that stops on an open word itself (``… intervenes in the``: it
    goes on), and pieces of lines (pdfminer's cut justified lines, pdftotext's merged ones),
    whose words come out of order. (With the open words alone, on the English development
    pages: pdftotext paragraph recall 0.925 -> 0.929, split headline blocks 0.414 -> 0.422;
    pdfminer paragraph precision 0.963 -> 0.962, recall 0.962 -> 0.966; with the held-out
    pages, pdftotext headline blocks apart 0.690 -> 0.708. The other openers then: recall
    0.929 -> 0.931 and 0.966 -> 0.968, blocks apart 0.770 -> 0.775.)"""
    if not previous.text[-1].isalnum() or previous.piece or previous.merged or line.piece or line.merged:
        return False
    match = _first_word.match(line.text)
    if match is None:
        return False
    word = match.group().lower()
    return word in _SENTENCE_OPENERS and not stops_on_open_word(previous.text)


#: The longest Latin heading (in characters) that :func:`_wrapped_heading` joins again.
WRAPPED_HEADING: Final = 32


def _wrapped_heading(previous: Line, line: Line) -> bool:
    """Whether Latin ``line`` is the rest of a short heading that a narrow column wrapped after
    ``previous``, set tight under it: both open on a capital, neither is in capitals (a kicker
    over its title) or stops on punctuation, together they are short, ``previous`` holds two
    words at least and is no byline, and it stops on a word that needs another (``Installation
    and`` / ``Upgrade``) or ``line`` is one word (``Using a Preseed`` / ``File``)."""
    if previous.cjk or line.cjk or previous.piece or line.piece or previous.merged or line.merged:
        return False
    first, rest = previous.text, line.text
    if len(first) + 1 + len(rest) > WRAPPED_HEADING or " " not in first or _marks_itself_alone(first):
        return False
    if first.isupper() or rest.isupper():
        return False  # a kicker in capitals over its title
    if not (first[0].isupper() and rest[0].isupper() and first[-1].isalnum() and rest[-1].isalnum()):
        return False
    opener = _first_word.match(rest)
    if opener is not None and opener.group().lower() in _SENTENCE_OPENERS:
        return False  # the text under a title (``Compiling a Kernel`` / ``The …``)
    return stops_on_open_word(first) or " " not in rest


def _headings_in_capitals(previous: Line, line: Line) -> bool:
    """Whether two Latin lines are both short lines in capitals that stop on no punctuation:
    kickers, never a paragraph's lines (text set in capitals, a licence's disclaimer, runs to
    full lines and commas). pdftotext puts out the kickers of articles side by side one over
    the other; a kicker wrapped over two lines, kept as two, loses nothing."""
    if previous.cjk or line.cjk:
        return False
    first, second = previous.text, line.text
    return (
        len(first) <= WRAPPED_HEADING and len(second) <= WRAPPED_HEADING
        and first.isupper() and second.isupper() and first[-1].isalnum() and second[-1].isalnum()
    )


def _closes_quote(previous: str, text: str) -> bool:
    """Whether Latin ``text`` closes a double quotation that ``previous`` left open: typeset
    quotes (``“`` / ``”``) tell an opening from a closing one, and a quotation never spans
    paragraphs."""
    return previous.count("“") > previous.count("”") and text.find("”") != -1 and (
        text.find("“") == -1 or text.find("”") < text.find("“")
    )


def _open_bracket(text: str) -> bool:
    return text.count("（") > text.count("）") or text.count("“") > text.count("”")

