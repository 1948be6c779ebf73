"""split: turn a page into its items (articles with headline block, bylines, dateline, credits,
continuation markers and body; banners; fragments).

The splitter reads the page twice: as the cleaning pipeline's *units* (one paragraph, or one
line that stands alone, per line) and as the physical *lines* the units were joined from (the
pipeline's text just before ``reflow``). Every unit knows its lines. It works in five steps,
each in a module of this package (:mod:`.units` holds what a unit is, which they all share):

1. **units** (:mod:`.lines`, then :mod:`.repairs`): a unit that ``reflow`` joined across a line
   that can only stand alone (a running head ``第8版``, a byline, a continuation marker, a closing
   credit, an English kicker in capitals, a short box of Chinese heading lines, an English
   headline line that :mod:`cleanpress.headlines` recognises; on a page that sets every text
   box apart, a box of a short Chinese title over a line as wide as the column, and the line
   closing an English deck's box that is not justified) is cut there again; furniture that
   wrapped is one unit again (a byline or a closing credit over two lines or more, a kicker
   whose closing dash wrapped onto a line of its own); pieces of paragraphs that only look like
   headings (a line of Latin words in a Chinese column, a first line, a dateline lead wrapped
   before its bracket or dash) go back to the text, and on Latin pages so do stray words of a
   justified line that pdfminer put out in boxes of their own (``to`` after a headline block, a
   piece between a byline and its dateline lead, unless the line model reads it as a
   title) and the loose first lines of a paragraph,
   while the deck set in one box with its English title is marked with it, a deck put out tight
   over its text and a title wrapped in a narrow column are headings again, and a Chinese title
   holding a comma over its subtitle is a heading;
2. **classify** each unit (:func:`.units.classify`): running head (folio), byline line,
   continuation marker, closing credit, names or dateline, heading (short, no sentence end), or
   paragraph. Folio units become ``banner`` items (:mod:`.folio`): they belong to no story, and
   the extractor scatters them anywhere; the unfinished clause a page opens on after them is a
   title (:func:`.repairs.open_page`);
3. **cut** the rest into bodies and heading runs (:mod:`.bodies`): a body starts at a byline
   line, a dateline lead (``本报讯（记者 秦颖）``, ``LONDON —``) or a "continued from" marker, ends at a
   credit, a closing dateline or a "continued on" marker, and changes where the column width
   changes (the articles of a page are set in different widths; a Chinese column is as wide as
   its justified lines, a whole number of em; Latin text after a blank line on a page with few
   blank lines, below a broken word, or set to lines of a clearly other length than the block
   above); a later column that the extractor read after another article goes back to its own
   (same Chinese column width, no opening; Latin text in lower case after a blank line below
   a line no sentence goes on from, or below another measure's unfinished column, to the
   nearest earlier article that stopped in mid-sentence, first to one set to its measure and
   among those to one that stopped on a broken word; a Latin block with no opening below a
   finished column of another measure, a running head or a closing line to the nearest
   earlier article set to its measure); a photo caption goes with the article
   whose opening lines follow it (also from under another article's byline: a byline left alone
   under its block takes its text up to it); a kicker in capitals put out between a byline and
   its text opens that article's block;
4. **pair** heading runs with bodies (:mod:`.pairing`), by least cost over the whole page: a block
   may head the body after it (a block across the top), the body before it (a block beside the
   body, on the right; on pages like the seed, every block; seldom when a byline or "continued
   from" line stands right under it: it opens the article the block heads), or be inset between an
   article's first column and the rest (the body continues across it, in the same column width;
   after a banner too, when the first column stops in mid-sentence), or
   be put out between two columns of one article and head the body after them (a Chinese side
   block; in English, when the second column goes on in lower case); several blocks of a run may head the bodies that follow (the articles of one row),
   passing over the section subheads inside them, and their lines may come interleaved (kickers,
   then titles, then subtitles of the row; a subtitle set right above its article's text comes out
   later, and closes the block handed on to it); the first block of a run may also go back to the
   last earlier article that has none (a block beside a long article, put out after the articles
   between), and a block handed on may wait past other articles' runs and text for its body; a
   lone short heading between two paragraphs is a section subhead (and so is one that a narrow
   column wrapped onto two tight lines, and so are a few short lines set apart, the
   subheads of two columns put out together, and so is one after an article's last lines over
   one paragraph that opens no article: a box of that article that the extractor put out late,
   which goes in before its closing lines); a block nobody takes is a
   banner. Where a run is cut into blocks is weighed by a learned model of block boundaries
   (:mod:`.boundaries`: blank lines against the page's habit, subtitles ``——访…``, kickers,
   capitals, widths), with weights of its own for runs of Latin script (learned from English
   pages); on a Chinese page whose extractor sets every text box apart, a blank line cuts, and
   on one that sets few apart, learned trees weigh a blank line by the boxes of lines around it. The
   blocks of a run go to the bodies after it nearest first (the last block heads the body right
   below it); on a page whose headlines share their words with their own articles
   (:mod:`.cohesion`), those words count too: a Latin body that holds a second article's lead
   is cut where it begins (:mod:`.leads`), and a heading line that names another article than
   its block's goes to that article's block (:mod:`.rehome`);
5. **read** each article (:mod:`.reading`): the headline block into kicker/headline/subheadline
   (by the page's conventions, and for a Chinese block by a learned model of which reading is
   likelier, :mod:`.block_roles`), bylines and datelines out of the first and last paragraphs,
   wrappers (brackets, ``□``, ``By``) removed; an English article that got two byline lines
   gives all but its first to the nearest articles without one (:func:`_one_byline_each`).

Nothing is dropped: every character of the input is in some field (less wrappers), and text
that fits no structure becomes a ``fragment``. This module runs the steps in order
(:func:`split_units`, :func:`split_page`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..document import Article
from .bodies import Body, Run, cut
from .folio import find_folio
from .lines import build_units
from .pairing import pair
from .reading import read_body, read_heading
from .repairs import join_closing_dashes, join_leads, lift_strays, open_page, repair
from .units import Kind, Unit, classify, has_cjk, join_lines

if TYPE_CHECKING:
    from ..pipeline import Pipeline

__all__ = ["Kind", "Unit", "classify", "headline_blocks", "page_pieces", "split_page", "split_units"]


def read_pieces(units: list[Unit]) -> tuple[list[str], list[Body | Run]]:
    """Steps 1 to 3 on one page's units: its running-head pieces (banners), and its bodies and
    heading runs in page order (what the pairing reads, and the training of its learned parts)."""
    units = lift_strays(join_leads(join_closing_dashes(units)))
    repair(units)
    folio = find_folio(units)
    open_page(units, folio)
    return [units[i].text for i in sorted(folio)], cut(units, folio)


def _read(units: list[Unit]) -> tuple[list[str], list[Body | list[Unit]]]:
    """Steps 1 to 4 on one page's units: its running-head pieces (banners), and its bodies with
    the headline blocks paired with them and the blocks nobody took, in page order."""
    folio, pieces = read_pieces(units)
    return folio, pair(pieces)


def _items(units: list[Unit]) -> list[Article]:
    """The items of one page's units, in page order: the running head first."""
    folio, pieces = _read(units)
    items = [Article(type="banner", headline=text) for text in folio]
    for piece in pieces:
        if isinstance(piece, list):
            items.append(Article(type="banner", headline=join_lines([u.text for u in piece])))
            continue
        article = Article()
        if piece.kicker or piece.heading:
            read_heading(article, piece.kicker + piece.heading)
        read_body(article, piece.units)
        if not (article.headline or article.bylines or article.dateline or article.continued_from):
            article.type = "fragment"
        items.append(article)
    return _one_byline_each(items)


def _one_byline_each(items: list[Article]) -> list[Article]:
    """An English article has one byline line (two authors share it: ``By Jane Roe and John
    Doe``); one that came out with two or more holds another article's, which the extractor put
    out with its own (pdftotext reads a row's bylines line by line, ``By Jane Roe`` / ``By John
    Doe`` / text). It keeps its first and gives the others to the nearest articles that have
    none, the earlier of two as near. (The first was its own 4 times in 6 on the cohesive-heads
    development pages; keeping the last gained more bylines on some sets and lost on others.)"""
    articles = [i for i, item in enumerate(items) if item.type == "article"]
    for i in articles:
        item = items[i]
        if len(item.bylines) < 2 or any(has_cjk(byline) for byline in item.bylines):
            continue
        item.bylines, others = item.bylines[:1], item.bylines[1:]
        for byline in others:
            free = [j for j in articles if not items[j].bylines]
            if not free:
                item.bylines.append(byline)
                continue
            items[min(free, key=lambda j: (abs(j - i), j))].bylines = [byline]
    return items


def split_units(lines: Sequence[str], source: str | None = None) -> list[Article]:
    """Items of one page from its cleaned units (one per line), in page order."""
    units = [classify(line.strip()) for line in lines if line.strip()]
    return _numbered(_items(units), source)


def split_page(text: str, pipeline: Pipeline, source: str | None = None) -> list[Article]:
    """Items of one page of raw text, cleaned by ``pipeline`` (see the module docstring)."""
    units, after = _page_units(text, pipeline)
    items = _items(units)
    if after is not None and after.filters:
        for item in items:
            _convert(item, after)
    return _numbered(items, source)


def page_pieces(text: str, pipeline: Pipeline) -> list[Body | Run]:
    """Steps 1 to 3 on one page of raw text, cleaned by ``pipeline`` up to ``reflow``: its bodies
    and heading runs in page order, as the pairing reads them (the benchmark's trainers and its
    page tracer read them too)."""
    return read_pieces(_page_units(text, pipeline)[0])[1]


def headline_blocks(text: str, pipeline: Pipeline) -> list[list[Unit]]:
    """The headline blocks the splitter pairs with bodies on one page of raw text, each as its
    lines, in page order: what step 5 reads into kicker, headline and subheadline (the training
    pages of :mod:`.block_roles` are read with it)."""
    _, pieces = _read(_page_units(text, pipeline)[0])
    blocks = (piece.kicker + piece.heading for piece in pieces if isinstance(piece, Body))
    return [block for block in blocks if block]


def _page_units(text: str, pipeline: Pipeline) -> tuple[list[Unit], Pipeline | None]:
    """One page's units, cleaned by ``pipeline`` up to ``reflow`` (see the module docstring),
    and the filters after ``reflow`` (None without it), which run on the items' texts."""
    from ..pipeline import Pipeline

    names = pipeline.names
    at = names.index("reflow") if "reflow" in names else len(names)
    before = Pipeline(pipeline.filters[:at])
    after = Pipeline(pipeline.filters[at + 1 :]) if at < len(names) else None
    lines_text = before.run(text)
    if at < len(names):
        reflow = dataclasses.replace(pipeline.filters[at], separator="\n")  # type: ignore[call-arg]
        units_text = Pipeline((reflow,)).run(lines_text)
    else:
        units_text = lines_text
    return build_units(lines_text, units_text), after


def _convert(item: Article, pipeline: Pipeline) -> None:
    """Run the filters after ``reflow`` (``convert``) on every text of an item."""
    for name in ("kicker", "headline", "subheadline", "dateline", "continued_from", "continued_to"):
        value = getattr(item, name)
        if value:
            setattr(item, name, pipeline.run(value))
    item.bylines = [pipeline.run(v) for v in item.bylines]
    item.credits = [pipeline.run(v) for v in item.credits]
    for block in item.body:
        block.text = pipeline.run(block.text)


def _numbered(items: list[Article], source: str | None) -> list[Article]:
    for index, item in enumerate(items):
        item.source, item.index = source, index
    return items
