"""Step 4 of the splitter, last: heading lines go to the article they name.

An extractor that reads a row of articles line by line scatters their headline blocks: a
subtitle comes out under the next article's title, a kicker above another block, half of a
two-phrase title on a line of its own that stays a banner. The pairing (:mod:`.pairing`) cuts
runs into blocks by layout and deals whole blocks. On a page whose headlines name their
articles (:mod:`.cohesion`), by the pairing's measure on the page's pieces and again here on
the articles it made, their pieces merged (on the development pages whose heads were drawn at
random, the second measure alone found cohesion now and then, and cost blocks):

* a line of a block that clearly names another article and hardly fits its own (or a banner's
  line that clearly names an article) goes to the block of the article it names: to the front
  if it is a kicker (closing on its dash, or in capitals), to the end if it is a subtitle
  (opening with a dash), else where its page order puts it, before the subtitle. The Chinese
  lines set tight against it with too few words to name anything go with it: the rest of a
  title wrapped in the middle of a word (``有两个解`` / ``决方案``), which stayed behind and
  headed the other article or became a banner;
* then the lines at either end of a block whose other lines name its article, that name no
  article themselves (by their own words, however their box was measured: a label in capitals
  set tight over a wrapped title) and have no dash, leave the block: a section label over it
  becomes a banner; a section subhead under it the first subhead of its text, but only where
  the block's reading (:func:`.reading.heading_reading`) makes it the subtitle, as a title may
  name its article in other words than its kicker does (on the seed page a title fits its text
  by 0.28). On a page that sets every text box apart (pdfminer's habit, see
  :data:`.boundaries.BOXED_PAGE`) a Chinese line set tight against the next line of its block
  stays: a label stands in a box of its own there, and what sits tight over the title is the
  first half of it (``长版与短版软件`` / ``包都有该等选项``, whose first half shares few words with
  the text). A line set tight under a Chinese line and no wider, read as its wrap, stands alone
  when it names nothing by three words or more of its own (:func:`_unwrap_strays`): a subhead
  put out right under the block (cohesive-heads development pages, Chinese pdftotext blocks
  428 -> 431 of 548).

On the cohesive-heads pages the second step took Chinese pdfminer headline blocks 0.896 ->
0.920, pdftotext 0.738 -> 0.772, English 0.813 -> 0.832 and 0.570 -> 0.598 (taking read titles
off too: 0.925, 0.779, 0.832, 0.603). The wrapped title's rest going with it, and its first half
staying on a boxed page, took Chinese pdfminer blocks 249 -> 255 of 277 on the cohesive-heads
development pages (pdftotext 210 -> 212), and 253 -> 261 of 288 (0.878 -> 0.906) on cohesive-heads
pages never looked at before (each rule alone: 257; pdftotext unchanged at 220); no page whose
headlines do not name their articles moves. Kept tight on pdftotext pages too, the first half
cost 3 blocks there: pdftotext sets a banner tight over the kicker below it.
"""

from __future__ import annotations

from .bodies import Body
from .boundaries import wraps
from .cohesion import FEWEST_WORDS, Cohesion, words
from .reading import heading_reading
from .units import Unit, has_cjk, in_capitals

#: How much better than the page's other articles a line must fit an article to move to its
#: block (the clear fit of :mod:`.cohesion` is 0.5 for a Chinese line; 0.5 and 0.7 moved fewer
#: lines right on the cohesive-heads pages: Chinese pdftotext headline blocks 0.728 and 0.721
#: against 0.738). A Latin line of too few words to be measured so (an English kicker in
#: capitals) is measured by its own two or more (see :meth:`.cohesion.Cohesion.names`: English
#: pdftotext headline blocks 0.562 -> 0.621 on all the cohesive-heads pages, pdfminer 0.843 ->
#: 0.853). A block may leave its body with none: kept there (the body a piece of the article
#: whose lead holds the block's words), the pages lost more than they won (English pdftotext
#: 0.621 -> 0.526).
MOVE = 0.6


def rehome(items: list[Body | list[Unit]], order: dict[int, int], boxed: bool = False) -> list[Body | list[Unit]]:
    """``items`` (bodies with their blocks, and banners) with the heading lines that name another
    article moved into its block, and the lines that name none taken off the ends of blocks;
    banners left empty are dropped. ``order``: each unit's place on the page (by id);
    ``boxed``: the page's extractor sets every text box apart."""
    bodies = [item for item in items if isinstance(item, Body)]
    banners = [item for item in items if not isinstance(item, Body)]
    cohesion = Cohesion(bodies, [body.heading for body in bodies if body.heading] + banners)
    if not cohesion.shown:
        return items
    by_id = {id(body): body for body in bodies}
    moves: list[tuple[list[Unit], list[Unit], Body]] = []
    taken: set[int] = set()
    for owner, block in [(body, body.heading) for body in bodies] + [(None, banner) for banner in banners]:
        lines = wraps(block)
        for i, line in enumerate(lines):
            target = cohesion.names(line, MOVE)
            if target is None or (owner is not None and (target == id(owner) or not cohesion.fits_little(line, owner))):
                continue
            moving = [unit for unit in _with_silent_neighbours(lines, i, cohesion) if id(unit) not in taken]
            if moving:
                taken.update(id(unit) for unit in moving)
                moves.append((moving, block, by_id[target]))
    for line, block, target in moves:
        moved = {id(unit) for unit in line}
        block[:] = [unit for unit in block if id(unit) not in moved]
        _insert(target.heading, line, order)
    out: list[Body | list[Unit]] = []
    for item in items:
        if isinstance(item, Body):
            label = _evict(item, cohesion, boxed)
            if label:
                out.append(label)
        if isinstance(item, Body) or item:
            out.append(item)
    return out


def _with_silent_neighbours(lines: list[list[Unit]], i: int, cohesion: Cohesion) -> list[Unit]:
    """Line ``i`` of a block (with its wraps) and the Chinese lines set tight against it that
    have too few words to name any article: the rest of a title that wrapped in the middle of a
    word (``有两个解`` / ``决方案``), which goes where the title goes."""
    start, end = i, i + 1
    while start > 0 and not lines[start][0].blank_before and _silent(lines[start - 1], cohesion):
        start -= 1
    while end < len(lines) and not lines[end][0].blank_before and _silent(lines[end], cohesion):
        end += 1
    return [unit for line in lines[start:end] for unit in line]


def _silent(line: list[Unit], cohesion: Cohesion) -> bool:
    """Whether a Chinese line (with its wraps) has too few words to fit any article."""
    return has_cjk(line[0].text) and not cohesion.speaks(line)


def _evict(body: Body, cohesion: Cohesion, boxed: bool) -> list[Unit]:
    """Take the lines that name nothing off the ends of ``body``'s block, where its other lines
    name its article: the leading ones are a label over the block (returned, a banner), the
    trailing ones, where the block's reading makes them its subtitle, the first subhead of its
    text (put back at its start). On a ``boxed`` page a Chinese line set tight against the
    block's next line inward stays (see the module docstring)."""
    lines = _unwrap_strays(wraps(body.heading), cohesion, body)
    named = [i for i, line in enumerate(lines) if cohesion.clearly(line) == id(body)]
    if not named:
        return []

    def stray(k: int, inward: int) -> bool:
        """Whether line ``k`` leaves the block (``inward``: its neighbour toward the named lines)."""
        line = lines[k]
        if boxed and has_cjk(line[0].text) and not lines[max(k, inward)][0].blank_before:
            return False
        return not _dashed(line) and cohesion.names_nothing(line, body)

    first = 0
    while first < named[0] and stray(first, first + 1):
        first += 1
    last = len(lines)
    while last > named[-1] + 1 and stray(last - 1, last - 2):
        last -= 1
    if last < len(lines) and len(body.kicker) + sum(len(line) for line in lines[:last]) < heading_reading(
        body.kicker + body.heading
    )[1]:
        last = len(lines)  # read as the title: one that names its article in other words than its kicker
    if not any(_may_be_title(line) for line in lines[first:last]):
        return []  # a title that names its article in other words than the rest of its block
    label = [unit for line in lines[:first] for unit in line]
    subheads = [unit for line in lines[last:] for unit in line]
    body.heading = [unit for line in lines[first:last] for unit in line]
    body.units[:0] = subheads
    return label


def _unwrap_strays(lines: list[list[Unit]], cohesion: Cohesion, body: Body) -> list[list[Unit]]:
    """``lines`` with the lines that a Chinese line took for its wraps (set tight under it, no
    wider: see :func:`.boundaries.wraps`) standing alone from the first that names nothing by
    words enough of its own: a subhead of the text put out right under the block
    (``——这里有一些提示`` / ``安装需要的专有固件``), which :func:`_evict` may then take off. The
    rest of a line that wrapped names its article as the line does, or is too short to name
    anything (``有两个解`` / ``决方案``); a title's rest that names nothing stays, as the title
    does."""
    out: list[list[Unit]] = []
    for line in lines:
        if len(line) > 1 and has_cjk(line[0].text):
            at = next((j for j in range(1, len(line)) if _names_nothing_itself(line[j:], cohesion, body)), len(line))
            out += [line[:at], line[at:]] if at < len(line) else [line]
        else:
            out.append(line)
    return out


def _names_nothing_itself(line: list[Unit], cohesion: Cohesion, body: Body) -> bool:
    """Whether ``line`` has ``FEWEST_WORDS`` words at least and names no article by them."""
    return len(words(" ".join(unit.text for unit in line))) >= FEWEST_WORDS and cohesion.names_nothing(line, body)


def _may_be_title(line: list[Unit]) -> bool:
    """Whether a line (with its wraps) has a title's form: no kicker's or subtitle's dash, not
    in capitals (an English kicker)."""
    return not (_dashed(line) or in_capitals.match(line[0].text))


def _dashed(line: list[Unit]) -> bool:
    """Whether a line (with its wraps) has a Chinese kicker's or subtitle's form: it closes on a
    dash, or opens with one."""
    return line[0].text.startswith("——") or line[-1].text.endswith("——")


def _kicker_form(first: str, last: str) -> bool:
    """Whether a line opening with ``first`` and closing with ``last`` has a kicker's form: it
    closes on a dash (and opens with none), or it is in capitals."""
    return (last.endswith("——") and not first.startswith("——")) or bool(in_capitals.match(first))


def _insert(block: list[Unit], line: list[Unit], order: dict[int, int]) -> None:
    """Put ``line`` into ``block`` where its form says: a kicker (closing on its dash, or an
    English one in capitals) first, after the kicker lines above it on the page (the lines of a
    kicker that wrapped, ``NON-TECHNICAL`` / ``PRESENTATION``, come one by one), a subtitle
    (opening with a dash) last, any other line where its page order puts it among the lines
    that are neither, before the subtitle."""
    place = order.get(id(line[0]), len(order))
    if _kicker_form(line[0].text, line[-1].text):
        at = 0
        while at < len(block) and _kicker_form(block[at].text, block[at].text) and order.get(id(block[at]), place) < place:
            at += 1
        block[at:at] = line
        return
    if line[0].text.startswith("——"):
        block.extend(line)
        return
    at = next(
        (i for i, unit in enumerate(block) if order.get(id(unit), place) > place and not unit.text.endswith("——")),
        len(block),
    )
    while at > 0 and block[at - 1].text.startswith("——"):
        at -= 1
    block[at:at] = line
