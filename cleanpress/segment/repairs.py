"""Step 1 of the splitter, continued: units that only look like what they are not.

``reflow`` and the extractors cut paragraphs where they should not. Before the page is cut into
bodies and heading runs, the pieces go back: a dateline lead wrapped before its bracket or dash
goes back in front of its paragraph (:func:`join_leads`); a kicker's closing dash that wrapped
onto a line of its own goes back to its end (:func:`join_closing_dashes`); pieces of paragraphs
that only look like headings (a line of Latin words in a Chinese column, a first line, the line
after a byline) become text again (:func:`repair`), and on Latin pages so do stray words of a
justified line that pdfminer put out in boxes of their own (:func:`lift_strays`); English
heading lines that only look like text (a deck put out tight over its text, a title wrapped in
a narrow column) become headings again (:func:`repair`).
"""

from __future__ import annotations

import regex

from ..headlines import LIKELY, ends_open
from ..text import display_width
from .units import (
    Kind,
    Unit,
    classify,
    dateline_lead,
    en_lead,
    has_cjk,
    in_capitals,
    join_lines,
    sentence_end,
    starts_article,
    zh_lead,
)


#: A Latin letter: Chinese titles seldom hold one, a column line with Latin words often does.
_latin_letter = regex.compile(r"[A-Za-z]")


def _column_width(unit: Unit) -> float:
    """The column width of a paragraph unit's lines (0 if it has too few lines to tell)."""
    if unit.kind is not Kind.PARAGRAPH or len(unit.lines) < 3:
        return 0.0
    widths = sorted(display_width(line) for line in unit.lines[:-1])
    return widths[len(widths) // 2]


_lead_piece = regex.compile(
    r"^(?:[\p{Lu}][\p{Lu}.'-]*(?:\s+[\p{Lu}][\p{Lu}.'-]*){0,3}(?:\s*\([\p{L} .]+\))?|\([\p{L} .]+\)(?:\s*[—–])?|—|–)$"
)


def join_leads(units: list[Unit]) -> list[Unit]:
    """A dateline lead that the typesetter wrapped or the extractor broke off its paragraph
    goes back in front of it (see :func:`_broken_lead`), and so does the bracket of names that
    closed it, where the extractor set that apart too (``新华社昆明8月10日电`` /
    ``（记者 杨丽杰 丁婷杰）`` / ``Debian是…``: pdfminer, a lead wrapped right after its bracket)."""
    out: list[Unit] = []
    i = 0
    while i < len(units):
        for size in (3, 2, 1):
            pieces = units[i : i + size]
            following = units[i + size : i + size + 1]
            if following and following[0].kind is Kind.NAMES and i + size + 1 < len(units):
                following.append(units[i + size + 1])
            if len(pieces) < size or not following or following[-1].kind not in (Kind.PARAGRAPH, Kind.HEADING):
                continue
            text = _broken_lead([u.text for u in pieces], join_lines([u.text for u in following]))
            if text is None:
                continue
            joined = classify(text)
            joined.lines = [line for u in pieces + following for line in u.lines]
            joined.blank_before = pieces[0].blank_before
            out.append(joined)
            i += size + len(following)
            break
        else:
            out.append(units[i])
            i += 1
    return out


#: A line of nothing but a dash: the closing dash of a kicker (``今年年初以来——``) that wrapped.
_dash_only = regex.compile(r"^[—―─-]{1,3}$")


def join_closing_dashes(units: list[Unit]) -> list[Unit]:
    """A dash alone on a line, set tight under a heading line, closes that line: a kicker whose
    closing dash wrapped. Alone it would read as the opening of a subtitle with no words."""
    out: list[Unit] = []
    for unit in units:
        previous = out[-1] if out else None
        if (
            previous is not None and previous.kind is Kind.HEADING and not unit.blank_before
            and _dash_only.match(unit.text)
        ):
            joined = classify(previous.text + unit.text)
            joined.lines = previous.lines + unit.lines
            joined.blank_before = previous.blank_before
            out[-1] = joined
        else:
            out.append(unit)
    return out


#: First words of place names of two words or more, which never stand alone as a dateline.
_PLACE_OPENINGS = frozenset("SAN SANTA NEW LOS LAS HONG TEL RIO BUENOS KUALA ABU SAO ST.".split())


def _broken_lead(pieces: list[str], following: str) -> str | None:
    """The paragraph ``following`` with the pieces of its dateline lead put back in front of it,
    or None when the pieces are no such thing. A Chinese lead wrapped before its bracket of
    names closed (``本报讯（首席记者 李`` / ``觊）为…``, ``新华社福州10月`` / ``10日电（记者 邹博伟…``,
    ``新华社北京11月8日电`` / ``（记者 陈楠艳）广播…``); an English lead wrapped before its dash
    (``SAN`` / ``FRANCISCO`` / ``(Reuters) — Prelude…``, ``NEW YORK (AFP)`` / ``— There…``) or
    stretched apart on the first line of a justified paragraph and read out of order
    (``(AFP)`` / ``PARIS`` / ``—``: city first)."""
    if dateline_lead(following) and not following.startswith("("):  # a paragraph that opens with a
        # lead of its own (not an agency alone, ``(Reuters) —``, whose place may be the piece
        # before): a heading before it, or the first word of a two-word place (``SAN`` /
        # ``FRANCISCO — An…``)
        return f"{pieces[0]} {following}" if len(pieces) == 1 and pieces[0] in _PLACE_OPENINGS else None
    if len(pieces) == 1 and has_cjk(pieces[0]):
        joined = join_lines([pieces[0], following])
        lead = zh_lead.match(joined)
        return joined if lead and lead["by"] and lead.end() > len(pieces[0]) else None
    in_order = " ".join(pieces)
    if en_lead.fullmatch(in_order):
        return f"{in_order} {following}"
    if not all(_lead_piece.match(t) for t in pieces):
        return None
    lead = en_lead.match(f"{in_order} {following}")
    if lead and lead.end() > len(in_order):
        return f"{in_order} {following}"
    city = [t for t in pieces if not t.startswith("(") and t not in ("—", "–")]
    wire = [t for t in pieces if t.startswith("(")]
    dash = [t for t in pieces if t in ("—", "–") or t.startswith("(") and t[-1] in "—–"]
    if len(city) != 1 or len(dash) != 1 or len(set(wire + dash)) != len(pieces) - 1:
        return None
    return " ".join(city + [t for t in wire if t not in dash] + dash + [following])


#: The widest Chinese title line a clause mark does not make text (when a subtitle follows it
#: or the page opens on it), and how many lines such a title may wrap over (:func:`_clause_title`).
TITLE_WIDTH = 36
TITLE_LINES = 3


def _title_over_subtitle(units: list[Unit], i: int) -> bool:
    """Whether unit ``i``, read as text for its clause mark, is a Chinese title
    (:func:`_clause_title`) set tight over a subtitle (``管理文件上下文，端口和布尔值`` /
    ``——需要推送给使用者``; ``位于单独房间的服务器，或者`` / ``快速地略过其内容`` / ``——新的设置
    身份文件``). Titles hold commas more often than the pages classify allows for; a subtitle
    under one says which it is. (Three lines, not one: Chinese headline blocks on the
    development pages 0.809 -> 0.815 with pdfminer, 0.501 -> 0.504 with pdftotext; held-out
    0.798 -> 0.802 and 0.446 -> 0.448.) A subtitle without its dash says so too when it stands
    tight over the article's opening (``现在服务器已经部署完`` / ``毕，如果正常讨论被扰`` / ``乱`` /
    ``只有在理解配置文件的状态下`` / ``本报讯（记者 吴宁国）在``; pdftotext, development pages
    0.504 -> 0.507, held-out 0.434 -> 0.436, pdfminer unchanged)."""
    following = units[i + 1] if i + 1 < len(units) else None
    return (
        _clause_title(units[i]) and following is not None and following.kind is Kind.HEADING
        and not following.blank_before
        and (following.text.startswith("——") or _over_opening(units, i + 1))
    )


def _title_over_opening(units: list[Unit], i: int) -> bool:
    """Whether unit ``i``, read as text for its clause mark, is a Chinese title in a box of its
    own right above an article's opening (``用户关注是怎样避免冗余，`` / ``最值得注意的是进程标识符``
    / ``本报讯（记者 唐蕾）…``): a title that may hold a comma (:func:`_clause_title`), with a
    blank line on either side, not ending on a clause mark and holding no Latin word (a piece
    of a column cut off above the next article does: ``这个工具需要一个web服务器，因此你``).
    On the development, held-out and fresh pages: 16 such units with pdfminer were headline
    lines and 3 text, which the last two conditions leave out; 2 with pdftotext, both headline
    lines. Chinese headline blocks: 14 more right with pdfminer, 1 with pdftotext, none fewer."""
    unit = units[i]
    following = units[i + 1] if i + 1 < len(units) else None
    return (
        _clause_title(unit) and unit.blank_before and following is not None and following.blank_before
        and starts_article(following) and not unit.text.endswith(("，", "、")) and not _latin_letter.search(unit.text)
    )


#: The most lines an English deck runs to, and the fewest words it has.
DECK_LINES = 2
DECK_WORDS = 4


def _deck_over_text(units: list[Unit], i: int) -> bool:
    """Whether unit ``i``, read as text, is the deck of an English headline: right under a
    title line, a sentence of :data:`DECK_WORDS` words or more over up to :data:`DECK_LINES`
    lines, wrapped as a deck wraps (:func:`_wrapped_greedily`), that stops on no
    sentence end and no open word, set over text that opens on a capital (``Using Remote
    Graphical`` / ``Desktops`` / ``The risk components evolve, and the response to`` / ``that risk
    must evolve accordingly`` / ``This utility requires…``: pdftotext puts a deck out tight over
    its article's first line, and reflow, meeting no sentence end, joins neither line to the
    text but reads them as its first paragraph). English pdftotext headline blocks 0.423 ->
    0.429 on the development pages, 0.388 -> 0.403 held-out; on the English pages of both sets
    it fires 6 times with pdftotext, all on a deck, and once with pdfminer, on text."""
    unit = units[i]
    previous = units[i - 1] if i else None
    following = units[i + 1] if i + 1 < len(units) else None
    lines = unit.lines
    return (
        unit.kind is Kind.PARAGRAPH and previous is not None and previous.kind is Kind.HEADING
        and following is not None and following.kind in (Kind.PARAGRAPH, Kind.BYLINE)
        and not has_cjk(unit.text) and len(lines) <= DECK_LINES and len(unit.text.split()) >= DECK_WORDS
        and unit.text[:1].isupper() and _wrapped_greedily(lines)
        and not any(sentence_end.search(line) for line in lines) and not ends_open(unit.text)
        and not starts_article(unit)
        and following.text[:1].isupper()
    )


def _narrow_title_lines(units: list[Unit]) -> list[Unit]:
    """The lines of English titles wrapped in a narrow column that read as text: two or more
    lines set tight that reflow left apart, one a unit, none ending a sentence, set tight over
    a heading line (the title's deck or last line). A title beside its article wraps at words
    no title line stops on (``Creating a hard link is`` / ``essentially the same as`` / ``giving
    an existing file a`` / ``second name`` / ``Likewise, some example data…``), so each line
    reads as text; text itself reflow would have joined into one paragraph. On the English
    development and held-out pages, 13 such runs with pdfminer, all of them title lines;
    English pdfminer headline blocks 0.737 -> 0.748 on the development pages, 0.761 -> 0.769
    held-out, 0.724 -> 0.729 on pages whose headlines name their articles."""
    out: list[Unit] = []
    i = 0
    while i < len(units):
        j = i
        while j < len(units) and _loose_text_line(units[j]) and (j == i or not units[j].blank_before):
            j += 1
        following = units[j] if j < len(units) else None
        if j - i >= 2 and following is not None and following.kind is Kind.HEADING and not following.blank_before:
            out += units[i:j]
        i = max(j, i + 1)
    return out


def _loose_text_line(unit: Unit) -> bool:
    """Whether ``unit`` is one Latin line of text that ends no sentence."""
    return (
        unit.kind is Kind.PARAGRAPH and len(unit.lines) == 1 and not has_cjk(unit.text)
        and not sentence_end.search(unit.text)
    )


def _wrapped_greedily(lines: list[str]) -> bool:
    """Whether ``lines`` may be one sentence wrapped word by word at one width: each line
    ends where the next line's first word would not have fitted, so no later line is wider
    than a line before it and that word."""
    return all(
        len(later) < len(line) + 1 + len(later.split()[0]) for line, later in zip(lines, lines[1:]) if later.split()
    )


def _clause_title(unit: Unit) -> bool:
    """Whether ``unit`` may be a Chinese title that its clause mark made text: up to
    :data:`TITLE_LINES` lines no wider than :data:`TITLE_WIDTH`, with no sentence end, opening
    no article."""
    return (
        unit.kind is Kind.PARAGRAPH and len(unit.lines) <= TITLE_LINES and has_cjk(unit.text)
        and max(display_width(line) for line in unit.lines) <= TITLE_WIDTH and not sentence_end.search(unit.text)
        and not starts_article(unit)
    )


def _over_opening(units: list[Unit], i: int) -> bool:
    """Whether unit ``i`` stands tight over the opening of an article (a byline, a lead)."""
    after = units[i + 1] if i + 1 < len(units) else None
    return after is not None and not after.blank_before and starts_article(after)


def open_page(units: list[Unit], folio: set[int]) -> None:
    """A page mostly opens on a headline block or a marked continuation, seldom on the
    unfinished end of a sentence: its first unit after the running head (``folio``), when it
    may be a title that a clause mark made text (:func:`_clause_title`), is a heading, a title
    holding a comma (``或将决定权留给后面的规`` / ``则，推荐并行运行它们``). On the development pages
    pdfminer opened 14 pages so, 10 on a whole title and 4 on a title with other lines, none on
    text; pdftotext 6, 4 on a whole title, 1 on a title with more, 1 on text. With the reflow
    rule that keeps such a title from the wider column under it
    (:data:`cleanpress.filters._reflow_core.WIDER_COLUMN`), Chinese headline blocks 0.815 ->
    0.820 with pdfminer and 0.507 -> 0.509 with pdftotext; held-out 0.788 -> 0.789 and 0.436 ->
    0.441, for 8 more right and 4 lost: two held-out pages open on text that reflow cut off
    (a paragraph's letter-spaced first line, a column that goes on from another)."""
    first = next((unit for i, unit in enumerate(units) if i not in folio), None)
    if first is not None and _clause_title(first):
        first.kind = Kind.HEADING


def repair(units: list[Unit]) -> None:
    """Give back to the body the pieces of paragraphs that look like headings: ``reflow`` cut
    them off at a line it could not place (a first line, a line of Latin words in a Chinese
    column, the line after a byline). A Chinese title with a comma over its subtitle is a
    heading (see :func:`_title_over_subtitle`), and so is one in a box of its own over an
    article's opening (:func:`_title_over_opening`), and so are an English deck read as the text
    under it (:func:`_deck_over_text`) and an English title wrapped in a narrow column
    (:func:`_narrow_title_lines`)."""
    for i, unit in enumerate(units):
        if _title_over_subtitle(units, i) or _deck_over_text(units, i) or _title_over_opening(units, i):
            unit.kind = Kind.HEADING
    cjk_page = sum(has_cjk(u.text) for u in units) * 2 > len(units)
    # Extractors that set every text box apart with blank lines (pdfminer) show which lines
    # share a box with a paragraph: those are no headlines.
    into_body = [(a, b) for a, b in zip(units, units[1:]) if a.kind is Kind.HEADING and b.kind is Kind.PARAGRAPH]
    boxed = len(into_body) >= 4 and sum(b.blank_before for a, b in into_body) >= 0.8 * len(into_body)
    for i, unit in enumerate(units):
        if unit.kind is not Kind.HEADING or in_capitals.match(unit.text) and not cjk_page:
            continue
        previous = units[i - 1] if i else None
        following = units[i + 1] if i + 1 < len(units) else None
        cjk = has_cjk(unit.text)
        if cjk_page and not cjk:
            unit.kind = Kind.PARAGRAPH  # Latin words alone on a line of a Chinese page
            continue
        if not cjk_page and unit.text[:1].islower() and (previous is None or previous.kind is not Kind.HEADING):
            unit.kind = Kind.PARAGRAPH  # a headline starts with a capital: words of a body line cut apart
            continue
        if not cjk_page and _word_a_line_under_byline(units, i):
            unit.kind = Kind.PARAGRAPH  # under a byline, a word a line: its text's justified first line
            continue
        if boxed and cjk and (
            (previous is not None and previous.kind is Kind.PARAGRAPH and not unit.blank_before)
            or (
                following is not None and following.kind is Kind.PARAGRAPH and not following.blank_before
                and not starts_article(following)
                and not _title_wrap(unit, previous)
            )
        ):
            unit.kind = Kind.PARAGRAPH  # in one box with a paragraph (not with a lead: it opens one)
            continue
        if previous is not None and previous.kind is Kind.BYLINE and cjk:
            unit.kind = Kind.PARAGRAPH  # the line after a byline opens the body
            continue
        column = max(
            (_column_width(u) for u in units[max(0, i - 2) : i + 3] if u is not unit), default=0.0
        )
        if not column or not cjk:
            continue
        width = display_width(unit.text)
        latin = bool(_latin_letter.search(unit.text))
        if latin and width >= 0.7 * column:
            unit.kind = Kind.PARAGRAPH  # a column line holding Latin words: reflow could not measure it
        elif (
            following is not None and following.kind is Kind.PARAGRAPH and not starts_article(following)
            and column - 2.5 <= width <= column + 0.5 and " " not in unit.text and not unit.text.startswith("——")
            and not (boxed and following.blank_before) and not unit.boxed
        ):
            # a paragraph's first line, two characters short (not in a box of its own or of heading
            # lines, not a subtitle: boxed units, 7 more Chinese pdfminer headline blocks right and 1
            # fewer, 4 and 1 with pdftotext)
            unit.kind = Kind.PARAGRAPH
    if not cjk_page:
        for unit in _narrow_title_lines(units):
            unit.kind = Kind.HEADING


def _title_wrap(unit: Unit, previous: Unit | None) -> bool:
    """Whether ``unit`` may be the wrap of the title line ``previous``: set tight under it and
    no wider (the greedy wrap of a title leaves its last line the shorter). A box of a wrapped
    title over text (pdfminer, ``该备份可以用来`` / ``恢复一些信息`` / ``最后选项需要一个IP地址，…``)
    holds a title still; a subhead over a paragraph's first line (``一些对新使用者的提醒`` /
    ``这本手册是一种很好的探索`` / ``Debian的方式。…``) does not. Chinese pdfminer headline
    blocks 0.806 -> 0.811 held-out, 0.825 -> 0.827 on the development pages (7 more right
    and none fewer over development, held-out and fresh pages); pdftotext unchanged."""
    return (
        previous is not None and previous.kind is Kind.HEADING and not unit.blank_before
        and display_width(unit.text) <= display_width(previous.text)
    )


def _word_a_line_under_byline(units: list[Unit], i: int) -> bool:
    """Whether unit ``i`` is one of two or more lines of one word each right under a byline
    (pdftotext, ``By …`` / ``Unlike`` / ``such`` / ``tools`` / ``as``): the first line of the
    text, justified with wide gaps, put out a word a line. A headline block does not stand
    under a byline, and its lines hold more words."""
    def one_word(unit: Unit) -> bool:
        return unit.kind in (Kind.HEADING, Kind.PARAGRAPH) and all(len(line.split()) == 1 for line in unit.lines)

    if not one_word(units[i]):
        return False
    start, end = i, i + 1
    while start > 0 and one_word(units[start - 1]):
        start -= 1
    while end < len(units) and one_word(units[end]):
        end += 1
    words = sum(len(unit.lines) for unit in units[start:end])
    return start > 0 and units[start - 1].kind is Kind.BYLINE and words >= 2


def _short_piece(unit: Unit) -> bool:
    """A few Latin words alone on one line that open nothing (``they can't protect``, ``is``):
    maybe a piece of a justified column line that pdfminer cut off and put out of place."""
    return (
        unit.kind in (Kind.PARAGRAPH, Kind.HEADING) and len(unit.lines) == 1 and len(unit.text.split()) <= 4
        and not has_cjk(unit.text) and not dateline_lead(unit.text)
    )


def _stray(units: list[Unit], i: int) -> bool:
    """Whether unit ``i`` is a piece of a body line put out of place: a short piece alone
    between blank lines that no title could be (it starts in lower case, stops on a word that
    needs another, see :func:`cleanpress.headlines.ends_open`, or is one word not in capitals:
    a headline has more, a one-word label is set in capitals; a title's lines that wrapped
    share a box), or one of a few short pieces between a byline and the dateline lead of its
    first paragraph (a byline stands right above its article's opening words; see
    ``MOST_STRAYS``) that the line model does not read as headline lines (a title set between
    the two, ``By THOMAS EDWARDS`` / ``Scheduling Tasks`` / ``with cron and atd`` /
    ``BRUSSELS (Reuters) — …``: English pdftotext headline blocks 528 -> 531 of 962 on the
    development sets and ``english-fresh``, pdfminer's pieces unchanged)."""
    unit = units[i]
    if not _short_piece(unit):
        return False
    alone = unit.blank_before and (i + 1 == len(units) or units[i + 1].blank_before)
    lone_word = len(unit.text.split()) == 1 and not in_capitals.match(unit.text)
    if alone and (unit.text[:1].islower() or ends_open(unit.text) or lone_word):
        return True
    start = next((k for k in range(i - 1, -1, -1) if not _short_piece(units[k])), -1)
    end = next((k for k in range(i + 1, len(units)) if not _short_piece(units[k])), len(units))
    before = units[start] if start >= 0 else None
    after = units[end] if end < len(units) else None
    pieces = units[start + 1 : end]
    return (
        before is not None and before.kind is Kind.BYLINE and after is not None
        and after.kind is Kind.PARAGRAPH and bool(en_lead.match(after.text))
        and len(pieces) <= MOST_STRAYS and not any(in_capitals.match(u.text) for u in pieces)
        and not any((u.headline or 0.0) >= LIKELY for u in pieces)
    )


#: Stray pieces of a line, at most, between a byline and its lead: more, or a kicker in capitals
#: among them, are a headline block that pdfminer put out between the two (a title set narrow,
#: two or three words a line).
MOST_STRAYS = 2


def _opens_text_under_byline(units: list[Unit], i: int) -> bool:
    """Whether unit ``i`` is the first words of the text under the byline after it, put out
    above it: a short piece of text, no heading (a piece of a justified line, ``Please  note``),
    that stops in mid-sentence, over a byline over text that goes on in lower case."""
    unit = units[i]
    return (
        i + 2 < len(units) and _short_piece(unit) and unit.kind is Kind.PARAGRAPH
        and not sentence_end.search(unit.text) and units[i + 1].kind is Kind.BYLINE
        and units[i + 2].kind is Kind.PARAGRAPH and units[i + 2].text[:1].islower()
    )


def _openings_under_bylines(units: list[Unit]) -> list[Unit]:
    """``units`` with the first words of each article's text that were put out above its byline
    moved under it (see :func:`_opens_text_under_byline`)."""
    out = list(units)
    for i in range(len(out) - 2):
        if _opens_text_under_byline(out, i):
            out[i], out[i + 1] = out[i + 1], out[i]
    return out


def _before_lead(units: list[Unit], i: int) -> bool:
    """Whether the short pieces from unit ``i`` on stand right above a dateline lead, which
    opens its article's text: they come from a line of another text."""
    after = next((u for u in units[i + 1 :] if not _short_piece(u)), None)
    return after is not None and after.kind is Kind.PARAGRAPH and bool(en_lead.match(after.text))


def lift_strays(units: list[Unit]) -> list[Unit]:
    """On a Latin page, stray pieces of body lines (see :func:`_stray`) are text: those that
    stand among an article's opening lines (headline block, byline) go back to the end of the
    text before, so that they neither head an article nor part a byline from its body (right
    under a byline, over text that opens with no dateline lead, they are a piece of that
    text's first line, ``are`` / ``There`` / ``numerous``, and stay); the
    first words of an article's text put out above its byline go under it (see
    :func:`_opens_text_under_byline`)."""
    if sum(has_cjk(u.text) for u in units) * 2 > len(units):
        return units
    units = _openings_under_bylines(units)
    out: list[Unit] = []
    for i, unit in enumerate(units):
        if not _stray(units, i):
            out.append(unit)
            continue
        unit.kind = Kind.PARAGRAPH
        if out and out[-1].kind is Kind.BYLINE and not _before_lead(units, i):
            out.append(unit)  # a piece of the first line of the text under the byline
            continue
        at = len(out)
        while at > 0 and out[at - 1].kind is not Kind.PARAGRAPH and len(out) - at < 8:
            at -= 1
        out.insert(at if at > 0 and out[at - 1].kind is Kind.PARAGRAPH else len(out), unit)
    return out
