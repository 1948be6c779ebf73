"""English line breaking with real hyphenation and justified word spacing.

Greedy first-fit breaking, as many newspaper systems do it in narrow columns: words go on a line
while they fit at natural spacing; the word that does not fit is broken if it can be:

- at the hyphen of a compound (``well-`` / ``known``; ``state-of-`` / ``the-art``): typesetters
  prefer these points, and they are the cases a cleaner must not "dehyphenate";
- else at a syllable point from pyphen's ``en_US`` patterns (at least 2 letters before and 3
  after, never in a capitalised word or one with digits), with a hyphen added (``infor-`` /
  ``mation``), when the line would otherwise be loose (more than 0.6 of a space to add per
  gap), and on at most three lines in a row unless the line would be very loose.

Every line except a paragraph's last is justified by stretching the word spaces (the PDF ``Tw``
operator), and the first line of a paragraph is indented by one em. Each break is recorded as
a :class:`Hyphen` with where it is in the paragraph, for the gold file.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import pyphen

from . import fonts

_CORE = re.compile(r"^([^A-Za-z]*)([A-Za-z][A-Za-z'\u2019-]*[A-Za-z])([^A-Za-z]*)$")


@dataclass
class Hyphen:
    """A line-end hyphen: ``left`` + ``right`` print as ``left-`` / ``right``."""

    left: str
    right: str
    word: str
    kind: str  # "break" (syllable break, hyphen added) | "compound" (the word's own hyphen)
    offset: int  # index of the word's first letter in the paragraph text

    def to_dict(self) -> dict:
        return {"left": self.left, "right": self.right, "word": self.word, "kind": self.kind}


@dataclass
class EnLine:
    words: list[str]  # as printed, the last one may end with the line-end hyphen
    word_space: float  # extra points added to each space (Tw)
    indent: float  # points
    last: bool

    @property
    def text(self) -> str:
        return " ".join(self.words)


@functools.cache
def _dic() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="en_US", left=2, right=3)


def _break_points(word: str) -> list[tuple[str, str, str, str, str]]:
    """Possible splits of one token: (printed left, printed right, kind, left letters, right letters)."""
    m = _CORE.match(word)
    if not m:
        return []
    pre, core, post = m.groups()
    out: list[tuple[str, str, str, str, str]] = []
    # Compound hyphens: split after an internal hyphen (at least 2 letters either side).
    for k, ch in enumerate(core):
        if ch == "-" and k >= 2 and len(core) - k - 1 >= 2:
            out.append((pre + core[: k + 1], core[k + 1 :] + post, "compound", core[:k], core[k + 1 :]))
    # Syllable breaks inside each hyphen-free, letters-only segment of a lower-case word.
    if core[0].islower() and "'" not in core and "\u2019" not in core:
        start = 0
        for seg in core.split("-"):
            if len(seg) >= 5 and seg.isalpha():
                for pos in _dic().positions(seg):
                    cut = start + pos
                    out.append((pre + core[:cut] + "-", core[cut:] + post, "break", core[:cut], core[cut:]))
            start += len(seg) + 1
    return out


def break_paragraph(
    text: str, width: float, *, font: str = fonts.EN_BODY, size: float = 9.0, indent: bool = True
) -> tuple[list[EnLine], list[Hyphen]]:
    """Set ``text`` in a column ``width`` points wide; return its lines and line-end hyphens."""
    space = fonts.width(" ", font, size)
    words = text.split(" ")
    offsets, pos = [], 0
    for w in words:
        m = _CORE.match(w)
        offsets.append(pos + (len(m.group(1)) if m else 0))  # first letter of the word
        pos += len(w) + 1
    queue: list[tuple[str, int, bool]] = [(w, k, False) for k, w in enumerate(words)]
    queue.reverse()  # pop() from the end
    lines: list[EnLine] = []
    hyphens: list[Hyphen] = []
    cur: list[str] = []
    cur_w = 0.0
    run = 0  # consecutive hyphenated lines
    while queue:
        word, idx, carried = queue[-1]
        ind = size if (indent and not lines) else 0.0
        avail = width - ind
        w = fonts.width(word, font, size)
        need = w if not cur else cur_w + space + w
        if need <= avail + 1e-6:
            cur.append(word)
            cur_w = need
            queue.pop()
            continue
        room = avail - (cur_w + space if cur else 0.0)
        points = [] if carried else _break_points(word)
        fitting = [p for p in points if fonts.width(p[0], font, size) <= room + 1e-6]
        compounds = [p for p in fitting if p[2] == "compound"]
        # Hyphenate at a syllable only when the line would otherwise be loose, and not on more
        # than three lines in a row unless the line would be very loose (usual H&J settings).
        slack = (avail - cur_w) / (len(cur) - 1) if len(cur) > 1 else avail
        if not compounds and (slack <= 0.6 * space or run >= 3 and slack <= 1.5 * space):
            fitting = []
        choice = max(compounds or fitting, key=lambda p: len(p[0])) if fitting else None
        run = run + 1 if choice is not None else 0
        if choice is not None:
            left, right, kind, lletters, rletters = choice
            cur.append(left)
            cur_w = (cur_w + space if len(cur) > 1 else 0.0) + fonts.width(left, font, size)
            m = _CORE.match(words[idx])
            hyphens.append(Hyphen(lletters, rletters, m.group(2), kind, offsets[idx]))
            queue[-1] = (right, idx, True)
        elif not cur:  # a word wider than the column gets a line of its own
            cur.append(word)
            cur_w = w
            queue.pop()
        lines.append(_justify(cur, cur_w, avail, ind))
        cur, cur_w = [], 0.0
    if cur:
        lines.append(EnLine(cur, 0.0, size if (indent and not lines) else 0.0, last=True))
    return lines, hyphens


def _justify(words: list[str], used: float, avail: float, indent: float) -> EnLine:
    gaps = len(words) - 1
    extra = max(0.0, (avail - used) / gaps) if gaps > 0 else 0.0
    return EnLine(list(words), extra, indent, last=False)
