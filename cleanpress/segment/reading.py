"""Step 5 of the splitter: reading an article.

The headline block becomes kicker, headline and subheadline; bylines and datelines come out of
the first and last paragraphs; wrappers (brackets, ``□``, ``By``) are removed.
"""

from __future__ import annotations

import regex

from ..document import Article, Block
from ..filters.dehyphen import Dehyphen, word_counts
from ..headlines import ends_open
from ..text import LINE_END_HYPHENS, display_width, open_brackets
from .block_roles import Reading, weigh
from .lines import agency_line, continue_byline, is_byline_wrap
from .units import (
    Kind,
    Unit,
    byline_line,
    closing_names,
    credit_label,
    dateline_lead,
    has_cjk,
    in_capitals,
    join_lines,
    sentence_end,
    title_case,
    trailing_bracket,
    wire_dateline,
)


def read_heading(article: Article, units: list[Unit]) -> None:
    """Kicker, headline and subheadline from the lines of a headline block: where the page's
    conventions put them (:func:`_usual_reading`), or, for a Chinese block, where the model of
    :mod:`.block_roles` finds them clearly likelier."""
    lines = [u.text for u in units]
    kicker_end, title_end = heading_reading(units)
    article.kicker = join_lines(lines[:kicker_end]) if kicker_end else None
    article.headline = join_lines(lines[kicker_end:title_end]) if title_end > kicker_end else None
    article.subheadline = join_lines(lines[title_end:]) if title_end < len(lines) else None


def heading_reading(units: list[Unit]) -> Reading:
    """Where a headline block's kicker ends and its subtitle starts among its lines (see
    :func:`read_heading`)."""
    reading = _usual_reading(units)
    return weigh(units, reading) if any(has_cjk(u.text) for u in units) else reading


def _usual_reading(units: list[Unit]) -> Reading:
    """Where a headline block's kicker ends and its subtitle starts among its lines, by the
    conventions.

    A subtitle opens with a dash and a kicker closes with one or is set in capitals (each may
    wrap). A blank line inside the block parts two fields: extractors put the wrapped lines of
    one field out tight (on about 6,000 wraps in generated pages, pdftotext's and pdfminer's,
    none had a blank line). A Chinese line set apart above the rest is the kicker (a main
    title, in its larger type, wraps: 574 wraps of Chinese main titles against 51 of kickers);
    elsewhere the last part set apart is the subtitle or deck."""
    lines = [u.text for u in units]
    apart = [i for i, u in enumerate(units) if u.blank_before and i > 0]  # lines after a blank line
    opening = [i for i, t in enumerate(lines) if t.startswith("——") and i > 0]
    title_end = opening[-1] if opening else len(lines)  # the subtitle: from the last dash that opens a line
    dashed = [i for i, t in enumerate(lines[:title_end]) if t.endswith("——")]
    kicker_end = dashed[-1] + 1 if dashed and dashed[-1] < title_end - 1 else 0
    capitals = 0
    while capitals < title_end - 1 and in_capitals.match(lines[capitals]) and not has_cjk(lines[capitals]):
        capitals += 1
    kicker_end = max(kicker_end, capitals)
    parts = [i for i in apart if kicker_end < i < title_end]  # blank lines between kicker and subtitle
    told_apart = bool(parts)
    if parts and not kicker_end and parts[0] == 1 and has_cjk(lines[0]):
        kicker_end, parts = 1, parts[1:]
    if parts and not opening:
        title_end = parts[-1]
    rest = lines[kicker_end:title_end]
    if told_apart:
        pass  # the blank lines have told the fields apart
    elif len(rest) >= 2 and not kicker_end and " " in rest[0] and has_cjk(rest[0]):
        kicker_end = 1  # 护航镁基新材料产业 彰显电力服务担当
    elif len(rest) == 2 and not kicker_end and " " in rest[1] and has_cjk(rest[1]):
        kicker_end = 1  # the phrase-separated line is the main title
    elif not opening and has_cjk(rest[-1]) and (len(rest) >= 3 or _wider_below(rest)):
        title_end -= 1  # a short last deck: 林鸿嘉参加
    elif len(rest) >= 2 and not opening and not has_cjk(rest[-1]):
        title_end = kicker_end + _english_title_lines(rest)
    return kicker_end, title_end


def _wider_below(lines: list[str]) -> bool:
    """Whether a two-line Chinese block is a title and a wider subtitle: the second line is
    three characters or more wider than the first, which the first line of a wrapped title
    rarely is (it is the full one), and a subtitle, which tells more than the title, often is
    (on the training pages 131 of 185 subtitles without a dash against 10 of 397 title wraps
    and 21 of 213 kickers over a title)."""
    return len(lines) == 2 and display_width(lines[1]) >= display_width(lines[0]) + 3


def _english_title_lines(lines: list[str]) -> int:
    """How many of an English headline's lines are its title, the rest its deck: the deck is
    set smaller, so its lines hold more characters than the title's, or it starts where the
    title's last line stopped with room to spare (see :func:`_room_left`). A deck opens with a
    capital, and the title line before it stops where a title may stop (not on ``for``,
    ``and``, ``the``); a line in title case under a title in title case is the title's wrap
    however long (a narrow column wraps a title short: ``This Step Is`` / ``Completely`` /
    ``Automatic in the Vast``; on the cohesive-heads pages, whose titles are in title case,
    kicker, title and deck each right 0.920 -> 0.943 with pdfminer and 0.724 -> 0.736 with
    pdftotext on the development set, 0.772 -> 0.780 and 0.551 -> 0.559 held out; on
    `english-fresh` +0.006 and +0.004; development pdfminer 0.746 -> 0.741, a deck in
    capitalized words, ``RAID means Redundant Array of Independent Disks``). Under a title in
    sentence case, a line that opens on a capitalized common word starts the deck
    (:func:`_opens_sentence`; see docs/history.md, session 39)."""
    for i in range(1, len(lines)):
        if lines[i][:1].islower() or ends_open(lines[i - 1]):
            continue  # a wrap of the title
        title_in_title_case, line_case = title_case(" ".join(lines[:i])) >= 0.6, title_case(lines[i])
        if title_in_title_case and line_case >= 0.6:
            continue  # a wrap of a title in title case
        if not title_in_title_case and _opens_sentence(lines[i]):
            return i  # a new sentence under a title in sentence case
        widest = max(len(t) for t in lines[:i])
        if len(lines[i]) > 1.4 * widest or _room_left(lines[:i], widest, lines[i]) or (
            title_in_title_case and line_case < 0.4
        ):
            return i
    return len(lines)


#: How often (in pyspellchecker's English counts) a word is written for a capitalized one to be
#: read as a common word opening a sentence, not a name: ``installing`` 2,601, ``evaluate``
#: 3,942, ``fortunately`` 5,753; ``ian`` 1,036, ``gnome`` 986, ``python`` 913, ``debian`` 50.
COMMON_WORD = 2000
#: A capitalized first word, and the first character of the word after it.
_first_two_words = regex.compile(r"(\p{Lu}\p{Ll}*)\b\W*(\w?)")


def _opens_sentence(line: str) -> bool:
    """Whether ``line`` opens with a capitalized common word (``Everything``, ``The``, ``A``) and
    goes on in lower case, not with a name (``Debian``, ``Ian``), an acronym (``RAID``) or a
    name of several words (``White House``, ``The Japanese``): under a title in sentence case,
    whose wraps go on in lower case but for names, such a line opens a new sentence, the deck
    (``Debian is undeniably the leader in this respect`` / ``Everything is available on-line
    through many mirrors worldwide``). ``I`` is capitalized anywhere. (Without the second word's
    test, two fields fewer right on eight sets of generated pages.)"""
    first = _first_two_words.match(line)
    if first is None or first.group(1) == "I" or not first.group(2).islower():
        return False
    return word_counts("en")[first.group(1).lower()] >= COMMON_WORD


def _room_left(title: list[str], widest: int, line: str) -> bool:
    """Whether the last of a wrapped title's lines stopped with room left for the first word of
    ``line`` (by the ``widest`` title line), and ``line`` reads as a sentence, not as title
    words: a title wraps where its next word does not fit, so ``line`` opens the deck (``must
    evolve accordingly`` / ``This utility requires a web server``). (A title broken by hand for
    balance, ``City Council Approves`` / ``New Budget`` / ``For Schools``, keeps its capitals.)"""
    if len(title) < 2 or title_case(line) >= 0.5:
        return False
    return len(title[-1]) + 1 + len(line.split()[0]) <= widest


def read_body(article: Article, units: list[Unit]) -> None:
    """Bylines, dateline, continuation markers and credits out of a body's units, and its
    paragraphs and subheads, into ``article``. Every text lands in a field: a second marker of
    one kind (two articles' openings that the extractor put out together) stays in the text, a
    second dateline goes to the credits."""
    paragraphs_seen = 0
    names: list[str] = []
    apart: Block | None = None  # a caption or a marker kept as text: never joined to the text after
    led: Block | None = None  # the paragraph a dateline lead opened
    for index, unit in enumerate(units):
        if unit.kind is Kind.BYLINE:
            byline, agency = _agency_apart(unit)
            article.bylines.append(byline)
            if agency:
                article.credits.append(agency)
        elif unit.kind is Kind.CONTINUED_FROM and article.continued_from is None:
            article.continued_from = unit.value
        elif unit.kind is Kind.CONTINUED_TO and article.continued_to is None:
            article.continued_to = unit.value
        elif unit.kind is Kind.CREDIT:
            article.credits.append(unit.value or unit.text)
        elif unit.kind is Kind.NAMES:
            names.append(unit.value or unit.text)
        elif unit.kind is Kind.CLOSING_DATELINE:
            if article.dateline is None:
                article.dateline = unit.value
            else:
                article.credits.append(unit.value or unit.text)
        elif unit.kind in (Kind.CAPTION, Kind.CONTINUED_FROM, Kind.CONTINUED_TO):  # (a second marker)
            apart = Block("paragraph", unit.text)
            article.body.append(apart)
        elif unit.kind is Kind.HEADING:
            if not paragraphs_seen and index and units[index - 1].kind is Kind.BYLINE and is_byline_wrap(
                units[index - 1].text, unit.text
            ):
                if agency_line(units[index - 1].text, unit.text):
                    article.credits.append(unit.text)
                else:
                    article.bylines[-1] = continue_byline(article.bylines[-1], unit.text)
            else:
                article.body.append(Block("subhead", unit.text))
        else:
            text = unit.text
            lead = dateline_lead(text) if paragraphs_seen == 0 else None
            if lead:
                if article.dateline is not None:
                    article.credits.append(article.dateline)
                article.dateline = lead["dateline"].strip()
                by = lead.groupdict().get("by")
                if by:
                    article.bylines.append(by)
                text = text[lead.end():]
            paragraphs_seen += 1
            if text:
                if (
                    article.body and article.body[-1].kind == "paragraph" and article.body[-1] is not apart
                    and _broken(article.body[-1].text, text, article.body[-1] is led)
                ):
                    article.body[-1].text = _join_pieces(article.body[-1].text, text)
                else:
                    article.body.append(Block("paragraph", text))
                if lead:
                    led = article.body[-1]
    inline = _read_trailing_bracket(article)
    if inline is not None:
        names.append(inline)
    for value in names:
        # Closing names are the article's authors when it names none at its head and they
        # follow a lead (``本报讯 4月28日``, the seed's convention) or a role word (``（本报记者
        # 张三）``); otherwise they credit contributors.
        role = byline_line.match(value)
        if not article.bylines and (article.dateline or role and role["role"]):
            article.bylines.append(value)
        else:
            article.credits.append(value)


def _agency_apart(unit: Unit) -> tuple[str, str | None]:
    """A byline unit's byline, and the agency line it wrapped onto if any (``By JAMES CHEN`` /
    ``Associated Press``: the byline ``JAMES CHEN``, the credit ``Associated Press``)."""
    value = unit.value or unit.text
    last = unit.lines[-1].strip() if len(unit.lines) >= 2 else ""
    tail = " " + last
    if not (last and unit.text.endswith(tail) and value.endswith(tail)):
        return value, None
    if not agency_line(unit.text[: -len(tail)], last):
        return value, None
    return value[: -len(tail)], last


#: A word broken by a hyphen at a piece's end, and the rest of it opening the next piece.
_DEHYPHEN = Dehyphen()
_broken_word_end = regex.compile(rf"(\p{{L}}+)[{LINE_END_HYPHENS}]$")
_word_start = regex.compile(r"^\p{Ll}+")


def _join_pieces(before: str, after: str) -> str:
    """Two pieces of one paragraph as one: a word that the column break hyphenated
    (``respon-`` / ``sible``) is joined as ``dehyphen`` joins it across a line."""
    left, right = _broken_word_end.search(before), _word_start.match(after)
    if left is None or right is None:
        return join_lines([before, after])
    hyphen = "-" if _DEHYPHEN.is_compound(left.group(1), right.group()) else ""
    return before[:-1] + hyphen + after


#: A Latin piece that ends on words after its last sentence, the first in lower case (past an
#: opening bracket or quote: ``(or``): no sentence opens so, they are stray words of a justified
#: line that pdfminer set apart.
_stray_words_end = regex.compile(r"(?:^|[.!?][”’\"')\]]*\s)\s*[(\[“‘\"']?\p{Ll}[^.!?]*$")


#: A piece of a paragraph of at most this many words, that stops nowhere, may be a subhead.
SHORT_PIECE_WORDS = 6


def _broken(before: str, after: str, led: bool) -> bool:
    """Whether two paragraph pieces are one paragraph cut by a column break (an inset block or
    a running head between them): the first stops in mid-sentence. Not so before an English
    piece that opens with a capital, where the first ends on stray words (see
    :data:`_stray_words_end`) or is a short piece that stops nowhere (six words or fewer, no
    comma, no word needing another at its end, no bracket left open), unless a dateline lead
    opened it (``led``): a subhead that reflow kept apart (``Configuring with debconf``).
    Joined, they hid paragraph breaks (English pdfminer breaks in split bodies, development
    pages: recall 0.841 -> 0.953, precision 0.969 -> 0.967; pdftotext 0.915 -> 0.924)."""
    if sentence_end.search(before) or trailing_bracket.search(before):
        return False
    if has_cjk(before) or has_cjk(after) or not after[:1].isupper():
        return True
    short = (
        not led and len(before.split()) <= SHORT_PIECE_WORDS and not ends_open(before) and "," not in before
        and open_brackets(before) <= 0
    )
    return not (_stray_words_end.search(before) or short)


def _read_trailing_bracket(article: Article) -> str | None:
    """A bracket closing the last paragraph: names ``（桑萍 王志彬）`` (returned), a credit
    ``（据《…》）`` or a closing dateline ``（新华社北京4月29日电）``."""
    paragraphs = [b for b in article.body if b.kind == "paragraph"]
    if not paragraphs or not (m := trailing_bracket.search(paragraphs[-1].text)):
        return None
    inner, names = m["inner"], None
    if closing_names(paragraphs[-1].text, m):
        names = inner
    elif credit_label.match(inner):
        article.credits.append(inner)
    elif wire_dateline(inner) and article.dateline is None:
        article.dateline = inner
    else:
        return None
    paragraphs[-1].text = paragraphs[-1].text[: m.start()]
    if not paragraphs[-1].text:
        article.body.remove(paragraphs[-1])
    return names
