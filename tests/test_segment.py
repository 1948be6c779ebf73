"""The splitter, one newspaper convention at a time (domain.md §3), and what it promises for
every page: nothing lost, a page without structure kept whole."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import regex

import cleanpress
from cleanpress import Article, Block, headlines, segment
from cleanpress.segment import Kind, classify, split_units

PAGES = Path(__file__).parent / "cases" / "pages"


def articles(items: list[Article]) -> list[Article]:
    return [item for item in items if item.type == "article"]


def block(item: Article) -> tuple[str | None, str | None, str | None]:
    return item.kicker, item.headline, item.subheadline


# --- bylines and datelines ----------------------------------------------------------------------

FEATURE = """依法治县 依法执政

推动法治政府建设再上新台阶

——访县长蔡守业

□本报记者 柯其其

“近年来，浚县深入践行法治思想，坚持依法治县，为经济社会高质量发展提供坚强法治保障。”县长说。

坚持高位推进，扛牢法治政府建设责任。县委常委会坚持季度学法，每年召开述法会。
"""


def test_a_byline_line_with_its_marker() -> None:
    (item,) = cleanpress.split_text(FEATURE)
    assert item.type == "article"
    assert block(item) == ("依法治县 依法执政", "推动法治政府建设再上新台阶", "——访县长蔡守业")
    assert item.bylines == ["本报记者 柯其其"]
    assert item.dateline is None
    assert item.paragraphs[0].startswith("“近年来")


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("□本报记者 柯其其", "本报记者 柯其其"),
        ("■河南日报记者 陈晨 蒋晓芳", "河南日报记者 陈晨 蒋晓芳"),
        ("◎本报记者 史国", "本报记者 史国"),
        ("记者 徐嘉秀 实习生 袁桂洋", "记者 徐嘉秀 实习生 袁桂洋"),
        ("By Jane Doe, Staff Writer", "Jane Doe, Staff Writer"),
        ("By JOHN SMITH", "JOHN SMITH"),
    ],
)
def test_byline_lines_lose_their_wrappers(line: str, value: str) -> None:
    unit = classify(line)
    assert (unit.kind, unit.value) == (Kind.BYLINE, value)


def test_a_sentence_that_starts_with_a_role_word_is_no_byline() -> None:
    assert classify("记者从市总工会了解到，他们将以此次活动为抓手").kind is not Kind.BYLINE


def test_a_dateline_lead_gives_dateline_and_byline() -> None:
    page = "市总工会举办主题活动\n\n本报讯（记者 秦颖）为弘扬劳模精神，市总工会联合区总工会开展主题活动，旨在引导青少年树立正确的劳动价值观。\n"
    (item,) = cleanpress.split_text(page)
    assert (item.dateline, item.bylines) == ("本报讯", ["记者 秦颖"])
    assert item.paragraphs[0].startswith("为弘扬劳模精神")


def test_a_letter_spaced_lead_broken_inside_its_bracket() -> None:
    page = (
        "市总工会举办主题活动\n\n本 报 讯 （首 席 记 者 李\n\n觊）为 弘 扬 劳 模 精 神 、劳 动 精 神 、工 匠 精 神 ，充 分 发 挥\n\n"
        "劳动模范和工匠人才的示范引领作用，日前，市总工会联合开展活动。\n"
    )
    (item,) = cleanpress.split_text(page)
    assert (item.dateline, item.bylines) == ("本报讯", ["首席记者 李觊"])
    assert item.paragraphs == ["为弘扬劳模精神、劳动精神、工匠精神，充分发挥劳动模范和工匠人才的示范引领作用，日前，市总工会联合开展活动。"]


def test_a_wire_lead() -> None:
    page = "在新征程上建功立业\n\n新华社北京4月29日电（记者 王芳 李强）高质量发展离不开高质量的劳动创造，新时代以来我国取得了新突破。\n"
    (item,) = cleanpress.split_text(page)
    assert (item.dateline, item.bylines) == ("新华社北京4月29日电", ["记者 王芳 李强"])
    assert item.paragraphs[0].startswith("高质量发展")


def test_a_closing_dateline() -> None:
    page = (
        "劳动创造幸福\n\n高质量发展离不开高质量的劳动创造，新时代以来我国取得了新突破。\n\n"
        "我们要坚定信心，在新征程上建功立业，为现代化建设贡献力量。\n\n（新华社北京4月29日电）\n"
    )
    (item,) = cleanpress.split_text(page)
    assert item.dateline == "新华社北京4月29日电"
    assert item.credits == [] and item.paragraphs[-1].endswith("贡献力量。")


# --- closing credits ----------------------------------------------------------------------------


def test_trailing_names_credit_contributors_when_the_lead_named_the_author() -> None:
    page = (
        "市总工会举办主题活动\n\n本报讯（记者 秦颖）为弘扬劳模精神，市总工会联合区总工会开展主题活动。\n\n"
        "本次活动邀请了劳动奖章获得者走进校园，分享他们的成长故事。（桑萍 王志彬）\n"
    )
    (item,) = cleanpress.split_text(page)
    assert item.bylines == ["记者 秦颖"]
    assert item.credits == ["桑萍 王志彬"]
    assert item.paragraphs[-1].endswith("成长故事。")


def test_trailing_names_are_the_authors_when_the_lead_named_none() -> None:
    page = "国网供电公司创新服务\n\n本报讯 4月28日，国网鹤壁供电公司创新服务，破解园区外项目用电难题。（桑萍 王志彬）\n"
    (item,) = cleanpress.split_text(page)
    assert (item.dateline, item.bylines, item.credits) == ("本报讯", ["桑萍 王志彬"], [])
    assert item.paragraphs == ["4月28日，国网鹤壁供电公司创新服务，破解园区外项目用电难题。"]


def test_a_source_credit_on_its_own_line() -> None:
    page = (
        "看一刻钟如何圈出幸福生活\n\n□河南日报记者 陈晨 蒋晓芳\n\n"
        "自2021年起，我省先后作为全国城市一刻钟便民生活圈试点地区，积极探索便民生活圈建设。\n\n（据《河南日报》）\n"
    )
    (item,) = cleanpress.split_text(page)
    assert item.bylines == ["河南日报记者 陈晨 蒋晓芳"]
    assert item.credits == ["据《河南日报》"]


# --- continuation markers, subheads, banners -----------------------------------------------------


def test_continuation_markers_keep_their_words_not_their_brackets() -> None:
    page = (
        "（上接第一版）\n\n本报讯（记者 张三）高质量发展离不开高质量的劳动创造，新时代以来我国取得了新突破。\n\n"
        "我们要坚定信心，在新征程上建功立业，为现代化建设贡献力量。\n\n（下转第二版）\n\n在新征程上建功立业\n"
    )
    (item,) = cleanpress.split_text(page)
    assert (item.continued_from, item.continued_to) == ("上接第一版", "下转第二版")
    assert item.headline == "在新征程上建功立业"
    assert (item.dateline, item.bylines) == ("本报讯", ["记者 张三"])


def test_section_subheads_inside_a_body() -> None:
    page = (
        "看一刻钟如何圈出幸福生活\n\n本报讯（记者 马飞）自2021年起，我省先后作为全国城市一刻钟便民生活圈试点地区。\n\n"
        "圈出居民幸福感\n\n4月25日，社区居民李鸿忠向记者分享了他的生活时间表，都在步行15分钟范围内。\n\n"
        "圈出消费微循环\n\n今年3月以来，淇滨区探索在小区周边设立便民疏导点，引导瓜果农有序经营。\n"
    )
    (item,) = cleanpress.split_text(page)
    assert [b.kind for b in item.body] == ["paragraph", "subhead", "paragraph", "subhead", "paragraph"]
    assert [b.text for b in item.body if b.kind == "subhead"] == ["圈出居民幸福感", "圈出消费微循环"]


def test_the_running_head_and_a_banner_are_banners() -> None:
    """The banner is a box of its own; the headline block below it is one box of lines."""
    page = (
        "2025年4月30日 星期三\n\n综合\n\n第2版\n\n创建全国法治政府建设示范市\n\n依法治县 依法执政\n"
        "推动法治政府建设再上新台阶\n——访县长蔡守业\n\n□本报记者 柯其其\n\n"
        "“近年来，浚县深入践行法治思想，坚持依法治县，为经济社会高质量发展提供坚强法治保障。”县长说。\n\n"
        "市总工会举办主题活动\n\n本报讯（记者 秦颖）为弘扬劳模精神，市总工会联合区总工会开展主题活动。\n"
    )
    items = cleanpress.split_text(page)
    banners = [item.headline for item in items if item.type == "banner"]
    assert banners == ["2025年4月30日 星期三", "综合", "第2版", "创建全国法治政府建设示范市"]
    assert [a.headline for a in articles(items)] == ["推动法治政府建设再上新台阶", "市总工会举办主题活动"]


def test_a_running_head_piece_between_body_lines_leaves_the_body_whole() -> None:
    units = [
        "市总工会举办主题活动", "本报讯（记者 秦颖）为弘扬劳模精神，市总工会联合区总工会开展主题活动。",
        "第8版", "本次活动邀请了劳动奖章获得者走进校园，分享他们的成长故事。",
    ]
    items = split_units(units)
    assert [(i.type, i.headline) for i in items] == [("banner", "第8版"), ("article", "市总工会举办主题活动")]
    assert len(items[1].paragraphs) == 2


# --- where the headline block is -----------------------------------------------------------------


def test_headline_blocks_before_their_bodies() -> None:
    page = (
        "推动法治政府建设再上新台阶\n\n——访县长蔡守业\n\n□本报记者 柯其其\n\n"
        "“近年来，浚县深入践行法治思想，坚持依法治县，为经济社会高质量发展提供坚强法治保障。”县长说。\n\n"
        "市总工会举办主题活动\n\n本报讯（记者 秦颖）为弘扬劳模精神，市总工会联合区总工会开展主题活动，旨在引导青少年树立正确的劳动价值观。\n"
    )
    first, second = articles(cleanpress.split_text(page))
    assert (first.headline, first.bylines) == ("推动法治政府建设再上新台阶", ["本报记者 柯其其"])
    assert (second.headline, second.bylines) == ("市总工会举办主题活动", ["记者 秦颖"])


def test_headline_blocks_after_their_bodies() -> None:
    """The seed's order: every block follows its body (a PDF drew the blocks last)."""
    page = (
        "□本报记者 柯其其\n\n“近年来，浚县深入践行法治思想，坚持依法治县，为经济社会高质量发展提供坚强法治保障。”县长说。\n\n"
        "推动法治政府建设再上新台阶\n\n——访县长蔡守业\n\n"
        "本报讯（记者 秦颖）为弘扬劳模精神，市总工会联合区总工会开展主题活动，旨在引导青少年树立正确的劳动价值观。\n\n"
        "市总工会举办主题活动\n"
    )
    first, second = articles(cleanpress.split_text(page))
    assert (first.headline, first.subheadline, first.bylines) == ("推动法治政府建设再上新台阶", "——访县长蔡守业", ["本报记者 柯其其"])
    assert (second.headline, second.bylines) == ("市总工会举办主题活动", ["记者 秦颖"])


def test_an_inset_block_between_the_first_column_and_the_rest() -> None:
    units = [
        "本报讯（记者 秦颖）为弘扬劳模精神，市总工会联合区总工会开展主题活动，旨在引导青少年",
        "市总工会举办主题活动",
        "树立正确的劳动价值观，激发他们追求卓越的精神。",
        "本次活动邀请了劳动奖章获得者走进校园，分享他们的成长故事。",
    ]
    (item,) = split_units(units)
    assert item.headline == "市总工会举办主题活动"
    assert item.paragraphs[0] == "为弘扬劳模精神，市总工会联合区总工会开展主题活动，旨在引导青少年树立正确的劳动价值观，激发他们追求卓越的精神。"



def _column_lines(text: str, width: int) -> str:
    """``text`` broken into column lines of ``width`` characters, as an extractor gives them."""
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


#: Texts of the column-reading tests below: an article's first column, its later column, and
#: another article that an extractor may read between the two.
LEAD_COLUMN = "本报讯（记者 秦颖）为弘扬劳模精神，市总工会联合区总工会开展主题活动，旨在引导青少年树立正确的劳动价值观，激发他们追求卓越的精神。"
LATER_COLUMN = (
    "本次活动邀请了劳动奖章获得者走进校园，分享他们的成长故事，同学们认真聆听，纷纷表示要向劳模学习，"
    "争做新时代的好少年。活动现场还设置了劳动技能展示区，劳模们手把手教学生使用工具，现场气氛十分热烈。"
)
OTHER_ARTICLE = (
    "“近年来，浚县深入践行法治思想，坚持依法治县，为经济社会高质量发展提供坚强法治保障。”县长说。"
    "坚持高位推进，扛牢法治政府建设责任。县委常委会坚持季度学法，每年召开述法会，把法治建设纳入年度考核体系。"
)


def test_the_short_tail_of_a_column_put_back_goes_along() -> None:
    """After the column put back, a subhead and a last piece too short to measure (with the
    closing names) belong to the same article, not to the article read before them."""
    first = LEAD_COLUMN
    rest = LATER_COLUMN
    other = OTHER_ARTICLE
    tail = "同学们收获满满，纷纷点赞。（桑萍 王志彬）"
    page = (
        f"市总工会举办主题活动\n\n{_column_lines(first, 14)}\n\n推动法治政府建设再上新台阶\n\n"
        f"□本报记者 柯其其\n\n{_column_lines(other, 18)}\n\n{rest[:12]}\n{_column_lines(rest[12:], 14)}\n\n"
        f"劳模走进校园\n\n{_column_lines(tail, 14)}\n"
    )
    first_item, second_item = articles(cleanpress.split_text(page))
    assert (first_item.headline, first_item.credits) == ("市总工会举办主题活动", ["桑萍 王志彬"])
    assert first_item.body[-2:] == [Block("subhead", "劳模走进校园"), Block("paragraph", "同学们收获满满，纷纷点赞。")]
    assert (second_item.headline, second_item.credits) == ("推动法治政府建设再上新台阶", [])
    assert second_item.paragraphs[-1].endswith("纳入年度考核体系。")


def test_heading_runs_parted_by_a_running_head_stay_apart() -> None:
    """Only the runs on either side of a column put back become one; two runs that a running
    head parted (it stands between blocks) stay two."""
    from cleanpress.segment import _cut, _find_folio

    units = [classify(text) for text in ("劳模精神代代传", "第5版", "推动法治政府建设再上新台阶")]
    pieces = _cut(units, _find_folio(units))
    assert [[u.text for u in piece.units] for piece in pieces] == [["劳模精神代代传"], ["推动法治政府建设再上新台阶"]]


def test_a_subhead_below_a_block_and_the_same_column_width_continue_the_article() -> None:
    """A block set beside (or inset in) a body comes after its first column; the lone short
    line after it is a section subhead, and the text after that, in the same column width and
    with no opening of its own, is the rest of that article (a page's articles are set in
    different widths), not an article of its own."""
    first = LEAD_COLUMN
    rest = "本次活动邀请了劳动奖章获得者走进校园，分享他们的成长故事，同学们认真聆听，纷纷表示要向劳模学习，争做新时代的好少年。"
    page = (
        f"{_column_lines(first, 14)}\n\n市总工会举办主题活动\n\n劳模走进校园\n\n{_column_lines(rest, 14)}\n\n"
        f"□本报记者 柯其其\n\n{_column_lines(rest, 18)}\n\n推动法治政府建设再上新台阶\n"
    )
    first_item, second_item = articles(cleanpress.split_text(page))
    assert first_item.headline == "市总工会举办主题活动"
    assert [b.kind for b in first_item.body] == ["paragraph", "subhead", "paragraph"]
    assert (second_item.headline, second_item.bylines) == ("推动法治政府建设再上新台阶", ["本报记者 柯其其"])


def test_a_column_read_after_another_article_goes_back_to_its_own() -> None:
    """An extractor reading column by column can put a whole article between two columns of
    another; the later column (no opening of its own, the first column's width; its first line
    two characters short, a paragraph's indent) is put back."""
    first = LEAD_COLUMN
    rest = LATER_COLUMN
    other = OTHER_ARTICLE
    page = (
        f"市总工会举办主题活动\n\n{_column_lines(first, 14)}\n\n推动法治政府建设再上新台阶\n\n"
        f"□本报记者 柯其其\n\n{_column_lines(other, 18)}\n\n{rest[:12]}\n{_column_lines(rest[12:], 14)}\n"
    )
    first_item, second_item = articles(cleanpress.split_text(page))
    assert first_item.headline == "市总工会举办主题活动"
    assert first_item.paragraphs[-1].endswith("现场气氛十分热烈。")
    assert (second_item.headline, second_item.bylines) == ("推动法治政府建设再上新台阶", ["本报记者 柯其其"])
    assert second_item.paragraphs[-1].endswith("纳入年度考核体系。")


def test_blocks_of_one_row_pass_over_a_subhead_to_their_bodies() -> None:
    """Two articles side by side: their blocks come first, then the first body with a section
    subhead, then the second body. The second block waits for the second body."""
    first = LEAD_COLUMN
    section = "本次活动邀请了劳动奖章获得者走进校园，分享他们的成长故事，同学们认真聆听，纷纷表示要向劳模学习，争做新时代的好少年。"
    second = (
        "本报讯（记者 柯其其）近年来，浚县深入践行法治思想，坚持依法治县，为经济社会高质量发展提供坚强法治保障。"
        "县委常委会坚持季度学法，每年召开述法会，把法治建设纳入年度考核体系。"
    )
    page = (
        "市总工会举办主题活动\n\n弘扬劳模精神——\n\n推动法治政府建设再上新台阶\n\n"
        f"{_column_lines(first, 14)}\n\n劳模走进校园\n\n{section[:12]}\n{_column_lines(section[12:], 14)}\n\n"
        f"{_column_lines(second, 18)}\n"
    )
    first_item, second_item = articles(cleanpress.split_text(page))
    assert (first_item.headline, first_item.bylines) == ("市总工会举办主题活动", ["记者 秦颖"])
    assert [b.kind for b in first_item.body] == ["paragraph", "subhead", "paragraph"]
    assert block(second_item) == ("弘扬劳模精神——", "推动法治政府建设再上新台阶", None)
    assert second_item.bylines == ["记者 柯其其"]


def test_the_interleaved_blocks_of_one_row() -> None:
    """Two articles side by side with their blocks on top: an extractor that orders text
    boxes by height puts out both kickers, then both titles, then the subtitle, then the two
    bodies. Each article gets its own kicker, title and subtitle."""
    first = LEAD_COLUMN
    second = (
        "本报讯（记者 柯其其）近年来，浚县深入践行法治思想，坚持依法治县，为经济社会高质量发展提供坚强法治保障。"
        "县委常委会坚持季度学法，每年召开述法会，把法治建设纳入年度考核体系。"
    )
    page = (
        "弘扬劳模精神——\n\n依法治县——\n\n市总工会举办主题活动\n\n推动法治政府建设再上新台阶\n\n——劳模走进校园\n\n"
        f"{_column_lines(first, 14)}\n\n{_column_lines(second, 18)}\n"
    )
    first_item, second_item = articles(cleanpress.split_text(page))
    assert block(first_item) == ("弘扬劳模精神——", "市总工会举办主题活动", "——劳模走进校园")
    assert block(second_item) == ("依法治县——", "推动法治政府建设再上新台阶", None)
    assert (first_item.bylines, second_item.bylines) == (["记者 秦颖"], ["记者 柯其其"])


def test_a_side_block_put_out_after_the_articles_between() -> None:
    """The blocks of a page come before their bodies, but the block set beside the first,
    long article comes out only after the next two articles, next to the fourth's block: it
    goes back to the article that had none."""
    first = "“近年来，浚县深入践行法治思想，坚持依法治县，为经济社会高质量发展提供坚强法治保障。”县长说。坚持高位推进，扛牢法治政府建设责任。县委常委会坚持季度学法，每年召开述法会。"
    second = "本报讯（记者 秦颖）为弘扬劳模精神，市总工会联合区总工会开展主题活动，旨在引导青少年树立正确的劳动价值观，激发他们追求卓越的精神。"
    third = "本报讯（记者 李觊）本次活动邀请了劳动奖章获得者走进校园，分享他们的成长故事，同学们认真聆听，纷纷表示要向劳模学习。"
    fourth = "本报讯（记者 徐嘉秀）活动现场还设置了劳动技能展示区，劳模们手把手教学生使用工具，现场气氛十分热烈，同学们收获满满。"
    page = (
        f"□本报记者 柯其其\n\n{_column_lines(first, 16)}\n\n市总工会举办主题活动\n\n{_column_lines(second, 14)}\n\n"
        f"劳模走进校园\n\n{_column_lines(third, 18)}\n\n推动法治政府建设再上新台阶\n\n——访县长蔡守业\n\n"
        f"技能展示受欢迎\n\n{_column_lines(fourth, 12)}\n"
    )
    items = articles(cleanpress.split_text(page))
    assert [(item.headline, item.bylines) for item in items] == [
        ("推动法治政府建设再上新台阶", ["本报记者 柯其其"]),
        ("市总工会举办主题活动", ["记者 秦颖"]),
        ("劳模走进校园", ["记者 李觊"]),
        ("技能展示受欢迎", ["记者 徐嘉秀"]),
    ]
    assert items[0].subheadline == "——访县长蔡守业"


def test_a_title_line_in_one_box_with_the_lead_below_it() -> None:
    """An extractor that sets every text box apart with blank lines (pdfminer) may put a
    title's last line in one box with the lead under it; a lead opens a paragraph, so the
    title lines stay a block."""
    leads = [
        "本报讯（记者 秦颖）为弘扬劳模精神，市总工会联合区总工会开展主题活动，旨在引导青少年树立正确的劳动价值观。",
        "本报讯（记者 李觊）本次活动邀请了劳动奖章获得者走进校园，分享他们的成长故事，同学们认真聆听。",
        "本报讯（记者 徐嘉秀）活动现场还设置了劳动技能展示区，劳模们手把手教学生使用工具，现场气氛十分热烈。",
        "本报讯（记者 袁桂洋）同学们纷纷表示，要向劳模学习，争做新时代的好少年，用行动诠释劳动的意义。",
    ]
    heads = ["市总工会举办主题活动", "劳模走进校园", "技能展示受欢迎", "争做新时代好少年"]
    last = "本报讯（记者 柯其其）近年来，浚县深入践行法治思想，坚持依法治县，为经济社会高质量发展提供坚强法治保障。"
    page = "".join(f"{head}\n\n{_column_lines(lead, 15)}\n\n" for head, lead in zip(heads, leads))
    page += f"推动法治政府建设\n再上新台阶\n{_column_lines(last, 15)}\n"
    items = articles(cleanpress.split_text(page))
    assert [item.headline for item in items] == [*heads, "推动法治政府建设再上新台阶"]
    assert items[-1].bylines == ["记者 柯其其"]


def test_a_heading_in_a_box_of_its_own_is_no_first_line() -> None:
    """A heading as wide as a paragraph's indented first line is read back into the body when
    the extractor gave no boxes; on a page where every box stands apart (pdfminer), a heading
    with blank lines on both sides is a box of its own, not the first line of what follows."""
    from cleanpress.segment import Unit, _repair

    def paragraph(text: str) -> Unit:
        lines = [text[i : i + 15] for i in range(0, len(text), 15)]
        return Unit(text, Kind.PARAGRAPH, text, lines, blank_before=True)

    text = "近年来，浚县深入践行法治思想，坚持依法治县，为经济社会高质量发展提供坚强法治保障，把法治建设纳入年度考核体系。"
    units = []
    for head in ("市总工会举办主题活动", "劳模走进校园", "技能展示受欢迎", "争做新时代好少年"):
        units += [Unit(head, Kind.HEADING, head, [head], blank_before=True), paragraph("本报讯（记者 秦颖）" + text)]
    title = "推动法治政府建设再上新台阶"  # 13 wide, two short of the 15-wide column beside it
    units += [Unit(title, Kind.HEADING, title, [title], blank_before=True), paragraph(text)]
    _repair(units)
    assert units[-2].kind is Kind.HEADING
    units[-1].blank_before = False  # the same line in one box with the paragraph: its first line
    _repair(units)
    assert units[-2].kind is Kind.PARAGRAPH


def test_a_heading_box_measured_against_the_column_beyond_a_short_box() -> None:
    """A headline block set apart by blank lines is told by being well short of the column
    lines beside it; when the box next to it is short too (a banner, a byline), the column
    beyond that one is the measure. Headlines may hold a comma, and a subtitle opened by a
    dash may run as wide as the column."""
    from cleanpress.segment import _Line, _mark_heading_boxes

    column = ["区分（IPv6在这里会有帮助）。日志分", "析程序频繁地安装在服务器上；因为前", "者为管理员提供了后者使用方式的精确", "概念。"]
    block = ["尤其在时区交接", "源代码合并工具", "配置文件", "——新的版本将在它稳定之后再发布"]
    boxes = [column, ["共享，拷贝和存档"], block, ["（上接第一版）", "□本报记者 彭斌娜 蔡伟颖"], column]
    lines = [_Line(text, blank_before=bool(n) and i == 0) for n, box in enumerate(boxes) for i, text in enumerate(box)]
    _mark_heading_boxes(lines)
    marked = {line.text for line in lines if line.heading}
    assert {"共享，拷贝和存档", *block} <= marked
    assert not marked & set(column)


def test_a_block_in_one_box_with_its_byline_and_column() -> None:
    """pdftotext may set a block, its byline and its column in one box; the short lines
    opening the box are heading lines, measured against the column under them."""
    from cleanpress.segment import _Line, _mark_heading_boxes

    before = ["统忽略它们的行为，并导致部分安装的软件", "包。当一个软件包在它的删除脚本中有错误", "时，该软件包将会成为不可能删除的软件包，", "当遇到2个以上的类似的软件包时，先前没"]
    block = ["并收到无休止", "的主动消息", "——发给虚拟邮箱域的消息"]
    column = ["在项目发起的几年之后，Debian确定了需", "要遵循自由软件项目形式的原则。这个慎重而",
              "积极的决定使得项目有序而稳定的成长并且确", "保了所有的成员向同一个方向前进。要成为一"]
    texts = before + block + ["□本报记者 秦雪 范宇"] + column
    lines = [_Line(text, blank_before=text == block[0]) for text in texts]
    _mark_heading_boxes(lines)
    assert [line.text for line in lines if line.heading] == block

# --- English ---------------------------------------------------------------------------------------

ENGLISH = """Thursday, February 4, 2021

TECHNOLOGY

A16

NETWORK SECURITY
City Moves to Secure Its Servers
Officials say the plan will take two years

By JOHN SMITH

WASHINGTON (AP) — The city announced on Monday that it would spend more on protecting its computer systems after a series of attacks.

The plan was approved by the council in a close vote late on Monday night.

Continued on Page A4

Council Backs New Budget

Continued from Page A1

By Mary Jones, Staff Writer

LONDON — The council met on Tuesday evening to discuss the budget for the coming year, which includes new spending.

Members agreed to postpone the final vote until the next session in March.

Sarah Lee contributed reporting.
"""


def test_english_conventions() -> None:
    items = cleanpress.split_text(ENGLISH)
    assert [i.headline for i in items if i.type == "banner"] == ["Thursday, February 4, 2021", "TECHNOLOGY", "A16"]
    first, second = articles(items)
    assert block(first) == ("NETWORK SECURITY", "City Moves to Secure Its Servers", "Officials say the plan will take two years")
    assert (first.bylines, first.dateline) == (["JOHN SMITH"], "WASHINGTON (AP)")
    assert first.continued_to == "Continued on Page A4"
    assert first.paragraphs[0].startswith("The city announced")
    assert (second.headline, second.continued_from) == ("Council Backs New Budget", "Continued from Page A1")
    assert (second.bylines, second.dateline) == (["Mary Jones, Staff Writer"], "LONDON")
    assert second.credits == ["Sarah Lee contributed reporting."]


def test_an_english_byline_that_wrapped() -> None:
    units = ["Budget Talks Stall", "By Mary Jones, Technology", "Correspondent",
             "The council met on Tuesday evening to discuss the budget for the coming year."]
    (item,) = split_units(units)
    assert item.bylines == ["Mary Jones, Technology Correspondent"]


def test_a_byline_wrap_that_reflow_joined_to_the_text_after_it() -> None:
    """pdfminer sets a byline's wrap in a box of its own (a training page, en-s148-p04);
    ``reflow`` may join it to the stray pieces and paragraph after it. The wrap still goes
    with the byline; a paragraph's first word set tight above the rest does not."""
    lines_text = ("By Laura Wright, Technology\n\nCorrespondent\n\npossible\n\n"
                  "When a Debian package is removed, the configuration")
    units = segment.build_units(lines_text, "By Laura Wright, Technology\n"
                                "Correspondent possible When a Debian package is removed, the configuration")
    assert units[0].kind is Kind.BYLINE and units[0].value == "Laura Wright, Technology Correspondent"
    tight = segment.build_units("By James Adams\nEven\nthese multi-criteria searches are rather unwieldy",
                                "By James Adams\nEven these multi-criteria searches are rather unwieldy")
    assert tight[0].value == "James Adams"


def test_the_first_words_of_the_body_cut_off_their_line_do_not_extend_a_byline() -> None:
    units = ["Budget Talks Stall", "By Emily Harris and Brian White", "The",
             "council met on Tuesday evening to discuss the budget for the coming year."]
    items = split_units(units)
    assert articles(items)[0].bylines == ["Emily Harris and Brian White"]


def test_a_dateline_broken_off_its_paragraph() -> None:
    units = ["Budget Talks Stall", "By JOHN SMITH", "PARIS", "(AFP)", "—",
             "The council met on Tuesday evening to discuss the budget for the coming year."]
    (item,) = split_units(units)
    assert (item.bylines, item.dateline) == (["JOHN SMITH"], "PARIS (AFP)")
    assert item.paragraphs == ["The council met on Tuesday evening to discuss the budget for the coming year."]


def test_a_wire_dateline_broken_off_with_its_dash() -> None:
    units = ["Budget Talks Stall", "By JOHN SMITH", "WASHINGTON", "(Reuters) —",
             "The council met on Tuesday evening to discuss the budget for the coming year."]
    (item,) = split_units(units)
    assert (item.bylines, item.dateline) == (["JOHN SMITH"], "WASHINGTON (Reuters)")
    assert item.paragraphs == ["The council met on Tuesday evening to discuss the budget for the coming year."]


def test_a_lower_case_word_alone_on_an_english_line_is_body_text() -> None:
    """pdfminer cuts a justified line into boxes (``is`` alone between two paragraphs); a
    headline starts with a capital, so the word is text, not a block."""
    units = ["Budget Talks Stall", "By JOHN SMITH",
             "The council met on Tuesday evening to discuss the budget for the coming year.", "is",
             "When the vote came, the members agreed to postpone the final decision until March."]
    (item,) = split_units(units)
    assert item.headline == "Budget Talks Stall"
    assert item.paragraphs[1].startswith("is When the vote came")  # a piece that ends in mid-sentence


#: pdfminer, a training page (en-s153-p01): the words of a justified line, each in a box of its
#: own, put out between an inset headline block and the rest of the paragraph they belong to.
STRAYS_AFTER_A_BLOCK = """Debian  developers  can  “sponsor”
packages prepared by someone else,
meaning  that  they  publish  them  in
the official Debian repositories after
having  performed  a  careful  review.
This  mechanism  enables  external
persons,  who  have  not  yet  gone
through the new member process, to

CONFIGURING THE CLOCK
Defining a Security
Policy

to 

occasionally 

contribute 
the
project. At the same time, it ensures
that all packages included in Debian
have always been checked by an of-
ficial member.
"""


def test_stray_words_among_an_english_block_go_back_to_the_text() -> None:
    """No headline stops on ``to``, and none starts in lower case: alone between blank lines,
    such words are pieces of a body line, not a deck, and go back to the text before."""
    (item,) = articles(cleanpress.split_text(STRAYS_AFTER_A_BLOCK))
    assert block(item) == ("CONFIGURING THE CLOCK", "Defining a Security Policy", None)
    assert "process, to to occasionally contribute the project." in item.paragraphs[0]


#: pdfminer, a training page (en-s142-p03): a piece of a neighbouring line between a byline and
#: the dateline lead of its article's first paragraph.
STRAY_AFTER_A_BYLINE = """need a few commands to invoke.

Features of a Debian Kernel Package

By LINDA TURNER

they  can’t  protect 

BOSTON  (AP)  —  The  Falcot
Corp  administrators  are  aware  of
the  limits  in  their  backup  policy.
"""


def test_a_stray_piece_between_a_byline_and_its_lead_goes_before_the_byline() -> None:
    (item,) = articles(cleanpress.split_text(STRAY_AFTER_A_BYLINE))
    assert (item.headline, item.bylines, item.dateline) == ("Features of a Debian Kernel Package", ["LINDA TURNER"], "BOSTON (AP)")
    assert item.paragraphs[0].startswith("The Falcot Corp administrators")


def test_english_runs_are_cut_by_weights_learned_from_english_pages() -> None:
    """pdfminer sets an English kicker in a box of its own, a blank line above its title (a
    training page, en-s145-p02); on a page whose extractor sets every box apart, the weights
    learned from English pages read no block boundary there, the weights of the other runs
    do (a Chinese kicker ends with a dash, and a blank line after it parts two items)."""
    kicker = classify("THE COMMITMENT TOWARDS USERS")
    title = classify("Even though creating an AppArmor profile is rather")
    title.blank_before = True
    assert segment._boundary_chance([kicker], [title], 1.0) < 0.3
    evidence = segment.boundary_evidence([kicker], [title], 1.0)
    shared = sum(w * x for w, x in zip(segment._boundary_weights("block_weights.json"), evidence))
    assert shared > 0  # (a boundary more likely than not)


def test_the_running_head_does_not_part_the_first_kicker_from_its_title() -> None:
    """pdfminer puts the first article's kicker, at the left edge under the date, between the
    running head's pieces (a training page, en-s142-p03): the kicker and the title after the
    running head are one heading run, not a banner and a block."""
    lines = ["Monday, October 13, 2025", "CONFIGURING THE NETWORK", "TECHNOLOGY", "B7",
             "GNOME is noteworthy for its efforts in usability and", "accessibility", "By KEVIN KING",
             "PARIS (AP) — These partial views of Debian are organized in a well-defined framework."]
    units = [classify(line) for line in lines]
    first, body = segment._cut(units, segment._find_folio(units))
    assert [u.text for u in first.units] == ["CONFIGURING THE NETWORK", *lines[4:6]]
    assert isinstance(body, segment._Body)


def test_a_short_line_inside_a_sentence_is_no_headline_line() -> None:
    """pdfminer breaks a justified line into pieces, one of them a capitalised word alone
    (a training page, en-s152-p02, where the line model gave ``Control`` 0.60): set tight
    between a line that runs on into it and text after it, it is a piece of the sentence; a
    title line stands apart (a blank line before it, or headline lines around it)."""
    texts = ["they (Transmission", "Control", "Protocol). TCP is a layer over IP"]
    lines = [segment._Line(text, False) for text in texts]
    assert headlines._inside_text(lines, [0.17, 0.60, 0.12], 1)
    assert not headlines._inside_text(lines, [0.17, 0.60, 0.62], 1)
    lines[1].blank_before = True
    assert not headlines._inside_text(lines, [0.17, 0.60, 0.12], 1)


def test_a_lone_word_between_blank_lines_is_a_stray_piece() -> None:
    """pdfminer puts a word of a justified line in a box of its own (``Apache`` between a
    deck and a byline, a training page, en-s147-p06): a headline is more than one word, and
    a one-word label is set in capitals."""
    units = [classify(text) for text in ("my work on this book and on Debian in general", "Apache",
                                           "By Julia Davis, Staff Reporter", "IN REAL TIME")]
    for unit in units:
        unit.blank_before = True
    assert segment._stray(units, 1)
    assert not segment._stray(units, 3)


def test_the_loose_first_lines_of_a_paragraph_are_no_headline_lines() -> None:
    """pdfminer sets a justified paragraph's first lines loose and short (a training page,
    en-s141-p02); marked as headline lines, they are unmarked when the sentence runs on from
    them into the box's next lines. A title's wrap in lower case ends its box."""
    texts = ["Upgrading from even older", "Debian systems directly is not", "supported. In this case you need to",
             "update gradually to the stable re-"]
    lines = [segment._Line(text, i == 0, heading=i < 2) for i, text in enumerate(texts)]
    headlines._unmark_paragraph_openings(lines)
    assert not any(line.heading for line in lines)
    title = [segment._Line("Enabling AppArmor", True, heading=True), segment._Line("and managing AppArmor profiles", False),
             segment._Line("By Nancy Thompson", True)]
    headlines._unmark_paragraph_openings(title)
    assert title[0].heading


def test_the_deck_in_an_english_titles_box_is_marked_with_it() -> None:
    """An inset block's title and its deck in one box, between two pieces of the first
    column (a training page, en-s142-p04; the line model gave the deck lines 0.32 and 0.24):
    the deck goes with the title. Under a crosshead, lines as long as the column's that run
    on in lower case after a blank line are the paragraph that pdfminer broke (en-s143-p01)."""
    def lines(*boxes: list[str]) -> list[segment._Line]:
        return [segment._Line(text, k == 0) for box in boxes for k, text in enumerate(box)]

    inset = lines(["Archive and compression tools", "It is a good practice to log shell activities into the file for you",
                   "to review them later"], ["combination is not handled by", "all browsers. When", "several"])
    inset[0].heading = True
    headlines._mark_decks(inset, lambda text: classify(text).kind is Kind.HEADING)
    assert [line.heading for line in inset] == [True, True, True, False, False, False]
    crosshead = lines(["What is Debian", "One of the best-known features", "of Debian is its ability to upgrade",
                       "an installed system from one stable"], ["release to the next: dist-upgrade —",
                                                                 "a well-known phrase — has largely"])
    crosshead[0].heading = True
    headlines._mark_decks(crosshead, lambda text: classify(text).kind is Kind.HEADING)
    assert [line.heading for line in crosshead] == [True, False, False, False, False, False]


@pytest.mark.parametrize(
    "line", ["Additional reporting by Tom Smith.", "Sarah Lee contributed reporting.", "Tom Smith and Ann Lee contributed reporting."]
)
def test_english_closing_credits(line: str) -> None:
    assert classify(line).kind is Kind.CREDIT


# --- no structure, nothing lost ---------------------------------------------------------------------


def test_a_page_without_structure_is_one_item_with_all_its_text() -> None:
    page = "这是一段没有任何结构的文字，它只是一个段落而已，里面没有标题。\n\n这是第二段文字，同样没有标题，也没有署名。\n"
    (item,) = cleanpress.split_text(page)
    assert item.type == "fragment"
    assert item.paragraphs == ["这是一段没有任何结构的文字，它只是一个段落而已，里面没有标题。", "这是第二段文字，同样没有标题，也没有署名。"]


def test_an_empty_page_has_no_items() -> None:
    assert cleanpress.split_text("") == []
    assert cleanpress.split_text(" \n\n") == []


def test_pages_apart_by_form_feeds_are_split_one_by_one() -> None:
    items = cleanpress.split_text(FEATURE + "\f" + "第2版\n")
    assert [(i.index, i.type) for i in items] == [(0, "article"), (1, "banner")]


#: What the splitter may take away: brackets around bylines, credits, markers and closing
#: datelines, byline markers, the ``By`` of an English byline, the dash after an English
#: dateline (``LONDON — ``); and dehyphen's break hyphens.
WRAPPERS = set("（）()□■◎●◆▲★-")


def field_text(items: list[Article]) -> str:
    parts: list[str] = []
    for item in items:
        parts += [item.kicker or "", item.headline or "", item.subheadline or "", *item.bylines, item.dateline or ""]
        parts += [*item.credits, item.continued_from or "", item.continued_to or ""]
        parts += [b.text for b in item.body]
    return regex.sub(r"\s", "", "".join(parts))


def assert_nothing_lost(text: str) -> None:
    items = cleanpress.split_text(text)
    given = Counter(regex.sub(r"\s", "", text))
    kept = Counter(field_text(items))
    assert not kept - given, f"characters added: {kept - given}"
    lost = given - kept
    english_bylines = len(regex.findall(r"(?m)^\s*(?:By|BY)\s", text))
    assert lost["B"] == lost["y"] + lost["Y"] <= english_bylines
    english_datelines = sum(1 for i in items if i.dateline and not regex.search(r"\p{Han}", i.dateline))
    assert lost["—"] + lost["–"] <= english_datelines
    unexplained = {c: n for c, n in lost.items() if c not in WRAPPERS and c not in "ByY—–"}
    assert not unexplained, f"characters lost: {unexplained}"


SAMPLES = {
    "feature": FEATURE,
    "english": ENGLISH,
    "markers": "（上接第一版）\n\n本报讯（记者 张三）高质量发展离不开高质量的劳动创造。\n\n（下转第二版）\n\n在新征程上建功立业\n",
}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_nothing_is_lost_on_small_pages(name: str) -> None:
    assert_nothing_lost(SAMPLES[name])


def test_nothing_is_lost_on_the_seed(seed_text: str) -> None:
    assert_nothing_lost(seed_text)


@pytest.mark.parametrize("path", sorted(PAGES.glob("*.txt")), ids=lambda p: p.name)
def test_nothing_is_lost_on_generated_pages(path: Path) -> None:
    assert_nothing_lost(path.read_text(encoding="utf-8"))
