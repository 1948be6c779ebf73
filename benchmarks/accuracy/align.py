"""Find the gold strings of a page in an output text.

The cleaner only removes whitespace and break hyphens, so every gold string is, apart from those,
a substring of the output. Both sides are *normalised* for matching by deleting whitespace and
hyphen-like characters (``-``, soft hyphen, ``‐``, ``¬``); the normalised output is the *stream*
``S``, each of its characters knowing its index in the output text.

Each gold string is then located piece by piece: the longest prefix of what is left that occurs
in ``S`` (preferring an occurrence after the previous piece and not already claimed by another
string), then the rest. Pieces shorter than four characters are only trusted when they finish a
string right where the previous piece ended, or are the whole of a short string. Finally only the
longest chain of pieces in increasing stream order is kept, so a stray match far away cannot
stretch a paragraph's region. Characters that cannot be placed stay unmapped (``-1``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

DROP = set(" \t\n\r\f\v\u00a0\u3000\u200b\u200c\u200d\ufeff\u2028\u2029") | set("-\u00ad\u2010\u2011\u00ac")
MIN_PIECE = 4


@dataclass
class Stream:
    """A text's normalised characters and where each one is in the text."""

    text: str
    chars: str
    pos: list[int]

    @classmethod
    def of(cls, text: str) -> Stream:
        chars, pos = [], []
        for i, ch in enumerate(text):
            if ch not in DROP and not ch.isspace():
                chars.append(ch)
                pos.append(i)
        return cls(text, "".join(chars), pos)


@dataclass
class Segment:
    """One gold string to find: a body part or a printed non-body string."""

    text: str
    kind: str  # "body" or "other"
    item: int = -1
    part: int = -1
    norm: Stream = field(init=False)
    where: list[int] = field(default_factory=list)  # stream index of each normalised char, or -1

    def __post_init__(self) -> None:
        self.norm = Stream.of(self.text)

    @property
    def found(self) -> int:
        return sum(1 for w in self.where if w >= 0)


class Aligner:
    """Places segments in an output stream; remembers which stream chars are claimed."""

    def __init__(self, output: str) -> None:
        self.stream = Stream.of(output)
        self.owner: list[tuple[int, int] | None] = [None] * len(self.stream.chars)
        self.segments: list[Segment] = []

    def _free(self, start: int, length: int) -> bool:
        return all(o is None for o in self.owner[start : start + length])

    def _occurrence(self, piece: str, cursor: int) -> int:
        """A free occurrence of ``piece``: the first at/after ``cursor``, else the first anywhere."""
        s = self.stream.chars
        for begin in (cursor, 0):
            k = s.find(piece, begin)
            tries = 0
            while k != -1 and tries < 50:
                if self._free(k, len(piece)):
                    return k
                k = s.find(piece, k + 1)
                tries += 1
        return -1

    def place(self, seg: Segment, cursor: int = 0) -> int:
        """Locate ``seg`` starting the search at ``cursor``; return the stream index after it."""
        g = seg.norm.chars
        where = [-1] * len(g)
        pieces: list[tuple[int, int, int]] = []  # (gold start, stream start, length)
        c = 0
        cur = cursor
        while c < len(g):
            lo, hi, best = 1, len(g) - c, (0, -1)
            while lo <= hi:  # longest prefix of g[c:] with a free occurrence
                mid = (lo + hi) // 2
                k = self._occurrence(g[c : c + mid], cur)
                if k >= 0:
                    best, lo = (mid, k), mid + 1
                else:
                    hi = mid - 1
            length, k = best
            whole_short = c == 0 and length == len(g)
            tail_here = length == len(g) - c and k == cur and c > 0
            if length >= MIN_PIECE or (length > 0 and (whole_short or tail_here)):
                pieces.append((c, k, length))
                cur = k + length
                c += length
            else:
                c += 1
        for gs, ks, length in _increasing_chain(pieces):
            for d in range(length):
                where[gs + d] = ks + d
                self.owner[ks + d] = (len(self.segments), gs + d)
        seg.where = where
        self.segments.append(seg)
        mapped = [w for w in where if w >= 0]
        return (max(mapped) + 1) if mapped else cursor

    def label(self, i: int) -> tuple[int, int] | None:
        """(segment index, normalised char index) of stream char ``i``, if it belongs to one."""
        return self.owner[i] if 0 <= i < len(self.owner) else None


def _increasing_chain(pieces: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Heaviest subsequence of pieces whose stream positions increase (weights = lengths)."""
    n = len(pieces)
    if n <= 1:
        return pieces
    best = [p[2] for p in pieces]
    prev = [-1] * n
    for i in range(n):
        for j in range(i):
            if pieces[j][1] + pieces[j][2] <= pieces[i][1] and best[j] + pieces[i][2] > best[i]:
                best[i], prev[i] = best[j] + pieces[i][2], j
    i = max(range(n), key=lambda k: best[k])
    chain = []
    while i != -1:
        chain.append(pieces[i])
        i = prev[i]
    return chain[::-1]
