"""Metrics of one output text against one gold page. See README.md for the definitions.

Everything is returned as raw counts (:class:`Counts`), so that cases can be added up and the
overall rows are micro-averages, not averages of ratios.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, fields
from typing import Any

from .align import Aligner, Segment

try:  # a fast Levenshtein distance if available; a plain one otherwise
    from rapidfuzz.distance import Levenshtein as _lev

    def edit_distance(a: str, b: str) -> int:
        return _lev.distance(a, b)

except ImportError:  # pragma: no cover - exercised only without rapidfuzz

    def edit_distance(a: str, b: str) -> int:
        if len(a) < len(b):
            a, b = b, a
        prev = list(range(len(b) + 1))
        for i, ca in enumerate(a, 1):
            cur = [i]
            for j, cb in enumerate(b, 1):
                cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
            prev = cur
        return prev[-1]


def _share(part: int, whole: int) -> float | None:
    """``part`` of ``whole``, None when there is no whole."""
    return part / whole if whole else None


@dataclass
class Counts:
    """Raw counts of one case (or a sum of cases)."""

    cases: int = 0
    gold_breaks: int = 0
    found_breaks: int = 0  # true positives
    false_breaks: int = 0
    stray_spaces: int = 0
    cjk_chars: int = 0
    real_spaces: int = 0  # spaces of the gold whose two neighbours were placed side by side
    real_spaces_kept: int = 0
    body_chars: int = 0
    body_errors: int = 0  # edit distance
    hyph_break: int = 0
    hyph_break_ok: int = 0
    hyph_compound: int = 0
    hyph_compound_ok: int = 0
    head_blocks: int = 0  # headline blocks (kicker, title, subtitle lines; banners) of the gold
    head_blocks_apart: int = 0  # ... that the output sets apart from other text
    # split stage (only when a splitter ran)
    split_cases: int = 0
    gold_articles: int = 0
    pred_articles: int = 0
    matched_articles: int = 0
    headline_ok: int = 0
    headline_fields_ok: int = 0  # ... and kicker, headline and subheadline each right
    byline_ok: int = 0
    dateline_credit_ok: int = 0
    continuation_ok: int = 0
    split_gold_breaks: int = 0  # paragraph breaks counted in the split's bodies
    split_found_breaks: int = 0
    split_false_breaks: int = 0
    notes: list[str] = field(default_factory=list)

    def __add__(self, other: Counts) -> Counts:
        out = Counts()
        for f in fields(self):
            setattr(out, f.name, getattr(self, f.name) + getattr(other, f.name))
        return out

    # ratios (None when undefined)
    @property
    def precision(self) -> float | None:
        return _share(self.found_breaks, self.found_breaks + self.false_breaks)

    @property
    def recall(self) -> float | None:
        return _share(self.found_breaks, self.gold_breaks)

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)

    @property
    def split_precision(self) -> float | None:
        return _share(self.split_found_breaks, self.split_found_breaks + self.split_false_breaks)

    @property
    def split_recall(self) -> float | None:
        return _share(self.split_found_breaks, self.split_gold_breaks)

    @property
    def stray_per_1k(self) -> float | None:
        return 1000 * self.stray_spaces / self.cjk_chars if self.cjk_chars else None

    @property
    def real_space_ratio(self) -> float | None:
        return self.real_spaces_kept / self.real_spaces if self.real_spaces else None

    @property
    def char_accuracy(self) -> float | None:
        return 1 - self.body_errors / self.body_chars if self.body_chars else None

    @property
    def hyphen_break_accuracy(self) -> float | None:
        return self.hyph_break_ok / self.hyph_break if self.hyph_break else None

    @property
    def hyphen_compound_accuracy(self) -> float | None:
        return self.hyph_compound_ok / self.hyph_compound if self.hyph_compound else None

    @property
    def hyphen_accuracy(self) -> float | None:
        n = self.hyph_break + self.hyph_compound
        return (self.hyph_break_ok + self.hyph_compound_ok) / n if n else None

    @property
    def headings_apart(self) -> float | None:
        return self.head_blocks_apart / self.head_blocks if self.head_blocks else None

    def split_ratio(self, name: str) -> float | None:
        if not self.split_cases or not self.gold_articles:
            return None
        return getattr(self, name) / self.gold_articles

    @property
    def extra_articles(self) -> str:
        """Articles made that hold no gold article (a piece of one cut off, a box of its text
        put out apart), against the gold articles: what ``articles found`` cannot show."""
        if not self.split_cases:
            return "n/a"
        return f"{self.pred_articles - self.matched_articles}/{self.gold_articles}"


# --- character classes --------------------------------------------------------------------------

_CJK_PUNCT = set("，。、；：？！“”‘’（）《》〈〉「」『』【】〔〕…—·")


def is_cjk(ch: str) -> bool:
    """A CJK ideograph or full-width punctuation mark."""
    o = ord(ch)
    return (
        0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x2FA1F or 0x3000 < o <= 0x303F or 0xFF01 <= o <= 0xFF60 or ch in _CJK_PUNCT
    )


def is_latin_or_digit(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


_HSPACE = re.compile(r"[ \t\u00a0\u3000\u2000-\u200a\u202f\u205f]+")


# --- segments -------------------------------------------------------------------------------------


def _printed_strings(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def build_aligner(gold: dict[str, Any], output: str) -> Aligner:
    """Place every gold string (body parts first, then printed furniture) in ``output``."""
    al = Aligner(output)
    for n, item in enumerate(gold["items"]):
        cursor = 0
        for p, part in enumerate(item["body"]):
            cursor = al.place(Segment(part["text"], "body", n, p), cursor)
    others: list[str] = list(_printed_strings(gold.get("folio", {}).get("printed")))
    for item in gold["items"]:
        for key, value in item.get("printed", {}).items():
            if key != "source":
                others += _printed_strings(value)
    for text in others:
        al.place(Segment(text, "other"))
    return al


# --- the metrics ------------------------------------------------------------------------------------


def output_breaks(text: str, al: Aligner, mode: str) -> set[int]:
    """Stream indices ``i`` with a paragraph boundary between stream chars ``i-1`` and ``i``.

    ``mode="lines"``: every line boundary (the cleaner's one-paragraph-per-line output);
    ``mode="blank"``: only boundaries with a blank line (the naive baseline's paragraphs).
    """
    pos = al.stream.pos
    out = set()
    for i in range(1, len(pos)):
        between = text[pos[i - 1] + 1 : pos[i]]
        if mode == "lines" and "\n" in between or mode == "blank" and re.search(r"\n[^\S\n]*\n", between):
            out.add(i)
    return out


def paragraph_breaks(gold: dict[str, Any], al: Aligner, breaks: set[int], c: Counts) -> None:
    """Body paragraph-break precision/recall counts (see README)."""
    segs = al.segments
    starts: dict[int, tuple[int, int]] = {}  # stream index of a non-first body part's first char
    for s in segs:
        if s.kind == "body" and s.part > 0:
            c.gold_breaks += 1
            if s.where and s.where[0] >= 0:
                starts[s.where[0]] = (s.item, s.part)
    c.found_breaks += sum(1 for i in starts if i in breaks)
    for i in breaks:
        if i in starts:
            continue
        after = _nearest(al, i, +1)
        before = _nearest(al, i - 1, -1)
        if after is None or before is None:
            continue
        (sa, ka), (sb, kb) = after, before
        if sa == sb and segs[sa].kind == "body" and kb < ka:
            c.false_breaks += 1  # strictly inside one gold paragraph


def _nearest(al: Aligner, i: int, step: int, limit: int = 8) -> tuple[int, int] | None:
    for _ in range(limit):
        if not 0 <= i < len(al.owner):
            return None
        lab = al.owner[i]
        if lab is not None:
            return lab
        i += step
    return None


def stray_spaces(text: str, al: Aligner, c: Counts) -> None:
    """Spaces between CJK and CJK/Latin/digit that the gold does not have."""
    c.cjk_chars += sum(1 for ch in text if is_cjk(ch))
    index_of = {p: i for i, p in enumerate(al.stream.pos)}
    for m in _HSPACE.finditer(text):
        a, b = m.start() - 1, m.end()
        if a < 0 or b >= len(text):
            continue
        left, right = text[a], text[b]
        if not (is_cjk(left) and (is_cjk(right) or is_latin_or_digit(right))
                or is_latin_or_digit(left) and is_cjk(right)):
            continue
        la, lb = al.label(index_of.get(a, -1)), al.label(index_of.get(b, -1))
        if la is not None and lb is not None:
            if la[0] != lb[0]:
                continue  # between two different strings (a credit after a paragraph, ...)
            seg = al.segments[la[0]]
            ga, gb = seg.norm.pos[la[1]], seg.norm.pos[lb[1]]
            if lb[1] == la[1] + 1 and seg.text[ga + 1 : gb].strip(" ") == "" and gb > ga + 1:
                continue  # the gold has a space here
        c.stray_spaces += 1


def real_spaces(text: str, al: Aligner, c: Counts) -> None:
    """Spaces that are really in the gold (headline separators, ``本报记者 张三``, words of Latin
    text): is there still whitespace between their two neighbours in the output?

    Counted for every space of every gold string whose neighbours were placed next to each other
    in the output stream; a line break counts as whitespace (lines that should be joined are the
    paragraph metric's business). A cleaner that deletes all spaces fails here while it passes the
    stray-space metric.
    """
    for seg in al.segments:
        norm = seg.norm
        for k in range(len(norm.chars) - 1):
            a, b = norm.pos[k], norm.pos[k + 1]
            gap = seg.text[a + 1 : b]
            if " " not in gap or gap.strip(" "):  # only a pure space gap (not a dropped hyphen)
                continue
            wa, wb = seg.where[k], seg.where[k + 1]
            if wa < 0 or wb != wa + 1:
                continue
            c.real_spaces += 1
            between = text[al.stream.pos[wa] + 1 : al.stream.pos[wb]]
            c.real_spaces_kept += any(ch.isspace() for ch in between)


def body_accuracy(text: str, al: Aligner, c: Counts) -> None:
    """Edit distance between each gold body part and the output region it was found in.

    The region runs from the first to the last output character placed for the part, without
    whitespace and without characters placed for *other* gold strings (a headline or a line of
    another column that the extractor put in between is an order problem, not damage to this
    paragraph's characters). Everything else in it counts: kept break hyphens, lost or doubled
    characters, words out of order.
    """
    index_of = {p: i for i, p in enumerate(al.stream.pos)}
    for n, seg in enumerate(al.segments):
        if seg.kind != "body":
            continue
        gold = "".join(ch for ch in seg.text if not ch.isspace())
        c.body_chars += len(gold)
        mapped = [w for w in seg.where if w >= 0]
        if not mapped:
            c.body_errors += len(gold)
            continue
        start, end = al.stream.pos[min(mapped)], al.stream.pos[max(mapped)]
        kept = []
        for p in range(start, end + 1):
            ch = text[p]
            if ch.isspace():
                continue
            owner = al.owner[index_of[p]] if p in index_of else None
            if owner is None or owner[0] == n:
                kept.append(ch)
        region = "".join(kept)
        c.body_errors += min(len(gold), edit_distance(gold, region))  # capped: accuracy stays in [0, 1]


def hyphen_decisions(gold: dict[str, Any], text: str, al: Aligner, c: Counts) -> None:
    """Is each gold line-end hyphen's word printed right in the output (line breaks ignored)?"""
    by_part = {(s.item, s.part): s for s in al.segments if s.kind == "body"}
    for h in gold.get("hyphens", []):
        ok = False
        seg = by_part.get((h["item"], h["para"]))
        if seg is not None:
            norm_index = {p: i for i, p in enumerate(seg.norm.pos)}
            first = norm_index.get(h["offset"])
            last = norm_index.get(h["offset"] + len(h["word"]) - 1)
            if first is not None and last is not None and seg.where[first] >= 0 and seg.where[last] >= 0:
                a = al.stream.pos[seg.where[first]]
                b = al.stream.pos[seg.where[last]]
                # Line breaks (and spaces around them) are ignored: whether lines were joined is
                # the paragraph metric's business; a space left inside the word is an error.
                word = re.sub(r"[^\S\n]*[\n\r\f\v][^\S\n]*", "", text[a : b + 1])
                ok = word == h["word"]
        if h["kind"] == "break":
            c.hyph_break += 1
            c.hyph_break_ok += ok
        else:
            c.hyph_compound += 1
            c.hyph_compound_ok += ok


_WHITESPACE = re.compile(r"\s+")


def headings_apart(gold: dict[str, Any], text: str, mode: str, c: Counts) -> None:
    """Headline blocks the output sets apart: each printed line of the block (the kicker,
    title and subtitle lines of an article; a banner) lies whole in an output paragraph (a
    line; for ``mode="blank"``, text between blank lines) that holds nothing but that block's
    text, whitespace ignored. A block glued to a folio, to another block or to the text after
    it is not apart; its lines may share paragraphs (a title joined to its deck is apart)."""
    chunks = text.split("\n") if mode == "lines" else re.split(r"\n[^\S\n]*\n", text)
    paragraphs = [p for p in (_WHITESPACE.sub("", chunk) for chunk in chunks) if p]
    for item in gold["items"]:
        printed = item.get("printed", {})
        lines = [
            line for key in ("kicker", "headline", "subheadline")
            for line in (_WHITESPACE.sub("", s) for s in _printed_strings(printed.get(key))) if line
        ]
        if not lines:
            continue
        block = "".join(lines)
        c.head_blocks += 1
        c.head_blocks_apart += all(any(line in p and p in block for p in paragraphs) for line in lines)


def score_text(gold: dict[str, Any], text: str, mode: str) -> Counts:
    """All text metrics of ``text`` (an output) against ``gold``."""
    text = unicodedata.normalize("NFC", text)
    c = Counts(cases=1)
    al = build_aligner(gold, text)
    paragraph_breaks(gold, al, output_breaks(text, al, mode), c)
    if gold["language"] == "zh":
        stray_spaces(text, al, c)
    real_spaces(text, al, c)
    body_accuracy(text, al, c)
    hyphen_decisions(gold, text, al, c)
    headings_apart(gold, text, mode, c)
    return c
