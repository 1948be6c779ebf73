"""Tests of the headline blocks written from an article's own body (``--cohesive-heads``).

The functions are pure: they take paragraphs as strings and need none of the documentation
packages.
"""

from __future__ import annotations

import re

from benchmarks.accuracy.heads import (
    en_clauses,
    en_heads,
    title_case,
    zh_clauses,
    zh_heads,
)

ZH_BODY = [
    ("软件包管理系统记录了系统中安装的每一个文件（包括配置文件），管理员因此可以删除或升级任何软件，"
     "而不会留下无用的旧文件。它还记录了《Debian政策》要求的依赖关系。"),
    "在安装新软件的过程中，“APT”会自动下载所需的软件包，并且检查它们的签名。用户无需手动处理依赖，省时省力。",
    "第三段的内容较少被用作标题，升级很快。",
]


def test_zh_clauses_drop_asides_quotes_latin_and_prefer_the_lead_and_statements():
    clauses = zh_clauses(ZH_BODY)
    assert "包括配置文件" not in clauses  # the bracketed aside is dropped
    assert not any("政策" in c for c in clauses)  # a clause with a Latin word is dropped whole
    assert all(re.fullmatch(r"[\u4e00-\u9fff]+", c) for c in clauses)  # no marks
    # The statements of the lead in order, then its clauses opening with a connective or
    # setting the scene (在……中).
    assert clauses == [
        "软件包管理系统记录了系统中安装的每一个文件", "管理员因此可以删除或升级任何软件", "用户无需手动处理依赖",
        "省时省力", "第三段的内容较少被用作标题", "升级很快",
        "而不会留下无用的旧文件", "在安装新软件的过程中", "并且检查它们的签名",
    ]
    # Clauses beyond the first three paragraphs come last.
    assert zh_clauses(["但是第一段的话。", "二段话语。", "三段话语。", "第四段的陈述。"]) == [
        "二段话语", "三段话语", "但是第一段的话", "第四段的陈述"]


def test_zh_heads_take_clauses_of_the_lengths_of_each_part_never_twice_on_a_page():
    taken: set[str] = set()
    kicker, headline, sub = zh_heads(ZH_BODY, taken, pair=False, kicker=True, sub=True)
    assert headline == "管理员因此可以删除或升级任何软件"  # the first clause has 20 characters
    assert kicker == "用户无需手动处理依赖" and sub == "第三段的内容较少被用作标题"
    assert {kicker, headline, sub} <= taken
    # A second article of the same page with the same body gets other clauses; a two-phrase
    # headline joins two short ones.
    assert zh_heads(ZH_BODY, taken, pair=True, kicker=False, sub=False) == (None, "省时省力 升级很快", None)
    # Without two short clauses left, one clause of 6-16 characters.
    assert zh_heads(ZH_BODY, taken, pair=True, kicker=False, sub=True) == (None, "而不会留下无用的旧文件", "在安装新软件的过程中")
    # Nothing suitable left: None, and the caller keeps its random heads.
    assert zh_heads(["短句。"], set(), pair=False, kicker=True, sub=True) == (None, None, None)


EN_BODY = [
    ("The package manager keeps track of every file installed on the system (including configuration "
     "files), so that the administrator can remove any program cleanly. It also records the "
     "dependencies of every package, which the package manager installs along with it."),
    "When a package is upgraded, the package manager compares the \u201cold\u201d and new configuration files.",
]


def test_en_clauses_are_the_parts_of_sentences_without_asides_marks_or_periods():
    clauses = en_clauses(EN_BODY)
    assert clauses[:3] == ["The package manager keeps track of every file installed on the system",
                           "It also records the dependencies of every package",
                           "the package manager compares the old and new configuration files"]
    assert not any(re.search(r"[^A-Za-z ]", c) for c in clauses)
    # "so that ...", "which ..." and "When ..." open with connectives: after the other clauses of the lead.
    assert clauses[3:] == ["so that the administrator can remove any program cleanly",
                           "which the package manager installs along with it", "When a package is upgraded"]


def test_en_heads_headline_of_4_to_12_words_deck_and_kicker_from_the_body():
    taken: set[str] = set()
    kicker, headline, deck = en_heads(EN_BODY, taken, title=True, kicker=True, deck=True)
    assert headline == "The Package Manager Keeps Track of Every File Installed on the System"
    assert deck == "It also records the dependencies of every package"
    assert kicker == "CONFIGURATION FILES"  # repeated in the body, and no word of the headline
    # The next article of the page never gets the same clauses; its headline in sentence case.
    kicker, headline, deck = en_heads(EN_BODY, taken, title=False, kicker=False, deck=True)
    assert headline == "The package manager compares the old and new configuration files"
    assert deck == "So that the administrator can remove any program cleanly" and kicker is None
    assert en_heads(["Too short."], set(), title=True, kicker=False, deck=True) == (None, None, None)


def test_title_case_keeps_small_words_and_capitals():
    assert title_case("using the at command with APT and sub-projects") == (
        "Using the at Command with APT and Sub-Projects")
