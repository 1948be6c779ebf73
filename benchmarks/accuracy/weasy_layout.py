"""Lay a :class:`weasy.Draft` out with WeasyPrint and read back what it printed.

Two passes. The first lays the page out on a very tall sheet and reads, from WeasyPrint's box
tree, every line of every element that has an id: its text runs and the room left at its end.
From that come the page height, the ``printed`` line lists of headline blocks, bylines and
captions, the line-end hyphens of English bodies (WeasyPrint inserts them itself:
``hyphens: auto``), and the Chinese paragraphs' justification: WeasyPrint stretches only spaces,
so each Chinese line but a paragraph's last is set again with the room left spread between its
characters as ``letter-spacing`` (a Latin run stays tight inside), each line ended by ``<br>``.
The second pass renders the final page and checks that every line is still the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from . import weasy
from .typeset_zh import tokenize

_CORE = re.compile(r"^([^A-Za-z]*)([A-Za-z][A-Za-z'\u2019-]*[A-Za-z])([^A-Za-z]*)$")
LINE_KEYS = ("kicker", "headline", "subheadline", "byline_lines", "caption")


class LineMismatch(RuntimeError):
    """The second pass broke some lines differently from the first."""


@dataclass
class Line:
    """One printed line: (text, css class) runs and the room left free at its end (CSS px)."""

    runs: list[tuple[str, str]]
    room: float

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.runs)


def _render(html: str):
    import weasyprint  # imported here: slow to import, and only this path needs it

    return weasyprint.HTML(string=html).render()


def read_lines(document) -> tuple[dict[str, list[Line]], float]:
    """Lines of every element with an id, in layout order, and the bottom of the content (px)."""
    from weasyprint.formatting_structure import boxes

    lines: dict[str, list[Line]] = {}
    bottom = 0.0

    def walk(box, owner: str | None, right: float) -> None:
        nonlocal bottom
        if isinstance(box, boxes.BlockBox) and box.element is not None and box.element.get("id"):
            owner, right = box.element.get("id"), box.content_box_x() + box.width
        if isinstance(box, boxes.LineBox):
            texts = [b for b in box.descendants() if isinstance(b, boxes.TextBox)]
            runs = [(b.text, (b.element.get("class") or "") if b.element.tag == "span" else "") for b in texts]
            end = max((b.position_x + b.width for b in texts), default=right)
            if owner is not None and texts:
                lines.setdefault(owner, []).append(Line(runs, right - end))
            bottom = max(bottom, box.position_y + box.height)
            return
        for child in getattr(box, "children", ()):
            walk(child, owner, right)

    for page in document.pages:
        walk(page._page_box, None, 0.0)
    return lines, bottom


def justified_markup(lines: list[Line]) -> str:
    """A Chinese paragraph set line by line: each line but the last spread to the column's
    width by letter-spacing between units (CJK characters, marks, whole Latin runs)."""
    out = []
    for k, line in enumerate(lines):
        last = k == len(lines) - 1
        units = [(u.text, cls) for text, cls in line.runs for u in tokenize(text)]
        spacing = 0.0 if last or len(units) < 2 else max(0.0, line.room - 0.05) / (len(units) - 1)
        parts = []
        for n, (text, cls) in enumerate(units):
            tight = text if n == len(units) - 1 else text[:-1]
            loose = "" if n == len(units) - 1 else text[-1]
            inner = (f'<span class="tight">{weasy.escape(tight)}</span>' if tight else "") + weasy.escape(loose)
            parts.append(f'<span class="{cls}">{inner}</span>' if cls else inner)
        out.append(f'<span style="letter-spacing:{spacing:.3f}px">{"".join(parts)}</span>')
    return "<br>".join(out)


def _word_at(text: str, q: int) -> tuple[str, int]:
    """The word (letters, inner hyphens and apostrophes) around position ``q`` and its offset."""
    start = text.rfind(" ", 0, q) + 1
    end = text.find(" ", q)
    token = text[start : end if end >= 0 else len(text)]
    m = _CORE.match(token)
    if m is None:
        return token, start
    return m.group(2), start + len(m.group(1))


def hyphen_records(text: str, lines: list[Line], hyph: str, lead: int) -> list[dict[str, Any]]:
    """Line-end hyphens of one English paragraph printed as ``text`` in ``lines``.

    A line ending in the hyphenation character that the text does not have there got an
    inserted hyphen (``break``); a line ending at the word's own hyphen is a ``compound``.
    ``lead`` is the length of the printed lead in front of the gold paragraph text.
    """
    out = []
    cursor = 0
    for line in lines[:-1]:
        shown = line.text.strip()
        while cursor < len(text) and text[cursor] == " ":
            cursor += 1
        if text.startswith(shown, cursor):
            cursor += len(shown)
            if not shown.endswith("-") or cursor >= len(text) or text[cursor] == " ":
                continue
            kind = "compound"
        elif shown.endswith(hyph) and text.startswith(shown[:-1], cursor):
            cursor += len(shown) - 1
            kind = "break"
        else:
            raise ValueError(f"line {shown!r} not found at {cursor} of {text[:60]!r}...")
        word, offset = _word_at(text, cursor)
        cut = cursor - offset
        out.append({"left": word[:cut].rstrip("-"), "right": word[cut:], "word": word, "kind": kind,
                    "offset": offset - lead})
    return out


def _gold_lines(d: weasy.Draft, lines: dict[str, list[Line]]) -> None:
    """Fill each item's ``printed`` line lists with the lines WeasyPrint set."""
    for n, item in enumerate(d.gold["items"]):
        for key in LINE_KEYS:
            if f"i{n}-{key}" in lines:
                item["printed"][key] = [ln.text.strip() for ln in lines[f"i{n}-{key}"]]


def _hyphens(d: weasy.Draft, lines: dict[str, list[Line]]) -> list[dict[str, Any]]:
    out = []
    for n, item in enumerate(d.gold["items"]):
        for p, part in enumerate(item["body"]):
            if part["kind"] != "paragraph":
                continue
            runs = weasy.paragraph_inner(item, p)
            lead = len(runs[0][0]) if runs[0][1] == "lead" else 0
            text = "".join(t for t, _ in runs)
            for h in hyphen_records(text, lines[f"i{n}-b{p}"], d.style["hyphenate_character"], lead):
                out.append({**h, "item": n, "para": p})
    return out


def build(d: weasy.Draft) -> tuple[bytes, dict[str, Any]]:
    """The PDF of ``d`` and its gold (lines, hyphens and layout filled in)."""
    first, bottom = read_lines(_render(weasy.page_html(d)))
    markup = {}
    if d.language == "zh":
        for n, item in enumerate(d.gold["items"]):
            for p, part in enumerate(item["body"]):
                if part["kind"] == "paragraph":
                    markup[f"i{n}-b{p}"] = justified_markup(first[f"i{n}-b{p}"])
    height = round(bottom * 0.75 + weasy.MARGIN + 12, 1)  # layout is in CSS px, the page in pt
    document = _render(weasy.page_html(d, markup, height))
    second, _ = read_lines(document)
    changed = [k for k in first if [ln.text.strip() for ln in first[k]] != [ln.text.strip() for ln in second.get(k, [])]]
    if changed or len(document.pages) != 1:
        raise LineMismatch(f"{d.gold['id']}: second pass changed lines of {changed[:3]} or the page count")
    _gold_lines(d, second)
    gold = d.gold
    if d.language == "en":
        gold["hyphens"] = _hyphens(d, second)
    gold["layout"] = weasy.layout_record(d, height)
    # A fixed file identifier (WeasyPrint draws a random one) keeps the PDF reproducible.
    return document.write_pdf(pdf_identifier=gold["id"].encode()), gold


def build_checked(language: str, seed: int, index: int, head_style: str = "drawn") -> tuple[bytes, dict[str, Any]]:
    """:func:`build` of the page, retried with the next attempt number until an English page
    has at least two compound hyphens and two syllable breaks at line ends (as the reportlab
    path requires), and until the second pass reproduces the first's lines."""
    for attempt in range(20):
        try:
            pdf, gold = build(weasy.draft(language, seed, index, attempt, head_style))
        except LineMismatch:
            continue
        kinds = [h["kind"] for h in gold["hyphens"]]
        if language == "zh" or (kinds.count("compound") >= 2 and kinds.count("break") >= 2):
            return pdf, gold
    raise RuntimeError(f"no usable page for {language} seed {seed} page {index} in 20 attempts")
