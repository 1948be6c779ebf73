"""Step 4 of the splitter, continued: how well a headline block fits a body by its words.

A newspaper headline names what its article is about, so its words come back in the article's
text: on the seed page nine headline blocks of ten share more of their character pairs with
their own body (42-97%) than with any other (at most 43%). The pairing (:mod:`.pairing`) counts that fit
when the page shows it, and only then: a page whose blocks fit no body better than the others
(generated pages whose titles were drawn at random, a page of briefs) is paired by layout alone.

The words of a text are its pairs of adjacent Han characters and its Latin words of three
letters or more less the commonest function words. A line's fit to a body is the share of its
words found in that body, less the mean share over the page's other bodies (words every
article uses, ``发展``, ``system``, fit every body alike and say nothing); a block's fit is the
sum of its lines'. The short Latin lines of a title that a narrow column wrapped (a box of
lines that no blank line parts) are measured together, the box's fit shared among its lines by
their words. Two heading lines that clearly fit one body belong to one block (see
:meth:`Cohesion.boundary`); a first line that fits nothing over lines that clearly fit a body is
no kicker of that body's article (see ``MISFIT_BELOW``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex

from .bodies import Body, Run, begins
from .boundaries import wraps
from .units import Unit, has_cjk

_han_run = regex.compile(r"\p{Han}+")
_latin_word = regex.compile(r"[A-Za-z][A-Za-z0-9'-]{2,}")
_latin_any = regex.compile(r"[A-Za-z][A-Za-z0-9'-]*")
_TIE = 1e-9  # fits this close are equal
_FUNCTION_WORDS = frozenset(
    "the and for with from that this these those are was were been has have had not but its their our your "
    "his her they them you she him who whom which what when where why how all any can could will would "
    "shall should may might must into onto than then also more most such only over under about after "
    "before between each other some".split()
)

#: A headline line fits a body *clearly* when it shares this much more of its words with it
#: than with the page's other bodies; a page shows cohesion when enough of its heading lines
#: do: three at least, one for every other article (a body that opens one: a byline, a lead,
#: "continued from"; every body where none does, as an extractor may cut an article's text into
#: several), and a good share of them (a title drawn at random fits some body that well now and
#: then; on the seed page 24 heading lines of 26 do).
CLEAR = 0.5
#: ... and for a line in Latin script, whose few content words are shared more by chance (the
#: headlines of one section use its vocabulary: on validation pages whose English titles were
#: drawn at random, 5 of 236 showed cohesion at 0.5, 1 at 0.6; on pages whose titles came from
#: their articles the results held).
CLEAR_LATIN = 0.6
FEWEST_CLEAR = 3
#: ... or two, where they clearly fit two different bodies: a page of three or four articles
#: has few heading lines, and a title drawn at random that fits some body by chance seldom has
#: a second line fitting another (on the cohesive-heads development pages 2 more English
#: pdfminer blocks right; on the development and held-out pages whose heads were drawn at
#: random no page more shows cohesion).
FEWEST_NAMING_TWO = 2
#: ... and this share of the heading lines with words enough (section subheads name nothing: on
#: generated pages whose heads are their articles' clauses it runs 0.38-1.0, median 0.76; on
#: pages of random heads 0-0.67, 90th percentile 0.16-0.43).
CLEAR_SHARE = 0.5
#: The chance of a block boundary between two heading lines that clearly fit the same body, at
#: most. (Lines that clearly fit different bodies say nothing: an extractor may cut one article
#: into bodies, and the lines of one block fit different ones; read so, they cost Chinese
#: pdfminer headline blocks 0.824 -> 0.792 on the check pages.)
TOGETHER = 0.1
#: Fewest words a text needs for its fit to mean anything.
FEWEST_WORDS = 3
#: The first line of a block (with its wraps) that fits the block's body by less than
#: ``MISFIT_BELOW``, where a later line of the block fits that body clearly, is no kicker of that
#: article: a section label or banner set over it, which the extractor put out tight against its
#: block. It costs ``MISFIT`` (in the pairing's units, where a banner costs 1.6). On the seed
#: page every kicker fits its body by 0.55 at least; on generated pages whose heads are their
#: articles' clauses, 1% of heading lines fit their own body by less than 0.3, and two thirds of
#: the banners fit every body by less. There, Chinese pdftotext headline blocks go 0.607 ->
#: 0.653 and English pdfminer 0.757 -> 0.771 (MISFIT 2: 0.633; 6: Chinese pdfminer falls 0.881
#: -> 0.854, wrapped kickers cut off); pages whose heads were drawn at random show no cohesion
#: and do not move. The first line needs only ``FEWEST_FIRST`` words to tell, as an English
#: label in capitals has two (``INSTALLED VERSION``, where the kicker it is taken for would be
#: one of the words its body repeats most): English pdfminer 0.771 -> 0.794, pdftotext 0.453
#: -> 0.467 (one word: no more).
MISFIT_BELOW = 0.25
MISFIT = 4.0
FEWEST_FIRST = 2


def _pairs_in(text: str) -> list[tuple[str, str]]:
    """The pairs of adjacent Latin words of ``text``, in lower case, in order."""
    found = [w.lower() for w in _latin_any.findall(text)]
    return list(zip(found, found[1:]))


def words(text: str) -> frozenset[str]:
    """The words of ``text`` that can tie a headline to its body (see the module docstring)."""
    out = {run[i : i + 2] for run in _han_run.findall(text) for i in range(len(run) - 1)}
    out.update(w.lower() for w in _latin_word.findall(text) if w.lower() not in _FUNCTION_WORDS)
    return frozenset(out)


class Cohesion:
    """The fits of a page's headline blocks to its bodies (built once per page)."""

    def __init__(self, bodies: Sequence[Body], heading_runs: Sequence[Sequence[Unit]]) -> None:
        self._texts = {id(body): " ".join(u.text for u in body.units) for body in bodies}
        self._bodies = {key: words(text) for key, text in self._texts.items()}
        self._pairs: dict[int, Counter[tuple[str, str]]] = {}  # Latin word pairs, by id of body (see _best)
        self._articles = sum(begins(body) for body in bodies) or len(bodies)  # see CLEAR
        self._fits: dict[int, dict[int, float]] = {}  # by id of unit, then by id of body
        self._own_fits: dict[tuple[int, ...], dict[int, float]] = {}  # a line's by its own words (ids of its units)
        self._box_fits: dict[int, dict[int, float]] = {}  # by id of unit of a pooled box: the box's fits
        self.shown = self._page_shows_it([fits for run in heading_runs for fits in self._measure(run)])

    @classmethod
    def of_page(cls, pieces: Sequence[Body | Run]) -> Cohesion:
        """The fits of a page's heading runs to its bodies, from its pieces in page order."""
        return cls([p for p in pieces if isinstance(p, Body)], [p.units for p in pieces if isinstance(p, Run)])

    def _measure(self, run: Sequence[Unit]) -> list[tuple[dict[int, float], float]]:
        """The fits of a heading run's lines, each with how much it takes to fit clearly; the
        short Latin lines of a box (lines no blank line parts) are measured together, the box's
        fit shared among its lines by their words (see :func:`_pooled`)."""
        out = []
        for box in _boxes(run):
            if _pooled(box):
                together = [words(unit.text) for unit in box]
                fits = self._centred(frozenset().union(*together))
                total = sum(len(w) for w in together)
                for unit, own in zip(box, together):
                    self._box_fits[id(unit)] = fits
                    self._fits[id(unit)] = {key: value * len(own) / total for key, value in fits.items()} if own else {}
                if fits:
                    out.append((fits, CLEAR_LATIN))
            else:
                out += [(fits, _clear(unit)) for unit in box if (fits := self._line_fits(unit))]
        return out

    def heading_lines(self, run: Sequence[Unit]) -> list[list[Unit]]:
        """A heading run's lines as its words are measured: each line with its wraps, a box of
        short Latin lines measured together (see :func:`_pooled`) as one."""
        return [out for box in _boxes(run) for out in ([box] if _pooled(box) else wraps(box))]

    def fit(self, block: Sequence[Unit], body: Body) -> float:
        """How much better the lines of ``block`` fit ``body`` than the page's other bodies, line
        by line and summed (so that a line fits the block of the article it names wherever it
        goes; a line with too few words counts nothing); 0 when the page shows no cohesion."""
        if not self.shown:
            return 0.0
        total = sum(self._line_fits(unit).get(id(body), 0.0) for unit in block)
        return total - (MISFIT if self._misfit_first(block, body) else 0.0)

    def _misfit_first(self, block: Sequence[Unit], body: Body) -> bool:
        """Whether the first line of ``block`` (with its wraps) is no part of it, by its words
        (see ``MISFIT_BELOW``)."""
        lines = wraps(list(block))
        if len(lines) < 2:
            return False
        first, *rest = lines
        return self.names_nothing(first, body) and any(self.clearly(line) == id(body) for line in rest)

    def names_nothing(self, line: Sequence[Unit], body: Body) -> bool:
        """Whether a line (with its wraps) fits ``body`` by less than ``MISFIT_BELOW`` and no
        body clearly, by its own words (``FEWEST_FIRST`` of them at least, however its box is
        measured)."""
        fits = self._own(line)
        return bool(fits) and fits.get(id(body), 0.0) < MISFIT_BELOW and max(fits.values()) < _clear(line[0])

    def names(self, line: Sequence[Unit], margin: float) -> int | None:
        """The body a line (with its wraps) fits by ``margin`` at least, and clearly (by id), or
        None: by :meth:`clearly`, or for a Latin line of too few words for that (an English
        kicker in capitals, ``BRUTE-FORCE ATTACKS``), by its own ``FEWEST_FIRST`` words (two
        character pairs of a Chinese line, the wrapped end of a title, ``稳定版``, name articles
        by chance)."""
        fits = self._measured(line)
        if not fits and not any(has_cjk(unit.text) for unit in line):
            fits = self._own(line)
        return self._best(fits, line, margin)

    def _own(self, line: Sequence[Unit]) -> dict[int, float]:
        """A line's (with its wraps) fits by its own words, ``FEWEST_FIRST`` of them at least."""
        key = tuple(id(unit) for unit in line)
        if key not in self._own_fits:
            self._own_fits[key] = self._centred(words(" ".join(unit.text for unit in line)), FEWEST_FIRST)
        return self._own_fits[key]

    def boundary(self, before: Sequence[Unit], after: Sequence[Unit], chance: float) -> float:
        """The chance of a block boundary between two heading lines (each with its wraps), given
        the layout's ``chance``: unlikely where both clearly fit the same body."""
        a = self.clearly(before)
        return min(chance, TOGETHER) if a is not None and a == self.clearly(after) else chance

    def clearly(self, line: Sequence[Unit], margin: float = 0.0) -> int | None:
        """The body a line (with its wraps) fits clearly, and by ``margin`` at least (by id), or
        None."""
        return self._best(self._measured(line), line, margin)

    def fits_little(self, line: Sequence[Unit], body: Body) -> bool:
        """Whether a line (with its wraps) fits ``body`` by less than ``MISFIT_BELOW``."""
        return self._measured(line).get(id(body), 0.0) < MISFIT_BELOW

    def _measured(self, line: Sequence[Unit]) -> dict[int, float]:
        """A line's (with its wraps) fit to every body: its box's, for a line of a box measured
        together (see :func:`_pooled`), else the sum of its units' (empty when none has words
        enough)."""
        return self._box_fits.get(id(line[0])) or self._wrapped_fits(line)

    def _wrapped_fits(self, line: Sequence[Unit]) -> dict[int, float]:
        """The sum of the fits of a line's units (empty when none has words enough)."""
        fits: dict[int, float] = {}
        for unit in line:
            for key, value in self._line_fits(unit).items():
                fits[key] = fits.get(key, 0.0) + value
        return fits

    def speaks(self, block: Sequence[Unit]) -> bool:
        """Whether some line of ``block`` has words enough to fit a body (see :meth:`fit`)."""
        return any(self._line_fits(unit) for unit in block)

    def _line_fits(self, unit: Unit) -> dict[int, float]:
        """A line's fit to every body (empty for a line with too few words), worked out once."""
        if id(unit) not in self._fits:
            self._fits[id(unit)] = self._centred(words(unit.text))
        return self._fits[id(unit)]

    def _best(self, fits: dict[int, float], line: Sequence[Unit], margin: float) -> int | None:
        """The body (by id) ``line`` fits best, if it fits it clearly and by ``margin`` at least.
        A Latin line that fits several bodies alike (a kicker's two words, found in both) names
        the one :meth:`_phrase_holder` picks. (Chinese lines tie seldom, on common phrases,
        ``使用下面的方式``; naming none there cost Chinese pdftotext blocks on the cohesive-heads
        held-out pages, 0.778 -> 0.774: they keep the first body in page order.)"""
        best = max(fits, key=fits.__getitem__, default=None)
        if best is None or fits[best] < max(margin, _clear(line[0])):
            return None
        tied = [key for key, value in fits.items() if value >= fits[best] - _TIE]
        if len(tied) == 1 or has_cjk(line[0].text):
            return best
        return self._phrase_holder(" ".join(unit.text for unit in line), tied)

    def _phrase_holder(self, text: str, tied: list[int]) -> int | None:
        """Of the bodies a Latin line fits equally, the one that says its word pairs most often
        as they stand (the kicker ``TARGET SYSTEM`` over an article that says "target system"
        twice, where the article before says "target" and "system" apart), or None when none
        says them more often than the others. The first body in page order took the line
        before: on the cohesive-heads pages (the development, held-out, unseen and second
        development sets) the English headline blocks went +17, -3 (held-out pdfminer 0.836 ->
        0.873, pdftotext 0.627 -> 0.664; second development pdfminer 0.829 -> 0.860); naming
        none of the tied bodies, +17, -4; one English pdftotext byline lost; no page whose heads
        were drawn at random moved."""
        pairs = set(_pairs_in(text))
        held = sorted(((sum(self._body_pairs(key)[pair] for pair in pairs), key) for key in tied), reverse=True)
        return held[0][1] if held[0][0] > held[1][0] else None

    def _body_pairs(self, key: int) -> Counter[tuple[str, str]]:
        if key not in self._pairs:
            self._pairs[key] = Counter(_pairs_in(self._texts[key]))
        return self._pairs[key]

    def _centred(self, block: frozenset[str], fewest: int = FEWEST_WORDS) -> dict[int, float]:
        if len(block) < fewest or len(self._bodies) < 2:
            return {}
        shares = {key: len(block & body) / len(block) for key, body in self._bodies.items()}
        total, others = sum(shares.values()), len(shares) - 1
        return {key: share - (total - share) / others for key, share in shares.items()}

    def _page_shows_it(self, measures: list[tuple[dict[int, float], float]]) -> bool:
        """Whether enough of the page's heading lines (each with its fits and what it takes to fit
        clearly) fit some body clearly (see ``CLEAR``)."""
        if len(self._bodies) < 2:
            return False
        named = [max(fits, key=fits.__getitem__) for fits, needed in measures if max(fits.values()) >= needed]
        fewest = FEWEST_NAMING_TWO if len(set(named)) >= 2 else FEWEST_CLEAR
        return len(named) >= max(fewest, self._articles / 2, CLEAR_SHARE * len(measures))


def _boxes(run: Sequence[Unit]) -> list[list[Unit]]:
    """The lines of a heading run in boxes: lines no blank line parts."""
    out: list[list[Unit]] = []
    for unit in run:
        if unit.blank_before or not out:
            out.append([])
        out[-1].append(unit)
    return out


def _pooled(box: list[Unit]) -> bool:
    """Whether a box's lines are measured together: Latin lines, one of them at least with too
    few words to fit a body alone (a narrow column's title, ``Tasked with`` / ``controlling
    the`` / ``hardware parts``)."""
    return len(box) > 1 and not any(has_cjk(unit.text) for unit in box) and any(
        len(words(unit.text)) < FEWEST_WORDS for unit in box
    )


def _clear(unit: Unit) -> float:
    """How much better a heading line must fit one body to fit it clearly (see ``CLEAR``)."""
    return CLEAR if has_cjk(unit.text) else CLEAR_LATIN
