"""columns: read a page whose columns stand side by side (``pdftotext -layout``) one column
after another.

pdftotext's ``-layout`` mode, and the "keep layout" exports of other tools, keep the page's
geometry: one text line holds the lines of every column at that height, padded apart with
spaces, and a column's next line may come two lines down, where its neighbour's baseline sat.
The later filters read a page line after line in reading order, as extractors in their
default mode give it; fed a laid-out page they would join the first line of one column to the
first line of the next. This filter finds such a page and rewrites it in reading order.

*A laid-out page*: a tenth of its lines (five at least) hold a run of four spaces or more
between two visible characters, or start with eight spaces or more (a column right of others
that have no line at that height), and the pieces those spaces part are as long as column
lines (a median of ten characters or more; a table's cells are shorter, and a table is left
as it is). Text in reading order has no such line: not one line of the 2,140 default-mode
pdftotext and pdfminer extractions of the benchmark's pages does, against most lines of
``-layout`` extractions of the same pages. Any other text passes untouched.

*Reading it*: each line is cut into pieces at runs of three spaces or more. A piece goes on the
text block of a line a little above it (at most :data:`LINK_GAP` lines, a heading's
:data:`HEADING_GAP`) whose left edge it shares (within :data:`INDENT` of the block's edge or of
the line above, which a first-line indent stays inside), unless a piece in the lines between
stands in that block's way; a piece that shares no edge but follows another piece of its line
closely is the rest of that line (a wide word space of a justified line). A centred heading's
lines are one block too: their middles meet, and the next line does not start at a column's
edge. Everything else starts a block: a column's run of lines, a headline, a centred crosshead.
The blocks are then ordered by cutting the page: into bands that no block bridges, top to
bottom; a band into stacks that no block bridges, left to right; and so on down, a stack's
blocks at last top to bottom (the classic recursive XY cut). Each block is written as its
lines, a blank line after it, and a line that started two or more places right of its block's
edge keeps an indent (reflow reads it as a paragraph's first line).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .base import Filter

#: A run of spaces this long between two visible characters, or this far into a line: a line
#: with columns side by side, or a line of a column right of others that have no line there.
_side_by_side = re.compile(r"\S {4,}\S|^ {8,}\S")
#: Where a laid-out line is cut into pieces (within a column, words stand one or two apart).
_piece_gap = re.compile(r" {3,}")
#: A page is laid out when this share of its non-blank lines, and this many at least, show
#: columns side by side, and the pieces of those lines are as long as column lines
#: (:data:`COLUMN_PIECE`), not a table's cells.
LAID_OUT_SHARE = 0.1
LAID_OUT_LINES = 5
#: The median length of the pieces of the side-by-side lines of a laid-out page, at least: a
#: column line holds a dozen characters or more (a CJK column 12-20 characters, a Latin one 25
#: and more); a table's cells hold a word or a number.
COLUMN_PIECE = 10
#: How many lines down a column's next line may stand (its neighbour's lines in between), and
#: the next line of a block of up to :data:`HEADING_LINES` lines, a heading (large type's
#: leading spans more text lines): on the development pages (seeds 179-190, W471-478), headline
#: blocks of the ``-layout`` extractions read right went from 0.28 to 0.52 (English) and 0.40
#: to 0.67 (Chinese), paragraph breaks unchanged within 0.004.
LINK_GAP = 2
HEADING_GAP = 5
HEADING_LINES = 3
#: How far right of its block's left edge a piece may start and still be in that block: a
#: first-line indent (two CJK characters are four places in ``-layout`` text).
INDENT = 6
#: A piece that starts this close after the end of the piece before it on its line, at no
#: block's edge and inside that block's width, is the rest of that line.
SAME_LINE_GAP = 4
#: Written in front of a line that was indented in its block.
_INDENT_MARK = "   "


@dataclass(frozen=True)
class _Piece:
    line: int
    start: int
    end: int
    text: str


@dataclass(eq=False)
class _Block:
    pieces: list[_Piece]
    edge: int = field(init=False)  # its left edge: where its leftmost piece starts

    def __post_init__(self) -> None:
        self.edge = self.pieces[0].start

    @property
    def top(self) -> int:
        return self.pieces[0].line

    @property
    def bottom(self) -> int:
        return self.pieces[-1].line

    @property
    def right(self) -> int:
        return max(piece.end for piece in self.pieces)


@dataclass(frozen=True)
class Columns(Filter):
    """Rewrite a page laid out in columns side by side (``pdftotext -layout``) in reading
    order, one text block after another; any other text is left as it is.

    >>> page = "\\n".join(f"left column, line {i}      right column, line {i}" for i in range(5))
    >>> print(Columns()(page))
    left column, line 0
    left column, line 1
    left column, line 2
    left column, line 3
    left column, line 4
    <BLANKLINE>
    right column, line 0
    right column, line 1
    right column, line 2
    right column, line 3
    right column, line 4
    """

    name = "columns"
    summary = "Columns set side by side (pdftotext -layout) read one after another."

    def apply(self, text: str, counts: Counter[str]) -> str:
        if "    " not in text or not is_laid_out(text):
            return text
        blocks = read_blocks(text.split("\n"))
        counts["pages read column by column"] += 1
        counts["text blocks"] += len(blocks)
        return "\n\n".join(_write(block) for block in reading_order(blocks))


def is_laid_out(text: str) -> bool:
    """Whether ``text`` (one page) sets columns side by side: see the module's docstring."""
    lines = [line for line in text.split("\n") if line.strip()]
    wide = [line for line in lines if _side_by_side.search(line)]
    if len(wide) < max(LAID_OUT_LINES, LAID_OUT_SHARE * len(lines)):
        return False
    lengths = sorted(len(piece.text) for line in wide for piece in _pieces(0, line))
    return lengths[len(lengths) // 2] >= COLUMN_PIECE


def _pieces(number: int, line: str) -> list[_Piece]:
    pieces, start = [], 0
    for gap in _piece_gap.finditer(line + "   "):
        part = line[start : gap.start()]
        if part.strip():
            lead = len(part) - len(part.lstrip())
            pieces.append(_Piece(number, start + lead, start + len(part.rstrip()), part.strip()))
        start = gap.end()
    return pieces


def read_blocks(lines: list[str]) -> list[_Block]:
    """The page's text blocks, each a run of pieces that share a left edge (see the module's
    docstring), in the order they start."""
    by_line = {number: pieces for number, line in enumerate(lines) if (pieces := _pieces(number, line))}
    blocks: list[_Block] = []
    open_blocks: list[_Block] = []
    for number, pieces in by_line.items():
        open_blocks = [block for block in open_blocks if number - block.bottom <= _reach(block)]
        placed: list[_Block] = []
        for piece in pieces:
            block = _block_above(piece, open_blocks, placed, by_line)
            if block is None and placed and _rest_of_line(piece, placed[-1]):
                block = placed[-1]
            if block is None:
                block = _Block([piece])
                blocks.append(block)
                open_blocks.append(block)
            else:
                block.pieces.append(piece)
                block.edge = min(block.edge, piece.start)
            placed.append(block)
    return blocks


def _reach(block: _Block) -> int:
    """How many lines down ``block`` may go on: a heading (a block of a few lines so far)
    further than a column."""
    return HEADING_GAP if len(block.pieces) <= HEADING_LINES else LINK_GAP


def _rest_of_line(piece: _Piece, block: _Block) -> bool:
    """Whether ``piece`` is the rest of the line that ``block`` holds just before it on its line:
    it starts close after it and ends inside the block's width (a justified line's wide word
    space), not beyond (the next column's first line, a narrow gutter away)."""
    return piece.start - block.pieces[-1].end <= SAME_LINE_GAP and piece.end <= block.right + SAME_LINE_GAP


def _block_above(
    piece: _Piece, open_blocks: list[_Block], placed: list[_Block], by_line: dict[int, list[_Piece]]
) -> _Block | None:
    """The open block whose edge ``piece`` shares (or whose centred heading it goes on), nearest
    first; None if there is none, or if another piece stands in the way between its last line
    and ``piece``."""
    best: _Block | None = None
    for block in open_blocks:
        last = block.pieces[-1]
        if block in placed or last.line == piece.line:
            continue
        shares_edge = abs(piece.start - block.edge) <= INDENT or abs(piece.start - last.start) <= INDENT
        if not (shares_edge or _centred_under(last, piece, by_line)):
            continue
        if last.start - piece.start > INDENT and piece.end >= last.end + 2:
            continue  # ``last`` stands centred over it, well inside its width: a heading over a column
        if any(
            other.start <= last.end and last.start <= other.end
            for line in range(last.line + 1, piece.line)
            for other in by_line.get(line, ())
        ):
            continue
        if _spans_a_gutter(last, piece, by_line):
            continue
        if best is None or abs(piece.start - block.edge) < abs(piece.start - best.edge):
            best = block
    return best


def _centred_under(last: _Piece, piece: _Piece, by_line: dict[int, list[_Piece]]) -> bool:
    """Whether ``piece`` is the next line of a centred heading that ``last`` began: their middles
    meet, and ``piece`` starts at no column's edge (the lines below it do not start there)."""
    if abs((piece.start + piece.end) - (last.start + last.end)) > 4:
        return False
    return _lines_starting_below(piece.start, piece.line, by_line) == 0


def _spans_a_gutter(last: _Piece, piece: _Piece, by_line: dict[int, list[_Piece]]) -> bool:
    """Whether ``last`` reaches over the gutter right of ``piece`` into the next column: a
    headline set across the columns below it, which is a block of its own. The next column
    is a piece after ``piece`` on its line that starts where pieces start on the lines below
    it too (a column's edge), and starts before ``last`` ends."""
    after = [other for other in by_line[piece.line] if other.start > piece.end]
    if not after or after[0].start >= last.end:
        return False
    return _lines_starting_below(after[0].start, piece.line, by_line) >= 2


def _lines_starting_below(position: int, line: int, by_line: dict[int, list[_Piece]]) -> int:
    """How many of the few lines below ``line`` hold a piece that starts at ``position`` (give or
    take one place): a column's edge is where line after line starts."""
    return sum(
        1
        for below in range(line + 1, line + 1 + 2 * LINK_GAP)
        if any(abs(other.start - position) <= 1 for other in by_line.get(below, ()))
    )


def reading_order(blocks: list[_Block]) -> list[_Block]:
    """``blocks`` in reading order, by the recursive XY cut: bands top to bottom, a band's
    stacks left to right, down to blocks no cut parts (then top to bottom)."""
    if len(blocks) <= 1:
        return blocks
    for low, high in (("top", "bottom"), ("edge", "right")):
        parts = _parts(blocks, low, high)
        if len(parts) > 1:
            return [block for part in parts for block in reading_order(part)]
    return sorted(blocks, key=lambda block: (block.top, block.edge))


def _parts(blocks: list[_Block], low: str, high: str) -> list[list[_Block]]:
    """``blocks`` grouped where no block bridges the gap between groups, along one axis."""
    parts: list[list[_Block]] = []
    reach = -1
    for block in sorted(blocks, key=lambda block: getattr(block, low)):
        if parts and getattr(block, low) <= reach:
            parts[-1].append(block)
        else:
            parts.append([block])
        reach = max(reach, getattr(block, high))
    return parts


def _write(block: _Block) -> str:
    """A block's lines: the pieces of one text line joined by a space, and a line that starts
    two places or more right of the block's edge marked as indented."""
    rows: list[str] = []
    last_line = -1
    for piece in block.pieces:
        if piece.line == last_line:
            rows[-1] += " " + piece.text
        else:
            rows.append((_INDENT_MARK if piece.start - block.edge >= 2 else "") + piece.text)
        last_line = piece.line
    return "\n".join(rows)
