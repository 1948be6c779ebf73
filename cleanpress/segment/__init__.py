"""split: turn a page into its items (articles with headline block, bylines, dateline, credits,
continuation markers and body; banners; fragments).

The splitter reads the page twice: as the cleaning pipeline's *units* (one paragraph, or one
line that stands alone, per line) and as the physical *lines* the units were joined from (the
pipeline's text just before ``reflow``). Every unit knows its lines. It works in five steps:

1. **units**: a unit that ``reflow`` joined across a line that can only stand alone (a running
   head ``第8版``, a byline, a continuation marker, a closing credit, an English kicker in
   capitals, a short box of Chinese heading lines, an English headline line that
   :mod:`cleanpress.headlines` recognises) is cut there again; furniture that wrapped is one
   unit again (a byline or a closing credit over two lines or more); pieces of paragraphs that
   only look like headings (a line of Latin words in a Chinese column, a first line, a dateline
   lead wrapped before its bracket or dash) go back to the text, and on Latin pages so do stray
   words of a justified line that pdfminer put out in boxes of their own (``to`` after a
   headline block, a piece between a byline and its dateline lead) and the loose first lines
   of a paragraph, while the deck set in one box with its English title is marked with it;
2. **classify** each unit: running head (folio), byline line, continuation marker, closing
   credit, names or dateline, heading (short, no sentence end), or paragraph. Folio units
   become ``banner`` items: they belong to no story, and the extractor scatters them anywhere;
3. **cut** the rest into bodies and heading runs: a body starts at a byline line, a dateline
   lead (``本报讯（记者 秦颖）``, ``LONDON —``) or a "continued from" marker, ends at a credit,
   a closing dateline or a "continued on" marker, and changes where the column width changes
   (the articles of a page are set in different widths; a Chinese column is as wide as its
   justified lines, a whole number of em); a later column that the extractor
   read after another article goes back to its own (same Chinese column width, no opening);
   a photo caption goes with the article whose opening lines follow it;
4. **pair** heading runs with bodies, by least cost over the whole page: a block may head the
   body after it (a block across the top), the body before it (a block beside the body, on the
   right; on pages like the seed, every block), or be inset between an article's first column
   and the rest (the body continues across it, in the same column width), or be put out
   between two columns of one article and head the body after them (a Chinese side block);
   several blocks of a run may head the bodies that follow (the articles of one row), passing over the section
   subheads inside them, and their lines may come interleaved (kickers, then titles, then
   subtitles of the row); the first block of a run may also go back to the last earlier
   article that has none (a block beside a long article, put out after the articles between); a lone short heading
   between two paragraphs is a section subhead (and so are a few short lines set apart, the
   subheads of two columns put out together); a block nobody takes is a banner. Where a run
   is cut into blocks is weighed by a learned model of block boundaries (blank lines against
   the page's habit, subtitles ``——访…``, kickers, capitals, widths), with weights of its own
   for runs of Latin script (learned from English pages);
5. **read** each article: the headline block into kicker/headline/subheadline, bylines and
   datelines out of the first and last paragraphs, wrappers (brackets, ``□``, ``By``) removed.

Nothing is dropped: every character of the input is in some field (less wrappers), and text
that fits no structure becomes a ``fragment``.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING

import regex

from ..document import Article, Block
from ..headlines import ends_open
from ..text import CJK, display_width

if TYPE_CHECKING:
    from ..pipeline import Pipeline

# --- what a unit is -----------------------------------------------------------------------------


class Kind(enum.Enum):
    FOLIO = "folio"  # running head: date, weekday, section, page number
    BYLINE = "byline"  # a byline on a line of its own
    CONTINUED_FROM = "continued_from"
    CONTINUED_TO = "continued_to"
    CREDIT = "credit"  # closing source credit on its own line: （据《河南日报》）, Additional reporting by
    NAMES = "names"  # （桑萍 王志彬） on its own line: closing author names
    CLOSING_DATELINE = "closing_dateline"  # （新华社北京4月29日电）
    CAPTION = "caption"  # a photo caption between a headline block and its article's opening lines
    HEADING = "heading"  # short, no sentence end: headline, kicker, subtitle, subhead, banner
    PARAGRAPH = "paragraph"


_NUM = r"[0-9一二三四五六七八九十百零〇两]+"
_MARKER = "□■◎●◆▲★"
_WEEKDAY = "星期[一二三四五六日天]"
_EN_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_EN_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_folio_date = regex.compile(
    rf"^(?:\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日(?:\s*{_WEEKDAY})?|{_WEEKDAY}|农历\S{{2,12}}"
    rf"|(?:{_EN_WEEKDAY},?\s+)?{_EN_MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}|{_EN_WEEKDAY})$"
)
_folio_page = regex.compile(rf"^(?:第\s*{_NUM}\s*版|(?:Page\s+)?[A-H]\s?\d{{1,2}}|Page\s+\d{{1,3}})$")
#: Section names of Chinese dailies' running heads, and of English papers' (in capitals).
_ZH_SECTIONS = frozenset(
    "要闻 综合 经济 社会 文化 科技 城事 民生 视点 专版 国际 国内 体育 评论 副刊 时事 地方 财经 教育 健康 "
    "法治 三农 旅游 理论 观点 新闻 本地 区县 城市 都市 生活 娱乐 文体 专题 广告 天下 环球 军事 读书".split()
)
_EN_SECTIONS = frozenset(
    "NEWS WORLD NATIONAL NATION LOCAL METRO BUSINESS MONEY ECONOMY MARKETS TECHNOLOGY TECH SCIENCE "
    "HEALTH SPORTS SPORT OPINION EDITORIAL ARTS CULTURE LIFE LIFESTYLE TRAVEL EDUCATION INNOVATION "
    "POLITICS ENVIRONMENT CLIMATE REGION FRONT ENTERTAINMENT WEATHER OBITUARIES".split()
)

_ROLE = r"(?:本报|新华社|\S{2,6}日报|\S{2,6}晚报)?(?:首席|特约|见习|驻\S{1,4})?(?:记者|通讯员|实习生|摄影)"
_byline_line = regex.compile(
    rf"^(?:[{_MARKER}]\s*(?P<marked>\S.{{1,40}})"
    rf"|(?P<role>{_ROLE}\s*[{CJK}]{{2,4}}(?:\s+(?:{_ROLE}\s*)?[{CJK}]{{2,4}})*)"
    r"|(?:By|BY)\s+(?P<english>[\p{Lu}].{1,80}))$"
)
_continued_from = regex.compile(
    rf"^[（(]?\s*(?P<m>(?:上接|接)\s*第\s*{_NUM}\s*版|Continued\s+from\s+(?:Page|P\.?)\s*\w+)\s*[）)]?\.?$", regex.I
)
_continued_to = regex.compile(
    rf"^[（(]?\s*(?P<m>(?:下转|转)\s*第\s*{_NUM}\s*版|Continued\s+on\s+(?:Page|P\.?)\s*\w+)\s*[）)]?\.?$", regex.I
)
_closing_dateline = regex.compile(r"^（(?P<m>[^（）]{2,24}电)）$")
_bracketed_line = regex.compile(r"^（(?P<m>[^（）]{1,60})）$")
_english_credit = regex.compile(
    r"^(?:Additional reporting by [^.]{3,80}\.?|(?:[\p{Lu}][\p{L}.'-]*\s+){1,4}(?:and\s+(?:[\p{Lu}][\p{L}.'-]*\s+){1,4})?"
    r"contributed (?:reporting|to this report)\.?)$"
)
_names = regex.compile(rf"^[{CJK}]{{2,4}}(?: [{CJK}]{{2,4}})*$")
_sentence_end = regex.compile(r"[。！？!?.…：:；;][”’」』）)\"']*(?:\s*（[^（）]{1,40}）)?$")
_heading_width = {"cjk": 40.0, "latin": 70.0}
#: A Latin line in capitals (an English kicker, banner or section name): two words, or one long.
_capitals = regex.compile(r"^(?=.*\p{Lu}{2})[\p{Lu}\d][\p{Lu}\d &'’/:,.-]*$")


@dataclass
class Unit:
    """One unit of the page and the physical lines it was joined from."""

    text: str
    kind: Kind
    value: str | None = None  # for markers, credits, bylines: the text without wrappers
    lines: list[str] = field(default_factory=list)
    blank_before: bool = False  # a blank line came before its first line
    blanks_inside: int = 0  # lines after its first that followed a blank line


def classify(text: str) -> Unit:
    """What one unit of a cleaned page is (a folio here is a date or a page number only: a
    section name is a folio only beside the others, see :func:`_find_folio`)."""
    if match := _byline_line.match(text):
        if not _sentence_end.search(text) or match["english"] and len(text) < 60 and text.endswith("."):
            value = match["marked"] or match["role"] or match["english"]
            return Unit(text, Kind.BYLINE, value.strip(), [text])
    for pattern, kind in ((_continued_from, Kind.CONTINUED_FROM), (_continued_to, Kind.CONTINUED_TO)):
        if match := pattern.match(text):
            return Unit(text, kind, match["m"], [text])
    if match := _closing_dateline.match(text):
        return Unit(text, Kind.CLOSING_DATELINE, match["m"], [text])
    if match := _bracketed_line.match(text):
        inner = match["m"]
        if _names.match(inner):
            return Unit(text, Kind.NAMES, inner, [text])
        if inner.startswith("据"):
            return Unit(text, Kind.CREDIT, inner, [text])
    if _english_credit.match(text):
        return Unit(text, Kind.CREDIT, text, [text])
    if _folio_date.match(text) or _folio_page.match(text):
        return Unit(text, Kind.FOLIO, text, [text])
    cjk = _cjk(text)
    if (
        not _sentence_end.search(text)
        and display_width(text) <= _heading_width["cjk" if cjk else "latin"]
        and not _reads_as_running_text(text)
    ):
        return Unit(text, Kind.HEADING, text, [text])
    return Unit(text, Kind.PARAGRAPH, text, [text])


_mid_sentence_end = regex.compile(r"[。！？][^”’」』）)\s]|\p{Ll}{2}[.!?]\s+\p{Lu}")
_clause_mark = regex.compile(r"[，；：]")
_unclosed = regex.compile(r"[（(“‘《「『][^）)”’》」』]*$|^[^（(“‘《「『]*[）)”’》」』]")


def _reads_as_running_text(text: str) -> bool:
    """Whether a short unpunctuated unit is a piece of a paragraph rather than a heading: it
    opens with a dateline lead, holds a sentence end or a clause mark (headlines use neither,
    only the pause mark 、), or leaves a bracket or quote open (or closes one it never opened).
    Extractors cut such pieces off when a column breaks or a line is set unusually."""
    if text.startswith("——") or text.endswith("——"):
        return False
    if _zh_lead.match(text) and (text.startswith("本报讯") or "（" in text[:30]):
        return True
    if _en_lead.match(text) and not _en_lead.fullmatch(text):
        return True
    return bool(_mid_sentence_end.search(text) or (_cjk(text) and _clause_mark.search(text)) or _unclosed.search(text))


def _cjk(text: str) -> bool:
    return bool(regex.search(f"[{CJK}]", text))


def _visible(text: str) -> str:
    return regex.sub(r"\s+", "", text)


# --- step 1: units, and the lines they were joined from ----------------------------------------

#: Line kinds that never belong inside a paragraph: a unit joined across one is cut there.
_STANDALONE_KINDS = frozenset(
    {Kind.FOLIO, Kind.BYLINE, Kind.CONTINUED_FROM, Kind.CONTINUED_TO, Kind.CREDIT, Kind.NAMES, Kind.CLOSING_DATELINE}
)


@dataclass
class _Line:
    text: str
    blank_before: bool
    heading: bool = False  # in a short box of heading lines (see _mark_heading_boxes)
    headline: float | None = None  # Latin pages: how likely a headline line (cleanpress.headlines)


_body_punct = regex.compile(r"[。；：！？,.;:!?]")  # marks of running text, not of headlines (they may hold ，、)


def _mark_heading_boxes(lines: list[_Line]) -> None:
    """Mark the lines of CJK *heading boxes*: up to four lines that blank lines set apart, all
    well short of the column beside them (but a subtitle opened by ``——``) and none with the
    punctuation of running text; or such lines opening a box, above a byline or the column
    lines of the same box (pdftotext sets a block, its byline and its column in one box; the
    block ends where lines as wide as that column begin). Extractors set headline
    blocks apart this way; ``reflow`` may still join them to a paragraph they interrupt (an
    inset block between the first column and the rest)."""
    boxes: list[list[int]] = []
    for i, line in enumerate(lines):
        if line.blank_before or not boxes:
            boxes.append([])
        boxes[-1].append(i)
    for n, box in enumerate(boxes):
        prefix = _heading_prefix([lines[i].text for i in box])
        # The column's first lines may pass for heading lines too (a line with a comma only):
        # the block is the longest prefix whose lines are all short against the rest, and
        # two lines at least if the rest opens with such lines (one short line alone may be a
        # paragraph's indented first line).
        for size in range(min(len(prefix), 4), 0 if len(prefix) == 1 else 1, -1):
            heads, rest = prefix[:size], box[size:]
            if 0 < len(rest) < 3:
                continue  # (a rest of one or two lines is too short to measure the column by)
            if rest:  # a block in one box with the column under it: that column is the measure
                column = _box_column(lines, rest[1:])
            else:
                column = max(_box_column(lines, _nearest_column_box(boxes, n, step)) for step in (-1, 1))
            if column and all(display_width(t) <= column - 3 or t.startswith("——") for t in heads):
                for i in box[:size]:
                    lines[i].heading = True
                break


def _heading_prefix(texts: list[str]) -> list[str]:
    """The lines a box opens with that could be heading lines: CJK, none with the punctuation
    of running text or an open bracket, up to a byline or a dateline lead (an extractor may
    put a block, its byline and its column in one box)."""
    out: list[str] = []
    for text in texts:
        if (
            not _cjk(text) or _body_punct.search(text) or _unclosed.search(text) or _byline_line.match(text)
            or _zh_lead.match(text)
        ):
            break
        out.append(text)
    return out


def _nearest_column_box(boxes: list[list[int]], n: int, step: int) -> list[int]:
    """The nearest box of column lines (three or more) before (``step`` -1) or after box ``n``,
    over at most one short box (another heading, a byline) in between."""
    for m in (n + step, n + 2 * step):
        if 0 <= m < len(boxes) and len(boxes[m]) >= 3:
            return boxes[m]
    return []


def _box_column(lines: list[_Line], box: list[int]) -> float:
    """The median width of a box's lines (0 for none)."""
    widths = sorted(display_width(lines[i].text) for i in box)
    return widths[len(widths) // 2] if widths else 0.0


def _mark_latin_headings(lines: list[_Line]) -> None:
    """On a page of Latin script, mark the lines that :mod:`cleanpress.headlines` finds to be
    headline lines (those a unit of their own would read as headings), and remember every
    line's probability."""
    if not lines or sum(_cjk(line.text) for line in lines) * 2 > len(lines):
        return
    from ..headlines import mark_headline_lines

    mark_headline_lines(lines, lambda text: classify(text).kind is Kind.HEADING)


def _line_stands_alone(line: str) -> bool:
    unit = classify(line)
    if unit.kind in _STANDALONE_KINDS:
        return True
    return bool(_capitals.match(line)) and len(regex.sub(r"[^\p{L}]", "", line)) >= 6


def build_units(lines_text: str, units_text: str) -> list[Unit]:
    """The units of ``units_text`` (one per line), each with the lines of ``lines_text`` it
    covers, cut again where a line that stands alone was joined into a paragraph."""
    lines: list[_Line] = []
    blank = False
    for raw in lines_text.split("\n"):
        if raw.strip():  # with one space between words, as reflow reads them (despace may leave runs)
            lines.append(_Line(" ".join(raw.split()), blank))
        blank = not raw.strip()
    _mark_heading_boxes(lines)
    _mark_latin_headings(lines)
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
        byline = units[-1].text if units and units[-1].kind is Kind.BYLINE and not _cjk(units[-1].text) else None
        units.extend(_cut_unit(text, taken, byline))
    return _join_wraps(units)


def _cut_unit(text: str, lines: list[_Line], byline: str | None = None) -> list[Unit]:
    """``text`` (joined from ``lines``) as one unit, or cut around the lines that stand alone.
    ``byline``: the English byline the unit follows, whose wrap (``Correspondent``, in a box
    of its own: a blank line after it) may open it when ``reflow`` joined the wrap to the text
    after it."""
    alone = [line.heading or _line_stands_alone(line.text) for line in lines] if len(lines) > 1 else [False]
    if byline is not None and len(lines) > 1 and lines[1].blank_before and _is_byline_wrap(byline, lines[0].text):
        alone[0] = True
    # A byline or a credit that wrapped (``By Mary Jones, Technology`` / ``Correspondent``,
    # ``Additional reporting by`` / ``Linda Walker.``): its lines stand alone too, and
    # :func:`_join_wraps` joins them again.
    for i in range(len(lines) - 1):
        if alone[i] and _is_byline_wrap(lines[i].text, lines[i + 1].text):
            alone[i + 1] = True
        if size := _credit_wrap([line.text for line in lines[i : i + _LONGEST_CREDIT]]):
            alone[i : i + size] = [True] * size
    if not any(alone):
        unit = classify(text)
        unit.lines = [line.text for line in lines] or [text]
        unit.blank_before = bool(lines) and lines[0].blank_before
        unit.blanks_inside = sum(line.blank_before for line in lines[1:])
        return [_weigh(unit, lines)]
    groups: list[list[int]] = []
    for i, stands in enumerate(alone):
        if stands or not groups or alone[groups[-1][-1]]:
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
        units.append(_weigh(unit, [lines[i] for i in group]))
    return units


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
        if lines[size - 1].endswith(".") and _english_credit.match(" ".join(lines[:size])):
            return size
    return 0


def _weigh(unit: Unit, lines: list[_Line]) -> Unit:
    """On a Latin page, the line model overrules the form of a unit: a short unpunctuated
    piece of body text is no heading, a headline ending in a question mark is no paragraph."""
    chances = [line.headline for line in lines if line.headline is not None]
    if not chances or len(chances) != len(lines):
        return unit
    if unit.kind is Kind.HEADING and max(chances) < 0.3:
        unit.kind = Kind.PARAGRAPH
    elif (
        unit.kind is Kind.PARAGRAPH and min(chances) >= 0.5 and len(lines) <= 3 and not _lead(unit.text)
        and not regex.search(r"[.;:,]$|[.!?;:] ", unit.text)
    ):
        unit.kind = Kind.HEADING  # a headline that asks a question
    return unit


def _is_byline_wrap(byline: str, line: str) -> bool:
    """Whether ``line`` continues the byline line before it (a title or names that wrapped:
    ``By Charles Evans, Special to`` / ``The Times``, ``□湖北日报记者 曾建 廖颖`` / ``秀``)."""
    match = _byline_line.match(byline)
    if not match or _sentence_end.search(line):
        return False
    if match["english"]:
        words = line.split()
        if match["english"].isupper() or line.isupper() or _en_lead.match(line):
            return False  # a wire byline in capitals is short; a city in capitals is a dateline
        if not words or words[0] in _SENTENCE_OPENERS and not _byline_dangles(byline):
            return False  # the body's first words, cut off its line by the extractor
        return len(words) <= 4 and all(w[0].isupper() or w in _BYLINE_LINKS for w in words)
    return bool(_names.match(line) or regex.fullmatch(f"[{CJK}]", line)) and display_width(line) <= 12


#: Words that open an English sentence but never a name or a title.
_SENTENCE_OPENERS = frozenset("The A An In On At It Its This That These Those But And Or For As If When With".split())
#: Small words inside a byline's names and titles (``Lisa Brown and Andrew Garcia``, ``Special to The Times``).
_BYLINE_LINKS = ("and", "of", "to", "the")


def _byline_dangles(byline: str) -> bool:
    """Whether an English byline line stops where it cannot end (``…, Special to``, ``… and``):
    the next line goes on with it, whatever word that starts with."""
    return byline.endswith(",") or byline.rsplit(None, 1)[-1] in _BYLINE_LINKS


def _continue_byline(byline: str, line: str) -> str:
    """A byline and the line it wrapped onto, as one: a space between them, but nothing where
    the break cut a Chinese name (``廖颖`` / ``秀``, ``马`` / ``海轩``)."""
    cut_name = _cjk(line) and (len(line) == 1 or len(byline.rsplit(None, 1)[-1]) == 1)
    return byline + ("" if cut_name else " ") + line


def _join_wraps(units: list[Unit]) -> list[Unit]:
    """A byline or a closing credit that wrapped onto further lines is one unit."""
    out: list[Unit] = []
    i = 0
    while i < len(units):
        unit = units[i]
        previous = out[-1] if out else None
        if (
            previous is not None and previous.kind is Kind.BYLINE and unit.kind in (Kind.HEADING, Kind.PARAGRAPH)
            and _is_byline_wrap(previous.text, unit.text)
        ):
            previous.text = _continue_byline(previous.text, unit.text)
            previous.value = _continue_byline(previous.value or "", unit.text)
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


# --- step 2: the running head --------------------------------------------------------------------


def _find_folio(units: list[Unit]) -> set[int]:
    """Indexes of the running head's pieces: dates and page numbers wherever they stand, and a
    section name (``经济``, ``BUSINESS``) on a line of its own when the page has a date or page
    number piece (or the section stands first)."""
    found = {i for i, u in enumerate(units) if u.kind is Kind.FOLIO}
    for i, unit in enumerate(units):
        if unit.kind is not Kind.HEADING or i in found:
            continue
        text = unit.text
        section = text in _ZH_SECTIONS or text in _EN_SECTIONS
        if section and (found or i == 0 or (i + 1 < len(units) and units[i + 1].kind is Kind.FOLIO)):
            found.add(i)
            break
    return found


# --- step 3: bodies and heading runs ------------------------------------------------------------

_STARTS = (Kind.BYLINE, Kind.CONTINUED_FROM)
_ENDS = (Kind.CREDIT, Kind.NAMES, Kind.CLOSING_DATELINE, Kind.CONTINUED_TO)

_zh_lead = regex.compile(
    r"^(?P<dateline>本报讯|本报[^\s，。（]{1,12}[电讯]|据?新华社[^\s，。（]{0,16}电|[^\s，。（]{2,10}社[^\s，。（]{1,16}电)"
    r"\s*(?:（(?P<by>[^（）]{1,40})）)?\s*"
)
_en_lead = regex.compile(
    r"^(?P<dateline>[\p{Lu}][\p{Lu}.'-]*(?:\s+[\p{Lu}][\p{Lu}.'-]*){0,3}(?:,\s*[\p{Lu}][\p{L}.]+)?"
    r"(?:\s*\([\p{L} .]+\))?)\s*(?:—|–|--)\s*"
)
_trailing_bracket = regex.compile(r"\s*（(?P<inner>[^（）]{1,40})）$")
#: Names in a bracket after a sentence end whose separating space the line break took away
#: (``。（薛丽林`` / ``杨峰磊）``).
_joined_names = regex.compile(rf"(?<=[。！？…][”’」』]?\s*（)[{CJK}]{{4,8}}(?=）$)")


def _closing_names(text: str, match: regex.Match[str]) -> bool:
    """Whether a paragraph's closing bracket holds names."""
    return bool(_names.match(match["inner"]) or _joined_names.search(text))


def _lead(text: str) -> regex.Match[str] | None:
    return _zh_lead.match(text) or _en_lead.match(text)


@dataclass
class _Body:
    units: list[Unit] = field(default_factory=list)
    heading: list[Unit] = field(default_factory=list)


@dataclass
class _Run:
    """Heading units between bodies, in page order."""

    units: list[Unit] = field(default_factory=list)


def _starts_article(unit: Unit) -> bool:
    return unit.kind in _STARTS or (unit.kind is Kind.PARAGRAPH and _lead(unit.text) is not None)


def _ends_article(unit: Unit) -> bool:
    if unit.kind in _ENDS:
        return True
    if unit.kind is Kind.PARAGRAPH and (m := _trailing_bracket.search(unit.text)):
        lead = _lead(unit.text)
        if lead is not None and lead.end() >= m.end() - 1:
            return False  # the lead's own bracket (新华社昆明11月1日电（记者 龙华文）, its line alone)
        return _closing_names(unit.text, m) or m["inner"].startswith("据") or m["inner"].endswith("电")
    return False


def _cut(units: list[Unit], folio: set[int]) -> list[_Body | _Run]:
    """The page as bodies and heading runs, in order. A running-head piece ends a heading run
    (it stands between blocks; but see :func:`_kicker_on_top`) but not a body (the extractor
    dropped it between two lines)."""
    pieces: list[_Body | _Run] = []
    for i, unit in enumerate(units):
        if i in folio:
            if pieces and isinstance(pieces[-1], _Run) and not _kicker_on_top(pieces):
                pieces.append(_Body())  # a placeholder, dropped below
            continue
        if unit.kind is Kind.HEADING:
            if not pieces or not isinstance(pieces[-1], _Run):
                pieces.append(_Run())
            pieces[-1].units.append(unit)
            continue
        last = pieces[-1] if pieces else None
        if (
            not isinstance(last, _Body)
            or not last.units
            or (_starts_article(unit) and not _only_starts(last))
            or (_ends_article(last.units[-1]) and unit.kind not in _ENDS)
            or _other_column(last, unit)
        ):
            if isinstance(last, _Body) and not last.units:
                pieces.pop()
            pieces.append(_Body())
        pieces[-1].units.append(unit)  # type: ignore[union-attr]
    out: list[_Body | _Run] = []
    for piece in pieces:
        if isinstance(piece, _Body) and not piece.units:
            continue
        if isinstance(piece, _Run) and len(piece.units) > LONGEST_RUN:
            # No headline blocks are that long: a list, a table, a column of short lines. Its
            # head is text of its own; the last lines may still head what follows.
            rest = piece.units[: -LONGEST_RUN // 2]
            for unit in rest:
                unit.kind = Kind.PARAGRAPH
            if out and isinstance(out[-1], _Body):
                out[-1].units.extend(rest)
            else:
                out.append(_Body(rest))
            piece = _Run(piece.units[-LONGEST_RUN // 2 :])
        out.append(piece)
    return _attach_captions(_gather_columns(out))


def _kicker_on_top(pieces: list[_Body | _Run]) -> bool:
    """Whether the page so far is one run of English kicker lines (capitals): the first
    article's kicker, which an extractor may put out between the running head's pieces (it
    stands at the left edge just under the date). A kicker does not stand alone, so the
    running head does not part it from the title after it."""
    return (
        len(pieces) == 1 and isinstance(pieces[0], _Run)
        and all(_capitals.match(u.text) and not _cjk(u.text) for u in pieces[0].units)
    )


def _gather_columns(pieces: list[_Body | _Run]) -> list[_Body | _Run]:
    """Put the later columns of a Chinese article back with its first. An extractor that
    reads column by column can put another article (and its headline block) between two
    columns of one; a body that opens with no byline, lead or "continued from", set in the
    column width of an earlier unfinished body, is that body's continuation (the articles of a
    page differ in column width). A lone subhead line right before it moves with it, and so
    do the pieces after it that go on in that column (too short to measure, or as wide, with
    no opening, apart only by a lone subhead); the heading runs that stood on either side of a
    piece put back become one (runs that a running head parts stay apart)."""
    out: list[_Body | _Run] = []
    moved: _Body | None = None  # the body the last piece went back to
    joins = False  # the last piece was put back: a run after it joins the run before it
    for piece in pieces:
        target = None
        if isinstance(piece, _Body):
            target = _earlier_column(out, piece) or (moved if moved and _goes_on(moved, piece) else None)
        elif moved is not None and not (len(piece.units) == 1 and _short_subhead(piece.units[0])):
            moved = None
        if target is None:
            if isinstance(piece, _Body):
                moved = None
            if isinstance(piece, _Run) and joins and out and isinstance(out[-1], _Run):
                out[-1].units.extend(piece.units)
            else:
                out.append(piece)
            joins = False
            continue
        if isinstance(out[-1], _Run) and len(out[-1].units) == 1 and _short_subhead(out[-1].units[0]):
            target.units.extend(out.pop().units)
        target.units.extend(piece.units)  # type: ignore[union-attr]
        moved, joins = target, True
    return out


def _goes_on(body: _Body, piece: _Body) -> bool:
    """Whether ``piece`` goes on in the column of ``body``: no opening, not finished before
    it, and as wide or too short to measure."""
    if _begins(piece) or _ends_article(body.units[-1]):
        return False
    a, b = _column(body), _column(piece)
    return a is None or b is None or not _columns_differ(a, b, True)


def _short_subhead(unit: Unit) -> bool:
    return display_width(unit.text) <= 12 and " " not in unit.text


def _earlier_column(pieces: list[_Body | _Run], body: _Body) -> _Body | None:
    """The earlier, unfinished body whose column ``body`` continues (see
    :func:`_gather_columns`), or None. The nearest body is left to the pairing (it weighs a
    block between the two), and the search stops at a finished body of that width."""
    if _begins(body) or not _cjk(body.units[0].text) or (width := _column(body)) is None:
        return None
    bodies = [p for p in reversed(pieces) if isinstance(p, _Body)]
    for n, earlier in enumerate(bodies):
        other = _column(earlier)
        if other is None or _columns_differ(other, width, True):
            continue
        if n == 0 or _ends_article(earlier.units[-1]):
            return None
        return earlier
    return None



def _attach_captions(pieces: list[_Body | _Run]) -> list[_Body | _Run]:
    """A photo caption sits between a headline block and the opening lines (byline, "continued
    from", dateline lead) of its article: one short sentence, alone. It belongs to the article
    that follows, not to a story of its own."""
    out: list[_Body | _Run] = []
    for i, piece in enumerate(pieces):
        following = pieces[i + 1] if i + 1 < len(pieces) else None
        if (
            isinstance(piece, _Body) and isinstance(following, _Body) and out and isinstance(out[-1], _Run)
            and len(piece.units) == 1 and _is_caption(piece.units[0]) and _begins(following)
        ):
            piece.units[0].kind = Kind.CAPTION
            following.units.insert(0, piece.units[0])
            continue
        out.append(piece)
    return out


def _is_caption(unit: Unit) -> bool:
    limit = 60 if _cjk(unit.text) else 160
    return (
        unit.kind is Kind.PARAGRAPH and len(unit.lines) <= 2 and len(unit.text) <= limit
        and bool(_sentence_end.search(unit.text)) and not _starts_article(unit)
    )


def _other_column(body: _Body, unit: Unit) -> bool:
    """Whether a paragraph is set in columns of another width than the body before it, which
    ended a sentence: another article's text (the articles of a page differ in column width)."""
    if unit.kind is not Kind.PARAGRAPH or len(unit.lines) < 3 or not _cjk(unit.text):
        return False
    previous = next((u for u in reversed(body.units) if u.kind is Kind.PARAGRAPH and len(u.lines) >= 3), None)
    if previous is None or not _sentence_end.search(body.units[-1].text):
        return False
    a, b = _column(_Body([previous])), _column(_Body([unit]))
    return a is not None and b is not None and abs(a - b) > 1.5


def _only_starts(body: _Body) -> bool:
    """A body that so far holds only its opening lines (byline, "continued from")."""
    return all(u.kind in _STARTS for u in body.units)


# --- step 4: pairing heading runs with bodies ---------------------------------------------------

#: What each decision costs; the pairing with the lowest total wins. A page's blocks come
#: either mostly before their bodies or mostly after: ``NEAR`` is the cost of the page's usual
#: side, ``FAR`` of the other; the pairing is made for both habits and the cheaper is kept.
NEAR, FAR = 0.0, 1.0
BANNER = 1.2  # a block that heads no article
HEADLESS = 2.5  # an article without a headline block
LATE = 1.0  # a block for the last earlier article without one, not the body just before
NO_OPENING = 0.4  # an article that opens without a byline, a dateline lead or "continued from"
SAME_COLUMN = 4.0  # ... and is set in the column width of the unfinished body before the run
PLAIN_LEVEL = 0.3  # a row's kicker without its closing dash, a subtitle without its opening one
ROW = 0.4  # each further block of a run handed on to the next bodies (blocks of one row)
TOGETHER = 1.5  # each further subhead of a run of subheads (two columns' subheads put out together)
MAX_BLOCKS = 4
LONGEST_RUN = 16  # heading lines in a row beyond which they are read as text, not as blocks
BOUNDARY_WEIGHT = 1.0  # how much the learned block-boundary evidence counts (in nats)
COLUMN_CHANGE = 3.0
CJK_TOLERANCE = 0.75  # em: Chinese columns a whole em apart are different columns
WIDEST_SHARE = 0.15  # of a Chinese body's lines that reach its column width, at least


@dataclass
class _Plan:
    """What one heading run becomes."""

    after: list[Unit] | None = None  # the block of the body before it
    ahead: list[list[Unit]] = field(default_factory=list)  # blocks of the bodies after it
    banners: list[list[Unit]] = field(default_factory=list)
    merge: bool = False  # the body after it continues the body before it (inset block, subhead)
    late: list[Unit] | None = None  # the block of the last earlier body that had none
    subhead: list[Unit] = field(default_factory=list)  # a section subhead of the merged body


def _wraps(units: list[Unit]) -> list[list[Unit]]:
    """A run's units, each with the short lines that wrapped from it (``——这些命令不会改变网络配``
    / ``置``): the greedy wrap of a kicker or subtitle leaves a short last line. A Chinese
    subtitle closes its block, so the lines set tight under it (no blank line) that are no
    wider are its wrap too, however long (``——还有若干部分需要`` / ``进一步的配置``)."""
    out: list[list[Unit]] = []
    for unit in units:
        if out and not unit.blank_before and not unit.text.startswith("——"):
            previous = display_width(out[-1][-1].text)
            width = display_width(unit.text)
            if (previous >= 8 and width <= 0.4 * previous) or _subtitle_wrap(out[-1], unit):
                out[-1].append(unit)
                continue
        out.append([unit])
    return out


def _subtitle_wrap(line: list[Unit], unit: Unit) -> bool:
    """Whether ``unit`` goes on with the Chinese subtitle ``line`` (with its wraps so far)."""
    first = line[0].text
    return first.startswith("——") and _cjk(first) and display_width(unit.text) <= display_width(line[-1].text)


def _splits(count: int, cuts: Sequence[int]) -> list[list[int]]:
    """Ways to cut ``count`` items into at most MAX_BLOCKS consecutive blocks, as lists of block
    starts; only at positions in ``cuts`` when there are many items."""
    positions = list(range(1, count)) if count <= 10 else [c for c in cuts if 0 < c < count][:12]
    out = [[0]]
    for size in range(1, MAX_BLOCKS):
        out += [[0, *combo] for combo in _combinations(positions, size)]
    return out


def _combinations(items: list[int], size: int) -> list[tuple[int, ...]]:
    from itertools import combinations

    return list(combinations(items, size))


def _is_kicker(text: str) -> bool:
    return text.endswith("——") or (bool(_capitals.match(text)) and not _cjk(text))


def _block_cost(block: list[list[Unit]]) -> float:
    """How unlikely ``block`` (lines with their wraps) is as one headline block, by its shape
    (where the lines meet is weighed by :func:`_boundary_chance`)."""
    cost = max(0, len(block) - 4) * 0.8
    for i, line in enumerate(block):
        text = line[0].text
        if text.startswith("——") and i < len(block) - 1:
            cost += 4.0  # a subtitle closes its block
        if i > 0 and _capitals.match(text) and not _cjk(text) and not _capitals.match(block[i - 1][0].text):
            cost += 2.5  # an English kicker opens its block
    if all(_is_kicker(line[0].text) for line in block):
        cost += 1.0  # a kicker alone
    return cost


def _banner_cost(block: list[list[Unit]]) -> float:
    cost = BANNER + (len(block) - 1) * 1.0
    text = block[0][0].text
    if text.startswith("——") or text.endswith("——"):
        cost += 1.0
    if _capitals.match(text) and not _cjk(text):
        cost -= 0.5
    return cost


def _flat(block: list[list[Unit]]) -> list[Unit]:
    return [unit for line in block for unit in line]


def _begins(body: _Body) -> bool:
    """Whether a body opens with an article's opening lines (byline, lead, "continued from")."""
    return _starts_article(next((u for u in body.units if u.kind is not Kind.CAPTION), body.units[0]))


def _runs_on(body: _Body) -> bool:
    """Whether a body's last unit stops in mid-sentence (a column that continues elsewhere)."""
    last = body.units[-1]
    return last.kind is Kind.PARAGRAPH and not _sentence_end.search(last.text) and not _ends_article(last)


def _continuation(body: _Body) -> bool:
    """Whether a body's first unit reads as the rest of a sentence (a lower-case start)."""
    first = body.units[0]
    return first.kind is Kind.PARAGRAPH and first.text[:1].islower()


def _column(body: _Body) -> float | None:
    """The width of a body's column lines (articles on one page differ in it), from its
    paragraphs' lines less their first (indented) and last ones; None when too few. Chinese
    columns are set a whole number of em wide and their lines justified to it: the widest
    width (rounded up to the em) that a few of its lines reach is the column (lines short of it
    were letter-spaced, punctuation counts half an em however it was set; a lone wider line is
    a stray from another column). Latin lines are ragged: their median length in characters."""
    lines = [
        line for u in body.units if u.kind is Kind.PARAGRAPH and len(u.lines) >= 3 for line in u.lines[1:-1]
    ]
    if len(lines) < 3:
        return None
    if sum(map(_cjk, lines)) * 2 > len(lines):
        ems = Counter(math.ceil(display_width(line)) for line in lines)
        return float(max(em for em, count in ems.items() if count >= WIDEST_SHARE * len(lines)))
    widths = sorted(float(len(line)) for line in lines)
    return widths[len(widths) // 2]


def _columns_differ(a: float, b: float, cjk: bool) -> bool:
    return abs(a - b) > CJK_TOLERANCE if cjk else abs(a - b) > 0.12 * max(a, b)


def _same_column(before: _Body, after: _Body) -> float:
    """What it costs to read ``after`` as the continuation of ``before``: nothing when their
    columns are as wide, much when they differ (two articles' columns)."""
    a, b = _column(before), _column(after)
    if a is None or b is None:
        return 0.0
    return COLUMN_CHANGE if _columns_differ(a, b, _cjk(before.units[-1].text)) else 0.0


def _subhead_cost(unit: Unit, before: _Body) -> float:
    """What it costs to read a lone heading line as a section subhead of the body before it:
    little for a short line after a finished sentence, more for a long one or a line with
    phrase separators (a headline's form)."""
    text = unit.text
    short = display_width(text) <= (12 if _cjk(text) else 25)
    cost = 0.1 if short and not _runs_on(before) else 0.8 if short else 2.0
    if " " in text and _cjk(text):
        cost += 1.0
    return cost


def _subheads_only(run: _Run) -> bool:
    """Whether ``run`` may be nothing but section subheads: one line, or a few short lines
    each set apart by a blank line (no block of a headline, whose lines come tight)."""
    units = run.units
    return len(units) == 1 or (
        len(units) <= 3 and all(u.blank_before and _short_subhead(u) and not u.text.startswith("——") for u in units)
    )


def _run_plans(
    run: _Run, before: _Body | None, headless: bool, after: _Body | None, bodies_after: int, far_after: bool,
    gaps: float | None,
) -> list[tuple[float, _Plan]]:
    """Every way ``run`` can be read, with its cost. ``headless``: the body before it has no
    block yet; ``bodies_after``: bodies that follow it before the next run."""
    after_cost, ahead_cost = (NEAR, FAR) if far_after else (FAR, NEAR)
    lines = _wraps(run.units)
    cuts = [i for i, line in enumerate(lines) if line[0].blank_before or line[0].text.startswith("——")]
    cuts += [i + 1 for i, line in enumerate(lines) if line[0].text.startswith("——")]
    plans: list[tuple[float, _Plan]] = []
    # A lone short heading between two paragraphs of one body is a section subhead (and so is
    # each of a few short lines set apart, subheads of two columns that the extractor put out
    # together).
    closed = before is not None and _ends_article(before.units[-1])
    continues = before is not None and after is not None and not _begins(after) and not closed
    if _subheads_only(run) and continues:
        cost = sum(_subhead_cost(u, before) for u in run.units) + _same_column(before, after)  # type: ignore[arg-type]
        cost += TOGETHER * (len(run.units) - 1)
        plans.append((cost, _Plan(merge=True, subhead=list(run.units))))
    chances = [_boundary_chance(a, b, gaps) for a, b in zip(lines, lines[1:])]
    join_costs = [-math.log(max(1e-6, 1 - p)) * BOUNDARY_WEIGHT for p in chances]
    cut_costs = [-math.log(max(1e-6, p)) * BOUNDARY_WEIGHT for p in chances]
    for starts in _splits(len(lines), cuts):
        ends = starts[1:] + [len(lines)]
        blocks = [lines[a:b] for a, b in zip(starts, ends)]
        shape = [_block_cost(b) for b in blocks]
        cut = set(starts[1:])
        partition = sum(cut_costs[k - 1] if k in cut else join_costs[k - 1] for k in range(1, len(lines)))

        # The first block may head the body before; the last ones the bodies after; the rest
        # are banners.
        for give_back in ((False, True) if headless and before is not None else (False,)):
            rest = len(blocks) - give_back
            for ahead in range(0, min(rest, bodies_after) + 1):
                # Every reading of the run pays for where it cuts it.
                cost = partition + ((after_cost + shape[0]) if give_back else 0.0)
                if ahead:
                    cost += ahead_cost + ROW * (ahead - 1) + sum(shape[len(blocks) - ahead :])
                middle = blocks[int(give_back) : len(blocks) - ahead]
                cost += sum(_banner_cost(b) for b in middle)
                plan = _Plan(
                    after=_flat(blocks[0]) if give_back else None,
                    ahead=[_flat(b) for b in blocks[len(blocks) - ahead :]],
                    banners=[_flat(b) for b in middle],
                )
                plans.append((cost, plan))
                # An inset block: the body before is an article's first column, the body after
                # its continuation.
                if give_back and ahead == 0 and continues:
                    inset = 0.3 if (_runs_on(before) or _continuation(after)) else 1.8  # type: ignore[arg-type]
                    cost_inset = cost - after_cost + inset + _same_column(before, after)  # type: ignore[arg-type]
                    plans.append((cost_inset, dataclasses.replace(plan, merge=True)))
                    # ... with the first subhead of the continuation right below the block.
                    if middle and len(_flat(middle[-1])) == 1:
                        subhead = _flat(middle[-1])
                        cost_subhead = cost_inset - _banner_cost(middle[-1]) + _subhead_cost(subhead[0], before)  # type: ignore[arg-type]
                        plans.append((cost_subhead, dataclasses.replace(
                            plan, merge=True, banners=plan.banners[:-1], subhead=subhead)))
                # A block beside a later article, put out between the columns of this one: the
                # body before stops in mid-sentence, the body after goes on with it in the same
                # Chinese column, and the next body takes the block.
                if (
                    not give_back and ahead == 1 and not middle and continues and bodies_after >= 2
                    and _cjk(before.units[-1].text) and _runs_on(before)  # type: ignore[union-attr, arg-type]
                ):
                    cost_between = cost + 0.3 + _same_column(before, after)  # type: ignore[arg-type]
                    plans.append((cost_between, dataclasses.replace(plan, merge=True)))
    plans += _interleaved_plans(lines, cut_costs, join_costs, bodies_after, ahead_cost)
    return plans


Box = list[list[Unit]]  # lines (with their wraps) that no blank line parts


def _interleaved_plans(
    lines: list[list[Unit]], cut_costs: list[float], join_costs: list[float], bodies_after: int, ahead_cost: float
) -> list[tuple[float, _Plan]]:
    """Readings of a run as the blocks of a row of articles set side by side, their lines
    interleaved. An extractor that orders text boxes by height puts out the kickers of the
    row first (left to right), then its titles, then its subtitles: boxes (lines no blank
    line parts) of levels in that order, each article with exactly one title, kickers and
    subtitles optional, and the first box maybe a banner above the row."""
    starts = [i for i, line in enumerate(lines) if i == 0 or line[0].blank_before]
    boxes = [lines[a:b] for a, b in zip(starts, starts[1:] + [len(lines)])]
    partition = sum(cut_costs[i - 1] for i in starts[1:]) + sum(
        join_costs[i - 1] for i in range(1, len(lines)) if i not in starts
    )
    plans: list[tuple[float, _Plan]] = []
    for banner in (0, 1):
        row = boxes[banner:]
        for k in range(2, min(MAX_BLOCKS - 1, bodies_after) + 1):
            for kickers in range(0, k + 1):
                subtitles = len(row) - k - kickers
                if not 0 <= subtitles <= k or kickers + subtitles == 0:
                    continue
                for reading in _row_readings(row, k, kickers, subtitles):
                    cost, blocks = reading
                    cost += partition + ahead_cost + ROW * (k - 1) + sum(_block_cost(b) for b in blocks)
                    banners = [_flat(boxes[0])] if banner else []
                    cost += sum(_banner_cost(boxes[0]) for _ in banners)
                    plans.append((cost, _Plan(ahead=[_flat(b) for b in blocks], banners=banners)))
    return plans


def _row_readings(row: list[Box], k: int, kickers: int, subtitles: int) -> list[tuple[float, list[Box]]]:
    """Every way to deal ``row`` (kicker boxes, then ``k`` title boxes, then subtitle boxes)
    to ``k`` articles, each with what its boxes' forms cost (a kicker ends with a dash, a
    subtitle starts with one, a title does neither)."""
    from itertools import combinations

    kicker_boxes, titles, subtitle_boxes = row[:kickers], row[kickers : kickers + k], row[kickers + k :]
    form = sum(_level_cost(box, "title") for box in titles)
    form += sum(_level_cost(box, "kicker") for box in kicker_boxes)
    form += sum(_level_cost(box, "subtitle") for box in subtitle_boxes)
    if math.isinf(form):
        return []
    out = []
    for with_kicker in combinations(range(k), kickers):
        for with_subtitle in combinations(range(k), subtitles):
            blocks: list[Box] = [[] for _ in range(k)]
            for j, box in zip(with_kicker, kicker_boxes):
                blocks[j] += box
            for j, box in enumerate(titles):
                blocks[j] += box
            for j, box in zip(with_subtitle, subtitle_boxes):
                blocks[j] += box
            out.append((form, blocks))
    return out


def _level_cost(box: Box, level: str) -> float:
    """What reading ``box`` as a kicker, title or subtitle costs by its form (inf: never)."""
    first, last = box[0][0].text, box[-1][-1].text
    opens, closes = first.startswith("——"), last.endswith("——")
    if level == "title":
        return math.inf if opens or closes else 0.0
    if level == "kicker":
        return math.inf if opens else 0.0 if closes else PLAIN_LEVEL
    return math.inf if closes else 0.0 if opens else PLAIN_LEVEL


def page_gaps(pieces: Sequence[_Body | _Run]) -> float | None:
    """How readily this page's extractor sets text apart with blank lines: the share of heading
    runs followed by a blank line (some put one after every text box, others only at changes
    of type size). None when blank lines say nothing: they stand inside paragraphs too, or
    before every line."""
    pairs = [
        (a, b) for a, b in zip(pieces, pieces[1:]) if isinstance(a, _Run) and isinstance(b, _Body)
    ]
    units = [u for piece in pieces for u in piece.units]
    joined = [u for u in units if u.kind is Kind.PARAGRAPH and len(u.lines) > 1]
    inside = sum(len(u.lines) - 1 for u in joined)
    if inside and sum(u.blanks_inside for u in joined) > 0.5 * inside:
        return None
    if not inside and len(units) > 2 and sum(u.blank_before for u in units[1:]) >= 0.9 * (len(units) - 1):
        return None
    return sum(b.units[0].blank_before for a, b in pairs) / len(pairs) if len(pairs) >= 2 else 0.5


def boundary_evidence(before: list[Unit], after: list[Unit], gaps: float | None) -> list[float]:
    """What the place between two heading lines (each with its wraps) of a run shows about a
    block boundary there, as numbers for the learned weights (``BOUNDARY_NAMES``); ``gaps`` is
    :func:`page_gaps`."""
    a, b = before[0].text, after[0].text
    wa, wb = display_width(_join_lines([u.text for u in before])), display_width(b)
    cjk = _cjk(a) or _cjk(b)
    blank = float(after[0].blank_before) if gaps is not None else 0.0
    gaps = gaps or 0.0
    return [
        1.0,
        blank,
        blank * gaps,
        gaps,
        float(a.startswith("——")),
        float(a.endswith("——")),
        float(b.startswith("——")),
        float(b.endswith("——")),
        float(bool(_capitals.match(a)) and not cjk),
        float(bool(_capitals.match(b)) and not cjk),
        math.log((wb + 1) / (wa + 1)),
        abs(math.log((wb + 1) / (wa + 1))),
        float(abs(wa - wb) <= 2),
        min(wa, 40) / 20,
        min(wb, 40) / 20,
        float(cjk),
        float(cjk and " " in a),
        float(cjk and " " in b),
        _title_case(a) if not cjk else 0.0,
        _title_case(b) if not cjk else 0.0,
        float(bool(regex.search(r"[.?!]$", a))),
        blank * _is_kicker(a),
        blank * (b.startswith("——") or (not cjk and len(b) > 1.4 * len(a))),
        blank * (not cjk and b[:1].islower()),
    ]


BOUNDARY_NAMES = (
    "bias", "blank line", "blank line x page habit", "page habit", "subtitle before", "kicker before",
    "subtitle after", "kicker after", "capitals before", "capitals after", "log width ratio",
    "abs log width ratio", "widths within 2", "width before", "width after", "CJK", "separator before",
    "separator after", "title case before", "title case after", "sentence end before",
    "blank line after a kicker", "blank line before a deck", "blank line before lower case",
)


@lru_cache(maxsize=2)
def _boundary_weights(name: str) -> tuple[float, ...]:
    data = json.loads(files("cleanpress.data").joinpath(name).read_text(encoding="utf-8"))
    weights = tuple(float(w) for w in data["weights"])
    if len(weights) != len(BOUNDARY_NAMES):
        raise ValueError(f"{name} does not match cleanpress.segment.boundary_evidence")
    return weights


def _boundary_chance(before: list[Unit], after: list[Unit], gaps: float | None) -> float:
    """How likely a block boundary is between two lines of a run, by the weights learned from
    pages of the lines' script (see ``benchmarks/accuracy/train_blocks.py``)."""
    latin = not (_cjk(before[0].text) or _cjk(after[0].text))
    weights = _boundary_weights("block_weights_en.json" if latin else "block_weights.json")
    score = sum(w * x for w, x in zip(weights, boundary_evidence(before, after, gaps)))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def _pair(pieces: list[_Body | _Run]) -> list[_Body | list[Unit]]:
    """Give each body its headline block; blocks nobody takes come back as banners, in place.
    Bodies that continue an article across an inset block or a subhead are merged into it."""
    best: tuple[float, list[_Body | list[Unit]]] | None = None
    gaps = page_gaps(pieces)
    for far_after in (False, True):
        cost, out = _pair_with(pieces, far_after, gaps)
        if best is None or cost < best[0] - 1e-9:
            best = (cost, out)
    assert best is not None
    return best[1]


def _pair_with(
    pieces: list[_Body | _Run], far_after: bool, gaps: float | None
) -> tuple[float, list[_Body | list[Unit]]]:
    # State: (the current body has a block: None if there is no body yet, pending blocks for the
    # next bodies as a tuple of indexes into ``plans_made``, merge the next body).
    State = tuple  # (has_block, pending, merge)
    # Bodies that may take the blocks a run hands on: up to the next run that is more than
    # subheads (a subhead inside one of them, which they pass over).
    bodies_after = [0] * len(pieces)
    count = 0
    for i in range(len(pieces) - 1, -1, -1):
        bodies_after[i] = count
        piece = pieces[i]
        count = count + 1 if isinstance(piece, _Body) else count if _subheads_only(piece) else 0
    continued = [_continues_column(pieces, i) for i in range(len(pieces))]
    # Each entry: state -> (cost, back pointer (previous state, decision)).
    layers: list[dict[State, tuple[float, State | None, object]]] = [{(None, 0, False, False): (0.0, None, None)}]
    for i, piece in enumerate(pieces):
        layer: dict[State, tuple[float, State | None, object]] = {}

        def offer(state: State, cost: float, previous: State, decision: object) -> None:
            if state not in layer or cost < layer[state][0] - 1e-9:
                layer[state] = (cost, previous, decision)

        for state, (cost, _, _) in layers[-1].items():
            has_block, pending, merge, orphan = state
            if isinstance(piece, _Body):
                if merge:
                    offer((has_block, pending, False, orphan), cost, state, "merge")
                    continue
                extra = HEADLESS if has_block is False else 0.0
                extra += 0.0 if _begins(piece) else NO_OPENING + continued[i]
                offer((pending > 0, max(0, pending - 1), False, orphan or has_block is False), cost + extra, state, "new")
                continue
            before = _previous_body(pieces, i)
            after = pieces[i + 1] if i + 1 < len(pieces) and isinstance(pieces[i + 1], _Body) else None
            for plan_cost, plan in _run_plans(
                piece, before if has_block is not None else None, has_block is False, after, bodies_after[i], far_after,
                gaps,
            ):
                if pending and not _passes_on(plan):
                    continue  # blocks were promised to the bodies after: only a subhead may stand between
                got = True if plan.after is not None else has_block
                offer((got, pending or len(plan.ahead), plan.merge, orphan), cost + plan_cost, state, plan)
                if orphan and plan.after is None and plan.banners and not pending:
                    # A block set beside an earlier article that had none, put out after the
                    # articles between (a side block of a long article): it pays LATE instead
                    # of that article's HEADLESS.
                    late = dataclasses.replace(plan, late=plan.banners[0], banners=plan.banners[1:])
                    late_cost = plan_cost - _banner_cost(_wraps(plan.banners[0])) + LATE - HEADLESS
                    offer((got, len(plan.ahead), plan.merge, False), cost + late_cost, state, late)
        layers.append(layer)
    finals = {s: (c + (HEADLESS if s[0] is False else 0.0) + BANNER * s[1] * 2) for s, (c, _, _) in layers[-1].items()}
    state = min(finals, key=finals.__getitem__)
    total = finals[state]
    decisions: list[object] = []
    for layer in reversed(layers[1:]):
        _, previous, decision = layer[state]
        decisions.append(decision)
        state = previous  # type: ignore[assignment]
    decisions.reverse()
    return total, _apply(pieces, decisions)


def _continues_column(pieces: list[_Body | _Run], index: int) -> float:
    """What it costs to start a new article at body ``index`` when it reads as the rest of
    the body before the heading run in front of it: that body is not closed (no credit, no
    "continued on") and both are set in one Chinese column width (a page's articles differ in
    it; ragged English lines measure too loosely to tell)."""
    before, run, after = pieces[index - 2] if index >= 2 else None, pieces[index - 1], pieces[index]
    if not (isinstance(before, _Body) and isinstance(run, _Run) and isinstance(after, _Body)):
        return 0.0
    if _ends_article(before.units[-1]) or not _cjk(before.units[-1].text):
        return 0.0
    a, b = _column(before), _column(after)
    if a is None or b is None or _columns_differ(a, b, True):
        return 0.0
    return SAME_COLUMN


def _passes_on(plan: _Plan) -> bool:
    """Whether a run read this way is a subhead inside a body and nothing else: blocks handed
    on by an earlier run pass over it to the bodies after."""
    return bool(plan.subhead) and plan.after is None and not plan.ahead and not plan.banners


def _previous_body(pieces: list[_Body | _Run], index: int) -> _Body | None:
    for piece in reversed(pieces[:index]):
        if isinstance(piece, _Body):
            return piece
        return None
    return None


def _apply(pieces: list[_Body | _Run], decisions: list[object]) -> list[_Body | list[Unit]]:
    """The items the chosen decisions make: bodies (merged where asked) and banner blocks."""
    out: list[_Body | list[Unit]] = []
    current: _Body | None = None
    pending: list[list[Unit]] = []
    merge_with: list[Unit] | None = None
    for piece, decision in zip(pieces, decisions):
        if isinstance(piece, _Body):
            if decision == "merge" and current is not None:
                current.units.extend(merge_with or [])
                current.units.extend(piece.units)
                merge_with = None
                continue
            current = _Body(list(piece.units))
            if pending:
                current.heading = pending.pop(0)
            out.append(current)
            continue
        plan = decision
        assert isinstance(plan, _Plan)
        if plan.after is not None and current is not None:
            current.heading = plan.after
        if plan.late is not None:
            bodies = [b for b in out if isinstance(b, _Body) and b is not current]
            next(b for b in reversed(bodies) if not b.heading).heading = plan.late
        out.extend(plan.banners)
        if not _passes_on(plan):
            pending = list(plan.ahead)
        merge_with = list(plan.subhead) or None
    out.extend(pending)
    return out


# --- step 5: reading an article -----------------------------------------------------------------


def _read_heading(article: Article, units: list[Unit]) -> None:
    """Kicker, headline and subheadline from the lines of a headline block."""
    lines = [u.text for u in units]
    subtitle = lines.pop() if lines[-1].startswith("——") and len(lines) > 1 else None
    # A kicker ends with a dash (or is set in capitals) and may wrap: every line up to the
    # last that ends with one.
    dashed = [i for i, t in enumerate(lines) if t.endswith("——")]
    kicker_end = dashed[-1] + 1 if dashed and dashed[-1] < len(lines) - 1 else 0
    capitals = 0
    while capitals < len(lines) - 1 and _capitals.match(lines[capitals]) and not _cjk(lines[capitals]):
        capitals += 1
    kicker_lines = lines[: max(kicker_end, capitals)]
    rest = lines[len(kicker_lines) :]
    if kicker_lines:
        article.kicker = _join_lines(kicker_lines)
    if len(rest) >= 2 and not kicker_lines and " " in rest[0] and _cjk(rest[0]):
        article.kicker, rest = rest[0], rest[1:]  # 护航镁基新材料产业 彰显电力服务担当
    elif len(rest) == 2 and not kicker_lines and " " in rest[1] and _cjk(rest[1]):
        article.kicker, rest = rest[0], rest[1:]  # the phrase-separated line is the main title
    elif len(rest) >= 3 and subtitle is None and _cjk(rest[-1]):
        rest, subtitle = rest[:-1], rest[-1]  # a short last deck: 林鸿嘉参加
    elif len(rest) >= 2 and subtitle is None and not _cjk(rest[-1]):
        rest, subtitle = _english_deck(rest)
    article.headline = _join_lines(rest) if rest else None
    article.subheadline = subtitle


def _english_deck(lines: list[str]) -> tuple[list[str], str | None]:
    """An English headline's lines and its deck: the deck is set smaller, so its lines hold
    more characters than the headline's."""
    for i in range(1, len(lines)):
        longer = len(lines[i]) > 1.4 * max(len(t) for t in lines[:i])
        if longer or (_title_case(" ".join(lines[:i])) >= 0.6 and _title_case(lines[i]) < 0.4):
            return lines[:i], _join_lines(lines[i:])
    return lines, None


def _title_case(text: str) -> float:
    """The share of a text's words of four letters or more that start with a capital."""
    words = [w for w in regex.findall(r"\p{L}+", text) if len(w) >= 4]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def _join_lines(lines: list[str]) -> str:
    """Printed lines of one title: nothing between CJK, a space between Latin words."""
    out = lines[0]
    for line in lines[1:]:
        out += ("" if _cjk(out[-1]) or _cjk(line[0]) else " ") + line
    return out


def _read_body(article: Article, units: list[Unit]) -> None:
    paragraphs_seen = 0
    lead_had_byline = False
    names: list[str] = []
    for index, unit in enumerate(units):
        if unit.kind is Kind.BYLINE:
            article.bylines.append(unit.value or unit.text)
        elif unit.kind is Kind.CONTINUED_FROM:
            article.continued_from = unit.value
        elif unit.kind is Kind.CONTINUED_TO:
            article.continued_to = unit.value
        elif unit.kind is Kind.CREDIT:
            article.credits.append(unit.value or unit.text)
        elif unit.kind is Kind.NAMES:
            names.append(unit.value or unit.text)
        elif unit.kind is Kind.CLOSING_DATELINE:
            article.dateline = article.dateline or unit.value
            if article.dateline != unit.value:
                article.credits.append(unit.value or unit.text)
        elif unit.kind is Kind.CAPTION:
            article.body.append(Block("paragraph", unit.text))
        elif unit.kind is Kind.HEADING:
            if not paragraphs_seen and index and units[index - 1].kind is Kind.BYLINE and _is_byline_wrap(
                units[index - 1].text, unit.text
            ):
                article.bylines[-1] = _continue_byline(article.bylines[-1], unit.text)
            else:
                article.body.append(Block("subhead", unit.text))
        else:
            text = unit.text
            if paragraphs_seen == 0 and (lead := _lead(text)):
                article.dateline = lead["dateline"].strip()
                by = lead.groupdict().get("by")
                if by:
                    article.bylines.append(by)
                    lead_had_byline = True
                text = text[lead.end():]
            paragraphs_seen += 1
            if text:
                if article.body and article.body[-1].kind == "paragraph" and _broken(article.body[-1].text, text):
                    article.body[-1].text = _join_lines([article.body[-1].text, text])
                else:
                    article.body.append(Block("paragraph", text))
    inline = _read_trailing_bracket(article)
    if inline is not None:
        names.append(inline)
    for value in names:
        # Closing names are the article's authors when its lead named none (``本报讯 4月28日``,
        # the seed's convention); otherwise they credit contributors.
        if article.dateline and not lead_had_byline and not article.bylines:
            article.bylines.append(value)
        else:
            article.credits.append(value)


def _broken(before: str, after: str) -> bool:
    """Whether two paragraph pieces are one paragraph cut by a column break (an inset block or
    a running head between them): the first stops in mid-sentence."""
    return not _sentence_end.search(before) and not _trailing_bracket.search(before)


def _read_trailing_bracket(article: Article) -> str | None:
    """A bracket closing the last paragraph: names ``（桑萍 王志彬）`` (returned), a credit
    ``（据《…》）`` or a closing dateline ``（新华社北京4月29日电）``."""
    paragraphs = [b for b in article.body if b.kind == "paragraph"]
    if not paragraphs or not (m := _trailing_bracket.search(paragraphs[-1].text)):
        return None
    inner, names = m["inner"], None
    if _closing_names(paragraphs[-1].text, m):
        names = inner
    elif inner.startswith("据"):
        article.credits.append(inner)
    elif inner.endswith("电") and article.dateline is None:
        article.dateline = inner
    else:
        return None
    paragraphs[-1].text = paragraphs[-1].text[: m.start()]
    if not paragraphs[-1].text:
        article.body.remove(paragraphs[-1])
    return names


def _column_width(unit: Unit) -> float:
    """The column width of a paragraph unit's lines (0 if it has too few lines to tell)."""
    if unit.kind is not Kind.PARAGRAPH or len(unit.lines) < 3:
        return 0.0
    widths = sorted(display_width(line) for line in unit.lines[:-1])
    return widths[len(widths) // 2]


_lead_piece = regex.compile(
    r"^(?:[\p{Lu}][\p{Lu}.'-]*(?:\s+[\p{Lu}][\p{Lu}.'-]*){0,3}(?:\s*\([\p{L} .]+\))?|\([\p{L} .]+\)(?:\s*[—–])?|—|–)$"
)


def _join_leads(units: list[Unit]) -> list[Unit]:
    """A dateline lead that the typesetter wrapped or the extractor broke off its paragraph
    goes back in front of it (see :func:`_broken_lead`)."""
    out: list[Unit] = []
    i = 0
    while i < len(units):
        for size in (3, 2, 1):
            pieces = units[i : i + size]
            following = units[i + size] if i + size < len(units) else None
            if len(pieces) < size or following is None or following.kind not in (Kind.PARAGRAPH, Kind.HEADING):
                continue
            text = _broken_lead([u.text for u in pieces], following.text)
            if text is None:
                continue
            joined = classify(text)
            joined.lines = [line for u in pieces for line in u.lines] + following.lines
            joined.blank_before = pieces[0].blank_before
            out.append(joined)
            i += size + 1
            break
        else:
            out.append(units[i])
            i += 1
    return out


def _broken_lead(pieces: list[str], following: str) -> str | None:
    """The paragraph ``following`` with the pieces of its dateline lead put back in front of it,
    or None when the pieces are no such thing. A Chinese lead wrapped before its bracket of
    names closed (``本报讯（首席记者 李`` / ``觊）为…``, ``新华社福州10月`` / ``10日电（记者 邹博伟…``,
    ``新华社北京11月8日电`` / ``（记者 陈楠艳）广播…``); an English lead wrapped before its dash
    (``SAN`` / ``FRANCISCO`` / ``(Reuters) — Prelude…``, ``NEW YORK (AFP)`` / ``— There…``) or
    stretched apart on the first line of a justified paragraph and read out of order
    (``(AFP)`` / ``PARIS`` / ``—``: city first)."""
    if _lead(following):
        return None  # a paragraph that opens with a lead of its own (a heading before it)
    if len(pieces) == 1 and _cjk(pieces[0]):
        joined = _join_lines([pieces[0], following])
        lead = _zh_lead.match(joined)
        return joined if lead and lead["by"] and lead.end() > len(pieces[0]) else None
    in_order = " ".join(pieces)
    if _en_lead.fullmatch(in_order):
        return f"{in_order} {following}"
    if not all(_lead_piece.match(t) for t in pieces):
        return None
    lead = _en_lead.match(f"{in_order} {following}")
    if lead and lead.end() > len(in_order):
        return f"{in_order} {following}"
    city = [t for t in pieces if not t.startswith("(") and t not in ("—", "–")]
    wire = [t for t in pieces if t.startswith("(")]
    dash = [t for t in pieces if t in ("—", "–") or t.startswith("(") and t[-1] in "—–"]
    if len(city) != 1 or len(dash) != 1 or len(set(wire + dash)) != len(pieces) - 1:
        return None
    return " ".join(city + [t for t in wire if t not in dash] + dash + [following])


def _repair(units: list[Unit]) -> None:
    """Give back to the body the pieces of paragraphs that look like headings: ``reflow`` cut
    them off at a line it could not place (a first line, a line of Latin words in a Chinese
    column, the line after a byline)."""
    cjk_page = sum(_cjk(u.text) for u in units) * 2 > len(units)
    # Extractors that set every text box apart with blank lines (pdfminer) show which lines
    # share a box with a paragraph: those are no headlines.
    into_body = [(a, b) for a, b in zip(units, units[1:]) if a.kind is Kind.HEADING and b.kind is Kind.PARAGRAPH]
    boxed = len(into_body) >= 4 and sum(b.blank_before for a, b in into_body) >= 0.8 * len(into_body)
    for i, unit in enumerate(units):
        if unit.kind is not Kind.HEADING or _capitals.match(unit.text) and not cjk_page:
            continue
        previous = units[i - 1] if i else None
        following = units[i + 1] if i + 1 < len(units) else None
        cjk = _cjk(unit.text)
        if cjk_page and not cjk:
            unit.kind = Kind.PARAGRAPH  # Latin words alone on a line of a Chinese page
            continue
        if not cjk_page and unit.text[:1].islower() and (previous is None or previous.kind is not Kind.HEADING):
            unit.kind = Kind.PARAGRAPH  # a headline starts with a capital: words of a body line cut apart
            continue
        if boxed and cjk and (
            (previous is not None and previous.kind is Kind.PARAGRAPH and not unit.blank_before)
            or (
                following is not None and following.kind is Kind.PARAGRAPH and not following.blank_before
                and not _starts_article(following)
            )
        ):
            unit.kind = Kind.PARAGRAPH  # in one box with a paragraph (not with a lead: it opens one)
            continue
        if previous is not None and previous.kind is Kind.BYLINE and cjk:
            unit.kind = Kind.PARAGRAPH  # the line after a byline opens the body
            continue
        column = max(
            (_column_width(u) for u in units[max(0, i - 2) : i + 3] if u is not unit), default=0.0
        )
        if not column or not cjk:
            continue
        width = display_width(unit.text)
        latin = bool(regex.search(r"[A-Za-z]", unit.text))
        if latin and width >= 0.7 * column:
            unit.kind = Kind.PARAGRAPH  # a column line holding Latin words: reflow could not measure it
        elif (
            following is not None and following.kind is Kind.PARAGRAPH and not _starts_article(following)
            and column - 2.5 <= width <= column + 0.5 and " " not in unit.text and not unit.text.startswith("——")
            and not (boxed and following.blank_before)
        ):
            # a paragraph's first line, two characters short (not in a box of its own, not a subtitle)
            unit.kind = Kind.PARAGRAPH


def _short_piece(unit: Unit) -> bool:
    """A few Latin words alone on one line that open nothing (``they can't protect``, ``is``):
    maybe a piece of a justified column line that pdfminer cut off and put out of place."""
    return (
        unit.kind in (Kind.PARAGRAPH, Kind.HEADING) and len(unit.lines) == 1 and len(unit.text.split()) <= 4
        and not _cjk(unit.text) and not _lead(unit.text)
    )


def _stray(units: list[Unit], i: int) -> bool:
    """Whether unit ``i`` is a piece of a body line put out of place: a short piece alone
    between blank lines that no title could be (it starts in lower case, stops on a word that
    needs another, see :func:`cleanpress.headlines.ends_open`, or is one word not in capitals:
    a headline has more, a one-word label is set in capitals; a title's lines that wrapped
    share a box), or any short piece between a byline and the dateline lead of its first
    paragraph (a byline stands right above its article's opening words)."""
    unit = units[i]
    if not _short_piece(unit):
        return False
    alone = unit.blank_before and (i + 1 == len(units) or units[i + 1].blank_before)
    lone_word = len(unit.text.split()) == 1 and not _capitals.match(unit.text)
    if alone and (unit.text[:1].islower() or ends_open(unit.text) or lone_word):
        return True
    before = next((u for u in reversed(units[:i]) if not _short_piece(u)), None)
    after = next((u for u in units[i + 1 :] if not _short_piece(u)), None)
    return (
        before is not None and before.kind is Kind.BYLINE and after is not None
        and after.kind is Kind.PARAGRAPH and bool(_en_lead.match(after.text))
    )


def _lift_strays(units: list[Unit]) -> list[Unit]:
    """On a Latin page, stray pieces of body lines (see :func:`_stray`) are text: those that
    stand among an article's opening lines (headline block, byline) go back to the end of the
    text before, so that they neither head an article nor part a byline from its body."""
    if sum(_cjk(u.text) for u in units) * 2 > len(units):
        return units
    out: list[Unit] = []
    for i, unit in enumerate(units):
        if not _stray(units, i):
            out.append(unit)
            continue
        unit.kind = Kind.PARAGRAPH
        at = len(out)
        while at > 0 and out[at - 1].kind is not Kind.PARAGRAPH and len(out) - at < 8:
            at -= 1
        out.insert(at if at > 0 and out[at - 1].kind is Kind.PARAGRAPH else len(out), unit)
    return out


def _items(units: list[Unit]) -> list[Article]:
    """The items of one page's units, in page order: the running head first."""
    units = _lift_strays(_join_leads(units))
    _repair(units)
    folio = _find_folio(units)
    items = [Article(type="banner", headline=units[i].text) for i in sorted(folio)]
    for piece in _pair(_cut(units, folio)):
        if isinstance(piece, list):
            items.append(Article(type="banner", headline=_join_lines([u.text for u in piece])))
            continue
        article = Article()
        if piece.heading:
            _read_heading(article, piece.heading)
        _read_body(article, piece.units)
        if not (article.headline or article.bylines or article.dateline or article.continued_from):
            article.type = "fragment"
        items.append(article)
    return items


def split_units(lines: Sequence[str], source: str | None = None) -> list[Article]:
    """Items of one page from its cleaned units (one per line), in page order."""
    units = [classify(line.strip()) for line in lines if line.strip()]
    return _numbered(_items(units), source)


def split_page(text: str, pipeline: Pipeline, source: str | None = None) -> list[Article]:
    """Items of one page of raw text, cleaned by ``pipeline`` (see the module docstring)."""
    from ..pipeline import Pipeline

    names = pipeline.names
    at = names.index("reflow") if "reflow" in names else len(names)
    before = Pipeline(pipeline.filters[:at])
    after = Pipeline(pipeline.filters[at + 1 :]) if at < len(names) else None
    lines_text = before.run(text)
    if at < len(names):
        reflow = dataclasses.replace(pipeline.filters[at], separator="\n")  # type: ignore[call-arg]
        units_text = Pipeline((reflow,)).run(lines_text)
    else:
        units_text = lines_text
    items = _items(build_units(lines_text, units_text))
    if after is not None and after.filters:
        for item in items:
            _convert(item, after)
    return _numbered(items, source)


def _convert(item: Article, pipeline: Pipeline) -> None:
    """Run the filters after ``reflow`` (``convert``) on every text of an item."""
    for name in ("kicker", "headline", "subheadline", "dateline", "continued_from", "continued_to"):
        value = getattr(item, name)
        if value:
            setattr(item, name, pipeline.run(value))
    item.bylines = [pipeline.run(v) for v in item.bylines]
    item.credits = [pipeline.run(v) for v in item.credits]
    for block in item.body:
        block.text = pipeline.run(block.text)


def _numbered(items: list[Article], source: str | None) -> list[Article]:
    for index, item in enumerate(items):
        item.source, item.index = source, index
    return items
