"""Real prose and titles from freely licensed Debian documentation packages.

Every body paragraph, headline, subhead, caption and banner that the generator typesets comes
from one of the packages below (installed by ``setup.sh``); nothing is hand-written filler.
Only furniture (names, places, dates, page numbers) is made up, from small lists in
``furniture.py``.

The HTML of these packages is DocBook output. A *paragraph* is the text of a ``div.para`` or
``p`` element that is not inside a list, table, example, screen, note box or navigation bar and
holds no technical inline markup (commands, file names, literals, URLs...). A *title* is the
text of a section heading or a sidebar title. Both are then normalised for print (see
``normalise_zh`` / ``normalise_en``) and filtered for natural running prose.

The paths are the ones the Debian packages install; set ``CLEANPRESS_BENCH_DOCROOT`` to read
them from another root (for example an unpacked ``.deb``).
"""

from __future__ import annotations

import functools
import html.parser
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Source:
    """One documentation package and the HTML files of one language in it."""

    package: str
    license: str
    directory: str  # as installed by the package, absolute in the Debian file system
    glob: str

    def files(self) -> list[Path]:
        root = os.environ.get("CLEANPRESS_BENCH_DOCROOT", "/")
        base = Path(root) / self.directory.lstrip("/")
        return sorted(base.glob(self.glob))

    @functools.cached_property
    def version(self) -> str:
        try:
            out = subprocess.run(
                ["dpkg-query", "-W", "-f", "${Version}", self.package],
                capture_output=True, text=True, check=False,
            )
            return out.stdout.strip() or "unknown"
        except OSError:
            return "unknown"


HANDBOOK_LICENSE = "GPL-2.0+ or CC-BY-SA-3.0"
REFERENCE_LICENSE = "GPL-2+"

SOURCES: dict[str, list[Source]] = {
    "zh": [
        Source("debian-handbook", HANDBOOK_LICENSE, "/usr/share/doc/debian-handbook/html/zh-CN", "*.html"),
        Source("debian-reference-zh-cn", REFERENCE_LICENSE, "/usr/share/debian-reference", "*.zh-cn.html"),
    ],
    "en": [
        Source("debian-handbook", HANDBOOK_LICENSE, "/usr/share/doc/debian-handbook/html/en-US", "*.html"),
        Source("debian-reference-en", REFERENCE_LICENSE, "/usr/share/debian-reference", "*.en.html"),
    ],
}

# Elements whose content is never running prose.
_SKIP_TAGS = {"li", "table", "pre", "dt", "dd", "code", "head", "script", "style", "sup", "ul", "ol"}
_SKIP_CLASSES = {
    "itemizedlist", "orderedlist", "variablelist", "calloutlist", "screen", "programlisting",
    "example", "informalexample", "table", "informaltable", "toc", "navheader", "navfooter",
    "docnav", "footnotes", "footnote", "note", "tip", "caution", "warning", "important",
    "figure", "mediaobject", "author", "authorgroup", "legalnotice", "revhistory", "index",
}
# Inline markup that marks a paragraph as technical: such paragraphs are rejected whole.
_TECH_CLASSES = {
    "command", "literal", "filename", "computeroutput", "userinput", "replaceable", "varname",
    "option", "keycap", "email", "url", "ulink", "guibutton", "guimenu", "guimenuitem",
    "guisubmenu", "citerefentry", "refentrytitle", "systemitem", "envar", "package", "uri",
}
_VOID = {"br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr"}


class _DocParser(html.parser.HTMLParser):
    """Collects prose paragraphs and titles from one DocBook HTML file."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, set[str]]] = []
        self.paragraphs: list[str] = []
        self.titles: list[str] = []
        self._para: list[str] | None = None  # text of the open paragraph
        self._para_depth = 0
        self._para_tech = False
        self._title: list[str] | None = None
        self._title_depth = 0

    def _skipping(self) -> bool:
        return any(t in _SKIP_TAGS or c & _SKIP_CLASSES for t, c in self.stack)

    def handle_starttag(self, tag, attrs):
        if tag in _VOID:
            return
        classes = set((dict(attrs).get("class") or "").split())
        self.stack.append((tag, classes))
        depth = len(self.stack)
        if self._para is not None:
            # Links, code and technical markup inside a paragraph make it unusable as plain prose
            # (an ``a.indexterm`` is an empty index anchor and harmless).
            if classes & _TECH_CLASSES or tag in {"code", "tt", "kbd", "a"} and "indexterm" not in classes:
                self._para_tech = True
            return
        if self._title is None and re.fullmatch(r"h[1-4]", tag):
            self._title, self._title_depth = [], depth
            return
        if "title" in classes:  # sidebar and figure titles: labels, not headlines
            return
        if self._title is None and (("para" in classes and tag == "div") or tag == "p") and not self._skipping():
            self._para, self._para_depth, self._para_tech = [], depth, False

    def handle_endtag(self, tag):
        if tag in _VOID:
            return
        # Tolerate unbalanced HTML: pop to the matching tag.
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                depth = i + 1
                del self.stack[i:]
                break
        else:
            return
        if self._para is not None and depth <= self._para_depth:
            if not self._para_tech:
                self.paragraphs.append("".join(self._para))
            self._para = None
        if self._title is not None and depth <= self._title_depth:
            self.titles.append("".join(self._title))
            self._title = None

    def handle_data(self, data):
        if self._para is not None:
            self._para.append(data)
        elif self._title is not None:
            self._title.append(data)


# --- normalisation ----------------------------------------------------------------------------

CJK_RE = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
FULLWIDTH_PUNCT = "，。、；：？！“”‘’（）《》〈〉「」『』【】…—·"
_CJKP = CJK_RE + FULLWIDTH_PUNCT


def is_cjk(ch: str) -> bool:
    return bool(re.match(f"[{CJK_RE}]", ch))


def normalise_zh(text: str) -> str:
    """Print form of a Chinese paragraph: no spaces around CJK, full-width brackets."""
    text = re.sub(r"\s+", " ", text).strip()
    # Documentation style puts a space between CJK and Latin; Chinese print does not.
    text = re.sub(rf"(?<=[{_CJKP}]) +(?=\S)", "", text)
    text = re.sub(rf"(?<=\S) +(?=[{_CJKP}])", "", text)
    text = re.sub(rf"\((?=[{CJK_RE}])", "（", text)
    text = re.sub(rf"(?<=[{CJK_RE}])\)", "）", text)
    text = text.replace("...", "……")
    return text


def normalise_en(text: str) -> str:
    """Print form of an English paragraph: single spaces, curly quotes and dashes."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r'"(?=\w)', "\u201c", text)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)
    text = re.sub(r" ?-- ?", " \u2014 ", text)
    return text


def _cjk_share(text: str) -> float:
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return 0.0
    return sum(1 for c in chars if is_cjk(c) or c in FULLWIDTH_PUNCT) / len(chars)


def _good_zh_paragraph(p: str) -> bool:
    return (
        30 <= len(p) <= 600
        and p[-1] in "。！？”"
        and _cjk_share(p) >= 0.75
        and len(re.findall(r"[A-Za-z0-9][A-Za-z0-9 .+%-]*", p)) <= 8
        and not re.search(r"https?:|www\.|@|[/\\<>{}=_$#|~`*\[\]]|\d+\.\d+\.\d+", p)
        and p.count("“") == p.count("”")
        and p.count("（") == p.count("）")
        and not re.search(r"[：:]$", p)
        and not re.match(r"[（(“]?(注|提示|例如|比如)[：:]", p)
        and "\u3000" not in p
    )


_EN_OK = re.compile(r"^[A-Za-z0-9 ,.;:!?'\u2019\u201c\u201d()\u2014%&-]+$")


def _good_en_paragraph(p: str) -> bool:
    return (
        180 <= len(p) <= 900
        and p[-1] in ".!?\u201d"
        and bool(_EN_OK.match(p))
        and p[0].isupper()
        and p.count("(") == p.count(")")
        and p.count("\u201c") == p.count("\u201d")
        and not re.search(r"\b(e\.g|i\.e|etc|vs|cf)\.|:\s*$|\b[A-Z]{2,}\d|\.\w", p)
        and len(re.findall(r"\b[a-z]+\b", p)) >= 25
    )


def _clean_title(t: str, lang: str) -> str:
    t = re.sub(r"\s+", " ", t).strip()
    t = re.sub(r"^(第\s*\d+\s*[章节]|Chapter \d+\.|Appendix [A-Z]\.|[A-Z]?\d+(\.\d+)*\.?|[A-Z]\.)\s*", "", t)
    t = re.sub(r"^(基础知识|文化|提示|注意|社区|深入|安全|Back to basics|Culture|Tip|Note|Community|Going further|Security|In practice|Policy|Quick look|Alternative|Caution|Specific case)\s*[：:]\s*", "", t, flags=re.IGNORECASE)
    if lang == "zh":
        t = normalise_zh(t)
        t = t.rstrip("。，、；：？！ ")
    else:
        t = normalise_en(t).rstrip(":. ")
    return t


def _good_zh_title(t: str) -> bool:
    return 4 <= len(t) <= 16 and _cjk_share(t) >= 0.9 and not re.search(r"[^\u3400-\u9fff，、“”《》—]", t)


def _good_en_title(t: str) -> bool:
    return 12 <= len(t) <= 60 and bool(re.match(r"^[A-Z][A-Za-z ,'\u2019?!\u2014-]+$", t)) and len(t.split()) >= 3


@dataclass
class Corpus:
    """All usable prose of one language, in a fixed order."""

    language: str
    paragraphs: list[tuple[str, str]]  # (text, source file as package:name)
    titles: list[str]
    clauses: list[str]  # short clauses/sentences usable as kickers, decks, captions
    sources: list[Source]


@functools.cache
def load_corpus(language: str) -> Corpus:
    """Read and filter the prose of ``language`` ("zh" or "en") from the installed packages."""
    paragraphs: list[tuple[str, str]] = []
    titles: list[str] = []
    seen: set[str] = set()
    used: list[Source] = []
    for src in SOURCES[language]:
        files = src.files()
        if files:
            used.append(src)
        for path in files:
            parser = _DocParser()
            parser.feed(path.read_text(encoding="utf-8", errors="replace"))
            for raw in parser.paragraphs:
                p = normalise_zh(raw) if language == "zh" else normalise_en(raw)
                ok = _good_zh_paragraph(p) if language == "zh" else _good_en_paragraph(p)
                if ok and p not in seen:
                    seen.add(p)
                    paragraphs.append((p, f"{src.package}:{path.name}"))
            for raw in parser.titles:
                t = _clean_title(raw, language)
                ok = _good_zh_title(t) if language == "zh" else _good_en_title(t)
                if ok and t not in seen:
                    seen.add(t)
                    titles.append(t)
    if not paragraphs:
        raise RuntimeError(
            f"no {language} prose found; run benchmarks/accuracy/setup.sh to install "
            + ", ".join(s.package for s in SOURCES[language])
        )
    clauses = _clauses(language, [p for p, _ in paragraphs])
    return Corpus(language, paragraphs, titles, clauses, used)


def _clauses(language: str, paragraphs: list[str]) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for p in paragraphs:
        if language == "zh":
            parts = re.split(r"[，。；：？！、]", p)
            for c in parts:
                if 6 <= len(c) <= 14 and _cjk_share(c) == 1.0 and not re.search(r"[“”（）《》]", c) and c not in seen:
                    seen.add(c)
                    out.append(c)
        else:
            for s in re.split(r"(?<=[.!?])\s+", p):
                s = s.rstrip(".")
                if 30 <= len(s) <= 90 and s[0].isupper() and not re.search(r"[()\u201c\u201d;:]", s) and s not in seen:
                    seen.add(s)
                    out.append(s)
    return out


if __name__ == "__main__":  # a quick look at what the packages give
    for lang in ("zh", "en"):
        c = load_corpus(lang)
        print(lang, len(c.paragraphs), "paragraphs", len(c.titles), "titles", len(c.clauses), "clauses")
        for p, s in c.paragraphs[:3]:
            print("  ", s, p[:120])
        print("  titles:", c.titles[:12])
        print("  clauses:", c.clauses[:8])
