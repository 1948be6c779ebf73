"""A trivial stand-in cleaner, only for testing the scorer while cleanpress is not importable.

Not a reference implementation: it joins the lines of each blank-line separated block (nothing
between CJK, a space between Latin words, a line-end hyphen dropped between two lower-case
letters), removes spaces between two CJK characters and prints one paragraph per line with a
blank line between.

    python -m benchmarks.accuracy --cleaner benchmarks.accuracy.tests.standin:clean_text
"""

from __future__ import annotations

import re

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff01-\uff60“”‘’…—·"


def _join(lines: list[str]) -> str:
    out = ""
    for line in (l.strip() for l in lines):
        if not line:
            continue
        if not out:
            out = line
        elif re.search(r"[a-z]-$", out) and re.match(r"[a-z]", line):
            out = out[:-1] + line
        elif re.search(f"[{_CJK}]$", out) or re.match(f"[{_CJK}]", line) or out.endswith("-"):
            out += line
        else:
            out += " " + line
    return out


def clean_text(text: str) -> str:
    blocks = re.split(r"\n[^\S\n]*\n", text.replace("\f", "\n\n"))
    paragraphs = []
    for block in blocks:
        p = _join(block.split("\n"))
        p = re.sub(f"(?<=[{_CJK}]) +(?=[{_CJK}])", "", p)
        p = re.sub(r" {2,}", " ", p)
        if p:
            paragraphs.append(p)
    return "\n\n".join(paragraphs) + "\n"
