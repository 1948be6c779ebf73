"""Tests of the WeasyPrint page source: reading hyphens and justifying lines from its layout.

The two functions tested take lines as WeasyPrint's layout gives them, so they run without
WeasyPrint; one test lays a small Chinese page out for real and is skipped without it.
"""

from __future__ import annotations

import importlib.util

import pytest

from benchmarks.accuracy.weasy_layout import Line, hyphen_records, justified_markup, read_lines


def test_hyphen_records_tell_inserted_breaks_from_compound_hyphens():
    text = "WASHINGTON (AP) \u2014 The well-known administrators reorganized everything."
    lines = [Line([("WASHINGTON (AP) \u2014 The well-", "")], 0), Line([("known adminis\u2010", "")], 0),
             Line([("trators reorganized everything.", "")], 0)]
    lead = len("WASHINGTON (AP) \u2014 ")
    records = hyphen_records(text, lines, "\u2010", lead)
    assert [(h["kind"], h["word"], h["left"], h["right"]) for h in records] == [
        ("compound", "well-known", "well", "known"), ("break", "administrators", "adminis", "trators")]
    body = text[lead:]
    for h in records:
        assert body[h["offset"] : h["offset"] + len(h["word"])] == h["word"]


def test_hyphen_records_with_hyphen_minus_as_the_hyphenation_character():
    text = "An extraordinarily long-term plan."
    lines = [Line([("An extraordinari-", "")], 0), Line([("ly long-", "")], 0), Line([("term plan.", "")], 0)]
    kinds = [(h["kind"], h["word"]) for h in hyphen_records(text, lines, "-", 0)]
    assert kinds == [("break", "extraordinarily"), ("compound", "long-term")]


def test_justified_markup_spreads_room_between_units_but_not_inside_latin_runs():
    lines = [Line([("本报讯（记者 张三）", "lead"), ("使用Linux系统", "")], 12.0), Line([("完成。", "")], 90.0)]
    markup = justified_markup(lines)
    first, last = markup.split("<br>")
    units = 10 + 5  # lead: 10 units (the space is one); body: 使 用 Linux 系 统
    assert f"letter-spacing:{(12.0 - 0.05) / (units - 1):.3f}px" in first
    assert '<span class="tight">Linu</span>x' in first and 'class="lead"' in first
    assert "letter-spacing:0.000px" in last  # a paragraph's last line stays as set


@pytest.mark.skipif(importlib.util.find_spec("weasyprint") is None, reason="weasyprint not installed")
def test_read_lines_gives_one_line_per_printed_line():
    import weasyprint

    html = ('<html lang="zh-CN"><style>@page { size: 200pt 200pt; margin: 10pt }'
            'p { font-family: "AR PL UMing CN"; font-size: 10pt; width: 10em; margin: 0 }</style>'
            '<p id="x">一二三四五六七八九十一二三</p></html>')
    lines, bottom = read_lines(weasyprint.HTML(string=html).render())
    assert [ln.text for ln in lines["x"]] == ["一二三四五六七八九十", "一二三"]
    assert lines["x"][0].room == pytest.approx(0, abs=0.5) and bottom > 0
