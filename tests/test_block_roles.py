"""Which lines of a Chinese headline block are kicker, title and subtitle (cleanpress.segment.block_roles).

The blocks are as the splitter formed them on held-out generated pages (seeds 201-205 and
2206, never trained on): each line with whether a blank line stood before it; every expected reading is the
page's gold. In each, the conventions' rules alone read the fields wrong."""

from __future__ import annotations

import pytest

from cleanpress.document import Article
from cleanpress.segment.block_roles import ROLE_NAMES, readings, reading_evidence, weigh
from cleanpress.segment.reading import read_heading
from cleanpress.segment.units import Kind, Unit


def _units(lines: list[tuple[str, bool]]) -> list[Unit]:
    return [Unit(text, Kind.HEADING, text, [text], blank_before=blank) for text, blank in lines]


def _fields(lines: list[tuple[str, bool]]) -> tuple[str | None, str | None, str | None]:
    article = Article()
    read_heading(article, _units(lines))
    return article.kicker, article.headline, article.subheadline


@pytest.mark.parametrize(
    ("lines", "fields"),
    [
        # pdfminer sets a block's lines tight: a kicker wider than the title under it ...
        ([("他们也将获得一个列表", True), ("通过端口转发", False), ("建立加密通道", False)],
         ("他们也将获得一个列表", "通过端口转发建立加密通道", None)),
        # ... over a title that wrapped (the rules made the wrap a subtitle)
        ([("首先看看实验发行的特例", True), ("图形界面的网", False), ("络配置工具", False)],
         ("首先看看实验发行的特例", "图形界面的网络配置工具", None)),
        # ... and over a title with a comma and its dashed subtitle (a newspaper-length title,
        # zh-s2206-p03; the rules read kicker and title as one)
        ([("这些阶段可以有不同的配置", True), ("被认为是中间键，仍", False), ("可寻找到相关文档", False),
          ("——请务必阅读手册", False)],
         ("这些阶段可以有不同的配置", "被认为是中间键，仍可寻找到相关文档", "——请务必阅读手册")),
        # a wrapped title over a wider subtitle that wrapped too (zh-s203-p02, pdfminer)
        ([("很多功能未列", True), ("入标准的内核", False), ("其用户在扩散方面也居功", False), ("甚伟", False)],
         (None, "很多功能未列入标准的内核", "其用户在扩散方面也居功甚伟")),
        # pdftotext parts some fields by a blank line, not all (zh-s203-p01)
        ([("网络上的电脑时间同步后", True), ("在被冻结并", True), ("标准化之前", False), ("所有允许进程的清单", False)],
         ("网络上的电脑时间同步后", "在被冻结并标准化之前", "所有允许进程的清单")),
    ],
)
def test_the_learned_reading_finds_the_fields(lines: list[tuple[str, bool]], fields: tuple) -> None:
    assert _fields(lines) == fields


def test_the_conventions_rule_readings_out() -> None:
    """A dash opening a line opens the subtitle, a dash closing one ends the kicker, a short
    last line naming who attended is the subtitle; lines that break the conventions (a
    subtitle above the kicker's closing dash) leave every reading open."""
    assert readings(["推动浚县法治政府建设", "再上新台阶", "——访县长蔡守业"]) == [(0, 2), (1, 2)]
    assert readings(["开发区聚焦科技引领在创新创造上奋勇", "争先，今年年初以来——", "技术合同成交额", "创历史同期新高"]) == [
        (2, 3), (2, 4)]
    assert readings(["全市安全生产风险防范", "工作会议召开", "林鸿嘉参加"]) == [(0, 1), (0, 2), (1, 2)]
    assert len(readings(["引题——", "——副题", "主题"])) == 6


def test_the_conventions_reading_stands_unless_clearly_less_likely() -> None:
    """The seed page's eighth block: the trees alone would read its title's second line as a
    subtitle (the seed's gold, and the rules, read a title of two lines); a reading the trees
    find far likelier wins over the rules' (the kicker of the first test case, zh-s201-p02)."""
    seed_block = _units([("“平安筑梦·匠心通途”鹤壁107项目建设者", True), ("“五一”国际劳动节文艺慰问演出举行", False)])
    assert weigh(seed_block, (0, 2)) == (0, 2)
    tight = _units([("他们也将获得一个列表", True), ("通过端口转发", False), ("建立加密通道", False)])
    assert weigh(tight, (0, 2)) == (1, 3)


def test_the_evidence_matches_its_names() -> None:
    """The trees read rows in ROLE_NAMES order (the shipped model is checked against the names
    when it is loaded, by every test above)."""
    row = reading_evidence(["引题很长很长的一行", "主题", "副题"], [True, False, True], (1, 2))
    assert len(row) == len(ROLE_NAMES)
    named = dict(zip(ROLE_NAMES, row))
    assert named["kicker"] == named["subtitle"] == 1.0
    assert named["kicker 3 wider"] == 1.0 and named["blank line before subtitle"] == 1.0
    assert named["blank line before title"] == 0.0
