"""reflow on whole pages: the blank-line conventions of different extractors, and restraint
where there is no column to read."""

from __future__ import annotations

import pytest
import regex

import cleanpress
from tests.test_seed import breaks, units, visible


def seed_lines(seed_text: str) -> list[str]:
    return [line for line in seed_text.split("\n") if line.strip()]


def with_blank_lines_between_paragraphs(seed_text: str, seed_gold: str) -> str:
    """The seed's own lines, with a blank line exactly where the gold reading has a break."""
    gold_breaks, out, position = breaks(seed_gold), [], 0
    for line in seed_lines(seed_text):
        out.append(line)
        position += len(visible(line))
        if position in gold_breaks:
            out.append("")
    return "\n".join(out)


@pytest.mark.parametrize("convention", ["blank line after every line", "no blank lines", "blank lines between paragraphs"])
def test_every_blank_line_convention_gives_the_paragraphs(convention: str, seed_text: str, seed_gold: str) -> None:
    page = {
        "blank line after every line": seed_text,
        "no blank lines": "\n".join(seed_lines(seed_text)),
        "blank lines between paragraphs": with_blank_lines_between_paragraphs(seed_text, seed_gold),
    }[convention]
    found, gold = breaks(cleanpress.clean_text(page)), breaks(seed_gold)
    assert len(found & gold) / len(gold) >= 0.97
    assert len(found & gold) / len(found) >= 0.97


def test_meaningful_blank_lines_are_all_kept_as_breaks(seed_text: str, seed_gold: str) -> None:
    page = with_blank_lines_between_paragraphs(seed_text, seed_gold)
    assert breaks(seed_gold) <= breaks(cleanpress.clean_text(page))


def test_lines_with_no_column_around_them_are_not_joined() -> None:
    listing = "第一章 总则\n第二章 范围\n附录\n索引与说明"
    assert units(cleanpress.clean_text(listing)) == ["第一章 总则", "第二章 范围", "附录", "索引与说明"]


def test_an_indent_of_full_width_spaces_starts_a_paragraph() -> None:
    lines = [
        "　　坚持高位推进，扛牢法治政府",
        "建设责任。县委常委会、县政府常",
        "务会坚持季度学法。县政府制定实",
        "行府院联动，每年召开党政主要负",
        "　　优化政务服务，提升法治政府",
        "建设水平。深化“放管服”改革，最",
        "多跑一次事项占比大幅提高，健全",
        "服务机制，常态化开展助企活动。",
    ]
    paragraphs = units(cleanpress.clean_text("\n".join(lines)))
    assert [p[:6] for p in paragraphs] == ["坚持高位推进", "优化政务服务"]


def test_headline_lines_between_articles_stay_lines_of_their_own(seed_text: str) -> None:
    cleaned = units(cleanpress.clean_text(seed_text))
    for headline in ("依法治县 依法执政 依法行政", "推动浚县法治政府建设再上新台阶", "——访浚县人民政府县长蔡守业",
                     "国网鹤壁供电公司创新服务", "破解园区外项目用电难题", "圈出居民幸福感"):
        assert headline in cleaned


def test_chinese_and_english_lines_are_never_joined() -> None:
    page = "\n".join([
        "这是一段中文文字，用来测试脚本之间", "的边界是否被正确处理，不应与英文", "混在一起。报纸版面上常常有中英",
        "文混排的情况，两种文字各自成段，", "分开排列。",
        "This is an English paragraph that", "follows the Chinese one and must", "stay apart from it, whatever the",
        "widths of the lines around it may", "be on the page.",
    ])
    cleaned = units(cleanpress.clean_text(page))
    assert len(cleaned) == 2 and not regex.search(r"\p{Han}", cleaned[1])


def test_latin_words_that_overflowed_a_cjk_line_rejoin_its_paragraph() -> None:
    """pdfminer output of a generated page: the Latin words of a justified CJK line came out
    as lines of their own (``(Transmission`` / ``Control``); they belong to the paragraph."""
    extract = (
        "即 使 在 IP 上 传 输 数 据 ，大\n部分程序都不处理个别的封包\n问 题 ； 他 们 通 常 使 用 TCP\n"
        "(Transmission\nControl\nProtocol) 。TCP 是IP的上层，为\n专属的数据流创建两点间的链\n"
        "接 。程 序 只 看 到 数 据 进 来 的 条\n目 ， 并 保 证 同 样 的 数 据 无 误\n"
        "（ 且 以 同 样 顺 序 ）流 到 另 端 链\n接 的 出 口 。在 较 低 层 可 能 发 生"
    )
    paragraphs = units(cleanpress.clean_text(extract))
    assert len(paragraphs) == 1
    assert "使用TCP (Transmission Control Protocol)。TCP是IP的上层" in paragraphs[0]  # as printed


def test_english_lines_between_chinese_paragraphs_are_not_taken_into_them() -> None:
    """More than a few Latin lines between CJK lines are an English text (a caption), not
    words that overflowed a CJK column line."""
    page = "\n".join([
        "这是一段中文文字，用来测试脚本之间", "的边界是否被正确处理，不应与英文", "混在一起。报纸版面上常常有中英",
        "Photo caption in English", "that runs over several", "short lines of its", "own below a picture",
        "文混排的情况，两种文字各自成段，", "分开排列，互不干扰，各有各的", "段落与行宽。",
    ])
    for paragraph in units(cleanpress.clean_text(page)):
        assert not (regex.search(r"\p{Han}", paragraph) and regex.search("[a-z]", paragraph))
