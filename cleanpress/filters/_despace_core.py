"""The line-by-line work of :mod:`cleanpress.filters.despace`: which spaces of each line are
stray, and which are separators.

Plain functions with the option they need (``cjk_latin``) passed in, so that mypyc can compile
them (``CLEANPRESS_COMPILE=1 pip install .``, see ``setup.py``); interpreted, they are ordinary
Python with the same results. The Despace filter, and the rare repair of bracketed bylines,
stay in :mod:`.despace`.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

import regex

from .. import gaps
from ..text import CHAR_CLASS, CJK, CJK_CHAR, LATIN_CHAR, either_script

#: Sentence punctuation: a line holding any is running text, never a headline.
_sentence_punct: Final = regex.compile(r"[，。；：！？、,;:!?]")
#: Words that introduce names in a byline: "记者 秦颖", "通讯员 王某 李某".
_role_word: Final = regex.compile(
    either_script(r"(?:记者|通讯员|实习生|摄影|编辑|校对|作者|撰文|摄|主持人|评论员|特约|编译|整理)$")
)
#: The role words of a byline (``首席记者``, ``通讯员``), shared with the bracketed-byline repair.
BYLINE_ROLES: Final = either_script(r"(?:首席|见习|特约|本报|驻站)?(?:记者|通讯员|实习生|摄影记者|摄影)")
#: A role word and the name it introduces, closing a token (``记者张三``), and a role word opening
#: one (``通讯员李四报道：``): the space between two such groups of a byline set without separators
#: inside them (``记者张三 通讯员李四``) is the byline's own.
_role_and_name_end: Final = regex.compile(rf"{BYLINE_ROLES}[{CJK}]{{2,3}}$")
_role_start: Final = regex.compile(f"^{BYLINE_ROLES}")
#: A label and its colon opening a field (``美术编辑：``), and a name in such a field.
_field_label: Final = regex.compile(rf"(?P<label>[{CJK}]{{2,6}})[：:]")
_staff_name: Final = regex.compile(rf"[{CJK}]{{2,3}}")
#: A photo credit's closing word, and the names before it: "本报记者 张三 摄", "（张三 李四 摄）".
_photo_mark: Final = regex.compile(either_script(r"摄[）)]?"))
_credit_name: Final = regex.compile(rf"[（(]?[{CJK}]{{2,4}}")
#: Byline markers that start a line: "□本报记者 柯其其".
_byline_marker: Final = regex.compile(r"^\s*[□■◎●○◆◇▲△★☆]")
_cjk_then_latin: Final = regex.compile(rf"(?<=[{CJK}])(?=[\p{{Latin}}0-9])")
_latin_then_cjk: Final = regex.compile(rf"(?<=[\p{{Latin}}0-9%‰°])(?=[{CJK}])")
_SPACES: Final = " \t\u3000"
_latin: Final = re.compile("[0-9A-Za-z\u00C0-\u024F\u0370-\u04FF\u1E00-\u1EFF]")  # stdlib re: faster per call


def despace_lines(text: str, cjk_latin: str, counts: Counter[str]) -> str:
    """Remove the stray spaces of every line of ``text`` (and in ``add`` mode put in spaces
    between CJK and Latin)."""
    lines = text.split("\n")
    adding = cjk_latin == "add"
    before = ""  # the end of the last non-blank line: context for a line's first gap
    for i, line in enumerate(lines):
        if " " in line or "\u3000" in line or "\t" in line:
            # Every line of a CJK page, also one of Latin words alone: reflow may find it
            # to be words that overflowed a CJK line and join it to them.
            # The next line is context only for a line that ends in symbols (``——``).
            end = line.rstrip()[-1:]
            after = "" if not end or CHAR_CLASS[end] in gaps.LETTER_CLASSES else _start_of_next_line(lines, i)
            lines[i] = despace_line(line, counts, before, after, cjk_latin)
        elif adding:
            lines[i] = add_spaces(line, counts, cjk_latin)
        if line.strip():
            before = line.rstrip()[-8:]
    return "\n".join(lines)


def despace_line(line: str, counts: Counter[str], before: str, after: str, cjk_latin: str) -> str:
    """One line with its stray spaces removed; ``before`` and ``after`` are the ends of the
    lines around it, context for its first and last gaps."""
    stripped = line.lstrip(_SPACES)
    indent = line[: len(line) - len(stripped)]
    tokens = stripped.split()
    if len(tokens) < 2:
        return indent + add_spaces(stripped, counts, cjk_latin)
    # Letter-spaced: three or more tokens, of two characters or less on average (not a role
    # word and the names it introduces, ``记者 王芳 李强``, ``记者 张三 摄``). A space between
    # CJK and a Latin word or number parts no tokens here: extractors put one there in lines
    # that are not letter-spaced (``2022 年 4 月 20 日 星期三``), and so does ``add`` mode.
    letter_spaced = _looks_letter_spaced(tokens) and not _role_and_names(tokens)
    latin = letter_spaced and _latin.search(stripped) is not None
    if latin and not _looks_letter_spaced(_spaced_words(tokens)):
        letter_spaced = False
    if letter_spaced:
        counts["letter-spaced lines rejoined"] += 1
        if not latin:  # no Latin letters or digits: every gap is stray
            counts["stray spaces removed"] += len(tokens) - 1
            return indent + "".join(tokens)
    cjk_line = (letter_spaced or "%" in stripped or "‰" in stripped) and any(
        CHAR_CLASS[char] == CJK_CHAR for char in stripped
    )
    kinds = [gaps.classify_gap(tokens, k, before, after) for k in range(len(tokens) - 1)]
    headline_like = not _sentence_punct.search(stripped)
    out = [tokens[0]]
    for k, kind in enumerate(kinds):
        keep = keep_gap(kind, tokens, k, letter_spaced, headline_like, out, cjk_latin) and not (
            cjk_line and kind == gaps.LATIN and _stray_in_cjk(tokens[k], tokens[k + 1], letter_spaced)
        )
        if keep:
            out.append(" ")
            counts["separators kept"] += kind == gaps.CJK
        else:
            counts["stray spaces removed"] += 1
        out.append(tokens[k + 1])
    return indent + add_spaces("".join(out), counts, cjk_latin)


def keep_gap(
    kind: str, tokens: list[str], k: int, letter_spaced: bool, headline_like: bool, out: list[str],
    cjk_latin: str,
) -> bool:
    """Whether the gap after ``tokens[k]``, of the kind :func:`cleanpress.gaps.classify_gap`
    gives, is a separator to keep."""
    if kind == gaps.LATIN:
        return True
    if kind == gaps.PUNCT:
        return False
    if kind == gaps.BOUNDARY:
        return cjk_latin != "remove"
    # Two CJK runs: a separator only between multi-character runs in a line that is not
    # letter-spaced, and only where headlines or bylines put separators.
    if not letter_spaced and _before_photo_mark(tokens, k):
        return True
    # The runs on either side reach across spaces where CJK meets a Latin word or number
    # (``2022 年 4 月 20 日`` is one run).
    if letter_spaced or min(
        _cjk_count(_spaced_words(tokens[: k + 1])[-1]), _cjk_count(_spaced_words(tokens[k + 1 :])[0])
    ) < 2:
        return False
    left, right = tokens[k], tokens[k + 1]
    before = "".join(out)
    return headline_like or _in_byline(before, left, "".join(tokens[k + 1 :])) or _in_staff_line(before, right)


def add_spaces(line: str, counts: Counter[str], cjk_latin: str) -> str:
    """Put in CJK/Latin spaces in ``add`` mode."""
    if cjk_latin != "add":
        return line
    line, n1 = _cjk_then_latin.subn(" ", line)
    line, n2 = _latin_then_cjk.subn(" ", line)
    counts["spaces added between CJK and Latin"] += n1 + n2
    return line


def _meet(left: str, right: str) -> bool:
    """Whether a space between these two characters stands where CJK meets a Latin letter or
    a number (``年 4``, ``20 日``, ``85% 以上``)."""
    a, b = CHAR_CLASS[left], CHAR_CLASS[right]
    return (a == CJK_CHAR and b == LATIN_CHAR) or (b == CJK_CHAR and (a == LATIN_CHAR or left in "%‰°"))


def _looks_letter_spaced(tokens: list[str]) -> bool:
    """Three or more tokens, of two characters or less on average."""
    return len(tokens) >= 3 and sum(map(len, tokens)) <= 2 * len(tokens)


def _spaced_words(tokens: list[str]) -> list[str]:
    """The tokens that a line's letter-spacing is judged by: its spaces part them, but those
    between CJK and Latin letters or numbers."""
    words = [tokens[0]]
    for token in tokens[1:]:
        if _meet(words[-1][-1], token[0]):
            words[-1] += token
        else:
            words.append(token)
    return words


def _cjk_count(token: str) -> int:
    return list(map(CHAR_CLASS.__getitem__, token)).count(CJK_CHAR)


def _start_of_next_line(lines: list[str], index: int) -> str:
    """The first characters of the next non-blank line after ``lines[index]``: context for
    the line's last gap."""
    for following in range(index + 1, len(lines)):  # (no slice: a copy of the rest each time)
        line = lines[following]
        if line.strip():
            return line.lstrip()[:8]
    return ""


def _stray_in_cjk(left: str, right: str, letter_spaced: bool) -> bool:
    """Whether a gap between two Latin or digit tokens of a CJK line is stray: a letter-spaced
    line spaced its digits and letters apart too (``2 0 2 4 年``), and Chinese sets no space
    before a percent sign (``12.5 %``)."""
    return letter_spaced and len(left) == 1 == len(right) or right[0] in "%‰" and left[-1].isdigit()


def _role_and_names(tokens: list[str]) -> bool:
    """Whether a line's tokens are a byline's: a role word, then names of two or three CJK
    characters, maybe the closing 摄 of a photo credit (``记者 王芳 李强``, ``记者 张三 摄``)."""
    names = tokens[1:-1] if _photo_mark.fullmatch(tokens[-1]) else tokens[1:]
    return bool(_role_word.search(tokens[0])) and all(
        2 <= len(name) <= 3 and _cjk_count(name) == len(name) for name in names
    )


def _before_photo_mark(tokens: list[str], k: int) -> bool:
    """Whether the gap after ``tokens[k]`` comes before the closing 摄 of a photo credit: the
    line's last token, after names that follow a role word or an opening bracket (``本报记者
    张三 摄``, ``（张三 李四 摄）``); the one-character word would otherwise lose its separator."""
    if k + 2 != len(tokens) or not _photo_mark.fullmatch(tokens[-1]):
        return False
    first = k  # back over the names to the word that introduces them
    while first >= 0 and _credit_name.fullmatch(tokens[first]) and not _role_word.search(tokens[first]):
        if tokens[first][0] in "（(":
            return True
        first -= 1
    return first not in (k, -1) and bool(_role_word.search(tokens[first]))


def _in_byline(before: str, left_token: str, after: str) -> bool:
    """Whether a gap between ``before`` and ``after`` (the rest of the line) sits in a byline
    or credit: after a role word, on a line with a byline marker, between two groups of a role
    word and a name (``记者张三 通讯员李四``), or inside brackets."""
    return (
        bool(_role_word.search(left_token) or _byline_marker.match(before))
        or bool(_role_and_name_end.search(left_token) and _role_start.match(after))
        or gaps.inside_brackets(before, after)
    )


def _in_staff_line(before: str, right_token: str) -> bool:
    """Whether a gap sits in a line of labelled names (the page's staff, ``责任编辑：周八
    美术编辑：吴九``, ``本版编辑：王五 李六``): the line opened with a role word and its colon, and
    a name or the next such label follows."""
    opened = _field_label.match(before)
    if not (opened and _role_word.search(opened["label"])):
        return False
    field = _field_label.match(right_token)
    return bool(field and _role_word.search(field["label"])) or bool(_staff_name.fullmatch(right_token))
