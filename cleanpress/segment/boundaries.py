"""The learned model of block boundaries: where a heading run is cut into headline blocks.

A run's lines (each with the short lines that wrapped from it, :func:`wraps`) meet at places
that may or may not part two blocks. :func:`boundary_evidence` describes such a place as
numbers (blank lines against the page's habit, :func:`page_gaps`; subtitles ``——访…``,
kickers, capitals, widths); :func:`boundary_chance` weighs them by the weights learned from
pages of the lines' script (``cleanpress/data/block_weights*.json``, fitted by
``benchmarks/accuracy/train_blocks.py``), but on a Chinese page whose extractor sets every
text box apart (``BOXED_PAGE``) it goes by the blank lines alone, and on one that sets few runs
apart (``FEW_GAPS``) a blank line is weighed by the boxes of lines on either side
(:func:`box_evidence`, :func:`boundary_chances`). :mod:`cleanpress.segment.pairing` pays for
each cut and each join by these chances.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any
from functools import lru_cache

import regex

from ..headlines import ends_open
from ..text import display_width
from ..trees import Trees, shipped
from .bodies import Body, Run, begins
from .units import Kind, Unit, has_cjk, in_capitals, join_lines, title_case


def wraps(units: list[Unit], latin: bool = False) -> list[list[Unit]]:
    """A run's units, each with the short lines that wrapped from it (``——这些命令不会改变网络配``
    / ``置``): the greedy wrap of a kicker or subtitle leaves a short last line. A Chinese
    subtitle closes its block, so the lines set tight under it (no blank line) that are no
    wider are its wrap too, however long (``——还有若干部分需要`` / ``进一步的配置``). With
    ``latin``, a Latin line that stops on a word needing another goes on in the next
    (``Configuring a`` / ``Program``): read so, a subhead wrapped in a narrow column is one
    line (read so in blocks too, it cost headline blocks on the validation pages). Two lines in
    capitals, the first stopping on such a word, are one always (a kicker, ``EDITORS WITH`` /
    ``AUTO-CONVERSION``)."""
    out: list[list[Unit]] = []
    for unit in units:
        if out and not unit.blank_before and not unit.text.startswith("——"):
            previous = display_width(out[-1][-1].text)
            width = display_width(unit.text)
            if (
                (previous >= 8 and width <= 0.4 * previous) or _subtitle_wrap(out[-1], unit)
                or ((latin or _capitals_wrap(out[-1][-1].text, unit.text)) and _latin_wrap(out[-1][-1].text, unit.text))
            ):
                out[-1].append(unit)
                continue
        out.append([unit])
    return out


def _latin_wrap(line: str, unit: str) -> bool:
    """Whether Latin ``unit`` goes on with the line before it, which stops on a word that needs
    another (``Configuring a`` / ``Program``): a title line never ends there."""
    return not (has_cjk(line) or has_cjk(unit)) and ends_open(line)


def _capitals_wrap(line: str, unit: str) -> bool:
    """Whether two lines are both in capitals (with :func:`_latin_wrap`: a kicker that wrapped)."""
    return bool(in_capitals.match(line) and in_capitals.match(unit))


def _subtitle_wrap(line: list[Unit], unit: Unit) -> bool:
    """Whether ``unit`` goes on with the Chinese subtitle ``line`` (with its wraps so far)."""
    first = line[0].text
    return first.startswith("——") and has_cjk(first) and display_width(unit.text) <= display_width(line[-1].text)


def is_kicker(text: str) -> bool:
    return text.endswith("——") or (bool(in_capitals.match(text)) and not has_cjk(text))


def page_gaps(pieces: Sequence[Body | Run]) -> float | None:
    """How readily this page's extractor sets text apart with blank lines: the share of heading
    runs followed by a blank line (some put one after every text box, others only at changes
    of type size). None when blank lines say nothing: they stand inside paragraphs too, or
    before every line. A Latin section subhead (one line over text that opens no article) does
    not count: pdfminer sets it in one box with the paragraph under it, and sets headline
    blocks apart (en-s311-p01: the refitted line model of session 37 found such a subhead, and
    the page no longer read as boxed). Counting Chinese ones out as well cost Chinese
    pdftotext headline blocks (held-out 0.497 -> 0.485); English, only `english-fresh`
    pdftotext moved (0.491 -> 0.485)."""
    pairs = [
        (a, b) for a, b in zip(pieces, pieces[1:])
        if isinstance(a, Run) and isinstance(b, Body) and not _latin_subhead(a, b)
    ]
    units = [u for piece in pieces for u in piece.units]
    joined = [u for u in units if u.kind is Kind.PARAGRAPH and len(u.lines) > 1]
    inside = sum(len(u.lines) - 1 for u in joined)
    if inside and sum(u.blanks_inside for u in joined) > 0.5 * inside:
        return None
    if not inside and len(units) > 2 and sum(u.blank_before for u in units[1:]) >= 0.9 * (len(units) - 1):
        return None
    return sum(b.units[0].blank_before for a, b in pairs) / len(pairs) if len(pairs) >= 2 else 0.5


def _latin_subhead(run: Run, body: Body) -> bool:
    """Whether ``run`` is one Latin line over a body that opens no article: a section subhead."""
    return len(run.units) == 1 and not has_cjk(run.units[0].text) and not begins(body)


_ends_sentence = regex.compile(r"[.?!]$")


def boundary_evidence(before: list[Unit], after: list[Unit], gaps: float | None) -> list[float]:
    """What the place between two heading lines (each with its wraps) of a run shows about a
    block boundary there, as numbers for the learned weights (``BOUNDARY_NAMES``); ``gaps`` is
    :func:`page_gaps`."""
    a, b = before[0].text, after[0].text
    wa, wb = display_width(join_lines([u.text for u in before])), display_width(b)
    cjk = has_cjk(a) or has_cjk(b)
    blank = float(after[0].blank_before) if gaps is not None else 0.0
    gaps = gaps or 0.0
    return [
        1.0,
        blank,
        blank * gaps,
        gaps,
        float(a.startswith("——")),
        float(a.endswith("——")),
        float(b.startswith("——")),
        float(b.endswith("——")),
        float(bool(in_capitals.match(a)) and not cjk),
        float(bool(in_capitals.match(b)) and not cjk),
        math.log((wb + 1) / (wa + 1)),
        abs(math.log((wb + 1) / (wa + 1))),
        float(abs(wa - wb) <= 2),
        min(wa, 40) / 20,
        min(wb, 40) / 20,
        float(cjk),
        float(cjk and " " in a),
        float(cjk and " " in b),
        title_case(a) if not cjk else 0.0,
        title_case(b) if not cjk else 0.0,
        float(bool(_ends_sentence.search(a))),
        blank * is_kicker(a),
        blank * (b.startswith("——") or (not cjk and len(b) > 1.4 * len(a))),
        blank * (not cjk and b[:1].islower()),
    ]


BOUNDARY_NAMES = (
    "bias", "blank line", "blank line x page habit", "page habit", "subtitle before", "kicker before",
    "subtitle after", "kicker after", "capitals before", "capitals after", "log width ratio",
    "abs log width ratio", "widths within 2", "width before", "width after", "CJK", "separator before",
    "separator after", "title case before", "title case after", "sentence end before",
    "blank line after a kicker", "blank line before a deck", "blank line before lower case",
)


def _model(name: str, features: Sequence[str] = BOUNDARY_NAMES) -> dict[str, Any]:
    """A shipped model of block boundaries, refused unless it reads ``features`` in order."""
    data = shipped(name)
    if data["features"] != list(features):
        raise ValueError(f"{name} does not match the evidence of cleanpress.segment.boundaries")
    return data


@lru_cache(maxsize=1)
def _cjk_weights() -> tuple[float, ...]:
    """The logistic regression learned from pages of both scripts."""
    return tuple(float(w) for w in _model("block_weights.json")["weights"])


@lru_cache(maxsize=1)
def _latin_trees() -> Trees:
    """The gradient-boosted trees learned from English pages."""
    return Trees.from_json(_model("block_trees_en.json"))


#: A Chinese page whose extractor sets few heading runs apart from the text under them (its
#: :func:`page_gaps` below ``FEW_GAPS``: pdftotext) puts a blank line inside a block as readily
#: as between two: after a kicker always (set smaller than the title, it is a text block of its
#: own), before a subtitle at times, and none between a banner and the kicker under it (set in
#: near sizes). The two lines that meet at a blank line say little there (the learned weights
#: read 62 such places in 100 right on the training pages); the boxes of lines that the blank
#: lines part say more (:func:`box_evidence`: how many lines each holds, whether one holds a
#: subtitle, their widths, where they stand in the run). Trees learned from those places alone
#: (``cleanpress/data/block_boxes_zh.json``) read 72 in 100 right on the held-out pages (the
#: weights: 61); with them, Chinese pdftotext headline blocks 0.441 -> 0.473 held-out, 0.500
#: -> 0.507 on the validation pages, 0.507 -> 0.553 on held-out pages of long rows, 0.614 ->
#: 0.604 on pages whose headlines name their articles (the words' evidence was made to go with
#: the weights). The first ten features alone (the boxes' lines, subtitles, widest lines, and
#: where they stand in the run) gave 0.460 held-out; the boxes' total widths, how many boxes
#: stand before and after, and a box closing on a subtitle or a dash gave the rest.
FEW_GAPS = 0.45

BOX_NAMES = (
    "lines in the box before", "lines in the box after", "subtitle in the box before", "subtitle in the box after",
    "widest line before", "widest line after", "box before widens", "box before opens the run",
    "box after closes the run", "lines in the run", "width of the box before", "width of the box after",
    "boxes in the run", "boxes before", "boxes after", "one line over more", "box after closes on a subtitle",
    "box before closes on a dash",
)


def box_evidence(lines: list[list[Unit]], place: int) -> list[float]:
    """What the boxes on either side of the blank line between ``lines[place]`` and
    ``lines[place + 1]`` of a run show (``BOX_NAMES``): a box is the lines (with their wraps)
    that no blank line parts."""
    starts = [k for k, line in enumerate(lines) if k == 0 or line[0].blank_before]
    start = max(k for k in starts if k <= place)
    end = next((k for k in starts if k > place + 1), len(lines))
    before, after = lines[start : place + 1], lines[place + 1 : end]
    widths_before = [display_width(join_lines([u.text for u in line])) for line in before]
    widths_after = [display_width(join_lines([u.text for u in line])) for line in after]
    boxes_before = starts.index(start)
    return [
        float(len(before)),
        float(len(after)),
        float(any(line[0].text.startswith("——") for line in before)),
        float(any(line[0].text.startswith("——") for line in after)),
        max(widths_before),
        max(widths_after),
        float(len(before) >= 2 and widths_before[-1] > widths_before[0] + 2),
        float(start == 0),
        float(end == len(lines)),
        float(len(lines)),
        sum(widths_before),
        sum(widths_after),
        float(len(starts)),
        float(boxes_before),
        float(len(starts) - boxes_before - 1),
        float(len(before) == 1 and len(after) >= 2),
        float(after[-1][0].text.startswith("——")),
        float(before[-1][-1].text.endswith("——")),
    ]


@lru_cache(maxsize=1)
def _box_trees() -> Trees:
    """The gradient-boosted trees learned from the blank lines of Chinese pdftotext pages."""
    return Trees.from_json(_model("block_boxes_zh.json", (*BOUNDARY_NAMES, *BOX_NAMES)))


def boundary_chances(lines: list[list[Unit]], gaps: float | None) -> list[float]:
    """How likely a block boundary is at each place where two lines of a run meet: at a blank
    line of a Chinese page that sets few runs apart (``FEW_GAPS``), by the boxes of lines on
    either side; elsewhere by the two lines (:func:`boundary_chance`)."""
    chances = []
    for place, (before, after) in enumerate(zip(lines, lines[1:])):
        if (
            gaps is not None and gaps < FEW_GAPS and after[0].blank_before
            and (has_cjk(before[0].text) or has_cjk(after[0].text))
        ):
            evidence = boundary_evidence(before, after, gaps) + box_evidence(lines, place)
            chances.append(_box_trees().probability(evidence))
        else:
            chances.append(boundary_chance(before, after, gaps))
    return chances


#: A page whose extractor sets nearly every heading run apart from the text under it (its
#: :func:`page_gaps` at least ``BOXED_PAGE``) puts each text box out apart: pdfminer. There a
#: Chinese block's lines come tight and blocks stand apart, whatever else the lines show; on
#: the training pages a blank line between two heading lines of such a page parts two items at
#: 969 places in 1,000, a tight one at 4 in 1,000 (the learned weights, fitted on pages of both
#: habits, said 0.90 and 0.011). The chances a boxed page's lines get, ``BOXED_CUT`` and
#: ``BOXED_JOIN``, are those rates tempered: with them, Chinese pdfminer headline blocks 0.789 ->
#: 0.799 held-out, 0.808 -> 0.810 on the validation pages, 0.829 -> 0.832 on the training pages;
#: pdftotext pages are seldom boxed (0.441 held-out, 0.501 -> 0.500 on validation). English
#: pdfminer pages set a deck apart from its title: there the rule cost 0.761 -> 0.649.
BOXED_PAGE = 0.7
BOXED_CUT, BOXED_JOIN = 0.95, 0.02


def boundary_chance(before: list[Unit], after: list[Unit], gaps: float | None) -> float:
    """How likely a block boundary is between two lines of a run: on a boxed page of Chinese
    (see ``BOXED_PAGE``), the blank line between them says, unless a dash joins them (a
    kicker's closing one, a subtitle's opening one: apart or not, they go with the title); on
    a boxed page of Latin script, two lines in capitals set tight are one kicker that wrapped
    (a banner and the kicker under it stand in two boxes; pdfminer, development pages: 15
    such pairs, all one kicker, against 13 of 28 two items with pdftotext, which is seldom
    boxed; 2 more English headline blocks right, none fewer); elsewhere the model learned from
    pages of the lines' script (see
    ``benchmarks/accuracy/train_blocks.py``): trees for Latin runs, a logistic regression for
    the others."""
    boxed = gaps is not None and gaps >= BOXED_PAGE
    if not (has_cjk(before[0].text) or has_cjk(after[0].text)):
        if boxed and not after[0].blank_before and _capitals_wrap(before[-1].text, after[0].text):
            return BOXED_JOIN  # two lines in capitals in one box: a kicker that wrapped
        return _latin_trees().probability(boundary_evidence(before, after, gaps))
    dashes = before[-1].text.endswith("——") or after[0].text.startswith("——")
    if boxed and not dashes:
        return BOXED_CUT if after[0].blank_before else BOXED_JOIN
    evidence = boundary_evidence(before, after, gaps)
    score = sum(w * x for w, x in zip(_cjk_weights(), evidence))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))
