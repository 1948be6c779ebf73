"""Step 3 of the splitter: the page as bodies and heading runs (:func:`cut`).

A body is the text of one article or a piece of it: it starts at an article's opening (a byline
line, a dateline lead, a "continued from" marker), ends at its closing (a credit, a closing
dateline, a "continued on" marker) and changes where the column width changes (:func:`column`:
the articles of a page are set in different widths). The heading units between bodies make
heading runs, which step 4 (:mod:`cleanpress.segment.pairing`) pairs with the bodies. A later
column that the extractor read after another article goes back to its own (a Chinese one by its
column width, a Latin one by the sentence it goes on), and a photo caption goes with the article
whose opening lines follow it. Bylines put out with another article's text go to their own (an
English byline stands right above its wire lead), and a kicker put out between a byline and its
text is kept for the block the pairing gives that article.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from ..text import display_width
from .lines import SUBHEAD_WIDTH, is_byline_wrap
from .units import (
    ENDS, STARTS, Kind, Unit, broken_word, en_lead, ends_article, has_cjk, in_capitals, mid_sentence_end, sentence_end,
    starts_article,
)


@dataclass
class Body:
    """The text of an article, or of a piece of one, and the headline block paired with it."""

    units: list[Unit] = field(default_factory=list)
    heading: list[Unit] = field(default_factory=list)
    #: An English kicker that the extractor put out between the article's byline and its text
    #: (see :func:`_openings_over_headings`): it opens whatever headline block the body gets.
    kicker: list[Unit] = field(default_factory=list)


@dataclass
class Run:
    """Heading units between bodies, in page order."""

    units: list[Unit] = field(default_factory=list)


def cut(units: list[Unit], folio: set[int]) -> list[Body | Run]:
    """The page as bodies and heading runs, in order. A running-head piece ends a heading run
    (it stands between blocks; but see :func:`_heading_on_top`) but not a body (the extractor
    dropped it between two lines)."""
    pieces: list[Body | Run] = []
    for i, unit in enumerate(units):
        if i in folio:
            if pieces and isinstance(pieces[-1], Run) and not _heading_on_top(pieces):
                pieces.append(Body())  # a placeholder, dropped below
            continue
        if unit.kind is Kind.HEADING:
            if not pieces or not isinstance(pieces[-1], Run):
                pieces.append(Run())
            pieces[-1].units.append(unit)
            continue
        last = pieces[-1] if pieces else None
        if (
            not isinstance(last, Body)
            or not last.units
            or (starts_article(unit) and not _only_starts(last))
            or (ends_article(last.units[-1]) and unit.kind not in ENDS)
            or _other_column(last, unit)
            or unit.other_flow
            or unit.new_flow
        ):
            if isinstance(last, Body) and not last.units:
                pieces.pop()
            pieces.append(Body())
        pieces[-1].units.append(unit)  # type: ignore[union-attr]
    out: list[Body | Run] = []
    for piece in pieces:
        if isinstance(piece, Body) and not piece.units:
            continue
        if isinstance(piece, Run) and len(piece.units) > LONGEST_RUN:
            # No headline blocks are that long: a list, a table, a column of short lines. Its
            # head is text of its own; the last lines may still head what follows.
            rest = piece.units[: -LONGEST_RUN // 2]
            for unit in rest:
                unit.kind = Kind.PARAGRAPH
            if out and isinstance(out[-1], Body):
                out[-1].units.extend(rest)
            else:
                out.append(Body(rest))
            piece = Run(piece.units[-LONGEST_RUN // 2 :])
        out.append(piece)
    pieces = _attach_captions(_gather_flows(_gather_columns(_bylines_to_their_leads(out))))
    return _bylines_over_continuations(pieces)


def _gather_flows(pieces: list[Body | Run]) -> list[Body | Run]:
    """Put a piece of Latin text that goes on another article's sentence (see
    :func:`.lines._mark_other_flows`) back with the nearest earlier body whose text stops in
    mid-sentence: pdftotext put out the rest of that article's column after another article's
    (on the validation pages 161-170: articles found 0.829 -> 0.854, bylines 0.663 -> 0.679,
    datelines 0.720 -> 0.756). A body set to the piece's measure goes first (one article's
    columns are as wide; on the development pages, English pdftotext articles found 0.933 ->
    0.943, bylines 0.772 -> 0.782, nothing lost there or on the held-out and cohesive-heads
    pages), and among those a body that stops on a broken word (``net-``): there the extractor
    went over to another text block (see :func:`.lines._mark_other_flows`), and the piece is
    the rest of that word. With none set alike, the body nearest to the piece's measure among
    those not set apart goes first (ragged lines measure loosely: on three development pages
    whose columns were so put out, no article's text was left in two items where 5 of 10 had
    been), then, among the rest, one that stops on a broken word. With no such body, it stays
    where it is, a body of its own. A piece that opens another text block there
    with no opening of its own goes back to the nearest earlier article set to its measure
    (:func:`_same_measure`): that article's next column (English pdftotext pages: on the
    development pages articles found 0.911 -> 0.918, bylines 0.740 -> 0.749; on 1,084 fresh ones
    0.879 -> 0.890 together with the cut at another measure, :func:`.lines._another_measure`)."""
    out: list[Body | Run] = []
    for piece in pieces:
        if isinstance(piece, Body) and piece.units[0].other_flow:
            unfinished = [p for p in reversed(out) if isinstance(p, Body) and runs_on(p) and not has_cjk(p.units[-1].text)]
            measured = [p for p in unfinished if _set_alike(p, piece)]
            ranked = _broken_first(measured) or _nearest_measure(unfinished, piece) or _broken_first(unfinished)
            target = next(iter(ranked), None)
            if target is not None:
                target.units.extend(piece.units)
                continue
        if isinstance(piece, Body) and piece.units[0].new_flow and not begins(piece):
            target = _same_measure(out, piece)
            if target is not None:
                target.units.extend(piece.units)
                continue
        out.append(piece)
    return out


#: Two Latin columns whose median line lengths differ by no more than this share are set in
#: one width.
SAME_MEASURE = 0.06


def _broken_first(bodies: list[Body]) -> list[Body]:
    """``bodies`` in their order, those that stop on a broken word (``net-``) first."""
    return sorted(bodies, key=lambda body: not broken_word.search(body.units[-1].text))


def _set_alike(body: Body, piece: Body) -> bool:
    """Whether two Latin bodies are set in one measure (see ``SAME_MEASURE``)."""
    a, b = column(body), column(piece)
    return a is not None and b is not None and not columns_differ(a, b, False, SAME_MEASURE)


def _nearest_measure(bodies: list[Body], piece: Body) -> list[Body]:
    """The one of ``bodies`` set nearest to the measure of ``piece`` among those not set apart
    from it (see :func:`columns_differ`), or none."""
    width = column(piece)
    near = [(abs(other - width), n) for n, body in enumerate(bodies) if width is not None
            and (other := column(body)) is not None and not columns_differ(other, width, False)]
    return [bodies[min(near)[1]]] if near else []


def _same_measure(pieces: list[Body | Run], body: Body) -> Body | None:
    """The nearest earlier Latin body, not closed, set in the measure of ``body`` (a column
    that opens another text block with no opening of its own): the article whose later column
    it is."""
    for earlier in reversed(pieces):
        if not isinstance(earlier, Body) or has_cjk(earlier.units[-1].text) or ends_article(earlier.units[-1]):
            continue
        if _set_alike(earlier, body):
            return earlier
    return None


def _bylines_to_their_leads(pieces: list[Body | Run]) -> list[Body | Run]:
    """An English byline stands right above its article's first paragraph, and so above its
    wire lead (``By Jane Roe`` / ``LONDON (AP) — …``). pdftotext, reading a row of articles
    line by line, may put out the byline of the second article of the row above the first
    paragraph of the first: a body that opens with bylines over a paragraph with no lead,
    followed at once by a body whose lead has no byline, gives its bylines to that lead. When
    it opens with two ``By`` lines, the two articles' bylines were put out together: the
    first stays over the paragraph below it, the second goes to the lead; so too over a wire
    lead (on the training, validation, fresh and headline-word pages, English bylines +11 and
    -2 against keeping the last there; -2 on one held-out page)."""
    for before, after in zip(pieces, pieces[1:]):
        if not (isinstance(before, Body) and isinstance(after, Body)):
            continue
        count = _opening_bylines(before)
        opening = before.units[count] if count < len(before.units) else None
        lead = after.units[0]
        if not (count and opening is not None and opening.kind is Kind.PARAGRAPH and not has_cjk(opening.text)):
            continue
        if not (lead.kind is Kind.PARAGRAPH and en_lead.match(lead.text)):
            continue
        if not en_lead.match(opening.text):
            keep = 1 if count >= 2 and all(u.text.startswith(("By ", "BY ")) for u in before.units[:count]) else 0
            after.units[:0] = before.units[keep:count]
            del before.units[keep:count]
        elif count >= 2:  # both articles' bylines over the first lead: the first is its own
            after.units[:0] = before.units[1:count]
            del before.units[1:count]
    return _openings_over_headings(pieces)


def _openings_over_headings(pieces: list[Body | Run]) -> list[Body | Run]:
    """A body of nothing but an article's opening lines (bylines, "continued from"), followed
    by a heading run and a body that opens with a paragraph (not text going on from
    elsewhere), holds that body's opening: it stands over an article's text, and an
    extractor reading a headline block set beside it line by line can put it out above the
    title (pdftotext), or put the block's boxes after it (pdfminer). The opening goes to that
    body; a "continued from" alone goes over a byline too. The heading runs on either side of
    it become one (nothing parts them any more). A run that opens with the rest of the last
    byline (``Correspondent``) is its wrap, not a title."""
    out: list[Body | Run] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        run, after = (pieces[i + 1], pieces[i + 2]) if i + 2 < len(pieces) else (None, None)
        if (
            isinstance(piece, Body) and piece.units and all(u.kind in STARTS for u in piece.units)
            and isinstance(run, Run) and not is_byline_wrap(piece.units[-1].text, run.units[0].text)
            and isinstance(after, Body) and after.units and _takes_opening(after, piece)
        ):
            after.units[:0] = piece.units
            if _kicker_under_byline(piece, run, after):
                after.kicker = run.units
                i += 2
                continue
            if out and isinstance(out[-1], Run):
                out[-1] = Run(out[-1].units + run.units)
            else:
                out.append(run)
            i += 2
            continue
        out.append(piece)
        i += 1
    return out


def _kicker_under_byline(opening: Body, run: Run, body: Body) -> bool:
    """Whether ``run``, between an article's byline and its first paragraph, is that article's
    kicker: one line in capitals. pdftotext puts a block's kicker out there when it stands
    beside the byline (on generated pages, 13 of 14 such lines above a paragraph were the
    kicker of the byline's own article)."""
    if len(run.units) != 1:
        return False
    text = run.units[0].text
    return (
        bool(in_capitals.match(text)) and not has_cjk(text)
        and opening.units[-1].kind is Kind.BYLINE and body.units[len(opening.units)].kind is Kind.PARAGRAPH
    )


def _takes_opening(body: Body, opening: Body) -> bool:
    """Whether ``body`` may take the opening lines ``opening``: it opens with a paragraph that
    starts a sentence, or with a byline when the opening has none."""
    first = body.units[0]
    if first.kind is Kind.PARAGRAPH:
        return not first.text[:1].islower()
    return first.kind is Kind.BYLINE and all(u.kind is Kind.CONTINUED_FROM for u in opening.units)


def _opening_bylines(body: Body) -> int:
    """How many bylines a body opens with."""
    return next((i for i, u in enumerate(body.units) if u.kind is not Kind.BYLINE), len(body.units))


def _bylines_over_continuations(pieces: list[Body | Run]) -> list[Body | Run]:
    """A byline over text that goes on from elsewhere (a paragraph starting in lower case, or
    another article's "continued from" and byline), or over nothing but another article's
    byline, is out of place: an article's byline stands over its first paragraph. It goes to
    the nearest body whose wire lead has no byline (pdftotext put it out with the next column's
    text; the earlier of two as near); a body that took bylines takes no more. A byline alone
    under a heading run stands under its headline block, set beside another article's: that
    body comes up to it, so the pairing sees the block over its text (on the validation pages,
    English pdftotext bylines +0.017 to +0.029, headline blocks even)."""
    bodies = [(i, piece) for i, piece in enumerate(pieces) if isinstance(piece, Body) and piece.units]
    takers = [
        m for m, (_, body) in enumerate(bodies)
        if body.units[0].kind is Kind.PARAGRAPH and en_lead.match(body.units[0].text)
    ]
    for k, (i, body) in enumerate(bodies):
        count = _opening_bylines(body)
        following = pieces[i + 1] if i + 1 < len(pieces) else None
        if not takers or not count or not _misplaced_bylines(body.units, count, following):
            continue
        at = bisect_left(takers, k)  # (body k opens with bylines: it is no taker itself)
        nearest = min(takers[max(0, at - 1) : at + 1], key=lambda m: (abs(m - k), m))
        takers.remove(nearest)
        taker = bodies[nearest][1]
        if count == len(body.units) and i > 0 and isinstance(pieces[i - 1], Run):
            body.units.extend(taker.units)
            taker.units = []
        else:
            taker.units[:0] = body.units[:count]
            del body.units[:count]
    return [piece for piece in pieces if piece.units]


def _misplaced_bylines(units: list[Unit], count: int, following: Body | Run | None) -> bool:
    """Whether the ``count`` bylines a body of ``units`` opens with stand over another
    article's text: a paragraph going on from elsewhere (in lower case), a "continued from"
    marker with a byline of its own under it (that article's opening), or, with nothing under
    them, the ``following`` body's own bylines (a photo caption between the two went to that
    body, see :func:`_attach_captions`), or no body at all (a heading run, the page's end:
    :func:`_openings_over_headings` found no text below the run that could take them)."""
    if count == len(units):
        if not isinstance(following, Body):
            return True
        below = next((u for u in following.units if u.kind is not Kind.CAPTION), None)
        return below is not None and below.kind is Kind.BYLINE
    opening = units[count]
    if opening.kind is Kind.CONTINUED_FROM:
        return count + 1 < len(units) and units[count + 1].kind is Kind.BYLINE
    return opening.kind is Kind.PARAGRAPH and opening.text[:1].islower() and not has_cjk(opening.text)


def _heading_on_top(pieces: list[Body | Run]) -> bool:
    """Whether the page so far is one heading run: the first headline block, whose lines an
    extractor may put out between the running head's pieces (the first title line stands as
    high as the date or the page number). A running head stands above the page's first block,
    so it does not part that block's lines; the pairing still decides whether the lines before
    it are a banner (on the validation pages: pdftotext headline blocks +0.007 in both
    languages, nothing lost elsewhere)."""
    return len(pieces) == 1 and isinstance(pieces[0], Run)


def _gather_columns(pieces: list[Body | Run]) -> list[Body | Run]:
    """Put the later columns of a Chinese article back with its first. An extractor that
    reads column by column can put another article (and its headline block) between two
    columns of one; a body that opens with no byline, lead or "continued from", set in the
    column width of an earlier unfinished body, is that body's continuation (the articles of a
    page differ in column width). A lone subhead line right before it moves with it, and so
    do the pieces after it that go on in that column (too short to measure, or as wide, with
    no opening, apart only by a lone subhead); the heading runs that stood on either side of a
    piece put back become one (runs that a running head parts stay apart)."""
    out: list[Body | Run] = []
    moved: Body | None = None  # the body the last piece went back to
    joins = False  # the last piece was put back: a run after it joins the run before it
    for piece in pieces:
        target = None
        if isinstance(piece, Body):
            target = _earlier_column(out, piece) or (moved if moved and _goes_on(moved, piece) else None)
        elif moved is not None and not (len(piece.units) == 1 and short_subhead(piece.units[0])):
            moved = None
        if target is None:
            if isinstance(piece, Body):
                moved = None
            if isinstance(piece, Run) and joins and out and isinstance(out[-1], Run):
                out[-1].units.extend(piece.units)
            else:
                out.append(piece)
            joins = False
            continue
        if isinstance(out[-1], Run) and len(out[-1].units) == 1 and short_subhead(out[-1].units[0]):
            target.units.extend(out.pop().units)
        target.units.extend(piece.units)  # type: ignore[union-attr]
        moved, joins = target, True
    return out


def runs_on(body: Body) -> bool:
    """Whether a body's last unit stops in mid-sentence (a column that continues elsewhere)."""
    last = body.units[-1]
    return last.kind is Kind.PARAGRAPH and not sentence_end.search(last.text) and not ends_article(last)


def _goes_on(body: Body, piece: Body) -> bool:
    """Whether ``piece`` goes on in the column of ``body``: no opening, not finished before
    it, and as wide or too short to measure."""
    if begins(piece) or ends_article(body.units[-1]):
        return False
    a, b = column(body), column(piece)
    return a is None or b is None or not columns_differ(a, b, True)


def short_subhead(unit: Unit) -> bool:
    return display_width(unit.text) <= SUBHEAD_WIDTH and " " not in unit.text


def _earlier_column(pieces: list[Body | Run], body: Body) -> Body | None:
    """The earlier, unfinished body whose column ``body`` continues (see
    :func:`_gather_columns`), or None. The nearest body is left to the pairing when a heading
    run stands between them (it weighs the block between the two; with nothing between, as
    when the article that parted them went back to its own column, nothing can), and the
    search stops at a finished body of that width."""
    if begins(body) or not has_cjk(body.units[0].text) or (width := column(body)) is None:
        return None
    bodies = [p for p in reversed(pieces) if isinstance(p, Body)]
    for n, earlier in enumerate(bodies):
        other = column(earlier)
        if other is None or columns_differ(other, width, True):
            continue
        if (n == 0 and pieces[-1] is not earlier) or ends_article(earlier.units[-1]):
            return None
        return earlier
    return None


def _attach_captions(pieces: list[Body | Run]) -> list[Body | Run]:
    """A photo caption sits between a headline block and the opening lines (byline, "continued
    from", dateline lead) of its article: one short sentence, alone or under another article's
    byline (pdftotext reads a row of articles line by line). It belongs to the article that
    follows, not to a story of its own; a byline left alone is dealt with by
    :func:`_bylines_over_continuations`."""
    out: list[Body | Run] = []
    for i, piece in enumerate(pieces):
        following = pieces[i + 1] if i + 1 < len(pieces) else None
        if (
            isinstance(piece, Body) and isinstance(following, Body) and out and _closed(out[-1])
            and _opening_bylines(piece) == len(piece.units) - 1 and _is_caption(piece.units[-1])
            and begins(following) and (len(piece.units) == 1 or not mid_sentence_end.search(piece.units[-1].text))
        ):
            caption = piece.units.pop()
            caption.kind = Kind.CAPTION
            following.units.insert(0, caption)
            if not piece.units:
                continue
        out.append(piece)
    return out


def _closed(piece: Body | Run) -> bool:
    """Whether a piece ends a story or heads one: a heading run, or a body whose last unit
    closes its article (a credit, a closing dateline, "continued on")."""
    return isinstance(piece, Run) or ends_article(piece.units[-1])


def _is_caption(unit: Unit) -> bool:
    """A caption: a photo's credit line (see :func:`.units.classify`), or one or two lines of
    text that open nothing; in Chinese one sentence (a Latin piece need not end one: pdfminer
    puts a pull quote or a stray piece of a line, ``PHP)``, in that place too, and it belongs
    with the article below as well)."""
    if unit.kind is Kind.CAPTION:
        return True
    cjk = has_cjk(unit.text)
    return (
        unit.kind is Kind.PARAGRAPH and len(unit.lines) <= 2 and len(unit.text) <= (60 if cjk else 160)
        and (not cjk or bool(sentence_end.search(unit.text))) and not starts_article(unit)
    )


def _other_column(body: Body, unit: Unit) -> bool:
    """Whether a paragraph is set in columns of another width than the body before it, which
    ended a sentence: another article's text (the articles of a page differ in column width).
    The body is measured on all its paragraphs (one paragraph has often too few lines)."""
    if unit.kind is not Kind.PARAGRAPH or len(unit.lines) < 3 or not has_cjk(unit.text):
        return False
    if not sentence_end.search(body.units[-1].text):
        return False
    a, b = column(body), column(Body([unit]))
    return a is not None and b is not None and abs(a - b) > 1.5


def _only_starts(body: Body) -> bool:
    """A body that so far holds only its opening lines (byline, "continued from")."""
    return all(u.kind in STARTS for u in body.units)


LONGEST_RUN = 16  # heading lines in a row beyond which they are read as text, not as blocks


CJK_TOLERANCE = 0.75  # em: Chinese columns a whole em apart are different columns
WIDEST_SHARE = 0.15  # of a Chinese body's lines that reach its column width, at least


def begins(body: Body) -> bool:
    """Whether a body opens with an article's opening lines (byline, lead, "continued from")."""
    return starts_article(next((u for u in body.units if u.kind is not Kind.CAPTION), body.units[0]))


def column(body: Body) -> float | None:
    """The width of a body's column lines (articles on one page differ in it), from its
    paragraphs' lines less their first (indented) and last ones; None when too few. Chinese
    columns are set a whole number of em wide and their lines justified to it: the widest
    width (rounded up to the em) that a few of its lines reach is the column (lines short of it
    were letter-spaced, punctuation counts half an em however it was set; a lone wider line is
    a stray from another column). Latin lines are ragged: their median length in characters."""
    lines = [
        line for u in body.units if u.kind is Kind.PARAGRAPH and len(u.lines) >= 3 for line in u.lines[1:-1]
    ]
    if len(lines) < 3:
        return None
    if sum(map(has_cjk, lines)) * 2 > len(lines):
        ems = Counter(math.ceil(display_width(line)) for line in lines)
        return float(max(em for em, count in ems.items() if count >= WIDEST_SHARE * len(lines)))
    widths = sorted(float(len(line)) for line in lines)
    return widths[len(widths) // 2]


#: Two Latin columns whose median line lengths differ by more than this share are two widths.
LATIN_TOLERANCE = 0.12


def columns_differ(
    a: float, b: float, cjk: bool, share: float = LATIN_TOLERANCE, tolerance: float = CJK_TOLERANCE
) -> bool:
    """Whether two column widths (see :func:`column`) are two: Chinese ones more than
    ``tolerance`` em apart (by default a whole em), Latin ones more than ``share`` of the wider
    apart (ragged lines measure loosely)."""
    return abs(a - b) > tolerance if cjk else abs(a - b) > share * max(a, b)
