"""Step 2 of the splitter: the running head.

Its pieces (dates, page numbers, a section name beside them) become ``banner`` items: they
belong to no story, and the extractor scatters them anywhere.
"""

from __future__ import annotations

import regex

from ..text import either_script
from .lines import PAPERS
from .units import Kind, Unit, en_date, folio_piece, in_capitals, sentence_end


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


def find_folio(units: list[Unit]) -> set[int]:
    """Indexes of the running head's pieces: dates and page numbers wherever they stand, a line
    of such pieces together (:func:`running_head_line`), and a section name (``经济``,
    ``BUSINESS``) on a line of its own when the page has a date or page number piece (or the
    section stands first)."""
    found = {i for i, u in enumerate(units) if u.kind is Kind.FOLIO}
    found |= {
        i for i, u in enumerate(units)
        if u.kind in (Kind.HEADING, Kind.PARAGRAPH) and len(u.lines) == 1 and running_head_line(u.text)
    }
    found |= {  # the paper's name, first on the page or beside another piece
        i for i, u in enumerate(units)
        if u.kind is Kind.HEADING and len(u.lines) == 1 and _masthead(u.text)
        and (i == 0 or i - 1 in found or i + 1 in found)
    }
    for i, unit in enumerate(units):
        if unit.kind not in (Kind.HEADING, Kind.PARAGRAPH) or len(unit.lines) > 1 or i in found:
            continue  # (a lone word in capitals, ``WORLD``, may have been read as text)
        if _section(unit.text) and (found or i == 0 or (i + 1 < len(units) and units[i + 1].kind is Kind.FOLIO)):
            found.add(i)
            break
    return found


#: A Chinese paper's name: ``河南日报``, ``北京晚报``, ``南方都市报``.
_ZH_PAPER = regex.compile(either_script(r"^\p{Han}{2,8}(?:日报|晚报|早报|时报|商报|周报|都市报)$"))


#: Last words of papers' names that also end common phrases (``RISING STAR``): a paper's name
#: with one of them starts with ``THE`` (``THE WASHINGTON POST``).
_COMMON_WORDS = frozenset("Post Journal Globe Register Independent Bulletin Star Sun Newspapers Magazine".split())


def _masthead(text: str) -> bool:
    """Whether a line is a paper's name: ``河南日报``, or in capitals ending on a paper's word
    (``THE DAILY COURIER``, ``CHICAGO TRIBUNE``)."""
    if _ZH_PAPER.match(text):
        return True
    words = text.split()
    last = words[-1].title() if words else ""
    return (
        bool(in_capitals.match(text)) and len(words) <= 5 and last in PAPERS
        and (last not in _COMMON_WORDS or words[0] == "THE")
    )


def _section(text: str) -> bool:
    """Whether a line is a section's name: ``经济``, ``BUSINESS``, ``LOCAL NEWS``, ``WORLD & NATION``."""
    words = text.split()
    return text in _ZH_SECTIONS or 0 < len(words) <= 3 and all(w in _EN_SECTIONS or w in ("&", "AND") for w in words)


#: What parts the pieces of a running head set on one line: spaces, bars, middle dots.
_separators = regex.compile(r"[\s|｜·•]+")
#: Most words of the one piece of a running head that is no date, page or section (the paper's
#: name: ``The Daily Courier``, ``河南日报``).
LABEL_WORDS = 4


def running_head_line(text: str) -> bool:
    """Whether ``text`` is a running head set on one line: its pieces, parted by spaces or bars,
    are dates, weekdays, page numbers and section names, two at least, one of them a date or a
    page number and another a second or a section, and at most one short label beside them
    (``A3 | Tuesday, May 6, 2025 | The Daily Courier``, ``2024年5月1日 星期三 第3版``, ``第3版 要闻``).
    A title that holds a date has words glued to it (``2024年5月1日起施行``) and is none."""
    tokens = [t for t in _separators.split(en_date.sub("\0", text)) if t]
    rest = [t for t in tokens if t != "\0" and not folio_piece.fullmatch(t)]  # no date, no page
    strong = len(tokens) - len(rest)
    sections = sum(t in _ZH_SECTIONS or t.upper() in _EN_SECTIONS for t in rest)
    if not strong or strong + sections < 2 or len(rest) - sections > LABEL_WORDS:
        return False
    return not any(sentence_end.search(t) or any(c.isdigit() for c in t) for t in rest)
