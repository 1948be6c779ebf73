"""Which physical lines of a Latin-script page are headline lines (kicker, headline, deck,
banner, crosshead) rather than body text.

Chinese column lines have a width that gives them away (reflow measures it); English lines are
ragged, hyphenated and justified by the extractor in its own way, and reflow cannot tell a
headline line from a short body line. This module weighs the evidence a line carries, in its
page: its end (a sentence end, a comma, a hyphen), its start, blank lines around it, its
length against the page's column lines, its box of lines, and its neighbours (it reads the
lines after ``despace``, which makes the double spaces of justified text one). The model is two
passes of gradient-boosted trees learned from generated pages (the second also sees what the
first thinks of the neighbours; ``benchmarks/accuracy/train_headlines.py``,
``cleanpress/data/headline_trees.json``): trees, unlike the logistic regression they replaced,
weigh one piece of evidence by another (a line short against the page but long against its
neighbours). At run time this is a walk down two hundred trees of depth 5 per line and pass.
:func:`mark_headline_lines` adds what the model does not see: pieces of justified text that
pdfminer broke up and set apart, and the deck set in one box with its title.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Protocol

import regex

from .text import LATIN_WORD, stops_on_open_word
from .trees import Trees, shipped


class LineLike(Protocol):
    text: str
    blank_before: bool


class MarkedLine(LineLike, Protocol):
    heading: bool  # marked as a headline line
    headline: float | None  # the model's probability


_ends_sentence = regex.compile(r"[.!?…][”’\"')\]]*$")
_ends_clause = regex.compile(r"[,;:][”’\"')\]]*$")
_inner_clause = regex.compile(r"[,;:] \p{L}")  # a clause goes on past a comma: running text
_ends_mark = regex.compile(r"[;:-][”’\"')\]]*$")  # a line that stops on a colon, semicolon or hyphen
_byline = regex.compile(r"^(?:By|BY)\s+\p{Lu}")
_lead = regex.compile(r"^[\p{Lu}][\p{Lu}.'-]*(?:\s+[\p{Lu}][\p{Lu}.'-]*){0,3}(?:\s*\([\p{L} .]+\))?\s*(?:—|–|--)")
_capitals = regex.compile(r"^(?=.*\p{Lu}{2})[\p{Lu}\d][\p{Lu}\d &'’/:,.-]*$")
#: Opening quotes, which a sentence may start with (``“We did it,” …``).
_QUOTES = "“‘\"'"
#: A wire story's lead that names the agency alone (``(CNN) — The council…``).
_agency_lead = regex.compile(r"^\([\p{L} .]+\)\s*(?:—|–|--)\s*")


def _opening(text: str) -> str:
    """The character a line's sentence starts with, past opening quotes and an agency's lead
    (the ``W`` of ``“We did it,” …``, the ``T`` of ``(CNN) — The council…``)."""
    if lead := _agency_lead.match(text):
        text = text[lead.end():]
    return text.lstrip(_QUOTES)[:1]


def ends_open(text: str) -> bool:
    """Whether a Latin text stops where no title stops: on a word that needs another after it
    (``Once the BIOS has begun booting from the CD- or``, ``In``) or on a comma."""
    return text.rstrip().endswith(",") or stops_on_open_word(text)


def _ends_on_article(text: str) -> bool:
    """Whether a Latin text stops on ``a``, ``an`` or ``the``: no headline line ends its block
    there, while a wrapped deck line may stop on any other word that needs another (``will of``)."""
    words = LATIN_WORD.findall(text)
    return bool(words) and words[-1].lower() in ("a", "an", "the")


def _clip(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def _length_against(text: str, others: list[str]) -> float:
    """A line's length against the median of a few lines of its box (1 with none): a headline
    or deck set over text in one box has another measure than the lines under it."""
    if not others:
        return 1.0
    lengths = sorted(len(other) for other in others)
    return _clip(len(text) / max(1, lengths[len(lengths) // 2]), 0.0, 3.0)


def features(lines: Sequence[LineLike]) -> list[list[float]]:
    """The evidence of every line, in the order :data:`NAMES` gives."""
    count = len(lines)
    texts = [line.text for line in lines]
    lengths = sorted(len(t) for t in texts) or [1]
    median = max(1, lengths[len(lengths) // 2])
    boxes: list[int] = []  # box number of each line
    for i, line in enumerate(lines):
        boxes.append((boxes[-1] + (1 if line.blank_before else 0)) if boxes else 0)
    box_size: dict[int, int] = {}
    box_ends: dict[int, int] = {}
    box_lengths: dict[int, list[int]] = {}
    for i, box in enumerate(boxes):
        box_size[box] = box_size.get(box, 0) + 1
        box_ends[box] = box_ends.get(box, 0) + bool(_ends_sentence.search(texts[i]))
        box_lengths.setdefault(box, []).append(len(texts[i]))
    box_median = {box: max(1, sorted(lengths)[len(lengths) // 2]) for box, lengths in box_lengths.items()}
    box_start: list[int] = []  # the first line of each line's box
    ended_before: list[bool] = []  # whether a line of its box above it ended a sentence
    for i, box in enumerate(boxes):
        first = i == 0 or boxes[i - 1] != box
        box_start.append(i if first else box_start[-1])
        ended_before.append(not first and (ended_before[-1] or bool(_ends_sentence.search(texts[i - 1]))))
    out = []
    for i, text in enumerate(texts):
        previous = texts[i - 1] if i else ""
        following = texts[i + 1] if i + 1 < count else ""
        opening = _opening(following)
        blank_after = i + 1 >= count or lines[i + 1].blank_before
        words = LATIN_WORD.findall(text)
        size = box_size[boxes[i]]
        out.append([
            1.0,
            float(bool(_ends_sentence.search(text))),
            float(bool(_ends_clause.search(text))),
            float(text.endswith("-")),
            float(text[:1].isupper()),
            float(text[:1].islower()),
            float(lines[i].blank_before or i == 0),
            float(blank_after),
            min(len(words), 15) / 15,
            _clip(len(text) / median, 0.0, 2.5),
            float(bool(_capitals.match(text))),
            _capitalised_share(words),
            float(not previous or bool(_ends_sentence.search(previous))),
            float(previous.endswith("-")),
            float(opening.islower()),
            float(opening.isupper()),
            float(bool(_byline.match(following))),
            float(bool(_byline.match(previous))),
            float(bool(_lead.match(following))),
            _clip(len(text) / max(1, len(previous)), 0.0, 3.0) if previous else 1.0,
            _clip(len(text) / max(1, len(following)), 0.0, 3.0) if following else 1.0,
            float(size == 1),
            float(2 <= size <= 4),
            float(size >= 8),
            box_ends[boxes[i]] / size,
            float(len(words) <= 3),
            float(any(c.isdigit() for c in text)),
            float(text.endswith("?")),
            float(i == 0 or boxes[i - 1] != boxes[i]),
            float(bool(_lead.match(text))),
            float(bool(previous) and not _ends_sentence.search(previous) and not previous.endswith("-")
                  and len(previous) < 0.7 * median),
            float(ends_open(text)),
            _clip(len(text) / box_median[boxes[i]], 0.0, 2.5),
            min(i - box_start[i], 6) / 6,
            float(ended_before[i]),
            _length_against(text, [texts[k] for k in range(i + 1, min(count, i + 4)) if boxes[k] == boxes[i]]),
            _length_against(text, [texts[k] for k in range(max(0, i - 3), i) if boxes[k] == boxes[i]]),
        ])
    return out


NAMES = (
    "bias", "ends sentence", "ends clause", "ends hyphen", "starts upper", "starts lower", "blank before",
    "blank after", "words", "length / page median",
    "capitals", "title case", "previous ends sentence", "previous ends hyphen", "next starts lower",
    "next starts upper", "next is a byline", "previous is a byline", "next has a dateline lead",
    "length / previous", "length / next", "box of one", "box of 2-4", "box of 8+", "box share of sentence ends",
    "three words or fewer", "digits", "ends with ?", "first of its box", "has a dateline lead",
    "previous is short and runs on", "ends on a word that needs another", "length / box median",
    "lines before in its box", "a sentence ended before in its box", "length / next lines", "length / previous lines",
)


#: The second pass adds what the first pass thinks of the neighbours: headline lines come in
#: blocks of a few lines.
NEIGHBOUR_NAMES = ("line before", "line after", "two lines before", "two lines after", "either neighbour")


def with_neighbours(rows: list[list[float]], first: list[float]) -> list[list[float]]:
    """The second pass's evidence: each row, then the first pass's view of its neighbours."""
    count = len(first)

    def at(i: int) -> float:
        return first[i] if 0 <= i < count else 0.0

    return [row + [at(i - 1), at(i + 1), at(i - 2), at(i + 2), max(at(i - 1), at(i + 1))] for i, row in enumerate(rows)]


@lru_cache(maxsize=1)
def _models() -> tuple[Trees, Trees]:
    data = shipped("headline_trees.json")
    if data["features"] != list(NAMES) or data["neighbour_features"] != list(NEIGHBOUR_NAMES):
        raise ValueError("headline_trees.json does not match cleanpress.headlines.features")
    return Trees.from_json(data["first_pass"]), Trees.from_json(data["second_pass"])


#: The model reads a line as a headline line from this chance on.
LIKELY = 0.5


def probabilities(lines: Sequence[LineLike]) -> list[float]:
    """For every line, how likely it is a headline line (kicker, headline, deck, crosshead)."""
    first_pass, second_pass = _models()
    rows = features(lines)
    first = [first_pass.probability(row) for row in rows]
    return [second_pass.probability(row) for row in with_neighbours(rows, first)]


# --- conventions the model does not see ----------------------------------------------------------


def mark_headline_lines(lines: Sequence[MarkedLine], can_head: Callable[[str], bool]) -> None:
    """Mark the headline lines of a Latin page: the lines the model finds likely (and that
    ``can_head``: short, no sentence end; or that end on a title's question or exclamation
    mark, see :func:`_question`: 3 more English pdfminer headline blocks right, none fewer, on
    the development, held-out and fresh pages) but for pieces of running text (see
    :func:`_inside_text`, :func:`_unmark_paragraph_openings`), and the lines that conventions
    find (a deck under its title, a title in one box with the column or set tight over its
    byline, a block in one box over its byline, a title's wrapped last line); every line keeps
    its probability in ``headline``."""
    chances = probabilities(lines)
    for i, (line, probability) in enumerate(zip(lines, chances)):
        line.headline = probability
        if probability >= LIKELY and (can_head(line.text) or _question(line.text)) and not _inside_text(lines, chances, i):
            line.heading = True
    _unmark_paragraph_openings(lines)
    _mark_decks(lines, can_head)
    _mark_titles_over_text(lines, can_head)
    _mark_decks_over_text(lines, can_head)
    _mark_titles_over_bylines(lines, can_head)
    _mark_blocks_over_bylines(lines)
    _mark_open_wraps(lines, can_head)
    _mark_lines_between_headline_lines(lines, can_head)


#: A title set in the column's measure in larger type holds at most this share of the
#: characters of the column's lines.
TITLE_SHARE = 0.6
#: ... and a title wrapped in the column's measure, whose last line stops short (``DECK_END``).
WRAPPED_TITLE_SHARE = 0.8


def _mark_titles_over_text(lines: Sequence[MarkedLine], can_head: Callable[[str], bool]) -> None:
    """Mark a title that the extractor put in one box with the column under it (pdftotext,
    when no space parts them): the box opens with two to six lines, each short against the
    median line of the rest of the box (three lines at least: larger type in the same
    measure), none stopping where a sentence, a clause or a word stops, the first capitalised.
    Every line of such a title may look like text to the line model. A title that wraps in the
    column's measure is found by its last line instead: the lines are shorter than the column's
    (four fifths at most), with no sentence end inside nor a piece of one word before the last,
    and the last stops short with no full stop above a full line (``The ICE and TURN`` /
    ``protocols were`` / ``developed to resolve`` / ``these issues`` / ``ondary servers, usually
    hosted``): a column's short line ends its paragraph on a full stop (English headline blocks:
    13 more right, 2 fewer, on the development, held-out and fresh pages)."""
    start = 0
    while start < len(lines):
        end = _box_end(lines, start)
        box = lines[start:end]
        for size in range(min(6, len(box) - 3), 1, -1):
            rest = sorted(len(line.text) for line in box[size:])
            median = rest[len(rest) // 2]
            limit = TITLE_SHARE * median
            title = box[:size]
            if not (box[0].text[:1].isupper() and all(not _stops(line.text) and can_head(line.text) for line in title)):
                continue
            short = all(len(line.text) <= limit for line in title)
            wraps_short = (
                all(len(line.text) <= WRAPPED_TITLE_SHARE * median for line in title)
                and not any(_inner_stop.search(line.text) for line in title)
                and all(len(line.text.split()) > 1 for line in title[:-1])
                and _ends_short(title, median) and len(box[size].text) > DECK_END * median
            )
            if short or wraps_short:
                _mark(title)
                break
        start = end


#: Most lines a title set tight above its byline may wrap over.
TITLE_LINES = 3


def _mark_titles_over_bylines(lines: Sequence[MarkedLine], can_head: Callable[[str], bool]) -> None:
    """Mark the title set tight above a ``By`` line: up to three lines, after the page's start,
    a blank line, a line that no title holds (a sentence end, a marker) or a line in capitals
    (a kicker, a section's or a paper's name), the first starting with a capital, none stopping
    where a sentence stops. Typed and OCR'd pages have no blank
    lines, and the line model, which learned that titles stand apart, passes over such a title
    (``Storm knocks out power to thousands across the region`` / ``By Maria Lopez, Staff
    Writer``)."""
    for end, byline in enumerate(lines):
        if not (end and _byline.match(byline.text) and not byline.blank_before):
            continue
        for start in range(end - 1, max(-1, end - 1 - TITLE_LINES), -1):
            line = lines[start]
            if not can_head(line.text) or _stops(line.text):
                break
            above = lines[start - 1].text if start else ""
            if (
                not above or line.blank_before or _ends_sentence.search(above) or not can_head(above)
                or (_capitals.match(above) and not _capitals.match(line.text))
            ):
                if line.text[:1].isupper():
                    _mark(lines[start:end])
                break


#: Most lines of a block (kicker, title, deck) in one box over a byline.
BLOCK_LINES = 6
#: A line that ends where only a title's question or exclamation ends (``Who can enter the
#: server`` / ``room?``), and marks inside a line that only running text holds.
_ends_question = regex.compile(r"[?!][”’\"')\]]*$")
_inner_stop = regex.compile(r"[.!?;:]\s")


def _mark_blocks_over_bylines(lines: Sequence[MarkedLine]) -> None:
    """Mark a whole headline block that the extractor put in one box over its byline: a box
    that opens with a kicker in capitals right above the byline's box (pdfminer, a training
    page: ``USING ALTERNATE MIRRORS`` / ``Who can enter the server`` / ``room?`` / ``These
    requirements can be met by a wide`` / ``range of solutions``, then ``By Susan Parker, …``),
    or a box with the byline set tight under it (pdftotext: ``In most cases, this`` / ``means
    shrinking a`` / ``Windows partition and`` / ``reusing the freed space`` / a deck of two lines
    / ``By ANTHONY BROWN``), or a box right above the byline's box that holds lines the model
    or the rules marked (pdfminer: ``This is nothing more nor less`` / ``than a transactional``
    / ``mechanism applied to the`` / ``filesystem`` / a deck of two lines; English pdfminer
    headline blocks: 8 more right and none fewer on the development, held-out and fresh pages).
    At most six lines, the first capitalised, none stopping where a sentence, a clause or a
    word stops, but for a title's question or exclamation mark: the line model, and the rules
    that find a title by a few lines, miss the longer blocks and stop at the question mark."""
    for end, byline in enumerate(lines):
        if not (end and _byline.match(byline.text)):
            continue
        start = end - 1
        while start > 0 and not lines[start].blank_before:
            start -= 1
        box = lines[start:end]
        kicker = byline.blank_before and bool(_capitals.match(box[0].text))
        title = box[1:] if kicker else box
        if not (
            2 <= len(box) <= BLOCK_LINES and title and title[0].text[:1].isupper()
            and (not byline.blank_before or kicker or any(line.heading for line in box))
            and (byline.blank_before or start == 0 or box[0].blank_before)
        ):
            continue
        if all(
            not _inner_stop.search(line.text) and (_ends_question.search(line.text) or not _stops(line.text))
            for line in title
        ):
            _mark(box)


def _question(text: str) -> bool:
    """Whether a line is a title's question or exclamation (``RAID or LVM?``): it ends on the
    mark and holds no other stop."""
    return bool(_ends_question.search(text)) and not _inner_stop.search(text)


def _mark_lines_between_headline_lines(lines: Sequence[MarkedLine], can_head: Callable[[str], bool]) -> None:
    """Mark a line set tight between two headline lines of one box (pdfminer, a validation
    page: a title's last line, ``As a consequence, the incoming IP address may vary in time
    even``, then ``for a single sender``, the deck's wrap): a box holds no text between two lines
    of its headline block. The model reads a long deck line as text (0.28 there)."""
    for above, line, below in zip(lines, lines[1:], lines[2:]):
        if (
            above.heading and below.heading and not line.heading and not line.blank_before
            and not below.blank_before and can_head(line.text) and not _stops(line.text)
        ):
            _mark([line])


def _mark(lines: Sequence[MarkedLine]) -> None:
    """Mark lines that a convention finds to be headline lines, whatever the model thought."""
    for line in lines:
        line.heading = True
        line.headline = max(line.headline or 0.0, LIKELY)


def _stops(text: str) -> bool:
    """Whether a line stops where a sentence, a clause or a word stops."""
    return bool(_ends_sentence.search(text) or _ends_clause.search(text)) or text.endswith("-")


def _mark_decks(lines: Sequence[MarkedLine], can_head: Callable[[str], bool]) -> None:
    """Mark the deck under an English title: the lines set tight under a headline line that
    opens its box (past the lines its title wrapped onto), up to the box's end, when they are
    few (three at most), start with a capital and stop nowhere a sentence or a word stops (a
    deck is a clause set without its full stop, in the title's box) and are not the start of
    the text after the box (see :func:`_runs_into`). Its lines are long and plain, and the line
    model may take them for text."""
    for i, line in enumerate(lines):
        if not (line.heading and (i == 0 or line.blank_before)):
            continue
        end = _box_end(lines, i)
        start = i + 1
        while start < end and lines[start].heading:
            start += 1  # (the title's wraps)
        deck = lines[start:end]
        if (
            deck and len(deck) <= 3 and not _runs_into(lines, deck, end)
            and not any(d.heading for d in deck) and deck[0].text[:1].isupper()
            and not any(_stops(d.text) for d in deck) and all(can_head(d.text) for d in deck)
        ):
            _mark(deck)


#: A deck set across an article's columns is this much longer than the column lines, at least;
#: the last line of one that wraps over a single column stops this short of them, at most.
DECK_SPAN = 1.2
DECK_END = 0.7


def _mark_decks_over_text(lines: Sequence[MarkedLine], can_head: Callable[[str], bool]) -> None:
    """Mark the deck that the extractor put in one box with its title and the column under it
    (pdftotext, when no space parts them: ``We Wouldn't Like to Exclude`` / ``Motivated
    Beginners`` / ``Every administrator has to use the command line sooner or later`` /
    ``Even though this book primarily targets`` / ...): up to three lines set tight under the
    title's lines, the first starting with a capital and longer than the column lines below
    (the deck spans the article's columns), none stopping where a sentence stops, the last not
    on a word that needs another (a deck wraps where it must: ``… may vary in time even`` /
    ``for a single sender``), and the text after them starting a sentence. ``reflow`` would run
    the deck into that sentence.
    A deck that wraps over the column and stops short may have any text after it, a sentence
    going on from another column too (``Install the SIP`` / ``proxy`` / ``This can occur after
    installation of`` / ``another operating system, such as`` / ``Windows`` / ``ways easy; it
    may involve…``): a column's short line ends its paragraph, on a full stop (English
    headline blocks: 15 more right, 1 fewer, on the development, held-out and fresh pages)."""
    for i, line in enumerate(lines):
        if not (line.heading and (i == 0 or line.blank_before)):
            continue
        start, box_end = i + 1, _box_end(lines, i)
        while start < box_end and lines[start].heading:
            start += 1
        for size in range(1, 4):
            end = start + size
            rest = sorted(len(below.text) for below in lines[end:box_end])
            if len(rest) < 3:
                continue
            deck = lines[start:end]
            median = rest[len(rest) // 2]
            if not (deck[0].text[:1].isupper() and all(can_head(d.text) for d in deck)):
                continue
            capital_after = lines[end].text[:1].isupper()
            spans = (
                capital_after and len(deck[0].text) >= DECK_SPAN * median
                and not any(_stops(d.text) for d in deck) and not ends_open(deck[-1].text)
            )
            # ... or a deck in larger type over one column: it wraps, and its last line stops
            # short with no full stop before the text (``Again, there are plenty of criteria
            # to`` / ``consider`` / ``In the free software world, …``).
            wraps_short = size >= 2 and _ends_short(deck, median) and not any(_stops(d.text) for d in deck)
            if spans or wraps_short:
                _mark(deck)
                break


def _ends_short(block: Sequence[LineLike], median: int) -> bool:
    """Whether a title or deck that wrapped in a column's measure (``median``: the column's
    median line) ends on a line that stops short, and not on a word that needs another: a
    column's short line ends its paragraph, on a full stop, so such a line ends a block."""
    last = block[-1].text
    return len(last) <= DECK_END * median and not ends_open(last)


def _box_end(lines: Sequence[LineLike], start: int) -> int:
    """The end of the box that line ``start`` is in or opens: the next line after a blank line,
    or the page's end (extractors set text boxes apart with blank lines)."""
    end = start + 1
    while end < len(lines) and not lines[end].blank_before:
        end += 1
    return end


def _runs_into(lines: Sequence[MarkedLine], deck: Sequence[MarkedLine], end: int) -> bool:
    """Whether the lines ``deck`` are the start of a paragraph that goes on in the box from
    line ``end``: that box's first line starts in lower case and its lines are as long as
    theirs (a paragraph that pdfminer broke under a crosshead). A deck set across the columns
    (an inset block's, a top block's) is longer than the column lines; text going on in lower
    case below it is the column that the block interrupts."""
    if end >= len(lines) or not lines[end].text[:1].islower():
        return False
    box = lines[end : _box_end(lines, end)]
    widths = sorted(len(line.text) for line in box)
    return max(len(line.text) for line in deck) <= 1.2 * widths[len(widths) // 2]


def _unmark_paragraph_openings(lines: Sequence[MarkedLine]) -> None:
    """Unmark heading lines that open a paragraph: lines marked as headline lines, set tight
    above text whose sentence runs on from them (the next line starts in lower case, and the box
    goes on after it or the line stops on a word that needs another). pdfminer sets a justified
    paragraph's first lines loose and short, like a title's (``Upgrading from even older`` /
    ``Debian systems directly is not`` / ``supported. In this case...``), and may end its box
    inside the paragraph (``Beyond the apparent satisfaction`` / ``of most Debian users, a``, or
    a clause going on past a comma), or put a blank line inside it after a line that stops on an
    article (``(RAM). Since retrieving this key allows the`` / blank / ``decryption of the
    data``); a title's wrap in lower case ends its box, and ends where a title may. A subhead in
    title case set in the box above the paragraph's opening stays a heading line."""
    i = 0
    while i < len(lines):
        if not lines[i].heading:
            i += 1
            continue
        end = i + 1
        while end < len(lines) and lines[end].heading and not lines[end].blank_before:
            end += 1
        after = lines[end] if end < len(lines) else None
        if after is not None and after.text[:1].islower() and (
            not after.blank_before and (
                end + 1 < len(lines) and not lines[end + 1].blank_before or ends_open(after.text)
                or _inner_clause.search(after.text)
            )
            or after.blank_before and _ends_on_article(lines[end - 1].text)
        ):
            subhead = i
            while subhead < end - 1 and _capitalised_share(LATIN_WORD.findall(lines[subhead].text)) == 1.0:
                subhead += 1  # a subhead in title case, in one box with the paragraph under it
            for line in lines[subhead:end]:
                line.heading = False
        i = end


def _mark_open_wraps(lines: Sequence[MarkedLine], can_head: Callable[[str], bool]) -> None:
    """Mark the last line of a headline or deck that wrapped after a word needing another
    (``A patch is a file describing`` / ``changes to be made to one or`` / ``more reference
    files``, then a blank line): set tight under it, in lower case, ending its box where a title
    may end. ``reflow`` runs a lower-case line on into the text after it, across the blank line."""
    for previous, line, following in zip(lines, lines[1:], [*lines[2:], None]):
        if (
            previous.heading and not line.heading and not line.blank_before and line.text[:1].islower()
            and ends_open(previous.text) and (following is None or following.blank_before)
            and not ends_open(line.text) and not _inner_clause.search(line.text) and can_head(line.text)
        ):
            line.heading = True


def _capitalised_share(words: list[str]) -> float:
    """The share of words of four letters or more that start with a capital (title case: 1)."""
    long_words = [w for w in words if len(w) >= 4]
    return sum(w[0].isupper() for w in long_words) / len(long_words) if long_words else 0.0


def _inside_text(lines: Sequence[LineLike], chances: Sequence[float], i: int) -> bool:
    """Whether Latin line ``i`` stands inside running text: set tight (no blank line) between
    a line that runs on into it (no sentence end, no hyphen) and a line after it, neither of
    them a headline line. A headline line is set apart from the text around it; a short line
    in the middle of a sentence (``(Transmission`` / ``Control`` / ``Protocol). TCP is``) is a
    piece of a justified line that pdfminer broke up."""
    if i == 0 or i + 1 >= len(lines) or lines[i].blank_before or lines[i + 1].blank_before:
        return False
    previous = lines[i - 1].text
    runs_on = not (_ends_sentence.search(previous) or _ends_mark.search(previous))
    return chances[i - 1] < LIKELY and chances[i + 1] < LIKELY and runs_on
