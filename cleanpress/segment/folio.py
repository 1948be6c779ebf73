"""Step 2 of the splitter: the running head.

Its pieces (dates, page numbers, a section name beside them) become ``banner`` items: they
belong to no story, and the extractor scatters them anywhere.
"""

from __future__ import annotations

from .units import Kind, Unit


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
    """Indexes of the running head's pieces: dates and page numbers wherever they stand, and a
    section name (``经济``, ``BUSINESS``) on a line of its own when the page has a date or page
    number piece (or the section stands first)."""
    found = {i for i, u in enumerate(units) if u.kind is Kind.FOLIO}
    for i, unit in enumerate(units):
        if unit.kind not in (Kind.HEADING, Kind.PARAGRAPH) or len(unit.lines) > 1 or i in found:
            continue  # (a lone word in capitals, ``WORLD``, may have been read as text)
        text = unit.text
        section = text in _ZH_SECTIONS or text in _EN_SECTIONS
        if section and (found or i == 0 or (i + 1 < len(units) and units[i + 1].kind is Kind.FOLIO)):
            found.add(i)
            break
    return found
