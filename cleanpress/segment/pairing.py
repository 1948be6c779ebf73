"""Step 4 of the splitter: pairing heading runs with bodies, by least cost over the whole page.

Every reading a heading run may have (:func:`_run_plans`; the readings are listed in the
package docstring, :mod:`cleanpress.segment`) has a cost, made of the constants below and of
the learned chances of block boundaries where it cuts the run into blocks
(:mod:`cleanpress.segment.boundaries`). A pass over the page (:func:`_pair_with`) finds the
cheapest readings of all runs together, once for a page whose blocks stand mostly before their
bodies and once for after; :func:`pair` keeps the cheaper and gives each body its block.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import permutations

from ..text import display_width
from .block_roles import surprise
from .bodies import Body, Run, begins, column, columns_differ, runs_on, short_subhead
from .boundaries import BOXED_PAGE, boundary_chances, is_kicker, page_gaps, wraps
from .cohesion import Cohesion
from .leads import split_at_leads
from .rehome import rehome
from .units import STARTS, Kind, Unit, ends_article, has_cjk, in_capitals, join_lines, numbered_subhead


#: What each decision costs; the pairing with the lowest total wins. A page's blocks come
#: either mostly before their bodies or mostly after: ``NEAR`` is the cost of the page's usual
#: side, ``FAR`` of the other; the pairing is made for both habits and the cheaper is kept.
#: English pages keep to their habit more strictly (``FAR_LATIN``, for runs of Latin script:
#: 2.0 against 1.0 adds 15 right headline blocks of 3,888 on the English training and
#: validation pages; on Chinese ones 2.0 loses 6).
NEAR, FAR = 0.0, 1.0
FAR_LATIN = 2.0
BANNER = 1.6  # a block that heads no article
HEADLESS = 2.5  # an article without a headline block
LATE = 2.0  # a block for the last earlier article without one, not the body just before
NO_OPENING = 0.8  # an article that opens without a byline, a dateline lead or "continued from"
SAME_COLUMN = 4.0  # ... and is set in the column width of the unfinished body before the run
PLAIN_LEVEL = 0.3  # a row's kicker without its closing dash, a subtitle without its opening one
#: Each block that a run promised to the bodies after it and that waits past another run (the
#: row's other article's text and the next article, block and all, put out before its body: the
#: mirror of LATE). Dear, so it is paid only where the page has no likelier reading: at 5.0,
#: +8 headline blocks and +3 bylines of 6,442 articles (both extractors) on the held-out,
#: development, fresh and cohesive-heads pages, none lost; at 3.5, +9 blocks, +1 byline (two
#: lost); at 1.5 and 2.0 the cohesive-heads pdftotext pages lost 0.007-0.011 of their blocks.
DEFER = 5.0
ROW = 0.4  # each further block of a run handed on to the next bodies (blocks of one row)
TOGETHER = 1.5  # each further subhead of a run of subheads (two columns' subheads put out together)
MAX_BLOCKS = 4
KICKER_INSIDE = 2.5  # a kicker with a line before it in its block (see _kicker_inside)
JOIN = 0.5  # a lone subtitle closing a block that an earlier run handed on to the next body
NUMBERED = 3.0  # a block that opens with a number (``一、``, ``（二）``): a section subhead's form
OPENING_BELOW = 1.0  # a run's last block heading the body before it, over a byline or "continued from" line
INSET_RUNS_ON = 0.3  # an inset block between two columns of one article, the first stopping in mid-sentence
REOPENED = 0.5  # a subhead after its article's last lines (see _run_plans)
KICKER_ALONE = 1.0  # a block of nothing but kicker lines (a Chinese one closing on its dash)
#: ... of nothing but English lines in capitals: a kicker or a section's label, which a paper
#: sets over a title, seldom as an article's whole block. At 1.0 (KICKER_ALONE) pdftotext's
#: pages gave such a line to a body of its own where a run held a kicker and its title over two
#: bodies with bylines; 3.0 gets 28 more English headline blocks right, net, on the development,
#: held-out, cohesive-heads, long-row and fresh pages (9 gained and 2 lost on the development
#: pages; no set fell); 4.0 and 6.0 no more.
CAPITALS_ALONE = 3.0


BOUNDARY_WEIGHT = 1.0  # how much the learned block-boundary evidence counts (in nats)
COHESION = 1.0  # what a block's fit to the body it heads is worth (see :mod:`.cohesion`)
PAGE_ORDER = 0.3  # the blocks of a run dealt otherwise than nearest first (see _dealt_otherwise)
COLUMN_CHANGE = 3.0
#: What the learned roles of a Chinese block's lines (:func:`.block_roles.surprise`) count in a
#: row reading (:func:`_row_readings`): the boxes' forms leave many dealings tied (two kickers
#: without a dash and a subtitle with one read as well as one kicker, two titles and two subtitles),
#: and the tie fell to the order they were listed in. At 1.0, Chinese headline blocks pdfminer /
#: pdftotext: development 0.819 -> 0.828 / 0.509 -> 0.522, chinese-fresh 0.837 -> 0.844 / 0.549
#: -> 0.553, held-out 0.851 -> 0.848 / 0.497 (two blocks lost), cohesive-heads development 0.922
#: -> 0.923 / 0.792 and held-out unchanged; 2.0 no better.
ROLES = 1.0
#: How far apart (in em) the Chinese columns on either side of a heading run may measure and
#: still be one column going on across it: one em. :func:`.bodies.column` takes the whole em
#: that a few of a body's lines reach, rounded up, and a line holding a punctuation mark set in
#: half an em (``作为训练，请使用上述的命令来遍历目录并``, 18.5) reaches the next em where the
#: lines without one do not: the two pieces of one article's column around a section subhead
#: measured 19 and 18 em (zh-s163-p02), and the subhead, too dear to read as one, opened a new
#: article. Headline blocks with one em in place of 3/4, Chinese pdfminer / pdftotext:
#: development 0.815 -> 0.819 / 0.500 -> 0.509, cohesive-heads development 0.918 -> 0.922 /
#: 0.786 -> 0.792, held-out 0.844 -> 0.851 / 0.495 -> 0.497, cohesive-heads held-out 0.906 ->
#: 0.924 / 0.764 -> 0.778; bylines up in each set except development pdfminer (0.965 ->
#: 0.963); articles found down by up to 0.003, except cohesive-heads held-out pdfminer (up,
#: 0.976 -> 0.979). Elsewhere two articles' columns a whole em apart stay two
#: (:func:`.bodies.columns_differ`): read with one em where a new article would start in the
#: column of the unfinished one before (:func:`_continues_column`), it cost 0.819 -> 0.810 and
#: 0.509 -> 0.502 on the development pages.
RUN_ON_TOLERANCE = 1.0


@dataclass
class _Plan:
    """What one heading run becomes."""

    after: list[Unit] | None = None  # the block of the body before it
    ahead: list[list[Unit]] = field(default_factory=list)  # blocks of the bodies after it
    banners: list[list[Unit]] = field(default_factory=list)
    merge: bool = False  # the body after it continues the body before it (inset block, subhead)
    late: list[Unit] | None = None  # the block of the last earlier body that had none
    subhead: list[Unit] = field(default_factory=list)  # a section subhead of the merged body


def _splits(count: int, cuts: Sequence[int]) -> list[list[int]]:
    """Ways to cut ``count`` items into at most MAX_BLOCKS consecutive blocks, as lists of block
    starts; only at positions in ``cuts`` when there are many items."""
    if count <= 10:
        positions = list(range(1, count))
    else:  # (each place once and in order: a line may open a box and follow a subtitle too)
        positions = sorted({c for c in cuts if 0 < c < count})[:12]
    out = [[0]]
    for size in range(1, MAX_BLOCKS):
        out += [[0, *combo] for combo in _combinations(positions, size)]
    return out


def _combinations(items: list[int], size: int) -> list[tuple[int, ...]]:
    from itertools import combinations

    return list(combinations(items, size))


def _block_cost(block: list[list[Unit]]) -> float:
    """How unlikely ``block`` (lines with their wraps) is as one headline block, by its shape
    (where the lines meet is weighed by :func:`cleanpress.segment.boundaries.boundary_chances`)."""
    cost = max(0, len(block) - 4) * 0.8
    for i, line in enumerate(block):
        text = line[0].text
        if text.startswith("——") and i < len(block) - 1:
            cost += 4.0  # a subtitle closes its block
        if i > 0 and _kicker_inside(line, block[i - 1]):
            cost += KICKER_INSIDE
    if all(is_kicker(line[0].text) for line in block):
        cost += CAPITALS_ALONE if not has_cjk(block[0][0].text) else KICKER_ALONE
    if numbered_subhead.match(block[0][0].text):
        cost += NUMBERED  # a section subhead's number
    return cost


def _kicker_inside(line: list[Unit], previous: list[Unit]) -> bool:
    """Whether block ``line`` (with its wraps) is a kicker with a line before it in the block,
    where a kicker opens its block: an English kicker in capitals after a line that is not
    (two lines in capitals are one kicker, wrapped), a Chinese kicker closing on its dash after
    a narrower line (a line before a kicker's last that is no wrap of it: the greedy wrap of a
    kicker leaves its first line the wider; on the development pages, Chinese pdftotext headline
    blocks 0.499 -> 0.501, held-out 0.440 -> 0.446, nothing else moved)."""
    text = line[0].text
    if not has_cjk(text):
        return bool(in_capitals.match(text)) and not in_capitals.match(previous[0].text)
    return line[-1].text.endswith("——") and display_width(previous[-1].text) < display_width(line[-1].text)


def _banner_cost(block: list[list[Unit]]) -> float:
    cost = BANNER + (len(block) - 1) * 1.0
    text = block[0][0].text
    if text.startswith("——") or text.endswith("——"):
        cost += 1.0
    if in_capitals.match(text) and not has_cjk(text):
        cost -= 0.5
    return cost


def _flat(block: list[list[Unit]]) -> list[Unit]:
    return [unit for line in block for unit in line]


def _continuation(body: Body) -> bool:
    """Whether a body's first unit reads as the rest of a sentence (a lower-case start)."""
    first = body.units[0]
    return first.kind is Kind.PARAGRAPH and first.text[:1].islower()


def _same_column(before: Body, after: Body) -> float:
    """What it costs to read ``after`` as the continuation of ``before`` across a heading run
    (a subhead, an inset block): nothing when their columns are as wide, much when they differ
    (two articles' columns), Chinese ones by more than ``RUN_ON_TOLERANCE``."""
    a, b = column(before), column(after)
    if a is None or b is None:
        return 0.0
    cjk = has_cjk(before.units[-1].text)
    return COLUMN_CHANGE if columns_differ(a, b, cjk, tolerance=RUN_ON_TOLERANCE) else 0.0


def _subhead_cost(unit: Unit, before: Body) -> float:
    """What it costs to read a lone heading line as a section subhead of the body before it:
    little for a short line after a finished sentence, more for a long one or a line with
    phrase separators (a headline's form)."""
    text = unit.text
    short = display_width(text) <= (12 if has_cjk(text) else 25)
    cost = 0.1 if short and not runs_on(before) else 0.8 if short else 2.0
    if " " in text and has_cjk(text):
        cost += 1.0
    return cost


def _subheads_only(run: Run, between_sentences: bool) -> bool:
    """Whether ``run`` may be nothing but section subheads: one line (with its wraps), or a
    few short lines each set apart by a blank line (no block of a headline, whose lines come
    tight). ``between_sentences``: the text before the run finished its sentence (see
    :func:`_subhead_lines`)."""
    units = run.units
    return len(_subhead_lines(units, between_sentences)) == 1 or (
        len(units) <= 3 and all(u.blank_before and short_subhead(u) and not u.text.startswith("——") for u in units)
    )


#: The longest English subhead (in characters) that a narrow column wraps onto two lines.
WRAPPED_SUBHEAD = 32


def _subhead_lines(units: list[Unit], between_sentences: bool) -> list[list[Unit]]:
    """``units`` as subhead lines: each with its wraps (see :func:`.boundaries.wraps`), and,
    between two sentences (a title set into a column may stop one, ``rout-`` / ``Unix-like text``
    / ``processing`` / ``ing on…``; a subhead never does), two short Latin lines set tight as one
    subhead that a narrow column wrapped (``The smbclient`` / ``Program``)."""
    lines = wraps(units, latin=True)
    if (
        between_sentences and len(lines) == 2 and len(lines[0]) == len(lines[1]) == 1 and not units[1].blank_before
        and not any(has_cjk(u.text) for u in units)
        and len(units[0].text) + 1 + len(units[1].text) <= WRAPPED_SUBHEAD
    ):
        return [units]
    return lines


def _subheads(run: Run, between_sentences: bool) -> list[Unit]:
    """The section subheads ``run`` holds when read as subheads: one unit per line, its wraps
    joined to it (``Configuring a`` / ``Program``)."""
    out = []
    for line in _subhead_lines(run.units, between_sentences):
        if len(line) == 1:
            out.append(line[0])
            continue
        text = join_lines([u.text for u in line])
        out.append(Unit(text, Kind.HEADING, text, [printed for u in line for printed in u.lines], line[0].blank_before))
    return out


def _run_plans(
    run: Run, before: Body | None, headless: bool, after: Body | None, next_bodies: Sequence[Body], far_after: bool,
    gaps: float | None, cohesion: Cohesion | None = None,
) -> list[tuple[float, _Plan]]:
    """Every way ``run`` can be read, with its cost. ``headless``: the body before it has no
    block yet; ``next_bodies``: the bodies that follow it before the next run, which may take
    its blocks (and whose words the blocks fit, when ``cohesion`` is given)."""
    bodies_after = len(next_bodies)
    far = FAR if has_cjk(run.units[0].text) else FAR_LATIN
    after_cost, ahead_cost = (NEAR, far) if far_after else (far, NEAR)
    lines = wraps(run.units)
    cuts = [i for i, line in enumerate(lines) if line[0].blank_before or line[0].text.startswith("——")]
    cuts += [i + 1 for i, line in enumerate(lines) if line[0].text.startswith("——")]
    plans: list[tuple[float, _Plan]] = []
    # A lone short heading between two paragraphs of one body is a section subhead (and so is
    # each of a few short lines set apart, subheads of two columns that the extractor put out
    # together).
    closed = before is not None and ends_article(before.units[-1])
    continues = before is not None and after is not None and not begins(after) and not closed
    between_sentences = before is not None and not runs_on(before)
    # ... and so is one after the article's end, over text that opens no article: a box of an
    # article's subhead and text that the extractor put out after the article's last lines.
    reopens = (
        closed and after is not None and len(after.units) == 1 and not begins(after) and len(wraps(run.units)) == 1
    )
    if _subheads_only(run, between_sentences) and (continues or reopens):
        subheads = _subheads(run, between_sentences)
        cost = sum((_subhead_cost(u, before) for u in subheads), 0.0) + _same_column(before, after)  # type: ignore[arg-type]
        cost += TOGETHER * (len(subheads) - 1) + (REOPENED if reopens else 0.0)
        plans.append((cost, _Plan(merge=True, subhead=subheads)))
    opening_below = after is not None and after.units[0].kind in STARTS
    chances = boundary_chances(lines, gaps)
    if cohesion is not None and cohesion.shown:
        chances = [cohesion.boundary(a, b, chance) for a, b, chance in zip(lines, lines[1:], chances)]
    join_costs = [-math.log(max(1e-6, 1 - p)) * BOUNDARY_WEIGHT for p in chances]
    cut_costs = [-math.log(max(1e-6, p)) * BOUNDARY_WEIGHT for p in chances]
    for starts in _splits(len(lines), cuts):
        ends = starts[1:] + [len(lines)]
        blocks = [lines[a:b] for a, b in zip(starts, ends)]
        shape = [_block_cost(b) for b in blocks]
        cut = set(starts[1:])
        partition = sum(cut_costs[k - 1] if k in cut else join_costs[k - 1] for k in range(1, len(lines)))

        # The first block may head the body before; the last ones the bodies after; the rest
        # are banners.
        for give_back in ((False, True) if headless and before is not None else (False,)):
            rest = len(blocks) - give_back
            for ahead in range(0, min(rest, bodies_after) + 1):
                # Every reading of the run pays for where it cuts it.
                cost = partition + ((after_cost + shape[0]) if give_back else 0.0)
                if give_back and not ahead and opening_below:
                    cost += OPENING_BELOW
                if ahead:
                    cost += ahead_cost + ROW * (ahead - 1) + sum(shape[len(blocks) - ahead :])
                middle = blocks[int(give_back) : len(blocks) - ahead]
                cost += sum(_banner_cost(b) for b in middle)
                plan = _Plan(
                    after=_flat(blocks[0]) if give_back else None,
                    ahead=_nearest_first([_flat(b) for b in blocks[len(blocks) - ahead :]]),
                    banners=[_flat(b) for b in middle],
                )
                plans.append((cost, plan))
                if cohesion is not None and cohesion.shown:
                    plans += [(cost + PAGE_ORDER, other) for other in _dealt_otherwise(plan, cohesion)]
                # An inset block: the body before is an article's first column, the body after
                # its continuation.
                if give_back and ahead == 0 and continues:
                    inset = INSET_RUNS_ON if (runs_on(before) or _continuation(after)) else 1.8  # type: ignore[arg-type]
                    cost_inset = cost - after_cost + inset + _same_column(before, after)  # type: ignore[arg-type]
                    plans.append((cost_inset, dataclasses.replace(plan, merge=True)))
                    # ... with the first subhead of the continuation right below the block.
                    if middle and len(_flat(middle[-1])) == 1:
                        subhead = _flat(middle[-1])
                        cost_subhead = cost_inset - _banner_cost(middle[-1]) + _subhead_cost(subhead[0], before)  # type: ignore[arg-type]
                        plans.append((cost_subhead, dataclasses.replace(
                            plan, merge=True, banners=plan.banners[:-1], subhead=subhead)))
                # ... after a banner: the blocks before the inset one label the page (the body
                # before stops in mid-sentence, ``respon-`` / ``sible for…``).
                if (
                    not give_back and ahead == 0 and headless and continues and len(middle) >= 2
                    and runs_on(before)  # type: ignore[arg-type]
                ):
                    inset_block = middle[-1]
                    cost_after_banner = (cost - _banner_cost(inset_block) + _block_cost(inset_block) + INSET_RUNS_ON
                                         + _same_column(before, after))  # type: ignore[arg-type]
                    plans.append((cost_after_banner, _Plan(
                        after=_flat(inset_block), banners=[_flat(b) for b in middle[:-1]], merge=True)))
                # A block beside a later article, put out between the columns of this one: the
                # body before stops in mid-sentence (in Latin script, the body after goes on in
                # lower case: the rest of a word, ``run-`` / ``ning``, or of a sentence), the body
                # after goes on with it in the same column, and the next body takes the block.
                if (
                    not give_back and ahead == 1 and not middle and continues and bodies_after >= 2
                    and runs_on(before)  # type: ignore[arg-type]
                    and (has_cjk(before.units[-1].text) or _continuation(after))  # type: ignore[union-attr, arg-type]
                ):
                    cost_between = cost + 0.3 + _same_column(before, after)  # type: ignore[arg-type]
                    plans.append((cost_between, dataclasses.replace(plan, merge=True)))
    plans += _interleaved_plans(lines, cut_costs, join_costs, bodies_after, ahead_cost)
    if cohesion is not None and cohesion.shown:
        plans = [(cost - COHESION * _fit(plan, before, next_bodies, cohesion), plan) for cost, plan in plans]
    return plans


def _fit(plan: _Plan, before: Body | None, next_bodies: Sequence[Body], cohesion: Cohesion) -> float:
    """How well the blocks of ``plan`` fit the bodies they head: the block given back to the
    body before, and the blocks handed on to the bodies after (past the one merged into the
    article before, if the plan merges it)."""
    total = cohesion.fit(plan.after, before) if plan.after is not None and before is not None else 0.0
    takers = next_bodies[1:] if plan.merge else next_bodies
    return total + sum(cohesion.fit(block, body) for block, body in zip(plan.ahead, takers))


def _dealt_otherwise(plan: _Plan, cohesion: Cohesion) -> list[_Plan]:
    """``plan`` with its blocks dealt to the same bodies in every other order (the block given
    back to the body before included): where a page's headlines share their words with their
    own articles (see :mod:`.cohesion`), the words may overrule the order the layout suggests.
    A block with too few words to fit any body (a kicker alone) stays where the layout put it."""
    dealt = ([plan.after] if plan.after is not None else []) + plan.ahead
    back = plan.after is not None
    return [
        dataclasses.replace(plan, after=order[0] if back else None, ahead=list(order[int(back) :]))
        for order in permutations(dealt)
        if list(order) != dealt
        and all(new is old or cohesion.speaks(new) for new, old in zip(order, dealt))
    ]


def _nearest_first(blocks: list[list[Unit]]) -> list[list[Unit]]:
    """The order in which the bodies after a run take its blocks: the last block, right above
    the first body, heads it; the blocks before it head the bodies after that, in order. A
    block set beside or above a later article comes out before the block of the article whose
    text follows (on training and validation pages of both extractors this dealing gets more
    blocks right than page order). The row readings of :func:`_interleaved_plans` keep page
    order: line-by-line reading puts a row's blocks out left to right."""
    return [*blocks[-1:], *blocks[:-1]]


Box = list[list[Unit]]  # lines (with their wraps) that no blank line parts


def _interleaved_plans(
    lines: list[list[Unit]], cut_costs: list[float], join_costs: list[float], bodies_after: int, ahead_cost: float
) -> list[tuple[float, _Plan]]:
    """Readings of a run as the blocks of a row of articles set side by side, their lines
    interleaved. An extractor that orders text boxes by height puts out the kickers of the
    row first (left to right), then its titles, then its subtitles: boxes (lines no blank
    line parts) of levels in that order, each article with exactly one title, kickers and
    subtitles optional, and the first box maybe a banner above the row."""
    starts = [i for i, line in enumerate(lines) if i == 0 or line[0].blank_before]
    boxes = [lines[a:b] for a, b in zip(starts, starts[1:] + [len(lines)])]
    partition = sum(cut_costs[i - 1] for i in starts[1:]) + sum(
        join_costs[i - 1] for i in range(1, len(lines)) if i not in starts
    )
    plans: list[tuple[float, _Plan]] = []
    for banner in (0, 1):
        row = boxes[banner:]
        for k in range(2, min(MAX_BLOCKS - 1, bodies_after) + 1):
            for kickers in range(0, k + 1):
                subtitles = len(row) - k - kickers
                if not 0 <= subtitles <= k or kickers + subtitles == 0:
                    continue
                for reading in _row_readings(row, k, kickers, subtitles):
                    cost, blocks = reading
                    cost += partition + ahead_cost + ROW * (k - 1) + sum(_block_cost(b) for b in blocks)
                    banners = [_flat(boxes[0])] if banner else []
                    cost += sum(_banner_cost(boxes[0]) for _ in banners)
                    plans.append((cost, _Plan(ahead=[_flat(b) for b in blocks], banners=banners)))
    return plans


def _row_readings(row: list[Box], k: int, kickers: int, subtitles: int) -> list[tuple[float, list[Box]]]:
    """Every way to deal ``row`` (kicker boxes, then ``k`` title boxes, then subtitle boxes)
    to ``k`` articles, each with what its boxes' forms cost (a kicker ends with a dash, a
    subtitle starts with one, a title does neither) and, for Chinese blocks, how unlikely the
    learned roles find each block read so (``ROLES``)."""
    from itertools import combinations

    kicker_boxes, titles, subtitle_boxes = row[:kickers], row[kickers : kickers + k], row[kickers + k :]
    form = sum(_level_cost(box, "title") for box in titles)
    form += sum(_level_cost(box, "kicker") for box in kicker_boxes)
    form += sum(_level_cost(box, "subtitle") for box in subtitle_boxes)
    if math.isinf(form):
        return []
    cjk = has_cjk(titles[0][0][0].text)  # the learned roles read Chinese blocks only
    out = []
    for with_kicker in combinations(range(k), kickers):
        for with_subtitle in combinations(range(k), subtitles):
            blocks: list[Box] = [[] for _ in range(k)]
            for j, box in zip(with_kicker, kicker_boxes):
                blocks[j] += box
            for j, box in enumerate(titles):
                blocks[j] += box
            for j, box in zip(with_subtitle, subtitle_boxes):
                blocks[j] += box
            roles = 0.0
            if cjk:
                for j, title in enumerate(titles):
                    kicker = sum(len(_flat(box)) for i, box in zip(with_kicker, kicker_boxes) if i == j)
                    roles += surprise(_flat(blocks[j]), (kicker, kicker + len(_flat(title))))
            out.append((form + ROLES * roles, blocks))
    return out


def _level_cost(box: Box, level: str) -> float:
    """What reading ``box`` as a kicker, title or subtitle costs by its form (inf: never)."""
    first, last = box[0][0].text, box[-1][-1].text
    opens, closes = first.startswith("——"), last.endswith("——")
    if level == "title":
        return math.inf if opens or closes else 0.0
    if level == "kicker":
        return math.inf if opens else 0.0 if closes else PLAIN_LEVEL
    return math.inf if closes else 0.0 if opens else PLAIN_LEVEL


def pair(pieces: list[Body | Run]) -> list[Body | list[Unit]]:
    """Give each body its headline block; blocks nobody takes come back as banners, in place.
    Bodies that continue an article across an inset block or a subhead are merged into it. On a
    page whose headlines name their articles, a body that holds two articles' leads is cut in
    two first (:mod:`.leads`), and heading lines then go to the article they name
    (:mod:`.rehome`)."""
    best: tuple[float, list[Body | list[Unit]]] | None = None
    gaps = page_gaps(pieces)
    cohesion = Cohesion.of_page(pieces)
    if cohesion.shown:
        cut = split_at_leads(pieces, cohesion)
        if len(cut) > len(pieces):
            pieces, cohesion = cut, Cohesion.of_page(cut)
    for far_after in (False, True):
        cost, out = _pair_with(pieces, far_after, gaps, cohesion)
        if best is None or cost < best[0] - 1e-9:
            best = (cost, out)
    assert best is not None
    items = _join_headed_rests(_gather_loose(best[1]))
    if not cohesion.shown:
        return items
    boxed = gaps is not None and gaps >= BOXED_PAGE
    return rehome(items, {id(unit): i for i, unit in enumerate(u for piece in pieces for u in piece.units)}, boxed)


def _gather_loose(items: list[Body | list[Unit]]) -> list[Body | list[Unit]]:
    """Put a loose piece of Latin text (a body that got no headline block and opens no article,
    which would come out a fragment) on the nearest body that stops in mid-sentence, before it
    or else after it: the extractor put the rest of that article's column out elsewhere, also
    ahead of the article (:func:`.bodies._gather_flows` takes back such pieces that open in
    lower case after a finished sentence, before the pairing). With no such body it stays a
    fragment. (English pages of seeds 141-170 and WeasyPrint 451-458: articles found 0.977 ->
    0.981 on pdfminer, 0.907 -> 0.912 on pdftotext; seeds 301-313, 1501-2010: pdftotext 0.855
    -> 0.866, headline blocks 0.394 -> 0.398, pdfminer unchanged.)"""
    out = list(items)
    i = 0
    while i < len(out):
        piece = out[i]
        if isinstance(piece, Body) and _loose(piece) and not has_cjk(piece.units[0].text):
            around = [*reversed(out[:i]), *out[i + 1 :]]
            target = next((b for b in around if isinstance(b, Body) and not _loose(b) and runs_on(b)), None)
            if target is not None:
                target.units.extend(piece.units)
                del out[i]
                continue
        i += 1
    return out


def _join_headed_rests(items: list[Body | list[Unit]]) -> list[Body | list[Unit]]:
    """Put the rest of a Latin article that took its headline block back on the article's
    opening: a body that goes on from elsewhere (it opens in lower case) but got a block goes on
    the nearest body before it that opens an article (a byline, a "continued from" marker)
    without a block and stops in mid-sentence, and the block goes with it. pdftotext puts an
    article's byline and first lines out where they stand on the page and its block, with the
    rest of its column, after another article's text (en-s202-p01); the pairing gives the block
    to the text right under it. On the English pages of five benchmark sets (224 pages from
    each extractor) it joined 4 pieces of pdftotext's and 3 of pdfminer's: headline blocks and
    bylines +5 in all, none lost (where the block was another article's, it was wrong before as
    well). Looking for the opening after the piece too, when none stands before it, gained 2
    blocks on pdfminer's pages and lost a byline on pdftotext's."""
    out = list(items)
    i = 0
    while i < len(out):
        piece = out[i]
        if (
            isinstance(piece, Body) and (piece.heading or piece.kicker) and _continuation(piece)
            and not has_cjk(piece.units[0].text)
        ):
            opening = next((b for b in reversed(out[:i]) if isinstance(b, Body) and _headless_opening(b)), None)
            if opening is not None:
                opening.units.extend(piece.units)
                opening.heading, opening.kicker = piece.heading, piece.kicker
                del out[i]
                continue
        i += 1
    return out


def _headless_opening(body: Body) -> bool:
    """Whether a body opens an article, has no headline block and stops in mid-sentence."""
    return not (body.heading or body.kicker) and begins(body) and runs_on(body)


def _loose(body: Body) -> bool:
    """Whether a paired body has no headline block and opens no article."""
    return not (body.heading or body.kicker) and not begins(body)


#: A state of the pass over the page: whether the current body has a block (None before the
#: first body), how many blocks a run promised to the next bodies, whether the next body merges
#: into the current one, and whether an earlier body was left without a block.
_State = tuple[bool | None, int, bool, bool]


def _pair_with(
    pieces: list[Body | Run], far_after: bool, gaps: float | None, cohesion: Cohesion | None = None
) -> tuple[float, list[Body | list[Unit]]]:
    # Bodies that may take the blocks a run hands on: up to the next run that is more than
    # subheads (a subhead inside one of them, which they pass over).
    takers: list[list[Body]] = [[] for _ in pieces]
    following: list[Body] = []
    for i in range(len(pieces) - 1, -1, -1):
        takers[i] = following
        piece = pieces[i]
        previous = pieces[i - 1] if i else None
        between_sentences = isinstance(previous, Body) and not runs_on(previous)
        following = [piece, *following] if isinstance(piece, Body) else (
            following if _subheads_only(piece, between_sentences) else [])
    continued = [_continues_column(pieces, i) for i in range(len(pieces))]
    # Each entry: state -> (cost, back pointer (previous state, decision)).
    layers: list[dict[_State, tuple[float, _State | None, object]]] = [{(None, 0, False, False): (0.0, None, None)}]
    for i, piece in enumerate(pieces):
        layer: dict[_State, tuple[float, _State | None, object]] = {}
        readings: dict[bool | None, list[tuple[float, _Plan]]] = {}
        before = _previous_body(pieces, i)
        following_piece = pieces[i + 1] if i + 1 < len(pieces) else None
        after = following_piece if isinstance(following_piece, Body) else None

        def offer(state: _State, cost: float, previous: _State, decision: object) -> None:
            if state not in layer or cost < layer[state][0] - 1e-9:
                layer[state] = (cost, previous, decision)

        for state, (cost, _, _) in layers[-1].items():
            has_block, pending, merge, orphan = state
            if isinstance(piece, Body):
                if merge:
                    offer((has_block, pending, False, orphan), cost, state, "merge")
                    continue
                extra = HEADLESS if has_block is False else 0.0
                extra += 0.0 if begins(piece) else NO_OPENING + continued[i]
                offer((pending > 0, max(0, pending - 1), False, orphan or has_block is False), cost + extra, state, "new")
                continue
            if has_block not in readings:  # the readings depend on the state through has_block only
                readings[has_block] = _run_plans(
                    piece, before if has_block is not None else None, has_block is False, after, takers[i],
                    far_after, gaps, cohesion,
                )
            if pending and _lone_subtitle(piece) and after is not None and begins(after):
                # A row's subtitle set right above its article's text, apart from the kicker
                # and title that an earlier run handed on: it closes the block the next body
                # takes (when that body opens an article: a dash may open a line of text too).
                offer(state, cost + JOIN, state, "join")
            for plan_cost, plan in readings[has_block]:
                if pending and not _passes_on(plan):
                    if plan.after is None and not plan.merge:  # the promised blocks wait (DEFER)
                        waiting, wait_cost = pending + len(plan.ahead), DEFER * pending
                        offer((has_block, waiting, False, orphan), cost + plan_cost + wait_cost, state, plan)
                    continue  # blocks were promised to the bodies after: a subhead passes, a block waits
                got = True if plan.after is not None else has_block
                offer((got, pending or len(plan.ahead), plan.merge, orphan), cost + plan_cost, state, plan)
                if orphan and plan.after is None and plan.banners and not pending:
                    # A block set beside an earlier article that had none, put out after the
                    # articles between (a side block of a long article): it pays LATE instead
                    # of that article's HEADLESS.
                    late = dataclasses.replace(plan, late=plan.banners[0], banners=plan.banners[1:])
                    late_cost = plan_cost - _banner_cost(wraps(plan.banners[0])) + LATE - HEADLESS
                    offer((got, len(plan.ahead), plan.merge, False), cost + late_cost, state, late)
        layers.append(layer)
    finals = {s: (c + (HEADLESS if s[0] is False else 0.0) + BANNER * s[1] * 2) for s, (c, _, _) in layers[-1].items()}
    state = min(finals, key=finals.__getitem__)
    total = finals[state]
    decisions: list[object] = []
    for layer in reversed(layers[1:]):
        _, previous, decision = layer[state]
        decisions.append(decision)
        state = previous  # type: ignore[assignment]
    decisions.reverse()
    return total, _apply(pieces, decisions)


def _continues_column(pieces: list[Body | Run], index: int) -> float:
    """What it costs to start a new article at body ``index`` when it reads as the rest of
    the body before the heading run in front of it: that body is not closed (no credit, no
    "continued on") and both are set in one Chinese column width (a page's articles differ in
    it; ragged English lines measure too loosely to tell)."""
    before, run, after = pieces[index - 2] if index >= 2 else None, pieces[index - 1], pieces[index]
    if not (isinstance(before, Body) and isinstance(run, Run) and isinstance(after, Body)):
        return 0.0
    if ends_article(before.units[-1]) or not has_cjk(before.units[-1].text):
        return 0.0
    a, b = column(before), column(after)
    if a is None or b is None or columns_differ(a, b, True):
        return 0.0
    return SAME_COLUMN


def _lone_subtitle(run: Run) -> bool:
    """Whether ``run`` is one subtitle (``——…``, with its wraps) and nothing else."""
    return run.units[0].text.startswith("——") and len(wraps(run.units)) == 1


def _passes_on(plan: _Plan) -> bool:
    """Whether a run read this way is a subhead inside a body and nothing else: blocks handed
    on by an earlier run pass over it to the bodies after."""
    return bool(plan.subhead) and plan.after is None and not plan.ahead and not plan.banners


def _before_closing(units: list[Unit]) -> int:
    """Where text merged into an article goes: at its end, or before the lines that close it
    (a credit, "continued on", a last paragraph ending in a bracket of names), when the
    extractor put out a box of the article's text after them."""
    at = len(units)
    while at > 1 and ends_article(units[at - 1]):
        at -= 1
    return at


def _previous_body(pieces: list[Body | Run], index: int) -> Body | None:
    for piece in reversed(pieces[:index]):
        if isinstance(piece, Body):
            return piece
        return None
    return None


def _apply(pieces: list[Body | Run], decisions: list[object]) -> list[Body | list[Unit]]:
    """The items the chosen decisions make: bodies (merged where asked) and banner blocks."""
    out: list[Body | list[Unit]] = []
    current: Body | None = None
    pending: list[list[Unit]] = []
    merge_with: list[Unit] | None = None
    for piece, decision in zip(pieces, decisions):
        if isinstance(piece, Body):
            if decision == "merge" and current is not None:
                at = _before_closing(current.units)
                current.units[at:at] = [*(merge_with or []), *piece.units]
                merge_with = None
                continue
            current = Body(list(piece.units), kicker=piece.kicker)
            if pending:
                current.heading = pending.pop(0)
            out.append(current)
            continue
        if decision == "join":
            pending[0] = pending[0] + piece.units
            continue
        plan = decision
        assert isinstance(plan, _Plan)
        if plan.after is not None and current is not None:
            current.heading = plan.after
        if plan.late is not None:
            bodies = [b for b in out if isinstance(b, Body) and b is not current]
            next(b for b in reversed(bodies) if not b.heading).heading = plan.late
        out.extend(plan.banners)
        if not _passes_on(plan):
            pending = list(plan.ahead) + pending
        merge_with = list(plan.subhead) or None
    out.extend(pending)
    return out
