"""Tests of the corpus reader: each kept paragraph remembers the title of its section.

They feed small DocBook-like HTML strings through the reader, so they need none of the
documentation packages.
"""

from __future__ import annotations

from benchmarks.accuracy.sources import _DocParser, file_prose

EN_PARA = (
    "The package manager keeps track of every file installed on the system, so that the administrator "
    "can remove or upgrade any piece of software without leaving stale files behind, and it also records "
    "which other pieces each one depends on, in order to install them together when they are needed."
)
ZH_PARA = "软件包管理系统记录了系统中安装的每一个文件，管理员因此可以删除或升级任何软件，而不会留下无用的旧文件，它还记录各个软件包之间的依赖关系。"

EN_HTML = f"""<html><body>
<div class="para">{EN_PARA.replace("package", "first package")}</div>
<h2 class="title">1.2. Managing Installed Packages</h2>
<div class="para">{EN_PARA}</div>
<div class="sidebar"><p class="title">NOTE A sidebar title is no section heading</p>
<div class="para">{EN_PARA.replace("system", "computer")}</div></div>
<div class="para">Too short to keep.</div>
<h3>Tools</h3>
<div class="para">{EN_PARA.replace("software", "programs")}</div>
</body></html>"""


def test_parser_records_the_last_heading_before_each_paragraph():
    parser = _DocParser()
    parser.feed(EN_HTML)
    assert len(parser.para_titles) == len(parser.paragraphs) == 5
    assert parser.para_titles == [None] + ["1.2. Managing Installed Packages"] * 3 + ["Tools"]


def test_kept_paragraphs_carry_their_cleaned_section_title_or_none():
    paragraphs, titles = file_prose(EN_HTML, "en")
    # The short paragraph is dropped; "Tools" fails the English title filter (three words).
    assert [t for _, t in paragraphs] == [None, "Managing Installed Packages", "Managing Installed Packages", None]
    assert paragraphs[1][0] == EN_PARA
    assert titles == ["Managing Installed Packages"]


def test_chinese_section_titles_are_cleaned_and_filtered():
    html = (f"<h1>第 3 章 管理软件包</h1><p>{ZH_PARA}</p>"
            f"<h2>3.1. 使用APT安装软件</h2><div class='para'>{ZH_PARA[1:]}</div>")
    paragraphs, titles = file_prose(html, "zh")
    assert [t for _, t in paragraphs] == ["管理软件包", None]  # Latin letters fail the zh filter
    assert titles == ["管理软件包"]
