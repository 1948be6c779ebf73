"""Step 1 of the splitter: the units of a page, and the lines they were joined from.

``reflow`` joins the physical lines of a page into paragraphs; it may join across a line that
can only stand alone (a running head ``第8版``, a byline, a continuation marker, a closing
credit, an English kicker in capitals, a short box of Chinese heading lines, an English
headline line that :mod:`cleanpress.headlines` recognises). :func:`build_units` reads the page
both ways, gives every unit its lines and cuts a unit again at such a line; furniture that
wrapped (a byline or a closing credit over two lines or more) is one unit again. The line
model of :mod:`cleanpress.headlines` may overrule the form of a unit on a Latin page.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

import regex

from ..headlines import LIKELY, ends_open, mark_headline_lines
from ..text import display_width
from .units import (
    ENDS,
    Kind,
    Unit,
    broken_word,
    byline_line,
    classify,
    clause_mark,
    dateline_lead,
    en_lead,
    english_credit,
    has_cjk,
    in_capitals,
    sentence_end,
    unclosed,
    zh_lead,
    zh_names,
)


_space = regex.compile(r"\s+")
_not_letter = regex.compile(r"[^\p{L}]")
_ends_like_text = regex.compile(r"[.;:,]$|[.!?;:] ")


def _visible(text: str) -> str:
    return _space.sub("", text)


#: Line kinds that never belong inside a paragraph: a unit joined across one is cut there.
_STANDALONE_KINDS = frozenset(
    {Kind.FOLIO, Kind.BYLINE, Kind.CONTINUED_FROM, Kind.CONTINUED_TO, Kind.CREDIT, Kind.NAMES, Kind.CLOSING_DATELINE}
)
#: Lines that no sentence goes on from: a running head, and the lines that close an article.
_NOTHING_GOES_ON = frozenset({Kind.FOLIO, *ENDS})


@dataclass
class Line:
    """One physical line of the page (the text just before ``reflow``)."""

    text: str
    blank_before: bool
    heading: bool = False  # in a short box of heading lines (see _mark_heading_boxes)
    heading_lines: int = 0  # ... and how many heading lines that box (with a lone kicker over it) holds
    other_flow: bool = False  # goes on another article's sentence (see _mark_other_flows)
    new_flow: bool = False  # opens another article's text block (see _mark_other_flows)
    stretched: bool = False  # printed with runs of spaces between words: a justified column line
    headline: float | None = None  # Latin pages: how likely a headline line (cleanpress.headlines)


_body_punct = regex.compile(r"[。；：！？,.;:!?]")  # marks of running text, not of headlines (they may hold ，、)


#: em: a line this much wider than the columns beside its box is no line of theirs (a title set
#: across them).
WIDER = 2
#: The most lines a headline block holds: a kicker, a title of newspaper length wrapped over
#: three lines in a narrow column and a subtitle are five (four, before titles of that length
#: were measured: pages made with ``generate --news-heads`` found 0.01-0.02 more blocks at six).
BOX_LINES = 6


def _mark_heading_boxes(lines: list[Line]) -> None:
    """Mark the lines of CJK *heading boxes*: up to ``BOX_LINES`` lines that blank lines set
    apart, each well short of the columns beside them or, in a box of their own, well wider (a
    title set across them: ``WIDER``), but a subtitle opened or a kicker closed by ``——`` may
    be as wide (also on a later line it wrapped onto: ``链接外部的路由器作为`` / ``网关——``),
    and none with the punctuation of running text; or such lines opening a box, above a byline
    or the column lines of the same box (pdftotext sets a block, its byline and its column in
    one box; the block ends where lines as wide as that column begin). Extractors set headline
    blocks apart this way; ``reflow`` may still join them to a paragraph they interrupt (an
    inset block between the first column and the rest). Then the lines a box opens with over an
    article's opening (:func:`_mark_blocks_over_openings`) and, on a page that sets every box
    apart, whole boxes of heading lines (:func:`_mark_wrapped_boxes`), elsewhere lone kickers
    (:func:`_mark_lone_kickers`)."""
    boxes: list[list[int]] = []
    for i, line in enumerate(lines):
        if line.blank_before or not boxes:
            boxes.append([])
        boxes[-1].append(i)
    # Where nearly every line stands apart, a box says nothing about what is beside what (a
    # line of a wider article's column is as wide, and as alone, as a title).
    boxed = len(boxes) < 0.9 * len(lines)
    for n, box in enumerate(boxes):
        prefix = _heading_prefix([lines[i].text for i in box])
        # The column's first lines may pass for heading lines too (a line with a comma only):
        # the block is the longest prefix whose lines are all short against the rest, and
        # two lines at least if the rest opens with such lines (one short line alone may be a
        # paragraph's indented first line).
        for size in range(min(len(prefix), BOX_LINES), 0 if len(prefix) == 1 else 1, -1):
            heads, rest = prefix[:size], box[size:]
            if 0 < len(rest) < 3:
                continue  # (a rest of one or two lines is too short to measure the column by)
            if rest:  # a block in one box with the column under it: that column is the measure
                column = _box_column(lines, rest[1:])
            else:
                column = max(_box_column(lines, _nearest_column_box(boxes, n, step)) for step in (-1, 1))
            if column and all(
                display_width(t) <= column - 3 or t.startswith("——") or t.endswith("——")
                or any(later.endswith("——") for later in heads[k + 1 :])  # a kicker that wrapped
                or (boxed and not rest and display_width(t) >= column + WIDER)
                # a kicker, the longer line, over a title's two lines (9 more Chinese pdfminer
                # headline blocks right and 4 fewer, pdftotext 8 and 2)
                or (k == 0 and size >= 3 and not _measured_badly.search(t))
                for k, t in enumerate(heads)
            ):
                _mark_block(lines, box[:size])
                break
    _mark_blocks_over_openings(lines, boxes)
    if boxed and _blank_share(lines) >= BOXED_LINES:
        _mark_wrapped_boxes(lines, boxes)
    else:
        _mark_lone_kickers(lines, boxes)


def _blank_share(lines: list[Line]) -> float:
    """The share of ``lines`` with a blank line above them: how the extractor sets text apart."""
    return sum(line.blank_before for line in lines) / len(lines) if lines else 0.0


def _latin_page_lines(lines: list[Line]) -> list[Line]:
    """The Latin lines of a page that is mostly Latin; none on a Chinese page."""
    latin = [line for line in lines if not has_cjk(line.text)]
    return latin if len(latin) * 2 >= len(lines) else []


def _mark_block(lines: list[Line], block: list[int]) -> None:
    """Mark the lines ``block`` (indices) as the heading lines of one box, and how many."""
    for i in block:
        lines[i].heading, lines[i].heading_lines = True, len(block)


def _mark_blocks_over_openings(lines: list[Line], boxes: list[list[int]]) -> None:
    """Mark the heading lines (:func:`_heading_prefix`) a box opens with when the article's
    opening follows them in the box: a dateline lead or a byline, past a "continued from"
    marker (pdftotext sets a block, its byline and its column in one box). Tight over an
    article's first line, they are its block whatever their width (a title spanning two
    columns in large type holds about as many characters as a column line). On the
    development, held-out and fresh pages: 24 more Chinese pdftotext headline blocks right, 4
    fewer (a subhead or a banner that opened the box, now glued to the block); pdfminer sets
    the block apart from its lead (unchanged). Of the boxes whose heading lines stood over an
    opening unmarked, on the development pages: 110 held block lines only, 16 a block with a
    marker, 1 text."""
    for box in boxes:
        texts = [lines[i].text for i in box]
        size = len(_heading_prefix(texts))
        if not 0 < size < len(box) or not (zh_lead.match(texts[size]) or byline_line.match(texts[size])):
            continue
        while size and _line_stands_alone(texts[size - 1]):
            size -= 1  # (a "continued from" marker between the block and the opening)
        if size and not all(lines[i].heading for i in box[:size]):
            _mark_block(lines, box[:size])


#: Share of a page's lines with a blank line above them, at least, on a page whose extractor
#: sets every text box apart (pdfminer: 0.19 or more on 95 in 100 generated Chinese pages;
#: pdftotext 0.08 on the median page, 0.11 on the upper quartile).
BOXED_LINES = 0.15
#: Marks a Chinese title does not hold, though a paragraph's line does (``本书的第一版（2004年）填``).
_bracket = regex.compile(r"[（）()「」“”《》]")
#: Latin letters and digits, whose printed width a count of characters does not tell: a line
#: holding them is not measured short (``像GNOME和KDE这类现``, a full column line).
_measured_badly = regex.compile(r"[A-Za-z0-9]")


def _mark_wrapped_boxes(lines: list[Line], boxes: list[list[int]]) -> None:
    """On a page whose extractor sets every text box apart, mark a box of two to ``BOX_LINES``
    heading lines (:func:`_heading_prefix`) opening with a short one, whatever the width of the
    rest: a title over its subtitle or a title's wrap as wide as the column beside it
    (``发行版的角色`` / ``只要还有另一个名称指定给文件``); or holding a line wider than the
    column, a title set across it (``为了让系统访问某一语言环境`` / ``达到阶段性成果后，当启动计算机时`` /
    ``这个文件不是真实的病毒``: 5 more Chinese pdfminer headline blocks right, none fewer); or
    with a subtitle opening on its dash below the first line (9 more right, none fewer). A
    column's piece holds more than one comma, or stops on one. Text is set in other boxes than a
    block's type, so the box is no column's; and ``reflow``, meeting no sentence end, would join
    its last line to the text below the blank line, which goes on a column the block
    interrupts. Chinese pdfminer headline blocks 0.821 -> 0.825 on the development pages,
    0.802 -> 0.806 held-out, 0.869 -> 0.874 on pages whose headlines name their articles,
    0.851 -> 0.852 on fresh pages (15 more right, 4 fewer, over all of them); pdftotext pages
    are seldom boxed (unchanged)."""
    for n, box in enumerate(boxes):
        texts = [lines[i].text for i in box]
        if (
            not 2 <= len(box) <= BOX_LINES or lines[box[0]].heading or len(_heading_prefix(texts)) < len(box)
            or any(_bracket.search(text) or _measured_badly.search(text) for text in texts)
            or texts[-1].endswith(("，", "、")) or sum(text.count("，") for text in texts) > 1
        ):
            continue
        column = max(_box_column(lines, _nearest_column_box(boxes, n, step)) for step in (-1, 1))
        widths = [display_width(text) for text in texts]
        subtitled = any(text.startswith("——") for text in texts[1:])
        if column and (widths[0] <= column - 3 or max(widths) >= column + WIDER or subtitled):
            _mark_block(lines, box)


SUBHEAD_WIDTH = 12  # em: a section subhead is no wider
FULL_LINE = 1.5  # em: a line this close to its column's width is no section subhead either


def _mark_lone_kickers(lines: list[Line], boxes: list[list[int]]) -> None:
    """Mark a box of one heading-like line right above a box that opens with heading lines:
    the kicker of that block, set apart by the blank line its smaller type leaves above the
    title (pdftotext). It may be as wide as a column (a kicker is the longer, descriptive
    line), so the width test of :func:`_mark_heading_boxes` misses it: wider than a section
    subhead, or in a narrow column nearly as wide as the column above (``下载新的和更新的依赖项``,
    11 em over a column of 12), it is a kicker. A short line there may as well be a section
    subhead over an inset block: that is left to the pairing. Not on a page whose extractor
    sets every text box apart (pdfminer), where such a box is mostly the last line of a
    column's piece above an inset block (on the development pages, 38 of the 49 lines it
    marked there; with pdftotext 57 of 57 were headline lines; 8 more Chinese pdfminer
    headline blocks right, none fewer)."""
    for n, (box, following) in enumerate(zip(boxes, boxes[1:])):
        text = lines[box[0]].text
        if not (len(box) == 1 and lines[following[0]].heading and _heading_prefix([text])):
            continue
        width, column = display_width(text), _box_column(lines, _nearest_column_box(boxes, n, -1))
        if width > SUBHEAD_WIDTH or (column and width >= column - FULL_LINE):
            lines[box[0]].heading, lines[box[0]].heading_lines = True, 1 + lines[following[0]].heading_lines


def _heading_prefix(texts: list[str]) -> list[str]:
    """The lines a box opens with that could be heading lines: CJK, none with the punctuation
    of running text or an open bracket, up to a byline or a dateline lead (an extractor may
    put a block, its byline and its column in one box)."""
    out: list[str] = []
    for text in texts:
        if (
            not has_cjk(text) or _body_punct.search(text) or unclosed.search(text) or byline_line.match(text)
            or zh_lead.match(text)
        ):
            break
        out.append(text)
    return out


def _nearest_column_box(boxes: list[list[int]], n: int, step: int) -> list[int]:
    """The nearest box of column lines (three or more) before (``step`` -1) or after box ``n``,
    over any short boxes in between (other headings, bylines, markers, the running head):
    several headline boxes may stand between the running head and the first column. (Over one
    short box at most before: Chinese headline blocks held-out 0.811 -> 0.817 with pdfminer,
    0.476 -> 0.484 with pdftotext; development pages 0.827 -> 0.835 and 0.522 -> 0.524.)"""
    m = n + step
    while 0 <= m < len(boxes):
        if len(boxes[m]) >= 3:
            return boxes[m]
        m += step
    return []


def _box_column(lines: list[Line], box: list[int]) -> float:
    """The median width of a box's lines (0 for none)."""
    widths = sorted(display_width(lines[i].text) for i in box)
    return widths[len(widths) // 2] if widths else 0.0


def _mark_latin_headings(lines: list[Line]) -> None:
    """On a page of Latin script, mark the lines that :mod:`cleanpress.headlines` finds to be
    headline lines (those a unit of their own would read as headings), and remember every
    line's probability."""
    if not lines or sum(has_cjk(line.text) for line in lines) * 2 > len(lines):
        return
    mark_headline_lines(lines, lambda text: classify(text).kind is Kind.HEADING)
    for line in lines:
        if line.stretched:
            line.heading = False  # justified: a column line, however short its words look


#: Share of a page's Latin lines, at least, that are printed with runs of spaces between words
#: on a page whose text is justified.
JUSTIFIED = 0.2


def _mark_closing_wraps(lines: list[Line]) -> None:
    """On a Latin page whose extractor sets every text box apart and whose text is justified,
    mark the line that closes a box right under a headline line, unless it too is justified
    or ends a sentence: the wrap of a deck (``These requirements can be met`` / ``by a wide
    range of solutions``). The line model reads such a line as text, and ``reflow`` would run
    it into the column below the blank line. English pdfminer headline blocks 0.747 -> 0.749
    on the development pages, 0.748 -> 0.752 on pages whose headlines name their articles, 4
    more right on fresh pages (8 more right and 1 fewer over all of them, held-out unchanged:
    the one, a subhead over the first line of its text, set tight and not justified).
    pdftotext keeps no runs of spaces (unchanged). English pdfminer pages leave fewer blank
    lines than Chinese ones (0.156 of their lines on the median page, 0.125 at the 5th
    percentile), so a page that leaves some (``FEW_BLANK_LINES``) qualifies."""
    latin = _latin_page_lines(lines)
    justified = sum(line.stretched for line in latin) >= JUSTIFIED * len(latin)
    if not latin or _blank_share(lines) < FEW_BLANK_LINES or not justified:
        return
    for i in range(1, len(lines)):
        above, line = lines[i - 1], lines[i]
        closes = i + 1 == len(lines) or lines[i + 1].blank_before
        if (
            closes and above.heading and not line.heading and not line.blank_before and not line.stretched
            and not has_cjk(line.text) and not sentence_end.search(line.text)
        ):
            line.heading = True


#: Share of a page's lines with a blank line above them, at most, on a page whose extractor
#: leaves blank lines only between text blocks (pdftotext 0.04-0.13 on generated pages,
#: pdfminer 0.10-0.20).
FEW_BLANK_LINES = 0.09


def _mark_other_flows(lines: list[Line]) -> None:
    """Mark the Latin lines where the extractor went over to another article's text, on a page
    whose extractor leaves blank lines only between text blocks (pdftotext puts out the rest of
    an article's column after another article's column):

    - a line that goes on another article's sentence: in lower case after a blank line, below
      a line that no sentence goes on from (one that ended its sentence, a running head, a
      line that closes an article, ``Continued on Page A5``, a headline line), or below one
      that stops in mid-sentence where the two text blocks are set to other lengths
      (``RUN_ON_MEASURE``: the rest of one article's column put out after another's unfinished
      column). The running heads, closing lines and headline lines took English pdftotext
      headline blocks 511 -> 516 of 962 and bylines 725 -> 741 on the development sets and
      ``english-fresh``, 128 -> 136 and 198 -> 201 of 268 on the held-out and cohesive-heads
      held-out pages. ``reflow`` joins a lower-case line to the line before it always
      (cleaning clean text must not change it); the splitter cuts the unit there, and
      :func:`cleanpress.segment.bodies.cut` takes it to the article whose sentence it goes on
      (in ``reflow`` itself, on generated pages: 125 of 133 such lines were another article's);
    - a line that opens another text block: after a blank line, below a word broken at the line
      end (``a complete net-``), with no rest of that word (a capital, a digit, a quote), below
      a running head or a line that closes an article (its article's next column, or another
      article's text: English pdftotext headline blocks 516 -> 522 of 962, bylines 741 -> 749;
      held-out 136 -> 140 of 268, 201 -> 204), or opening a block set to another measure than
      the one above (:func:`_another_measure`).
      The splitter starts a new body there; the rest of a broken word (``work), in which…``),
      a line of the first kind, goes back to the body it left, and a block in the measure of
      an earlier article to that article (:func:`cleanpress.segment.bodies.cut`).
    """
    latin = _latin_page_lines(lines)
    if not latin or _blank_share(latin) > FEW_BLANK_LINES:
        return
    starts = [i for i, line in enumerate(lines) if i == 0 or line.blank_before]
    blocks = [lines[a:b] for a, b in zip(starts, starts[1:] + [len(lines)])]
    for above, below in zip(blocks, blocks[1:]):
        previous, line = above[-1], below[0]
        if has_cjk(line.text):
            continue
        finished = bool(sentence_end.search(previous.text))
        closed = classify(previous.text).kind in _NOTHING_GOES_ON
        if line.text[:1].islower():
            line.other_flow = finished or closed or previous.heading or _another_measure(above, below, RUN_ON_MEASURE)
        else:
            line.new_flow = (
                bool(broken_word.search(previous.text)) or closed or (finished and _another_measure(above, below))
            )


#: Text blocks of at least this many lines are measured for :func:`_another_measure`.
MEASURED_LINES = 6
#: Two Latin columns whose median line lengths differ by this share are two articles' (on
#: generated pdftotext pages, at a blank line between a sentence end and a capital: 71 of 83
#: such places were; below it, 123 of 142 were one article's).
OTHER_MEASURE = 0.15
#: ... and a block in lower case below one that stops in mid-sentence goes on another article's
#: sentence when their lines differ by this share: the rest of one article's column, put out
#: after another's unfinished column. On fresh English pdftotext pages (reportlab seeds
#: 5001-5012, WeasyPrint 5051-5056, six pages each) headline blocks 227 -> 233 of 491, bylines
#: 351 -> 357, datelines 0.780 -> 0.798, article text left in two items or more 130 -> 120; on
#: the development and cohesive-heads development pages 270 -> 278 of 471 and 358 -> 368; on
#: the held-out pages 61 -> 56 of 134 and 94 -> 95. Anywhere from 0.06 to 0.3 gains about as
#: much (ragged lines of a few short blocks measure 10% apart in one column, ``Choosing "the
#: best" graphical`` / ``desktop is a sensitive topic``: 0.2 leaves them).
RUN_ON_MEASURE = 0.2


def _another_measure(above: list[Line], below: list[Line], share: float = OTHER_MEASURE) -> bool:
    """Whether the text block ``below`` is another article's column than ``above``: their lines
    are set to lengths ``share`` apart or more (the articles of a page differ in column width).
    The lines measured leave out ``above``'s last and ``below``'s first and last (a paragraph's
    ends are short)."""
    above, below = above[-10:], below[:10]
    if len(above) < MEASURED_LINES or len(below) < MEASURED_LINES:
        return False
    a = statistics.median(len(line.text) for line in above[:-1])
    b = statistics.median(len(line.text) for line in below[1:-1])
    return abs(a - b) >= share * max(a, b)


def _line_stands_alone(line: str) -> bool:
    unit = classify(line)
    if unit.kind in _STANDALONE_KINDS or unit.kind is Kind.CAPTION and not line[:1].islower():
        return True  # (a photo's credit line, ``Photos by Jane Doe``, opens with a capital or bracket)
    return bool(in_capitals.match(line)) and len(_not_letter.sub("", line)) >= 6


def build_units(lines_text: str, units_text: str) -> list[Unit]:
    """The units of ``units_text`` (one per line), each with the lines of ``lines_text`` it
    covers, cut again where a line that stands alone was joined into a paragraph."""
    lines: list[Line] = []
    blank = False
    for raw in lines_text.split("\n"):
        if raw.strip():  # with one space between words, as reflow reads them (despace may leave runs)
            lines.append(Line(" ".join(raw.split()), blank, stretched="  " in raw.strip()))
        blank = not raw.strip()
    _mark_heading_boxes(lines)
    _mark_latin_headings(lines)
    _mark_closing_wraps(lines)
    _mark_other_flows(lines)
    texts = [line.strip() for line in units_text.split("\n") if line.strip()]
    units: list[Unit] = []
    position = 0
    for text in texts:
        need, taken = len(_visible(text)), []
        while need > 0 and position < len(lines):
            taken.append(lines[position])
            need -= len(_visible(lines[position].text))
            position += 1
        if need != 0:  # the two readings disagree: trust the units alone
            return _join_wraps([classify(t) for t in texts])
        byline = units[-1].text if units and units[-1].kind is Kind.BYLINE and not has_cjk(units[-1].text) else None
        units.extend(_cut_unit(text, taken, byline))
    return _join_wraps(units)


def _cut_unit(text: str, lines: list[Line], byline: str | None = None) -> list[Unit]:
    """``text`` (joined from ``lines``) as one unit, or cut around the lines that stand alone.
    ``byline``: the English byline the unit follows, whose wrap (``Correspondent``, in a box
    of its own: a blank line after it) may open it when ``reflow`` joined the wrap to the text
    after it."""
    alone = [line.heading or _line_stands_alone(line.text) for line in lines] if len(lines) > 1 else [False]
    if byline is not None and len(lines) > 1 and lines[1].blank_before and is_byline_wrap(byline, lines[0].text):
        alone[0] = True
    # A byline or a credit that wrapped (``By Mary Jones, Technology`` / ``Correspondent``,
    # ``Additional reporting by`` / ``Linda Walker.``): its lines stand alone too, and
    # :func:`_join_wraps` joins them again.
    for i in range(len(lines) - 1):
        if alone[i] and is_byline_wrap(lines[i].text, lines[i + 1].text):
            alone[i + 1] = True
        if size := _credit_wrap([line.text for line in lines[i : i + _LONGEST_CREDIT]]):
            alone[i : i + size] = [True] * size
    if not any(alone) and not any(line.other_flow or line.new_flow for line in lines[1:]):
        unit = classify(text)
        unit.lines = [line.text for line in lines] or [text]
        unit.blank_before = bool(lines) and lines[0].blank_before
        unit.blanks_inside = sum(line.blank_before for line in lines[1:])
        unit.other_flow = bool(lines) and lines[0].other_flow
        unit.new_flow = bool(lines) and lines[0].new_flow
        unit.boxed = bool(lines) and all(line.heading for line in lines)
        return [_settled(unit, lines)]
    groups: list[list[int]] = []
    for i, stands in enumerate(alone):
        if stands or not groups or alone[groups[-1][-1]] or lines[i].other_flow or lines[i].new_flow:
            groups.append([i])
        else:
            groups[-1].append(i)
    units: list[Unit] = []
    offset = 0
    for group in groups:
        need = sum(len(_visible(lines[i].text)) for i in group)
        start = offset
        while need > 0:
            if not text[offset].isspace():
                need -= 1
            offset += 1
        unit = classify(text[start:offset].strip())
        unit.lines = [lines[i].text for i in group]
        unit.blank_before = lines[group[0]].blank_before
        unit.blanks_inside = sum(lines[i].blank_before for i in group[1:])
        unit.other_flow = lines[group[0]].other_flow
        unit.new_flow = lines[group[0]].new_flow
        unit.boxed = all(lines[i].heading for i in group)
        units.append(_settled(unit, [lines[i] for i in group]))
    return units


def _settled(unit: Unit, lines: list[Line]) -> Unit:
    """A unit whose kind its lines' evidence may change: the box it stands in
    (:func:`_boxed_title`), the line model of Latin pages (:func:`_weigh`)."""
    return _weigh(_boxed_title(unit, lines), lines)


def _boxed_title(unit: Unit, lines: list[Line]) -> Unit:
    """A Chinese unit whose lines stand in a box of heading lines (see
    :func:`_mark_heading_boxes`) is a heading though it holds a clause mark: a title may
    (``坚持稳中求进，推动高质量发展``), and the box shows it is no piece of a paragraph. When
    the box holds that line alone, the mark must part it in the middle, four characters on
    either side at least: a paragraph's first line set in a box of its own (pdfminer, on
    WeasyPrint pages) opens with a word and a comma (``最后，感谢我的妻子``) or runs on into
    the next line (``…的第四阶段，由``)."""
    if (
        unit.kind is Kind.PARAGRAPH and all(line.heading for line in lines) and has_cjk(unit.text)
        and not sentence_end.search(unit.text) and not unclosed.search(unit.text) and not dateline_lead(unit.text)
        and (lines[0].heading_lines >= 2 or all(len(part) >= 4 for part in clause_mark.split(unit.text)))
    ):
        unit.kind = Kind.HEADING
    return unit


#: The most lines a closing credit is set in (one word a line, when a justified line is read
#: word by word: ``Daniel`` / ``Collins`` / ``contributed`` / ``reporting.``).
_LONGEST_CREDIT = 4


def _credit_wrap(lines: list[str]) -> int:
    """How many of ``lines`` (two or more) make one closing credit that wrapped: the credit
    ends with a full stop on the last of them and not before (``Additional reporting by
    Anna`` / ``Thompson.``, ``Sarah Garcia contributed`` / ``reporting.``); 0 for none."""
    for size in range(2, len(lines) + 1):
        if lines[size - 2].endswith("."):
            return 0
        if lines[size - 1].endswith(".") and english_credit.match(" ".join(lines[:size])):
            return size
    return 0


def _weigh(unit: Unit, lines: list[Line]) -> Unit:
    """On a Latin page, the line model overrules the form of a unit: a short unpunctuated
    piece of body text is no heading (unless the rules that mark a title's deck and wraps
    marked its line: ``more reference files``, the lower-case end of a deck, is unlikely by the
    model alone), and nor is a justified line (printed with runs of spaces: ``APT  usually
    ensures  a  clean``, a column line cut off by a block set into the column); a headline
    ending in a question mark is no paragraph (but a line that leaves a bracket open is). The
    unit keeps its lines' least chance (``headline``) for the repairs that follow."""
    chances = [line.headline for line in lines if line.headline is not None]
    if not chances or len(chances) != len(lines):
        return unit
    unit.headline = min(chances)
    if unit.kind is Kind.HEADING and (
        any(line.stretched for line in lines) or max(chances) < 0.3 and not any(line.heading for line in lines)
    ):
        unit.kind = Kind.PARAGRAPH
    elif (
        unit.kind is Kind.PARAGRAPH and min(chances) >= LIKELY and len(lines) <= 3 and not dateline_lead(unit.text)
        and not _ends_like_text.search(unit.text) and not unclosed.search(unit.text)
    ):
        unit.kind = Kind.HEADING  # a headline that asks a question
    return unit


def is_byline_wrap(byline: str, line: str) -> bool:
    """Whether ``line`` continues the byline line before it (a title or names that wrapped:
    ``By Charles Evans, Special to`` / ``The Times``, ``□湖北日报记者 曾建 廖颖`` / ``秀``)."""
    match = byline_line.match(byline)
    if not match or sentence_end.search(line):
        return False
    if match["english"]:
        if _contact.match(line):
            return True  # how to reach the writer (``By Ana Ruiz`` / ``aruiz@courier.com``)
        words = line.split()
        last = words[-1].strip(",.") if words else ""
        affiliation = last in _AFFILIATIONS or last.capitalize() in _AFFILIATIONS
        if (line.isupper() and not (affiliation and len(words) <= 4)) or en_lead.match(line):
            return False  # a city in capitals is a dateline (``SAN`` / ``FRANCISCO``: pieces of one),
            # a staff title in capitals no (``BY JOHN SMITH`` / ``STAFF WRITER``)
        if match["english"].isupper() and not affiliation:
            return False  # a name in capitals wraps only onto its agency (``By JAMES CHEN`` / ``Associated Press``)
        # A byline wraps onto its agency or title, after a word that needs another (``Special
        # to`` / ``The Times``), or inside the last of two names (``and Claire`` / ``Stewart``);
        # not onto the first words of the text (``By Samuel Taylor`` / ``Various CD-ROM``).
        if not (affiliation or ends_open(byline) or (_second_name_open(byline) and len(words) <= 2 and line[-1:].isalpha())):
            return False
        if not words or words[0] in _SENTENCE_OPENERS and not (ends_open(byline) or affiliation):
            return False  # the body's first words, cut off its line by the extractor (not an
            # agency after a word that needs one, ``Special to`` / ``The Times``, or alone,
            # ``By Jane Doe`` / ``The Associated Press``)
        # (a name or a title word at least: ``the`` alone is a stray word of the text)
        capitalised = [w for w in words if w[0].isupper()]
        return len(words) <= 4 and bool(capitalised) and all(w[0].isupper() or w in _BYLINE_LINKS for w in words)
    return bool(zh_names.match(line) or (len(line) == 1 and has_cjk(line))) and display_width(line) <= 12


def _second_name_open(byline: str) -> bool:
    """Whether a byline of two names stops inside the second, after its first word (``By Ana
    Ruiz and Claire`` / ``Stewart``); ``… and Claire Davis`` is whole (``Unlike``, under it, is
    the text's first word, that the extractor cut off its line)."""
    return " and " in byline and len(byline.rsplit(" and ", 1)[1].split()) == 1


#: A writer's contact line under a byline: e-mail addresses, handles and phone numbers, alone or
#: several (``aruiz@courier.com | @anaruiz``, ``555-123-4567``).
_CONTACT = r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,30}|(?:\(\d{3}\)\s*|\d{3}[-.\s])\d{3}[-.\s]\d{4})"
_contact = regex.compile(rf"^{_CONTACT}(?:\s*[|·,;/]?\s*{_CONTACT})*$")
#: Words that open an English sentence but never a name or a title.
_SENTENCE_OPENERS = frozenset("The A An In On At It Its This That These Those But And Or For As If When With".split())
#: Last words of a paper's name (``The Daily Courier``, ``Chicago Tribune``).
PAPERS = frozenset(
    "Times Post Journal Herald Tribune Gazette Chronicle Globe Courier Register Inquirer Enquirer Observer "
    "Guardian Independent Telegraph Examiner Dispatch Sentinel Bulletin Star Sun Newspapers Magazine".split()
)
#: Last words of a news agency's or a paper's name: under a finished byline (AP style, ``By JAMES
#: CHEN`` / ``Associated Press``; ``By Ana Ruiz`` / ``The Daily Courier``) it names the source the
#: article came from, not the writer.
_AGENCIES = PAPERS | frozenset("Press Reuters AFP Bloomberg News Service Agency Wire".split())
#: Last words of the agency or staff title a byline wraps onto (``By JAMES CHEN`` / ``Associated
#: Press``; ``By Grace Wright, Technology`` / ``Correspondent``).
_AFFILIATIONS = _AGENCIES | frozenset(
    "Bureau Desk Staff Writer Reporter Correspondent Editor Columnist Critic Contributor".split()
)
#: Small words inside a byline's names and titles (``Lisa Brown and Andrew Garcia``, ``Special to The Times``).
_BYLINE_LINKS = ("and", "of", "to", "the")


def agency_line(byline: str, line: str) -> bool:
    """Whether ``line``, which wraps the byline line ``byline`` (see :func:`is_byline_wrap`),
    names the agency under a finished byline: the article's source, a credit of its own."""
    words = line.split()
    return bool(words) and words[-1].strip(",.") in _AGENCIES and not _byline_unfinished(byline)


def continue_byline(byline: str, line: str) -> str:
    """A byline and the line it wrapped onto, as one: a space between them, but nothing where
    the break cut a Chinese name (``廖颖`` / ``秀``, ``马`` / ``海轩``)."""
    cut_name = has_cjk(line) and (len(line) == 1 or len(byline.rsplit(None, 1)[-1]) == 1)
    return byline + ("" if cut_name else " ") + line


def _byline_unfinished(byline: str) -> bool:
    """Whether an English byline line stops before its end: on a word that needs another
    (``Special to The``), inside the second of two names (``and Michael``), or on a title
    that names no desk yet (``, Technology``: a staff title ends on one, ``Correspondent``)."""
    match = byline_line.match(byline)
    if not match or not match["english"]:
        return False
    words = byline.split()
    if ends_open(byline) or (len(words) >= 2 and words[-2] == "and"):
        return True
    return "," in byline and words[-1].strip(",.") not in _AFFILIATIONS


#: How many heading lines pdftotext may put out between a byline and the rest of it.
_WRAP_REACH = 3
#: How many units of any kind may stand between a byline and the rest of it in a box of its own.
_BOX_REACH = 16


def _wrap_past_headings(units: list[Unit], i: int) -> int | None:
    """Where the rest of the unfinished byline just before unit ``i`` lies, when not at ``i``:
    past a few heading lines that pdftotext, reading a row line by line, put out between its
    two lines (``By Karen Turner, Technology`` / ``PACKAGE ACTIVITY LOGS`` / ``Correspondent``),
    or further on in a box of its own, a line set apart, before the next byline (the extractor
    put the wrap's box out after others: ``By Robert Collins and Daniel`` ... ``Wright``;
    bylines up on seven of sixteen generated English sets, down on none); None if not
    there."""
    byline = units[i - 1].text
    if is_byline_wrap(byline, units[i].text):
        return None
    for k in range(i + 1, min(len(units), i + _WRAP_REACH + 1)):
        if units[k - 1].kind is not Kind.HEADING:
            break
        if is_byline_wrap(byline, units[k].text):
            return k
    for k in range(i + 1, min(len(units), i + _BOX_REACH + 1)):
        if units[k].kind is Kind.BYLINE:
            break
        if len(units[k].lines) == 1 and units[k].blank_before and is_byline_wrap(byline, units[k].text):
            return k
    return None


def _join_wraps(units: list[Unit]) -> list[Unit]:
    """A byline or a closing credit that wrapped onto further lines is one unit (a byline
    also across the heading lines put out between its lines, see :func:`_wrap_past_headings`)."""
    units = list(units)
    out: list[Unit] = []
    i = 0
    while i < len(units):
        unit = units[i]
        previous = out[-1] if out else None
        if previous is not None and previous.kind is Kind.BYLINE and _byline_unfinished(previous.text):
            if (rest := _wrap_past_headings(units, i)) is not None:
                units.insert(i, units.pop(rest))
                unit = units[i]
        if (
            previous is not None and previous.kind is Kind.BYLINE and unit.kind in (Kind.HEADING, Kind.PARAGRAPH)
            and is_byline_wrap(previous.text, unit.text)
        ):
            previous.text = continue_byline(previous.text, unit.text)
            previous.value = continue_byline(previous.value or "", unit.text)
            previous.lines += unit.lines
            i += 1
            continue
        pieces = units[i : i + (_credit_wrap([u.text for u in units[i : i + _LONGEST_CREDIT]]) or 1)]
        if len(pieces) > 1:
            unit = classify(" ".join(piece.text for piece in pieces))
            unit.lines = [line for piece in pieces for line in piece.lines]
            unit.blank_before = pieces[0].blank_before
            unit.blanks_inside = sum(piece.blank_before for piece in pieces[1:])
        out.append(unit)
        i += len(pieces)
    return out
