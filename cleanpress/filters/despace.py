"""despace: remove the spaces that extraction put into CJK text, keep the real ones.

The per-line work is in :mod:`._despace_core` (compiled in the optional compiled build, see
``setup.py``); this module is the filter and the repair of bracketed bylines.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate
from typing import Literal

import regex

from ..text import CJK, CJK_PUNCT, either_script
from . import _despace_core as core
from ._scan import collapse_space_runs
from .base import Filter, option

#: A byline in brackets whose separators were letter-spaced away: ``（记者徐嘉秀实习生袁桂洋）``,
#: or names in brackets that a line break cut (``。（韦睿`` / ``卢瑶斌）``).
_bracketed_byline = regex.compile(rf"（(?P<inner>[{CJK}][{CJK} \n]{{3,40}})）")  # checked by _byline_words
_role = regex.compile(core.BYLINE_ROLES)
_photo_mark = regex.compile(either_script(r"(?<=\p{Han})摄$"))
#: What comes before and after a bracket of names that closes a paragraph: a sentence end, a line end.
_sentence_end_before = regex.compile(r"[。！？…][”’」』]?[ ]*$")
_line_end_after = regex.compile(r"[ ]*(?:\n|$)")
#: How far before a bracket its sentence end is looked for (a mark, a closing quote, spaces).
_SENTENCE_END_REACH = 16
#: The most common Chinese surnames (each of them over 0.05% of the population), to find where
#: one name ends and the next begins in a run such as 陈晨蒋晓芳 (-> 陈晨 蒋晓芳).
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    "戴莫孔向汤常温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪"
    "梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍喻祁蒲房滕屈饶解牟艾尤穆农卓古吉缪简车项连"
    # ... and their traditional forms (those that differ, and are no common word: 於 余 岳 范 游 stay out)
    "萬嚴喬蘭關農馮劉單盧葉呂吳孫寧莊龐張楊歐畢湯塗溫簡紀繆羅聶蘇蔣藍許謝譚賀賈趙車連鄧鄒鄭鍾錢閆閻陸陳韋韓"
    "項顧顏饒馬駱魯鮑黃齊龍龔"
)
_any_cjk_or_cjk_punct = regex.compile(f"[{CJK}{CJK_PUNCT}]")
#: Blocks that hold every CJK character and full-width mark (and more): when the standard
#: library's fast re finds none of them, a text has no CJK, and the exact search is skipped.
_maybe_cjk = re.compile("[\u02ea\u02eb\u2e80-\u9fff\uf900-\ufaff\ufe10-\ufe4f\uff00-\uffef\U00016fe0-\U0001b2ff\U0001f200\U00020000-\U0003ffff]")

_whitespace = regex.compile(r"\s")
_line_break = regex.compile(r"[ ]*\n\s*")


@dataclass(frozen=True)
class Despace(Filter):
    """Remove stray spaces from CJK text: letter-spaced lines and spaces around CJK.

    A justified line that an extractor letter-spaced (``法 治 思 想 ，坚 持``) has a space next
    to a one-character run at (almost) every gap; such gaps are removed, and so is every space
    next to full-width punctuation. A single space between two multi-character CJK runs is a real
    separator when the line reads like a headline (no sentence punctuation:
    ``依法治县 依法执政``) or a byline (after a role word or inside brackets: ``记者 秦颖``),
    and is kept. Spaces between Latin words are always kept (runs of them become one).
    Between CJK and Latin letters or digits, ``cjk_latin`` chooses: ``remove`` (Chinese print),
    ``keep`` what the extractor gave, or ``add`` exactly one space (web style).

    Runs of spaces between Latin words are the stretch of a justified column line (pdfminer
    writes them so), and a paragraph's last line, which is not justified, has none: evidence
    for ``reflow``, which reads it and writes one space in their place. So ``latin_runs``:
    ``collapse`` makes each run one space, ``leave`` leaves them, and ``auto`` (the default)
    collapses them, except in a pipeline where a filter that reads them runs later (there
    :meth:`ahead_of` makes it ``leave``). Run alone, despace gives one space between words.
    Only text without CJK is concerned: on a CJK page every line with spaces is rebuilt
    token by token anyway.

    >>> Despace()("法 治 思 想 ，坚 持 依 法 治 县 、依 法 执")
    '法治思想，坚持依法治县、依法执'
    >>> Despace()("誉。”4 月 28 日，浚县人民政府县长")
    '誉。”4月28日，浚县人民政府县长'
    >>> Despace()("依法治县 依法执政 依法行政")
    '依法治县 依法执政 依法行政'
    >>> Despace(cjk_latin="add")("共有 3 家企业使用AI技术")
    '共有 3 家企业使用 AI 技术'
    """

    name = "despace"
    summary = "Remove stray spaces in CJK text; keep separators and spaces between Latin words."

    cjk_latin: Literal["remove", "keep", "add"] = option(
        "remove", "Spaces between CJK and Latin letters or digits: remove, keep or add one."
    )
    latin_runs: Literal["auto", "collapse", "leave"] = option(
        "auto",
        "Runs of spaces between Latin words: collapse, leave, or auto (leave them to a later"
        " reflow, which reads them; else collapse).",
    )

    def ahead_of(self, later: tuple[Filter, ...]) -> Filter:
        """``auto`` leaves Latin space runs to a later filter that reads them (``reflow``)."""
        if self.latin_runs == "auto" and any(f.reads_space_runs for f in later):
            return dataclasses.replace(self, latin_runs="leave")
        return self

    def apply(self, text: str, counts: Counter[str]) -> str:
        cjk = bool(_maybe_cjk.search(text)) and bool(_any_cjk_or_cjk_punct.search(text))
        # A justified Latin line comes out with runs of spaces between its words: one is the
        # word space, the rest are stray (pdfminer writes them so).
        if ("  " in text or "\t" in text) and (cjk or self.latin_runs != "leave"):
            text, runs = collapse_space_runs(text)
            counts["stray spaces removed"] += runs
        if not cjk:
            return text  # Latin-only text: every space left is a word space or a run.
        text = core.despace_lines(text, self.cjk_latin, counts)
        if "（" in text:  # bylines that a line break cut: ``本报讯（首席记者李\n觊）为``
            text = _bracketed_byline.sub(lambda m: self._space_byline(m, counts), text)
        return text

    @staticmethod
    def _space_byline(match: regex.Match[str], counts: Counter[str]) -> str:
        """``（记者徐嘉秀实习生袁桂洋）`` -> ``（记者 徐嘉秀 实习生 袁桂洋）``; others unchanged.

        A byline that a line break cut keeps its line break after the same character, so that
        line widths stay what ``reflow`` measures.
        """
        original, inner = match.group(), match["inner"]
        if "\n" not in inner and not _role.search(inner):
            return original  # the common case, a bracket of words: no role word, no line break
        words = _byline_words(inner, "\n" in inner and _closes_paragraph(match))
        if words is None:
            return original
        spaced = f"（{' '.join(words)}）"
        for cut in _line_breaks(original):
            spaced = _insert_after_visible(spaced, cut.count, cut.text)
        if spaced != original:
            counts["byline separators restored"] += 1
        return spaced


def _closes_paragraph(match: regex.Match[str]) -> bool:
    """Whether a bracket stands where closing names do: after a sentence end, ending its line."""
    text, start = match.string, match.start()
    return bool(
        _sentence_end_before.search(text, max(0, start - _SENTENCE_END_REACH), start)
        and _line_end_after.match(text, match.end())
    )


def _byline_words(inner: str, closing: bool) -> list[str] | None:
    """The words of a bracketed byline, role words and names (``记者 徐嘉秀 实习生 袁桂洋``), or
    None when the bracket holds none: it must open with a role word, or, closing a paragraph
    (``closing``) and cut by a line break, hold names only (``韦睿`` / ``卢瑶斌``), each of two
    or three characters and opening with a common surname.

    The spaces and line breaks left inside the bracket show where names may end: a line break
    fell on a space in print, unless it cut a name (see :func:`_run_names`).
    """
    tokens = inner.split()
    text = "".join(tokens)
    photo = _photo_mark.search(text)  # a photo credit's closing 摄: a word of its own
    text = text[: photo.start()] if photo else text
    cuts = list(accumulate(len(token) for token in tokens[:-1]))
    roles = list(_role.finditer(text))
    if roles and roles[0].start() != 0 or not roles and not (closing and "\n" in inner):
        return None
    words: list[str] = []
    for n, role in enumerate(roles or [None]):
        start = role.end() if role else 0
        end = roles[n + 1].start() if n + 1 < len(roles) else len(text)
        if role:
            words.append(role.group())
        if not 2 <= end - start <= (7 if role else 40):
            return None
        names = _run_names(text[start:end], [cut - start for cut in cuts if start < cut < end])
        if not role and not _common_names(names):
            return None  # names alone, without a role word to vouch for them: common names only
        words.extend(names)
    return [*words, photo.group()] if photo else words


def _run_names(run: str, cuts: list[int]) -> list[str]:
    """The names in a run of name characters: cut at the spaces and line breaks it had
    (``cuts``, offsets into ``run``), or where common surnames begin (:func:`_split_names`),
    whichever reading gives common names (of two or three characters, each opening with a
    common surname), else short ones. A line break may have cut a name (``任桂`` /
    ``勇熊鑫平``), or this repair moved it off a space (``韦睿卢`` / ``瑶斌``)."""
    readings = [_names_at(run, cuts), _split_names(run)]
    for plausible in (_common_names, _short_names):
        for names in readings:
            if plausible(names):
                return names
    return readings[1]


def _names_at(run: str, cuts: list[int]) -> list[str]:
    """``run`` cut at those of ``cuts`` with two characters or more on either side."""
    names: list[str] = []
    last = 0
    for cut in cuts:
        if cut - last >= 2 and len(run) - cut >= 2:
            names.append(run[last:cut])
            last = cut
    return [*names, run[last:]]


def _common_names(names: list[str]) -> bool:
    """Whether every name reads as a common Chinese name: a common surname, one or two more."""
    return all(2 <= len(name) <= 3 and name[0] in _SURNAMES for name in names)


def _short_names(names: list[str]) -> bool:
    """Whether every name is short enough for one name (longer runs hold two run together)."""
    return all(len(name) <= 3 for name in names)


def _split_names(run: str) -> list[str]:
    """Names of two or three characters each, cut where a common surname begins; a run that
    cannot be cut that way is one name (four-character names exist)."""
    if len(run) <= 3:
        return [run]
    for first in (2, 3) if len(run) <= 5 else (3, 2):
        rest = run[first:]
        if run[first] in _SURNAMES and 2 <= len(rest) <= 3:
            return [run[:first], rest]
    return [run]


@dataclass(frozen=True)
class _Cut:
    count: int  # visible characters before the line break
    text: str  # the break itself, blank lines included


def _line_breaks(text: str) -> list[_Cut]:
    """Where ``text`` breaks lines, counted in visible characters before each break."""
    return [
        _Cut(len(_whitespace.sub("", text[: found.start()])), found.group().strip(" "))
        for found in _line_break.finditer(text)
    ]


def _insert_after_visible(text: str, count: int, cut: str) -> str:
    """Insert ``cut`` after the ``count``-th visible character.

    Where a separator space follows that character, the cut moves on to the next one: a line
    break must not take the place of a space, which ``reflow`` would not put back.
    """
    seen = 0
    for index, char in enumerate(text):
        if char.isspace():
            continue
        seen += 1
        if seen >= count and text[index + 1 : index + 2] != " ":
            return text[: index + 1] + cut + text[index + 1 :]
    return text + cut


