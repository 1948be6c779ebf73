"""split: turn a cleaned page into its items (articles with headline block, bylines, dateline,
credits, continuation markers and body; banners; fragments).

The input is the output of the cleaning pipeline: one unit per line (a paragraph, or a line
that stands alone: headline, byline, marker). The splitter works in four steps:

1. **classify** each unit: running head (folio), byline line, continuation marker, closing
   credit or dateline, heading (short, no sentence end), or paragraph;
2. **cut** the page into bodies and heading runs: a body starts at a byline line, a dateline
   lead (``本报讯（记者 秦颖）``, ``LONDON —``) or a "continued from" marker, and ends at a credit,
   a closing dateline or a "continued on" marker; a lone short heading between paragraphs of
   one body is a section subhead;
3. **pair** heading runs with bodies: a page puts its headline blocks either before or after
   their bodies in extraction order (PyMuPDF and pdftotext follow the drawing order), told apart
   by how the page starts and ends; a run is split into blocks at subtitles (``——访…``) and
   kickers (``…——``); blocks left over are banners;
4. **read** each article: the headline block into kicker/headline/subheadline, bylines and
   datelines out of the first and last paragraphs, wrappers (brackets, ``□``) removed.

Nothing is dropped: every character of the input is in some field (less wrappers), and text
that fits no structure becomes a ``fragment``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

import regex

from .document import Article, Block
from .text import CJK, display_width

# --- step 1: what each unit is ---------------------------------------------------------------


class Kind(enum.Enum):
    FOLIO = "folio"  # running head: date, weekday, edition, page number
    BYLINE = "byline"  # a byline on a line of its own
    CONTINUED_FROM = "continued_from"
    CONTINUED_TO = "continued_to"
    CREDIT = "credit"  # closing source credit, on its own line
    CLOSING_DATELINE = "closing_dateline"  # （新华社北京4月29日电）
    HEADING = "heading"  # short, no sentence end: headline, kicker, subtitle, subhead, banner
    PARAGRAPH = "paragraph"


_NUM = r"[0-9一二三四五六七八九十百零〇两]+"
_MARKER = "□■◎●◆▲★"
_folio = regex.compile(
    rf"^(?:\d{{4}}年\d{{1,2}}月\d{{1,2}}日(?:\s*星期[一二三四五六日天])?|星期[一二三四五六日天]|第\s*{_NUM}\s*版"
    r"|农历.{2,12}|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+\w+\s+\d{1,2},?\s+\d{4}"
    r"|(?:Page\s+)?[A-Z]?\d{1,3}|[A-Z]{3,}(?:\s+[A-Z]{3,})?)$",
)
_byline_line = regex.compile(
    rf"^(?:[{_MARKER}]\s*(?P<marked>\S.{{1,40}})|(?P<role>(?:本报|新华社|\S{{2,6}}日报)?(?:首席|特约|见习)?(?:记者|通讯员|实习生)\s*[{CJK}].{{1,30}})"
    r"|(?:By|BY)\s+(?P<english>[\p{Lu}].{1,80}))$"
)
_continued_from = regex.compile(rf"^[（(]?(?P<m>(?:上接|接)第{_NUM}版|Continued from (?:Page|P\.?)\s*\w+)[）)]?\.?$", regex.I)
_continued_to = regex.compile(rf"^[（(]?(?P<m>(?:下转|转)第{_NUM}版|Continued on (?:Page|P\.?)\s*\w+)[）)]?\.?$", regex.I)
_closing_dateline = regex.compile(r"^（(?P<m>[^（）]{2,24}电)）$")
_bracketed_line = regex.compile(r"^（(?P<m>[^（）]{1,60})）$")
_english_credit = regex.compile(r"^(?:Additional reporting by .+|.+ contributed (?:reporting|to this report)\.?)$")
_names = regex.compile(rf"^[{CJK}]{{2,4}}(?: [{CJK}]{{2,4}})*$")
_sentence_end = regex.compile(r"[。！？!?.…：:；;][”’」』）)\"']*$")
_heading_width = {"cjk": 40.0, "latin": 70.0}


@dataclass
class Unit:
    text: str
    kind: Kind
    value: str | None = None  # for markers, credits, bylines: the text without wrappers


def classify(text: str) -> Unit:
    """What one unit of a cleaned page is."""
    if match := _byline_line.match(text):
        if not _sentence_end.search(text):
            value = match["marked"] or match["role"] or match["english"]
            return Unit(text, Kind.BYLINE, value.strip())
    for pattern, kind in ((_continued_from, Kind.CONTINUED_FROM), (_continued_to, Kind.CONTINUED_TO)):
        if match := pattern.match(text):
            return Unit(text, kind, match["m"])
    if match := _closing_dateline.match(text):
        return Unit(text, Kind.CLOSING_DATELINE, match["m"])
    if match := _bracketed_line.match(text):
        inner = match["m"]
        return Unit(text, Kind.BYLINE if _names.match(inner) else Kind.CREDIT, inner)
    if _english_credit.match(text):
        return Unit(text, Kind.CREDIT, text)
    if _folio.match(text):
        return Unit(text, Kind.FOLIO, text)
    cjk = bool(regex.search(f"[{CJK}]", text))
    if not _sentence_end.search(text) and display_width(text) <= _heading_width["cjk" if cjk else "latin"]:
        return Unit(text, Kind.HEADING, text)
    return Unit(text, Kind.PARAGRAPH, text)


# --- step 2: bodies and heading runs ----------------------------------------------------------

_STARTS = (Kind.BYLINE, Kind.CONTINUED_FROM)
_ENDS = (Kind.CREDIT, Kind.CLOSING_DATELINE, Kind.CONTINUED_TO)

_zh_lead = regex.compile(
    r"^(?P<dateline>本报讯|本报[^\s，。（]{1,12}电|据?新华社[^\s，。（]{0,16}电|[^\s，。（]{2,10}社[^\s，。（]{1,16}电)"
    r"\s*(?:（(?P<by>[^（）]{1,40})）)?\s*"
)
_en_lead = regex.compile(r"^(?P<dateline>[\p{Lu}][\p{Lu} .'-]{1,40}(?:,\s*[\p{Lu}][\p{L}.]+)?(?:\s*\([\p{L} .]+\))?)\s*[—–]\s*")
_trailing_bracket = regex.compile(r"\s*（(?P<inner>[^（）]{1,40})）$")


def _lead(text: str) -> regex.Match[str] | None:
    return _zh_lead.match(text) or _en_lead.match(text)


@dataclass
class _Body:
    units: list[Unit] = field(default_factory=list)
    heading: list[Unit] = field(default_factory=list)


@dataclass
class _Run:
    """Heading units between bodies, in page order."""

    units: list[Unit] = field(default_factory=list)


def _starts_article(unit: Unit) -> bool:
    return unit.kind in _STARTS or (unit.kind is Kind.PARAGRAPH and _lead(unit.text) is not None)


def _ends_article(unit: Unit) -> bool:
    if unit.kind in _ENDS:
        return True
    if unit.kind is Kind.PARAGRAPH and (m := _trailing_bracket.search(unit.text)):
        return bool(_names.match(m["inner"]) or m["inner"].startswith("据") or m["inner"].endswith("电"))
    return False


def _is_subhead(units: list[Unit], i: int) -> bool:
    """A lone short heading between two paragraphs of one body: a section subhead."""
    if units[i].kind is not Kind.HEADING or not 0 < i < len(units) - 1:
        return False
    before, after = units[i - 1], units[i + 1]
    return (
        before.kind is Kind.PARAGRAPH and after.kind is Kind.PARAGRAPH
        and not _ends_article(before) and not _starts_article(after)
        and display_width(units[i].text) <= 16
        and " " not in units[i].text
    )


def _cut(units: list[Unit]) -> list[_Body | _Run]:
    """The page as alternating bodies and heading runs (subheads stay inside bodies)."""
    pieces: list[_Body | _Run] = []
    for i, unit in enumerate(units):
        if unit.kind is Kind.HEADING and not _is_subhead(units, i):
            if not pieces or not isinstance(pieces[-1], _Run):
                pieces.append(_Run())
            pieces[-1].units.append(unit)
            continue
        last = pieces[-1] if pieces else None
        if (
            not isinstance(last, _Body)
            or (_starts_article(unit) and _has_text(last) and not _only_starts(last))
            or _ends_article(last.units[-1])
        ):
            pieces.append(_Body())
        pieces[-1].units.append(unit)  # type: ignore[union-attr]
    return pieces


def _has_text(body: _Body) -> bool:
    return any(u.kind is Kind.PARAGRAPH for u in body.units)


def _only_starts(body: _Body) -> bool:
    """A body that so far holds only its opening lines (byline, "continued from")."""
    return all(u.kind in _STARTS for u in body.units)


# --- step 3: pairing heading runs with bodies --------------------------------------------------


def _blocks(run: _Run) -> list[list[Unit]]:
    """Split a heading run into headline blocks: a subtitle (``——访…``) closes its block."""
    blocks: list[list[Unit]] = [[]]
    for unit in run.units:
        blocks[-1].append(unit)
        if unit.text.startswith("——"):
            blocks.append([])
    return [b for b in blocks if b]


def _headings_follow_bodies(pieces: list[_Body | _Run]) -> bool:
    """Whether this page's headline blocks come after their bodies in the text order."""
    if not pieces:
        return False
    after = isinstance(pieces[-1], _Run) + isinstance(pieces[0], _Body)
    before = isinstance(pieces[0], _Run) + isinstance(pieces[-1], _Body)
    return after > before


def _pair(pieces: list[_Body | _Run]) -> list[_Body | list[Unit]]:
    """Give each body its headline block; blocks nobody takes come back as banners, in place."""
    follow = _headings_follow_bodies(pieces)
    out: list[_Body | list[Unit]] = []
    for index, piece in enumerate(pieces):
        if isinstance(piece, _Body):
            out.append(piece)
            continue
        blocks = _blocks(piece)
        before = pieces[index - 1] if index > 0 else None
        after = pieces[index + 1] if index + 1 < len(pieces) else None
        owner, spare = (before, after) if follow else (after, before)
        if isinstance(owner, _Body) and not owner.heading and blocks:
            taken = blocks.pop(0) if follow else blocks.pop()
            owner.heading = taken
        # A body the convention leaves without a block (the last body when blocks follow, the
        # first when they lead) takes the block next to it.
        if blocks and isinstance(spare, _Body) and not spare.heading and _unpaired(pieces, spare, follow):
            spare.heading = blocks.pop() if follow else blocks.pop(0)
        position = len(out) if follow else len(out)
        for block in blocks:
            out.insert(position, block)
            position += 1
    return out


def _unpaired(pieces: list[_Body | _Run], body: _Body, follow: bool) -> bool:
    """Whether ``body`` has no heading run on the side the convention looks at."""
    index = pieces.index(body)
    neighbour = index + 1 if follow else index - 1
    return not (0 <= neighbour < len(pieces) and isinstance(pieces[neighbour], _Run))


# --- step 4: reading an article ---------------------------------------------------------------


def _read_heading(article: Article, units: list[Unit]) -> None:
    """Kicker, headline and subheadline from the lines of a headline block."""
    lines = [u.text for u in units]
    subtitle = lines.pop() if lines[-1].startswith("——") and len(lines) > 1 else None
    # A kicker ends with a dash and may wrap: every line up to the last that ends with one.
    dashed = [i for i, t in enumerate(lines) if t.endswith("——")]
    kicker_lines = lines[: dashed[-1] + 1] if dashed and dashed[-1] < len(lines) - 1 else []
    rest = lines[len(kicker_lines) :]
    if kicker_lines:
        article.kicker = _join_lines(kicker_lines)
    if len(rest) >= 2 and not kicker_lines and " " in rest[0] and _cjk(rest[0]):
        article.kicker, rest = rest[0], rest[1:]  # 护航镁基新材料产业 彰显电力服务担当
    elif len(rest) == 2 and not kicker_lines and " " in rest[1] and _cjk(rest[1]):
        article.kicker, rest = rest[0], rest[1:]  # the phrase-separated line is the main title
    elif len(rest) >= 3 and subtitle is None:
        rest, subtitle = rest[:-1], rest[-1]  # a short last deck: 林鸿嘉参加
    article.headline = _join_lines(rest) if rest else None
    article.subheadline = subtitle


def _cjk(text: str) -> bool:
    return bool(regex.search(f"[{CJK}]", text))


def _join_lines(lines: list[str]) -> str:
    """Printed lines of one title: nothing between CJK, a space between Latin words."""
    out = lines[0]
    for line in lines[1:]:
        out += ("" if _cjk(out[-1]) or _cjk(line[0]) else " ") + line
    return out


def _read_body(article: Article, units: list[Unit]) -> None:
    paragraphs_seen = 0
    for unit in units:
        if unit.kind is Kind.BYLINE:
            article.bylines.append(unit.value or unit.text)
        elif unit.kind is Kind.CONTINUED_FROM:
            article.continued_from = unit.value
        elif unit.kind is Kind.CONTINUED_TO:
            article.continued_to = unit.value
        elif unit.kind is Kind.CREDIT:
            article.credits.append(unit.value or unit.text)
        elif unit.kind is Kind.CLOSING_DATELINE:
            article.dateline = article.dateline or unit.value
            if article.dateline != unit.value:
                article.credits.append(unit.value or unit.text)
        elif unit.kind is Kind.HEADING:
            article.body.append(Block("subhead", unit.text))
        else:
            text = unit.text
            if paragraphs_seen == 0 and (lead := _lead(text)):
                article.dateline = lead["dateline"]
                if lead["by"]:
                    article.bylines.append(lead["by"])
                text = text[lead.end():]
            paragraphs_seen += 1
            if text:
                article.body.append(Block("paragraph", text))
    _read_trailing_bracket(article)


def _read_trailing_bracket(article: Article) -> None:
    """A bracket closing the last paragraph: bylines ``（桑萍 王志彬）``, a credit ``（据《…》）``
    or a closing dateline ``（新华社北京4月29日电）``."""
    paragraphs = [b for b in article.body if b.kind == "paragraph"]
    if not paragraphs or not (m := _trailing_bracket.search(paragraphs[-1].text)):
        return
    inner = m["inner"]
    if _names.match(inner):
        article.bylines.append(inner)
    elif inner.startswith("据"):
        article.credits.append(inner)
    elif inner.endswith("电") and article.dateline is None:
        article.dateline = inner
    else:
        return
    paragraphs[-1].text = paragraphs[-1].text[: m.start()]
    if not paragraphs[-1].text:
        article.body.remove(paragraphs[-1])


def split_units(lines: list[str], source: str | None = None) -> list[Article]:
    """Items of one page from its cleaned units (one per line), in page order."""
    units = [classify(line.strip()) for line in lines if line.strip()]
    items: list[Article] = []
    start = 0
    while start < len(units) and units[start].kind is Kind.FOLIO:
        items.append(Article(type="banner", headline=units[start].text))
        start += 1
    for piece in _pair(_cut(units[start:])):
        if isinstance(piece, list):
            items.append(Article(type="banner", headline=_join_lines([u.text for u in piece])))
            continue
        article = Article()
        if piece.heading:
            _read_heading(article, piece.heading)
        _read_body(article, piece.units)
        if not (article.headline or article.bylines or article.dateline or article.continued_from):
            article.type = "fragment"
        items.append(article)
    for index, item in enumerate(items):
        item.source, item.index = source, index
    return items
