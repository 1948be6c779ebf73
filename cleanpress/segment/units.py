"""What a unit is: one paragraph of a cleaned page, or one line that stands alone (a running
head, a byline, a continuation marker, a closing credit, a heading), with the physical lines it
was joined from.

:func:`classify` tells the kind of a unit by the conventions of the page (the patterns below:
running heads, bylines, markers, credits, names, closing datelines, sentence ends). The
conventions every later step shares live here too: the dateline lead an article opens with
(``本报讯（记者 秦颖）``, ``LONDON —``), what opens and what closes an article, and how the
printed lines of one title join.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

import regex

from ..text import CJK, EN_DATE, EN_WEEKDAY, LINE_END_HYPHENS, display_width, either_script


class Kind(enum.Enum):
    FOLIO = "folio"  # running head: date, weekday, section, page number
    BYLINE = "byline"  # a byline on a line of its own
    CONTINUED_FROM = "continued_from"
    CONTINUED_TO = "continued_to"
    CREDIT = "credit"  # closing source credit on its own line: （据《河南日报》）, Additional reporting by
    NAMES = "names"  # （桑萍 王志彬） on its own line: closing author names
    CLOSING_DATELINE = "closing_dateline"  # （新华社北京4月29日电）
    CAPTION = "caption"  # a photo caption or credit line: text of the article, kept apart
    HEADING = "heading"  # short, no sentence end: headline, kicker, subtitle, subhead, banner
    PARAGRAPH = "paragraph"


_NUM = r"[0-9一二三四五六七八九十百零〇两]+"
_MARKER = "□■◎●◆▲★"
_WEEKDAY = "星期[一二三四五六日天]"
_ZH_DATE = r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)"
#: A running head's date, weekday and lunar date, alone or together (``2024年5月1日 星期三
#: 农历三月廿三``, ``二〇二四年五月一日``), or an English one.
_folio_date = regex.compile(either_script(
    rf"^(?:(?:{_ZH_DATE}\s*)?(?:{_WEEKDAY}\s*)?(?:农历\S{{2,12}})?(?<=\S)|{EN_DATE}|{EN_WEEKDAY})$"
))
#: A Chinese page, ``第2版``, and a metro paper's, ``A1版``, ``第A01版``.
_ZH_PAGE = rf"第?\s*(?:[A-H]\s*)?{_NUM}\s*版"
_PAGE_NUMBER = rf"{_ZH_PAGE}|(?:Page\s+)?[A-H]\s?\d{{1,2}}|Page\s+\d{{1,3}}"
_folio_page = regex.compile(rf"^(?:{_PAGE_NUMBER})$")
#: One piece of a running head set on one line with others (``A3 | Tuesday, May 6, 2025 | The
#: Daily Courier``, ``2024年5月1日 星期三 第3版 要闻``): a date (English dates hold spaces: found
#: first, see :func:`cleanpress.segment.folio.running_head_line`), a weekday, a lunar date or a
#: page number.
en_date = regex.compile(EN_DATE)
folio_piece = regex.compile(either_script(rf"{_ZH_DATE}|{_WEEKDAY}|{EN_WEEKDAY}|农历\S{{2,12}}|{_PAGE_NUMBER}"))
#: The page's staff, at its foot or head (``责任编辑：王五 美术编辑：赵六 校对：孙七``): the page's, no
#: article's.
_STAFF = either_script(r"(?:责任编辑|本版编辑|责编|编辑|美术编辑|美编|图片编辑|版式设计|版式|组版|校对|审读|制图)")
_folio_staff = regex.compile(rf"^(?:{_STAFF}\s*[:：]\s*[{CJK}·]{{2,8}}(?:[ 、][{CJK}·]{{2,8}})*\s*)+$")


#: A staff role before names; a column named after the reporter (``记者手记``, ``记者观察``) is none.
_ROLE = either_script(
    r"(?:本报|新华社|\S{2,6}日报|\S{2,6}晚报)?(?:首席|特约|见习|驻\S{1,4})?(?:记者|通讯员|实习生|摄影)"
    r"(?!手记|观察|调查|札记|日记|随笔|视角|连线|直击|探访|追踪|体验|走访|再访)"
)
#: What a byline credits, before the names: text, photos or both (``文/张三 图/李四``).
_CREDITS = r"(?:文\s*[/／·]?\s*图|图\s*[/／·]?\s*文|[文图])"
_CREDIT_MARK = rf"{_CREDITS}\s*[/／:：]"  # (in _BY, which gives both scripts)
#: A byline's credit and role before the names: ``文/图 本报记者``, ``记者：``, ``文/``, ``图/``.
_BY = either_script(rf"(?:(?:{_CREDITS}\s*[/／:：]?\s*)?{_ROLE}\s*[/／:：]?|{_CREDIT_MARK})\s*")
#: A byline line: a marked one (``□本报记者 柯其其``), a role and names (``本报记者 张三``), an
#: English ``By …``, ``Story by …`` or ``From staff reports``.
byline_line = regex.compile(
    rf"^(?:[{_MARKER}]\s*(?P<marked>\S.{{1,40}})"
    rf"|(?P<role>{_BY}[{CJK}]{{2,4}}(?:\s+(?:{_BY})?[{CJK}]{{2,4}})*)"
    r"|(?:By|BY)\s+(?P<english>[\p{Lu}].{1,80})"
    r"|(?P<english>(?:Story|Text|Words|Written)\s+(?i:by)\s+[\p{Lu}].{1,80}"
    r"|(?i:(?:from\s+)?(?:staff|wire|staff\s+and\s+wire|news\s+services?)\s+reports)))$"
)
#: An English page reference (``Page A4``, ``A6``, ``P. 12``; after "continued", ``Page`` alone:
#: its number wrapped onto the next line); after a word that does not say "continued" a bare
#: number is no page (``From 10``).
_PAGE = r"(?:(?i:page)(?:\s+\w+)?|(?i:p\.\s*)\w+|[A-Z]?\d{1,3})"
_NAMED_PAGE = r"(?:(?i:page\s+|p\.\s*)\w+|[A-Z]\d{1,3})"
#: A jump line's slug: a word or two in capitals (``BUDGET``).
_SLUG = r"\p{Lu}[\p{Lu} '-]*"
#: "Continued from" lines: ``（上接第一版）``, ``Continued from Page A1``, and the jump heads of
#: American papers, ``From Page A1``, ``BUDGET, from A1``.
_continued_from = regex.compile(either_script(
    rf"^[（(]?\s*(?P<m>(?:上接|紧接|接)\s*{_ZH_PAGE}|(?i:continued\s+from)\s+{_PAGE}|(?i:from)\s+{_NAMED_PAGE}"
    rf"|{_SLUG},?\s+(?i:from)\s+{_NAMED_PAGE})\s*[）)]?\.?$"
))
#: "Continued on" lines: ``（下转第二版）``, ``Continued on Page A4``, and jump lines, ``See
#: BUDGET, Page A6``, ``Turn to BUDGET, Page A6``.
_continued_to = regex.compile(either_script(
    rf"^[（(]?\s*(?P<m>(?:下转|转)\s*{_ZH_PAGE}|(?i:continued\s+on)\s+{_PAGE}"
    rf"|(?i:(?:please\s+)?see|turn\s+to)\s+{_SLUG},?\s+(?i:on\s+)?{_NAMED_PAGE})\s*[）)]?\.?$"
))
#: What opens a credit in a closing bracket: a source's label, ``据《河南日报》``,
#: ``来源：人民日报``, ``（本报综合）``, ``（综合新华社、中新社报道）``, or the article's editor's,
#: ``责任编辑：李四``.
credit_label = regex.compile(either_script(rf"^(?:据|本报综合|综合|(?:来源|稿源|{_STAFF})\s*[：:])"))
#: A source credit on a line of its own, no bracket: ``来源：人民网``, ``据新华社`` (not ``据新华社电``,
#: a dateline lead set alone).
_source_line = regex.compile(either_script(
    r"^(?:(?:来源|稿源)\s*[：:]\s*[^，。；！？\s]{2,20}|据[^，。；！？\s]{2,12}(?:社|报|网|台|报道|消息))$"
))
_closing_dateline = regex.compile(either_script(r"^（(?P<m>[^（）]{2,24}电)）$"))
#: A photo's credit line: ``(AP Photo/Jane Doe)``, ``Photo: Jane Doe/Reuters``, ``Jane Doe/Getty
#: Images``, ``JANE DOE/REUTERS``, ``本报记者 张三 摄``. It stands by its photo, anywhere in an article: text, no heading.
_AGENCY = (  # as printed or in capitals (``JANE DOE/REUTERS``)
    r"(?i:Reuters|AP|AFP|EPA|Xinhua|Bloomberg|Getty Images"
    r"|(?:The\s+)?[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,3}\s+(?:Times|Post|News|Press|Images|Journal))"
)
_photo_credit = regex.compile(either_script(
    rf"^[（(]?(?:(?:{_AGENCY}\s+)?(?i:photo(?:graph)?s?)\s*(?:[:/]|(?i:by))\s*\S.{{0,60}}"
    rf"|(?:[\p{{Lu}}][\p{{L}}.'-]*\s+){{1,3}}[\p{{Lu}}][\p{{L}}.'-]*\s*/\s*{_AGENCY}"
    rf"|{_ROLE}\s*[{CJK}]{{2,4}}(?:\s+[{CJK}]{{2,4}})*\s*摄)[）)]?$"
))
#: A Chinese photo caption: after a pointer (``▲ 招聘会现场。``) or ``图为``/``上图：``, or closed by
#: the photographer's credit (``…人头攒动。 本报记者 李四 摄``, ``…现场。（张三 摄）``).
_zh_caption = regex.compile(either_script(
    rf"^(?:[▲△▼▽◀▶]\s*\S|(?:[上下左右中]|本版)?图(?:\d{{1,2}}|[一二三四五六])?[为：:]).*"
    rf"|^.*\S\s*(?:{_ROLE}\s*[{CJK}]{{2,4}}(?:\s+[{CJK}]{{2,4}})*\s*摄|（[{CJK}]{{2,4}}(?:\s+[{CJK}]{{2,4}})*\s*摄）)$"
))
#: The number that opens a section subhead of a Chinese article (``一、``, ``（二）``, ``3．``):
#: no headline starts with one.
numbered_subhead = regex.compile(r"^(?:[一二三四五六七八九十]{1,3}[、．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、．])\S")
#: The mark that closes a wire story: ``（完）``.
_end_mark = regex.compile(r"^[（(]完[）)]$|^-?\s*(?:30|###|END)\s*-?$")
#: A bracketed line, in full-width brackets or, round Chinese text, in ASCII ones (``(记者 张三)``:
#: OCR and some typesetting set them so; round Latin text they are no wrapper of ours).
_bracketed_line = regex.compile(rf"^(?:（(?P<m>[^（）]{{1,60}})）|\((?P<m>[^()]{{0,59}}[{CJK}][^()]{{0,59}})\))$")
_NAME = r"[\p{Lu}][\p{L}.'-]*(?:\s+[\p{Lu}][\p{L}.'-]*){0,3}"
_NAMES = rf"{_NAME}(?:(?:,\s*(?:and\s+)?|\s+and\s+){_NAME})*"
#: A closing credit line of an English story: ``Additional reporting by …``, ``Jane Doe and John
#: Roe contributed reporting.``, ``John Smith in Paris contributed reporting.``, ``Ann Lee
#: contributed reporting from London.``, ``Staff writer Ann Lee contributed to this report.``,
#: ``Contributing: Ben Cole, Ann Lee``, a wire's ``Reporting by Ann Lee; Editing by Ben Cole``
_CREW = r"(?:Reporting|Writing|Editing|Additional reporting)\s+by"
_STAFF_TITLE = (
    r"(?:(?:Staff|Contributing|Special|Wire|Freelance)\s+(?:writer|reporter|correspondent|photographer)s?\s+)"
)
english_credit = regex.compile(
    rf"^(?:Additional reporting by [^.]{{3,80}}\.?|Contributing(?: writers?| reporters?)?:\s+{_NAMES}\.?"
    rf"|{_CREW}\s+{_NAMES}(?:\s+in\s+{_NAME})?(?:[;,]\s+{_CREW}\s+{_NAMES})*\.?"
    rf"|{_STAFF_TITLE}?{_NAMES}(?:\s+(?:in|from)\s+{_NAME})?"
    rf"\s+contributed\s+(?:reporting|research|to this (?:report|article|story))(?:\s+from\s+{_NAME})?\.?)$"
)
#: A closing credit set after a dash: the agency or paper the story came from (``— The
#: Associated Press``, ``—Reuters``).
_dash_credit = regex.compile(rf"^[—–]\s*(?P<m>{_AGENCY})\.?$")
zh_names = regex.compile(rf"^[{CJK}]{{2,4}}(?: [{CJK}]{{2,4}})*$")
sentence_end = regex.compile(r"[。！？!?.…：:；;][”’」』）)\"']*(?:\s*（[^（）]{1,40}）)?$")
#: A word broken at a line end (``a complete net-``): the line goes on with the rest of it. The
#: mark is any that :mod:`cleanpress.filters.dehyphen` reads (``LINE_END_HYPHENS``).
broken_word = regex.compile(rf"\p{{Ll}}[{LINE_END_HYPHENS}]$")
_heading_width = {"cjk": 40.0, "latin": 70.0}
#: A Latin line in capitals (an English kicker, banner or section name): two words, or one long.
in_capitals = regex.compile(r"^(?=.*\p{Lu}{2})[\p{Lu}\d][\p{Lu}\d &'’/:,.-]*$")


@dataclass
class Unit:
    """One unit of the page and the physical lines it was joined from."""

    text: str
    kind: Kind
    value: str | None = None  # for markers, credits, bylines: the text without wrappers
    lines: list[str] = field(default_factory=list)
    blank_before: bool = False  # a blank line came before its first line
    blanks_inside: int = 0  # lines after its first that followed a blank line
    other_flow: bool = False  # opens with a line that goes on another article's sentence (Latin)
    new_flow: bool = False  # opens with a line that opens another article's text block (Latin)
    boxed: bool = False  # all its lines stand in a box of heading lines (CJK; see segment.lines)
    headline: float | None = None  # Latin pages: the line model's least chance over its lines


#: No byline, marker, credit or running head is longer (in characters): longer units are text,
#: and the patterns that read furniture are not tried on them (some take time quadratic in a
#: unit's length, and a paragraph can be a whole page long).
LONGEST_FURNITURE = 200


#: The forms of Chinese titles that hold a mark running text holds too: a speaker or a label
#: before a colon (``专家：多措并举稳就业``, no mark after it: an interview's ``记者：…？`` is text),
#: or one exclamation or question mark closing a short title (``春季招聘会来了！``,
#: ``房价还会上涨吗？``). No other clause or sentence mark, no bracket or quote: a piece of a
#: paragraph holds them.
_NOT_IN_TITLE = r"[^，。；;,.（）()「」“”：:！？!?]"
_zh_title_form = regex.compile(
    rf"^(?:[{CJK}·]{{1,8}}[：:](?={_NOT_IN_TITLE}*[{CJK}]{_NOT_IN_TITLE}*$){_NOT_IN_TITLE}{{4,30}}"
    rf"|(?={_NOT_IN_TITLE}*[{CJK}]){_NOT_IN_TITLE}{{3,20}}[！？!?])$"
)


def classify(text: str) -> Unit:
    """What one unit of a cleaned page is (a folio here is a date or a page number only: a
    section name is a folio only beside the others, see :func:`cleanpress.segment.folio.find_folio`)."""
    if len(text) <= LONGEST_FURNITURE and (unit := _furniture(text)) is not None:
        return unit
    cjk = has_cjk(text)
    if (
        not sentence_end.search(text)
        and display_width(text) <= _heading_width["cjk" if cjk else "latin"]
        and not _reads_as_running_text(text)
    ) or _zh_title_form.match(text):
        return Unit(text, Kind.HEADING, text, [text])
    return Unit(text, Kind.PARAGRAPH, text, [text])


def _furniture(text: str) -> Unit | None:
    """The unit ``text`` is if it is a photo credit, a byline, a marker, a credit, closing names
    or dateline, an end mark or a running head's date or page number; else None."""
    if _photo_credit.match(text) or _zh_caption.match(text):  # before bylines: ``本报记者 张三摄``
        return Unit(text, Kind.CAPTION, text, [text])  # (despace joins the 摄), ``▲ …``
    if match := byline_line.match(text):
        if not sentence_end.search(text) or match["english"] and len(text) < 60 and text.endswith("."):
            value = match["marked"] or match["role"] or match["english"]
            return Unit(text, Kind.BYLINE, value.strip(), [text])
    for pattern, kind in ((_continued_from, Kind.CONTINUED_FROM), (_continued_to, Kind.CONTINUED_TO)):
        if match := pattern.match(text):
            return Unit(text, kind, match["m"], [text])
    if match := _closing_dateline.match(text):
        return Unit(text, Kind.CLOSING_DATELINE, match["m"], [text])
    if match := _bracketed_line.match(text):
        inner = match["m"]
        if credit_label.match(inner):
            return Unit(text, Kind.CREDIT, inner, [text])
        if zh_names.match(inner) or ((by := byline_line.match(inner)) and by["role"]):
            return Unit(text, Kind.NAMES, inner, [text])
    if english_credit.match(text) or _source_line.match(text):
        return Unit(text, Kind.CREDIT, text, [text])
    if match := _dash_credit.match(text):
        return Unit(text, Kind.CREDIT, match["m"], [text])
    if _end_mark.match(text):
        return Unit(text, Kind.PARAGRAPH, text, [text])  # text that closes an article (ends_article)
    if _folio_date.match(text) or _folio_page.match(text) or _folio_staff.match(text):
        return Unit(text, Kind.FOLIO, text, [text])
    return None


#: A sentence that ends inside a line and another that starts after it (two sentences, not one),
#: a closing bracket or quote before or after the full stop (``(the PVs). A VG``).
mid_sentence_end = regex.compile(
    r"[。！？][^”’」』）)\s]|(?:\p{Ll}{2}|\p{Ll}[)\]”’\"])[.!?]\s+\p{Lu}|\p{Ll}[.!?][)\]”’\"]\s+\p{Lu}"
)
#: The marks that part the clauses of a Chinese sentence (see :func:`_reads_as_running_text`).
clause_mark = regex.compile(r"[，；：]")
#: A closing bracket or quote; ``’`` before a letter is an apostrophe (``Wouldn’t``), no quote.
_CLOSER = r"(?:[）)”》」』]|’(?!\p{L}))"
unclosed = regex.compile(rf"[（(“‘《「『](?:(?!{_CLOSER}).)*$|^[^（(“‘《「『]*?{_CLOSER}")
#: A line that stops on a word broken by a hyphen (``in-``: titles are set without
#: hyphenation, see :data:`broken_word`) or on a possessive (``Linux’s``, whose noun is on the
#: next line).
_unfinished_word = regex.compile(rf"{broken_word.pattern}|\p{{L}}[’']s$")


def _reads_as_running_text(text: str) -> bool:
    """Whether a short unpunctuated unit is a piece of a paragraph rather than a heading: it
    opens with a dateline lead, holds a sentence end or a clause mark (headlines seldom do,
    and those that do are known by the box they stand in: see
    :func:`cleanpress.segment.lines._boxed_title`), leaves a bracket or quote open (or closes
    one it never opened), or ends on a word broken by a hyphen or on a possessive. Extractors
    cut such pieces off when a column breaks or a line is set unusually."""
    if text.startswith("——") or text.endswith("——"):
        return False
    if (lead := zh_lead.match(text)) and (lead["dateline"] in _PAPER_LEADS or "（" in text[:30] or text[0] in "〔【"):
        return True
    if en_lead.match(text) and not en_lead.fullmatch(text):
        return True
    return bool(
        mid_sentence_end.search(text) or (has_cjk(text) and clause_mark.search(text)) or unclosed.search(text)
        or _unfinished_word.search(text)
    )


_cjk_char = regex.compile(f"[{CJK}]")


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds a CJK character."""
    return bool(_cjk_char.search(text))


# --- what opens and what closes an article ------------------------------------------------------

STARTS = (Kind.BYLINE, Kind.CONTINUED_FROM)
ENDS = (Kind.CREDIT, Kind.NAMES, Kind.CLOSING_DATELINE, Kind.CONTINUED_TO)

#: Places of three characters or more that open a Central News Agency dateline (a reporter's
#: name and the place run together there, and the name is taken to leave two characters for
#: any other place: ``王大明台北``), in both scripts.
_CNA_PLACES = (
    "华盛顿|華盛頓|洛杉矶|洛杉磯|旧金山|舊金山|莫斯科|新加坡|吉隆坡|雅加达|雅加達|新德里|布鲁塞尔|布魯塞爾|日内瓦|日內瓦"
    "|多伦多|多倫多|温哥华|溫哥華|芝加哥|休士顿|休士頓|耶路撒冷|法兰克福|法蘭克福|墨尔本|墨爾本|伊斯坦堡|胡志明市"
)
_CNA_DATE = r"(?:\d{1,2}月)?\d{1,2}日专?电"
#: A Chinese dateline lead and the byline after it: in a bracket (``本报讯（记者 秦颖）``,
#: ``新华社北京4月29日电（记者 张三）``; a news site's ``人民网北京5月1日电``; a regional paper's
#: ``羊城晚报讯``) or unbracketed before 报道 (``羊城晚报讯 记者张三 通讯员李四报道：``, its 报道 a
#: wrapper as ``By`` is); a dateline in black brackets (``【新华社北京5月1日电】``, Hong Kong's
#: ``【明報專訊】``); or, as Taiwan's papers set it, byline and dateline in one bracket
#: (``〔記者張三／台北報導〕``, ``【記者張三／綜合報導】``, the Central News Agency's
#: ``（中央社記者王大明台北5日電）`` and ``（中央社台北5日電）``).
_ZH_DATELINE = (
    rf"本报讯|本报[^\s，。（】〕]{{1,12}}[电讯]|[{CJK}]{{2,8}}报讯|"
    r"据?新华社[^\s，。（】〕]{0,16}电|[^\s，。（【〔]{2,10}社[^\s，。（】〕]{1,16}电"
    r"|[^\s，。（\d【〔]{1,8}网[^\s，。（\d】〕]{0,8}\d{1,2}月\d{1,2}日电"
)
#: A Hong Kong paper's lead, in black brackets: ``【明報專訊】``, ``【星島日報報道】``.
_HK_LEAD = r"[^\s，。（【〔】〕]{1,8}(?:专讯|讯|报道)"
zh_lead = regex.compile(either_script(
    rf"^(?:(?:(?P<dateline>{_ZH_DATELINE})|[【〔](?P<dateline>{_ZH_DATELINE}|{_HK_LEAD})[】〕])"
    rf"\s*(?:（(?P<by>[^（）]{{1,40}})）|(?P<by>(?:{_BY}[{CJK}]{{2,4}}\s*)+?)报[道导][：:，,]?)?"
    r"|[〔【](?P<by>[^〔〕【】／/]{2,30})[／/](?P<dateline>[^〔〕【】／/\s]{2,12}(?:报导|报道|电))[〕】]"
    rf"|（(?P<by>中央社记者[^（）\d\s]{{2,12}}?)(?P<dateline>(?:{_CNA_PLACES}){_CNA_DATE})）"
    rf"|（(?P<by>中央社记者[^（）\d\s]{{2,12}})(?P<dateline>[^（）\d\s、]{{2,3}}{_CNA_DATE})）"
    rf"|（(?P<dateline>中央社[^（）\d\s]{{2,6}}{_CNA_DATE})）)\s*"
))
#: The paper's own lead, in either script: it opens running text even without a bracket.
_PAPER_LEADS = frozenset({"本报讯", "本報訊"})


def wire_dateline(text: str) -> bool:
    """Whether a closing bracket's text is a wire dateline (``新华社北京4月29日电``)."""
    return text[-1:] in ("电", "電")


#: A news agency or network that may open a story with no place before it (``(CNN) —``).
_WIRE = r"(?:CNN|AP|AFP|Reuters|Bloomberg|UPI|dpa|Xinhua|NBC|ABC|CBS|BBC)"
#: A month in a wire dateline (``PARIS, Jan. 5 (AFP) —``).
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
#: A wire dateline (``LONDON —``, ``WASHINGTON (AP) —``, ``PARIS, Jan. 5 (AFP) —``, ``(CNN) —``,
#: ``SAN JUAN, Puerto Rico (AP) —``, ``HONG KONG/SHANGHAI (Reuters) -``; wire plain
#: text sets the dash after the agency as a hyphen, ``LONDON (Reuters) -``) alone or before
#: running text (or the one-letter word a line break left it, ``— A``): a line in capitals on
#: both sides of its dash (``FLEX — A BETTER LEX``) is a heading.
en_lead = regex.compile(
    r"^(?P<dateline>[\p{Lu}][\p{Lu}.'/-]*(?:\s+[\p{Lu}][\p{Lu}.'/-]*){0,3}(?:,\s*[\p{Lu}][\p{L}.]+(?:\s+[\p{Lu}][\p{L}.]+)?)?"
    rf"(?:,\s*{_MONTH}\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?)?(?:\s*\([\p{{L}} .]+\))?|\({_WIRE}\))"
    rf"\s*(?:—|–|--|(?<=\)\s)-(?=\s))\s*(?=$|.*\p{{Ll}}|\p{{Lu}}$)"
)
trailing_bracket = regex.compile(rf"\s*(?:（(?P<inner>[^（）]{{1,40}})）|\((?P<inner>[^()]{{0,39}}[{CJK}][^()]{{0,39}})\))$")
#: Names in a bracket after a sentence end whose separating space the line break took away
#: (``。（薛丽林`` / ``杨峰磊）``).
_joined_names = regex.compile(rf"(?<=[。！？…][”’」』]?\s*（)[{CJK}]{{4,8}}(?=）$)")


def closing_names(text: str, match: regex.Match[str]) -> bool:
    """Whether a paragraph's closing bracket holds names."""
    inner = match["inner"]
    return not credit_label.match(inner) and bool(zh_names.match(inner) or _joined_names.search(text))


def dateline_lead(text: str) -> regex.Match[str] | None:
    """The dateline lead ``text`` opens with (``本报讯（记者 秦颖）``, ``LONDON —``), if any."""
    return zh_lead.match(text) or en_lead.match(text)


def starts_article(unit: Unit) -> bool:
    """Whether ``unit`` opens an article: a byline, "continued from", a paragraph with a dateline lead."""
    return unit.kind in STARTS or (unit.kind is Kind.PARAGRAPH and dateline_lead(unit.text) is not None)


def ends_article(unit: Unit) -> bool:
    """Whether ``unit`` closes an article: a credit, names, a closing dateline, "continued on", an
    end mark (``（完）``), or a paragraph that ends with a bracket of names, a credit or a
    dateline."""
    if unit.kind in ENDS or (unit.kind is Kind.PARAGRAPH and _end_mark.match(unit.text)):
        return True
    if unit.kind is Kind.PARAGRAPH and (m := trailing_bracket.search(unit.text)):
        lead = dateline_lead(unit.text)
        if lead is not None and lead.end() >= m.end() - 1:
            return False  # the lead's own bracket (新华社昆明11月1日电（记者 龙华文）, its line alone)
        return closing_names(unit.text, m) or bool(credit_label.match(m["inner"])) or wire_dateline(m["inner"])
    return False


# --- the printed lines of one title -------------------------------------------------------------


def title_case(text: str) -> float:
    """The share of a text's words of four letters or more that start with a capital."""
    words = [w for w in regex.findall(r"\p{L}+", text) if len(w) >= 4]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def join_lines(lines: list[str]) -> str:
    """Printed lines of one title: nothing between CJK, a space between Latin words."""
    out = lines[0]
    for line in lines[1:]:
        out += ("" if has_cjk(out[-1]) or has_cjk(line[0]) else " ") + line
    return out
