"""reflow: rebuild paragraphs from the physical lines of newspaper columns."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex

from ..text import CJK, CLOSERS, SENTENCE_END, display_width, is_cjk, is_cjk_punct
from .base import Filter, option

#: A line ends a sentence: a sentence mark, then any closing quotes or brackets.
_ends_sentence = regex.compile(f"[{regex.escape(SENTENCE_END)}][{regex.escape(CLOSERS)}]*$")
#: Lines that stand on their own whatever their width: byline markers, continuation markers,
#: subtitles (``——访…``), and lines wholly in brackets (``（据《河南日报》）``).
_standalone = regex.compile(
    r"^(?:[□■◎●◆▲★]|——|（[^（）]*）$|\([^()]*\)$|(?:By|BY) \p{Lu}|Continued (?:on|from) )"
)
#: A space between two CJK runs that despace kept: headline phrase separators and bylines.
_cjk_separator = regex.compile(f"[{CJK}][ ][{CJK}]")
#: Datelines that lead a paragraph (``本报讯``), and so open one.
_dateline_lead = regex.compile(r"^(?:本报讯|新华社|据新华社|本报[^\s，。]{0,8}电|\p{Lu}{3,}[\p{Lu} ,.]* (?:\([A-Z]+\) )?—)")
_sentence_punct = regex.compile(r"[，。；：！？、,;:!?]|\.(?!\d)")
_cjk_latin_spaced = regex.compile(f"[{CJK}] [A-Za-z0-9]|[A-Za-z0-9%] [{CJK}]")
_cjk_latin_tight = regex.compile(f"[{CJK}][A-Za-z0-9]|[A-Za-z0-9%][{CJK}]")

#: Lines counted on each side when estimating the local column width.
WINDOW = 6
#: Which quantile of the neighbourhood's widths is the full width W: first and last lines pull
#: a median down, and over-full lines (compressed punctuation) are rarer than short ones.
FULL_LINE_QUANTILE = 0.5
#: Reflowed paragraphs are longer than any column line; such lines are never joined again.
MAX_COLUMN_WIDTH = {"cjk": 30.0, "latin": 60.0}


@dataclass
class _Line:
    """One non-blank input line and what the decisions need to know about it."""

    text: str
    width: float
    cjk: bool
    blank_before: bool
    indented: bool
    column_width: float = 0.0
    in_column: bool = False

    @property
    def ends_sentence(self) -> bool:
        return bool(_ends_sentence.search(self.text))


@dataclass(frozen=True)
class Reflow(Filter):
    """Join the physical lines of columns into paragraphs, one paragraph per output line.

    Blank lines are used only when they look meaningful (between some lines, not between all).
    Otherwise the evidence is width: each column has a typical full width W, estimated from the
    neighbouring lines (it differs between articles); a paragraph's first line lost a two
    character indent (about W-2), its last line is short and ends a sentence. A full line that
    ends a sentence starts a new paragraph only when the next line is W-2 wide. Lines that are
    no column lines (headlines, bylines, markers, already reflowed paragraphs) stand alone.
    CJK lines join with nothing between them, Latin lines with one space.

    >>> text = ("The council met on Tuesday evening to\\ndiscuss the budget for the coming year,\\n"
    ...         "which includes new spending on roads and\\nschools across the county.\\n"
    ...         "Members agreed to postpone the final\\nvote until the next session in March,\\n"
    ...         "when more figures will be available.")
    >>> print(Reflow()(text))
    The council met on Tuesday evening to discuss the budget for the coming year, which includes new spending on roads and schools across the county.
    <BLANKLINE>
    Members agreed to postpone the final vote until the next session in March, when more figures will be available.
    """

    name = "reflow"
    summary = "Rebuild paragraphs from column lines (width, indent, sentence ends); one per line."

    separator: str = option("\n\n", "Text between paragraphs (default: a blank line).")
    indent_tolerance: float = option(
        1.25, "How much narrower than the column (in em) a line must be to count as short."
    )

    def apply(self, text: str, counts: Counter[str]) -> str:
        lines = self._read_lines(text)
        if not lines:
            return ""
        latin_spaced = self._prefers_cjk_latin_space(text)
        units = self._paragraphs(lines, self._blank_lines_mean_breaks(lines), latin_spaced)
        # Joining lines changes what the neighbourhood of the remaining lines looks like, so
        # reflow runs again on its own units until nothing more joins. The result is a fixed
        # point: cleaning clean text changes nothing. It only ever joins, so it ends; on real
        # pages the second round confirms the first.
        while len(units) > 1:
            again = self._paragraphs(self._read_lines("\n".join(units)), False, latin_spaced)
            if len(again) == len(units):
                break
            units = again
        counts["lines joined"] += len(lines) - len(units)
        counts["paragraphs"] += len(units)
        return self.separator.join(units)

    def _paragraphs(self, lines: list[_Line], blanks_mean_breaks: bool, latin_spaced: bool) -> list[str]:
        """Group lines into paragraphs and join each into one string."""
        self._measure_columns(lines)
        paragraphs: list[list[_Line]] = [[lines[0]]]
        for previous, line in zip(lines, lines[1:]):
            current = paragraphs[-1]
            if (blanks_mean_breaks and line.blank_before) or self._breaks(previous, line, len(current) == 1):
                paragraphs[-1:] = _split_heading_block(current)
                paragraphs.append([line])
            else:
                current.append(line)
        paragraphs[-1:] = _split_heading_block(paragraphs[-1])
        return [self._join(p, latin_spaced) for p in paragraphs]

    @staticmethod
    def _read_lines(text: str) -> list[_Line]:
        lines: list[_Line] = []
        blank_before = False
        for raw in text.split("\n"):
            stripped = raw.strip()
            if not stripped:
                blank_before = True
                continue
            cjk = sum(1 for c in stripped if is_cjk(c)) >= sum(1 for c in stripped if c.isalpha() and not is_cjk(c))
            lines.append(
                _Line(stripped, display_width(stripped), cjk, blank_before, raw[:2].isspace() and len(raw) > 2)
            )
            blank_before = False
        return lines

    @staticmethod
    def _blank_lines_mean_breaks(lines: list[_Line]) -> bool:
        """Blank lines separate paragraphs only when they sit between some lines, not (nearly) all."""
        gaps = sum(1 for line in lines[1:] if line.blank_before)
        return 0 < gaps <= 0.5 * (len(lines) - 1)

    @staticmethod
    def _measure_columns(lines: list[_Line]) -> None:
        """Estimate each line's column width W from its neighbours of the same script.

        Three neighbourhoods are tried: the lines before, around and after it. Each gives a W
        (the median width, refined to the median of the lines within two em of it) and a count of
        lines that agree with that W. The neighbourhood with most agreement wins, so that a
        line at the edge of an article takes its own column's width, not its neighbour's. A
        line is in a column when at least three lines agree and it is not wider than W: a run of
        headlines or of reflowed paragraphs shows no such agreement, and is left alone.
        """
        for i, line in enumerate(lines):
            limit = MAX_COLUMN_WIDTH["cjk" if line.cjk else "latin"]
            if line.width > limit:
                continue
            best = (False, 0, 0.0)
            # The centred neighbourhood first: a side one wins only with strictly more support.
            for start, stop in ((i - WINDOW // 2, i + WINDOW // 2 + 1), (i - WINDOW, i + 1), (i, i + WINDOW + 1)):
                near = [
                    other for other in lines[max(0, start) : stop] if other.cjk == line.cjk and other.width <= limit
                ]
                if len(near) >= 3:
                    agreeing, width = _column_width(near, line.cjk)
                    candidate = (line.width <= width + _overfull(width, line.cjk), agreeing, width)
                    if candidate[:2] > best[:2]:
                        best = candidate
            fits, agreeing, line.column_width = best
            line.in_column = fits and agreeing >= 3

    def _shortfall(self, line: _Line, first: bool) -> float:
        """How much narrower than expected a line is: W for a running line, W-2 for a first one."""
        expected = line.column_width - (2 if first and line.cjk else 0)
        return expected - line.width

    def _tolerance(self, line: _Line) -> float:
        return self.indent_tolerance if line.cjk else 0.15 * line.column_width

    def _looks_like_first_line(self, line: _Line) -> bool:
        """About two characters narrower than the column: the lost first-line indent."""
        if not line.cjk:
            return False  # Latin indents are too small against ragged word spacing
        missing = line.column_width - line.width
        return self.indent_tolerance <= missing <= 3.5 and not line.ends_sentence

    def _stands_alone(self, line: _Line) -> bool:
        return (
            not line.in_column
            or bool(_standalone.match(line.text))
            or bool(_cjk_separator.search(line.text) and not _in_brackets(line.text))
        )

    def _breaks(self, previous: _Line, line: _Line, previous_is_first: bool) -> bool:
        """Whether a new paragraph starts at ``line``; ``previous`` is the line before it."""
        if self._stands_alone(previous) or self._stands_alone(line) or previous.cjk != line.cjk:
            return True
        if (line.indented and not previous.indented) or _dateline_lead.match(line.text):
            return True
        shortfall = self._shortfall(previous, previous_is_first)
        ended_early = shortfall > self._tolerance(previous)
        if not previous.ends_sentence:
            # Running text fills its line; stopping short without ending a sentence marks a
            # heading. A byline lead (``本报讯（记者 秦颖）大``) lost width to its spaces.
            if previous_is_first and _dateline_lead.match(previous.text):
                return False
            # Latin lines are ragged, and dehyphen moves word ends between them: only a line
            # that stops well short is a heading there.
            heading_shortfall = self._tolerance(previous) if previous.cjk else 0.4 * previous.column_width
            return shortfall > heading_shortfall and not _open_bracket(previous.text)
        if ended_early:
            return True
        if self._shortfall(line, first=False) > 3.5 and not line.ends_sentence:
            return True  # a short unpunctuated line after a sentence: a section subhead
        return self._looks_like_first_line(line)

    @staticmethod
    def _prefers_cjk_latin_space(text: str) -> bool:
        """Whether the text puts a space between CJK and Latin (despace's ``add`` style)."""
        return len(_cjk_latin_spaced.findall(text)) > len(_cjk_latin_tight.findall(text))

    @staticmethod
    def _join(paragraph: list[_Line], latin_spaced: bool) -> str:
        parts = [paragraph[0].text]
        for line in paragraph[1:]:
            left, right = parts[-1][-1], line.text[0]
            left_latin, right_latin = not is_cjk(left) and left.isalnum(), not is_cjk(right) and right.isalnum()
            if (is_cjk(left) or is_cjk_punct(left)) and (is_cjk(right) or is_cjk_punct(right)):
                glue = ""
            elif is_cjk_punct(left) or is_cjk_punct(right):
                glue = ""  # never a space next to full-width punctuation (despace would remove it)
            elif left_latin and right_latin:
                glue = " "
            elif (is_cjk(left) and right_latin) or (left_latin and is_cjk(right)):
                glue = " " if latin_spaced else ""
            else:
                glue = "" if (paragraph[0].cjk and line.cjk) else " "
            parts.append(glue + line.text)
        return "".join(parts)


def _overfull(width: float, cjk: bool) -> float:
    """How much wider than W a column line can be: compressed punctuation adds up to two em
    to a CJK line. A Latin line may be any width: ragged columns vary, and dehyphen moves
    whole word ends up to a line."""
    return 2.0 if cjk else float("inf")


def _column_width(lines: list[_Line], cjk: bool) -> tuple[int, float]:
    """The full width W of neighbouring lines, and how many of them agree with it as column
    lines: of about that width and running on (not ending a sentence). Paragraphs that are
    already joined all end sentences, so however alike their widths, they make no column."""
    widths = [line.width for line in lines]
    width = _median(widths)
    close = [w for w in widths if abs(w - width) <= 2]
    width = _quantile(close, FULL_LINE_QUANTILE) if close else width
    tolerance = 1.0 if cjk else 0.12 * width
    agreeing = [line for line in lines if abs(line.width - width) <= tolerance]
    running = sum(1 for line in agreeing if not line.ends_sentence)
    return (len(agreeing) if running >= 2 else 0), width


def _median(values: list[float]) -> float:
    return _quantile(values, 0.5)


def _quantile(values: list[float], q: float) -> float:
    """The q-quantile by linear interpolation (``statistics`` costs 10 ms to import)."""
    ordered = sorted(values)
    position = q * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _split_heading_block(paragraph: list[_Line]) -> list[list[_Line]]:
    """Lines that never held any sentence punctuation and then stopped short are a headline
    printed over several lines, not a paragraph: each printed line stays a line of its own."""
    if len(paragraph) > 1 and not any(_sentence_punct.search(line.text) for line in paragraph):
        return [[line] for line in paragraph]
    return [paragraph]


def _open_bracket(text: str) -> bool:
    return text.count("（") > text.count("）") or text.count("“") > text.count("”")


def _in_brackets(text: str) -> bool:
    """Whether every CJK separator space of ``text`` sits inside brackets (a byline, a credit).

    A bracket may have opened on an earlier line (``习生 袁桂洋）4月29日``) or close on a later one.
    """
    for found in _cjk_separator.finditer(text):
        space = found.start() + 1
        if _bracket_depth(text[:space]) <= 0 and _bracket_depth(text[space:][::-1], reverse=True) <= 0:
            return False
    return True


def _bracket_depth(text: str, reverse: bool = False) -> int:
    """Brackets left open at the end of ``text`` (read backwards: closers left unmatched)."""
    opener, closer = ("）)", "（(") if reverse else ("（(", "）)")
    depth = 0
    for char in text:
        if char in opener:
            depth += 1
        elif char in closer:
            depth = max(0, depth - 1)
    return depth
