"""Font registration for reportlab.

Chinese body text is set in AR PL UMing CN (a Ming/Song face, as newspaper body text is) and
headlines, bylines and subheads in WenQuanYi Zen Hei (a Hei face). Both are TrueType collections
from Debian packages (``fonts-arphic-uming``, ``fonts-wqy-zenhei``) that reportlab can embed; the
Noto CJK fonts cannot be used (CFF outlines). English pages use the PDF base-14 Times and
Helvetica faces, which need no file. Font files are found with ``fc-match``.
"""

from __future__ import annotations

import functools
import subprocess

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

ZH_BODY = "UMingCN"
ZH_HEAD = "WQYZenHei"

EN_BODY = "Times-Roman"
EN_ITALIC = "Times-Italic"
EN_BOLD = "Times-Bold"
EN_SANS = "Helvetica"
EN_SANS_BOLD = "Helvetica-Bold"

_FAMILIES = {
    ZH_BODY: ("AR PL UMing CN", "UMingCN"),
    ZH_HEAD: ("WenQuanYi Zen Hei", "WenQuanYiZenHei"),
}


def _font_file(family: str) -> str:
    out = subprocess.run(["fc-match", "-f", "%{file}", family], capture_output=True, text=True, check=False)
    return out.stdout.strip()


@functools.cache
def register_cjk_fonts() -> None:
    """Register the two CJK faces with reportlab (once per process)."""
    for name, (family, face_name) in _FAMILIES.items():
        path = _font_file(family)
        if not path or not path.endswith((".ttc", ".ttf")):
            raise RuntimeError(f"font {family!r} not found; run benchmarks/accuracy/setup.sh")
        for index in range(8):  # pick the face of the collection by its name
            try:
                font = TTFont(name, path, subfontIndex=index)
            except Exception:  # noqa: BLE001 - past the last face of the collection
                break
            if face_name.encode() in font.face.name:
                pdfmetrics.registerFont(font)
                break
        else:
            raise RuntimeError(f"face {face_name} not found in {path}")


def width(text: str, font: str, size: float) -> float:
    """Advance width of ``text`` in points."""
    if font in _FAMILIES:
        register_cjk_fonts()
    return pdfmetrics.stringWidth(text, font, size)
