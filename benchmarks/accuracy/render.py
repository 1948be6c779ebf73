"""Draw a list of :class:`layout.Op` into a one-page PDF with reportlab.

Operations are written to the content stream in list order, which is what decides the order
of text for extractors that follow the stream (and influences the others). Every text op is its
own ``BT ... ET`` object positioned absolutely; English lines carry ``Tw`` word spacing,
compressed Chinese punctuation ``Tz 50``.
The PDF is byte-for-byte reproducible (``invariant=1``).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen import canvas

from . import fonts
from .layout import Op


def render(ops: list[Op], width: float, height: float, path: Path) -> None:
    fonts.register_cjk_fonts()
    c = canvas.Canvas(str(path), pagesize=(width, height), invariant=1, pageCompression=1)
    c.setTitle(path.stem)
    # Tw and Tz are graphics-state parameters that outlive a text object: track and reset them.
    word_space, hscale = 0.0, 100.0
    for op in ops:
        if op.kind == "text":
            t = c.beginText()
            t.setTextOrigin(op.x, height - op.y)
            t.setFont(op.font, op.size)
            if op.word_space != word_space:
                t.setWordSpace(op.word_space)
                word_space = op.word_space
            if op.hscale != hscale:
                t.setHorizScale(op.hscale)
                hscale = op.hscale
            t.textOut(op.text)
            c.drawText(t)
        elif op.kind == "rule":
            c.setLineWidth(0.5)
            c.line(op.x, height - op.y, op.x2, height - op.y2)
        elif op.kind == "box":
            c.setFillGray(op.gray)
            c.rect(op.x, height - op.y2, op.x2 - op.x, op.y2 - op.y, stroke=0, fill=1)
            c.setFillGray(0)
    c.showPage()
    c.save()
