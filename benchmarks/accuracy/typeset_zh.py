"""Chinese line breaking and justification, the way newspaper typesetting does it.

A paragraph is cut into *units*: one CJK character or full-width punctuation mark, an unbreakable
run of half-width characters (``96.8%``, ``Linux``), a half-width space between Latin words, or
a two-em ``——`` / ``……``. Widths are in em of the body font: a CJK character or full-width mark
is 1, a half-width character 1/2 (AR PL UMing's Latin glyphs are exactly half an em).

Rules applied (GB/T 15834 and the W3C "Requirements for Chinese Text Layout"):

- the first line of a paragraph is indented by two em;
- no closing punctuation (``。，、；：？！”’）》…``) at the start of a line and no opening
  punctuation (``“‘（《``) at the end of one. A closing mark that would start a line is either
  *pushed in* (compressed to half an em at the end of the previous line, if that makes it fit) or
  the previous character is *pushed out* to the next line, leaving the line short;
- punctuation compression: in the ``"compress"`` style (common in Chinese dailies) pause marks
  ``，、；：。`` and closing quotes/brackets take half an em, as does an opening mark right after
  another mark; in the ``"full"`` style only adjacent marks are compressed. A compressed mark is
  drawn as a half-width glyph (the full-width one at 50% horizontal scale), as newspaper systems
  do with their half-width punctuation fonts; extractors then see boxes of uneven widths, which
  is what makes them letter-space such lines (the seed page shows the same pattern:
  ``法 治 思 想 ，坚 持 依 法 治 县 、依 法 执``);
- every line except a paragraph's last is justified to the full column width: the space left
  over is spread evenly over the gaps between units (never inside a Latin run). Such uneven gaps
  are what make extractors print letter-spaced lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CLOSE = set("，。、；：？！”’）》〉」』】〕·")
OPEN = set("“‘（《〈「『【〔")
PAUSE = set("，、；：。”’）》")  # compressed to half width in the "compress" style
EPS = 1e-6

_TOKEN = re.compile(r"——|……|[!-~\u00c0-\u024f]+| |.", re.DOTALL)  # half-width runs include accented Latin


@dataclass
class Unit:
    """One unbreakable piece of a line."""

    text: str
    kind: str  # "cjk" | "close" | "open" | "latin" | "space" | "dash"
    width: float  # natural advance, em
    adv: float = 0.0  # advance after compression, em
    hscale: float = 100.0  # horizontal scale of the glyph, percent (50 for a compressed mark)
    index: int = 0  # position in the paragraph's unit list

    def __post_init__(self) -> None:
        if not self.adv:
            self.adv = self.width


@dataclass
class ZhLine:
    """A typeset line: units with the x of each glyph, in em from the column's left edge."""

    units: list[Unit]
    xs: list[float]
    capacity: float  # width the line was set to, em (W, or W-2 for an indented first line)
    last: bool
    indent: float
    extra: float = 0.0  # em spread over the gaps (0 for a last line)

    @property
    def text(self) -> str:
        return "".join(u.text for u in self.units)


def tokenize(text: str) -> list[Unit]:
    units: list[Unit] = []
    for m in _TOKEN.finditer(text):
        t = m.group(0)
        if t == " ":
            units.append(Unit(t, "space", 0.5))
        elif t in ("——", "……"):
            units.append(Unit(t, "close" if t == "……" else "dash", 2.0))
        elif t[0] <= "~" or "\u00c0" <= t[0] <= "\u024f":
            units.append(Unit(t, "latin", 0.5 * len(t)))
        elif t in CLOSE:
            units.append(Unit(t, "close", 1.0))
        elif t in OPEN:
            units.append(Unit(t, "open", 1.0))
        else:
            units.append(Unit(t, "cjk", 1.0))
    for k, u in enumerate(units):
        u.index = k
    return units


def _compress(units: list[Unit], style: str) -> None:
    """Set ``adv``/``hscale`` for punctuation compression inside lines."""
    for k, u in enumerate(units):
        prev = units[k - 1] if k else None
        nxt = units[k + 1] if k + 1 < len(units) else None
        if u.kind == "close" and u.width == 1.0:
            if style == "compress" and u.text in PAUSE and nxt is not None:
                _half(u)
            elif nxt is not None and nxt.kind in ("close", "open") and nxt.width == 1.0:
                _half(u)  # adjacent marks: the first closing one gives up half an em
        elif u.kind == "open" and prev is not None and prev.kind in ("close", "open") and prev.adv == 1.0:
            _half(u)


def _half(u: Unit) -> None:
    """Compress a mark to half an em: a half-width glyph."""
    u.adv, u.hscale = 0.5, 50.0


def break_paragraph(text: str, width: int, *, style: str = "compress", indent: float = 2.0) -> list[ZhLine]:
    """Break ``text`` into lines of ``width`` em, justified except the last."""
    units = tokenize(text)
    _compress(units, style)
    lines: list[ZhLine] = []
    i, n, first = 0, len(units), True
    while i < n:
        while i < n and units[i].kind == "space":
            i += 1
        if i >= n:
            break
        ind = indent if first else 0.0
        cap = width - ind
        used, j = 0.0, i
        while j < n and used + units[j].adv <= cap + EPS:
            used += units[j].adv
            j += 1
        if j >= n:
            lines.append(_place(units[i:n], cap, ind, last=True))
            break
        end = max(j, i + 1)  # an over-long unit still takes a line of its own
        if j > i and units[j].kind == "close":
            if units[j].width == 1.0 and used + 0.5 <= cap + EPS and units[j].adv == 1.0:
                _half(units[j])  # push in: compress the mark at the end of this line
                end = j + 1
            else:  # push out: take characters down until the next line starts properly
                end = j
                while end > i + 1 and units[end].kind == "close":
                    end -= 1
        while end - 1 > i and units[end - 1].kind == "open":
            end -= 1  # an opening mark never ends a line
        lines.append(_place(units[i:end], cap, ind, last=False))
        first = False
        i = end
    return lines


def _place(units: list[Unit], cap: float, indent: float, *, last: bool) -> ZhLine:
    while units and units[-1].kind == "space":
        units = units[:-1]
    # A mark at the very end of a line is drawn at its natural width unless it was pushed in.
    natural = sum(u.adv for u in units)
    gaps = len(units) - 1
    extra = 0.0 if last or gaps <= 0 else max(0.0, cap - natural)
    step = extra / gaps if gaps > 0 else 0.0
    xs: list[float] = []
    x = indent
    for u in units:
        xs.append(x)
        x += u.adv + step
    return ZhLine(units=list(units), xs=xs, capacity=cap, last=last, indent=indent, extra=extra)


def natural_width(text: str) -> float:
    """Display width in em of an unbroken string (CJK 1, half-width 1/2)."""
    return sum(u.width for u in tokenize(text))


def split_headline(text: str, max_width: float) -> list[str]:
    """Wrap a headline into at most two lines of ``max_width`` em, preferring a separator space."""
    if natural_width(text) <= max_width:
        return [text]
    if " " in text:
        parts = text.split(" ")
        best = min(range(1, len(parts)), key=lambda k: abs(natural_width(" ".join(parts[:k])) - natural_width(text) / 2))
        return [" ".join(parts[:best]), " ".join(parts[best:])]
    units = tokenize(text)
    half = natural_width(text) / 2
    acc, cut = 0.0, 1
    for k, u in enumerate(units):
        acc += u.width
        if acc >= half:
            cut = k + 1
            break
    while cut < len(units) and units[cut].kind == "close":
        cut += 1
    while cut > 1 and units[cut - 1].kind == "open":
        cut -= 1
    return ["".join(u.text for u in units[:cut]), "".join(u.text for u in units[cut:])]


def printed_width(text: str) -> float:
    """Width in em of a headline as printed: a separator space is a one-em blank."""
    return natural_width(text) + 0.5 * text.count(" ")


def wrap_headline(text: str, max_width: float) -> list[str]:
    """Wrap a headline greedily into as many lines of ``max_width`` em as needed.

    Separator spaces are preferred break points; a phrase longer than a line is broken between
    characters, never leaving a closing mark at a line start or an opening mark at a line end.
    """
    lines: list[str] = []
    cur = ""
    for part in text.split(" "):
        trial = f"{cur} {part}" if cur else part
        if printed_width(trial) <= max_width:
            cur = trial
            continue
        if cur:
            lines.append(cur)
            cur = ""
        units = tokenize(part)
        k = 0
        while k < len(units):
            used, j = 0.0, k
            while j < len(units) and used + units[j].width <= max_width:
                used += units[j].width
                j += 1
            j = max(j, k + 1)
            while j < len(units) and units[j].kind == "close" and j > k + 1:
                j -= 1
            if j < len(units):
                lines.append("".join(u.text for u in units[k:j]))
            else:
                cur = "".join(u.text for u in units[k:j])
            k = j
    if cur:
        lines.append(cur)
    return lines
