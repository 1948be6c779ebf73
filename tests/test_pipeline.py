"""Building pipelines from names and options, pages, reports, and pickling to workers."""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor

import pytest

import cleanpress
from cleanpress import Pipeline
from cleanpress.filters import FILTERS, Filter, get_filter


def test_default_pipeline_runs_the_default_filters_in_order() -> None:
    assert Pipeline.from_names().names == ["normalize", "columns", "despace", "dehyphen", "reflow"]


def test_options_for_an_off_filter_turn_it_on() -> None:
    assert Pipeline.from_names(options={"convert": {"config": "s2t"}}).names[-1] == "convert"


def test_options_for_a_filter_not_in_an_explicit_list_are_an_error() -> None:
    with pytest.raises(ValueError, match="not in the pipeline"):
        Pipeline.from_names(["despace"], {"reflow": {"separator": "\n"}})


def test_unknown_filter_and_option_names_are_errors() -> None:
    with pytest.raises(ValueError, match="unknown filter 'nope'.*known: normalize"):
        Pipeline.from_names(["nope"])
    with pytest.raises(ValueError, match="has no option 'width'"):
        Pipeline.from_names(["reflow"], {"reflow": {"width": 3}})


def test_option_values_are_typed_and_checked() -> None:
    assert get_filter("reflow").from_options({"indent_tolerance": "1.5"}).indent_tolerance == 1.5
    with pytest.raises(ValueError, match="expected one of remove, keep, add"):
        get_filter("despace").from_options({"cjk_latin": "never"})


def test_pages_are_cleaned_apart_and_form_feeds_survive() -> None:
    page = "法 治 思 想 ，坚 持\n依法治县。"
    cleaned = cleanpress.clean_text(f"{page}\f{page}")
    assert cleaned.count("\f") == 1
    first, second = cleaned.split("\f")
    assert first == second == cleanpress.clean_text(page)


def test_clean_and_explain_reports_each_filter(seed_text: str) -> None:
    text, reports = cleanpress.clean_and_explain(seed_text)
    assert text == cleanpress.clean_text(seed_text)
    by_name = {report.name: report.counts for report in reports}
    assert list(by_name) == ["normalize", "columns", "despace", "dehyphen", "reflow"]
    assert by_name["despace"]["stray spaces removed"] > 2000
    assert by_name["reflow"]["lines joined"] > 400
    assert by_name["dehyphen"] == {}, "no Latin hyphens on a Chinese page"
    assert by_name["columns"] == {}, "a page in reading order"


def test_library_call_with_filter_names_and_options() -> None:
    assert cleanpress.clean_text("共有3家", ["despace"], despace={"cjk_latin": "add"}) == "共有 3 家"
    assert cleanpress.clean_text("共有3家", "despace") == "共有3家"


def _clean_in_worker(pipeline_and_text: tuple[Pipeline, str]) -> str:
    pipeline, text = pipeline_and_text
    return pipeline.run(text)


def test_a_pipeline_pickles_to_worker_processes(seed_text: str) -> None:
    pipeline = Pipeline.from_names(options={"convert": {"config": "s2t"}})
    assert pickle.loads(pickle.dumps(pipeline)) == pipeline
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(_clean_in_worker, [(pipeline, seed_text)] * 2))
    assert results == [pipeline.run(seed_text)] * 2


def test_importing_the_library_does_not_import_the_cli_stack() -> None:
    import subprocess
    import sys

    code = "import sys, cleanpress; cleanpress.clean_text('a'); print(sorted(m for m in ('typer','rich','opencc','spellchecker') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
    assert result.stderr == "", "nothing is printed on import"


def test_every_builtin_filter_has_a_name_summary_docstring_and_documented_options() -> None:
    for name, cls in FILTERS.items():
        assert issubclass(cls, Filter) and cls.name == name
        assert cls.summary and cls.__doc__
        for spec in cls.option_specs():
            assert spec.help, f"{name}.{spec.name} has no help text"


#: Extracts of generated pages (pdfminer and pdftotext output) where cleaning the cleaned text
#: once changed it again: despace, dehyphen or reflow judged the same gap differently. Each
#: with a piece of the right cleaned text.
ONCE_NOT_IDEMPOTENT = [
    (  # a separator kept on a headline-like line, with a dash between it and the CJK run
        "助 他 人 ）， 也 会 讨 论 向 Debian\n计划做出贡献以及使得计划继\n续前行的好方法—— 这些讨论\n经常能得出有用的改进建议。\n",
        "好方法——这些讨论经常",
    ),
    (  # the same with an opening quote
        "为自由软件，但是两个项目依\n旧并行发展。\n如何选择 “最好”的图 形\n桌面是我们想要弄明白，但又\n很敏感的话题。这里只介绍各",
        "如何选择“最好”的图形桌面",
    ),
    (  # a dash at the end of a line, seen through to the CJK text of the next line
        "在最后一步，整个过程由DAM\n\n晰的范例分析大纲。新手读者可能\n\n（一个几乎包括世界所有书写系统的超集）\n\n"
        "（ Debian Account Manager ——\n\n需要花时间去阅读附录B，那是一个\n\n被创建用于解决该问题。其中一个Unicode编\n\n"
        "Debian账户管理者）复查。DAM将复",
        "（Debian Account Manager——需要",
    ),
    (  # a line of one ASCII quote, seen through to the CJK line after it (pdfminer, seed 302)
        "据 某 一 特 定 版 本 的 Debian 做 为 起 点 ，接\n\n经由错误追踪系统与ftp.debian.org\n\n'\n\n"
        "放 ，甚 至 可 以 说 是 置 身 于 奉 献 者 之 外 。\n",
        "ftp.debian.org'放，甚至",
    ),
    (  # a paragraph ending on a broken word whose rest pdftotext put elsewhere (fresh page, seed 2001):
        # cleaned, its paragraphs looked like a column with a blank line after every line
        'have traditionally been compiled\n'
        'and installed. Since the kernel remains under the control of the\n'
        'packaging system, it can then be\n'
        'removed cleanly, or deployed on\n'
        'several machines. Furthermore,\n'
        'the scripts associated with these\n'
        'packages automate the interaction\n'
        'with the bootloader and the initrd\n'
        'generator.\n'
        'The upstream Linux sources\n'
        'contain everything needed to build\n'
        'a Debian package of the kernel.\n'
        'But you still need to install buildessential to ensure that you have\n'
        'the tools required to build a\n'
        'Debian package. Furthermore, the\n'
        'configuration step for the kernel\n'
        'requires the libncurses-dev pack-\n'
        '\n'
        'THE CONSOLE TIPS\n'
        '\n'
        'An overview of\n'
        'the boot strap\n'
        'process\n'
        'protocol does not try to compensate\n'
        'for possible packet loss on the way,\n'
        'nor does it ensure that packets are received in the same order as were sent.\n'
        'The main advantage to this protocol is\n'
        'that the latency is greatly improved,\n'
        'since the loss of a single packet does\n',
        "the libncurses-dev pack-\n\nTHE CONSOLE TIPS\n",
    ),
    (  # byline names inside brackets whose opening bracket is in another column
        "核会把RAID 阵列当成一个单独的磁\n\nFirewire 操作的外部驱动器。\n\n何成宇 苏敏）当你碰到程序崩溃的\n\n个人。\n\n"
        "RAID 意 为 磁 盘 阵 列",
        "何成宇 苏敏）当你碰到程序崩溃的个人。",
    ),
]


def clean_to_a_fixed_point(extract: str) -> str:
    """``extract`` cleaned, after checking that cleaning the result again changes nothing."""
    cleaned = cleanpress.clean_text(extract)
    assert cleanpress.clean_text(cleaned) == cleaned
    return cleaned


@pytest.mark.parametrize(
    ("extract", "expected"), ONCE_NOT_IDEMPOTENT, ids=["dash", "quote", "line-end-dash", "quote-line", "leftover-hyphen", "bracketed-byline"]
)
def test_cleaning_cleaned_extracts_changes_nothing(extract: str, expected: str) -> None:
    assert expected in clean_to_a_fixed_point(extract)


def test_headings_between_cleaned_paragraphs_stay_apart() -> None:
    """The top of a pdfminer page (seed 163, its two-line title left out): folio pieces, a
    banner and a kicker over a paragraph. Reflow's later rounds see the paragraphs as single
    long lines, between which the short lines agree on a width as if they were a column; read
    so, each looked full and ran on into the next, and all of them into the paragraph."""
    extract = (
        "Tuesday, September 10, 2024\n\nINNOVATION\n\nB2\n\nSHORT REMEDIAL COURSE\n\nTHE SOFTWARE LIBRARY\n\n"
        "The BSD printing layer, used by most Unix systems, also allows sharing of print queues.\n\n"
        "supposed to be offered, or to disable and\nremove services, which are not to be of-\n"
        "fered at all, than to use a packet filter to\nprevent  any  unwanted  access  to  these\nservices.\n\n"
        "Its  role  can  also  be  to  filter  or  limit\nconnections  by  rogue  or  poorly  pro-\n"
        "grammed  software  that  a  user  could,\nwillingly or not, have installed. The reli-\n"
        "ability  of  this,  however,  highly  depends\non  the  goal  of  these  actions  and  the  in-\n"
        "tegrity of the system itself. This action is\nnot  a  measurement  to  prevent  potential\n"
        "threats to send data.\n"
    )
    cleaned = clean_to_a_fixed_point(extract)
    assert "B2\n\nSHORT REMEDIAL COURSE\n\nTHE SOFTWARE LIBRARY\n\nThe BSD printing layer" in cleaned


def test_the_short_lines_over_an_articles_text_stay_apart_in_later_rounds() -> None:
    """The top of a pdftotext page (seed 204, English): section, date, page number, a banner,
    a title and another article's title, each set apart by a blank line. Reflow's first round
    keeps them apart; its later rounds read its output as written, where a blank line after
    every line would mean nothing but for the paragraphs among them. They used to run into
    one line, which the short lines' agreeing widths made look like a column."""
    extract = (
        "SCIENCE\n\nThursday, January 18, 2024\n\nB2\n\nSCHEDULING TASKS REGULARLY\n\n"
        "X server local connection\n\nCleaning a disk image file\nBy ANTHONY CARTER\n\n"
        "BERLIN (AFP) — From then on, the drive can be physically\n"
        "removed when the server is next switched off, or even hotremoved when the hardware configuration allows hot-swap. Such\n"
        "configurations include some SCSI controllers, most SATA disks,\n"
        "and external drives operating on USB or Firewire.\n"
        "The contents of these last two lines doesn’t depend on the list of\n"
        "disks included in the volume. It is therefore not necessary to regenerate these lines when replacing a failed disk with a new one. On\n"
        "the other hand, care must be taken to update the file when creating\n"
        "or deleting a RAID array.\n"
        "This protocol segments the transmitted data into limited-size packets.\nBy Anna Campbell\n\n"
        "Otherwise, this distribution frequently\nhouses important modifications to base\n"
        "packages, whose integration into Unstable\nwith serious bugs would have critical\n"
        "repercussions. It is, thus, a completely isolated distribution, its packages never migrate to another version (except by direct,\n"
        "express intervention of the maintainer or\n"
        "the ftpmasters). It is also not selfcontained: only a subset of the existing\n"
        "packages are present in Experimental, and\n"
        "it generally does not include the base system. This distribution is therefore mostly\n"
        "useful in combination with another, selfcontained, distribution such as Unstable.\n"
        "Every newly updated package is updated on all Debian mirrors around the\n"
        "world within six hours. The users then test\n"
        "the corrections and search for other problems resulting from the modifications.\n"
        "Several updates may then occur rapidly.\nDuring these times, autobuilder robots\n"
        "come into action. The maintainer uploads\n"
    )
    assert clean_to_a_fixed_point(extract).startswith(
        "SCIENCE\n\nThursday, January 18, 2024\n\nB2\n\nSCHEDULING TASKS REGULARLY\n\n"
        "X server local connection\n\nCleaning a disk image file\n\nBy ANTHONY CARTER\n\nBERLIN (AFP)"
    )


def test_a_title_and_deck_set_tight_over_their_text_stay_apart() -> None:
    """pdftotext sets a narrow column's title and deck right over the text below (WeasyPrint
    page 410, English): the deck's last line stops on a word, unpunctuated, and the text
    opens on ``Not``, which only a sentence's start capitalises. It ran on, as full as it is."""
    extract = (
        "new users. It is necessary to\ndefine the various portions\nof the disks (or “partitions”)\n"
        "on which the Linux filesys‐\ntems and virtual memory\n(swap) will be stored. This\n"
        "task is complicated if an‐\nother operating system that\nyou want to keep is already\n"
        "on the machine. Indeed, you\nwill then have to make sure\nthat you do not alter its par‐\n"
        "titions (or that you resize\nthem without causing dam‐\nage).\n\nSyntax of the\nSelector\n"
        "The infrastructure used for this work is\ncompletely external to the Debian project\n"
        "Not all inter-process communications are used\nto move data around, though. In many situa‐\n"
        "tions, the only information that needs to be\n"
        "transmitted are control messages such as “pause\n"
        "execution” or “resume execution”. Unix (and\nLinux) provides a mechanism known as signals,\n"
        "through which a process can simply send a spe‐\n"
        "cific signal (chosen from a predefined list of sig‐\n"
        "nals) to another process. The only requirement\nis to know the pid of the target.\n"
        "For more complex communications, there are\nalso mechanisms allowing a process to open ac‐\n"
        "cess, or share, part of its allocated memory to\n"
    )
    cleaned = clean_to_a_fixed_point(extract)
    assert "\n\nThe infrastructure used for this work is completely external to the Debian project\n\nNot all" in cleaned
