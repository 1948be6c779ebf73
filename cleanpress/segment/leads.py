"""Step 4 of the splitter, before the pairing: a body that holds two articles' leads is two bodies.

A sub-editor writes a headline block from the article's lead, its first paragraphs: on a page
whose headlines name their articles (:mod:`.cohesion`) a heading line's words gather in the
first paragraphs of its own article. An extractor may put out one article's text and the next
article's, with no byline or lead between them, as one body (pdfminer and pdftotext run an
article's last column into the next article's first when the second opens with no byline);
the pairing then has two blocks for one body, and one article is lost. Where a heading line
that clearly names a body finds its words far down it (``LEAD`` paragraphs or more), the body
is cut where that later lead begins. A title that a narrow column wrapped is one line here, its
short lines' words together, as :mod:`.cohesion` measures it (``A real-world example`` /
``should be more explicit`` / ...). The body's own title need not name its first paragraphs:
its block may be a label, or a title that shares its words with every article.

Only Latin text is cut so. English heads are written from the lead; the benchmark's Chinese
generator also takes heads from a body's later clauses when its lead has none to offer (its
paragraphs are short), and there the cut lost more blocks than it won (see ``LEAD``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .bodies import Body, Run
from .cohesion import FEWEST_WORDS, Cohesion, words
from .units import Kind, Unit, has_cjk, sentence_end

#: How many first paragraphs of an article make its lead (and more: a deck may be written
#: from the third); a heading line whose words gather this far down a body or further names
#: another article's lead there. On the cohesive-heads development pages (sets
#: cohesive-development, cohesive-unseen and cohesive-development-2 of
#: ``benchmarks/accuracy/sets.py``) the cut at 4 got English headline blocks 239 -> 241 of 278
#: with pdfminer and 175 -> 181 with pdftotext, bylines 2 more right with each; its five cuts
#: were all where another article's text begins. At 3 the same there, but on a development
#: page whose heads were drawn at random (en-s167-p01, pdfminer, which shows cohesion by
#: chance) a deck that is also a sentence of its article's fourth paragraph cut that article.
#: At 2 decks cut their own articles (on the first two sets, 136 -> 132 and 100 -> 96 of 149).
#: Chinese bodies cut at 3 there: 255 -> 243 and 212 -> 198 of 277. Session 31 measured a
#: narrow title's lines together and cut on one such line alone (before, two lines had to name
#: the body, one of them in its first paragraphs): English blocks 243 -> 244 of 278 (pdfminer)
#: and 181 -> 185 (pdftotext), bylines 204 -> 206, on all three sets, where no page lost a
#: block; on cohesive-heads pages never looked at, English pdftotext bylines 102 -> 103 of 134,
#: blocks the same; no page whose heads were drawn at random changed.
LEAD = 4
#: The share of a heading line's words that one paragraph must hold to be where it was written.
WRITTEN_FROM = 0.5


def split_at_leads(pieces: list[Body | Run], cohesion: Cohesion) -> list[Body | Run]:
    """``pieces`` with each Latin body that holds a second article's lead cut where that lead
    begins (see the module docstring); ``cohesion`` is the page's, measured on ``pieces``."""
    claims: dict[int, list[list[Unit]]] = defaultdict(list)
    for run in (piece for piece in pieces if isinstance(piece, Run)):
        for line in cohesion.heading_lines(run.units):
            named = cohesion.clearly(line)
            if named is not None:
                claims[named].append(line)
    out: list[Body | Run] = []
    for piece in pieces:
        at = _second_lead(piece, claims.get(id(piece), [])) if isinstance(piece, Body) else None
        if at is None:
            out.append(piece)
            continue
        first, second = _hand_on_byline(piece.units[:at], piece.units[at:])  # type: ignore[union-attr]
        out += [Body(first, kicker=piece.kicker), Body(second)]  # type: ignore[union-attr]
    return out


def _hand_on_byline(first: list[Unit], second: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """The two parts of a cut body, the last of the byline lines stacked at the first part's
    head handed on to the second: an extractor that reads a row of articles line by line puts
    their bylines out one under the other (``By Kevin Phillips`` / ``By John Adams``) over the
    first article's text, the second article's byline second."""
    stacked = next((k for k, unit in enumerate(first) if unit.kind is not Kind.BYLINE), len(first))
    if stacked < 2 or second[0].kind is Kind.BYLINE:
        return first, second
    return first[: stacked - 1] + first[stacked:], [first[stacked - 1], *second]


def _second_lead(body: Body, lines: Sequence[list[Unit]]) -> int | None:
    """Where in ``body`` (a unit index) a second article's lead begins, by the heading ``lines``
    that clearly name it (the first line written from ``LEAD`` paragraphs down or further), or
    None."""
    if not lines or has_cjk(body.units[0].text):
        return None
    paragraphs = [k for k, unit in enumerate(body.units) if unit.kind is Kind.PARAGRAPH]
    if len(paragraphs) <= LEAD:
        return None
    found = [_written_from(line, [body.units[k] for k in paragraphs]) for line in lines]
    leads = sorted(p for p in found if p is not None)
    if not leads or leads[-1] < LEAD:
        return None
    at = paragraphs[next(p for p in leads if p >= LEAD)]
    return at if sentence_end.search(body.units[at - 1].text) else None


def _written_from(line: list[Unit], paragraphs: list[Unit]) -> int | None:
    """The paragraph (its place among ``paragraphs``) holding most of a heading line's words,
    the first of equals, if it holds ``WRITTEN_FROM`` of them; None for a line of too few
    words."""
    own = words(" ".join(unit.text for unit in line))
    if len(own) < FEWEST_WORDS:
        return None
    shares = [len(own & words(paragraph.text)) / len(own) for paragraph in paragraphs]
    best = max(shares)
    return shares.index(best) if best >= WRITTEN_FROM else None
